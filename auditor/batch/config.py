"""What every part of a scan shares: the worker configuration, the one error a scan raises, and the
progress callback's type."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..checklist import Checklist
from ..limits import DEFAULT_LIMITS, Limits

OnChart = Callable[[dict, int, "int | None"], None]


class ScanError(RuntimeError):
    """The scan cannot go on (not a chart problem: every chart problem is recorded, never raised)."""


@dataclass(frozen=True)
class Config:
    """Everything a worker needs to audit charts exactly like every other worker (picklable)."""

    checklist: Checklist
    roster: dict = field(default_factory=dict)
    cache_path: str | None = None
    tool: str = ""
    doc_timeout: float | None = 60.0
    hard_kill: bool = False  # pool workers only: the watchdog may end the process
    charges_file: str | None = None  # --charges: a batch billing export
    limits: Limits = DEFAULT_LIMITS
