"""ChartResult -> the plain dict of `results.json` (the engine's contract, see docs/results-schema.md).

Deterministic: the same charts give byte-identical JSON; the run's timestamps live in one field, `run`.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from . import __version__
from .checklist import Checklist
from .models import ChartResult, Status

SCHEMA_VERSION = "1.0"


def now() -> str:
    """Local time with its UTC offset, ISO 8601 (2026-11-23T06:55:55+00:00): every timestamp we write."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def chart_dict(result: ChartResult) -> dict:
    counts = {s.value: 0 for s in Status}
    for f in result.findings:
        counts[f.status.value] += 1
    return {
        "chart_id": result.chart_id,
        "verdict": result.verdict,
        "counts": counts,
        "findings": [f.to_dict() for f in result.findings],
        "documents": [d.to_dict() for d in result.documents],
        "identity": result.identity,
        "problems": [{"code": p.code, "message": p.message} for p in result.problems],
        "judgement": result.judgement,
    }


def results_dict(charts: list[dict], checklist: Checklist, run: dict | None = None) -> dict:
    verdicts = [c["verdict"] for c in charts]
    summary_charges = {}
    if any(c.get("charge_summary") for c in charts):
        from .charges.output import batch_charge_summary

        summary_charges = {"charges": batch_charge_summary(charts)}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool_version": __version__,
        "checklist": {"id": checklist.id, "version": checklist.version, "title": checklist.title},
        "summary": {
            "charts": len(charts),
            "ready": verdicts.count("ready"),
            "hold": verdicts.count("hold"),
            "needs_review": verdicts.count("needs_review") + verdicts.count("not_evaluated"),
            "documents": sum(len(c["documents"]) for c in charts),
            "document_problems": sum(len(d["problems"]) for c in charts for d in c["documents"]),
            **summary_charges,
        },
        "charts": charts,
        "run": run or {},
    }


def dumps(data: dict) -> str:
    """Indented at the top, one chart per line: readable, diffable and `grep`-able by chart, and fast
    (indented JSON goes through Python's slow encoder: 0.80 s for 500 charts against 0.23 s)."""
    if not isinstance(data.get("charts"), list) or not data["charts"]:
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    head = {k: v for k, v in data.items() if k != "charts"}
    parts = [f"  {json.dumps(k)}: {_indented(v)}" for k, v in head.items()]
    charts = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in data["charts"])
    parts.insert(list(data).index("charts"), f'  "charts": [\n{charts}\n  ]')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _indented(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target and rename: a reader never sees half a report; owner-only permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
