"""The output folder of a scan: one run's outputs at a time, owner-only, and no patient page left behind
that the dashboard no longer links.

A folder holding an earlier scan's outputs is refused unless the scan resumes it or `force` says to
replace them. Once the scan holds the journal's lock, the earlier reports are deleted before any chart
is audited, so an interrupted run never leaves new results beside old reports; the extraction cache is
kept (it only saves time).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..report.paths import CHARTS_DIR, INDEX, WORKLIST
from .config import ScanError
from .journal import busy_message, in_use

JOURNAL = "charts.jsonl"
RESULTS = "results.json"
CACHE = "cache.sqlite"
REPORTS = (RESULTS, INDEX, WORKLIST)  # rewritten at the end of every scan


def earlier_outputs(out: Path) -> list[str]:
    return [name for name in (JOURNAL, *REPORTS, CHARTS_DIR) if (out / name).exists()]


def open_folder(out: Path, resume: bool, force: bool) -> None:
    """Creates OUT owner-only, or checks an existing one may be used and tightens it like a new one."""
    found = earlier_outputs(out) if out.is_dir() else []
    if JOURNAL in found and in_use(out / JOURNAL):
        raise ScanError(busy_message(out / JOURNAL))
    if found and not (resume or force):
        raise ScanError(f"{out} holds an earlier scan's outputs ({', '.join(found)}): run with --resume to continue "
                        "that scan, or --force to replace them (its reports are deleted, the cache is kept), "
                        "or give another output folder")
    out.mkdir(parents=True, exist_ok=True)
    for folder in (out, out / CHARTS_DIR):
        if folder.is_dir() and folder.stat().st_uid == os.geteuid():
            folder.chmod(0o700)


def clear_reports(out: Path) -> None:
    """The earlier run's reports and chart pages; called while holding the journal's lock."""
    for name in REPORTS:
        (out / name).unlink(missing_ok=True)
    pages = out / CHARTS_DIR
    if pages.is_dir() and not pages.is_symlink():
        for page in pages.glob("*.html"):
            page.unlink(missing_ok=True)
