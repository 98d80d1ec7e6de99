"""ChartResult -> the plain dict of `results.json` (the engine's contract, see docs/results-schema.md).

Deterministic: the same charts give byte-identical JSON; the run's timestamps live in one field, `run`.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

from . import __version__
from .checklist import Checklist
from .models import ChartResult, Status

SCHEMA_VERSION = "1.0"
# A file name that is not valid UTF-8 reaches us with each bad byte as a lone surrogate (U+DC80-U+DCFF,
# Python's surrogateescape); UTF-8 cannot encode one, so every text we write spells them out.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# What the tool could not audit, its own failure or the machine's (as against what a chart lacks): a
# scheduler tells these apart by the exit code. Charts that failed as a whole; and documents, or folders
# of a chart, that could not be opened or read in time.
CHART_NOT_AUDITED = ("internal-error", "worker-crash", "chart-timeout")
NOT_READ = ("timeout", "unreadable")


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


def results_dict(charts: list[dict], checklist: Checklist, run: dict | None = None, skipped: list[dict] | None = None) -> dict:
    """`skipped`: a scan's entries of ROOT that are not chart folders, each with its reason."""
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
            "chart_problems": sum(p["code"] != "skipped" for c in charts for p in c["problems"]),
            "not_audited": not_audited(charts),
            **summary_charges,
        },
        "charts": charts,
        **({"skipped": skipped} if skipped is not None else {}),
        "run": run or {},
    }


def not_audited(charts: list[dict]) -> dict:
    """{"charts": failed as a whole, "documents": documents and folders not read}."""
    failed = sum(any(p["code"] in CHART_NOT_AUDITED for p in c["problems"]) for c in charts)
    unread = sum(any(p["code"] in NOT_READ for p in d["problems"]) for c in charts for d in c["documents"])
    unread += sum(p["code"] in NOT_READ for c in charts for p in c["problems"])
    return {"charts": failed, "documents": unread}


def dumps(data: dict) -> str:
    """Indented at the top, one chart per line: readable, diffable and `grep`-able by chart, and fast
    (indented JSON goes through Python's slow encoder: 0.80 s for 500 charts against 0.23 s).

    A lone surrogate (a file name's undecodable byte) is written as its JSON escape, \\udcff: valid
    JSON that Python reads back to the same string, and `os.fsencode` to the name's exact bytes."""
    if not isinstance(data.get("charts"), list) or not data["charts"]:
        return _json_escaped(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    head = {k: v for k, v in data.items() if k != "charts"}
    parts = [f"  {json.dumps(k)}: {_indented(v)}" for k, v in head.items()]
    charts = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in data["charts"])
    parts.insert(list(data).index("charts"), f'  "charts": [\n{charts}\n  ]')
    return _json_escaped("{\n" + ",\n".join(parts) + "\n}\n")


def _json_escaped(text: str) -> str:
    """Surrogates occur only inside JSON strings, where their \\uXXXX escape means the same."""
    if not _LONE_SURROGATE.search(text):
        return text
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def shown_bytes(text: str) -> str:
    """For people (HTML, CSV, the terminal): an undecodable byte of a file name as \\xff, the way
    `ls -b` shows it; any other lone surrogate as \\udXXX. Text without them is returned as is."""
    if not _LONE_SURROGATE.search(text):
        return text

    def spell(m: re.Match) -> str:
        code = ord(m.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _LONE_SURROGATE.sub(spell, text)


def _indented(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target and rename: a reader never sees half a report; owner-only permissions.

    Lone surrogates left in `text` (HTML, CSV) are spelled out by `shown_bytes`; JSON from `dumps` has none."""
    text = shown_bytes(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise named(exc, path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def named(exc: OSError, path: Path) -> OSError:
    """A write error that names the file (a full disk raises ENOSPC without one)."""
    if exc.filename is not None:
        return exc
    return type(exc)(exc.errno, exc.strerror or str(exc), str(path))
