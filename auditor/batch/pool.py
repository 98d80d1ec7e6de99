"""The process-pool backend: charts run in parallel worker processes, a crash costs one chart.

Where processes fork, the parent builds the Auditor once before the pool starts and every worker
inherits it, while a read-ahead process reads the first charts (readahead.py); elsewhere (spawn)
each worker builds its own in the pool initializer. At most IN_FLIGHT_PER_JOB x jobs charts are in
flight; the parent never holds a chart's documents beyond those read ahead.

A worker that dies (native crash, os._exit, the watchdog, the OOM killer) breaks a
ProcessPoolExecutor for every chart in flight. The pool is recreated and those charts are run again
one at a time in a one-worker pool: the innocent ones finish normally, the one that breaks it again
becomes a chart with a `worker-crash` problem (naming the document being read when it died), and the
scan goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .config import Config, ScanError
from .forking import child_signals, signals_held
from .readahead import ReadAhead
from .run import Run
from .timelimit import Watchdog
from .worker import AUDITING, Early, Worker, address_space_mb, build_auditor, cap_memory, failed_chart

IN_FLIGHT_PER_JOB = 2
MAX_CRASHES_IN_A_ROW = 5  # workers that die on every chart: something is wrong with the setup, stop
WORKER_START_S = 120.0  # a new worker builds the pipeline (about 2 s); one that never answers is a broken setup
READING_HEADROOM_MB = 128  # address space a worker needs beyond what it inherits, to read a document

# Module level, so forked workers inherit them and the pool pickles its functions by reference.
_WORKER: Worker | None = None
_PREBUILT: tuple[Config, object] | None = None  # (config, Auditor) built in the parent before forking


def _init_worker(config: Config) -> None:
    global _WORKER
    child_signals()
    watchdog = Watchdog() if config.hard_kill else None
    if watchdog is not None:  # before the cap: a thread that cannot get its stack never signals it started
        watchdog.start()
    cap_memory(config.limits.worker_memory_mb)
    auditor = _PREBUILT[1] if _PREBUILT is not None and _PREBUILT[0] is config else None
    _WORKER = Worker(config, watchdog, auditor)


def _pool_chart(chart_dir: str, trace: str | None = None, early: Early | None = None) -> tuple[dict, dict]:
    assert _WORKER is not None, "worker not initialised"
    chart = _WORKER.audit(Path(chart_dir), Path(trace) if trace else None, early)
    return chart, _WORKER.stats()


def run_pool(todo: list[Path], config: Config, run: Run, jobs: int, chart_timeout: float) -> None:
    global _PREBUILT
    pending = iter(todo)
    try:
        early = _prepare(todo, config, run) if _mp_context().get_start_method() == "fork" else {}
        _check_memory_cap(config.limits.worker_memory_mb)
        while True:
            pool = _new_pool(config, jobs)
            suspects: list[Path] = []
            ok = False
            try:
                suspects, hung = _drive(pool, pending, jobs * IN_FLIGHT_PER_JOB, run, chart_timeout, early)
                ok = not hung
            finally:
                _stop(pool, kill=not ok)
            if not suspects:
                return
            _isolate(suspects, config, run, chart_timeout)
    finally:
        _PREBUILT = None  # the parent may live on (a GUI, a test session): let the pipeline go


def _prepare(todo: list[Path], config: Config, run: Run) -> dict[str, Early]:
    """Builds the Auditor here, once, for the forked workers to inherit, while a read-ahead process
    reads the first charts; returns what it read. If building fails here, the workers try again in
    their initializer and fail the way a scan always has."""
    global _PREBUILT
    ahead = ReadAhead(todo, config, _mp_context())
    try:
        try:
            _PREBUILT = (config, build_auditor(config))
        except Exception:  # noqa: BLE001 - reported by the workers, with the crash handling they have
            _PREBUILT = None
        early, run.read_ahead = ahead.collect()
        return early
    finally:
        ahead.close()  # after collect(), or when building was interrupted (Ctrl-C)


def _check_memory_cap(megabytes: int) -> None:
    """A forked worker starts with this process's address space: a cap below it (plus room to read a
    document) would fail every chart, or hang a worker whose threads cannot start; refuse it instead."""
    inherited = address_space_mb()
    needed = inherited + READING_HEADROOM_MB
    if megabytes and inherited and megabytes < needed:
        raise ScanError(f"a worker memory cap of {megabytes} MB is below what a worker needs here: about {needed} MB "
                        f"({inherited} MB of address space with the pipeline loaded, plus {READING_HEADROOM_MB} MB "
                        "to read a document); raise --worker-memory-mb, or give 0 for no cap")


def _mp_context():
    """fork where there is one: workers start at once and inherit the Auditor the parent built."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _new_pool(config: Config, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_mp_context(), initializer=_init_worker, initargs=(config,))


def _stop(pool: ProcessPoolExecutor, kill: bool) -> None:
    if kill:  # Ctrl-C, an error or a hung worker: do not wait for the charts in flight (they are redone)
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                process.terminate()
            except (OSError, AttributeError):
                pass
    pool.shutdown(wait=not kill, cancel_futures=True)


def _drive(pool: ProcessPoolExecutor, pending, limit: int, run: Run, chart_timeout: float,
           early: dict[str, Early]) -> tuple[list[Path], bool]:
    """Feeds the pool. Returns the charts in flight if it broke (a worker died) or a chart ran longer
    than `chart_timeout` (a worker stuck where neither the alarm nor its watchdog can reach, e.g. a
    regular expression backtracking while holding the GIL), with True for the latter; else ([], False).
    """
    in_flight: dict = {}
    started: dict = {}  # future -> when it was first seen running (handed to a worker)
    while True:
        while len(in_flight) < limit:
            chart = next(pending, None)
            if chart is None:
                break
            try:
                with signals_held():  # the first submit forks the workers
                    in_flight[pool.submit(_pool_chart, str(chart), None, early.pop(str(chart), None))] = chart
            except BrokenProcessPool:  # a worker died since the last wait: this chart was never sent
                return sorted([*in_flight.values(), chart]), False
        if not in_flight:
            return [], False
        done, _ = wait(in_flight, timeout=1.0, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            chart = in_flight.pop(future)
            started.pop(future, None)
            try:
                result, stats = future.result()
            except BrokenProcessPool:
                broken = True
                in_flight[future] = chart  # a suspect, with the others still in flight
                continue
            run.finished(result, stats)
        if broken:
            return sorted(in_flight.values()), False
        now = time.monotonic()
        for future in in_flight:
            if future.running():
                started.setdefault(future, now)
        if any(now - t > chart_timeout for t in started.values()):
            return sorted(in_flight.values()), True


def _isolate(suspects: list[Path], config: Config, run: Run, chart_timeout: float) -> None:
    """Runs each chart that was in flight when a worker died or hung alone, to find the one that did it."""
    queue = deque(suspects)
    in_a_row = 0
    trace = run.journal.path.parent / f".trace-{os.getpid()}"
    while queue:
        pool = _new_pool(config, 1)
        ok = False
        try:
            try:  # the worker is up (pipeline built) before the chart's clock starts
                with signals_held():
                    started = pool.submit(int)
                started.result(timeout=WORKER_START_S)
            except (BrokenProcessPool, FutureTimeout):
                raise ScanError(f"a worker process did not start within {WORKER_START_S:g} s (or died starting); "
                                "the setup is broken (memory cap, file descriptors, the Python environment), "
                                "not the charts") from None
            while queue:
                chart = queue[0]
                trace.unlink(missing_ok=True)
                try:
                    result, stats = pool.submit(_pool_chart, str(chart), str(trace)).result(timeout=chart_timeout)
                except (BrokenProcessPool, FutureTimeout) as exc:
                    queue.popleft()
                    run.crashes += 1
                    in_a_row += 1
                    hung = isinstance(exc, FutureTimeout)
                    run.finished(_crash_chart(chart.name, trace, chart_timeout if hung else None))
                    if in_a_row >= MAX_CRASHES_IN_A_ROW:
                        raise ScanError(f"the worker process died on {in_a_row} charts in a row; "
                                        "the setup is broken (see the errors above), not the charts") from None
                    break  # this pool is broken or stuck: start another for the rest
                queue.popleft()
                in_a_row = 0
                run.finished(result, stats)
            else:
                ok = True
        finally:
            trace.unlink(missing_ok=True)
            _stop(pool, kill=not ok)


def _crash_chart(chart_id: str, trace: Path, hung_after: float | None = None) -> dict:
    try:
        step = trace.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        step = ""
    if step == AUDITING:
        where = " while matching its text (all documents had been read)"
    else:
        where = f" while reading {step}" if step else ""
    if hung_after is not None:
        return failed_chart(chart_id, "chart-timeout",
                            f"auditing this chart did not finish within {hung_after:g} s{where} and was stopped; "
                            "the chart was not audited: check that document by hand")
    return failed_chart(chart_id, "worker-crash",
                        f"the process auditing this chart stopped abruptly{where} (a crash, the memory limit, or a "
                        "reader that hung and was stopped); the chart was not audited: check that document by hand")


