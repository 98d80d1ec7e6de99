"""Blind set novel_g: integrated health systems' oncology modules and multidisciplinary care.

    /work/main/.venv/bin/python eval/novel_g/generate.py [--out DIR] [--quiet]

Deletes and rewrites <out>/charts/ and <out>/charts_index.csv (default: this folder), validates every
expected.json and every rendered file, and prints a summary. Deterministic: randomness is seeded from the
chart id, reportlab runs with invariant=1, DOCX zips carry fixed timestamps.
Every status below was written by hand from docs/requirements.md, the LCD and the documents this script
renders; the tool was never run on this set.
"""
import argparse
import csv
import hashlib
import json
import os
import random
import shutil
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ng_docs as G                                   # noqa: E402
from ng_render import render, extract_text            # noqa: E402
from ng_world import CLINICS, SITES, Patient, D, add_bd  # noqa: E402

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
M, I, X, NA = "met", "incomplete", "missing", "not_applicable"

# ----------------------------------------------------------------------------- per-clinic document lists
DOCS = {
    "ouachita": [("01_hemonc_template_consult.pdf", G.h1_consult), ("02_therapy_plan_printout.pdf", G.h1_therapy_plan),
                 ("03_tessellate_plan_summary.pdf", G.h1_tps), ("04_planning_progress_note.txt", G.h1_review),
                 ("05_arcscan4d_verification.pdf", G.h1_qa), ("06_treatment_calendar.docx", G.h1_calendar)],
    "keweenaw": [("01_tumor_board_summary.docx", G.h2_tumor_board), ("02_radonc_consult.rtf", G.h2_consult),
                 ("03_treatment_directive.pdf", G.h2_directive), ("04_superior_shores_plan.pdf", G.h2_plan),
                 ("05_treatment_planning_note.pdf", G.h2_planning_note), ("06_matrixplane_imrt_qa.pdf", G.h2_qa)],
    "brazos": [("01_consult_teaching_service.pdf", G.h3_consult), ("02_rox_prescription.docx", G.h3_rx),
               ("03_navasota_plan_export.txt", G.h3_plan), ("04_planning_note_teaching.rtf", G.h3_review),
               ("05_diodering_delivery_qa.pdf", G.h3_qa), ("06_ois_treatment_record.txt", G.h3_record)],
    "mohave": [("01_radonc_consult.docx", G.h4_consult), ("02_rt_order.pdf", G.h4_order),
               ("03_hualapai_plan_document.pdf", G.h4_plan), ("04_physician_plan_review.txt", G.h4_review),
               ("05_procedure_note_psqa.txt", G.h4_procnote), ("06_nurse_navigator_note.docx", G.h4_navigator),
               ("07_treatment_history.txt", G.h4_history)],
    "chesapeake": [("01_radonc_consult.pdf", G.h5_consult), ("02_ro_orders_web_print.pdf", G.h5_orders),
                   ("03_assateague_plan_web_print.pdf", G.h5_plan), ("04_physician_plan_evaluation.docx", G.h5_eval),
                   ("05_octant_patient_qa.pdf", G.h5_qa), ("06_treatment_record.txt", G.h5_record)],
    "bigsioux": [("01_radonc_consult.docx", G.h6_consult), ("02_oncology_treatment_plan.pdf", G.h6_txplan),
                 ("03_prairie_quartz_plans.pdf", G.h6_tps), ("04_plan_review.rtf", G.h6_review),
                 ("05_palisade_qa_PELV_VMAT.pdf", lambda x: G.h6_qa(x, 0)),
                 ("06_palisade_qa_PROS_BST_VMAT.pdf", lambda x: G.h6_qa(x, 1)),
                 ("07_delivery_record.txt", G.h6_record)],
    "bigsioux3d": [("01_radonc_consult.docx", G.h6_consult), ("02_oncology_treatment_plan.pdf", G.h6_txplan),
                   ("03_prairie_quartz_plan.pdf", G.h6_tps), ("04_independent_mu_check.txt", G.h6_mucheck),
                   ("05_delivery_record.txt", G.h6_record)],
}
STYLE = {
    "ouachita": "medonc-ehr-rad-note+therapy-plan+tessellate+arcscan4d",
    "keweenaw": "tumor-board+rtf-consult+superior-shores+matrixplane",
    "brazos": "teaching-service-attestation+rox-docx+navasota-txt+diodering",
    "mohave": "procedure-note-pasted-qa+navigator-note+hualapai",
    "chesapeake": "html-to-pdf-web-prints+assateague+octant",
    "bigsioux": "oncology-module-phases+prairie-quartz+palisade3d",
    "bigsioux3d": "oncology-module-phases+prairie-quartz (3D)",
}

COMP_NA = "MLC-delivered VMAT; no document mentions a compensator"


def E(status, why, criteria=None):
    st = status if isinstance(status, list) else [status]
    d = {"status": st, "why": why}
    if criteria is not None:
        d["criteria"] = criteria
    return d


# ----------------------------------------------------------------------------- the charts (hand-written)
CHARTS = [
    dict(id="ng01_ouachita_therapy_plan_oropharynx", clinic="ouachita", site="oropharynx", label="oropharynx",
         pt=("Pettibone", "Harlan", "91402736", D(1957, 3, 22), "M"), conds=[1, 4], base=D(2026, 1, 12), f={},
         trap="", desc="Radiation oncology consult written in the system's Hematology/Oncology clinic-note template "
              "(Regimen/Cycle/ECOG fields 'N/A'), closed by 'Note signed by <MD> (Radiation Oncology) on 1/12/2026 "
              "at 4:22 PM CST'; oncology-module Therapy Plan printout with the radiation component (Rx + OAR "
              "constraints) and a Role/Provider/Signature/Date table ('Signed electronically'); Tessellate plan "
              "summary; ArcScan 4D QA with 'Physicist approval: Signed by ...' / 'Radiation oncologist review: "
              "Signed by ...'.",
         exp={
             "plan-goals-constraints": E(M, "Therapy Plan printout: PTV_7000 70 Gy/35 and PTV_5600 56 Gy/35 with a "
                                            "'normal tissue dose constraints' table (spinal cord Dmax < 45 Gy, "
                                            "brainstem, parotid, mandible, larynx, oral cavity); plan signature table "
                                            "row 'Treating radiation oncologist | FAIRWEATHER-QUINT, ODESSA MD | Signed "
                                            "electronically | <date>'"),
             "necessity-statement": E(M, "Hem/Onc-template consult, section 'Why intensity modulation rather than 3D "
                                         "conformal or conventional planning': 3D opposed laterals would not hold the parotid and cord; "
                                         "names spinal cord, brainstem, left parotid, mandible, larynx; signed by the "
                                         "radiation oncologist"),
             "necessity-criterion": E(M, "consult: primary and node within 4 mm of the mandible and 1.5 cm of cord/"
                                         "brainstem (1); elective neck volume concave, wrapping around the cord and "
                                         "contralateral parotid (4)", [1, 4]),
             "image-review": E(M, "planning progress note (Hem/Onc template, TXT): CT reviewed slice by slice with the "
                                  "isodose distribution for targets and OARs; 'Note signed by ... on <date> at 11:05 "
                                  "AM CST', after the plan was created the day before"),
             "dvh-review": E(M, "same signed progress note: DVHs reviewed for every target and organ at risk, "
                                "with values"),
             "portal-description": E(M, "Tessellate plan summary: two VMAT arcs A1 181->179 CW, A2 179->181 CCW with "
                                        "collimator angles"),
             "dosimetric-verification": E(M, "ArcScan 4D measured delivery, all arcs and composite PASS above the 95% "
                                             "tolerance / 90% action level; physicist signs the measurement evening, "
                                             "radiation oncologist the next morning, before the first fraction"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng02_keweenaw_tumor_board_lung", clinic="keweenaw", site="lung", label="lung", board="Thoracic",
         pt=("Lahti", "Evangeline", "91587204", D(1951, 8, 9), "F"), conds=[1], base=D(2026, 2, 2), f={},
         trap="", desc="Multidisciplinary tumor-board case summary (DOCX, attendance table, prepared by the nurse "
              "navigator, signed by the medical-oncology chair) that leaves technique to Radiation Oncology; RTF "
              "radiation oncology consult with the IMRT rationale, 'Signed: <MD> (Radiation Oncology)  02-Feb-2026 "
              "16:20 EST'; directive with priority-ranked OAR constraints; MatrixPlane QA with the sign-off table at "
              "the top of the report.",
         exp={
             "plan-goals-constraints": E(M, "Radiation Treatment Directive: PTV_6000 60 Gy/30; OAR constraint table "
                                            "(cord Dmax < 50 Gy, lung V20 < 35%, heart, esophagus, brachial plexus); "
                                            "'Signed by: <MD>, Radiation Oncology -- <dd-Mon-yyyy> 09:05 EST'"),
             "necessity-statement": E(M, "RTF consult, 'Radiation technique rationale (IMRT in place of 3D conformal / "
                                         "conventional radiotherapy)': 3D fields would exceed lung V20 35% and dose the esophagus; "
                                         "names esophagus, cord, heart, lung, brachial plexus; signed by the radiation "
                                         "oncologist (the tumor-board summary defers technique to Radiation Oncology)"),
             "necessity-criterion": E(M, "consult: AP-window node within 3 mm of the esophagus, cord 1.4 cm, apex "
                                         "against the brachial plexus (1)", [1]),
             "image-review": E(M, "Treatment Planning Note: planning CT (PET fusion) with the isodose distribution in "
                                  "three planes; 'Signed: ... 13-Feb-2026 11:05 EST', after plan creation"),
             "dvh-review": E(M, "same note: DVHs for all targets and critical structures with values"),
             "portal-description": E(M, "Superior Shores plan report: two partial VMAT arcs with gantry start/stop "
                                        "(181->10 CW, 10->181 CCW)"),
             "dosimetric-verification": E(M, "MatrixPlane measured composite, all PASS; sign-off table at the top: "
                                             "Medical physicist e-signed (measurement evening), Radiation oncologist "
                                             "e-signed next morning, before the first fraction"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng03_brazos_teaching_attested_cervix", clinic="brazos", site="cervix", label="cervix",
         pt=("Villarreal", "Consuelo", "91630518", D(1958, 11, 30), "F"), conds=[4, 1], base=D(2026, 2, 4), f={},
         trap="", desc="Academic teaching service: consult and planning note written and signed by a PGY-3 resident, "
              "each completed by the attending ('Attending addendum ... Cosigned by:' and 'Teaching physician "
              "statement ... Electronically co-signed by <MD>, Attending Physician'); ROx prescription DOCX "
              "'Authorized and e-signed:'; Navasota dotted-label TXT export; DiodeRing QA with 'Approved by:' / "
              "'Reviewed by:'.",
         exp={
             "plan-goals-constraints": E(M, "ROx prescription DOCX: PTV_4500 45 Gy/25 + PTV_5500_LN 55 Gy/25 and a "
                                            "dose-volume constraint table (bowel bag V45 < 250 cc, rectum, bladder, "
                                            "femoral heads, marrow); entered by the resident, 'Authorized and "
                                            "e-signed: <attending>, Attending Radiation Oncologist, <date>'"),
             "necessity-statement": E(M, "resident-written consult section 'Need for IMRT over a conventional or "
                                         "three-dimensional conformal approach' names bowel, rectum, bladder, femoral "
                                         "heads, marrow; attending addendum 'The decision to use IMRT and the reasons "
                                         "given above are mine' + 'Cosigned by: <attending>'"),
             "necessity-criterion": E(M, "consult: concave nodal/parametrial target curving around bowel, rectum and "
                                         "bladder (4); involved node within 4 mm of small bowel (1)", [4, 1]),
             "image-review": E(M, "RTF planning note: CT slice by slice with isodose lines; resident signature and "
                                  "'Teaching physician statement' (attending reviewed CT, contours and isodose "
                                  "distributions herself) 'Electronically co-signed by ... <date> 17:42 CST'"),
             "dvh-review": E(M, "same note and attestation: DVHs for all targets and critical structures, attending "
                                "'went through the DVHs for each target and organ at risk'"),
             "portal-description": E(M, "Navasota TXT [beams]: CX1 181->179 CW, CX2 179->181 CCW"),
             "dosimetric-verification": E(M, "DiodeRing measured full-arc delivery PASS; 'Approved by: <PhD, DABR> "
                                             "(Medical Physicist)' and 'Reviewed by: <attending> (Attending Radiation "
                                             "Oncologist)' after the measurement and before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng04_mohave_procedure_note_qa_pancreas", clinic="mohave", site="pancreas", label="pancreas",
         pt=("Cordova-Reese", "Arturo", "91744109", D(1953, 5, 17), "M"), conds=[2], base=D(2026, 2, 23), f={},
         trap="", desc="Sagebrush EHR notes 'Signed by <name> [Radiation Oncology] on 2/23/2026 16:12 MST' (Arizona, "
              "MST all year); physicist's QA filed as a PROCEDURE NOTE with the EPID results pasted as tab-separated "
              "text and a 'Cosigned by <MD> [Radiation Oncology]' line; nurse navigator note as a distractor.",
         exp={
             "plan-goals-constraints": E(M, "Radiation Therapy Order: PTV_5040 50.4 Gy/28 and a normal-tissue "
                                            "constraint table (duodenum Dmax < 55 Gy, V45 < 15 cc, stomach, kidneys, "
                                            "liver, cord); signed by the radiation oncologist"),
             "necessity-statement": E(M, "consult 'IMRT medical necessity - why a 3D conformal plan is not adequate "
                                         "here': a 3D four-field plan would give the duodenum full dose; names duodenum, stomach, kidneys, "
                                         "liver, cord; signed"),
             "necessity-criterion": E(M, "consult: CTV-to-PTV margin narrowed to 3 mm toward the immediately adjacent "
                                         "duodenum (2)", [2]),
             "image-review": E(M, "Physician Plan Review (TXT): isodose distributions on the planning CT, axial + "
                                  "coronal/sagittal; 'Signed by ... [Radiation Oncology] on <date> 11:05 MST'"),
             "dvh-review": E(M, "same note: DVHs for all targets and OARs with values"),
             "portal-description": E(M, "Hualapai plan document: two VMAT arcs with gantry start/stop and direction"),
             "dosimetric-verification": E(M, "Procedure Note: EPID measurement pasted, every field and the composite "
                                             "PASS above the 95% tolerance; 'Signed by <PhD, DABR> [Medical Physics]' "
                                             "the measurement evening; physician review + 'Cosigned by <MD> "
                                             "[Radiation Oncology]' the next morning, before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng05_chesapeake_web_print_spine_reirradiation", clinic="chesapeake", site="spine_reirr",
         label="spine", pt=("Wachter", "Delbert", "91825563", D(1949, 12, 2), "M"), conds=[3, 1],
         base=D(2026, 3, 2), f={}, trap="",
         desc="Orders and plan report printed from web pages to PDF (browser date/title header, URL and 'n/m' "
              "footer, cells wrapping mid-word, doubled spaces, a literal '&nbsp;'), the order signed in label/value "
              "rows 'Signed by : ...' / 'Signed on : ...'; notes closed by 'Signed electronically on <date> at <time> "
              "<zone> by <MD>, Radiation Oncology' (EST to EDT across the course); outside 2024 treatment summary "
              "scanned with this chart's MRN.",
         exp={
             "plan-goals-constraints": E(M, "RO Orders web print: PTV_3500 35 Gy/14 and an 'Organ at risk constraints' "
                                            "table (cord PRV Dmax < 30 Gy, composite junction EQD2 < 50 Gy, "
                                            "esophagus, right kidney); 'Signed by : <MD> (Radiation Oncology)' / "
                                            "'Signed on : <date> 09:02 EST'"),
             "necessity-statement": E(M, "consult: rationale section; 3D PA/AP would overlap the 2024 field and give "
                                         "the cord full dose; names spinal cord, esophagus, right kidney; signed"),
             "necessity-criterion": E(M, "consult: target abuts the inferior border of the 2024 T6-T8 field, arcs "
                                         "must abut with high precision (3); paraspinal extension within 2 mm of the "
                                         "cord (1)", [3, 1]),
             "image-review": E(M, "Physician Plan Evaluation (DOCX): isodose on every axial slice plus sagittal/"
                                  "coronal; 'Signed electronically on <date> at 11:05 AM EDT by <MD>'"),
             "dvh-review": E(M, "same evaluation: DVHs for the target and organs at risk with values"),
             "portal-description": E(M, "Assateague web print: two VMAT arcs SP_A1 130->230 CW, SP_A2 230->130 CCW "
                                        "(beam table drawn as positioned text)"),
             "dosimetric-verification": E(M, "Octant measured delivery PASS; 'Physicist: <MS, DABR>  Signed: <date> "
                                             "18:31' and 'Radiation Oncologist: <MD>  Signed: <next day> 08:12', "
                                             "before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng06_bigsioux_two_phase_prostate", clinic="bigsioux", site="prostate_2ph",
         label="prostate and pelvic nodes (2 phases)", plan_ids=["PELV_VMAT", "PROS_BST_VMAT"],
         pt=("Gunderson", "Orval", "91916027", D(1952, 2, 14), "M"), conds=[5, 1], base=D(2026, 3, 23), f={},
         trap="", desc="Oncology-module Treatment Plan printout with a Phases table (PELV_VMAT 45 Gy/25, then "
              "PROS_BST_VMAT 34.2 Gy/19 to 79.2 Gy) and 'Plan provider signature: <MD> ... -- signed <Mon D, YYYY>'; "
              "one plan review covering both plans; a Palisade 3D QA per plan, each signed by both roles before that "
              "plan's first fraction; delivery record naming both plans.",
         exp={
             "plan-goals-constraints": E(M, "Treatment Plan printout: both phases' targets and doses and a composite OAR "
                                            "constraint table (rectum V70 < 20%, bladder, bowel, femoral heads, "
                                            "penile bulb); 'Plan provider signature: <MD>, Radiation Oncology -- "
                                            "signed <date>'; shared by both courses"),
             "necessity-statement": E(M, "consult 'Special need for IMRT': at 79.2 Gy a 3D plan would put a third of the rectum above 70 Gy; names rectum, "
                                         "bladder, small bowel, femoral heads, penile bulb; for both phases; signed"),
             "necessity-criterion": E(M, "consult: escalation to 79.2 Gy above the 70 Gy commonly delivered (5); "
                                         "prostate within 2 mm of the anterior rectal wall (1)", [5, 1]),
             "image-review": E(M, "RTF plan review: a section per plan (PELV_VMAT, PROS_BST_VMAT), each reviewed on the "
                                  "CT with isodose lines; signed and dated the day after both plans were created"),
             "dvh-review": E(M, "same note: DVHs of all targets and OARs, both phases and composite"),
             "portal-description": E(M, "Prairie Quartz report: two arcs per plan with gantry start/stop"),
             "dosimetric-verification": E(M, "per course: PELV_VMAT QA measured and signed by physicist and radiation "
                                             "oncologist before fraction 1; PROS_BST_VMAT QA measured and signed by "
                                             "both before fraction 26 (the boost's first)"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng07_ouachita_dvh_review_deferred_larynx", clinic="ouachita", site="larynx", label="larynx",
         pt=("Bledsoe", "Winford", "91103394", D(1955, 7, 6), "M"), conds=[1], base=D(2026, 4, 6),
         f={"dvh_deferred": True, "achieved": False}, trap="DVH review deferred, never documented",
         desc="Same Hem/Onc-template layout as ng01. Trap: the signed planning progress note reviews the isodose "
              "distribution but says 'Dose-volume histograms: review deferred. The DVH export did not load ...; I "
              "will review ... and will document that review in a separate note.' No such note exists; the "
              "Tessellate summary lists objectives without achieved values.",
         exp={
             "plan-goals-constraints": E(M, "Therapy Plan printout: PTV_7000/PTV_5600 and the normal tissue constraint "
                                            "table; radiation oncologist's row signed electronically"),
             "necessity-statement": E(M, "Hem/Onc-template consult: rationale section naming cord, brainstem, right "
                                         "parotid, cervical esophagus, left brachial plexus; signed"),
             "necessity-criterion": E(M, "consult: nodal mass within 5 mm of the brachial plexus, primary against "
                                         "the cervical esophagus, cord 1.2 cm (1)", [1]),
             "image-review": E(M, "planning progress note: CT slice by slice with the isodose distribution; signed "
                                  "and dated after plan creation"),
             "dvh-review": E(X, "the only DVH mention is a deferral ('review deferred ... will review ... in a separate "
                                "note'), a future mention; no later note; the plan summary gives objectives without "
                                "achieved values and is not signed by the physician"),
             "portal-description": E(M, "Tessellate summary: three VMAT arcs with gantry start/stop"),
             "dosimetric-verification": E(M, "ArcScan 4D PASS; physicist and radiation oncologist signed after the "
                                             "measurement, before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng08_keweenaw_necessity_only_tumor_board_rectum", clinic="keweenaw", site="rectum", label="rectum",
         board="GI", pt=("Niemi", "Ardith", "91258871", D(1954, 10, 21), "F"), conds=[1], base=D(2026, 4, 13),
         f={"tb_necessity": True, "consult_necessity": False},
         trap="necessity stated only in the tumor-board summary signed by the medical oncologist",
         desc="Same layout as ng02. Trap: the only IMRT rationale is in the tumor-board summary ('the board "
              "recommends IMRT rather than a 3D conformal or conventional technique ...'), prepared by the nurse "
              "navigator and signed only by the medical-oncology conference chair. The radiation oncologist's consult "
              "says 'Technique: VMAT' with no reason.",
         exp={
             "plan-goals-constraints": E(M, "Radiation Treatment Directive: PTV_5000 50 Gy/25 + PTV_4500 45 Gy/25 and "
                                            "an OAR constraint table (bowel bag V45 < 195 cc, bladder, femoral heads, "
                                            "genitalia); signed by the radiation oncologist"),
             "necessity-statement": E(I, "the only statement of why IMRT rather than 3D (names small bowel, bladder, "
                                         "femoral heads) is in the tumor-board case summary, 'Summary prepared by' the "
                                         "nurse navigator and 'Signed: <MD> (Medical Oncology), Conference Chair'; no "
                                         "radiation oncologist signs it. The radiation oncologist's consult gives the "
                                         "technique (VMAT) without any reason"),
             "necessity-criterion": E(I, "condition 1 (small bowel within 5 mm of the nodal volume, bladder base "
                                         "abutting the mesorectum) is stated only in the medical oncologist's tumor-board "
                                         "summary; the required radiation oncologist's signature is missing", [1]),
             "image-review": E(M, "Treatment Planning Note: CT + isodose in three planes; signed and dated after "
                                  "plan creation"),
             "dvh-review": E(M, "same note: DVHs for all targets and critical structures"),
             "portal-description": E(M, "Superior Shores plan report: two VMAT arcs with gantry start/stop"),
             "dosimetric-verification": E(M, "MatrixPlane PASS; sign-off table: physicist and radiation oncologist "
                                             "e-signed after the measurement, before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng09_brazos_resident_review_unattested_endometrium", clinic="brazos", site="endometrium",
         label="endometrium", pt=("Tijerina", "Paloma", "91369402", D(1956, 4, 3), "F"), conds=[4],
         base=D(2026, 4, 20), f={"unattested": True, "achieved": False},
         trap="plan review signed by a PGY-4 resident alone (teaching physician statement not entered)",
         desc="Same teaching-service layout as ng03. Trap: the planning note (isodose and DVH review) is signed "
              "'Resident: <name>, MD, PGY-4, Radiation Oncology -- signed ...'; under 'Teaching physician statement' "
              "it reads '*** not yet entered ***' and 'Note status: Pended - routed to <attending> for teaching "
              "physician attestation'. The consult is attested; the Navasota export lists objectives without "
              "achieved values.",
         exp={
             "plan-goals-constraints": E(M, "ROx prescription: PTV_4500 45 Gy/25 and OAR dose-volume constraints; "
                                            "'Authorized and e-signed: <attending>'"),
             "necessity-statement": E(M, "consult rationale naming small bowel, rectum, bladder, femoral heads; "
                                         "resident-written, attending addendum + 'Cosigned by:' the attending"),
             "necessity-criterion": E(M, "consult: post-hysterectomy nodal/cuff target concave around small bowel and "
                                         "bladder (4)", [4]),
             "image-review": E(I, "the only isodose review is the resident's planning note (PGY-4); the teaching "
                                  "physician statement is '*** not yet entered ***' and the note is 'Pended - routed "
                                  "to' the attending; a resident's signature does not stand in for the radiation "
                                  "oncologist's"),
             "dvh-review": E(I, "same resident-only note holds the only DVH review; no attending attestation"),
             "portal-description": E(M, "Navasota TXT [beams]: E_A1 181->179 CW, E_A2 179->181 CCW"),
             "dosimetric-verification": E(M, "DiodeRing PASS; 'Approved by:' physicist and 'Reviewed by:' attending "
                                             "after the measurement, before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng10_mohave_qa_md_review_only_in_navigator_note_anal", clinic="mohave", site="anal",
         label="anal canal", pt=("Yazzie-Holbrook", "Loretta", "91472860", D(1950, 9, 12), "F"), conds=[4, 1],
         base=D(2026, 5, 4), f={"no_cosign": True, "nav_hearsay": True},
         trap="QA signed by the physicist only; the physician's review appears only in a nurse navigator note",
         desc="Same layout as ng04. Trap: the physicist's PROCEDURE NOTE (passing EPID QA) ends 'Cosign: not "
              "requested (Procedures activity routes to Physics only)'; the only record that the radiation oncologist "
              "reviewed the QA is the nurse navigator's note ('Dr. Ybarra-Kent reviewed the IMRT QA results ... and "
              "approved the plan'), signed by the RN. The physician's plan review says QA 'will be measured'.",
         exp={
             "plan-goals-constraints": E(M, "Radiation Therapy Order: PTV_5400 54 Gy/30 + PTV_4500 45 Gy/30 and a "
                                            "constraint table (bowel bag V30 < 200 cc, bladder, femoral heads, "
                                            "genitalia, iliac crests); signed"),
             "necessity-statement": E(M, "consult 'IMRT medical necessity' naming small bowel, bladder, femoral heads, "
                                         "genitalia, iliac crest marrow; signed"),
             "necessity-criterion": E(M, "consult: horseshoe-shaped concave nodal target with bladder and bowel within "
                                         "its concavity (4); inguinal node within 6 mm of the femoral head (1)", [4, 1]),
             "image-review": E(M, "Physician Plan Review: isodose on the planning CT; signed and dated after plan "
                                  "creation"),
             "dvh-review": E(M, "same note: DVHs for all targets and OARs with values"),
             "portal-description": E(M, "Hualapai plan document: three VMAT arcs with gantry start/stop"),
             "dosimetric-verification": E(I, "passing EPID measurement signed only by the medical physicist "
                                             "('Cosign: not requested'); the radiation oncologist's review exists only "
                                             "as a statement in the nurse navigator's note, signed by the RN, which is "
                                             "not the physician's signature; the plan review predates the QA and says "
                                             "it 'will be measured'"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng11_chesapeake_oar_doses_achieved_only_prostate_bed", clinic="chesapeake", site="prostate_bed",
         label="prostate bed", pt=("Custis", "Emory", "91590347", D(1948, 6, 25), "M"), conds=[1],
         base=D(2026, 5, 11), f={"no_constraints": True, "referrer": "Urology"},
         trap="prescription gives the target dose only; organ doses appear only as achieved values",
         desc="Same web-print layout as ng05. Trap: the signed RO order gives PTV_6800 68 Gy/34 and lists the organs "
              "at risk '(dose statistics in the plan report)'; the plan report has 'Dose statistics (final "
              "calculation)' (rectum V65 13.1%, bladder V65 24.8%, ...) with no goal column; the physician evaluation "
              "quotes the same achieved values. No constraint is stated anywhere.",
         exp={
             "plan-goals-constraints": E(I, "the signed order states the target prescription (PTV_6800 68 Gy in 34 "
                                            "fractions) but no dose constraint for any critical structure; rectum, "
                                            "bladder, femoral head and penile bulb doses appear only as achieved "
                                            "values ('Dose statistics (final calculation)', physician evaluation)"),
             "necessity-statement": E(M, "consult rationale naming the rectum and bladder; signed"),
             "necessity-criterion": E(M, "consult: prostate-bed target within 3 mm of the anterior rectal wall and "
                                         "against the bladder neck (1)", [1]),
             "image-review": E(M, "Physician Plan Evaluation DOCX: isodose on every axial slice; 'Signed "
                                  "electronically on <date> at 11:05 AM EDT by <MD>'"),
             "dvh-review": E(M, "same evaluation: DVHs for the target and organs at risk with values"),
             "portal-description": E(M, "Assateague web print: two VMAT arcs with gantry start/stop"),
             "dosimetric-verification": E(M, "Octant PASS; physicist and radiation oncologist signed after the "
                                             "measurement, before fraction 1"),
             "compensator-design": E(NA, COMP_NA)}),

    dict(id="ng12_bigsioux_3d_conformal_esophagus", clinic="bigsioux3d", site="esophagus_3d", label="esophagus",
         plan_ids=["ESO_3D4F"], pt=("Rasmussen", "Gunnar", "91683915", D(1947, 1, 30), "M"), conds=[],
         base=D(2026, 6, 1), f={"three_d": True}, trap="3D conformal course (not IMRT)",
         desc="Same oncology-module layout as ng06, for a forward-planned 3D conformal four-field esophagus course "
              "(AP, PA, LPO, RPO, 18 MV). The consult says 'intensity modulation is not needed for this target and "
              "will not be used'; an independent MU check (calculation only); charges 77295 / 77300 / 77412.",
         exp={r: E(NA, "3D conformal course: consult, treatment plan and plan report all say forward-planned 3D "
                       "conformal four-field; intensity modulation appears only as rejected ('not needed for this "
                       "target and will not be used'); no IMRT QA (MU calculation check only); "
                       "77295 billed, no 77301. Not an IMRT course, so the IMRT checklist does not apply")
              for r in REQ}),
]
CHARTS[-1]["exp"]["necessity-criterion"]["criteria"] = []


# ----------------------------------------------------------------------------- context and timeline
class Ctx:
    pass


def make_ctx(ch):
    rnd = random.Random(int(hashlib.sha256(ch["id"].encode()).hexdigest()[:12], 16))
    x = Ctx()
    x.cid = ch["id"][:4]
    key = ch["clinic"].replace("3d", "")
    x.c = CLINICS[key]
    x.pt = Patient(*ch["pt"])
    x.s = SITES[ch["site"]]
    x.conds = ch["conds"]
    x.f = ch["f"]
    x.site_label = ch["label"]
    x.board = ch.get("board", "")
    x.plan_ids = ch.get("plan_ids") or [x.s["plan"]]
    x.ro = x.c["ro"][x.cid] if "ro" in x.c else x.c["attending"]
    x.mus = [round(rnd.uniform(190, 430), 1) for _ in range(8)]
    x.rates = [round(rnd.uniform(96.4, 99.7), 1) for _ in range(12)]
    x.points = rnd.randint(1500, 3900)
    x.iso_diff = round(rnd.uniform(-1.4, 1.4), 1) or 0.4
    x.plan_no = "%06d" % rnd.randint(100000, 999999)
    b = ch["base"]
    T = {"tb": add_bd(b, -2), "tb_sign": add_bd(b, -1), "consult": b, "sim": add_bd(b, 3), "rx": add_bd(b, 3),
         "plan": add_bd(b, 8), "review": add_bd(b, 9), "qa": add_bd(b, 9), "qa_md": add_bd(b, 10),
         "fx1": add_bd(b, 11)}
    if len(x.plan_ids) > 1:
        n1 = x.s["rx"][0][2]
        T["bfx1"] = add_bd(T["fx1"], n1)
        T["bqa"] = add_bd(T["bfx1"], -3)
        T["bqa_md"] = add_bd(T["bfx1"], -2)
    x.T = T
    return x


# ----------------------------------------------------------------------------- validation
def validate(ch, folder, exp):
    errs = []
    if list(exp["requirements"].keys()) != REQ:
        errs.append("requirement ids/order")
    for r, v in exp["requirements"].items():
        if not v["status"] or any(s not in STATUSES for s in v["status"]) or len(v["status"]) > 2:
            errs.append("%s: bad status %s" % (r, v["status"]))
        if not v.get("why", "").strip():
            errs.append("%s: empty why" % r)
    nc = exp["requirements"]["necessity-criterion"]
    if "criteria" not in nc or any(c not in (1, 2, 3, 4, 5) for c in nc["criteria"]):
        errs.append("criteria")
    if nc["status"][0] in ("missing", "needs_review", "not_applicable") and nc["criteria"]:
        errs.append("criteria must be empty for %s" % nc["status"][0])
    if nc["status"][0] in ("met", "incomplete") and not nc["criteria"]:
        errs.append("criteria empty for %s" % nc["status"][0])
    docs = [f for f in sorted(os.listdir(folder)) if f != "expected.json"]
    if not 3 <= len(docs) <= 7:
        errs.append("doc count %d" % len(docs))
    kinds = set()
    for f in docs:
        kinds.add(f.rsplit(".", 1)[1])
        t = extract_text(os.path.join(folder, f))
        if "SYNTHETIC" not in t:
            errs.append("%s: no SYNTHETIC" % f)
        if ch["pt"][2] not in t:
            errs.append("%s: no MRN" % f)
    return errs, docs


def first(v):
    return v["status"][0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    root = os.path.join(a.out, "charts")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    index, all_errs, grid, nd, fmt = [], [], [], 0, Counter()
    mrns = set()
    for ch in CHARTS:
        x = make_ctx(ch)
        folder = os.path.join(root, ch["id"])
        os.makedirs(folder)
        for fname, builder in DOCS[ch["clinic"]]:
            render(builder(x), os.path.join(folder, fname))
        exp = {"chart_id": ch["id"], "synthetic": True, "style": STYLE[ch["clinic"]], "description": ch["desc"],
               "patient": {"name": x.pt.lf, "mrn": x.pt.mrn, "dob": x.pt.dob.isoformat()},
               "requirements": {r: ch["exp"][r] for r in REQ}, "document_problems": {}}
        with open(os.path.join(folder, "expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")
        errs, docs = validate(ch, folder, exp)
        if x.pt.mrn in mrns or not x.pt.mrn.startswith("91"):
            errs.append("MRN not unique / not 91...")
        mrns.add(x.pt.mrn)
        nd += len(docs)
        fmt.update(d.rsplit(".", 1)[1] for d in docs)
        all_errs += ["%s: %s" % (ch["id"], e) for e in errs]
        gaps = ["%s %s" % (r, "|".join(v["status"])) for r, v in exp["requirements"].items()
                if first(v) not in ("met", "not_applicable")]
        if all(first(v) == "not_applicable" for v in exp["requirements"].values()):
            gaps = ["all not_applicable (not IMRT)"]
        index.append([ch["id"], STYLE[ch["clinic"]], ch["trap"] or "complete", "; ".join(gaps) or "-"])
        grid.append((ch["id"], [first(exp["requirements"][r]) for r in REQ], len(docs)))
    with open(os.path.join(a.out, "charts_index.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(index)
    if not a.quiet:
        ab = {"met": "met", "incomplete": "INC", "missing": "MIS", "not_applicable": "n/a", "needs_review": "NR"}
        print("%-56s %s" % ("chart", " ".join("%-5s" % r[:5] for r in REQ)))
        for cid, sts, n in grid:
            print("%-56s %s  (%d docs)" % (cid, " ".join("%-5s" % ab[s] for s in sts), n))
        print()
        print("%-26s %5s %5s %5s %5s %5s" % ("requirement", "met", "inc", "mis", "nr", "n/a"))
        tot = Counter()
        for i, r in enumerate(REQ):
            c = Counter(g[1][i] for g in grid)
            tot.update(c)
            print("%-26s %5d %5d %5d %5d %5d" % (r, c["met"], c["incomplete"], c["missing"], c["needs_review"],
                                                  c["not_applicable"]))
        print("%-26s %5d %5d %5d %5d %5d" % ("all", tot["met"], tot["incomplete"], tot["missing"],
                                              tot["needs_review"], tot["not_applicable"]))
        conds = Counter(c for ch in CHARTS for c in ch["exp"]["necessity-criterion"]["criteria"])
        print("LCD conditions stated:", ", ".join("%d = %d" % (k, conds[k]) for k in sorted(conds)))
        print("%d charts, %d documents: %s" % (len(CHARTS), nd, ", ".join("%d %s" % (v, k.upper())
                                                                           for k, v in sorted(fmt.items()))))
    if all_errs:
        print("VALIDATION ERRORS:")
        for e in all_errs:
            print("  " + e)
        sys.exit(1)
    if not a.quiet:
        print("validation: OK")


if __name__ == "__main__":
    main()
