"""Whose chart is this? Names, MRNs and dates of birth per document, compared across the chart.

A document that names another patient is flagged and its evidence does not count: a signed DVH review
filed in the wrong chart documents nothing about this patient.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .dates import DATE_PATTERN, parse_date
from .lowercase import lowered
from .models import Document

_NAME = re.compile(
    r"(?i:patient\s*name|patient|pt\.?\s*name|name)\s*[:#]\s*"
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:\s*,\s*|\s+)[A-Z][A-Za-z'’\-]+(?:\s+[A-Z]\.?(?=\s|$))?)",
)
_MRN = re.compile(
    r"(?:\bMRN|medical\s+record\s*(?:number|no\.?|#)?|patient\s+id|pt\.?\s+id|chart\s*(?:#|no\.?|number))\s*[:#]?\s*(?P<mrn>[A-Z]{0,3}[-\s]?\d[\d\-]{3,14})"
    r"|(?<![\w/])ID\s*[:#]\s*(?P<bare>\d{5,12})\b",  # "Patient: Roe, Jane  ID: 83071139" (ARIA headers)
    re.I,
)
_DOB = re.compile(rf"(?:\bDOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date)\s*[:#]?\s*(?P<dob>{DATE_PATTERN})", re.I)
# Where each pattern can start, as lower-case patterns tried in the lower-cased text: a pattern run
# over every position of every page was most of this stage's time. Each is written as its alternatives,
# searched one at a time: each begins with a literal the regex engine scans for quickly, where one
# alternation of them all was tried at every position.
_NAME_AT = tuple(map(re.compile, (r"patient", r"pt\.?\s*name", r"name")))
_MRN_AT = tuple(map(re.compile, (r"mrn", r"medical\s+record", r"patient\s+id", r"pt\.?\s+id", r"chart\s*(?:#|no|number)", r"id\s*[:#]")))
_DOB_AT = tuple(map(re.compile, (r"dob", r"d\.o\.b", r"date\s+of\s+birth", r"birth\s*date")))
_STOP = {"synthetic", "patient", "name", "mrn", "dob", "date", "plan", "course", "id", "sex", "physician"}


@dataclass(frozen=True)
class Identity:
    names: tuple[str, ...] = ()  # name keys
    mrns: tuple[str, ...] = ()
    dobs: tuple[str, ...] = ()  # ISO
    raw: tuple[str, ...] = ()  # the identifiers as written, for --redact


def name_key(name: str) -> str:
    """'ROE, JANE' and 'Jane Roe' compare equal: sorted lower-case words without initials."""
    words = [w for w in re.findall(r"[a-z'’\-]+", name.lower()) if len(w) > 1 and w not in _STOP]
    return " ".join(sorted(words))


def _finditer(pattern: re.Pattern, start_at: tuple[re.Pattern, ...], text: str, low: str | None):
    """`pattern.finditer(text)`, trying `pattern` only where one of `start_at` matches in `low`."""
    if low is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    for start in _starts(low, start_at):
        if start < pos:  # inside the previous match
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            pos = m.end()


def _starts(low: str, alternatives: tuple[re.Pattern, ...]) -> list[int]:
    """Every offset where one of `alternatives` matches in `low`, in order (overlapping ones too)."""
    found = set()
    for alternative in alternatives:
        m = alternative.search(low)
        while m:
            found.add(m.start())
            m = alternative.search(low, m.start() + 1)
    return sorted(found)


def identify(document: Document) -> Identity:
    text = "\n".join(p.text for p in document.pages)
    low = lowered(text)  # None: a pre-scan could miss a match, so every position is tried
    found_names = [m.group("name") for m in _finditer(_NAME, _NAME_AT, text, low)]
    found_mrns = [m.group("mrn") or m.group("bare") for m in _finditer(_MRN, _MRN_AT, text, low)]
    found_dobs = [m.group("dob") for m in _finditer(_DOB, _DOB_AT, text, low)]
    names = {name_key(n) for n in found_names} - {""}
    mrns = {re.sub(r"[\s\-]", "", m).upper() for m in found_mrns}
    dobs = {parse_date(d) for d in found_dobs} - {""}
    raw = {v.strip() for v in found_names + found_mrns + found_dobs if v.strip()}
    return Identity(tuple(sorted(names)), tuple(sorted(mrns)), tuple(sorted(dobs)), tuple(sorted(raw)))


def _top(idents, attr: str) -> str:
    counts = Counter(v for i in idents for v in getattr(i, attr))
    return counts.most_common(1)[0][0] if counts else ""


def chart_identity(documents: list[Document]) -> tuple[dict, dict[str, str], dict[tuple[str, int], str]]:
    """The chart's patient (the most common identifiers); per document path, why it is foreign; per (path,
    page) of the other documents, why that page is (a packet holding another patient's report)."""
    ids = {d.path: identify(d) for d in documents}
    mrn = _top(ids.values(), "mrns")
    # The patient's DOB and name are taken from the documents that agree with the chart's MRN, so that
    # one foreign document cannot tie with (or outvote) the rest.
    agreeing = [i for i in ids.values() if mrn and mrn in i.mrns] or list(ids.values())
    dob = _top(agreeing, "dobs") or _top(ids.values(), "dobs")
    agreeing = [i for i in ids.values() if (mrn and mrn in i.mrns) or (dob and dob in i.dobs)] or list(ids.values())
    name = _top(agreeing, "names")
    foreign: dict[str, str] = {}
    for path, ident in ids.items():
        if mrn and ident.mrns and mrn not in ident.mrns:
            foreign[path] = f"names MRN {ident.mrns[0]}, not the chart's MRN {mrn}"
        elif name and dob and ident.names and ident.dobs and name not in ident.names and dob not in ident.dobs:
            foreign[path] = "names a different patient (name and date of birth differ from the rest of the chart)"
    pages = _foreign_pages([d for d in documents if d.path not in foreign and len(ids[d.path].mrns) > 1], mrn, name, dob)
    display = next((n for i in ids.values() for n in i.raw if name and name_key(n) == name), "")
    patient = {
        "name": display, "mrn": mrn, "dob": dob,
        "documents_naming_another_patient": [{"document": p, "reason": r} for p, r in sorted(foreign.items())],
        "pages_naming_another_patient": [{"document": p, "page": n, "reason": r} for (p, n), r in sorted(pages.items())],
        "identifiers": sorted({v for i in ids.values() for v in i.raw}),
    }
    return patient, foreign, pages


def _foreign_pages(documents: list[Document], mrn: str, name: str, dob: str) -> dict[tuple[str, int], str]:
    """(path, page) -> why, for pages of this patient's documents that identify another patient: another
    MRN together with another name or date of birth (a release packet's embedded report of someone else,
    under a running header that still shows this patient). Only documents naming two MRNs are read again."""
    out = {}
    for doc in documents:
        for page in doc.pages:
            ident = identify(replace(doc, pages=(page,)))
            other = [m for m in ident.mrns if m != mrn]
            if mrn and other and ((name and set(ident.names) - {name}) or (dob and set(ident.dobs) - {dob})):
                out[(doc.path, page.number)] = (f"page {page.number} names MRN {other[0]} with another patient's name or "
                                                f"date of birth, not the chart's MRN {mrn}")
    return out
