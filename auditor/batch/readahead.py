"""Reading ahead while the pipeline is built: the first ~2 s of a pool scan, put to use.

Before a forking pool starts, the parent imports spaCy and builds the Auditor once (about 1.7 s),
so every worker inherits it instead of building its own. A process that has not imported spaCy
reads the first charts' documents meanwhile, on the core that would otherwise wait. When the
parent is ready, it stops that process and hands what it read to the workers with the charts.

It only ever saves time: a document it did not finish (stopped, crashed, stuck) is read by the
worker as usual, and each document is still looked up in the cache, counted and cached once.
"""

from __future__ import annotations

from pathlib import Path

from ..discover import chart_files
from .config import Config
from .forking import child_signals, signals_held
from .timelimit import Watchdog
from .worker import Early, Reader, cap_memory, relative

IDLE_S = 0.25  # once stopped, wait this long for its next document before giving up on it
MAX_CHARTS = 200  # what it may hold: the parent is normally ready after a few dozen
COUNTED = ("hits", "misses", "errors", "locked", "timeouts")


class ReadAhead:
    """A process reading `charts` in order; `collect()` stops it and returns what it read."""

    def __init__(self, charts: list[Path], config: Config, context):
        self._queue = context.Queue()
        self._stop = context.Event()
        self._process = context.Process(target=_read_ahead, args=(charts, config, self._queue, self._stop),
                                        name="chart-auditor-read-ahead", daemon=True)
        with signals_held():
            self._process.start()

    def collect(self) -> tuple[dict[str, Early], dict[str, int]]:
        """{chart path: {relative path: (Document, fresh)}}, and how many documents that is with their
        cache and timeout counts. Waits at most IDLE_S for the document in progress; `close()` then
        ends the process if it is still reading."""
        self._stop.set()
        early: dict[str, Early] = {}
        counts = dict.fromkeys(COUNTED + ("documents",), 0)
        try:
            while (item := self._queue.get(timeout=IDLE_S)) is not None:
                chart, rel, doc, fresh, delta = item
                early.setdefault(chart, {})[rel] = (doc, fresh)
                for key in counts:
                    counts[key] += delta.get(key, 0)
        except Exception:  # noqa: BLE001 - queue.Empty, EOFError, a garbled item
            pass  # still reading, stuck, gone or garbled: the workers read the rest
        return early, counts

    def close(self) -> None:
        """Ends the process (if it is still running) and releases the queue."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._queue.close()
        self._queue.cancel_join_thread()


def _read_ahead(charts: list[Path], config: Config, out, stop) -> None:
    """In the read-ahead process: each document with what reading it did to the counters."""
    child_signals()
    Watchdog().start()  # ends this process if the scan is killed: it must not linger, nor block on its queue
    cap_memory(config.limits.worker_memory_mb)  # after the thread start, which needs room for its stack
    reader = Reader(config)
    try:
        for chart in charts[:MAX_CHARTS]:
            files, _ = chart_files(chart)
            for path in files:
                if stop.is_set():
                    return
                before = _counts(reader)
                doc, fresh = reader.read(path, chart)
                after = _counts(reader)
                delta = {key: after.get(key, 0) - before.get(key, 0) for key in COUNTED}
                out.put((str(chart), relative(path, chart), doc, fresh, {**delta, "documents": 1}))
    except Exception:  # noqa: BLE001 - whatever failed here fails again, and is reported, in a worker
        return
    finally:
        reader.close()
        out.put(None)


def _counts(reader: Reader) -> dict[str, int]:
    cache = reader.cache.stats() if reader.cache is not None else {}
    return {**cache, "timeouts": reader.timeouts}
