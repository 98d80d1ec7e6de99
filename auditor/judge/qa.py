"""What a QA report concluded: passed, failed, or no measurement at all.

A report that says FAIL or "replan required", or whose pass rate is below its own action (or
tolerance) level, verifies nothing; a later passing measurement in the chart does. A report that names
no measurement (an independent recalculation, a second MU check) is not the dosimetric verification the
LCD asks for, whose treatment verification includes "physical dose measurements".
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dates import DATE_RE, date_of
from ..models import Document


@dataclass(frozen=True)
class QaOutcome:
    document: str
    outcome: str  # passed, failed, calculated (no measurement), "" (nothing said)
    reason: str = ""
    date: str = ""  # when measured, if the report says

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"


def outcome(doc: Document, qa, measured_date: str = "") -> QaOutcome:
    """`qa`: the policy's QaResults."""
    text = "\n".join(p.text for p in doc.pages)
    if not qa.measured.search(text):
        return QaOutcome(doc.path, "calculated", "it reports a calculation, not a measured dose (no measurement, "
                                                 "phantom or detector is named)", measured_date)
    fail = _first_failure(text, qa)
    if fail:
        return QaOutcome(doc.path, "failed", fail, measured_date)
    below = _below_action_level(text, qa)
    if below:
        return QaOutcome(doc.path, "failed", below, measured_date)
    return QaOutcome(doc.path, "passed" if qa.passed.search(text) else "", "", measured_date)


_RESULT_LABEL = ("result", "status", "outcome", "overall", "conclusion", "verdict", "qa", "evaluation")


def _first_failure(text: str, qa) -> str:
    """The first line that reports a failure. A bare 'fail' counts only as a result ('Result: FAIL',
    'OVERALL RESULT: FAIL', a capitalised FAIL in a row), never in 'Pass/Fail' or a criterion."""
    for m in qa.fail.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start: len(text) if end < 0 else end]
        word = m.group(0)
        around = text[max(m.start() - 1, 0): m.end() + 1]
        if "/" in around:
            continue  # "PASS/FAIL", "Pass / Fail criteria"
        if word.lower() in ("fail", "failed", "fails"):
            before = text[start: m.start()].lower().rstrip(" :=-|\t")
            if not (word.isupper() or before.endswith(_RESULT_LABEL)):
                continue
        return f"it reports '{' '.join(line.split())[:100]}'"
    return ""


def _below_action_level(text: str, qa) -> str:
    text = "\n".join(line for line in text.split("\n") if "%" in line)  # levels and rates are percentages
    level_spans = [(m.start(), m.end()) for m in qa.action_level.finditer(text)]
    levels = [float(m.group("value")) for m in qa.action_level.finditer(text)]
    if not levels:
        return ""
    level = min(levels)  # the action level, where a report states both action and tolerance levels
    rates = [(float(m.group("value")), m.group(0)) for m in qa.pass_rate.finditer(text)
             if not any(a < m.end() and m.start() < b for a, b in level_spans)]
    low = [(v, s) for v, s in rates if v <= 100 and v < level]
    if low:
        value, said = min(low)
        return f"its pass rate ('{' '.join(said.split())}') is below its own action level of {level:g}%"
    return ""


def later_pass(outcomes: list[QaOutcome], failed: QaOutcome) -> QaOutcome | None:
    """A passing measurement after a failed one (by date when both are dated, else any other pass)."""
    for o in outcomes:
        if o.outcome == "passed" and o.document != failed.document and (not failed.date or not o.date or o.date >= failed.date):
            return o
    return None


def first_date_after(text: str, label_at: int, day_first: bool = False) -> str:
    m = DATE_RE.search(text, label_at, label_at + 80)
    return date_of(m.group(0), day_first) if m else ""
