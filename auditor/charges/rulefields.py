"""The kind-specific fields of a coding rule (see `spec.KINDS`), validated into `Rule` keyword arguments."""

from __future__ import annotations

import re

from .spec import ICD_RANGE_RE, WINDOWS, Alternative, Site, Window
from .yamlcheck import Ctx


def _alternative(ctx: Ctx, raw, rid: str, prefix: str, docs: dict, modifiers_required=True) -> Alternative:
    ctx.keys(raw, {"modifiers", "documentation", "max_units"}, rid, prefix)
    mods = tuple(m.upper() for m in ctx.strings(raw, "modifiers", rid, prefix, required=modifiers_required))
    for m in mods:
        if not re.fullmatch(r"[A-Z0-9]{2}", m):
            ctx.fail(rid, prefix + "modifiers", f"'{m}' is not a two-character modifier")
    doc = ctx.text(raw, "documentation", rid, required=False, prefix=prefix)
    if doc and doc not in docs:
        ctx.fail(rid, prefix + "documentation", f"unknown documentation id '{doc}'")
    max_units = ctx.whole(raw, "max_units", rid, None, 1, prefix) if "max_units" in raw else None
    return Alternative(mods, doc, max_units)


def _sites(ctx: Ctx, raw, rid: str) -> tuple[Site, ...]:
    if not isinstance(raw, list) or not raw:
        ctx.fail(rid, "sites", "must be a non-empty list of {id, title, ranges/patterns}")
    out = []
    for i, s in enumerate(raw):
        p = f"sites[{i}]."
        ctx.keys(s, {"id", "title", "ranges", "patterns", "advisory"}, rid, p)
        ranges = []
        for r in ctx.strings(s, "ranges", rid, p):
            lo, _, hi = r.upper().partition("-")
            hi = hi or lo
            if not (ICD_RANGE_RE.match(lo) and ICD_RANGE_RE.match(hi)) or lo > hi:
                ctx.fail(rid, p + "ranges", f"'{r}' is not an ICD-10-CM code or range like C70-C72")
            ranges.append((lo, hi))
        patterns = []
        for pat in ctx.strings(s, "patterns", rid, p):
            try:
                patterns.append(re.compile(pat))
            except re.error as exc:
                ctx.fail(rid, p + "patterns", f"'{pat}' is not a regular expression: {exc}")
        if not ranges and not patterns:
            ctx.fail(rid, p + "ranges", "give at least one range or pattern")
        out.append(Site(ctx.text(s, "id", rid, prefix=p), ctx.text(s, "title", rid, prefix=p), tuple(ranges),
                        tuple(patterns), ctx.text(s, "advisory", rid, required=False, prefix=p)))
    return tuple(out)


def kind_fields(ctx: Ctx, d: dict, rid: str, kind: str, named, docs) -> dict:
    f: dict = {}
    if "with" in d:
        f["with_"] = ctx.codes(d, "with", rid, named)
    if "needs" in d:
        f["needs"] = ctx.codes(d, "needs", rid, named)
    if "therapy_codes" in d:
        f["therapy_codes"] = ctx.codes(d, "therapy_codes", rid, named)
    if "max_units" in d:
        f["max_units"] = ctx.whole(d, "max_units", rid, minimum=1)
    if "window" in d:
        w = d["window"]
        ctx.keys(w, {"within", "days_before", "days_after"}, rid, "window.")
        if w.get("within") not in WINDOWS:
            ctx.fail(rid, "window.within", f"must be one of {', '.join(WINDOWS)}")
        if w["within"] != "days" and ({"days_before", "days_after"} & set(w)):
            ctx.fail(rid, "window.days_before", "only with within: days")
        f["window"] = Window(w["within"], ctx.whole(w, "days_before", rid, 0, 0, "window."),
                             ctx.whole(w, "days_after", rid, 0, 0, "window."))
    for key in ("unless_documented", "documentation"):
        if key in d:
            f[key] = ctx.text(d, key, rid)
            if f[key] not in docs:
                ctx.fail(rid, key, f"unknown documentation id '{f[key]}' (known: {', '.join(sorted(docs))})")
    if "exception" in d:
        f["exception"] = _alternative(ctx, d["exception"], rid, "exception.", docs)
    if "alternatives" in d:
        alts = d["alternatives"]
        if not isinstance(alts, list) or not alts:
            ctx.fail(rid, "alternatives", "must be a non-empty list of {modifiers, documentation, max_units}")
        f["alternatives"] = tuple(_alternative(ctx, a, rid, f"alternatives[{i}].", docs) for i, a in enumerate(alts))
    if "per" in d:
        if d["per"] not in ("week", "fractions"):
            ctx.fail(rid, "per", "must be 'week' or 'fractions'")
        f["per"] = d["per"]
        if d["per"] == "week" and "max_units" not in d:
            ctx.fail(rid, "max_units", "is required with per: week")
    if "fractions" in d:
        f["fractions"] = ctx.whole(d, "fractions", rid, minimum=1)
    if "remainder_min" in d:
        f["remainder_min"] = ctx.whole(d, "remainder_min", rid, minimum=0)
    if "ok_statuses" in d:
        from ..models import Status

        f["ok_statuses"] = ctx.strings(d, "ok_statuses", rid, required=True)
        bad = [s for s in f["ok_statuses"] if s not in {x.value for x in Status}]
        if bad:
            ctx.fail(rid, "ok_statuses", f"unknown status '{bad[0]}' (known: {', '.join(s.value for s in Status)})")
    if "sites" in d:
        f["sites"] = _sites(ctx, d["sites"], rid)
    if "replacement" in d:
        f["replacement"] = ctx.text(d, "replacement", rid)
    return f
