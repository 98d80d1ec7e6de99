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
import operator
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

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
HEADER_NAMES = ("Field", "Beam", "Gantry", "Collimator", "Couch", "MU", "Arc", "Energy", "Dose", "Signature",
                "Signed", "Role", "Date", "Name", "Time")
HEADER_WORDS = re.compile(r"\b(" + "|".join(HEADER_NAMES) + r")\b")


Box = tuple[float, float, float, float]  # left, bottom, right, top


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
    handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    values = [ctypes.c_double() for _ in range(4)]
    left, top, right, bottom = values
    refs = [ctypes.byref(v) for v in values]
    runs = []
    for i in range(count):
        if not _get_rect(handle, i, *refs):
            raise PdfiumError("Failed to get rectangle.")
        runs.append(Run(left.value, bottom.value, right.value, top.value))
    return runs


def _geometry(runs: list[Run]) -> tuple[list[float], list[float]]:
    """Each run's middle and height, computed once (the properties cost a call each time)."""
    middles = [(run.top + run.bottom) / 2 for run in runs]
    heights = [max(run.top - run.bottom, 1.0) for run in runs]
    return middles, heights


def out_of_order(runs: list[Run]) -> bool:
    """Whether stream order jumps back up the page or back left along a line DISORDER times or more.

    Runs on every page: it stops at the DISORDER-th jump, and keeps the previous run's middle and
    height in locals, with max() spelled out (same results, NaN included).
    """
    score = 0
    prev_left = prev_middle = prev_height = 0.0
    for i, run in enumerate(runs):
        middle = (run.top + run.bottom) / 2
        height = run.top - run.bottom
        height = 1.0 if 1.0 > height else height
        if i:
            pair = height if height > prev_height else prev_height
            rise = middle - prev_middle
            if rise > JUMP * pair or (abs(rise) < SAME_LINE * pair and run.right < prev_left):
                score += 1
                if score >= DISORDER:
                    return True
        prev_left, prev_middle, prev_height = run.left, middle, height
    return False


def _unchecked(function, restype):
    """The same pdfium function without pypdfium2's declared argument types.

    Converting each argument through its declared type costs about a microsecond a call; called
    with an FPDF handle as c_void_p, Python ints and byref() pointers, the call costs half that.
    """
    bare = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    bare.restype = restype
    return bare


_get_char_box = _unchecked(pdfium_c.FPDFText_GetCharBox, ctypes.c_int)
_get_rect = _unchecked(pdfium_c.FPDFText_GetRect, ctypes.c_int)
_get_unicode = _unchecked(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_get_text = _unchecked(pdfium_c.FPDFText_GetText, ctypes.c_int)
_text_index = _unchecked(pdfium_c.FPDFText_GetTextIndexFromCharIndex, ctypes.c_int)
# In pdfium's page text, U+FFFE stands for a character whose own code differs (none, or a hyphen
# marker); surrogates mean one character took two UTF-16 units. Either breaks index alignment.
_UNALIGNED = re.compile(r"[\ud800-\udfff\ufffe]")


def _aligned_text(handle, count: int) -> str | None:
    """pdfium's page text in one call, when it holds exactly one character per char index.

    That is the case unless pdfium left a character out of the text (control characters, empty
    codes: then the last char's text index falls short), wrote a stand-in for one (U+FFFE) or
    needed a surrogate pair; then None, and the caller asks for each character's code instead.
    Not caught: a code above U+10FFFF (a 3- or 4-byte CID code with no ToUnicode map), which
    pdfium's UTF-16 output truncates to 16 bits where chr() of the per-character code would raise.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    if _get_text(handle, 0, count, buffer) != count + 1 or _text_index(handle, count - 1) != count - 1:
        return None
    text = ctypes.string_at(buffer, 2 * count).decode("utf-16-le", "surrogatepass")
    return None if _UNALIGNED.search(text) else text


def _code_char(code: int) -> str:
    return "\ufffd" if 0xD800 <= code < 0xE000 else chr(code)


def _char_text(handle, count: int) -> str:
    """One character per char index, as FPDFText_GetUnicode gives it (a lone surrogate as U+FFFD)."""
    text = _aligned_text(handle, count) if count > 0 else ""
    if text is None:
        text = "".join(_code_char(_get_unicode(handle, i)) for i in range(count))
    return text


def char_runs(textpage) -> list[Run]:
    """Text runs built from characters: exact text and box for each stretch of one line.

    A run breaks where the stream leaves the line, steps back left, or leaves a gap wider than a
    few spaces (separate table cells drawn by one text object). A character with no box counts as
    a break between words, never as text.

    Characters come from one page-text call when it lines up with char indices (see
    _aligned_text); only non-blank characters need a box call (about a microsecond each, raw
    pdfium with reused out-parameters), so only pages that need re-ordering, or whose columns
    (column_blocks) are not all inside ruled grids, pay for it. The run being built lives in
    locals; a Run is made once it ends.
    """
    handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    text = _char_text(handle, textpage.count_chars())
    values = [ctypes.c_double() for _ in range(4)]
    box_left, box_right, box_bottom, box_top = values
    ref_left, ref_right, ref_bottom, ref_top = (ctypes.byref(v) for v in values)
    runs: list[Run] = []
    parts: list[str] = []  # the current run's text; its box is run_left .. run_top
    run_left = run_bottom = run_right = run_top = 0.0
    space = False
    for i, char in enumerate(text):
        if char.isspace() or char == "\x00" or not _get_char_box(handle, i, ref_left, ref_right, ref_bottom, ref_top):
            space = True
            continue
        left, bottom, right, top = box_left.value, box_bottom.value, box_right.value, box_top.value
        if parts and not (bottom >= run_top or top <= run_bottom):  # overlaps the run vertically
            # max() and min() spelled out (same results, NaN included): this loop runs per character.
            height = run_top - run_bottom
            height = 1.0 if 1.0 > height else height
            height = top - bottom if top - bottom > height else height
            if -0.5 * height <= left - run_right <= 0.8 * height:
                if space:
                    parts.append(" ")
                parts.append(char)
                run_bottom = bottom if bottom < run_bottom else run_bottom
                run_right = right if right > run_right else run_right
                run_top = top if top > run_top else run_top
                space = False
                continue
        if parts:
            runs.append(Run(run_left, run_bottom, run_right, run_top, "".join(parts)))
        parts = [char]
        run_left, run_bottom, run_right, run_top = left, bottom, right, top
        space = False
    if parts:
        runs.append(Run(run_left, run_bottom, run_right, run_top, "".join(parts)))
    return runs


_LEFT = operator.attrgetter("left")


def lines(runs: list[Run]) -> list[list[Run]]:
    """Clusters runs into lines by vertical middle; lines top to bottom, runs left to right."""
    middles, heights = _geometry(runs)
    keys = [-middle for middle in middles]
    result: list[list[Run]] = []
    anchor = 0
    for i in sorted(range(len(runs)), key=keys.__getitem__):
        # max() spelled out (same result, NaN included): this loop runs per run.
        height = heights[i] if heights[i] > heights[anchor] else heights[anchor]
        if result and abs(middles[anchor] - middles[i]) < SAME_LINE * height:
            result[-1].append(runs[i])
            continue
        result.append([runs[i]])
        anchor = i
    return [sorted(line, key=_LEFT) for line in result]


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


def column_blocks(runs: list[Run]) -> list[Box]:
    """Where 3+ consecutive lines have cells lined up in 3+ columns: each such block's bounding box
    (geometry only, no text needed): the blocks column_tables would build from these same runs."""
    boxes = []
    for block in _blocks(lines(runs)):
        if len(_columns(block)) >= 3:
            cells = [cell for row in block for cell in row]
            boxes.append((min(cell.left for cell in cells), min(cell.bottom for cell in cells),
                          max(cell.right for cell in cells), max(cell.top for cell in cells)))
    return boxes


def inside(box: Box, frames: list[Box], slack: float = 2.0) -> bool:
    """Whether the box lies within one of the frames, give or take slack points on each side."""
    left, bottom, right, top = box
    return any(
        left >= f_left - slack and bottom >= f_bottom - slack and right <= f_right + slack and top <= f_top + slack
        for f_left, f_bottom, f_right, f_top in frames
    )


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
    Date, ...): catches tables whose rows pdfium reads as one run each, where geometry cannot.

    A word the pattern finds is a substring of the text, so a page where fewer than three of the
    names occur at all (most pages) is settled by substring tests, without a search per line.
    """
    if sum(name in text for name in HEADER_NAMES) < 3:
        return False
    return any(len(line) <= 120 and len(set(HEADER_WORDS.findall(line))) >= 3 for line in text.splitlines())
