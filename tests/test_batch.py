"""Batch scans: parallel = serial, resume = uninterrupted, the cache, the time limit, worker crashes.

Charts are small text folders written into tmp_path; the slow and crashing readers are monkeypatched
(the pool forks, so a patch made here is what the workers run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from auditor import batch
from auditor import cache as cache_mod
from auditor.results import chart_dict

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool tests rely on fork")

PLAN = """SYNTHETIC - FOR TESTING ONLY
Patient Name: {name}   MRN: {mrn}   DOB: 02/03/1950
IMRT TREATMENT PLAN

Prescription: PTV_70 70 Gy in 35 fractions to the {site}.
Dose constraints: spinal cord Dmax < 45 Gy; parotid mean dose < 26 Gy.
IMRT rather than 3D conformal planning is needed because the target is in close proximity to the spinal cord.
I reviewed the dose volume histograms for the targets and all critical structures; coverage is acceptable.
The isodose distributions were reviewed on the axial CT images slice by slice.
\f
BEAM ARRANGEMENT
Field | Gantry | MU
1 | 180 | 120.5
2 | 220 | 98.2
3 | 260 | 101.0
{signature}
"""
QA = """SYNTHETIC - FOR TESTING ONLY
Patient Name: {name}   MRN: {mrn}
PHYSICS QA
Patient specific IMRT QA was performed with ArcCHECK; gamma pass rate 98.7% at 3%/2mm.
Medical Physicist: Li Wei, MS, DABR   Date: 01/16/2025
Reviewed by: {md}, MD   Date: 01/17/2025
"""
SIGNED = "Electronically signed by {md}, MD on 01/15/2025 14:32"
BLANK = "Physician signature: ____________________   Date: ______"


def make_charts(root: Path, count: int = 5) -> Path:
    """`count` small charts; one unsigned, one with a skipped hidden file, and one empty folder."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        chart = root / f"c{i:02d}"
        chart.mkdir()
        md = ["Jane Roe", "Omar Testa", "Priya Sample"][i % 3]
        sig = (BLANK if i == 1 else SIGNED).format(md=md)
        values = dict(name=f"DOE{i}, JOHN", mrn=f"{123400 + i}", site=["prostate", "larynx"][i % 2], md=md, signature=sig)
        (chart / "plan_note.txt").write_text(PLAN.format(**values), encoding="utf-8")
        (chart / "qa.txt").write_text(QA.format(**values), encoding="utf-8")
        if i == 2:
            (chart / ".DS_Store").write_bytes(b"\0")
            (chart / "notes").mkdir()
            (chart / "notes" / "week1.txt").write_text(f"Week 1 on-treatment visit.\n{sig}\n", encoding="utf-8")
    (root / "empty").mkdir()
    return root


@pytest.fixture(scope="module")
def charts(tmp_path_factory) -> Path:
    return make_charts(tmp_path_factory.mktemp("batch") / "charts")


@pytest.fixture(scope="module")
def reference(charts, tmp_path_factory) -> tuple[Path, dict]:
    """An uninterrupted in-process run, compared against by the other tests."""
    out = tmp_path_factory.mktemp("reference")
    return out, batch.scan(charts, out, jobs=1)


def without_run(path: Path) -> bytes:
    """results.json up to its last field, `run` (times and counters): the part that must not differ."""
    data = path.read_bytes()
    cut = data.rindex(b'\n  "run": ')
    return data[:cut]


def journal_lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / batch.JOURNAL).read_bytes().splitlines()]


def test_reference_run_covers_every_chart(charts, reference):
    out, data = reference
    ids = [c["chart_id"] for c in data["charts"]]
    assert ids == ["c00", "c01", "c02", "c03", "c04", "empty"]
    verdicts = {c["chart_id"]: c["verdict"] for c in data["charts"]}
    assert verdicts["c00"] == "ready" and verdicts["c01"] == "hold"  # c01's plan signature is blank
    empty = next(c for c in data["charts"] if c["chart_id"] == "empty")
    assert [p["code"] for p in empty["problems"]] == ["empty-chart"]
    c02 = next(c for c in data["charts"] if c["chart_id"] == "c02")
    assert [d["path"] for d in c02["documents"]] == ["plan_note.txt", "qa.txt", "notes/week1.txt"]
    assert [p["code"] for p in c02["problems"]] == ["skipped"]
    assert json.loads((out / batch.RESULTS).read_text()) == data
    assert data["run"]["charts_audited"] == 6 and data["run"]["backend"] == "in-process"
    # the journal: a header line, then one line per chart
    lines = journal_lines(out)
    assert batch.journal.HEADER_KEY in lines[0] and sorted(c["chart_id"] for c in lines[1:]) == ids


def test_same_as_auditing_each_chart(charts, reference, auditor):
    """The batch worker reads and audits a chart exactly as Auditor.audit_chart does."""
    _, data = reference
    for chart in data["charts"]:
        expected = json.loads(json.dumps(chart_dict(auditor.audit_chart(charts / chart["chart_id"]))))
        assert chart == expected


def test_two_processes_give_the_same_bytes(charts, reference, tmp_path):
    ref_out, _ = reference
    progress = []
    data = batch.scan(charts, tmp_path, jobs=2, on_chart=lambda c, done, total: progress.append((c["chart_id"], done, total)))
    assert data["run"]["backend"] == "processes" and data["run"]["workers"] == 2
    assert without_run(tmp_path / batch.RESULTS) == without_run(ref_out / batch.RESULTS)
    assert [done for _, done, _ in progress] == [1, 2, 3, 4, 5, 6]
    assert {total for _, _, total in progress} == {6}
    assert sorted(cid for cid, _, _ in progress) == ["c00", "c01", "c02", "c03", "c04", "empty"]
    assert 0 < data["run"]["peak_rss_mb_per_worker"] < 2000


def test_resume_after_a_truncated_journal(charts, reference, tmp_path):
    """A kill mid-write leaves half a line: it is cut off and only the missing charts are audited."""
    ref_out, _ = reference
    lines = (ref_out / batch.JOURNAL).read_bytes().splitlines(keepends=True)
    header, done = lines[0], lines[1:3]
    (tmp_path / batch.JOURNAL).write_bytes(header + b"".join(done) + lines[3][: len(lines[3]) // 2])
    audited = []
    data = batch.scan(charts, tmp_path, jobs=2, resume=True, on_chart=lambda c, n, t: audited.append((c["chart_id"], n)))
    kept = {json.loads(line)["chart_id"] for line in done}
    assert {cid for cid, _ in audited} == {"c00", "c01", "c02", "c03", "c04", "empty"} - kept
    assert [n for _, n in audited] == [3, 4, 5, 6]  # progress counts the resumed charts
    assert data["run"]["charts_resumed"] == 2
    assert without_run(tmp_path / batch.RESULTS) == without_run(ref_out / batch.RESULTS)
    assert len(journal_lines(tmp_path)) == 7  # every line parses: the broken one is gone


def test_resume_after_the_process_is_killed(charts, reference, tmp_path):
    """SIGKILL right after the second chart is journaled (workers running); resume finishes the job."""
    ref_out, _ = reference
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from auditor.batch import scan
        def on_chart(chart, done, total):
            if done == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        scan(Path({str(charts)!r}), Path({str(tmp_path)!r}), jobs=2, on_chart=on_chart)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    assert not (tmp_path / batch.RESULTS).exists()
    assert len(journal_lines(tmp_path)) == 3  # header + the two charts finished before the kill
    data = batch.scan(charts, tmp_path, jobs=2, resume=True)
    assert data["run"]["charts_resumed"] == 2 and data["run"]["charts_audited"] == 4
    assert without_run(tmp_path / batch.RESULTS) == without_run(ref_out / batch.RESULTS)


def test_resume_refuses_a_journal_of_another_scan(charts, tmp_path):
    batch.scan(charts, tmp_path / "out", jobs=1, use_cache=False)
    other = make_charts(tmp_path / "other", count=2)
    with pytest.raises(batch.ScanError, match="different scan"):
        batch.scan(other, tmp_path / "out", jobs=1, resume=True)
    # replacing it (force) starts the journal over
    data = batch.scan(other, tmp_path / "out", jobs=1, use_cache=False, force=True)
    assert data["summary"]["charts"] == 3 and len(journal_lines(tmp_path / "out")) == 4


def test_second_run_reads_every_document_from_the_cache(charts, reference, tmp_path, monkeypatch):
    first = batch.scan(charts, tmp_path, jobs=2)
    documents = first["summary"]["documents"]
    assert cache_mod.count(tmp_path / batch.CACHE) == documents == 11
    assert first["run"]["cache"]["misses"] == documents

    def no_reading(path, chart_root=None, limits=None):
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(batch.worker, "ingest", no_reading)
    second = batch.scan(charts, tmp_path, jobs=2, force=True)
    assert second["run"]["cache"]["hits"] == documents and second["run"]["cache"]["misses"] == 0
    assert without_run(tmp_path / batch.RESULTS) == without_run(reference[0] / batch.RESULTS)


def test_a_changed_document_is_read_again_and_nothing_else(tmp_path, monkeypatch):
    root = make_charts(tmp_path / "charts", count=3)
    batch.scan(root, tmp_path / "out", jobs=1)
    note = root / "c00" / "qa.txt"
    note.write_text(note.read_text() + "\nAddendum: QA repeated after a couch shift.\n", encoding="utf-8")
    read = []
    real = batch.worker.ingest
    monkeypatch.setattr(batch.worker, "ingest", lambda path, chart_root=None, limits=None: read.append(path.name) or real(path, chart_root))
    data = batch.scan(root, tmp_path / "out", jobs=1, force=True)
    assert read == ["qa.txt"]
    assert data["run"]["cache"] == {"hits": 6, "misses": 1, "writes": 1, "errors": 0, "locked": 0}
    assert cache_mod.count(tmp_path / "out" / batch.CACHE) == 8


def test_no_cache_means_no_cache_file(charts, tmp_path):
    data = batch.scan(charts, tmp_path, jobs=1, use_cache=False)
    assert not (tmp_path / batch.CACHE).exists() and data["run"]["cache"] is None


def test_a_damaged_cache_file_is_replaced(charts, reference, tmp_path):
    (tmp_path / batch.CACHE).write_bytes(b"this is not a database" * 100)
    batch.scan(charts, tmp_path, jobs=1)
    assert cache_mod.count(tmp_path / batch.CACHE) == 11
    assert without_run(tmp_path / batch.RESULTS) == without_run(reference[0] / batch.RESULTS)


def slow_reader_for(name: str, seconds: float):
    """Wraps the text reader: `name` spins in Python for `seconds` (interruptible, as a slow parser is)."""
    from auditor.ingest import text

    real = text.read

    def read(path, data):
        if path.name == name:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                sum(range(1000))
        return real(path, data)

    return read


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_slow_document_becomes_a_timeout_problem(tmp_path, monkeypatch, jobs):
    from auditor.ingest import text

    root = make_charts(tmp_path / "charts", count=2)
    monkeypatch.setattr(text, "read", slow_reader_for("qa.txt", 30))
    started = time.monotonic()
    data = batch.scan(root, tmp_path / "out", jobs=jobs, doc_timeout=0.5)
    assert time.monotonic() - started < 20
    for chart in data["charts"][:2]:
        docs = {d["path"]: d for d in chart["documents"]}
        assert docs["qa.txt"]["problems"] == [{
            "code": "timeout", "message": "reading this document took longer than 0.5 s; it was not read", "page": None}]
        assert docs["qa.txt"]["pages"] == 0 and len(docs["qa.txt"]["sha256"]) == 64
        assert docs["plan_note.txt"]["pages"] == 2 and docs["plan_note.txt"]["problems"] == []
        dosimetric = next(f for f in chart["findings"] if f["requirement"] == "dosimetric-verification")
        assert dosimetric["status"] == "needs_review"  # the QA was in the document that could not be read
    assert data["run"]["document_timeouts"] == 2
    assert cache_mod.count(tmp_path / "out" / batch.CACHE) == 2  # the timed-out documents are not cached


def test_the_time_limit_also_works_off_the_main_thread(tmp_path, monkeypatch):
    """Called from another thread (a GUI, a Dask worker) the limit uses an asynchronous exception."""
    from auditor.ingest import text

    root = make_charts(tmp_path / "charts", count=1)
    monkeypatch.setattr(text, "read", slow_reader_for("qa.txt", 30))
    box = {}
    thread = threading.Thread(target=lambda: box.update(data=batch.scan(root, tmp_path / "out", jobs=1, doc_timeout=0.5)))
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    docs = {d["path"]: d for d in box["data"]["charts"][0]["documents"]}
    assert [p["code"] for p in docs["qa.txt"]["problems"]] == ["timeout"]
    assert docs["plan_note.txt"]["pages"] == 2


def hanging_reader(when):
    """Wraps the reader: where `when(path, chart_root)`, it ignores the alarm and spins forever, as
    native code that never returns to Python would."""
    import signal

    real = batch.worker.ingest

    def ingest(path, chart_root=None, limits=None):
        if chart_root is not None and when(path, chart_root):
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            while True:
                sum(range(1000))
        return real(path, chart_root)

    return ingest


def reads_logged_to(log: Path):
    """Wraps the reader: each read appends "<process name> <chart>/<file>" to `log` (from any process)."""
    import multiprocessing

    real = batch.worker.ingest

    def ingest(path, chart_root=None, limits=None):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{multiprocessing.current_process().name} {chart_root.name}/{path.name}\n")
        return real(path, chart_root)

    return ingest


@pytest.mark.parametrize("use_cache", [True, False])
def test_documents_read_ahead_are_audited_once_and_like_the_rest(charts, reference, tmp_path, monkeypatch, use_cache):
    """While the parent builds the pipeline, the read-ahead process reads the first charts; the
    workers audit them from what it read: same results, each document read and cached once."""
    real_build = batch.pool.build_auditor

    def slow_build(config):
        time.sleep(3)  # long enough for the read-ahead process to read all 11 documents
        return real_build(config)

    log = tmp_path / "reads.log"
    monkeypatch.setattr(batch.pool, "build_auditor", slow_build)
    monkeypatch.setattr(batch.worker, "ingest", reads_logged_to(log))
    data = batch.scan(charts, tmp_path / "out", jobs=2, use_cache=use_cache)
    assert without_run(tmp_path / "out" / batch.RESULTS) == without_run(reference[0] / batch.RESULTS)
    reads = log.read_text(encoding="utf-8").splitlines()
    expected = [f"{c}/{f}" for c in ["c00", "c01", "c02", "c03", "c04"] for f in ["plan_note.txt", "qa.txt"]]
    assert sorted(r.split()[1] for r in reads) == sorted(expected + ["c02/week1.txt"])
    assert {r.split()[0] for r in reads} == {"chart-auditor-read-ahead"}
    assert data["run"]["documents_read_ahead"] == 11
    if use_cache:
        assert data["run"]["cache"] == {"hits": 0, "misses": 11, "writes": 11, "errors": 0, "locked": 0}
        assert cache_mod.count(tmp_path / "out" / batch.CACHE) == 11


def test_a_stuck_read_ahead_costs_nothing(charts, reference, tmp_path, monkeypatch):
    """The read-ahead process hangs on c01 (no alarm reaches it): the parent stops waiting for it,
    and the workers read c01 themselves."""
    import multiprocessing

    in_read_ahead = multiprocessing.current_process
    monkeypatch.setattr(batch.worker, "ingest", hanging_reader(
        lambda path, chart: in_read_ahead().name == "chart-auditor-read-ahead" and chart.name == "c01"))
    started = time.monotonic()
    data = batch.scan(charts, tmp_path, jobs=2, doc_timeout=0.5)
    assert time.monotonic() - started < 30
    assert without_run(tmp_path / batch.RESULTS) == without_run(reference[0] / batch.RESULTS)
    assert data["run"]["cache"]["misses"] == 11 and data["run"]["cache"]["writes"] == 11
    assert data["run"]["document_timeouts"] == 0
    assert data["run"]["documents_read_ahead"] <= 2  # c00's, read before it hung on c01


def test_a_crashing_worker_costs_one_chart_not_the_batch(charts, reference, tmp_path, monkeypatch):
    """os._exit in a worker (as a segfault in a native reader would) on one chart: the rest finish."""
    parent = os.getpid()
    real = batch.worker.ingest

    def crash_on_c03(path, chart_root=None, limits=None):
        if chart_root is not None and chart_root.name == "c03" and path.name == "qa.txt" and os.getpid() != parent:
            os._exit(3)
        return real(path, chart_root)

    monkeypatch.setattr(batch.worker, "ingest", crash_on_c03)
    data = batch.scan(charts, tmp_path, jobs=2, use_cache=False)
    by_id = {c["chart_id"]: c for c in data["charts"]}
    crashed = by_id.pop("c03")
    assert crashed["verdict"] == "needs_review" and crashed["findings"] == []
    assert [p["code"] for p in crashed["problems"]] == ["worker-crash"]
    assert "while reading qa.txt" in crashed["problems"][0]["message"]
    assert data["run"]["worker_crashes"] == 1
    expected = {c["chart_id"]: c for c in reference[1]["charts"] if c["chart_id"] != "c03"}
    assert by_id == expected
    assert not list(tmp_path.glob(".trace-*"))


def test_the_output_folder_may_not_be_inside_the_charts(charts):
    with pytest.raises(ValueError, match="must not be inside"):
        batch.scan(charts, charts / "out", jobs=1)


@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_a_dask_cluster_gives_the_same_results(charts, reference, tmp_path, processes):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster:
        data = batch.scan(charts, tmp_path, scheduler=cluster.scheduler_address)
    assert data["run"]["backend"] == "dask"
    assert data["run"]["cache"]["misses"] == 11  # the workers share this machine's cache file
    assert without_run(tmp_path / batch.RESULTS) == without_run(reference[0] / batch.RESULTS)


def test_a_reader_stuck_where_the_alarm_cannot_reach_is_stopped_by_the_watchdog(charts, reference, tmp_path, monkeypatch):
    """The alarm never lands (as in native code that does not return to Python): the worker is ended."""
    monkeypatch.setattr(batch.timelimit, "HARD_FACTOR", 1.0)
    monkeypatch.setattr(batch.timelimit, "HARD_GRACE_S", 0.5)
    monkeypatch.setattr(batch.worker, "ingest", hanging_reader(
        lambda path, chart: chart.name == "c04" and path.name == "plan_note.txt"))
    started = time.monotonic()
    data = batch.scan(charts, tmp_path, jobs=2, use_cache=False, doc_timeout=0.5)
    assert time.monotonic() - started < 30
    by_id = {c["chart_id"]: c for c in data["charts"]}
    stuck = by_id.pop("c04")
    assert [p["code"] for p in stuck["problems"]] == ["worker-crash"]
    assert "while reading plan_note.txt" in stuck["problems"][0]["message"]
    assert by_id == {c["chart_id"]: c for c in reference[1]["charts"] if c["chart_id"] != "c04"}


def test_two_scans_cannot_write_one_output_folder(charts, tmp_path):
    header = {"any": "scan"}
    holder = batch.journal.Journal(tmp_path / batch.JOURNAL, header, resume=False)
    try:
        with pytest.raises(batch.ScanError, match="another scan is writing"):
            batch.scan(charts, tmp_path, jobs=1)
        assert journal_lines(tmp_path) == [{batch.journal.HEADER_KEY: header}]  # left alone
    finally:
        holder.close()


def test_a_chart_stuck_holding_the_gil_is_stopped_by_the_parent(charts, reference, tmp_path, monkeypatch):
    """Catastrophic regex backtracking holds the GIL: no alarm, no watchdog; the parent's backstop acts."""
    import re

    real = batch.worker.ingest

    def backtrack_on_c02(path, chart_root=None, limits=None):
        if chart_root is not None and chart_root.name == "c02" and path.name == "qa.txt":
            re.match(r"(a+)+$", "a" * 64 + "!")  # 2**64 steps, inside one C call
        return real(path, chart_root)

    monkeypatch.setattr(batch.worker, "ingest", backtrack_on_c02)
    started = time.monotonic()
    data = batch.scan(charts, tmp_path, jobs=2, use_cache=False, chart_timeout=3)
    assert time.monotonic() - started < 40
    by_id = {c["chart_id"]: c for c in data["charts"]}
    stuck = by_id.pop("c02")
    assert [p["code"] for p in stuck["problems"]] == ["chart-timeout"]
    assert "did not finish within 3 s while reading qa.txt" in stuck["problems"][0]["message"]
    assert by_id == {c["chart_id"]: c for c in reference[1]["charts"] if c["chart_id"] != "c02"}


def test_resume_audits_again_the_charts_whose_files_changed(charts, tmp_path):
    """A journaled verdict citing a document deleted since is stale: resume audits that chart again."""
    import shutil

    root, out = Path(shutil.copytree(charts, tmp_path / "charts")), tmp_path / "out"
    batch.scan(root, out, jobs=1)
    (root / "c00" / "qa.txt").unlink()
    with (root / "c01" / "plan_note.txt").open("a", encoding="utf-8") as fh:
        fh.write("Addendum: reviewed again.\n")
    audited = []
    data = batch.scan(root, out, jobs=1, resume=True, on_chart=lambda c, n, t: audited.append(c["chart_id"]))
    assert sorted(audited) == ["c00", "c01"]
    assert data["run"]["charts_changed_since_journal"] == 2 and data["run"]["charts_resumed"] == 4
    c00 = next(c for c in data["charts"] if c["chart_id"] == "c00")
    assert [d["path"] for d in c00["documents"]] == ["plan_note.txt"]
    assert "qa.txt" not in json.dumps(c00)


def test_jobs_beyond_the_cores_are_capped_and_said(charts, tmp_path, monkeypatch):
    """400 processes on 2 cores only share them and push documents past the (wall-clock) time limit."""
    monkeypatch.setattr(batch.plan, "cpus", lambda: 1)
    data = batch.scan(charts, tmp_path, jobs=400)
    assert data["run"]["jobs"] == 1 and data["run"]["backend"] == "in-process"
    assert any("400 jobs asked for, but this machine runs 1 at once: using 1" in w for w in data["run"]["warnings"])


def test_the_journal_holds_each_chart_at_once_and_syncs_in_groups(tmp_path, monkeypatch):
    """A killed scan keeps every chart appended (it is in the file at once); fsync, which cost the parent
    up to 0.75 s per 500 charts, runs at most once per SYNC_EVERY seconds, and at the end."""
    from auditor.batch import journal as journal_mod

    synced = []
    monkeypatch.setattr(journal_mod.os, "fsync", lambda fd: synced.append(fd))
    j = journal_mod.Journal(tmp_path / "charts.jsonl", {"scan": 1}, resume=False)
    after_header = len(synced)
    for i in range(200):
        j.append(journal_mod.encode_line({"chart_id": f"c{i}"}))
    lines = (tmp_path / "charts.jsonl").read_bytes().splitlines()
    assert len(lines) == 201  # every chart readable before any sync: a kill -9 loses none
    assert len(synced) - after_header <= 2  # 200 charts in well under 2 s: one group, not 200 fsyncs
    j.sync()
    assert len(synced) - after_header >= 1
    j.close()
    again = journal_mod.Journal(tmp_path / "charts.jsonl", {"scan": 1}, resume=True)
    assert sorted(again.done) == sorted(f"c{i}" for i in range(200))
    again.close()
