"""`checklists/imrt-coding.yaml` -> frozen, validated coding rules.

Same contract as `auditor.checklist`: an unknown key or a bad value raises `ChecklistError` naming the file,
the rule and the field. Kind-specific fields are declared in `KINDS`; adding a rule of an existing kind
needs no code.
"""

from __future__ import annotations

from pathlib import Path

from ..checklist import ChecklistError, read_yaml
from ..resources import checklists_dir
from .rulefields import kind_fields
from .spec import KINDS, STATUSES, CodingRules, DocGroup, DocRequirement, Negation, Rule, Source
from .yamlcheck import Ctx

_TOP = {"id", "version", "title", "sources", "settings", "code_sets", "catalog", "documentation", "rules"}
_COMMON = {"id", "title", "kind", "effective", "source", "fix", "status", "applies_with", "responsible", "note",
           "secondary_source"}


def _settings(ctx: Ctx, raw) -> tuple[int, Negation]:
    raw = raw or {}
    ctx.keys(raw, {"course_gap_days", "negation"}, "", "settings.")
    neg = raw.get("negation", {})
    ctx.keys(neg, {"before", "after", "window"}, "", "settings.negation.")
    return (ctx.whole(raw, "course_gap_days", "", 60, 1, "settings."),
            Negation(tuple(w.lower() for w in ctx.strings(neg, "before", "", "settings.negation.")),
                     tuple(w.lower() for w in ctx.strings(neg, "after", "", "settings.negation.")),
                     ctx.whole(neg, "window", "", 4, 1, "settings.negation.")))


def _code_sets(ctx: Ctx, raw) -> dict[str, frozenset[str]]:
    named: dict[str, frozenset[str]] = {}
    if not isinstance(raw or {}, dict):
        ctx.fail("", "code_sets", "expected a mapping of name -> list of codes")
    for name, items in (raw or {}).items():  # a set may use the sets defined above it
        named[str(name)] = ctx.codes({"c": items}, "c", "", named, f"code_sets.{name}.")
    return named


def _catalog(ctx: Ctx, raw, named) -> dict[str, str]:
    if not isinstance(raw, list) or not raw:
        ctx.fail("", "catalog", "must be a non-empty list of {codes, description}")
    out: dict[str, str] = {}
    for i, entry in enumerate(raw):
        ctx.keys(entry, {"codes", "description"}, "", f"catalog[{i}].")
        desc = ctx.text(entry, "description", "", prefix=f"catalog[{i}].")
        for code in ctx.codes(entry, "codes", "", named, f"catalog[{i}]."):
            out[code] = desc
    return out


def _documentation(ctx: Ctx, raw) -> dict[str, DocRequirement]:
    if not isinstance(raw, list):
        ctx.fail("", "documentation", "must be a list")
    out: dict[str, DocRequirement] = {}
    for i, d in enumerate(raw):
        p = f"documentation[{i}]."
        ctx.keys(d, {"id", "title", "all_of"}, "", p)
        did = ctx.text(d, "id", "", prefix=p)
        groups = d.get("all_of")
        if not isinstance(groups, list) or not groups:
            ctx.fail("", p + "all_of", "must be a non-empty list of {id, phrases}")
        parsed = []
        for j, g in enumerate(groups):
            ctx.keys(g, {"id", "phrases"}, "", f"{p}all_of[{j}].")
            parsed.append(DocGroup(ctx.text(g, "id", "", prefix=f"{p}all_of[{j}]."),
                                   ctx.strings(g, "phrases", "", f"{p}all_of[{j}].", required=True)))
        if did in out:
            ctx.fail("", p + "id", f"duplicate documentation id '{did}'")
        out[did] = DocRequirement(did, ctx.text(d, "title", "", prefix=p), tuple(parsed))
    return out


def _source(ctx: Ctx, raw, rid: str, sources: dict, key: str = "source") -> Source:
    ctx.keys(raw, {"ref", "section", "quote"}, rid, key + ".")
    ref = ctx.text(raw, "ref", rid, prefix=key + ".")
    if ref not in sources:
        ctx.fail(rid, key + ".ref", f"unknown source '{ref}' (known: {', '.join(sorted(sources))})")
    s = sources[ref]
    return Source(ref, s["title"], s["location"], ctx.text(raw, "section", rid, required=False, prefix=key + "."),
                  ctx.text(raw, "quote", rid, prefix=key + "."))


def _rule(ctx: Ctx, d, named, docs, sources) -> Rule:
    rid = ctx.text(d, "id", "") if isinstance(d, dict) else ""
    kind = d.get("kind") if isinstance(d, dict) else None
    if kind not in KINDS:
        ctx.fail(rid, "kind", f"must be one of {', '.join(KINDS)}")
    required, optional = KINDS[kind]
    ctx.keys(d, _COMMON | required | optional, rid)
    for key in sorted(required):
        if key not in d:
            ctx.fail(rid, key, f"is required for kind {kind}")
    eff = d.get("effective")
    ctx.keys(eff, {"from", "to"}, rid, "effective.")
    status = d.get("status", "hold")
    if status not in STATUSES:
        ctx.fail(rid, "status", f"must be one of {', '.join(STATUSES)}")
    rule = Rule(
        id=rid, title=ctx.text(d, "title", rid), kind=kind,
        effective_from=ctx.date(eff, "from", rid, "effective."), effective_to=ctx.date(eff, "to", rid, "effective."),
        source=_source(ctx, d.get("source"), rid, sources), fix=ctx.text(d, "fix", rid),
        codes=ctx.codes(d, "codes", rid, named), status=status,
        applies_with=ctx.codes(d, "applies_with", rid, named) if "applies_with" in d else frozenset(),
        responsible=ctx.text(d, "responsible", rid, required=False), note=ctx.text(d, "note", rid, required=False),
        secondary_source=_source(ctx, d["secondary_source"], rid, sources, "secondary_source")
        if "secondary_source" in d else None,
        **kind_fields(ctx, d, rid, kind, named, docs),
    )
    if rule.effective_to and rule.effective_to < rule.effective_from:
        ctx.fail(rid, "effective.to", "is before effective.from")
    return rule


def _sources(ctx: Ctx, raw) -> dict[str, dict]:
    if not isinstance(raw, dict) or not raw:
        ctx.fail("", "sources", "must be a mapping of id -> {title, location, trust}")
    for sid, s in raw.items():
        ctx.keys(s, {"title", "location", "trust"}, "", f"sources.{sid}.")
        for key in ("title", "location", "trust"):
            ctx.text(s, key, "", prefix=f"sources.{sid}.")
    return raw


def load_coding_rules(path: str | Path | None = None) -> CodingRules:
    """The bundled `imrt-coding.yaml`, or any rules file by path."""
    path = Path(path) if path else checklists_dir() / "imrt-coding.yaml"
    ctx = Ctx(path)
    raw = read_yaml(path, "coding rules")
    ctx.keys(raw, _TOP, "")
    gap, negation = _settings(ctx, raw.get("settings"))
    named = _code_sets(ctx, raw.get("code_sets"))
    docs = _documentation(ctx, raw.get("documentation", []))
    sources = _sources(ctx, raw.get("sources"))
    items = raw.get("rules")
    if not isinstance(items, list) or not items:
        ctx.fail("", "rules", "must be a non-empty list")
    rules = tuple(_rule(ctx, d, named, docs, sources) for d in items)
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        ctx.fail(dupes[0], "id", "duplicate rule id")
    version = raw.get("version")
    if not isinstance(version, (str, int, float)) or not str(version).strip():
        ctx.fail("", "version", "is required")
    return CodingRules(ctx.text(raw, "id", ""), str(version), ctx.text(raw, "title", ""), rules, docs,
                       _catalog(ctx, raw.get("catalog"), named), named, gap, negation, str(path))
