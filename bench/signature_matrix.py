"""Accuracy of the signature parser on the generated signature matrix (tests/sigmatrix, written blind).

    python bench/signature_matrix.py            # all cases: overall and per dimension value
    python bench/signature_matrix.py --wrong 20 # also print 20 wrong signatures with their case ids

Each case is a small document (TXT, PDF or DOCX) with 1-3 signatures and the parse its generator wrote
from what it wrote. A signature is right when the parser found it with the same validity, state, role,
date and time (family name compared case-insensitively). "False valid" counts a signature the parser
accepts where the key says Medicare would not (or a signature the key does not list at all): the
costly error.

One rule differs from the generator's: it reads a PhD or MS with no physicist title as the medical
physicist; issue 12 says the physicist role needs a physicist title or credential, so for those the
role is also right when the parser leaves it unknown (or decides it from a physics document's title).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_DEGREE_ONLY = {"PhD", "MS"}


def _same_person(found, exp) -> bool:
    if not exp.family:
        return not found.name
    return found.person.split("|")[0] == "".join(ch for ch in exp.family.lower() if ch.isalpha()) or \
        exp.family.lower() in found.name.lower()


def _role_ok(found, exp, case, i) -> bool:
    if found.role == exp.role:
        return True
    degree_only = exp.role == "medical_physicist" and case.dimensions.get("focus_index") == i and \
        case.dimensions.get("credentials") in _DEGREE_ONLY and case.dimensions.get("role_source") == "credentials"
    return degree_only and found.role in ("", "medical_physicist")


def judge(case, found) -> list[tuple[str, object, object]]:
    """(verdict, expected, found) per expected signature, plus ('extra', None, found) for the rest."""
    used, out = set(), []
    for i, exp in enumerate(case.expected):
        match = next((j for j, f in enumerate(found) if j not in used and _same_person(f, exp)), None)
        if match is None:
            out.append(("missed" if exp.valid else "right-invalid-unseen", exp, None))
            continue
        used.add(match)
        f = found[match]
        if f.valid and not exp.valid:
            out.append(("false-valid", exp, f))
        elif f.valid != exp.valid or (not exp.valid and f.state.value != exp.state):
            out.append(("wrong-state", exp, f))
        elif exp.valid and not _role_ok(f, exp, case, i):
            out.append(("wrong-role", exp, f))
        elif exp.valid and (f.date != exp.date or f.time != exp.time):
            out.append(("wrong-date", exp, f))
        else:
            out.append(("right", exp, f))
    out += [("extra-valid" if f.valid else "extra", None, f) for j, f in enumerate(found) if j not in used]
    return out


def run(cases) -> tuple[Counter, dict, list]:
    from auditor.evidence import SectionLocator
    from auditor.ingest import ingest
    from auditor.language import load_language
    from auditor.segment import Headings, sentences
    from auditor.signature_grammar import grammar
    from auditor.signatures import find_signatures

    g = grammar()
    headings = Headings(load_language().section_headings)
    totals, by_dim, wrong = Counter(), defaultdict(Counter), []
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            path = Path(tmp) / case.filename
            path.write_bytes(case.data)
            doc = ingest(path, Path(tmp))
            found = find_signatures(doc, section_at=SectionLocator(sentences(doc, headings)).at, g=g)  # as the audit does
            for verdict, exp, f in judge(case, found):
                good = verdict in ("right", "right-invalid-unseen", "extra")
                totals[verdict] += 1
                if exp is not None:
                    totals["expected"] += 1
                    totals["correct"] += good
                    for key, value in case.dimensions.items():
                        if key in ("label", "verb", "name_form", "credentials", "date_form", "placement", "format", "validity"):
                            by_dim[f"{key}={value}"]["n"] += 1
                            by_dim[f"{key}={value}"]["ok"] += good
                if not good:
                    wrong.append((case.id, verdict, exp, f))
    return totals, by_dim, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wrong", type=int, default=0, help="print this many wrong signatures")
    ap.add_argument("--count", type=int, help="only the first N cases")
    args = ap.parse_args(argv)
    from tests.sigmatrix import cases

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
