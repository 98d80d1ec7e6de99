"""Strict YAML checking shared by the coding-rules loader: every error names file, rule and field."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..checklist import ChecklistError
from .codes import CodeSetError, expand


class Ctx:
    def __init__(self, path: Path):
        self.path = path

    def fail(self, item: str, fld: str, problem: str):
        where = f"{self.path}: " + (f"rule '{item}': " if item else "")
        raise ChecklistError(f"{where}field '{fld}': {problem}")

    def keys(self, data, allowed: set[str], item: str, prefix: str = ""):
        if not isinstance(data, dict):
            self.fail(item, prefix.rstrip(".") or "(item)", "is required" if data is None else "expected a mapping")
        for key in data:
            if key not in allowed:
                self.fail(item, prefix + str(key), f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def text(self, data: dict, key: str, item: str, required=True, prefix="") -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(item, prefix + key, "must be a non-empty string")
        return value.strip()

    def strings(self, data: dict, key: str, item: str, prefix="", required=False) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value) or (required and not value):
            self.fail(item, prefix + key, "must be a " + ("non-empty " if required else "") + "list of non-empty strings")
        return tuple(v.strip() for v in value)

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
