"""The frozen shapes of the coding rules (what `rules.py` builds from YAML and `kinds.py` reads)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

STATUSES = ("hold", "advisory")  # what a rule may be set to report; `ok` and `error` are the engine's
WINDOWS = ("course", "same_day", "days")
ICD_RANGE_RE = re.compile(r"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")

# kind -> (required fields, optional fields), beyond the fields every rule has.
KINDS: dict[str, tuple[set[str], set[str]]] = {
    "max_units_per_course": ({"codes", "max_units"}, {"exception"}),
    "not_with": ({"codes", "with", "window"}, {"unless_documented"}),
    "requires_documentation": ({"codes", "documentation"}, set()),
    "requires_modifier": ({"codes", "alternatives"}, set()),
    "same_day_exclusive": ({"codes", "with"}, set()),
    "requires_code_same_day": ({"codes", "needs"}, set()),
    "frequency": ({"codes", "per", "therapy_codes"}, {"max_units", "fractions", "remainder_min"}),
    "imrt_documentation_hold": ({"codes"}, {"ok_statuses"}),
    "imrt_technique": ({"codes"}, set()),
    "deleted_code": ({"codes", "replacement"}, set()),
    "icd10": ({"codes", "sites"}, set()),
}


@dataclass(frozen=True)
class Source:
    ref: str
    title: str
    location: str
    section: str
    quote: str

    def citation(self) -> str:
        where = f", {self.section}" if self.section else ""
        return f"{self.title}{where} ({self.location})"

    def to_dict(self) -> dict:
        return {"ref": self.ref, "title": self.title, "location": self.location, "section": self.section,
                "quote": self.quote}


@dataclass(frozen=True)
class Negation:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    window: int = 4


@dataclass(frozen=True)
class DocGroup:
    id: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class DocRequirement:
    id: str
    title: str
    all_of: tuple[DocGroup, ...]


@dataclass(frozen=True)
class Window:
    within: str  # course | same_day | days
    days_before: int = 0
    days_after: int = 0


@dataclass(frozen=True)
class Alternative:
    modifiers: tuple[str, ...] = ()
    documentation: str = ""
    max_units: int | None = None


@dataclass(frozen=True)
class Site:
    id: str
    title: str
    ranges: tuple[tuple[str, str], ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    advisory: str = ""

    def matches(self, code: str) -> bool:
        for lo, hi in self.ranges:
            if code[:len(lo)] >= lo and code[:len(hi)] <= hi:
                return True
        return any(p.fullmatch(code) for p in self.patterns)


@dataclass(frozen=True)
class Hit:
    """What one rule found in one course: a status, the charge lines concerned, and why."""

    status: str  # ok | hold | advisory
    rows: tuple = ()  # ChargeRow
    reason: str = ""
    evidence: tuple[dict, ...] = ()
    fix: str = ""  # overrides the rule's fix when given


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    kind: str
    effective_from: str
    effective_to: str  # "" = open-ended
    source: Source
    fix: str
    codes: frozenset[str]
    status: str = "hold"
    applies_with: frozenset[str] = frozenset()
    responsible: str = ""
    note: str = ""
    secondary_source: Source | None = None
    # kind-specific
    with_: frozenset[str] = frozenset()
    window: Window | None = None
    unless_documented: str = ""
    documentation: str = ""
    max_units: int = 0
    exception: Alternative | None = None
    alternatives: tuple[Alternative, ...] = ()
    needs: frozenset[str] = frozenset()
    per: str = ""
    fractions: int = 5
    remainder_min: int = 0
    therapy_codes: frozenset[str] = frozenset()
    ok_statuses: tuple[str, ...] = ("met", "not_applicable")
    sites: tuple[Site, ...] = ()
    replacement: str = ""

    def in_effect(self, iso_date: str) -> bool:
        return self.effective_from <= iso_date and (not self.effective_to or iso_date <= self.effective_to)


@dataclass(frozen=True)
class CodingRules:
    id: str
    version: str
    title: str
    rules: tuple[Rule, ...]
    documentation: dict[str, DocRequirement]
    catalog: dict[str, str]  # code -> short description
    code_sets: dict[str, frozenset[str]]
    course_gap_days: int = 60
    negation: Negation = field(default_factory=Negation)
    path: str = ""

    def rule(self, rid: str) -> Rule:
        return next(r for r in self.rules if r.id == rid)
