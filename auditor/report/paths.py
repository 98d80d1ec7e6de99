"""Chart ids -> safe, unique file names for `charts/<name>.html`, and the dashboard's links to them.

A chart id is a folder name and may hold anything a file system allows (markup, spaces, dots, non-ASCII).
The file name keeps [A-Za-z0-9._-], replaces the rest with '_', never starts with '.', and is unique
case-insensitively (so reports survive copying to macOS or Windows).
"""

from __future__ import annotations

import re
from urllib.parse import quote

INDEX, WORKLIST, CHARTS_DIR = "index.html", "worklist.csv", "charts"  # what write_reports puts in OUT

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
MAX_STEM = 100


def safe_stem(chart_id: str) -> str:
    stem = _UNSAFE.sub("_", chart_id or "")[:MAX_STEM].strip(".")
    if not stem:
        stem = "chart"
    if stem.split(".")[0].lower() in _RESERVED:
        stem = "_" + stem
    return stem


def chart_file_names(charts: list[dict]) -> list[str]:
    """One '<stem>.html' per chart, in the charts' order; collisions get '-2', '-3', ..."""
    used: set[str] = set()
    names = []
    for chart in charts:
        stem = safe_stem(str(chart.get("chart_id", "")))
        candidate, n = stem, 1
        while candidate.lower() in used:
            n += 1
            candidate = f"{stem}-{n}"
        used.add(candidate.lower())
        names.append(candidate + ".html")
    return names


def chart_hrefs(charts: list[dict], folder: str = CHARTS_DIR) -> list[str]:
    """Relative links from index.html to each chart report (URL-quoted, though safe names need none)."""
    return [f"{folder}/{quote(name)}" for name in chart_file_names(charts)]
