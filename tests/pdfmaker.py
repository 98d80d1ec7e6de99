"""Builds small synthetic PDFs with reportlab for the PDF reader's tests and benchmark.

Everything here is made up: no real patient, no real plan. Each builder writes one file and
returns its path, so a test reads as "make this kind of PDF, read it, check what came back".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT = ("Helvetica", 11)
LEFT = 72
TOP = 740
LEADING = 16
ROW_HEIGHT = 20
COLUMN_WIDTHS = (60, 70, 80, 70, 70)

FIELD_ROWS = (
    ("Field", "Gantry", "Collimator", "MU", "Energy"),
    ("1", "180", "0", "120.5", "6X"),
    ("2", "220", "30", "98.2", "6X"),
    ("3", "260", "330", "101.0", "10X"),
)

PLAN_HEADER = ("IMRT Treatment Plan Report", "Patient: TEST, SYNTHETIC  MRN: 000000")
SIGNATURE_BLOCK = ("Approved by: Jane Roe, MD  Role: Radiation Oncologist", "Signature: Jane Roe  Date: 2024-01-05")


def new_canvas(path: Path, **kwargs) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=letter, **kwargs)
    c.setFont(*FONT)
    return c


def _lines(c: canvas.Canvas, lines, top: float = TOP) -> float:
    """Draws lines top to bottom in order; returns the y below the last one."""
    y = top
    for line in lines:
        c.drawString(LEFT, y, line)
        y -= LEADING
    return y


def text_pdf(path: Path, pages: list[list[str]], **canvas_kwargs) -> Path:
    """One page per list of lines, written in reading order (the common, fast case)."""
    c = new_canvas(path, **canvas_kwargs)
    for lines in pages:
        c.setFont(*FONT)
        _lines(c, lines)
        c.showPage()
    c.save()
    return path


def _column_xs() -> list[float]:
    xs = [LEFT]
    for width in COLUMN_WIDTHS:
        xs.append(xs[-1] + width)
    return xs


def _table_cells(rows, top: float):
    """(column, row, x, y, text) for each cell, so callers can draw them in any order."""
    xs = _column_xs()
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            yield col, r, xs[col] + 4, top - (r + 1) * ROW_HEIGHT + 6, text


def _grid(c: canvas.Canvas, rows, top: float) -> None:
    ys = [top - i * ROW_HEIGHT for i in range(len(rows) + 1)]
    c.grid(_column_xs()[: len(rows[0]) + 1], ys)


def table_page(c: canvas.Canvas, rows=FIELD_ROWS, grid: bool = True, column_first: bool = False) -> None:
    """Plan header, a field table, and the signature block at the bottom of the page.

    column_first=True draws the signature block first and the cells column by column, so the
    content stream is out of reading order (as some planning-system exporters write it).
    """
    table_top = TOP - LEADING * len(PLAN_HEADER) - 10
    cells = sorted(_table_cells(rows, table_top), key=lambda cell: (cell[0], cell[1]) if column_first else (cell[1], cell[0]))
    if column_first:
        _lines(c, SIGNATURE_BLOCK, top=120)
    else:
        _lines(c, PLAN_HEADER)
    for _col, _row, x, y, text in cells:
        c.drawString(x, y, text)
    if grid:
        _grid(c, rows, table_top)
    if column_first:
        _lines(c, PLAN_HEADER)
    else:
        _lines(c, SIGNATURE_BLOCK, top=120)


def table_pdf(path: Path, rows=FIELD_ROWS, grid: bool = True, column_first: bool = False) -> Path:
    c = new_canvas(path)
    table_page(c, rows, grid=grid, column_first=column_first)
    c.showPage()
    c.save()
    return path


def draw_image(c: canvas.Canvas, seed: int = 0) -> None:
    """A grey 'scan' with a few dark bars, drawn as an image: no text layer at all."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (400, 500), 235)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.rectangle((30, 40 + i * 35 + seed % 7, 360, 52 + i * 35), fill=40)
    c.drawImage(ImageReader(img), 72, 200, width=400, height=500)


def mixed_pdf(path: Path, kinds: list[str]) -> Path:
    """Pages by kind: 'text' (a short report page), 'image' (scan only) or 'blank'."""
    c = new_canvas(path)
    for n, kind in enumerate(kinds, start=1):
        if kind == "text":
            _lines(c, [f"Treatment summary page {n}", "Dose delivered as planned."])
        elif kind == "image":
            draw_image(c, seed=n)
        c.showPage()
    c.save()
    return path


def reversed_lines_page(c: canvas.Canvas, lines) -> None:
    """Draws lines bottom-up: visually in order, but the content stream is reversed."""
    ys = [TOP - i * LEADING for i in range(len(lines))]
    for y, line in reversed(list(zip(ys, lines))):
        c.drawString(LEFT, y, line)


def reversed_pdf(path: Path, lines) -> Path:
    c = new_canvas(path)
    reversed_lines_page(c, lines)
    c.showPage()
    c.save()
    return path


def two_column_pdf(path: Path, left_lines, right_lines) -> Path:
    """A newsletter-style page: the whole left column, then the right one (one jump back up)."""
    c = new_canvas(path)
    _lines(c, left_lines)
    y = TOP
    for line in right_lines:
        c.drawString(LEFT + 250, y, line)
        y -= LEADING
    c.showPage()
    c.save()
    return path


def word_by_word_pdf(path: Path, lines, width: float = 468) -> Path:
    """Justified prose with every word placed separately, as word processors often export it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = new_canvas(path)
    y = TOP
    for line in lines:
        words = line.split()
        used = sum(stringWidth(w, *FONT) for w in words)
        gap = (width - used) / max(len(words) - 1, 1)
        x = LEFT
        for word in words:
            c.drawString(x, y, word)
            x += stringWidth(word, *FONT) + gap
        y -= LEADING
    c.showPage()
    c.save()
    return path
