"""Per-document limits: a document over one becomes a document problem and the batch goes on.

Defaults are generous for real charts (a plan report is tens of pages and a few MB) and small enough
that one hostile file cannot hold a worker for long; the CLI can raise them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 100 * 1024 * 1024  # a file larger than this is not read
    max_pages: int = 2000  # pages read from one PDF; the rest are reported
    doc_timeout: float = 60.0  # seconds to read one document (enforced by the batch workers)
    worker_memory_mb: int = 3072  # address space of one batch worker; past it a document fails, not the machine


DEFAULT_LIMITS = Limits()


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"
