"""Blind 'novel_b' evaluation set: rural / mid-size US community radiation centers.

    /work/main/.venv/bin/python eval/novel_b/generate.py [--out DIR] [--quiet] [--dump DIR]

Deletes and rewrites eval/novel_b/charts/ and eval/novel_b/charts_index.csv, validates every chart, prints a summary.
"""
import argparse, csv, hashlib, json, os, random, shutil, sys
sys.dont_write_bytecode = True
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nb_world import CLINICS, SITES, Patient, add_bd, D, fmt   # noqa: E402
from nb_render import render, extract                         # noqa: E402
import nb_clinics_a as A                                      # noqa: E402
import nb_clinics_b as B                                      # noqa: E402
from nb_charts import CHARTS                                  # noqa: E402

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
BUILDERS = {n: getattr(m, n) for m in (A, B) for n in dir(m) if n[:3] in ("pb_", "cg_", "bh_", "tw_", "oz_", "sv_")}


class Ctx:
    pass


def make_ctx(ch):
    seed = int(hashlib.sha256(ch["id"].encode()).hexdigest()[:12], 16)
    rnd = random.Random(seed)
    x = Ctx()
    x.seed = seed
    x.c = CLINICS[ch["clinic"]]
    pt = ch["pt"]
    x.p = Patient(pt[0], pt[1], pt[2], D(*pt[3]), pt[4])
    x.s = SITES[ch["site"]]
    x.conds = ch["conds"]
    x.plan_name = ch["plan"]
    x.opts = ch.get("opts", {})
    x.rates = [round(rnd.uniform(96.4, 99.7), 1) for _ in range(24)]
    x.devs = [round(rnd.uniform(-1.8, 1.8), 1) for _ in range(24)]
    x.points = [rnd.randint(900, 1450) for _ in range(10)]
    x.mus = [round(rnd.uniform(120, 260), 1) for _ in range(10)]
    x.segs = [rnd.randint(6, 12) for _ in range(10)]
    nb = len(x.s.get("beams", [None]))
    x.total_mu = round(sum(x.mus[:nb]), 1)
    x.rates_comp = round(sum(x.rates[:nb]) / nb, 1)
    b = D(*ch["base"])
    T = {"consult": b, "sim": add_bd(b, 3), "rx": add_bd(b, 4), "plan": add_bd(b, 8), "review": add_bd(b, 9),
         "qa": add_bd(b, 9), "qa_md": add_bd(b, 10), "fx1": add_bd(b, 11)}
    tm = {"consult": (16, 42), "rx": (10, 5), "plan": (15, 30), "review": (8, 10), "qa": (18, 20), "qa_phys": (19, 5),
          "qa_md": (8, 15), "fx1": (9, 0)}
    if x.opts.get("qa_in_review"):            # physicist-only QA measured the evening the plan is finished; MD reviews it next day
        T["qa"] = T["plan"]
    if x.opts.get("boost"):                   # second plan's QA measured the same evening, later
        T["qa2"] = T["qa"]
        tm["qa2"], tm["qa2_phys"] = (19, 40), (20, 15)
    if x.opts.get("qa_md_early"):             # TRAP: physician QA sign-off on the plan day, before the measurement
        T["qa_md_early"] = T["plan"]
        tm["qa_md_early"] = (16, 20)
    x.T, x.tm = T, tm
    return x


def build_expected(ch, x):
    e = OrderedDict()
    for r in REQ:
        v = ch["exp"][r]
        st = v[0] if isinstance(v[0], list) else [v[0]]
        d = OrderedDict([("status", st), ("why", v[1])])
        if r == "necessity-criterion":
            d["criteria"] = list(v[2]) if len(v) > 2 else []
        e[r] = d
    return e


def validate(ch, exp, cdir, files, x, errors, mrns):
    cid = ch["id"]
    if list(exp) != REQ:
        errors.append("%s: requirement ids or order" % cid)
    for r, v in exp.items():
        st = v["status"]
        if not st or len(st) > 2 or any(s not in STATUSES for s in st):
            errors.append("%s %s: bad status %r" % (cid, r, st))
        if len(st) == 2 and "accepted" not in v["why"]:
            errors.append("%s %s: two statuses but the why does not say 'accepted'" % (cid, r))
        if not v["why"].strip() or "{" in v["why"]:
            errors.append("%s %s: empty why or leftover placeholder" % (cid, r))
    nc = exp["necessity-criterion"]
    if nc["status"][0] in ("met", "incomplete"):
        if not nc["criteria"] or any(c not in (1, 2, 3, 4, 5) for c in nc["criteria"]):
            errors.append("%s: criteria must be non-empty 1-5" % cid)
        if sorted(nc["criteria"]) != sorted(ch["conds"]):
            errors.append("%s: criteria %s differ from the conditions written %s" % (cid, nc["criteria"], ch["conds"]))
    elif nc["criteria"]:
        errors.append("%s: criteria must be empty for %s" % (cid, nc["status"]))
    na = [r for r in REQ[:-1] if exp[r]["status"] == ["not_applicable"]]
    if na and len(na) != 7:
        errors.append("%s: partly not_applicable" % cid)
    if not 3 <= len(files) <= 7:
        errors.append("%s: %d documents" % (cid, len(files)))
    for f in files:
        t = extract(os.path.join(cdir, f))
        if "SYNTHETIC" not in t:
            errors.append("%s/%s: no SYNTHETIC in the extracted text" % (cid, f))
        if x.p.mrn not in t:
            errors.append("%s/%s: MRN %s not in the extracted text" % (cid, f, x.p.mrn))
    if x.p.mrn in mrns or not x.p.mrn.startswith("93"):
        errors.append("%s: MRN reused or not starting with 93" % cid)
    mrns.add(x.p.mrn)
    T = x.T
    if not (T["consult"] < T["rx"] < T["plan"] <= T["qa"] < T["fx1"] and T["plan"] < T["review"] < T["fx1"]):
        errors.append("%s: timeline out of order" % cid)
    if exp["dosimetric-verification"]["status"] == ["met"]:
        if x.opts.get("qa_in_review"):
            if not (T["qa"] < T["review"] < T["fx1"]):
                errors.append("%s: physician QA review not between measurement and first fraction" % cid)
        elif not (T["qa"] < T["qa_md"] < T["fx1"]):
            errors.append("%s: physician QA sign-off not between measurement and first fraction" % cid)
    if x.opts.get("qa_md_early") and not (T["plan"] <= T["qa_md_early"] < T["qa"]):
        errors.append("%s: trap sign-off not before the measurement" % cid)


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
    ap.add_argument("--dump", help="also write the extracted text of every file here")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    errors, mrns, index, allexp, kinds = [], set(), [], [], Counter()
    for ch in CHARTS:
        x = make_ctx(ch)
        cdir = os.path.join(out, ch["id"])
        os.makedirs(cdir)
        files = []
        for fname, bname in ch["docs"]:
            blocks, ro = BUILDERS[bname](x)
            render(blocks, os.path.join(cdir, fname), **ro)
            files.append(fname)
            kinds[fname.rsplit(".", 1)[1]] += 1
            if a.dump:
                os.makedirs(os.path.join(a.dump, ch["id"]), exist_ok=True)
                with open(os.path.join(a.dump, ch["id"], fname + ".txt"), "w") as fh:
                    fh.write(extract(os.path.join(cdir, fname)))
        exp = build_expected(ch, x)
        validate(ch, exp, cdir, files, x, errors, mrns)
        p = x.p
        doc = OrderedDict([("chart_id", ch["id"]), ("synthetic", True), ("style", ch["style"]), ("description", ch["desc"]),
                           ("patient", OrderedDict([("name", p.lf), ("mrn", p.mrn), ("dob", p.dob.isoformat())])),
                           ("requirements", exp), ("document_problems", {})])
        with open(os.path.join(cdir, "expected.json"), "w") as fh:
            json.dump(doc, fh, indent=2)
            fh.write("\n")
        allexp.append((ch, exp))
        gaps = ["%s %s" % (r, "|".join(exp[r]["status"])) for r in REQ
                if exp[r]["status"][0] not in ("met", "not_applicable")]
        if verdict(exp) == "not_imrt":
            gaps = ["all not_applicable (not IMRT)"]
        index.append([ch["id"], ch["style"], ch.get("trap", "-"), "; ".join(gaps) or "-"])
    idx = os.path.join(os.path.dirname(out), "charts_index.csv")
    with open(idx, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(index)
    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    if a.quiet:
        return
    print("%d charts, %d documents (%s)" % (len(CHARTS), sum(kinds.values()), ", ".join("%d %s" % (n, k.upper()) for k, n in sorted(kinds.items()))))
    print("verdicts:", dict(Counter(verdict(e) for _, e in allexp)))
    print()
    print("| requirement | met | incomplete | missing | needs_review | not_applicable | two-status |")
    print("|---|---|---|---|---|---|---|")
    tot = Counter()
    for r in REQ:
        cnt = Counter(e[r]["status"][0] for _, e in allexp)
        tot.update(cnt)
        two = Counter("|".join(e[r]["status"]) for _, e in allexp if len(e[r]["status"]) == 2)
        print("| %s | %s | %s |" % (r, " | ".join(str(cnt[s]) for s in ("met", "incomplete", "missing", "needs_review", "not_applicable")),
                                   ", ".join("%s: %d" % kv for kv in two.items()) or "-"))
    print("| **all** | %s | - |" % " | ".join(str(tot[s]) for s in ("met", "incomplete", "missing", "needs_review", "not_applicable")))
    cc = Counter(c for _, e in allexp for c in e["necessity-criterion"]["criteria"])
    print("\nLCD conditions stated (charts): " + ", ".join("%d = %d" % (k, cc[k]) for k in sorted(cc)))
    ab = {"met": "M", "incomplete": "I", "missing": "X", "needs_review": "R", "not_applicable": "-"}
    print("\n%-54s %s" % ("chart", " ".join("%-4s" % r[:4] for r in REQ)))
    for ch, e in allexp:
        print("%-54s %s  %s" % (ch["id"], " ".join("%-4s" % "/".join(ab[s] for s in e[r]["status"]) for r in REQ), verdict(e)))


if __name__ == "__main__":
    main()
