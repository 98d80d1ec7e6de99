"""Reading order and columns from text-run positions, for PDFs written out of visual order.

pdfium's plain text follows the content stream. Most producers write a page top to bottom, but
some planning-system and form exporters write a table column by column, a signature block first,
or lines bottom-up, and then the plain text scrambles rows and reverses lines. pdfium can also tell
us where each text run (one "rect": consecutive characters on one line) sits, which is enough to
notice the disorder cheaply and to rebuild visual order without a second PDF parser.

Coordinates are PDF units with y growing up the page; a page with /Rotate is not re-ordered.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

# A run whose middle is this many run-heights above the previous run's middle starts a new, higher
# line: more than a superscript's rise, less than the tightest line spacing seen in practice.
JUMP = 0.6
# Upward jumps plus backward steps along a line before a page counts as out of order. Two-column
# pages and headers drawn after the body give one or two jumps; a table drawn column by column or
# lines written bottom-up give many.
DISORDER = 3
SAME_LINE = 0.5  # middles closer than this many heights: same line
COLUMN_SLACK = 6.0  # points: left edges this close line up as one column
GUTTER = 1.0  # a gap this many text heights wide separates table cells; word gaps are narrower
HEADER_WORDS = re.compile(
    r"\b(Field|Beam|Gantry|Collimator|Couch|MU|Arc|Energy|Dose|Signature|Signed|Role|Date|Name|Time)\b"
)


@dataclass(frozen=True)
class Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str = ""

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def rects(textpage) -> list[Run]:
    """The page's text runs in content-stream order, geometry only (cheap: no text is decoded)."""
    count = textpage.count_rects()  # must run once before get_rect
    return [Run(*textpage.get_rect(i)) for i in range(count)]


def disorder(runs: list[Run]) -> int:
    """Counts places where stream order jumps back up the page or back left along a line."""
    score = 0
    for prev, run in zip(runs, runs[1:]):
        height = max(prev.height, run.height)
        rise = run.middle - prev.middle
        if rise > JUMP * height:
            score += 1
        elif abs(rise) < SAME_LINE * height and run.right < prev.left:
            score += 1
    return score


def out_of_order(runs: list[Run]) -> bool:
    return disorder(runs) >= DISORDER


def _chars(textpage):
    """(character, left, bottom, right, top) for each character, in stream order.

    Raw pdfium calls with reused out-parameters: about 6 microseconds a character, so only pages
    that need re-ordering or column detection pay for it.
    """
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, right, bottom, top)]
    raw = textpage.raw
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if not pdfium_c.FPDFText_GetCharBox(raw, i, *refs):
            code = 0x20  # no box: treat as a break between words, never as text
        char = "\ufffd" if 0xD800 <= code < 0xE000 else chr(code)
        yield char, left.value, bottom.value, right.value, top.value


def _continues(run: Run, left: float, bottom: float, top: float) -> bool:
    """Whether a character extends a run: overlaps it vertically and follows it closely to the right."""
    if bottom >= run.top or top <= run.bottom:
        return False
    height = max(run.height, top - bottom)
    return -0.5 * height <= left - run.right <= 0.8 * height


def char_runs(textpage) -> list[Run]:
    """Text runs built from characters: exact text and box for each stretch of one line.

    A run breaks where the stream leaves the line, steps back left, or leaves a gap wider than a
    few spaces (separate table cells drawn by one text object).
    """
    runs: list[Run] = []
    space = False
    for char, left, bottom, right, top in _chars(textpage):
        if char.isspace() or char == "\x00":
            space = True
            continue
        run = runs[-1] if runs else None
        if run is not None and _continues(run, left, bottom, top):
            text = run.text + (" " if space else "") + char
            runs[-1] = Run(run.left, min(run.bottom, bottom), max(run.right, right), max(run.top, top), text)
        else:
            runs.append(Run(left, bottom, right, top, char))
        space = False
    return runs


def lines(runs: list[Run]) -> list[list[Run]]:
    """Clusters runs into lines by vertical middle; lines top to bottom, runs left to right."""
    result: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: -r.middle):
        if result:
            anchor = result[-1][0]
            if abs(anchor.middle - run.middle) < SAME_LINE * max(anchor.height, run.height):
                result[-1].append(run)
                continue
        result.append([run])
    return [sorted(line, key=lambda r: r.left) for line in result]


def line_text(line: list[Run]) -> str:
    """Joins a line's runs: touching runs directly, separated runs with one space.

    One space (not a tab) matches what pdfium itself puts between table cells on in-order pages,
    so text searches behave the same whichever path read the page.
    """
    parts = [line[0].text]
    for prev, run in zip(line, line[1:]):
        gap = run.left - prev.right
        parts.append(" " if gap > 0.15 * run.height else "")
        parts.append(run.text)
    return "".join(parts)


def layout_text(runs: list[Run]) -> str:
    return "\n".join(line_text(line) for line in lines(runs))


def _cells(line: list[Run]) -> list[Run]:
    """Merges runs closer than a gutter, so what remains are the cells of a table row.

    Word gaps (even in justified prose written word by word) are narrower than a gutter; cells of
    a table are separated by wider gaps.
    """
    cells = [line[0]]
    for run in line[1:]:
        prev = cells[-1]
        if run.left - prev.right < GUTTER * max(prev.height, run.height):
            text = line_text([prev, run])
            cells[-1] = Run(prev.left, min(prev.bottom, run.bottom), run.right, max(prev.top, run.top), text)
        else:
            cells.append(run)
    return cells


def _blocks(page_lines: list[list[Run]]) -> list[list[list[Run]]]:
    """Stretches of 3+ consecutive lines that each have 3+ cells."""
    blocks, current = [], []
    for row in [_cells(line) for line in page_lines] + [[]]:
        if len(row) >= 3:
            current.append(row)
            continue
        if len(current) >= 3:
            blocks.append(current)
        current = []
    return blocks


def _columns(block: list[list[Run]]) -> list[float]:
    """Left edges where most rows of the block start a cell: the table's columns."""
    groups: list[tuple[float, set[int]]] = []
    for left, row in sorted((cell.left, i) for i, cells in enumerate(block) for cell in cells):
        if groups and left - groups[-1][0] <= COLUMN_SLACK:
            groups[-1][1].add(row)
        else:
            groups.append((left, {row}))
    need = max(2, math.ceil(0.6 * len(block)))
    return [left for left, rows in groups if len(rows) >= need]


def _row(cells: list[Run], columns: list[float]) -> tuple[str, ...]:
    row = [""] * len(columns)
    for cell in cells:
        col = max((i for i, x in enumerate(columns) if x <= cell.left + COLUMN_SLACK), default=0)
        row[col] = f"{row[col]} {cell.text}".strip()
    return tuple(row)


def has_columns(runs: list[Run]) -> bool:
    """Whether 3+ consecutive lines have cells lined up in 3+ columns (geometry only, no text needed)."""
    return any(len(_columns(block)) >= 3 for block in _blocks(lines(runs)))


def column_tables(page_lines: list[list[Run]]) -> list[tuple[tuple[str, ...], ...]]:
    """Rows for unruled tables: only blocks whose cells line up in at least three columns."""
    tables = []
    for block in _blocks(page_lines):
        columns = _columns(block)
        if len(columns) >= 3:
            tables.append(tuple(_row(cells, columns) for cells in block))
    return tables


def has_header_row(text: str) -> bool:
    """Whether a short line names three table-header words (Field, Gantry, MU, Signature, Role,
    Date, ...): catches tables whose rows pdfium reads as one run each, where geometry cannot."""
    return any(len(line) <= 120 and len(set(HEADER_WORDS.findall(line))) >= 3 for line in text.splitlines())
