"""Charge findings -> plain data: the `charges`/`charge_findings`/`charge_summary` keys of a results.json
chart, the batch total, and worklist rows (same columns as `auditor.report.worklist.COLUMNS`)."""

from __future__ import annotations

from .findings import STATUS_LABELS, STATUSES, ChargeFinding
from .reading import ChargeRow

WORKLIST_STATUSES = ("hold", "error", "advisory")


def charge_summary(findings: list[ChargeFinding], fees=None) -> dict:
    """Counts per status, and the revenue at risk: each held line counted once, however many rules hold it."""
    counts = {s: 0 for s in STATUSES}
    held: dict[int, tuple] = {}
    for f in findings:
        counts[f.status] = counts.get(f.status, 0) + 1
        if f.status == "hold":
            for line in f.lines:
                held.setdefault(line.row, (line.amount, line.estimate, line.code))
    priced = [a for a, _, _ in held.values() if a is not None]
    verdict = "hold" if counts["hold"] else "needs_review" if counts["error"] else "ready" if findings else "not_evaluated"
    summary = {
        "verdict": verdict,
        "counts": counts,
        "lines_on_hold": len(held),
        "amount_at_risk": round(sum(priced), 2),
        "amount_is_estimate": any(e for a, e, _ in held.values() if a is not None),
        "unpriced_lines_on_hold": len(held) - len(priced),
        "unpriced_codes": sorted({c for a, _, c in held.values() if a is None}),
    }
    if fees is not None:
        summary["fees"] = {"year": fees.year, "currency": fees.currency, "source": fees.source}
    return summary


def charges_dict(rows: list[ChargeRow], findings: list[ChargeFinding], fees=None) -> dict:
    """The keys a results.json chart gains: `charges`, `charge_findings`, `charge_summary`.

    Findings are ordered most urgent first (hold, error, advisory, ok), then by course and date."""
    order = {s: i for i, s in enumerate(STATUSES)}
    ranked = sorted(findings, key=lambda f: (order.get(f.status, 9), f.course, f.dates[:1], f.rows[:1]))
    return {
        "charges": [r.to_dict() for r in sorted(rows, key=lambda r: r.row)],
        "charge_findings": [f.to_dict() for f in ranked],
        "charge_summary": charge_summary(findings, fees),
    }


def batch_charge_summary(charts: list[dict]) -> dict:
    """For results.json `summary.charges`: totals over the charts' `charge_summary`."""
    with_charges = [c["charge_summary"] for c in charts if c.get("charge_summary")]
    return {
        "charts_with_charges": len(with_charges),
        "charts_on_hold": sum(1 for s in with_charges if s["verdict"] == "hold"),
        "lines_on_hold": sum(s["lines_on_hold"] for s in with_charges),
        "amount_at_risk": round(sum(s["amount_at_risk"] for s in with_charges), 2),
        "amount_is_estimate": any(s["amount_is_estimate"] for s in with_charges),
        "unpriced_lines_on_hold": sum(s["unpriced_lines_on_hold"] for s in with_charges),
    }


def _money(amount: float) -> str:
    return f"${amount:,.2f}"


def worklist_rows_for_charges(chart: dict, charges_file: str = "charges.csv") -> list[dict]:
    """One row per hold/error/advisory charge finding of a results.json chart dict.

    Keys are the worklist's COLUMNS (chart, requirement, status, reason, fix, responsible, document, page)
    plus `amount_at_risk`, `codes`, `dates` and `rows` for a worklist that wants them. Values are plain
    (the worklist writer neutralises spreadsheet formulas)."""
    out = []
    for f in chart.get("charge_findings", []):
        if f.get("status") not in WORKLIST_STATUSES:
            continue
        rows = f.get("rows") or []
        reason = f.get("reason", "")
        if f.get("status") == "hold":
            amount = f.get("amount_at_risk") or 0.0
            unpriced = f.get("unpriced_codes") or []
            if amount:
                reason += f" [at risk: {_money(amount)}{' (estimate)' if f.get('amount_is_estimate') else ''}]"
            if unpriced:
                reason += f" [no fee on file for {', '.join(unpriced)}]"
        out.append({
            "chart": chart.get("chart_id", ""),
            "requirement": f"charge:{f.get('rule', '')}",
            "status": STATUS_LABELS.get(f.get("status", ""), f.get("status", "")),
            "reason": reason,
            "fix": f.get("fix", ""),
            "responsible": (f.get("responsible") or "coder").replace("_", " "),
            "document": charges_file + (f" row{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))}" if rows else ""),
            "page": "",
            "amount_at_risk": f.get("amount_at_risk", 0.0),
            "codes": ", ".join(f.get("codes", [])),
            "dates": ", ".join(f.get("dates", [])),
            "rows": ", ".join(map(str, rows)),
        })
    return out
