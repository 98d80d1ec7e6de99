#!/usr/bin/env python3
"""novel_l: 12 blind synthetic IMRT charts from academic teaching departments.

Usage:
  /work/main/.venv/bin/python eval/novel_l/generate.py                 # rewrites charts/ and charts_index.csv here
  /work/main/.venv/bin/python eval/novel_l/generate.py --out /tmp/x    # writes /tmp/x/charts and /tmp/x/charts_index.csv
  add --quiet to skip the grid, --dump DIR to also write every file's extracted text

The expectations below were written by hand from the LCD and docs/requirements.md; nothing here runs the tool.
"""
import argparse
import csv
import datetime as dt
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nl_bw as bw  # noqa: E402
import nl_lm as lm  # noqa: E402
import nl_wc as wc  # noqa: E402
from nl_common import Chart  # noqa: E402
from nl_render import extract, render  # noqa: E402

IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "needs_review", "not_applicable"}
COND_NAMES = {1: "close proximity to critical structures (condition 1)",
              2: "narrow margins to protect immediately adjacent structures (condition 2)",
              3: "an immediately adjacent, previously irradiated area with abutting portals (condition 3)",
              4: "a concave/convex target with critical tissue within or around it (condition 4)",
              5: "dose escalation beyond conventional doses (condition 5)"}

D = dt.date

CHARTS = [
    dict(cid="nl01_bw_resident_consult_attested_prostate", dept="bw", site="prostate_esc", consult=D(2026, 4, 6),
         conds=[1, 5], resident_ix=0,
         style="quadrangle-teaching-attestation+ostrander-student-plan+physics-resident-psqa+chart-rounds",
         docs=[("consultation.pdf", bw.consult), ("rx_order.pdf", bw.rx), ("plan_summary_PROS_VMAT.pdf", bw.plan),
               ("treatment_planning_note.txt", bw.planning_note), ("psqa_worksheet_PROS_VMAT.docx", bw.psqa),
               ("chart_rounds_extract.pdf", bw.chart_rounds), ("delivery_record.txt", bw.delivery)]),
    dict(cid="nl02_bw_multi_author_late_entry_otv_oropharynx", dept="bw", site="oropharynx", consult=D(2026, 4, 13),
         conds=[1, 4], resident_ix=0, flags=["multi"],
         style="quadrangle-multi-author-consult+teaching-attestation+physics-resident-psqa+late-entry-otv",
         docs=[("consultation.docx", bw.consult), ("rx_order.pdf", bw.rx), ("plan_summary_OPX_VMAT.pdf", bw.plan),
               ("treatment_planning_note.txt", bw.planning_note), ("psqa_worksheet_OPX_VMAT.docx", bw.psqa),
               ("chart_rounds_extract.pdf", bw.chart_rounds), ("otv_late_entry.rtf", bw.otv_late)]),
    dict(cid="nl03_lm_protocol_lung_credentialed_fellow_attested", dept="lm", site="lung_protocol",
         consult=D(2026, 9, 14), conds=[1], protocol=True,
         style="lattice-fellow-cosign+tumor-board+protocol-directive+sandpiper+quorum-psqa+cto-status",
         docs=[("consult_note.rtf", lm.consult), ("tumor_board_disposition.docx", lm.tumor_board),
               ("protocol_directive.pdf", lm.directive), ("plan_report_RUL_VMAT.pdf", lm.plan),
               ("investigator_plan_review.docx", lm.plan_review), ("psqa_RUL_VMAT.pdf", lm.psqa),
               ("protocol_rt_status.txt", lm.rt_status)]),
    dict(cid="nl04_wc_multi_author_rx_correction_cosigned_cervix", dept="wc", site="cervix", consult=D(2026, 1, 12),
         conds=[4, 1],
         style="cairn-multi-author+tracked-corrections+rx-version-history+ridgeback-txt+petrel-fellow-psqa",
         docs=[("consultation.pdf", wc.consult), ("rx_orders.docx", wc.rx), ("ridgeback_plan_CVX_VMAT.txt", wc.plan),
               ("physician_plan_evaluation.rtf", wc.plan_eval), ("plan_verification_CVX_VMAT.pdf", wc.psqa),
               ("end_of_treatment_summary.txt", wc.summary)]),
    dict(cid="nl05_lm_two_phase_anal_fellow_attested", dept="lm", site="anal_twophase", consult=D(2026, 9, 21),
         conds=[4, 2],
         style="lattice-fellow-cosign+directive-two-phase+sandpiper+quorum-psqa-per-plan+ois-history",
         docs=[("consult_note.pdf", lm.consult), ("treatment_directive.pdf", lm.directive),
               ("plan_report.pdf", lm.plan), ("plan_review.docx", lm.plan_review),
               ("psqa_PELV_VMAT.pdf", lm.psqa), ("psqa_BOOST_VMAT.pdf", lm.psqa2),
               ("treatment_history.txt", lm.history)]),
    dict(cid="nl06_wc_spine_reirradiation_outside_record", dept="wc", site="spine_reirr", consult=D(2026, 1, 20),
         conds=[3, 1],
         style="cairn-multi-author+outside-record+rx-version-history+ridgeback-static-fields+petrel-fellow-psqa",
         docs=[("consultation.pdf", wc.consult), ("outside_summary_2024.pdf", wc.outside_summary),
               ("rx_orders.docx", wc.rx), ("ridgeback_plan_T8T9_IMRT.txt", wc.plan),
               ("physician_plan_evaluation.rtf", wc.plan_eval), ("plan_verification_T8T9_IMRT.pdf", wc.psqa),
               ("end_of_treatment_summary.txt", wc.summary)]),
    dict(cid="nl07_bw_attestation_from_cosign_queue_chest_wall", dept="bw", site="chest_wall",
         consult=D(2026, 4, 27), conds=[1, 4], resident_ix=1, trap="late_attestation",
         style="quadrangle-teaching-attestation+ostrander-student-plan+physics-resident-psqa",
         docs=[("consultation.docx", bw.consult), ("rx_order.pdf", bw.rx), ("plan_summary_LCW_VMAT.pdf", bw.plan),
               ("treatment_planning_note.txt", bw.planning_note), ("psqa_worksheet_LCW_VMAT.docx", bw.psqa),
               ("delivery_record.txt", bw.delivery)]),
    dict(cid="nl08_lm_protocol_mandated_technique_esophagus", dept="lm", site="esophagus_protocol",
         consult=D(2026, 9, 28), conds=[], protocol=True, trap="protocol_necessity",
         style="lattice-fellow-cosign+tumor-board+protocol-directive+sandpiper+quorum-psqa+cto-status",
         docs=[("consult_note.rtf", lm.consult), ("tumor_board_disposition.docx", lm.tumor_board),
               ("protocol_directive.pdf", lm.directive), ("plan_report_ESO_VMAT.pdf", lm.plan),
               ("investigator_plan_review.docx", lm.plan_review), ("psqa_ESO_VMAT.pdf", lm.psqa),
               ("protocol_rt_status.txt", lm.rt_status)]),
    dict(cid="nl09_bw_gamma_reanalysed_not_remeasured_nasopharynx", dept="bw", site="nasopharynx",
         consult=D(2026, 5, 4), conds=[1, 4], resident_ix=2, trap="reanalysis",
         style="quadrangle-teaching-attestation+ostrander-student-plan+physics-resident-psqa",
         docs=[("consultation.pdf", bw.consult), ("rx_order.pdf", bw.rx), ("plan_summary_NPX_VMAT.pdf", bw.plan),
               ("treatment_planning_note.rtf", bw.planning_note), ("psqa_worksheet_NPX_VMAT.docx", bw.psqa),
               ("delivery_record.txt", bw.delivery)]),
    dict(cid="nl10_wc_rx_correction_awaiting_cosign_gbm", dept="wc", site="gbm", consult=D(2026, 2, 2), conds=[1],
         trap="rx_correction_pending",
         style="cairn-multi-author+rx-version-history+ridgeback-txt+petrel-fellow-psqa",
         docs=[("consultation.pdf", wc.consult), ("rx_orders.docx", wc.rx), ("ridgeback_plan_RTEMP_VMAT.txt", wc.plan),
               ("physician_plan_evaluation.rtf", wc.plan_eval), ("plan_verification_RTEMP_VMAT.pdf", wc.psqa),
               ("end_of_treatment_summary.txt", wc.summary)]),
    dict(cid="nl11_lm_boost_qa_physics_resident_only_prostate", dept="lm", site="prostate_nodes_twophase",
         consult=D(2026, 10, 5), conds=[2, 1], trap="boost_qa_trainee",
         style="lattice-fellow-cosign+directive-two-phase+sandpiper+quorum-psqa-per-plan+ois-history",
         docs=[("consult_note.rtf", lm.consult), ("treatment_directive.pdf", lm.directive),
               ("plan_report.pdf", lm.plan), ("plan_review.docx", lm.plan_review),
               ("psqa_PELV_VMAT.pdf", lm.psqa), ("psqa_BOOST_VMAT.pdf", lm.psqa2),
               ("treatment_history.txt", lm.history)]),
    dict(cid="nl12_wc_3d_conformal_partial_breast", dept="wc", site="apbi_3d", consult=D(2026, 2, 9), conds=[],
         trap="3d",
         style="cairn-multi-author+rx-version-history+ridgeback-3d+tally-mu-check",
         docs=[("consultation.pdf", wc.consult), ("rx_orders.docx", wc.rx), ("ridgeback_plan_RBR_APBI_3D.txt", wc.plan),
               ("mu_verification.pdf", wc.mu_check), ("end_of_treatment_summary.txt", wc.summary)]),
]


# ---------------------------------------------------------------------------------------------------------------
# Hand-written expectations: a met reason per department (quoting the chart's own lines), then trap overrides.
# ---------------------------------------------------------------------------------------------------------------

def E(status, why, criteria=None):
    e = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


def _fmt(c, name):
    for f, _ in c.docs:
        if f.startswith(name):
            return f
    return name


def _beams_why(c, doc):
    parts = []
    for p in c.plans:
        b = p["beams"]
        if b[0]["kind"] == "arc":
            parts.append("%s: %d VMAT arcs with gantry start/stop and rotation (%s)" % (
                p["id"], len(b), ", ".join("%.0f->%.0f %s" % (x["start"], x["stop"], x["rot"]) for x in b)))
        else:
            parts.append("%s: %d static fields at gantry %s" % (p["id"], len(b), ", ".join("%.0f" % x["gantry"] for x in b)))
    return "%s beam table - %s" % (doc, "; ".join(parts))


def met_bw(c):
    D_ = c.D
    att = D_["attending"][0]
    res = D_["residents"][c.resident_ix]
    t = c.t
    p = c.plans[0]
    ex = {}
    ex["plan-goals-constraints"] = E("met", "rx_order.pdf: prescription table (%s) and 'Normal tissue dose constraints "
                                     "(ordered)' (e.g. %s %s %s); entered by the resident, 'Authorized by: %s, MD "
                                     "(Attending Radiation Oncologist) - e-signature %s'" % (
                                         c.rx_words(), c.S["oars"][0][0], c.S["oars"][0][1], c.S["oars"][0][2], att,
                                         t["rx"].us()))
    ex["necessity-statement"] = E("met", "%s, 'Technique - intensity-modulated arcs versus a 3D conformal arrangement': "
                                  "3D fields could not hold %s under the ordered limits; resident-authored (%s, %s, "
                                  "e-signed %s) and adopted by the TEACHING PHYSICIAN ATTESTATION ('agree ... including "
                                  "the choice of technique and its justification'), 'Teaching physician: %s, MD "
                                  "(Attending, Radiation Oncology) -- attested %s'" % (
                                      _fmt(c, "consultation"), c.S["oar_words"], res[0], res[2], t["author"].us(), att,
                                      t["att"].us()))
    ex["necessity-criterion"] = E("met", "attested consult: " + "; ".join(COND_NAMES[n] for n in c.conds), c.conds)
    ex["image-review"] = E("met", "%s 'Images and isodose distribution': planning CT slice by slice with the 105/100/95/"
                           "50%% isodose lines over %s and every OAR (resident e-signed %s); TEACHING PHYSICIAN "
                           "ATTESTATION 'I reviewed the isodose display on the planning CT and the DVHs ... I approve "
                           "%s', attested %s (after the plan %s, before the first fraction %s)" % (
                               _fmt(c, "treatment_planning_note"), c.targets_text(), t["rev_author"].us(), p["id"],
                               t["rev_att"].us(), t["plan"].us(), t["fx1"].us()))
    ex["dvh-review"] = E("met", "same note, 'Dose-volume histograms': cumulative DVHs for the target and all organs at "
                         "risk against the ordered constraints, with a table; attending attestation %s" % t["rev_att"].us())
    ex["portal-description"] = E("met", _beams_why(c, _fmt(c, "plan_summary")))
    ex["dosimetric-verification"] = E("met", "%s: %s measured %s, gamma 3%%/2 mm, every beam and the composite above "
                                      "the 95%% tolerance (action 90%%), 'PASS'; sign-off table 'Supervising physicist "
                                      "approval | %s | %s, Medical Physicist | e-signed | %s' and 'Attending physician "
                                      "review | %s | MD, Radiation Oncology | e-signed | %s', both after the measurement "
                                      "and before the first fraction %s (the physics resident's row records who "
                                      "measured)" % (_fmt(c, "psqa_worksheet"), D_["qa"], t["qa_meas"].us(),
                                                     D_["physicist"][0], D_["physicist"][1], t["qa_phys"].us(), att,
                                                     t["qa_md"].us(), t["fx1"].us()))
    ex["compensator-design"] = E("not_applicable", "MLC-delivered VMAT; no compensator is documented")
    return ex


def met_lm(c):
    D_ = c.D
    att = D_["attending"][0]
    fel = D_["fellow"]
    t = c.t
    pr = c.protocol
    ex = {}
    ex["plan-goals-constraints"] = E("met", "%s: dose prescription (%s) and %s (e.g. %s %s %s); '%s: %s, MD -- e-signed "
                                     "%s'" % (_fmt(c, "protocol_directive" if pr else "treatment_directive"),
                                              c.rx_words(), "'Protocol-specified normal tissue constraints (Section "
                                              "6.5)' with per-protocol and variation-acceptable limits" if pr else
                                              "'Normal tissue constraints'", c.S["oars"][0][0], c.S["oars"][0][1],
                                              c.S["oars"][0][2], "Treating investigator signature" if pr else
                                              "Attending radiation oncologist signature", att, t["rx"].iso()))
    ex["necessity-statement"] = E("met", "%s, 'Rationale for intensity modulation in this patient%s': IMRT rather than "
                                  "3D conformal or conventional planning on anatomic grounds; 3D could not keep %s "
                                  "within their limits; fellow e-signed %s, 'ATTENDING CO-SIGNATURE AND STATEMENT' ('... "
                                  "directed the plan of care ..., including the treatment technique'), 'Co-signed: %s, "
                                  "MD ... -- %s'" % (_fmt(c, "consult_note"), " (independent of protocol requirements)"
                                                     if pr else "", c.S["oar_words"], t["author"].iso(), att,
                                                     t["att"].iso()))
    ex["necessity-criterion"] = E("met", "co-signed consult: " + "; ".join(COND_NAMES[n] for n in c.conds), c.conds)
    ids = " and ".join(c.plan_ids())
    ex["image-review"] = E("met", "%s: 'CT and isodose review - planning CT reviewed slice by slice ... for %s with the "
                           "isodose lines over ... every organ at risk'; attending statement 'I reviewed %s on the "
                           "planning CT with the isodose distribution and the DVHs'; fellow e-signed %s, 'Attending "
                           "co-signature: %s, MD ... -- co-signed %s' (after the plan(s), before the first fraction %s)"
                           % (_fmt(c, "investigator_plan_review" if pr else "plan_review"), ids, ids,
                              t["rev_author"].iso(), att, t["rev_att"].iso(), t["fx1"].iso()))
    ex["dvh-review"] = E("met", "same co-signed review: target DVH and 'Cumulative DVH reviewed for every organ at risk' "
                         "with a table of %s" % ("protocol limits and plan values" if pr else "limits and plan values"))
    ex["portal-description"] = E("met", _beams_why(c, _fmt(c, "plan_report")))
    qdocs = [f for f, _ in c.docs if f.startswith("psqa")]
    ex["dosimetric-verification"] = E("met", "%s: %s measured (%s), every arc and the composite above the 95%% tolerance, "
                                      "'Overall: PASS'; 'Supervising medical physicist approval: %s, %s -- approved' and "
                                      "'Treating radiation oncologist review: %s, MD -- reviewed' after the measurement "
                                      "and before the first fraction %s%s" % (
                                          " and ".join(qdocs), D_["qa"], ", ".join(
                                              (t["qa_meas"] if i == 0 else t["qa_meas2"]).iso() for i in range(len(qdocs))),
                                          D_["physicist"][0], D_["physicist"][1], att, t["fx1"].iso(),
                                          "; one report per plan, each signed by both" if len(qdocs) > 1 else
                                          "; the institutional credentialing paragraph is extra, not the evidence"))
    ex["compensator-design"] = E("not_applicable", "MLC-delivered VMAT; no compensator is documented")
    return ex


def met_wc(c):
    D_ = c.D
    att = D_["attending"][0]
    fel = D_["fellow"]
    t = c.t
    ex = {}
    if c.site == "cervix":
        g = ("rx_orders.docx, current version 2: prescription (%s) and 'Dose limits for organs at risk' (e.g. %s %s %s). "
             "Version 2 is a 'Correction entered' by the clinical fellow (%s), with 'Attending co-signature (version 2): "
             "%s, MD (Attending Radiation Oncologist) - co-signed %s', before planning (%s)" % (
                 c.rx_words(), c.S["oars"][0][0], c.S["oars"][0][1], c.S["oars"][0][2], t["rx_corr"].us(), att,
                 t["rx_cosign"].us(), t["plan"].us()))
    else:
        g = ("rx_orders.docx (version 1, current): prescription (%s) and 'Dose limits for organs at risk' (e.g. %s %s %s); "
             "'Authorized and signed: %s, MD (Attending Radiation Oncologist) - %s'" % (
                 c.rx_words(), c.S["oars"][0][0], c.S["oars"][0][1], c.S["oars"][0][2], att, t["rx"].us()))
    ex["plan-goals-constraints"] = E("met", g)
    ex["necessity-statement"] = E("met", "consultation.pdf, 'Planning technique - need for IMRT (a 3D conformal plan "
                                  "would not suffice)' in the attending's part of a multi-author note: 3D conformal "
                                  "fields would give %s more dose than their limits; 'Signed by attending of record: %s, "
                                  "MD (Radiation Oncology) - %s' (the later correction concerns the examination wording "
                                  "only)" % (c.S["oar_words"], att, t["att"].us()))
    ex["necessity-criterion"] = E("met", "attending's signed consult: " + "; ".join(COND_NAMES[n] for n in c.conds),
                                  c.conds)
    ex["image-review"] = E("met", "physician_plan_evaluation.rtf, 'Isodose review': %s on the planning CT slice by slice "
                           "with the isodose lines over %s and each organ at risk; 'Signed by attending of record: %s, "
                           "MD (Radiation Oncology) - %s' (after the plan %s, before the first fraction %s)" % (
                               c.plans[0]["id"], c.targets_text(), att, t["rev_att"].us(), t["plan"].us(),
                               t["fx1"].us()))
    ex["dvh-review"] = E("met", "same signed evaluation, 'Dose-volume histograms': cumulative DVHs reviewed for the "
                         "target and every organ at risk, with plan values")
    ex["portal-description"] = E("met", _beams_why(c, [f for f, _ in c.docs if f.startswith("ridgeback")][0]))
    ex["dosimetric-verification"] = E("met", "%s: %s measured %s, every beam and the composite above the 95%% tolerance, "
                                      "'Result: PASS'; 'Board-certified physicist: Approved - %s, %s - %s' and "
                                      "'Attending physician: Reviewed - %s, MD - %s' (after the measurement, before the "
                                      "first fraction %s); the analysis by the medical physics fellow is the "
                                      "trainee's work, approved by the board-certified physicist%s" % (
                                          [f for f, _ in c.docs if f.startswith("plan_verification")][0], D_["qa"],
                                          t["qa_meas"].us(), D_["physicist"][0], D_["physicist"][1], t["qa_phys"].us(),
                                          att, t["qa_md"].us(), t["fx1"].us(),
                                          "; the plan evaluation's signed Addendum also reviews the QA" if c.site ==
                                          "cervix" else ""))
    ex["compensator-design"] = E("not_applicable", "MLC-delivered IMRT; no compensator is documented")
    return ex


def expectations(c):
    if c.trap == "3d":
        why = ("3D conformal course: every document names four non-coplanar static, forward-planned fields "
               "(rx 'Technique: 3D conformal ...', Ridgeback 'TECHNIQUE ....... 3D CONFORMAL, FORWARD PLANNED, STATIC "
               "MLC-SHAPED FIELDS (NO MODULATION)'); IMRT appears only as 'IMRT is not needed for this target and is not "
               "being requested' and 'Patient-specific IMRT QA: not applicable'; the physics document is an MU check; "
               "77295 is billed. The IMRT LCD requirements do not apply")
        ex = {k: E("not_applicable", why) for k in IDS}
        ex["necessity-criterion"]["criteria"] = []
        return ex
    ex = {"bw": met_bw, "lm": met_lm, "wc": met_wc}[c.dept](c)
    t = c.t
    D_ = c.D
    if c.trap == "late_attestation":
        res = D_["residents"][c.resident_ix]
        days = (t["late_att"].d - t["fx1"].d).days
        base = ("the only physician review of the %s is the resident's Treatment Planning Note, e-signed %s by %s, %s "
                "(%s) - a resident's signature does not stand in for the radiation oncologist. The attending's "
                "'TEACHING PHYSICIAN ATTESTATION (addendum)' is 'attested %s', %d days after the first fraction (%s) and "
                "after the whole course was delivered; the routing line calls it 'attending queue reconciliation, end of "
                "academic year', not a late entry. A signature more than 30 days after the first fraction is late: "
                "incomplete. No other document holds this review (the plan summary is signed by the dosimetry student, "
                "CMD and physicist; the QA worksheet reviews the QA only; there is no chart-rounds sheet)")
        ex["image-review"] = E("incomplete", base % ("isodose distribution on the planning CT", t["rev_author"].us(),
                                                     res[0], res[1], res[2], t["late_att"].us(), days, t["fx1"].us()))
        ex["dvh-review"] = E("incomplete", base % ("dose-volume histograms", t["rev_author"].us(), res[0], res[1],
                                                   res[2], t["late_att"].us(), days, t["fx1"].us()))
    elif c.trap == "reanalysis":
        p = c.plans[0]
        vals, comp = c.gamma(p, bad=True)
        sv, sc = c.gamma(p, bad=False, salt="/3-3")
        ex["dosimetric-verification"] = E("incomplete", (
            "psqa_worksheet_NPX_VMAT.docx: %s measured %s; at the worksheet's own criteria (gamma 3%%/2 mm, departmental "
            "policy PHY-114) %s, composite %.1f%% - every value below the 90%% action level ('Evaluation against action "
            "level (3%%/2 mm): BELOW ACTION LEVEL - investigate'). The 'Supplementary analysis (same measurement file, "
            "criteria 3%%/3 mm)' re-scores the same delivery (composite %.1f%%) and the resident records 'Re-measurement "
            "not performed.' Relaxing the criteria after the fact is not a passing measurement; no repeat measurement "
            "exists, although the supervising physicist approved and the attending reviewed: incomplete") % (
            D_["qa"], t["qa_meas"].us(), ", ".join("%s %.1f%%" % (b["id"], v) for b, v in zip(p["beams"], vals)), comp,
            sc))
    elif c.trap == "protocol_necessity":
        pr = c.S["protocol"]
        ex["necessity-statement"] = E(["incomplete", "missing"], (
            "consult_note.rtf, 'Technique': 'Radiation will be delivered with IMRT (VMAT) ... as specified for %s of %s. "
            "Per protocol Section 6.1, 3D conformal planning is not permitted on this study and will not be used for this "
            "patient.' The note is signed (fellow e-signed %s; 'Co-signed: %s, MD ... (treating investigator) -- %s') and "
            "says why IMRT rather than 3D - the protocol - but gives no patient-specific need and names no organ at risk "
            "('dose constraints follow protocol Sections 6.2 to 6.5'): incomplete. missing is also accepted: a protocol "
            "mandate can be read as no statement of this patient's special need at all. The tumor-board disposition, the "
            "directive and the plan review hold no rationale") % (pr[2], pr[0], t["author"].iso(), D_["attending"][0],
                                                                    t["att"].iso()))
        ex["necessity-criterion"] = E("missing", "no LCD condition is documented: the only technique text is the protocol "
                                      "mandate, which is not proximity, narrow margins, prior irradiation, a concave "
                                      "target or dose escalation (50.4 Gy in 28 fractions is the standard dose)", [])
    elif c.trap == "rx_correction_pending":
        rn = D_["resident"]
        ex["plan-goals-constraints"] = E("incomplete", (
            "rx_orders.docx: the current prescription is version 2 ('Correction entered' by %s, MD, Resident %s, %s): "
            "PTV_6000 60 Gy in 30 fractions and the OAR limits (brainstem Dmax < 54 Gy, optic chiasm, optic nerve, "
            "cochlea, lens), but 'Attending co-signature (version 2): PENDING - in the cosign queue of %s, MD since %s'. "
            "Version 1, the attending-authorized order, is 'Corrected - replaced by version 2' and not in force. An order "
            "signed only by a resident with the attending's co-signature pending is not signed by the radiation "
            "oncologist (and an attestation could not fix an order). The attending's own signed documents give the target "
            "dose ('60 Gy in 30 fractions' in the consult) and OAR doses only as achieved plan values without limits "
            "(physician plan evaluation): incomplete") % (rn[0], rn[2], t["rx_corr"].us(), D_["attending"][0],
                                                          t["rx_corr"].us()))
    elif c.trap == "boost_qa_trainee":
        p = c.plans[1]
        ex["dosimetric-verification"] = E("incomplete", (
            "judged per course (treatment_history.txt names PELV_VMAT fx 1-25 and BOOST_VMAT fx 26-44). PELV_VMAT: "
            "psqa_PELV_VMAT.pdf passed and is approved by %s, %s and reviewed by the radiation oncologist - met. "
            "BOOST_VMAT: psqa_BOOST_VMAT.pdf measured %s, passing, reviewed by the radiation oncologist (%s), but the only "
            "physics signature is 'Measured / analysed: %s, %s (%s)' and 'Supervising medical physicist approval: "
            "awaiting co-signature (routed to %s, %s ...)'. A physics resident is not the qualified medical physicist, "
            "and the routed name is an addressee, not a signer: incomplete for BOOST_VMAT, the chart's most severe course") % (
            D_["physicist"][0], D_["physicist"][1], t["qa_meas2"].iso(), t["qa_md2"].iso(), D_["phys_res"][0],
            D_["phys_res"][1], D_["phys_res"][2], D_["physicist"][0], D_["physicist"][1]))
    return ex


DESCR = {
    "nl01": "Complete. Resident-written consult and planning note, each completed by a teaching physician attestation "
            "the same day; prescription entered by the resident and authorized by the attending; plan by a dosimetry "
            "student under a CMD instructor; QA measured by a physics resident, approved by the supervising DABR "
            "physicist; chart-rounds peer review; escalation to 79.2 Gy.",
    "nl02": "Complete. Multi-author consult with [JP]/[EMO] contributor tags; teaching attestations; an on-treatment "
            "visit documented as a LATE ENTRY two days after the visit (not evidence for any requirement).",
    "nl03": "Complete. Research-protocol chart (LUMC-TH-2402, invented): fellow consult with attending co-signature and "
            "a patient-specific rationale independent of the protocol; tumor-board disposition; protocol directive with "
            "per-protocol / variation-acceptable constraints; investigator plan review; patient QA plus an institutional "
            "credentialing note; CTO radiation status form.",
    "nl04": "Complete. Multi-author consult with an inline correction and revision history; prescription version 2 "
            "entered by the clinical fellow as a correction and co-signed by the attending before planning; QA analysed "
            "by a medical physics fellow and approved by the board-certified physicist; QA review also in a signed "
            "addendum.",
    "nl05": "Complete, two courses: PELV_VMAT (fx 1-25) and BOOST_VMAT (fx 26-30), shared consult, directive, plan "
            "report and review; one QA report per plan, each approved by the supervising physicist and reviewed by the "
            "attending before fraction 1.",
    "nl06": "Complete. Re-irradiation of T8-T9 abutting a 2024 T10-L1 field (outside record indexed to this MRN); seven "
            "static IMRT fields.",
    "nl07": "Trap: the plan evaluation is the resident's note; the attending's teaching physician attestation was added "
            "from the cosignature queue 53 days after the first fraction, not labelled a late entry.",
    "nl08": "Trap: protocol chart whose only necessity text is the protocol mandate ('3D conformal planning is not "
            "permitted on this study'); no organ at risk and no LCD condition named.",
    "nl09": "Trap: QA below the 90% action level at the worksheet's own 3%/2 mm criteria; the same measurement re-scored "
            "at 3%/3 mm and approved; 'Re-measurement not performed.'",
    "nl10": "Trap: the current prescription is a correction entered by a PGY-2 resident with the attending's "
            "co-signature pending; version 1 (attending-authorized) is replaced.",
    "nl11": "Trap, per course: two courses; the BOOST_VMAT QA is signed by a medical physics resident only, the "
            "supervising physicist's co-signature awaited; PELV_VMAT QA fully signed.",
    "nl12": "3D conformal accelerated partial-breast irradiation (four non-coplanar static fields, forward planned, MU "
            "check, 77295): not an IMRT course.",
}

TRAPS = {None: "-", "late_attestation": "image-review, dvh-review incomplete (attestation 53 days after fx 1)",
         "protocol_necessity": "necessity-statement incomplete (missing accepted), necessity-criterion missing",
         "reanalysis": "dosimetric-verification incomplete (below action level, re-analysed not re-measured)",
         "rx_correction_pending": "plan-goals-constraints incomplete (corrected Rx awaiting attending co-signature)",
         "boost_qa_trainee": "dosimetric-verification incomplete (BOOST_VMAT QA: physics resident only)",
         "3d": "all not_applicable (not IMRT)"}


# ---------------------------------------------------------------------------------------------------------------

def build(spec):
    c = Chart(spec["cid"], spec["dept"], spec["site"], spec["consult"], spec["conds"], trap=spec.get("trap"),
              style=spec["style"], protocol=spec.get("protocol", False), resident_ix=spec.get("resident_ix", 0),
              flags=spec.get("flags", ()), description=DESCR[spec["cid"][:4]])
    c.docs = spec["docs"]
    return c


def check_timeline(c, ex):
    t = c.t
    k = lambda n: t[n].key()  # noqa: E731
    assert k("visit") < k("author") < k("att") < k("rx") < k("plan") < k("rev_author") < k("rev_att") < k("fx1")
    assert k("plan") < k("qa_meas") < k("qa_res") < k("qa_phys") < k("qa_md") < k("fx1")
    assert k("qa_meas2") < k("qa_phys2") < k("qa_md2") < k("fx1")
    assert k("rx_corr") < k("rx_cosign") < k("plan")
    if c.trap == "late_attestation":
        assert (t["late_att"].d - t["fx1"].d).days > 30 and t["late_att"].d > c.fx_dates[-1]
    assert t["fx1"].d.weekday() < 5


def validate_expected(c, e):
    assert list(e["requirements"]) == IDS, c.id
    for k, v in e["requirements"].items():
        assert v["status"] and all(s in STATUSES for s in v["status"]), (c.id, k)
        assert len(v["status"]) <= 2 and v["why"].strip(), (c.id, k)
        if len(v["status"]) == 2:
            assert "accepted" in v["why"], (c.id, k)
        assert "%" not in v["why"].replace("%%", "") or True
    nc = e["requirements"]["necessity-criterion"]
    assert "criteria" in nc, c.id
    if nc["status"][0] in ("met", "incomplete"):
        assert nc["criteria"] == c.conds and nc["criteria"], c.id
    else:
        assert nc["criteria"] == [], c.id
    assert e["patient"]["mrn"].startswith("84")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dump")
    a = ap.parse_args()
    root = os.path.join(a.out, "charts")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    rows = []
    nfiles = {"pdf": 0, "docx": 0, "rtf": 0, "txt": 0}
    mrns = set()
    for spec in CHARTS:
        c = build(spec)
        assert c.mrn not in mrns and c.mrn.startswith("84")
        mrns.add(c.mrn)
        assert 3 <= len(c.docs) <= 7, c.id
        d = os.path.join(root, c.id)
        os.makedirs(d)
        texts = {}
        for fname, fn in c.docs:
            title, blocks, opts = fn(c)
            path = os.path.join(d, fname)
            render(blocks, path, c.header(title), c.footer(), **opts)
            txt = extract(path)
            assert "SYNTHETIC" in txt, (c.id, fname)
            assert c.mrn in txt, (c.id, fname)
            texts[fname] = txt
            nfiles[fname.rsplit(".", 1)[1]] += 1
            if a.dump:
                os.makedirs(os.path.join(a.dump, c.id), exist_ok=True)
                open(os.path.join(a.dump, c.id, fname + ".txt"), "w").write(txt)
        allt = "\n".join(texts.values())
        # trap wording really is in the rendered files, and the twins do not carry it
        if c.trap == "3d":
            assert "VMAT" not in allt and "intensity-modulated" not in allt.lower(), c.id
        if c.trap == "protocol_necessity":
            tech = texts["consult_note.rtf"].split("Technique")[1].split("Research")[0]
            for w in ("esophag", "heart", "lung", "cord", " liver", "kidney", "organ"):
                assert w not in tech.lower(), (c.id, w)
        if c.trap == "late_attestation":
            assert "end of academic year" in allt and "chart rounds" not in allt.lower()
        if c.trap == "reanalysis":
            assert "BELOW ACTION LEVEL" in allt and "Re-measurement not performed" in allt
        if c.trap == "rx_correction_pending":
            assert "PENDING - in the cosign queue" in allt
            others = "\n".join(v for k, v in texts.items() if k != "rx_orders.docx")
            assert "< 54 Gy" not in others and "Limit" not in others, c.id
        if c.trap == "boost_qa_trainee":
            assert "awaiting co-signature" in texts["psqa_BOOST_VMAT.pdf"]
            assert "awaiting" not in texts["psqa_PELV_VMAT.pdf"]
        ex = expectations(c)
        check_timeline(c, ex)
        e = {"chart_id": c.id, "synthetic": True, "style": c.style, "description": "%s; %s. %s" % (
                 c.D["name"], c.S["dx"], c.description),
             "patient": {"name": c.name_lf, "mrn": c.mrn, "dob": c.dob},
             "requirements": {k: ex[k] for k in IDS}, "document_problems": {}}
        validate_expected(c, e)
        with open(os.path.join(d, "expected.json"), "w") as f:
            json.dump(e, f, indent=2)
            f.write("\n")
        st = [e["requirements"][k]["status"][0] for k in IDS]
        verdict = ("not_imrt" if all(s == "not_applicable" for s in st) else
                   "hold" if any(s in ("missing", "incomplete") for s in st) else
                   "needs_review" if "needs_review" in st else "ready")
        rows.append([c.id, c.dept, c.style, TRAPS[c.trap], len(c.docs), verdict] + st +
                     [" ".join(map(str, e["requirements"]["necessity-criterion"]["criteria"]))])
    total = sum(nfiles.values())
    assert nfiles["pdf"] * 3 >= total, nfiles
    with open(os.path.join(a.out, "charts_index.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["chart_id", "department", "style", "trap", "documents", "verdict"] + IDS + ["criteria"])
        w.writerows(rows)
    if not a.quiet:
        ab = {"met": "met", "incomplete": "INC", "missing": "MISS", "needs_review": "NR", "not_applicable": "n/a"}
        print("%-52s %-8s %s" % ("chart", "verdict", " ".join("%-5s" % k[:5] for k in IDS)))
        for r in rows:
            print("%-52s %-8s %s" % (r[0], r[5], " ".join("%-5s" % ab[s] for s in r[6:14])))
        print("files:", total, nfiles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
