"""Render a document (a list of blocks) to PDF / DOCX / TXT / RTF, deterministically; extract text back.

Blocks:
  ("title", text)            document title
  ("h", text)                section heading
  ("p", text)                paragraph
  ("line", text)             one line kept as is (signature lines, header fields)
  ("mono", [lines])          fixed-width lines
  ("table", rows, widths)    ruled table, first row is the header (widths may be None)
  ("grid", rows, widths)     unruled key/value grid (no header shading)
  ("box", [lines])           boxed lines
  ("space",)
A document also has optional running header / footer strings (PDF, DOCX).
"""
import datetime
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


FONTS = {"helv": ("Helvetica", "Helvetica-Bold"), "times": ("Times-Roman", "Times-Bold"),
         "courier": ("Courier", "Courier-Bold")}


def to_pdf(doc, path):
    font, bold = FONTS[doc.get("font", "helv")]
    base = 9.2 if font != "Courier" else 8.4
    sp = ParagraphStyle("p", fontName=font, fontSize=base, leading=base * 1.32, spaceAfter=4)
    sl = ParagraphStyle("l", fontName=font, fontSize=base, leading=base * 1.3, spaceAfter=1)
    sh = ParagraphStyle("h", fontName=bold, fontSize=base + 1.2, leading=(base + 1.2) * 1.3, spaceBefore=6, spaceAfter=3)
    st = ParagraphStyle("t", fontName=bold, fontSize=base + 4, leading=(base + 4) * 1.25, spaceAfter=6)
    sm = ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.6)
    sc = ParagraphStyle("c", fontName=font, fontSize=base - 0.9, leading=(base - 0.9) * 1.25)
    flow = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            flow.append(Paragraph(_x(b[1]), st))
        elif k == "h":
            flow.append(Paragraph(_x(b[1]), sh))
        elif k == "p":
            flow.append(Paragraph(_x(b[1]), sp))
        elif k == "line":
            flow.append(Paragraph(_x(b[1]) if b[1] else "&nbsp;", sl))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), sm))
        elif k in ("table", "grid"):
            rows = [[Paragraph(_x(c), sc) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1 if k == "table" else 0, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "table":
                style += [("GRID", (0, 0), (-1, -1), 0.45, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea"))]
            else:
                style += [("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]
            t.setStyle(TableStyle(style))
            flow += [t, Spacer(1, 5)]
        elif k == "box":
            t = Table([[Paragraph(_x(l), sc)] for l in b[1]], colWidths=[470], hAlign="LEFT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f3f3"))]))
            flow += [t, Spacer(1, 6)]
        elif k == "space":
            flow.append(Spacer(1, 8))
        else:
            raise ValueError(k)
    header, footer = doc.get("header"), doc.get("footer")

    def deco(canv, d):
        canv.saveState()
        canv.setFont(font, 7)
        if header:
            canv.drawString(48, LETTER[1] - 28, header)
        if footer:
            canv.drawString(48, 22, footer.replace("{page}", str(d.page)))
        canv.restoreState()

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=0, leftMargin=48, rightMargin=48,
                          topMargin=44, bottomMargin=42, title="SYNTHETIC record", author="SYNTHETIC",
                          creator="SYNTHETIC", producer="SYNTHETIC", subject="SYNTHETIC")
    d.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _wrap(text, width):
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def to_lines(blocks, width=92, caps_headings=True):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "-" * min(len(b[1]), width)]
        elif k == "h":
            out += ["", b[1].upper() if caps_headings else b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "line":
            out.append(b[1])
        elif k == "mono":
            out += list(b[1])
        elif k in ("table", "grid"):
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and k == "table":
                    out.append("  ".join("-" * x for x in w))
            out.append("")
        elif k == "box":
            w = max(len(l) for l in b[1]) + 2
            out += ["*" * (w + 2)] + ["* " + l.ljust(w - 1) + "*" for l in b[1]] + ["*" * (w + 2)]
        elif k == "space":
            out.append("")
    return out


def to_txt(doc, path):
    lines = []
    if doc.get("header"):
        lines += [doc["header"], ""]
    lines += to_lines(doc["blocks"], caps_headings=doc.get("caps", True))
    if doc.get("footer"):
        lines += ["", doc["footer"].replace("{page}", "1")]
    text = "\n".join(lines) + "\n"
    if doc.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("ascii"))


def _re(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % ord(ch))
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(doc, path):
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fmodern Courier New;}}"
         r"{\info{\title SYNTHETIC}{\author SYNTHETIC}}\f0\fs21 "]
    if doc.get("header"):
        p.append(r"{\fs16 " + _re(doc["header"]) + r"}\par\par ")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p.append(r"{\b\fs26 " + _re(b[1]) + r"}\par ")
        elif k == "h":
            p.append(r"\par {\b " + _re(b[1]) + r"}\par ")
        elif k in ("p", "line"):
            p.append(_re(b[1]) + r"\par ")
        else:
            for l in to_lines([b]):
                p.append(r"{\f1\fs17 " + _re(l) + r"}\par ")
    if doc.get("footer"):
        p.append(r"\par {\fs16 " + _re(doc["footer"].replace("{page}", "1")) + r"}\par ")
    p.append("}")
    with open(path, "wb") as f:
        f.write("".join(p).encode("ascii"))


def to_docx(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"].replace("{page}", "1")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "line"):
            d.add_paragraph(b[1])
        elif k == "mono":
            for l in b[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Courier New"
        elif k in ("table", "grid"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = "\n".join(b[1])
            d.add_paragraph("")
        elif k == "space":
            d.add_paragraph("")
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1)
    cp.author = cp.last_modified_by = "SYNTHETIC"
    cp.title = "SYNTHETIC record"
    cp.created = cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(n))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render(doc, path):
    ext = path.rsplit(".", 1)[1].lower()
    {"pdf": to_pdf, "docx": to_docx, "txt": to_txt, "rtf": to_rtf}[ext](doc, path)


def extract(path):
    """Text as an auditor's extractor would see it (body only for DOCX)."""
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("ascii")
    if ext == "rtf":
        raw = re.sub(r"\{\\info\{[^}]*\}\{[^}]*\}\}", "", raw)
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
    return raw
