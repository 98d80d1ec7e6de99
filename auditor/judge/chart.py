"""Builds a chart's `ChartJudgement` from what the audit found in its documents and charges."""

from __future__ import annotations

from ..models import Document
from ..nlp import TECHNIQUE
from . import ChartJudgement
from .qa import outcome
from .technique import decide, mentions
from .timeline import chart_timeline


class JudgementBuilder:
    """Collects, document by document, what clinical judgement needs; `build` decides."""

    def __init__(self, policy):
        self.policy = policy
        self.imrt, self.conventional = {}, {}
        self.late_entries: dict[str, tuple[int, int]] = {}  # document -> (page, offset) where its late entry begins

    def add(self, doc: Document, hits: list, locator) -> None:
        if self.policy is None:
            return
        if self.policy.technique is not None:
            self.imrt[doc.path], self.conventional[doc.path] = mentions(doc.path, [h for h in hits if h.requirement == TECHNIQUE])
        if self.policy.timeline is not None:
            for page in doc.pages:  # what follows "LATE ENTRY" in a document is the late entry
                m = self.policy.timeline.late_entry.search(page.text)
                if m:
                    self.late_entries[doc.path] = (page.number, m.start())
                    break

    def build(self, documents: list[Document], evidence: dict, signatures: dict, foreign: dict, charges=(),
              first_fraction: str = "", technique_docs: set[str] | None = None) -> ChartJudgement | None:
        """`first_fraction`, `technique_docs`: for one course of several, its own first fraction and the
        documents whose technique words decide its technique."""
        p = self.policy
        if p is None:
            return None
        own = [d for d in documents if d.path not in foreign]
        call = None
        if p.technique is not None:
            decide_on = [d for d in own if technique_docs is None or d.path in technique_docs]
            imrt = [e for d in decide_on for e in self.imrt.get(d.path, [])]
            conventional = [e for d in decide_on for e in self.conventional.get(d.path, [])]
            if technique_docs is not None and not imrt and not conventional:  # a course's own papers say nothing
                imrt = [e for d in own for e in self.imrt.get(d.path, [])]
                conventional = [e for d in own for e in self.conventional.get(d.path, [])]
            call = decide(imrt, conventional, {code for _, code in charges}, p.technique)
        qa = {}
        if p.qa is not None:
            qa_docs = {e.document for e in evidence.get(p.qa.requirement, [])}
            qa = {d.path: outcome(d, p.qa) for d in own if d.path in qa_docs}
        timeline = chart_timeline(own, signatures, p.timeline, charges) if p.timeline is not None else None
        j = ChartJudgement(p, call, qa, late_entries=self.late_entries)
        if timeline is not None:
            j.timeline = timeline
            if first_fraction:
                timeline.first_fraction, timeline.first_fraction_source = first_fraction, "the course's delivery record"
        for path, o in list(qa.items()):
            measured = j.timeline.of("measured", path)
            if measured and not o.date:
                from dataclasses import replace

                qa[path] = replace(o, date=measured[0])
        return j
