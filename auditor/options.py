"""Command-line values checked when they are parsed: a bad one is a usage error (exit 2) that says what
is accepted, never a scan in which every chart fails (`--doc-timeout nan`) or every PDF is "corrupt"
(`--max-pages 0`). And the roster file an option names, read or refused in plain words."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

# What a batch worker needs before it reads a document: its address space once the language pipeline
# is loaded was 289-349 MB in a scan of the samples on Linux x86-64; below this floor it cannot even
# start (the run-time check in batch/pool.py compares with the real figure).
MIN_WORKER_MEMORY_MB = 512


def _number(text: str, kind: type) -> float | int:
    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a {'whole ' if kind is int else ''}number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


def above_zero(kind: type, unit: str):
    """Seconds, megabytes, pages, jobs: a finite number above 0."""

    def parse(text: str):
        value = _number(text, kind)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be more than 0 {unit} (got {text})")
        return value

    parse.__name__ = unit  # argparse names the type in its own messages
    return parse


def worker_memory_mb(text: str) -> int:
    value = _number(text, int)
    if value != 0 and value < MIN_WORKER_MEMORY_MB:
        raise argparse.ArgumentTypeError(
            f"{text} MB is below what a worker needs: its address space is about 350 MB before it reads a document; "
            f"give at least {MIN_WORKER_MEMORY_MB}, or 0 for no cap")
    return value


REPORT_SUFFIXES = {".html": "HTML", ".htm": "HTML", ".json": "JSON"}


def report_file(text: str) -> Path:
    """`audit -o FILE`: the report is HTML or JSON, and the name must say which (not HTML in a .docx)."""
    path = Path(text)
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise argparse.ArgumentTypeError(f"'{text}': the report is written as HTML (.html, .htm) or JSON (.json); "
                                         "give a file name ending in one of those")
    return path


def load_roster(path: Path | None):
    """The `--roster` file as a `people.Roster` (empty without one); a file that cannot be used is a
    ValueError in plain words (people.RosterError)."""
    from .people import Roster, load_roster as read_roster

    return read_roster(path) if path is not None else Roster()
