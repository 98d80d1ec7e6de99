"""What ROOT and a chart folder may hold besides documents: names that are not UTF-8, links in and out,
folders that cannot be entered or read, paths too long to open. Each costs only itself, and every
output carries it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def _scan(root: Path, out: Path, *extra: str) -> tuple[int, dict | None]:
    code = main(["scan", str(root), "-o", str(out), "--jobs", "1", "--quiet", *extra])
    results = out / "results.json"
    return code, json.loads(results.read_text()) if results.exists() else None


def test_links_are_not_followed_out_of_root_or_out_of_their_chart(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    _chart(root / "a")
    _chart(outside / "elsewhere", "secret.txt")
    os.symlink(root, root / "link-to-root")  # would merge every chart of ROOT into one
    os.symlink("/", root / "link-to-slash")  # would walk the file system
    os.symlink(outside / "elsewhere", root / "link-to-a-chart-outside")
    os.symlink(outside / "elsewhere" / "secret.txt", root / "a" / "shadow.txt")  # as /etc/shadow was read
    os.symlink(root / "a" / "note.txt", root / "a" / "same-chart.txt")  # inside its own chart: read
    _, data = _scan(root, tmp_path / "out")
    assert [c["chart_id"] for c in data["charts"]] == ["a"]
    assert {s["path"]: s["reason"].split(":")[0] for s in data["skipped"]} == {
        "link-to-a-chart-outside": "link", "link-to-root": "link", "link-to-slash": "link"}
    chart = data["charts"][0]
    assert sorted(d["path"] for d in chart["documents"]) == ["note.txt", "same-chart.txt"]
    assert ["shadow.txt: skipped (link to a file outside the chart folder: not followed)"] == [
        p["message"] for p in chart["problems"]]


def test_a_root_without_chart_folders_is_an_error_that_says_what_it_holds(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _scan(empty, tmp_path / "out1") == (2, None)
    assert "no chart folders found (it is empty)" in capsys.readouterr().err
    chart = _chart(tmp_path / "one-chart", "plan.txt", "qa.txt")  # a chart folder given by mistake
    assert _scan(chart, tmp_path / "out2") == (2, None)
    err = capsys.readouterr().err
    assert "it holds 2 other entries (plan.txt, qa.txt)" in err and "chart-audit audit" in err


def _privileges_dropped() -> list[str]:
    """Run as root, a test of permissions needs root's override of them dropped (as an operator's scan has)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def test_folders_that_cannot_be_entered_or_read_cost_only_themselves(tmp_path):
    """Mode 0444 (listed, not entered), mode 000 (not even listed) and a path past PATH_MAX: each is a
    chart problem with the code `unreadable`; the chart's other documents are read and audited."""
    root, out = tmp_path / "root", tmp_path / "out"
    chart = _chart(root / "c1", "note.txt")
    _chart(chart / "listed-only", "plan.txt")
    _chart(chart / "no-access", "qa.txt")
    deep = chart / "deep"
    deep.mkdir()
    fd = os.open(deep, os.O_RDONLY)  # a path over 4,096 bytes can only be built step by step
    try:
        for _ in range(24):
            os.mkdir("d" * 200, dir_fd=fd)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        with open(os.open("plan.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as fh:
            fh.write(NOTE)
    finally:
        os.close(fd)
    (chart / "listed-only").chmod(0o444)
    (chart / "no-access").chmod(0o000)
    try:
        command = [*_privileges_dropped(), sys.executable, "-m", "auditor.cli", "scan", str(root), "-o", str(out),
                   "--jobs", "1", "--quiet"]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"})
    finally:
        (chart / "listed-only").chmod(0o755)
        (chart / "no-access").chmod(0o755)
    assert proc.returncode == 3, proc.stderr[-2000:]  # completed, but something could not be audited
    data = json.loads((out / "results.json").read_text())
    c1 = data["charts"][0]
    assert [d["path"] for d in c1["documents"]] == ["note.txt"]  # the chart itself was audited
    unreadable = {p["message"].split(":")[0]: p["message"] for p in c1["problems"] if p["code"] == "unreadable"}
    assert set(unreadable) == {"listed-only/plan.txt", "no-access/", next(k for k in unreadable if k.startswith("deep/"))}
    assert "Permission denied" in unreadable["no-access/"] and "Permission denied" in unreadable["listed-only/plan.txt"]
    assert any("too long" in m for m in unreadable.values())
    assert data["summary"]["not_audited"] == {"charts": 0, "documents": 3}
    rows = (out / "worklist.csv").read_text(encoding="utf-8-sig")
    assert "no-access/" in rows and "listed-only/plan.txt" in rows
