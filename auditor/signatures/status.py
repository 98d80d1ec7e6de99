"""What a document says of itself: its status line and author, and Medicare attestation statements.

"Result Status: Auth (Verified)" or Epic's "Status: Signed" with "Author: Dana Roe, MD" sign the whole
document for its author; "Plan status: DRAFT" or "*** PRELIMINARY ***" make every signature on it not
count. A status that signs the document while naming no signer is said aloud, never taken as signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import DATE_RE, date_of
from ..models import Document
from ..models import SignatureState as S
from ..signature_grammar import Grammar
from .lines import Read, _Head, _read_rest

_RANK = {"invalid": 3, "pending": 2, "signed": 1}
_DECORATED = re.compile(r"\s*[*#=]")


@dataclass(frozen=True)
class DocStatus:
    kind: str = ""  # signed, pending, invalid, "" (none written)
    value: str = ""  # as written: "Auth (Verified)", "DRAFT - NOT APPROVED FOR TREATMENT"
    page: int = 0
    start: int = 0
    end: int = 0


def zone_lines(document: Document, g: Grammar, part: str = "both"):
    """(page, start, line) of the first (`head`) and last (`tail`) `status_lines` lines of the document."""
    if not document.pages:
        return
    seen = set()
    parts = {"both": ((document.pages[0], False), (document.pages[-1], True)),
             "head": ((document.pages[0], False),), "tail": ((document.pages[-1], True),)}[part]
    n = g.status_lines
    for page, last in parts:
        text = page.text
        if last:  # the last n lines, and where the first of them starts
            lines = text.rsplit("\n", n)[-n:]
            pos = len(text) - sum(len(line) + 1 for line in lines) + 1
        else:
            lines, pos = text.split("\n", n)[:n], 0
        for line in lines:
            start, pos = pos, pos + len(line) + 1
            if (page.number, start) not in seen:
                seen.add((page.number, start))
                yield page.number, start, line


def _value_kind(value: str, patterns) -> str:
    for regex, kind in patterns:
        if regex.match(value):
            return kind
    return ""


def document_status(document: Document, g: Grammar) -> DocStatus:
    """The most restrictive status the document declares in its first or last lines."""
    best = DocStatus()
    top = {(p, s) for p, s, line in list(zone_lines(document, g, "head")) if line.strip()}
    top = set(sorted(top)[:3])  # a bare "Pending Signature" banner counts only as the document's first lines
    for page, start, line in zone_lines(document, g):
        stripped = line.strip()
        if not stripped or len(stripped) > 160 or not g.status_words.search(stripped):
            continue  # (the search looks for the status words' cues first: most lines stop there)
        m = g.status_label.match(stripped)
        kind, value = "", ""
        if m:
            value = m.group("value").strip()
            kind = _value_kind(value, g.status_value)
        else:
            kind = _value_kind(stripped, g.banner)
            value = stripped.strip("*#=- ")
            if kind == "pending" and (page, start) not in top and not _DECORATED.match(stripped):
                kind = ""  # "Pending Signature" in a closing block is one signer's line, not the document's status
        if kind and _RANK[kind] > _RANK.get(best.kind, 0):
            best = DocStatus(kind, value, page, start, start + len(line))
    return best


def status_authors(document: Document, g: Grammar, day_first: bool) -> list[tuple[Read, int, int, int, str]]:
    """(Read, page, start, end, quote) for each author line in the status zones ("Author: Dana Roe, MD")."""
    out, when = [], ""
    for page, start, line in zone_lines(document, g):
        stripped = line.strip()
        if g.author_date.search(stripped):
            d = DATE_RE.search(stripped, g.author_date.search(stripped).end())
            when = when or (date_of(d.group(0), day_first) if d else "")
        m = g.author_label.match(stripped)
        if m:
            read = _read_rest(m.group("rest"), _Head("label", title=""), g, day_first)
            if read.state is S.SIGNED and read.person is not None:
                read.placement = "status"
                out.append((read, page, start, start + len(line), stripped))
    for read, *_ in out:
        read.date = read.date or when
    return out


def attestation_statements(document: Document, g: Grammar, day_first: bool) -> list[tuple[int, tuple[str, ...]]]:
    """(page, dates attested) for each Medicare signature attestation statement in the document."""
    found = []
    for page in document.pages:
        for m in g.statement.finditer(page.text):
            window = page.text[m.start(): m.start() + 600]
            dates = tuple(dict.fromkeys(d for d in (date_of(x.group(0), day_first) for x in DATE_RE.finditer(window)) if d))
            found.append((page.number, dates))
    return found


def dates_in_head(document: Document, g: Grammar, day_first: bool) -> set[str]:
    """The dates a document's first and last lines carry (date of service, note date, signature dates)."""
    dates = set()
    for _, _, line in zone_lines(document, g):
        for x in DATE_RE.finditer(line):
            d = date_of(x.group(0), day_first)
            if d:
                dates.add(d)
    return dates

