#!/usr/bin/env python3
"""Held-out evaluation set for chart-auditor: writes eval/holdout/charts/<chart_id>/ (documents +
expected.json), validates the expectations and prints the charts x requirements table.

    /tmp/venv/bin/python eval/holdout/generate.py [--out DIR] [--quiet]

Deterministic: the same code gives byte-identical files. Every patient, clinician and clinic is
fictional and every document carries a SYNTHETIC marker.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _ho_charts_a import CHARTS as A          # noqa: E402
from _ho_charts_b import CHARTS as B          # noqa: E402
from _ho_charts_c import CHARTS as C          # noqa: E402
from _ho_kit import GENERIC, IDS, Lazy, expectation   # noqa: E402
from _ho_model import CLINICS, DOSIM, MD, PHYS, SITES, Ctx   # noqa: E402
from _ho_render import render              # noqa: E402
from _ho_words import ocr                  # noqa: E402

CHARTS = A + B + C
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
SHORT = {"met": "met", "incomplete": "inc", "missing": "MISS", "not_applicable": "n/a",
         "needs_review": "REV"}
NO_NOISE = ("signed", "Sign", "/s/", "SYNTHETIC", "Approved", "approved by", "Verified", "Reviewed by",
            "DOB", "MRN", "Patient")


def context(ch):
    return Ctx(chart_id=ch.id, pt=ch.pt, site=SITES[ch.site], md=MD[ch.md], phys=PHYS[ch.phys],
               dosim=DOSIM[ch.dosim], clinic=CLINICS[ch.clinic], beams=ch.beams(random.Random(ch.id + "/beams")),
               d0=date.fromisoformat(ch.d0), tech=ch.tech or "imrt")


def add_noise(blocks, rate, seed):
    out = []
    for i, b in enumerate(blocks):
        if b[0] == "p" and not any(w in b[1] for w in NO_NOISE):
            b = ("p", ocr(b[1], rate, f"{seed}/{i}"))
        out.append(b)
    return out


def build_doc(ch, cx, d):
    opts = {k: v for k, v in d.kw.items() if k in GENERIC}
    kw = {k: (v(cx) if isinstance(v, Lazy) else v) for k, v in d.kw.items() if k not in GENERIC}
    dcx = cx.other(opts["other"]) if "other" in opts else cx
    dcx.rng = random.Random(f"{ch.id}/{d.path}")
    blocks = d.builder(dcx, **kw)
    if opts.get("noise"):
        blocks = add_noise(blocks, opts["noise"], f"{ch.id}/{d.path}")
    return render(d.path, blocks, f"{ch.id}/{d.path}", damage_kind=opts.get("damage"),
                  footer=opts.get("footer"), serif=opts.get("serif", False), a4=opts.get("a4", False),
                  image_pages=opts.get("image_pages", ()), crlf=opts.get("crlf", False))


def has_marker(path, data):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return any(b"SYNTHETIC" in z.read(n) for n in z.namelist())
    return b"SYNTHETIC" in data


def expected_json(ch):
    reqs = expectation(ch.exp)
    return {"chart_id": ch.id, "synthetic": True, "style": ch.style, "description": ch.desc,
            "patient": {"name": ch.pt.name, "mrn": ch.pt.mrn, "dob": ch.pt.dob.isoformat()},
            "requirements": reqs, "document_problems": ch.problems}


def validate(ch, exp, files):
    errs = []
    if set(exp["requirements"]) != set(IDS.values()):
        errs.append("requirement ids")
    for rid, r in exp["requirements"].items():
        if not r["status"] or not set(r["status"]) <= STATUSES or not r["why"]:
            errs.append(f"{rid}: bad status/why")
    crit = exp["requirements"]["necessity-criterion"]
    if crit["status"][0] in ("missing", "needs_review") and crit["criteria"]:
        errs.append("criteria listed for a missing/needs_review criterion")
    if crit["status"][0] in ("met", "incomplete") and not crit["criteria"]:
        errs.append("criteria empty for met/incomplete")
    for p, codes in exp["document_problems"].items():
        if p not in files or not codes:
            errs.append(f"problem file {p}")
    for p, data in files.items():
        if not has_marker(p, data):
            errs.append(f"{p}: no SYNTHETIC marker")
    if errs:
        raise SystemExit(f"{ch.id}: " + "; ".join(errs))


def verdict(statuses):
    if any(s in ("missing", "incomplete") for s in statuses):
        return "hold"
    return "needs_review" if "needs_review" in statuses else "ready"


def summary(rows):
    ids = list(IDS.values())
    heads = ["rx", "nec", "crit", "img", "dvh", "por", "qa", "comp"]
    lines = [f"{'chart':44} " + " ".join(f"{h:>9}" for h in heads) + "  verdict"]
    verdicts = Counter()
    for cid, exp in rows:
        cells, first = [], []
        for rid in ids:
            st = exp["requirements"][rid]["status"]
            first.append(st[0])
            cells.append("|".join(SHORT[s] for s in st))
        v = verdict(first)
        verdicts[v] += 1
        lines.append(f"{cid:44} " + " ".join(f"{c:>9}" for c in cells) + f"  {v}")
    lines.append("")
    lines.append(f"{'requirement':26} " + " ".join(f"{s:>14}" for s in sorted(STATUSES)) + "  two-status")
    for rid in ids:
        cnt, two = Counter(), Counter()
        for _, exp in rows:
            st = exp["requirements"][rid]["status"]
            if len(st) == 1:
                cnt[st[0]] += 1
            else:
                two["|".join(st)] += 1
        lines.append(f"{rid:26} " + " ".join(f"{cnt[s]:>14}" for s in sorted(STATUSES)) + "  " +
                     (", ".join(f"{k}: {v}" for k, v in sorted(two.items())) or "-"))
    conds = Counter(c for _, e in rows for c in e["requirements"]["necessity-criterion"]["criteria"])
    lines += ["", f"charts: {len(rows)}   verdicts (first-listed status): " +
              ", ".join(f"{k} {verdicts[k]}" for k in ("ready", "hold", "needs_review")),
              "LCD conditions stated: " + ", ".join(f"{k} = {conds[k]}" for k in sorted(conds))]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE / "charts"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    ids = [c.id for c in CHARTS]
    assert len(ids) == len(set(ids)), "duplicate chart id"
    rows = []
    for ch in CHARTS:
        cx = context(ch)
        files = {d.path: build_doc(ch, cx, d) for d in ch.docs}
        assert len(files) == len(ch.docs), f"{ch.id}: duplicate path"
        exp = expected_json(ch)
        validate(ch, exp, files)
        cdir = out / ch.id
        cdir.mkdir(parents=True)
        for p, data in files.items():
            (cdir / p).write_bytes(data)
        (cdir / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
        rows.append((ch.id, exp))
    if not args.quiet:
        print(summary(rows))


if __name__ == "__main__":
    main()
