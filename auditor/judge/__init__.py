"""Clinical judgement over a chart's evidence: the course's technique, QA results, and dates in order.

The policy (words, codes, action levels, the late-signature window) is the checklist's `judgement`
block (`auditor.policy`); these modules apply it. `ChartJudgement` is what `evaluate` is given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .qa import QaOutcome
from .technique import TechniqueCall
from .timeline import ChartTimeline


@dataclass
class ChartJudgement:
    policy: object  # policy.Judgement
    technique: TechniqueCall | None = None
    qa: dict[str, QaOutcome] = field(default_factory=dict)  # per QA evidence document
    timeline: ChartTimeline = field(default_factory=ChartTimeline)
    late_entries: dict = field(default_factory=dict)  # document -> (page, offset) where a clearly identified late entry begins

    def signature_timing(self, req, ev, sig) -> tuple[str, str]:
        """(kind, why) when a valid signature cannot attest this evidence for its timing, else ("", "").
        kind: before (dated before what it attests), late (after the late-signature window), late-entry
        (late, but a clearly identified late entry: a person judges it)."""
        tl, policy = self.timeline, self.policy.timeline if self.policy else None
        if policy is None or not sig.date:
            return "", ""
        for event in policy.not_before.get(req.id, ()):
            dates = tl.of(event, ev.document) if event == "measured" else tl.of(event)
            if dates and sig.date < dates[0]:
                what = "the QA measurement" if event == "measured" else "the plan it reviews was created"
                return "before", f"{sig.name or 'the signer'}'s signature ({sig.date}) is dated before {what} ({dates[0]}): it attests nothing"
        if req.id in policy.before_first_fraction:
            ref, what = tl.reference()
            if ref and _days(ref, sig.date) > policy.late_days:
                days = _days(ref, sig.date)
                begins = self.late_entries.get(ev.document)
                if begins is not None and (ev.page, ev.start) >= begins:
                    return "late-entry", (f"the only signature ({sig.name}, {sig.date}) is a late entry {days} days after {what} ({ref}); "
                                          "a person must judge whether the late entry is credible")
                return "late", (f"{sig.name or 'the signer'}'s signature ({sig.date}) came {days} days after {what} ({ref}), "
                                f"past the {policy.late_days}-day window, and is not identified as a late entry")
        return "", ""

    def qa_problem(self, doc: str) -> tuple[str, str]:
        """(kind, why) when a QA document cannot verify the plan: failed, calculated, after-first-fraction."""
        o = self.qa.get(doc)
        if o is None:
            return "", ""
        if o.outcome == "calculated":
            return "calculated", f"{doc} {o.reason}"
        if o.failed:
            return "failed", f"the QA in {doc} failed: {o.reason}"
        measured = self.timeline.of("measured", doc)
        first = self.timeline.first_fraction
        if measured and first and measured[0] > first:
            return "after-treatment", (f"the QA in {doc} was measured on {measured[0]}, after treatment began ({first}): "
                                       "pre-treatment verification cannot be done after the first fraction")
        return "", ""


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days
