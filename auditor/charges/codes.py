"""CPT/HCPCS codes, code ranges and modifiers as billing exports write them.

A code set in the coding rules is written as a list of codes ("77301"), ranges ("77316-77318",
"G6003-G6014") and references to named sets ("@imrt-delivery-2025"); `expand` turns it into a frozenset.
"""

from __future__ import annotations

import re

# CPT category I (5 digits), category II/III and PLA (4 digits + F/T/U), HCPCS level II (letter + 4 digits).
CODE_RE = re.compile(r"^(?:\d{5}|\d{4}[FTU]|[A-V]\d{4})$")
MODIFIER_RE = re.compile(r"^[A-Z0-9]{2}$")
_RANGE_RE = re.compile(r"^([A-Z]?)(\d{4,5})-([A-Z]?)(\d{4,5})$")
_SPLIT_RE = re.compile(r"[;,|/\s]+")


class CodeSetError(ValueError):
    """A code, range or set reference that cannot be expanded; the loader adds file and rule."""


def normalise_code(text: str) -> str:
    """'77301 ', '77301.00' (spreadsheets) and 'g6015' -> '77301', 'G6015'."""
    code = (text or "").strip().upper()
    if re.fullmatch(r"\d{5}\.0+", code):
        code = code.split(".")[0]
    return code


def well_formed(code: str) -> bool:
    return bool(CODE_RE.match(code))


def parse_modifiers(text: str) -> tuple[tuple[str, ...], list[str]]:
    """'26;59', '26,XU', '-59', '26 XU' -> (('26', '59'), []); the second item lists ill-formed parts."""
    mods, bad = [], []
    for part in _SPLIT_RE.split((text or "").strip()):
        part = part.strip().lstrip("-").upper()
        if not part:
            continue
        if MODIFIER_RE.match(part):
            if part not in mods:
                mods.append(part)
        else:
            bad.append(part)
    return tuple(mods), bad


def split_list(text: str) -> tuple[str, ...]:
    """A cell holding several values ('C61; Z51.0', 'C61,Z92.3', 'C61 Z92.3')."""
    return tuple(p.strip().upper() for p in _SPLIT_RE.split((text or "").strip()) if p.strip())


def expand_range(item: str) -> list[str]:
    """'77316-77318' -> ['77316', '77317', '77318']; 'G6003-G6014' -> G6003 ... G6014."""
    m = _RANGE_RE.match(item.strip().upper())
    if not m:
        raise CodeSetError(f"'{item}' is not a code range like 77316-77318 or G6003-G6014")
    p1, n1, p2, n2 = m.groups()
    if p1 != p2 or len(n1) != len(n2) or len(p1 + n1) != 5:
        raise CodeSetError(f"'{item}': both ends must be codes of the same form")
    lo, hi = int(n1), int(n2)
    if lo > hi:
        raise CodeSetError(f"'{item}': the range runs backwards")
    if hi - lo > 2000:
        raise CodeSetError(f"'{item}': range too wide (more than 2000 codes)")
    return [f"{p1}{n:0{len(n1)}d}" for n in range(lo, hi + 1)]


def expand(items, named: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """A list of codes, ranges and '@set' references -> the set of codes it names."""
    if isinstance(items, (str, int)):
        items = [items]
    if not isinstance(items, list) or not items:
        raise CodeSetError("must be a non-empty list of codes, ranges (77316-77318) or @set names")
    out: set[str] = set()
    for raw in items:
        item = str(raw).strip().upper() if not isinstance(raw, str) else raw.strip()
        if item.startswith("@"):
            name = item[1:]
            if named is None or name not in named:
                raise CodeSetError(f"unknown code set '{item}'")
            out |= named[name]
        elif "-" in item:
            out.update(expand_range(item))
        else:
            code = normalise_code(item)
            if not well_formed(code):
                raise CodeSetError(f"'{item}' is not a CPT/HCPCS code")
            out.add(code)
    return frozenset(out)


def describe(codes) -> str:
    """Sorted codes joined for a reason: '77306, 77307 and 77321'."""
    items = sorted(set(codes))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
