"""Group B: one or two gaps each - signatures that do not count, negation, missing elements, scope.
Everything not named in the description is met, so one mistake shows up as one wrong cell."""
from _ho_forms import necessity_form, yes_no_form
from _ho_kit import (FULL2, HALF2, NA, NEC, NINE, OARS, QAACK, SEVEN_PELVIS, ST, DVH, TXT, Chart, D, P)
from _ho_model import fmt_date
from _ho_notes import (FUTURE_IMAGE, NEG_DVH, cerner_necessity, cerner_review, epic_consult, epic_review,
                       otv_note, rtf_letter)
from _ho_plans import monaco, pinnacle, raystation
from _ho_qa import qa_report, qa_tabs

REVIEW_YES = [("CT images with isodose distributions reviewed - targets and critical structures", "Yes"),
              ("DVHs reviewed for all targets and critical structures", "Yes"),
              ("Plan approved for treatment", "Yes")]
ROWS_BOTH = (("row", "phys", "esig", True), ("row", "md", "esig", True))

CHARTS = [
    Chart("ho14_hypopharynx_rx_protocol_only", "epic+monaco", "Gap: the plan names target doses only; "
          "normal-tissue limits are 'per departmental protocol' with no structure or value.",
          P("Szabo", "Laszlo", "E5582017", "1957-03-30", "M"), "hypopharynx", "quintero", "wierzbicki",
          "parks", "lakeshore", "2025-02-03", NINE,
          [D(monaco, "Monaco_PlanReport.pdf", constraints=False,
             extra=[("p", "Normal tissue limits: per departmental head and neck protocol.")]),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "need", 1)),
           D(epic_review, "Plan_Review.txt", image=1, dvh=0, values=False),
           D(qa_report, "PSQA_MapCHECK.pdf", device="mapcheck")],
          dict(rx="incomplete: Monaco Rx PTV_7000/PTV_6300 is MD-approved but its constraint table holds "
                  "target penalties only; OAR limits are 'per departmental head and neck protocol' (no "
                  "structure, no value); consult gives target doses only",
               nec="met: 'This patient needs IMRT instead of a conventional/3D approach' - spinal cord, "
                   "parotids; Epic e-signature",
               crit=("met", [1], "tumour right up against the spinal cord (< 5 mm), parotids close by"),
               img="met: 3D dose display examined slice by slice on the CT against PTV and OARs; signed, dated",
               dvh="met: cumulative DVHs for each PTV and every OAR examined; signed",
               por="met: Monaco beam table, 9 beams with gantry angles",
               qa="met: MapCHECK measurement; table e-signed by physicist and MD",
               comp=NA)),

    Chart("ho15_prostate_dictated_not_read", "cerner+raystation+dictated", "Gap: the physician plan review "
          "(images and DVHs) carries 'DICTATED BUT NOT READ' as its only signature.",
          P("Achterberg", "Willem", "0091137702", "1949-12-12", "M"), "prostate", "lindqvist", "solberg",
          "achebe", "piedmont", "2024-12-02", HALF2,
          [D(raystation, "RS_Plan_Prostate.pdf", values=False),
           D(cerner_necessity, "IMRT_Necessity.txt", nec=NEC((5,), "why", 1)),
           D(epic_review, "Dictated_Plan_Review.txt", image=1, dvh=0, sig_kind="dnr",
             title="Physician Plan Review (transcribed)"),
           D(qa_report, "ArcCHECK_QA.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="met: PTV_7920 7920 cGy/44 + rectum/bladder/femoral head goals; 'Plan approved by:' MD",
               nec="met: 'Why IMRT and not 3D-CRT' - escalation while holding rectum and bladder; Cerner "
                   "signature",
               crit=("met", [5], "escalation to 79.2 Gy beyond the usual conventional dose"),
               img="incomplete: slice-by-slice isodose review is documented but the note's only signature "
                   "line reads 'DICTATED BUT NOT READ'",
               dvh="incomplete: DVH review in the same unsigned ('dictated but not read') note",
               por="met: 2 arcs with start/stop and direction",
               qa="met: ArcCHECK; physicist and MD e-signed cells",
               comp=NA)),

    Chart("ho16_lung_signature_on_file", "pinnacle-txt+rtf+docx-yesno", "Gap: the only necessity statement "
          "is an RTF letter 'signed' with 'Signature on file'.",
          P("Pemberton", "Janet", "MV-330127", "1953-04-04", "F"), "lung", "raman", "menon", "walsh", "mesa",
          "2025-03-10", ST(180, 210, 240, 330, 0, 30, 150),
          [D(pinnacle, "Pinnacle_Lung.txt"),
           D(rtf_letter, "LMN_IMRT_Lung.rtf", nec=NEC((1,), "case", 0), sig_kind="on_file"),
           D(yes_no_form, "Plan_Review_Form.docx", title="Physician Plan Review", items=REVIEW_YES,
             sigrows=(("md", "esig", True),)),
           D(qa_report, "EPID_QA.pdf", device="epid",
             signers=(("line", "verified_by", "phys"), ("line", "esig_by", "md")))],
          dict(rx="met: Pinnacle Rx + cord/lung/heart/oesophagus objectives; 'Approved by:' the DO",
               nec="incomplete: letter gives the reason and names spinal cord and oesophagus, but its "
                   "signature line is 'Signature on file'",
               crit=("incomplete", [1], "proximity to cord/oesophagus is stated, but only in the letter "
                                        "without a valid physician signature"),
               img="met: CT/isodose item = Yes (X in the Yes column); DO signed and dated",
               dvh="met: DVH item = Yes; DO signed",
               por="met: 7 beams with gantry angles",
               qa="met: EPID measured; 'Verified by:' physicist + 'Electronically signed by' DO",
               comp=NA)),

    Chart("ho17_glioma_signature_stamp", "epic+raystation", "Gap: the plan review note is authenticated "
          "only by a signature stamp.",
          P("Ruiz-Tagle", "Hernan", "KB-3302954", "1966-08-21", "M"), "glioma", "asante", "oyelaran", "walsh",
          "kestrel", "2025-04-21", FULL2,
          [D(raystation, "RS_Plan_GBM.pdf", values=False),
           D(epic_consult, "Consult_GBM.txt", nec=NEC((1,), "why", 0)),
           D(epic_review, "Plan_Review_Stamped.txt", image=0, dvh=3, sig_kind="stamp"),
           D(qa_report, "Film_QA.pdf", device="film",
             signers=(("line", "reviewed_by", "phys"), ("line", "reviewed_by", "md"))),
           D(otv_note, "OTV_Week1.txt")],
          dict(rx="met: PTV_6000 6000 cGy/30 + brainstem, chiasm, cochlea, hippocampus goals; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - brainstem, optic chiasm; e-signed",
               crit=("met", [1], "disease within 2-3 mm of brainstem and chiasm"),
               img="incomplete: CT/isodose review documented, but the note bears only '[SIGNATURE STAMP]'",
               dvh="incomplete: DVH evaluation in the same stamped note",
               por="met: 2 full arcs with start/stop and direction",
               qa="met: chamber + film; 'Reviewed by:' physicist and MD",
               comp=NA)),

    Chart("ho18_tonsil_qa_name_in_sentence", "epic+monaco", "Gap: QA verified by the physicist; the "
          "physician appears only inside a sentence ('reviewed with and approved by Dr. X').",
          P("Greenhalgh", "Morris", "E6610388", "1962-01-15", "M"), "tonsil", "okoro", "kobayashi", "parks",
          "lakeshore", "2025-03-24", FULL2,
          [D(monaco, "Monaco_PlanReport.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "need", 1)),
           D(epic_review, "Plan_Review.txt", image=2, dvh=0),
           D(qa_report, "VMAT_QA.pdf", device="arccheck", signers=(("line", "verified_by", "phys"),),
             note=TXT(lambda cx: f"Results were reviewed with and approved by Dr. {cx.md.last} on "
                                 f"{fmt_date(cx.day('qa'), 'us')}."))],
          dict(rx="met: Monaco Rx + cord/brainstem/parotid/mandible constraints; MD approved",
               nec="met: 'This patient needs IMRT instead of a conventional/3D approach' - mandible, right parotid",
               crit=("met", [1], "tumour right up against the mandible (< 5 mm), right parotid close by"),
               img="met: colourwash dose on CT and fused MRI, every slice; signed and dated",
               dvh="met: cumulative DVHs with values; signed",
               por="met: 2 full arcs",
               qa="incomplete: ArcCHECK measured, 'Verified by:' physicist; the radiation oncologist is named "
                  "only inside a sentence, which is a statement, not a signature",
               comp=NA)),

    Chart("ho19_breast_review_undated", "epic+raystation", "Gap: plan review e-signed without a date (the "
          "note carries no date line either).",
          P("Delacroix", "Simone", "KB-7718290", "1969-10-10", "F"), "breast_l", "ferrand", "oyelaran", "parks",
          "kestrel", "2025-05-12", ST(300, 320, 120, 140),
          [D(raystation, "RS_Plan_Breast.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "why", 1)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=1, sig_kind="epic_nodate", dated=False),
           D(qa_report, "EPID_QA.pdf", device="epid", signers=ROWS_BOTH)],
          dict(rx="met: PTV_Breast_L 4005 cGy/15 + heart/LAD/lung goals; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - heart against the target, LAD close by; e-signed",
               crit=("met", [1], "tumour bed right up against the heart (< 5 mm)"),
               img="incomplete: isodose review on the planning CT is signed ('Electronically signed: "
                   "Dr. L. Ferrand, MD') but carries no date; the LCD asks for signed AND dated",
               dvh="met: DVH review in the same signed note; no date is required for DVHs",
               por="met: 4 static beams with gantry angles",
               qa="met: EPID; physicist and MD cells e-signed",
               comp=NA)),

    Chart("ho20_anal_qa_physicist_only", "epic+monaco", "Gap: Delta4 QA signed by the physicist only; no "
          "physician review of the QA anywhere.",
          P("Fairbairn", "Lorna", "E3390541", "1960-06-06", "F"), "anal", "quintero", "wierzbicki", "parks",
          "lakeshore", "2025-02-17", HALF2,
          [D(monaco, "Monaco_Anal.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "rejected", 0)),
           D(epic_review, "Plan_Review.txt", image=3, dvh=2),
           D(qa_report, "PSQA_Delta4.pdf", device="delta4", signers=(("line", "esig_by", "phys"),),
             status="Final - physics"),
           D(otv_note, "OTV.txt")],
          dict(rx="met: Monaco Rx PTV_5400/4500 + bowel/bladder/femoral/genitalia constraints; MD approved",
               nec="met: 3D plan 'considered and rejected'; small bowel, bladder; e-signed",
               crit=("met", [1], "disease within 2-3 mm of small bowel and bladder"),
               img="met: representative isodose curves on CT for CTV/PTV and OARs; signed and dated",
               dvh="met: DVH curves assessed with values; signed",
               por="met: 2 arcs with start/stop and direction",
               qa="incomplete: Delta4 measured and 'Electronically signed by' the physicist; no radiation "
                  "oncologist signature or review of the QA in any document",
               comp=NA)),

    Chart("ho21_rectum_qa_physicist_cell_blank", "cerner+raystation", "Gap: QA signature table - physicist "
          "cell empty, physician cell e-signed.",
          P("Haugland", "Terje", "0054419823", "1964-09-09", "M"), "rectum", "lindqvist", "solberg", "achebe",
          "piedmont", "2025-04-14", SEVEN_PELVIS,
          [D(raystation, "RS_Plan_Rectum.pdf", a4=True),
           D(cerner_necessity, "IMRT_Necessity.txt", nec=NEC((1,), "case", 1)),
           D(cerner_review, "Plan_Review.txt", image=1, dvh=0),
           D(qa_report, "MapCHECK_QA.pdf", device="mapcheck",
             signers=(("row", "phys", "", False), ("row", "md", "esig", True)))],
          dict(rx="met: PTV_5040 5040 cGy/28 + small bowel/bladder/femoral goals; MD approved",
               nec="met: case for intensity modulation over 3D; small bowel, bladder; Cerner signature",
               crit=("met", [1], "tumour right up against the small bowel (< 5 mm)"),
               img="met: 3D dose display slice by slice; signed with date",
               dvh="met: cumulative DVHs with values; signed",
               por="met: 7 static beams with gantry angles",
               qa="incomplete: MapCHECK measured; the Medical Physicist signature cell is empty, only the MD "
                  "cell is signed",
               comp=NA)),

    Chart("ho22_meningioma_dvh_in_addendum", "epic+monaco", "Gap: DVH review written in an addendum below "
          "the e-signature, never signed.",
          P("Birkeland", "Astrid", "E8830672", "1971-02-28", "F"), "meningioma", "okoro", "kobayashi", "parks",
          "lakeshore", "2025-06-09", FULL2,
          [D(monaco, "Monaco_Meningioma.pdf", values=False),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "why", 0)),
           D(epic_review, "Plan_Review.txt", image=1, dvh=None, addendum=DVH(0)),
           D(qa_report, "ArcCHECK.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="met: Monaco Rx PTV_5940 + chiasm/optic nerve/brainstem/cochlea objectives; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - optic chiasm and optic nerve; e-signed",
               crit=("met", [1], "disease within 2-3 mm of chiasm and optic nerve"),
               img="met: slice-by-slice 3D dose display above the signature; signed and dated",
               dvh="incomplete: 'Cumulative DVHs ... were examined' appears only in the addendum written below "
                   "the signature; nothing signs the addendum",
               por="met: 2 full arcs",
               qa="met: ArcCHECK; physicist and MD cells e-signed",
               comp=NA)),

    Chart("ho23_prostate_necessity_without_oars", "pinnacle-txt+rtf+epic", "Gap: necessity letter argues "
          "only dose escalation and names no organ at risk.",
          P("Iwu", "Chidozie", "MV-402218", "1952-08-08", "M"), "prostate", "raman", "menon", "walsh", "mesa",
          "2025-01-27", SEVEN_PELVIS,
          [D(pinnacle, "Pinnacle_Prostate.txt"),
           D(rtf_letter, "LMN_Prostate.rtf", nec=NEC((5,), "why", 0, oars=False)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=1),
           D(qa_tabs, "DQA_export.txt", device="delta4", lines=(("reviewed_by", "phys"), ("reviewed_by", "md")))],
          dict(rx="met: Pinnacle Rx PTV_7920 + rectum/bladder/femoral objectives; DO approved",
               nec="incomplete: 'Why IMRT and not 3D-CRT' gives dose escalation as the reason but names no "
                   "organ at risk or adjacent critical structure",
               crit=("met", [5], "escalation to 79.2 Gy above the conventional dose, physician-signed letter"),
               img="met: CT in three planes with isodose lines over targets and OARs; signed and dated",
               dvh="met: DVHs of targets and OARs with values; signed",
               por="met: 7 static beams with gantry angles",
               qa="met: Delta4 export; 'Reviewed by:' physicist and DO",
               comp=NA)),

    Chart("ho24_lung_necessity_names_no_condition", "cerner+raystation", "Gap: necessity statement with OARs "
          "and a reason (better conformality, fewer side effects) but none of the five LCD conditions.",
          P("Strand", "Margit", "0083301176", "1947-05-19", "F"), "lung", "lindqvist", "solberg", "achebe",
          "piedmont", "2024-11-18", HALF2,
          [D(raystation, "RS_Lung.pdf"),
           D(cerner_necessity, "IMRT_Necessity.txt", nec=NEC((), "rejected", 0)),
           D(cerner_review, "Plan_Review.txt", image=2, dvh=1, day="start", qa=QAACK("arccheck")),
           D(qa_report, "ArcCHECK.pdf", device="arccheck", signers=(("line", "verified_by", "phys"),))],
          dict(rx="met: PTV_6000 6000 cGy/30 + cord/lung/heart/oesophagus goals; MD approved",
               nec="met: 3D plan 'considered and rejected'; IMRT lowers dose to spinal cord, oesophagus and "
                   "heart; Cerner signature",
               crit=("missing", [], "the reason is general conformality / fewer side effects; no proximity, "
                                    "margin, prior RT, concavity or escalation is stated"),
               img="met: colourwash dose on CT and fused MRI, every slice; signed with date",
               dvh="met: DVHs of targets and OARs with values",
               por="met: 2 arcs with start/stop and direction",
               qa="met: ArcCHECK 'Verified by:' physicist + MD's signed note reviewing the QA",
               comp=NA)),

    Chart("ho25_tonsil_qa_other_patient", "epic+monaco", "Gap: the only QA report in the folder belongs to "
          "another patient (different name, MRN and DOB).",
          P("Vance", "Harold", "E2209915", "1958-12-03", "M"), "tonsil", "quintero", "wierzbicki", "parks",
          "lakeshore", "2025-04-28", NINE,
          [D(monaco, "Monaco_Tonsil.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "why", 1)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=0),
           D(qa_report, "PSQA_MapCHECK.pdf", device="mapcheck",
             other=P("Vasquez", "Harriet", "E2290517", "1961-03-08", "F"))],
          dict(rx="met: Monaco Rx + constraints; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - mandible, right parotid; e-signed",
               crit=("met", [1], "tumour right up against the mandible (< 5 mm), right parotid close by"),
               img="met: CT with isodose lines in three planes; signed and dated",
               dvh="met: cumulative DVHs with values",
               por="met: 9 beams with gantry angles",
               qa="missing: the QA report names Vasquez, Harriet (MRN E2290517, DOB 1961-03-08); another "
                  "patient's evidence does not count and nothing else documents QA",
               comp=NA)),

    Chart("ho26_cervix_future_and_negated_review", "epic+pinnacle", "Gaps: image review only promised "
          "('will be reviewed'), DVHs explicitly 'not yet reviewed'.",
          P("Mbeki-Larsen", "Ayanda", "KB-2287410", "1975-11-11", "F"), "cervix", "demir", "oyelaran", "parks",
          "kestrel", "2025-02-03", ST(0, 40, 80, 120, 160, 200, 240, 280, 320),
          [D(pinnacle, "Pinnacle_Cervix.txt"),
           D(epic_consult, "Consult.txt", nec=NEC((4,), "why", 0)),
           D(epic_review, "Plan_Review_Prelim.txt", image=FUTURE_IMAGE, dvh=NEG_DVH,
             attest="Plan not yet approved; I will see it again once optimisation is final."),
           D(qa_report, "PSQA.pdf", device="mapcheck", signers=ROWS_BOTH)],
          dict(rx="met: Pinnacle Rx PTV_4500 + bowel bag/rectum/bladder/bone marrow objectives; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - horseshoe PTV around small bowel; e-signed",
               crit=("met", [4], "horseshoe-shaped PTV wrapping around the small bowel"),
               img="missing: 'Isodose distributions will be reviewed ... before the plan is released' is a "
                   "future statement, not a review",
               dvh="missing: 'DVHs not yet reviewed' is negated",
               por="met: 9 static beams with gantry angles",
               qa="met: MapCHECK; physicist and MD cells e-signed",
               comp=NA)),

    Chart("ho27_pancreas_yesno_answers_no", "pinnacle-txt+docx-yesno", "Gaps: Word review form answers 'No' "
          "for DVH review and for physician QA review; QA report signed by the physicist only.",
          P("Quigley", "Bernadette", "CR41877", "1954-01-31", "F"), "pancreas", "demir", "menon", "achebe",
          "cedar", "2025-03-31", ST(0, 40, 80, 130, 180, 230, 280, 320),
          [D(pinnacle, "Pinnacle_Pancreas.txt"),
           D(necessity_form, "Necessity_Worksheet.docx", yes=(1,), statement=NEC((1,), "need", 0), oars=OARS()),
           D(yes_no_form, "Physician_Review_Form.docx", title="Physician Plan Review",
             items=[("Planning CT reviewed with isodose distributions for targets and critical structures", "Yes"),
                    ("Dose-volume histograms reviewed for targets and critical structures", "No"),
                    ("Patient-specific QA results reviewed by physician", "No")],
             sigrows=(("md", "esig", True),)),
           D(qa_report, "MapCHECK_QA.pdf", device="mapcheck", signers=(("line", "verified_by", "phys"),))],
          dict(rx="met: Pinnacle Rx PTV_5040 + duodenum/kidney/liver/cord objectives; MD approved",
               nec="met: worksheet statement (IMRT instead of conventional/3D) + duodenum, kidneys, cord; MD "
                   "signature cell",
               crit=("met", [1], "condition 1 = Yes; disease within 2-3 mm of duodenum and kidneys"),
               img="met: CT/isodose item X under Yes; MD signed and dated",
               dvh="missing: DVH item marked in the No column - records that the step was not done",
               por="met: 8 static beams with gantry angles",
               qa="incomplete: MapCHECK measured and 'Verified by:' physicist; physician QA review item is "
                  "'No', and no physician signs the QA",
               comp=NA)),
]
