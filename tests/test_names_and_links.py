"""What ROOT and a chart folder may hold besides documents: names that are not UTF-8, links in and out,
folders that cannot be entered or read, paths too long to open. Each costs only itself, and every
output carries it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.cli import main

NOTE = ("SYNTHETIC - FOR TESTING ONLY\nPatient Name: Doe, Jane   MRN: 4455667   DOB: 02/03/1950\n"
        "I reviewed the dose volume histograms for the targets and critical structures.\n")


def _chart(folder: Path, *names: str | bytes) -> Path:
    os.makedirs(os.fsencode(folder), exist_ok=True)
    for name in names or ("note.txt",):
        with open(os.path.join(os.fsencode(folder), os.fsencode(name)), "w", encoding="utf-8") as fh:
            fh.write(NOTE)
    return folder


def test_names_that_are_not_utf8_reach_every_output_and_read_back_to_their_bytes(tmp_path, capsys):
    root, out = tmp_path / "root", tmp_path / "out"
    _chart(root / os.fsdecode(b"chart\xff"), os.fsdecode(b"note\xfe.txt"))
    _chart(root / "plain", "note.txt", os.fsdecode(b"x\xfd.txt"))
    assert main(["scan", str(root), "-o", str(out), "--jobs", "1"]) == 1  # gaps, not a failed run
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    odd = next(c for c in data["charts"] if c["chart_id"] != "plain")
    assert os.fsencode(odd["chart_id"]) == b"chart\xff"  # reversible: the exact bytes of the name
    assert os.fsencode(odd["documents"][0]["path"]) == b"note\xfe.txt"
    for line in (out / "charts.jsonl").read_bytes().splitlines():
        json.loads(line.decode("utf-8"))
    assert "chart\\xff" in (out / "worklist.csv").read_text(encoding="utf-8")  # shown the way `ls -b` shows it
    assert "chart\\xff" in (out / "index.html").read_text(encoding="utf-8")
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "charts").iterdir())
    assert "note\\xfe.txt" in pages and "x\\xfd.txt" in pages
    assert "chart\\xff" in capsys.readouterr().err + _audit_output(root / os.fsdecode(b"chart\xff"))


def _audit_output(chart: Path) -> str:
    """The terminal table, from a real process whose stdout is a pipe in the C locale."""
    env = {**os.environ, "LC_ALL": "C", "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-m", "auditor.cli", "audit", str(chart)], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    return proc.stdout.decode("ascii")
