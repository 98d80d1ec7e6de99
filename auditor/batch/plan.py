"""What a scan settles before any chart is audited: the jobs to run, the cache to use, the journal's
header, and which charts a resumed journal still holds (those whose folders have not changed)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .. import __version__
from .. import cache as cache_mod
from ..checklist import Checklist
from ..discover import Skipped, fingerprint
from .journal import Journal


def header(checklist: Checklist, roster: dict, root: Path, charges_file: Path | None, redact: bool) -> dict:
    """What the scan is: resuming into a journal whose header differs is refused."""
    fields = {
        "tool_version": __version__,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "roster": hashlib.sha256(json.dumps(sorted(roster.items())).encode()).hexdigest()[:16],
        "root": str(root),
        "charges": file_hash(charges_file),
    }
    return {**fields, "redact": True} if redact else fields


def still_valid(journal: Journal, root: Path, ids: set[str]) -> tuple[dict[str, dict], int]:
    """The journal's charts whose folders still exist and hold what they held when audited; and how many
    were left out because their documents changed since (those are audited again)."""
    kept, changed = {}, 0
    for cid, chart in journal.done.items():
        if cid not in ids:
            continue
        if journal.sources.get(cid) == fingerprint(root / cid):
            kept[cid] = chart
        else:
            changed += 1
    return kept, changed


def job_count(requested: int | None, scheduler, warnings: list[str]) -> int:
    """Local processes beyond the cores only share them: each chart then takes longer on the wall clock,
    which is what the per-document time limit counts, so results could change. Capped, and said."""
    cores = cpus()
    jobs = max(1, requested or cores)
    if scheduler is None and jobs > cores:
        warnings.append(f"{jobs} jobs asked for, but this machine runs {cores} at once: using {cores} "
                        "(more would only share the same cores and could push documents past the time limit)")
        jobs = cores
    return jobs


def no_charts(root: Path, skipped: list[Skipped]) -> str:
    found = f"it holds {len(skipped)} other entr{'y' if len(skipped) == 1 else 'ies'} " \
            f"({', '.join(s.path for s in skipped[:5])}{', ...' if len(skipped) > 5 else ''})" if skipped else "it is empty"
    return (f"{root}: no chart folders found ({found}); each chart must be a subfolder of ROOT. "
            "To audit one chart's folder, use `chart-audit audit FOLDER`")


def prepared_cache(path: Path, warnings: list[str]) -> Path | None:
    try:
        cache_mod.prepare(path)
        return path
    except cache_mod.CacheLocked:
        warnings.append(f"the cache {path} is locked by another program (another scan?): every document was read "
                        "without it, and the file was left as it is")
        return None


def file_hash(path: Path | None) -> str:
    """A resumed scan must not mix charts checked against an older billing export."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16] if path else ""


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
