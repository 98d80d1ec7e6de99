"""A chart's dated events, in order: plan creation, QA measurement, sign-offs, the first fraction and the
charges' dates of service. `verdicts` uses them to check that nothing is attested before it happened
and that pre-treatment work was done, and signed, in time; the chart report shows them as a timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import DATE_RE, date_of, prefers_day_first
from ..models import Document, Signature

LABELS = {
    "measured": "QA measured",
    "plan_created": "plan created",
    "first_fraction": "first fraction",
    "signed": "signed",
    "date_of_service": "date of service",
}


@dataclass(frozen=True)
class Event:
    date: str  # ISO
    kind: str  # measured, plan_created, first_fraction, signed, date_of_service
    document: str  # a chart document, or "charges.csv"
    page: int = 0
    what: str = ""  # "77301 billed", "Dana Roe (radiation oncologist) signed", the label as written

    def to_dict(self) -> dict:
        return {"date": self.date, "kind": self.kind, "label": LABELS.get(self.kind, self.kind), "document": self.document,
                "page": self.page, "what": self.what}


@dataclass
class ChartTimeline:
    events: list[Event] = field(default_factory=list)
    first_fraction: str = ""
    first_fraction_source: str = ""
    dos_77301: str = ""

    def of(self, kind: str, document: str | None = None) -> list[str]:
        return sorted(e.date for e in self.events if e.kind == kind and (document is None or e.document == document))

    def reference(self) -> tuple[str, str]:
        """(date, what) a late signature is measured from: the first fraction, else the 77301 date of service."""
        if self.first_fraction:
            return self.first_fraction, "the first fraction"
        if self.dos_77301:
            return self.dos_77301, "the 77301 date of service"
        return "", ""

    def to_list(self) -> list[dict]:
        return [e.to_dict() for e in sorted(self.events, key=lambda e: (e.date, e.kind, e.document))]


_AFTER = re.compile(r"\s*(?:[:=\-–|]|\bon\b|\bis\b)?\s*(?:\w+\s+)?")


def _label_dates(text: str, pattern, day_first: bool, low: str | None = ""):
    for m in pattern.finditer(text, low):
        after = _AFTER.match(text[m.end(): m.end() + 20])
        d = DATE_RE.match(text, m.end() + (after.end() if after else 0))
        if d is None:
            rest = text[m.end(): m.end() + 20]
            d = DATE_RE.match(text, m.end() + len(rest) - len(rest.lstrip(" :=-–|\t")))
        if d is not None:
            iso = date_of(d.group(0), day_first)
            if iso:
                yield iso, m


def document_events(doc: Document, policy, lows: list | None = None, kinds=None) -> list[Event]:
    """Dated events a document states with a label ("Measurement date: 03/25/2025", "Plan created: ...").
    `lows`: each page's lower-cased text, when the caller has it; `kinds`: only these events."""
    day_first = prefers_day_first("\n".join(p.text for p in doc.pages))
    out = []
    for n, page in enumerate(doc.pages):
        low = lows[n] if lows is not None else ""
        for kind, pattern in policy.dates.items():
            if kinds is not None and kind not in kinds:
                continue
            for iso, m in _label_dates(page.text, pattern, day_first, low):
                out.append(Event(iso, kind, doc.path, page.number, " ".join(m.group(0).split())))
    return out


def chart_timeline(documents: list[Document], signatures: dict[str, list[Signature]], policy, charges=(),
                   events: dict | None = None, logged: tuple[str, str] = ("", "")) -> ChartTimeline:
    """`charges`: (date, code) of the chart's charge rows; `events`: each document's events, when read
    already; `logged`: (date, document) of the first row of a treatment log."""
    tl = ChartTimeline()
    for doc in documents:
        tl.events += events[doc.path] if events is not None and doc.path in events else document_events(doc, policy)
    for path, sigs in signatures.items():
        for s in sigs:
            if s.valid and s.date:
                tl.events.append(Event(s.date, "signed", path, s.page, f"{s.name or '?'} ({s.role.replace('_', ' ') or 'role unknown'}) signed"))
    for date, code in charges:
        if code == "77301":
            tl.dos_77301 = min(filter(None, (tl.dos_77301, date)))
            tl.events.append(Event(date, "date_of_service", "charges.csv", 0, "77301 billed"))
    stated = tl.of("first_fraction")
    delivered = sorted(d for d, code in charges if code in policy.first_fraction_codes)
    if stated:
        tl.first_fraction, tl.first_fraction_source = stated[0], "stated in the chart"
    elif logged[0]:  # the treatment record itself, before what was billed
        tl.first_fraction, tl.first_fraction_source = logged[0], f"the first row of the treatment log in {logged[1]}"
        tl.events.append(Event(logged[0], "first_fraction", logged[1], 0, "first treatment logged"))
    elif delivered:
        tl.first_fraction, tl.first_fraction_source = delivered[0], "the first delivery charge"
        tl.events.append(Event(delivered[0], "first_fraction", "charges.csv", 0, "first delivery code billed"))
    return tl
