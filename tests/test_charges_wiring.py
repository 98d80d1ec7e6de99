"""The charge check as users meet it: a chart folder's charges.csv reaches the CLI, the exit code,
results.json, the chart report and the worklist."""

import csv
import json
import shutil
from pathlib import Path

from auditor.cli import EXIT_GAPS, main

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "c01_complete_hn_vmat"
HEADER = "date_of_service,code,modifiers,units,icd10,rendering_provider\n"


def _chart_with_charges(tmp_path, rows: str) -> Path:
    chart = tmp_path / "charts" / SAMPLE.name
    shutil.copytree(SAMPLE, chart)
    (chart / "charges.csv").write_text(HEADER + rows)
    return chart


def test_second_unit_of_77301_holds_a_complete_chart(tmp_path, capsys):
    chart = _chart_with_charges(tmp_path, "2025-01-09,77301,,1,C10.9,Helen Marsh MD\n2025-01-09,77301,,1,C10.9,Helen Marsh MD\n")
    assert main(["audit", str(chart), "--json"]) == EXIT_GAPS  # the documentation is complete; the charges are not
    data = json.loads(capsys.readouterr().out)["charts"][0]
    assert data["verdict"] == "ready" and data["charge_summary"]["verdict"] == "hold"
    held = [f for f in data["charge_findings"] if f["status"] == "hold"]
    assert any("77301" in f["codes"] for f in held)


def test_scan_shows_charges_in_the_chart_report_and_the_worklist(tmp_path):
    _chart_with_charges(tmp_path, "2025-01-09,77301,,1,C10.9,Helen Marsh MD\n2025-01-09,77306,,1,C10.9,Helen Marsh MD\n")
    out = tmp_path / "out"
    assert main(["scan", str(tmp_path / "charts"), "-o", str(out), "--quiet", "--jobs", "1"]) == EXIT_GAPS
    html = next((out / "charts").glob("*.html")).read_text()
    assert "Charges (pre-bill check)" in html and "77306" in html
    with (out / "worklist.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["requirement"].startswith("charge:") and "77306" in r["reason"] for r in rows)
    summary = json.loads((out / "results.json").read_text())["summary"]
    assert summary["charges"]["charts_on_hold"] == 1
    assert "Revenue at risk" in (out / "index.html").read_text()
