"""Batch scans: every chart under a folder, in parallel, streamed to disk, resumable, incremental.

    from auditor.batch import scan
    data = scan(Path("charts"), Path("out"), jobs=4, resume=True)

How it works
- The parent lists the chart folders (`discover.root_entries`) and hands them to a backend: a process
  pool (pool.py; `jobs=1` runs everything in this process, for debugging) or a Dask cluster
  (cluster.py). A worker (worker.py) reads one chart, audits it and sends back its plain
  `chart_dict`; the spaCy pipeline is built once per worker process, or once in the parent when
  workers are forked from it (with a read-ahead process using that time: readahead.py).
- Every finished chart is appended to `OUT/charts.jsonl` (journal.py) as one JSON line, written the
  moment it arrives and fsynced at least every second and at the end. `resume=True` keeps the charts
  that file already holds (a truncated last line, from a kill or power loss, is cut off), audits only
  the others, and writes the same
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
- A worker that dies (native crash, os._exit, the watchdog, the OOM killer) costs its chart only: the
  chart gets a `worker-crash` problem and the scan goes on (pool.py).
- `scheduler="tcp://host:8786"` runs the same per-chart function on a Dask distributed cluster.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from .. import cache as cache_mod
from ..checklist import Checklist, load_checklist
from ..discover import root_entries
from ..limits import DEFAULT_LIMITS, Limits
from ..report.redact import REDACTED
from ..results import dumps, now, results_dict, write_atomic
from .cluster import run_dask
from .config import Config, OnChart, ScanError
from .journal import Journal
from .outdir import CACHE, JOURNAL, RESULTS, clear_reports, open_folder
from .plan import header, job_count, no_charts, prepared_cache, still_valid
from .pool import run_pool
from .run import Run
from .worker import Worker, failed_chart


def scan(
    root: Path,
    out_dir: Path,
    *,
    checklist: str | Path | Checklist = "imrt-lcd",
    roster: dict[str, str] | None = None,
    jobs: int | None = None,
    resume: bool = False,
    force: bool = False,
    redact: bool = False,
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
    `resume`: keep the charts OUT/charts.jsonl holds whose folders have not changed since.
    `force`: replace an earlier scan's outputs in OUT (refused otherwise; the cache is kept).
    `redact`: patient identifiers are masked before anything is written (journal, results, callback).
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
    charts, skipped = root_entries(root)  # names only; documents are read one chart at a time
    if not charts:
        raise ScanError(no_charts(root, skipped))
    checklist = checklist if isinstance(checklist, Checklist) else load_checklist(checklist)
    roster = dict(roster or {})
    warnings: list[str] = []
    jobs = job_count(jobs, scheduler, warnings)
    open_folder(out, resume, force)
    started = now()
    t0 = time.perf_counter()

    cache_file = prepared_cache(Path(cache_path).resolve() if cache_path else out / CACHE, warnings) if use_cache else None
    config = Config(checklist, roster, str(cache_file) if cache_file else None, cache_mod.tool_fingerprint(), doc_timeout,
                    charges_file=str(Path(charges_file).resolve()) if charges_file else None, limits=limits)
    journal = Journal(out / JOURNAL, header(checklist, roster, root, charges_file, redact), resume)
    try:
        clear_reports(out)
        results, changed = still_valid(journal, root, {c.name for c in charts})
        todo = [c for c in charts if c.name not in results]
        run = Run(journal, results, len(charts), on_chart, t0=t0, root=root, redact=redact)
        backend = _run_backend(todo, config, run, scheduler, jobs, chart_timeout or max(600.0, 10 * (doc_timeout or 0)))
        journal.sync()
    finally:
        journal.close()

    info = {
        "started": started,
        "finished": now(),
        "seconds": round(time.perf_counter() - t0, 3),
        "backend": backend,
        "jobs": jobs,
        "charts_resumed": len(charts) - len(todo),
        "charts_audited": len(todo),
        "charts_changed_since_journal": changed,
        "journal_lines_dropped": journal.dropped,
        **_run_counts(run, cache_file),
        "warnings": warnings + _cache_warnings(run, cache_file),
    }
    entries = [{"path": REDACTED if redact else s.path, "code": s.code, "reason": s.reason} for s in skipped]
    data = results_dict([results[cid] for cid in sorted(results)], checklist, info, skipped=entries)
    if charges_file is not None:
        data["charge_file_problems"] = _charge_file_problems(charges_file, data, redact)
    write_atomic(out / RESULTS, dumps(data))
    return data


def _run_counts(run: Run, cache_file: Path | None) -> dict:
    return {
        "worker_crashes": run.crashes,
        "first_result_s": None if run.first_result_s is None else round(run.first_result_s, 3),
        "peak_rss_mb_per_worker": round(max((w["peak_rss_kb"] for w in run.workers.values()), default=0) / 1024, 1),
        "workers": len(run.workers),
        "document_timeouts": run.timeouts(),
        "documents_read_ahead": run.read_ahead.get("documents", 0),
        "cache": run.cache_counts() if cache_file else None,
    }


def _run_backend(todo: list[Path], config: Config, run: Run, scheduler, jobs: int, chart_timeout: float) -> str:
    if todo and scheduler is not None:
        run_dask(todo, config, run, scheduler, jobs)
        return "dask"
    if todo and jobs == 1:
        _run_here(todo, config, run)
        return "in-process"
    if todo:
        run_pool(todo, replace(config, hard_kill=True), run, min(jobs, len(todo)), chart_timeout)
        return "processes"
    return "none"


def _charge_file_problems(path: Path, data: dict, redact: bool) -> list[dict]:
    """Rows of the billing export that belong to no chart (or to none at all) are reported, not dropped.
    Their chart ids may be patients' names, which no chart's identity can mask: redacted whole."""
    from ..charges import read_batch

    _, problems = read_batch(path, [c["chart_id"] for c in data["charts"]])
    out = [p.to_dict() for p in problems]
    if redact:
        for p in out:
            if p["chart_id"]:
                p["message"] = p["message"].replace(p["chart_id"], REDACTED)
                p["chart_id"] = REDACTED
    return out


def _cache_warnings(run: Run, cache_file: Path | None) -> list[str]:
    locked = run.cache_counts()["locked"] if cache_file else 0
    if not locked:
        return []
    return [f"the cache {cache_file} was locked by another program during the scan: {locked} process(es) went on "
            "without it (results are the same, only slower); the file was left as it is"]


def _run_here(todo: list[Path], config: Config, run: Run) -> None:
    worker = Worker(config)
    try:
        for chart in todo:
            run.finished(worker.audit(chart), worker.stats())
    finally:
        worker.close()


__all__ = ["scan", "ScanError", "Config", "Worker", "failed_chart", "JOURNAL", "RESULTS", "CACHE"]
