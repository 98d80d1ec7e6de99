"""The DOCX reader: text in document order, pages, checkboxes, headers/footers, and damaged files."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest

from auditor.ingest import docx as docx_reader
from auditor.ingest import ingest
from auditor.models import Problem, Table
from tests.docxmaker import (
    PAGE_BREAK,
    SIGNATURE_ROWS,
    build,
    content_control_checkbox,
    legacy_checkbox,
    raw_paragraph,
    run,
    sym,
    write_zip,
)

FIELDS = [("Field", "Gantry", "MU"), ("1", "180", "120.5"), ("2", "220", "98.2")]


def read(path: Path):
    return docx_reader.read(path, path.read_bytes())


def read_built(tmp_path: Path, body, header=(), footer=()):
    return read(build(tmp_path / "note.docx", body, header=header, footer=footer))


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_paragraphs_and_table_keep_document_order(tmp_path):
    out = read_built(tmp_path, ["IMRT plan review", FIELDS, "DVH reviewed and approved."])
    assert [p.text for p in out.pages] == [
        "IMRT plan review\nField | Gantry | MU\n1 | 180 | 120.5\n2 | 220 | 98.2\nDVH reviewed and approved."
    ]
    assert out.tables == [Table(1, tuple(FIELDS))]
    assert out.problems == []


def test_page_breaks_number_the_pages(tmp_path):
    out = read_built(tmp_path, ["Simulation note", PAGE_BREAK, "Plan review", PAGE_BREAK, "Physics QA"])
    assert [(p.number, p.text) for p in out.pages] == [(1, "Simulation note"), (2, "Plan review"), (3, "Physics QA")]


def test_table_after_a_page_break_is_on_that_page(tmp_path):
    out = read_built(tmp_path, ["Cover", PAGE_BREAK, FIELDS])
    assert out.tables == [Table(2, tuple(FIELDS))]


def test_rendered_page_break_right_after_an_explicit_one_is_the_same_boundary(tmp_path):
    rendered = "<w:r><w:lastRenderedPageBreak/><w:t>Plan review</w:t></w:r>"
    out = read_built(tmp_path, ["Simulation note", PAGE_BREAK, raw_paragraph(rendered)])
    assert [p.text for p in out.pages] == ["Simulation note", "Plan review"]


def test_rendered_page_break_inside_a_paragraph_splits_it(tmp_path):
    flowing = run("continues onto") + "<w:r><w:lastRenderedPageBreak/></w:r>" + run("the next page")
    out = read_built(tmp_path, [raw_paragraph(flowing)])
    assert [p.text for p in out.pages] == ["continues onto", "the next page"]


def test_header_goes_on_top_of_page_one_only(tmp_path):
    out = read_built(tmp_path, ["Consult", PAGE_BREAK, "Plan"], header=["Synthetic Cancer Center"])
    assert [p.text for p in out.pages] == ["Synthetic Cancer Center\nConsult", "Plan"]


def test_signature_table_in_footer_ends_the_last_page(tmp_path):
    out = read_built(tmp_path, ["Consult", PAGE_BREAK, "Plan approved"], footer=[SIGNATURE_ROWS])
    assert out.pages[-1].text == (
        "Plan approved\n"
        "Electronically signed by | Jane Roe, MD | Radiation Oncologist\n"
        "Date | 2024-01-05 | 10:42"
    )
    assert out.pages[0].text == "Consult"
    assert out.tables == [Table(2, tuple(SIGNATURE_ROWS))]


def test_header_table_is_a_table_on_page_one(tmp_path):
    out = read_built(tmp_path, ["Body", PAGE_BREAK, "More"], header=[[("Patient", "TEST, SYNTHETIC")]])
    assert out.pages[0].text == "Patient | TEST, SYNTHETIC\nBody"
    assert out.tables == [Table(1, (("Patient", "TEST, SYNTHETIC"),))]


def test_typed_box_glyphs_stay_in_the_text(tmp_path):
    out = read_built(tmp_path, ["☒ DVH reviewed", "☐ Verification film"])
    assert out.pages[0].text == "☒ DVH reviewed\n☐ Verification film"


@pytest.mark.parametrize(
    ("font", "char", "glyph"),
    [
        ("Wingdings", "F0FE", "☒"),
        ("Wingdings", "F078", "☒"),
        ("Wingdings", "F0A8", "☐"),
        ("Wingdings", "F06F", "☐"),
        ("MS Gothic", "2612", "☒"),
        ("Segoe UI Symbol", "2610", "☐"),
    ],
)
def test_symbol_checkboxes_become_glyphs(tmp_path, font, char, glyph):
    out = read_built(tmp_path, [raw_paragraph(sym(font, char) + run(" IGRT daily"))])
    assert out.pages[0].text == f"{glyph} IGRT daily"


@pytest.mark.parametrize(
    ("checked", "shown", "font", "glyph"),
    [
        (True, "☒", "MS Gothic", "☒"),
        (False, "☐", "MS Gothic", "☐"),
        (True, "þ", "Wingdings", "☒"),  # Wingdings content shows as 'þ' unless the state is used
        (False, "☒", "MS Gothic", "☐"),  # the w14:checked state wins over stale content
    ],
)
def test_content_control_checkbox_uses_its_checked_state(tmp_path, checked, shown, font, glyph):
    box = content_control_checkbox(checked, shown=shown, font=font)
    out = read_built(tmp_path, [raw_paragraph(box + run(" Physics chart check"))])
    assert out.pages[0].text == f"{glyph} Physics chart check"


@pytest.mark.parametrize(
    ("checked", "default", "glyph"),
    [
        ("", "0", "☒"),  # bare <w:checked/> means ticked
        ("1", "0", "☒"),
        ("0", "1", "☐"),  # w:checked overrides the default
        (None, "1", "☒"),
        (None, "0", "☐"),
        ("true", "0", "☒"),
    ],
)
def test_legacy_form_checkbox_becomes_a_glyph(tmp_path, checked, default, glyph):
    box = legacy_checkbox(checked, default)
    out = read_built(tmp_path, [raw_paragraph(box + run(" Weekly physics check"))])
    assert out.pages[0].text == f"{glyph} Weekly physics check"


def test_tabs_and_line_breaks_are_kept(tmp_path):
    inner = run("Dose") + "<w:r><w:tab/></w:r>" + run("70 Gy") + "<w:r><w:br/></w:r>" + run("Fractions 28")
    out = read_built(tmp_path, [raw_paragraph(inner)])
    assert out.pages[0].text == "Dose\t70 Gy\nFractions 28"


def test_text_box_fallback_is_not_read_twice(tmp_path):
    box = (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:txbxContent><w:p>' + run("Boost plan") + "</w:p></w:txbxContent></mc:Choice>"
        "<mc:Fallback><w:txbxContent><w:p>" + run("Boost plan") + "</w:p></w:txbxContent></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    out = read_built(tmp_path, [raw_paragraph(box)])
    assert out.pages[0].text.count("Boost plan") == 1


def test_nested_table_is_read_inside_its_cell(tmp_path):
    def nested(container):
        table = container.add_table(1, 2)
        table.cell(0, 0).text = "Targets"
        inner = table.cell(0, 1).add_table(2, 1)
        inner.cell(0, 0).text = "PTV70"
        inner.cell(1, 0).text = "PTV56"

    out = read_built(tmp_path, [nested])
    assert out.pages[0].text == "Targets | PTV70 PTV56"
    assert out.tables == [Table(1, (("Targets", "PTV70\nPTV56"),)), Table(1, (("PTV70",), ("PTV56",)))]


def test_entities_in_the_xml_are_not_expanded(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Hello"]))
    declaration, rest = entries["word/document.xml"].decode().split("?>", 1)
    doctype = '<!DOCTYPE w:document [<!ENTITY a "LOL"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/hostname">]>'
    entries["word/document.xml"] = (declaration + "?>" + doctype + rest.replace("Hello", "Hi &b;&x;")).encode()
    out = read(write_zip(tmp_path / "entities.docx", entries))
    assert "LOL" not in out.pages[0].text
    assert out.pages[0].text.startswith("Hi")


def test_not_a_zip_is_corrupt(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"This is a plain text file someone renamed.")
    assert read(path).problems == [Problem("corrupt", "not a valid DOCX file (it is not a ZIP archive)")]


def test_truncated_zip_is_corrupt(tmp_path):
    data = build(tmp_path / "whole.docx", ["Plan"]).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    [problem] = read(path).problems
    assert problem.code == "corrupt"
    assert "truncated" in problem.message


def test_zip_without_main_document_is_corrupt(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"]))
    del entries["word/document.xml"]
    [problem] = read(write_zip(tmp_path / "hollow.docx", entries)).problems
    assert problem.code == "corrupt"
    assert problem.message.endswith("no main document part)")


def test_ole_header_means_encrypted_or_old_doc(tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    assert read(path).problems == [
        Problem("encrypted", "the Word document is password-protected or in the old .doc format; it cannot be read")
    ]


def test_broken_xml_is_corrupt(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"]))
    entries["word/document.xml"] = entries["word/document.xml"][:-40]
    [problem] = read(write_zip(tmp_path / "broken.docx", entries)).problems
    assert problem.code == "corrupt"
    assert "XML" in problem.message


def test_highly_compressed_big_part_is_refused_before_unpacking(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"]))
    entries["word/media/padding.bin"] = bytes(12 * 1024 * 1024)  # 12 MB of zeros compresses ~1000:1
    [problem] = read(write_zip(tmp_path / "bomb.docx", entries)).problems
    assert problem.code == "too-large"
    assert "decompression bomb" in problem.message


def test_declared_total_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_TOTAL_UNCOMPRESSED", 1024)
    path = build(tmp_path / "plan.docx", ["Plan " * 400])
    [problem] = read(path).problems
    assert problem.code == "too-large"
    assert "would unpack to" in problem.message


def test_ingest_records_path_hash_format_and_text(tmp_path):
    chart = tmp_path / "chart-001"
    (chart / "plans").mkdir(parents=True)
    path = build(chart / "plans" / "plan.docx", ["IMRT plan approved"])
    document = ingest(path, chart)
    assert document.path == "plans/plan.docx"
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert document.format == "docx"
    assert document.problems == ()
    assert document.pages[0].text == "IMRT plan approved"


def test_ingest_reports_a_damaged_docx_as_a_problem(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    document = ingest(path, tmp_path)
    assert document.format == "docx"
    assert [p.code for p in document.problems] == ["corrupt"]
    assert document.pages == ()


def test_same_header_in_two_sections_is_read_once(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Synthetic Cancer Center"
    document.add_paragraph("Consult")
    section = document.add_section()
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Synthetic Cancer Center"
    document.add_paragraph("Plan")
    path = tmp_path / "sections.docx"
    document.save(str(path))
    assert read(path).pages[0].text.count("Synthetic Cancer Center") == 1


def test_macro_enabled_package_renamed_to_docx_is_unsupported(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"]))
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    [problem] = read(write_zip(tmp_path / "macro.docx", entries)).problems
    assert problem.code == "unsupported"
    assert "macro-enabled" in problem.message


def test_a_missing_part_the_package_refers_to_is_reported_even_if_no_text_is_read_from_it(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"]))
    del entries["word/styles.xml"]
    assert read(write_zip(tmp_path / "no-styles.docx", entries)).problems == [
        Problem("corrupt", "the DOCX package is incomplete: a part it refers to is missing")
    ]


def test_damaged_xml_in_a_part_no_text_is_read_from_does_not_hide_the_text(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan approved"]))
    entries["word/styles.xml"] = entries["word/styles.xml"][:-40]
    out = read(write_zip(tmp_path / "styles.docx", entries))
    assert out.problems == []
    assert out.pages[0].text == "Plan approved"


def test_broken_footer_xml_is_corrupt(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"], footer=["Signed"]))
    entries["word/footer1.xml"] = entries["word/footer1.xml"][:-20]
    assert read(write_zip(tmp_path / "footer.docx", entries)).problems == [
        Problem("corrupt", "the Word document's XML is damaged and cannot be parsed")
    ]


def test_entities_in_a_footer_are_not_expanded(tmp_path):
    entries = entries_of(build(tmp_path / "base.docx", ["Plan"], footer=["Signed"]))
    declaration, rest = entries["word/footer1.xml"].decode().split("?>", 1)
    doctype = '<!DOCTYPE w:ftr [<!ENTITY a "LOL"><!ENTITY x SYSTEM "file:///etc/hostname">]>'
    entries["word/footer1.xml"] = (declaration + "?>" + doctype + rest.replace("Signed", "Signed &a;&x;")).encode()
    out = read(write_zip(tmp_path / "entities.docx", entries))
    assert out.problems == []
    assert out.pages[-1].text.rstrip() == "Plan\nSigned"  # neither "LOL" nor the file's content
