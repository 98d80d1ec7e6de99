"""One chart, start to finish, in whichever process runs it: read each document (through the cache,
under the per-document time limit), audit the chart, return its plain `chart_dict`.

`Reader` is the reading half (the time limit itself is in timelimit.py) and never imports spaCy,
so the read-ahead process (readahead.py) can use it while the parent is still building the
pipeline; `Worker` adds the `Auditor`.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from pathlib import Path

from .. import cache as cache_mod
from ..audit import chart_problems
from ..discover import chart_files, fingerprint
from ..ingest import FORMATS, ingest
from ..models import ChartResult, Document, Problem
from ..results import chart_dict
from .config import Config
from .journal import SOURCE_KEY
from .timelimit import Watchdog, within

AUDITING = "\0auditing"  # trace marker: past reading, in the matching and evaluation
Early = dict  # a chart's documents read ahead: relative path -> (Document, fresh)


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
        rel = relative(path, chart_dir)
        if trace is not None:  # only when a chart is re-run alone after a crash: who was being read
            trace.write_text(rel, encoding="utf-8", errors="surrogateescape")
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
        doc, timed_out = within(self.config.doc_timeout, lambda: ingest(path, chart_dir, self.config.limits),
                                self.watchdog)
        if timed_out:
            self.timeouts += 1
            return self._timeout_document(path, rel, data), False
        return doc, True

    def remember(self, doc: Document) -> None:
        if self.cache is not None:
            self.cache.put(doc)

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
            source = fingerprint(chart_dir, files, skipped)  # before reading: a later change means read again
            documents = [self._early_or_read(f, chart_dir, trace, early) for f in files]
            if trace is not None:
                trace.write_text(AUDITING, encoding="utf-8")
            result = self.auditor.audit_documents(documents, chart_dir.name, chart_problems(skipped, documents))
            return {**self.auditor.record(result, chart_dir), SOURCE_KEY: source}
        except Exception as exc:  # noqa: BLE001 - one chart's bug must not end a night's batch
            return failed_chart(chart_dir.name, "internal-error",
                                f"auditing this chart failed with an internal error ({_where(exc)}); "
                                "the chart was not audited: please report this")

    def _early_or_read(self, path: Path, chart_dir: Path, trace: Path | None, early: Early | None) -> Document:
        found = early.get(relative(path, chart_dir)) if early else None
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


def relative(path: Path, chart_dir: Path) -> str:
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


def _proc_status_kb(field: str) -> int:
    """A figure from /proc/self/status in KiB; 0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def address_space_mb() -> int:
    """This process's address space (VmSize) in MB, what RLIMIT_AS counts; 0 where unknown."""
    return _proc_status_kb("VmSize") // 1024


def peak_rss_kb() -> int:
    """This process's peak resident set (VmHWM), in KiB; 0 where /proc is not available."""
    if kb := _proc_status_kb("VmHWM"):
        return kb
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
