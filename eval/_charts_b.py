"""Group B: charts with one to three gaps - signature traps, negated or future evidence, missing elements.

Each chart keeps every other requirement met, so a miss in one place shows up as exactly one wrong cell.
"""

from _kit import AR, DI, FM, MQ, PD_ARCS, PD_TABLE, PHYS_ONLY, ChartDef, D, dt, either, inc, met, miss, na

CHARTS = [
    ChartDef(
        "ev20_oropharynx_rx_no_constraints", "aria", "Signed prescription with target doses only: no organ-at-risk constraint anywhere.",
        "oropharynx", 19, [
            D(AR.plan_report, "plan/Plan_Report.pdf", constraints=False),
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=2),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1,)),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck"),
            D(DI.sim_note, "notes/simulation.txt"),
        ], dict(
            P=inc("plan report gives PTV_7000/6300/5600 doses (MD signed) but no dose constraint for any critical structure"),
            NS=met("form statement: IMRT over 3D-CRT, target close to cord, brainstem, parotids"),
            NC=met("box 1 ticked and stated", [1]),
            IR=met("plan review: CT slice by slice with isodose distribution; e-signed with date"),
            DVH=met("plan review: DVHs for all targets and critical structures reviewed"),
            PD=met(PD_TABLE + " (9 fields)"),
            DV=met("MapCHECK report signed by physicist and MD"),
            CD=na()), md="adeyemi", phys="raman", start=dt.date(2025, 2, 17)),
    ChartDef(
        "ev21_prostate_draft_plan", "mixed", "The only prescription with constraints is a DRAFT plan report with blank physician signature.",
        "prostate", 20, [
            D(AR.plan_report, "plan/Plan_Report_DRAFT.pdf", fields="none", status="DRAFT - NOT APPROVED FOR TREATMENT",
              sig=("table", [("cmd", "signed"), ("phys", "blank"), ("md", "blank")])),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="pos"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(1, 5), v=0),
        ], dict(
            P=inc("Rx and OAR constraints appear only in a DRAFT plan report whose physician signature cell is blank"),
            NS=met("justification: IMRT rather than 3D-CRT, target close to rectum and bladder; MD approved"),
            NC=met("proximity and dose escalation", [1, 5]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 2 arcs with start/stop and direction"),
            DV=met("QA export approved by physicist and MD"),
            CD=na()), md="kowalczyk", phys="serrano", start=dt.date(2024, 10, 21)),
    ChartDef(
        "ev22_lung_future_isodose_dvh_not_reviewed", "dictated", "Planning note says it will review isodose later and that DVHs were not reviewed.",
        "lung", 21, [
            D(AR.plan_report, "plan/Plan_Report.pdf", plan_values=False),
            D(DI.plan_review, "notes/planning_note.txt", image="future", dvh="neg"),
            D(DI.consult, "notes/consult.txt", conds=(1,), v=0),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck"),
            D(DI.sim_note, "notes/ct_sim.txt"),
        ], dict(
            P=met("plan report Rx 60 Gy/30 + cord/lung/heart/esophagus constraints; MD signed"),
            NS=met("consult: IMRT over 3D, target close to esophagus, cord and heart"),
            NC=met("proximity stated", [1]),
            IR=miss("only 'I will review isodose distributions prior to start' (future); the sim note only describes CT acquisition"),
            DVH=miss("'DVH not reviewed at the time of this note' (negated); no other DVH review"),
            PD=met(PD_ARCS + " (2 arcs)"),
            DV=met("ArcCHECK report signed by physicist and MD"),
            CD=na()), md="okafor", phys="brandt", start=dt.date(2025, 3, 24)),
    ChartDef(
        "ev23_brain_review_undated", "docx-form", "Physician review checklist signed but with the date cell blank and no review date.",
        "brain", 22, [
            D(FM.review_form, "forms/Physician_Plan_Review.docx",
              items=(("contours", True), ("image", True), ("dvh", True)), sig=(("md", "undated"),), dated=False),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 2), v=1),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck"),
        ], dict(
            P=met("plan report Rx 60 Gy/30 + brainstem/chiasm/optic nerve constraints; MD signed"),
            NS=met("form statement naming brainstem, chiasm, optic nerve; narrow margins"),
            NC=met("boxes 1 and 2 ticked and stated", [1, 2]),
            IR=inc("CT/isodose item ticked and MD signature cell filled, but the date cell is blank and the form has no review date"),
            DVH=met("DVH item ticked, MD signed (no date required)"),
            PD=met(PD_ARCS + " (3 arcs)"),
            DV=met("ArcCHECK report signed by physicist and MD"),
            CD=na()), md="vance", phys="chen", start=dt.date(2024, 11, 18)),
    ChartDef(
        "ev24_breast_qa_physicist_only", "mixed", "QA report signed by the physicist; physician line 'pending signature' and checklist QA box unticked.",
        "breast_l", 23, [
            D(AR.qa_report, "physics/IMRT_QA.pdf", device="mapcheck",
              sig=("lines", [("phys", "label", "signed"), ("md", "label", "pending")])),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.review_form, "forms/Plan_Review.docx", items=(("image", True), ("dvh", True), ("qa2", False))),
            D(DI.letter, "letters/LMN.rtf", conds=(1,), v=2),
        ], dict(
            P=met("plan report Rx 42.56 Gy/16 + heart/LAD/lung constraints; MD signed"),
            NS=met("letter: rationale for IMRT over 3D; PTV abuts heart, LAD, left lung; /s/ MD"),
            NC=met("proximity stated", [1]),
            IR=met("ticked CT/isodose item; MD signed and dated"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_TABLE + " (6 fields)"),
            DV=inc("QA measured and signed by the physicist; radiation oncologist line reads 'pending signature' and 'IMRT QA reviewed' is unticked"),
            CD=na()), md="menon", phys="feld", start=dt.date(2025, 4, 28)),
    ChartDef(
        "ev25_nasopharynx_qa_future_dvh_unticked", "mixed", "Physics check says QA is still to be performed; DVH box unticked.",
        "nasopharynx", 24, [
            D(AR.plan_report, "plan/Plan_Report.pdf", plan_values=False),
            D(FM.review_form, "forms/Plan_Review.docx", items=(("contours", True), ("image", True), ("dvh", False))),
            D(AR.plan_check, "physics/Initial_Plan_Check.pdf", qa="future"),
            D(DI.consult, "notes/consult.txt", conds=(1, 4), v=1),
        ], dict(
            P=met("plan report Rx 70 Gy/33 + brainstem/chiasm/cord/cochlea/temporal lobe constraints; MD signed"),
            NS=met("consult: 3D plan cannot meet constraints; brainstem, chiasm, temporal lobes; concave target"),
            NC=met("conditions 1 and 4", [1, 4]),
            IR=met("ticked CT/isodose item; MD signed and dated"),
            DVH=miss("'DVHs reviewed for all targets and OARs' box is unticked; no other DVH review"),
            PD=met(PD_ARCS + " (3 arcs)"),
            DV=miss("only 'Patient-specific QA: to be performed prior to first fraction' (future); the MU second check is a calculation"),
            CD=na()), md="sandoval", phys="raman", start=dt.date(2025, 5, 19)),
    ChartDef(
        "ev26_prostate_necessity_no_oars", "mixed", "Necessity statement gives dose escalation as the reason but names no organ at risk.",
        "prostate", 25, [
            D(DI.consult, "notes/consult.txt", nec="nooars", v=0),
            D(MQ.rx, "mosaiq/RX.txt"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt"),
            D(MQ.qa, "mosaiq/QA.txt"),
        ], dict(
            P=met("RX export + rectum/bladder/femoral head/penile bulb constraints; MD approved"),
            NS=inc("consult explains IMRT over 3D (dose escalation to 79.2 Gy) but names no organ at risk or adjacent critical structure"),
            NC=met("dose escalation stated in the e-signed consult", [5]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=met("QA export approved by physicist and MD"),
            CD=na()), md="whitfield", phys="feld", start=dt.date(2024, 9, 2)),
    ChartDef(
        "ev27_oropharynx_boilerplate_necessity", "docx-form", "Necessity form with no box ticked and a one-line boilerplate statement.",
        "oropharynx", 26, [
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(), oars=False, statement="boiler"),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=3),
            D(AR.qa_report, "physics/QA.pdf", device="epid"),
        ], dict(
            P=met("plan report Rx + OAR goals; MD signed"),
            NS=either(["missing", "incomplete"], "signed 'IMRT is medically necessary and appropriate' gives no reason over 3D and names no OAR: "
                      "no real statement (missing) or a statement lacking its elements (incomplete) - the spec does not settle boilerplate"),
            NC=miss("all five condition boxes unticked; the statement names none"),
            IR=met("plan review: isodose lines on CT for targets and OARs; e-signed with date"),
            DVH=met("plan review: DVHs for targets and OARs reviewed"),
            PD=met(PD_TABLE + " (9 fields)"),
            DV=met("EPID QA report signed by physicist and MD"),
            CD=na()), md="okafor", phys="serrano", start=dt.date(2025, 6, 23)),
    ChartDef(
        "ev28_lung_necessity_no_condition", "mixed", "Necessity names organs at risk but only 'departmental standard' as the reason.",
        "lung", 27, [
            D(DI.consult, "notes/consult.txt", nec="nocond"),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="pos"),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck", sig=PHYS_ONLY),
        ], dict(
            P=met("plan report Rx 60 Gy/30 + constraints; MD signed"),
            NS=met("consult: IMRT selected over 3D-CRT (departmental standard, homogeneity) and names SpinalCord, lungs, heart, esophagus"),
            NC=miss("the reason given matches none of the five LCD conditions"),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met(PD_ARCS + " (2 arcs)"),
            DV=met("ArcCHECK report signed by physicist + MD-approved review line 'IMRT QA REVIEW: YES ... measured vs calculated'"),
            CD=na()), md="adeyemi", phys="brandt", start=dt.date(2024, 8, 5)),
    ChartDef(
        "ev29_anal_portal_multiple_fields", "aria", "Beam arrangement given only as 'IMRT, multiple fields'; QA measured as one composite.",
        "anal", 28, [
            D(AR.plan_report, "plan/Plan_Report.pdf", fields="multi"),
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=1),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(1, 4), v=2),
            D(AR.qa_report, "physics/QA.pdf", device="chamber", per_beam=False),
        ], dict(
            P=met("plan report Rx 54 Gy/30 + bowel/bladder/femoral head constraints; MD signed"),
            NS=met("justification: rationale for IMRT over 3D; small bowel, bladder, femoral heads; concave target"),
            NC=met("conditions 1 and 4", [1, 4]),
            IR=met("plan review: CT slice by slice with isodose; e-signed with date"),
            DVH=met("plan review: DVHs for PTV and each OAR"),
            PD=either(["incomplete", "missing"], "only 'Technique: IMRT, multiple fields' - neither count nor locations; a vague mention (incomplete) "
                      "or no description at all (missing)"),
            DV=met("chamber + film QA (composite) signed by physicist and MD"),
            CD=na()), md="vance", phys="raman", start=dt.date(2025, 7, 14)),
    ChartDef(
        "ev30_esophagus_portal_count_only", "aria", "Beam arrangement gives the number of fields but no gantry angles.",
        "esophagus", 29, [
            D(AR.plan_report, "plan/Plan_Report.pdf", fields="count", dstyle="dmy"),
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=0),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1,)),
            D(AR.qa_report, "physics/QA.pdf", device="delta4", per_beam=False),
        ], dict(
            P=met("plan report Rx 50.4 Gy/28 + lung/heart/cord/liver constraints; MD signed"),
            NS=met("form statement: heart, lungs, cord"),
            NC=met("box 1", [1]),
            IR=met("plan review: isodose lines on CT; e-signed with date"),
            DVH=met("plan review: \"DVH rev'd\" with values"),
            PD=inc("'7-field IMRT plan, 10X' gives the count but no gantry angle or location for any field"),
            DV=met("Delta4 composite QA signed by physicist and MD"),
            CD=na()), md="kowalczyk", phys="chen", start=dt.date(2024, 12, 9)),
    ChartDef(
        "ev31_skull_base_dictated_not_read", "dictated", "Consult holding the necessity statement is 'Dictated but not read'.",
        "meningioma", 30, [
            D(DI.consult, "notes/consult.txt", conds=(1, 2), v=1, sig=("esign", "dnr")),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.plan_review, "notes/plan_review.txt", iv=3, dv=2),
            D(AR.qa_report, "physics/QA.pdf", device="delta4"),
        ], dict(
            P=met("plan report Rx 54 Gy/30 + optic/brainstem/pituitary constraints; MD signed"),
            NS=inc("consult states why IMRT and names optic nerve/chiasm, but is 'Dictated but not read' - not a valid signature"),
            NC=inc("conditions 1 and 2 are stated only in the unsigned ('dictated but not read') consult", [1, 2]),
            IR=met("plan review: fused MRI/CT isodose review; e-signed with date"),
            DVH=met("plan review: DVHs for all targets and critical structures"),
            PD=met(PD_ARCS + " (2 arcs)"),
            DV=met("Delta4 report signed by physicist and MD"),
            CD=na()), md="menon", phys="serrano", start=dt.date(2025, 1, 27)),
    ChartDef(
        "ev32_cervix_signature_on_file", "mixed", "Physician plan review carries only 'Signature on file'.",
        "cervix", 31, [
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=2, sig=("esign", "onfile")),
            D(MQ.rx, "mosaiq/RX.txt"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(4,), v=0),
        ], dict(
            P=met("RX export + constraints; MD approved"),
            NS=met("form statement: concave target around bladder and rectum; OARs listed"),
            NC=met("box 4", [4]),
            IR=inc("isodose review present but signed only 'Signature on file'"),
            DVH=inc("DVH review present but signed only 'Signature on file'"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=met("QA export approved by physicist and MD"),
            CD=na()), md="whitfield", phys="brandt", start=dt.date(2024, 7, 22)),
    ChartDef(
        "ev33_larynx_name_in_sentence", "aria", "Plan approval and QA review only as sentences naming the doctor.",
        "larynx", 32, [
            D(AR.plan_report, "plan/Plan_Report.pdf", sig=("statement", "md")),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck", sig=PHYS_ONLY, statement_md=True),
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=2),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 2), v=3),
        ], dict(
            P=inc("Rx and constraints in the plan report, but the only 'signature' is the sentence 'reviewed and approved by Dr. ...'"),
            NS=met("form statement: cord and parotids; narrow margins"),
            NC=met("boxes 1 and 2", [1, 2]),
            IR=met("plan review: CT slice by slice with isodose; e-signed with date"),
            DVH=met("plan review: DVHs for all targets and critical structures"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=inc("QA signed by the physicist; the physician appears only in the sentence 'Results were reviewed with Dr. ...'"),
            CD=na()), md="sandoval", phys="feld", start=dt.date(2025, 8, 18)),
    ChartDef(
        "ev34_endometrium_dosimetrist_approval", "aria", "Plan report approved only by the dosimetrist (CMD).",
        "endometrium", 33, [
            D(AR.plan_report, "plan/Plan_Report.pdf", sig=("lines", [("cmd", "approved_by", "signed")])),
            D(DI.plan_review, "notes/plan_review.txt", iv=1, dv=3),
            D(DI.letter, "letters/LMN.rtf", conds=(1, 4), v=0),
            D(AR.qa_report, "physics/QA.pdf", device="epid"),
        ], dict(
            P=inc("Rx and constraints present, but 'Approved by:' only the dosimetrist (CMD); radiation oncologist signature missing"),
            NS=met("letter: IMRT over 3D; small bowel, rectum, bladder; concave target"),
            NC=met("conditions 1 and 4", [1, 4]),
            IR=met("plan review: isodose lines on CT; e-signed with date"),
            DVH=met("plan review: DVHs reviewed"),
            PD=met(PD_TABLE + " (9 fields)"),
            DV=met("EPID report signed by physicist and MD"),
            CD=na()), md="adeyemi", phys="chen", start=dt.date(2024, 6, 17)),
    ChartDef(
        "ev35_brain_dvh_physicist_only", "docx-form", "DVH review form signed by the physicist only; MD's note covers images but not DVHs.",
        "brain", 34, [
            D(FM.review_form, "forms/Plan_Evaluation_DVH.docx", items=(("dvh", True),), sig=(("phys", "signed"),),
              title="Plan Evaluation - DVH Review"),
            D(DI.plan_review, "notes/plan_review.txt", iv=3, dvh=None),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1,)),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement naming brainstem, chiasm, optic nerve"),
            NC=met("box 1", [1]),
            IR=met("plan review: fused MRI/CT isodose review of targets and critical structures; e-signed with date"),
            DVH=inc("DVHs reviewed, but signed only by the physicist (PhD, DABR); no radiation oncologist DVH review"),
            PD=met(PD_ARCS + " (3 arcs)"),
            DV=met("ArcCHECK report signed by physicist and MD"),
            CD=na()), md="kowalczyk", phys="raman", start=dt.date(2025, 9, 1)),
    ChartDef(
        "ev36_nasopharynx_unticked_boxes", "docx-form", "Checklist leaves the isodose and QA boxes unticked; QA report physicist-signed only.",
        "nasopharynx", 35, [
            D(FM.review_form, "forms/Plan_Review.docx",
              items=(("contours", True), ("image2", False), ("dvh", True), ("qa2", False))),
            D(AR.qa_report, "physics/QA.pdf", device="arccheck", sig=PHYS_ONLY),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(FM.necessity_form, "forms/Necessity.docx", ticked=(1, 4), v=1),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("form statement naming brainstem, chiasm, temporal lobes; concave target"),
            NC=met("boxes 1 and 4", [1, 4]),
            IR=miss("'Representative isodose distributions reviewed...' box is unticked; nothing else reviews the images"),
            DVH=met("ticked DVH item; MD signed"),
            PD=met(PD_ARCS + " (3 arcs)"),
            DV=inc("ArcCHECK QA signed by the physicist only; the physician's 'IMRT QA reviewed' box is unticked"),
            CD=na()), md="okafor", phys="feld", start=dt.date(2024, 5, 27)),
    ChartDef(
        "ev37_rectum_blank_signature", "dictated", "Plan review dictation ends in blank signature and date lines.",
        "rectum", 36, [
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=3, sig=("label", "blank")),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.consult, "notes/consult.txt", conds=(1,), v=3),
            D(AR.qa_report, "physics/QA.pdf", device="mapcheck"),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("consult: IMRT instead of 3D-CRT; small bowel and bladder"),
            NC=met("proximity", [1]),
            IR=inc("image/isodose review present but 'Radiation Oncologist signature: ____ Date: ____' is blank"),
            DVH=inc("DVH review present but unsigned (blank signature line)"),
            PD=met(PD_TABLE + " (7 fields)"),
            DV=met("MapCHECK report signed by physicist and MD"),
            CD=na()), md="vance", phys="brandt", start=dt.date(2025, 10, 6)),
    ChartDef(
        "ev38_pancreas_rx_pending", "mosaiq", "MOSAIQ prescription still pending physician approval.",
        "pancreas", 37, [
            D(MQ.rx, "mosaiq/RX.txt", sig=(("md", "pending"),)),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt", qa="pos"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(4,), v=1),
        ], dict(
            P=inc("Rx with constraints present, but 'APPROVAL STATUS: PENDING' - not signed by the radiation oncologist"),
            NS=met("justification: IMRT over 3D; PTV concave around the duodenum"),
            NC=met("concave target", [4]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=met("QA export approved by physicist and MD"),
            CD=na()), md="menon", phys="chen", start=dt.date(2024, 4, 22)),
    ChartDef(
        "ev39_lung_preliminary_qa", "mixed", "Physician reviewed QA, but the physics QA report is marked PRELIMINARY and unsigned.",
        "lung", 38, [
            D(AR.qa_report, "physics/QA_PRELIMINARY.pdf", device="arccheck", state="preliminary",
              sig=("lines", [("phys", "label", "preliminary")])),
            D(DI.physician_qa_note, "notes/QA_review.txt", v=0),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(DI.plan_review, "notes/plan_review.txt", iv=0, dv=0),
            D(DI.consult, "notes/consult.txt", conds=(1,), v=3),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("consult: IMRT instead of 3D-CRT; esophagus, cord, heart"),
            NC=met("proximity", [1]),
            IR=met("plan review: CT slice by slice with isodose; e-signed with date"),
            DVH=met("plan review: \"DVH rev'd\" with values"),
            PD=met(PD_ARCS + " (2 arcs)"),
            DV=inc("MD's signed note reviews the QA, but the physics report is PRELIMINARY with no valid physicist signature"),
            CD=na()), md="whitfield", phys="serrano", start=dt.date(2025, 11, 3)),
    ChartDef(
        "ev40_prostate_unsigned_addendum", "mixed", "Signed simulation section followed by an unsigned plan-review addendum in the same note.",
        "prostate", 39, [
            D(DI.combined_note, "notes/Sim_and_Plan_Review.txt", iv=1, dv=3),
            D(MQ.rx, "mosaiq/RX.txt"),
            D(MQ.fields, "mosaiq/FIELDS.txt"),
            D(MQ.qa, "mosaiq/QA.txt"),
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(5,), v=1),
        ], dict(
            P=met("RX export + constraints; MD approved"),
            NS=met("justification: 3D cannot meet constraints; dose escalation; rectum, bladder, femoral heads, penile bulb named"),
            NC=met("dose escalation", [5]),
            IR=inc("isodose review sits in the 'PHYSICIAN PLAN REVIEW - ADDENDUM' section; the only signature is in the CT SIMULATION section above it"),
            DVH=inc("DVH review in the same unsigned addendum section"),
            PD=met("MOSAIQ field list: 2 arcs"),
            DV=met("QA export approved by physicist and MD"),
            CD=na()), md="sandoval", phys="raman", start=dt.date(2025, 12, 1)),
    ChartDef(
        "ev41_breast_stamped_qa_review", "mixed", "Physician QA review carries a signature stamp; physics report signed.",
        "breast_l", 40, [
            D(AR.qa_report, "physics/QA.pdf", device="epid", sig=PHYS_ONLY),
            D(DI.physician_qa_note, "notes/QA_review.txt", sig=("slash", "stamp")),
            D(AR.plan_report, "plan/Plan_Report.pdf"),
            D(MQ.review, "mosaiq/PLAN_REVIEW.txt"),
            D(DI.letter, "letters/LMN.rtf", conds=(1,), v=1),
        ], dict(
            P=met("plan report Rx + constraints; MD signed"),
            NS=met("letter: heart, LAD, left lung"),
            NC=met("proximity", [1]),
            IR=met("CT/ISODOSE REVIEW: YES; dated MD approval"),
            DVH=met("DVH REVIEW: YES"),
            PD=met(PD_TABLE + " (6 fields)"),
            DV=inc("physicist signed the EPID QA; the physician's QA review bears only a signature stamp"),
            CD=na()), md="adeyemi", phys="chen", start=dt.date(2024, 3, 25)),
    ChartDef(
        "ev42_anal_unsigned_necessity_count_only", "mixed", "Unsigned MOSAIQ justification and a field count without angles.",
        "anal", 41, [
            D(MQ.justification, "mosaiq/JUSTIFICATION.txt", conds=(4,), v=1, sig=(("md", "unsigned"),)),
            D(MQ.rx, "mosaiq/RX.txt"),
            D(AR.plan_report, "plan/Plan_Report.pdf", fields="count", constraints=False),
            D(DI.plan_review, "notes/plan_review.txt", iv=2, dv=1),
            D(AR.qa_report, "physics/QA.pdf", device="chamber", per_beam=False),
        ], dict(
            P=met("RX export: PTV_5400 54 Gy/30 + constraints; MD approved"),
            NS=inc("justification (concave target around small bowel and bladder) is 'UNSIGNED - routed for signature'"),
            NC=inc("condition 4 stated only in the unsigned justification", [4]),
            IR=met("dictation: isodose curves on planning CT for targets and critical structures (misspelled 'isodoes'); e-signed with date"),
            DVH=met("dictation: 'dose volumn histograms' for PTV and each OAR; e-signed"),
            PD=inc("'9-field IMRT plan' - a count without gantry angles"),
            DV=met("chamber + film QA signed by physicist and MD"),
            CD=na()), md="kowalczyk", phys="brandt", start=dt.date(2025, 2, 24)),
]
