"""Blind evaluation set novel_d: writes eval/novel_d/charts/ and charts_index.csv, validates, prints the tables.

    /work/main/.venv/bin/python eval/novel_d/generate.py [--out DIR] [--quiet] [--dump DIR]
"""
import argparse
import csv
import hashlib
import json
import os
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nd_world import CLINICS, SITES, add_bd, at, arcs, statics, mdy, dmon      # noqa: E402
from nd_text import OPENER, rx_text                                              # noqa: E402
from nd_render import render, extract_text                                       # noqa: E402
from nd_charts import CHARTS, REQ, DEFAULTS, NA_COMP, E                          # noqa: E402

STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}


class Plan:
    def __init__(self, **kw):
        self.achieved = None
        self.note = None
        self.__dict__.update(kw)


class Ctx:
    pass


def make_ctx(ch):
    rnd = random.Random(int(hashlib.sha256(ch["id"].encode()).hexdigest()[:12], 16))
    x = Ctx()
    x.c = CLINICS[ch["clinic"]]
    x.pt = ch["pt"]
    x.s = SITES[ch["site"]]
    x.conds = ch["conds"]
    x.targets = list(x.s["targets"])
    x.oars = list(x.s["oars"])
    x.achieved = list(x.s["achieved"])
    b, d = ch["base"], ch.get("delay", 0)
    if b.weekday() > 4:
        raise SystemExit("%s: base date on a weekend" % ch["id"])
    T = {"consult": at(b, "15:50"), "sim": at(add_bd(b, 3), "10:30"), "rx": at(add_bd(b, 5), "11:05"),
         "fx1": at(add_bd(b, 11 + d), "09:00")}
    x.T = T

    def newplan(name, targets, beams, created, review, qa_day, qa_t="17:50", md_t="08:10", fx1_date=None,
                fx_first=1, fx_last=None):
        n = len(beams)
        return Plan(name=name, targets=targets, beams=beams,
                    mus=[round(rnd.uniform(180, 420), 1) for _ in range(n)],
                    rates=[round(rnd.uniform(96.6, 99.8), 1) for _ in range(n)],
                    points=[rnd.randint(1800, 4200) for _ in range(n)],
                    segs=[rnd.randint(6, 14) for _ in range(n)],
                    created=created, review=review, qa=at(qa_day, qa_t),
                    qa_phys=None,  # set by the caller: the physicist signs the evening of the measurement
                    qa_md=at(add_bd(qa_day, 1), md_t), fx1_date=fx1_date or T["fx1"].date(),
                    fx_first=fx_first, fx_last=fx_last or targets[0][2])

    created = at(add_bd(b, 8), "14:20")
    review = at(add_bd(b, 9), "08:35")
    qa_day = add_bd(b, 9 + d)
    if ch.get("review_before_plan"):
        review = at(add_bd(created.date(), -2), "16:15")
    p = newplan(x.s["plan"], x.targets, x.s["beams"], created, review, qa_day)
    p.qa_phys = at(qa_day, "18:30")
    x.plans = [p]
    if ch.get("boost"):
        p.name, p.targets, p.fx_last = "PELV_IMRT", [x.targets[0]], 25
        q = newplan("BST_IMRT", [x.targets[1]], statics("B", [180, 230, 280, 330, 30, 80, 130]),
                    at(add_bd(b, 8), "15:40"), review, qa_day, qa_t="19:10", md_t="08:20",
                    fx1_date=add_bd(T["fx1"].date(), 25), fx_first=26, fx_last=44)
        q.qa_phys = at(qa_day, "19:45")
        x.plans.append(q)
    if ch.get("adaptive"):
        p.fx_last = 13
        x.ct2 = at(add_bd(T["fx1"].date(), 8), "11:00")
        x.ct2_fx = 9
        T["ct2"] = x.ct2
        c2 = x.ct2.date()
        q = newplan("HN_VMAT_B", [("PTV_7000", 44.0, 22), ("PTV_5600", 35.2, 22)],
                    arcs(("B_ARC1", 181, 179, "CW", 20), ("B_ARC2", 179, 181, "CCW", 340)),
                    at(add_bd(c2, 2), "14:20"), at(add_bd(c2, 3), "08:35"), add_bd(c2, 3),
                    fx1_date=add_bd(c2, 5), fx_first=14, fx_last=35)
        q.qa_phys = at(add_bd(c2, 3), "18:30")
        q.achieved = [("Spinal cord", "Dmax 40.6 Gy (composite 41.8 Gy)"), ("Left parotid", "Dmean 25.1 Gy"),
                      ("Right parotid", "Dmean 20.9 Gy")]
        q.note = ("Adaptive replan on the repeat CT of %s (weight loss); delivers fractions 14-35 of the 35-fraction "
                  "prescription." % c2.isoformat())
        x.plans.append(q)
    if ch.get("target_only"):
        x.oars_hidden = x.oars
    return x


def fmt_defaults(ch, x):
    g, n, im, dv, po, qa = DEFAULTS[ch["clinic"]]
    oars_short = "; ".join("%s %s" % o for o in x.oars[:2]) + (", ..." if len(x.oars) > 2 else "")
    nb = len(x.plans[0].beams)
    f = dict(rx=rx_text(x.targets).split(" (")[0] + (", ..." if len(x.targets) > 1 else ""), oar=oars_short,
             md=x.c.md.lfc, opener=OPENER[ch["clinic"]].rstrip(":"), oars=x.s["oar_words"], nb=nb,
             dvsig=ch.get("dvsig", ""), review=mdy(x.plans[0].review.date()), created=mdy(x.plans[0].created.date()))
    e = OrderedDict()
    e["plan-goals-constraints"] = E("met", g.format(**f))
    e["necessity-statement"] = E("met", n.format(**f))
    e["necessity-criterion"] = E("met", "the radiation oncologist's signed necessity text (same document as the statement) states condition(s) %s: %s" % (
        ", ".join(map(str, x.conds)), " ".join(x.s["cond"][k] for k in x.conds)), list(x.conds))
    e["image-review"] = E("met", im.format(**f))
    e["dvh-review"] = E("met", dv.format(**f))
    e["portal-description"] = E("met", po.format(**f))
    e["dosimetric-verification"] = E("met", qa.format(**f))
    e["compensator-design"] = E("not_applicable", NA_COMP)
    if ch.get("compensator"):
        e["compensator-design"] = E("met", "compensator_design.pdf: one section per field (7 of 7: CF1-CF7), each with its "
                                    "unique compensator ID, max/min thickness, a 5 x 5 thickness matrix, mill file and "
                                    "checksum, and a caliper thickness check; compensator-based IMRT per plan and consult")
    if ch.get("boost"):
        e["portal-description"] = E("met", "plan_mesquite.txt: PELV_IMRT and BST_IMRT, 7 static fields each, with gantry angles")
        e["image-review"] = E("met", "plan_review.pdf: a section per plan (PELV_IMRT, BST_IMRT), isolines on the planning CT "
                                     "through the targets and organs at risk; one 'Digitally signed:' line dated after both "
                                     "plans were created and before fraction 1 (shared by both courses)")
        e["dvh-review"] = E("met", "same review: 'DVH check' per plan for the targets and organs at risk")
        e["plan-goals-constraints"]["why"] = ("directive.pdf lists both phases (PELV_IMRT PTV_4500 45 Gy/25; BST_IMRT "
                                              "PTV_BOOST_7920 34.2 Gy/19) and the organ-at-risk limits; digitally signed")
    if ch.get("adaptive"):
        e["portal-description"] = E("met", "plan_prairievector.pdf: HN_VMAT_A (ARC1, ARC2) and HN_VMAT_B (B_ARC1, B_ARC2), "
                                           "each arc with start/stop angle and direction")
        e["image-review"] = E("met", "plan_review.pdf, one section per plan, each with its own E-signed line: HN_VMAT_A "
                                     "reviewed after its creation and before fraction 1; HN_VMAT_B reviewed the morning after "
                                     "its creation on the repeat CT and before its first fraction (fx 14)")
        e["dvh-review"] = E("met", "same sections: DVHs for the targets and critical structures with values, per plan")
        e["dosimetric-verification"] = E("met", "judged per course (the 77370 consultation's treatment log names HN_VMAT_A "
                                                "fx 1-13 and HN_VMAT_B from fx 14): each plan has its own Prism Octa4D "
                                                "(invented) measurement above 95%, signed 'Physics: measured and approved' "
                                                "(PhD, DABR) and 'Radiation oncology: reviewed and approved' (MD) after the "
                                                "measurement and before that plan's first fraction")
        e["plan-goals-constraints"]["why"] += "; applies to the initial plan and the adaptive replan"
    if ch.get("no_angles"):
        e["compensator-design"]["why"] += " (the design, too, gives no gantry angle; it identifies each portal by field ID)"
    if ch.get("three_d"):
        why = ("3D conformal course: every document names a forward-planned four-field 3D conformal arrangement; intensity "
               "modulation appears only as 'not needed for this target'; physics did an independent MU check only; 77295 "
               "and 77412 are billed. The IMRT LCD does not apply")
        for r in REQ:
            e[r] = E("not_applicable", why)
        e["necessity-criterion"]["criteria"] = []
    for k, v in ch.get("exp", {}).items():
        v = dict(v)
        v["why"] = v["why"].format(**f)
        e[k] = v
    return OrderedDict((r, e[r]) for r in REQ)


def validate(ch, exp, cdir, files, x, errors, mrns, dump):
    cid = ch["id"]
    if list(exp) != REQ:
        errors.append("%s: requirement ids/order" % cid)
    for r, v in exp.items():
        st = v["status"]
        if not isinstance(st, list) or not 1 <= len(st) <= 2 or any(s not in STATUSES for s in st):
            errors.append("%s %s: bad status %r" % (cid, r, st))
        if not v.get("why") or "{" in v["why"]:
            errors.append("%s %s: why empty or unformatted" % (cid, r))
    nc = exp["necessity-criterion"]
    if "criteria" not in nc:
        errors.append("%s: criteria absent" % cid)
    elif nc["status"][0] in ("met", "incomplete"):
        if sorted(nc["criteria"]) != sorted(ch["conds"]):
            errors.append("%s: criteria %r != conditions written %r" % (cid, nc["criteria"], ch["conds"]))
    elif nc["criteria"]:
        errors.append("%s: criteria must be empty" % cid)
    na = [r for r in REQ[:-1] if exp[r]["status"] == ["not_applicable"]]
    if na and len(na) != 7:
        errors.append("%s: partly not_applicable" % cid)
    if not 3 <= len(files) <= 7:
        errors.append("%s: %d documents" % (cid, len(files)))
    mrn = ch["pt"]["mrn"]
    if not mrn.startswith("96") or mrn in mrns:
        errors.append("%s: MRN %s not unique or not 96..." % (cid, mrn))
    mrns.add(mrn)
    texts = {}
    for fn in files:
        t = extract_text(os.path.join(cdir, fn))
        texts[fn] = t
        if "SYNTHETIC" not in t:
            errors.append("%s/%s: no SYNTHETIC in extracted text" % (cid, fn))
        if mrn not in t:
            errors.append("%s/%s: MRN not in extracted text" % (cid, fn))
        if dump:
            os.makedirs(os.path.join(dump, cid), exist_ok=True)
            with open(os.path.join(dump, cid, fn + ".txt"), "w") as fh:
                fh.write(t)
    # timeline behind date-dependent `met` cells, per plan
    T = x.T
    for p in x.plans:
        fx = at(p.fx1_date, "09:00")
        if exp["dosimetric-verification"]["status"] == ["met"] or (ch.get("boost") and p.name == "PELV_IMRT"):
            if not (p.created < p.qa <= p.qa_phys < fx and p.qa < p.qa_md < fx):
                errors.append("%s %s: QA timeline does not support met" % (cid, p.name))
        if exp["image-review"]["status"] == ["met"] and not (p.created < p.review < fx):
            errors.append("%s %s: review timeline does not support met" % (cid, p.name))
        if (p.review - T["fx1"]).days > 30 or (p.qa_md - T["fx1"]).days > 30:
            errors.append("%s %s: a signature more than 30 days after fraction 1" % (cid, p.name))
    if not (T["consult"] < T["sim"] < T["rx"] < x.plans[0].created):
        errors.append("%s: consult/sim/rx/plan order" % cid)
    if "ct2" in T and x.plans[1].fx1_date != add_bd(T["fx1"].date(), 13):
        errors.append("%s: replan first fraction is not fx 14" % cid)
    # the traps really are in the rendered files
    alltext = "\n".join(texts.values())
    if ch.get("review_before_plan") and not x.plans[0].review < x.plans[0].created:
        errors.append("%s: review is not before the plan" % cid)
    if ch.get("no_angles") and re.search(r"gantry|\bdeg\b|angle", alltext, re.I):
        errors.append("%s: a gantry angle leaked into the no-angle chart" % cid)
    if ch.get("target_only"):
        if "<" in texts["rx.docx"] or "<" in texts["plan_review.pdf"] or "<" in texts["consult.pdf"]:
            errors.append("%s: a comparator in a physician document of the target-only chart" % cid)
    if ch.get("three_d"):
        if re.search(r"IMRT|VMAT|inverse|modulated", alltext):
            errors.append("%s: IMRT wording in the 3D chart" % cid)
        if "Intensity modulation is not needed" not in alltext.replace("\n", " "):
            errors.append("%s: 3D rejection sentence missing" % cid)
    if ch["id"].startswith("nd02") and "Pending Approval" not in texts["journal_entries.pdf"]:
        errors.append("%s: pending status missing" % cid)
    if ch.get("boost"):
        bst = texts["physics_PSQA_BST_IMRT.pdf"]
        if "DABR" in bst or x.c.phys.family in bst or "CMD" not in bst:
            errors.append("%s: boost QA sheet signer wrong" % cid)
    if ch["clinic"] != "bayou" and re.search(r"compensat", alltext, re.I):
        errors.append("%s: compensator wording outside the compensator clinic" % cid)


def verdict(exp):
    f = [exp[r]["status"][0] for r in REQ]
    if all(s == "not_applicable" for s in f):
        return "not_imrt"
    if any(s in ("missing", "incomplete") for s in f):
        return "hold"
    if "needs_review" in f:
        return "needs_review"
    return "ready"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dump", default=None)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    errors, mrns, rows, allexp = [], set(), [], []
    ndocs = Counter()
    perchart = Counter()
    for ch in CHARTS:
        x = make_ctx(ch)
        cdir = os.path.join(out, ch["id"])
        os.makedirs(cdir)
        files = []
        for fname, builder, kw in ch["docs"]:
            blocks, opts = builder(x, **kw)
            render(blocks, os.path.join(cdir, fname), **opts)
            files.append(fname)
            ndocs[fname.rsplit(".", 1)[1].upper()] += 1
        perchart[len(files)] += 1
        exp = fmt_defaults(ch, x)
        validate(ch, exp, cdir, files, x, errors, mrns, a.dump)
        p = ch["pt"]
        doc = OrderedDict([("chart_id", ch["id"]), ("synthetic", True), ("style", ch["style"]),
                           ("description", ch["desc"]),
                           ("patient", OrderedDict([("name", "%s, %s" % (p["family"], p["given"])), ("mrn", p["mrn"]),
                                                    ("dob", p["dob"].isoformat())])),
                           ("requirements", exp), ("document_problems", {})])
        with open(os.path.join(cdir, "expected.json"), "w") as fh:
            json.dump(doc, fh, indent=2)
            fh.write("\n")
        allexp.append((ch, exp))
        rows.append([ch["id"], ch["style"], ch["trap"], ch["gaps"], len(files), verdict(exp)] +
                    ["|".join(exp[r]["status"]) for r in REQ] +
                    [" ".join(map(str, exp["necessity-criterion"].get("criteria", [])))])
    idx = os.path.join(os.path.dirname(out), "charts_index.csv")
    with open(idx, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "expected_gaps", "documents", "verdict"] + REQ + ["criteria"])
        w.writerows(rows)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    if a.quiet:
        return
    print("%d charts, %d documents (%s); per chart: %s" % (
        len(CHARTS), sum(ndocs.values()), ", ".join("%d %s" % (n, k) for k, n in sorted(ndocs.items())),
        ", ".join("%d charts have %d" % (n, k) for k, n in sorted(perchart.items()))))
    print("verdicts:", dict(Counter(verdict(e) for _, e in allexp)))
    print()
    print("| requirement | met | incomplete | missing | needs_review | not_applicable |")
    print("|---|---|---|---|---|---|")
    tot = Counter()
    for r in REQ:
        cnt = Counter(e[r]["status"][0] for _, e in allexp)
        tot.update(cnt)
        print("| %s | %s |" % (r, " | ".join(str(cnt[s]) for s in ["met", "incomplete", "missing", "needs_review", "not_applicable"])))
    print("| **all** | %s |" % " | ".join(str(tot[s]) for s in ["met", "incomplete", "missing", "needs_review", "not_applicable"]))
    cc = Counter(c for _, e in allexp for c in e["necessity-criterion"].get("criteria", []))
    print()
    print("LCD conditions stated (charts):", ", ".join("%d = %d" % (k, cc[k]) for k in sorted(cc)))
    print()
    ab = {"met": "M", "incomplete": "I", "missing": "X", "needs_review": "R", "not_applicable": "-"}
    print("%-54s %s" % ("chart", " ".join("%-3s" % r[:3] for r in REQ)))
    for ch, e in allexp:
        print("%-54s %s  %s" % (ch["id"], " ".join("%-3s" % "/".join(ab[s] for s in e[r]["status"]) for r in REQ), verdict(e)))


if __name__ == "__main__":
    main()
