"""Builds small synthetic DOCX files with python-docx for the DOCX reader's tests and benchmark.

Everything here is made up: no real patient, no real plan. `build` takes a list of blocks, each
one of: a string (a paragraph), a list of row tuples (a table), PAGE_BREAK, or a callable that
adds its own content to the container (for the hand-built XML of checkboxes and symbols).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Inches

PAGE_BREAK = object()
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
SIGNATURE_ROWS = [
    ("Electronically signed by", "Jane Roe, MD", "Radiation Oncologist"),
    ("Date", "2024-01-05", "10:42"),
]


def build(path: Path, body, header=(), footer=()) -> Path:
    document = docx.Document()
    _fill(document, body)
    section = document.sections[0]
    if header:
        _fill(section.header, header)
    if footer:
        _fill(section.footer, footer)
    document.save(str(path))
    return path


def _fill(container, blocks) -> None:
    """Adds blocks in order; a header's or footer's built-in empty paragraph takes the first text."""
    spare = container.paragraphs[0] if _is_margin(container) and not container.paragraphs[0].text else None
    for block in blocks:
        if block is PAGE_BREAK:
            container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif callable(block):
            block(container)
        elif isinstance(block, str) and spare is not None:
            spare.text, spare = block, None
        elif isinstance(block, str):
            container.add_paragraph(block)
        else:
            _table(container, block)
    if spare is not None:
        spare._element.getparent().remove(spare._element)


def _is_margin(container) -> bool:
    return type(container).__name__ in ("_Header", "_Footer")


def _table(container, rows) -> None:
    columns = max(len(row) for row in rows)
    if _is_margin(container):
        table = container.add_table(len(rows), columns, Inches(6))
    else:
        table = container.add_table(len(rows), columns)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def raw_paragraph(inner_xml: str):
    """A block that appends <w:p>inner_xml</w:p>, for XML python-docx has no API for."""

    def add(container) -> None:
        placeholder = container.add_paragraph()._p  # lands before the body's sectPr
        placeholder.addprevious(parse_xml(f"<w:p {NS}>{inner_xml}</w:p>"))
        placeholder.getparent().remove(placeholder)

    return add


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def content_control_checkbox(checked: bool, shown: str = "\u2610", font: str = "MS Gothic") -> str:
    """A w14:checkbox content control; `shown` is the glyph in its content (may disagree or be Wingdings)."""
    return (
        "<w:sdt><w:sdtPr><w14:checkbox>"
        f'<w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        "</w14:checkbox></w:sdtPr><w:sdtContent>"
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t>{shown}</w:t></w:r>'
        "</w:sdtContent></w:sdt>"
    )


def legacy_checkbox(checked: str | None = None, default: str = "0") -> str:
    """A FORMCHECKBOX field; `checked` is the w:checked val ('' for a bare <w:checked/>, None for none)."""
    state = "" if checked is None else ("<w:checked/>" if checked == "" else f'<w:checked w:val="{checked}"/>')
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
        f'<w:checkBox><w:sizeAuto/><w:default w:val="{default}"/>{state}</w:checkBox>'
        "</w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def write_zip(path: Path, entries: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def clinical_note(path: Path, pages: int = 3) -> Path:
    """A plausible multi-page plan note with a field table, checkboxes and a signature footer."""
    body = []
    for page in range(pages):
        if page:
            body.append(PAGE_BREAK)
        body += [
            f"IMRT Treatment Plan Review - section {page + 1}",
            "Patient: TEST, SYNTHETIC  MRN: 000000  Site: Prostate",
            "The dose volume histogram was reviewed and target coverage is acceptable. " * 3,
            [("Field", "Gantry", "MU"), ("1", "180", "120.5"), ("2", "220", "98.2"), ("3", "260", "101.0")],
            raw_paragraph(content_control_checkbox(True) + run(" DVH reviewed")),
            raw_paragraph(legacy_checkbox("") + run(" Physics QA complete")),
        ]
    return build(path, body, header=["Synthetic Cancer Center"], footer=[SIGNATURE_ROWS])
