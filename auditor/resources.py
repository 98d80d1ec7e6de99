"""The one place that knows where the bundled checklists and templates live.

In a wheel they are copied to `auditor/_data/` (see pyproject's force-include); in a source checkout
or an editable install they sit at the top of the repository, beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(kind: str) -> Path:
    installed = _PACKAGE / "_data" / kind
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / kind


def checklists_dir() -> Path:
    return data_dir("checklists")


def templates_dir() -> Path:
    return data_dir("templates")


def checklist_path(name_or_path: str | Path = "imrt-lcd") -> Path:
    """A bundled checklist by name ("imrt-lcd"), or any YAML file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yaml", ".yml"} and candidate.exists():
        return candidate
    return checklists_dir() / f"{name_or_path}.yaml"
