"""PDF writer: text pages with ruled tables, image-only ("scanned") pages, encrypted and damaged files.

reportlab runs with invariant=1 so the bytes do not depend on the clock. Scanned pages are a PIL
picture of text placed alone on the page (no header or footer text), which is what a fax or a
scanner without OCR produces.
"""

from __future__ import annotations

import hashlib
import io
import os
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph,
                                Preformatted, Spacer, Table, TableStyle)
from xml.sax.saxutils import escape

from _model import Doc

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation")


def _font_path(name: str) -> str | None:
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    return None


# Base-14 fonts: small files, and the same bytes on any machine (no system font lookup).
SANS, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"
ST = {
    "title": ParagraphStyle("t", fontName=BOLD, fontSize=13, leading=16, spaceAfter=6, alignment=TA_CENTER),
    "h": ParagraphStyle("h", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3),
    "p": ParagraphStyle("p", fontName=SANS, fontSize=9.5, leading=12.5, spaceAfter=4),
    "cell": ParagraphStyle("c", fontName=SANS, fontSize=8.5, leading=10.5),
    "pre": ParagraphStyle("pre", fontName=MONO, fontSize=8, leading=10),
}


class ScanPage(Flowable):
    """A whole page that is only a picture; flags the canvas so no header/footer text is drawn."""

    def __init__(self, lines: list[str], seed: str):
        super().__init__()
        self.lines, self.seed = lines, seed

    def wrap(self, aw, ah):
        self.aw, self.ah = aw, ah
        return aw, ah - 1

    def draw(self):
        self.canv._eval_scan = True
        img = scan_image(self.lines, self.seed)
        self.canv.drawImage(ImageReader(img), -0.6 * inch, -0.6 * inch,
                            width=self.aw + 1.2 * inch, height=self.ah + 1.2 * inch)


def scan_image(lines: list[str], seed: str) -> io.BytesIO:
    """Render lines like a slightly skewed, speckled 150-dpi scan and return JPEG bytes."""
    w, h = 1275, 1650
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    fp = _font_path("LiberationSerif-Regular.ttf") or _font_path("DejaVuSerif.ttf")
    font = ImageFont.truetype(fp, 24) if fp else ImageFont.load_default()
    y = 110
    for raw in lines:
        for ln in textwrap.wrap(raw, 88) or [""]:
            draw.text((110, y), ln, fill=35, font=font)
            y += 34
    h8 = hashlib.sha256(seed.encode()).digest()
    for i in range(0, 600):  # speckle, deterministic
        b = hashlib.sha256(h8 + i.to_bytes(2, "big")).digest()
        x, yy = int.from_bytes(b[:2], "big") % w, int.from_bytes(b[2:4], "big") % h
        draw.point((x, yy), fill=90)
    img = img.rotate(0.35 + (h8[0] % 5) / 10, resample=Image.BICUBIC, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=55)
    out.seek(0)
    return out


def _table(block) -> Table:
    rows, opts = block[1], (block[2] if len(block) > 2 else {})
    data = [[Paragraph(escape(str(c)), ST["cell"]) for c in r] for r in rows]
    t = Table(data, colWidths=opts.get("widths"), repeatRows=1 if opts.get("header", True) else 0, hAlign="LEFT")
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if opts.get("grid", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if opts.get("header", True):
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(style))
    return t


def _flowables(doc: Doc) -> list:
    out = []
    for i, b in enumerate(doc.blocks):
        k = b[0]
        if i > 0 and doc.blocks[i - 1][0] == "h" and k in ("table", "kv", "p", "sig", "pre"):
            head = out.pop()  # keep a heading on the same page as what follows it
            nxt = _flowables(Doc(doc.path, doc.fmt, [b]))
            out.append(KeepTogether([head, *nxt]))
            continue
        if k == "title":
            out.append(Paragraph(escape(b[1]), ST["title"]))
        elif k == "h":
            out.append(Paragraph(escape(b[1]), ST["h"]))
        elif k in ("p", "sig"):
            out.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ST["p"]))
        elif k == "pre":
            out.append(Preformatted(b[1], ST["pre"]))
        elif k == "kv":
            out.append(_table(("table", [(f"{a}:", v) for a, v in b[1]], {"header": False, "grid": False})))
            out.append(Spacer(1, 4))
        elif k == "table":
            out.append(_table(b))
            out.append(Spacer(1, 6))
        elif k == "check":
            out.append(Paragraph(("[X] " if b[1] else "[  ] ") + escape(b[2]), ST["p"]))
        elif k == "pagebreak":
            out.append(PageBreak())
        elif k == "scan":
            if out:
                out.append(PageBreak())
            out.append(ScanPage(b[1], doc.path + str(len(out))))
        else:
            raise ValueError(f"unknown block {k!r} in {doc.path}")
    return out


def _decorate(canv, doc_tpl, d: Doc):
    if getattr(canv, "_eval_scan", False):
        canv._eval_scan = False
        return
    canv.saveState()
    canv.setFont(SANS, 7.5)
    for i, ln in enumerate(d.header.splitlines()):
        canv.drawString(0.75 * inch, letter[1] - 0.5 * inch - i * 9, ln)
    foot = d.footer.splitlines() + [f"Page {canv.getPageNumber()}"]
    for i, ln in enumerate(reversed(foot)):
        canv.drawString(0.75 * inch, 0.45 * inch + i * 9, ln)
    canv.restoreState()


def as_scanned(doc: Doc) -> list:
    """Every page an image: flatten the blocks to lines and cut them into pages."""
    lines = [*doc.header.splitlines(), ""]
    for b in doc.blocks:
        if b[0] in ("title", "h", "p", "sig", "pre"):
            lines += b[1].splitlines() + ([""] if b[0] != "sig" else [])
        elif b[0] == "kv":
            lines += [f"{a}: {v}" for a, v in b[1]]
        elif b[0] == "table":
            lines += ["   ".join(str(c) for c in r) for r in b[1]] + [""]
        elif b[0] == "check":
            lines.append(("[X] " if b[1] else "[ ] ") + b[2])
    lines += ["", *doc.footer.splitlines()]
    pages = [lines[i:i + 40] for i in range(0, len(lines), 40)]
    return [("scan", p) for p in pages]


def write_pdf(doc: Doc, path: str) -> None:
    if doc.damage == "scanned":
        doc = Doc(doc.path, doc.fmt, as_scanned(doc), "", "", damage="")
    elif doc.damage == "fax":  # typed cover sheet, then the faxed pages as pictures
        cover = [("title", "FAX TRANSMISSION"), ("p", "To: Radiation Oncology - Medical Records"),
                 ("p", "Re: " + doc.header.replace("\n", " / ")), ("p", "Pages: cover + 1"),
                 ("p", "Confidential health information. If received in error, notify the sender.")]
        doc = Doc(doc.path, doc.fmt, cover + as_scanned(doc), doc.header, doc.footer, damage="")
    buf = io.BytesIO()
    kw = {}
    if doc.damage == "encrypted":
        kw["encrypt"] = StandardEncryption("hv-" + hashlib.sha256(doc.path.encode()).hexdigest()[:10],
                                           ownerPassword="owner-synthetic", strength=128)
    tpl = BaseDocTemplate(buf, pagesize=letter, invariant=1, title="SYNTHETIC test document",
                          author="chart-auditor eval generator", leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                          topMargin=0.95 * inch, bottomMargin=0.9 * inch, **kw)
    frame = Frame(tpl.leftMargin, tpl.bottomMargin, tpl.width, tpl.height, id="f")
    tpl.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=lambda c, t: _decorate(c, t, doc))])
    flow = _flowables(doc)
    for b in doc.blocks:  # base-14 fonts only draw Latin-1
        for x in b[1:]:
            if isinstance(x, str):
                x.encode("latin-1")
    tpl.build(flow)
    data = buf.getvalue()
    if doc.damage == "corrupt":
        data = damage_bytes(data, doc.path)
    with open(path, "wb") as fh:
        fh.write(data)


def damage_bytes(data: bytes, seed: str) -> bytes:
    """Keep a recognisable header, scramble the rest: what a broken transfer leaves behind."""
    head = b"%PDF-1.4\n% SYNTHETIC test file - damaged in transfer\n"
    key = hashlib.sha256(seed.encode()).digest()
    body = bytearray(data[len(head):len(data) * 2 // 3])
    for i in range(len(body)):
        body[i] ^= key[i % 32] | 0x41
    return head + bytes(body)
