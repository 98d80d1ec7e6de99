"""Blind evaluation set 'novel_a' (large health systems and academic centers).

Writes eval/novel_a/charts/<chart_id>/ (documents + expected.json) and eval/novel_a/charts_index.csv,
validates every chart, and prints a summary.

    /work/main/.venv/bin/python eval/novel_a/generate.py              # rewrite charts/ and charts_index.csv
    /work/main/.venv/bin/python eval/novel_a/generate.py --out /tmp/x/charts --quiet
    /work/main/.venv/bin/python eval/novel_a/generate.py --dump /tmp/na_txt   # also write each file's extracted text
"""
import argparse
import csv
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import na_docs_b as B                                   # noqa: E402
from na_charts import CHARTS, REQ, expectations         # noqa: E402
from na_common import make_ctx                          # noqa: E402
from na_render import extract, render                   # noqa: E402

STATUSES = ["met", "incomplete", "missing", "needs_review", "not_applicable"]


def kwargs_for(ch, x, fname, builder, kw):
    if isinstance(kw, dict):
        return dict(kw)
    s = x.s
    if kw == "other":
        return {"o": ch["other"]}
    pel = ("PELV_VMAT", [s["rx"][0]], s["beams"], x.mus[:len(s["beams"])])
    bst = ("BST_VMAT", [s["rx"][1]], s["boost_beams"], [round(m * 0.55, 1) for m in x.mus[:len(s["boost_beams"])]])
    if kw == "plans":
        return {"plans": [pel, bst]}
    if kw == "boost":
        return {"plan": "BST_VMAT", "beams": s["boost_beams"], "off": 4}
    if kw == "record2":
        return {"plans": [("PELV_VMAT", 1, 3, s["beams"], pel[3]), ("BST_VMAT", 26, 3, s["boost_beams"], bst[3])]}
    raise ValueError(kw)


def verdict(exp):
    f = [exp[r]["status"][0] for r in REQ]
    if all(s == "not_applicable" for s in f):
        return "not_imrt"
    if any(s in ("missing", "incomplete") for s in f):
        return "hold"
    if "needs_review" in f:
        return "needs_review"
    return "ready"


def gaps(exp):
    g = ["%s %s" % (r, "|".join(exp[r]["status"])) for r in REQ
         if exp[r]["status"][0] not in ("met", "not_applicable")]
    return "; ".join(g) or "-"


def validate(ch, x, exp, cdir, files, errors, mrns, texts):
    cid = ch["id"]
    if list(exp.keys()) != REQ:
        errors.append("%s: requirement ids or order" % cid)
    for r, v in exp.items():
        st = v.get("status")
        if not isinstance(st, list) or not 1 <= len(st) <= 2 or any(s not in STATUSES for s in st):
            errors.append("%s %s: bad status %r" % (cid, r, st))
        if len(st) == 2 and "accepted" not in v["why"]:
            errors.append("%s %s: two statuses without 'accepted'" % (cid, r))
        if not v.get("why", "").strip():
            errors.append("%s %s: empty why" % (cid, r))
    nc = exp["necessity-criterion"]
    if "criteria" not in nc:
        errors.append("%s: criteria absent" % cid)
    elif nc["status"][0] in ("met", "incomplete"):
        if not nc["criteria"] or any(c not in (1, 2, 3, 4, 5) for c in nc["criteria"]):
            errors.append("%s: criteria must be non-empty values 1-5" % cid)
        if sorted(nc["criteria"]) != sorted(ch["conds"]):
            errors.append("%s: criteria differ from the conditions the documents state" % cid)
    elif nc["criteria"]:
        errors.append("%s: criteria must be empty for %s" % (cid, nc["status"][0]))
    if ch.get("three_d") and any(exp[r]["status"] != ["not_applicable"] for r in REQ):
        errors.append("%s: a 3D course must be not_applicable everywhere" % cid)
    if not 3 <= len(files) <= 7:
        errors.append("%s: %d documents" % (cid, len(files)))
    for f in files:
        t = texts[f]
        if "SYNTHETIC" not in t:
            errors.append("%s/%s: no SYNTHETIC in extracted text" % (cid, f))
        own = ch["pt"][2]
        if ch.get("other") and f == "medical_necessity_letter.rtf":
            if ch["other"]["mrn"] not in t or own in t:
                errors.append("%s/%s: misfiled letter must carry the other MRN only" % (cid, f))
        elif own not in t:
            errors.append("%s/%s: MRN %s not in extracted text" % (cid, f, own))
        if "{" in t and f.endswith((".pdf", ".txt", ".docx")):
            errors.append("%s/%s: leftover brace" % (cid, f))
    for m in [ch["pt"][2]] + ([ch["other"]["mrn"]] if ch.get("other") else []):
        if m in mrns:
            errors.append("%s: MRN %s reused" % (cid, m))
        mrns.add(m)
    T = {k: v[0] for k, v in x.T.items()}
    if exp["dosimetric-verification"]["status"] == ["met"]:
        if not (T["plan"] <= T["qa"] <= T["qa_phys"] <= T["qa_md"] < T["fx1"]):
            errors.append("%s: QA timeline does not support met" % cid)
    if exp["image-review"]["status"] == ["met"] and not (T["plan"] < T["review"] < T["fx1"]):
        errors.append("%s: review timeline does not support met" % cid)
    for k in ("consult", "rx", "review", "review_cosign", "qa_md"):
        if not T[k] < T["fx1"]:
            errors.append("%s: %s not before the first fraction" % (cid, k))
    if not (T["consult"] < T["sim"] < T["rx"] < T["plan"]):
        errors.append("%s: consult / sim / rx / plan out of order" % cid)
    for d in T.values():
        if d.year != 2025:
            errors.append("%s: date outside 2025" % cid)
    # the trap text must really be in the rendered documents
    probes = {"na07": ("planning_note.docx", "Outstanding - awaiting attending cosignature"),
              "na08": ("quadrascan_qa.pdf", "RESULT: FAIL"),
              "na10": ("consult.txt", "separate letter of medical necessity"),
              "na11": ("plan_review.pdf", "Not yet reviewed"),
              "na12": ("consult.docx", "Intensity modulation is not indicated")}
    if cid[:4] in probes:
        f, s = probes[cid[:4]]
        if s not in " ".join(texts[f].split()):
            errors.append("%s: trap text %r not found in %s" % (cid, s, f))
    if cid.startswith("na09") and ("Normal tissue dose limits" in texts["rt_order.docx"] or "<" in texts["rt_order.docx"]):
        errors.append("na09: the order must carry no OAR limit")
    if cid.startswith("na10") and "3D conformal" in texts["consult.txt"]:
        errors.append("na10: the consult must carry no necessity statement")
    if cid.startswith("na12"):
        for f, t in texts.items():
            if "IMRT" in t or "VMAT" in t:
                errors.append("na12/%s: mentions IMRT/VMAT" % f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dump", default=None, help="write each file's extracted text under this folder")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    errors, mrns, rows, allexp = [], set(), [], []
    ndocs = Counter()
    for ch in CHARTS:
        x = make_ctx(ch)
        cdir = os.path.join(out, ch["id"])
        os.makedirs(cdir)
        files, texts = [], {}
        for fname, builder, kw in ch["docs"]:
            doc = builder(x, **kwargs_for(ch, x, fname, builder, kw))
            path = os.path.join(cdir, fname)
            render(doc, path)
            files.append(fname)
            texts[fname] = extract(path)
            ndocs[fname.rsplit(".", 1)[1].upper()] += 1
            if a.dump:
                os.makedirs(os.path.join(a.dump, ch["id"]), exist_ok=True)
                with open(os.path.join(a.dump, ch["id"], fname + ".txt"), "w") as f:
                    f.write(texts[fname])
        exp = expectations(ch, x)
        validate(ch, x, exp, cdir, files, errors, mrns, texts)
        fam, giv, mrn, dob, _ = ch["pt"]
        doc = OrderedDict([("chart_id", ch["id"]), ("synthetic", True), ("style", ch["style"]), ("description", ch["desc"]),
                           ("patient", OrderedDict([("name", "%s, %s" % (fam, giv)), ("mrn", mrn), ("dob", dob.isoformat())])),
                           ("requirements", OrderedDict((r, exp[r]) for r in REQ)), ("document_problems", {})])
        text = re.sub(r"\[\s+([^\[\]{}]*?)\s+\]",
                      lambda m: "[" + ", ".join(v.strip() for v in m.group(1).split(",")) + "]",
                      json.dumps(doc, indent=2))
        if json.loads(text) != json.loads(json.dumps(doc)):
            errors.append("%s: expected.json formatting changed its content" % ch["id"])
        with open(os.path.join(cdir, "expected.json"), "w") as f:
            f.write(text + "\n")
        allexp.append((ch, exp, len(files)))
        rows.append([ch["id"], ch["style"], ch["trap"], gaps(exp), len(files), verdict(exp)]
                    + ["|".join(exp[r]["status"]) for r in REQ]
                    + [" ".join(str(c) for c in exp["necessity-criterion"]["criteria"])])
    idx = os.path.join(os.path.dirname(out), "charts_index.csv")
    with open(idx, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "expected_gaps", "documents", "verdict"] + REQ + ["criteria"])
        w.writerows(rows)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    if a.quiet:
        return
    print("%d charts, %d documents (%s)" % (len(CHARTS), sum(ndocs.values()),
                                            ", ".join("%d %s" % (n, k) for k, n in sorted(ndocs.items()))))
    print("documents per chart:", dict(sorted(Counter(n for _, _, n in allexp).items())))
    print("verdicts:", dict(Counter(verdict(e) for _, e, _ in allexp)))
    print()
    print("| requirement | " + " | ".join(STATUSES) + " |")
    print("|---|" + "---|" * len(STATUSES))
    tot = Counter()
    for r in REQ:
        cnt = Counter(e[r]["status"][0] for _, e, _ in allexp)
        tot.update(cnt)
        print("| %s | %s |" % (r, " | ".join(str(cnt[s]) for s in STATUSES)))
    print("| **all** | %s |" % " | ".join(str(tot[s]) for s in STATUSES))
    cc = Counter(c for _, e, _ in allexp for c in e["necessity-criterion"]["criteria"])
    print("\nLCD conditions stated (charts):", ", ".join("%d = %d" % (k, cc[k]) for k in sorted(cc)))
    ab = {"met": "M", "incomplete": "I", "missing": "X", "needs_review": "R", "not_applicable": "-"}
    print("\n%-50s %s" % ("chart", " ".join("%-3s" % r[:3] for r in REQ)))
    for ch, e, _ in allexp:
        print("%-50s %s  %s" % (ch["id"], " ".join("%-3s" % "/".join(ab[s] for s in e[r]["status"]) for r in REQ), verdict(e)))


if __name__ == "__main__":
    main()
