#!/usr/bin/env python
"""Build eval/novel_f: 12 synthetic IMRT charts written as six near-miss pairs.

Usage:
  /work/main/.venv/bin/python eval/novel_f/generate.py               # rewrites charts/ and charts_index.csv
  /work/main/.venv/bin/python eval/novel_f/generate.py --out /tmp/x --quiet
  /work/main/.venv/bin/python eval/novel_f/generate.py --dump /tmp/nf_txt   # also writes each file's extracted text

Every expected status below was written by hand from the LCD and docs/requirements.md and checked against
the extracted text of the rendered files. The tool was never run on these charts.
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nf_docs import BUILDERS, _ck_sig, md_sig  # noqa: E402
from nf_render import extract, render  # noqa: E402
from nf_text import OPENER, Ctx  # noqa: E402

REQ_IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
           "dvh-review", "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
D = dt.date

# --------------------------------------------------------------------------------------------- chart table
# (chart_id, clinic, site, (first, last, sex, dob), mrn, consult date, LCD conditions stated, trap, dx)
CERVIX = ("Squamous cell carcinoma of the cervix, FIGO 2018 IB2, after radical hysterectomy with a close "
          "vaginal margin and lymphovascular invasion (C53.9)")
ENDOMETRIUM = ("Endometrioid adenocarcinoma of the endometrium, grade 3, FIGO 2023 IIIC1 (one positive right "
               "external iliac node), after hysterectomy and nodal staging (C54.1)")
CHARTS = [
    ("nf01_juniper_chartwell_oropharynx", "juniper", "bot", ("Tobiah", "Okonkwo-Lind", "M", "1958-09-02"),
     "98140263", D(2025, 2, 3), [1, 2], None, None),
    ("nf02_juniper_necessity_entered_in_error_oropharynx", "juniper", "bot",
     ("Arnaud", "Pelletier", "M", "1956-11-19"), "98140517", D(2025, 2, 24), [1, 2], "entered_in_error", None),
    ("nf03_cahokia_esign_prostate_escalation", "cahokia", "prostate", ("Curtis", "Brannigan", "M", "1949-04-27"),
     "98227340", D(2025, 3, 3), [1, 5], None, None),
    ("nf04_cahokia_review_esigned_2024_prostate", "cahokia", "prostate",
     ("Raymond", "Dellucci", "M", "1952-01-08"), "98227896", D(2025, 3, 10), [1, 5], "review_year", None),
    ("nf05_kittatinny_ccda_lung_reirradiation", "kittatinny", "lung", ("Judith", "Haverkamp", "F", "1950-07-30"),
     "98351022", D(2025, 4, 7), [1, 3], None, None),
    ("nf06_kittatinny_dvh_copied_forward_lung", "kittatinny", "lung",
     ("Bernadette", "Szymanski-Cole", "F", "1947-12-05"), "98351648", D(2025, 4, 21), [1, 3],
     "dvh_copy_forward", None),
    ("nf07_palouse_phantom_qa_pancreas", "palouse", "pancreas", ("Gordon", "Lachance", "M", "1955-03-22"),
     "98463109", D(2025, 5, 5), [2], None, None),
    ("nf08_palouse_recalc_worded_as_measurement_pancreas", "palouse", "pancreas",
     ("Lucille", "Ferreira-Nakashima", "F", "1953-10-11"), "98463775", D(2025, 5, 12), [2], "recalc_qa", None),
    ("nf09_chattahoochee_physicist_approved_cervix", "chattahoochee", "pelvis",
     ("Grace", "Antwi", "F", "1956-02-14"), "98572284", D(2025, 6, 2), [1, 4], None, CERVIX),
    ("nf10_chattahoochee_physics_resident_qa_endometrium", "chattahoochee", "pelvis",
     ("Dorothea", "Kowalewski", "F", "1957-08-09"), "98572931", D(2025, 6, 9), [1, 4], "physics_resident",
     ENDOMETRIUM),
    ("nf11_tuckahoe_order_signed_nasopharynx", "tuckahoe", "npc", ("Vincent", "Tran-Hadley", "M", "1960-05-17"),
     "98684450", D(2025, 7, 7), [1, 4], None, None),
    ("nf12_tuckahoe_rx_pending_cosign_nasopharynx", "tuckahoe", "npc", ("Eugene", "Marchbanks", "M", "1954-06-28"),
     "98684012", D(2025, 7, 14), [1, 4], "rx_pending_cosign", None),
]

STYLE = {
    "juniper": "chartwell-web-ehr+sierra-arc+quadrant-arcmap",
    "cahokia": "openemr-style-forms+kaskaskia+lumen-epid",
    "kittatinny": "hie-rendered-ccda+highpoint+octadiode",
    "palouse": "letterhead-docx-/e/+steptoe-txt+crosscheck",
    "chattahoochee": "magnolia-academic+fall-line+arcphantom",
    "tuckahoe": "cpoe-order-print+appomattox-docx+mapq",
}

TRAP_TEXT = {
    None: "compliant twin",
    "entered_in_error": "the only IMRT necessity note is marked ENTERED IN ERROR by its author and never re-documented",
    "review_year": "the only plan review (isodose + DVH) is e-signed with a 2024 date, a year before the plan existed",
    "dvh_copy_forward": "the plan review's DVH paragraph is copied forward from the 2024 SBRT plan (other plan name, 2024 date and values)",
    "recalc_qa": "the only IMRT QA is a secondary Monte Carlo recalculation (no delivery, no phantom) worded as a dose verification with 'measured against TPS'",
    "physics_resident": "the QA's only physics approval is by a medical physics resident (PGY-2), no qualified medical physicist",
    "rx_pending_cosign": "the prescription (the only document with OAR constraints) reads 'Electronically signed by: <MD> -- signature pending cosign'",
}

# documents per clinic that hold each requirement's evidence (file names as written by nf_docs)
WHERE = {
    "juniper": dict(rx="treatment_directive.docx", nec="imrt_necessity_note.txt",
                    rev="plan_review_note.pdf", plan="sierra_arc_plan_summary.pdf", qa="quadrant_arcmap_qa.pdf",
                    sig="'Signed and locked by {md} (Radiation Oncology) | {date}'"),
    "cahokia": dict(rx="rx_radonc_form.pdf", nec="consultation_encounter.rtf", rev="plan_review_form.txt",
                    plan="kaskaskia_plan_report.pdf", qa="lumen_epid_qa.pdf",
                    sig="'Esign -- Signed by {md} (Radiation Oncology) on {date}'"),
    "kittatinny": dict(rx="treatment_directive.docx", nec="ccda_consultation_note.pdf",
                       rev="ccda_plan_review_note.docx", plan="highpoint_plan_report.pdf",
                       qa="octadiode_plan_verification.pdf",
                       sig="'Legal authenticator: {md} (Radiation Oncology) | signed {date}'",
                       rxsig="'Approved by: {md} (Radiation Oncology) on {date}'"),
    "palouse": dict(rx="prescription.pdf", nec="consultation_letter.docx", rev="plan_review.docx",
                    plan="steptoe_plan_export.txt", qa="crosscheck_phantom_qa.pdf",
                    sig="'Authenticated: /e/ {md}, Radiation Oncology  {date}'"),
    "chattahoochee": dict(rx="prescription_directive.pdf", nec="consultation_note.rtf", rev="plan_review.rtf",
                          plan="fall_line_plan_report.pdf", qa="arcphantom_qa.pdf",
                          sig="'Authenticated electronically by {md}, Attending Radiation Oncologist, {date}'"),
    "tuckahoe": dict(rx="rx_order_print.pdf", nec="new_patient_note.pdf", rev="plan_review.txt",
                     plan="appomattox_plan_summary.docx", qa="mapq_delivery_qa.pdf",
                     sig="'Electronically signed by: {md} on {date}'"),
}
COND_WORDS = {1: "close proximity (within N mm of a critical structure)",
              2: "narrow margin to protect an immediately adjacent structure",
              3: "previously irradiated adjacent area with abutting fields matched with high precision",
              4: "concave target with the critical structure inside the concavity",
              5: "dose escalation above the conventional dose"}


def E(status, why, criteria=None):
    e = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


def expectations(x):
    w = WHERE[x.ck]
    sig = lambda t, k="sig": "'%s'" % md_sig(x, t, rx=(k == "rxsig"))
    tg = ", ".join("%s %g Gy/%d fx" % t for t in x.s["targets"])
    lim = "; ".join("%s %s" % l for l in x.s["limits"][:3])
    cw = "; ".join("condition %d, %s: '%s'" % (k, COND_WORDS[k], x.s["conds"][k]) for k in sorted(x.conds))
    r = {
        "plan-goals-constraints": E("met", "%s: prescription %s and an organ-at-risk constraint table with "
                                           "comparators (%s; ...); signed by the radiation oncologist, %s"
                                    % (w["rx"], tg, lim, sig(x.t_rx, "rxsig"))),
        "necessity-statement": E("met", "%s: '%s' ... a 3D conformal comparison plan could not hold the %s within "
                                        "their limits; names the organs at risk; signed by the radiation "
                                        "oncologist, %s" % (w["nec"], OPENER[x.ck], x.s["oars"],
                                                            sig(x.t_nec if x.ck == "juniper" else x.t_consult_sig))),
        "necessity-criterion": E("met", "%s, same signed statement: %s" % (w["nec"], cw), sorted(x.conds)),
        "image-review": E("met", "%s: plan %s reviewed on axial/sagittal/coronal CT with the 105/100/95/50%% "
                                 "isodose lines over each target and the %s; signed and dated %s, after the plan "
                                 "was created (%s) and before the first fraction (%s)"
                          % (w["rev"], x.plan, x.s["oars"], sig(x.t_review), x.t_plan.iso(), x.t_fx1.iso())),
        "dvh-review": E("met", "%s, same signed note: DVHs of plan %s reviewed for every target and critical "
                               "structure, with values (%s; ...)"
                        % (w["rev"], x.plan, "; ".join("%s %s" % a for a in x.s["achieved"][:3]))),
        "portal-description": E("met", "%s: beam table with %s" % (w["plan"], x.beam_words())),
        "dosimetric-verification": E("met", "%s: measured %s %s, every beam and the composite (%s%%) at or above "
                                            "the 95%% tolerance and 90%% action level, PASS; physicist %s signed %s "
                                            "%s and the radiation oncologist %s; both after the measurement and "
                                            "before the first fraction (%s)"
                                     % (w["qa"], x.t_qa.iso(), x.t_qa.hm(), x.qa_comp, x.phys, x.t_qa_phys.iso(),
                                        x.t_qa_phys.hm(), "%s %s" % (x.t_qa_md.iso(), x.t_qa_md.hm()),
                                        x.t_fx1.iso())),
        "compensator-design": E("not_applicable", "MLC-delivered %s; the chart documents no compensator-based IMRT"
                                % ("VMAT" if "arcs" in x.s else "step-and-shoot IMRT")),
    }
    t = x.trap
    if t == "entered_in_error":
        why = ("imrt_necessity_note.txt is the only necessity statement, and its own status is 'Entered in Error': a "
               "banner says it was retracted by its author, and the line under the signature records 'Marked entered "
               "in error by %s | %s' with 'Reason: incorrect clinical content; statement to be re-documented'. No "
               "re-documented statement exists; the consult only says the rationale will be in a separate note. A "
               "retracted note documents nothing: missing (incomplete also accepted: the voided text is still in "
               "the chart)" % (x.md, x.t_nec_err.mon()))
        r["necessity-statement"] = E(["missing", "incomplete"], why)
        r["necessity-criterion"] = E(["missing", "incomplete"], "the conditions (1, 2) are stated only in the "
                                     "retracted 'Entered in Error' note; no signed, valid physician document states "
                                     "any LCD condition: missing (incomplete also accepted, as for the statement)", [])
    elif t == "review_year":
        why = ("plan_review_form.txt is the only isodose review. Its header reads 'Encounter %s' and it reviews %s "
               "'created %s', but its only signature reads '%s': "
               "a year before the plan existed. A sign-off dated before what it attests attests nothing, and the "
               "auditor cannot correct a signature date: incomplete (the physician must correct it by a dated "
               "addendum)" % (x.t_review.iso(), x.plan, x.t_plan.iso(), _ck_sig(x, x.t_review, year=2024)))
        r["image-review"] = E("incomplete", why)
        r["dvh-review"] = E("incomplete", "same plan review form, the only DVH review: signed with the 2024 date, "
                                          "before the plan it reviews was created: incomplete")
    elif t == "dvh_copy_forward":
        r["dvh-review"] = E(["incomplete", "missing"],
                            "ccda_plan_review_note.docx reviews %s's isodose distributions (image review met), but "
                            "its DVH paragraph is copied forward from the 2024 SBRT course: 'Dose-volume histograms "
                            "for plan %s (approved 2024-05-29) reviewed ...' with that plan's values (PTV_5000 V100%% "
                            "96.2%%, chest wall V30 Gy 17.8 cc ...). No document reviews the DVHs of %s, the plan "
                            "being treated: incomplete (missing also accepted: for this plan no DVH review exists)"
                            % (x.plan, x.s["prior"], x.plan))
    elif t == "recalc_qa":
        r["dosimetric-verification"] = E("incomplete",
                                         "crosscheck_dose_verification.pdf is titled 'Patient-Specific IMRT QA - "
                                         "Dose Verification Report', reports gamma pass rates, 'Isocenter dose "
                                         "difference measured against TPS: -0.6%%' and 'PASS - plan verified for "
                                         "treatment', signed by both roles; but its method is 'secondary Monte Carlo "
                                         "dose recalculation of the exported plan on the planning CT; no beam "
                                         "delivery, no phantom or detector used'. A recalculation is not a physical "
                                         "dose measurement; no measured QA exists: incomplete (docs/requirements.md, "
                                         "'Results, not mentions')")
        r["dosimetric-verification"]["why"] = r["dosimetric-verification"]["why"].replace("%%", "%")
    elif t == "physics_resident":
        r["dosimetric-verification"] = E("incomplete",
                                         "arcphantom_qa.pdf: measured %s, passing, and the radiation oncologist's "
                                         "review is signed; but the only physics signature is 'Physics approval: "
                                         "Jonah Abernathy-Tran, MS (Medical Physics Resident, PGY-2)'. A trainee does "
                                         "not stand in for the qualified medical physicist, and no DABR physicist "
                                         "signs the QA anywhere in the chart (the twin nf09 has the same resident as "
                                         "'Measured by' and the physicist's approval): incomplete" % x.t_qa.iso())
    elif t == "rx_pending_cosign":
        r["plan-goals-constraints"] = E("incomplete",
                                        "rx_order_print.pdf holds the targets (%s) and the only OAR dose constraints, "
                                        "but it was 'Entered by: %s (on behalf of ordering provider)' and its only "
                                        "signature reads 'Electronically signed by: %s -- signature pending cosign' "
                                        "with 'Cosign status: Pending'. The physician's signed note and plan review "
                                        "give the target dose only, and organ doses only as achieved values: "
                                        "incomplete (an unsigned order is not cured by an attestation)"
                                        % (tg, x.dosi, x.md))
    return r


# --------------------------------------------------------------------------------------------- validation
def check_trap(x, texts):
    """The trap (or its absence) really is in the rendered text."""
    t = x.trap
    joined = "\n".join(texts.values())
    if x.ck == "juniper":
        nec = texts["imrt_necessity_note.txt"]
        assert ("Entered in Error" in nec) == (t == "entered_in_error")
        others = [v for k, v in texts.items() if k != "imrt_necessity_note.txt"]
        assert not any("3D" in v or "conformal" in v for v in others), "necessity wording leaked"
    if x.ck == "cahokia":
        rv = texts["plan_review_form.txt"]
        assert ("on 2024-" in rv) == (t == "review_year")
        assert "2024" not in "\n".join(v for k, v in texts.items() if k != "plan_review_form.txt")
    if x.ck == "kittatinny":
        rv = texts["ccda_plan_review_note.docx"]
        dvh = [l for l in rv.splitlines() if l.startswith("Dose-volume histograms")]
        assert len(dvh) == 1
        assert ("RUL_SBRT_2024" in dvh[0]) == (t == "dvh_copy_forward")
        assert ("plan %s " % x.plan in dvh[0]) == (t != "dvh_copy_forward")
        assert "plan %s (created" % x.plan in rv
    if x.ck == "palouse":
        qa = [k for k in texts if k.startswith("crosscheck")]
        assert len(qa) == 1
        q = texts[qa[0]]
        assert ("no beam delivery" in q and "phantom" not in q.replace("no phantom", "")) == (t == "recalc_qa")
    if x.ck == "chattahoochee":
        q = texts["arcphantom_qa.pdf"]
        assert ("DABR" in q) == (t != "physics_resident")
        assert "Medical Physics Resident" in q
        assert "DABR" not in "\n".join(v for k, v in texts.items() if k != "arcphantom_qa.pdf")
    if x.ck == "tuckahoe":
        rx = texts["rx_order_print.pdf"]
        assert ("pending cosign" in rx) == (t == "rx_pending_cosign")
        for k in ("new_patient_note.pdf", "plan_review.txt"):
            assert "<" not in texts[k], "a comparator outside the Rx"
    # plan reports carry no objectives, no achieved values and no physician signature
    plan = texts[WHERE[x.ck]["plan"]]
    assert "<" not in plan and x.md not in plan and "D95" not in plan
    # only the Palouse QA trap, nowhere else, is a calculation
    if t != "recalc_qa":
        assert "recalculation" not in joined


def check_timeline(x):
    order = [x.t_consult, x.t_consult_sig, x.t_sim, x.t_rx, x.t_plan, x.t_review, x.t_qa, x.t_qa_phys,
             x.t_qa_md, x.t_fx1]
    for a, b in zip(order, order[1:]):
        assert a.key() < b.key(), (x.cid, a.key(), b.key())
    assert x.t_sim.key() < x.t_nec.key() < x.t_nec_err.key() < x.t_rx.key()
    assert all(t.d.year == 2025 for t in order)


def validate(cid, exp, files, texts, mrn):
    assert list(exp["requirements"]) == REQ_IDS, cid
    for rid, e in exp["requirements"].items():
        assert e["status"] and len(e["status"]) <= 2 and set(e["status"]) <= STATUSES, (cid, rid)
        assert e["why"].strip() and "{" not in e["why"] and "%s" not in e["why"], (cid, rid)
        if len(e["status"]) == 2:
            assert "accepted" in e["why"], (cid, rid)
    crit = exp["requirements"]["necessity-criterion"]
    assert "criteria" in crit and all(1 <= c <= 5 for c in crit["criteria"])
    assert bool(crit["criteria"]) == (crit["status"][0] in ("met", "incomplete")), cid
    assert 3 <= len(files) <= 7, cid
    assert mrn.startswith("98")
    for f in files:
        assert "SYNTHETIC" in texts[f], (cid, f)
        assert mrn in texts[f], (cid, f, "MRN")


# --------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dump", default=None)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    index, grid, mrns = [], [], set()
    counts = {r: {} for r in REQ_IDS}
    nfiles = {}
    for cid, ck, site, pat, mrn, start, conds, trap, dx in CHARTS:
        assert mrn not in mrns
        mrns.add(mrn)
        x = Ctx(cid, ck, site, pat, mrn, start, conds, trap, dx)
        check_timeline(x)
        cdir = os.path.join(out, cid)
        os.makedirs(cdir)
        docs = BUILDERS[ck](x)
        texts = {}
        for name, blocks, opt in docs:
            p = os.path.join(cdir, name)
            render(blocks, p, **opt)
            texts[name] = extract(p)
            nfiles[name.rsplit(".", 1)[1]] = nfiles.get(name.rsplit(".", 1)[1], 0) + 1
            if a.dump:
                os.makedirs(os.path.join(a.dump, cid), exist_ok=True)
                with open(os.path.join(a.dump, cid, name + ".txt"), "w") as f:
                    f.write(texts[name])
        check_trap(x, texts)
        exp = {"chart_id": cid, "synthetic": True, "style": STYLE[ck],
               "description": "%s, %s. %s: %s." % (x.c["name"], x.c["ehr"],
                                                   "Trap" if trap else "Compliant twin", TRAP_TEXT[trap]),
               "patient": {"name": x.pname, "mrn": mrn, "dob": x.dob},
               "requirements": expectations(x), "document_problems": {}}
        validate(cid, exp, [d[0] for d in docs], texts, mrn)
        with open(os.path.join(cdir, "expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
        gaps = ["%s %s" % (r, "|".join(e["status"])) for r, e in exp["requirements"].items()
                if e["status"][0] not in ("met", "not_applicable")]
        st = [exp["requirements"][r]["status"][0] for r in REQ_IDS]
        verdict = "hold" if any(s in ("missing", "incomplete") for s in st) else \
            "needs_review" if "needs_review" in st else "ready"
        index.append([cid, STYLE[ck], TRAP_TEXT[trap], "; ".join(gaps) or "-", len(docs), verdict] + st +
                     [" ".join(map(str, exp["requirements"]["necessity-criterion"]["criteria"]))])
        for r in REQ_IDS:
            s0 = exp["requirements"][r]["status"][0]
            counts[r][s0] = counts[r].get(s0, 0) + 1
        grid.append((cid, st))
    with open(os.path.join(os.path.dirname(out), "charts_index.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["chart_id", "style", "trap", "expected_gaps", "documents", "verdict"] + REQ_IDS + ["criteria"])
        w.writerows(index)
    if a.quiet:
        return
    abbrev = {"met": "met", "incomplete": "INC", "missing": "MIS", "not_applicable": "n/a", "needs_review": "NR"}
    print("%d charts, %d documents (%s)" % (len(index), sum(nfiles.values()),
                                            ", ".join("%d %s" % (v, k.upper()) for k, v in sorted(nfiles.items()))))
    print("\n%-26s %5s %5s %5s %5s %5s" % ("requirement", "met", "inc", "mis", "nr", "n/a"))
    for r in REQ_IDS:
        c = counts[r]
        print("%-26s %5d %5d %5d %5d %5d" % (r, c.get("met", 0), c.get("incomplete", 0), c.get("missing", 0),
                                            c.get("needs_review", 0), c.get("not_applicable", 0)))
    print("\n%-52s %s" % ("chart", " ".join("%-4s" % r[:4] for r in REQ_IDS)))
    for cid, st in grid:
        print("%-52s %s" % (cid, " ".join("%-4s" % abbrev[s] for s in st)))
    v = [row[5] for row in index]
    print("\nverdicts: %d ready, %d hold, %d needs_review" % (v.count("ready"), v.count("hold"),
                                                              v.count("needs_review")))


if __name__ == "__main__":
    main()
