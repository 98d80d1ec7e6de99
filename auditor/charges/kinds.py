"""One function per rule kind, each parameterised by its `Rule` (from YAML); `KINDS` maps kind -> function.

Each function gets the rule, one course (all its rows), the rows the rule targets in that course (its
codes, dates of service within its effective range) and the `Context` (chart text, chart findings), and
returns `Hit`s: `hold`/`advisory` for what fires, optionally an `ok` hit saying why a charge passed.
"""

from __future__ import annotations

from . import icd10
from .context import Context
from .kinds_counts import frequency, max_units_per_course, requires_modifier
from .kinds_pairs import (deleted_code, imrt_documentation_hold, imrt_technique, not_with, requires_code_same_day,
                          requires_documentation, same_day_exclusive)
from .spec import Hit, Rule


def icd10_kind(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    return icd10.check_rows(rule, targets)


KINDS = {
    "max_units_per_course": max_units_per_course,
    "not_with": not_with,
    "requires_documentation": requires_documentation,
    "requires_modifier": requires_modifier,
    "same_day_exclusive": same_day_exclusive,
    "requires_code_same_day": requires_code_same_day,
    "frequency": frequency,
    "imrt_documentation_hold": imrt_documentation_hold,
    "imrt_technique": imrt_technique,
    "deleted_code": deleted_code,
    "icd10": icd10_kind,
}
