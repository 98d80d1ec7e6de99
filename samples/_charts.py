"""The sample charts as data: who, which site, which documents (builder, file name, signatures, options)
and the expected status of every requirement that is not simply `met` (compensator-design defaults to
`not_applicable`). Dates are offsets from each chart's `base` date (see generate.OFFSET).

A signature is (style, role, day[, hour, minute]); styles are in _people.Sig.
"""

from __future__ import annotations

from datetime import date

from _people import FACILITY, FACILITY_B, BENN, MARSH, OKAFOR, ORTIZ, RAMAN, REYES, WHITCOMBE, Patient

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
        "portal-description", "dosimetric-verification", "compensator-design"]

LCD = {
    "plan-goals-constraints": "LCD: the treatment plan/prescription must define the goals and the specific dose "
                              "constraints for the target(s) and nearby critical structures; signed by the radiation oncologist.",
    "necessity-statement": "LCD: a statement by the treating physician of the special need for IMRT rather than "
                           "conventional or 3D treatment, addressing the organs at risk; signed by the radiation oncologist.",
    "necessity-criterion": "LCD: IMRT is reasonable and necessary when at least one of the five conditions is "
                           "documented; here in a document signed by the radiation oncologist.",
    "image-review": "LCD: review (signed and dated) by the radiation oncologist of the CT/MRI images of the target "
                    "and critical structures with representative isodose distributions.",
    "dvh-review": "LCD: radiation oncologist review of dose-volume histograms for all targets and critical structures.",
    "portal-description": "LCD: description of the number and location of each treatment step/rotation or portal; "
                          "no signature required.",
    "dosimetric-verification": "LCD: documentation of dosimetric verification signed by both the radiation "
                               "oncologist and the medical physicist.",
    "compensator-design": "LCD: for compensator-based IMRT the unique compensator design is documented for each portal.",
    "compensator-design-na": "The chart documents MLC-based IMRT/VMAT, not compensator-based IMRT, so the LCD's "
                             "compensator-design item does not apply.",
}


def doc(kind, fname, *sigs, **kw):
    return (kind, fname, list(sigs), kw)


def s(style, role, day, hh=9, mm=0):
    return (style, role, day, hh, mm)


def usual(rx="rx.pdf", nec="necessity.txt", criteria=(1,), qa="imrt_qa.pdf", device="arccheck", sim="sim.docx"):
    """The documents most charts hold, with ordinary valid signatures; charts override pieces of it."""
    return [
        doc("sim_note", sim, s("slash", "ro", "sim"), on="sim"),
        doc("prescription", rx, s("approved", "ro", "rx"), on="rx", start="start"),
        doc("necessity", nec, s("esig", "ro", "nec", 16, 5), on="nec", criteria=criteria),
        doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), s("reviewed", "phys", "plan"), on="plan"),
        doc("qa_report", qa, s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa", device=device),
    ]


CHARTS = [
    dict(id="c01_complete_hn_vmat", base=date(2025, 1, 6), site="oropharynx", facility=FACILITY,
         patient=Patient("Calloway", "Edith", "99014520", date(1949, 2, 11), "F"), ro=MARSH, phys=WHITCOMBE, dosi=BENN,
         description="Complete head-and-neck VMAT chart: every requirement met, compensator design not applicable.",
         criteria=[1, 4], expect={},
         docs=[doc("sim_note", "ct_simulation_note.docx", s("slash", "ro", "sim"), on="sim"),
               doc("prescription", "rx_plan_directive.docx", s("table", "ro", "rx"), on="rx", start="start",
                   uni=True, table_sigs=True),
               doc("necessity", "imrt_necessity_statement.txt", s("esig", "ro", "nec", 16, 5), on="nec",
                   criteria=(1, 4)),
               doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), s("reviewed", "phys", "plan"),
                   on="plan", rx=True),
               doc("qa_report", "imrt_qa_arccheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa"),
               doc("plan_review", "physician_plan_review.txt", s("esig", "ro", "review", 14, 32), on="review")]),

    dict(id="c02_complete_prostate_out_of_order_pdf", base=date(2025, 2, 3), site="prostate", facility=FACILITY,
         patient=Patient("Brandt", "Walter", "99022731", date(1951, 7, 23), "M"), ro=OKAFOR, phys=ORTIZ, dosi=REYES,
         description="Complete prostate IMRT chart whose plan report PDF is drawn out of reading order (signature "
                     "block first, field table column by column); expected results are those of a normal chart.",
         criteria=[1, 5], expect={},
         docs=[doc("sim_note", "simulation_note.txt", s("esig", "ro", "sim", 11, 40), on="sim"),
               doc("plan_report", "imrt_plan_report.pdf", s("approved", "ro", "plan"), s("verified", "phys", "plan"),
                   on="plan", rx=True, constraints=True, variant="out_of_order"),
               doc("necessity", "medical_necessity.docx", s("slash", "ro", "nec"), on="nec", criteria=(1, 5)),
               doc("qa_report", "imrt_qa_portal_dosimetry.pdf", s("table", "phys", "qa"), s("table", "ro", "qa"),
                   on="qa", device="portal", table_sigs=True),
               doc("dvh_review", "dvh_review.docx", s("reviewed", "ro", "review"), on="review"),
               doc("image_review", "isodose_review.txt", s("titled", "ro", "review"), on="review")]),

    dict(id="c03_missing_plan_goals", base=date(2025, 2, 17), site="brain", facility=FACILITY_B,
         patient=Patient("Okonkwo", "Grace", "99031846", date(1958, 10, 2), "F"), ro=RAMAN, phys=WHITCOMBE, dosi=BENN,
         description="Brain IMRT chart with no prescription or plan directive: plan-goals-constraints missing, "
                     "everything else met.",
         criteria=[1],
         expect={"plan-goals-constraints": (["missing"], "No prescription or plan directive is in the chart. "
                 "plan_report.pdf has no Prescription section (fields only), and no other document states a "
                 "prescription dose to a target or any organ-at-risk dose constraint. LCD: the treatment "
                 "plan/prescription must define the goals and dose constraints.")},
         docs=[doc("sim_note", "ct_sim_mri_fusion_note.txt", s("slash", "ro", "sim"), on="sim", hdr="line"),
               doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), s("reviewed", "phys", "plan"),
                   on="plan", rx=False),
               doc("necessity", "necessity_statement.pdf", s("esig", "ro", "nec", 8, 47), on="nec"),
               doc("qa_report", "imrt_qa_mapcheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                   device="mapcheck", point_dose=False),
               doc("dvh_review", "dvh_review.txt", s("esig", "ro", "review", 15, 10), on="review", detail="plain"),
               doc("image_review", "image_review.docx", s("approved", "ro", "review"), on="review")]),

    dict(id="c04_prescription_target_only", base=date(2025, 3, 3), site="lung", facility=FACILITY,
         patient=Patient("Lindqvist", "Harold", "99047205", date(1946, 4, 17), "M"), ro=MARSH, phys=ORTIZ, dosi=REYES,
         description="Lung IMRT chart whose signed prescription gives the target dose but no organ-at-risk "
                     "constraint: plan-goals-constraints incomplete.",
         criteria=[1],
         expect={"plan-goals-constraints": (["incomplete"], "prescription.pdf (Approved by: Helen Marsh, MD) "
                 "states the goal (Treatment Goals row \"PTV60 | 60 Gy | 30 | 2.00 Gy | D95 >= 100%\") but gives no dose constraint for "
                 "any critical structure; plan_report.pdf repeats the target dose only. requirements.md: target "
                 "only -> incomplete. LCD: the plan must include the specific dose constraints for nearby critical "
                 "structures.")},
         docs=[doc("sim_note", "simulation_note.docx", s("esig", "ro", "sim", 10, 15), on="sim"),
               doc("prescription", "prescription.pdf", s("approved", "ro", "rx"), on="rx", start="start",
                   constraints=False),
               doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), s("reviewed", "phys", "plan"),
                   on="plan", rx=True),
               doc("necessity", "necessity_statement.txt", s("esig", "ro", "nec", 16, 5), on="nec"),
               doc("qa_report", "imrt_qa_delta4.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                   device="delta4"),
               doc("plan_review", "physician_plan_review.docx", s("slash", "ro", "review"), on="review")]),

    dict(id="c05_missing_necessity_statement", base=date(2025, 3, 17), site="endometrium", facility=FACILITY_B,
         patient=Patient("Pereira", "Rosa", "99050318", date(1955, 12, 9), "F"), ro=RAMAN, phys=ORTIZ, dosi=BENN,
         description="Pelvic IMRT chart with no physician necessity statement: necessity-statement and "
                     "necessity-criterion missing; the plan review is signed only in its DOCX footer.",
         criteria=[],
         expect={"necessity-statement": (["missing"], "No document explains why IMRT rather than 3D-conformal "
                 "treatment was chosen; the chart holds a prescription, plan report, QA report, simulation note and "
                 "plan review only. LCD: a statement by the treating physician of the special need for IMRT is required."),
                 "necessity-criterion": (["missing"], "With no necessity statement, none of the LCD's five "
                 "conditions (proximity, narrow margins, prior irradiation, concave target, dose escalation) is "
                 "documented anywhere in the chart.")},
         docs=[doc("sim_note", "sim_note.txt", s("slash", "ro", "sim"), on="sim"),
               doc("prescription", "prescription.pdf", s("esig", "ro", "rx", 13, 2), on="rx", start="start"),
               doc("plan_report", "plan_report.docx", s("approved", "ro", "plan"), s("verified", "phys", "plan"),
                   on="plan", rx=True),
               doc("qa_report", "imrt_qa_mapcheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                   device="mapcheck"),
               doc("plan_review", "physician_plan_review.docx", s("esig", "ro", "review", 9, 12), on="review",
                   footer_sig=True)]),

    dict(id="c06_necessity_without_criterion", base=date(2025, 4, 7), site="prostate_bed", facility=FACILITY,
         patient=Patient("Thibodeaux", "Earl", "99063377", date(1950, 5, 30), "M"), ro=OKAFOR, phys=WHITCOMBE,
         dosi=REYES,
         description="Prostate-bed VMAT chart whose signed necessity statement compares IMRT with 3D and names "
                     "the organs at risk but states none of the five LCD conditions.",
         criteria=[],
         expect={"necessity-criterion": (["missing"], "necessity_statement.txt gives a benefit (lower rectal and "
                 "bladder dose than a 3D conformal plan) but none of the five LCD conditions: no close proximity, "
                 "narrow margins, previously irradiated adjacent area, concave/convex target or dose escalation. "
                 "requirements.md: a statement that names none -> missing.")},
         docs=[doc("sim_note", "sim.docx", s("slash", "ro", "sim"), on="sim"),
               doc("prescription", "rx_directive.docx", s("table", "ro", "rx"), on="rx", start="start",
                   table_sigs=True),
               doc("necessity", "necessity_statement.txt", s("esig", "ro", "nec", 16, 5), on="nec", body=[
                   "I have recommended IMRT rather than three-dimensional conformal radiation therapy for this "
                   "patient. In my judgment an inverse-planned VMAT plan gives a more homogeneous dose to the "
                   "prostate bed and lowers the dose received by the rectum and bladder compared with a 3D "
                   "conformal plan, which I expect to reduce late rectal and urinary side effects.",
                   "Organs at risk considered in this decision: rectum, bladder, femoral heads and small bowel."]),
               doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), on="plan"),
               doc("qa_report", "imrt_qa_arccheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa"),
               doc("dvh_review", "dvh_review.txt", s("esig", "ro", "review", 17, 45), on="review"),
               doc("image_review", "image_review.pdf", s("reviewed", "ro", "review"), on="review")]),

    dict(id="c07_reirradiation_no_image_review", base=date(2025, 4, 21), site="nasopharynx_rt2", facility=FACILITY,
         patient=Patient("Nakamura", "Joan", "99071159", date(1962, 8, 14), "F"), ro=MARSH, phys=WHITCOMBE, dosi=BENN,
         description="Nasopharynx re-irradiation chart (criteria 1 and 3) whose physician checklist leaves the "
                     "image/isodose review box unticked and no other image review exists: image-review missing.",
         criteria=[1, 3],
         expect={"image-review": (["missing"], "No review of the CT/MRI images with isodose distributions is in "
                 "the chart. plan_approval_checklist.docx has \"\u2610 Planning CT images with isodose distributions "
                 "reviewed (axial, sagittal, coronal)\" unticked, which records that the step was not documented. "
                 "LCD: the radiation oncologist's signed and dated review of the images with isodose "
                 "distributions is required.")},
         docs=usual(rx="prescription.pdf", qa="imrt_qa_portal.pdf", device="portal", criteria=(1, 3)) + [
             doc("approval_checklist", "plan_approval_checklist.docx", s("table", "ro", "review"), items=[
                 (True, "Dose-volume histograms reviewed for all targets (PTV60) and critical structures (brainstem, "
                        "spinal cord, optic chiasm, temporal lobes)", "dvh-review"),
                 (False, "Planning CT images with isodose distributions reviewed (axial, sagittal, coronal)", None),
                 (True, "Cumulative dose from the 2019 course considered for each critical structure", None),
                 (True, "Patient-specific IMRT QA result reviewed", None)])]),

    dict(id="c08_missing_portal_description", base=date(2025, 5, 5), site="left_breast", facility=FACILITY_B,
         patient=Patient("Quintero", "Dolores", "99084420", date(1957, 3, 21), "F"), ro=RAMAN, phys=ORTIZ, dosi=REYES,
         description="Left-breast IMRT chart with no plan report or beam list (QA measured as a composite): "
                     "portal-description missing.",
         criteria=[1],
         expect={"portal-description": (["missing"], "No plan report, field table or beam list is in the chart; "
                 "rx_directive.docx gives only the technique (\"inverse-planned IMRT with deep-inspiration breath "
                 "hold\") and imrt_qa_delta4.pdf measured the plan as a composite, so neither the number nor the "
                 "location of any portal is documented. LCD: the number and location of each portal must be described.")},
         docs=[doc("sim_note", "sim_note.txt", s("esig", "ro", "sim", 14, 20), on="sim"),
               doc("prescription", "rx_directive.docx", s("table", "ro", "rx"), on="rx", start="start",
                   table_sigs=True),
               doc("necessity", "necessity_statement.pdf", s("slash", "ro", "nec"), on="nec"),
               doc("qa_report", "imrt_qa_delta4.pdf", s("table", "phys", "qa"), s("table", "ro", "qa"), on="qa",
                   device="delta4", per_field=False, table_sigs=True),
               doc("dvh_review", "dvh_review.docx", s("reviewed", "ro", "review"), on="review", detail="plain"),
               doc("image_review", "isodose_review.txt", s("titled", "ro", "review"), on="review")]),

    dict(id="c09_pending_dvh_and_qa", base=date(2025, 5, 12), site="larynx", facility=FACILITY,
         patient=Patient("Abernathy", "Clyde", "99095561", date(1953, 1, 5), "M"), ro=OKAFOR, phys=WHITCOMBE,
         dosi=BENN,
         description="Larynx VMAT chart where the DVH review and the IMRT QA are only pending or future "
                     "(\"DVH review pending\", \"DVH not yet reviewed\", \"IMRT QA will be performed prior to first "
                     "fraction\"): dvh-review and dosimetric-verification missing.",
         criteria=[1],
         expect={"dvh-review": (["missing"], "Only negated or future mentions: physician_plan_review.txt says "
                 "\"DVH review pending: the dose-volume histograms will be reviewed once the final normalization has "
                 "been confirmed\" and planning_status.txt says \"DVH not yet reviewed by the radiation oncologist\". "
                 "requirements.md: only negated or future mentions count as none. LCD: radiation oncologist review of DVHs."),
                 "dosimetric-verification": (["missing"], "No QA measurement is in the chart; planning_status.txt "
                 "says only \"IMRT QA will be performed prior to first fraction\" (future). LCD: dosimetric "
                 "verification signed by the radiation oncologist and the medical physicist.")},
         docs=usual(rx="prescription.pdf", sim="simulation_note.docx")[:4] + [
             doc("plan_review", "physician_plan_review.txt", s("esig", "ro", "review", 12, 3), on="review",
                 dvh="pending"),
             doc("status_note", "planning_status.txt", on="review", lines=[
                 "Target and organ-at-risk contours ....... complete",
                 "Plan optimization ........................ complete",
                 "DVH not yet reviewed by the radiation oncologist",
                 "IMRT QA will be performed prior to first fraction (phantom time requested)",
                 "First fraction ........................... not scheduled"])]),

    dict(id="c10_unsigned_dvh_review", base=date(2025, 6, 2), site="prostate_nodes", facility=FACILITY,
         patient=Patient("Kowalczyk", "Bernard", "99102284", date(1948, 9, 12), "M"), ro=MARSH, phys=ORTIZ, dosi=REYES,
         description="Prostate and pelvic-node VMAT chart whose DVH review has only a blank signature line: "
                     "dvh-review incomplete.",
         criteria=[1, 2],
         expect={"dvh-review": (["incomplete"], "dvh_review.txt documents the review (\"I have reviewed the "
                 "dose-volume histograms of plan PROS_LN_VMAT for all targets ...\") but is unsigned: "
                 "\"Signature: ____________________________    Date: ____________\". requirements.md: a blank "
                 "signature line is not valid -> incomplete. LCD: radiation oncologist review of DVHs.")},
         docs=usual(rx="rx_directive.docx", nec="necessity_statement.docx", criteria=(1, 2))[:5] + [
             doc("dvh_review", "dvh_review.txt", s("blank", "ro", "review"), on="review"),
             doc("image_review", "image_review.pdf", s("esig", "ro", "review", 10, 48), on="review")]),

    dict(id="c11_qa_signed_by_physicist_only", base=date(2025, 6, 9), site="skull_base", facility=FACILITY_B,
         patient=Patient("Achebe", "Florence", "99113308", date(1960, 6, 28), "F"), ro=RAMAN, phys=WHITCOMBE,
         dosi=BENN,
         description="Skull-base VMAT chart whose IMRT QA report is signed by the physicist only (physician line "
                     "blank): dosimetric-verification incomplete.",
         criteria=[1],
         expect={"dosimetric-verification": (["incomplete"], "imrt_qa_arccheck.pdf documents the measurement "
                 "(\"Overall gamma pass rate 98.7% (3%/2 mm, ArcCHECK cylindrical diode array)\") signed \"Physicist: "
                 "Daniel Whitcombe, PhD, DABR\", but the radiation oncologist line is blank and no other document "
                 "records the physician's review of the QA. LCD: signed by both the radiation oncologist and the "
                 "medical physicist.")},
         docs=usual(rx="prescription.pdf", qa="imrt_qa_arccheck.pdf")[:4] + [
             doc("qa_report", "imrt_qa_arccheck.pdf", s("titled", "phys", "qa"), s("blank_titled", "ro", "qa"),
                 on="qa"),
             doc("plan_review", "physician_plan_review.docx", s("esig", "ro", "review", 16, 30), on="review")]),

    dict(id="c12_dictated_dvh_undated_image_review", base=date(2025, 6, 16), site="rectum", facility=FACILITY,
         patient=Patient("Duchamp", "Irving", "99124450", date(1952, 11, 3), "M"), ro=OKAFOR, phys=ORTIZ, dosi=REYES,
         description="Rectal IMRT chart whose DVH review is \"dictated but not read\" and whose image/isodose "
                     "review is signed without a date: both incomplete.",
         criteria=[1],
         expect={"dvh-review": (["incomplete"], "dvh_review.txt holds the review but its only signature is "
                 "\"Dictated by: Victor Okafor, MD ...\" followed by \"DICTATED BUT NOT READ\". requirements.md: "
                 "\"dictated but not read\" is not a valid signature -> incomplete."),
                 "image-review": (["incomplete"], "image_review.docx documents the review of the planning CT with "
                 "isodose lines and is signed \"Radiation Oncologist: Victor Okafor, MD    Date: ____________\" "
                 "with the date left blank (no review date anywhere in the document). LCD: the review must be "
                 "signed and dated; requirements.md: signed without a date -> incomplete.")},
         docs=usual(rx="rx_directive.docx", nec="necessity_statement.pdf", qa="imrt_qa_mapcheck.pdf",
                    device="mapcheck", sim="sim_note.txt") + [
             doc("dvh_review", "dvh_review.txt", s("dbnr", "ro", "review", 11, 20), on="review"),
             doc("image_review", "image_review.docx", s("titled_nodate", "ro", "review"), on=None)]),

    dict(id="c13_compensator_design_documented", base=date(2025, 7, 7), site="pancreas", facility=FACILITY,
         patient=Patient("Sorensen", "Mabel", "99136672", date(1956, 2, 19), "F"), ro=MARSH, phys=WHITCOMBE, dosi=BENN,
         compensator=True,
         description="Compensator-based pancreas IMRT chart with a per-portal compensator design report and a "
                     "fixed-width text field summary: every requirement met, including compensator-design.",
         criteria=[1, 2], expect={},
         docs=[doc("sim_note", "sim_note.docx", s("slash", "ro", "sim"), on="sim"),
               doc("prescription", "prescription.pdf", s("approved", "ro", "rx"), on="rx", start="start"),
               doc("necessity", "necessity_statement.txt", s("esig", "ro", "nec", 9, 55), on="nec", criteria=(1, 2)),
               doc("mosaiq_plan_txt", "field_summary.txt", s("reviewed", "phys", "plan"), on="plan"),
               doc("compensator_report", "compensator_design.pdf", s("verified", "phys", "plan"),
                   s("approved", "ro", "plan"), on="plan"),
               doc("qa_report", "imrt_qa_mapcheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                   device="mapcheck"),
               doc("plan_review", "physician_plan_review.docx", s("esig", "ro", "review", 15, 0), on="review")]),

    dict(id="c14_compensator_design_missing", base=date(2025, 7, 14), site="prostate_comp", facility=FACILITY_B,
         patient=Patient("Whitaker", "Otis", "99141193", date(1947, 7, 7), "M"), ro=OKAFOR, phys=ORTIZ, dosi=REYES,
         compensator=True,
         description="Compensator-based prostate IMRT chart where the compensator design is only \"pending\": "
                     "compensator-design missing.",
         criteria=[1],
         expect={"compensator-design": (["missing"], "The chart documents compensator-based IMRT (rx_directive.docx: "
                 "\"compensator-based IMRT, 5 portals\"; plan_report.pdf: \"patient-specific brass compensators\") "
                 "but no design for any portal; plan_report.pdf says \"Compensator design: pending - to be generated "
                 "by dosimetry before fabrication is ordered\" (future). LCD: the unique compensator design should "
                 "be documented for each portal.")},
         docs=[doc("sim_note", "sim_note.txt", s("slash", "ro", "sim"), on="sim"),
               doc("prescription", "rx_directive.docx", s("approved", "ro", "rx"), on="rx", start="start",
                   technique_note=" (solid brass compensators, one per portal)"),
               doc("necessity", "necessity_statement.pdf", s("esig", "ro", "nec", 8, 30), on="nec"),
               doc("plan_report", "plan_report.pdf", s("approved", "ro", "plan"), s("reviewed", "phys", "plan"),
                   on="plan", note="Beam modifiers: patient-specific brass compensators. Compensator design: pending - "
                                   "to be generated by dosimetry before fabrication is ordered."),
               doc("qa_report", "imrt_qa_mapcheck.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                   device="mapcheck"),
               doc("plan_review", "physician_plan_review.txt", s("esig", "ro", "review", 13, 45), on="review")]),

    dict(id="c15_scanned_image_review", base=date(2025, 8, 4), site="esophagus", facility=FACILITY,
         patient=Patient("Vasquez-Hale", "Marisol", "99152207", date(1959, 4, 25), "F"), ro=RAMAN, phys=ORTIZ,
         dosi=BENN,
         description="Esophagus VMAT chart whose only image/isodose review is a scanned, image-only PDF page: "
                     "image-review needs review.",
         criteria=[1],
         problems={"scanned_isodose_review.pdf": ["needs-ocr"]},
         expect={"image-review": (["needs_review"], "The only image/isodose review is scanned_isodose_review.pdf, a "
                 "page with no text layer (a signed, dated review rendered as an image). The tool cannot read it "
                 "without OCR and no other document reviews the images with isodose distributions. "
                 "requirements.md: unreadable document and no affirmative evidence elsewhere -> needs_review.")},
         docs=usual(rx="prescription.pdf")[:5] + [
             doc("dvh_review", "dvh_review.docx", s("esig", "ro", "review", 11, 5), on="review"),
             doc("image_review", "scanned_isodose_review.pdf", s("titled", "ro", "review"), on="review",
                 variant="scanned")]),

    dict(id="c16_corrupt_qa_report", base=date(2025, 8, 18), site="oral_cavity", facility=FACILITY_B,
         patient=Patient("Fairweather", "Silas", "99163318", date(1954, 10, 30), "M"), ro=MARSH, phys=WHITCOMBE,
         dosi=REYES,
         description="Oral-cavity IMRT chart whose IMRT QA report is a truncated (corrupt) PDF and is the only QA "
                     "evidence: dosimetric-verification needs review.",
         criteria=[1],
         problems={"imrt_qa_report.pdf": ["corrupt"]},
         expect={"dosimetric-verification": (["needs_review"], "imrt_qa_report.pdf is truncated (an interrupted "
                 "transfer: only the first fifth of the file) and cannot be opened; no other document records a QA "
                 "measurement. requirements.md: a corrupt file that may hold the evidence and none elsewhere -> "
                 "needs_review.")},
         docs=usual(rx="rx_directive.docx", nec="necessity_statement.docx", qa="imrt_qa_report.pdf",
                    sim="sim_note.txt")[:4] + [
             doc("qa_report", "imrt_qa_report.pdf", s("titled", "phys", "qa"), s("titled", "ro", "qa"), on="qa",
                 variant="truncated"),
             doc("plan_review", "physician_plan_review.txt", s("esig", "ro", "review", 14, 14), on="review")]),

    dict(id="c17_other_patients_dvh_review", base=date(2025, 9, 8), site="anal_canal", facility=FACILITY,
         patient=Patient("Gallagher", "Maeve", "99174425", date(1961, 1, 16), "F"), ro=OKAFOR, phys=ORTIZ, dosi=BENN,
         description="Anal-canal IMRT chart whose only DVH review belongs to another patient (different name, MRN "
                     "and DOB in its header): dvh-review missing or needs review.",
         criteria=[4],
         expect={"dvh-review": (["missing", "needs_review"], "The only DVH review, dvh_review.txt, is headed "
                 "\"Patient: Hollins, Beatrice    MRN: 99178812    DOB: 09/03/1949\", not this chart's patient "
                 "(Gallagher, Maeve, MRN 99174425, DOB 01/16/1961). requirements.md: a document naming another "
                 "patient is flagged and its evidence does not count, so no DVH review of this patient remains.")},
         docs=usual(rx="prescription.pdf", qa="imrt_qa_portal.pdf", device="portal", criteria=(4,)) + [
             doc("image_review", "image_review.docx", s("approved", "ro", "review"), on="review"),
             doc("dvh_review", "dvh_review.txt", s("esig", "ro", "review", 10, 2), on="review",
                 who=Patient("Hollins", "Beatrice", "99178812", date(1949, 9, 3), "F"))]),
]
