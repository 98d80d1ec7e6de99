"""Checklists are data: load a YAML policy, validate it strictly, return frozen specs.

An unknown key or a bad value is an error that names the file, the item and the field, so a policy
author finds the typo before an auditor finds a wrong verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .policy import load_judgement
from .resources import checklist_path

SCOPES = ("sentence", "section", "document")
SEVERITIES = ("error", "warning")


class ChecklistError(ValueError):
    """A checklist file that cannot be used; the message names file, item and field."""


@dataclass(frozen=True)
class Matchers:
    """Words that point at evidence: exact phrases (case-insensitive) and spaCy token patterns."""

    id: str
    label: str = ""
    description: str = ""
    phrases: tuple[str, ...] = ()
    patterns: tuple[tuple[dict, ...], ...] = ()
    scope: str = "section"  # elements only: how far from the anchor they may be
    sections: tuple[str, ...] = ()  # when given: matches count only in sections of these categories


@dataclass(frozen=True)
class TableRule:
    header: tuple[str, ...]  # a header cell equal to one of these marks the table
    elements: tuple[str, ...]  # elements a matching table shows
    min_rows: int = 1
    with_any: tuple[str, ...] = ()  # and another header cell must contain one of these words
    rows_match: str = ""  # a row for each row of this requirement's tables ("for each portal")


@dataclass(frozen=True)
class Requirement:
    id: str
    title: str
    lcd_section: str
    lcd_quote: str
    severity: str
    anchors: tuple[Matchers, ...]
    elements: tuple[Matchers, ...] = ()
    tables: tuple[TableRule, ...] = ()
    signers: tuple[str, ...] = ()
    date_required: bool = False
    applies_when: Matchers | None = None
    fix: dict | None = None
    note: str = ""
    order: bool = False  # the document is an order (the prescription): no attestation can sign it late


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: str
    source: str
    requirements: tuple[Requirement, ...]
    path: str
    judgement: object = None  # policy.Judgement: technique, QA results, timeline (None: documentation only)

    def requirement(self, rid: str) -> Requirement:
        return next(r for r in self.requirements if r.id == rid)


_TOP_KEYS = {"id", "version", "title", "source", "requirements", "judgement"}
_REQ_KEYS = {
    "id", "title", "lcd", "severity", "evidence", "elements", "tables", "signers", "date_required",
    "applies_when", "fix", "note", "order",
}
_MATCHER_KEYS = {"id", "label", "description", "phrases", "patterns", "scope", "sections"}
_TABLE_KEYS = {"header", "elements", "min_rows", "with_any", "rows_match"}
_FIX_KEYS = {"missing", "incomplete", "unsigned", "needs_review"}


# libyaml's C parser when PyYAML was built with it (PyPI's wheels are): ~10x faster than pure Python,
# which matters because every worker process loads the policies at start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, what: str):
    """A policy file's data; an unreadable file or bad YAML is a ChecklistError naming the file."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise ChecklistError(f"{path}: cannot read the {what}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ChecklistError(f"{path}: not valid YAML: {exc}") from None


class YamlContext:
    """Carries 'file, item' so every error message says where it is (shared by every YAML loader)."""

    noun = "requirement"

    def __init__(self, path: Path):
        self.path = path

    def fail(self, item: str, field: str, problem: str):
        where = f"{self.path}: " + (f"{self.noun} '{item}': " if item else "")
        raise ChecklistError(f"{where}field '{field}': {problem}")

    def keys(self, data, allowed: set[str], item: str, prefix: str = ""):
        if not isinstance(data, dict):
            what = "is required" if data is None else f"expected a mapping, got {type(data).__name__}"
            self.fail(item, prefix.rstrip(".") or "(item)", what)
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
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value) and (value or not required)
        if not ok:
            self.fail(item, prefix + key, "must be a " + ("non-empty " if required else "") + "list of non-empty strings")
        return tuple(v.strip() for v in value)


_Ctx = YamlContext


def _patterns(ctx: _Ctx, data: dict, item: str, prefix: str) -> tuple[tuple[dict, ...], ...]:
    value = data.get("patterns", [])
    ok = isinstance(value, list) and all(
        isinstance(p, list) and p and all(isinstance(t, dict) and t for t in p) for p in value
    )
    if not ok:
        ctx.fail(item, prefix + "patterns", "must be a list of spaCy token patterns (lists of dicts)")
    return tuple(tuple(p) for p in value)


def _matchers(ctx: _Ctx, data, item: str, prefix: str, element: bool = False) -> Matchers:
    ctx.keys(data, _MATCHER_KEYS, item, prefix)
    mid = ctx.text(data, "id", item, prefix=prefix)
    scope = data.get("scope", "section")
    if scope not in SCOPES or (scope != "section" and not element):
        ctx.fail(item, prefix + "scope", f"must be one of {', '.join(SCOPES)} (elements only)")
    m = Matchers(
        id=mid,
        label=str(data.get("label", "")),
        description=ctx.text(data, "description", item, required=False, prefix=prefix),
        phrases=ctx.strings(data, "phrases", item, prefix),
        patterns=_patterns(ctx, data, item, prefix),
        scope=scope,
        sections=ctx.strings(data, "sections", item, prefix),
    )
    if not m.phrases and not m.patterns:
        ctx.fail(item, prefix + "phrases", "give at least one phrase or pattern")
    return m


def _matcher_list(ctx, data: dict, key: str, item: str, element=False) -> tuple[Matchers, ...]:
    value = data.get(key, [])
    if not isinstance(value, list):
        ctx.fail(item, key, "must be a list")
    out = tuple(_matchers(ctx, v, item, f"{key}[{i}].", element) for i, v in enumerate(value))
    seen: dict[str, Matchers] = {}
    for m in out:  # entries sharing an id are alternatives (e.g. the same words, counted only in some sections)
        first = seen.setdefault(m.id, m)
        if first is not m and (first.label, first.scope) != (m.label, m.scope):
            ctx.fail(item, key, f"entries with the id '{m.id}' are alternatives and must share label and scope")
    return out


def _tables(ctx: _Ctx, data: dict, item: str, element_ids: set[str]) -> tuple[TableRule, ...]:
    rules = []
    for i, t in enumerate(data.get("tables", []) or []):
        prefix = f"tables[{i}]."
        ctx.keys(t, _TABLE_KEYS, item, prefix)
        elements = ctx.strings(t, "elements", item, prefix)
        unknown = set(elements) - element_ids
        if unknown:
            ctx.fail(item, prefix + "elements", f"unknown element id(s): {', '.join(sorted(unknown))}")
        min_rows = t.get("min_rows", 1)
        if not isinstance(min_rows, int) or min_rows < 1:
            ctx.fail(item, prefix + "min_rows", "must be a whole number >= 1")
        rows_match = t.get("rows_match", "")
        if not isinstance(rows_match, str):
            ctx.fail(item, prefix + "rows_match", "must be a requirement id")
        rules.append(TableRule(ctx.strings(t, "header", item, prefix), elements, min_rows,
                               ctx.strings(t, "with_any", item, prefix), rows_match))
    return tuple(rules)


def _requirement(ctx: _Ctx, data) -> Requirement:
    rid = ctx.text(data, "id", "") if isinstance(data, dict) else ""
    ctx.keys(data, _REQ_KEYS, rid)
    lcd = data.get("lcd")
    ctx.keys(lcd, {"section", "quote"}, rid, "lcd.")
    signers = ctx.strings(data, "signers", rid)
    roles = _known_roles()
    for role in signers:
        if role not in roles:
            ctx.fail(rid, "signers", f"unknown role '{role}' (known: {', '.join(roles)}; checklists/signatures.yaml)")
    if not isinstance(data.get("order", False), bool):
        ctx.fail(rid, "order", "must be true or false")
    severity = data.get("severity", "error")
    if severity not in SEVERITIES:
        ctx.fail(rid, "severity", f"must be one of {', '.join(SEVERITIES)}")
    if not isinstance(data.get("date_required", False), bool):
        ctx.fail(rid, "date_required", "must be true or false")
    fix = data.get("fix", {})
    ctx.keys(fix, _FIX_KEYS, rid, "fix.")
    for key in fix:
        ctx.text(fix, key, rid, prefix="fix.")
    anchors = _matcher_list(ctx, data, "evidence", rid)
    if not anchors:
        ctx.fail(rid, "evidence", "at least one evidence matcher is required")
    elements = _matcher_list(ctx, data, "elements", rid, element=True)
    applies = data.get("applies_when")
    return Requirement(
        id=rid,
        title=ctx.text(data, "title", rid),
        lcd_section=ctx.text(lcd, "section", rid, prefix="lcd."),
        lcd_quote=ctx.text(lcd, "quote", rid, prefix="lcd."),
        severity=severity,
        anchors=anchors,
        elements=elements,
        tables=_tables(ctx, data, rid, {e.id for e in elements}),
        signers=signers,
        date_required=data.get("date_required", False),
        applies_when=_matchers(ctx, applies, rid, "applies_when.") if applies is not None else None,
        fix=dict(fix),
        note=ctx.text(data, "note", rid, required=False),
        order=data.get("order", False),
    )


def _known_roles() -> tuple[str, ...]:
    """Role ids are defined once, by the signature grammar (imported here: it reads YAML with this module)."""
    from .signature_grammar import grammar

    return tuple(grammar().roles)


def load_checklist(name_or_path: str | Path = "imrt-lcd") -> Checklist:
    path = checklist_path(name_or_path)
    ctx = _Ctx(path)
    raw = read_yaml(path, "checklist")
    ctx.keys(raw, _TOP_KEYS, "")
    reqs = raw.get("requirements")
    if not isinstance(reqs, list) or not reqs:
        ctx.fail("", "requirements", "must be a non-empty list")
    requirements = tuple(_requirement(ctx, r) for r in reqs)
    ids = [r.id for r in requirements]
    for r in requirements:
        for i, t in enumerate(r.tables):
            if t.rows_match and t.rows_match not in ids:
                ctx.fail(r.id, f"tables[{i}].rows_match", f"unknown requirement '{t.rows_match}'")
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        ctx.fail(sorted(dupes)[0], "id", "duplicate requirement id")
    return Checklist(
        id=ctx.text(raw, "id", ""),
        version=str(raw.get("version") or ctx.fail("", "version", "is required")),
        title=ctx.text(raw, "title", ""),
        source=ctx.text(raw, "source", ""),
        requirements=requirements,
        path=str(path),
        judgement=load_judgement(ctx, raw.get("judgement"), _matchers, set(ids)),
    )
