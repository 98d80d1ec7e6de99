"""Batch scans: every chart under a folder, in parallel, streamed to disk, resumable, incremental.

    from auditor.batch import scan
    data = scan(Path("charts"), Path("out"), jobs=4, resume=True)

How it works
- The parent lists the chart folders (`discover.chart_dirs`), keeps at most 2 x jobs charts in flight
  in a process pool and never holds documents: a worker reads one chart, audits it and sends back its
  plain `chart_dict`. Each worker builds its `Auditor` (and so the spaCy engine) once, in the pool
  initializer. `jobs=1` runs everything in this process, for debugging.
- Every finished chart is appended to `OUT/charts.jsonl` as one JSON line, flushed and fsynced, the
  moment it arrives. `resume=True` keeps the charts that file already holds (a truncated last line,
  from a kill or power loss, is cut off), audits only the others, and writes the same
  `OUT/results.json` an uninterrupted run writes: charts sorted by id, run-specific facts (times,
  jobs, cache counts, memory) only in the `run` field. The file's first line records what the scan
  was (tool, checklist, roster, root); resuming a different scan into the same folder is refused.
- `OUT/cache.sqlite` (see cache.py) maps each file's sha256 to what was read from it, so a re-scan
  skips the extraction of every unchanged document.
- Time limit per document: in a pool worker (and in-process when called from the main thread) the
  reader runs under a SIGALRM timer; on expiry the document becomes a `timeout` problem and the
  chart goes on. In other threads (Dask workers) an asynchronous exception does the same. Both act
  between Python bytecodes; a reader stuck inside native code that cannot be interrupted is caught by
  a watchdog thread in each pool worker, which ends the process after 1.5 x the limit + 5 s.
- A worker that dies (native crash, os._exit, the watchdog, the OOM killer) breaks a
  ProcessPoolExecutor for every chart in flight. The pool is recreated and those charts are run again
  one at a time in a one-worker pool: the innocent ones finish normally, the one that breaks it again
  becomes a chart with a `worker-crash` problem (naming the document being read when it died), and
  the scan goes on.
- `scheduler="tcp://host:8786"` runs the same per-chart function on a Dask distributed cluster.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from . import cache as cache_mod
from .audit import chart_problems
from .checklist import Checklist, load_checklist
from .limits import DEFAULT_LIMITS, Limits
from .discover import chart_dirs, chart_files
from .ingest import FORMATS, ingest
from .models import ChartResult, Document, Problem
from .results import chart_dict, dumps, results_dict, write_atomic

JOURNAL = "charts.jsonl"
RESULTS = "results.json"
CACHE = "cache.sqlite"
HEADER_KEY = "chart_auditor_scan"
IN_FLIGHT_PER_JOB = 2
HUNG_EXIT = 86  # exit status of a worker ended by its watchdog
HARD_FACTOR, HARD_GRACE_S = 1.5, 5.0  # the watchdog's deadline: limit x factor + grace
AUDITING = "\0auditing"  # trace marker: past reading, in the matching and evaluation
MAX_CRASHES_IN_A_ROW = 5  # workers that die on every chart: something is wrong with the setup, stop

OnChart = Callable[[dict, int, "int | None"], None]


class ScanError(RuntimeError):
    """The scan cannot go on (not a chart problem: every chart problem is recorded, never raised)."""


# ----------------------------------------------------------------------------------------------
# What a worker needs, and what it does with one chart


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


class _DocTimeout(BaseException):
    """Raised inside a reader when its time is up; BaseException so readers' `except Exception` let it by."""


def _on_alarm(signum, frame):
    raise _DocTimeout()


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedules `exc` in another thread (None cancels a pending one): CPython's PyThreadState_SetAsyncExc."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class _Watchdog(threading.Thread):
    """Ends a pool worker whose reader overran its hard deadline, or whose parent has gone away."""

    def __init__(self):
        super().__init__(name="chart-auditor-watchdog", daemon=True)
        self.deadline: float | None = None
        self.parent = os.getppid()

    def run(self) -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != self.parent:  # the scan was killed: do not linger as an orphan
                os._exit(HUNG_EXIT)
            deadline = self.deadline
            if deadline is not None and time.monotonic() > deadline:
                os._exit(HUNG_EXIT)


class Worker:
    """Per process (or per thread under Dask): the Auditor, the cache connection, the time limit."""

    def __init__(self, config: Config, watchdog: _Watchdog | None = None):
        from .audit import Auditor

        self.config = config
        charges = Path(config.charges_file) if config.charges_file else None
        self.auditor = Auditor(config.checklist, config.roster, charges, config.limits)
        self.auditor.engine  # noqa: B018 - build spaCy now, once, not inside the first chart
        self.cache = None
        if config.cache_path:
            self.cache = cache_mod.Cache(Path(config.cache_path), config.tool,
                                         f"{config.checklist.id}@{config.checklist.version}")
        self.watchdog = watchdog
        self.timeouts = 0

    def audit(self, chart_dir: Path, trace: Path | None = None) -> dict:
        """One chart -> its chart_dict; an unexpected error becomes a chart-level problem, never raised."""
        chart_dir = Path(chart_dir)
        try:
            files, skipped = chart_files(chart_dir)
            documents = [self.document(f, chart_dir, trace) for f in files]
            if trace is not None:
                trace.write_text(AUDITING, encoding="utf-8")
            result = self.auditor.audit_documents(documents, chart_dir.name, chart_problems(skipped, documents))
            return self.auditor.record(result, chart_dir)
        except Exception as exc:  # noqa: BLE001 - one chart's bug must not end a night's batch
            return failed_chart(chart_dir.name, "internal-error",
                                f"auditing this chart failed with an internal error ({_where(exc)}); "
                                "the chart was not audited: please report this")

    def document(self, path: Path, chart_dir: Path, trace: Path | None = None) -> Document:
        rel = _relative(path, chart_dir)
        if trace is not None:  # only when a chart is re-run alone after a crash: who was being read
            trace.write_text(rel, encoding="utf-8")
        data = None
        if self.cache is not None:
            try:
                data = path.read_bytes()
            except OSError:
                data = None  # ingest reports why the file cannot be read
            if data is not None:
                hit = self.cache.get(hashlib.sha256(data).hexdigest(), rel)
                if hit is not None:
                    return hit
        doc = self._timed_ingest(path, chart_dir)
        if doc is None:
            self.timeouts += 1
            return self._timeout_document(path, rel, data)
        if self.cache is not None:
            self.cache.put(doc)
        return doc

    def _timed_ingest(self, path: Path, chart_dir: Path) -> Document | None:
        """ingest() under the time limit; None when the limit was reached."""
        limit = self.config.doc_timeout
        if not limit or limit <= 0:
            return ingest(path, chart_dir, self.config.limits)
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            return self._alarm_ingest(path, chart_dir, limit)
        return self._thread_ingest(path, chart_dir, limit)

    def _alarm_ingest(self, path: Path, chart_dir: Path, limit: float) -> Document | None:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        try:
            try:
                self._arm(limit)
                signal.setitimer(signal.ITIMER_REAL, limit)
                return ingest(path, chart_dir, self.config.limits)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                self._disarm()
        except _DocTimeout:
            return None
        finally:
            signal.signal(signal.SIGALRM, previous)

    def _thread_ingest(self, path: Path, chart_dir: Path, limit: float) -> Document | None:
        """Like _alarm_ingest for threads that cannot take signals: a timer raises in this thread."""
        tid = threading.get_ident()
        lock = threading.Lock()
        state = {"done": False, "fired": False}

        def expire():
            with lock:
                if not state["done"]:
                    state["fired"] = True
                    _async_raise(tid, _DocTimeout)

        timer = threading.Timer(limit, expire)
        timer.daemon = True
        try:
            try:
                timer.start()
                return ingest(path, chart_dir, self.config.limits)
            finally:
                timer.cancel()
                with lock:
                    state["done"] = True
                if state["fired"]:
                    _async_raise(tid, None)  # not delivered yet: cancel it
        except _DocTimeout:
            return None

    def _arm(self, limit: float) -> None:
        if self.watchdog is not None:
            self.watchdog.deadline = time.monotonic() + limit * HARD_FACTOR + HARD_GRACE_S

    def _disarm(self) -> None:
        if self.watchdog is not None:
            self.watchdog.deadline = None

    def _timeout_document(self, path: Path, rel: str, data: bytes | None) -> Document:
        if data is None:
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
        limit = self.config.doc_timeout
        return Document(
            path=rel,
            sha256=hashlib.sha256(data).hexdigest() if data else "",
            format=FORMATS.get(path.suffix.lower(), "unknown"),
            size=len(data),
            problems=(Problem("timeout", f"reading this document took longer than {limit:g} s; it was not read"),),
        )

    def stats(self) -> dict:
        return {"pid": os.getpid(), "peak_rss_kb": peak_rss_kb(), "timeouts": self.timeouts,
                "cache": self.cache.stats() if self.cache else {}}

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()


def _relative(path: Path, chart_dir: Path) -> str:
    try:
        return path.relative_to(chart_dir).as_posix()
    except ValueError:
        return path.name


def _where(exc: BaseException) -> str:
    """Exception type and innermost source line: enough for a bug report, never document text."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"{type(exc).__name__} at {Path(last.filename).name}:{last.lineno}"


def failed_chart(chart_id: str, code: str, message: str) -> dict:
    """A chart that could not be audited: no findings, one chart-level problem, verdict needs_review."""
    return chart_dict(ChartResult(chart_id, (), (), {}, (Problem(code, message),)))


def peak_rss_kb() -> int:
    """This process's peak resident set (VmHWM), in KiB; 0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except (ImportError, OSError):
        return 0


# Pool worker entry points (module level: they are pickled by reference).

_WORKER: Worker | None = None


def _cap_memory(megabytes: int) -> None:
    """A decompression or page bomb hits this cap as a MemoryError in one document, not the OOM killer."""
    import resource

    if megabytes:
        limit = megabytes * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _init_worker(config: Config) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _cap_memory(config.limits.worker_memory_mb)
    watchdog = _Watchdog() if config.hard_kill else None
    _WORKER = Worker(config, watchdog)
    if watchdog is not None:
        watchdog.start()


def _pool_chart(chart_dir: str, trace: str | None = None) -> tuple[dict, dict]:
    assert _WORKER is not None, "worker not initialised"
    chart = _WORKER.audit(Path(chart_dir), Path(trace) if trace else None)
    return chart, _WORKER.stats()


# ----------------------------------------------------------------------------------------------
# The journal: charts.jsonl


class Journal:
    """Append-only, one chart per line, fsynced; the first line says which scan it belongs to."""

    def __init__(self, path: Path, header: dict, resume: bool):
        self.path = path
        self.done: dict[str, dict] = {}
        self.dropped = 0  # damaged lines ignored on resume
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._fh = os.fdopen(fd, "r+b")
        try:
            try:  # two scans writing one journal would interleave (or erase) each other's charts
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise ScanError(f"another scan is writing to {path.parent}; wait for it or use another output folder") from None
            if not (resume and self._load(header)):
                self._start(header)
        except BaseException:
            self._fh.close()
            raise
        _fsync_dir(path.parent)

    def _start(self, header: dict) -> None:
        self._fh.seek(0)
        self._fh.truncate()
        self._write(_line({HEADER_KEY: header}))

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
                self.done[chart["chart_id"]] = chart
            else:
                self.dropped += 1
        if keep < len(raw):
            self._fh.truncate(keep)
            os.fsync(self._fh.fileno())
        self._fh.seek(0, os.SEEK_END)
        return True

    def append(self, line: bytes) -> None:
        """One finished chart's `_line`, durable before the scan goes on."""
        self._write(line)

    def _write(self, data: bytes) -> None:
        self._fh.write(data)
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        self._fh.close()  # releases the lock


def _line(data: dict) -> bytes:
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


# ----------------------------------------------------------------------------------------------
# scan()


@dataclass
class _Run:
    """What the parent tracks while charts come back."""

    journal: Journal
    results: dict[str, dict]
    total: int
    on_chart: OnChart | None
    workers: dict[int, dict] = field(default_factory=dict)
    crashes: int = 0
    first_result_s: float | None = None
    t0: float = field(default_factory=time.perf_counter)

    def finished(self, chart: dict, stats: dict | None = None) -> None:
        line = _line(chart)
        self.journal.append(line)
        chart = json.loads(line)  # exactly what resume will read back
        self.results[chart["chart_id"]] = chart
        if stats:
            self.workers[stats["pid"]] = stats
        if self.first_result_s is None:
            self.first_result_s = time.perf_counter() - self.t0
        if self.on_chart is not None:
            self.on_chart(chart, len(self.results), self.total)


def scan(
    root: Path,
    out_dir: Path,
    *,
    checklist: str | Path | Checklist = "imrt-lcd",
    roster: dict[str, str] | None = None,
    jobs: int | None = None,
    resume: bool = False,
    use_cache: bool = True,
    doc_timeout: float | None = 60.0,
    on_chart: OnChart | None = None,
    scheduler=None,
    cache_path: Path | None = None,
    chart_timeout: float | None = None,
    charges_file: Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> dict:
    """Audits every chart folder under `root`; writes OUT/charts.jsonl as it goes and OUT/results.json.

    Returns the results dict (`results.results_dict` shape). `on_chart(chart_dict, done, total)` is
    called in this process as each chart finishes (`done` counts charts resumed from the journal).
    `scheduler`: a Dask scheduler address ("tcp://host:8786") or a `distributed.Client`.
    `cache_path`: where the extraction cache lives (default OUT/cache.sqlite).
    `chart_timeout`: backstop for a chart stuck where the per-document limit cannot act (default
    max(600 s, 10 x doc_timeout)); such a chart gets a `chart-timeout` problem (process pool only).
    """
    root, out = Path(root).resolve(), Path(out_dir).resolve()
    if not root.is_dir():
        raise ValueError(f"{root}: not a folder")
    if out == root or root in out.parents:
        raise ValueError(f"{out_dir}: the output folder must not be inside the folder being scanned ({root})")
    checklist = checklist if isinstance(checklist, Checklist) else load_checklist(checklist)
    roster = dict(roster or {})
    jobs = max(1, jobs or _cpus())
    out.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    t0 = time.perf_counter()

    tool = cache_mod.tool_fingerprint()
    cache_file = None
    if use_cache:
        cache_file = Path(cache_path).resolve() if cache_path else out / CACHE
        cache_mod.prepare(cache_file)
    config = Config(checklist, roster, str(cache_file) if cache_file else None, tool, doc_timeout,
                    charges_file=str(Path(charges_file).resolve()) if charges_file else None, limits=limits)

    header = {
        "tool_version": __version__,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "roster": hashlib.sha256(json.dumps(sorted(roster.items())).encode()).hexdigest()[:16],
        "root": str(root),
        "charges": _file_hash(charges_file),
    }
    journal = Journal(out / JOURNAL, header, resume)
    try:
        charts = list(chart_dirs(root))  # names only; documents are read one chart at a time
        ids = {c.name for c in charts}
        results = {cid: chart for cid, chart in journal.done.items() if cid in ids}
        todo = [c for c in charts if c.name not in results]
        run = _Run(journal, results, len(charts), on_chart, t0=t0)
        if todo and scheduler is not None:
            backend = "dask"
            _run_dask(todo, config, run, scheduler, jobs)
        elif todo and jobs == 1:
            backend = "in-process"
            _run_here(todo, config, run)
        elif todo:
            backend = "processes"
            chart_timeout = chart_timeout or max(600.0, 10 * (doc_timeout or 0))
            _run_pool(todo, replace_config(config, hard_kill=True), run, min(jobs, len(todo)), chart_timeout)
        else:
            backend = "none"
    finally:
        journal.close()

    charts_out = [results[cid] for cid in sorted(results)]
    seconds = time.perf_counter() - t0
    info = {
        "started": started,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(seconds, 3),
        "backend": backend,
        "jobs": jobs,
        "charts_resumed": len(charts) - len(todo),
        "charts_audited": len(todo),
        "journal_lines_dropped": journal.dropped,
        "worker_crashes": run.crashes,
        "first_result_s": None if run.first_result_s is None else round(run.first_result_s, 3),
        "peak_rss_mb_per_worker": round(max((w["peak_rss_kb"] for w in run.workers.values()), default=0) / 1024, 1),
        "workers": len(run.workers),
        "document_timeouts": sum(w.get("timeouts", 0) for w in run.workers.values()),
        "cache": _sum_cache(run.workers.values()) if use_cache else None,
    }
    data = results_dict(charts_out, checklist, info)
    write_atomic(out / RESULTS, dumps(data))
    return data


def _file_hash(path: Path | None) -> str:
    """A resumed scan must not mix charts checked against an older billing export."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16] if path else ""


def replace_config(config: Config, **changes) -> Config:
    from dataclasses import replace

    return replace(config, **changes)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _sum_cache(workers: Iterable[dict]) -> dict:
    """Per-worker counters are cumulative, so the last report of each worker is summed."""
    total = {"hits": 0, "misses": 0, "writes": 0, "errors": 0}
    for w in workers:
        for key, value in w.get("cache", {}).items():
            total[key] = total.get(key, 0) + value
    return total


# In this process -------------------------------------------------------------------------------


def _run_here(todo: list[Path], config: Config, run: _Run) -> None:
    worker = Worker(config)
    try:
        for chart in todo:
            run.finished(worker.audit(chart), worker.stats())
    finally:
        worker.close()


# In a process pool ----------------------------------------------------------------------------


def _mp_context():
    """fork where there is one: workers start at once and inherit the imported libraries."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _preload() -> None:
    """Import spaCy and medspaCy once in the parent, so each forked worker only builds its pipeline."""
    try:
        import spacy  # noqa: F401

        from .nlp import context_classes

        context_classes()
    except ImportError:
        pass


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


def _run_pool(todo: list[Path], config: Config, run: _Run, jobs: int, chart_timeout: float) -> None:
    if _mp_context().get_start_method() == "fork":
        _preload()
    pending = iter(todo)
    while True:
        pool = _new_pool(config, jobs)
        suspects: list[Path] = []
        ok = False
        try:
            suspects, hung = _drive(pool, pending, jobs * IN_FLIGHT_PER_JOB, run, chart_timeout)
            ok = not hung
        finally:
            _stop(pool, kill=not ok)
        if not suspects:
            return
        _isolate(suspects, config, run, chart_timeout)


def _drive(pool: ProcessPoolExecutor, pending, limit: int, run: _Run, chart_timeout: float) -> tuple[list[Path], bool]:
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
                in_flight[pool.submit(_pool_chart, str(chart))] = chart
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


def _isolate(suspects: list[Path], config: Config, run: _Run, chart_timeout: float) -> None:
    """Runs each chart that was in flight when a worker died or hung alone, to find the one that did it."""
    queue = deque(suspects)
    in_a_row = 0
    trace = run.journal.path.parent / f".trace-{os.getpid()}"
    while queue:
        pool = _new_pool(config, 1)
        ok = False
        try:
            pool.submit(int).result()  # the worker is up (pipeline built) before the clock starts
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
        step = trace.read_text(encoding="utf-8")
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


# On a Dask cluster -----------------------------------------------------------------------------

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
        return replace_config(config, cache_path=None)
    return config


def _run_dask(todo: list[Path], config: Config, run: _Run, scheduler, jobs: int) -> None:
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


__all__ = ["scan", "ScanError", "Config", "Worker", "failed_chart", "JOURNAL", "RESULTS", "CACHE"]
