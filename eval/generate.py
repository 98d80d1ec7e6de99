#!/usr/bin/env python3
"""Write the synthetic IMRT-LCD evaluation charts: eval/charts/<chart_id>/ documents + expected.json.

Deterministic: every random choice is seeded from the chart id, reportlab runs invariant and DOCX zips
get fixed timestamps, so a rerun rewrites identical bytes. The script owns eval/charts/ and recreates
it from scratch. Expected results are written by hand in the chart tables (_charts_*.py) from
docs/requirements.md; nothing here inspects the tool.

Usage: python eval/generate.py [--out DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))

from _charts_a import CHARTS as CHARTS_A  # noqa: E402
from _charts_b import CHARTS as CHARTS_B  # noqa: E402
from _charts_c import CHARTS as CHARTS_C  # noqa: E402
from _model import REQUIREMENTS, SHORT, ChartDef, Doc, assign_patients, make_ctx, make_patient  # noqa: E402
from _render_other import write as write_other  # noqa: E402
from _render_pdf import write_pdf  # noqa: E402

CHARTS: list[ChartDef] = CHARTS_A + CHARTS_B + CHARTS_C
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
PROBLEM_CODES = {"needs-ocr", "corrupt", "encrypted", "empty-file", "unsupported", "no-text"}
GENERIC = ("damage", "noise", "other", "wrap")  # doc options applied here, not by the style builders


def build_doc(chart: ChartDef, ctx, builder, path: str, kw: dict, names: dict) -> Doc:
    kw = dict(kw)
    generic = {k: kw.pop(k) for k in GENERIC if k in kw}
    use = ctx
    if "other" in generic:  # a misfiled document that belongs to someone else
        use = replace(ctx, patient=make_patient(names["other"][(chart.cid, path)], chart.cid + "-other"))
        assert use.patient.name != ctx.patient.name and use.patient.mrn != ctx.patient.mrn
    doc = builder(use, path, **kw)
    doc.path = path
    doc.fmt = os.path.splitext(path)[1].lstrip(".").lower()
    doc.damage = generic.get("damage", doc.damage)
    doc.noise = generic.get("noise", doc.noise)
    doc.wrap = generic.get("wrap", doc.wrap)
    return doc


def _text_of(doc: Doc) -> str:
    parts = [doc.header, doc.footer]
    for b in doc.blocks:
        parts += [str(x) for x in b[1:] if not isinstance(x, dict)]
    return " ".join(parts)


def write_chart(chart: ChartDef, root: str, names: dict) -> dict:
    ctx = make_ctx(chart, names["own"][chart.cid])
    folder = os.path.join(root, chart.cid)
    for builder, path, kw in chart.docs:
        doc = build_doc(chart, ctx, builder, path, kw, names)
        assert "SYNTHETIC" in _text_of(doc), f"{chart.cid}/{path}: no SYNTHETIC marker"
        dest = os.path.join(folder, path)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        (write_pdf if doc.fmt == "pdf" else write_other)(doc, dest)
    expected = {
        "chart_id": chart.cid, "synthetic": True, "style": chart.style, "description": chart.description,
        "patient": {"name": ctx.patient.name, "mrn": ctx.patient.mrn, "dob": ctx.patient.dob.isoformat()},
        "requirements": {SHORT[k]: v for k, v in chart.expect.items()},
        "document_problems": chart.problems,
    }
    validate(chart, expected, folder)
    text = json.dumps(expected, indent=2, ensure_ascii=False)
    text = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text)
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    return expected


def validate(chart: ChartDef, exp: dict, folder: str) -> None:
    reqs = exp["requirements"]
    assert set(reqs) == set(REQUIREMENTS), f"{chart.cid}: requirements {sorted(set(REQUIREMENTS) ^ set(reqs))}"
    for rid, r in reqs.items():
        assert r["status"] and set(r["status"]) <= STATUSES and len(r["status"]) <= 2, f"{chart.cid}/{rid}"
        assert r["why"], f"{chart.cid}/{rid}: no why"
    nc = reqs["necessity-criterion"]
    assert "criteria" in nc and all(1 <= c <= 5 for c in nc["criteria"]), chart.cid
    assert bool(nc["criteria"]) == bool({"met", "incomplete"} & set(nc["status"])), f"{chart.cid}: criteria vs status"
    for rel, codes in exp["document_problems"].items():
        assert os.path.exists(os.path.join(folder, rel)), f"{chart.cid}: {rel} not written"
        assert set(codes) <= PROBLEM_CODES, f"{chart.cid}: {codes}"
    assert chart.docs and len({p for _, p, _ in chart.docs}) == len(chart.docs), f"{chart.cid}: duplicate paths"


def summarise(results: list[dict], out: str, quiet: bool) -> None:
    short = {v: k for k, v in SHORT.items()}
    abbrev = {"met": "met", "incomplete": "inc", "missing": "miss", "not_applicable": "n/a", "needs_review": "nr"}
    rows = []
    for e in results:
        rows.append([e["chart_id"]] + ["|".join(abbrev[s] for s in e["requirements"][r]["status"]) for r in REQUIREMENTS])
    with open(out.rstrip("/\\") + "_index.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["chart_id", "style"] + list(REQUIREMENTS) + ["criteria", "document_problems"])
        for e, r in zip(results, rows):
            w.writerow([r[0], e["style"]] + r[1:] +
                       [" ".join(map(str, e["requirements"]["necessity-criterion"]["criteria"])),
                        "; ".join(f"{k}: {','.join(v)}" for k, v in e["document_problems"].items())])
    if quiet:
        return
    head = ["chart"] + [short[r] for r in REQUIREMENTS]
    width = max(len(r[0]) for r in rows) + 2
    print(head[0].ljust(width) + "".join(h.ljust(10) for h in head[1:]))
    for r in rows:
        print(r[0].ljust(width) + "".join(c.ljust(10) for c in r[1:]))
    print("\nCharts per expected status (a|b = either status accepted):")
    for req in REQUIREMENTS:
        c = Counter("|".join(e["requirements"][req]["status"]) for e in results)
        print(f"  {req:<26}" + "  ".join(f"{k}={c[k]}" for k in sorted(c, key=lambda k: (-c[k], k))))
    crit = Counter(n for e in results for n in e["requirements"]["necessity-criterion"]["criteria"])
    print("  criteria stated (charts):  " + "  ".join(f"{k}={crit[k]}" for k in sorted(crit)))
    print(f"\nVerdicts: {dict(sorted(Counter(verdict(e) for e in results).items()))}   charts: {len(results)}")


def verdict(e: dict) -> str:
    """Chart verdict implied by the first acceptable status of each requirement (docs/requirements.md)."""
    firsts = {r["status"][0] for r in e["requirements"].values()}
    if firsts & {"missing", "incomplete"}:
        return "hold"
    return "needs_review" if "needs_review" in firsts else "ready"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    ids = [c.cid for c in CHARTS]
    assert len(ids) == len(set(ids)), "duplicate chart ids"
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    names = assign_patients(CHARTS)
    results = [write_chart(c, args.out, names) for c in CHARTS]
    summarise(results, args.out, args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
