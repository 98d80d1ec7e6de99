"""Cases 1-3: failed QA, outcomes that are not goals, dates out of order.  Expectations are hand-written."""
from common import Chart, chart_meta, met_reqs
from fam_a import larkspur, hollins
from fam_b import cape, marlow, pinecrest
from model import D, add, fmt, pt
from parts import phase
from sites import S


def one(ch, pid, sim, **kw):
    """A single-plan course on the standard timeline from a Monday simulation."""
    assert sim.weekday() == 0
    return phase(ch, ch.site, pid, created=(add(sim, 3), "10:05"), first_fx=add(sim, 9), **kw)


def j01():
    ch = Chart("j01_qa_fail_replan_required", "larkspur", pt("Brannigan", "Walter", "40718836", "1957-08-14", "M"),
               "tonsil", "larkspur", "Case 1 trap: the only IMRT QA says OVERALL RESULT: FAIL - REPLAN REQUIRED, "
               "signed by both; no later measurement; treatment went ahead.")
    sim = D("2025-01-06")
    ph = one(ch, "TONS_VMAT_1", sim, rates=[93.8, 81.6], qa_kw={
        "composite": 87.5, "overall": "FAIL - REPLAN REQUIRED",
        "comment": "Arc2 fails in the high-gradient region between PTV_High and SpinalCord_PRV: measured dose low "
                   "by up to 6% across the posterior neck. Composite 87.5% is below the 90% action level. The plan "
                   "is not acceptable for delivery as measured; replan required before treatment."})
    w = larkspur(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4])
    return ch, chart_meta(ch, "imrt", "1 failed QA - trap", met_reqs(w, {
        "dosimetric-verification": (["incomplete"],
            "imrt_qa_TONS_VMAT_1.pdf is the only verification: OVERALL RESULT: FAIL - REPLAN REQUIRED, composite "
            "87.5% below the report's own 90% action level. Physicist and radiation oncologist signed it, but their "
            "signatures attest a failed verification; no replan or later passing measurement is in the chart, and "
            "treatment_record.txt shows the same plan delivered")}), [1, 4])


def j02():
    ch = Chart("j02_qa_fail_then_pass", "larkspur", pt("Sokolova", "Irina", "40722915", "1962-11-02", "F"),
               "tonsil2", "larkspur", "Case 1 twin: first measurement FAIL, plan re-optimised, re-measured and "
               "passed, signed by both before the first fraction.")
    sim = D("2025-01-13")
    v1 = one(ch, "TONS_VMAT_1", sim, n_fx=0, status="Superseded - replanned after QA failure", rates=[92.9, 84.0],
             qa_kw={"composite": 88.6, "overall": "FAIL - REPLAN REQUIRED",
                    "comment": "Arc2 under-doses the posterior neck by up to 5%. Replan required before treatment."})
    v2 = phase(ch, ch.site, "TONS_VMAT_2", created=(add(sim, 8), "14:10"), review=add(sim, 9), qa_date=add(sim, 10),
               first_fx=add(sim, 14), label=v1["label"], qa_kw={"version": "version 2 (replan)", "overall": "PASS",
                                                               "comment": "Replan with reduced modulation. All arcs "
                                                                          "pass; plan acceptable for treatment."})
    v2["note_extra"] = [("h", "Replan"), ("p", "TONS_VMAT_1 failed its patient-specific measurement on %s. "
                                               "TONS_VMAT_2 was re-optimised on the same CT with the same "
                                               "prescription and limits." % fmt(add(sim, 7)))]
    w = larkspur(ch, [v1, v2], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4], nec_variant=1,
                 plan_codes=["77301", None])
    w["dosimetric-verification"] = (
        "imrt_qa_TONS_VMAT_1.pdf failed (replan required); the delivered replan TONS_VMAT_2 was measured on %s, "
        "composite %.1f%%, OVERALL RESULT: PASS, signed by the physicist (%s) and the radiation oncologist (%s), "
        "before the first fraction %s" % (fmt(add(sim, 10)), v2["qa"]["composite"], fmt(add(sim, 10)),
                                          fmt(add(sim, 11)), fmt(v2["fx"][0])))
    return ch, chart_meta(ch, "imrt", "1 failed QA - twin", met_reqs(w), [1, 4])


def j03():
    ch = Chart("j03_gamma_below_action_level", "hollins", pt("Whitlock", "Desmond", "H-0093371", "1951-05-23", "M"),
               "prostate", "hollins", "Case 1 trap: QA worksheet composite 88.4% with the worksheet's own action "
               "level 90% (tolerance 95%); no pass/fail line; signed by both; never re-measured.")
    sim = D("2025-01-27")
    ph = one(ch, "PROS_VMAT_1", sim, rates=[91.2, 85.7], qa_kw={
        "composite": 88.4, "comment": "Arc2 disagreement concentrated at the posterior PTV edge next to the "
                                      "rectum."})
    w = hollins(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[5, 2])
    return ch, chart_meta(ch, "imrt", "1 failed QA - trap", met_reqs(w, {
        "dosimetric-verification": (["incomplete"],
            "psqa_PROS_VMAT_1.docx: composite gamma 88.4% (Arc2 85.7%) is below the worksheet's own action level "
            "of 90% (tolerance 95%). The worksheet states no pass, the signatures of physicist and radiation "
            "oncologist do not make a failed measurement a verification, and no later measurement exists")}), [5, 2])


def j04():
    ch = Chart("j04_gamma_above_action_level", "hollins", pt("Abernathy", "Cyril", "H-0094802", "1949-12-09", "M"),
               "prostate", "hollins", "Case 1 twin of j03: same worksheet, composite well above tolerance.")
    sim = D("2025-02-03")
    ph = one(ch, "PROS_VMAT_1", sim, rates=[97.1, 98.0], qa_kw={"comment": "Good agreement on both arcs."})
    w = hollins(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[5, 2])
    return ch, chart_meta(ch, "imrt", "1 failed QA - twin", met_reqs(w), [5, 2])


def j05():
    ch = Chart("j05_dvh_results_no_goals", "marlow", pt("Tran-Ellery", "Bao", "MC5530187", "1968-03-30", "M"),
               "nasopharynx", "marlow", "Case 2 trap: no prescription or directive; a Plan Evaluation printout of "
               "achieved DVH results is the only dose information.")
    sim = D("2025-02-10")
    ph = one(ch, "NPX_VMAT_1", sim)
    w = marlow(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4], directive=False,
               evaluation_only=True)
    return ch, chart_meta(ch, "imrt", "2 outcomes are not goals - trap", met_reqs(w, {
        "plan-goals-constraints": (["missing"],
            "No prescription or directive in the chart. plan_evaluation_NPX_VMAT_1.docx lists only achieved "
            "results (PTV_High D95 69.6 Gy, Brainstem Dmax 51.8 Gy, ...) and the consult defers dose to a "
            "prescription that was never filed: outcomes, not stated goals or constraints"),
        "portal-description": (["met"], "plan_evaluation_NPX_VMAT_1.docx: treatment-field table, 3 VMAT arcs "
                                        "with gantry start/stop and direction")}), [1, 4])


def j06():
    ch = Chart("j06_directive_with_goals", "marlow", pt("Ferrante", "Giulia", "MC5530642", "1971-07-19", "F"),
               "nasopharynx", "marlow", "Case 2 twin of j05: signed planning directive with target doses and OAR "
               "limits; plan summary with constraints.")
    sim = D("2025-02-24")
    w = marlow(ch, [one(ch, "NPX_VMAT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4])
    return ch, chart_meta(ch, "imrt", "2 outcomes are not goals - twin", met_reqs(w), [1, 4])


def j07():
    ch = Chart("j07_oar_values_achieved_only", "cape", pt("Haverford", "Lionel", "CA-771204", "1959-02-11", "M"),
               "gbm", "cape", "Case 2 trap (incomplete): OIS prescription gives 60 Gy/30 to PTV_6000 but no OAR "
               "limits; the plan document shows brainstem/chiasm values only as achieved DVH statistics.")
    sim = D("2025-03-03")
    w = cape(ch, [one(ch, "GBM_IMRT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1], oar_limits=False,
             plan_goals="none")
    return ch, chart_meta(ch, "imrt", "2 outcomes are not goals - trap", met_reqs(w, {
        "plan-goals-constraints": (["incomplete"],
            "clarion_rx.txt states the target goal (PTV_6000 60 Gy in 30 fractions, approved by the radiation "
            "oncologist) but no critical-structure constraint; plan_GBM_IMRT_1.pdf gives Brainstem Dmax 52.6 Gy, "
            "OpticChiasm Dmax 44.1 Gy etc. only as achieved DVH statistics, which are results, not limits")}), [1])


def j08():
    ch = Chart("j08_oar_limits_stated", "cape", pt("Moreau-Blaine", "Celeste", "CA-771388", "1964-09-27", "F"),
               "gbm", "cape", "Case 2 twin of j07: OIS prescription with an organ-at-risk limits section; plan "
               "document with planning constraints.")
    sim = D("2025-03-10")
    w = cape(ch, [one(ch, "GBM_IMRT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1])
    return ch, chart_meta(ch, "imrt", "2 outcomes are not goals - twin", met_reqs(w), [1])


def j09():
    ch = Chart("j09_md_qa_signed_before_measurement", "pinecrest",
               pt("Kowalczyk", "Stanislaw", "PRC2208841", "1955-06-05", "M"), "larynx", "pinecrest",
               "Case 3 trap: the radiation oncologist's QA signature is dated the day before the measurement.")
    sim = D("2025-03-17")
    c = ch.clinic
    ph = one(ch, "LARX_VMAT_1", sim, qa_date=add(sim, 8), qa_sigs=[(c.phys, add(sim, 8)), (c.md, add(sim, 7))])
    w = pinecrest(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1])
    return ch, chart_meta(ch, "imrt", "3 dates out of order - trap", met_reqs(w, {
        "dosimetric-verification": (["incomplete"],
            "planproof_LARX_VMAT_1.pdf: measured %s, physicist signed %s, but the radiation oncologist's line is "
            "dated %s, the day before the measurement existed; that signature attests nothing, so the physician's "
            "review of the verification is not documented" % (fmt(add(sim, 8)), fmt(add(sim, 8)), fmt(add(sim, 7))))}),
        [4, 1])


def j10():
    ch = Chart("j10_md_qa_signed_after_measurement", "pinecrest",
               pt("Delgado-Frye", "Ramona", "PRC2209017", "1958-10-13", "F"), "larynx", "pinecrest",
               "Case 3 twin of j09: both QA signatures dated on or after the measurement, before the first fraction.")
    sim = D("2025-03-24")
    c = ch.clinic
    ph = one(ch, "LARX_VMAT_1", sim, qa_date=add(sim, 8), qa_sigs=[(c.phys, add(sim, 8)), (c.md, add(sim, 8))])
    w = pinecrest(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1])
    return ch, chart_meta(ch, "imrt", "3 dates out of order - twin", met_reqs(w), [4, 1])


def j11():
    ch = Chart("j11_review_predates_plan", "hollins", pt("Nakashima", "Etsuko", "H-0095116", "1960-01-22", "F"),
               "anal", "hollins", "Case 3 trap: the physician plan review (isodose and DVH) is signed two days "
               "before the plan it names was created.")
    sim = D("2025-04-07")
    ph = one(ch, "ANAL_IMRT_1", sim, review=add(sim, 1))
    w = hollins(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1], nec_variant=2)
    why = ("plan_review_ANAL_IMRT_1.pdf is e-signed %s, but ANAL_IMRT_1_export.txt shows the plan created %s and "
           "its dose calculated the same day; a review signed before the plan existed attests nothing (it even "
           "quotes the final plan's values)" % (fmt(add(sim, 1)), fmt(add(sim, 3))))
    return ch, chart_meta(ch, "imrt", "3 dates out of order - trap", met_reqs(w, {
        "image-review": (["incomplete"], why), "dvh-review": (["incomplete"], why)}), [4, 1])


def j12():
    ch = Chart("j12_review_follows_plan", "hollins", pt("Oyelowo", "Bernadette", "H-0095430", "1957-04-30", "F"),
               "anal", "hollins", "Case 3 twin of j11: the plan review is signed the day after the plan was created.")
    sim = D("2025-04-14")
    w = hollins(ch, [one(ch, "ANAL_IMRT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1],
                nec_variant=2)
    return ch, chart_meta(ch, "imrt", "3 dates out of order - twin", met_reqs(w), [4, 1])


CHARTS = [j01, j02, j03, j04, j05, j06, j07, j08, j09, j10, j11, j12]
_ = S
