"""The PDF reader: reading order, tables, scans, and every foreseeable failure as a Problem."""

from __future__ import annotations

import hashlib
import random

import pdfplumber
import pypdfium2 as pdfium
import pytest

from auditor.ingest import ingest
from auditor.ingest import pdf as pdf_reader
from auditor.ingest import pdf_layout
from auditor.models import Page, Problem, Table
from tests.pdfmaker import (
    FIELD_ROWS,
    PLAN_HEADER,
    SIGNATURE_BLOCK,
    mixed_pdf,
    new_canvas,
    reversed_pdf,
    table_page,
    table_pdf,
    text_pdf,
    two_column_pdf,
    word_by_word_pdf,
)

PAGE_ONE = [
    "IMRT Treatment Plan Report",
    "Patient: TEST, SYNTHETIC MRN: 000000",
    "Diagnosis: synthetic prostate adenocarcinoma",
    "Prescription: 70 Gy in 28 fractions",
]
PAGE_TWO = [
    "Plan review",
    "Dose volume histogram reviewed and approved.",
    "Physician: Jane Roe, MD",
]
TABLE_LINES = [" ".join(row) for row in FIELD_ROWS]
# The out-of-order page, read in visual order: header, the table a row per line, then signatures.
VISUAL_ORDER = "\n".join([*PLAN_HEADER, *TABLE_LINES, *SIGNATURE_BLOCK]).replace("  ", " ")


def read(path):
    return pdf_reader.read(path, path.read_bytes())


def plain_pdfium_text(path, index=0) -> str:
    """What pypdfium2 alone gives: content-stream order."""
    pdf = pdfium.PdfDocument(path)
    try:
        textpage = pdf[index].get_textpage()
        return pdf_reader.clean_text(textpage.get_text_range())
    finally:
        pdf.close()


def page_rects(path, index=0):
    pdf = pdfium.PdfDocument(path)
    try:
        return pdf_layout.rects(pdf[index].get_textpage())
    finally:
        pdf.close()


def test_two_page_report_exact_text_and_page_numbers(tmp_path):
    out = read(text_pdf(tmp_path / "plan.pdf", [PAGE_ONE, PAGE_TWO + ["Trailing spaces here   "]]))
    assert [p.number for p in out.pages] == [1, 2]
    assert out.pages[0] == Page(1, "\n".join(PAGE_ONE))
    assert out.pages[1].text == "\n".join(PAGE_TWO + ["Trailing spaces here"])
    assert "\r" not in out.pages[0].text + out.pages[1].text
    assert out.problems == [] and out.tables == []


def test_in_order_page_keeps_pdfium_text(tmp_path):
    path = table_pdf(tmp_path / "table.pdf")
    assert not pdf_layout.out_of_order(page_rects(path))
    assert read(path).pages[0].text == plain_pdfium_text(path)


def test_field_table_with_grid(tmp_path):
    out = read(table_pdf(tmp_path / "fields.pdf"))
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)]
    lines = out.pages[0].text.splitlines()
    for row in TABLE_LINES:
        assert row in lines
    assert out.problems == []


def test_out_of_order_page_comes_back_in_visual_order(tmp_path):
    path = table_pdf(tmp_path / "scrambled.pdf", column_first=True)
    plain = plain_pdfium_text(path)
    # Proof the detection has work to do: stream order starts with the signature, splits the rows.
    assert plain.splitlines()[0] == SIGNATURE_BLOCK[0].replace("  ", " ")
    assert "1 180 0 120.5 6X" not in plain
    assert pdf_layout.out_of_order(page_rects(path))

    out = read(path)
    assert out.pages[0].text == VISUAL_ORDER
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)]
    assert out.problems == []


def test_out_of_order_table_without_rules_is_built_from_positions(tmp_path, monkeypatch):
    # No vector lines on the page, so no ruled table to find: pdfplumber is not even opened.
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened"))
    out = read(table_pdf(tmp_path / "unruled.pdf", grid=False, column_first=True))
    assert out.pages[0].text == VISUAL_ORDER
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)]


def test_lines_written_bottom_up_are_reversed_back(tmp_path):
    lines = [f"Line {n}: fraction {n} delivered 2.5 Gy" for n in range(1, 9)]
    path = reversed_pdf(tmp_path / "reversed.pdf", lines)
    assert plain_pdfium_text(path).splitlines()[0] == lines[-1]
    assert read(path).pages[0].text == "\n".join(lines)


def test_two_column_page_is_not_reordered(tmp_path):
    left = ["Left column one", "Left column two", "Left column three"]
    right = ["Right column one", "Right column two", "Right column three"]
    path = two_column_pdf(tmp_path / "columns.pdf", left, right)
    assert read(path).pages[0].text == "\n".join(left + right) == plain_pdfium_text(path)


def test_image_only_page_needs_ocr(tmp_path):
    out = read(mixed_pdf(tmp_path / "scan.pdf", ["image"]))
    assert out.pages == [Page(1, "", has_text_layer=False, needs_ocr=True)]
    assert out.problems == [
        Problem(
            "needs-ocr",
            "page 1 has no text layer, only an image (scanned?): its content was not read; OCR is needed",
            page=1,
        )
    ]


def test_text_image_and_blank_pages(tmp_path):
    out = read(mixed_pdf(tmp_path / "mixed.pdf", ["text", "image", "blank"]))
    assert out.pages[0] == Page(1, "Treatment summary page 1\nDose delivered as planned.")
    assert out.pages[1] == Page(2, "", has_text_layer=False, needs_ocr=True)
    assert out.pages[2] == Page(3, "", has_text_layer=False, needs_ocr=False)
    assert [(p.code, p.page) for p in out.problems] == [("needs-ocr", 2)]


def test_encrypted_pdf(tmp_path):
    out = read(text_pdf(tmp_path / "locked.pdf", [PAGE_ONE], encrypt="secret"))
    assert out.pages == []
    assert out.problems == [Problem("encrypted", pdf_reader.ENCRYPTED)]


def test_truncated_pdf(tmp_path):
    whole = text_pdf(tmp_path / "whole.pdf", [PAGE_ONE, PAGE_TWO]).read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(whole[: len(whole) // 2])
    out = read(path)
    assert out.pages == []
    assert [p.code for p in out.problems] == ["corrupt"]
    assert "truncated" in out.problems[0].message


def test_garbage_bytes(tmp_path):
    path = tmp_path / "noise.pdf"
    path.write_bytes(random.Random(7).randbytes(4096))
    out = read(path)
    assert out.pages == []
    assert out.problems == [Problem("corrupt", "the file has no PDF header: it is not a PDF, or its start is damaged")]


def test_one_failing_page_does_not_lose_the_others(tmp_path, monkeypatch):
    path = text_pdf(tmp_path / "three.pdf", [["page one"], ["page two"], ["page three"]])
    real, calls = pdf_layout.rects, []

    def flaky(textpage):
        calls.append(1)
        if len(calls) == 2:
            raise pdfium.PdfiumError("Failed to count rectangles.")
        return real(textpage)

    monkeypatch.setattr(pdf_layout, "rects", flaky)
    out = read(path)
    assert [p.text for p in out.pages] == ["page one", "", "page three"]
    assert out.problems == [
        Problem("corrupt", "page 2 could not be read (PdfiumError); the other pages were read", page=2)
    ]


def test_reordering_that_misses_characters_defers_to_pdfplumber(tmp_path, monkeypatch):
    real = pdf_layout.char_runs
    monkeypatch.setattr(pdf_layout, "char_runs", lambda textpage: real(textpage)[1:])
    out = read(table_pdf(tmp_path / "scrambled.pdf", column_first=True))
    assert out.pages[0].text == VISUAL_ORDER  # pdfplumber's text, not the short re-ordering


def _grid_unreadable(monkeypatch):
    """Tables whose rules the pdfium grid reader cannot use go to pdfplumber: simulate that case."""
    from auditor.ingest import pdf_grid

    monkeypatch.setattr(pdf_grid, "ruled_grids", lambda page, textpage: [])


def test_full_grid_is_read_without_pdfplumber(tmp_path, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("pdfplumber opened")

    monkeypatch.setattr(pdfplumber, "open", never)
    out = read(table_pdf(tmp_path / "fields.pdf"))
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)] and out.problems == []


def test_pdfplumber_failure_falls_back_to_position_tables(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("boom")

    _grid_unreadable(monkeypatch)
    monkeypatch.setattr(pdfplumber, "open", broken)
    out = read(table_pdf(tmp_path / "fields.pdf"))
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)]
    assert [(p.code, p.page) for p in out.problems] == [("tables-unread", None)]
    assert "ValueError" in out.problems[0].message


def test_pdfplumber_opened_once_and_only_for_table_pages(tmp_path, monkeypatch):
    path = tmp_path / "mixed_tables.pdf"
    c = new_canvas(path)
    for kind in ["table", "text", "table", "text"]:
        if kind == "table":
            table_page(c)
        else:
            c.drawString(72, 700, "Narrative page without any table.")
        c.showPage()
    c.save()
    real, opened = pdfplumber.open, []
    _grid_unreadable(monkeypatch)
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: opened.append(k.get("pages")) or real(*a, **k))
    out = read(path)
    assert opened == [[1, 3]]
    assert [t.page for t in out.tables] == [1, 3]


def test_many_pages_without_tables_never_open_pdfplumber(tmp_path, monkeypatch):
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened"))
    pages = [[f"Daily treatment record {n}", "Fraction delivered without incident."] for n in range(1, 401)]
    out = read(text_pdf(tmp_path / "long.pdf", pages))
    assert len(out.pages) == 400
    assert out.pages[399] == Page(400, "Daily treatment record 400\nFraction delivered without incident.")
    assert out.problems == []


def _ingested(path, root):
    return ingest(path, root), hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_reads_a_good_pdf(tmp_path):
    (tmp_path / "plans").mkdir()
    path = table_pdf(tmp_path / "plans" / "fields.pdf")
    doc, digest = _ingested(path, tmp_path)
    assert (doc.path, doc.format, doc.sha256, doc.size) == ("plans/fields.pdf", "pdf", digest, path.stat().st_size)
    assert doc.problems == () and doc.tables == (Table(page=1, rows=FIELD_ROWS),)
    assert doc.pages[0].text == VISUAL_ORDER


def _first_half(path):
    data = text_pdf(path, [PAGE_ONE, PAGE_TWO]).read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("name", "make", "code"),
    [
        ("locked.pdf", lambda p: text_pdf(p, [PAGE_ONE], encrypt="secret"), "encrypted"),
        ("half.pdf", _first_half, "corrupt"),
        ("noise.pdf", lambda p: p.write_bytes(random.Random(1).randbytes(2048)), "corrupt"),
        ("scan.pdf", lambda p: mixed_pdf(p, ["image"]), "needs-ocr"),
    ],
)
def test_ingest_turns_bad_pdfs_into_problems(tmp_path, name, make, code):
    path = tmp_path / name
    make(path)
    doc, digest = _ingested(path, tmp_path)
    assert (doc.path, doc.format, doc.sha256) == (name, "pdf", digest)
    assert [p.code for p in doc.problems] == [code]
    assert all(p.message and "SYNTHETIC" not in p.message for p in doc.problems)


def test_prose_placed_word_by_word_is_not_a_table(tmp_path, monkeypatch):
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened for prose"))
    words = "the synthetic patient was treated with intensity modulated radiation therapy using daily image guidance".split()
    lines = [" ".join(words[i:] + words[:i])[:80].strip() for i in range(12)]
    out = read(word_by_word_pdf(tmp_path / "prose.pdf", lines))
    assert out.tables == [] and out.problems == []
    assert out.pages[0].text == "\n".join(lines)


def test_ruled_and_unruled_tables_on_one_page_are_both_kept(tmp_path):
    path = tmp_path / "two_tables.pdf"
    c = new_canvas(path)
    table_page(c, grid=False)  # the field table has no rules: built from positions
    c.grid([72, 200, 330], [80, 60, 40])  # a small ruled table at the foot of the page
    for x, y, text in [(76, 66, "Role"), (204, 66, "Name"), (76, 46, "Physicist"), (204, 46, "A. Example")]:
        c.drawString(x, y, text)
    c.rect(400, 40, 120, 40)  # a lone frame: not a table
    c.showPage()
    c.save()
    out = read(path)
    assert out.tables == [
        Table(page=1, rows=(("Role", "Name"), ("Physicist", "A. Example"))),
        Table(page=1, rows=FIELD_ROWS),
    ]
    assert out.pages[0].text.splitlines()[2:6] == TABLE_LINES


SIGN_OFF_ROWS = (
    ("Role", "Name", "Date"),
    ("Physician", "J. Roe", "2024-01-05"),
    ("Physicist", "A. Example", "2024-01-06"),
    ("Dosimetrist", "B. Sample", "2024-01-04"),
)


def test_unruled_columns_outside_a_ruled_grid_are_still_built_from_positions(tmp_path, monkeypatch):
    path = tmp_path / "grid_and_columns.pdf"
    c = new_canvas(path)
    table_page(c)  # the field table is a full ruled grid: read from its rules
    c.drawString(72, 320, "Plan sign-off")
    for r, row in enumerate(SIGN_OFF_ROWS):  # an unruled table below it: only positions show it
        for x, text in zip((72, 200, 330), row):
            c.drawString(x, 300 - 16 * r, text)
    c.showPage()
    c.save()
    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened"))
    out = read(path)
    assert out.tables == [Table(page=1, rows=FIELD_ROWS), Table(page=1, rows=SIGN_OFF_ROWS)]
    assert out.problems == []


def test_columns_inside_a_ruled_grid_skip_the_per_character_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_layout, "char_runs", lambda textpage: pytest.fail("char_runs built for a ruled grid"))
    out = read(table_pdf(tmp_path / "fields.pdf"))
    assert out.tables == [Table(page=1, rows=FIELD_ROWS)] and out.problems == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plan\nField  Gantry  MU  Energy\n1 180 120.5 6X", True),
        ("Field notes\nGantry check\nMU verified", False),  # three names, never on one line
        ("Field Gantry MU " + "x" * 120, False),  # a line too long to be a header row
        ("Fielding a Dosed team on Dates", False),  # the names occur only inside other words
        ("Date Date Date\nDate", False),  # one name three times
    ],
)
def test_header_row_needs_three_different_names_on_one_short_line(text, expected):
    assert pdf_layout.has_header_row(text) is expected
