#!/usr/bin/env python3
"""Write the SYNTHETIC signer-layout evaluation charts and validate every expected.json.

    /work/main/.venv/bin/python eval/signers/generate.py              # rewrites eval/signers/charts/
    /work/main/.venv/bin/python eval/signers/generate.py --out /tmp/x --quiet

The script owns its output folder: it deletes it and writes it again. Output is byte-for-byte
deterministic (seeded choices, reportlab invariant=1, fixed DOCX zip timestamps and core properties).
Expectations are hand-written in the _sg_charts_*.py tables; nothing here derives them.
"""
from __future__ import annotations

import argparse
import collections
import csv
import io
import json
import os
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from _sg_charts_a import CHARTS as A  # noqa: E402
from _sg_charts_b import CHARTS as B  # noqa: E402
from _sg_charts_c import CHARTS as C  # noqa: E402
from _sg_model import REQ_IDS, STATUSES, Ctx  # noqa: E402
from _sg_render import render  # noqa: E402

CHARTS = A + B + C


def dumps(obj) -> str:
    """json.dumps(indent=2) with short scalar lists kept on one line: "status": ["met"]."""
    text = json.dumps(obj, indent=2, ensure_ascii=False)
    return re.sub(r"\[\s*((?:\"[^\"\n]*\"|\d+)(?:,\s*(?:\"[^\"\n]*\"|\d+))*)\s*\]",
                  lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",")) + "]", text)


def marker_in_file(path: str, data: bytes) -> bool:
    ext = path.rsplit(".", 1)[-1]
    if ext in ("txt", "rtf"):
        return b"SYNTHETIC" in data
    if ext == "docx":
        z = zipfile.ZipFile(io.BytesIO(data))
        return any(b"SYNTHETIC" in z.read(n) for n in z.namelist() if n.startswith("word/"))
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return "SYNTHETIC" in extract_text(io.BytesIO(data))
    return False


def validate(chart, files):
    errs = []
    req = chart.expect
    if list(req) != REQ_IDS:
        errs.append(f"requirement ids/order: {list(req)}")
    for rid, e in req.items():
        if not e["status"] or any(s not in STATUSES for s in e["status"]):
            errs.append(f"{rid}: bad status {e['status']}")
        if len(e["status"]) > 2 or len(set(e["status"])) != len(e["status"]):
            errs.append(f"{rid}: status list {e['status']}")
        if not e.get("why"):
            errs.append(f"{rid}: no why")
        if len(e["status"]) == 2 and "accept" not in e["why"].lower():
            errs.append(f"{rid}: two statuses but the why does not say both are accepted")
    crit = req.get("necessity-criterion", {})
    if "criteria" not in crit:
        errs.append("necessity-criterion: criteria missing")
    else:
        c = crit["criteria"]
        if any(x not in (1, 2, 3, 4, 5) for x in c):
            errs.append(f"criteria values {c}")
        if crit["status"][0] in ("missing", "needs_review") and c:
            errs.append("criteria must be empty when missing/needs_review")
        if crit["status"][0] in ("met", "incomplete") and not c:
            errs.append("criteria empty for met/incomplete")
    for p in chart.problems:
        if p not in files:
            errs.append(f"problem file {p} not in chart")
    if not 3 <= len(files) <= 7:
        errs.append(f"{len(files)} documents (want 3-7)")
    if len(set(files)) != len(files):
        errs.append("duplicate file names")
    return errs


def build(out: str, quiet: bool) -> int:
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    bad = 0
    seen = set()
    for ch in CHARTS:
        if ch.chart_id in seen:
            print(f"duplicate chart id {ch.chart_id}")
            bad += 1
        seen.add(ch.chart_id)
        cdir = os.path.join(out, ch.chart_id)
        os.makedirs(cdir)
        files = []
        for d in ch.docs:
            ctx = Ctx(ch, d.path)
            doc = d.builder(ctx, **d.opts)
            if "SYNTHETIC" not in doc.text():
                print(f"{ch.chart_id}/{d.path}: no SYNTHETIC marker in the document model")
                bad += 1
            data = render(doc, d.path)
            if not marker_in_file(d.path, data):
                print(f"{ch.chart_id}/{d.path}: no SYNTHETIC marker in the rendered file")
                bad += 1
            with open(os.path.join(cdir, d.path), "wb") as fh:
                fh.write(data)
            files.append(d.path)
        for e in validate(ch, files):
            print(f"{ch.chart_id}: {e}")
            bad += 1
        p = ch.patient
        exp = {"chart_id": ch.chart_id, "synthetic": True, "style": ch.style, "description": ch.description,
               "patient": {"name": f"{p.last}, {p.first}", "mrn": p.mrn, "dob": p.dob.isoformat()},
               "requirements": ch.expect, "document_problems": ch.problems}
        with open(os.path.join(cdir, "expected.json"), "w", encoding="utf-8") as fh:
            fh.write(dumps(exp) + "\n")
    # duplicate MRNs would let one chart's documents look like another patient's
    mrns = collections.Counter(c.patient.mrn for c in CHARTS)
    for m, n in mrns.items():
        if n > 1:
            print(f"MRN {m} used {n} times")
            bad += 1
    write_index(out)
    if not quiet:
        summary()
    print(f"{len(CHARTS)} charts written to {out}; {bad} problem(s)")
    return 1 if bad else 0


def write_index(out):
    path = os.path.join(os.path.dirname(out.rstrip("/")), "charts_index.csv") if out == DEFAULT_OUT \
        else os.path.join(out, "charts_index.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["chart_id", "style", "documents"] + REQ_IDS + ["criteria"])
        for c in CHARTS:
            w.writerow([c.chart_id, c.style, len(c.docs)] + ["|".join(c.expect[r]["status"]) for r in REQ_IDS]
                       + [" ".join(map(str, c.expect["necessity-criterion"]["criteria"]))])


def summary():
    short = {"met": "met", "incomplete": "inc", "missing": "MIS", "not_applicable": "n/a",
             "needs_review": "rev"}
    cnt = {r: collections.Counter() for r in REQ_IDS}
    two = {r: collections.Counter() for r in REQ_IDS}
    for c in CHARTS:
        for r in REQ_IDS:
            st = c.expect[r]["status"]
            cnt[r][st[0]] += 1
            if len(st) > 1:
                two[r]["|".join(st)] += 1
    cols = ["met", "incomplete", "missing", "needs_review", "not_applicable"]
    print(f"{'requirement':26s}" + "".join(f"{x:>15s}" for x in cols) + "  two-status")
    for r in REQ_IDS:
        print(f"{r:26s}" + "".join(f"{cnt[r][x]:15d}" for x in cols) + "  " +
              (", ".join(f"{k}: {v}" for k, v in two[r].items()) or "-"))
    print()
    print(f"{'chart':34s}" + " ".join(f"{r[:9]:>9s}" for r in REQ_IDS))
    for c in CHARTS:
        print(f"{c.chart_id:34s}" + " ".join(
            f"{'/'.join(short[s] for s in c.expect[r]['status']):>9s}" for r in REQ_IDS))
    crit = collections.Counter(x for c in CHARTS for x in c.expect["necessity-criterion"]["criteria"])
    print("\nLCD conditions stated (charts):", ", ".join(f"{k} = {crit[k]}" for k in sorted(crit)))
    verdicts = collections.Counter()
    for c in CHARTS:
        first = [c.expect[r]["status"][0] for r in REQ_IDS]
        verdicts["hold" if {"missing", "incomplete"} & set(first) else
                 "needs_review" if "needs_review" in first else "ready"] += 1
    print("Verdicts implied (first-listed status):", dict(verdicts))


DEFAULT_OUT = os.path.join(HERE, "charts")

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    sys.exit(build(a.out, a.quiet))
