"""Chart table B: un12-un26, charts with a trap an auditor must not pass. Every expectation is hand-written."""
import dataclasses

from u_kit import Chart, E, NA_COMP, ctx_for, pt
from u_people import D, at, bday, add, mdy, mdy2, mdy_short, iso, hm, hm4, iso_t, tz_abbr, short_us, ampm, long_us, dmy_long
from u_text import necessity, gamma_rates, fx_dates, OPENERS, lc
from u_sites import Target
from u_render import Doc
import u_ehr_a as A
import u_ehr_b as B
import u_ehr_c as C
import u_tps as T
import u_qa as Q
from u_charts_a import _d, boost_chart


# ---------------------------------------------------------------------------------------------- un12
def un12():
    cid = "un12_cpsi_rx_signature_on_file_anal"
    c = ctx_for(cid, "bellwether", "anal", pt("Pettigrew", "Lorene", "", "F", "1965-02-27", "000191077"), D(2025, 7, 7))
    plan = "ANAL_VMAT"
    rates = gamma_rates(c, 2)
    docs = [_d("consult.txt", A.cpsi_consult(c, necessity(c.site, [4], "caps", caps=True)), "consult"),
            _d("rt_prescription.txt", A.cpsi_rx(c, plan, signature="on_file"), "rx"),
            _d("pinnacle_plan_report.pdf", T.pinnacle_plan(c, plan, objectives=False), "plan"),
            _d("imrt_plan_review.txt", A.cpsi_plan_review(c, plan), "review"),
            _d("matrixx_verification.docx", Q.myqa_matrixx(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("incomplete", "the only document with OAR constraints is the CPSI prescription (PTV_5400/PTV_4500 and 'CRITICAL STRUCTURE DOSE CONSTRAINTS'), and its signature is 'PHYSICIAN SIGNATURE: ** ON FILE **' under a typed 'ORDERING PHYSICIAN:' name - not a signature. The RO-signed consult gives the target dose only; the plan review gives OAR values only as achieved results; the Pinnacle-style report has the prescription and beams, no objectives, and no physician signature"),
        "necessity-statement": E("met", "consult (caps): 'IMRT NECESSITY (3D CONFORMAL / CONVENTIONAL NOT ADEQUATE):' naming small bowel, bladder, femoral heads, external genitalia, iliac crests; CPSI e-signature"),
        "necessity-criterion": E("met", "consult: inguinal/pelvic nodal target concave around bladder and genitalia (condition 4)", [4]),
        "image-review": E("met", "CPSI 'IMRT PLAN REVIEW': CT slice by slice with isodose curves over all targets and critical structures; e-signed and dated"),
        "dvh-review": E("met", "same report: DVHs for every target and critical structure (achieved values)"),
        "portal-description": E("met", "Pinnacle-style beam table: ARC1 182.0-178.0 CW, ARC2 178.0-182.0 CCW"),
        "dosimetric-verification": E("met", "myQA-style MatriXX composite measurement, PASS; 'Approved by (Physicist): Wendell Okonkwo-Price, M.S., DABR' and 'Reviewed by (Radiation Oncologist): DUCHARME, FRANCIS X MD', both dated before fraction 1"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cpsi+pinnacle+myqa", "CPSI-style prescription with a typed ordering physician and 'PHYSICIAN SIGNATURE: ** ON FILE **'.",
                 "signature on file (prescription)", c, docs, req)


# ---------------------------------------------------------------------------------------------- un13
def un13():
    cid = "un13_dictation_dbnr_plan_review_gbm"
    c = ctx_for(cid, "harbor", "gbm", pt("Cormier", "Paul", "", "M", "1960-12-08", "HP508790"), D(2025, 8, 4))
    plan = "BRAIN_VMAT"
    rates = gamma_rates(c, 2)
    nec = necessity(c.site, [1], "regarding")
    docs = [_d("consultation_dictated.docx", B.dax_consult(c, nec), "consult"),
            _d("simulation_and_directive.docx", B.dax_directive(c, plan), "rx"),
            _d("plan_document_BRAIN_VMAT.docx", T.eclipse_docx_plan(c, plan), "plan"),
            _d("physician_plan_review.rtf", B.dax_plan_review(c, plan, closing="dbnr"), "review"),
            _d("octavius_verification.pdf", Q.veriqa(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "attested 'Simulation Note and Treatment Directive': PTV_6000 60 Gy / 30 fx and OAR limits (brainstem, chiasm, optic nerves Dmax < 54 Gy, cochlea, lens)"),
        "necessity-statement": E("met", "attested dictated consult: 'Regarding technique, I am recommending intensity-modulated treatment over a 3D conformal plan...' naming brainstem, optic chiasm, optic nerves, right cochlea, lenses"),
        "necessity-criterion": E("met", "consult: CTV within 3 mm of the brainstem and 4 mm of the chiasm (condition 1)", [1]),
        "image-review": E("incomplete", "the only isodose review is the RTF plan review, which ends 'Dictated by: Colm Ferriter, MD', 'Transcribed: ...' and 'DICTATED BUT NOT READ - this document has not been reviewed by the author.' - unsigned"),
        "dvh-review": E("incomplete", "same dictated-but-not-read RTF is the only DVH review; the Eclipse-style plan document lists optimisation objectives without achieved values and no physician signature"),
        "portal-description": E("met", "Eclipse-style DOCX field table: ARC1 181.0-179.0 CW couch 0, ARC2 179.9-30.0 CCW couch 315"),
        "dosimetric-verification": E("met", "VeriQA-style 3D measurement PASSED; physics approval and physician approval lines 'signed by ... on dd.mm.yyyy hh:mm'"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "dictation+eclipse-docx+veriqa", "Dictation transcript of the plan review marked 'DICTATED BUT NOT READ' (twin style of un06).",
                 "dictated but not read (plan review)", c, docs, req)


# ---------------------------------------------------------------------------------------------- un14
def un14():
    cid = "un14_cprs_resident_uncosigned_larynx"
    c = ctx_for(cid, "tamarack", "larynx", pt("Ostrowski", "Leon", "", "M", "1955-03-30", "7720987"), D(2025, 4, 14))
    plan = "LARYNX_VMAT"
    rates = gamma_rates(c, 2)
    res = c.clinic.extra["resident"]
    docs = [_d("rad_onc_consult.txt", A.cprs_consult(c, necessity(c.site, [4], "special")), "consult"),
            _d("treatment_directive.txt", A.cprs_directive(c, plan), "rx"),
            _d("plan_summary_LARYNX_VMAT.pdf", T.halcyon_plan(c, plan), "plan"),
            _d("plan_review_resident.txt", A.cprs_plan_review(c, plan, author=res, status="UNCOSIGNED",
                                                              cosigner="HOLLOWAY,MAREN T",
                                                              sig_title="RADIATION ONCOLOGY RESIDENT (PGY-4)"), "review"),
            _d("psqa_perfraction_fx0.pdf", Q.suncheck(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "CPRS directive: PTV_7000 70 Gy / 35 fx, PTV_5600 and normal tissue dose limits (cord Dmax < 45 Gy, parotids, oral cavity, cervical esophagus); /es/ MAREN T. HOLLOWAY, MD"),
        "necessity-statement": E("met", "CPRS consult: 'Statement of special need for IMRT ...' naming spinal cord, parotid glands, oral cavity, cervical esophagus; /es/ attending"),
        "necessity-criterion": E("met", "consult: level II-IV volume wraps around the spinal cord (condition 4)", [4]),
        "image-review": E("incomplete", "the plan review is authored and '/es/'-signed by DANIEL J. PRZYBYLSKI, MD, 'RADIATION ONCOLOGY RESIDENT (PGY-4)'; header 'EXP COSIGNER: HOLLOWAY,MAREN T', 'STATUS: UNCOSIGNED'. A resident's signature does not stand in for the radiation oncologist's, and the attending never cosigned"),
        "dvh-review": E("incomplete", "same uncosigned resident note is the only DVH review; the plan summary lists objectives without achieved values"),
        "portal-description": E("met", "Halcyon-style field table: ARC1 181.0-179.0 CW, ARC2 179.0-181.0 CCW"),
        "dosimetric-verification": E("met", "SunCHECK-style EPID Fx0 PASSED; approval grid with the physicist and Maren T. Holloway, MD, both electronically signed after the measurement"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cprs+halcyon+suncheck", "CPRS-style plan review by a PGY-4 resident, 'STATUS: UNCOSIGNED' with an expected cosigner (twin style of un01).",
                 "resident signature, attending cosign outstanding (plan review)", c, docs, req)


# ---------------------------------------------------------------------------------------------- un15
def un15():
    cid = "un15_oncoemr_medonc_necessity_rectum"
    c = ctx_for(cid, "saguaro", "rectum", pt("Galindo", "Ramon", "", "M", "1967-08-16", "SRO-209935"), D(2025, 9, 8))
    plan = "RECT_VMAT"
    rates = gamma_rates(c, 2)
    mo = c.clinic.extra["medonc"]
    s = c.site
    mo_note = A.oncoemr_note(c, "Medical Oncology Progress Note", [
        ("Interval history", "Seen after staging MRI and CEA; no new symptoms; ECOG 0."),
        ("Assessment and plan", [
            "Mid-rectal adenocarcinoma, cT3c N1. Plan long-course chemoradiation with capecitabine 825 mg/m2 twice daily on radiation days, then total neoadjuvant chemotherapy.",
            "I discussed the radiation technique with Dr. Whitfield. Intensity-modulated radiotherapy rather than 3D conformal fields is needed here: loops of small bowel lie directly on the superior presacral nodal target, and the small bowel, bladder and femoral heads must be protected."])],
        mo, c.t["consult_sign"], provider_line="Imani Okwuosa, MD - Hematology/Oncology", signer_suffix=" (Hematology/Oncology)")
    docs = [_d("rad_onc_consult.pdf", A.oncoemr_consult(c, "", extra_plan="Long-course chemoradiation as outlined in the treatment plan."), "consult"),
            _d("med_onc_progress_note.pdf", mo_note, "consult"),
            _d("radiation_treatment_plan.pdf", A.oncoemr_txplan(c, plan), "rx"),
            _d("plan_printout_RECT_VMAT.pdf", T.oncentra_plan(c, plan), "plan"),
            _d("dose_reconstruction_qa.pdf", Q.dosimetry_check(c, plan, s.beams, rates), "qa"),
            _d("plan_review_note.pdf", A.oncoemr_plan_review(c, plan, Q.composite(rates)), "review")]
    req = {
        "plan-goals-constraints": E("met", "'Radiation Treatment Plan' (RO, footer sign-off): PTV_5040 50.4 Gy / 28 fx and constraints (bowel bag V45Gy < 195 cc, bladder V50Gy < 50%, femoral heads V45Gy < 25%)"),
        "necessity-statement": E("incomplete", "the only statement of why IMRT rather than 3D is in the medical oncology progress note, signed 'Signed by Imani Okwuosa, MD (Hematology/Oncology)'; a physician of another specialty cannot stand in for the treating radiation oncologist, whose consult gives no reason for IMRT"),
        "necessity-criterion": E("incomplete", "condition 1 (small bowel directly on the presacral nodal target) is documented only in the medical oncologist's note, not in a radiation oncologist's signed document", [1]),
        "image-review": E("met", "RO 'Plan Review' note: dose distribution on the planning CT slice by slice with isodose lines over targets and normal structures; footer sign-off dated"),
        "dvh-review": E("met", "same note: DVHs of all targets and critical structures"),
        "portal-description": E("met", "Oncentra-style beam overview: ARC1 181.0-179.0 CW, ARC2 179.0-181.0 CCW"),
        "dosimetric-verification": E("met", "physicist-signed Dosimetry Check-style EPID reconstruction (PASS) + the RO's signed plan-review note reviewing the measured QA (two-document co-signature)"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "oncoemr+oncentra+dosimetrycheck", "The necessity statement sits only in a medical oncologist's OncoEMR-style note signed '(Hematology/Oncology)'; the RO consult has none.",
                 "other specialty signs the necessity statement", c, docs, req)


# ---------------------------------------------------------------------------------------------- un16
def un16():
    cid = "un16_cpsi_qa_md_pending_lung"
    c = ctx_for(cid, "bellwether", "lung", pt("Suggs", "Darlene", "", "F", "1959-04-04", "000187260"), D(2025, 10, 6))
    plan = "LUNG_VMAT"
    rates = gamma_rates(c, 2)
    docs = [_d("consult.txt", A.cpsi_consult(c, necessity(c.site, [1], "caps", caps=True)), "consult"),
            _d("rt_prescription.txt", A.cpsi_rx(c, plan), "rx"),
            _d("pinnacle_plan_report.pdf", T.pinnacle_plan(c, plan), "plan"),
            _d("imrt_plan_review.txt", A.cpsi_plan_review(c, plan), "review"),
            _d("matrixx_verification.docx", Q.myqa_matrixx(c, plan, c.site.beams, rates, md_state="pending"), "qa")]
    req = {
        "plan-goals-constraints": E("met", "CPSI prescription: PTV_6000 60 Gy / 30 fx and critical structure constraints (cord, lungs, heart, esophagus); 'ELECTRONICALLY SIGNED BY: DUCHARME, FRANCIS X MD ON: ... AT: ...'"),
        "necessity-statement": E("met", "consult (caps) 'IMRT NECESSITY ...' naming spinal cord, lungs, heart, esophagus; e-signed"),
        "necessity-criterion": E("met", "consult: nodes against the esophagus and within 8 mm of the cord (condition 1)", [1]),
        "image-review": E("met", "CPSI 'IMRT PLAN REVIEW' e-signed and dated"),
        "dvh-review": E("met", "same report: DVHs for every target and critical structure"),
        "portal-description": E("met", "Pinnacle-style beam table: ARC1 340.0-170.0 CW, ARC2 170.0-340.0 CCW"),
        "dosimetric-verification": E("incomplete", "MatriXX composite measurement PASS, 'Approved by (Physicist): Wendell Okonkwo-Price, M.S., DABR', but 'Reviewed by (Radiation Oncologist): PENDING SIGNATURE - routed to DUCHARME, FRANCIS X MD'; the physician's plan review does not mention the QA - signed by the physicist only"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cpsi+pinnacle+myqa", "QA report signed only by the physicist; the radiation oncologist's line reads 'PENDING SIGNATURE - routed to ...'.",
                 "QA physicist only, MD pending signature", c, docs, req)


# ---------------------------------------------------------------------------------------------- un17
def un17():
    cid = "un17_cprs_qa_failed_treated_oropharynx"
    c = ctx_for(cid, "tamarack", "oropharynx", pt("Kettering", "Boyd", "", "M", "1958-09-12", "7721356"), D(2025, 6, 16))
    plan = "OPX_IMRT9"
    rates = [92.4, 88.1, 83.6, 90.7, 86.9, 84.2, 89.5, 91.8, 87.3]
    comp = Q.composite(rates)
    docs = [_d("rad_onc_consult.txt", A.cprs_consult(c, necessity(c.site, [1], "special")), "consult"),
            _d("treatment_directive.txt", A.cprs_directive(c, plan), "rx"),
            _d("plan_summary_OPX_IMRT9.pdf", T.halcyon_plan(c, plan), "plan"),
            _d("md_plan_review.txt", A.cprs_plan_review(c, plan), "review"),
            _d("psqa_perfraction_fx0.pdf", Q.suncheck(c, plan, c.site.beams, rates, overall="FAILED", comment=(
                "composite below the 90% action level; largest disagreement in the low-dose region of beams 3 and 6. "
                "Discussed with Dr. Holloway, who elected to proceed with the plan as is. No repeat measurement.")), "qa"),
            _d("treatment_history.txt", A.ois_treatment_record(c, plan, 5, "TAMARACK VETERANS MEDICAL CENTER - RADIATION ONCOLOGY"), "record")]
    req = {
        "plan-goals-constraints": E("met", "CPRS directive: PTV_7000/6300/5600 in 35 fx and normal tissue limits (cord PRV, brainstem, parotid, mandible, larynx, oral cavity); /es/ attending"),
        "necessity-statement": E("met", "CPRS consult 'Statement of special need for IMRT ...' naming cord, brainstem, right parotid, mandible, larynx, oral cavity; /es/ attending"),
        "necessity-criterion": E("met", "consult: retropharyngeal and level II targets within 5 mm of the cord PRV (condition 1)", [1]),
        "image-review": E("met", "CPRS 'RAD ONC PLAN REVIEW' with isodose review over targets and OARs; /es/ signed and dated"),
        "dvh-review": E("met", "same signed note: DVHs for all targets and critical structures"),
        "portal-description": E("met", "Halcyon-style field table: nine static IMRT fields at gantry 200-160 (40-degree steps) with segments and MU"),
        "dosimetric-verification": E("incomplete", "SunCHECK-style Fx0 report 'Overall status: FAILED', composite %.1f%% below its own 90%% action level (beams at 83.6-92.4%%); both roles signed, and the physicist notes the physician elected to proceed without a repeat. The same plan OPX_IMRT9 was treated from %s; no later passing measurement" % (comp, mdy(c.t["first_fx"].date()))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cprs+halcyon+suncheck", "Pre-treatment EPID QA FAILED below its action level, signed by both, physician chose to proceed; treatment history shows the plan delivered.",
                 "QA failed, treated anyway", c, docs, req)


# ---------------------------------------------------------------------------------------------- un18
def un18():
    cid = "un18_communityworks_qa_attested_before_measurement"
    c = ctx_for(cid, "cedar", "right_breast", pt("Ashworth", "Maureen", "", "F", "1966-01-21", "CH20419084"), D(2025, 4, 22), to_qa=2)
    plan = "RBR_TD6"
    t = c.t
    qm = t["qa_meas"]
    prev = qm.date()
    while True:
        prev = add(prev, -1)
        if prev.weekday() < 5:
            break
    t["qa_md"] = at(prev, "16:32")
    assert t["plan"] < t["qa_md"] < qm
    rates = gamma_rates(c, 6)
    docs = [_d("rad_onc_consultation.pdf", B.cw_consult(c, necessity(c.site, [4], "indication")), "consult"),
            _d("treatment_directive.pdf", B.cw_directive(c, plan), "rx"),
            _d("tomodirect_plan_report.pdf", T.tomodirect_plan(c, plan), "plan"),
            _d("physician_plan_evaluation.pdf", B.cw_plan_review(c, plan), "review"),
            _d("epid_pretreatment_qa.pdf", Q.adaptivo(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "'Radiation Treatment Directive': PTV_5000 50 Gy / 25 fx and OAR limits (right lung V20Gy < 30%, heart, esophagus, thyroid, left breast); 'Verified electronically by Anneliese Brandt-Nakamura, M.D., Ph.D. on ...'"),
        "necessity-statement": E("met", "consultation: 'Indication for intensity modulation ...' naming right lung, heart, esophagus, thyroid, left breast; verified electronically"),
        "necessity-criterion": E("met", "consult: chest-wall/IMN target concave over the right lung, which fills the curve (condition 4)", [4]),
        "image-review": E("met", "'Physician Plan Evaluation': isodose distributions on the planning CT over PTV and OARs; verified electronically, dated"),
        "dvh-review": E("met", "same document: DVHs for the target and all critical structures"),
        "portal-description": E("met", "TomoDirect-style report: 6 fixed beam angles 20, 50, 80, 210, 235, 340 degrees"),
        "dosimetric-verification": E("incomplete", "EPID QA acquired %s %s %s and verified by the physicist that evening, but the only physician sign-off, 'Attested by Anneliese Brandt-Nakamura, M.D., Ph.D. (Radiation Oncology) on %s 16:32 %s', is dated the day before the measurement it attests; no other physician review of the QA" % (
            long_us(qm.date()), hm(qm), tz_abbr(qm, "pacific"), long_us(t["qa_md"].date()), tz_abbr(t["qa_md"], "pacific"))),
        "compensator-design": NA_COMP("fixed-angle binary-MLC IMRT (TomoDirect-style); no compensator")}
    return Chart(cid, "communityworks+tomodirect+adaptivo", "QA physician attestation dated the day before the EPID measurement (twin style of un05).",
                 "QA physician sign-off dated before the measurement", c, docs, req)


# ---------------------------------------------------------------------------------------------- un19
def un19():
    cid = "un19_medhost_plan_review_authenticated_late"
    c = ctx_for(cid, "lakeshore", "endometrium", pt("Pickens", "Opal", "", "F", "1953-05-09", "L3387740"), D(2025, 2, 10))
    plan = "PELV_IMRT7"
    rates = gamma_rates(c, 7)
    t = c.t
    late = at(add(t["first_fx"].date(), 41), "10:14")
    docs = [_d("rad_onc_consultation.pdf", B.medhost_consult(c, necessity(c.site, [4], "grounds")), "consult"),
            _d("rad_onc_prescription.pdf", B.medhost_rx(c, plan), "rx"),
            _d("xio_plan_PELV_IMRT7.txt", T.xio_plan(c, plan), "plan"),
            _d("plan_review.pdf", B.medhost_plan_review(c, plan, auth_t=late), "review"),
            _d("epid_dosimetry_qa.pdf", Q.epigray(c, plan, c.site.beams, rates), "qa"),
            _d("treatment_history.txt", A.ois_treatment_record(c, plan, 6, "LAKESHORE GENERAL HOSPITAL - RADIATION ONCOLOGY"), "record")]
    req = {
        "plan-goals-constraints": E("met", "authenticated prescription: PTV_4500 45 Gy / 25 fx and a constraint table (bowel bag V40Gy < 30%, rectum, bladder, femoral heads, bone marrow)"),
        "necessity-statement": E("met", "authenticated consultation: 'Grounds for choosing IMRT over a 3D conformal or conventional plan:' naming small bowel, rectum, bladder, femoral heads, pelvic bone marrow"),
        "necessity-criterion": E("met", "consult: nodal CTV wraps around small bowel and bladder in its concavity (condition 4)", [4]),
        "image-review": E("incomplete", "the plan review shows Service Date %s but its only signature is 'Authenticated By: Kowalczyk, Bernadette MD   Date/Time: %s', 41 days after the first fraction (%s, treatment history) and more than 30 days after the plan; no late-entry label: a late signature" % (
            mdy(t["review"].date()), mdy(late.date()) + " " + hm(late) + " " + tz_abbr(late, "central"), mdy(t["first_fx"].date()))),
        "dvh-review": E("incomplete", "same late-authenticated note is the only DVH review; the XiO printout has constraints but no achieved values and no physician signature"),
        "portal-description": E("met", "XiO-style printout: 7 step-and-shoot beams at gantry 180, 230, 280, 330, 30, 80, 130"),
        "dosimetric-verification": E("met", "EPIgray-style per-field EPID dosimetry within tolerance, authenticated by the physicist and the radiation oncologist before fraction 1"),
        "compensator-design": NA_COMP("MLC step-and-shoot IMRT; no compensator")}
    return Chart(cid, "medhost+xio+epigray", "Plan review dated by service before treatment but authenticated 41 days after the first fraction, with no late-entry label.",
                 "plan review signed long after treatment began", c, docs, req)


# ---------------------------------------------------------------------------------------------- un20
def un20():
    cid = "un20_oncoemr_dvh_results_no_goals"
    base = ctx_for(cid, "saguaro", "oropharynx", pt("Montoya", "Ernesto", "", "M", "1962-10-25", "SRO-211508"), D(2025, 10, 20))
    s0 = base.site
    s = dataclasses.replace(
        s0, targets=[Target("PTV_High", 70.0, 35, "gross disease"), Target("PTV_Mid", 63.0, 35, "high-risk nodes"),
                     Target("PTV_Low", 56.0, 35, "elective nodes")],
        target_achieved=["PTV_High D95% = 69.4 Gy", "PTV_Mid D95% = 62.7 Gy", "PTV_Low D95% = 55.9 Gy"])
    base.site = s
    c = base
    plan = "OPX_IMRT"
    rates = gamma_rates(c, 9)
    t = c.t
    sim = A.oncoemr_note(c, "CT Simulation", [("Procedure", [s.sim, "Targets and organs at risk will be contoured on this scan; dose and fractionation will be set at planning once contours are final."])],
                         c.ro, t["sim"])
    docs = [_d("consult_note.pdf", A.oncoemr_consult(c, necessity(s, [4], "requires"),
                                                     extra_plan="Concurrent weekly cisplatin with Dr. Okwuosa."), "consult"),
            _d("ct_simulation_note.pdf", sim, "sim"),
            _d("plan_dose_statistics.pdf", T.oncentra_plan(c, plan, mode="stats"), "plan"),
            _d("dose_reconstruction_qa.pdf", Q.dosimetry_check(c, plan, s.beams, rates), "qa"),
            _d("plan_review_note.pdf", A.oncoemr_plan_review(c, plan, Q.composite(rates)), "review")]
    req = {
        "plan-goals-constraints": E("missing", "no prescription or directive in the chart: the simulation note defers dose and fractionation to planning, the Oncentra-style printout has no dose specification (only beams and a 'Dose statistics (calculated plan)' table), and the plan review lists achieved DVH values (PTV_High D95% = 69.4 Gy, cord PRV Dmax 38.6 Gy ...) - results, not goals or constraints"),
        "necessity-statement": E("met", "consult: 'Why this patient requires inverse-planned IMRT rather than a three-dimensional conformal technique:' naming cord, brainstem, right parotid, mandible, larynx, oral cavity; footer sign-off"),
        "necessity-criterion": E("met", "consult: horseshoe-shaped nodal volume wrapping around cord and brainstem (condition 4)", [4]),
        "image-review": E("met", "RO 'Plan Review' note: isodose lines over targets and normal structures on the planning CT slice by slice; footer sign-off dated"),
        "dvh-review": E("met", "same note: DVHs of all targets and critical structures evaluated, values given"),
        "portal-description": E("met", "Oncentra-style beam overview: nine static fields at gantry 200, 240, 280, 320, 0, 40, 80, 120, 160"),
        "dosimetric-verification": E("met", "physicist-signed EPID reconstruction PASS + RO's signed plan review of the measured QA"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "oncoemr+oncentra+dosimetrycheck", "No prescription anywhere; target names carry no dose; only achieved DVH statistics and a physician review of results.",
                 "only achieved DVH results, no goals or constraints", c, docs, req)


# ---------------------------------------------------------------------------------------------- un21
def un21():
    cid = "un21_paperform_hypothetical_necessity_esophagus"
    c = ctx_for(cid, "ridgefield", "esophagus", pt("Bergland", "Orrin", "", "M", "1951-07-07", "40562"), D(2025, 9, 15))
    plan = "ESO_IMRT7"
    rates = gamma_rates(c, 7)
    s = c.site
    t = c.t
    letter = C.ridge_letter(c, ["I saw Mr. %s today for %s. %s" % (c.pt.family, lc(s.dx), s.history),
                                "I have recommended neoadjuvant chemoradiation to 50.4 Gy in 28 fractions. The technique will be settled at planning: if a 3D conformal plan cannot keep the heart and spinal cord within tolerance, IMRT may be considered."],
                            t["consult_sign"])
    docs = [_d("consult_letter.rtf", letter, "consult"),
            _d("form_RO7_necessity_prescription.pdf", C.ridge_form_rx(c, plan, "see consultation letter", "see letter"), "rx"),
            _d("prowess_plan_report.pdf", T.prowess_plan(c, plan), "plan"),
            _d("form_RO9_plan_review.pdf", C.ridge_form_review(c, plan), "review"),
            _d("transmission_detector_qa.pdf", Q.dolphin(c, plan, s.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "Form RO-7: PTV_5040 50.4 Gy / 28 fx and normal tissue limits table; hand-signed and dated"),
        "necessity-statement": E("missing", "the form's reason field says only 'see consultation letter', and the letter's only mention is hypothetical: 'if a 3D conformal plan cannot keep the heart and spinal cord within tolerance, IMRT may be considered'. The course was then planned as IMRT with no affirmative statement of why"),
        "necessity-criterion": E("missing", "no LCD condition is affirmed: the organs-at-risk field reads 'see letter', and the letter mentions the heart and cord only inside the hypothetical", []),
        "image-review": E("met", "Form RO-9: isodose distribution on CT images for targets and all critical structures 'yes' + initials; hand-signed and dated"),
        "dvh-review": E("met", "Form RO-9: DVH reviewed for all targets and critical structures 'yes', values"),
        "portal-description": E("met", "Prowess-style field list: 7 fields at gantry 0, 35, 145, 180, 215, 300, 330"),
        "dosimetric-verification": E("met", "Dolphin-style measurement PASS; physicist and radiation oncologist signatures by hand with dates"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "paper-forms+prowess+dolphin", "The only necessity wording is hypothetical ('IMRT may be considered if ...'); the form points to the letter (twin of un07).",
                 "hypothetical necessity statement", c, docs, req)


# ---------------------------------------------------------------------------------------------- un22
def un22():
    cid = "un22_signoff_grid_no_oar_no_angles_prostate"
    c = ctx_for(cid, "makana", "prostate_esc", pt("Nakoa", "Samuel", "", "M", "1952-03-15", "MK509120"), D(2025, 8, 11))
    plan = "PROS_7920_VMAT"
    rates = gamma_rates(c, 2)
    s = c.site
    docs = [_d("consultation.docx", C.mk_consult(c, necessity(s, [5], "grounds", oars=False)), "consult"),
            _d("radiation_prescription.docx", C.mk_rx(c, plan), "rx"),
            _d("plan_report_landscape.pdf", T.eclipse_landscape(c, plan, geometry=False), "plan"),
            _d("physician_plan_review.docx", C.mk_review(c, plan), "review"),
            _d("psqa_srs_detector.docx", Q.myqa_srs(c, plan, s.beams, rates, arcs_named_only=True), "qa")]
    req = {
        "plan-goals-constraints": E("met", "'Radiation Prescription' (DOCX): PTV_7920 79.2 Gy / 44 fx and OAR constraints (rectum V70Gy < 20%, bladder, femoral heads, penile bulb); RO grid row with HST timestamp"),
        "necessity-statement": E("incomplete", "consult: 'Grounds for choosing IMRT over a 3D conformal or conventional plan: The prostate will be taken to 79.2 Gy, which is beyond the 66-70 Gy ...' - a reason, but it names no organ at risk or adjacent critical structure"),
        "necessity-criterion": E("met", "consult: dose escalation to 79.2 Gy beyond what conventional/3D treatment delivers (condition 5)", [5]),
        "image-review": E("met", "'Physician Plan Review' (DOCX): isodose lines on the planning CT over PTV and each OAR; RO grid row dated"),
        "dvh-review": E("met", "same document: DVH review for target and all critical structures"),
        "portal-description": E("incomplete", "the plan report says only 'Technique: VMAT, 2 arcs, 6X, 598 MU in total. Arc geometry is held in the record-and-verify system.' and the QA names 'Arc 1' and 'Arc 2' - a count without gantry angles or arc ranges"),
        "dosimetric-verification": E("met", "myQA SRS-style measurement PASS; grid rows for the Medical Physicist (M.S., DABR) and the Radiation Oncologist, HST timestamps after the measurement"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "word-signoff-grid+eclipse-landscape+myqa-srs", "Necessity states dose escalation but names no organ at risk; the plan report gives the arc count without any geometry.",
                 "necessity without OARs + arcs without locations", c, docs, req)


# ---------------------------------------------------------------------------------------------- un23
def un23():
    cid = "un23_communityworks_necessity_no_condition_breast"
    c = ctx_for(cid, "cedar", "left_breast", pt("Prescott", "Delia", "", "F", "1960-08-28", "CH20421150"), D(2025, 7, 14))
    plan = "LBR_TD4"
    rates = gamma_rates(c, 4)
    nec = (OPENERS["grounds"] + " compared with a tangential 3D plan on the same CT, the IMRT plan gives a lower mean heart dose, "
           "a lower LAD maximum and better dose homogeneity across the breast, which should mean less fibrosis and a better "
           "cosmetic result. The organs at risk whose limits drive this choice are the heart, left anterior descending artery, "
           "left lung and right breast.")
    docs = [_d("rad_onc_consultation.pdf", B.cw_consult(c, nec), "consult"),
            _d("treatment_directive.pdf", B.cw_directive(c, plan), "rx"),
            _d("tomodirect_plan_report.pdf", T.tomodirect_plan(c, plan), "plan"),
            _d("physician_plan_evaluation.pdf", B.cw_plan_review(c, plan), "review"),
            _d("epid_pretreatment_qa.pdf", Q.adaptivo(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "directive: PTV_4005 40.05 Gy / 15 fx and OAR limits (heart Dmean < 4 Gy, LAD, left lung, right breast); verified electronically"),
        "necessity-statement": E("met", "consultation: 'Grounds for choosing IMRT over a 3D conformal or conventional plan:' lower heart and LAD dose, better homogeneity; names heart, LAD, left lung, right breast; verified electronically by the radiation oncologist"),
        "necessity-criterion": E("missing", "the statement compares plan quality (lower mean heart dose, homogeneity, cosmesis) but documents none of the five conditions: no proximity, margin, prior irradiation, concavity or dose escalation is stated", []),
        "image-review": E("met", "'Physician Plan Evaluation': isodose distributions on the planning CT over PTV and every OAR; verified electronically, dated"),
        "dvh-review": E("met", "same document: DVHs for the target and all critical structures"),
        "portal-description": E("met", "TomoDirect-style report: 4 fixed beam angles 298, 318, 118, 138 degrees"),
        "dosimetric-verification": E("met", "Adaptivo-style EPID measurement PASS; 'Verified electronically by Gideon Farraday, M.S., DABR (Medical Physics)' and 'Attested by ... (Radiation Oncology)' after the measurement"),
        "compensator-design": NA_COMP("fixed-angle binary-MLC IMRT (TomoDirect-style); no compensator")}
    return Chart(cid, "communityworks+tomodirect+adaptivo", "Necessity names organs at risk and plan-quality benefits but no LCD condition (twin of un05).",
                 "necessity names no LCD condition", c, docs, req)


# ---------------------------------------------------------------------------------------------- un24
def un24():
    cid = "un24_raycare_boost_qa_physician_blank"
    c, docs, (p1, p2), bst_first = boost_chart(cid, pt("Fairweather", "Lionel", "", "M", "1950-12-30", "QH-3310266"),
                                               D(2025, 3, 24), bst_md="blank")
    req = {
        "plan-goals-constraints": E("met", "RayCare-style prescription listing both phases (45 Gy / 25 fx; boost 34.2 Gy / 19 fx) with OAR clinical goals; RO sign-off row"),
        "necessity-statement": E("met", "consultation: 'Statement of special need for IMRT ...' naming small bowel, rectum, bladder, femoral heads, penile bulb; RO sign-off row"),
        "necessity-criterion": E("met", "consult: pelvic nodal CTV concave with bowel and bladder inside (condition 4)", [4]),
        "image-review": E("met", "physician plan review with a signed section per plan (PELV_NODES_VMAT, PROS_BST_VMAT), before fraction 1"),
        "dvh-review": E("met", "same signed document: DVH review for each plan"),
        "portal-description": E("met", "RayStation-style DOCX: both beam sets with gantry start/stop and rotation"),
        "dosimetric-verification": E("incomplete", "course PROS_BST_VMAT (treated fx 26-44 per the course summary): its EPIQA-style QA passed and the medical physicist signed, but the 'Physician review | Radiation oncologist' row has empty Signed by / E-signature / Timestamp cells and no other physician review of that QA exists. PELV_NODES_VMAT QA is signed by both; the chart takes the most severe course"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "raycare+raystation-docx+epiqa", "Initial course + sequential boost; the boost QA's physician row is blank (twin of un10).",
                 "boost QA unsigned by the physician (blank row)", c, docs, req)


# ---------------------------------------------------------------------------------------------- un25
def un25():
    cid = "un25_dictation_3d_bladder"
    c = ctx_for(cid, "harbor", "bladder3d", pt("Thibault", "Armand", "", "M", "1945-06-18", "HP509344"), D(2025, 11, 3))
    plan = "BLAD_3D4F"
    t = c.t
    s = c.site
    first = t["first_fx"].date()
    nec = ("Regarding technique, I recommend a four-field 3D conformal plan. IMRT was considered and is not needed here: "
           "the whole-bladder target is a simple shape, and the four-field plan meets every normal-tissue limit.")
    mu_lines = ["HARBOR POINT RADIATION ASSOCIATES - PHYSICS   (SYNTHETIC)", "",
                "INDEPENDENT MONITOR UNIT CALCULATION - 3D CONFORMAL PLAN %s" % plan,
                "Patient: %s %s   MRN %s" % (c.pt.given, c.pt.family, c.pt.mrn), "",
                "Field     Gantry  Energy  TPS MU  Check MU  Diff"]
    for b in s.beams:
        mu_lines.append("%-9s %6.0f  %-6s  %6d  %8d  %+.1f%%" % (b.bid, b.gantry, b.energy, b.mu, b.mu + 1, 100.0 / b.mu))
    mu_lines += ["", "All fields within 3%. Plan is forward-planned 3D conformal; no intensity modulation, so no IMRT QA applies.",
                 "Checked by: %s  %s" % (c.phys.full(), mdy(t["physcheck"].date())), "SYNTHETIC"]
    rec = ["HARBOR POINT RADIATION ASSOCIATES - TREATMENT SUMMARY AND CHARGES   (SYNTHETIC)", "",
           "Patient: %s %s   MRN %s" % (c.pt.given, c.pt.family, c.pt.mrn),
           "Plan %s (3D conformal, four fields) delivered %s to %s, 20 fractions, 55 Gy." % (plan, mdy(first), mdy(fx_dates(first, 20)[-1])), "",
           "CPT     Description                                   Date of service   Units",
           "77263   Clinical treatment planning, complex          %s        1" % mdy(t["consult"].date()),
           "77290   Simulation, complex                           %s        1" % mdy(t["sim"].date()),
           "77295   3D radiotherapy plan, with DVH                %s        1" % mdy(t["plan"].date()),
           "77300   Basic dosimetry calculation                   %s        4" % mdy(t["plan"].date()),
           "77334   Treatment device, complex (MLC apertures)     %s        4" % mdy(t["plan"].date()),
           "77412   Radiation treatment delivery, per fraction    %s        1" % mdy(first),
           "", "SYNTHETIC"]
    docs = [_d("consultation_dictated.docx", B.dax_consult(c, nec), "consult"),
            _d("simulation_and_directive.docx", B.dax_directive(c, plan, three_d=True), "rx"),
            _d("plan_document_BLAD_3D4F.docx", T.eclipse_docx_plan(c, plan, three_d=True), "plan"),
            _d("physician_plan_review.rtf", B.dax_plan_review(c, plan), "review"),
            _d("mu_second_check.txt", Doc("", [("mono", "\n".join(mu_lines))]), "physics"),
            _d("treatment_summary_charges.txt", Doc("", [("mono", "\n".join(rec))]), "record")]
    why = "3D conformal course: every document names a four-field 3D conformal, forward-planned technique and IMRT appears only as 'considered and is not needed'; 77295 billed, no 77301. The IMRT LCD checklist does not apply"
    req = {k: E("not_applicable", why) for k in ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
                                                 "dvh-review", "portal-description", "dosimetric-verification", "compensator-design"]}
    req["necessity-criterion"]["criteria"] = []
    return Chart(cid, "dictation+eclipse-docx (3D)", "Deliberate 3D conformal four-field bladder course; IMRT considered and rejected; 77295 charges.",
                 "3D conformal course (not IMRT)", c, docs, req)


# ---------------------------------------------------------------------------------------------- un26
def un26():
    cid = "un26_medhost_authenticated_by_user_number"
    c = ctx_for(cid, "lakeshore", "prostate_bed", pt("Hargis", "Virgil", "", "M", "1956-02-14", "L3392518"), D(2025, 1, 27))
    plan = "PBED_IMRT7"
    rates = gamma_rates(c, 7)
    docs = [_d("rad_onc_consultation.pdf", B.medhost_consult(c, necessity(c.site, [1], "grounds")), "consult"),
            _d("rad_onc_prescription.pdf", B.medhost_rx(c, plan), "rx"),
            _d("xio_plan_PBED_IMRT7.txt", T.xio_plan(c, plan), "plan"),
            _d("plan_review.pdf", B.medhost_plan_review(c, plan, auth="20417"), "review"),
            _d("epid_dosimetry_qa.pdf", Q.epigray(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "authenticated prescription: PTV_6600 66 Gy / 33 fx and constraint table (rectum V65Gy < 35%, bladder, femoral heads, penile bulb)"),
        "necessity-statement": E("met", "authenticated consultation: 'Grounds for choosing IMRT ...' naming rectum, bladder, femoral heads, penile bulb"),
        "necessity-criterion": E("met", "consult: bed target in direct contact with bladder neck and anterior rectal wall (condition 1)", [1]),
        "image-review": E("needs_review", "the plan review's only signature line reads 'Authenticated By: 20417   Date/Time: ...' - it starts as a signature but names no person (a user number), so the signer and role cannot be read; a person must resolve who 20417 is"),
        "dvh-review": E("needs_review", "same note, same unreadable 'Authenticated By: 20417' line; no other DVH review"),
        "portal-description": E("met", "XiO-style printout: 7 beams at gantry 180, 230, 280, 330, 30, 80, 130"),
        "dosimetric-verification": E("met", "EPIgray-style EPID dosimetry within tolerance, authenticated by the physicist (PhD, DABR, 'Medical Physicist') and by Kowalczyk, Bernadette MD"),
        "compensator-design": NA_COMP("MLC step-and-shoot IMRT; no compensator")}
    return Chart(cid, "medhost+xio+epigray", "Plan review 'Authenticated By: 20417' - a user number instead of a name.",
                 "signature line with a user number, no name (needs review)", c, docs, req)


CHARTS = [un12, un13, un14, un15, un16, un17, un18, un19, un20, un21, un22, un23, un24, un25, un26]
