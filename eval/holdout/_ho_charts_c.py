"""Group C: portals, QA kind, compensators, identity, unreadable files, roles and mixed gaps."""
from _ho_forms import bracket_checklist, faxed_rx, necessity_form, yes_no_form
from _ho_kit import (FULL2, HALF2, NA, NA_OR_REVIEW, NEC, NINE, OARS, QAACK, QATXT, SEVEN_HN, SEVEN_PELVIS,
                     ST, TXT, Chart, D, P)
from _ho_notes import (CONTOURS_ONLY, cerner_necessity, cerner_review, epic_consult, epic_review,
                       physics_letter, physics_plan_note, rtf_letter)
from _ho_plans import compensators, monaco, pinnacle, raystation, treatment_sheet
from _ho_qa import qa_report, second_check
from _ho_words import condition_text, dvh_review, dvh_values

REVIEW_YES = [("CT images with isodose distributions reviewed - targets and critical structures", "Yes"),
              ("DVHs reviewed for all targets and critical structures", "Yes"),
              ("Plan approved for treatment", "Yes")]
ROWS_BOTH = (("row", "phys", "esig", True), ("row", "md", "esig", True))
UK_BOTH = (("signed_uk", "phys"), ("signed_uk", "md"))

CHARTS = [
    Chart("ho28_prostate_nine_equally_spaced", "epic+monaco+physics-letter", "Gap: beams described only as "
          "'nine equally spaced fields' - a count without locations; no beam table anywhere.",
          P("Thorsen", "Gunnar", "E9014462", "1950-10-02", "M"), "prostate", "okoro", "wierzbicki", "parks",
          "lakeshore", "2025-03-17", NINE,
          [D(monaco, "Monaco_Prostate.pdf", beams=False,
             extra=[("h", "Beam arrangement"),
                    ("p", "The beam arrangement consists of nine equally spaced fields, 10 MV, step-and-shoot.")]),
           D(epic_consult, "Consult.txt", nec=NEC((5,), "case", 0)),
           D(epic_review, "Plan_Review.txt", image=2, dvh=0),
           D(physics_letter, "Physics_QA_Letter.pdf", qa_text=QATXT("film"), to_md=False,
             signers=(("esig_by", "phys"), ("esig_by", "md")))],
          dict(rx="met: Monaco Rx PTV_7920 79.2 Gy/44 + rectum/bladder/femoral constraints; MD approved",
               nec="met: case for intensity modulation over 3D - escalation while holding rectum and bladder",
               crit=("met", [5], "escalation to 79.2 Gy above conventional dose"),
               img="met: colourwash dose on CT and fused MRI, every slice; signed and dated",
               dvh="met: cumulative DVHs with values; signed",
               por="incomplete: 'nine equally spaced fields' gives the count but no gantry angles or start "
                   "angle; no document lists the beam locations",
               qa="met: physics letter - chamber + film measurement vs calculation; 'Electronically signed "
                  "by' the physicist and the MD",
               comp=NA)),

    Chart("ho29_nasopharynx_second_check_only", "cerner+raystation", "Gap: the only 'QA' is an independent "
          "MU calculation (physics second check), signed by both - no measurement.",
          P("Leung", "Wai Kit", "0047781290", "1968-07-23", "M"), "nasopharynx", "ferrand", "solberg", "achebe",
          "piedmont", "2025-05-19", FULL2,
          [D(raystation, "RS_NPC.pdf"),
           D(cerner_necessity, "IMRT_Necessity.txt", nec=NEC((4,), "uk", 0)),
           D(cerner_review, "Plan_Review.txt", image=3, dvh=2, day="start",
             qa="Physics second check reviewed - independent MU calculation within 3% of the TPS."),
           D(second_check, "Physics_Second_Check.pdf")],
          dict(rx="met: PTV_7000/5940 + brainstem/cord/chiasm/parotid goals; MD approved",
               nec="met: rationale for inverse-planned IMRT over 3D - brainstem; Cerner signature",
               crit=("met", [4], "horseshoe PTV wrapping around the brainstem"),
               img="met: representative isodose curves on CT for targets and OARs; signed with date",
               dvh="met: DVH curves assessed with values",
               por="met: 2 full arcs with start/stop and direction",
               qa="missing|incomplete: an independent MU/dose calculation checks the TPS arithmetic, not the "
                  "delivery; no measured dose or gamma anywhere. 'missing' (no affirmative evidence of "
                  "dosimetric verification) and 'incomplete' (a verification document lacking the measurement "
                  "element) are both defensible readings of the spec",
               comp=NA)),

    Chart("ho30_larynx_compensator_partial", "pinnacle-txt+docx+compensator", "Gap: compensator-based IMRT; "
          "the design sheet covers 5 of the 7 portals.",
          P("Abiodun", "Felix", "CR52290", "1955-03-14", "M"), "larynx", "demir", "kobayashi", "walsh", "cedar",
          "2025-01-06", SEVEN_HN,
          [D(pinnacle, "Pinnacle_Larynx_Comp.txt", compensator=True,
             approve=(("approved", "md"), ("approved", "phys"))),
           D(compensators, "Compensator_Design.pdf", only=(1, 2, 3, 4, 5)),
           D(necessity_form, "Necessity.docx", yes=(1,), statement=NEC((1,), "why", 1), oars=OARS()),
           D(yes_no_form, "MD_Plan_Review.docx", title="Physician Plan Review", layout="answer",
             items=REVIEW_YES, sigrows=(("md", "esig", True),)),
           D(qa_report, "Comp_QA.pdf", device="film", signers=ROWS_BOTH)],
          dict(rx="met: Pinnacle Rx PTV_6600 + cord/parotid/oesophagus objectives; MD approved",
               nec="met: worksheet 'Why IMRT and not 3D-CRT' + spinal cord, parotids; MD cell signed",
               crit=("met", [1], "condition 1 = Yes; tumour right up against the cord"),
               img="met: CT/isodose item = Yes; MD signed and dated",
               dvh="met: DVH item = Yes; MD signed",
               por="met: 7 beams with gantry angles",
               qa="met: chamber + film; physicist and MD cells e-signed",
               comp="incomplete: compensator-based IMRT; design given for beams 1-5 only, 'Beams 6, 7: design "
                    "to follow'")),

    Chart("ho31_sinonasal_scanned_plan_review", "epic+monaco+scan", "Unreadable: the physician plan review "
          "exists only as an image-only scan.",
          P("Ekwueme", "Nkechi", "E4478210", "1973-09-17", "F"), "sinonasal", "quintero", "kobayashi", "parks",
          "lakeshore", "2025-02-24", FULL2,
          [D(monaco, "Monaco_Sinonasal.pdf", values=False),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "why", 0)),
           D(epic_review, "Plan_Review_scanned.pdf", image=0, dvh=0, damage="scan"),
           D(qa_report, "PSQA.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="met: Monaco Rx PTV_6600 + optic nerve/globe/lens/brainstem objectives; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - optic nerves, orbits; e-signed",
               crit=("met", [1], "disease within 2-3 mm of optic nerves and orbits"),
               img="needs_review: the only plan review is an image-only scan (needs OCR); nothing readable "
                   "documents the image review",
               dvh="needs_review: DVH review is in the same scan",
               por="met: 2 full arcs in the Monaco beam table",
               qa="met: ArcCHECK; physicist and MD cells e-signed",
               comp=NA_OR_REVIEW),
          problems={"Plan_Review_scanned.pdf": ["needs-ocr"]}),

    Chart("ho32_lung_fax_prescription_scan", "fax+pinnacle-less+rtf+docx", "Unreadable: the prescription "
          "with normal-tissue limits is page 2 of a fax, image only; the treatment sheet has beams but no Rx.",
          P("Castillo-Reyes", "Arturo", "MV-509334", "1957-12-25", "M"), "lung", "raman", "menon", "walsh",
          "mesa", "2025-04-07", ST(180, 210, 240, 330, 0, 30, 150),
          [D(faxed_rx, "Fax_Rx_from_satellite.pdf", image_pages=(2,)),
           D(treatment_sheet, "Treatment_Fields.pdf"),
           D(rtf_letter, "LMN.rtf", nec=NEC((1,), "need", 1)),
           D(yes_no_form, "Plan_Review_Form.docx", title="Physician Plan Review", items=REVIEW_YES,
             sigrows=(("md", "esig", True),)),
           D(qa_report, "EPID_QA.pdf", device="epid",
             signers=(("line", "verified_by", "phys"), ("line", "esig_by", "md")))],
          dict(rx="needs_review: the only prescription/constraint document is page 2 of the fax, an image "
                  "needing OCR; no readable document states the Rx",
               nec="met: letter - IMRT instead of conventional/3D; spinal cord, oesophagus; '/s/' DO",
               crit=("met", [1], "tumour right up against the spinal cord (< 5 mm)"),
               img="met: CT/isodose item = Yes; DO signed and dated",
               dvh="met: DVH item = Yes; DO signed",
               por="met: treatment field sheet, 7 fields with gantry angles",
               qa="met: EPID; 'Verified by:' physicist + 'Electronically signed by' DO",
               comp=NA_OR_REVIEW),
          problems={"Fax_Rx_from_satellite.pdf": ["needs-ocr"]}),

    Chart("ho33_tonsil_corrupt_qa", "epic+raystation", "Unreadable: the only QA report is a damaged PDF.",
          P("Marchetti", "Paolo", "KB-8820147", "1963-04-29", "M"), "tonsil", "asante", "oyelaran", "walsh",
          "kestrel", "2025-06-16", FULL2,
          [D(raystation, "RS_Tonsil.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "rejected", 0)),
           D(epic_review, "Plan_Review.txt", image=1, dvh=1),
           D(qa_report, "PSQA_ArcCHECK.pdf", device="arccheck", damage="corrupt", signers=ROWS_BOTH)],
          dict(rx="met: PTV_7000/5600 + cord/brainstem/parotid/mandible goals; MD approved",
               nec="met: 3D plan 'considered and rejected'; mandible, right parotid; e-signed",
               crit=("met", [1], "disease within 2-3 mm of the mandible and right parotid"),
               img="met: 3D dose display slice by slice; signed and dated",
               dvh="met: DVHs of targets and OARs with values",
               por="met: 2 full arcs in the ruled beam table",
               qa="needs_review: PSQA_ArcCHECK.pdf is corrupt and nothing readable documents QA",
               comp=NA_OR_REVIEW),
          problems={"PSQA_ArcCHECK.pdf": ["corrupt"]}),

    Chart("ho34_oesophagus_dosimetrist_approval", "cerner+raystation+commonwealth", "Gap: the plan report "
          "(Rx + clinical goals) is approved by the dosimetrist only.",
          P("Drummond", "Alasdair", "NG-0771350", "1959-05-05", "M"), "oesophagus", "ferrand", "dubois", "walsh",
          "northgate", "2025-03-03", HALF2,
          [D(raystation, "RS_Oesophagus.pdf", a4=True, approve=(("plan_approved", "dosim"),)),
           D(cerner_necessity, "Necessity.txt", nec=NEC((1,), "uk", 0)),
           D(cerner_review, "Plan_Review.txt", image=2, dvh=0),
           D(physics_letter, "Physics_Letter.pdf", qa_text=QATXT("delta4", uk=True), signers=UK_BOTH, a4=True)],
          dict(rx="incomplete: Rx and OAR goals are present, but 'Plan approved by: Walsh, Erin R "
                  "(Dosimetrist)' is the only signature; no radiation oncologist signs the plan",
               nec="met: rationale for inverse-planned IMRT over 3D; heart, lungs; Cerner signature",
               crit=("met", [1], "disease within 2-3 mm of heart and lungs"),
               img="met: colourwash dose on CT and fused MRI; signed with date",
               dvh="met: cumulative DVHs with values",
               por="met: 2 arcs with start/stop and direction",
               qa="met: Delta4 measured (physics letter); 'Signed:' physicist and MD",
               comp=NA)),

    Chart("ho35_nasopharynx_unticked_image_review", "commonwealth+monaco+txt-checklist", "Gap: [x]/[ ] text "
          "checklist - the isodose review box is unticked.",
          P("Pillai", "Gopal", "BR2260931", "1960-02-14", "M"), "nasopharynx", "farrelly", "dubois", "achebe",
          "brendan", "2024-11-25", FULL2,
          [D(monaco, "Monaco_NPC.pdf", a4=True, serif=True, values=False,
             approve=(("signed_uk", "md"), ("signed_uk", "phys"))),
           D(necessity_form, "IMRT_Necessity.docx", yes=(1, 4), statement=NEC((1, 4), "uk", 0), oars=OARS(),
             ds="uk"),
           D(bracket_checklist, "Plan_Checklist.txt", title="Clinical Oncologist Plan Checklist",
             items=[("Isodose distribution reviewed on planning CT (tumour and organs-at-risk)", False),
                    ("Cumulative DVH reviewed, all PTVs and OARs", True),
                    ("Optimisation objectives reviewed", True)]),
           D(physics_letter, "Physics_Verification.pdf", qa_text=QATXT("arccheck", uk=True), signers=UK_BOTH,
             a4=True, serif=True)],
          dict(rx="met: Monaco Rx + brainstem/cord/chiasm/parotid objectives; 'Signed:' oncologist",
               nec="met: worksheet rationale for inverse-planned IMRT + critical structures; MD cell signed",
               crit=("met", [1, 4], "Yes on 1 and 4; disease within 2-3 mm of brainstem/chiasm (1), "
                                    "horseshoe PTV around the brainstem (4)"),
               img="missing: '[ ] Isodose distribution reviewed on planning CT' is unticked - the step is "
                   "recorded as not done; no other image review",
               dvh="met: '[x] Cumulative DVH reviewed, all PTVs and OARs'; 'Signed:' oncologist with date",
               por="met: 2 full arcs",
               qa="met: ArcCHECK measured (physics letter); 'Signed:' physicist and oncologist",
               comp=NA)),

    Chart("ho36_rectum_necessity_by_physicist", "epic+monaco+physics-note", "Gap: the only IMRT rationale is "
          "written and signed by the physicist; no physician statement.",
          P("Okafor-Blum", "Irene", "E1193385", "1966-12-30", "F"), "rectum", "quintero", "wierzbicki", "parks",
          "lakeshore", "2025-05-26", SEVEN_PELVIS,
          [D(monaco, "Monaco_Rectum.pdf"),
           D(physics_plan_note, "Physics_Consult_IMRT.txt",
             text=TXT(lambda cx: f"Physics consult at Dr. {cx.md.last}'s request. IMRT rather than 3D conformal "
                                 f"is recommended. " + condition_text(1, cx.site, 0)),
             signers=(("label", "phys"),)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=2, day="start", qa=QAACK("mapcheck")),
           D(qa_report, "MapCHECK.pdf", device="mapcheck", signers=(("line", "verified_by", "phys"),))],
          dict(rx="met: Monaco Rx PTV_5040 + small bowel/bladder/femoral constraints; MD approved",
               nec="incomplete: the rationale (IMRT over 3D; small bowel, bladder) is signed only by the "
                   "medical physicist; the LCD wants the treating physician's statement",
               crit=("incomplete", [1], "proximity is stated, but in a physicist-signed note, not a signed "
                                        "physician document"),
               img="met: CT in three planes with isodose lines; signed and dated",
               dvh="met: DVH curves assessed with values",
               por="met: 7 static beams",
               qa="met: MapCHECK 'Verified by:' physicist + MD's signed note reviewing the QA",
               comp=NA)),

    Chart("ho37_pancreas_namesake_review", "epic+raystation", "Identity: the plan review note is for a "
          "different patient with the same name (other MRN and DOB).",
          P("Gallagher", "Siobhan", "KB-6640021", "1958-08-19", "F"), "pancreas", "asante", "oyelaran", "walsh",
          "kestrel", "2025-02-10", HALF2,
          [D(raystation, "RS_Pancreas.pdf", values=False),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "why", 0)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=0,
             other=P("Gallagher", "Siobhan", "KB-6617730", "1949-02-02", "F")),
           D(qa_report, "ArcCHECK.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="met: PTV_5040 + duodenum/kidney/liver/cord goals; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - duodenum, kidneys; e-signed",
               crit=("met", [1], "disease within 2-3 mm of duodenum and kidneys"),
               img="missing: the only image review is in a note for Siobhan Gallagher MRN KB-6617730, DOB "
                   "1949-02-02 - a different patient; it does not count",
               dvh="missing: DVH review is in the same other-patient note",
               por="met: 2 arcs with start/stop and direction",
               qa="met: ArcCHECK; physicist and MD cells e-signed",
               comp=NA)),

    Chart("ho38_prostate_blank_md_line_physicist_dvh", "cerner+raystation+physics-note", "Gaps: plan report "
          "MD signature line blank (physicist approved); DVH evaluation signed by the physicist only.",
          P("Nwosu", "Augustine", "0038872611", "1953-02-01", "M"), "prostate", "lindqvist", "solberg", "achebe",
          "piedmont", "2025-06-23", HALF2,
          [D(raystation, "RS_Prostate.pdf", values=False, approve=(("blank", "md"), ("plan_approved", "phys"))),
           D(cerner_necessity, "Necessity.txt", nec=NEC((2, 5), "case", 0)),
           D(cerner_review, "Plan_Review.txt", image=1, dvh=None),
           D(physics_plan_note, "Physics_Plan_Check.txt",
             text=TXT(lambda cx: dvh_review(3, cx.site, dvh_values(cx)) + " All objectives met; chart check done."),
             signers=(("label", "phys"),)),
           D(qa_report, "ArcCHECK.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="incomplete: Rx and goals present; 'Radiation Oncologist signature: ____ Date: ____' is "
                  "blank and only the physicist approved",
               nec="met: case for intensity modulation over 3D; rectum, bladder; Cerner signature",
               crit=("met", [2, 5], "narrow 3 mm margin for the immediately adjacent rectum (2); escalation "
                                    "to 79.2 Gy (5)"),
               img="met: 3D dose display slice by slice; Cerner signature with date",
               dvh="incomplete: the only DVH evaluation is in the physics plan check signed by the physicist; "
                   "no radiation oncologist review",
               por="met: 2 arcs with start/stop and direction",
               qa="met: ArcCHECK; physicist and MD cells e-signed",
               comp=NA)),

    Chart("ho39_cervix_necessity_unauthenticated", "cerner+raystation+commonwealth", "Gap: Cerner necessity "
          "note still 'In Progress - not authenticated'.",
          P("Abernethy-Cole", "Precious", "NG-0912274", "1978-03-03", "F"), "cervix", "ferrand", "dubois",
          "walsh", "northgate", "2025-04-28", FULL2,
          [D(raystation, "RS_Cervix.pdf", a4=True),
           D(cerner_necessity, "Necessity_InProgress.txt", nec=NEC((4,), "uk", 1), sign="unsigned"),
           D(cerner_review, "Plan_Review.txt", image=0, dvh=1),
           D(qa_report, "EPID.pdf", device="epid",
             signers=(("line", "signed_uk", "phys"), ("line", "signed_uk", "md")))],
          dict(rx="met: PTV_4500 + bowel bag/rectum/bladder/bone goals; MD approved",
               nec="incomplete: rationale + small bowel and rectum are written, but the note is 'Result Status: "
                   "In Progress -- not authenticated'",
               crit=("incomplete", [4], "concave target around the small bowel is stated in the unsigned note"),
               img="met: CT in three planes with isodose lines; Cerner signature with date",
               dvh="met: DVHs of targets and OARs with values",
               por="met: 2 full arcs",
               qa="met: EPID; 'Signed:' physicist and MD",
               comp=NA)),

    Chart("ho40_breast_qa_future_contours_only", "epic+monaco", "Gaps: the physician approved contours only "
          "(no isodose review); QA 'will be measured' and no QA document exists.",
          P("Lindahl", "Karin", "E7004481", "1970-07-01", "F"), "breast_l", "okoro", "wierzbicki", "parks",
          "lakeshore", "2025-07-07", ST(300, 320, 120, 140),
          [D(monaco, "Monaco_Breast.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((1,), "need", 0)),
           D(epic_review, "Plan_Review.txt", image=CONTOURS_ONLY, dvh=1,
             qa="Patient-specific QA will be measured on the MapCHECK before the first fraction.")],
          dict(rx="met: Monaco Rx PTV_Breast_L 40.05 Gy/15 + heart/LAD/lung constraints; MD approved",
               nec="met: IMRT instead of conventional/3D; heart, LAD; e-signed",
               crit=("met", [1], "disease within 2-3 mm of heart and LAD"),
               img="incomplete|missing: the MD reviewed and approved contours on the planning CT but no "
                   "isodose distribution; 'incomplete' (element missing) or 'missing' (no review of the "
                   "dose at all) - the spec does not settle which",
               dvh="met: dose-volume histograms of targets and OARs with values; signed",
               por="met: 4 static beams 'Beam n / Gantry x°'",
               qa="missing: 'QA will be measured ... before the first fraction' is future; no QA document",
               comp=NA)),

    Chart("ho41_rectum_two_arcs_no_angles", "cerner+raystation+physics-letter", "Gap: the arcs are only "
          "counted ('two VMAT arcs'); no document gives gantry ranges.",
          P("Sandoval", "Ignacio", "0061190384", "1962-11-05", "M"), "rectum", "lindqvist", "solberg", "achebe",
          "piedmont", "2025-07-14", HALF2,
          [D(raystation, "RS_Rectum.pdf", beams=False),
           D(cerner_necessity, "IMRT_Necessity.txt", nec=NEC((1,), "need", 0)),
           D(cerner_review, "Plan_Review.txt", image=0, dvh=1,
             words="Delivery: two VMAT arcs, 10 MV, daily CBCT before each fraction."),
           D(physics_letter, "Physics_QA_Letter.pdf", qa_text=QATXT("arccheck"), to_md=False,
             signers=(("reviewed_by", "phys"), ("reviewed_by", "md")))],
          dict(rx="met: PTV_5040 5040 cGy/28 + small bowel/bladder/femoral goals; MD 'Plan approved by:'",
               nec="met: IMRT instead of conventional/3D; small bowel, bladder; Cerner signature",
               crit=("met", [1], "disease within 2-3 mm of small bowel and bladder"),
               img="met: CT in three planes with isodose lines over targets and OARs; signed with date",
               dvh="met: DVHs of targets and OARs with values",
               por="incomplete: 'two VMAT arcs' (and '2 arcs' in the QA letter) give the count only; no start/stop "
                   "angles or gantry ranges anywhere",
               qa="met: ArcCHECK measurement in the physics letter; 'Reviewed by:' physicist and MD",
               comp=NA)),

    Chart("ho42_glioma_no_necessity_statement", "epic+monaco", "Gap: no physician ever says why IMRT - the "
          "consult only plans 'IMRT with daily CBCT'.",
          P("Whitcombe", "Rowan", "E3318820", "1980-04-22", "M"), "glioma", "okoro", "kobayashi", "parks",
          "lakeshore", "2025-08-04", FULL2,
          [D(monaco, "Monaco_GBM.pdf"),
           D(epic_consult, "Consult.txt", extra_ap="Plan IMRT with daily CBCT and concurrent temozolomide."),
           D(epic_review, "Plan_Review.txt", image=3, dvh=0),
           D(qa_report, "Delta4_QA.pdf", device="delta4", signers=ROWS_BOTH)],
          dict(rx="met: Monaco Rx PTV_6000 60 Gy/30 + brainstem/chiasm/cochlea/hippocampus constraints; MD approved",
               nec="missing: IMRT is named as the technique but no document explains why it is needed rather than "
                   "3D conformal, and no OAR-based justification exists",
               crit=("missing", [], "no necessity statement, so no LCD condition is documented"),
               img="met: representative isodose curves on CT for CTV/PTV and brainstem, chiasm, cochlea; signed "
                   "and dated",
               dvh="met: cumulative DVHs with values",
               por="met: 2 full arcs with start/stop and direction",
               qa="met: Delta4; physicist and MD cells e-signed",
               comp=NA)),
]
