"""Render a format-neutral `Doc` to TXT, DOCX or PDF, plus the deliberately awkward variants
(a PDF drawn out of reading order, a scanned image-only PDF, a truncated PDF).

Every output is byte-for-byte reproducible: reportlab runs in invariant mode, DOCX archives get fixed
timestamps and core properties, and the scanned page uses a seeded generator.
"""

from __future__ import annotations

import io
import random
import re
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

SYNTHETIC = "SYNTHETIC - FOR TESTING ONLY"
FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- document model
@dataclass
class H:
    """A section heading."""
    text: str


@dataclass
class P:
    """A paragraph; `lines=True` keeps each line apart (signature blocks, key: value lists)."""
    text: str
    lines: bool = False


@dataclass
class T:
    """A ruled table; the first row is the header."""
    rows: list[list[str]]
    widths: list[float] | None = None  # relative column widths


@dataclass
class Doc:
    filename: str
    title: str
    facility: str
    header: list[str]  # patient identification lines, already formatted
    blocks: list = field(default_factory=list)
    footer: str = ""  # DOCX footer; PDF page foot; TXT trailing line

    @property
    def fmt(self) -> str:
        return Path(self.filename).suffix.lower().lstrip(".")


# ---------------------------------------------------------------- TXT
def _txt_table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def text_lines(doc: Doc, width: int = 96) -> list[str]:
    out = [doc.facility, SYNTHETIC, "", doc.title.upper(), *doc.header, ""]
    for b in doc.blocks:
        if isinstance(b, H):
            out += [b.text.upper() + ":"]
        elif isinstance(b, P) and b.lines:
            out += b.text.split("\n") + [""]
        elif isinstance(b, P):
            out += textwrap.wrap(b.text, width) + [""]
        elif isinstance(b, T):
            out += _txt_table(b.rows) + [""]
    if doc.footer:
        out += ["", doc.footer]
    return out


def render_txt(doc: Doc, newline: str = "\n") -> bytes:
    return (newline.join(text_lines(doc)).rstrip() + newline).encode("utf-8")


# ---------------------------------------------------------------- DOCX
def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return buf.getvalue()


def render_docx(doc: Doc) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title = "chart-auditor samples", "chart-auditor samples", doc.title
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(doc.facility).runs[0].bold = True
    d.add_paragraph(SYNTHETIC).runs[0].bold = True
    d.add_heading(doc.title, level=1)
    d.add_paragraph("\n".join(doc.header))
    for b in doc.blocks:
        if isinstance(b, H):
            d.add_heading(b.text, level=2)
        elif isinstance(b, P):
            d.add_paragraph(b.text)
        elif isinstance(b, T):
            table = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(b.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
    if doc.footer:
        d.sections[0].footer.paragraphs[0].text = doc.footer
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


# ---------------------------------------------------------------- PDF (platypus, normal reading order)
def _styles():
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=14, spaceAfter=4),
        "fac": ParagraphStyle("f", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=10),
        "syn": ParagraphStyle("s", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=9,
                              textColor="#b00000"),
        "h": ParagraphStyle("h", parent=ss["Heading3"], spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontSize=9.5, leading=12.5, spaceAfter=5),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontSize=8.5, leading=10),
    }


def _esc(s: str) -> str:
    """Escape for a platypus Paragraph, keeping line breaks and runs of spaces as typed."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return re.sub(r" {2,}", lambda m: " " + "&nbsp;" * (len(m.group()) - 1), s)


def _pdf_table(b: T, st, avail: float):
    from reportlab.platypus import Paragraph, Table, TableStyle

    widths = b.widths or [1.0] * len(b.rows[0])
    col = [avail * w / sum(widths) for w in widths]
    data = [[Paragraph(_esc(c), st["cell"]) for c in row] for row in b.rows]
    t = Table(data, colWidths=col, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, "#000000"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def render_pdf(doc: Doc) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    st = _styles()
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=letter, invariant=1, title=doc.title,
                            author="chart-auditor samples", subject=SYNTHETIC,
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    avail = letter[0] - 108
    flow = [Paragraph(_esc(doc.facility), st["fac"]), Paragraph(SYNTHETIC, st["syn"]),
            Paragraph(_esc(doc.title), st["title"]), Paragraph(_esc("\n".join(doc.header)), st["p"])]
    for b in doc.blocks:
        if isinstance(b, H):
            flow.append(Paragraph(_esc(b.text), st["h"]))
        elif isinstance(b, P):
            flow.append(Paragraph(_esc(b.text), st["p"]))
        elif isinstance(b, T):
            flow += [_pdf_table(b, st, avail), Spacer(1, 6)]

    def foot(canvas, _doc):
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(54, 30, f"{SYNTHETIC}   {doc.footer}   Page {canvas.getPageNumber()}")

    tpl.build(flow, onFirstPage=foot, onLaterPages=foot)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF drawn out of reading order
def render_pdf_out_of_order(doc: Doc) -> bytes:
    """One page drawn with the canvas so that the content stream is NOT the reading order:
    the last block (signatures) first, the ruled table cell by cell, column by column, then the
    remaining text bottom-up. What a reader sees on the page is the same layout as a normal report."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas as rl_canvas

    W, Hh = letter
    left, lead = 54, 13
    # 1. lay out every line at its visual position, in reading order
    items: list[tuple[str, float, float, str, float]] = []  # (kind, x, y, text, size)
    y = Hh - 54
    table_at = None
    for kind, text in [("b", doc.facility), ("syn", SYNTHETIC), ("title", doc.title)] + \
            [("p", h) for h in doc.header] + [("gap", "")]:
        if kind != "gap":
            items.append((kind, left, y, text, 14 if kind == "title" else 9.5))
        y -= lead + (6 if kind == "title" else 0)
    for b in doc.blocks:
        if isinstance(b, H):
            y -= 4
            items.append(("b", left, y, b.text, 10.5))
            y -= lead + 2
        elif isinstance(b, P):
            for line in (b.text.split("\n") if b.lines else textwrap.wrap(b.text, 105)):
                items.append(("p", left, y, line, 9))
                y -= lead
            y -= 4
        elif isinstance(b, T):
            table_at = (y, b)
            y -= (len(b.rows)) * 16 + 10
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(doc.title)
    c.setAuthor("chart-auditor samples")
    c.setSubject(SYNTHETIC)
    fonts = {"b": "Helvetica-Bold", "syn": "Helvetica-Bold", "title": "Helvetica-Bold", "p": "Helvetica"}

    def draw(item):
        kind, x, yy, text, size = item
        c.setFont(fonts[kind], size)
        c.setFillColor("#b00000" if kind == "syn" else "#000000")
        c.drawString(x, yy, text)

    # 2. the signature block (everything after the table) first, then the table, then the rest
    after = [it for it in items if table_at and it[2] < table_at[0]]
    before = [it for it in items if it not in after]
    for it in after:
        draw(it)
    if table_at:
        ty, tb = table_at
        ncol = len(tb.rows[0])
        widths = tb.widths or [1.0] * ncol
        colw = [(W - 2 * left) * w / sum(widths) for w in widths]
        xs = [left + sum(colw[:i]) for i in range(ncol + 1)]
        rowh = 16
        for ci in range(ncol):  # column by column, cell by cell
            for ri, row in enumerate(tb.rows):
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
                c.setFillColor("#000000")
                c.drawString(xs[ci] + 3, ty - ri * rowh - 11, row[ci])
        c.setLineWidth(0.6)
        for ri in range(len(tb.rows) + 1):
            c.line(xs[0], ty - ri * rowh + 2, xs[-1], ty - ri * rowh + 2)
        for x in xs:
            c.line(x, ty + 2, x, ty - len(tb.rows) * rowh + 2)
    for it in reversed(before):  # header and body bottom-up
        draw(it)
    c.setFont("Helvetica", 7.5)
    c.drawString(54, 30, f"{SYNTHETIC}   {doc.footer}   Page 1")
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- scanned (image-only) PDF
def scanned_image(doc: Doc, seed: int):
    """The document as a 150 dpi greyscale 'scan': typed text, a pen scribble over each signature
    line starting with `sign_marker`, a slight skew and some speckle."""
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    img = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=19)
    bold = ImageFont.load_default(size=26)
    y = 90
    for i, line in enumerate(text_lines(doc, width=100)):
        f = bold if i in (0, 3) else font
        if line.startswith("Radiation Oncologist:"):  # a pen scribble over the typed name
            x0 = 90 + draw.textlength(line.split("Date:")[0], font=f) + 10
            pts = [(x0 - 200 + k * 15 + rng.randint(-4, 4), y + 2 + rng.randint(-12, 10)) for k in range(13)]
            draw.line(pts, fill=30, width=3)
        draw.text((90, y), line, fill=20, font=f)
        y += 34 if f is bold else 27
    for _ in range(900):
        draw.point((rng.randrange(1275), rng.randrange(1650)), fill=rng.randint(90, 200))
    return img.rotate(0.7, resample=Image.BICUBIC, fillcolor=255)


def render_scanned_pdf(doc: Doc, seed: int) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    png = io.BytesIO()
    scanned_image(doc, seed).save(png, format="PNG", optimize=True)
    png.seek(0)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("Scanned document")
    c.setSubject(SYNTHETIC)
    c.drawImage(ImageReader(png), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- dispatch
def render(doc: Doc, variant: str = "normal", seed: int = 0) -> bytes:
    if variant == "out_of_order":
        return render_pdf_out_of_order(doc)
    if variant == "scanned":
        return render_scanned_pdf(doc, seed)
    if variant == "truncated":  # an interrupted transfer: header and the first objects only
        data = render_pdf(doc)
        head, rest = data.split(b"\n", 1)
        return head + b"\n% " + SYNTHETIC.encode() + b"\n" + rest[: len(data) // 5]
    if variant == "crlf":
        return render_txt(doc, newline="\r\n")
    return {"txt": render_txt, "docx": render_docx, "pdf": render_pdf}[doc.fmt](doc)
