"""Blind set novel_c: ambulatory EHRs and hospital systems not used by the other sets.

    /work/main/.venv/bin/python eval/novel_c/generate.py                  # rewrites charts/ and charts_index.csv
    /work/main/.venv/bin/python eval/novel_c/generate.py --out DIR --quiet
    /work/main/.venv/bin/python eval/novel_c/generate.py --dump DIR       # also writes every file's extracted text

Deletes and rewrites the output folder, validates every chart, prints the count table and the grid.
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

from nc_world import CLINICS, SITES, add_bd               # noqa: E402
from nc_render import render, extract                      # noqa: E402
from nc_charts import CHARTS, DOCS, STYLE, REQ, TRAP_LABEL, expectations   # noqa: E402
import nc_docs_b as B                                      # noqa: E402

STATUSES = {"met", "incomplete", "missing", "needs_review", "not_applicable"}


class X:
    pass


def context(ch):
    rnd = random.Random(int(hashlib.sha256(ch["id"].encode()).hexdigest()[:16], 16))
    x = X()
    x.ck = "dms" if ch["clinic"] == "dms3d" else ch["clinic"]
    x.c = CLINICS[x.ck]
    x.pt = ch["pt"]
    x.s = SITES[ch["site"]]
    x.conds = ch["conds"]
    x.trap = ch.get("trap")
    x.np_consult = bool(ch.get("np_consult"))
    n = len(x.s["beams"])
    x.mus = [round(rnd.uniform(180, 420), 1) for _ in range(n)]
    x.rates = [round(rnd.uniform(96.2, 99.7), 1) for _ in range(12)]
    x.diffs = [round(rnd.uniform(-1.8, 1.8), 1) for _ in range(12)]
    x.points = rnd.randint(1500, 3800)
    x.acct = "V%08d" % rnd.randint(10 ** 6, 10 ** 7)
    x.num = "%05d" % rnd.randint(10000, 99999)
    if x.trap == "qa_failed":
        x.fail_rates = [89.4, 86.1, 84.7, 91.2, 92.0, 85.3, 90.4][:n]
        x.fail_comp = round(sum(x.fail_rates) / n, 1)
        x.fail_beams = [x.s["beams"][i][0] for i in range(n) if x.fail_rates[i] < 90]
    b = ch["base"]
    x.T = {"consult": b, "sim": add_bd(b, 2), "rx": add_bd(b, 4), "plan": add_bd(b, 7), "review": add_bd(b, 8),
           "qa": add_bd(b, 8), "qa_phys": add_bd(b, 8), "qa_md": add_bd(b, 9), "qa_md2": add_bd(b, 9), "fx1": add_bd(b, 10)}
    m = rnd.randint(0, 14)
    x.H = {"consult": (16, m), "consult_att": (17, 30 + m), "sim": (10, 30), "rx": (9, 10 + m), "plan": (15, 20 + m),
           "review": (8, 25 + m), "qa": (17, 25 + m), "qa_phys": (18, 5 + m), "qa_md": (9, 20 + m),
           "qa_md2": (9, 24 + m), "fx1": (8, 0)}
    x.fx_dates = [x.T["fx1"]]
    while len(x.fx_dates) < 6:
        x.fx_dates.append(add_bd(x.fx_dates[-1], 1))
    return x


def docs_for(ch):
    docs = list(DOCS[ch["clinic"]])
    if ch.get("trap") == "np_necessity":
        docs.insert(1, ("np_necessity_statement.rtf", B.ex_np_statement))
    return docs


# trap wording that must be in the rendered file (file, text)
TRAP_TEXT = {
    "qa_failed": ("veritas_ring_qa.pdf", "NOT PASSED"),
    "achieved_only": ("treatment_order.pdf", "to be evaluated on the plan's dose statistics"),
    "scribe_pending": ("plan_review_visit.docx", "PENDING PROVIDER REVIEW"),
    "isodose_deferred": ("planning_visit_note.txt", "not yet reviewed on the planning CT"),
    "np_necessity": ("np_necessity_statement.rtf", "Ainsley Frey, APRN, FNP-C"),
    "3d": ("consult.docx", "Intensity modulation is not indicated"),
}


def validate(ch, exp, cdir, files, x, errs, mrns):
    cid = ch["id"]
    if list(exp) != REQ:
        errs.append("%s: ids/order" % cid)
    for r, v in exp.items():
        st = v["status"]
        if not isinstance(st, list) or not 1 <= len(st) <= 2 or any(s not in STATUSES for s in st):
            errs.append("%s %s: status %r" % (cid, r, st))
        if len(st) == 2 and "accepted" not in v["why"]:
            errs.append("%s %s: two statuses without 'accepted'" % (cid, r))
        if not v.get("why", "").strip() or re.search(r"%[sd]|\{\w*\}", v["why"]):
            errs.append("%s %s: empty why or placeholder" % (cid, r))
    nc = exp["necessity-criterion"]
    if "criteria" not in nc:
        errs.append("%s: no criteria" % cid)
    elif nc["status"][0] in ("met", "incomplete"):
        if sorted(nc["criteria"]) != sorted(ch["conds"]) or not nc["criteria"]:
            errs.append("%s: criteria %r differ from the conditions written %r" % (cid, nc["criteria"], ch["conds"]))
    elif nc["criteria"]:
        errs.append("%s: criteria must be empty" % cid)
    na = [r for r in REQ if exp[r]["status"] == ["not_applicable"]]
    if ch.get("trap") == "3d" and len(na) != 8:
        errs.append("%s: 3D chart not all not_applicable" % cid)
    if ch.get("trap") != "3d" and len(na) != 1:
        errs.append("%s: IMRT chart with not_applicable beyond compensator" % cid)
    if not 3 <= len(files) <= 7:
        errs.append("%s: %d documents" % (cid, len(files)))
    texts = {}
    for f in files:
        t = extract(os.path.join(cdir, f))
        texts[f] = t
        if "SYNTHETIC" not in t:
            errs.append("%s/%s: no SYNTHETIC" % (cid, f))
        if ch["pt"]["mrn"] not in t:
            errs.append("%s/%s: MRN missing" % (cid, f))
        if not ch["pt"]["mrn"].startswith("95"):
            errs.append("%s: MRN must start with 95" % cid)
    if ch["pt"]["mrn"] in mrns:
        errs.append("%s: MRN reused" % cid)
    mrns.add(ch["pt"]["mrn"])
    T = x.T
    if not (T["consult"] < T["sim"] < T["rx"] < T["plan"] < T["review"] < T["fx1"]):
        errs.append("%s: timeline order" % cid)
    if not (T["plan"] < T["qa"] <= T["qa_phys"] < T["qa_md"] < T["fx1"]):
        errs.append("%s: QA timeline" % cid)
    if T["qa"] == T["qa_phys"] and not x.H["qa"] < x.H["qa_phys"]:
        errs.append("%s: physicist signs before the measurement" % cid)
    if ch.get("trap") in TRAP_TEXT:
        f, w = TRAP_TEXT[ch["trap"]]
        if w not in " ".join(texts.get(f, "").split()):
            errs.append("%s: trap text %r not in %s" % (cid, w, f))
    if ch.get("trap") == "3d":
        for f, t in texts.items():
            if re.search(r"\bIMRT\b|VMAT|intensity-modulated", t):
                errs.append("%s/%s: 3D chart mentions IMRT/VMAT" % (cid, f))
    if ch.get("trap") == "achieved_only":
        for f, t in texts.items():
            if re.search(r"(Dmax|Dmean|V\d+Gy)\s*[<>]", t):
                errs.append("%s/%s: achieved-only chart carries a constraint" % (cid, f))
    if ch.get("trap") == "isodose_deferred":
        for f, t in texts.items():
            if f != "planning_visit_note.txt" and re.search(r"isodose", t, re.I):
                errs.append("%s/%s: another isodose mention" % (cid, f))
    if ch.get("trap") == "np_necessity":
        for f in ("consult_note.pdf",):
            if re.search(r"3D conformal", texts[f]):
                errs.append("%s: MD consult must not carry a necessity statement" % cid)
    return texts


def first(e, r):
    return e[r]["status"][0]


def verdict(e):
    f = [first(e, r) for r in REQ]
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
    errs, mrns, rows, allexp, kinds, per_chart = [], set(), [], [], Counter(), Counter()
    for ch in CHARTS:
        x = context(ch)
        cdir = os.path.join(out, ch["id"])
        os.makedirs(cdir)
        files = []
        for fname, fn in docs_for(ch):
            items, opts = fn(x)
            render(items, os.path.join(cdir, fname), **opts)
            files.append(fname)
            kinds[fname.rsplit(".", 1)[1].upper()] += 1
        per_chart[len(files)] += 1
        e = expectations(ch, x)
        e = OrderedDict((r, e[r]) for r in REQ)
        texts = validate(ch, e, cdir, files, x, errs, mrns)
        if a.dump:
            ddir = os.path.join(a.dump, ch["id"])
            os.makedirs(ddir, exist_ok=True)
            for f, t in texts.items():
                with open(os.path.join(ddir, f + ".txt"), "w") as fh:
                    fh.write(t)
        p = ch["pt"]
        doc = OrderedDict([("chart_id", ch["id"]), ("synthetic", True), ("style", STYLE[ch["clinic"]]),
                           ("description", ch["desc"]),
                           ("patient", OrderedDict([("name", "%s, %s" % (p["family"], p["given"])), ("mrn", p["mrn"]),
                                                    ("dob", p["dob"].isoformat())])),
                           ("requirements", e), ("document_problems", {})])
        text = json.dumps(doc, indent=2)
        text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
        with open(os.path.join(cdir, "expected.json"), "w") as fh:
            fh.write(text + "\n")
        gaps = ["%s %s" % (r, "|".join(e[r]["status"])) for r in REQ
                if first(e, r) not in ("met", "not_applicable")]
        if ch.get("trap") == "3d":
            gaps = ["all not_applicable (not IMRT)"]
        rows.append([ch["id"], STYLE[ch["clinic"]], TRAP_LABEL.get(ch.get("trap"), "complete"), "; ".join(gaps) or "-",
                     len(files), verdict(e)] + ["|".join(e[r]["status"]) for r in REQ] +
                    [" ".join(map(str, e["necessity-criterion"]["criteria"]))])
        allexp.append((ch, e))
    idx = os.path.join(os.path.dirname(out), "charts_index.csv")
    with open(idx, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "expected_gaps", "documents", "verdict"] + REQ + ["criteria"])
        w.writerows(rows)
    if errs:
        print("VALIDATION FAILED")
        for m in errs:
            print("  " + m)
        sys.exit(1)
    if a.quiet:
        return
    print("%d charts, %d documents (%s); documents per chart: %s" % (
        len(CHARTS), sum(kinds.values()), ", ".join("%d %s" % (v, k) for k, v in sorted(kinds.items())),
        ", ".join("%d x %d" % (v, k) for k, v in sorted(per_chart.items()))))
    print("verdicts:", dict(Counter(verdict(e) for _, e in allexp)))
    print()
    print("| requirement | met | incomplete | missing | needs_review | not_applicable |")
    print("|---|---|---|---|---|---|")
    tot = Counter()
    for r in REQ:
        c = Counter(first(e, r) for _, e in allexp)
        tot.update(c)
        print("| %s | %s |" % (r, " | ".join(str(c[s]) for s in ["met", "incomplete", "missing", "needs_review", "not_applicable"])))
    print("| **all** | %s |" % " | ".join(str(tot[s]) for s in ["met", "incomplete", "missing", "needs_review", "not_applicable"]))
    cc = Counter(n for _, e in allexp for n in e["necessity-criterion"]["criteria"])
    print()
    print("LCD conditions stated (charts):", ", ".join("%d = %d" % (k, cc[k]) for k in sorted(cc)))
    print()
    ab = {"met": "M", "incomplete": "I", "missing": "X", "needs_review": "R", "not_applicable": "-"}
    print("%-50s %s" % ("chart", " ".join(r[:4] for r in REQ)))
    for ch, e in allexp:
        print("%-50s %s  %s" % (ch["id"], " ".join("%-4s" % "/".join(ab[s] for s in e[r]["status"]) for r in REQ), verdict(e)))


if __name__ == "__main__":
    main()
