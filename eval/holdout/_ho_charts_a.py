"""Group A: complete charts (every requirement met), in many vendor and clinic styles.
Expectations are hand-written from docs/requirements.md and the documents each chart holds."""
from _ho_forms import necessity_form, yes_no_form
from _ho_kit import (FULL2, HALF2, NA, NA_OR_REVIEW, NEC, NINE, OARS, QAACK, QATXT, SEVEN_HN, ST,
                     WORDS, Chart, D, P)
from _ho_notes import (cerner_necessity, cerner_review, clinic_letter, epic_consult, epic_review, otv_note,
                       outside_path, physics_letter, rtf_letter)
from _ho_plans import compensators, monaco, pinnacle, raystation
from _ho_qa import qa_report, qa_tabs

REVIEW_ITEMS = [("Target volumes and critical structures reviewed on the planning CT with isodose "
                 "distributions", "Yes"),
                ("DVHs for all targets and critical structures reviewed", "Yes"),
                ("Plan acceptable for treatment", "Yes")]
UK_REVIEW_ITEMS = [("Colourwash dose distribution reviewed on planning CT / MRI fusion, tumour and "
                    "organs-at-risk", "Yes"),
                   ("Cumulative DVH reviewed for PTV and each organ-at-risk", "Yes"),
                   ("Optimisation objectives met or deviations accepted", "Yes")]
ROWS_BOTH = (("row", "phys", "esig", True), ("row", "md", "esig", True))

CHARTS = [
    Chart("ho01_tonsil_epic_monaco", "epic+monaco", "Complete: Monaco step-and-shoot plan (beams named "
          "'Beam n / Gantry x°'), Epic consult and plan-review notes, MapCHECK QA with a signature table.",
          P("Halvorsen", "Bjorn", "E4410923", "1954-07-12", "M"), "tonsil", "okoro", "wierzbicki", "parks",
          "lakeshore", "2025-01-06", NINE,
          [D(monaco, "Monaco_PlanReport_HN.pdf", footer="Monaco 6.1 plan report - page {page} - SYNTHETIC"),
           D(epic_consult, "RadOnc_Consult_01-06-2025.txt", nec=NEC((1,), "why", 0)),
           D(epic_review, "Physician_Plan_Review.txt", image=0, dvh=0),
           D(qa_report, "PSQA_MapCHECK.pdf", device="mapcheck")],
          dict(rx="met: Monaco Rx PTV_7000 70 Gy/35 + PTV_5600; IMRT constraints and clinical objectives for "
                  "cord, brainstem, parotid, mandible; 'Approved by:' the MD (and the physicist)",
               nec="met: consult A&P 'Why IMRT and not 3D-CRT' names the mandible and right parotid; "
                   "'Electronically signed: Dr. A. N. Okoro, MD' with date/time",
               crit=("met", [1], "disease within 2-3 mm of the mandible and right parotid, which must be protected"),
               img="met: 'I personally reviewed the planning CT ... isodose lines ... targets and OARs'; "
                   "Attestation + Epic e-signature with date",
               dvh="met: 'Cumulative DVHs for each PTV and every contoured OAR were examined' with values; "
                   "same signed note",
               por="met: Monaco beam table, 9 beams 'Beam n / Gantry x°'",
               qa="met: MapCHECK per-beam gamma; Role/Name/Signature/Date table, physicist and radiation "
                  "oncologist both e-signed",
               comp=NA)),

    Chart("ho02_prostate_cerner_raystation", "cerner+raystation", "Complete: RayStation VMAT report "
          "(ruled), Cerner PowerNote necessity and plan review, Delta4 tab export signed by the physicist; "
          "the MD's review note covers the QA (co-signature across documents).",
          P("Castellano", "Rafael", "0078823145", "1951-11-30", "M"), "prostate", "lindqvist", "solberg",
          "achebe", "piedmont", "2025-02-10", HALF2,
          [D(raystation, "RS_PlanReport_Prostate.pdf", a4=True),
           D(cerner_necessity, "PowerNote_IMRT_Necessity.txt", nec=NEC((2, 5), "case", 1)),
           D(cerner_review, "PowerNote_Plan_Review.txt", image=1, dvh=2, qa=QAACK("delta4"), day="start"),
           D(qa_tabs, "DQA_Delta4_export.txt", device="delta4", lines=(("reviewed_by", "phys"),))],
          dict(rx="met: RayStation median dose PTV_7920 7920 cGy/44 + clinical goals (rectum V70Gy < 20%, "
                  "bladder ...); 'Plan approved by: Lindqvist, Henrik (Radiation Oncologist)' with date",
               nec="met: 'The case for intensity modulation over conventional or 3D conformal planning' "
                   "names rectum and bladder; Cerner 'Sign Information' for the MD",
               crit=("met", [2, 5], "reduced 4 mm posterior margin to protect the rectum (2); escalation "
                                    "to 79.2 Gy beyond conventional dose (5)"),
               img="met: 'plan's 3D dose display was examined slice by slice on the simulation CT' with "
                   "isodose surfaces vs PTV and OARs; Cerner signature with date",
               dvh="met: 'DVH curves assessed for target coverage and normal-tissue sparing' with values",
               por="met: ruled beam table, 2 VMAT arcs with start/stop angles and rotation",
               qa="met: Delta4 measurement (gamma per beam) 'Reviewed by:' the physicist; the MD's signed "
                  "plan-review note reviews that QA - two documents give both signatures",
               comp=NA)),

    Chart("ho03_lung_pinnacle_rtf_docx", "pinnacle-txt+rtf+docx-yesno", "Complete: Pinnacle tab-separated "
          "export, RTF letter of medical necessity, Word review form with Yes/No columns, EPID QA.",
          P("Nakashima", "Eileen", "MV-220431", "1948-03-22", "F"), "lung", "raman", "menon", "walsh",
          "mesa", "2024-11-04", ST(180, 210, 240, 330, 0, 30, 150),
          [D(pinnacle, "Pinnacle_PlanSummary.txt"),
           D(rtf_letter, "LMN_IMRT.rtf", nec=NEC((1,), "rejected", 1), sig_kind="slash_s"),
           D(yes_no_form, "Physician_Plan_Review_Form.docx", title="Physician IMRT Plan Review",
             items=REVIEW_ITEMS, sigrows=(("md", "esig", True),)),
           D(qa_report, "EPID_PreTx_QA.pdf", device="epid",
             signers=(("line", "verified_by", "phys"), ("line", "esig_by", "md")))],
          dict(rx="met: Pinnacle Rx table PTV_6000 200 cGy x 30 + IMRT optimisation objectives with cord "
                  "max 50 Gy, lung V20Gy, heart, oesophagus; 'Approved by:' Priya S. Raman, DO",
               nec="met: RTF letter: 3D conformal plan 'considered and rejected', spinal cord and oesophagus; "
                   "'/s/ Priya S. Raman, DO'",
               crit=("met", [1], "tumour right up against the spinal cord (< 5 mm), oesophagus close by"),
               img="met: 'Target volumes and critical structures reviewed on the planning CT with isodose "
                   "distributions' marked Yes; MD e-signed with date in the sign-off table",
               dvh="met: 'DVHs for all targets and critical structures reviewed' marked Yes; MD e-signed",
               por="met: tab-separated beam list, 7 beams with gantry angles",
               qa="met: EPID portal dosimetry per beam; 'Verified by:' physicist and 'Electronically signed "
                  "by' the DO",
               comp=NA)),

    Chart("ho04_meningioma_uk_monaco_forms", "commonwealth+monaco+docx", "Complete, Commonwealth spelling: "
          "A4 Monaco report, necessity worksheet (Yes/No columns), oncologist review form (Item/Response), "
          "physics verification letter countersigned by the oncologist.",
          P("Ferreira-Lowe", "Annika", "BR0917734", "1967-08-14", "F"), "meningioma", "farrelly", "dubois",
          "walsh", "brendan", "2025-03-03", FULL2,
          [D(monaco, "Monaco_Plan_Report.pdf", approve=(("signed_uk", "md"), ("signed_uk", "phys")), a4=True,
             serif=True),
           D(necessity_form, "IMRT_Necessity_Worksheet.docx", yes=(1, 4), statement=NEC((1, 4), "uk", 1),
             oars=OARS(), sigrows=(("md", "slash", True),), ds="uk"),
           D(yes_no_form, "Oncologist_Plan_Review.docx", title="Clinical Oncologist Plan Review",
             layout="answer", items=UK_REVIEW_ITEMS, sigrows=(("md", "esig", True),), ds="uk"),
           D(physics_letter, "Physics_Verification_Letter.pdf", qa_text=QATXT("film", uk=True),
             signers=(("signed_uk", "phys"), ("signed_uk", "md")), a4=True, serif=True)],
          dict(rx="met: Monaco Rx PTV_5940 59.4 Gy/33 + constraints (chiasm, optic nerve, brainstem Dmax, "
                  "cochlea); 'Signed: Dr Siobhan Farrelly, MD, Radiation Oncologist  Date:'",
               nec="met: worksheet statement 'Reason for choosing inverse-planned IMRT in preference to a 3D "
                   "conformal technique' + critical structures listed; MD '/s/' cell",
               crit=("met", [1, 4], "Yes on conditions 1 and 4; statement: tumour under 5 mm from the "
                                    "chiasm (1), concave target curving around the chiasm (4)"),
               img="met: 'Colourwash dose distribution reviewed on planning CT / MRI fusion, tumour and "
                   "organs-at-risk' = Yes; MD signed and dated",
               dvh="met: 'Cumulative DVH reviewed for PTV and each organ-at-risk' = Yes; MD signed",
               por="met: 2 full arcs 'start 179.9 stop 180.1 CW' / 'start 180.1 stop 179.9 CCW'",
               qa="met: physics letter: ion chamber + EBT3 film measured vs calculated, gamma results; "
                  "signed by the physicist (MSc, Medical Physicist) and countersigned by the oncologist",
               comp=NA)),

    Chart("ho05_breast_epic_raystation", "epic+raystation", "Complete: left breast static IMRT, Epic notes "
          "('Electronically signed by ... on'), EPID QA verified by physics and reviewed in the MD note.",
          P("Obi-Walters", "Grace", "KB-5530129", "1972-05-09", "F"), "breast_l", "asante", "oyelaran",
          "parks", "kestrel", "2025-04-07", ST(302, 318, 122, 138),
          [D(raystation, "RayStation_Plan_LtBreast.pdf"),
           D(epic_consult, "Consult_Note.txt", nec=NEC((1,), "need", 0), sig_kind="esig_by"),
           D(epic_review, "IMRT_Plan_Review.txt", image=3, dvh=1, qa=QAACK("epid"), day="start"),
           D(qa_report, "PortalDosimetry_QA.pdf", device="epid", signers=(("line", "verified_by", "phys"),))],
          dict(rx="met: Rx PTV_Breast_L 4005 cGy/15 + clinical goals heart Dmean < 4 Gy, LAD, lung V16Gy; "
                  "'Plan approved by:' the MD with date",
               nec="met: 'This patient needs IMRT instead of a conventional/3D approach' - heart and LAD; "
                   "MD e-signature",
               crit=("met", [1], "disease within 2-3 mm of heart and LAD that must be protected"),
               img="met: 'Representative isodose curves were checked on the CT images for the CTV/PTV and "
                   "for the heart, LAD, left lung'; e-signed with date",
               dvh="met: 'I have gone through the dose-volume histograms of the targets and the organs at "
                   "risk' with values",
               por="met: ruled table, 4 static beams with gantry angles",
               qa="met: EPID measurement 'Verified by:' the physicist + MD's signed note 'Patient-specific QA "
                  "reviewed ... Acceptable' (cross-document co-signature)",
               comp=NA)),

    Chart("ho06_nasopharynx_uk_letter_yesno", "commonwealth+monaco+docx", "Complete: clinic letter to the GP "
          "carries the necessity, Word checklist with Yes/No columns, ArcCHECK QA signature table whose date "
          "cells are empty (the LCD asks no date for QA).",
          P("Tran", "Minh Chau", "BR1140286", "1963-12-01", "M"), "nasopharynx", "quintero", "dubois",
          "achebe", "brendan", "2024-10-14", FULL2,
          [D(monaco, "Monaco_PlanReport_NPC.pdf", a4=True),
           D(clinic_letter, "Clinic_Letter_GP.pdf", nec=NEC((4,), "uk", 1), a4=True, serif=True),
           D(yes_no_form, "Plan_Review_Checklist.docx", title="IMRT Plan Review Checklist",
             items=[("Isodose distribution reviewed slice-by-slice on the planning CT (targets and OARs)", "Yes"),
                    ("Dose-volume histograms reviewed for all PTVs and organs at risk", "Yes"),
                    ("Plan approved", "Yes")], sigrows=(("md", "esig", True),), ds="dot"),
           D(qa_report, "ArcCHECK_QA.pdf", device="arccheck",
             signers=(("row", "phys", "esig", False), ("row", "md", "esig", False)))],
          dict(rx="met: Monaco Rx PTV_7000 / PTV_5940 in 33 # + brainstem, cord, chiasm, parotid "
                  "constraints; 'Approved by:' MD and physicist",
               nec="met: clinic letter 'Reason for choosing inverse-planned IMRT in preference to a 3D conformal "
                   "technique', brainstem and optic chiasm; 'Signed: Dr Mateo Quintero, MD' dated",
               crit=("met", [4], "concave target curving around the brainstem with the chiasm in the hollow"),
               img="met: checklist item 'Isodose distribution reviewed slice-by-slice ...' X in the Yes "
                   "column; MD signature cell filled and dated",
               dvh="met: DVH item X in the Yes column; MD signed",
               por="met: Monaco beam table, 2 full arcs with start/stop and direction",
               qa="met: ArcCHECK measured gamma per arc; table cells e-signed by physicist and MD (dates "
                  "blank, but the LCD requires no date for this item)",
               comp=NA)),

    Chart("ho07_anal_epic_raystation_film", "epic+raystation", "Complete: anal canal VMAT; measurement-based "
          "verification (chamber + film) with two 'Reviewed by:' lines; on-treatment visit as a distractor.",
          P("Brennan-Oyelowo", "Teresa", "KB-6012877", "1959-01-27", "F"), "anal", "asante", "kobayashi",
          "walsh", "kestrel", "2025-01-13", HALF2,
          [D(raystation, "Plan_Report_Anal.pdf", approve=(("plan_approved", "md"), ("plan_approved", "phys"))),
           D(epic_consult, "Consult_2025-01-13.txt", nec=NEC((1,), "rejected", 1)),
           D(epic_review, "Plan_Review_Note.txt", image=2, dvh=3, sig_kind="esig_by"),
           D(qa_report, "Film_Chamber_QA.pdf", device="film", title="Measurement-Based Plan Verification",
             signers=(("line", "reviewed_by", "phys"), ("line", "reviewed_by", "md"))),
           D(otv_note, "OTV_week2.txt")],
          dict(rx="met: Rx PTV_5400/PTV_4500 in 30 fx + clinical goals small bowel V45Gy, bladder, femoral "
                  "heads, genitalia; 'Plan approved by:' MD",
               nec="met: 3D conformal 'considered and rejected'; small bowel and bladder; Epic e-signature",
               crit=("met", [1], "tumour up against the small bowel (< 5 mm), bladder close by"),
               img="met: 'Colourwash dose distribution inspected on the planning CT and the fused MRI, every "
                   "slice'; 'Electronically signed by ... on <date>'",
               dvh="met: 'Dose-volume histogram evaluation, targets and critical structures' with values",
               por="met: 2 VMAT arcs with gantry start/stop and rotation",
               qa="met: ion chamber + EBT3 film measurement; 'Reviewed by:' physicist and 'Reviewed by:' MD",
               comp=NA)),

    Chart("ho08_larynx_compensator_pinnacle", "pinnacle-txt+docx+compensator", "Complete compensator-based "
          "IMRT: Pinnacle export with brass compensators, per-portal compensator design sheet, Word forms.",
          P("Lindgren", "Per-Olof", "CR30019", "1950-06-18", "M"), "larynx", "demir", "wierzbicki", "achebe",
          "cedar", "2024-09-09", SEVEN_HN,
          [D(pinnacle, "Pinnacle_Export_Larynx.txt", compensator=True,
             approve=(("approved", "md"), ("approved", "phys"))),
           D(compensators, "Compensator_Design.pdf"),
           D(necessity_form, "Necessity_Worksheet.docx", yes=(1,), statement=NEC((1,), "case", 0), oars=OARS()),
           D(yes_no_form, "MD_Plan_Review.docx", title="Physician Plan Review", items=REVIEW_ITEMS,
             sigrows=(("md", "esig", True),)),
           D(qa_report, "Compensator_QA.pdf", device="film", signers=ROWS_BOTH,
             title="Compensator IMRT - Patient-Specific Dosimetric Verification")],
          dict(rx="met: Pinnacle Rx PTV_6600 200 cGy x 33 + objectives cord max 45 Gy, parotid mean, "
                  "cervical oesophagus; 'Approved by:' MD",
               nec="met: worksheet statement on intensity modulation over 3D; spinal cord and parotids; MD "
                   "signature cell",
               crit=("met", [1], "condition 1 = Yes; disease within 2-3 mm of cord and parotids"),
               img="met: CT/isodose review item = Yes; MD signed and dated",
               dvh="met: DVH item = Yes; MD signed",
               por="met: tab beam list, 7 beams 'Beam n / Gantry x°'",
               qa="met: chamber + film per field; table e-signed by physicist and MD",
               comp="met: design sheet lists all 7 portals with compensator ID, brass, max thickness and "
                    "design file; 'Verified by:' the physicist")),

    Chart("ho09_pancreas_pinnacle_rtf_noisy", "pinnacle-txt+rtf+epic", "Complete: RTF necessity letter with "
          "OCR-like letter swaps, Epic review exported with CRLF line ends, MapCHECK tab export.",
          P("Abernathy", "Dolores", "MV-118840", "1956-09-03", "F"), "pancreas", "raman", "menon", "walsh",
          "mesa", "2025-02-24", ST(0, 40, 80, 130, 180, 230, 280, 320),
          [D(pinnacle, "Pinnacle_Plan_Pancreas.txt", approve=(("approved", "md"), ("approved", "phys"))),
           D(rtf_letter, "Medical_Necessity_Letter.rtf", nec=NEC((1,), "need", 0), sig_kind="esig_by",
             noise=0.14),
           D(epic_review, "Plan_Review.txt", image=0, dvh=2, crlf=True),
           D(qa_tabs, "MapCHECK_DQA.txt", device="mapcheck",
             lines=(("reviewed_by", "phys"), ("reviewed_by", "md")))],
          dict(rx="met: Pinnacle Rx PTV_5040 180 cGy x 28 + objectives duodenum max, kidneys mean, liver, "
                  "cord; 'Approved by:' the DO",
               nec="met: letter (a few OCR-like swaps, still legible): IMRT instead of conventional/3D; "
                   "duodenum and kidneys; 'Electronically signed by' the DO",
               crit=("met", [1], "disease within 2-3 mm of duodenum and kidneys"),
               img="met: 'I personally reviewed the planning CT ... isodose lines ... duodenum, kidneys, "
                   "spinal cord'; Epic e-signature with date",
               dvh="met: 'DVH curves assessed for target coverage and normal-tissue sparing' with values",
               por="met: 8 static beams with gantry angles",
               qa="met: MapCHECK measurement-based verification; 'Reviewed by:' physicist and DO",
               comp=NA)),

    Chart("ho10_cervix_cerner_beams_in_words", "cerner+raystation", "Complete: the RayStation report has no "
          "beam table; the Cerner plan review describes the arcs in words.",
          P("Villanueva", "Rosario", "0066120457", "1970-04-15", "F"), "cervix", "lindqvist", "solberg",
          "achebe", "piedmont", "2025-03-17", FULL2,
          [D(raystation, "RS_Plan_Cervix.pdf", beams=False, a4=True),
           D(cerner_necessity, "IMRT_Justification.txt", nec=NEC((4,), "case", 0)),
           D(cerner_review, "Plan_Review_PowerNote.txt", image=3, dvh=0, words=WORDS()),
           D(qa_report, "ArcCHECK_Report.pdf", device="arccheck", signers=ROWS_BOTH)],
          dict(rx="met: median dose PTV_4500 4500 cGy/25 + clinical goals bowel bag, rectum, bladder, "
                  "pelvic bones; 'Plan approved by:' MD",
               nec="met: 'case for intensity modulation over conventional or 3D'; small bowel; Cerner signature",
               crit=("met", [4], "horseshoe-shaped PTV wrapping around the small bowel"),
               img="met: representative isodose curves checked on CT for CTV/PTV and small bowel, rectum, "
                   "bladder; signed with date",
               dvh="met: 'Cumulative DVHs for each PTV and every contoured OAR' with values",
               por="met: 'Beam Arrangement: 2 coplanar 10 MV VMAT arcs (arc 1 start 179.9 stop 180.1 CW; "
                   "arc 2 ...)' (QA table also lists both arcs)",
               qa="met: ArcCHECK per arc; signature table physicist + MD e-signed",
               comp=NA)),

    Chart("ho11_spine_reirradiation_monaco", "epic+monaco", "Complete re-irradiation: new field abuts a "
          "previously treated spinal segment (LCD condition 3); Delta4 QA with '/s/' and e-signed cells.",
          P("Dunmore", "Vincent", "E7720416", "1958-02-19", "M"), "spine", "okoro", "kobayashi", "parks",
          "lakeshore", "2025-05-05", ST(140, 160, 180, 200, 220),
          [D(monaco, "Monaco_Report_T12L1.pdf"),
           D(epic_consult, "Consult_Reirradiation.txt",
             nec=NEC((3,), "why", 0, prior="30 Gy in 10 fractions to T9-T11 in March 2022")),
           D(epic_review, "Plan_Review.txt", image=1, dvh=0, day="start", qa=QAACK("delta4")),
           D(qa_report, "Delta4_Report.pdf", device="delta4",
             signers=(("row", "phys", "slash", True), ("row", "md", "esig", True)))],
          dict(rx="met: Monaco Rx PTV_T12_L1 30 Gy/10 + cord PRV Dmax and oesophagus constraints; MD approved",
               nec="met: 'Why IMRT and not 3D-CRT' - prior RT to neighbouring segment, spinal cord; MD e-signed",
               crit=("met", [3], "adjacent segment irradiated in 2022; new portals must abut the old field "
                                 "edge with high precision"),
               img="met: 3D dose display examined slice by slice on the simulation CT; signed with date",
               dvh="met: cumulative DVHs for PTV and OARs with values",
               por="met: 5 static beams 'Beam n / Gantry x°'",
               qa="met: Delta4 per beam; physicist '/s/' cell and MD e-signed cell (also MD note reviews QA)",
               comp=NA)),

    Chart("ho12_oesophagus_noisy_corrupt_copy", "cerner+raystation+commonwealth", "Complete: OCR-like noise in "
          "the Cerner notes; a re-sent copy of the QA report is corrupt but the original is readable.",
          P("McAllister", "Fiona", "NG-0448215", "1961-10-28", "F"), "oesophagus", "ferrand", "dubois",
          "walsh", "northgate", "2025-01-20", FULL2,
          [D(raystation, "RayStation_Plan_Report.pdf", a4=True),
           D(cerner_necessity, "Necessity_Note.txt", nec=NEC((1,), "uk", 1), noise=0.1),
           D(cerner_review, "Plan_Review_Note.txt", image=2, dvh=1, noise=0.12),
           D(qa_report, "PSQA_Report.pdf", device="delta4",
             signers=(("line", "signed_uk", "phys"), ("line", "signed_uk", "md"))),
           D(qa_report, "PSQA_Report_resent.pdf", device="delta4", damage="corrupt",
             signers=(("line", "signed_uk", "phys"), ("line", "signed_uk", "md")))],
          dict(rx="met: PTV_5040 5040 cGy/28 + clinical goals lungs V20Gy, heart V30Gy, cord, liver; MD "
                  "'Plan approved by:'",
               nec="met: rationale for inverse-planned IMRT over 3D (noisy but legible); heart, lungs; Cerner "
                   "signature",
               crit=("met", [1], "tumour right up against the heart (< 5 mm), lungs close by"),
               img="met: colourwash dose inspected on CT and fused MRI through targets and OARs (noisy); signed "
                   "with date",
               dvh="met: dose-volume histograms of targets and OARs with values; signed",
               por="met: ruled beam table with 2 arcs",
               qa="met: readable PSQA_Report.pdf: Delta4 measurement, 'Signed:' physicist and MD; the corrupt "
                  "copy does not downgrade it",
               comp=NA_OR_REVIEW),
          problems={"PSQA_Report_resent.pdf": ["corrupt"]}),

    Chart("ho13_prostate_bed_scanned_pathology", "epic+raystation", "Complete salvage prostate-bed VMAT; an "
          "irrelevant outside pathology report is an image-only scan.",
          P("Kowalczyk", "Edmund", "KB-4471903", "1955-07-07", "M"), "prostate_bed", "demir", "oyelaran",
          "parks", "kestrel", "2025-06-02", HALF2,
          [D(raystation, "Plan_ProstateBed.pdf"),
           D(epic_consult, "Consult.txt", nec=NEC((2,), "why", 0)),
           D(epic_review, "Plan_Review.txt", image=0, dvh=1, day="start", qa=QAACK("arccheck")),
           D(qa_report, "ArcCHECK_PSQA.pdf", device="arccheck", signers=(("line", "verified_by", "phys"),)),
           D(outside_path, "Outside_Pathology_scan.pdf", damage="scan")],
          dict(rx="met: PTV_6640 6640 cGy/37 + rectum, bladder, penile bulb goals; MD 'Plan approved by:'",
               nec="met: 'Why IMRT and not 3D-CRT' - narrow margin to spare the rectum; e-signed",
               crit=("met", [2], "tight 3 mm PTV expansion to protect the immediately adjacent rectum"),
               img="met: planning CT reviewed in three planes with isodose lines over targets and OARs; dated",
               dvh="met: dose-volume histograms of targets and OARs with values",
               por="met: 2 arcs with start/stop and direction",
               qa="met: ArcCHECK 'Verified by:' physicist + MD note reviewing the QA result",
               comp=NA_OR_REVIEW),
          problems={"Outside_Pathology_scan.pdf": ["needs-ocr"]}),
]
