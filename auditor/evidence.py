"""Hits -> Evidence: each anchor passage with the elements found within its scope, and table evidence.

Context (negated, pending, unticked) is recorded here, not acted on: `evaluate` decides what it means.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from collections import defaultdict

from .checklist import Requirement
from .models import Document, Evidence
from .nlp import Hit
from .segment import Sentence


def affirmative(hit: Hit) -> bool:
    return not (hit.negated or hit.hypothetical or hit.unchecked)


class SectionLocator:
    """Maps a (page, offset) to the section it sits in, from the document's sentences."""

    def __init__(self, sentences: list[Sentence]):
        self.keys = [(s.page, s.start) for s in sentences]
        self.sentences = sentences

    def at(self, page: int, offset: int) -> tuple[str, str, int]:
        i = bisect_right(self.keys, (page, offset)) - 1
        if i < 0:
            return "", "", 0
        s = self.sentences[i]
        return s.section, s.section_category, s.section_index


def _in_scope(anchor: Hit, element: Hit, scope: str) -> bool:
    if scope == "sentence":
        return element.sentence.index == anchor.sentence.index
    if scope == "section":
        return element.sentence.section_index == anchor.sentence.section_index
    return True  # document


def _explain(hit: Hit, req: Requirement, elements: tuple[str, ...]) -> str:
    anchor = next(a for a in req.anchors if a.id == hit.matcher)
    what = anchor.description or anchor.id
    parts = [f"'{hit.match}' matched {req.id}/{hit.matcher} ({what})"]
    if hit.negated:
        parts.append(f"negated by {hit.cue}")
    if hit.hypothetical:
        parts.append(f"future/pending/conditional, or deferred to another document, by {hit.cue}")
    if hit.unchecked:
        parts.append(f"not ticked ({hit.cue})")
    if elements:
        parts.append("shows: " + ", ".join(elements))
    return "; ".join(parts)


_MARK = re.compile(r"^\s*(x|✓|✔|☒|☑|■|●|yes|y|true|done)\s*$", re.I)


def form_answers(doc: Document) -> dict[tuple[int, str], bool]:
    """Rows of Yes/No forms: (page, item text) -> ticked. A mark in the 'No' column, or in neither,
    means the item was not documented."""
    answers = {}
    for table in doc.tables:
        header = [c.strip().lower() for c in table.rows[0]] if table.rows else []
        if "yes" not in header or "no" not in header:
            continue
        yes, no = header.index("yes"), header.index("no")
        for row in table.rows[1:]:
            item = next((c for i, c in enumerate(row) if i not in (yes, no) and c.strip()), "")
            ticked = yes < len(row) and bool(_MARK.match(row[yes])) and not (no < len(row) and _MARK.match(row[no]))
            if item:
                answers[(table.page, " ".join(item.split()).lower())] = ticked
    return answers


def _answered_no(hit: Hit, answers: dict[tuple[int, str], bool]) -> bool:
    text = " ".join(hit.sentence.text.split()).lower()
    return any(page == hit.sentence.page and item in text and not ticked for (page, item), ticked in answers.items())


def anchor_evidence(req: Requirement, doc: Document, hits: list[Hit], table_elements: set[str],
                    answers: dict | None = None) -> list[Evidence]:
    """One Evidence per anchor hit in `doc`, with the required elements it can show."""
    answers = form_answers(doc) if answers is None else answers
    anchors = [h if not _answered_no(h, answers) else replace(h, unchecked=True, cue=h.cue or "answered No on the form")
               for h in hits if h.kind == "anchor"]
    # An element in the anchor's own sentence shares the anchor's reading ("a 3D plan could not meet
    # the cord constraint": the "not" is about 3D, not about the cord); elsewhere it must be affirmative.
    elements = [h for h in hits if h.kind == "element"]
    scopes = {e.id: e.scope for e in req.elements}
    out = []
    for a in anchors:
        shown = {e.matcher for e in elements if _in_scope(a, e, scopes[e.matcher])
                 and (affirmative(e) or e.sentence.index == a.sentence.index)}
        shown |= table_elements
        names = tuple(e.id for e in req.elements if e.id in shown)
        out.append(Evidence(
            requirement=req.id, rule=f"{req.id}/{a.matcher}", document=doc.path, page=a.sentence.page,
            start=a.start, end=a.end, quote=a.sentence.text.strip(), match=a.match,
            section=a.sentence.section, section_index=a.sentence.section_index,
            section_category=a.sentence.section_category, label=a.label,
            negated=a.negated, hypothetical=a.hypothetical, unchecked=a.unchecked,
            elements=names, explanation=_explain(a, req, names),
        ))
    return out


def _header_matches(cell: str, words: tuple[str, ...]) -> bool:
    """'Gantry (deg)', 'Gantry start [deg]' and 'Gantry Angle' name the gantry; 'Compensator IMRT' (a
    technique) is no header."""
    forms = _header_forms(words)
    return any(name in forms for name in _header_names(cell))


@lru_cache(maxsize=256)
def _header_forms(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words) | {w + "s" for w in words}  # "Gantry Angles"


@lru_cache(maxsize=4096)
def _header_names(cell: str) -> tuple[str, ...]:
    """What a header cell names, units and marks left out: itself, and each side of ' / '. Remembered:
    every requirement's table rules read the same cells."""
    cell = cell.lower()
    run_on = [cell.split(")", 1)[0]] if re.search(r"\)\s+\w", cell) else []  # "GANTRY(deg) COLL": two headers, one cell
    cell = _UNITS.sub(" ", cell)
    parts = [cell] + cell.split(" / ") + _RANGE.split(cell) + [_UNITS.sub(" ", p + ")") for p in run_on]  # bilingual "Bras / Gantry (deg)"; "Gantry start -> stop"
    return tuple(dict.fromkeys(" ".join(part.split()) for part in parts))


_RANGE = re.compile(r"\s*(?:->|→|–>)\s*")
_UNITS = re.compile(r"\([^)]*\)|\[[^\]]*\]|[:#]")
_NUMERIC = re.compile(r"[\d.,\-+°%\s]+")


def _header_row(row) -> bool:
    return sum(1 for c in row if _numeric(c)) <= 1


@lru_cache(maxsize=4096)
def _numeric(cell: str) -> bool:
    return _NUMERIC.fullmatch(cell.strip() or "x") is not None


def table_evidence(req: Requirement, doc: Document, locator: SectionLocator, hits: list[Hit]) -> list[Evidence]:
    """A table whose header names, e.g., the gantry angle documents the number and location of fields.

    The table shows its rule's elements, plus the document-scope elements found elsewhere in the document."""
    doc_elements = {e.id for e in req.elements if e.scope == "document"}
    found = {h.matcher for h in hits if h.kind == "element" and affirmative(h) and h.matcher in doc_elements}
    out = []
    for rule in req.tables:
        for table in doc.tables:
            rows = [r for r in table.rows if any(c.strip() for c in r)]
            for h, header in enumerate(rows[:3]):
                if not _header_row(header) or not any(_header_matches(c, rule.header) for c in header):
                    continue
                if rule.with_any and not any(w in c.lower() for c in header for w in rule.with_any):
                    continue
                data = rows[h + 1 :]
                if len(data) >= rule.min_rows:
                    elements = tuple(e.id for e in req.elements if e.id in set(rule.elements) | found)
                    ev = _table_ev(req, doc, locator, table.page, header, data, elements)
                    out.append(replace(ev, rows=len(data), rows_match=rule.rows_match))
                break
    return out


def _table_ev(req, doc, locator, page, header, data, elements) -> Evidence:
    quote = " | ".join(header) + " — " + "; ".join(" | ".join(r) for r in data[:8])
    page_text = next((p.text for p in doc.pages if p.number == page), "")
    first = next((c for c in header if c.strip()), "")
    start = max(page_text.find(first), 0)
    section, category, index = locator.at(page, start)
    return Evidence(
        requirement=req.id, rule=f"{req.id}/table", document=doc.path,
        page=page, start=start, end=start + len(first), quote=quote[:600], match=first,
        section=section, section_index=index, section_category=category, elements=elements,
        explanation=f"a table with {len(data)} row(s) whose header names {', '.join(c for c in header if c)} shows: {', '.join(elements) or 'the requirement'}",
    )


def group_hits(hits: list[Hit]) -> dict[str, list[Hit]]:
    by_req: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        by_req[h.requirement].append(h)
    return by_req
