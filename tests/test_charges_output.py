"""What the lead wires in: results.json keys per chart, the batch total, and worklist rows."""

from __future__ import annotations

import json

import pytest

from auditor.charges import batch_charge_summary, charges_dict, worklist_rows_for_charges
from tests.test_charges import FEES, PLAN, line, run


# auditor.report.worklist.COLUMNS at the time of writing (kept here so this test does not depend on the reports)
COLUMNS = ("chart", "requirement", "status", "reason", "fix", "responsible", "document", "page")


def _chart_json(lines, statuses=None, chart_id="c01"):
    rows, findings = run(lines, statuses=statuses)
    return {"chart_id": chart_id} | charges_dict(rows, findings, FEES)


def test_results_json_keys_are_plain_deterministic_data():
    chart = _chart_json([PLAN, line("2025-03-12", "77300")], {"dvh-review": "missing"})
    assert set(chart) == {"chart_id", "charges", "charge_findings", "charge_summary"}
    assert json.loads(json.dumps(chart)) == chart
    assert chart == _chart_json([PLAN, line("2025-03-12", "77300")], {"dvh-review": "missing"})
    assert [c["row"] for c in chart["charges"]] == [2, 3]
    first = chart["charge_findings"][0]
    assert first["status"] == "hold"  # most urgent first
    for key in ("rule", "title", "status", "codes", "dates", "rows", "reason", "fix", "amount_at_risk", "source",
                "lines", "evidence", "responsible", "unpriced_codes", "amount_is_estimate"):
        assert key in first, key
    assert first["source"]["quote"] and first["source"]["location"]


WORKLIST = [
    # (case, lines, statuses, expected (requirement, status) rows)
    ("clean", [PLAN], {}, []),
    ("77301-held", [PLAN], {"dvh-review": "missing"}, [("charge:imrt-plan-documentation-complete", "Hold")]),
    ("advisory-only", [line("2025-03-12", "77301", icd="C73")], {}, [("charge:diagnosis-codes", "Advisory")]),
]


@pytest.mark.parametrize("lines, statuses, expected", [c[1:] for c in WORKLIST], ids=[c[0] for c in WORKLIST])
def test_worklist_rows_for_charges(lines, statuses, expected):
    rows = worklist_rows_for_charges(_chart_json(lines, statuses))
    assert [(r["requirement"], r["status"]) for r in rows] == expected
    for r in rows:
        assert set(COLUMNS) <= set(r) and r["chart"] == "c01" and r["document"].startswith("charges.csv row")


def test_worklist_row_shows_the_amount_and_error_rows():
    chart = _chart_json([PLAN], {"dvh-review": "missing"})
    chart["charge_findings"].append({"rule": "charge-row", "status": "error", "reason": "row 7: units 'x' is not a whole "
                                     "number >= 1", "rows": [7], "fix": "Correct the row", "responsible": "coder"})
    rows = worklist_rows_for_charges(chart)
    held = next(r for r in rows if r["status"] == "Hold")
    assert "[at risk: $1,797.82]" in held["reason"] and held["document"] == "charges.csv row 2"
    error = next(r for r in rows if r["status"] == "Error")
    assert error["document"] == "charges.csv row 7" and error["requirement"] == "charge:charge-row"


def test_batch_total_sums_the_charts():
    charts = [_chart_json([PLAN], {"dvh-review": "missing"}, "c01"),
              _chart_json([PLAN, line("2025-04-20", "77295")], {}, "c02"),
              _chart_json([PLAN], {}, "c03"),
              {"chart_id": "c04"}]  # a chart without charges.csv
    total = batch_charge_summary(charts)
    assert total == {"charts_with_charges": 3, "charts_on_hold": 2, "lines_on_hold": 2,
                     "amount_at_risk": round(1797.82 + 1097.82, 2), "amount_is_estimate": True,
                     "unpriced_lines_on_hold": 0}


CSV_HEADER = "date_of_service,code,modifiers,units,icd10,rendering_provider\n"


def test_chart_charges_reads_the_chart_folder(tmp_path):
    from auditor.charges import chart_charges
    from tests.test_charges import RULES, chart

    assert chart_charges(chart(), tmp_path, rules=RULES, fees=FEES) == {}  # no charges.csv: no keys
    (tmp_path / "charges.csv").write_text(CSV_HEADER + "2025-03-12,77301,,1,C61,Roe\n2025-03-12,77301,,x,C61,Roe\n")
    data = chart_charges(chart(statuses={"dvh-review": "missing"}), tmp_path, rules=RULES, fees=FEES)
    assert [c["row"] for c in data["charges"]] == [2]
    assert {(f["rule"], f["status"]) for f in data["charge_findings"]} >= {
        ("charge-row", "error"), ("imrt-plan-documentation-complete", "hold")}
    assert data["charge_summary"]["amount_at_risk"] == 1797.82


def test_read_batch_splits_by_chart_and_reports_unknown_charts(tmp_path):
    from auditor.charges import read_batch
    from tests.test_charges import RULES

    path = tmp_path / "export.csv"
    path.write_text("chart_id," + CSV_HEADER + "c01,2025-03-12,77301,,1,C61,Roe\nc99,2025-03-12,77301,,1,C61,Roe\n"
                    ",2025-03-12,77301,,1,C61,Roe\n")
    groups, general = read_batch(path, ["c01", "c02"], rules=RULES)
    assert list(groups) == ["c01"] and [r.row for r in groups["c01"][0]] == [2]
    assert [(p.row, p.code) for p in general] == [(4, "missing-value"), (3, "unknown-chart")]
    assert "c99" in general[1].message
