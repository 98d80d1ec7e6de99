"""Chart data never leaves the machine and never reaches a log; outputs are owner-only."""

import json
import logging
import os
import socket
import stat
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _patient_names() -> set[str]:
    names = set()
    for key in SAMPLES.glob("*/expected.json"):
        patient = json.loads(key.read_text())["patient"]
        last, _, first = patient["name"].partition(",")
        names |= {last.strip(), first.strip(), patient["mrn"]}
    return {n for n in names if len(n) >= 3}


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        import traceback
        attempts.append((args, "".join(traceback.format_stack(limit=12))))
        raise OSError("network access is disabled in this test")

    for method in ("connect", "connect_ex", "sendto", "sendmsg"):  # binding loopback (urllib3 probes IPv6) sends nothing
        monkeypatch.setattr(socket.socket, method, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_full_scan_runs_with_sockets_disabled_and_logs_no_patient_data(tmp_path, no_network, caplog):
    from auditor.cli import main

    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    code = main(["scan", str(SAMPLES), "-o", str(tmp_path / "out"), "--quiet"])
    assert code == 1  # the samples have gaps; what matters is that it ran
    assert no_network == []
    data = json.loads((tmp_path / "out" / "results.json").read_text())
    assert len(data["charts"]) == len(list(SAMPLES.glob("*/expected.json")))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    leaked = sorted(n for n in _patient_names() if n in logged)
    assert leaked == [], f"patient identifiers in logs: {leaked}"


def test_outputs_are_readable_by_the_owner_only(tmp_path):
    from auditor.cli import main

    main(["scan", str(SAMPLES), "-o", str(tmp_path / "out"), "--quiet"])
    mode = stat.S_IMODE(os.stat(tmp_path / "out" / "results.json").st_mode)
    assert mode & 0o077 == 0, oct(mode)


def test_problem_messages_carry_no_document_text(tmp_path):
    from auditor.ingest import ingest

    secret = "Zyxwvut Patientname MRN 8675309"
    cases = {"x.pdf": b"%PDF-1.4\n" + secret.encode() + b"\n", "x.docx": secret.encode(), "x.xyz": secret.encode()}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        doc = ingest(tmp_path / name, tmp_path)
        assert doc.problems, name
        assert all("Zyxwvut" not in p.message and "8675309" not in p.message for p in doc.problems)


def _identifiers() -> dict[str, list[str]]:
    """Every sample patient's name parts, MRN and date of birth, in the ways the documents write them."""
    found = {}
    for key in SAMPLES.glob("*/expected.json"):
        patient = json.loads(key.read_text())["patient"]
        last, _, first = patient["name"].partition(",")
        year, month, day = patient["dob"].split("-")
        found[key.parent.name] = [last.strip(), first.strip(), patient["mrn"], patient["dob"], f"{month}/{day}/{year}"]
    return found


def _patient_named_copy(tmp_path: Path) -> Path:
    """The samples, with two chart folders named the way clinics name them: after the patient."""
    import shutil

    root = tmp_path / "charts"
    for chart in sorted(p.parent for p in SAMPLES.glob("*/expected.json")):
        name = chart.name
        if name in ("c01_complete_hn_vmat", "c10_unsigned_dvh_review"):
            patient = json.loads((chart / "expected.json").read_text())["patient"]
            name = f"{patient['name'].replace(', ', '_')}_{patient['mrn']}"
        shutil.copytree(chart, root / name, ignore=shutil.ignore_patterns("expected.json"))
    return root


def leaks(out: Path, printed: str, terms=None) -> list[tuple[str, str]]:
    """(file or 'printed', term) for each term found in a file under `out` (but the cache, which holds
    document text by design) or in what the scan printed; `terms`: every sample patient's by default."""
    terms = terms or {t for ts in _identifiers().values() for t in ts}
    texts = {str(p.relative_to(out)): p.read_bytes().decode("utf-8", "replace")
             for p in out.rglob("*") if p.is_file() and not p.name.startswith("cache.sqlite")}
    texts["printed"] = printed
    return sorted({(where, term) for where, text in texts.items() for term in terms if term in text})


def test_redact_masks_every_file_of_the_scan_and_every_line_it_prints(tmp_path):
    """Journal, results, reports, worklist, progress and summary lines; the cache holds document text
    by design (the README says so and offers --no-cache): it is the one file not searched."""
    import subprocess
    import sys

    root, out = _patient_named_copy(tmp_path), tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "auditor.cli", "scan", str(root), "-o", str(out), "--redact", "--jobs", "2"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert leaks(out, proc.stderr + proc.stdout) == []
    assert "chart-audit: summary" in proc.stderr and (out / "charts.jsonl").exists()
    assert {c["chart_id"] for c in json.loads((out / "results.json").read_text())["charts"]} >= {
        "[REDACTED]_[REDACTED]_[REDACTED]"}


def test_a_scan_killed_before_its_reports_leaves_only_redacted_files(tmp_path):
    """The scan writes results.json already redacted: no window in which an unredacted one exists."""
    import subprocess
    import sys

    root, out = _patient_named_copy(tmp_path), tmp_path / "out"
    code = ("import os, sys\nimport auditor.report as report\n"
            "report.write_reports = lambda *a, **k: os._exit(9)  # killed right after the scan's own writes\n"
            "from auditor.cli import main\n"
            f"main(['scan', {str(root)!r}, '-o', {str(out)!r}, '--redact', '--jobs', '1', '--quiet'])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 9, proc.stderr[-2000:]
    assert (out / "results.json").exists()
    assert leaks(out, proc.stderr) == []
