"""The journal, OUT/charts.jsonl: each finished chart is one JSON line, written to the file the moment it
arrives, so a killed scan loses no finished chart and `resume` can pick up where it stopped.

Written is not yet on the disk: the system holds it until it writes it out. A killed process loses
nothing the system holds; a power cut or a system crash can lose what is not yet on the disk. The
journal is fsynced at most every `SYNC_EVERY` seconds (and at the header, on resume and at close), as
databases group their commits: a power cut costs at most that much work, which `resume` audits again.
One fsync per chart cost the parent 0.2-0.75 s per 500 charts while the workers waited for it."""

from __future__ import annotations

import fcntl
import json
import os
import time
from pathlib import Path

from .config import ScanError

HEADER_KEY = "chart_auditor_scan"
SYNC_EVERY = 1.0  # seconds: the most finished work a power cut can cost (resume redoes it)
SOURCE_KEY = "_source"  # on a chart's line: what its folder held when it was read (discover.fingerprint)


class Journal:
    """Append-only, one chart per line, fsynced at least every SYNC_EVERY seconds and at close; the first
    line says which scan it belongs to."""

    def __init__(self, path: Path, header: dict, resume: bool):
        self.path = path
        self.done: dict[str, dict] = {}
        self.sources: dict[str, str | None] = {}  # chart id -> its folder's fingerprint when it was audited
        self.dropped = 0  # damaged lines ignored on resume
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._fh = os.fdopen(fd, "r+b")
        try:
            try:  # two scans writing one journal would interleave (or erase) each other's charts
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise ScanError(busy_message(path)) from None
            if not (resume and self._load(header)):
                self._start(header)
        except BaseException:
            self._close()
            raise
        _fsync_dir(path.parent)

    def _start(self, header: dict) -> None:
        self._fh.seek(0)
        self._fh.truncate()
        self._write(encode_line({HEADER_KEY: header}), sync=True)

    def _load(self, header: dict) -> bool:
        """Reads the charts already done; False when the file holds nothing usable (start over)."""
        self._fh.seek(0)
        raw = self._fh.read()
        keep = raw.rfind(b"\n") + 1  # a last line without its newline was cut short: drop it
        lines = raw[:keep].split(b"\n")[:-1]
        first = _parse(lines[0]) if lines else None
        if not first or HEADER_KEY not in first:
            return False
        if first[HEADER_KEY] != header:
            raise ScanError(f"{self.path} belongs to a different scan ({_difference(first[HEADER_KEY], header)}); "
                            "run without resume to start over, or use another output folder")
        for line in lines[1:]:
            chart = _parse(line)
            if chart and isinstance(chart.get("chart_id"), str):
                self.sources[chart["chart_id"]] = chart.pop(SOURCE_KEY, None)
                self.done[chart["chart_id"]] = chart
            else:
                self.dropped += 1
        if keep < len(raw):
            self._fh.truncate(keep)
            os.fsync(self._fh.fileno())
        self._fh.seek(0, os.SEEK_END)
        return True

    def append(self, line: bytes) -> None:
        """One finished chart's `encode_line`: in the file (a killed scan keeps it) before the scan goes
        on, on the disk within SYNC_EVERY seconds."""
        self._write(line, sync=time.monotonic() - self._synced >= SYNC_EVERY)

    _synced = 0.0

    def _write(self, data: bytes, sync: bool) -> None:
        try:
            self._fh.write(data)
            self._fh.flush()
            if sync:
                self._sync()
        except OSError as exc:
            from ..results import named

            raise named(exc, self.path) from None

    def _sync(self) -> None:
        os.fsync(self._fh.fileno())
        self._synced = time.monotonic()

    def sync(self) -> None:
        """Everything written, on the disk (the end of a scan)."""
        try:
            self._sync()
        except OSError as exc:
            from ..results import named

            raise named(exc, self.path) from None

    def close(self) -> None:
        """Best effort on the way out (an interrupted scan): what the system holds survives the process."""
        try:
            if not self._fh.closed:
                self._sync()
        except OSError:
            pass
        self._close()

    def _close(self) -> None:
        try:
            self._fh.close()  # releases the lock
        except OSError:
            pass  # a write that failed (a full disk) has raised already, naming the file; do not hide it


def busy_message(path: Path) -> str:
    return f"another scan is writing to {path.parent}; wait for it or use another output folder"


def in_use(path: Path) -> bool:
    """Whether a running scan holds this journal (its lock), without touching the file."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)  # releases the probe's lock, if it got one


def encode_line(data: dict) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("ascii") + b"\n"


def _parse(line: bytes) -> dict | None:
    try:
        data = json.loads(line)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _difference(old: dict, new: dict) -> str:
    keys = [k for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]
    return ", ".join(f"{k} was {old.get(k)!r}, now {new.get(k)!r}" for k in keys[:3])


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


