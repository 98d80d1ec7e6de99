"""Which files make up a chart, and which folders are charts.

Every file found is accounted for: it is either a document to read or listed as skipped with a reason,
so that a batch never loses a file silently. An entry that cannot be looked at (a folder without
permission to enter or list it, a path too long to open) costs only itself and is listed with the code
`unreadable`, so that its chart is not judged as if it had no such documents.

Links are not followed out of where they are found: a chart folder that is a link is not a chart (a
link to ROOT would merge two patients; a link to / walks the file system), and a file link inside a
chart is read only when it points to a file inside the same chart folder.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SYSTEM_FILES = {"thumbs.db", ".ds_store", "desktop.ini"}
KEY_FILES = {"expected.json"}  # evaluation keys stored beside the sample charts
CHARGES_FILE = "charges.csv"  # the billing export, read by the pre-bill charge check


SKIPPED, UNREADABLE = "skipped", "unreadable"  # the problem codes a Skipped entry becomes


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str
    code: str = SKIPPED

    def message(self) -> str:
        verb = "could not be read" if self.code == UNREADABLE else "skipped"
        return f"{self.path}: {verb} ({self.reason})"


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


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
    inside = os.path.realpath(chart_dir)

    def onerror(exc: OSError) -> None:
        where = Path(exc.filename).relative_to(chart_dir).as_posix() + "/" if exc.filename else "?"
        skipped.append(Skipped(where, f"folder could not be read: {_why(exc)}", UNREADABLE))

    for folder, dirs, names in os.walk(chart_dir, onerror=onerror, followlinks=False):
        base = Path(folder)
        keep = []
        for d in sorted(dirs):
            rel = (base / d).relative_to(chart_dir).as_posix() + "/"
            reason = "hidden folder" if d.startswith(".") else _folder_link(base / d)
            if reason is None:
                keep.append(d)
            else:
                skipped.append(Skipped(rel, reason, UNREADABLE if reason.startswith("cannot") else SKIPPED))
        dirs[:] = keep
        for name in sorted(names):
            path = base / name
            entry = _file_entry(path, path.relative_to(chart_dir).as_posix(), inside)
            if entry is None:
                files.append(path)
            else:
                skipped.append(entry)
    return files, sorted(skipped, key=lambda s: s.path)


def _folder_link(path: Path) -> str | None:
    """Why a subfolder is not walked into (a link), or None; 'cannot ...' when it cannot even be looked at."""
    try:
        if path.is_symlink():
            return "link to a folder: not followed (it could loop or leave the chart)"
    except OSError as exc:
        return f"cannot look at this folder: {_why(exc)}"
    return None


def _file_entry(path: Path, rel: str, inside: str) -> Skipped | None:
    """None for a document to read, else why it is skipped (or could not be looked at)."""
    reason = _skip_reason(path.name)
    if reason:
        return Skipped(rel, reason)
    try:
        if path.is_symlink() and not _within(os.path.realpath(path), inside):
            return Skipped(rel, "link to a file outside the chart folder: not followed")
        if not path.is_file():
            return Skipped(rel, "not a regular file (broken link, device or socket)")
    except OSError as exc:
        return Skipped(rel, f"cannot look at this file: {_why(exc)}", UNREADABLE)
    return None


def _within(target: str, folder: str) -> bool:
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def fingerprint(chart_dir: Path, files: list[Path] | None = None, skipped: list[Skipped] | None = None) -> str:
    """What a chart folder held: every entry's path, size and modification time, hashed. A resumed scan
    audits a chart again when this changed (a document added, removed, replaced or edited)."""
    if files is None or skipped is None:
        files, skipped = chart_files(chart_dir)
    entries = [f.relative_to(chart_dir).as_posix() for f in files] + [s.path for s in skipped]
    digest = hashlib.sha256()
    for rel in sorted(entries):
        try:
            st = os.lstat(chart_dir / rel)
            facts = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError as exc:
            facts = f"error:{exc.errno}"
        digest.update(os.fsencode(rel) + b"\0" + facts.encode() + b"\n")
    return digest.hexdigest()[:24]


def root_entries(root: Path) -> tuple[list[Path], list[Skipped]]:
    """The chart folders of `root` (each immediate, real, non-hidden subfolder; its name is the chart
    id), sorted, and every other entry of `root` with the reason it is not a chart."""
    charts: list[Path] = []
    skipped: list[Skipped] = []
    with os.scandir(root) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name == "__pycache__":
            continue  # the tool's own and the system's hidden entries: not charts, not worth a line
        try:
            if entry.is_symlink():
                reason = "link: not followed (a chart folder must be a real folder inside ROOT)"
            elif entry.is_dir(follow_symlinks=False):
                charts.append(root / name)
                continue
            else:
                reason = "a file, not a chart folder (each chart is a subfolder of ROOT)"
        except OSError as exc:
            skipped.append(Skipped(name, f"cannot look at this entry: {_why(exc)}", UNREADABLE))
            continue
        skipped.append(Skipped(name, reason))
    return charts, skipped


def chart_dirs(root: Path) -> Iterator[Path]:
    """Each immediate, real, non-hidden subfolder of `root` is one chart; its name is the chart id."""
    yield from root_entries(root)[0]
