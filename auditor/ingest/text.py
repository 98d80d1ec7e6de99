"""Plain text, Markdown and RTF -> pages, tables and problems.

Chart exports arrive in every encoding an EMR or a Windows PC can produce, so decoding never fails:
BOMs first, then UTF-16 without a BOM (detected by its NUL bytes), then strict UTF-8, and finally
Windows-1252, which maps almost every byte. When the text had to be guessed or repaired, a
'decoding' problem tells the user the wording may be imperfect.

Pages are split at form feeds (what print-to-text exports and RTF \\page produce).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from ..models import Page, Problem, Table
from . import Extracted

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NAMES = {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-32": "UTF-32", "utf-16": "UTF-16",
          "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "cp1252": "Windows-1252 (cp1252)"}
_SAMPLE = 4096
_CELL_MARK = "\ue000"  # private-use character standing in for RTF's \cell until rows are rebuilt
_RTF_CELL = re.compile(r"(?<!\\)\\(?:nest)?cell(?![A-Za-z])\s?")
_RTF_PAGE = re.compile(r"(?<!\\)\\page(?![A-Za-z])\s?")
_RTF_CHECKBOX = re.compile(r"FORMCHECKBOX(?P<field>.{0,2000}?)\\fldrslt", re.S)
_MD_SEPARATOR = re.compile(r":?-+:?")
_GRID_RULE = re.compile(r"[\-=:]+(?:[+|][\-=:]+)+[+|]?|[+|]?(?:[\-=:]+[+|])+")


def read(path: Path, data: bytes) -> Extracted:
    text, encoding, replaced = decode(data)
    is_rtf = text[:64].lstrip().startswith("{\\rtf")
    problems = _decoding_problems(encoding, replaced, is_rtf)
    text = text.replace("\x00", "")
    if is_rtf:
        text = rtf_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = _pages(text)
    tables = [table for page in pages for table in pipe_tables(page) + fixed_width_tables(page)]
    return Extracted(pages=pages, tables=tables, problems=problems)


def decode(data: bytes) -> tuple[str, str, int]:
    """(text, codec used, number of characters that had to be replaced). Never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec)
    utf16 = _utf16_without_bom(data)
    if utf16:  # checked before UTF-8: ASCII in UTF-16 is also valid (NUL-riddled) UTF-8
        return _decode_as(data, utf16)
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # only 81 8D 8F 90 9D are undefined
        return text, "cp1252", text.count("\ufffd")


def _decode_as(data: bytes, codec: str) -> tuple[str, str, int]:
    try:
        return data.decode(codec), codec, 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return text, codec, text.count("\ufffd")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly-Latin text has a NUL in every other byte: odd positions for LE, even for BE.

    Too short a sample is left to UTF-8, where stray NULs are simply removed.
    """
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs * 0.5 and even <= pairs * 0.05:
        return "utf-16-le"
    if even >= pairs * 0.5 and odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def _decoding_problems(codec: str, replaced: int, is_rtf: bool) -> list[Problem]:
    """Tells the user when the wording may be off; RTF's own default code page is Windows-1252."""
    name = _NAMES.get(codec, codec)
    if replaced:
        return [Problem("decoding", f"the text was read as {name}, but {replaced} character(s) could not be "
                                    "decoded and were replaced; some words may be garbled")]
    if codec == "cp1252" and not is_rtf:
        return [Problem("decoding", f"the text is not valid UTF-8; it was read as {name}, so accented letters "
                                    "and symbols may be wrong")]
    return []


def rtf_text(rtf: str) -> str:
    """RTF -> text via striprtf, keeping form checkboxes as ☒/☐, pages as form feeds and table cells.

    striprtf turns \\page into blank lines and \\cell into a bare '|', and drops FORMCHECKBOX fields,
    so those are rewritten as Unicode escapes it passes through before it runs.
    """
    rtf = _RTF_CHECKBOX.sub(_checkbox_glyph, rtf)
    rtf = _RTF_PAGE.sub(r"{\\uc1\\u12?}", rtf)
    rtf = _RTF_CELL.sub(r"{\\uc1\\u57344?}", rtf)
    text = rtf_to_text(rtf, errors="replace")
    return "\n".join(_rtf_row(line) if _CELL_MARK in line else line for line in text.split("\n"))


def _checkbox_glyph(match: re.Match) -> str:
    """\\ffres is the box's state (25 = 'use the default'), \\ffdefres its default."""
    field = match.group("field")
    result = re.search(r"\\ffres(\d+)", field)
    default = re.search(r"\\ffdefres(\d+)", field)
    state = result.group(1) if result and result.group(1) != "25" else (default.group(1) if default else "0")
    return match.group(0) + (r"{\uc1\u9746?}" if state == "1" else r"{\uc1\u9744?}")


def _rtf_row(line: str) -> str:
    cells = line.split(_CELL_MARK)
    if cells and not cells[-1].strip():
        cells.pop()  # the mark after the last cell
    return " | ".join(cell.strip() for cell in cells)


def _pages(text: str) -> list[Page]:
    """One page per form feed; a trailing form feed (printer output) does not make an empty page."""
    chunks = text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()
    return [Page(number, chunk) for number, chunk in enumerate(chunks, 1)]


def pipe_tables(page: Page) -> list[Table]:
    """Runs of consecutive pipe-separated lines (Markdown tables, EMR pipe exports) as Tables."""
    tables: list[Table] = []
    rows: list[tuple[str, ...]] = []
    for line in page.text.split("\n"):
        if rows and _GRID_RULE.fullmatch(line.strip()):
            continue  # "------+-------" between the header and the rows of an EMR pipe export
        cells = _pipe_cells(line)
        if cells is None:
            if rows:
                tables.append(Table(page.number, tuple(rows)))
            rows = []
        elif not all(_MD_SEPARATOR.fullmatch(cell) for cell in cells):  # |---|:---:| is not data
            rows.append(cells)
    if rows:
        tables.append(Table(page.number, tuple(rows)))
    return tables


def _pipe_cells(line: str) -> tuple[str, ...] | None:
    stripped = line.strip()
    if not (" | " in stripped or (stripped.startswith("|") and stripped.count("|") >= 2)):
        return None
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return tuple(cell.strip() for cell in stripped.split("|"))


_GAP = re.compile(r"\s{2,}|\t")


def fixed_width_tables(page: Page) -> list[Table]:
    """Column-aligned exports (MOSAIQ field lists, prescriptions): a header line of 3+ cells split by
    runs of spaces, then rows with about as many cells. A header has no purely numeric cell."""
    tables: list[Table] = []
    rows: list[tuple[str, ...]] = []
    for line in page.text.split("\n") + [""]:
        cells = tuple(c for c in _GAP.split(line.strip()) if c) if "|" not in line else ()
        if rows and cells and all(_RULE.fullmatch(c) for c in cells):
            continue  # a ----- ===== rule under the header is layout, not a row
        if rows and len(cells) >= max(3, len(rows[0]) - 2):
            rows.append(cells)
            continue
        if len(rows) >= 2:
            tables.append(Table(page.number, tuple(rows)))
        rows = [cells] if len(cells) >= 3 and not any(_NUMERIC.fullmatch(c) for c in cells) else []
    return tables


_NUMERIC = re.compile(r"[\d.,:/%+\-]+")
_RULE = re.compile(r"[-=_~+]+")
