"""A batch's results -> the plain dict the dashboard template shows: totals, rates, gaps, the charts table.

The bar chart's geometry is computed here too, so the template only copies numbers into SVG attributes.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from . import labels as L
from .catalog import requirement_order
from .chart import is_redacted, run_meta
from .paths import chart_hrefs
from .people import batch_people, chart_staff, physician, responsible_people

BAR = {"label_w": 230, "bar_w": 360, "row_h": 30, "bar_h": 18, "top": 8, "width": 720}
UNKNOWN_PHYSICIAN = "(unknown)"


def _pct(met: int, applicable: int) -> str:
    return f"{round(100 * met / applicable)}%" if applicable else "n/a"


def compliance_bars(results: dict) -> dict:
    rows = []
    for i, (rid, title) in enumerate(requirement_order(results)):
        statuses = [f["status"] for c in results.get("charts", []) for f in c.get("findings", []) if f["requirement"] == rid]
        applicable = sum(1 for s in statuses if s != "not_applicable")
        met = statuses.count("met")
        rate = met / applicable if applicable else None
        y = BAR["top"] + i * BAR["row_h"]
        width = round(BAR["bar_w"] * rate, 1) if rate else 0
        rows.append({
            "id": rid, "title": title, "met": met, "applicable": applicable,
            "rate_text": f"{_pct(met, applicable)} ({met} of {applicable})" if applicable else "not applicable to any chart",
            "css": "bar-none" if rate is None else "bar-good" if rate >= 0.9 else "bar-fair" if rate >= 0.7 else "bar-poor",
            "label_y": y + BAR["bar_h"] - 4, "bar_y": y, "bar_x": BAR["label_w"], "bar_width": width,
            "track_width": BAR["bar_w"], "value_x": BAR["label_w"] + BAR["bar_w"] + 8, "bar_h": BAR["bar_h"],
        })
    height = BAR["top"] * 2 + len(rows) * BAR["row_h"]
    return {
        "rows": rows, "width": BAR["width"], "height": height, "view_box": f"0 0 {BAR['width']} {height}",
        "description": "; ".join(f"{r['id']}: {r['rate_text']}" for r in rows),
    }


def _person(p: dict) -> str:
    if p["name"]:
        return f"{p['name']} ({p['role_label']})"
    return f"{p['role_label']} (name not known)" if p["role"] else p["role_label"]


def _grouped(counter: Counter, charts: dict, reqs: dict) -> list[dict]:
    return [{"label": key, "gaps": n, "charts": L.plural(len(charts[key]), "chart"),
             "requirements": ", ".join(f"{r} ({k})" for r, k in sorted(reqs[key].items(), key=lambda kv: (-kv[1], kv[0])))}
            for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _chart_row(chart: dict, href: str, staff: dict) -> dict:
    counts = chart.get("counts") or {}
    verdict = chart.get("verdict", "")
    gaps = [f for f in chart.get("findings", []) if f.get("status") in L.GAP_STATUSES]
    doc = physician(staff)
    problems = sum(len(d.get("problems", [])) for d in chart.get("documents", []))
    return {
        "chart_id": chart.get("chart_id", ""),
        "href": href,
        "patient": (chart.get("identity") or {}).get("name") or "",
        "verdict": verdict,
        "verdict_label": L.VERDICT_LABELS.get(verdict, verdict),
        "verdict_text": L.verdict_text(verdict, counts),
        "verdict_rank": L.VERDICT_RANK.get(verdict, 9),
        "badge": L.verdict_badge(verdict),
        "gaps": counts.get("missing", 0) + counts.get("incomplete", 0),
        "review": counts.get("needs_review", 0),
        "gap_total": counts.get("missing", 0) + counts.get("incomplete", 0) + counts.get("needs_review", 0),
        "gap_list": [{"id": f["requirement"], "status_label": L.status_label(f["status"]), "badge": L.status_badge(f["status"])}
                     for f in gaps],
        "gap_ids": " ".join(f["requirement"] for f in gaps),
        "physician": doc or UNKNOWN_PHYSICIAN,
        "documents": len(chart.get("documents", [])),
        "problems": problems,
        "problems_text": L.plural(problems, "problem"),
    }


def dashboard_view(results: dict, *, generated: str) -> dict:
    charts = results.get("charts", [])
    hrefs = chart_hrefs(charts)
    by_person, by_kind = Counter(), Counter()
    person_charts, kind_charts = defaultdict(set), defaultdict(set)
    person_reqs, kind_reqs = defaultdict(Counter), defaultdict(Counter)
    rows = []
    people = batch_people(charts)  # one key per person across the batch
    for i, chart in enumerate(charts):
        staff = chart_staff(chart, people)
        rows.append(_chart_row(chart, hrefs[i], staff))
        for f in chart.get("findings", []):
            if f.get("status") not in L.GAP_STATUSES:
                continue
            rid = f["requirement"]
            for who in [_person(p) for p in responsible_people(f, staff)] or ["Unassigned (no signer required)"]:
                by_person[who] += 1
                person_charts[who].add(i)
                person_reqs[who][rid] += 1
            kind = L.document_kind(rid, f.get("title", ""))
            by_kind[kind] += 1
            kind_charts[kind].add(i)
            kind_reqs[kind][rid] += 1
    rows.sort(key=lambda r: (r["verdict_rank"], -r["gap_total"], r["chart_id"]))
    verdicts = Counter(c.get("verdict", "") for c in charts)
    gap_charts = Counter(r for row in rows for r in set(row["gap_ids"].split()))
    physicians = sorted({r["physician"] for r in rows} - {UNKNOWN_PHYSICIAN})
    totals = [
        ("Charts", len(charts), ""), ("Ready to bill", verdicts["ready"], "total-ready"), ("On hold", verdicts["hold"], "total-hold"),
        ("Need review", verdicts["needs_review"] + verdicts["not_evaluated"], "total-review"),
        ("Gaps to fix", sum(r["gaps"] for r in rows), ""), ("Findings to review", sum(r["review"] for r in rows), ""),
        ("Documents read", sum(r["documents"] for r in rows), ""), ("Document problems", sum(r["problems"] for r in rows), ""),
    ]
    charges = (results.get("summary") or {}).get("charges")
    if charges:  # the pre-bill charge check ran on some charts
        totals += [("Charts with charges on hold", charges.get("charts_on_hold", 0), "total-hold"),
                   ("Revenue at risk", f"${charges.get('amount_at_risk', 0):,.2f}", "total-hold")]
    return {
        "title": f"Chart audit: {len(charts)} {'chart' if len(charts) == 1 else 'charts'}",
        "meta": run_meta(results, generated),
        "totals": [{"label": label, "value": value, "css": css} for label, value, css in totals],
        "compliance": compliance_bars(results),
        "by_responsible": _grouped(by_person, person_charts, person_reqs),
        "by_document_kind": _grouped(by_kind, kind_charts, kind_reqs),
        "charts": rows,
        "count_text": f"Showing {len(rows)} of {L.plural(len(rows), 'chart')}",
        "redacted": any(is_redacted(c) for c in charts),
        "filters": {
            "verdicts": [{"value": v, "label": f"{L.VERDICT_LABELS.get(v, v)} ({verdicts[v]})"}
                         for v in sorted(verdicts, key=lambda v: L.VERDICT_RANK.get(v, 9))],
            "requirements": [{"value": rid, "label": f"{rid} ({L.plural(gap_charts[rid], 'chart')})"}
                             for rid, _ in requirement_order(results)],
            "physicians": [{"value": p, "label": p} for p in physicians]
                          + ([{"value": UNKNOWN_PHYSICIAN, "label": "Unknown"}] if any(r["physician"] == UNKNOWN_PHYSICIAN for r in rows) else []),
        },
    }
