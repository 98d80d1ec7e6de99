"""PDF -> page text in reading order, tables, and specific problems instead of exceptions.

Two libraries, each used where it is good:
- pypdfium2 reads every page's text (hundreds of pages a second). Its text follows the content
  stream, which is visual order for almost all PDFs, so that text is kept as is (the fast path).
  Pages written out of order are noticed from text-run positions and re-ordered by position
  (see pdf_layout); pdfplumber's text is asked for only when that re-ordering cannot account for
  all of the page's characters.
- pdfplumber (~7 pages a second) finds ruled tables. It runs only on pages that look like they
  hold a table and have vector lines, and the PDF is opened with it once, after pdfium is done,
  only if a page needs it. Unruled tables are built from text positions instead (pdf_layout),
  on pages where lined-up columns lie outside every ruled grid pdfium found (pdf_grid): per-character
  positions are the costly part, and columns inside a grid are that grid's table seen again.

Problem codes: encrypted, corrupt (whole file, or with page= for one page that failed),
needs-ocr (page=), tables-unread (page= or whole file: text was read, tables were not).
Messages never quote document text.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..models import Page, Problem, Table
from . import Extracted
from . import pdf_grid as grid
from . import pdf_layout as layout

# pdfminer (under pdfplumber) logs raw PDF tokens at DEBUG, which can hold patient text: chart content
# must never reach a log, whatever level the host application sets.
logging.getLogger("pdfminer").setLevel(logging.WARNING)

ENCRYPTED = "the PDF is password-protected; it cannot be read without the password"
Rows = tuple[tuple[str, ...], ...]


@dataclass
class _Scan:
    """What the pdfium pass learned about one page; the pdfplumber pass may add to it."""

    page: Page
    tabular: bool = False  # looks like a table and has vector lines: ask pdfplumber for ruled tables
    better_text: bool = False  # re-ordering missed characters: ask pdfplumber for the text
    position_tables: list[Rows] = field(default_factory=list)  # unruled tables, from text positions
    ruled_tables: list[Rows] = field(default_factory=list)  # from pdfplumber

    @property
    def tables(self) -> list[Table]:
        """Ruled tables, then position-built ones that are not the same table seen without its rules."""
        ruled = {cell for rows in self.ruled_tables for row in rows for cell in row if cell}
        extra = [rows for rows in self.position_tables if not _mostly_in(rows, ruled)]
        return [Table(self.page.number, rows) for rows in self.ruled_tables + extra]


def _mostly_in(rows: Rows, cells: set[str]) -> bool:
    """Half or more of the table's filled cells appear in ruled tables: the same table, twice."""
    mine = [cell for row in rows for cell in row if cell]
    return sum(cell in cells for cell in mine) * 2 >= len(mine)


def read(path: Path, data: bytes, max_pages: int = 2000) -> Extracted:
    out = Extracted()
    pdf = _open(data, out.problems)
    if pdf is None:
        return out
    try:
        total = len(pdf)
        scans = [_scan_or_report(pdf, i, out.problems) for i in range(min(total, max_pages))]
    finally:
        pdf.close()
    if total > max_pages:
        msg = f"the PDF has {total} pages; only the first {max_pages} were read (page limit)"
        out.problems.append(Problem("too-large", msg, page=max_pages + 1))
    if not scans:
        out.problems.append(Problem("corrupt", "the PDF contains no pages"))
    _plumber_pass(data, scans, out.problems)
    out.pages = [scan.page for scan in scans]
    out.tables = [table for scan in scans for table in scan.tables]
    return out


def _open(data: bytes, problems: list[Problem]):
    """Opens with pdfium, or records why not: wrong password, or which part is damaged."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problems.append(_open_problem(data, exc.err_code))
        return None


def _open_problem(data: bytes, err_code: int | None) -> Problem:
    if err_code == pdfium_c.FPDF_ERR_PASSWORD:
        return Problem("encrypted", ENCRYPTED)
    if err_code == pdfium_c.FPDF_ERR_SECURITY:
        return Problem("encrypted", "the PDF uses an unsupported security (encryption) scheme; it cannot be read")
    if b"%PDF-" not in data[:1024]:
        return Problem("corrupt", "the file has no PDF header: it is not a PDF, or its start is damaged")
    if b"%%EOF" not in data[-1024:]:
        return Problem("corrupt", "the PDF is truncated (it ends before its end-of-file marker) and could not be opened")
    return Problem("corrupt", "the PDF's internal structure is damaged and could not be parsed")


def _scan_or_report(pdf, index: int, problems: list[Problem]) -> _Scan:
    """Reads one page; if that page fails, records it and leaves an empty page so others still count."""
    number = index + 1
    try:
        return _scan_page(pdf, index, problems)
    except Exception as exc:  # noqa: BLE001 - one bad page must not lose the rest of the document
        msg = f"page {number} could not be read ({type(exc).__name__}); the other pages were read"
        problems.append(Problem("corrupt", msg, page=number))
        return _Scan(Page(number, "", has_text_layer=False))


def _scan_page(pdf, index: int, problems: list[Problem]) -> _Scan:
    """Opens and closes pdfium's page objects deterministically, so memory stays flat on long PDFs."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return _scan_text(page, textpage, index + 1, problems)
        finally:
            textpage.close()
    finally:
        page.close()


def _scan_text(page, textpage, number: int, problems: list[Problem]) -> _Scan:
    """pdfium's text as is, unless the page is out of order; then table guesses from run positions.

    Positions are in unrotated page space, so pages with /Rotate keep the plain text and get no
    position-built tables.
    """
    text = textpage.get_text_range() if textpage.count_chars() > 0 else ""
    if not text.strip():
        return _no_text(page, number, problems)
    rects = layout.rects(textpage)
    upright = page.get_rotation() == 0
    runs, better_text = None, False
    if upright and layout.out_of_order(rects):
        runs = layout.char_runs(textpage)
        better_text = not _accounts_for(runs, text)
        text = layout.layout_text(runs)
    scan = _Scan(Page(number, clean_text(text)), better_text=better_text)
    blocks = layout.column_blocks(rects) if upright else []
    # Cheap guess first, so pdfplumber's time is spent only where a ruled table is likely.
    scan.tabular = bool(blocks or layout.has_header_row(text)) and _has_lines(page)
    frames: list[layout.Box] = []
    if scan.tabular and upright:
        # Full grids of straight rules are read from pdfium directly; pdfplumber only for the rest.
        grids = grid.ruled_grids(page, textpage)
        scan.ruled_tables = [rows for rows, _ in grids]
        frames = [box for _, box in grids]
        scan.tabular = not scan.ruled_tables
    # Columns that all sit inside ruled grids are those grids again, which _Scan.tables would drop:
    # the per-character runs (the costly part) are built only for columns outside every grid.
    # Blocks come from text-object rects, so, as before on pages with no columns at all, a table
    # whose rows are each one text object is not seen. Checked on the 4,186 such pages of the bench,
    # sample, eval and test PDFs: none would have kept a position-built table.
    if any(not layout.inside(block, frames) for block in blocks):
        scan.position_tables = layout.column_tables(layout.lines(runs or layout.char_runs(textpage)))
    return scan


def _has_lines(page) -> bool:
    """Ruled tables are drawn with vector paths; without any, pdfplumber would find no table."""
    return next(grid.page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH), None) is not None


def _no_text(page, number: int, problems: list[Problem]) -> _Scan:
    """No characters: an image means a scan we cannot read (say so); nothing at all is a blank page."""
    if next(grid.page_objects(page, pdfium_c.FPDF_PAGEOBJ_IMAGE), None) is None:
        return _Scan(Page(number, "", has_text_layer=False, needs_ocr=False))
    msg = f"page {number} has no text layer, only an image (scanned?): its content was not read; OCR is needed"
    problems.append(Problem("needs-ocr", msg, page=number))
    return _Scan(Page(number, "", has_text_layer=False, needs_ocr=True))


def _accounts_for(runs: list[layout.Run], text: str) -> bool:
    """Whether the re-ordered runs hold exactly the visible characters of pdfium's plain text.

    Exact, because a dropped decimal point (120.5 -> 1205 MU) is worse than a slow page.
    """
    found = sorted("".join(run.text for run in runs).replace(" ", ""))
    return found == sorted("".join(text.split()))


def clean_text(text: str) -> str:
    """pdfium ends lines with \\r\\n: normalise to \\n, drop trailing spaces and trailing blank lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).rstrip("\n")


def _plumber_pass(data: bytes, scans: list[_Scan], problems: list[Problem]) -> None:
    """One pdfplumber open, limited to the pages that need it; a failure keeps the pdfium results."""
    needed = {scan.page.number: scan for scan in scans if scan.tabular or scan.better_text}
    if not needed:
        return
    try:
        _plumb(data, needed, problems)
    except Exception as exc:  # noqa: BLE001 - pdfminer may reject a file pdfium could read
        msg = f"pdfplumber failed on this PDF ({type(exc).__name__}): tables were read from text positions only"
        problems.append(Problem("tables-unread", msg))


def _plumb(data: bytes, needed: dict[int, _Scan], problems: list[Problem]) -> None:
    import pdfplumber  # imported only when a page needs it: pdfminer is slow to import

    with pdfplumber.open(io.BytesIO(data), pages=sorted(needed)) as doc:
        for ppage in doc.pages:
            number = ppage.page_number
            try:
                _plumb_page(ppage, needed[number])
            except Exception as exc:  # noqa: BLE001 - keep the pdfium text; say what was not read
                msg = f"tables on page {number} could not be read ({type(exc).__name__}); its text was read"
                problems.append(Problem("tables-unread", msg, page=number))
            finally:
                ppage.close()


def _plumb_page(ppage, scan: _Scan) -> None:
    """pdfplumber's ruled tables, and its text when our re-ordering fell short."""
    if scan.better_text:
        text = clean_text(ppage.extract_text() or "")
        if text.strip():
            scan.page = Page(scan.page.number, text)
    if scan.tabular:
        tables = map(_clean_rows, ppage.extract_tables())
        # A lone ruled box (around a signature, say) is a frame, not a table.
        scan.ruled_tables = [rows for rows in tables if rows and max(map(len, rows)) >= 2]


def _clean_rows(raw) -> Rows:
    """None -> "", whitespace (including line breaks inside a cell) -> single spaces; empty rows dropped."""
    rows = (tuple(" ".join((cell or "").split()) for cell in row) for row in raw)
    return tuple(row for row in rows if any(row))
