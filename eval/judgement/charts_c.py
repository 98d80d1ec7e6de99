"""Cases 5-7: 3D courses are not IMRT, two courses are not one, misfiled QA."""
from charts_a import one
from common import Chart, chart_meta, met_reqs, all_na, REQS
from fam_a import larkspur, hollins
from fam_b import cape, marlow, pinecrest
from model import D, add, fmt, pt
from parts import phase
from sites import S

NA3D = "3D conformal course (no inverse planning, no intensity modulation): the IMRT documentation checklist " \
       "does not apply. "


def _three_d(ch, pid, sim, **kw):
    return one(ch, pid, sim, technique="3d", **kw)


def j21():
    ch = Chart("j21_3d_lung_imrt_considered", "larkspur", pt("Marchetti", "Orla", "40739961", "1948-01-16", "F"),
               "lung3d", "larkspur", "Case 5 trap: 3D conformal lung; the consult says IMRT was considered and is "
               "not needed; 77295 billed; physics check says no phantom measurement for a 3D plan.")
    sim = D("2025-07-14")
    larkspur(ch, [_three_d(ch, "LLL_3D_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[], mode="3d",
             plan_codes=["77295"])
    why = NA3D + "consult: 'IMRT was considered and is not needed ... a four-field 3D conformal plan meets every " \
                 "dose constraint'; plan_LLL_3D_1.pdf is 3D conformal with four static fields; 77295 billed. A " \
                 "mention that rejects IMRT is not IMRT evidence"
    return ch, chart_meta(ch, "3d", "5 3D course - trap", all_na(why), [])


def j22():
    ch = Chart("j22_vmat_lung", "larkspur", pt("Strand", "Halvard", "40740214", "1954-07-07", "M"),
               "lung", "larkspur", "Case 5 twin of j21: the same clinic's VMAT lung course, 77301 billed, every "
               "IMRT requirement documented.")
    sim = D("2025-07-21")
    w = larkspur(ch, [one(ch, "RUL_VMAT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4], nec_variant=3)
    return ch, chart_meta(ch, "imrt", "5 3D course - twin", met_reqs(w), [1, 4])


def j23():
    ch = Chart("j23_3d_breast_field_in_field", "marlow", pt("Carrow", "Philippa", "MC5532690", "1966-08-21", "F"),
               "breast_fif", "marlow", "Case 5 trap: left breast DIBH tangents with forward-planned field-in-field "
               "segments (several MLC segments per gantry angle); consult: inverse-planned IMRT not indicated; 77295.")
    sim = D("2025-08-04")
    marlow(ch, [_three_d(ch, "LBR_TAN_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[], mode="3d",
           plan_codes=["77295"])
    why = NA3D + "Forward-planned field-in-field tangents are conventional/3D planning even though each gantry " \
                 "angle has more than one MLC segment; the consult states inverse-planned IMRT is not indicated; " \
                 "77295 billed; no compensator of any kind"
    return ch, chart_meta(ch, "3d", "5 3D course - trap", all_na(why), [])


def j24():
    ch = Chart("j24_3d_rectum_billed_77301", "hollins", pt("Eberhardt", "Klaus", "H-0096611", "1958-04-12", "M"),
               "rectum3d", "hollins", "Case 5 trap: three-field 3D conformal short-course rectum, documented as 3D "
               "throughout, but charges.csv bills 77301.")
    sim = D("2025-08-11")
    hollins(ch, [_three_d(ch, "RECT_3FLD_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[], mode="3d",
            plan_codes=["77301"])
    why = NA3D + "Every document describes a three-field 3D conformal plan (RECT_3FLD_1_export.txt, consult: " \
                 "'IMRT is not required'). charges.csv bills 77301: the charge is wrong, not the documentation; " \
                 "a billed code does not make the course IMRT"
    return ch, chart_meta(ch, "3d", "5 3D course - trap", all_na(why), [])


def _boost_phases(ch, sim, site, boost_sigs=None, p1_technique="imrt"):
    c = ch.clinic
    p1s, p2s = site["phases"]
    p1 = phase(ch, p1s, p1s["plan"], created=(add(sim, 3), "10:05"), first_fx=add(sim, 9), label=p1s["name"],
               technique=p1_technique,
               plan_technique="3D conformal, four-field box" if p1_technique == "3d" else "VMAT")
    cd = p1["fx"][17]
    p2 = phase(ch, p2s, p2s["plan"], created=(cd, "13:30"), first_fx=add(p1["fx"][-1], 1), label=p2s["name"],
               qa_sigs=boost_sigs and boost_sigs(c, add(cd, 4)), plan_technique="VMAT")
    return p1, p2


def _courses(p1, p2, f1, f2):
    out = []
    for ph, (files, reqs) in ((p1, f1), (p2, f2)):
        out.append({"name": ph["label"], "technique": ph["technique"], "documents": files,
                    "requirements": {k: {"status": v[0], "why": v[1]} for k, v in reqs.items()}})
    return out


def j25():
    ch = Chart("j25_boost_qa_physicist_only", "pinecrest",
               pt("Mbeki-Lawson", "Theo", "PRC2211480", "1955-10-30", "M"), "prost_nodes", "pinecrest",
               "Case 6 trap: pelvic VMAT then a sequential prostate VMAT boost, each with its own plan and QA; the "
               "boost QA is signed by the physicist only (physician line blank).")
    sim = D("2025-08-18")
    p1, p2 = _boost_phases(ch, sim, ch.site, boost_sigs=lambda c, d: [(c.phys, d), (c.md, None)])
    w = pinecrest(ch, [p1, p2], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 5], nec_variant=2)
    gap = (["incomplete"], "planproof_BOOST_VMAT.pdf (the boost's own verification): 'Physicist: ... Date: %s' "
                           "signed, 'Radiation Oncologist: ____ Date: ____' blank. The initial course's QA signature "
                           "does not cover a different plan" % fmt(add(p2["plan"]["created"][0], 4)))
    c1 = met_reqs(w)
    c1["dosimetric-verification"] = (["met"], "planproof_PELV_VMAT.pdf signed by physicist and radiation oncologist")
    c2 = met_reqs(w, {"dosimetric-verification": gap})
    courses = _courses(p1, p2, (["consult_%s.pdf" % add(sim, -7).strftime("%Y%m%d"), "prescription.pdf",
                                 "plan_PELV_VMAT.pdf", "plan_review_PELV_VMAT.pdf", "planproof_PELV_VMAT.pdf"], c1),
                       (["consult_%s.pdf" % add(sim, -7).strftime("%Y%m%d"), "prescription.pdf",
                         "plan_BOOST_VMAT.pdf", "plan_review_BOOST_VMAT.pdf", "planproof_BOOST_VMAT.pdf"], c2))
    return ch, chart_meta(ch, "imrt", "6 two courses - trap", met_reqs(w, {"dosimetric-verification": (
        gap[0], "most severe across the two IMRT courses: " + gap[1])}), [4, 5], courses)


def j26():
    ch = Chart("j26_boost_qa_both_signed", "pinecrest",
               pt("Fairweather", "Ignatius", "PRC2211795", "1952-03-03", "M"), "prost_nodes", "pinecrest",
               "Case 6 twin of j25: both courses' QA signed by physicist and radiation oncologist.")
    sim = D("2025-09-08")
    p1, p2 = _boost_phases(ch, sim, ch.site)
    w = pinecrest(ch, [p1, p2], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 5], nec_variant=2)
    w["dosimetric-verification"] = "planproof_PELV_VMAT.pdf and planproof_BOOST_VMAT.pdf: each course measured and " \
                                   "signed by the physicist and the radiation oncologist before its first fraction"
    cons = "consult_%s.pdf" % add(sim, -7).strftime("%Y%m%d")
    courses = _courses(p1, p2, ([cons, "prescription.pdf", "plan_PELV_VMAT.pdf", "plan_review_PELV_VMAT.pdf",
                                 "planproof_PELV_VMAT.pdf"], met_reqs(w)),
                       ([cons, "prescription.pdf", "plan_BOOST_VMAT.pdf", "plan_review_BOOST_VMAT.pdf",
                         "planproof_BOOST_VMAT.pdf"], met_reqs(w)))
    return ch, chart_meta(ch, "imrt", "6 two courses - twin", met_reqs(w), [4, 5], courses)


def j27():
    ch = Chart("j27_adaptive_replan_qa_physicist_only", "cape",
               pt("Lockhart", "Simeon", "CA-773402", "1964-12-18", "M"), "bot_adaptive", "cape",
               "Case 6 trap: base-of-tongue VMAT replanned at fraction 15 on a repeat CT after weight loss; the "
               "initial plan's QA memo is signed by both, the replan's by the physicist only.")
    sim = D("2025-09-15")
    c = ch.clinic
    p1s, p2s = ch.site["phases"]
    p1 = phase(ch, p1s, p1s["plan"], created=(add(sim, 3), "10:05"), first_fx=add(sim, 9), n_fx=15, label="Course 1",
               plan_technique="VMAT")
    f = p1["fx"]
    p2 = phase(ch, p2s, p2s["plan"], created=(f[11], "16:20"), review=f[12], qa_date=f[13],
               qa_sigs=[(c.phys, f[13])], first_fx=add(f[14], 1), n_fx=20, label="Course 1", plan_technique="VMAT",
               qa_kw={"comment": "Replan on the repeat CT; both arcs pass."})
    p2["note_extra"] = [("h", "Adaptive replan"),
                        ("p", "Weight loss of 9 kg with visible change of the neck contour and mask fit. Repeat "
                              "planning CT on %s; targets and organs at risk re-contoured; BOT_VMAT_2R replaces "
                              "BOT_VMAT_1 from fraction 16. Same prescription and limits." % fmt(f[10]))]
    w = cape(ch, [p1, p2], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1], nec_variant=1,
             plan_codes=["77301", "77301:76"],
             log_extra=[(f[10], "12:40", c.rtt.lastfirst + " RTT", "Repeat CT simulation",
                         "Re-scan after weight loss; new mask")])
    gap = (["incomplete"], "qa_memo_BOT_VMAT_2R.rtf, the replan's own verification, carries only the physicist's "
                           "/s/ line; no radiation oncologist signature (the log shows no co-signature). The "
                           "initial plan's co-signed memo verifies a different plan")
    c1 = met_reqs(w)
    c1["dosimetric-verification"] = (["met"], "qa_memo_BOT_VMAT_1.rtf signed /s/ by physicist and radiation "
                                              "oncologist")
    courses = _courses(p1, p2, (["consult_%s.rtf" % add(sim, -7).strftime("%Y%m%d"), "clarion_rx.txt",
                                 "plan_BOT_VMAT_1.pdf", "planning_note_BOT_VMAT_1.rtf", "qa_memo_BOT_VMAT_1.rtf"], c1),
                       (["clarion_rx.txt", "plan_BOT_VMAT_2R.pdf", "planning_note_BOT_VMAT_2R.rtf",
                         "qa_memo_BOT_VMAT_2R.rtf", "consult_%s.rtf" % add(sim, -7).strftime("%Y%m%d")],
                        met_reqs(w, {"dosimetric-verification": gap})))
    courses[0]["name"], courses[1]["name"] = "Initial plan BOT_VMAT_1 (fx 1-15)", "Adaptive replan BOT_VMAT_2R (fx 16-35)"
    return ch, chart_meta(ch, "imrt", "6 two courses - trap", met_reqs(w, {"dosimetric-verification": (
        gap[0], "most severe across the two IMRT plans: " + gap[1])}), [4, 1], courses)


def j28():
    ch = Chart("j28_3d_pelvis_then_imrt_boost", "hollins",
               pt("Vandermeer", "Jasper", "H-0097105", "1950-06-26", "M"), "prost_3d_boost", "hollins",
               "Case 6: a 3D four-field pelvic course (77295, MU check only, no IMRT QA, no necessity for it) and a "
               "VMAT prostate boost with full IMRT documentation. IMRT requirements are judged on the boost only.")
    sim = D("2025-09-22")
    p1, p2 = _boost_phases(ch, sim, ch.site, p1_technique="3d")
    w = hollins(ch, [p1, p2], consult=add(sim, -7), rx=add(sim, 1), conds=[5, 1], mode="mixed",
                plan_codes=["77295", "77301"])
    cons = "consult_%s.pdf" % add(sim, -7).strftime("%Y%m%d")
    na = all_na("Phase 1 is a 3D conformal four-field box (PELV_4FLD_export.txt, MU check only): the IMRT "
                "checklist does not apply to it")
    courses = _courses(p1, p2, ([cons, "rx_%s.pdf" % add(sim, 1).strftime("%Y%m%d"), "PELV_4FLD_export.txt",
                                 "plan_review_PELV_4FLD.pdf", "mu_check_PELV_4FLD.docx"], na),
                       ([cons, "rx_%s.pdf" % add(sim, 1).strftime("%Y%m%d"), "PROS_BOOST_VMAT_export.txt",
                         "plan_review_PROS_BOOST_VMAT.pdf", "psqa_PROS_BOOST_VMAT.docx"], met_reqs(w)))
    return ch, chart_meta(ch, "mixed", "6 two courses - trap", met_reqs(w), [5, 1], courses)


def _misfile(cid, clinic, patient, site, other, fam, sim, pid, desc, case, conds, **fam_kw):
    ch = Chart(cid, clinic, patient, site, clinic, desc)
    ph = one(ch, pid, sim)
    if other:
        ph["qa"]["patient"] = other[0]
        ph["qa"]["plan_id"] = other[1]
    w = fam(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=conds, **fam_kw)
    return ch, w


def j29():
    other = pt("Pemberton", "Hollis", "40712290", "1949-03-15", "M")
    ch, w = _misfile("j29_qa_belongs_to_other_patient", "larkspur", pt("Dunmore", "Felicity", "40745588", "1967-09-09",
                     "F"), "parotid", (other, "PEMB_HN_IMRT"), larkspur, D("2025-10-06"), "RPAR_IMRT_1",
                     "Case 7 trap: the only QA report in the chart is another patient's (Pemberton, Hollis; other "
                     "MRN, DOB and plan), signed by both.", "7", [1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "7 misfiled QA - trap", met_reqs(w, {"dosimetric-verification": (["missing"],
        "Misfile: imrt_qa_RPAR_IMRT_1.pdf is for Pemberton, Hollis (ID 40712290, DOB 15-Mar-1949, plan PEMB_HN_IMRT), "
        "not this patient (Dunmore, Felicity, 40745588, 1967-09-09). Another patient's verification does not count, "
        "and the chart holds no QA of RPAR_IMRT_1")}), [1])


def j30():
    ch, w = _misfile("j30_qa_own_patient", "larkspur", pt("Ashgrove", "Nell", "40746031", "1970-01-04", "F"),
                     "parotid", None, larkspur, D("2025-10-13"), "RPAR_IMRT_1",
                     "Case 7 twin of j29: the QA report is the patient's own.", "7", [1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "7 misfiled QA - twin", met_reqs(w), [1])


def j31():
    other = pt("Castellanos", "Irene", "H-0098215", "1961-02-08", "F")
    ch, w = _misfile("j31_qa_namesake_misfile", "hollins", pt("Castellanos", "Ines", "H-0097462", "1959-05-21", "F"),
                     "hypopharynx", (other, "HYPO_VMAT_1"), hollins, D("2025-06-23"), "HYPO_VMAT_1",
                     "Case 7 trap (subtle): the QA worksheet is for a namesake (Castellanos, Irene) with a different "
                     "MRN and DOB but the same plan name.", "7", [4, 1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "7 misfiled QA - trap", met_reqs(w, {"dosimetric-verification": (["missing"],
        "Misfile: psqa_HYPO_VMAT_1.docx is for Castellanos, Irene (MRN H-0098215, DOB 02/08/1961), not this patient "
        "(Castellanos, Ines, H-0097462, 05/21/1959), even though the surname and the plan label HYPO_VMAT_1 match. "
        "It does not count and the chart holds no QA of her own")}), [4, 1])


CHARTS = [j21, j22, j23, j24, j25, j26, j27, j28, j29, j30, j31]
_ = (S, REQS, marlow, cape)
