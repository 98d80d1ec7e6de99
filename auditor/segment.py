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

_JOIN_WORDS = ("and", "or", "of", "the", "to", "for", "with", "in", "at", "by", "a", "an", "on", "than", "from", "that", "which",
               "is", "are", "was", "were", "be")
_JOIN_END = re.compile(rf"(?:[,\-–/(&]|\b(?:{'|'.join(_JOIN_WORDS)})\s*)$", re.I)
_JOIN_LAST = frozenset(",-/(&" + "".join(w[-1] + w[-1].upper() for w in _JOIN_WORDS))  # the ASCII ones _JOIN_END ends on
_TABLE_ROW = re.compile(r"\||\t| {3,}\S")
# Matches from the mark, so the search jumps between marks (a look-behind was tried at every position).
_SPLIT = re.compile(r"[.!?]\s+(?=[A-Z0-9\"'(\[☒☐☑■□])")
_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "vs", "No", "St", "Jr", "Sr", "approx", "e.g", "i.e", "etc", "Fig", "Ph.D", "M.D", "D.O", "M.S")
_ABBREV = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, _ABBREVIATIONS))})\.)$", re.I)
_ABBREV_ENDS = frozenset(a[-2:].lower() for a in _ABBREVIATIONS)
_NEW_ITEM = re.compile(r"[☐☒☑■□✓✔•*\-\[(]|\d{1,2}[.)]\s|[A-Z][A-Za-z /#()&'\-]{0,40}:|(?:electronically|digitally|signed|approved|reviewed|/s/)", re.I)
_ADDENDUM = re.compile(r"^\s*(addendum|late entry|amendment|amended note)\b[^.\n]{0,40}?(?::\s*|$)", re.I)
_LIST_NUMBER = re.compile(r"[\s☐☒☑■□✓✔\[\]()xX*•\-]*\d{1,2}\.")  # "☐ 1. Target ..." stays one item
_CLAUSE = re.compile(r"[;,]\s+")
_HEADING_SHAPE = re.compile(r"^[A-Z0-9][A-Za-z0-9 /&()'\-]{1,48}:?$")
_HEADING_SHAPE_MAX = 50  # the longest text _HEADING_SHAPE can match (a stripped line has no "\n" for $)
_NUMBERED = re.compile(r"^\d+[.)]\s*")
_COUNTED = re.compile(r"\s+(?:no\.?\s*|#\s*)?\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[/:]\d")
# _ABBREV and _JOIN_END end at the end of the text and match at most 7 characters ("approx.", "which"
# on a right-stripped line), so only the tail is searched (\b still sees the character before it);
# searching whole chunks made splitting quadratic.
_TAIL = 8


@dataclass(frozen=True, init=False)
class Sentence:
    page: int
    start: int  # offsets into the page text
    end: int
    text: str  # page text slice with newlines as spaces (same length)
    section: str  # heading text, "" before the first heading
    section_category: str
    section_index: int  # counts headings across the whole document
    index: int  # position in the document

    def __init__(self, page: int, start: int, end: int, text: str, section: str, section_category: str,
                 section_index: int, index: int):
        # The __init__ a frozen dataclass writes sets each field with its own object.__setattr__ call:
        # a fifth of segmenting's time. Filling the instance dict at once gives the same object.
        self.__dict__.update(page=page, start=start, end=end, text=text, section=section,
                             section_category=section_category, section_index=section_index, index=index)


class Headings:
    """Known headings (from language.yaml) mapped to their category."""

    def __init__(self, categories: dict[str, list[str]]):
        self.lookup = {lit.lower(): cat for cat, lits in categories.items() for lit in lits}
        longest = sorted(self.lookup, key=len, reverse=True)
        self.longest = len(longest[0]) if longest else 0
        alternation = "|".join(re.escape(h) for h in longest)
        # "DVH Review: ..." or "DVH Review - ...", but not "Patient-Specific QA" (a hyphenated word)
        self.inline = re.compile(rf"^\s*(?:\d+[.)]\s*)?({alternation})(?:\s*:|\s+[\-–]\s)\s*(?=\S)", re.I)
        # The same over an ASCII line lower-cased, the headings as a trie (one branch per next letter, a
        # longer heading tried first as the longest-first alternation does): re.I folds case letter by
        # letter in each of hundreds of alternatives, several times slower on every labelled line.
        self._inline_low = re.compile(rf"^\s*(?:\d+[.)]\s*)?({_trie(self.lookup)})(?:\s*:|\s+[\-–]\s)\s*(?=\S)")

    def _category(self, heading: str) -> str:
        """The category of a heading `inline` matched. re.I also matches letters whose lower() is not
        the heading's ("PATıENT": dotless ı, ſ, K), so those are looked up by the pattern's own rule."""
        cat = self.lookup.get(heading.lower())
        if cat is None:
            cat = next(c for h, c in self.lookup.items() if re.fullmatch(re.escape(h), heading, re.I))
        return cat

    def match(self, line: str) -> tuple[str, str, int] | None:
        """(heading, category, where the content after it starts) or None."""
        late = _ADDENDUM.match(line)
        if late:  # "Addendum 6/23/25 5:40 PM": written after the note was signed
            return late.group(1), "addendum", late.end()
        bare = line.strip().rstrip(":").strip()
        bare_num = _NUMBERED.sub("", bare) if bare[:1].isdigit() else bare
        if bare_num.endswith(")"):  # "PLAN STATISTICS AT APPROVAL (FROM THE CALCULATED PLAN)"
            bare_num = re.sub(r"\s*\([^()]*\)$", "", bare_num) or bare_num
        elif bare_num[-1:].isdigit():  # "Journal entry 2 of 2", "Addendum #2": the heading, numbered
            bare_num = _COUNTED.sub("", bare_num) or bare_num
        # lower() never shortens a string, so a line longer than every heading cannot be one.
        cat = self.lookup.get(bare_num.lower()) if len(bare_num) <= self.longest else None
        if cat:
            return bare_num, cat, len(line)
        # An inline heading is followed by a colon or a dash; most lines have neither.
        m = None
        if ":" in line or "-" in line or "–" in line:
            m = self._inline_low.match(line.lower()) if line.isascii() else self.inline.match(line)
        cat = self._category(line[m.start(1):m.end(1)]) if m else None
        if m and cat != "signatures":  # "Signature: ____" is a signature line
            return line[m.start(1):m.end(1)], cat, m.end()
        if len(bare) <= _HEADING_SHAPE_MAX and _HEADING_SHAPE.match(bare) and len(bare.split()) <= 6 and (bare.isupper() or line.rstrip().endswith(":")):
            if not _CLOCK_OR_DATE.search(bare) and len(bare) > 2:
                return bare, "other", len(line)
        return None


def _trie(words) -> str:
    """Lower-case literals as one regex that branches on each next character; where a word ends and
    longer ones go on, the longer ones are tried first (greedy `?`), as a longest-first alternation does."""
    ends, branches = False, {}
    for w in words:
        if w:
            branches.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    parts = [re.escape(c) + (_trie(rest) if any(rest) else "") for c, rest in branches.items()]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body


def _blocks(text: str, headings: Headings):
    """Groups lines into prose blocks; yields ('heading', ...) or ('block', start, end)."""
    first = last = -1  # start of the open block's first line and of its last line
    last_line = ""
    pos = -1
    for line in text.split("\n"):
        pos += 1  # past the newline before this line
        stripped = line.strip()
        heading = headings.match(line) if stripped else None
        standalone = heading is not None or _table_row(stripped)
        if first >= 0 and (not stripped or standalone or not _continues(last_line, line)):
            yield ("block", first, last + len(last_line))
            first = -1
        if heading:
            yield ("heading", heading, pos)
            rest = pos + heading[2]
            if rest < pos + len(line) and line[heading[2]:].strip():
                yield ("block", rest, pos + len(line))
        elif stripped:
            if standalone:
                yield ("block", pos, pos + len(line))
            else:
                first = pos if first < 0 else first
                last, last_line = pos, line
        pos += len(line)
    if first >= 0:
        yield ("block", first, last + len(last_line))


def _table_row(stripped: str) -> bool:
    """`_TABLE_ROW.search`, with substring tests first: its three-way alternation tried at every
    position of every prose line was the slowest single step of segmenting."""
    return "|" in stripped or "\t" in stripped or ("   " in stripped and bool(_TABLE_ROW.search(stripped)))


def _continues(previous: str, line: str) -> bool:
    """A wrapped line continues the previous one; a label or new item does not."""
    prev = previous.rstrip()
    nxt = line.lstrip()
    if not prev or not nxt:
        return False
    if prev[-1] in ".!?:;":  # a mark ends the line (it is right-stripped, so the mark is its last character)
        return False
    if nxt[0].islower() or _joins(prev):
        return True
    # Hard-wrapped prose (dictation, OCR, fax): a long line running on into a line that is not a new
    # item, label or signature.
    return len(prev) >= 55 and not _NEW_ITEM.match(nxt)


def _joins(prev: str) -> bool:
    """`_JOIN_END` on a right-stripped line. It ends in one of `_JOIN_LAST` (an ASCII character matches
    a letter under re.I only in either case), so other ASCII endings skip the regex."""
    last = prev[-1]
    if last.isascii() and last not in _JOIN_LAST:
        return False
    return bool(_JOIN_END.search(prev, max(0, len(prev) - _TAIL)))


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (page offsets, untrimmed) of the block text[start:end]."""
    chunk = text[start:end]
    spans = []
    cut = 0
    for m in _SPLIT.finditer(chunk):
        stop = m.start() + 1
        if _abbreviation(chunk, stop) or (chunk[stop - 2 : stop - 1].isdecimal() and _LIST_NUMBER.fullmatch(chunk, cut, stop)):
            continue
        spans.append((start + cut, start + stop))
        cut = m.end()
    spans.append((start + cut, end))
    return spans


def _abbreviation(chunk: str, stop: int) -> bool:
    """`_ABBREV` ending at `stop`, tried only when the two characters before the dot end an abbreviation
    (an ASCII character matches a letter under re.I only in either case)."""
    tail = chunk[stop - 3 : stop - 1]
    if stop < 3 or (tail.isascii() and tail.lower() not in _ABBREV_ENDS):
        return False
    return bool(_ABBREV.search(chunk, max(0, stop - _TAIL), stop))


def _bounded(text: str, a: int, b: int) -> Iterable[tuple[int, int]]:
    """Cuts an over-long run-on sentence at clause boundaries so patterns stay local; the pieces cut
    off are kept even when blank, the last one only when it has text."""
    while b - a > MAX_SENTENCE:
        window = text[a : a + MAX_SENTENCE]
        cuts = [m.end() for m in _CLAUSE.finditer(window) if m.end() > MAX_SENTENCE // 3]
        step = cuts[-1] if cuts else MAX_SENTENCE
        yield a, a + step
        a += step
    if text[a:b].strip():
        yield a, b


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
            for span in _split(text, item[1], item[2]):
                # A span is never blank (it ends at a mark, starts right after one at a non-space, or is a
                # whole block), so only a long one needs _bounded.
                for a, b in _bounded(text, *span) if span[1] - span[0] > MAX_SENTENCE else (span,):
                    out.append(_sentence(page.number, text, a, b, section, category, index, len(out)))
    return out


def _sentence(page, text, a, b, section, category, index, n) -> Sentence:
    body = text[a:b]
    trimmed = body.lstrip()
    a += len(body) - len(trimmed)
    trimmed = trimmed.rstrip()
    return Sentence(page, a, a + len(trimmed), trimmed.replace("\n", " "), section, category, index, n)
