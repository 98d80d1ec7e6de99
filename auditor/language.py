"""Loads `checklists/language.yaml`: ConText rules and section headings shared by all policies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checklist import ChecklistError, read_yaml
from .resources import checklists_dir

_RULE_KEYS = {"literal", "category", "direction", "pattern", "max_scope"}
_DIRECTIONS = {"FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"}
_CATEGORIES = {"NEGATED_EXISTENCE", "HYPOTHETICAL", "TERMINATE"}


@dataclass(frozen=True)
class Language:
    context_rules: tuple[dict, ...]
    section_headings: dict[str, list[str]]
    version: str


def load_language(path: Path | None = None) -> Language:
    path = path or checklists_dir() / "language.yaml"
    raw = read_yaml(path, "language rules")
    rules = []
    for i, rule in enumerate(raw.get("context_rules", [])):
        where = f"{path}: context_rules[{i}]"
        unknown = set(rule) - _RULE_KEYS
        if unknown:
            raise ChecklistError(f"{where}: field '{sorted(unknown)[0]}': unknown key")
        if rule.get("direction") not in _DIRECTIONS or rule.get("category") not in _CATEGORIES:
            raise ChecklistError(f"{where}: field 'direction'/'category': must be one of {sorted(_DIRECTIONS)} / {sorted(_CATEGORIES)}")
        rules.append(dict(rule))
    headings = raw.get("section_headings", {})
    if not isinstance(headings, dict) or not all(isinstance(v, list) for v in headings.values()):
        raise ChecklistError(f"{path}: field 'section_headings': must map a category to a list of headings")
    return Language(tuple(rules), headings, str(raw.get("version", "")))
