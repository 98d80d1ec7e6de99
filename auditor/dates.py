"""Dates as charts write them, parsed to ISO so that signatures and identities compare."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

DATE_PATTERN = (
    r"(?:\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|\d{{1,2}}[ -]{_MON}[ -]\d{{2,4}}"
    rf"|{_MON} \d{{1,2}},? \d{{4}})"
)
TIME_PATTERN = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
DATE_RE = re.compile(DATE_PATTERN, re.I)


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _make(y: int, m: int, d: int) -> str:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """The first date in `text` as YYYY-MM-DD, or "" (US month/day order, as US charts write it)."""
    m = DATE_RE.search(text or "")
    if not m:
        return ""
    s = m.group(0)
    if re.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", s):
        y, mo, d = re.split(r"[-/]", s)
        return _make(int(y), int(mo), int(d))
    nums = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", s)
    if nums:
        mo, d, y = nums.groups()
        if int(mo) > 12 >= int(d):  # 17/03/2025: day first, as UK and European charts write it
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
