"""What the checklist says about each requirement (LCD passage, element descriptions), for the reports.

`results.json` names its checklist by id and version; the passage is looked up in the bundled checklist
of that id. A checklist that cannot be found (a custom file, a renamed id) leaves the reports without
the passages, never without the report.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklist import load_checklist

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}")


@lru_cache(maxsize=8)
def _load(checklist_id: str):
    if not _SAFE_ID.fullmatch(checklist_id) or checklist_id.endswith((".yaml", ".yml")):
        return None  # only bundled checklists by name: results.json must not point the report at a file
    try:
        return load_checklist(checklist_id)
    except (ValueError, OSError):
        return None


def requirement_catalog(results: dict) -> dict[str, dict]:
    """requirement id -> {title, lcd_section, lcd_quote, elements: {id: description}, note, version_note}."""
    info = results.get("checklist") or {}
    checklist = _load(str(info.get("id") or ""))
    if checklist is None:
        return {}
    version_note = ""
    if str(info.get("version") or "") != checklist.version:
        version_note = f"Passage from checklist version {checklist.version}; the audit used version {info.get('version') or 'unknown'}."
    return {
        r.id: {
            "title": r.title,
            "lcd_section": r.lcd_section,
            "lcd_quote": r.lcd_quote,
            "elements": {e.id: e.description or e.id for e in r.elements},
            "note": r.note,
            "version_note": version_note,
        }
        for r in checklist.requirements
    }


def requirement_order(results: dict) -> list[tuple[str, str]]:
    """(id, title) of every requirement the charts report, in checklist order (unknown ids last, as seen)."""
    seen: dict[str, str] = {}
    for chart in results.get("charts", []):
        for f in chart.get("findings", []):
            seen.setdefault(f["requirement"], f.get("title") or f["requirement"])
    catalog = requirement_catalog(results)
    if not seen:
        return [(rid, r["title"]) for rid, r in catalog.items()]
    rank = {rid: i for i, rid in enumerate(catalog)}
    return sorted(seen.items(), key=lambda kv: rank.get(kv[0], len(rank)))
