"""`ChargeFinding`: one rule's verdict on some charge lines, as results.json and the worklist show it."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("hold", "error", "advisory", "ok")  # most urgent first
STATUS_LABELS = {"hold": "Hold", "error": "Error", "advisory": "Advisory", "ok": "OK"}


@dataclass(frozen=True)
class ChargeLine:
    row: int
    date: str
    code: str
    modifiers: tuple[str, ...]
    units: int
    amount: float | None  # None: no fee on file for this code/component
    estimate: bool = False

    def to_dict(self) -> dict:
        return {"row": self.row, "date_of_service": self.date, "code": self.code, "modifiers": list(self.modifiers),
                "units": self.units, "amount": self.amount, "amount_is_estimate": self.estimate}


@dataclass(frozen=True)
class ChargeFinding:
    rule: str  # rule id from imrt-coding.yaml, or "charge-row" for a row that could not be read
    title: str
    status: str  # ok | hold | advisory | error
    reason: str
    fix: str = ""
    kind: str = ""
    course: int = 0  # 1-based course number within the chart (0: not course-specific)
    lines: tuple[ChargeLine, ...] = ()
    rows: tuple[int, ...] = ()  # spreadsheet rows concerned (also for error findings, which have no lines)
    source: dict = field(default_factory=dict)
    evidence: tuple[dict, ...] = ()
    responsible: str = ""
    chart_id: str = ""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(sorted({l.code for l in self.lines}))

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(sorted({l.date for l in self.lines}))

    @property
    def amount_at_risk(self) -> float:
        """The priced amount of the lines this finding holds (0 unless `hold`)."""
        if self.status != "hold":
            return 0.0
        return round(sum(l.amount for l in self.lines if l.amount is not None), 2)

    @property
    def unpriced_codes(self) -> tuple[str, ...]:
        if self.status != "hold":
            return ()
        return tuple(sorted({l.code for l in self.lines if l.amount is None}))

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "title": self.title,
            "status": self.status,
            "kind": self.kind,
            "course": self.course,
            "codes": list(self.codes),
            "dates": list(self.dates),
            "rows": list(self.rows),
            "reason": self.reason,
            "fix": self.fix,
            "responsible": self.responsible,
            "amount_at_risk": self.amount_at_risk,
            "amount_is_estimate": self.status == "hold" and any(l.estimate for l in self.lines),
            "unpriced_codes": list(self.unpriced_codes),
            "source": self.source,
            "lines": [l.to_dict() for l in self.lines],
            "evidence": list(self.evidence),
        }
