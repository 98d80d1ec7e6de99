"""One chart, start to finish, in whichever process runs it: read each document (through the cache,
under the per-document time limit), audit the chart, return its plain `chart_dict`.

`Reader` is the reading half and never imports spaCy, so the read-ahead process (readahead.py) can
use it while the parent is still building the pipeline; `Worker` adds the `Auditor`.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import threading
import time
import traceback
from pathlib import Path

from .. import cache as cache_mod
from ..audit import chart_problems
from ..discover import chart_files
from ..ingest import FORMATS, ingest
from ..models import ChartResult, Document, Problem
from ..results import chart_dict
from .config import Config

HUNG_EXIT = 86  # exit status of a worker ended by its watchdog
HARD_FACTOR, HARD_GRACE_S = 1.5, 5.0  # the watchdog's deadline: limit x factor + grace
AUDITING = "\0auditing"  # trace marker: past reading, in the matching and evaluation
Early = dict  # a chart's documents read ahead: relative path -> (Document, fresh)


class _DocTimeout(BaseException):
    """Raised inside a reader when its time is up; BaseException so readers' `except Exception` let it by."""


def _on_alarm(signum, frame):
    raise _DocTimeout()


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedules `exc` in another thread (None cancels a pending one): CPython's PyThreadState_SetAsyncExc."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class Watchdog(threading.Thread):
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


class Reader:
    """Reads documents: from the cache when their bytes were read before, else under the time limit."""

    def __init__(self, config: Config, watchdog: Watchdog | None = None):
        self.config = config
        self.cache = None
        if config.cache_path:
            self.cache = cache_mod.Cache(Path(config.cache_path), config.tool,
                                         f"{config.checklist.id}@{config.checklist.version}")
        self.watchdog = watchdog
        self.timeouts = 0

    def document(self, path: Path, chart_dir: Path, trace: Path | None = None) -> Document:
        doc, fresh = self.read(path, chart_dir, trace)
        if fresh:
            self.remember(doc)
        return doc

    def read(self, path: Path, chart_dir: Path, trace: Path | None = None) -> tuple[Document, bool]:
        """The document, and whether it was newly read (then whoever keeps it should cache it)."""
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
                    return hit, False
        doc = self._timed_ingest(path, chart_dir)
        if doc is None:
            self.timeouts += 1
            return self._timeout_document(path, rel, data), False
        return doc, True

    def remember(self, doc: Document) -> None:
        if self.cache is not None:
            self.cache.put(doc)

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


class Worker(Reader):
    """Per process (or per thread under Dask): a Reader plus the Auditor (and so the spaCy engine).

    `auditor`: one already built (by the parent before it forked this process), else one is built here.
    """

    def __init__(self, config: Config, watchdog: Watchdog | None = None, auditor=None):
        super().__init__(config, watchdog)
        self.auditor = auditor if auditor is not None else build_auditor(config)

    def audit(self, chart_dir: Path, trace: Path | None = None, early: Early | None = None) -> dict:
        """One chart -> its chart_dict; an unexpected error becomes a chart-level problem, never raised.

        `early`: documents of this chart already read by the read-ahead process; the rest are read here.
        """
        chart_dir = Path(chart_dir)
        try:
            files, skipped = chart_files(chart_dir)
            documents = [self._early_or_read(f, chart_dir, trace, early) for f in files]
            if trace is not None:
                trace.write_text(AUDITING, encoding="utf-8")
            result = self.auditor.audit_documents(documents, chart_dir.name, chart_problems(skipped, documents))
            return self.auditor.record(result, chart_dir)
        except Exception as exc:  # noqa: BLE001 - one chart's bug must not end a night's batch
            return failed_chart(chart_dir.name, "internal-error",
                                f"auditing this chart failed with an internal error ({_where(exc)}); "
                                "the chart was not audited: please report this")

    def _early_or_read(self, path: Path, chart_dir: Path, trace: Path | None, early: Early | None) -> Document:
        found = early.get(_relative(path, chart_dir)) if early else None
        if found is None:
            return self.document(path, chart_dir, trace)
        doc, fresh = found
        if fresh:
            self.remember(doc)
        return doc


def build_auditor(config: Config):
    """The Auditor for this configuration, its spaCy engine built now rather than inside the first chart."""
    from ..audit import Auditor

    charges = Path(config.charges_file) if config.charges_file else None
    auditor = Auditor(config.checklist, config.roster, charges, config.limits)
    auditor.engine  # noqa: B018
    return auditor


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




def cap_memory(megabytes: int) -> None:
    """A decompression or page bomb hits this cap as a MemoryError in one document, not the OOM killer."""
    import resource

    if megabytes:
        limit = megabytes * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
