"""A hostile corpus (scripts/make_hostile.py): the scan survives, accounts for every file, and stays
within a memory cap; every broken file gets the specific problem its construction calls for."""

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.make_hostile import write

MEMORY_CAP = 3 * 1024**3  # address space for the whole scan process

EXPECTED_PROBLEMS = {
    ("broken-pdfs", "truncated.pdf"): "corrupt",
    ("broken-pdfs", "encrypted.pdf"): "encrypted",
    ("broken-pdfs", "garbage.pdf"): "corrupt",
    ("broken-pdfs", "recursion-bomb.pdf"): "corrupt",
    ("broken-pdfs", "not-really.pdf"): "corrupt",
    ("broken-pdfs", "empty.pdf"): "empty-file",
    ("broken-pdfs", "stream-bomb.pdf"): "no-text",  # inflates to 300 MB of blank content: read, nothing in it
    ("broken-docx", "zip-bomb.docx"): "too-large",
    ("broken-docx", "not-a-zip.docx"): "corrupt",
    ("broken-docx", "ole-encrypted.docx"): "encrypted",
    ("broken-text", "huge.txt"): "too-large",
    ("broken-text", "program.exe"): "unsupported",
    ("broken-text", "photo.jpg"): "unsupported",
    ("many-pages", "5000-pages.pdf"): "too-large",
}


@pytest.fixture(scope="module")
def hostile_scan(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    written = write(root)
    out = tmp_path_factory.mktemp("hostile-out")

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    proc = subprocess.run([sys.executable, "-m", "auditor.cli", "scan", str(root), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=900, preexec_fn=cap)
    return root, written, proc, json.loads((out / "results.json").read_text()) if proc.returncode != 2 else None


def test_scan_survives_and_reports_gaps_not_a_crash(hostile_scan):
    _, _, proc, results = hostile_scan
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert results is not None and len(results["charts"]) == 5


def test_every_file_is_accounted_for(hostile_scan):
    root, written, _, results = hostile_scan
    seen = set()
    for chart in results["charts"]:
        seen |= {(chart["chart_id"], d["path"]) for d in chart["documents"]}
        seen |= {(chart["chart_id"], p["message"].split(": skipped")[0]) for p in chart["problems"]}
    for path in written:
        key = (path.parent.name, path.relative_to(path.parent).as_posix())
        assert key in seen, f"{key} is not accounted for"
    loops = [p for c in results["charts"] for p in c["problems"] if "loop" in p["message"]]
    assert loops and "not followed" in loops[0]["message"]


@pytest.mark.parametrize("where, code", EXPECTED_PROBLEMS.items(), ids=lambda v: "/".join(v) if isinstance(v, tuple) else v)
def test_broken_files_get_their_specific_problem(hostile_scan, where, code):
    results = hostile_scan[3]
    chart = next(c for c in results["charts"] if c["chart_id"] == where[0])
    doc = next(d for d in chart["documents"] if d["path"] == where[1])
    assert code in [p["code"] for p in doc["problems"]], doc["problems"]


def test_markup_and_odd_names_are_kept_verbatim_as_data(hostile_scan):
    results = hostile_scan[3]
    ids = [c["chart_id"] for c in results["charts"]]
    assert "chart-<b>markup<_b>\nnewline" in ids
    names = {d["path"] for c in results["charts"] for d in c["documents"]}
    assert "<img src=x onerror=alert(1)>.txt" in names and "new\nline 'quote\".txt" in names


def test_nothing_from_hostile_files_is_met(hostile_scan):
    results = hostile_scan[3]
    met = [(c["chart_id"], f["requirement"]) for c in results["charts"] for f in c["findings"] if f["status"] == "met"]
    assert met == []
