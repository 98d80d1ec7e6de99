"""`worklist.csv`: one row per gap (missing, incomplete, needs review), ready for a spreadsheet or work queue.

Cells that a spreadsheet would take for a formula (=, +, -, @, tab, carriage return first) are prefixed
with a single quote, so a document's text cannot run a formula on the coder's machine.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..results import CHART_NOT_AUDITED, NOT_READ, write_atomic
from .labels import GAP_STATUSES, UNREADABLE, status_label
from .people import batch_people, chart_staff, responsible_text

COLUMNS = ("chart", "requirement", "status", "reason", "fix", "responsible", "document", "page")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _where(finding: dict, chart: dict) -> tuple[str, str]:
    """The document (and page) the fix concerns: the best evidence, else what could not be read."""
    evidence = finding.get("evidence") or []
    if evidence:
        return evidence[0].get("document", ""), str(evidence[0].get("page") or "")
    if finding.get("status") == "needs_review":
        unread = []
        for d in chart.get("documents", []):
            pages = [str(p["page"]) for p in d.get("problems", []) if p.get("code") in UNREADABLE and p.get("page")]
            pages += [str(n) for n in d.get("pages_needing_ocr") or [] if str(n) not in pages]
            if pages or any(p.get("code") in UNREADABLE for p in d.get("problems", [])):
                unread.append((d.get("path", ""), ", ".join(pages)))
        named = [u for u in unread if u[0] and u[0] in finding.get("reason", "")]
        unread = named or unread
        if len(unread) == 1:
            return unread[0]
        if unread:
            return "; ".join(path for path, _ in unread), ""
    return "", ""


WHOLE_CHART = "(whole chart)"  # the requirement cell of a row about the chart rather than one requirement


def _not_audited_rows(chart: dict) -> list[dict]:
    """A chart the tool failed on, or a folder of it that could not be read, needs a person: one row each."""
    rows = []
    for p in chart.get("problems", []):
        if p.get("code") in CHART_NOT_AUDITED:
            fix = "Check this chart's documents by hand; once the cause is fixed, scan it again."
            document = ""
        elif p.get("code") in NOT_READ:
            fix = "Give the scan permission to read this folder or file (or check its documents by hand), then scan again."
            document = p.get("message", "").split(": could not be read", 1)[0]
        else:
            continue
        rows.append({"chart": chart.get("chart_id", ""), "requirement": WHOLE_CHART, "status": status_label("needs_review"),
                     "reason": p.get("message", ""), "fix": fix, "responsible": "", "document": document, "page": ""})
    return rows


def worklist_rows(results: dict) -> list[dict]:
    """Plain values (not yet neutralised): chart, requirement, status, reason, fix, responsible, document, page."""
    rows = []
    people = batch_people(results.get("charts", []))  # one name per person across the batch
    for chart in results.get("charts", []):
        rows.extend(_not_audited_rows(chart))
        staff = chart_staff(chart, people)
        for f in chart.get("findings", []):
            if f.get("status") not in GAP_STATUSES:
                continue
            document, page = _where(f, chart)
            rows.append({
                "chart": chart.get("chart_id", ""),
                "requirement": f.get("requirement", ""),
                "status": status_label(f.get("status", "")),
                "reason": f.get("reason", ""),
                "fix": f.get("fix", ""),
                "responsible": responsible_text(f, staff),
                "document": document,
                "page": page,
            })
        if chart.get("charge_findings"):
            from ..charges.output import worklist_rows_for_charges

            rows.extend({k: r[k] for k in COLUMNS} for r in worklist_rows_for_charges(chart))
    return rows


def worklist_csv(results: dict) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in worklist_rows(results):
        writer.writerow([neutralise(row[c]) for c in COLUMNS])
    return buf.getvalue()


def write_worklist_csv(results: dict, path: Path) -> Path:
    """UTF-8 with a byte-order mark, so Excel shows accented names correctly; written atomically."""
    path = Path(path)
    write_atomic(path, "\ufeff" + worklist_csv(results))
    return path
