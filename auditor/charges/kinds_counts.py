"""Rule kinds that count units: per course, per modifier alternative, per week or per five fractions."""

from __future__ import annotations

from .context import Context, codes, dates, day, evidence
from .spec import Hit, Rule


def max_units_per_course(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    exc, total, held, granted = rule.exception, 0, [], []
    doc = ctx.doc(exc.documentation) if exc and exc.documentation else None
    for r in targets:
        total += r.units
        if total <= rule.max_units:
            continue
        if exc and total <= (exc.max_units or total) and (not exc.modifiers or set(r.modifiers) & set(exc.modifiers)) \
                and (doc is None or doc.met):
            granted.append(r)
        else:
            held.append(r)
    if not held:
        if granted:
            return [Hit("ok", tuple(granted), f"further {codes(granted)} on {dates(granted)} allowed: modifier "
                                               f"{'/'.join(exc.modifiers)} and {doc.explain() if doc else 'no documentation needed'}",
                        evidence(doc) if doc else ())]
        return []
    reason = f"{total} units of {codes(targets)} in the course ({dates(targets)}); {rule.max_units} per course"
    if exc:
        lacking = []
        if exc.max_units and total > exc.max_units:
            lacking.append(f"more than {exc.max_units} units even with the exception")
        if exc.modifiers and any(not set(r.modifiers) & set(exc.modifiers) for r in held):
            lacking.append(f"modifier {' or '.join(exc.modifiers)} on the extra unit ({dates(held)})")
        if doc is not None and not doc.met:
            lacking.append(doc.explain())
        reason += "; the extra unit lacks: " + "; ".join(lacking) if lacking else ""
    return [Hit(rule.status, tuple(held), reason, evidence(doc) if doc else ())]


def _alt_text(alt, ctx: Context, used: int) -> str:
    parts = [f"modifier {' or '.join(alt.modifiers)}"] if alt.modifiers else []
    if alt.documentation:
        doc = ctx.doc(alt.documentation)
        parts.append(f"documentation of {doc.requirement.title}" + ("" if doc.met else " [not found]"))
    if alt.max_units is not None:
        parts.append(f"at most {alt.max_units} units [{used} used]")
    return " with ".join(parts) if parts else "no condition"


def requires_modifier(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    used = [0] * len(rule.alternatives)
    held = []
    for r in targets:
        for i, alt in enumerate(rule.alternatives):
            if alt.modifiers and not set(r.modifiers) & set(alt.modifiers):
                continue
            if alt.documentation and not ctx.doc(alt.documentation).met:
                continue
            if alt.max_units is not None and used[i] + r.units > alt.max_units:
                continue
            used[i] += r.units
            break
        else:
            held.append(r)
    if not held:
        return []
    mods = sorted({m for r in held for m in r.modifiers})
    options = " or ".join(_alt_text(a, ctx, used[i]) for i, a in enumerate(rule.alternatives))
    shown = tuple(e for a in rule.alternatives if a.documentation for e in evidence(ctx.doc(a.documentation)))
    return [Hit(rule.status, tuple(held), f"{codes(held)} on {dates(held)} (modifiers: {', '.join(mods) or 'none'}) "
                                          f"needs {options}", shown)]


def _week(iso: str) -> tuple[int, int]:
    return day(iso).isocalendar()[:2]


def frequency(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    therapy = [r for r in course.rows if r.code in rule.therapy_codes]
    if rule.per == "week":
        weeks = {_week(r.date) for r in therapy}
        idle, extra, count = [], [], {}
        for r in targets:
            w = _week(r.date)
            count[w] = count.get(w, 0) + r.units
            (idle if w not in weeks else extra if count[w] > rule.max_units else []).append(r)
        hits = []
        if idle:
            hits.append(Hit(rule.status, tuple(idle), f"{codes(idle)} on {dates(idle)}: no treatment delivery in that "
                                                      f"calendar week (a week of therapy is required; planning work is not billed so)"))
        if extra:
            hits.append(Hit(rule.status, tuple(extra), f"{codes(extra)} on {dates(extra)}: more than {rule.max_units} "
                                                       f"unit(s) in the same calendar week"))
        return hits
    fractions = sum(r.units for r in therapy)
    allowed = fractions // rule.fractions
    if rule.remainder_min and fractions % rule.fractions >= rule.remainder_min:
        allowed += 1
    billed, held = 0, []
    for r in targets:
        billed += r.units
        if billed > allowed:
            held.append(r)
    if not held:
        return []
    return [Hit(rule.status, tuple(held), f"{billed} unit(s) of {codes(targets)} for {fractions} delivered fraction(s): "
                                          f"{allowed} allowed (one per {rule.fractions} fractions); over the limit: {dates(held)}")]
