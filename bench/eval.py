"""Accuracy of the evidence engine on charts with an `expected.json`, against a naive keyword baseline.

    python bench/eval.py                     # eval/charts and samples, plus ../shared/corpus when present
    python bench/eval.py eval/charts --json out.json

Per requirement: precision, recall and F1 of `met` (the verdict that releases a claim), the exact-status
accuracy, the count of false `met`, and a confusion matrix of expected x predicted status. The baseline
calls a requirement met when any of its keywords appears anywhere in the chart's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATUSES = ["met", "incomplete", "missing", "not_applicable", "needs_review"]
BASELINE_KEYWORDS = {
    "plan-goals-constraints": ["gy"],
    "necessity-statement": ["imrt"],
    "necessity-criterion": ["proximity", "adjacent", "previously irradiated", "concave", "convex", "dose escalation", "narrow margin"],
    "image-review": ["isodose"],
    "dvh-review": ["dvh", "dose volume histogram", "dose-volume histogram"],
    "portal-description": ["gantry", "field", "arc"],
    "dosimetric-verification": ["qa", "gamma", "verification"],
    "compensator-design": ["compensator"],
}


def load_cases(folders: list[Path]) -> list[tuple[Path, dict]]:
    cases = []
    for folder in folders:
        for chart in sorted(p for p in folder.iterdir() if p.is_dir()):
            key = chart / "expected.json"
            if key.exists():
                cases.append((chart, json.loads(key.read_text(encoding="utf-8"))))
    return cases


def baseline(documents) -> dict[str, str]:
    text = "\n".join(p.text.lower() for d in documents for p in d.pages)
    out = {rid: ("met" if any(k in text for k in words) else "missing") for rid, words in BASELINE_KEYWORDS.items()}
    if out["compensator-design"] == "missing":
        out["compensator-design"] = "not_applicable"
    return out


def score(rows: list[tuple[str, list[str], str]]) -> dict:
    """rows: (requirement, acceptable statuses, predicted) -> per-requirement metrics."""
    by_req = defaultdict(list)
    for rid, ok, got in rows:
        by_req[rid].append((ok, got))
    table = {}
    for rid, pairs in by_req.items():
        tp = sum(1 for ok, got in pairs if got == "met" and "met" in ok)
        fp = sum(1 for ok, got in pairs if got == "met" and "met" not in ok)
        fn = sum(1 for ok, got in pairs if got != "met" and "met" in ok)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = sum(1 for ok, got in pairs if got in ok) / len(pairs)
        table[rid] = {"n": len(pairs), "precision": p, "recall": r, "f1": f1, "accuracy": acc, "false_met": fp}
    return table


def confusion(rows) -> dict[str, Counter]:
    matrix: dict[str, Counter] = defaultdict(Counter)
    for _, ok, got in rows:
        matrix[ok[0]][got] += 1
    return matrix


def print_table(title: str, table: dict) -> None:
    print(f"\n{title}")
    print(f"{'requirement':<26}{'n':>4}{'precision':>11}{'recall':>8}{'F1':>7}{'status acc':>12}{'false met':>11}")
    for rid, m in table.items():
        print(f"{rid:<26}{m['n']:>4}{m['precision']:>11.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}{m['accuracy']:>12.3f}{m['false_met']:>11}")
    total_fp = sum(m["false_met"] for m in table.values())
    print(f"{'all':<26}{sum(m['n'] for m in table.values()):>4}{'':>26}"
          f"{sum(m['accuracy'] * m['n'] for m in table.values()) / max(1, sum(m['n'] for m in table.values())):>12.3f}{total_fp:>11}")


def print_confusion(matrix) -> None:
    print("\nconfusion (rows: expected, first acceptable status; columns: predicted)")
    print(f"{'':<16}" + "".join(f"{s[:12]:>14}" for s in STATUSES))
    for exp in STATUSES:
        if exp in matrix:
            print(f"{exp:<16}" + "".join(f"{matrix[exp][s]:>14}" for s in STATUSES))


def run_corpus(auditor, corpus: Path) -> list[str]:
    """Real-world texts, one-document charts: nothing may be met from them (none is a signed IMRT chart)."""
    from auditor.ingest import ingest

    flagged = []
    for path in sorted(corpus.glob("*.txt")):
        result = auditor.audit_documents([ingest(path, corpus)], path.stem)
        met = [f.requirement for f in result.findings if f.status.value == "met"]
        found = sum(len(f.evidence) for f in result.findings)
        print(f"  corpus {path.name:<48} evidence passages: {found:>3}  met: {', '.join(met) or 'none'}")
        flagged += [f"{path.name}: {m}" for m in met]
    return flagged


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, default=[ROOT / "eval" / "charts", ROOT / "samples"])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--json", type=Path, help="write the per-chart predictions and metrics here")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every wrong status with its reason")
    args = ap.parse_args(argv)

    from auditor.audit import Auditor
    from auditor.discover import chart_files
    from auditor.ingest import ingest

    auditor = Auditor()
    rows, base_rows, details = [], [], []
    for chart, expected in load_cases(args.folders):
        files, _ = chart_files(chart)
        docs = [ingest(f, chart) for f in files]
        result = auditor.audit_documents(docs, chart.name, charges=auditor.charge_codes(chart, chart.name))
        naive = baseline(docs)
        for f in result.findings:
            ok = expected["requirements"][f.requirement]["status"]
            rows.append((f.requirement, ok, f.status.value))
            base_rows.append((f.requirement, ok, naive[f.requirement]))
            details.append({"chart": chart.name, "requirement": f.requirement, "expected": ok, "got": f.status.value, "reason": f.reason})
            if args.verbose and f.status.value not in ok:
                print(f"  WRONG {chart.name} {f.requirement}: expected {ok}, got {f.status.value}: {f.reason}")
    charts = len({d["chart"] for d in details})
    print(f"charts: {charts}  findings: {len(rows)}  folders: {', '.join(str(f) for f in args.folders)}")
    table, base = score(rows), score(base_rows)
    print_table("chart-auditor", table)
    print_confusion(confusion(rows))
    print_table("naive keyword baseline (same charts)", base)
    flagged = run_corpus(auditor, args.corpus) if args.corpus.is_dir() else []
    if args.corpus.is_dir():
        print(f"corpus: {len(flagged)} requirement(s) called met: {flagged or 'none'}")
    if args.json:
        args.json.write_text(json.dumps({"metrics": table, "baseline": base, "details": details, "corpus_met": flagged}, indent=2))
    false_met = sum(m["false_met"] for m in table.values())
    min_f1 = min(m["f1"] for m in table.values()) if table else 0.0
    print(f"\nfalse_met={false_met} min_f1={min_f1:.3f} baseline_false_met={sum(m['false_met'] for m in base.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
