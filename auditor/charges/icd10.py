"""ICD-10-CM diagnosis codes on charge lines: format, existence, billability and the LCD's common sites.

Existence and descriptions come from the `simple-icd-10-cm` package, which ships the CMS ICD-10-CM
tabular list (no network). It is imported on first use (it takes a few seconds to load); when it is not
installed the format is still checked and an advisory says existence was not.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from .codes import split_list
from .spec import Hit, Rule

ICD_FORMAT = re.compile(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")
PACKAGE = "simple-icd-10-cm"


def normalise_icd(text: str) -> str:
    """'c61' -> 'C61'; 'C50912' -> 'C50.912'."""
    code = (text or "").strip().upper()
    if "." not in code and len(code) > 3:
        code = code[:3] + "." + code[3:]
    return code


@lru_cache(maxsize=1)
def _book():
    try:
        with warnings.catch_warnings():  # the package still calls importlib.resources.read_text
            warnings.simplefilter("ignore", DeprecationWarning)
            import simple_icd_10_cm as cm
    except ImportError:
        return None
    return cm


def code_book_version() -> str:
    """E.g. 'simple-icd-10-cm 1.5.0 (code-list-April-2026)', or '' when the package is missing."""
    if _book() is None:
        return ""
    from importlib import metadata, resources

    try:
        data = sorted(f.name for f in resources.files("simple_icd_10_cm.data").iterdir() if f.name.startswith("code-list"))
    except (ModuleNotFoundError, OSError):
        data = []
    release = f" ({data[0].rsplit('.', 1)[0]})" if data else ""
    return f"{PACKAGE} {metadata.version(PACKAGE)}{release}"


@lru_cache(maxsize=4096)
def lookup(code: str) -> tuple[str, str]:
    """(problem, description): problem is '' for a valid billable code, else 'format', 'unknown' or
    'not-billable'; 'unchecked' when the code book is not installed."""
    code = normalise_icd(code)
    if not ICD_FORMAT.match(code):
        return "format", ""
    cm = _book()
    if cm is None:
        return "unchecked", ""
    if not cm.is_valid_item(code):
        return "unknown", ""
    description = cm.get_description(code)
    return ("" if cm.is_leaf(code) else "not-billable"), description


def describe(codes) -> dict[str, str]:
    """{code: description} for the valid codes among `codes` (for reports)."""
    out = {}
    for c in codes:
        problem, desc = lookup(c)
        if desc:
            out[normalise_icd(c)] = desc
    return out


_PROBLEMS = {
    "format": "'{code}' is not in ICD-10-CM format (a letter, a digit, a character, then up to 4 after a dot)",
    "unknown": "{code} is not an ICD-10-CM code",
    "not-billable": "{code} ({desc}) is a category, not a billable code: it needs more characters",
}


def check_rows(rule: Rule, rows) -> list[Hit]:
    issues: dict[tuple[str, str], list] = {}  # (status, reason) -> rows, in first-seen order
    valid: dict[str, str] = {}
    sites_seen: dict[str, str] = {}
    unchecked = False

    def add(status, reason, row):
        issues.setdefault((status, reason), []).append(row)

    for row in rows:
        codes = [normalise_icd(c) for c in row.icd10]
        if not codes:
            add(rule.status, f"no ICD-10-CM diagnosis on the {row.code} line", row)
            continue
        row_ok = True
        for code in codes:
            problem, desc = lookup(code)
            if problem == "unchecked":
                unchecked = True
            elif problem:
                row_ok = False
                add(rule.status, _PROBLEMS[problem].format(code=code, desc=desc), row)
            else:
                valid[code] = desc
        if not row_ok:
            continue
        matched = [(s, c) for c in codes for s in rule.sites if s.matches(c)]
        if not matched:
            names = "; ".join(f"{c} {valid.get(c, '')}".strip() for c in codes)
            add("advisory", f"{names}: outside the LCD's common IMRT sites — higher scrutiny; the medical-necessity "
                            f"statement must carry the case", row)
        elif all(s.advisory for s, _ in matched):
            site, code = matched[0]
            add("advisory", f"{code} ({site.title}): {site.advisory}", row)
        for site, code in matched:
            sites_seen.setdefault(code, site.title)
    hits = [Hit(status, tuple(rs), reason) for (status, reason), rs in issues.items()]
    if unchecked:
        hits.append(Hit("advisory", tuple(rows), f"ICD-10-CM existence not checked: the {PACKAGE} package is not "
                                                 f"installed (format only)"))
    if not hits and valid:
        listed = "; ".join(f"{c} {d} [{sites_seen.get(c, 'secondary')}]" for c, d in sorted(valid.items()))
        hits.append(Hit("ok", tuple(rows), f"valid, billable ICD-10-CM: {listed}"))
    return hits


__all__ = ["check_rows", "code_book_version", "describe", "lookup", "normalise_icd", "split_list"]
