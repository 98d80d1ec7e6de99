"""Reading charges.csv: good rows are kept, each bad row is a row-numbered problem (header = row 1)."""

from __future__ import annotations

import pytest

from auditor.charges import check_charges, read_charges_csv, rows_by_chart
from tests.test_charges import FEES, RULES

HEADER = "date_of_service,code,modifiers,units,icd10,rendering_provider\n"

# (case, file text, codes of the rows read, [(row, problem code, words in the message)])
CASES = [
    ("good", HEADER + "2025-03-12,77301,,1,C61,Jane Roe MD\n2025-03-17,77386,,1,C61,Jane Roe MD\n",
     ["77301", "77386"], []),
    ("us-date-and-spreadsheet-number", HEADER + "03/12/2025,77301.00,,1.0,C61,Roe\n", ["77301"], []),
    ("bad-date", HEADER + "2025-03-12,77301,,1,C61,Roe\n2025-02-30,77386,,1,C61,Roe\n2025-03-18,77386,,1,C61,Roe\n",
     ["77301", "77386"], [(3, "bad-date", "row 3: date_of_service '2025-02-30'")]),
    ("text-date", HEADER + "next week,77301,,1,C61,Roe\n", [], [(2, "bad-date", "is not a date")]),
    ("ill-formed-code", HEADER + "2025-03-12,7730,,1,C61,Roe\n2025-03-12,77301,,1,C61,Roe\n", ["77301"],
     [(2, "bad-code", "'7730' is not a CPT/HCPCS code")]),
    ("unknown-code", HEADER + "2025-03-12,12345,,1,C61,Roe\n", [], [(2, "unknown-code", "12345 is not in the")]),
    ("fractional-units", HEADER + "2025-03-12,77301,,1.5,C61,Roe\n", [], [(2, "bad-units", "'1.5'")]),
    ("zero-units", HEADER + "2025-03-12,77301,,0,C61,Roe\n", [], [(2, "bad-units", "whole number >= 1")]),
    ("empty-units", HEADER + "2025-03-12,77301,,,C61,Roe\n", [], [(2, "missing-value", "units is empty")]),
    ("overflowing-units", HEADER + "2025-03-12,77301,,99999999999999999999,C61,Roe\n2025-03-12,77386,,999,C61,Roe\n",
     ["77386"], [(2, "bad-units", "more than 999")]),
    ("year-one", HEADER + "0001-01-01,77301,,1,C61,Roe\n", [], [(2, "bad-date", "outside 1990-01-01 to 2099-12-31")]),
    ("far-future", HEADER + "9999-12-31,77301,,1,C61,Roe\n", [], [(2, "bad-date", "outside")]),
    ("two-problems-one-row", HEADER + "2025-13-01,ABC,,x,C61,Roe\n", [],
     [(2, "bad-date", "row 2"), (2, "bad-code", "'ABC'"), (2, "bad-units", "'x'")]),
    ("bad-modifier", HEADER + "2025-03-12,77334,5;XU,1,C61,Roe\n", [], [(2, "bad-modifier", "'5'")]),
    ("short-row", HEADER + "2025-03-12,77301\n2025-03-17,77386,,1,C61,Roe\n", ["77386"],
     [(2, "missing-column", "units")]),
    ("missing-units-column", "date_of_service,code,modifiers,icd10,rendering_provider\n2025-03-12,77301,,C61,Roe\n",
     [], [(1, "missing-column", "units")]),
    ("missing-optional-column", "date_of_service,code,modifiers,units,icd10\n2025-03-12,77301,,1,C61\n", ["77301"],
     [(1, "missing-column", "rendering_provider")]),
    ("blank-line-keeps-numbering", HEADER + "2025-03-12,77301,,1,C61,Roe\n\n2025-03-17,BAD,,1,C61,Roe\n", ["77301"],
     [(4, "bad-code", "row 4")]),
    ("bom-and-aliases", "\ufeffDOS,CPT,Modifier,Units,Diagnosis,Provider\n2025-03-12,77301,,1,C61,Roe\n", ["77301"], []),
    ("empty-file", "", [], [(0, "empty-file", "no header row")]),
]


@pytest.mark.parametrize("text, codes, problems", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_read_charges_csv(tmp_path, text, codes, problems):
    path = tmp_path / "charges.csv"
    path.write_text(text, encoding="utf-8")
    rows, got = read_charges_csv(path, rules=RULES)
    assert [r.code for r in rows] == codes
    assert [(p.row, p.code) for p in got] == [(r, c) for r, c, _ in problems]
    for p, (_, _, words) in zip(got, problems):
        assert words in p.message, f"{words!r} not in {p.message!r}"


@pytest.mark.parametrize("cell, expected", [
    ("26;59", ("26", "59")), ("26,XU", ("26", "XU")), ("26 XU", ("26", "XU")), ("-59", ("59",)),
    ("tc|26", ("TC", "26")), ("", ()),
])
def test_modifiers_as_billing_exports_write_them(tmp_path, cell, expected):
    path = tmp_path / "charges.csv"
    path.write_text(HEADER + f'2025-03-13,77334,"{cell}",1,C61,Roe\n', encoding="utf-8")
    rows, problems = read_charges_csv(path, rules=RULES)
    assert problems == [] and rows[0].modifiers == expected


def test_several_icd10_codes_in_one_cell(tmp_path):
    path = tmp_path / "charges.csv"
    path.write_text(HEADER + '2025-03-12,77301,,1,"C61; Z51.0",Roe\n', encoding="utf-8")
    rows, _ = read_charges_csv(path, rules=RULES)
    assert rows[0].icd10 == ("C61", "Z51.0")


def test_unreadable_file_is_one_problem(tmp_path):
    rows, problems = read_charges_csv(tmp_path / "nope.csv", rules=RULES)
    assert rows == [] and [(p.row, p.code) for p in problems] == [(0, "unreadable")]


def test_batch_file_groups_rows_by_chart(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text("chart_id," + HEADER + "c01,2025-03-12,77301,,1,C61,Roe\nc02,2025-03-12,77301,,1,C61,Roe\n"
                    ",2025-03-12,77301,,1,C61,Roe\nc02,2025-03-40,77386,,1,C61,Roe\n", encoding="utf-8")
    rows, problems = read_charges_csv(path, batch=True, rules=RULES)
    groups = rows_by_chart(rows, problems)
    assert [r.row for r in groups["c01"][0]] == [2] and [r.row for r in groups["c02"][0]] == [3]
    assert [(p.row, p.code) for p in groups[""][1]] == [(4, "missing-value")]
    assert [(p.row, p.code) for p in groups["c02"][1]] == [(5, "bad-date")]


def test_batch_file_needs_chart_id_column(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text(HEADER + "2025-03-12,77301,,1,C61,Roe\n", encoding="utf-8")
    rows, problems = read_charges_csv(path, batch=True, rules=RULES)
    assert rows == [] and [(p.row, p.code) for p in problems] == [(1, "missing-column")]
    assert "chart_id" in problems[0].message


def test_bad_rows_become_error_findings_and_the_rest_is_checked(tmp_path):
    path = tmp_path / "charges.csv"
    path.write_text(HEADER + "2025-03-12,77301,,1,C61,Roe\n2025-03-12,77301,,1,C61,Roe\n2025-03-12,77301,,two,C61,Roe\n",
                    encoding="utf-8")
    rows, problems = read_charges_csv(path, rules=RULES)
    findings = check_charges(rows, None, RULES, FEES, problems=problems)
    errors = [f for f in findings if f.status == "error"]
    assert [(f.rule, f.rows) for f in errors] == [("charge-row", (4,))]
    held = [f for f in findings if f.rule == "imrt-plan-once-per-course" and f.status == "hold"]
    assert held and held[0].rows == (3,)  # the second 77301 (row 3) is held; row 4 was never read
