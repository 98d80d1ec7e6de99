"""Ruled tables from pdfium's own drawing: thin path objects form a grid; each cell's text is read
with pdfium's bounded text call.

pdfplumber finds the same tables but parses every object on the page in Python (0.1-0.5 s a page on
plan reports); this reads the rules and the cells in C in a few milliseconds. It only handles what it
can be sure of, full grids of straight rules; anything else falls back to pdfplumber. Each grid's
box is returned too (ruled_grids), so text-position tables are only built outside the grids.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

from .pdf_layout import Box

THIN = 2.0  # points: a rule is a path this thin in one direction
MIN_LENGTH = 6.0
SNAP = 2.0  # rules closer than this are the same rule (double-drawn borders)

Rows = tuple[tuple[str, ...], ...]


MAX_SEGMENTS = 5000  # a DVH curve is one path of thousands of segments, none of them a rule


def page_objects(page, kind: int, max_depth: int = 15):
    """Raw handles of the page's objects of one type (FPDF_PAGEOBJ_*), in PdfPage.get_objects order
    and with its errors, descending into form XObjects as deep: without the Python object it builds
    for every object on the page (about 20 microseconds each; plan reports have thousands)."""
    return _objects(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, kind, 0, max_depth)


def _objects(parent, count_objects, get_object, kind: int, level: int, max_depth: int):
    count = count_objects(parent)
    if count < 0:
        raise PdfiumError("Failed to get number of pageobjects.")
    for i in range(count):
        obj = get_object(parent, i)
        if not obj:
            raise PdfiumError("Failed to get pageobject.")
        obj_type = pdfium_c.FPDFPageObj_GetType(obj)
        if obj_type == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise PdfiumError("Failed to determine pageobject type.")
        if obj_type == kind:
            yield obj
        if obj_type == pdfium_c.FPDF_PAGEOBJ_FORM and level < max_depth - 1:
            form_count, form_get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
            yield from _objects(obj, form_count, form_get, kind, level + 1, max_depth)


def _rules(page) -> tuple[list[tuple], list[tuple]]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules: thin path objects, and the straight
    segments of paths that draw a whole grid at once (reportlab's Table grid is one path)."""
    horizontal, vertical = [], []
    bounds = [ctypes.c_float() for _ in range(4)]
    for obj in page_objects(page, pdfium_c.FPDF_PAGEOBJ_PATH, max_depth=2):
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *bounds):
            raise PdfiumError("Failed to locate pageobject.")
        left, bottom, right, top = (v.value for v in bounds)
        if right - left <= THIN or top - bottom <= THIN:
            _classify(left, bottom, right, top, horizontal, vertical)
        else:
            for x0, y0, x1, y1 in _segments(obj):
                _classify(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), horizontal, vertical)
    return horizontal, vertical


def _classify(left, bottom, right, top, horizontal: list, vertical: list) -> None:
    width, height = right - left, top - bottom
    if height <= THIN and width >= MIN_LENGTH:
        horizontal.append(((bottom + top) / 2, left, right))
    elif width <= THIN and height >= MIN_LENGTH:
        vertical.append(((left + right) / 2, bottom, top))


def _segments(raw):
    """Straight segments of a path object (raw handle), in page space."""
    count = pdfium_c.FPDFPath_CountSegments(raw)
    if count <= 1 or count > MAX_SEGMENTS:
        return
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
        raise PdfiumError("Failed to get matrix of pageobject.")
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    current = start = None
    for i in range(count):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
            yield (*current, *point)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        current = point
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None and current != start:
            yield (*current, *start)
            current = start


def _touch(h: tuple, v: tuple) -> bool:
    y, x0, x1 = h
    x, y0, y1 = v
    return x0 - SNAP <= x <= x1 + SNAP and y0 - SNAP <= y <= y1 + SNAP


def _components(horizontal: list[tuple], vertical: list[tuple]) -> list[tuple[list, list]]:
    """Groups of rules that touch each other: one group per table on the page."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _touch(h, v):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


class _BoundedText:
    """textpage.get_text_bounded in one pdfium call instead of two, with the same result.

    FPDFText_GetBoundedText scans every character of the page on each call (CPDF_TextPage::
    GetTextByRect, core/fpdftext/cpdf_textpage.cpp), and pypdfium2 calls it twice per cell: once
    for the length, once to copy. Here one buffer per page takes the text in one call. Checked in
    pdfium's fpdf_text.cpp and WideString::ToUTF16LE: the copy is the text in UTF-16LE plus a NUL
    terminator, cut at buflen; the length call counts wchar_t units, which equal UTF-16 units unless
    a character needs a surrogate pair (then pypdfium2's copy is cut short). The text itself holds no
    NUL (GetTextByPredicate skips code 0). So a text that may have been cut by a full buffer, or
    that holds a surrogate or a NUL, is read pypdfium2's way instead.
    """

    def __init__(self, textpage):
        self.textpage = textpage
        # Per character, GetTextByPredicate adds at most a line break and two UTF-16 units; then the NUL.
        self.size = 4 * textpage.count_chars() + 2
        self.buffer = (ctypes.c_ushort * self.size)()

    def __call__(self, left: float, bottom: float, right: float, top: float) -> str:
        count = pdfium_c.FPDFText_GetBoundedText(self.textpage, left, top, right, bottom, self.buffer, self.size)
        text = ctypes.string_at(self.buffer, 2 * count).decode("utf-16-le", "surrogatepass")
        text = text[:-1] if text.endswith("\x00") else text
        if count < self.size and not _UNSURE.search(text):
            return text
        return self.textpage.get_text_bounded(left, bottom, right, top)


_UNSURE = re.compile(r"[\x00\ud800-\udfff]")


def _cell_text(bounded: _BoundedText, left: float, bottom: float, right: float, top: float) -> str:
    text = bounded(left + 0.5, bottom + 0.5, right - 0.5, top - 0.5)
    return " ".join(text.split())


def _grid_rows(bounded: _BoundedText, hs: list[tuple], vs: list[tuple]) -> Rows:
    ys = _snap([h[0] for h in hs])[::-1]  # top to bottom
    xs = _snap([v[0] for v in vs])
    rows = []
    for top, bottom in zip(ys, ys[1:]):
        row = tuple(_cell_text(bounded, x0, bottom, x1, top) for x0, x1 in zip(xs, xs[1:]))
        if any(row):
            rows.append(row)
    return tuple(rows)


def ruled_tables(page, textpage) -> list[Rows]:
    """Every full grid of rules on the page with at least two columns, as rows of cell strings."""
    return [rows for rows, _ in ruled_grids(page, textpage)]


def ruled_grids(page, textpage) -> list[tuple[Rows, Box]]:
    """ruled_tables, each with its grid's outer box (left, bottom, right, top) in page space: the
    caller uses the boxes to skip building the same table again from text positions."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    bounded = _BoundedText(textpage)
    grids = [(_grid_rows(bounded, hs, vs), _box(hs, vs)) for hs, vs in _components(horizontal, vertical)]
    return [(t, box) for t, box in grids if t and max(map(len, t)) >= 2]


def _box(hs: list[tuple], vs: list[tuple]) -> Box:
    """The cells' extent: outermost vertical rules left and right, outermost horizontal ones below and above."""
    xs, ys = [v[0] for v in vs], [h[0] for h in hs]
    return (min(xs), min(ys), max(xs), max(ys))
