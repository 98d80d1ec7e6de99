"""Render document blocks to PDF / DOCX / TXT / RTF deterministically, and extract text back.

Blocks (tuples):
  ("title", text)            form or report title
  ("h", text)                section heading
  ("p", text)                wrapped paragraph
  ("ln", text)               one line, never wrapped (signature lines, numbered form fields)
  ("mono", [lines])          fixed-width lines
  ("table", rows, widths)    first row is the header; widths in points (PDF) or None
  ("rule",)                  horizontal rule
  ("gap",)                   vertical space
  ("page",)                  page break (PDF only; other formats print a divider line)
"""
import io
import re
import zipfile
import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Preformatted, PageBreak)


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _check_latin1(blocks, path):
    for b in blocks:
        for part in b[1:]:
            items = part if isinstance(part, list) else [part]
            for it in items:
                cells = it if isinstance(it, (list, tuple)) else [it]
                for c in cells:
                    if isinstance(c, str):
                        try:
                            c.encode("latin-1")
                        except UnicodeEncodeError:
                            raise ValueError("non latin-1 text in PDF %s: %r" % (path, c))


def pdf(blocks, path, serif=False, footer=None):
    _check_latin1(blocks, path)
    f, fb = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    sp = ParagraphStyle("p", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=4)
    sl = ParagraphStyle("l", fontName=f, fontSize=9.5, leading=12.5, spaceAfter=1)
    sh = ParagraphStyle("h", fontName=fb, fontSize=10.5, leading=13.5, spaceBefore=7, spaceAfter=3)
    st = ParagraphStyle("t", fontName=fb, fontSize=13, leading=16, spaceAfter=6)
    sm = ParagraphStyle("m", fontName="Courier", fontSize=8, leading=10)
    sc = ParagraphStyle("c", fontName=f, fontSize=8.6, leading=10.6)
    flow = []
    for b in blocks:
        k = b[0]
        if k == "title":
            flow.append(Paragraph(_x(b[1]), st))
        elif k == "h":
            flow.append(Paragraph(_x(b[1]), sh))
        elif k == "p":
            flow.append(Paragraph(_x(b[1]), sp))
        elif k == "ln":
            flow.append(Paragraph(_x(b[1]).replace("  ", "&nbsp; ") or "&nbsp;", sl))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), sm))
        elif k == "table":
            rows = [[Paragraph(_x(str(c)), sc) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 6)]
        elif k == "rule":
            flow.append(Paragraph("_" * 78, sl))
        elif k == "gap":
            flow.append(Spacer(1, 9))
        elif k == "page":
            flow.append(PageBreak())
        else:
            raise ValueError(k)

    def deco(canv, doc):
        if footer:
            canv.setFont(f, 7)
            canv.drawString(48, 22, footer)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=0,
                            leftMargin=48, rightMargin=48, topMargin=42, bottomMargin=42,
                            title="SYNTHETIC", author="SYNTHETIC", subject="SYNTHETIC",
                            creator="SYNTHETIC", producer="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _wrap(text, width):
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return out


def lines(blocks, width=94):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * len(b[1])]
        elif k == "h":
            out += ["", b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "ln":
            out.append(b[1])
        elif k == "mono":
            out += list(b[1])
        elif k == "table":
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("-+-".join("-" * x for x in w))
            out.append("")
        elif k == "rule":
            out.append("-" * 72)
        elif k == "gap":
            out.append("")
        elif k == "page":
            out += ["", "- - - - - - - - - - - - - - - - (next page) - - - - - - - - - - - - - - - -", ""]
    return out


def txt(blocks, path):
    with open(path, "wb") as fh:
        fh.write(("\n".join(lines(blocks)) + "\n").encode("utf-8"))


def _rtf(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % ord(ch))
        else:
            o.append(ch)
    return "".join(o)


def rtf(blocks, path):
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Georgia;}{\f1\fmodern Consolas;}}"
         r"\paperw12240\paperh15840\margl1300\margr1300\f0\fs21 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            p.append(r"{\b\fs26 " + _rtf(b[1]) + r"}\par ")
        elif k == "h":
            p.append(r"\par{\b " + _rtf(b[1]) + r"}\par ")
        elif k in ("p", "ln"):
            p.append(_rtf(b[1]) + r"\par ")
        elif k == "gap":
            p.append(r"\par ")
        else:
            for l in lines([b]):
                p.append(r"{\f1\fs17 " + _rtf(l) + r"}\par ")
    p.append("}")
    with open(path, "wb") as fh:
        fh.write("".join(p).encode("ascii"))


def docx(blocks, path):
    import docx as _d
    from docx.shared import Pt
    d = _d.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "ln"):
            d.add_paragraph(b[1])
        elif k == "mono":
            for l in b[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Courier New"
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "gap":
            d.add_paragraph("")
        elif k == "page":
            d.add_page_break()
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = cp.title = "SYNTHETIC"
    cp.created = cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render(blocks, path, **opt):
    ext = path.rsplit(".", 1)[1].lower()
    {"pdf": lambda: pdf(blocks, path, serif=opt.get("serif", False), footer=opt.get("footer")),
     "docx": lambda: docx(blocks, path),
     "txt": lambda: txt(blocks, path),
     "rtf": lambda: rtf(blocks, path)}[ext]()


def extract(path):
    """Text as an auditor's extractor sees it (pdfplumber for PDF, python-docx for DOCX)."""
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pd:
            return "\n".join((pg.extract_text() or "") for pg in pd.pages)
    if ext == "docx":
        import docx as _d
        d = _d.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\{\\fonttbl(\{[^{}]*\})*\}", "", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
        raw = raw.replace("\\{", "{").replace("\\}", "}").replace("{", "").replace("}", "")
    return raw
