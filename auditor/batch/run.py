"""What the parent tracks while charts come back, whichever backend audits them."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..discover import fingerprint
from .config import OnChart
from .journal import SOURCE_KEY, Journal, encode_line


@dataclass
class Run:
    journal: Journal
    results: dict[str, dict]
    total: int
    on_chart: OnChart | None
    workers: dict[int, dict] = field(default_factory=dict)  # pid -> that worker's latest stats
    read_ahead: dict[str, int] = field(default_factory=dict)  # documents read ahead, their cache and timeout counts
    crashes: int = 0
    first_result_s: float | None = None
    t0: float = field(default_factory=time.perf_counter)
    root: Path | None = None  # where the chart folders are (to fingerprint a chart a worker could not)
    redact: bool = False  # mask patient identifiers before the chart is written anywhere, or shown

    def finished(self, chart: dict, stats: dict | None = None) -> None:
        source = chart.pop(SOURCE_KEY, None)
        if source is None and self.root is not None:
            source = fingerprint(self.root / chart["chart_id"])
        if self.redact:
            from ..report.redact import redact_chart

            chart = redact_chart(chart)
        line = encode_line({**chart, SOURCE_KEY: source})
        self.journal.append(line)
        chart = json.loads(line)  # exactly what resume will read back
        chart.pop(SOURCE_KEY)
        self.results[chart["chart_id"]] = chart
        if stats:
            self.workers[stats["pid"]] = stats
        if self.first_result_s is None:
            self.first_result_s = time.perf_counter() - self.t0
        if self.on_chart is not None:
            self.on_chart(chart, len(self.results), self.total)

    def timeouts(self) -> int:
        return sum(w.get("timeouts", 0) for w in self.workers.values()) + self.read_ahead.get("timeouts", 0)

    def cache_counts(self) -> dict:
        """Per-worker counters are cumulative, so the last report of each worker is summed."""
        total = {"hits": 0, "misses": 0, "writes": 0, "errors": 0, "locked": 0}
        for counts in [w.get("cache", {}) for w in self.workers.values()] + [self.read_ahead]:
            for key in total:
                total[key] += counts.get(key, 0)
        return total
