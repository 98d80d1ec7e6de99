"""Blocks -> files (PDF, DOCX, TXT, RTF), plus image-only scans and damaged files.

A document body is a list of blocks (tuples):
  ("title", text) ("h", text) ("p", text) ("kv", [(label, value), ...])
  ("table", header_or_None, rows, "ruled"|"plain"|"tabs") ("pre", text) ("page",)
Everything here is deterministic: reportlab runs with invariant=1 and base-14 fonts,
DOCX zips get fixed timestamps, noise is seeded by the caller.
"""
from __future__ import annotations

import hashlib
import io
import random
import textwrap
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

FIXED_TIME = datetime(2025, 6, 1, 12, 0, 0)
FONT_FILES = ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"]


# ---------------------------------------------------------------- plain text
def _table_lines(header, rows, kind):
    allrows = ([header] if header else []) + [list(map(str, r)) for r in rows]
    if kind == "tabs":
        return ["\t".join(r) for r in allrows]
    widths = [max(len(r[i]) for r in allrows if i < len(r)) for i in range(len(allrows[0]))]
    fmt = lambda r: "  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip()
    out = []
    if kind == "ruled":
        rule = "-" * (sum(widths) + 2 * (len(widths) - 1))
        out.append(rule)
        if header:
            out += [fmt(header), rule]
            allrows = allrows[1:]
        out += [fmt(r) for r in allrows] + [rule]
    else:
        out += [fmt(r) for r in allrows]
    return out


def to_lines(blocks, kv_sep=": "):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1], ""]
        elif kind == "h":
            out += ["", b[1]]
        elif kind in ("p", "pre"):
            out += b[1].split("\n")
        elif kind == "kv":
            out += [f"{k}{kv_sep}{v}" if k else v for k, v in b[1]]
        elif kind == "table":
            out += _table_lines(b[1], b[2], b[3])
        elif kind == "page":
            out += ["\f"]
    return out


def render_txt(blocks, crlf=False):
    text = "\n".join(to_lines(blocks)).replace("\n\f\n", "\n\n") + "\n"
    return text.replace("\n", "\r\n").encode("utf-8") if crlf else text.encode("utf-8")


def render_rtf(blocks):
    def enc(s):
        s = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in s)
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}",
             r"\viewkind4\uc1\pard\f0\fs22"]
    for b in blocks:
        if b[0] == "title":
            parts.append(r"\qc\b\fs28 " + enc(b[1]) + r"\b0\fs22\par\ql\par")
        elif b[0] == "h":
            parts.append(r"\par\b " + enc(b[1]) + r"\b0\par")
        elif b[0] in ("p", "pre"):
            parts.append(r"\line ".join(enc(x) for x in b[1].split("\n")) + r"\par")
        elif b[0] == "kv":
            parts += [enc(f"{k}: {v}" if k else v) + r"\par" for k, v in b[1]]
        elif b[0] == "table":
            rows = ([b[1]] if b[1] else []) + b[2]
            parts += [r"\tab ".join(enc(str(c)) for c in r) + r"\par" for r in rows]
        elif b[0] == "page":
            parts.append(r"\page")
    parts.append("}")
    return "\r\n".join(parts).encode("ascii")


# ---------------------------------------------------------------- PDF
_SS = {
    "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6,
                        spaceAfter=2),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3),
    "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10),
    "pre": ParagraphStyle("pre", fontName="Courier", fontSize=8, leading=10),
}
_SERIF = {k: ParagraphStyle(k + "s", parent=v, fontName=v.fontName.replace("Helvetica", "Times-Roman")
                            .replace("Times-Roman-Bold", "Times-Bold")) for k, v in _SS.items()}


def _para(text, st):
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def _col_widths(data, width):
    """Share the frame width by the longest text in each column (capped), at least 7% each."""
    ncol = max(len(r) for r in data)
    need = [min(max(len(str(r[i])) for r in data if i < len(r)), 48) + 2 for i in range(ncol)]
    raw = [max(n / sum(need), 0.07) for n in need]
    return [width * r / sum(raw) for r in raw]


def _flowables(blocks, ss, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "p"):
            out.append(_para(b[1], ss[kind]))
        elif kind == "pre":
            out.append(Preformatted(b[1], ss["pre"]))
        elif kind == "kv":
            data = [[_para(k + (":" if k else ""), ss["cell"]), _para(v, ss["cell"])] for k, v in b[1]]
            t = Table(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
        elif kind == "table":
            header, rows, style = b[1], b[2], b[3]
            data = ([header] if header else []) + rows
            t = Table([[_para(str(c), ss["cell"]) for c in r] for r in data], hAlign="LEFT",
                      repeatRows=1 if header else 0, colWidths=_col_widths(data, width))
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 8)]
            if style == "ruled":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                if header:
                    cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
            elif header:
                cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
            t.setStyle(TableStyle(cmds))
            out += [t, Spacer(1, 4)]
        elif kind == "page":
            out.append(PageBreak())
    return out


def render_pdf(blocks, footer=None, serif=False, a4=False, image_pages=(), seed="x"):
    """PDF with text pages; pages (1-based, split at ("page",)) in image_pages are image-only."""
    size = A4 if a4 else letter
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, invariant=1, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                            title="SYNTHETIC test document", author="SYNTHETIC")
    ss = _SERIF if serif else _SS
    pages, cur = [], []
    for b in blocks:
        if b[0] == "page":
            pages.append(cur)
            cur = []
        else:
            cur.append(b)
    pages.append(cur)
    story = []
    for i, pblocks in enumerate(pages, start=1):
        if i > 1:
            story.append(PageBreak())
        if i in image_pages:
            png = scan_image(to_lines(pblocks), seed=f"{seed}/{i}")
            story.append(RLImage(io.BytesIO(png), width=doc.width, height=doc.height * 0.98))
        else:
            story += _flowables(pblocks, ss, doc.width)

    def on_page(canv, d):
        if footer and canv.getPageNumber() not in image_pages:
            canv.setFont("Helvetica", 7)
            canv.drawString(18 * mm, 10 * mm, footer.replace("{page}", str(canv.getPageNumber())))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------- scans
def _font(size):
    for f in FONT_FILES:
        try:
            return ImageFont.truetype(f, size)
        except OSError:
            continue
    return ImageFont.load_default()


def scan_image(lines, seed="x", skew=0.6):
    """Text lines drawn on a 150 dpi letter page, slightly skewed, with speckle."""
    rng = random.Random(seed)
    w, h = 1275, 1650
    img = Image.new("L", (w, h), 250)
    draw = ImageDraw.Draw(img)
    font = _font(22)
    y = 90
    for line in lines:
        for part in (textwrap.wrap(line.replace("\t", "    "), 92) or [""]):
            draw.text((95, y), part, fill=rng.randint(20, 60), font=font)
            y += 30
            if y > h - 90:
                break
    for _ in range(900):
        draw.point((rng.randrange(w), rng.randrange(h)), fill=rng.randint(90, 180))
    img = img.rotate(skew if rng.random() < 0.5 else -skew, fillcolor=250)
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


def render_scanned_pdf(blocks, seed):
    n_pages = 1 + sum(1 for b in blocks if b[0] == "page")
    return render_pdf(blocks, image_pages=set(range(1, n_pages + 1)), seed=seed)


def damage(data: bytes, seed: str, keep=420):
    """Keep the header (with a SYNTHETIC comment), then deterministic junk: unreadable."""
    first_nl = data.index(b"\n") + 1
    head = data[:first_nl] + b"% SYNTHETIC test file - fictional patient - deliberately damaged\n"
    junk, h = b"", hashlib.sha256(seed.encode()).digest()
    while len(junk) < 2600:
        h = hashlib.sha256(h).digest()
        junk += h
    return head + data[first_nl:keep] + b"\nstream\n" + junk + b"\n"


# ---------------------------------------------------------------- DOCX
def render_docx(blocks):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.core_properties.author = "SYNTHETIC"
    d.core_properties.title = "SYNTHETIC test document"
    for attr in ("created", "modified", "last_printed"):
        setattr(d.core_properties, attr, FIXED_TIME)
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind in ("p", "pre"):
            d.add_paragraph(b[1])
        elif kind == "kv":
            for k, v in b[1]:
                para = d.add_paragraph()
                if k:
                    para.add_run(k + ": ").bold = True
                para.add_run(v)
        elif kind == "table":
            header, rows, style = b[1], b[2], b[3]
            data = ([header] if header else []) + rows
            t = d.add_table(rows=len(data), cols=len(data[0]))
            if style == "ruled":
                t.style = "Table Grid"
            for i, r in enumerate(data):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if header and i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "page":
            d.add_page_break()
    raw = io.BytesIO()
    d.save(raw)
    return _fix_zip(raw.getvalue())


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------- dispatch
def render(path, blocks, seed, *, damage_kind=None, footer=None, serif=False, a4=False,
           image_pages=(), crlf=False):
    ext = path.rsplit(".", 1)[-1].lower()
    if damage_kind == "scan":
        return render_scanned_pdf(blocks, seed)
    if ext == "pdf":
        data = render_pdf(blocks, footer=footer, serif=serif, a4=a4, image_pages=set(image_pages),
                          seed=seed)
    elif ext == "docx":
        data = render_docx(blocks)
    elif ext == "rtf":
        data = render_rtf(blocks)
    elif ext == "txt":
        data = render_txt(blocks, crlf=crlf)
    else:
        raise ValueError(path)
    if damage_kind == "corrupt":
        data = damage(data, seed)
    return data
