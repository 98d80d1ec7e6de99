"""Scoring the signature parser against the matrix: shared by tests/test_signature_matrix.py and
bench/signature_matrix.py (which prints the figures per dimension value).

One rule differs from the generator's: it reads a PhD or MS with no physicist title as the medical
physicist; issue 12 says the physicist role needs a physicist title or credential, so for those the
role is also right when the parser leaves it unknown (or decides it from a physics document's title).
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from pathlib import Path

_DEGREE_ONLY = {"PhD", "MS"}


def _same_person(found, exp) -> bool:
    if not exp.family:
        return not found.name
    return getattr(found, "person", "").split("|")[0] == "".join(ch for ch in exp.family.lower() if ch.isalpha()) or \
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
