"""The checklist's `judgement` block: the policy behind clinical judgement, as validated data.

Which words and charge codes name a course's technique, what a QA report's failure and action level look
like, which dates order a chart's events, and the late-signature window: an organisation tunes these
without code. Loaded with the checklist (`load_checklist`); a checklist without the block is judged
on its documentation alone (no technique, QA-result or timeline checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOP = {"technique", "qa_results", "timeline", "courses"}
_COURSES = {"structure_prefixes", "plan_words", "delivery_words", "not_delivery_words", "delivery_log_headers", "history_words"}
_TECHNIQUE = {"imrt", "conventional", "codes"}
_CODES = {"imrt", "conventional"}
_QA = {"requirement", "fail", "pass", "action_level", "pass_rate", "measured", "repeat", "calculation_only"}
_TIMELINE = {"late_signature_days", "dates", "not_before", "before_first_fraction", "late_entry", "first_fraction_codes"}
EVENTS = ("measured", "plan_created", "first_fraction")


@dataclass(frozen=True)
class Technique:
    imrt: object  # Phrases: words that name an IMRT technique
    conventional: object  # Phrases: words that name a 3D-conformal or conventional technique
    imrt_codes: frozenset[str]
    conventional_codes: frozenset[str]


@dataclass(frozen=True)
class QaResults:
    requirement: str  # the requirement whose evidence documents are QA reports
    fail: object  # Phrases
    passed: object  # Phrases
    action_level: re.Pattern  # group "value": the report's own action (or tolerance) level, in %
    pass_rate: re.Pattern  # group "value": a gamma pass rate, in %
    measured: object  # Phrases: words that say a dose was measured, not calculated
    repeat: object = None  # Phrases: a repeat measurement in the same report ("Measurement 2 (repeat)")
    calculation_only: object = None  # Phrases: the report says no dose was delivered or measured ("no beam delivery")


@dataclass(frozen=True)
class Timeline:
    late_days: int
    dates: dict[str, object]  # event -> Phrases -> a label the event's date follows ("Measurement date:")
    not_before: dict[str, tuple[str, ...]]  # requirement -> events its sign-off cannot precede
    before_first_fraction: tuple[str, ...]  # requirements whose sign-off (and measurement) belong before treatment
    late_entry: object  # Phrases: a clearly identified late entry ("Addendum (Late Entry)")
    first_fraction_codes: frozenset[str]  # charge codes of a delivered fraction


@dataclass(frozen=True)
class Courses:
    structure: re.Pattern  # identifiers that name structures, not plans (PTV_7000, SPINAL_CORD)
    plan_word: object  # Phrases: a word that introduces a plan's identifier ("Plan", "plan check")
    delivery_word: object  # Phrases: words of a line that records a delivered fraction
    not_delivery: object  # Phrases: words of a line that only speaks of a QA delivery ("delivered to the phantom")
    log_header: object = None  # Phrases: a treatment log's header ("Fx  Date  Treated plan"): its rows are deliveries
    history: object = None  # Phrases: words that put a plan in the patient's history ("prior radiation", "completed")

    def delivery_line(self, line: str, in_log: bool = False) -> bool:
        """A line that records a delivered fraction: it says so, or it is a dated row of a treatment log."""
        return (bool(self.delivery_word.search(line)) or in_log) and not self.not_delivery.search(line)


@dataclass(frozen=True)
class Judgement:
    technique: Technique | None = None
    qa: QaResults | None = None
    timeline: Timeline | None = None
    courses: Courses | None = None


def _alternation(ctx, data, key, item, required=True):
    """A phrase list as `signature_grammar.Phrases`: one regex, and the literals that gate it."""
    from .signature_grammar import Phrases

    return Phrases.of(ctx.strings(data, key, item, required=required))


def _optional(ctx, data, key, item):
    """`_alternation` of a phrase list the policy may leave out (None when it does)."""
    return _alternation(ctx, data, key, item, required=False) if key in data else None


def _pattern(ctx, data, key, item) -> re.Pattern:
    value = ctx.text(data, key, item)
    try:
        pattern = re.compile(value, re.I)
    except re.error as exc:
        ctx.fail(item, key, f"not a valid regular expression: {exc}")
    if "value" not in pattern.groupindex:
        ctx.fail(item, key, "needs a named group (?P<value>...) for the percentage")
    return pattern


def load_judgement(ctx, raw, matchers, requirement_ids) -> Judgement | None:
    """`matchers(ctx, data, item, prefix)` builds a checklist Matchers (passed in: no import cycle)."""
    if raw is None:
        return None
    ctx.keys(raw, _TOP, "judgement")
    technique = qa = timeline = None
    if "technique" in raw:
        t = raw["technique"]
        ctx.keys(t, _TECHNIQUE, "judgement.technique")
        codes = t.get("codes") or {}
        ctx.keys(codes, _CODES, "judgement.technique", "codes.")
        technique = Technique(_alternation(ctx, t, "imrt", "judgement.technique"),
                              _alternation(ctx, t, "conventional", "judgement.technique"),
                              frozenset(ctx.strings(codes, "imrt", "judgement.technique", "codes.")),
                              frozenset(ctx.strings(codes, "conventional", "judgement.technique", "codes.")))
    if "qa_results" in raw:
        q, item = raw["qa_results"], "judgement.qa_results"
        ctx.keys(q, _QA, item)
        rid = ctx.text(q, "requirement", item)
        if rid not in requirement_ids:
            ctx.fail(item, "requirement", f"unknown requirement '{rid}'")
        qa = QaResults(rid, _alternation(ctx, q, "fail", item), _alternation(ctx, q, "pass", item),
                       _pattern(ctx, q, "action_level", item), _pattern(ctx, q, "pass_rate", item),
                       _alternation(ctx, q, "measured", item),
                       _optional(ctx, q, "repeat", item),
                       _optional(ctx, q, "calculation_only", item))
    if "timeline" in raw:
        timeline = _timeline(ctx, raw["timeline"], requirement_ids)
    courses = None
    if "courses" in raw:
        c, item = raw["courses"], "judgement.courses"
        ctx.keys(c, _COURSES, item)
        prefixes = ctx.strings(c, "structure_prefixes", item, required=True)
        delivery = _alternation(ctx, c, "delivery_words", item)
        spared = _alternation(ctx, c, "not_delivery_words", item, required=False)
        courses = Courses(re.compile(r"(?:" + "|".join(re.escape(x.upper()) for x in prefixes) + r")(?:_|\d|$)"),
                          _alternation(ctx, c, "plan_words", item), delivery, spared,
                          _optional(ctx, c, "delivery_log_headers", item),
                          _optional(ctx, c, "history_words", item))
    return Judgement(technique, qa, timeline, courses)


def _timeline(ctx, t, requirement_ids) -> Timeline:
    item = "judgement.timeline"
    ctx.keys(t, _TIMELINE, item)
    days = t.get("late_signature_days", 30)
    if not isinstance(days, int) or days < 0:
        ctx.fail(item, "late_signature_days", "must be a whole number of days >= 0")
    dates = t.get("dates") or {}
    ctx.keys(dates, set(EVENTS), item, "dates.")
    not_before = t.get("not_before") or {}
    ctx.keys(not_before, set(requirement_ids), item, "not_before.")
    for rid in not_before:
        for event in ctx.strings(not_before, rid, item, "not_before."):
            if event not in EVENTS:
                ctx.fail(item, f"not_before.{rid}", f"unknown event '{event}' (known: {', '.join(EVENTS)})")
    before = ctx.strings(t, "before_first_fraction", item)
    unknown = set(before) - set(requirement_ids)
    if unknown:
        ctx.fail(item, "before_first_fraction", f"unknown requirement(s): {', '.join(sorted(unknown))}")
    return Timeline(
        late_days=days,
        dates={e: _alternation(ctx, dates, e, item) for e in dates},
        not_before={rid: tuple(v) for rid, v in not_before.items()},
        before_first_fraction=before,
        late_entry=_alternation(ctx, t, "late_entry", item),
        first_fraction_codes=frozenset(ctx.strings(t, "first_fraction_codes", item)),
    )
