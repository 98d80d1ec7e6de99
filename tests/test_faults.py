"""Faults around a scan: a memory cap too small to start a worker, workers that never start, a cache
locked by another program. Each ends within a bound the test asserts, never as a hang."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from auditor import batch
from auditor import cache as cache_mod

from .test_batch import make_charts


@pytest.fixture(scope="module")
def charts(tmp_path_factory) -> Path:
    return make_charts(tmp_path_factory.mktemp("faults") / "charts")


def _scan_bounded(charts: Path, out: Path, bound_s: float, setup: str = "", **kwargs) -> subprocess.CompletedProcess:
    """batch.scan(charts, out, **kwargs) in its own interpreter, after `setup` (a patch), stopped after
    `bound_s`: a hang shows as a failed bound, not a stuck suite. A ScanError exits 2 with its message."""
    args = ", ".join(f"{k}={v}" for k, v in kwargs.items())
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from auditor import batch
        from auditor.limits import Limits
        {setup}
        try:
            batch.scan(Path({str(charts)!r}), Path({str(out)!r}), {args})
        except batch.ScanError as exc:
            print(exc, file=sys.stderr)
            sys.exit(2)
        """)
    try:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=bound_s)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the scan did not end within {bound_s} s")


@pytest.mark.parametrize("megabytes", [100, 300])
def test_a_worker_memory_cap_below_what_a_worker_needs_is_refused_not_a_hang(charts, tmp_path, megabytes):
    """The parent's address space, which a forked worker inherits, is ~290 MB with the pipeline loaded:
    below it (plus room to read) the worker's watchdog thread could not start and the pool waited forever."""
    proc = _scan_bounded(charts, tmp_path, 60, jobs=2, limits=f"Limits(worker_memory_mb={megabytes})")
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert f"cap of {megabytes} MB is below what a worker needs here: about" in proc.stderr


def test_workers_that_never_start_end_the_scan_within_a_bound(charts, tmp_path):
    """A worker initializer that never returns: the parent's chart backstop, then a bounded wait for a
    fresh worker, end the scan with a clear error instead of waiting forever."""
    setup = ("import time; from auditor.batch import pool; pool.WORKER_START_S = 3\n"
             "        pool._init_worker = lambda config: time.sleep(3600)")
    proc = _scan_bounded(charts, tmp_path, 60, setup=setup, jobs=2, use_cache=False, chart_timeout=2)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "did not start within 3 s" in proc.stderr


LOCKERS = {
    # another scan (or any writer) in the middle of a write: readers go on in WAL mode, writers wait
    "writing": "conn.execute('BEGIN IMMEDIATE')",
    # a connection in exclusive locking mode: nobody else may even read, and SQLite says 'database is locked'
    "exclusive": "conn.execute('PRAGMA locking_mode=EXCLUSIVE'); conn.execute('BEGIN EXCLUSIVE')",
}


@pytest.mark.parametrize("how", LOCKERS)
def test_a_cache_locked_by_another_program_is_waited_for_briefly_then_left_alone(charts, tmp_path, how):
    out = tmp_path / "out"
    batch.scan(charts, out, jobs=1)  # a cache holding every document
    rows = cache_mod.count(out / batch.CACHE)
    charts = Path(shutil.copytree(charts, tmp_path / "charts"))
    with (charts / "c00" / "qa.txt").open("a") as fh:  # one document to read and cache again
        fh.write("Addendum: none.\n")
    locker = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(out / batch.CACHE)!r}, isolation_level=None)
        {LOCKERS[how]}
        print("locked", flush=True)
        time.sleep(120)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        started = time.monotonic()
        data = batch.scan(charts, out, jobs=2, force=True)
        seconds = time.monotonic() - started
    finally:
        locker.kill()
        locker.wait()
    assert seconds < 40, f"{seconds:.0f} s: the scan waited on the lock"  # was ~120 s per document
    assert len(data["charts"]) == 6
    warnings = data["run"]["warnings"]
    assert len(warnings) == 1 and "locked by another program" in warnings[0], warnings
    assert cache_mod.count(out / batch.CACHE) == rows  # still there, never taken for corruption and deleted


def _in_a_small_tmpfs(out: Path, command: list[str], kilobytes: int) -> subprocess.CompletedProcess:
    """`command` in a private mount namespace where `out` is a tmpfs of `kilobytes` (as root, or in a user
    namespace); skips where neither is allowed."""
    mount = f"mount -t tmpfs -o size={kilobytes}k tmpfs {shlex.quote(str(out))} && exec {shlex.join(command)}"
    for prefix in (["unshare", "-m"], ["unshare", "-r", "-m"]):
        probe = subprocess.run([*prefix, "sh", "-c", f"mount -t tmpfs tmpfs {shlex.quote(str(out))}"], capture_output=True)
        if probe.returncode == 0:
            return subprocess.run([*prefix, "sh", "-c", mount], capture_output=True, text=True, timeout=120)
    pytest.skip("no mount namespace to make a small tmpfs in")


def test_a_full_disk_is_an_error_naming_the_file(charts, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    proc = _in_a_small_tmpfs(out, [sys.executable, "-m", "auditor.cli", "scan", str(charts), "-o", str(out),
                                   "--jobs", "1", "--no-cache", "--quiet"], kilobytes=24)
    assert proc.returncode == 2, proc.stderr[-2000:]
    error = [line for line in proc.stderr.splitlines() if line.startswith("chart-audit: error:")]
    assert error and "No space left on device" in error[0] and str(out) in error[0], proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
