"""Accuracy of the signature parser on the generated signature matrix (tests/sigmatrix, written blind).

    python bench/signature_matrix.py            # all cases: overall and per dimension value
    python bench/signature_matrix.py --wrong 20 # also print 20 wrong signatures with their case ids

Each case is a small document (TXT, PDF or DOCX) with 1-3 signatures and the parse its generator wrote
from what it wrote. A signature is right when the parser found it with the same validity, state, role,
date and time (family name compared case-insensitively). "False valid" counts a signature the parser
accepts where the key says Medicare would not (or a signature the key does not list at all): the
costly error.

The scoring (and the one rule where it departs from the generator's key) is tests/sigmatrix/score.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # first: a dependency may install a package named "tests"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wrong", type=int, default=0, help="print this many wrong signatures")
    ap.add_argument("--count", type=int, help="only the first N cases")
    args = ap.parse_args(argv)
    from tests.sigmatrix import cases
    from tests.sigmatrix.score import run

    all_cases = cases(count=args.count)
    totals, by_dim, wrong = run(all_cases)
    n = totals["expected"]
    print(f"cases: {len(all_cases)}  expected signatures: {n}  right: {totals['correct']} ({totals['correct'] / max(n, 1):.3f})")
    for key in ("right", "right-invalid-unseen", "missed", "wrong-state", "wrong-role", "wrong-date", "false-valid", "extra", "extra-valid"):
        print(f"  {key:<22}{totals[key]:>6}")
    print("\nper dimension value (accuracy, n), worst first:")
    for dim, c in sorted(by_dim.items(), key=lambda kv: kv[1]["ok"] / kv[1]["n"])[:40]:
        print(f"  {dim:<48}{c['ok'] / c['n']:.3f}  {c['n']:>5}")
    for case_id, verdict, exp, f in wrong[: args.wrong]:
        print(f"\n{verdict}: {case_id}\n  expected {exp}\n  found    {f and (f.state.value, f.name, f.role, f.date, f.time, f.quote[:120])}")
    print(f"\nfalse_valid={totals['false-valid'] + totals['extra-valid']} accuracy={totals['correct'] / max(n, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
