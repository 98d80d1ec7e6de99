"""Writes eval/judgement/charts/ (documents + expected.json + charges.csv per chart), validates every
expected.json, and prints the status table.  Deterministic: run twice, get identical bytes.

    /work/main/.venv/bin/python eval/judgement/generate.py [--out DIR] [--quiet]
"""
import argparse
import csv
import io
import json
import os
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import charts_a, charts_b, charts_c  # noqa: E402
from common import REQS  # noqa: E402

STATUSES = ["met", "incomplete", "missing", "needs_review", "not_applicable"]
SEVERITY = ["missing", "incomplete", "needs_review", "met", "not_applicable"]
MARK = b"SYNTHETIC"


def dump(obj, ind=0):
    """JSON with two-space indents and lists of scalars on one line (the layout of eval/charts)."""
    pad, inner = "  " * ind, "  " * (ind + 1)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        return "{\n" + ",\n".join(inner + json.dumps(k) + ": " + dump(v, ind + 1) for k, v in obj.items()) + \
            "\n" + pad + "}"
    if isinstance(obj, list):
        if all(not isinstance(x, (dict, list)) for x in obj):
            return json.dumps(obj, ensure_ascii=False)
        return "[\n" + ",\n".join(inner + dump(v, ind + 1) for v in obj) + "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def has_mark(path):
    data = open(path, "rb").read()
    if path.endswith(".docx"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return any(MARK in z.read(n) for n in z.namelist() if n.startswith("word/"))
    return MARK in data


def most_severe(lists):
    firsts = [lst[0] for lst in lists]
    return min(firsts, key=SEVERITY.index)


def validate(exp, folder):
    errs = []
    cid = exp["chart_id"]
    req = exp["requirements"]
    if sorted(req) != sorted(REQS):
        errs.append("requirement ids")
    for rid, r in req.items():
        st = r.get("status")
        if not st or not isinstance(st, list) or any(s not in STATUSES for s in st) or len(st) > 2:
            errs.append("%s status %r" % (rid, st))
        if not r.get("why"):
            errs.append("%s why empty" % rid)
    crit = req["necessity-criterion"].get("criteria")
    if not isinstance(crit, list) or any(c not in (1, 2, 3, 4, 5) for c in crit):
        errs.append("criteria %r" % crit)
    elif req["necessity-criterion"]["status"][0] in ("missing", "not_applicable", "needs_review") and crit:
        errs.append("criteria must be empty when the criterion is not met")
    elif req["necessity-criterion"]["status"][0] == "met" and not crit:
        errs.append("met criterion without criteria")
    for f in exp["document_problems"]:
        if not os.path.exists(os.path.join(folder, f)):
            errs.append("problem file %s missing" % f)
    if exp["technique"] not in ("imrt", "3d", "mixed"):
        errs.append("technique")
    if exp["technique"] == "3d" and any(r["status"] != ["not_applicable"] for r in req.values()):
        errs.append("3d chart must be all not_applicable")
    case = exp["case"]
    if not (1 <= case["number"] <= 7 and case["role"] in ("trap", "twin")):
        errs.append("case")
    if "courses" in exp:
        imrt = [c for c in exp["courses"] if c["technique"] == "imrt"]
        for c in exp["courses"]:
            if sorted(c["requirements"]) != sorted(REQS):
                errs.append("course %s ids" % c["name"])
            for f in c["documents"]:
                if not os.path.exists(os.path.join(folder, f)):
                    errs.append("course document %s missing" % f)
            if c["technique"] == "3d" and any(r["status"] != ["not_applicable"] for r in c["requirements"].values()):
                errs.append("3d course must be all not_applicable")
        for rid in REQS:
            want = most_severe([c["requirements"][rid]["status"] for c in imrt]) if imrt else "not_applicable"
            if req[rid]["status"][0] != want:
                errs.append("%s: chart %s but most severe course status %s" % (rid, req[rid]["status"][0], want))
        if exp["technique"] == "mixed" and not (imrt and len(imrt) < len(exp["courses"])):
            errs.append("mixed needs IMRT and 3D courses")
    for name in sorted(os.listdir(folder)):
        if name != "expected.json" and not has_mark(os.path.join(folder, name)):
            errs.append("%s lacks the SYNTHETIC marker" % name)
    if errs:
        raise SystemExit("%s: %s" % (cid, "; ".join(errs)))


def check_dates(ch, exp):
    """Where the expectation says met, the documents' own dates must be in order: plan created <= review,
    measurement, signatures < first fraction; QA signed by both roles on or after the measurement."""
    errs = []
    delivered = [ph for ph in ch.phases if ph["fx"]]
    for i, ph in enumerate(delivered):
        if ph["technique"] != "imrt":
            continue
        req = exp["courses"][i]["requirements"] if "courses" in exp else exp["requirements"]
        created, first = ph["plan"]["created"][0], ph["fx"][0]
        if req["image-review"]["status"] == ["met"] and not (created <= ph["review"] < first):
            errs.append("%s review date out of order" % ph["plan"]["plan_id"])
        if req["dosimetric-verification"]["status"] == ["met"]:
            q = ph["qa"]
            m = q["measured"][0]
            roles = {p.title for p, d in q["sigs"] if d is not None}
            if q.get("patient") or not (created <= m < first) or q["composite"] < q.get("tolerance", 95) \
                    or roles != {"Medical Physicist", "Radiation Oncologist"} \
                    or any(not (m <= d < first) for _p, d in q["sigs"] if d is not None):
                errs.append("%s QA not in order for a met verification" % ph["plan"]["plan_id"])
    if errs:
        raise SystemExit("%s: %s" % (ch.cid, "; ".join(errs)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    exps = []
    seen_pt = {}
    for fn in charts_a.CHARTS + charts_b.CHARTS + charts_c.CHARTS:
        ch, exp = fn()
        assert ch.cid not in [e["chart_id"] for e in exps], ch.cid
        key = (ch.patient.lastfirst, ch.patient.mrn)
        assert key not in seen_pt, key
        seen_pt[key] = ch.cid
        folder = os.path.join(a.out, ch.cid)
        os.makedirs(folder)
        for rel, data in sorted(ch.docs.items()):
            with open(os.path.join(folder, rel), "wb") as f:
                f.write(data)
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            f.write(dump(exp) + "\n")
        validate(exp, folder)
        check_dates(ch, exp)
        exps.append(exp)
    write_index(exps, a.out)
    if not a.quiet:
        print(report(exps))


def write_index(exps, out):
    with open(os.path.join(out, "..", "charts_index.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["chart_id", "technique", "case", "role"] + REQS)
        for e in exps:
            w.writerow([e["chart_id"], e["technique"], e["case"]["number"], e["case"]["role"]] +
                       ["|".join(e["requirements"][r]["status"]) for r in REQS])


def report(exps):
    L = ["%d charts" % len(exps), "",
         "| requirement | " + " | ".join(STATUSES) + " | two-status |", "|---" * (len(STATUSES) + 2) + "|"]
    for rid in REQS:
        cnt = {s: 0 for s in STATUSES}
        two = 0
        for e in exps:
            st = e["requirements"][rid]["status"]
            if len(st) > 1:
                two += 1
            else:
                cnt[st[0]] += 1
        L.append("| %s | %s | %s |" % (rid, " | ".join(str(cnt[s]) for s in STATUSES), two or "-"))
    ab = {"met": "met", "incomplete": "INC", "missing": "MISS", "needs_review": "REV", "not_applicable": "n/a"}
    L += ["", "%-42s %-6s %-9s " % ("chart", "tech", "case") + " ".join("%-5s" % r[:5] for r in REQS)]
    for e in exps:
        L.append("%-42s %-6s %-9s " % (e["chart_id"], e["technique"], "%d-%s" % (e["case"]["number"], e["case"]["role"]))
                 + " ".join("%-5s" % "|".join(ab[s] for s in e["requirements"][r]["status"]) for r in REQS))
    verdicts = {"ready": 0, "hold": 0, "needs_review": 0}
    for e in exps:
        firsts = [e["requirements"][r]["status"][0] for r in REQS]
        v = "hold" if {"missing", "incomplete"} & set(firsts) else "needs_review" if "needs_review" in firsts \
            else "ready"
        verdicts[v] += 1
    L += ["", "verdicts implied (first-listed status): %s" % verdicts]
    return "\n".join(L)


if __name__ == "__main__":
    main()
