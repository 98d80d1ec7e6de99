"""The Dask backend: the same per-chart function on a Dask distributed cluster, whose workers read the
charts from a path they share (a network mount, say)."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

from .config import Config
from .pool import IN_FLIGHT_PER_JOB
from .run import Run
from .worker import Worker, failed_chart

_DASK_WORKERS: dict[str, threading.local] = {}
_DASK_LOCK = threading.Lock()


def _dask_chart(chart_dir: str, config: Config, token: str) -> tuple[dict, dict]:
    """Runs on a Dask worker: one Worker per worker thread and scan (spaCy objects are not shared)."""
    with _DASK_LOCK:
        local = _DASK_WORKERS.setdefault(token, threading.local())
    worker = getattr(local, "worker", None)
    if worker is None:
        worker = local.worker = Worker(_worker_side_config(config))
    chart = worker.audit(Path(chart_dir))
    stats = worker.stats()
    stats["pid"] = f"{stats['pid']}:{threading.get_ident()}"
    return chart, stats


def _worker_side_config(config: Config) -> Config:
    """A cache file the worker cannot open (another machine's path) is dropped, not fatal."""
    if config.cache_path and not Path(config.cache_path).parent.is_dir():
        return replace(config, cache_path=None)
    return config


def run_dask(todo: list[Path], config: Config, run: Run, scheduler, jobs: int) -> None:
    from distributed import Client, as_completed

    token = hashlib.sha256(f"{time.time_ns()}-{os.getpid()}".encode()).hexdigest()[:16]
    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    try:
        limit = max(jobs, sum(client.nthreads().values()) or 1) * IN_FLIGHT_PER_JOB
        pending = iter(todo)
        config_future = client.scatter(config, broadcast=True)
        names: dict = {}

        def submit(chart: Path):
            future = client.submit(_dask_chart, str(chart), config_future, token, pure=False,
                                   key=f"chart-audit-{token}-{chart.name}")
            names[future] = chart
            return future

        stream = as_completed([submit(c) for c in _take(pending, limit)])
        for future in stream:
            chart = names.pop(future)
            try:
                result, stats = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost with the chart, or a kill
                run.crashes += 1
                result, stats = failed_chart(chart.name, "worker-crash",
                                             f"the cluster could not audit this chart ({type(exc).__name__}); "
                                             "the chart was not audited"), None
            run.finished(result, stats)
            future.release()
            nxt = next(pending, None)
            if nxt is not None:
                stream.add(submit(nxt))
    finally:
        if own:
            client.close()


def _take(it, n: int) -> list:
    out = []
    for item in it:
        out.append(item)
        if len(out) >= n:
            break
    return out


