"""What every rule kind gets besides its rule and rows, and the small helpers they share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import ChartResult
from .codes import describe
from .evidence import ChartText
from .spec import CodingRules


@dataclass
class Context:
    text: ChartText
    rules: CodingRules
    chart: ChartResult | None

    def doc(self, doc_id: str):
        return self.text.check(self.rules.documentation[doc_id])


def dates(rows) -> str:
    return ", ".join(sorted({r.date for r in rows}))


def codes(rows) -> str:
    return describe(r.code for r in rows)


def evidence(result) -> tuple[dict, ...]:
    return tuple(h.to_dict() for h in result.shown + result.negated)


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)
