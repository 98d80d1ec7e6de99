"""novel_i: blocks -> PDF / DOCX / TXT / RTF (deterministic) and text extraction for the checks.

Blocks: ("title", s) ("h", s) ("p", s) ("mono", [lines]) ("table", rows) ("screen", [(label, value)])
A TXT document is written from a ready string (fixed-width layouts are built by the document code).
"""
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, header, footer, wide=False, screen=False):
    """screen=True draws an OIS 'print screen' look: grey title bar, label/value grids."""
    font = "Helvetica"
    st_p = ParagraphStyle("p", fontName=font, fontSize=9, leading=11.5, spaceAfter=4)
    st_h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3)
    st_t = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=5,
                          textColor=colors.white if screen else colors.black)
    st_m = ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.6)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8, leading=10)
    flow = []
    for b in blocks:
        k = b[0]
        if k == "title":
            if screen:
                t = Table([[Paragraph(_esc(b[1]), st_t)]], colWidths=[500 if not wide else 700])
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#3b4a5a"))]))
                flow.append(t)
                flow.append(Spacer(1, 4))
            else:
                flow.append(Paragraph(_esc(b[1]), st_t))
        elif k == "h":
            flow.append(Paragraph(_esc(b[1]), st_h))
        elif k == "p":
            flow.append(Paragraph(_esc(b[1]), st_p))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), st_m))
        elif k == "table":
            rows = [[Paragraph(_esc(str(c)), st_c) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "screen":
            rows = [[Paragraph(_esc(a), st_c), Paragraph(_esc(v), st_c)] for a, v in b[1]]
            t = Table(rows, colWidths=[150, 350 if not wide else 550])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3b4a5a")),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4")),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
            flow.append(t)
            flow.append(Spacer(1, 5))
        else:
            raise ValueError(k)
    size = landscape(LETTER) if wide else LETTER

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(36, size[1] - 24, header)
        canvas.drawString(36, 20, "%s    Page %d" % (footer, doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=size, invariant=1, leftMargin=40, rightMargin=40,
                            topMargin=40, bottomMargin=40, title="SYNTHETIC", author="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)


def _fix_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_docx(blocks, path, header, footer):
    import datetime
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = "SYNTHETIC"
    cp.created = cp.modified = datetime.datetime(2026, 1, 1)
    cp.last_modified_by = "SYNTHETIC"
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    d.add_paragraph(header)  # body copy so plain body extraction also sees the marker
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "mono":
            for line in b[1]:
                p = d.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
        elif k in ("table", "screen"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        else:
            raise ValueError(k)
    d.add_paragraph(footer)
    d.save(path)
    _fix_zip(path)


def render_txt(text, path, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def _rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, path):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Courier New;}}\fs21"]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(r"{\b\fs26 %s}\par\par" % _rtf_esc(b[1]))
        elif k == "h":
            parts.append(r"{\b %s}\par" % _rtf_esc(b[1]))
        elif k == "p":
            parts.append(r"%s\par\par" % _rtf_esc(b[1]))
        elif k == "mono":
            for line in b[1]:
                parts.append(r"{\f1\fs17 %s}\par" % _rtf_esc(line))
            parts.append(r"\par")
        elif k in ("table", "screen"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            for r in rows:
                parts.append(r"%s\par" % _rtf_esc(" | ".join(str(c) for c in r)))
            parts.append(r"\par")
        else:
            raise ValueError(k)
    parts.append("}")
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(parts))


def extract(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    with open(path, encoding="utf-8", errors="replace") as f:
        raw = f.read()
    if path.endswith(".rtf"):
        raw = re.sub(r"\\par\b", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
        raw = raw.replace("{", "").replace("}", "").replace("\\\\", "\\")
    return raw
