"""Group C: 3D-conformal charts, another patient's documents, compensator IMRT, and unreadable files.

Where an unreadable file (image-only scan, encrypted or corrupt) is the only place a requirement
could be documented, the expectation is needs_review; everything else in those charts is met from
readable documents so the needs_review cells are the only gaps.
"""

from _kit import (AR, COMP_GEOMETRY, DI, FM, MQ, NA_UNREADABLE, PD_ARCS, PD_TABLE, ChartDef, D,
                  dt, either, inc, met, miss, na, nr)

NA_3D = na("3D conformal treatment; no compensator-based IMRT")
NOT_IMRT_EV44 = na("3D four-field box (intensity modulation 'will not be used'): not an IMRT course, so the IMRT checklist does not apply (issue 13)")
NOT_IMRT_EV43 = na("3D-conformal tangents (IMRT 'is not needed'): not an IMRT course, so the IMRT checklist does not apply (issue 13: 3D courses are not_applicable)")

CHARTS = [
    ChartDef(
        "ev43_breast_3d_tangents", "aria", "3D-conformal tangents; IMRT mentioned only to say it is not needed.",
        "breast_3d", 42, [
            D(AR.plan_report, "plan/Plan_Summary.pdf", delivery="3d", v=1),
            D(DI.consult, "notes/consult.txt", nec="neg3d", v=0),
            D(DI.plan_review, "notes/planning_note.txt", iv=0, dv=2, title="3D TREATMENT PLANNING NOTE",
              tech="3D conformal tangent"),
            D(AR.plan_check, "physics/Plan_Check.pdf", qa="na3d"),
        ], dict(
            P=NOT_IMRT_EV43, NS=NOT_IMRT_EV43, NC=NOT_IMRT_EV43, IR=NOT_IMRT_EV43, DVH=NOT_IMRT_EV43, PD=NOT_IMRT_EV43, DV=NOT_IMRT_EV43,
            CD=NA_3D), md="okafor", phys="raman", start=dt.date(2025, 1, 20)),
    ChartDef(
        "ev44_bladder_3d_box", "docx-form", "3D four-field box; the IMRT QA box on the checklist is unticked.",
        "bladder_3d", 43, [
            D(AR.plan_report, "plan/Plan_Report.pdf", delivery="3d"),
            D(DI.consult, "notes/consult.txt", nec="neg3d", v=1),
            D(FM.review_form, "forms/Plan_Review.docx",
              items=(("contours", True), ("image", True), ("dvh", True), ("qa2", False))),
            D(AR.plan_check, "physics/Plan_Check.pdf", qa="na3d"),
        ], dict(
            P=NOT_IMRT_EV44, NS=NOT_IMRT_EV44, NC=NOT_IMRT_EV44, IR=NOT_IMRT_EV44, DVH=NOT_IMRT_EV44, PD=NOT_IMRT_EV44, DV=NOT_IMRT_EV44,
            CD=NA_3D), md="menon", phys="chen", start=dt.date(2024, 2, 12)),
    ChartDef(
        "ev45_pancreas_other_patients_qa", "mixed", "The only QA report in the folder belongs to a different patient.",
        "pancreas", 44, [
            D(AR.qa_report, "physics/QA_Report.pdf", device="arccheck", other=56),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.review_form, "forms/Plan_Review.docx", items=(("image", True), ("dvh", True))),
            D(DI.letter, "letters/LMN.rtf", conds=(1,), v=0),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("letter: duodenum, stomach, kidneys, cord"),
            NC=met("proximity", [1]),
            IR=met("ticked CT/isodose item; MD signed and dated"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_ARCS + " (2 arcs)"),
            DV=miss("the signed QA report names another patient (different name, MRN, DOB); none for this patient"),
            CD=na()), md="whitfield", phys="serrano", start=dt.date(2025, 3, 3)),
    ChartDef(
        "ev46_rectum_other_patients_review", "mixed", "The physician plan review filed here is another patient's.",
        "rectum", 45, [
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=0, other=57),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.consult, "notes/consult.txt", conds=(1, 4), v=0),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("consult: small bowel and bladder; concave target"),
            NC=met("conditions 1 and 4", [1, 4]),
            IR=miss("the only image/isodose review is in another patient's note (different name, MRN, DOB)"),
            DVH=miss("the only DVH review is in the same other-patient note"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=met("MapCHECK report signed by physicist and MD"),
            CD=na()), md="vance", phys="feld", start=dt.date(2024, 10, 14)),
    ChartDef(
        "ev47_oropharynx_other_patients_letter", "mixed", "Necessity letter in the folder was written for another patient.",
        "oropharynx", 46, [
            D(DI.letter, "letters/LMN.rtf", conds=(1, 4), v=2, other=58),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.review_form, "forms/Plan_Review.docx", dstyle="short",
              items=(("image", True), ("dvh", True), ("qa", True)), sig=(("md", "signed"), ("phys", "signed"))),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=miss("the only necessity statement is a letter about another patient (different name, MRN, DOB)"),
            NC=miss("conditions appear only in the other patient's letter"),
            IR=met("ticked CT/isodose item; MD signed and dated"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_TABLE + " (9 fields)"),
            DV=met("MapCHECK report signed by physicist and MD"),
            CD=na()), md="sandoval", phys="chen", start=dt.date(2025, 5, 12)),
    ChartDef(
        "ev48_larynx_compensator_no_design", "aria", "Compensator-based IMRT with no compensator design documented.",
        "larynx", 47, [
            D(AR.plan_report, "plan/Plan_Report.pdf", delivery="compensator"),
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=2),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 2)),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement: cord and parotids; narrow margins"),
            NC=met("boxes 1 and 2", [1, 2]),
            IR=met("plan review: isodose lines on CT; e-signed with date"),
            DVH=met("plan review: DVHs reviewed"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=met("MapCHECK report signed by physicist and MD"),
            CD=either(["missing", "incomplete"], "delivery is 'compensator-based IMRT' and fields are typed 'Compensator', but no design "
                      "(ID, thickness map, material per field) is documented: missing, or incomplete if the per-field 'Compensator' "
                      "label is read as a partial description")),
        md="adeyemi", phys="raman", start=dt.date(2024, 11, 25)),
    ChartDef(
        "ev49_prostate_compensator_partial", "mixed", "Compensator design report covers 5 of 7 fields.",
        "prostate", 48, [
            D(AR.plan_report, "plan/Plan_Report.pdf", delivery="compensator"),
            D(AR.comp_report, "plan/Compensator_Design.pdf", coverage="partial"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="pos"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(DI.letter, "letters/LMN.rtf", conds=(1, 5), v=3),
        ], dict(
            P=met("plan report Rx 79.2 Gy + rectum/bladder constraints; MD signed"),
            NS=met("letter: IMRT instead of 3D-CRT; rectum and bladder; dose escalation"),
            NC=met("proximity and dose escalation", [1, 5]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met(PD_TABLE + " (7 compensator fields)"),
            DV=met("QA export approved by physicist and MD"),
            CD=inc("compensator design listed for fields 1-5 only; 'Fields 6-7: design files not attached'")),
        md="kowalczyk", phys="feld", start=dt.date(2025, 6, 2), geometry=COMP_GEOMETRY),
    ChartDef(
        "ev50_oropharynx_compensator_docx", "docx-form", "Compensator IMRT with the per-field design in a Word order form.",
        "oropharynx", 49, [
            D(AR.plan_report, "plan/Plan_Report.pdf", delivery="compensator"),
            D(AR.comp_report, "plan/Compensator_Order_Form.docx"),
            D(FM.review_form, "forms/Plan_Review.docx", items=(("contours", True), ("image2", True), ("dvh2", True))),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 4), v=3),
            D(FM.qa_form, "forms/QA_Verification.docx"),
        ], dict(
            P=met("plan report Rx + OAR goals; MD signed"),
            NS=met("form statement: cord, brainstem, parotids; concave target"),
            NC=met("boxes 1 and 4", [1, 4]),
            IR=met("ticked isodose item; MD signed and dated"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_TABLE + " (9 compensator fields)"),
            DV=met("DOCX verification form signed by physicist and MD"),
            CD=met("Word order form: brass compensator ID, thickness and mill file for each of the 9 fields")),
        md="menon", phys="brandt", start=dt.date(2024, 1, 15)),
    ChartDef(
        "ev51_brain_scanned_review", "mixed", "Physician plan review exists only as an image-only scan.",
        "brain", 50, [
            D(DI.plan_review, "scans/Physician_Plan_Review_scan.pdf", iv=3, dv=2, damage="scanned"),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1,)),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement naming brainstem, chiasm, optic nerve"),
            NC=met("box 1", [1]),
            IR=nr("image review only on the image-only scan, which needs OCR; nothing readable elsewhere"),
            DVH=nr("DVH review only on the same scan"),
            PD=met(PD_ARCS + " (3 arcs)"),
            DV=met("ArcCHECK report signed by physicist and MD"),
            CD=NA_UNREADABLE), problems={"scans/Physician_Plan_Review_scan.pdf": ["needs-ocr"]},
        md="okafor", phys="serrano", start=dt.date(2025, 7, 28)),
    ChartDef(
        "ev52_cervix_encrypted_qa", "mixed", "Patient-specific QA report is a password-protected PDF.",
        "cervix", 51, [
            D(AR.qa_report, "physics/IMRT_QA_secured.pdf", device="arccheck", damage="encrypted"),
            D(MQ.rx, "mosaiq/RX.txt"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 4)),
        ], dict(
            P=met("RX export + constraints; MD approved"),
            NS=met("form statement: small bowel, rectum, bladder; concave target"),
            NC=met("boxes 1 and 4", [1, 4]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=nr("the only QA document is encrypted; no readable QA evidence elsewhere"),
            CD=NA_UNREADABLE), problems={"physics/IMRT_QA_secured.pdf": ["encrypted"]},
        md="vance", phys="chen", start=dt.date(2024, 8, 26)),
    ChartDef(
        "ev53_esophagus_corrupt_necessity", "mixed", "Necessity form is a truncated DOCX that cannot be opened.",
        "esophagus", 52, [
            D(FM.necessity_form, "forms/IMRT_Necessity.docx", ticked=(1,), damage="corrupt"),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=1),
            D(AR.qa_report, "physics/QA.pdf", device="epid"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=nr("no readable necessity statement; the corrupt necessity form may hold it"),
            NC=nr("no readable condition; the corrupt form may hold it"),
            IR=met("plan review: isodose lines on CT; e-signed with date"),
            DVH=met("plan review: DVHs for PTV and each OAR"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=met("EPID QA signed by physicist and MD"),
            CD=NA_UNREADABLE), problems={"forms/IMRT_Necessity.docx": ["corrupt"]},
        md="whitfield", phys="feld", start=dt.date(2025, 4, 7)),
    ChartDef(
        "ev54_prostate_faxed_rx", "mosaiq", "Prescription arrived by fax: typed cover page plus an image-only page.",
        "prostate", 53, [
            D(FM.rx_form, "scans/Rx_faxed.pdf", damage="fax"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="pos"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(1,), v=2),
        ], dict(
            P=nr("the prescription is only on the faxed image page (needs OCR); no readable Rx or target dose elsewhere"),
            NS=met("justification: PTV directly abuts rectum and bladder"),
            NC=met("proximity", [1]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=met("QA export approved by physicist and MD"),
            CD=NA_UNREADABLE), problems={"scans/Rx_faxed.pdf": ["needs-ocr"]},
        md="sandoval", phys="raman", start=dt.date(2024, 12, 16)),
    ChartDef(
        "ev55_endometrium_scanned_compensator", "aria", "Compensator IMRT whose design report is only a scanned image.",
        "endometrium", 54, [
            D(AR.plan_report, "plan/Plan_Report.pdf", delivery="compensator"),
            D(AR.comp_report, "scans/Compensator_Design_scan.pdf", damage="scanned"),
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=3),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(4,), v=1),
            D(AR.qa_report, "physics/QA.pdf", device="epid"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement: horseshoe PTV around small bowel; OARs listed"),
            NC=met("box 4", [4]),
            IR=met("plan review: CT slice by slice with isodose; e-signed with date"),
            DVH=met("plan review: DVHs reviewed"),
            PD=met(PD_TABLE + " (9 compensator fields)"),
            DV=met("EPID QA signed by physicist and MD"),
            CD=nr("compensator-based IMRT is documented, but the design is only in an image-only scan")),
        problems={"scans/Compensator_Design_scan.pdf": ["needs-ocr"]},
        md="adeyemi", phys="brandt", start=dt.date(2025, 8, 25)),
    ChartDef(
        "ev56_larynx_qa_md_only", "docx-form", "QA verification form signed by the physician; physicist row blank.",
        "larynx", 55, [
            D(FM.qa_form, "forms/QA_Verification.docx", sig=(("phys", "blank"), ("md", "signed"))),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.review_form, "forms/Plan_Review.docx", items=(("image", True), ("dvh2", True))),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 2), v=0),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement: cord and parotids; narrow margins"),
            NC=met("boxes 1 and 2", [1, 2]),
            IR=met("ticked CT/isodose item; MD signed and dated"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=inc("measured QA (MapCHECK gamma) signed by the radiation oncologist; medical physicist signature cell blank"),
            CD=na()), md="kowalczyk", phys="chen", start=dt.date(2025, 10, 20)),
    ChartDef(
        "ev57_rectum_no_qa_on_file", "mosaiq", "MOSAIQ chart whose physician review records 'no IMRT QA on file'; no QA document.",
        "rectum", 56, [
            D(MQ.rx, "mosaiq/RX.txt"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="none"),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(1,), v=0),
            D(DI.otv_note, "notes/OTV.txt"),
        ], dict(
            P=met("RX export: PTV_5040 50.4 Gy/28 + small bowel/bladder/femoral head constraints; MD approved"),
            NS=met("justification: IMRT over 3D-CRT, target close to small bowel and bladder"),
            NC=met("proximity", [1]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 7 fields with gantry angles"),
            DV=miss("'NO IMRT QA ON FILE AT TIME OF REVIEW' (negated) and no QA document in the chart"),
            CD=na()), md="okafor", phys="feld", start=dt.date(2025, 11, 17)),
]
