"""The novel_d chart table: documents per chart and the hand-written expectations.

Every `met` cell's `why` names the document and the layout that carries the evidence. The trap cells are
written out per chart. Nothing here was derived from the tool's output.
"""
import datetime as dt

import nd_docs_a as A
import nd_docs_b as B

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]


def E(status, why, criteria=None):
    d = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        d["criteria"] = criteria
    return d


def pt(family, given, mrn, dob, sex):
    return dict(family=family, given=given, mrn=mrn, dob=dt.date(*dob), sex=sex)


NA_COMP = "MLC-delivered IMRT/VMAT; no document describes compensator-based IMRT"

# per-clinic `met` defaults: (goals, necessity, image, dvh, portal, dv)
DEFAULTS = {
    "ridgeline": (
        "rx_prescription.pdf: target table ({rx}) and 'Prescription notes - organ-at-risk dose limits' ({oar}); "
        "'Prescription status' table row Approved | {md} | date",
        "journal print, Consultation entry: '{opener}' names the {oars}; entry approved in its own 'Entry status: Approved / "
        "Approved by / Approved on' table",
        "the 'Physician Plan Approval' Quick Note (quicknote_plan_approval.*): isodose lines over the targets and the {oars} in three planes; "
        "'Approval: APPROVED <date> <time> MST - Callahan, Wren, MD [wcallahan]'",
        "same Quick Note: DVHs for the targets and each organ at risk with values; approved",
        "plan_aspenglow.pdf beam table: {nb} arcs with gantry start -> stop and direction",
        "Rotunda 4D (invented) measurement, all arcs and composite above tolerance 95% and action 90%, PASS; "
        "{dvsig}; measured after the plan and before the first fraction"),
    "sandhill": (
        "rx_site_summary.pdf: site table in cGy ({rx}) and 'Normal tissue dose limits (Rx notes)' ({oar}); "
        "'Rx approval' table row 1 | Approved | Sandoval, Ilse MD | date",
        "eSCRIBE consult, Technique section: '{opener}' names the {oars}; 'eSCRIBE approved: Ilse Sandoval, MD -- "
        "Radiation Oncology -- <dd-Mon-yyyy hh:mm EST>'",
        "escribe_plan_review.pdf: 3D dose inspected on every axial slice with the prescription and 50% isodose "
        "surfaces against targets and the {oars}; eSCRIBE approved line with date, after the plan was created",
        "same review: DVHs of the targets and every contoured organ at risk with values",
        "plan_summary_harbinger.docx beam table: {nb} arcs with gantry start, stop and rotation",
        "LatticeArray 2D (invented) measurement, every arc and the composite PASS above 95%; 'Sign-offs' table: Medical "
        "Physicist (MS, DABR) Approved the evening of the measurement and Radiation Oncologist Approved the next morning, "
        "both before the first fraction"),
    "cordillera": (
        "directive.pdf: target table ({rx}) and 'Organ-at-risk limits (planning objectives)' ({oar}); "
        "'Digitally signed: Rosalind Tapia-Wexler, MD | Radiation Oncology | <date>'",
        "consult.docx, Technique: '{opener}' names the {oars}; 'Digitally signed:' line",
        "plan_review.pdf: dose on the planning CT with isolines 107/100/95/90/50% through the targets and each organ "
        "at risk; digitally signed and dated after the plan(s) were created",
        "same review: 'DVH check' for the targets and organs at risk with values",
        "plan_mesquite.txt: {nb} static step-and-shoot fields with gantry, collimator and couch angles",
        "workbook sheet PSQA (exported PDF): CrossPlane 1000 (invented) measurement, every field and the composite above "
        "95%, PASS; 'QA approved by | Anders Kitching, MS, DABR (Medical Physicist)' and 'Rad Onc review | Rosalind "
        "Tapia-Wexler, MD (Radiation Oncologist)' rows, both dated after the measurement and before the first fraction"),
    "bayou": (
        "rx_prescription.txt: target ({rx}) and 'Dose constraints for critical structures' ({oar}); 'Signed "
        "electronically by Aurelien Thibodeaux, MD (Radiation Oncology) on <date> @ <time> CDT'",
        "consult.pdf, 'Technique and medical necessity': '{opener}' names the {oars}; signed electronically",
        "plan_review.rtf: isodose distributions on the planning CT in three planes covering the target and the {oars}; "
        "signed electronically with date and time",
        "same review: DVHs for the target and the organs at risk with values",
        "plan_cypress.pdf field table: {nb} fixed fields with gantry, collimator and couch angles and their compensator IDs",
        "Tarpon 2D (invented) chamber-array measurement of every field with its compensator, all above 95%, 'ACCEPTABLE FOR "
        "TREATMENT'; 'QA performed and approved - Medical Physicist: ... MS, DABR' and 'Reviewed and accepted - Radiation "
        "Oncologist: ... MD', both after the measurement and before the first fraction"),
    "tallgrass": (
        "rx.docx: target table ({rx}) and 'Critical structure dose constraints' ({oar}); 'E-signed by Dr. Marguerite "
        "Ashby-Lund, MD, Radiation Oncology | yyyy-mm-dd | hh:mm CDT'",
        "consult.pdf, IMRT section: '{opener}' names the {oars}; E-signed line",
        "plan_review.pdf: contours with the 110/100/95/70/50% isodose distribution in three views; E-signed and dated "
        "after the plan was created",
        "same review: DVHs for the targets and critical structures with values",
        "plan_prairievector.pdf arc table: {nb} arcs with start/stop angle and direction",
        "Prism Octa4D (invented) measurement, every arc and the composite above 95%; sign-off table rows 'Physics: measured "
        "and approved | ... PhD, DABR' and 'Radiation oncology: reviewed and approved | ... MD', both after the measurement "
        "and before the first fraction"),
    "monongahela": (
        "rx.pdf: target table ({rx}) and 'Organ at risk constraints' ({oar}); 'Electronically reviewed and signed: Evander "
        "Pike, MD (Radiation Oncology)  Date: <Month d, yyyy>  Time: <h:mm PM EDT>'",
        "consult.txt PLAN paragraph: '{opener}' names the {oars}; electronically reviewed and signed",
        "plan_review.docx: planning CT with the registered prior-course dose, isodose lines 100/95/50% and the prior field "
        "edge on axial and sagittal images of the target and spinal cord; signed with date after the plan",
        "same review: DVHs of PTV_3000, spinal cord, esophagus and lungs with values",
        "plan_alleghenia.pdf: {nb} VMAT arcs with gantry from / to and rotation",
        "Cylindra 1200 (invented) diode-array measurement, both arcs and the composite above 95%, PASS; 'Physics "
        "verification signed: ... MS, DABR' and 'Radiation oncology verification signed: ... MD' lines, both after the "
        "measurement and before the first fraction"),
}


def D(fname, builder, **kw):
    return (fname, builder, kw)


CHARTS = [
    dict(id="nd01_ridgeline_journal_prostate_escalation", clinic="ridgeline", site="prostate_esc", conds=[1, 5],
         pt=pt("Okonkwo-Strand", "Bertram", "96104417", (1950, 3, 14), "M"), base=dt.date(2025, 1, 21),
         style="ARIA-style journal + Quick Notes + Aspenglow TPS + Rotunda 4D",
         desc="ARIA-style journal print with per-entry 'Entry status: Approved' tables; prescription with an Approved status "
              "row; Quick Notes closed by 'Approval: APPROVED <date> <time> MST - Callahan, Wren, MD [wcallahan]'; "
              "physicist-only QA report plus a physician QA-review Quick Note; weekly physics check (77336).",
         trap="-", gaps="-",
         dvsig="'Approvals' table on the report: 'Physics QA approval | Approved | Voss, Ilari, PhD, DABR (Medical "
               "Physicist)'; the physician's review is the separate Quick Note 'Physician IMRT QA Review' (APPROVED by "
               "Callahan the morning after the measurement), which cites the measurement: two-document co-signature",
         docs=[D("journal_consult.pdf", A.rl_journal), D("rx_prescription.pdf", A.rl_rx),
               D("plan_aspenglow.pdf", A.rl_plan), D("quicknote_plan_approval.txt", A.rl_quicknote_review),
               D("psqa_rotunda4d.pdf", A.rl_psqa), D("quicknote_qa_review.txt", A.rl_quicknote_qa),
               D("weekly_physics_check.docx", A.rl_weekly)]),
    dict(id="nd02_ridgeline_necessity_entry_pending_anal", clinic="ridgeline", site="anal", conds=[4],
         pt=pt("Marchbanks", "Delphine", "96118260", (1958, 9, 2), "F"), base=dt.date(2025, 2, 3),
         style="ARIA-style journal + Quick Notes + Aspenglow TPS + Rotunda 4D",
         desc="Journal print, newest entry first: an 'IMRT Medical Necessity' entry with 'Entry status: Pending Approval', "
              "'Approved by: -- not approved --', above the approved consultation entry, which itself only points to the "
              "separate necessity entry.",
         trap="the only necessity statement is a journal entry in 'Pending Approval' status, printed above an approved entry",
         gaps="necessity-statement incomplete, necessity-criterion incomplete",
         dvsig="'Approvals' table on the report: 'Physics QA approval | Approved | Voss, Ilari, PhD, DABR (Medical "
               "Physicist)' and 'Physician QA review | Approved | Callahan, Wren, MD (Radiation Oncologist)'",
         docs=[D("journal_entries.pdf", A.rl_journal, necessity_entry="pending"), D("rx_prescription.pdf", A.rl_rx),
               D("plan_aspenglow.pdf", A.rl_plan), D("quicknote_plan_approval.rtf", A.rl_quicknote_review),
               D("psqa_rotunda4d.pdf", A.rl_psqa, md_on_report=True), D("weekly_physics_check.docx", A.rl_weekly)],
         exp={"necessity-statement": E("incomplete",
                 "journal_entries.pdf: the 'IMRT Medical Necessity' journal entry (3D comparison, names the small bowel, "
                 "bladder, femoral heads, genitalia) has its own status table 'Entry status: Pending Approval / Approved by: "
                 "-- not approved --' and 'Approval not yet recorded'; it is printed above (newer than) the approved "
                 "consultation entry, whose approval attests only that entry; the consultation says only that necessity "
                 "is documented separately. Documentation present, physician signature missing"),
              "necessity-criterion": E("incomplete",
                 "condition 4 (horseshoe, concave nodal target around small bowel and bladder) is stated only in the "
                 "unapproved 'Pending Approval' journal entry: not in a signed physician document", [4])}),
    dict(id="nd03_sandhill_escribe_qcl_oropharynx", clinic="sandhill", site="oropharynx", conds=[4, 1],
         pt=pt("Ferreira-Toomey", "Calvin", "96122935", (1961, 11, 27), "M"), base=dt.date(2025, 2, 10),
         style="MOSAIQ-style eSCRIBE + Rx site summary + QCL + Harbinger Plan + LatticeArray 2D",
         desc="eSCRIBE-style documents closed by 'eSCRIBE approved: <name>, MD -- Radiation Oncology -- dd-Mon-yyyy hh:mm "
              "EST'; Rx site summary in cGy with an Rx-approval status row; QCL task history (supporting only); QA "
              "sign-offs table with a Status column.",
         trap="-", gaps="-",
         docs=[D("escribe_consult.rtf", A.sh_consult), D("rx_site_summary.pdf", A.sh_rx),
               D("plan_summary_harbinger.docx", A.sh_plan), D("escribe_plan_review.pdf", A.sh_review),
               D("psqa_latticearray.pdf", A.sh_psqa), D("qcl_task_history.pdf", A.sh_qcl)]),
    dict(id="nd04_sandhill_review_approved_before_plan_gbm", clinic="sandhill", site="gbm", conds=[1],
         pt=pt("Abernathy-Cho", "Lorraine", "96137018", (1956, 4, 9), "F"), base=dt.date(2025, 3, 3),
         style="MOSAIQ-style eSCRIBE + Rx site summary + QCL + Harbinger Plan + LatticeArray 2D",
         desc="The physician plan review (isodose and DVH, quoting the final plan's DVH values) is eSCRIBE-approved two "
              "business days before the Harbinger plan it reviews was created; the QCL shows the same order.",
         trap="plan review (image + DVH) approved two business days before the plan was created",
         gaps="image-review incomplete, dvh-review incomplete", review_before_plan=True,
         docs=[D("escribe_consult.pdf", A.sh_consult), D("rx_site_summary.pdf", A.sh_rx),
               D("plan_summary_harbinger.docx", A.sh_plan), D("escribe_plan_review.pdf", A.sh_review),
               D("psqa_latticearray.pdf", A.sh_psqa), D("qcl_task_history.txt", A.sh_qcl)],
         exp={"image-review": E("incomplete",
                 "escribe_plan_review.pdf reviews plan BRAIN_VMAT's isodoses, but its only signature ('eSCRIBE approved: "
                 "Ilse Sandoval, MD ...') is dated {review}, two business days before plan_summary_harbinger.docx says the "
                 "plan was created ({created}); the QCL agrees (MD plan approval completed before 'IMRT plan ready for MD "
                 "review'). A sign-off dated before the plan it attests attests nothing; no other physician image review"),
              "dvh-review": E("incomplete",
                 "same note: the DVH values it quotes belong to a plan that did not yet exist on the approval date; no later "
                 "physician DVH review")}),
    dict(id="nd05_cordillera_workbook_lung", clinic="cordillera", site="lung", conds=[2],
         pt=pt("Pruett", "Wendell", "96140572", (1948, 7, 30), "M"), base=dt.date(2025, 3, 17),
         style="practice-group Word/PDF notes + Mesquite Dose TXT + physics workbook sheets exported to PDF",
         desc="Physics records kept in one Excel workbook, each sheet exported to a landscape PDF with column letters and "
              "row numbers (PSQA, 2NDCHECK, WEEKLY); sign-offs are workbook rows; 'Digitally signed: ... | Radiation "
              "Oncology | 17 March 2025, 3:50 PM MDT'.",
         trap="-", gaps="-",
         docs=[D("consult.docx", A.co_consult), D("directive.pdf", A.co_directive), D("plan_mesquite.txt", A.co_plan_txt),
               D("plan_review.pdf", A.co_review), D("physics_PSQA_sheet.pdf", A.co_psqa),
               D("physics_2NDCHECK_sheet.pdf", A.co_second_check), D("physics_WEEKLY_sheet.pdf", A.co_weekly)]),
    dict(id="nd06_cordillera_boost_qa_dosimetrist_prostate", clinic="cordillera", site="prostate_nodes", conds=[1],
         pt=pt("Castellanos-Reed", "Arturo", "96155309", (1953, 1, 16), "M"), base=dt.date(2025, 4, 1),
         style="practice-group Word/PDF notes + Mesquite Dose TXT + physics workbook sheets exported to PDF",
         desc="Two plans named by the workbook's TX LOG (PELV_IMRT fx 1-25, BST_IMRT fx 26-44). PELV_IMRT's PSQA sheet is "
              "approved by the physicist; BST_IMRT's is approved by the senior dosimetrist (CMD) 'physics coverage', with "
              "no physicist anywhere on it.",
         trap="boost course QA approved by a dosimetrist (CMD) where the medical physicist must sign",
         gaps="dosimetric-verification incomplete (BST_IMRT course)", boost=True,
         docs=[D("consult.docx", A.co_consult), D("directive.pdf", A.co_directive), D("plan_mesquite.txt", A.co_plan_txt),
               D("plan_review.pdf", A.co_review), D("physics_PSQA_PELV_IMRT.pdf", A.co_psqa, plan_index=0),
               D("physics_PSQA_BST_IMRT.pdf", A.co_psqa, plan_index=1, approver="dos"),
               D("physics_WEEKLY_TXLOG_sheet.pdf", A.co_weekly)],
         exp={"dosimetric-verification": E("incomplete",
                 "judged per course (TX LOG names PELV_IMRT and BST_IMRT). PELV_IMRT: measured, PASS, 'QA approved by | "
                 "Anders Kitching, MS, DABR (Medical Physicist)' + 'Rad Onc review' rows: met. BST_IMRT: measured, PASS, but "
                 "'QA approved by | Dana Whitcomb, CMD, Senior Dosimetrist (physics coverage)'; a dosimetrist is not the "
                 "medical physicist and no physicist signs that sheet or any other BST_IMRT QA document: incomplete. Chart "
                 "= most severe course")}),
    dict(id="nd07_bayou_compensator_cervix", clinic="bayou", site="cervix_comp", conds=[4], delay=2,
         pt=pt("Delacroix", "Yvette", "96163884", (1964, 12, 5), "F"), base=dt.date(2025, 4, 14),
         style="Bayou Teche notes + Cypress Inverse compensator plan + compensator design record + Tarpon 2D",
         desc="Compensator-based IMRT: seven fixed fields, one milled brass compensator each; design record with a "
              "thickness matrix, mill file and caliper check per field; QA per field with its compensator; "
              "'Signed electronically by ... on 04/14/2025 @ 16:42 CDT'.",
         trap="-", gaps="-", compensator=True,
         docs=[D("consult.pdf", B.bt_consult), D("rx_prescription.txt", B.bt_rx), D("plan_cypress.pdf", B.bt_plan),
               D("compensator_design.pdf", B.bt_comp_design), D("psqa_compensator.docx", B.bt_psqa),
               D("plan_review.rtf", B.bt_review), D("delivery_record.txt", B.bt_record)]),
    dict(id="nd08_bayou_compensator_fields_no_angles_prostate", clinic="bayou", site="prostate_comp", conds=[1], delay=2,
         pt=pt("Fontenot-Lyle", "Raymond", "96171246", (1949, 10, 21), "M"), base=dt.date(2025, 5, 5),
         style="Bayou Teche notes + Cypress Inverse compensator plan + compensator design record + Tarpon 2D",
         desc="Compensator-based IMRT with a full per-field design, but the plan's field table lists field IDs, energy, "
              "compensator, tray and MU only: no gantry angle anywhere in the chart.",
         trap="field table names seven fields (CF1-CF7) with compensators and MU but gives no gantry angle or location",
         gaps="portal-description incomplete", compensator=True, no_angles=True,
         docs=[D("consult.pdf", B.bt_consult), D("rx_prescription.txt", B.bt_rx),
               D("plan_cypress.pdf", B.bt_plan, angles=False), D("compensator_design.pdf", B.bt_comp_design),
               D("psqa_compensator.docx", B.bt_psqa), D("plan_review.rtf", B.bt_review),
               D("delivery_record.txt", B.bt_record)],
         exp={"portal-description": E("incomplete",
                 "plan_cypress.pdf 'Fields (7)': Field | Energy | Compensator ID | Tray | MU, with no gantry, collimator or "
                 "couch column; the design record, QA (fields delivered 'perpendicular to the array (measurement "
                 "geometry)') and delivery record name the fields only. A count without locations")}),
    dict(id="nd09_tallgrass_adaptive_replan_larynx", clinic="tallgrass", site="larynx", conds=[1],
         pt=pt("Haverkamp", "Dwight", "96186637", (1955, 5, 18), "M"), base=dt.date(2025, 5, 19),
         style="Tallgrass notes + Prairie Vector TPS + Prism Octa4D + 77370 physics consultation",
         desc="Adaptive replan judged per course: HN_VMAT_A (fx 1-13) and HN_VMAT_B (fx 14-35) after weight loss and a "
              "repeat CT documented in a special physics consultation (77370) that carries the treatment log; each plan has "
              "its own signed review section and its own QA signed by both roles before that plan's first fraction.",
         trap="-", gaps="-", adaptive=True,
         docs=[D("consult.pdf", B.tg_consult), D("rx.docx", B.tg_rx, replan_note=True),
               D("plan_prairievector.pdf", B.tg_plan), D("plan_review.pdf", B.tg_review),
               D("psqa_HN_VMAT_A.pdf", B.tg_psqa, plan_index=0), D("psqa_HN_VMAT_B.pdf", B.tg_psqa, plan_index=1),
               D("physics_consult_77370.txt", B.tg_physics_consult)]),
    dict(id="nd10_tallgrass_objectives_dosimetrist_only_pancreas", clinic="tallgrass", site="pancreas", conds=[1],
         pt=pt("Nakagawa-Pratt", "Edith", "96190471", (1952, 2, 11), "F"), base=dt.date(2025, 6, 9),
         style="Tallgrass notes + Prairie Vector TPS + Prism Octa4D",
         desc="The physician-signed prescription gives PTV_5040 only ('Normal tissue: per planning objectives'); the OAR "
              "limits exist only on a planning objectives worksheet prepared and signed by the dosimetrist; the physician's "
              "review quotes OAR doses as achieved values.",
         trap="OAR constraints only on a worksheet signed by the dosimetrist; the physician's prescription is target-only",
         gaps="plan-goals-constraints incomplete", target_only=True,
         docs=[D("consult.pdf", B.tg_consult), D("rx.docx", B.tg_rx, with_oars=False),
               D("planning_objectives.pdf", B.tg_objectives), D("plan_prairievector.pdf", B.tg_plan),
               D("plan_review.pdf", B.tg_review), D("psqa_octa4d.pdf", B.tg_psqa), D("treatment_log.txt", B.tg_record)],
         exp={"plan-goals-constraints": E("incomplete",
                 "rx.docx (E-signed by the radiation oncologist) gives the goal (PTV_5040 50.4 Gy in 28 fractions) but no "
                 "organ limit ('Normal tissue: per planning objectives'); the limits (duodenum Dmax < 55 Gy, ...) appear only "
                 "in planning_objectives.pdf, 'Prepared and signed: Priya Vandermolen, CMD (Dosimetrist)', with no physician "
                 "signature; the physician's plan review gives OAR doses only as achieved values. Target only")}),
    dict(id="nd11_monongahela_physics_consult_spine_reirradiation", clinic="monongahela", site="spine_reirr", conds=[3, 1],
         pt=pt("Szymanski", "Gloria", "96203358", (1947, 8, 23), "F"), base=dt.date(2025, 7, 7),
         style="Monongahela TXT/DOCX notes + special physics consultation + Alleghenia Plan + Cylindra 1200",
         desc="Re-irradiation abutting a 2022 T2-T6 field: special physics consultation reconstructing the prior course; "
              "'Electronically reviewed and signed: <name>, MD (Radiation Oncology)  Date: July 7, 2025  Time: 3:05 PM EDT'; "
              "QA with 'Physics verification signed:' and 'Radiation oncology verification signed:' lines.",
         trap="-", gaps="-",
         docs=[D("consult.txt", B.mv_consult), D("rx.pdf", B.mv_rx), D("physics_consult_prior_course.docx", B.mv_physics_consult),
               D("plan_alleghenia.pdf", B.mv_plan), D("plan_review.docx", B.mv_review), D("psqa_cylindra.pdf", B.mv_psqa),
               D("delivery_record.txt", B.mv_record)]),
    dict(id="nd12_monongahela_3d_gastric_malt", clinic="monongahela", site="gastric_3d", conds=[],
         pt=pt("Whitlock", "Emmett", "96214729", (1959, 6, 8), "M"), base=dt.date(2025, 8, 4),
         style="Monongahela notes + Alleghenia Plan (3D) + independent MU check",
         desc="Gastric MALT lymphoma, 30 Gy in 20 fractions with a forward-planned 3D conformal four-field arrangement; "
              "'Intensity modulation is not needed for this target'; MU check only; 77295 and 77412.",
         trap="3D conformal course (not IMRT)", gaps="all not_applicable (not IMRT)", three_d=True,
         docs=[D("consult.txt", B.mv_consult, three_d=True), D("rx.pdf", B.mv_rx, three_d=True),
               D("plan_alleghenia.pdf", B.mv_plan, three_d=True), D("mu_check.pdf", B.mv_mucheck),
               D("plan_review.docx", B.mv_review, three_d=True), D("delivery_record.txt", B.mv_record, code="77412")]),
]
