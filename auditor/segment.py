"""Cheap, line-based segmentation of page text into sentences and sections.

Running a spaCy sentence splitter over whole documents costs more than everything else together
(see bench/), so sentences are found with a few regular expressions and spaCy only ever sees the
sentences a keyword pre-scan picks. Offsets always point into the page text; the sentence text handed
on has newlines replaced by spaces, keeping its length, so offsets stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .models import Document

MAX_SENTENCE = 600  # characters; longer run-ons are cut at clause boundaries

_TERMINAL = re.compile(r"[.!?:;]\s*$")
_JOIN_END = re.compile(r"(?:[,\-–/(&]|\b(?:and|or|of|the|to|for|with|in|at|by|a|an|on|than|from|that|which|is|are|was|were|be)\s*)$", re.I)
_TABLE_ROW = re.compile(r"\||\t| {3,}\S")
# Matches from the mark, so the search jumps between marks (a look-behind was tried at every position).
_SPLIT = re.compile(r"[.!?]\s+(?=[A-Z0-9\"'(\[☒☐☑■□])")
_ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|vs|No|St|Jr|Sr|approx|e\.g|i\.e|etc|Fig|Ph\.D|M\.D|D\.O|M\.S)\.)$", re.I)
_NEW_ITEM = re.compile(r"[☐☒☑■□✓✔•*\-\[(]|\d{1,2}[.)]\s|[A-Z][A-Za-z /#()&'\-]{0,40}:|(?:electronically|digitally|signed|approved|reviewed|/s/)", re.I)
_ADDENDUM = re.compile(r"^\s*(addendum|late entry|amendment|amended note)\b[^.\n]{0,40}?(?::\s*|$)", re.I)
_LIST_NUMBER = re.compile(r"[\s☐☒☑■□✓✔\[\]()xX*•\-]*\d{1,2}\.")  # "☐ 1. Target ..." stays one item
_CLAUSE = re.compile(r"[;,]\s+")
_HEADING_SHAPE = re.compile(r"^[A-Z0-9][A-Za-z0-9 /&()'\-]{1,48}:?$")
_NUMBERED = re.compile(r"^\d+[.)]\s*")
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[/:]\d")
# _ABBREV and _JOIN_END end at the end of the text and match at most 7 characters ("approx.", "which"
# on a right-stripped line), so only the tail is searched (\b still sees the character before it);
# searching whole chunks made splitting quadratic.
_TAIL = 8


@dataclass(frozen=True)
class Sentence:
    page: int
    start: int  # offsets into the page text
    end: int
    text: str  # page text slice with newlines as spaces (same length)
    section: str  # heading text, "" before the first heading
    section_category: str
    section_index: int  # counts headings across the whole document
    index: int  # position in the document


class Headings:
    """Known headings (from language.yaml) mapped to their category."""

    def __init__(self, categories: dict[str, list[str]]):
        self.lookup = {lit.lower(): cat for cat, lits in categories.items() for lit in lits}
        longest = sorted(self.lookup, key=len, reverse=True)
        alternation = "|".join(re.escape(h) for h in longest)
        # "DVH Review: ..." or "DVH Review - ...", but not "Patient-Specific QA" (a hyphenated word)
        self.inline = re.compile(rf"^\s*(?:\d+[.)]\s*)?({alternation})(?:\s*:|\s+[\-–]\s)\s*(?=\S)", re.I)

    def match(self, line: str) -> tuple[str, str, int] | None:
        """(heading, category, where the content after it starts) or None."""
        late = _ADDENDUM.match(line)
        if late:  # "Addendum 6/23/25 5:40 PM": written after the note was signed
            return late.group(1), "addendum", late.end()
        bare = line.strip().rstrip(":").strip()
        bare_num = _NUMBERED.sub("", bare) if bare[:1].isdigit() else bare
        cat = self.lookup.get(bare_num.lower())
        if cat:
            return bare_num, cat, len(line)
        # An inline heading is followed by a colon or a dash; most lines have neither.
        m = self.inline.match(line) if ":" in line or "-" in line or "–" in line else None
        if m and self.lookup[m.group(1).lower()] != "signatures":  # "Signature: ____" is a signature line
            return m.group(1), self.lookup[m.group(1).lower()], m.end()
        if _HEADING_SHAPE.match(bare) and len(bare.split()) <= 6 and (bare.isupper() or line.rstrip().endswith(":")):
            if not _CLOCK_OR_DATE.search(bare) and len(bare) > 2:
                return bare, "other", len(line)
        return None


def _blocks(text: str, headings: Headings):
    """Groups lines into prose blocks; yields ('heading', ...) or ('block', start, end)."""
    block: list[tuple[int, str]] = []
    pos = -1
    for line in text.split("\n"):
        pos += 1  # past the newline before this line
        stripped = line.strip()
        heading = headings.match(line) if stripped else None
        standalone = heading is not None or bool(_TABLE_ROW.search(stripped))
        if block and (not stripped or standalone or not _continues(block[-1][1], line)):
            yield ("block", block[0][0], block[-1][0] + len(block[-1][1]))
            block = []
        if heading:
            yield ("heading", heading, pos)
            rest = pos + heading[2]
            if rest < pos + len(line) and line[heading[2]:].strip():
                yield ("block", rest, pos + len(line))
        elif stripped:
            if standalone:
                yield ("block", pos, pos + len(line))
            else:
                block.append((pos, line))
        pos += len(line)
    if block:
        yield ("block", block[0][0], block[-1][0] + len(block[-1][1]))


def _continues(previous: str, line: str) -> bool:
    """A wrapped line continues the previous one; a label or new item does not."""
    prev = previous.rstrip()
    nxt = line.lstrip()
    if not prev or not nxt:
        return False
    if _TERMINAL.search(prev):
        return False
    if nxt[0].islower() or _JOIN_END.search(prev, max(0, len(prev) - _TAIL)):
        return True
    # Hard-wrapped prose (dictation, OCR, fax): a long line running on into a line that is not a new
    # item, label or signature.
    return len(prev) >= 55 and not _NEW_ITEM.match(nxt)


def _split(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    chunk = text[start:end]
    cut = 0
    for m in _SPLIT.finditer(chunk):
        stop = m.start() + 1
        if _ABBREV.search(chunk, max(0, stop - _TAIL), stop) or _LIST_NUMBER.fullmatch(chunk, cut, stop):
            continue
        yield from _bounded(chunk, start, cut, stop)
        cut = m.end()
    yield from _bounded(chunk, start, cut, len(chunk))


def _bounded(chunk: str, base: int, a: int, b: int) -> Iterable[tuple[int, int]]:
    """Cuts over-long run-on sentences at clause boundaries so patterns stay local."""
    while b - a > MAX_SENTENCE:
        window = chunk[a : a + MAX_SENTENCE]
        cuts = [m.end() for m in _CLAUSE.finditer(window) if m.end() > MAX_SENTENCE // 3]
        step = cuts[-1] if cuts else MAX_SENTENCE
        yield base + a, base + a + step
        a += step
    if chunk[a:b].strip():
        yield base + a, base + b


def sentences(document: Document, headings: Headings) -> list[Sentence]:
    out: list[Sentence] = []
    section, category, index = "", "", 0
    for page in document.pages:
        text = page.text
        for item in _blocks(text, headings):
            if item[0] == "heading":
                _, (section, heading_category, _), pos = item
                # Everything after an addendum heading was written after the note: it stays "addendum".
                category = "addendum" if category == "addendum" else heading_category
                index += 1
                # The heading line itself is a sentence too ("DVH REVIEW" tells what follows).
                line_end = text.find("\n", pos)
                line_end = len(text) if line_end < 0 else line_end
                out.append(_sentence(page.number, text, pos, line_end, section, category, index, len(out)))
                continue
            _, start, end = item
            for a, b in _split(text, start, end):
                out.append(_sentence(page.number, text, a, b, section, category, index, len(out)))
    return out


def _sentence(page, text, a, b, section, category, index, n) -> Sentence:
    body = text[a:b]
    trimmed = body.lstrip()
    a += len(body) - len(trimmed)
    trimmed = trimmed.rstrip()
    return Sentence(page, a, a + len(trimmed), trimmed.replace("\n", " "), section, category, index, n)
