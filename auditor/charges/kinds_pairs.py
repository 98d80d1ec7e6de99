"""Rule kinds about codes billed together (or not), documentation, and the chart's IMRT findings."""

from __future__ import annotations

from .context import Context, codes, dates, day, evidence
from .spec import Hit, Rule


def _near(target, anchor, window) -> bool:
    if window.within == "course":
        return True
    if window.within == "same_day":
        return target.date == anchor.date
    delta = (day(target.date) - day(anchor.date)).days
    return -window.days_before <= delta <= window.days_after


def _where(window) -> str:
    if window.within == "course":
        return "in the same course as"
    if window.within == "same_day":
        return "on the same date as"
    after = f" to {window.days_after} days after" if window.days_after else ""
    return f"within {window.days_before} days before{after} (or on the date of)"


def not_with(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    anchors = [r for r in course.rows if r.code in rule.with_]
    offending = [t for t in targets if any(a is not t and _near(t, a, rule.window) for a in anchors)]
    if not offending:
        return []
    near = [a for a in anchors if any(a is not t and _near(t, a, rule.window) for t in offending)]
    reason = f"{codes(offending)} on {dates(offending)} billed {_where(rule.window)} {codes(near)} ({dates(near)})"
    if rule.unless_documented:
        doc = ctx.doc(rule.unless_documented)
        if doc.met:
            return [Hit("ok", tuple(offending), f"{reason}: allowed, {doc.explain()}", evidence(doc))]
        return [Hit(rule.status, tuple(offending), f"{reason}; {doc.explain()}", evidence(doc))]
    return [Hit(rule.status, tuple(offending), reason)]


def requires_documentation(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    doc = ctx.doc(rule.documentation)
    status = "ok" if doc.met else rule.status
    return [Hit(status, tuple(targets), f"{codes(targets)} on {dates(targets)}: {doc.explain()}", evidence(doc))]


def same_day_exclusive(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    others = [r for r in course.rows if r.code in rule.with_]
    offending = [t for t in targets if any(o.date == t.date and o is not t for o in others)]
    if not offending:
        return []
    days = {t.date for t in offending}
    near = [o for o in others if o.date in days]
    return [Hit(rule.status, tuple(offending), f"{codes(offending)} on {dates(offending)} billed on the same date as "
                                               f"IMRT delivery {codes(near)}")]


def requires_code_same_day(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    days = {r.date for r in course.rows if r.code in rule.needs}
    lonely = [t for t in targets if t.date not in days]
    if not lonely:
        return []
    return [Hit(rule.status, tuple(lonely), f"{codes(lonely)} on {dates(lonely)} without a treatment delivery code "
                                            f"on the same date")]


def imrt_documentation_hold(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    chart = ctx.chart
    if chart is None or not chart.findings:
        return [Hit(rule.status, tuple(targets), f"{codes(targets)} on {dates(targets)}: the chart's IMRT documentation "
                                                 f"has not been evaluated")]
    bad = [f for f in chart.findings if f.status.value not in rule.ok_statuses]
    if not bad:
        return [Hit("ok", tuple(targets), f"all {len(chart.findings)} IMRT documentation requirements are "
                                          f"{' or '.join(rule.ok_statuses)}")]
    names = "; ".join(f"{f.requirement} ({f.status.value})" for f in bad)
    gaps = tuple({"requirement": f.requirement, "title": f.title, "status": f.status.value, "reason": f.reason,
                  "fix": f.fix} for f in bad)
    return [Hit(rule.status, tuple(targets), f"{codes(targets)} on {dates(targets)} billed while IMRT documentation "
                                             f"is not met: {names}", gaps)]


def imrt_technique(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    """An IMRT code billed for a course the chart documents as 3D-conformal or conventional."""
    chart = ctx.chart
    technique = ((chart.judgement or {}).get("technique") or {}) if chart is not None else {}
    if technique.get("technique") != "conventional":
        return []
    return [Hit(rule.status, tuple(targets), f"{codes(targets)} on {dates(targets)} billed for a course the chart documents "
                                             f"as 3D-conformal or conventional, not IMRT: {technique.get('reason', '')}")]


def deleted_code(rule: Rule, course, targets, ctx: Context) -> list[Hit]:
    return [Hit(rule.status, tuple(targets), f"{codes(targets)} on {dates(targets)}: not valid for dates of service "
                                             f"from {rule.effective_from}; {rule.replacement}")]
