"""Signature and attestation lines, parsed into `Signature` records with a Medicare-validity state.

The grammar is data (`checklists/signatures.yaml`, compiled by `auditor.signature_grammar`); this
package interprets it: `lines` reads one signature line (and the lines below it where a signer may
stand), `tables` reads Role | Name | Signature | Date tables, `status` reads a document's own status and
author lines, and `roles` decides a signer's role. Regular expressions over lines, not spaCy: a
signature block is a layout, not a sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..dates import prefers_day_first
from ..lowercase import lowered
from ..models import Document, Signature
from ..models import SignatureState as S
from ..people import Roster
from ..dates import DATE_RE
from ..signature_grammar import Grammar, credentials_in, grammar
from .lines import Read, head_of, read_line, read_signed_after, with_surroundings
from .roles import RoleClues, role_of
from .status import DocStatus, document_status, status_authors, zone_lines
from .tables import table_reads

__all__ = ["find_signatures", "candidate_lines", "read_line", "document_status", "DocStatus"]

SectionAt = Callable[[int, int], tuple[str, str, int]]


def candidate_lines(text: str, g: Grammar, marked: set[int] | None = None, low: str | None = "") -> list[int]:
    """Start offsets of the lines holding one of the grammar's cues (all lines if unsure), in order.
    `marked`: filled with the lines holding a cue of an invalid marker (left empty if unsure), found
    by the same pass. `low`: `lowered(text)`, when the caller has it."""
    low = lowered(text) if low == "" else low
    if low is None:
        starts, pos = [], 0
        for line in text.split("\n"):
            starts.append(pos)
            pos += len(line) + 1
        return starts
    starts = set()
    marker_cues = g.any_invalid.cues if marked is not None else ()
    for word in g.cues + tuple(c for c in marker_cues if c not in g.cues):
        found = marked if word in marker_cues else None
        i = low.find(word)  # str.find per word: one regex of them all was tried at every position
        while i >= 0:
            start = low.rfind("\n", 0, i) + 1
            starts.add(start)
            if found is not None:
                found.add(start)
            i = low.find("\n", i)  # the rest of this line is taken already
            i = low.find(word, i) if i >= 0 else -1
    return sorted(starts)


def find_signatures(document: Document, roster: Roster | None = None, section_at: SectionAt | None = None,
                    g: Grammar | None = None) -> list[Signature]:
    g = g or grammar()
    section_at = section_at or (lambda page, offset: ("", "", 0))
    day_first = prefers_day_first("\n".join(p.text for p in document.pages))
    made = _Maker(document, roster, section_at, g)
    taken: set[tuple[int, int]] = set()
    for table in document.tables:
        page_text = next((p.text for p in document.pages if p.number == table.page), "")
        for read, quote, key in table_reads(table, g, day_first):
            start = _row_position(page_text, key, quote)
            line_start = page_text.rfind("\n", 0, start) + 1
            line_end = page_text.find("\n", start)
            line_end = len(page_text) if line_end < 0 else line_end
            taken.add((table.page, line_start))
            made.add(read, table.page, line_start, line_end, quote)
    for page in document.pages:
        _page_lines(page, g, day_first, taken, made)
    return _with_status(document, made, g, day_first)


def _row_position(page_text: str, key: str, quote: str) -> int:
    """Where a table row stands in its page's text: the line holding most of its cells (a name alone
    may also stand in a sentence above the table), else its name cell, else the first line of any cell
    (a cell wrapped over two lines is not one string there), else the page's end (below all evidence:
    a row that cannot be placed never becomes a section's own signature)."""
    cells = [c.strip().split("\n")[0] for c in quote.split(" | ") if len(c.strip()) > 2]
    best, best_count, pos = -1, 1, 0
    for line in page_text.split("\n"):
        count = sum(1 for c in cells if c in line)
        if count > best_count:
            best, best_count = pos, count
        pos += len(line) + 1
    if best >= 0:
        return best
    at = page_text.find(key)
    if at >= 0:
        return at
    for first in cells:
        words = first.split()
        for probe in (first, " ".join(words[:3])):
            at = page_text.find(probe) if len(probe) > 3 else -1
            if at >= 0:
                return at
    return len(page_text)


def _page_lines(page, g: Grammar, day_first: bool, taken: set, made: "_Maker") -> None:
    """Every signature line of a page; lines read as part of a signature above are not read again."""
    text = page.text
    low = lowered(text)
    marked: set[int] | None = set()
    candidates = candidate_lines(text, g, marked, low)
    marked = marked if low is not None else None  # None: any line may hold a marker
    strong_cues = g.strong_words.cues
    skip_to = -1
    for pos in candidates:
        if pos < skip_to or (page.number, pos) in taken:
            continue
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        # a marker's line: one of its words (the pre-scan), then its phrases ("significant" holds "sign")
        may_mark = (marked is None or pos in marked) and bool(g.any_invalid.spans(text[pos:end], first=True))
        after = None
        if not may_mark:  # neither a marker's line nor a signature's head: most candidate lines ("Patient Name: ...")
            stripped = text[pos:end].strip()
            if head_of(stripped, g) is None:  # (its first-word test turns most lines away before any pattern)
                seg = low[pos:end] if low is not None else None  # "Dana Roe, MD e-signed <date>": the name first
                after = read_signed_after(stripped, g, day_first) if seg is None or any(c in seg for c in strong_cues) else None
                if after is None:
                    _unread(text, page.number, pos, end, g, made)
                    continue
        below = text[end + 1: end + 1 + 1200].split("\n", g.lookahead + 4)[: g.lookahead + 3] if end < len(text) else []
        signoff = made.section_at(page.number, pos)[1] == "signatures"
        cols = side_by_side(text[pos:end], g.signature_label, g.date_label) if after is None else []
        if cols:  # "Signed: <physicist>   Signed: <physician>" over "Date/time: ...   Date/time: ..."
            under = side_by_side(below[0], g.date_label) if below else []
            for k, (a, b) in enumerate(cols):
                part = text[pos + a: pos + b]
                read = read_line(part, [below[0][under[k][0]: under[k][1]]] if k < len(under) else [], g, day_first, signoff)
                if read is not None:
                    made.add(read, page.number, pos + a, pos + b, part.strip())
            skip_to = end + 1 + (len(below[0]) + 1 if under else 0)
            continue
        above = text[max(0, pos - 200): max(0, pos - 1)].split("\n")[-2:][::-1] if pos else []
        read = with_surroundings(after, below, g, above, day_first) if after else read_line(text[pos:end], below, g, day_first, signoff, above)
        if read is None:
            _unread(text, page.number, pos, end, g, made)
            continue
        last = end
        for _ in range(read.lines_used - 1):  # a signer read from the lines below: they belong to this signature
            nxt = text.find("\n", last + 1)
            last = len(text) if nxt < 0 else nxt
        skip_to = last
        made.add(read, page.number, pos, last, text[pos:last].strip(), text=text)


_DIGIT = re.compile(r"\d")
_LOG_ROW = re.compile(r"[\s|]*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-[A-Za-z]{3}-\d{2,4})\b")


def _unread(text: str, page: int, pos: int, end: int, g: Grammar, made: "_Maker") -> None:
    """A line the grammar read no signature from, though it holds what a signature is made of: a signing
    verb ('signed', 'approved', 'authenticated'), a signer's credentials and a date ('Analyzed and
    signed: Dov Ferreira-Lund, PhD, DABR ... 03/13/2025'). It is said aloud as not understood, so the
    findings it might decide are `needs_review`, never a silent 'no signature attests it'."""
    line = text[pos:end].strip()
    if len(line) > 240 or not _DIGIT.search(line) or _LOG_ROW.match(line) or not DATE_RE.search(line):
        return  # (cheapest tests first; a row of a log or journal, dated first, records an event elsewhere)
    creds = tuple(dict.fromkeys(credentials_in(line, g)))
    if not creds:
        return
    low = line.lower()
    if any(s.page == page and s.name and s.name.split()[-1].lower() in low for s in made.found):
        return  # the line of a signature read already (a table's row, as the page's text repeats it)
    v = g.verb.search(line)
    if not ((v and v.group("verb")) or g.strong_words.spans(line, first=True) or g.mark.search(line)):
        return
    why = "a line with a signing word, a signer's credentials and a date was not understood as a signature"
    titles = [t for t in g.title_role if len(t) > 3 and re.search(rf"(?<![a-z]){re.escape(t)}(?![a-z])", low)]
    title = max(titles, key=len) if titles else ""  # "Medical physicist Tobias Renwick, Ph.D., DABR e-signed ...": whose it may be
    made.add(Read(S.UNRESOLVED, why, credentials=creds, clues=RoleClues(title, creds, line)), page, pos, end, line)


def side_by_side(line: str, label, not_within=None) -> list[tuple[int, int]]:
    """(start, end) of each column when `line` begins with a label and holds it again further on, after
    a space, word for word ("Signed: Roe, PhD  Signed: Okafor, MD"): signature blocks printed side by
    side. [] otherwise ("Electronic signature: Digitally signed by: Roe" is one signature).
    `not_within`: labels a later match may be the end of, which start no column ("Date signed:")."""
    lead = len(line) - len(line.lstrip())
    starts, first = [], None
    for m in label.finditer(line):
        at = m.start()
        said = " ".join(m.group(0).lower().replace(":", " ").split())
        if at != lead and not (at > lead and line[at - 1].isspace() and said == first):
            continue  # a column repeats the first one's label ("Signed:" ... "Signed:")
        if at != lead and not_within is not None:
            word = line.rfind(" ", 0, at - 1) + 1  # the word before: "Date" of "Date signed:"
            inner = not_within.match(line, word)
            if inner and inner.end() >= m.end() - 1:
                continue
        first = said if at == lead else first
        starts.append(at)
    if len(starts) < 2 or starts[0] != lead:
        return []
    return list(zip(starts, starts[1:] + [len(line)]))


class _Maker:
    """Read -> Signature, placed in its document, page and section, with its role decided."""

    def __init__(self, document: Document, roster, section_at: SectionAt, g: Grammar):
        self.document, self.roster, self.section_at, self.g = document, roster, section_at, g
        self.found: list[Signature] = []
        # what the document says it is: its title lines (a section heading is added per signature)
        first = document.pages[0].text.split("\n", 12)[:12] if document.pages else []
        self.context = " ".join([line for line in first if line.strip()][:4])
        self.last: tuple | None = None  # (read, page, start, end) of the last signature line, for blocks

    def add(self, read: Read, page: int, start: int, end: int, quote: str, category: str | None = None,
            text: str | None = None) -> None:
        """`text`: the page text, when `read` came from its lines: a signature block written over
        consecutive lines ('Attending Radiation Oncologist: Helen Achterberg, MD' then 'e-signature:
        /e-signed/ Helen Achterberg') is one signature of one person, with what each line says of them."""
        if text is not None and self.last is not None and _same_block(self.last, read, page, start, text):
            prev, _, start, _ = self.last
            self.found.pop()
            read, quote = _merged(prev, read), text[start:end].strip()
        self.last = (read, page, start, end) if text is not None else None
        section, cat, index = self.section_at(page, max(start - 1, 0) if read.closes else start)
        if read.role_labelled and start and cat != "signatures":
            # a role's sign-off label read as a heading ("Physician review: Electronically signed by ...")
            # opens no section of its own: the signature closes the section above it
            section, cat, index = self.section_at(page, start - 1)
        clues = replace(read.clues, context=f"{self.context} {section}")
        role, qualifier = role_of(clues, read.person, self.g, self.roster)
        person = read.person
        self.found.append(Signature(
            document=self.document.path, page=page, start=start, end=end, quote=" ".join(quote.split())[:300],
            state=read.state, name=person.display if person else "", credentials=read.credentials, role=role,
            date=read.date, time=read.time if read.date else "", reason=read.reason, section=section,
            section_index=index, section_category=category or cat, person=person.key if person else "",
            zone=read.zone if read.date else "", qualifier=qualifier, placement=read.placement,
        ))


def _same_block(last: tuple, read: Read, page: int, start: int, text: str) -> bool:
    prev, prev_page, _, prev_end = last
    if prev_page != page or prev.person is None or read.person is None or text.count("\n", prev_end, start) > 1:
        return False
    (fam_a, giv_a), (fam_b, giv_b) = (p.key.rstrip("~").split("|") for p in (prev.person, read.person))
    return fam_a == fam_b and (not giv_a or not giv_b or giv_a.startswith(giv_b) or giv_b.startswith(giv_a))


def _merged(a: Read, b: Read) -> Read:
    """Two lines of one signature block: a marker on either voids it; titles, credentials and dates add up."""
    state, reason = (b.state, b.reason) if b.state is not S.SIGNED or a.state in (S.SIGNED, S.BLANK) else (a.state, a.reason)
    person = max((a.person, b.person), key=lambda p: (len(p.given), len(p.middle)))
    creds = tuple(dict.fromkeys(a.credentials + b.credentials))
    clues = replace(b.clues, title=b.clues.title or a.clues.title, credentials=creds,
                    text=" ".join(x for x in (a.clues.text, b.clues.text) if x))
    return Read(state, reason, person, creds, clues, b.date or a.date, b.time or a.time, b.zone or a.zone,
                a.lines_used + b.lines_used, b.placement)


def _with_status(document: Document, made: _Maker, g: Grammar, day_first: bool) -> list[Signature]:
    status = document_status(document, g)
    found = made.found
    if status.kind in ("pending", "invalid"):
        reason = f"the document is marked '{status.value[:40]}'"
        state = S.INVALID if status.kind == "invalid" else S.PENDING
        found = [replace(s, state=state, reason=reason) if s.state is S.SIGNED else s for s in found]
    elif status.kind == "signed":
        found = _signed_status(document, made, status, g, day_first)
    return sorted(found, key=lambda s: (s.page, s.start))


def _signed_status(document: Document, made: _Maker, status: DocStatus, g: Grammar, day_first: bool) -> list[Signature]:
    """A signed status: signatures in the header zone sign the whole document; an author named there
    signs it too; with neither, the status is said aloud as not understood."""
    head = {(p, s) for p, s, _ in _zone(document, g)}
    found = [replace(s, section_category="signatures") if (s.page, s.start) in head else s for s in made.found]
    made.found = found
    have = {s.person for s in found if s.person and s.state is S.SIGNED}
    for read, page, start, end, quote in status_authors(document, g, day_first):
        if read.person.key not in have:
            read.date = read.date or _status_date(status, document, day_first)
            made.add(read, page, start, end, f"{quote} (document status: {status.value})", category="signatures")
            have.add(read.person.key)
    if not any(s.state is S.SIGNED for s in made.found):
        why = f"the document is marked '{status.value[:40]}' but names no signer the grammar can read"
        made.add(Read(S.UNRESOLVED, why), status.page, status.start, status.end, status.value, category="signatures")
    return made.found


def _zone(document: Document, g: Grammar):
    return list(zone_lines(document, g, "head"))


def _status_date(status: DocStatus, document: Document, day_first: bool) -> str:
    from ..dates import parse_date

    return parse_date(status.value, day_first)
