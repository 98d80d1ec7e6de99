"""A hostile corpus (scripts/make_hostile.py): the scan survives, accounts for every file, and stays
within a memory cap; every broken file gets the specific problem its construction calls for. The scan
runs as an operator's would, without root's override of file permissions, and with --redact."""

import hashlib
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.make_hostile import LINKS, LOCKED, PATIENT_FOLDER, restore, write
from tests.test_names_and_links import _privileges_dropped
from tests.test_privacy import leaks

MEMORY_CAP = 3 * 1024**3  # address space for the whole scan process
REDACTED_ID = "[REDACTED]_[REDACTED]_[REDACTED]"  # PATIENT_FOLDER under --redact
PATIENT = ("Hostile", "5550001", "01/01/1970", "1970-01-01")  # NOTE's patient, as the corpus writes them

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

    command = [*_privileges_dropped(), sys.executable, "-m", "auditor.cli", "scan", str(root), "-o", str(out), "--redact"]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=900, preexec_fn=cap,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"})
    finally:
        restore(root)
    yield root, written, proc, json.loads((out / "results.json").read_text()) if proc.returncode != 2 else None, out


def _chart(results: dict, chart_id: str) -> dict:
    return next(c for c in results["charts"] if c["chart_id"] == chart_id)


def test_scan_survives_and_says_what_it_could_not_audit(hostile_scan):
    _, _, proc, results, _ = hostile_scan
    assert proc.returncode == 3, proc.stderr[-2000:]  # completed; two folders could not be read
    assert results is not None and len(results["charts"]) == 8
    assert results["summary"]["not_audited"] == {"charts": 0, "documents": 2}
    assert proc.stderr.strip().splitlines()[-1].startswith('chart-audit: summary {"exit_code": 3')


def test_every_file_is_accounted_for(hostile_scan):
    root, written, _, results, _ = hostile_scan
    seen = set()
    for chart in results["charts"]:
        seen |= {(chart["chart_id"], d["path"]) for d in chart["documents"]}
        seen |= {(chart["chart_id"], p["message"].split(": skipped")[0].split(": could not be read")[0])
                 for p in chart["problems"]}
    for path in written:
        chart = path.relative_to(root).parts[0]
        chart_id = REDACTED_ID if chart == PATIENT_FOLDER else chart.replace("/", "_")
        inside = path.relative_to(root / chart).as_posix()
        held_by = {(chart_id, inside)} | {(chart_id, "/".join(inside.split("/")[:i]) + "/") for i in range(1, inside.count("/") + 1)}
        assert held_by & seen, f"{(chart_id, inside)} is not accounted for"
    loops = [p for c in results["charts"] for p in c["problems"] if "loop" in p["message"]]
    assert loops and "not followed" in loops[0]["message"]


def test_links_lead_nowhere_outside_their_chart_or_root(hostile_scan):
    _, _, _, results, _ = hostile_scan
    assert not {c["chart_id"] for c in results["charts"]} & set(LINKS)
    assert sorted(s["reason"].split(":")[0] for s in results["skipped"]) == ["link"] * len(LINKS)
    locked = _chart(results, "locked-folders")
    assert "passwd.txt: skipped (link to a file outside the chart folder: not followed)" in [p["message"] for p in locked["problems"]]
    shadowed = Path("/etc/passwd").read_bytes()
    assert hashlib.sha256(shadowed).hexdigest() not in {d["sha256"] for c in results["charts"] for d in c["documents"]}


def test_folders_that_cannot_be_entered_or_read_are_problems_of_their_chart(hostile_scan):
    results = hostile_scan[3]
    locked = _chart(results, "locked-folders")
    assert [d["path"] for d in locked["documents"]] == ["note.txt"]
    unreadable = sorted(p["message"].split(":")[0] for p in locked["problems"] if p["code"] == "unreadable")
    assert unreadable == sorted(["listed-only/qa.txt", "no-access/"]) and set(LOCKED) == {"listed-only", "no-access"}


def test_names_that_are_not_utf8_are_kept_byte_for_byte(hostile_scan):
    results = hostile_scan[3]
    odd = next(c for c in results["charts"] if os.fsencode(c["chart_id"]) == b"odd-bytes-\xff")
    assert [os.fsencode(d["path"]) for d in odd["documents"]] == [b"note-\xfe.txt"]


def test_redact_leaves_no_patient_identifier_in_any_output_or_message(hostile_scan):
    """The patient-named folder and every document's NOTE name the same patient; the cache is the one
    file that holds document text by design (README), and is not searched."""
    _, _, proc, results, out = hostile_scan
    assert REDACTED_ID in {c["chart_id"] for c in results["charts"]}
    assert leaks(out, proc.stderr + proc.stdout, PATIENT) == []


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
