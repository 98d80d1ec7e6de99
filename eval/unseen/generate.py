#!/usr/bin/env python3
"""Build the blind 'unseen' evaluation set: 26 synthetic IMRT charts with hand-written expectations.

    /work/main/.venv/bin/python eval/unseen/generate.py                 # rewrites eval/unseen/charts/ and charts_index.csv
    /work/main/.venv/bin/python eval/unseen/generate.py --out /tmp/x --quiet
    /work/main/.venv/bin/python eval/unseen/generate.py --dump /tmp/txt  # also writes the extracted text of every file

The script owns charts/ (deletes and rewrites it). Output is byte-for-byte deterministic.
"""
import argparse
import collections
import csv
import io
import json
import os
import re
import shutil
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from u_render import render, extract_text          # noqa: E402
from u_kit import REQ_IDS                          # noqa: E402
import u_charts_a                                  # noqa: E402
import u_charts_b                                  # noqa: E402

STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
SEVERITY = ["missing", "incomplete", "needs_review", "met", "not_applicable"]


def verdict(req):
    first = [req[k]["status"][0] for k in REQ_IDS]
    if all(s == "not_applicable" for s in first):
        return "not_imrt"
    if any(s in ("missing", "incomplete") for s in first):
        return "hold"
    if any(s == "needs_review" for s in first):
        return "needs_review"
    return "ready"


def validate(ch, rendered, texts, errors):
    cid = ch.cid
    req = ch.req
    if list(req.keys()) != REQ_IDS:
        errors.append("%s: requirement ids/order %s" % (cid, list(req.keys())))
    for k, v in req.items():
        st = v.get("status")
        if not isinstance(st, list) or not 1 <= len(st) <= 2 or any(s not in STATUSES for s in st):
            errors.append("%s/%s: bad status %r" % (cid, k, st))
        if not v.get("why"):
            errors.append("%s/%s: empty why" % (cid, k))
        elif re.search(r"%[sd%]|%\.\d", v["why"]):
            errors.append("%s/%s: unformatted placeholder in why" % (cid, k))
        if isinstance(st, list) and len(st) == 2 and "accepted" not in v["why"]:
            errors.append("%s/%s: two statuses but the why does not say 'accepted'" % (cid, k))
    nc = req.get("necessity-criterion", {})
    crit = nc.get("criteria")
    if crit is None:
        errors.append("%s: necessity-criterion has no criteria" % cid)
    else:
        if any(c not in (1, 2, 3, 4, 5) for c in crit) or crit != sorted(set(crit)):
            errors.append("%s: criteria %r" % (cid, crit))
        if nc["status"][0] in ("met", "incomplete") and not crit:
            errors.append("%s: criteria empty for %s" % (cid, nc["status"][0]))
        if nc["status"][0] in ("missing", "needs_review", "not_applicable") and crit:
            errors.append("%s: criteria must be empty for %s" % (cid, nc["status"][0]))
    first = [req[k]["status"][0] for k in REQ_IDS]
    if "not_applicable" in first[:7] and not all(s == "not_applicable" for s in first):
        errors.append("%s: a non-compensator requirement is not_applicable but the course is not all n/a" % cid)
    if not 3 <= len(ch.docs) <= 7:
        errors.append("%s: %d documents" % (cid, len(ch.docs)))
    names = [n for n, _ in ch.docs]
    if len(set(names)) != len(names):
        errors.append("%s: duplicate file names" % cid)
    for n, _ in ch.docs:
        txt = texts[n]
        if "SYNTHETIC" not in txt:
            errors.append("%s/%s: no SYNTHETIC marker in the rendered file" % (cid, n))
        if ch.ctx.pt.mrn not in txt:
            errors.append("%s/%s: patient MRN not in the rendered text" % (cid, n))
    # the timeline behind every 'met' that depends on dates
    t = ch.ctx.t
    if req["dosimetric-verification"]["status"][0] == "met":
        if not (t["plan"] < t["qa_meas"] < t["qa_phys"] < t["first_fx"] and t["qa_meas"] <= t["qa_md"] < t["first_fx"]):
            errors.append("%s: QA dates out of order for a 'met' verification" % cid)
    if req["image-review"]["status"][0] == "met":
        if not (t["plan"] < t["review"] < t["first_fx"]):
            errors.append("%s: review dates out of order for a 'met' image review" % cid)
    if not (t["consult"] < t["sim"] <= t["rx"] < t["plan"]):
        errors.append("%s: consult/sim/rx/plan out of order" % cid)


def expected_json(ch):
    p = ch.ctx.pt
    d = collections.OrderedDict()
    d["chart_id"] = ch.cid
    d["synthetic"] = True
    d["style"] = ch.style
    d["description"] = ch.description
    d["patient"] = {"name": p.last_first(), "mrn": p.mrn, "dob": p.dob.isoformat()}
    d["requirements"] = ch.req
    d["document_problems"] = {}
    s = json.dumps(d, indent=2, ensure_ascii=False)
    # short lists of scalars on one line, as in the other sets: "status": ["met"], "criteria": [1, 4]
    s = re.sub(r"\[\s*\n\s*([^\[\]{}]*?)\s*\n\s*\]", lambda m: "[" + re.sub(r",\s*\n\s*", ", ", m.group(1)) + "]", s)
    s = re.sub(r"\[\s*\]", "[]", s)
    return s + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE, help="folder that receives charts/ and charts_index.csv")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dump", default="", help="also write the extracted text of every file here")
    a = ap.parse_args(argv)

    charts = [f() for f in u_charts_a.CHARTS + u_charts_b.CHARTS]
    out_charts = os.path.join(a.out, "charts")
    if os.path.isdir(out_charts):
        shutil.rmtree(out_charts)
    os.makedirs(out_charts)
    errors = []
    mrns = collections.Counter(ch.ctx.pt.mrn for ch in charts)
    for m, n in mrns.items():
        if n > 1:
            errors.append("MRN %s used by %d charts" % (m, n))
    ids = collections.Counter(ch.cid for ch in charts)
    for m, n in ids.items():
        if n > 1:
            errors.append("chart id %s used %d times" % (m, n))

    rows = []
    fmt_count = collections.Counter()
    for ch in charts:
        folder = os.path.join(out_charts, ch.cid)
        os.makedirs(folder)
        texts, rendered = {}, {}
        for name, doc in ch.docs:
            data = render(doc)
            path = os.path.join(folder, name)
            with open(path, "wb") as f:
                f.write(data)
            rendered[name] = data
            texts[name] = extract_text(path)
            fmt_count[name.rsplit(".", 1)[-1]] += 1
            if a.dump:
                dd = os.path.join(a.dump, ch.cid)
                os.makedirs(dd, exist_ok=True)
                with open(os.path.join(dd, name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(texts[name])
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            f.write(expected_json(ch))
        validate(ch, rendered, texts, errors)
        crit = ch.req["necessity-criterion"].get("criteria", [])
        rows.append([ch.cid, ch.style, ch.trap or "-", len(ch.docs), ";".join(n for n, _ in ch.docs), ch.ctx.pt.last_first(),
                     ch.ctx.pt.mrn, verdict(ch.req)] + ["|".join(ch.req[k]["status"]) for k in REQ_IDS] +
                    [" ".join(str(c) for c in crit)])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["chart_id", "style", "trap", "n_documents", "documents", "patient", "mrn", "verdict"] + REQ_IDS + ["criteria"])
    w.writerows(rows)
    with open(os.path.join(a.out, "charts_index.csv"), "w", encoding="utf-8") as f:
        f.write(buf.getvalue())

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        return 1

    # ---------------------------------------------------------------- summary
    n_docs = sum(len(ch.docs) for ch in charts)
    print("%d charts, %d documents (%s). All expected.json valid; SYNTHETIC in every file; MRNs unique." % (
        len(charts), n_docs, ", ".join("%d %s" % (v, k.upper()) for k, v in sorted(fmt_count.items()))))
    verd = collections.Counter(verdict(ch.req) for ch in charts)
    print("Verdicts implied (first-listed status): " + ", ".join("%d %s" % (verd[k], k) for k in ("ready", "hold", "needs_review", "not_imrt")))
    print()
    head = ["requirement", "met", "incomplete", "missing", "needs_review", "not_applicable", "two-status"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    tot = collections.Counter()
    for k in REQ_IDS:
        c = collections.Counter(ch.req[k]["status"][0] for ch in charts)
        two = collections.Counter("|".join(ch.req[k]["status"]) for ch in charts if len(ch.req[k]["status"]) == 2)
        tot.update(c)
        print("| %s | %s | %s |" % (k, " | ".join(str(c[s]) for s in ("met", "incomplete", "missing", "needs_review", "not_applicable")),
                                   ", ".join("%s: %d" % (x, n) for x, n in two.items()) or "-"))
    print("| **all** | %s | - |" % " | ".join(str(tot[s]) for s in ("met", "incomplete", "missing", "needs_review", "not_applicable")))
    cc = collections.Counter(c for ch in charts for c in ch.req["necessity-criterion"].get("criteria", []))
    print()
    print("LCD conditions stated (number of charts): " + ", ".join("%d = %d" % (k, cc[k]) for k in range(1, 6)))
    if not a.quiet:
        print()
        ab = {"met": "met", "incomplete": "INC", "missing": "MISS", "needs_review": "REV", "not_applicable": "n/a"}
        short = ["goals", "nec", "crit", "image", "dvh", "portal", "dosim", "comp"]
        print("%-52s %-8s " % ("chart", "verdict") + " ".join("%-6s" % s for s in short))
        for ch in charts:
            print("%-52s %-8s " % (ch.cid, verdict(ch.req)) + " ".join("%-6s" % "|".join(ab[s] for s in ch.req[k]["status"]) for k in REQ_IDS))
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
