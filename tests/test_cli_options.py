"""Options are checked when parsed: a value the scan cannot use is a usage error (exit 2) naming what is
accepted, before any chart is read. And the command line's small edges: report names, rosters, a folder
of charts given to `audit`, a closed pipe, the closing summary."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import EXIT_ERROR, main


@pytest.mark.parametrize("option, value, says", [
    ("--doc-timeout", "nan", "not a finite number"),
    ("--doc-timeout", "inf", "not a finite number"),
    ("--doc-timeout", "0", "more than 0 seconds"),
    ("--doc-timeout", "-5", "more than 0 seconds"),
    ("--max-pages", "0", "more than 0 pages"),
    ("--max-pages", "1.5", "not a whole number"),
    ("--max-file-mb", "0", "more than 0 MB"),
    ("--max-file-mb", "-1", "more than 0 MB"),
    ("--max-file-mb", "nan", "not a finite number"),
    ("--jobs", "0", "more than 0 jobs"),
    ("--jobs", "-2", "more than 0 jobs"),
    ("--worker-memory-mb", "100", "below what a worker needs"),
    ("--worker-memory-mb", "-1", "below what a worker needs"),
    ("--worker-memory-mb", "lots", "not a whole number"),
])
def test_an_unusable_option_value_is_a_usage_error(tmp_path, capsys, option, value, says):
    (tmp_path / "root" / "chart").mkdir(parents=True)
    with pytest.raises(SystemExit) as exit_:
        main(["scan", str(tmp_path / "root"), "-o", str(tmp_path / "out"), f"{option}={value}"])
    assert exit_.value.code == EXIT_ERROR
    err = capsys.readouterr().err
    assert option in err and says in err, err
    assert not (tmp_path / "out").exists()  # refused before anything was written


SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CHART = SAMPLES / "c10_unsigned_dvh_review"


def test_a_report_name_that_is_neither_html_nor_json_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["audit", str(CHART), "-o", str(tmp_path / "report.docx")])
    assert exit_.value.code == EXIT_ERROR
    assert "HTML (.html, .htm) or JSON (.json)" in capsys.readouterr().err
    assert not (tmp_path / "report.docx").exists()


@pytest.mark.parametrize("content, says", [
    (None, "no such roster file"),
    ("name,role\nJane Roe,radiation oncologist\n".encode("utf-16"), None),  # Excel's "Unicode text": read
    (b"name,role\nJ\xe9r\xf4me Roe,radiation oncologist\n", "not UTF-8 or UTF-16 text"),
    (b"person,job\nJane Roe,radiation oncologist\n", "needs the columns name and role"),
], ids=["missing", "utf-16", "latin-1", "no-columns"])
def test_roster_files_are_read_or_refused_in_plain_words(tmp_path, capsys, content, says):
    roster = tmp_path / "staff.csv"
    if content is not None:
        roster.write_bytes(content)
    code = main(["audit", str(CHART), "--roster", str(roster), "--quiet"])
    err = capsys.readouterr().err
    if says is None:
        assert code == 1 and err == ""
    else:
        assert code == EXIT_ERROR and says in err and "Traceback" not in err and "codec" not in err, err


def test_audit_on_a_folder_of_charts_asks_if_scan_was_meant(tmp_path, capsys):
    for name in ("c01_complete_hn_vmat", "c10_unsigned_dvh_review"):
        shutil.copytree(SAMPLES / name, tmp_path / "root" / name)
    assert main(["audit", str(tmp_path / "root")]) == EXIT_ERROR
    assert "looks like a folder of charts" in capsys.readouterr().err
    assert main(["audit", str(CHART), "--quiet"]) == 1  # a chart with subfolders of its own is not refused


def test_output_piped_into_a_reader_that_stops_early_ends_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "auditor.cli", "audit", str(CHART), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    proc.stdout.close()  # as `| head -1` does once it has its line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_the_summary_counts_an_empty_chart_as_a_problem(tmp_path, capsys):
    root = tmp_path / "root"
    shutil.copytree(CHART, root / "c10")
    (root / "empty").mkdir()
    assert main(["scan", str(root), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    out = capsys.readouterr().out
    assert "2 charts: 0 ready, 2 on hold" in out and "1 chart problems" in out, out
