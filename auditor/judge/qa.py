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
    said = qa.calculation_only.search(text) if qa.calculation_only is not None else None
    if said:  # "secondary Monte Carlo recalculation ...; no beam delivery, no phantom or detector used"
        return QaOutcome(doc.path, "calculated", f"it reports a calculation, not a measured dose: it says "
                                                 f"'{' '.join(said.group(0).split())}'", measured_date)
    fail, at = _first_failure(text, qa)
    if not fail:
        fail, at = _below_action_level(text, qa)
    if fail:
        repeat = _repeated_pass(text, qa, at)
        if repeat:
            return QaOutcome(doc.path, "passed", f"{fail[len('it reports '):] if fail.startswith('it reports ') else fail}, "
                                                 f"then {repeat}", measured_date)
        return QaOutcome(doc.path, "failed", fail, measured_date)
    return QaOutcome(doc.path, "passed" if qa.passed.search(text) else "", "", measured_date)


def _repeated_pass(text: str, qa, fail_at: int) -> str:
    """After a failure, a repeat measurement in the same report ("Measurement 2 (repeat)", "re-measured")
    that passes: a passing result and pass rates, none below the report's action level, and no failure
    after the repeat begins. '' when there is none (the failure stands)."""
    if qa.repeat is None:
        return ""
    levels = "\n".join(m.group(0) for m in qa.action_level.finditer(text))  # the report's own levels, stated before
    for r in qa.repeat.finditer(text):
        if r.start() <= fail_at:
            continue
        start = text.rfind("\n", 0, r.start()) + 1
        rest = text[start:]
        if _first_failure(rest, qa)[0] or _below_action_level(levels + "\n" + rest, qa)[0]:
            continue  # this repeat failed too (or its line still reports the failure): a later one may pass
        if qa.passed.search(rest) and qa.pass_rate.search(rest):
            end = text.find("\n", r.end())
            return f"a repeat measurement in the same report passed ('{' '.join(text[start: end if end >= 0 else len(text)].split())[:80]}')"
    return ""


_RESULT_LABEL = ("result", "status", "outcome", "overall", "conclusion", "verdict", "qa", "evaluation")


def _first_failure(text: str, qa) -> tuple[str, int]:
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
        return f"it reports '{' '.join(line.split())[:100]}'", m.start()
    return "", -1


def _below_action_level(text: str, qa) -> tuple[str, int]:
    """(why, where in `text`) for the lowest pass rate below the report's own action level."""
    at, lines = 0, []
    for line in text.split("\n"):  # levels and rates are percentages
        if "%" in line:
            lines.append((at, line))
        at += len(line) + 1
    kept = "\n".join(line for _, line in lines)
    level_spans = [(m.start(), m.end()) for m in qa.action_level.finditer(kept)]
    levels = [float(m.group("value")) for m in qa.action_level.finditer(kept)]
    if not levels:
        return "", -1
    level = min(levels)  # the action level, where a report states both action and tolerance levels
    rates = [(float(m.group("value")), m.group(0), m.start()) for m in qa.pass_rate.finditer(kept)
             if not any(a < m.end() and m.start() < b for a, b in level_spans)]
    low = [(v, s, pos) for v, s, pos in rates if v <= 100 and v < level]
    if low:
        value, said, pos = min(low)
        first = min(p for _, _, p in low)
        origin, offset = 0, first  # back from the kept lines to the text's own offsets
        for start, line in lines:
            if offset <= len(line):
                origin = start + offset
                break
            offset -= len(line) + 1
        return f"its pass rate ('{' '.join(said.split())}') is below its own action level of {level:g}%", origin
    return "", -1


def later_pass(outcomes: list[QaOutcome], failed: QaOutcome) -> QaOutcome | None:
    """A passing measurement after a failed one (by date when both are dated, else any other pass)."""
    for o in outcomes:
        if o.outcome == "passed" and o.document != failed.document and (not failed.date or not o.date or o.date >= failed.date):
            return o
    return None


def first_date_after(text: str, label_at: int, day_first: bool = False) -> str:
    m = DATE_RE.search(text, label_at, label_at + 80)
    return date_of(m.group(0), day_first) if m else ""
