"""WordprocessingML -> lines, tables and page breaks, by walking the lxml tree directly.

python-docx's Paragraph/Cell objects cost a Python object per run and re-walk merged cells; reading
the XML with lxml's C-level `iter()` is about ten times faster, which matters for thousands of
charts. This module only reads elements that python-docx has already parsed (safely, see docx.py).

Checkbox forms matter to the auditor ("☒ DVH reviewed" vs "☐ DVH reviewed"), so every way Word
stores a box becomes one of two glyphs in the text: ☒ (ticked) and ☐ (empty).
"""

from __future__ import annotations

from ..models import Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

W_P, W_TBL, W_TR, W_TC, W_T = W + "p", W + "tbl", W + "tr", W + "tc", W + "t"
W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = W + "sdt", W + "sdtContent", W + "customXml"
W_TAB, W_PTAB, W_TABS, W_BR, W_CR, W_SYM = W + "tab", W + "ptab", W + "tabs", W + "br", W + "cr", W + "sym"
W_LAST_RENDERED = W + "lastRenderedPageBreak"
W_CHECKBOX, W_CHECKED, W_DEFAULT = W + "checkBox", W + "checked", W + "default"
W_NO_BREAK_HYPHEN, W_PPR, W_PAGE_BREAK_BEFORE = W + "noBreakHyphen", W + "pPr", W + "pageBreakBefore"
W_MOVE_FROM, W_VAL, W_TYPE, W_FONT, W_CHAR = W + "moveFrom", W + "val", W + "type", W + "font", W + "char"
W14_CHECKBOX, W14_CHECKED, W14_VAL = W14 + "checkbox", W14 + "checked", W14 + "val"
MC_FALLBACK = MC + "Fallback"

CHECKED, UNCHECKED = "\u2612", "\u2610"  # ☒ ☐
EXPLICIT, RENDERED = "explicit", "rendered"  # an author's page break / where Word last broke the page
MAX_TABLE_DEPTH = 5  # tables inside cells inside tables...: deeper ones are read as flat text
_TRUE = {"1", "true", "on"}

_INLINE = (W_P, W_T, W_TAB, W_PTAB, W_BR, W_CR, W_SYM, W_LAST_RENDERED, W_CHECKBOX, W_NO_BREAK_HYPHEN)
_WRAPPERS = {W_CUSTOM_XML}
# Wingdings stores symbols in the private-use area (F0xx); the low byte is the glyph.
_WINGDINGS = {0xFE: CHECKED, 0xFD: CHECKED, 0x78: CHECKED, 0xA8: UNCHECKED, 0x6F: UNCHECKED}
_UNICODE_BOXES = {0x2612: CHECKED, 0x2611: CHECKED, 0x2610: UNCHECKED}


def prepare(root) -> None:
    """Removes what would be read twice and pins checkbox controls to one glyph, in place.

    mc:Fallback repeats a text box's text for old Word versions; w:moveFrom is the old position of
    tracked-moved text. A w14 checkbox control may display Wingdings 'þ'/'¨' as its content, so its
    content is replaced by the glyph its w14:checked state says.
    """
    for el in list(root.iter(MC_FALLBACK, W_MOVE_FROM)):
        el.getparent().remove(el)
    for box in list(root.iter(W14_CHECKBOX)):
        sdt_pr = box.getparent()
        sdt = sdt_pr.getparent() if sdt_pr is not None else None
        if sdt is None or sdt.tag != W_SDT:
            continue
        checked = box.find(W14_CHECKED)
        ticked = checked is not None and checked.get(W14_VAL, "1").lower() in _TRUE
        _set_content_glyph(sdt, CHECKED if ticked else UNCHECKED)


def _set_content_glyph(sdt, glyph: str) -> None:
    content = sdt.find(W_SDT_CONTENT)
    if content is None:
        return
    texts = list(content.iter(W_T))
    for el in list(content.iter(W_SYM)):
        el.getparent().remove(el)
    for el in texts:
        el.text = ""
    if texts:
        texts[0].text = glyph
        return
    holder = next(content.iter(W + "r"), None)
    if holder is None:
        holder = next(content.iter(W_P), content)
    text = holder.makeelement(W_T, {})  # makeelement keeps python-docx's element classes
    text.text = glyph
    holder.append(text)


def children(parent, tags):
    """Children with one of `tags`, looking through content controls and custom-XML wrappers."""
    for el in parent:
        tag = el.tag
        if tag in tags:
            yield el
        elif tag == W_SDT:
            content = el.find(W_SDT_CONTENT)
            if content is not None:
                yield from children(content, tags)
        elif tag in _WRAPPERS:
            yield from children(el, tags)


def sym_glyph(el) -> str:
    """w:sym is a character from a symbol font; checkbox symbols become ☒/☐, others if printable."""
    try:
        code = int(el.get(W_CHAR, ""), 16)
    except ValueError:
        return ""
    if el.get(W_FONT, "").lower().startswith("wingdings"):
        return _WINGDINGS.get(code & 0xFF, "")
    if code in _UNICODE_BOXES:
        return _UNICODE_BOXES[code]
    return "" if 0xE000 <= code <= 0xF8FF or code < 0x20 else chr(code)


def legacy_checkbox_glyph(box) -> str:
    """A FORMCHECKBOX field's state: w:checked wins over w:default; a bare <w:checked/> means ticked."""
    checked = box.find(W_CHECKED)
    state = checked if checked is not None else box.find(W_DEFAULT)
    if state is None:
        return UNCHECKED
    default = "1" if state is checked else "0"
    return CHECKED if state.get(W_VAL, default).lower() in _TRUE else UNCHECKED


def paragraph_segments(p) -> tuple[list[str], list[str]]:
    """The paragraph's text cut at page breaks: segments, and the kind of each break between them."""
    parts: list[str] = []
    segments: list[str] = []
    kinds: list[str] = []
    for el in p.iter(*_INLINE):
        tag = el.tag
        if tag == W_T:
            parts.append(el.text or "")
        elif tag == W_BR and el.get(W_TYPE) == "page" or tag == W_LAST_RENDERED:
            segments.append("".join(parts))
            parts = []
            kinds.append(EXPLICIT if tag == W_BR else RENDERED)
        elif tag in (W_BR, W_CR) or (tag == W_P and el is not p):  # nested p: a text box's paragraph
            parts.append("\n")
        elif tag == W_TAB and el.getparent().tag != W_TABS or tag == W_PTAB:  # w:tabs/w:tab is a tab stop
            parts.append("\t")
        elif tag == W_SYM:
            parts.append(sym_glyph(el))
        elif tag == W_CHECKBOX:
            parts.append(legacy_checkbox_glyph(el))
        elif tag == W_NO_BREAK_HYPHEN:
            parts.append("-")
    segments.append("".join(parts))
    return segments, kinds


def breaks_before(p) -> bool:
    """w:pageBreakBefore: the paragraph starts a page (Word ignores it at the top of a page)."""
    ppr = p.find(W_PPR)
    flag = ppr.find(W_PAGE_BREAK_BEFORE) if ppr is not None else None
    return flag is not None and flag.get(W_VAL, "1").lower() in _TRUE


class Pages:
    """Lines per page. A rendered break on a still-empty page is the same boundary as the explicit
    break just before it (Word writes both), so it does not open another page."""

    def __init__(self) -> None:
        self.lines: list[list[str]] = [[]]
        self._blank = True

    @property
    def number(self) -> int:
        return len(self.lines)

    def add(self, text: str) -> None:
        self.lines[-1].append(text)
        if text.strip():
            self._blank = False

    def new_page(self, kind: str) -> None:
        if kind == RENDERED and self._blank:
            return
        self.lines.append([])
        self._blank = True


class Walker:
    """Reads block content (paragraphs, tables, content controls) into `pages` and `tables`."""

    def __init__(self, pages: Pages, tables: list[Table]) -> None:
        self.pages = pages
        self.tables = tables

    def blocks(self, parent) -> None:
        for el in children(parent, (W_P, W_TBL)):
            if el.tag == W_P:
                self.paragraph(el)
            else:
                self.table(el)

    def paragraph(self, p) -> None:
        if breaks_before(p):
            self.pages.new_page(RENDERED)
        segments, kinds = paragraph_segments(p)
        if not kinds:
            self.pages.add(segments[0])
            return
        for i, segment in enumerate(segments):
            if i:
                self.pages.new_page(kinds[i - 1])
            if segment:  # the empty remainder around a lone page break is not a line
                self.pages.add(segment)

    def table(self, tbl) -> None:
        """One line per row (cells joined by ' | '), and a Table on the page where it starts."""
        index, page = len(self.tables), self.pages.number
        rows = []
        for tr in children(tbl, (W_TR,)):
            read = [self._cell(tc, 1) for tc in children(tr, (W_TC,))]
            for kind in (kind for _, kinds in read for kind in kinds):
                self.pages.new_page(kind)  # Word marks the break in the first cell of the next page's row
            cells = tuple(text for text, _ in read)
            rows.append(cells)
            self.pages.add(" | ".join(cell.replace("\n", " ") for cell in cells))
        self.tables.insert(index, Table(page, tuple(rows)))

    def _cell(self, tc, depth: int) -> tuple[str, list[str]]:
        """A cell's text (its paragraphs joined by newlines) and the page breaks found inside it."""
        lines: list[str] = []
        kinds: list[str] = []
        for el in children(tc, (W_P, W_TBL)):
            if el.tag == W_P:
                segments, found = paragraph_segments(el)
                lines.append("\n".join(s for s in segments if s) if found else segments[0])
                kinds.extend(found)
            else:
                lines.extend(self._nested_table(el, depth))
        return "\n".join(lines).strip(), kinds  # empty paragraphs around a nested table are not text

    def _nested_table(self, tbl, depth: int) -> list[str]:
        """Row lines of a table inside a cell; past MAX_TABLE_DEPTH, its text without structure."""
        if depth >= MAX_TABLE_DEPTH:
            return ["".join(t.text or "" for t in tbl.iter(W_T))]
        index = len(self.tables)
        rows = [
            tuple(self._cell(tc, depth + 1)[0] for tc in children(tr, (W_TC,)))
            for tr in children(tbl, (W_TR,))
        ]
        self.tables.insert(index, Table(self.pages.number, tuple(rows)))
        return [" | ".join(cell.replace("\n", " ") for cell in row) for row in rows]
