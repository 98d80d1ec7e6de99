"""Dates as charts write them, parsed to ISO so that signatures and identities compare.

Slash and dash dates are read month first, as US charts write them, unless the day cannot be a month
(17/03/2025) or the document writes its dates day first (`day_first`, decided per document by
`prefers_day_first`). Dotted dates (11.02.2025) are day first, as European charts write them; a
dotted date led by its year (2025.03.03) is year, month, day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ORD = r"(?:st|nd|rd|th)?"

DATE_PATTERN = (
    r"(?:\d{4}/\d{1,2}/\d{1,2}"
    r"|(?<![\w.])\d{4}\.\d{1,2}\.\d{1,2}(?![\d.])"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}-\d{1,2}-\d{4}"
    r"|(?<![\w\-/.])\d{1,2}-\d{1,2}-\d{2}(?![\w\-/]|\.\d)"  # 02-07-25, as US forms write it
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|\d{{1,2}}{_ORD}(?:\s+of)?[ -]{_MON},?[ -]\d{{2,4}}"
    rf"|{_MON} \d{{1,2}}{_ORD},? \d{{4}})"
)
TIME_PATTERN = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}h\d{2}(?![A-Za-z]))"  # 14:20, 2:20 PM, 14h20
# The same dates as DATE_PATTERN, in two parts the regex engine can skip through: every form but one
# starts with a digit (written so, lookbehinds after that digit, the engine jumps from digit to digit),
# and the one that starts with a month's name is looked for in the lower-cased text. One alternation of
# them all was tried at every position of every line (a tenth of the signature pass).
_DIGIT_FIRST = re.compile(
    r"\d(?:\d{3}/\d{1,2}/\d{1,2}"
    r"|(?<![\w.]\d)\d{3}\.\d{1,2}\.\d{1,2}(?![\d.])"
    r"|\d?/\d{1,2}/\d{2,4}"
    r"|\d{3}-\d{1,2}-\d{1,2}"
    r"|\d?-\d{1,2}-\d{4}"
    r"|(?<![\w\-/.]\d)\d?-\d{1,2}-\d{2}(?![\w\-/]|\.\d)"
    r"|\d?\.\d{1,2}\.\d{4}"
    rf"|\d?{_ORD}(?:\s+of)?[ -]{_MON},?[ -]\d{{2,4}})", re.I)
_MONTH_FIRST = re.compile(rf"{_MON} \d{{1,2}}{_ORD},? \d{{4}}", re.I)
_MONTH_AT = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d")  # over lower-cased ASCII


class _Dates:
    """`re.compile(DATE_PATTERN, re.I)`'s search, match, fullmatch, finditer and sub, faster (same matches:
    tests/test_signatures.py checks them against the single pattern)."""

    pattern = DATE_PATTERN

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._search(text, text.lower() if text.isascii() else None, pos, endpos)

    @staticmethod
    def _search(text: str, low: str | None, pos: int, endpos: int | None):
        """`low`: `text.lower()` when `text` is ASCII, else None (finditer lower-cases the text once)."""
        endpos = len(text) if endpos is None else endpos
        first = _DIGIT_FIRST.search(text, pos, endpos)
        stop = first.start() if first else endpos
        if low is not None:
            at = _MONTH_AT.search(low, pos, stop)
            while at is not None:
                m = _MONTH_FIRST.match(text, at.start(), endpos)
                if m:
                    return m
                at = _MONTH_AT.search(low, at.start() + 1, stop)
            return first
        return _MONTH_FIRST.search(text, pos, stop) or first

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        return _DIGIT_FIRST.match(text, pos, endpos) or _MONTH_FIRST.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        return _DIGIT_FIRST.fullmatch(text, pos, endpos) or _MONTH_FIRST.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        low = text.lower() if text.isascii() else None
        m = self._search(text, low, pos, endpos)
        while m is not None:
            yield m
            m = self._search(text, low, m.end(), endpos)

    def sub(self, repl, text: str, count: int = 0) -> str:
        out, last, n = [], 0, 0
        for m in self.finditer(text):
            out.append(text[last:m.start()])
            out.append(repl(m) if callable(repl) else m.expand(repl))
            last, n = m.end(), n + 1
            if count and n >= count:
                break
        out.append(text[last:])
        return "".join(out)


DATE_RE = _Dates()
TIME_RE = re.compile(r"(?<![\d:])" + TIME_PATTERN + r"(?![\d:])")
_SLASHED = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")  # led by a digit: the engine skips fast to each
_SAYS_DAY_FIRST = re.compile(r"(?<![a-z])(?:dd/mm/(?:yyyy|yy|aaaa)|jj/mm/aaaa|day/month/year)(?![a-z])", re.I)


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _make(y: int, m: int, d: int) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def parse_date(text: str, day_first: bool = False) -> str:
    """The first date in `text` as YYYY-MM-DD, or ""."""
    m = DATE_RE.search(text or "")
    return date_of(m.group(0), day_first) if m else ""


def date_of(s: str, day_first: bool = False) -> str:
    """One date as DATE_RE matched it, as YYYY-MM-DD, or ""."""
    if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", s):
        y, mo, d = re.split(r"[-/.]", s)
        return _make(int(y), int(mo), int(d))
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", s)
    if dotted:
        d, mo, y = dotted.groups()
        return _make(int(y), int(mo), int(d))
    nums = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})", s)
    if nums:
        mo, d, y = nums.groups()
        if int(mo) > 12 >= int(d) or (day_first and int(d) <= 12):  # 17/03/2025, or a day-first document
            mo, d = d, mo
        return _make(_year(y), int(mo), int(d))
    words = re.findall(r"[A-Za-z]+|\d+", s)
    month = next((MONTHS[w[:3].lower()] for w in words if w[:3].lower() in MONTHS), 0)
    digits = [w for w in words if w.isdigit()]
    if not month or len(digits) < 2:
        return ""
    day, year = (digits[0], digits[1]) if len(digits[1]) >= 2 and len(digits[0]) <= 2 else (digits[1], digits[0])
    if len(day) > 2:
        day, year = year, day
    return _make(_year(year), month, int(day))


@lru_cache(maxsize=32)
def prefers_day_first(text: str) -> bool:
    """Does this document write slash dates day first? When it says so ("dd/mm/yyyy", "day/month/year"),
    or when some date can be read no other way (13-31 in the first place) and none is month-first beyond
    doubt."""
    if ("/mm/" in text or "/MM/" in text or "/month/" in text or "/Month/" in text or "/MONTH/" in text) \
            and _SAYS_DAY_FIRST.search(text):  # "All dates are written day/month/year (dd/mm/aaaa)"
        return True
    day_first = month_first = 0
    i = text.find("/")
    while i >= 0:  # at each slash (a regex led by a digit was tried at every position of the text)
        m = _SLASHED.match(text, max(0, i - 2))
        if m is None and i >= 1:
            m = _SLASHED.match(text, i - 1)
        if m is not None and m.start() < i < m.end():
            before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
            if not ((before and (before.isdigit() or before in "/.-")) or (after and (after.isdigit() or after == "/"))):
                a, b = (int(x) for x in m.group(0).split("/")[:2])
                if a > 12 >= b:
                    day_first += 1
                elif b > 12 >= a:
                    month_first += 1
            i = text.find("/", m.end())
        else:
            i = text.find("/", i + 1)
    return day_first > 0 and month_first == 0


def clock(text: str) -> str:
    """'2:15 PM' -> '14:15', '11:20:05' -> '11:20', '08h40' -> '08:40'; "" when it is not a time of day."""
    m = re.fullmatch(r"(\d{1,2})[:h](\d{2})(?::\d{2})?\s*(?:([AaPp])\.?[Mm]\.?)?", text.strip())
    if not m:
        return ""
    h, mi = int(m.group(1)), int(m.group(2))
    half = (m.group(3) or "").lower()
    if half:
        if not 1 <= h <= 12:
            return ""
        h = h % 12 + (12 if half == "p" else 0)
    if h > 23 or mi > 59:
        return ""
    return f"{h:02d}:{mi:02d}"
