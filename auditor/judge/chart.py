"""Builds a chart's `ChartJudgement` from what the audit found in its documents and charges."""

from __future__ import annotations

from ..lowercase import lowered
from ..models import Document
from . import ChartJudgement
from .qa import outcome
from .technique import CONVENTIONAL, IMRT, affirmed, decide, mentions
from .courses import first_logged
from .timeline import chart_timeline, document_events


# requirements whose evidence documents (plan reports, plan exports) state when the plan was created
_PLAN_EVIDENCE = frozenset({"plan-goals-constraints", "portal-description"})


class JudgementBuilder:
    """Collects, document by document, what clinical judgement needs; `build` decides."""

    def __init__(self, policy, reading=None):
        """`reading(sentence, start, end, matcher)`: how a sentence reads a mention (Engine.reading)."""
        self.policy, self.reading = policy, reading
        self.imrt, self.conventional = {}, {}
        self.late_entries: dict[str, tuple[int, int]] = {}  # document -> (page, offset) where its late entry begins
        self._affirmed: dict[tuple[str, str], list] = {}
        self.events: dict[str, list] = {}  # document -> its dated events
        self.logged: dict[str, tuple[str, str]] = {}  # document -> (date, document) of its treatment log's first row
        self._docs: dict[str, tuple] = {}

    def add(self, doc: Document, sentences: list, locator, kinds: set[str] = frozenset()) -> None:
        """`kinds`: the requirements this document holds evidence of (which of its dates matter)."""
        if self.policy is None:
            return
        self._docs[doc.path] = (doc, sentences)  # technique mentions are looked for lazily: usually one document settles it
        if self.policy.timeline is not None:
            lows = [lowered(p.text) for p in doc.pages]
            wanted = {"first_fraction"} | ({"measured"} if self.policy.qa and self.policy.qa.requirement in kinds else set()) \
                | ({"plan_created"} if kinds & _PLAN_EVIDENCE else set())
            self.events[doc.path] = document_events(doc, self.policy.timeline, lows, wanted)
            if self.policy.courses is not None:
                self.logged[doc.path] = first_logged([doc], self.policy.courses)
            for page, low in zip(doc.pages, lows):  # what follows "LATE ENTRY" in a document is the late entry
                m = next(self.policy.timeline.late_entry.finditer(page.text, low), None) if low is None or "late" in low \
                    or "entered" in low else None
                if m:
                    self.late_entries[doc.path] = (page.number, m.start())
                    break

    def _mentions(self, path: str, kind: str) -> list:
        store = self.imrt if kind == IMRT else self.conventional
        if path not in store:
            doc, sentences = self._docs[path]
            phrases = self.policy.technique.imrt if kind == IMRT else self.policy.technique.conventional
            store[path] = mentions(doc.pages, sentences, phrases)
        return store[path]

    def _affirmed_in(self, paths: list[str], kind: str) -> list:
        out = []
        for path in paths:
            key = (path, kind)
            if key not in self._affirmed:
                found = self._mentions(path, kind)
                self._affirmed[key] = affirmed(path, found, kind, self.reading) if found else []
            out += self._affirmed[key]
            if out:
                break  # one document that affirms it settles the question
        return out

    def technique(self, paths: list[str], codes: set[str]):
        imrt = self._affirmed_in(paths, IMRT)
        conventional = [] if imrt else self._affirmed_in(paths, CONVENTIONAL)
        return decide(imrt, conventional, codes, self.policy.technique)

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
            codes = {code for _, code in charges}
            paths = [d.path for d in own if technique_docs is None or d.path in technique_docs]
            if technique_docs is not None and not any(self._mentions(x, IMRT) or self._mentions(x, CONVENTIONAL) for x in paths):
                paths = [d.path for d in own]  # a course's own papers say nothing: the shared ones decide
            call = self.technique(paths, codes)
        qa = {}
        if p.qa is not None:
            qa_docs = {e.document for e in evidence.get(p.qa.requirement, [])}
            qa = {d.path: outcome(d, p.qa) for d in own if d.path in qa_docs}
        dated = [self.logged[d.path] for d in own if self.logged.get(d.path, ("", ""))[0]]  # (read once, in `add`)
        logged = min(dated, key=lambda x: x[0]) if dated else ("", "")
        timeline = chart_timeline(own, signatures, p.timeline, charges, self.events, logged) if p.timeline is not None else None
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
