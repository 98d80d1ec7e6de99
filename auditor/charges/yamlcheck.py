"""Strict YAML checking shared by the coding-rules loader: every error names file, rule and field."""

from __future__ import annotations

import datetime as dt
import re

from ..checklist import YamlContext
from .codes import CodeSetError, expand


class Ctx(YamlContext):
    """The checklist loader's strict checks, plus code sets, whole numbers and dates."""

    noun = "rule"

    def codes(self, data: dict, key: str, item: str, named, prefix="") -> frozenset[str]:
        try:
            return expand(data.get(key), named)
        except CodeSetError as exc:
            self.fail(item, prefix + key, str(exc))

    def whole(self, data: dict, key: str, item: str, default=None, minimum=0, prefix="") -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(item, prefix + key, f"must be a whole number >= {minimum}")
        return value

    def date(self, data: dict, key: str, item: str, prefix="") -> str:
        value = data.get(key)
        if value is None and key == "to":
            return ""
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.fail(item, prefix + key, "must be a date YYYY-MM-DD")
