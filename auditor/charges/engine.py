"""`check_charges`: split a chart's charge lines into courses and run every rule on every course.

Every rule runs through the one function of its kind (`kinds.KINDS`). A rule that had charge lines to
look at and found nothing to report gives one `ok` finding, so the report shows what was checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import ChartResult
from .evidence import ChartText
from .fees import Fees
from .findings import ChargeFinding, ChargeLine
from .kinds import KINDS, Context
from .reading import ChargeProblem, ChargeRow
from .spec import CodingRules, Hit, Rule

ROW_RULE = "charge-row"


@dataclass(frozen=True)
class Course:
    number: int
    rows: tuple[ChargeRow, ...]


def split_courses(rows: list[ChargeRow], gap_days: int) -> list[Course]:
    """Rows sorted by date; a gap of more than `gap_days` between consecutive dates starts a new course."""
    courses: list[list[ChargeRow]] = []
    last = None
    for r in sorted(rows, key=lambda r: (r.date, r.row)):
        day = dt.date.fromisoformat(r.date)
        if last is None or (day - last).days > gap_days:
            courses.append([])
        courses[-1].append(r)
        last = day
    return [Course(i, tuple(c)) for i, c in enumerate(courses, start=1)]


def _line(row: ChargeRow, fees: Fees | None) -> ChargeLine:
    amount, estimate = fees.amount(row.code, row.modifiers, row.units) if fees else (None, False)
    return ChargeLine(row.row, row.date, row.code, row.modifiers, row.units, amount, estimate)


def _finding(rule: Rule, hit: Hit, course: int, fees, chart_id: str) -> ChargeFinding:
    source = rule.source.to_dict()
    if rule.secondary_source:
        source["secondary"] = rule.secondary_source.to_dict()
    if rule.note:
        source["note"] = rule.note
    rows = sorted(hit.rows, key=lambda r: (r.date, r.row))
    return ChargeFinding(
        rule=rule.id, title=rule.title, status=hit.status, reason=hit.reason,
        fix="" if hit.status == "ok" else (hit.fix or rule.fix), kind=rule.kind, course=course,
        lines=tuple(_line(r, fees) for r in rows), rows=tuple(r.row for r in rows), source=source,
        evidence=hit.evidence, responsible=rule.responsible or "coder", chart_id=chart_id,
    )


def problem_findings(problems: list[ChargeProblem], chart_id: str = "") -> list[ChargeFinding]:
    """A row that could not be read is an `error` finding: it was not checked and needs correcting."""
    return [ChargeFinding(
        rule=ROW_RULE, title="Charge row could not be read", status="error", reason=p.message,
        fix="Correct the row in the billing export (or add a real code to the catalog in checklists/imrt-coding.yaml) and run the check again.",
        kind="csv", rows=(p.row,) if p.row else (), responsible="coder", chart_id=p.chart_id or chart_id,
    ) for p in problems]


def _targets(rule: Rule, course: Course) -> list[ChargeRow]:
    return [r for r in course.rows if r.code in rule.codes and rule.in_effect(r.date)]


def check_charges(rows: list[ChargeRow], chart: ChartResult | None, rules: CodingRules, fees: Fees | None = None,
                  *, problems: list[ChargeProblem] = ()) -> list[ChargeFinding]:
    """Every rule against one chart's charge lines (and its documents and IMRT findings).

    `chart` may be None (charges without a chart): documentation then counts as absent and the 77301
    documentation hold says the chart was not evaluated. `problems` (from `read_charges_csv`) become
    `error` findings first.
    """
    chart_id = chart.chart_id if chart else (rows[0].chart_id if rows else "")
    findings = problem_findings(list(problems), chart_id)
    ctx = Context(ChartText(chart, rules.negation), rules, chart)
    courses = split_courses(list(rows), rules.course_gap_days)
    for rule in rules.rules:
        checked: list[ChargeRow] = []
        hits: list[tuple[int, Hit]] = []
        for course in courses:
            if rule.applies_with and not any(r.code in rule.applies_with for r in course.rows):
                continue
            targets = _targets(rule, course)
            if not targets:
                continue
            checked += targets
            hits += [(course.number, h) for h in KINDS[rule.kind](rule, course, targets, ctx)]
        if hits:
            findings += [_finding(rule, h, n, fees, chart_id) for n, h in hits]
        elif checked:
            findings.append(_finding(rule, Hit("ok", tuple(checked), f"{len(checked)} charge line(s) checked; nothing to report"),
                                     0, fees, chart_id))
    return findings
