"""Chart table A: un01-un11, complete charts in unusual but valid layouts. Every expectation is hand-written."""
from u_kit import Chart, E, NA_COMP, ctx_for, pt
from u_people import D, at, bday, add, mdy, mdy2, iso, hm, hm4, iso_t, tz_abbr, short_us, ampm, long_us, dmy_long
from u_text import necessity, gamma_rates, fx_dates, rng_for, achieved_prose, lc
from u_sites import arcs
import u_ehr_a as A
import u_ehr_b as B
import u_ehr_c as C
import u_tps as T
import u_qa as Q


def _d(name, doc, kind=None):
    doc.path = name
    doc.fmt = doc.fmt or name.rsplit(".", 1)[-1]
    if doc.fmt != name.rsplit(".", 1)[-1]:
        doc.fmt = name.rsplit(".", 1)[-1]
    if kind:
        doc.kind = kind
    return (name, doc)


# ---------------------------------------------------------------------------------------------- un01
def un01():
    cid = "un01_cprs_halcyon_prostate"
    c = ctx_for(cid, "tamarack", "prostate", pt("Holm", "Arvid", "Jens", "M", "1949-08-22", "7720418"), D(2025, 2, 3))
    plan = "PROS_VMAT"
    rates = gamma_rates(c, 2)
    t = c.t
    docs = [_d("rad_onc_consult.txt", A.cprs_consult(c, necessity(c.site, [1], "special")), "consult"),
            _d("treatment_directive.txt", A.cprs_directive(c, plan), "rx"),
            _d("plan_summary_PROS_VMAT.pdf", T.halcyon_plan(c, plan), "plan"),
            _d("md_plan_review.txt", A.cprs_plan_review(c, plan), "review"),
            _d("psqa_perfraction_fx0.pdf", Q.suncheck(c, plan, c.site.beams, rates), "qa")]
    es = "'/es/ MAREN T. HOLLOWAY, MD' / 'RADIATION ONCOLOGIST' / 'Signed: %s'"
    req = {
        "plan-goals-constraints": E("met", "CPRS-style 'RAD ONC TREATMENT DIRECTIVE' note: PTV_7000 70 Gy / 28 fx and 'NORMAL TISSUE DOSE LIMITS' (rectum V65Gy < 17%%, V50Gy < 35%%, bladder, femoral heads, penile bulb); " + es % (mdy(t["rx"].date()) + " " + hm(t["rx"]))),
        "necessity-statement": E("met", "CPRS consult, PLAN: 'Statement of special need for IMRT (conventional and 3D conformal planning are not adequate here):' ... names rectum, bladder, femoral heads and penile bulb; " + es % (mdy(t["consult_sign"].date()) + " 16:45")),
        "necessity-criterion": E("met", "consult: posterior capsule within 2 mm of the rectum, bladder base over the gland (condition 1)", [1]),
        "image-review": E("met", "CPRS 'RAD ONC PLAN REVIEW': axial/coronal/sagittal CT with 107/100/95/50%% isodose lines over each PTV and every OAR; /es/ block signed and dated %s" % mdy(t["review"].date())),
        "dvh-review": E("met", "same signed note: cumulative DVHs for all targets and critical structures with achieved values"),
        "portal-description": E("met", "Halcyon-style plan summary field table: ARC1 181.0-179.0 CW, ARC2 179.0-181.0 CCW with collimator, couch, MU"),
        "dosimetric-verification": E("met", "SunCHECK-style PerFRACTION Fx0 (EPID measurement) 3%%/2 mm, both arcs above the 95%% tolerance, PASSED; role-per-column approval grid: Medical Physicist (Ph.D., DABR) %s, Radiation Oncologist %s, both 'electronically signed', after the measurement and before fraction 1 (%s)" % (
            mdy(t["qa_phys"].date()), mdy(t["qa_md"].date()), mdy(t["first_fx"].date()))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cprs+halcyon+suncheck", "CPRS-style TXT progress notes closed by '/es/ NAME, MD' + service line + 'Signed:'; Halcyon-style plan summary; SunCHECK-style EPID Fx0 report with a transposed approval grid (roles as columns).",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un02
def un02():
    cid = "un02_cpsi_pinnacle_oropharynx"
    c = ctx_for(cid, "bellwether", "oropharynx", pt("Tillery", "Wade", "Allen", "M", "1961-03-09", "000184532"), D(2025, 3, 17))
    plan = "OPX_IMRT9"
    rates = gamma_rates(c, 9)
    t = c.t
    docs = [_d("consult.txt", A.cpsi_consult(c, necessity(c.site, [4], "caps", caps=True)), "consult"),
            _d("rt_prescription.txt", A.cpsi_rx(c, plan), "rx"),
            _d("pinnacle_plan_report.pdf", T.pinnacle_plan(c, plan), "plan"),
            _d("imrt_plan_review.txt", A.cpsi_plan_review(c, plan), "review"),
            _d("matrixx_verification.docx", Q.myqa_matrixx(c, plan, c.site.beams, rates), "qa")]
    sig = "'ELECTRONICALLY SIGNED BY: DUCHARME, FRANCIS X MD   ON: %s  AT: %s'"
    req = {
        "plan-goals-constraints": E("met", "CPSI-style 'RADIATION THERAPY PRESCRIPTION': PTV_7000/6300/5600 in 35 fx and 'CRITICAL STRUCTURE DOSE CONSTRAINTS' (cord PRV Dmax < 45 Gy, brainstem, parotid, mandible, larynx, oral cavity); " + sig % (mdy2(t["rx"].date()), hm4(t["rx"]))),
        "necessity-statement": E("met", "consult (caps): 'IMRT NECESSITY (3D CONFORMAL / CONVENTIONAL NOT ADEQUATE):' + 'ORGANS AT RISK REQUIRING PROTECTION: SPINAL CORD, BRAINSTEM, RIGHT PAROTID, MANDIBLE, LARYNX AND ORAL CAVITY'; CPSI e-signature line"),
        "necessity-criterion": E("met", "consult: horseshoe-shaped nodal volume wrapping around cord and brainstem, critical tissue inside the concavity (condition 4)", [4]),
        "image-review": E("met", "CPSI 'IMRT PLAN REVIEW': CT images slice by slice with isodose curves over all targets and critical structures; " + sig % (mdy2(t["review"].date()), hm4(t["review"]))),
        "dvh-review": E("met", "same signed report: 'DOSE VOLUME HISTOGRAMS REVIEWED FOR EVERY TARGET AND CRITICAL STRUCTURE' with values"),
        "portal-description": E("met", "Pinnacle-style plan report beam table: nine static IMRT beams at gantry 200, 240, 280, 320, 0, 40, 80, 120, 160 with segments and MU"),
        "dosimetric-verification": E("met", "myQA-style MatriXX array report, composite delivery, 3%%/2 mm, every beam PASS above the 90%% action limit; 'Approved by (Physicist): Wendell Okonkwo-Price, M.S., DABR %s' and 'Reviewed by (Radiation Oncologist): DUCHARME, FRANCIS X MD %s' (verb + role in parentheses)" % (
            mdy2(t["qa_phys"].date()), mdy2(t["qa_md"].date()))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "cpsi+pinnacle+myqa", "CPSI-style caps fixed-width reports (CRLF) with 'ELECTRONICALLY SIGNED BY: LAST, FIRST M MD ON: mm/dd/yy AT: hhmm'; Pinnacle-style PDF (objectives in cGy); myQA-style DOCX with 'Approved by (Physicist)' / 'Reviewed by (Radiation Oncologist)'.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un03
def un03():
    cid = "un03_oncoemr_footer_lung"
    c = ctx_for(cid, "saguaro", "lung", pt("Barrientos", "Celia", "", "F", "1955-12-02", "SRO-204417"), D(2025, 1, 13))
    plan = "LUL_VMAT"
    rates = gamma_rates(c, 2, 95.5, 99.5)
    t = c.t
    docs = [_d("consult_note.pdf", A.oncoemr_consult(c, necessity(c.site, [1], "requires")), "consult"),
            _d("radiation_treatment_plan.pdf", A.oncoemr_txplan(c, plan), "rx"),
            _d("plan_printout_LUL_VMAT.pdf", T.oncentra_plan(c, plan), "plan"),
            _d("dose_reconstruction_qa.pdf", Q.dosimetry_check(c, plan, c.site.beams, rates), "qa"),
            _d("plan_review_note.pdf", A.oncoemr_plan_review(c, plan, Q.composite(rates)), "review")]
    foot = "page footer 'Signed by Anselm Whitfield, MD | %s MST' on every page; header field Note status = Signed"
    req = {
        "plan-goals-constraints": E("met", "OncoEMR-style 'Radiation Treatment Plan': PTV_6000 60 Gy / 30 fx and a normal-tissue constraints table (cord Dmax < 50 Gy, lungs V20 < 35%%, heart, esophagus); " + foot % (short_us(t["rx"].date()) + " " + ampm(t["rx"]))),
        "necessity-statement": E("met", "consult, Plan section: 'Why this patient requires inverse-planned IMRT rather than a three-dimensional conformal technique:' naming spinal cord, lungs, heart, esophagus; footer sign-off (the only signature, on every page)"),
        "necessity-criterion": E("met", "consult: nodal disease against the esophagus and within 8 mm of the cord (condition 1)", [1]),
        "image-review": E("met", "OncoEMR 'Plan Review' note: dose distribution inspected on the planning CT slice by slice with isodose lines over targets and normal structures; footer sign-off dated %s" % short_us(t["review"].date())),
        "dvh-review": E("met", "same note: DVHs of all targets and critical structures with values"),
        "portal-description": E("met", "Oncentra-style beam overview: ARC1 340.0 -> 170.0 CW, ARC2 170.0 -> 340.0 CCW"),
        "dosimetric-verification": E("met", "Dosimetry Check-style EPID reconstruction (measured per arc, 3D gamma 3%%/3 mm, PASS) 'Signed by: Priyanka Deshmukh, Ph.D., DABR, Medical Physicist' + the physician's signed Plan Review note reviewing the measured QA (%.1f%%) - two-document co-signature, both before fraction 1" % Q.composite(rates)),
        "compensator-design": NA_COMP()}
    return Chart(cid, "oncoemr+oncentra+dosimetrycheck", "OncoEMR-style PDF notes whose only signature is the running page footer 'Signed by <name>, MD | <date> <time> MST' (Arizona: MST all year); Oncentra-style plan; physicist-signed EPID dose reconstruction + MD QA review in the plan-review note.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un04
def un04():
    cid = "un04_medhost_xio_spine_reirradiation"
    c = ctx_for(cid, "lakeshore", "spine_reirr", pt("Pruitt", "Lyle", "Edward", "M", "1957-05-17", "L3390172"), D(2025, 4, 7))
    plan = "LSPINE_IMRT"
    rates = gamma_rates(c, 7)
    t = c.t
    nec = necessity(c.site, [3, 1], "grounds")
    docs = [_d("rad_onc_consultation.pdf", B.medhost_consult(c, nec), "consult"),
            _d("prior_course_2023_summary.txt", B.lakeshore_prior_course(c), "history"),
            _d("rad_onc_prescription.pdf", B.medhost_rx(c, plan), "rx"),
            _d("xio_plan_LSPINE_IMRT.txt", T.xio_plan(c, plan), "plan"),
            _d("plan_review.pdf", B.medhost_plan_review(c, plan), "review"),
            _d("epid_dosimetry_qa.pdf", Q.epigray(c, plan, c.site.beams, rates), "qa")]
    au = "'Authenticated By: Kowalczyk, Bernadette MD   Date/Time: %s'"
    req = {
        "plan-goals-constraints": E("met", "MEDHOST-style 'Radiation Oncology Prescription': PTV_3000 30 Gy / 10 fx and a critical-structure constraint table (conus Dmax < 28 Gy, cauda equina, kidneys, small bowel, cumulative cord EQD2 at the junction); " + au % (mdy(t["rx"].date()) + " " + hm(t["rx"]) + " " + tz_abbr(t["rx"], "central"))),
        "necessity-statement": E("met", "consultation, Recommendations: 'Grounds for choosing IMRT over a 3D conformal or conventional plan:' prior T9-T12 course, abutting portals, conus; names spinal cord/conus, cauda equina, kidneys, small bowel; authenticated by the radiation oncologist"),
        "necessity-criterion": E("met", "consult: T9-T12 irradiated in 2023, new portals must abut the old inferior border precisely (condition 3); epidural disease within 2 mm of the conus (condition 1)", [1, 3]),
        "image-review": E("met", "MEDHOST 'Radiation Oncology Plan Review': representative isodose distributions on CT images in three planes over target and every critical structure; 'Authenticated By: ... Date/Time: %s'" % mdy(t["review"].date())),
        "dvh-review": E("met", "same authenticated note: DVHs for all targets and critical structures, values listed"),
        "portal-description": E("met", "XiO-style TXT printout: 7 step-and-shoot beams with gantry 120, 145, 165, 180, 195, 215, 240, segments and MU"),
        "dosimetric-verification": E("met", "EPIgray-style EPID dosimetry per field (point dose and 3%%/3 mm gamma within tolerance); 'Authenticated By: Osei, Rafferty PhD, DABR (Medical Physicist)' %s and 'Authenticated By: Kowalczyk, Bernadette MD (Radiation Oncology)' %s" % (
            mdy(t["qa_phys"].date()), mdy(t["qa_md"].date()))),
        "compensator-design": NA_COMP("MLC step-and-shoot IMRT; no compensator")}
    return Chart(cid, "medhost+xio+epigray", "MEDHOST-style hospital PDFs signed 'Authenticated By: Last, First MD   Date/Time: ... CDT'; XiO-style fixed-width plan printout; EPIgray-style EPID QA; re-irradiation with abutting portals (condition 3) and a 2023 course summary.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un05
def un05():
    cid = "un05_communityworks_tomodirect_left_breast"
    c = ctx_for(cid, "cedar", "left_breast", pt("Lindahl", "Greta", "", "F", "1963-10-30", "CH20417736"), D(2025, 5, 5))
    plan = "LBR_TD4"
    rates = gamma_rates(c, 4)
    t = c.t
    docs = [_d("rad_onc_consultation.pdf", B.cw_consult(c, necessity(c.site, [1], "indication")), "consult"),
            _d("treatment_directive.pdf", B.cw_directive(c, plan), "rx"),
            _d("tomodirect_plan_report.pdf", T.tomodirect_plan(c, plan), "plan"),
            _d("physician_plan_evaluation.pdf", B.cw_plan_review(c, plan), "review"),
            _d("epid_pretreatment_qa.pdf", Q.adaptivo(c, plan, c.site.beams, rates), "qa")]
    v = "'Verified electronically by Anneliese Brandt-Nakamura, M.D., Ph.D. on %s'"
    req = {
        "plan-goals-constraints": E("met", "'Radiation Treatment Directive': PTV_4005 40.05 Gy / 15 fx and an OAR limit table (heart Dmean < 4 Gy, LAD D0.1cc < 20 Gy, left lung V16Gy < 15%%, right breast); " + v % (long_us(t["rx"].date()) + " " + hm(t["rx"]) + " " + tz_abbr(t["rx"], "pacific"))),
        "necessity-statement": E("met", "consultation: 'Indication for intensity modulation, in preference to conventional or 3D conformal fields:' naming heart, LAD, left lung, right breast; verified electronically by the radiation oncologist (M.D., Ph.D.)"),
        "necessity-criterion": E("met", "consult: heart and LAD immediately beneath the chest wall, LAD 4 mm from the PTV (condition 1)", [1]),
        "image-review": E("met", "'Physician Plan Evaluation': representative isodose distributions on the planning CT in three views over the PTV and every OAR; verified electronically on %s" % long_us(t["review"].date())),
        "dvh-review": E("met", "same document: DVHs for the target and all critical structures with values"),
        "portal-description": E("met", "Tomo-style TomoDirect report: 4 fixed beam angles 298, 318, 118, 138 degrees with field width and couch travel"),
        "dosimetric-verification": E("met", "Adaptivo-style EPID measurement of every beam, 3%%/2 mm, PASS; 'Verified electronically by Gideon Farraday, M.S., DABR (Medical Physics) on %s' and 'Attested by Anneliese Brandt-Nakamura, M.D., Ph.D. (Radiation Oncology) on %s'" % (
            long_us(t["qa_phys"].date()), long_us(t["qa_md"].date()))),
        "compensator-design": NA_COMP("fixed-angle binary-MLC IMRT (TomoDirect-style); no compensator")}
    return Chart(cid, "communityworks+tomodirect+adaptivo", "Oracle Health community-style PDFs closed by 'Verified electronically by <First Last, M.D., Ph.D.> on <Month d, yyyy hh:mm PDT>'; Tomo-style TomoDirect discrete-angle plan; 'Attested by' on the QA.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un06
def un06():
    cid = "un06_dictation_eclipse_cervix"
    c = ctx_for(cid, "harbor", "cervix", pt("Beaulieu", "Nadine", "", "F", "1977-07-14", "HP508213"), D(2025, 3, 3))
    plan = "CVX_VMAT"
    rates = gamma_rates(c, 2)
    t = c.t
    nec = necessity(c.site, [4], "regarding")
    first = t["first_fx"].date()
    rec_lines = ["HARBOR POINT RADIATION ASSOCIATES - TREATMENT SUMMARY AND CHARGES   (SYNTHETIC)", "",
                 "Patient: %s %s   MRN %s" % (c.pt.given, c.pt.family, c.pt.mrn),
                 "Plan %s delivered %s to %s, 25 fractions, 45 Gy / 55 Gy SIB." % (plan, mdy(first), mdy(fx_dates(first, 25)[-1])), "",
                 "CPT     Description                                   Date of service   Units",
                 "77263   Clinical treatment planning, complex          %s        1" % mdy(t["consult"].date()),
                 "77290   Simulation, complex                           %s        1" % mdy(t["sim"].date()),
                 "77301   IMRT planning                                 %s        1" % mdy(t["plan"].date()),
                 "77300   Basic dosimetry calculation                   %s        2" % mdy(t["plan"].date()),
                 "77338   MLC device(s) for IMRT                        %s        1" % mdy(t["plan"].date()),
                 "G6015   IMRT delivery, per session                    %s        1" % mdy(first),
                 "", "SYNTHETIC"]
    from u_render import Doc
    rec = Doc("", [("mono", "\n".join(rec_lines))], meta_title="Treatment summary")
    docs = [_d("consultation_dictated.docx", B.dax_consult(c, nec), "consult"),
            _d("simulation_and_directive.docx", B.dax_directive(c, plan), "rx"),
            _d("plan_document_CVX_VMAT.docx", T.eclipse_docx_plan(c, plan), "plan"),
            _d("physician_plan_review.rtf", B.dax_plan_review(c, plan), "review"),
            _d("octavius_verification.pdf", Q.veriqa(c, plan, c.site.beams, rates), "qa"),
            _d("treatment_summary_charges.txt", rec, "record")]
    att = "'Attested by: Colm Ferriter, MD, Radiation Oncology - %s'"
    req = {
        "plan-goals-constraints": E("met", "dictated 'Simulation Note and Treatment Directive' (DOCX): PTV_4500 45 Gy / 25 fx + PTV_5500 SIB and an OAR limit table (bowel bag V45Gy < 195 cc, rectum, bladder, femoral heads, bone marrow); " + att % (dmy_long(t["rx"].date()) + " " + hm(t["rx"]) + " " + tz_abbr(t["rx"], "eastern"))),
        "necessity-statement": E("met", "dictated consult: 'Regarding technique, I am recommending intensity-modulated treatment over a 3D conformal plan...' naming small bowel, rectum, bladder, femoral heads, pelvic bone marrow; 'Attested by:' the radiation oncologist"),
        "necessity-criterion": E("met", "consult: pelvic nodal CTV concave anteriorly with small bowel inside the curve (condition 4)", [4]),
        "image-review": E("met", "RTF plan review: every axial slice with isodose lines plus coronal/sagittal reconstructions over targets and critical structures; 'Attested by: ... %s'" % dmy_long(t["review"].date())),
        "dvh-review": E("met", "same attested RTF: DVHs for every target and critical structure with achieved values"),
        "portal-description": E("met", "Eclipse-style DOCX plan document field table: ARC1 181.0-179.0 CW, ARC2 179.0-181.0 CCW"),
        "dosimetric-verification": E("met", "VeriQA-style rotating-phantom 3D gamma per arc, PASSED; 'Physics approval - signed by Sunniva Ekdahl, Ph.D., DABR on %s' and 'Physician approval - signed by Colm Ferriter, MD on %s' (dd.mm.yyyy)" % (
            t["qa_phys"].strftime("%d.%m.%Y"), t["qa_md"].strftime("%d.%m.%Y"))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "dictation+eclipse-docx+veriqa", "Ambient/dictation transcriptions (DOCX, RTF) closed by 'Attested by: <name>, MD, Radiation Oncology - d Month yyyy hh:mm EST/EDT'; Eclipse-style DOCX plan; VeriQA-style report with dd.mm.yyyy release lines; TXT summary with charges.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un07
def un07():
    cid = "un07_paperforms_prowess_esophagus"
    c = ctx_for(cid, "ridgefield", "esophagus", pt("Stensrud", "Harlan", "", "M", "1954-01-26", "40317"), D(2025, 2, 24))
    plan = "ESO_IMRT7"
    rates = gamma_rates(c, 7)
    t = c.t
    s = c.site
    letter = C.ridge_letter(c, ["I saw Mr. %s today for %s. %s" % (c.pt.family, lc(s.dx), s.history),
                                "I have recommended neoadjuvant chemoradiation to 50.4 Gy in 28 fractions and we will simulate him next week."],
                            t["consult_sign"])
    docs = [_d("consult_letter.rtf", letter, "consult"),
            _d("form_RO7_necessity_prescription.pdf",
               C.ridge_form_rx(c, plan, s.reasons[1] + " A 3D plan cannot keep the heart and cord within the limits on this form.",
                               "heart, lungs, spinal cord, liver"), "rx"),
            _d("prowess_plan_report.pdf", T.prowess_plan(c, plan), "plan"),
            _d("form_RO9_plan_review.pdf", C.ridge_form_review(c, plan), "review"),
            _d("transmission_detector_qa.pdf", Q.dolphin(c, plan, s.beams, rates), "qa")]
    hs = "handwritten 'Physician signature: Ruth Achebe MD   Date: %s'"
    req = {
        "plan-goals-constraints": E("met", "Form RO-7: PTV_5040 50.4 Gy / 28 fx and a normal tissue dose limits table (heart Dmean < 26 Gy, lungs V20 < 20%%, cord Dmax < 45 Gy, liver); " + hs % mdy_s(t["rx"])),
        "necessity-statement": E("met", "Form RO-7 'Reason IMRT is needed instead of 3D / conventional:' (handwritten answer: tumour on the left atrium, within 6 mm of the cord; a 3D plan cannot keep heart and cord within limits) and 'Organs at risk near the target: heart, lungs, spinal cord, liver'; signed by hand and dated"),
        "necessity-criterion": E("met", "Form RO-7: tumour directly on the left atrium, within 6 mm of the spinal cord (condition 1)", [1]),
        "image-review": E("met", "Form RO-9 checklist: 'Isodose distribution reviewed on the CT images ... targets and all critical structures' answered 'yes' with the physician's initials; " + hs % mdy_s(t["review"])),
        "dvh-review": E("met", "Form RO-9: 'DVH reviewed for all targets and all critical structures' 'yes' with values; same signature"),
        "portal-description": E("met", "Prowess-style field list: 7 step-and-shoot fields at gantry 0, 35, 145, 180, 215, 300, 330"),
        "dosimetric-verification": E("met", "Dolphin-style transmission-detector measurement per field, PASS; hand-signed 'Physicist signature: Lars Thorvaldsen M.S. DABR Date: %s' and 'Radiation oncologist signature: Ruth Achebe MD Date: %s'" % (
            mdy_s(t["qa_phys"]), mdy_s(t["qa_md"]))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "paper-forms+prowess+dolphin", "Typed paper forms filled and signed by hand (italic script, m/d/yy dates), a /s/ consult letter in RTF; Prowess-style plan; Dolphin-style transmission-detector QA signed by hand.",
                 "", c, docs, req)


def mdy_s(t):
    from u_people import mdy_short
    return mdy_short(t.date())


# ---------------------------------------------------------------------------------------------- un08
def un08():
    cid = "un08_medhost_xio_compensator_bot"
    c = ctx_for(cid, "lakeshore", "bot_comp", pt("Gaskins", "Royce", "", "M", "1961-09-05", "L3391845"), D(2025, 6, 2))
    plan = "BOT_COMP7"
    rates = gamma_rates(c, 7)
    t = c.t
    nec = necessity(c.site, [4], "comparison") + " Delivery will be compensator-based IMRT (one milled brass compensator per portal)."
    docs = [_d("rad_onc_consultation.pdf", B.medhost_consult(c, nec), "consult"),
            _d("rad_onc_prescription.pdf", B.medhost_rx(c, plan), "rx"),
            _d("xio_plan_BOT_COMP7.txt", T.xio_plan(c, plan, compensator=True), "plan"),
            _d("compensator_design_record.pdf", B.compensator_design(c, plan), "compensator"),
            _d("plan_review.pdf", B.medhost_plan_review(c, plan), "review"),
            _d("epid_dosimetry_qa.pdf", Q.epigray(c, plan, c.site.beams, rates), "qa")]
    req = {
        "plan-goals-constraints": E("met", "'Radiation Oncology Prescription': PTV_7000 70 Gy / 35 fx, PTV_5600 56 Gy / 35 fx and a constraint table (cord Dmax < 45 Gy, brainstem, parotids, larynx, mandible); 'Authenticated By: Kowalczyk, Bernadette MD   Date/Time: ...'"),
        "necessity-statement": E("met", "consultation: 'A 3D conformal comparison plan built on the same CT could not hold the normal-tissue limits; intensity modulation is therefore required.' naming cord, brainstem, parotids, larynx, mandible; authenticated by the radiation oncologist"),
        "necessity-criterion": E("met", "consult: bilateral neck volume concave around cord and brainstem (condition 4)", [4]),
        "image-review": E("met", "authenticated plan review: isodose distributions on CT images in three planes over target and all critical structures, dated"),
        "dvh-review": E("met", "same note: DVHs for all targets and critical structures"),
        "portal-description": E("met", "XiO-style printout: 7 beams C1_G000 ... C7_G308 at gantry 0, 52, 103, 154, 206, 257, 308, each with its compensator"),
        "dosimetric-verification": E("met", "EPIgray-style EPID dosimetry per compensated field within tolerance; authenticated by the physicist (PhD, DABR, 'Medical Physicist') and by the radiation oncologist"),
        "compensator-design": E("met", "'Compensator Design Record': one milled brass compensator per portal (7 of 7) with ID, thickness range, matrix, tray and milling file, designed from each field's optimised intensity map")}
    return Chart(cid, "medhost+xio-compensator+epigray", "Compensator-based IMRT: XiO-style printout with a MODULATOR column naming one compensator per beam and a per-portal brass compensator design record; MEDHOST-style 'Authenticated By' notes.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un09
def un09():
    cid = "un09_raycare_prostate_focal_boost"
    c = ctx_for(cid, "quarry", "prostate_dil", pt("Abernathy", "Clement", "", "M", "1956-04-11", "QH-3308821"), D(2025, 5, 12))
    plan = "PROS_DIL_VMAT"
    rates = gamma_rates(c, 2)
    t = c.t
    s = c.site
    docs = [_d("consultation_note.pdf", C.q_consult(c, necessity(s, [5, 1], "decision")), "consult"),
            _d("prescription.pdf", C.q_rx(c, [(plan, s.targets, 1)]), "rx"),
            _d("plan_summary.docx", T.raystation_docx(c, [{"id": plan, "targets": s.targets, "beams": s.beams,
                                                            "goals": s.constraints, "t_plan": t["plan"]}]), "plan"),
            _d("physician_plan_review.pdf", C.q_plan_review(c, [(plan, s.target_achieved)], t["review"]), "review"),
            _d("psqa_portal_dosimetry.pdf", Q.epiqa(c, plan, s.beams, rates, t["qa_meas"], t["qa_phys"], t["qa_md"]), "qa")]
    z = "eastern"
    req = {
        "plan-goals-constraints": E("met", "RayCare-style 'Prescription': PTV_7700 77 Gy / 35 fx and GTV_DIL_9500 95 Gy / 35 fx, 'Clinical goals - organs at risk (must be met)' (rectum V72Gy < 10%%, bladder, urethra PRV, femoral heads); sign-off row 'Prescription approved | Radiation oncologist | Ingrid Vasquez-Moreau, MD | e-signed | %s'" % iso_t(t["rx"], z)),
        "necessity-statement": E("met", "consultation note: 'My decision to treat with intensity-modulated arcs instead of 3D conformal radiotherapy rests on the anatomy.' focal boost + rectum; names rectum, bladder, urethra, femoral heads; sign-off table row by the radiation oncologist (ISO 8601 timestamp with offset)"),
        "necessity-criterion": E("met", "consult: DIL escalated to 95 Gy, far above the 70-78 Gy of conventional technique (condition 5); lesion within 4 mm of the anterior rectal wall (condition 1)", [1, 5]),
        "image-review": E("met", "'Physician plan review' (RayCare-style): isodose distribution on all axial CT slices and orthogonal planes over targets and every OAR; sign-off row dated %s" % iso_t(t["review"], z)),
        "dvh-review": E("met", "same document: DVH review of targets and all critical structures with values"),
        "portal-description": E("met", "RayStation-style DOCX beam-set table: ARC1 181.0 -> 179.0 CW, ARC2 179.0 -> 181.0 CCW, collimator, couch, MU"),
        "dosimetric-verification": E("met", "EPIQA-style portal dosimetry per arc (2%%/2 mm, PASS); sign-off table 'Measurement analysis | Medical physicist | Tobias Renwick, Ph.D., DABR | e-signed | %s' and 'Physician review | Radiation oncologist | ... | e-signed | %s'" % (
            iso_t(t["qa_phys"], z), iso_t(t["qa_md"], z))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "raycare+raystation-docx+epiqa", "RayCare-style OIS documents signed in a Step | Role | Signed by | E-signature | Timestamp table with ISO 8601 offsets (2025-05-20T08:50-04:00); RayStation-style DOCX; focal dose escalation (condition 5).",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un10 / un24 (boost pair)
def boost_chart(cid, patient, consult_day, bst_md="signed"):
    c = ctx_for(cid, "quarry", "prostate_nodes", patient, consult_day, to_review=2)
    s = c.site
    t = c.t
    p1, p2 = "PELV_NODES_VMAT", "PROS_BST_VMAT"
    pday = t["plan"].date()
    t["plan2"] = at(bday(pday, 1), "11:30")
    t["qa2_meas"] = at(bday(pday, 2), "17:35")
    t["qa2_phys"] = at(bday(pday, 2), "18:10")
    t["qa2_md"] = at(t["review"].date(), "09:12")
    bst_beams = arcs((220, 140, "CW", 15, 298), (140, 220, "CCW", 345, 291), energy="10X")
    first = t["first_fx"].date()
    fx1 = fx_dates(first, 25)
    bst_first = bday(fx1[-1], 1)
    r1, r2 = gamma_rates(c, 2, salt="pelv"), gamma_rates(c, 2, salt="bst")
    docs = [_d("consultation_note.pdf", C.q_consult(c, necessity(s, [4], "special")), "consult"),
            _d("prescription_two_phases.pdf", C.q_rx(c, [(p1, [s.targets[0]], 1), (p2, [s.targets[1]], 26)]), "rx"),
            _d("plan_summaries.docx", T.raystation_docx(c, [
                {"id": p1, "targets": [s.targets[0]], "beams": s.beams, "goals": s.constraints, "t_plan": t["plan"]},
                {"id": p2, "targets": [s.targets[1]], "beams": bst_beams, "goals": s.constraints, "t_plan": t["plan2"]}]), "plan"),
            _d("physician_plan_review.pdf", C.q_plan_review(c, [
                (p1, [s.target_achieved[0]], "phase 1 alone: Bowel bag V45Gy 88 cc; Rectum Dmean 31.2 Gy; Bladder Dmean 29.5 Gy; "
                                             "Femoral heads Dmax 38.7 Gy; Penile bulb Dmean 19.8 Gy"),
                (p2, [s.target_achieved[1]], "composite of both phases: " + achieved_prose(s))], t["review"]), "review"),
            _d("psqa_PELV_NODES_VMAT.pdf", Q.epiqa(c, p1, s.beams, r1, t["qa_meas"], t["qa_phys"], t["qa_md"]), "qa"),
            _d("psqa_PROS_BST_VMAT.pdf", Q.epiqa(c, p2, bst_beams, r2, t["qa2_meas"], t["qa2_phys"], t["qa2_md"], md=bst_md), "qa"),
            _d("treatment_course_summary.txt", C.q_course_record(c, [(p1, 25, first), (p2, 19, bst_first)]), "record")]
    return c, docs, (p1, p2), bst_first


def un10():
    cid = "un10_raycare_pelvis_boost_both_signed"
    c, docs, (p1, p2), bst_first = boost_chart(cid, pt("Thibodeaux", "Gerald", "", "M", "1952-11-19", "QH-3309407"), D(2025, 1, 21))
    t = c.t
    z = "eastern"
    req = {
        "plan-goals-constraints": E("met", "RayCare-style 'Prescription' lists both phases (PELV_NODES_VMAT PTV_4500 45 Gy / 25 fx; PROS_BST_VMAT PTV_BST_3420 34.2 Gy / 19 fx) and OAR clinical goals (bowel bag, rectum, bladder, femoral heads, penile bulb); RO sign-off row %s" % iso_t(t["rx"], z)),
        "necessity-statement": E("met", "consultation: 'Statement of special need for IMRT ...' naming small bowel, rectum, bladder, femoral heads, penile bulb; RO sign-off row (shared by both courses)"),
        "necessity-criterion": E("met", "consult: pelvic nodal CTV concave anteriorly with small bowel and bladder inside the concavity (condition 4)", [4]),
        "image-review": E("met", "one signed 'Physician plan review' with a section per plan (PELV_NODES_VMAT, PROS_BST_VMAT): isodose review on all CT slices over targets and OARs; RO sign-off %s, before fraction 1" % iso_t(t["review"], z)),
        "dvh-review": E("met", "same document: DVH review for each plan, targets and critical structures"),
        "portal-description": E("met", "RayStation-style DOCX: PELV_NODES_VMAT arcs 181->179 CW / 179->181 CCW; PROS_BST_VMAT arcs 220->140 CW / 140->220 CCW"),
        "dosimetric-verification": E("met", "courses judged plan by plan (course summary names PELV_NODES_VMAT fx 1-25 and PROS_BST_VMAT fx 26-44): each plan has its own EPIQA-style measured QA (PASS) signed in the sign-off table by the medical physicist and the radiation oncologist before its first fraction"),
        "compensator-design": NA_COMP()}
    return Chart(cid, "raycare+raystation-docx+epiqa", "Initial pelvic-nodal VMAT + sequential prostate boost, each plan with its own measured QA signed by physicist and physician (twin of un24); OIS course summary names both plans.",
                 "", c, docs, req)


# ---------------------------------------------------------------------------------------------- un11
def un11():
    cid = "un11_signoff_grid_pancreas_sbrt"
    c = ctx_for(cid, "makana", "pancreas", pt("Kamakau", "Evelyn", "", "F", "1958-06-03", "MK508377"), D(2025, 6, 9), to_review=2)
    plan = "PANC_SBRT_VMAT"
    t = c.t
    s = c.site
    qday = t["qa_meas"].date()
    run1 = at(qday, "16:50")
    t["qa_meas"] = at(bday(qday, 1), "07:40")
    t["qa_phys"] = at(bday(qday, 1), "08:25")
    r1 = [round(x, 1) for x in (88.4, 87.1)]
    rates = gamma_rates(c, 2, 97.0, 99.4)
    docs = [_d("consultation.docx", C.mk_consult(c, necessity(s, [2], "requires")), "consult"),
            _d("radiation_prescription.docx", C.mk_rx(c, plan), "rx"),
            _d("plan_report_landscape.pdf", T.eclipse_landscape(c, plan), "plan"),
            _d("physician_plan_review.docx", C.mk_review(c, plan), "review"),
            _d("psqa_srs_detector.docx", Q.myqa_srs(c, plan, s.beams, rates, first_fail=(
                run1, r1, "verification CBCT of the phantom showed a 3 mm longitudinal setup offset; phantom re-positioned and the plan re-measured unchanged (no replan).")), "qa")]
    g = "sign-off grid row 'Radiation Oncologist | Leilani Kahananui | MD | e-signature (PIN) | /es/ L. Kahananui | %s HST (UTC-10:00)'"
    req = {
        "plan-goals-constraints": E("met", "'Radiation Prescription' (DOCX): PTV_3300 33 Gy / 5 fx and an OAR constraint table (duodenum D0.5cc < 35 Gy, V33Gy < 1 cc, stomach, small bowel, kidneys, cord); " + g % t["rx"].strftime("%Y-%m-%d %H:%M")),
        "necessity-statement": E("met", "consultation: 'Why this patient requires inverse-planned IMRT rather than a three-dimensional conformal technique:' duodenum immediately adjacent, reduced margin; names duodenum, stomach, small bowel, kidneys, spinal cord; RO grid row"),
        "necessity-criterion": E("met", "consult: PTV margin reduced to 2 mm toward the immediately adjacent duodenum (condition 2)", [2]),
        "image-review": E("met", "'Physician Plan Review' (DOCX): isodose lines on the planning CT slice by slice and coronal/sagittal over PTV and each OAR; " + g % t["review"].strftime("%Y-%m-%d %H:%M")),
        "dvh-review": E("met", "same document: DVH review for target and all critical structures with values"),
        "portal-description": E("met", "landscape Eclipse-style field parameter table: ARC1 181.0-179.0 CW, ARC2 179.0-181.0 CCW with collimator, couch, jaws, MU"),
        "dosimetric-verification": E("met", "myQA SRS-style report: measurement 1 composite %.1f%% FAIL (below the 90%% action level; phantom setup error found), repeat measurement of the unchanged plan %.1f%% PASS; grid rows for the Medical Physicist (M.S., DABR) %s and the Radiation Oncologist %s, both after the repeat and before fraction 1" % (
            Q.composite(r1), Q.composite(rates), t["qa_phys"].strftime("%Y-%m-%d %H:%M"), t["qa_md"].strftime("%Y-%m-%d %H:%M"))),
        "compensator-design": NA_COMP()}
    return Chart(cid, "word-signoff-grid+eclipse-landscape+myqa-srs", "Word documents signed in a Role | Name | Credentials | Method | Signature | Date/Time grid in HST (UTC-10:00); landscape Eclipse-style PDF; QA whose first measurement failed (setup error) and whose repeat passed before treatment.",
                 "", c, docs, req)


CHARTS = [un01, un02, un03, un04, un05, un06, un07, un08, un09, un10, un11]
