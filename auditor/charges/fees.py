"""`checklists/fees.yaml` -> amounts per code, and the amount a charge line puts at risk.

A code without a fee, or a component (-26, TC) without its own amount, is "unpriced": the revenue at risk
says how many such lines it leaves out rather than guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..checklist import ChecklistError, read_yaml
from ..resources import checklists_dir
from .codes import normalise_code, well_formed

_TOP = {"id", "year", "currency", "source", "fees"}
_FEE = {"global", "professional", "technical", "source", "estimate"}


@dataclass(frozen=True)
class Fee:
    code: str
    global_: float | None
    professional: float | None
    technical: float | None
    source: str
    estimate: bool


@dataclass(frozen=True)
class Fees:
    year: int
    currency: str
    source: str
    fees: dict[str, Fee]
    path: str = ""

    def amount(self, code: str, modifiers=(), units: int = 1) -> tuple[float | None, bool]:
        """(amount for the line, whether it is an estimate); None when the line cannot be priced."""
        fee = self.fees.get(code)
        if fee is None:
            return None, False
        mods = set(modifiers)
        each = fee.professional if "26" in mods else fee.technical if "TC" in mods else fee.global_
        if each is None:
            return None, False
        return round(each * max(units, 0), 2), fee.estimate

    def to_dict(self) -> dict:
        return {"year": self.year, "currency": self.currency, "source": self.source,
                "fees": {c: {"global": f.global_, "professional": f.professional, "technical": f.technical,
                             "source": f.source, "estimate": f.estimate} for c, f in sorted(self.fees.items())}}


def _fail(path, code: str, fld: str, problem: str):
    where = f"fee '{code}': " if code else ""
    raise ChecklistError(f"{path}: {where}field '{fld}': {problem}")


def _money(path, code, data, key):
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        _fail(path, code, key, "must be an amount >= 0")
    return float(value)


def load_fees(path: str | Path | None = None) -> Fees:
    path = Path(path) if path else checklists_dir() / "fees.yaml"
    raw = read_yaml(path, "fee file")
    if not isinstance(raw, dict):
        _fail(path, "", "(file)", "expected a mapping")
    for key in raw:
        if key not in _TOP:
            _fail(path, "", key, f"unknown key (allowed: {', '.join(sorted(_TOP))})")
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        _fail(path, "", "year", "must be a year like 2025")
    for key in ("currency", "source"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            _fail(path, "", key, "must be a non-empty string")
    items = raw.get("fees")
    if not isinstance(items, dict):
        _fail(path, "", "fees", "must be a mapping of code -> {global, professional, technical, source, estimate}")
    fees = {}
    for key, data in items.items():
        code = normalise_code(str(key))
        if not well_formed(code):
            _fail(path, str(key), "(code)", "is not a CPT/HCPCS code")
        if not isinstance(data, dict):
            _fail(path, code, "(fee)", "expected a mapping")
        for k in data:
            if k not in _FEE:
                _fail(path, code, k, f"unknown key (allowed: {', '.join(sorted(_FEE))})")
        if not isinstance(data.get("source"), str) or not data["source"].strip():
            _fail(path, code, "source", "must say where the figure comes from")
        if not isinstance(data.get("estimate", False), bool):
            _fail(path, code, "estimate", "must be true or false")
        amounts = [_money(path, code, data, k) for k in ("global", "professional", "technical")]
        if all(a is None for a in amounts):
            _fail(path, code, "global", "give at least one amount")
        fees[code] = Fee(code, *amounts, data["source"].strip(), data.get("estimate", False))
    return Fees(year, raw["currency"].strip(), raw["source"].strip(), fees, str(path))
