"""Case 4: late signatures (policy: > 30 days after the 77301 date of service and after the first fraction,
on a pre-treatment item, not identified as a late entry -> incomplete; an identified late entry ->
needs_review; pre-treatment QA measured after the first fraction -> incomplete)."""
from charts_a import one
from common import Chart, chart_meta, met_reqs
from fam_a import larkspur, hollins
from fam_b import cape, marlow, pinecrest
from model import D, add, fmt, pt
from parts import plan_dos


def j13():
    ch = Chart("j13_review_signed_late_unlabelled", "cape", pt("Rutherford", "Amos", "CA-772019", "1953-12-01", "M"),
               "esophagus", "cape", "Case 4 trap: planning note headed with the planning date but signed 43 days "
               "after the 77301 date and 38 days after the first fraction, with no late-entry label.")
    sim = D("2025-04-21")
    late = add(sim, 47)
    ph = one(ch, "ESO_VMAT_1", sim, review=late, late_of=add(sim, 4))
    w = cape(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1], nec_variant=0)
    why = ("planning_note_ESO_VMAT_1.rtf is dated %s at the top but its only signature is /s/ %s: %d days after the "
           "77301 date of service (%s) and %d days after the first fraction (%s, clarion_activity_log.txt), with no "
           "late-entry label. Under this set's policy a pre-treatment review signed that late is not documentation "
           "of a review done before treatment" % (fmt(add(sim, 4)), fmt(late), (late - plan_dos(ph)).days,
                                                 fmt(plan_dos(ph)), (late - ph["fx"][0]).days, fmt(ph["fx"][0])))
    return ch, chart_meta(ch, "imrt", "4 late signatures - trap", met_reqs(w, {
        "image-review": (["incomplete"], why), "dvh-review": (["incomplete"], why)}), [1])


def j14():
    ch = Chart("j14_review_signed_timely", "cape", pt("Pettigrew", "Franklin", "CA-772287", "1950-08-08", "M"),
               "esophagus", "cape", "Case 4 twin of j13: the planning note is signed the day after the plan was "
               "created, five days before the first fraction.")
    sim = D("2025-05-05")
    w = cape(ch, [one(ch, "ESO_VMAT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "4 late signatures - twin", met_reqs(w), [1])


def j15():
    ch = Chart("j15_late_entry_addendum", "larkspur", pt("Galloway", "Rosalind", "40731174", "1956-03-17", "F"),
               "pancreas", "larkspur", "Case 4 trap: the only plan review is an addendum clearly marked LATE ENTRY, "
               "written and signed 36 days after the first fraction for a review said to be done before treatment.")
    sim = D("2025-05-12")
    late = add(sim, 45)
    ph = one(ch, "PANC_VMAT_1", sim, review=late, review_kind="late_entry", late_of=add(sim, 4))
    w = larkspur(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4], nec_variant=2)
    why = ("planning_note_PANC_VMAT_1.txt is an identified late entry: 'LATE ENTRY - addendum written on %s for the "
           "plan review of PANC_VMAT_1, which was performed on %s', e-signed %s, %d days after the first fraction "
           "(%s). A dated, labelled late entry is not rejected outright; a person must judge whether it is credible"
           % (fmt(late), fmt(add(sim, 4)), fmt(late), (late - ph["fx"][0]).days, fmt(ph["fx"][0])))
    return ch, chart_meta(ch, "imrt", "4 late signatures - trap", met_reqs(w, {
        "image-review": (["needs_review"], why), "dvh-review": (["needs_review"], why)}), [1, 4])


def j16():
    ch = Chart("j16_review_before_first_fraction", "larkspur", pt("Iyengar", "Vikram", "40731502", "1961-06-29", "M"),
               "pancreas", "larkspur", "Case 4 twin of j15: the planning note is written and signed before "
               "treatment; no addendum.")
    sim = D("2025-05-19")
    w = larkspur(ch, [one(ch, "PANC_VMAT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 4],
                 nec_variant=2)
    return ch, chart_meta(ch, "imrt", "4 late signatures - twin", met_reqs(w), [1, 4])


def j17():
    ch = Chart("j17_qa_measured_after_first_fraction", "marlow",
               pt("Whitfield-Osei", "Adwoa", "MC5531009", "1974-02-14", "F"), "cervix", "marlow",
               "Case 4 trap: the pre-treatment IMRT QA was measured two days after the first fraction (signed by "
               "both, passing).")
    sim = D("2025-06-02")
    ph = one(ch, "CVX_VMAT_1", sim, qa_date=add(sim, 11))
    w = marlow(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "4 late signatures - trap", met_reqs(w, {
        "dosimetric-verification": (["incomplete"],
            "imrt_delivery_verification_CVX_VMAT_1.docx measured %s, but treatment_record.docx shows fraction 1 on "
            "%s: the patient-specific verification of the plan was done after treatment began, so the plan was "
            "not verified before delivery (signed by both, composite %.1f%%)" % (
                fmt(add(sim, 11)), fmt(ph["fx"][0]), ph["qa"]["composite"]))}), [4, 1])


def j18():
    ch = Chart("j18_qa_measured_before_first_fraction", "marlow",
               pt("Brennecke", "Lotte", "MC5531277", "1969-11-25", "F"), "cervix", "marlow",
               "Case 4 twin of j17: QA measured and signed two days before the first fraction.")
    sim = D("2025-06-09")
    w = marlow(ch, [one(ch, "CVX_VMAT_1", sim)], consult=add(sim, -7), rx=add(sim, 1), conds=[4, 1], nec_variant=0)
    return ch, chart_meta(ch, "imrt", "4 late signatures - twin", met_reqs(w), [4, 1])


def j19():
    ch = Chart("j19_qa_md_cosign_late", "pinecrest", pt("Quarles", "Dashiell", "PRC2210356", "1963-05-09", "M"),
               "tongue", "pinecrest", "Case 4 trap: physicist signs the QA on the measurement day; the radiation "
               "oncologist's line is dated 40 days after the first fraction, not labelled as a late entry.")
    sim = D("2025-06-16")
    c = ch.clinic
    late = add(sim, 49)
    ph = one(ch, "TONG_VMAT_1", sim, qa_sigs=[(c.phys, add(sim, 7)), (c.md, late)])
    w = pinecrest(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1], nec_variant=1)
    return ch, chart_meta(ch, "imrt", "4 late signatures - trap", met_reqs(w, {
        "dosimetric-verification": (["incomplete"],
            "planproof_TONG_VMAT_1.pdf: measured and signed by the physicist %s, but 'Radiation Oncologist: ... "
            "Date: %s' is %d days after the first fraction (%s) and %d days after the 77301 date of service, "
            "without a late-entry label; the physician's half of the two-signature rule is not documented before "
            "treatment" % (fmt(add(sim, 7)), fmt(late), (late - ph["fx"][0]).days, fmt(ph["fx"][0]),
                           (late - plan_dos(ph)).days))}), [1])


def j20():
    ch = Chart("j20_prescription_signed_late", "hollins", pt("Albescu", "Teodor", "H-0096038", "1952-09-03", "M"),
               "maxillary", "hollins", "Case 4 trap: the prescription with goals and OAR limits carries the planning "
               "date but was e-signed 35 days after the first fraction; the plan export is signed only by "
               "dosimetrist and physicist.")
    sim = D("2025-07-07")
    ph = one(ch, "MAX_VMAT_1", sim)
    late = add(ph["fx"][0], 35)
    w = hollins(ch, [ph], consult=add(sim, -7), rx=add(sim, 1), conds=[1, 2], nec_variant=3, rx_signed=late,
                plan_goals="none")
    return ch, chart_meta(ch, "imrt", "4 late signatures - trap", met_reqs(w, {
        "plan-goals-constraints": (["incomplete"],
            "rx_%s.pdf states PTV_6600 66 Gy/33 fx and OAR limits, but its only signature is dated %s, %d days after "
            "the first fraction (%s) and %d days after the 77301 date, with no late-entry label: the prescription "
            "(the plan approval) was not signed before treatment. MAX_VMAT_1_export.txt carries the target "
            "prescription but no objectives, so the physician's timely approval of that plan gives the target goal "
            "only; the OAR limits exist only in the late-signed prescription" % (add(sim, 1).strftime("%Y%m%d"), fmt(late), 35,
                                                    fmt(ph["fx"][0]), (late - plan_dos(ph)).days))}), [1, 2])


CHARTS = [j13, j14, j15, j16, j17, j18, j19, j20]
