"""The CLI: every command has help, exit codes are lint-style, scan lists every sample chart."""

import json
import re
import shutil
import subprocess
import textwrap
import sys
from pathlib import Path

import pytest

from auditor.cli import EXIT_ERROR, EXIT_GAPS, EXIT_OK, build_parser, main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_every_command_has_help_text(capsys):
    parser = build_parser()
    subcommands = parser._subparsers._group_actions[0].choices
    assert set(subcommands) >= {"audit", "scan"}
    for name, sub in subcommands.items():
        assert sub.description, f"{name} has no description"
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help"
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0
        assert "usage: chart-audit " + name in capsys.readouterr().out


def test_top_level_help_shows_examples_and_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and "exit codes" in out
    for command in ("audit", "scan"):  # every code, in the order of precedence
        with pytest.raises(SystemExit):
            main([command, "--help"])
        codes = re.findall(r"^  (\d+) ", capsys.readouterr().out.split("exit codes (the first that applies):")[1], re.M)
        assert codes == ["2", "130", "3", "1", "0"], codes


def test_version(capsys):
    from auditor import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and __version__ in capsys.readouterr().out


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["audit"])
    assert exit_.value.code == EXIT_ERROR
    assert main([]) == EXIT_ERROR


def test_missing_chart_folder_exits_2(tmp_path, capsys):
    assert main(["audit", str(tmp_path / "nope")]) == EXIT_ERROR
    assert "not a folder" in capsys.readouterr().err


def test_complete_chart_exits_0_and_gap_chart_exits_1(capsys):
    assert main(["audit", str(SAMPLES / "c01_complete_hn_vmat")]) == EXIT_OK
    assert "READY" in capsys.readouterr().out
    assert main(["audit", str(SAMPLES / "c10_unsigned_dvh_review")]) == EXIT_GAPS
    out = capsys.readouterr().out
    assert "dvh-review" in out and "incomplete" in out


def test_audit_json_is_the_results_contract(capsys):
    main(["audit", str(SAMPLES / "c11_qa_signed_by_physicist_only"), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] and data["checklist"]["id"] == "imrt-lcd"
    chart = data["charts"][0]
    qa = next(f for f in chart["findings"] if f["requirement"] == "dosimetric-verification")
    assert qa["status"] == "incomplete" and qa["evidence"][0]["document"].endswith(".pdf")


def test_scan_lists_every_sample_chart_with_documents_and_problems(tmp_path):
    out = tmp_path / "out"
    assert main(["scan", str(SAMPLES), "-o", str(out), "--quiet"]) == EXIT_GAPS
    data = json.loads((out / "results.json").read_text())
    expected = sorted(p.name for p in SAMPLES.iterdir() if (p / "expected.json").exists())
    assert [c["chart_id"] for c in data["charts"]] == expected
    by_id = {c["chart_id"]: c for c in data["charts"]}
    corrupt = by_id["c16_corrupt_qa_report"]["documents"]
    assert any(p["code"] == "corrupt" for d in corrupt for p in d["problems"])
    scanned = by_id["c15_scanned_image_review"]["documents"]
    assert any(p["code"] == "needs-ocr" and p["page"] for d in scanned for p in d["problems"])
    assert all(c["documents"] for c in data["charts"])


def test_scan_refuses_to_write_inside_the_scanned_folder(tmp_path, capsys):
    (tmp_path / "chart").mkdir()
    assert main(["scan", str(tmp_path), "-o", str(tmp_path / "out")]) == EXIT_ERROR
    assert "must not be inside" in capsys.readouterr().err


def test_bad_roster_is_a_clear_error(tmp_path, capsys):
    roster = tmp_path / "staff.csv"
    roster.write_text("name,role\nJane Roe,surgeon\n")
    assert main(["audit", str(SAMPLES / "c01_complete_hn_vmat"), "--roster", str(roster)]) == EXIT_ERROR
    assert "row 2" in capsys.readouterr().err


def test_console_script_help_runs_without_heavy_imports():
    code = "import sys; from auditor.cli import main; import contextlib, io\n" \
           "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n" \
           "print(sorted(m for m in ('spacy', 'medspacy', 'pdfplumber', 'pypdfium2', 'docx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("signum, code, word", [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")])
def test_ctrl_c_or_sigterm_during_a_scan_says_how_to_go_on_and_resume_finishes(tmp_path, signum, code, word):
    """Ctrl-C (or a scheduler's SIGTERM) while the pipeline is being built (the scan's first seconds):
    no traceback, exit 130 (143), and `--resume` then audits every chart."""
    import os
    import shutil
    import signal
    import time

    charts = tmp_path / "charts"
    for name in ["c01_complete_hn_vmat", "c10_unsigned_dvh_review", "c09_pending_dvh_and_qa"]:
        shutil.copytree(SAMPLES / name, charts / name, ignore=shutil.ignore_patterns("expected.json"))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor.cli", "scan", str(charts), "-o", str(out), "--jobs", "2", "--quiet"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    scan = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 30
    while not (out / "charts.jsonl").exists() and time.monotonic() < deadline:  # the scan has begun
        time.sleep(0.01)
    scan.send_signal(getattr(signal, signum))
    _, err = scan.communicate(timeout=60)
    assert scan.returncode == code, err
    assert word in err and "--resume" in err and "Traceback" not in err
    assert _processes_mentioning(str(charts)) == []  # no read-ahead process or worker left behind
    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, env=env, timeout=120)
    assert resumed.returncode == EXIT_GAPS, resumed.stderr
    data = json.loads((out / "results.json").read_text())
    assert [c["chart_id"] for c in data["charts"]] == sorted(p.name for p in charts.iterdir())


def test_a_killed_scan_leaves_no_process_behind(tmp_path):
    """SIGKILL (the OOM killer, a batch scheduler) cannot be caught: the read-ahead process and the
    workers notice their parent is gone and end themselves instead of lingering."""
    import os
    import signal
    import time

    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor.cli", "scan", str(SAMPLES), "-o", str(out), "--jobs", "2", "--quiet"]
    for delay in (0.2, 3.0):  # while the pipeline is built (read-ahead at work), then with workers running
        scan = subprocess.Popen(command, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        deadline = time.monotonic() + 30
        while not (out / "charts.jsonl").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(delay)
        scan.send_signal(signal.SIGKILL)
        scan.wait(timeout=30)
        assert _processes_mentioning(str(out)) == [], f"left behind after a kill {delay} s in"


def _processes_mentioning(text: str) -> list[int]:
    """Live (not zombie) processes whose command line holds `text`: forked helpers keep their parent's.
    Waits up to 5 s for them to go, as a killed child may take a moment."""
    import time

    deadline = time.monotonic() + 5
    while True:
        found = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                alive = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
                if alive and text in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except (OSError, IndexError):
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def test_ctrl_c_before_the_scan_starts_is_a_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    import auditor.cli as cli

    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "load_roster", interrupted)
    assert main(["scan", str(SAMPLES), "-o", str(tmp_path / "out")]) == 130
    assert "interrupted before any chart was audited" in capsys.readouterr().err


def test_ctrl_c_while_reports_are_written_leaves_no_old_report_beside_new_results(tmp_path, monkeypatch, capsys):
    """The earlier run's reports go when the new scan starts; an interrupt while writing the new ones
    says so, and --resume writes them."""
    import auditor.report as report

    root = tmp_path / "root"
    shutil.copytree(SAMPLES / "c10_unsigned_dvh_review", root / "c10")
    out = tmp_path / "out"
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet"]) == EXIT_GAPS
    real = report.write_reports

    def interrupted(data, folder, **kwargs):
        (folder / "charts" / "half-written.html").write_text("")
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "write_reports", interrupted)
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet", "--force"]) == 130
    assert "while writing the reports" in capsys.readouterr().err
    assert not (out / "index.html").exists() and not (out / "worklist.csv").exists()
    monkeypatch.setattr(report, "write_reports", real)
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet", "--resume"]) == EXIT_GAPS
    assert (out / "index.html").exists() and sorted(p.name for p in (out / "charts").iterdir()) == ["c10.html"]


def test_a_used_output_folder_is_refused_unless_forced_and_no_stale_patient_page_stays(tmp_path, capsys):
    import os
    import stat

    from tests.test_batch import make_charts

    root, out = make_charts(tmp_path / "charts", count=2), tmp_path / "out"
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet"]) == EXIT_GAPS
    pages = sorted(p.name for p in (out / "charts").iterdir())
    assert pages == ["c00.html", "c01.html", "empty.html"]
    shutil.rmtree(root / "c01")
    capsys.readouterr()
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet"]) == EXIT_ERROR
    assert "holds an earlier scan's outputs" in capsys.readouterr().err
    assert sorted(p.name for p in (out / "charts").iterdir()) == pages  # refused: nothing touched
    out.chmod(0o755)
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet", "--force"]) == EXIT_GAPS
    assert sorted(p.name for p in (out / "charts").iterdir()) == ["c00.html", "empty.html"]  # c01's page is gone
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o700 and (out / "cache.sqlite").exists()


def test_charts_the_tool_could_not_audit_exit_3_with_a_summary_line(tmp_path, monkeypatch, capsys):
    """Exit 1 is the normal outcome of a batch; a chart that failed inside the tool must show in the
    exit code (3), in the last line (machine-readable) and on the worklist."""
    from auditor import batch
    from tests.test_batch import make_charts

    root, out = make_charts(tmp_path / "charts", count=2), tmp_path / "out"
    real = batch.worker.ingest

    def fails_on_c01(path, chart_root=None, limits=None):
        if chart_root is not None and chart_root.name == "c01":
            raise RuntimeError("a reader bug")
        return real(path, chart_root)

    monkeypatch.setattr(batch.worker, "ingest", fails_on_c01)
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1"]) == 3
    captured = capsys.readouterr()
    last = captured.err.strip().splitlines()[-1]
    assert last.startswith("chart-audit: summary ")
    summary = json.loads(last.split(" ", 2)[2])
    assert summary["exit_code"] == 3 and summary["charts_not_audited"] == 1 and summary["charts"] == 3
    assert "not audited: 1 chart(s) failed inside the tool" in captured.out
    worklist = (out / "worklist.csv").read_text(encoding="utf-8-sig")
    assert "c01,(whole chart),Needs review,auditing this chart failed with an internal error" in worklist


def test_without_a_terminal_progress_is_a_line_per_tenth_not_per_chart():
    import io

    from auditor.console import Progress

    stream = io.StringIO()
    progress = Progress(quiet=False, stream=stream)
    for done in range(1, 1481):
        progress.chart({"chart_id": "Doe_Jane_4455667", "verdict": "hold"}, done, 1480)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10  # was 1,480 in a cron mail
    assert lines[-1].startswith("chart-audit: 1480/1480 charts (100%)") and "Doe" not in stream.getvalue()
    assert "left" in lines[0] and "charts/s" in lines[0]


def test_on_a_terminal_progress_is_a_bar_with_rate_and_eta(monkeypatch):
    import io
    import time

    from auditor.console import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    progress = Progress(quiet=False, stream=stream)
    for done in range(1, 6):
        time.sleep(0.11)  # tqdm redraws at most every 0.1 s
        progress.chart({"chart_id": "Doe_Jane", "verdict": "ready"}, done, 10)
    progress.close()
    text = stream.getvalue()
    assert re.search(r"\d/10 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+chart/s", text), text  # done, elapsed<left, rate
    assert "Doe" not in text


def test_ctrl_c_while_workers_are_forked_is_not_lost(tmp_path):
    """A signal landing in fork's callbacks ran its handler there, where Python prints the exception as
    'Exception ignored' with a traceback and drops it: the scan went on. Here it lands there every time."""
    import os

    code = textwrap.dedent(f"""
        import os, signal, sys
        from auditor.cli import main
        fired = []
        def press_ctrl_c():
            if not fired:
                fired.append(1)
                os.kill(os.getpid(), signal.SIGINT)
        os.register_at_fork(after_in_parent=press_ctrl_c)
        sys.exit(main(["scan", {str(SAMPLES)!r}, "-o", {str(tmp_path / "out")!r}, "--jobs", "2", "--quiet"]))
        """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 130, proc.stderr[-2000:]
    assert "interrupted" in proc.stderr and "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert _processes_mentioning(str(tmp_path / "out")) == []
