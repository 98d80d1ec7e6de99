"""One chart's results -> the plain dict the chart report template shows. Every decision is made here."""

from __future__ import annotations

import re

from . import labels as L
from .catalog import requirement_catalog
from .people import chart_staff, responsible_text
from .redact import REDACTED

_FLAGS = (("negated", "negated"), ("hypothetical", "pending or future"), ("historical", "historical"), ("unchecked", "unticked box"))


def highlight(quote: str, match: str) -> dict:
    """Split a quote around its matched words: {before, match, after}; no match -> all in `before`."""
    quote, match = quote or "", (match or "").strip()
    if match:
        at = quote.find(match)
        if at >= 0:
            return {"before": quote[:at], "match": match, "after": quote[at + len(match):]}
        words = match.split()
        m = re.search(r"\s+".join(re.escape(w) for w in words), quote, re.I)
        if m:
            return {"before": quote[:m.start()], "match": m.group(0), "after": quote[m.end():]}
    return {"before": quote, "match": "", "after": ""}


def anchor(requirement: str) -> str:
    return "req-" + re.sub(r"[^A-Za-z0-9_-]", "_", requirement)


def run_meta(results: dict, generated: str) -> list[dict]:
    info = results.get("checklist") or {}
    run = results.get("run") or {}
    meta = [
        {"label": "Checklist", "value": f"{info.get('title') or info.get('id', '')} ({info.get('id', '?')}, version {info.get('version', '?')})"},
        {"label": "Tool", "value": f"chart-auditor {results.get('tool_version', '?')} (results schema {results.get('schema_version', '?')})"},
    ]
    if run.get("started") or run.get("finished"):
        meta.append({"label": "Audit run", "value": " to ".join(v for v in (run.get("started"), run.get("finished")) if v)})
    meta.append({"label": "Report generated", "value": generated})
    return meta


def _where(document: str, page, section: str = "") -> str:
    text = f"{document} p.{page}" if page else document
    return text + (f", section {section}" if section else "")


def _evidence(ev: dict, foreign: dict[str, str], elements: dict[str, str]) -> dict:
    flags = [label for key, label in _FLAGS if ev.get(key)]
    if ev.get("document") in foreign:
        flags.append("another patient's document")
    return {
        "quote": highlight(ev.get("quote", ""), ev.get("match", "")),
        "document": ev.get("document", ""),
        "page": ev.get("page"),
        "where": _where(ev.get("document", ""), ev.get("page"), ev.get("section", "")),
        "counted": not flags,
        "status_text": "Counts as evidence" if not flags else "Does not count: " + ", ".join(flags),
        "badge": "badge badge-met" if not flags else "badge badge-missing",
        "shows": "; ".join(elements.get(e, e) for e in ev.get("elements", [])),
        "explanation": ev.get("explanation", ""),
    }


def _signature(sig: dict) -> dict:
    state = sig.get("state", "")
    role = L.role_label(sig["role"]) if sig.get("role") else "role not determined"
    return {
        "name": sig.get("name") or "(no name)",
        "role": role,
        "credentials": ", ".join(sig.get("credentials") or []),
        "date": (sig.get("date") or "not dated") + (f" {sig['time']}" if sig.get("time") else ""),
        "state": L.SIGNATURE_LABELS.get(state, state),
        "badge": "badge badge-sig-" + (state if state in L.SIGNATURE_LABELS else "invalid"),
        "valid": state == "signed",
        "reason": sig.get("reason", ""),
        "quote": sig.get("quote", ""),
        "where": _where(sig.get("document", ""), sig.get("page"), sig.get("section", "")),
        "summary": f"{sig.get('name') or '(no name)'}, {role}, {sig.get('date') or 'not dated'}",
    }


def _requirement(f: dict, catalog: dict, staff: dict, foreign: dict) -> dict:
    rid, status = f["requirement"], f.get("status", "")
    info = catalog.get(rid, {})
    evidence = [_evidence(e, foreign, info.get("elements", {})) for e in f.get("evidence", [])]
    signatures = [_signature(s) for s in f.get("signatures", [])]
    lcd = {"section": info["lcd_section"], "quote": info["lcd_quote"], "note": info["version_note"]} if info else None
    return {
        "id": rid,
        "anchor": anchor(rid),
        "title": f.get("title") or info.get("title") or rid,
        "status": status,
        "status_label": L.status_label(status),
        "badge": L.status_badge(status),
        "is_gap": status in L.GAP_STATUSES,
        "reason": f.get("reason", ""),
        "fix": f.get("fix", ""),
        "responsible": responsible_text(f, staff),
        "criteria": ", ".join(str(c) for c in f.get("criteria", [])),
        "evidence": evidence,
        "evidence_summary": f"{L.plural(len(evidence), 'passage')}, {L.plural(len(signatures), 'signature')}" if evidence or signatures else "none found",
        "signatures": signatures,
        "signed_by": "; ".join(s["summary"] for s in signatures if s["valid"]),
        "lcd": lcd,
    }


def _document(doc: dict, foreign: dict[str, str]) -> dict:
    problems = [{"label": L.problem_label(p.get("code", "")), "message": p.get("message", ""),
                 "where": f"p.{p['page']}" if p.get("page") else "", "blocking": p.get("code") in L.UNREADABLE}
                for p in doc.get("problems", [])]
    ocr = doc.get("pages_needing_ocr") or []
    if doc.get("path") in foreign:
        status, badge = "Another patient's document", "badge badge-missing"
    elif any(p["blocking"] for p in problems) or ocr:
        status, badge = "Not fully read", "badge badge-needs_review"
    elif problems:
        status, badge = "Read, with notes", "badge badge-incomplete"
    else:
        status, badge = "Read", "badge badge-met"
    return {
        "path": doc.get("path", ""),
        "format": (doc.get("format") or "").upper(),
        "pages": L.plural(int(doc.get("pages") or 0), "page"),
        "size": L.file_size(int(doc.get("size") or 0)),
        "status": status,
        "badge": badge,
        "foreign": foreign.get(doc.get("path"), ""),
        "ocr_pages": ", ".join(f"p.{n}" for n in ocr),
        "problems": problems,
    }


def identity_rows(chart: dict) -> list[dict]:
    ident = chart.get("identity") or {}
    rows = [
        {"label": "Patient", "value": ident.get("name") or "not found in the documents"},
        {"label": "MRN", "value": ident.get("mrn") or "not found"},
        {"label": "Date of birth", "value": ident.get("dob") or "not found"},
        {"label": "Chart / course", "value": chart.get("chart_id", "")},
    ]
    if ident.get("course"):
        rows.append({"label": "Course", "value": str(ident["course"])})
    pages = ident.get("pages_naming_another_patient") or []
    if pages:  # a packet holding another patient's report: for health-information management
        rows.append({"label": "Pages of another patient",
                     "value": "; ".join(f"{p.get('document', '')} p.{p.get('page', '')}: {p.get('reason', '')}" for p in pages)})
    return rows


def is_redacted(chart: dict) -> bool:
    ident = chart.get("identity") or {}
    return REDACTED in (ident.get("name"), ident.get("mrn"), ident.get("dob"))


def chart_view(results: dict, chart: dict, *, generated: str, index_href: str | None = None) -> dict:
    catalog = requirement_catalog(results)
    staff = chart_staff(chart)
    ident = chart.get("identity") or {}
    foreign = {d["document"]: d.get("reason", "") for d in ident.get("documents_naming_another_patient", [])}
    counts = chart.get("counts") or {}
    verdict = chart.get("verdict", "")
    requirements = [_requirement(f, catalog, staff, foreign) for f in chart.get("findings", [])]
    return {
        "title": f"Chart report: {chart.get('chart_id', '')}",
        "chart_id": chart.get("chart_id", ""),
        "index_href": index_href,
        "redacted": is_redacted(chart),
        "verdict": {"code": verdict, "label": L.VERDICT_LABELS.get(verdict, verdict),
                    "text": L.verdict_text(verdict, counts), "badge": L.verdict_badge(verdict)},
        "identity": identity_rows(chart),
        "meta": run_meta(results, generated),
        "counts": [{"status": s, "label": L.status_label(s), "count": counts.get(s, 0), "badge": L.status_badge(s)}
                   for s in L.STATUS_ORDER if counts.get(s, 0)],
        "gaps": [{"title": r["title"], "anchor": r["anchor"], "status_label": r["status_label"], "badge": r["badge"],
                  "responsible": r["responsible"]} for r in requirements if r["is_gap"]],
        "requirements": requirements,
        "documents": [_document(d, foreign) for d in chart.get("documents", [])],
        "foreign": [{"document": d, "reason": r} for d, r in foreign.items()],
        "problems": [{"label": L.problem_label(p.get("code", "")), "message": p.get("message", "")} for p in chart.get("problems", [])],
        "staff": [{"role": L.role_label(role), "name": name} for role, name in sorted(staff.items())],
        "charges": charges_view(chart),
        **judgement_view(chart),
    }


def judgement_view(chart: dict) -> dict:
    """The course's technique, its courses (plans judged separately) and the chart's timeline."""
    j = chart.get("judgement") or {}
    tech = j.get("technique") or {}
    return {
        "technique": {"label": {"imrt": "IMRT", "conventional": "3D / conventional (not IMRT)"}.get(tech.get("technique", ""), ""),
                      "reason": tech.get("reason", "")} if tech else None,
        "courses": [{"plan": c.get("plan", ""), "technique": c.get("technique", ""), "first_fraction": c.get("first_fraction", ""),
                     "documents": ", ".join(c.get("documents", []))} for c in j.get("courses", [])],
        "superseded": j.get("superseded", []),
        "timeline": [{"date": e.get("date", ""), "label": e.get("label", ""), "what": e.get("what", ""),
                      "where": e.get("document", "") + (f" p.{e['page']}" if e.get("page") else "")} for e in j.get("timeline", [])],
    }


CHARGE_BADGES = {"hold": "badge badge-missing", "error": "badge badge-needs_review",
                 "advisory": "badge badge-incomplete", "ok": "badge badge-met"}


def charges_view(chart: dict) -> dict | None:
    """The pre-bill charge check, when the chart has charges: summary line and one row per finding."""
    summary = chart.get("charge_summary")
    if not summary:
        return None
    at_risk = summary.get("amount_at_risk") or 0
    return {
        "verdict": summary.get("verdict", ""),
        "badge": L.verdict_badge(summary.get("verdict", "")),
        "amount": f"${at_risk:,.2f}" if at_risk else "",
        "unpriced": summary.get("unpriced_lines_on_hold", 0),
        "lines": len(chart.get("charges", [])),
        "findings": [{
            "rule": f.get("rule", ""), "title": f.get("title", ""), "status": f.get("status", ""),
            "badge": CHARGE_BADGES.get(f.get("status", ""), "badge"), "reason": f.get("reason", ""),
            "fix": f.get("fix", ""), "codes": ", ".join(f.get("codes", [])), "dates": ", ".join(f.get("dates", [])),
            "source": (f.get("source") or {}).get("title", ""),
        } for f in chart.get("charge_findings", [])],
    }
