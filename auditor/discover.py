"""Which files make up a chart, and which folders are charts.

Every file found is accounted for: it is either a document to read or listed as skipped with a reason,
so that a batch never loses a file silently.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SYSTEM_FILES = {"thumbs.db", ".ds_store", "desktop.ini"}
KEY_FILES = {"expected.json"}  # evaluation keys stored beside the sample charts
CHARGES_FILE = "charges.csv"  # the billing export, read by the pre-bill charge check


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def _skip_reason(name: str) -> str | None:
    lower = name.lower()
    if lower in SYSTEM_FILES:
        return "system file"
    if name.startswith("~$"):
        return "Office lock file"
    if name.startswith("."):
        return "hidden file"
    if lower in KEY_FILES:
        return "evaluation key, not a chart document"
    if lower == CHARGES_FILE:
        return "billing export, read by the pre-bill charge check"
    return None


def chart_files(chart_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """All document files below `chart_dir`, sorted, without following symlinked folders (no loops)."""
    files: list[Path] = []
    skipped: list[Skipped] = []

    def onerror(exc: OSError) -> None:
        where = Path(exc.filename).relative_to(chart_dir).as_posix() if exc.filename else "?"
        skipped.append(Skipped(where, f"folder could not be read: {exc.strerror or type(exc).__name__}"))

    for folder, dirs, names in os.walk(chart_dir, onerror=onerror, followlinks=False):
        base = Path(folder)
        for d in dirs:
            rel = (base / d).relative_to(chart_dir).as_posix() + "/"
            if d.startswith("."):
                skipped.append(Skipped(rel, "hidden folder"))
            elif (base / d).is_symlink():
                skipped.append(Skipped(rel, "link to a folder: not followed (it could loop or leave the chart)"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (base / d).is_symlink())
        for name in sorted(names):
            path = base / name
            rel = path.relative_to(chart_dir).as_posix()
            reason = _skip_reason(name)
            if reason is None and not path.is_file():
                reason = "not a regular file (broken link, device or socket)"
            if reason:
                skipped.append(Skipped(rel, reason))
            else:
                files.append(path)
    return files, sorted(skipped, key=lambda s: s.path)


def chart_dirs(root: Path) -> Iterator[Path]:
    """Each immediate, non-hidden subfolder of `root` is one chart; its name is the chart id."""
    with os.scandir(root) as entries:
        names = sorted(e.name for e in entries if e.is_dir() and not e.name.startswith(".") and e.name != "__pycache__")
    for name in names:
        yield root / name
