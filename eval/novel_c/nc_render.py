"""novel_c renderer: a document is a list of items, written to PDF / DOCX / TXT / RTF.

Items
  ("T", text)                 title
  ("H", text)                 section heading
  ("P", text)                 paragraph
  ("L", text)                 one line, kept as is (signature lines, key: value lines)
  ("M", [lines])              monospaced lines
  ("G", rows, widths|None)    grid table (first row is the header)
  ("K", [(key, value), ...])  two-column key/value band (no header row)
  ("B", [lines])              boxed lines
  ("-",)                      horizontal rule
  (" ",)                      blank space

Rendering is deterministic: reportlab invariant=1, base-14 fonts, no page compression;
DOCX zips rewritten with fixed dates and fixed core properties.
"""
import io
import re
import zipfile
import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Preformatted)


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- PDF
def to_pdf(items, path, font="Helvetica", head=None, foot=None, land=False, shade="#dde4ec"):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    sp = ParagraphStyle("p", fontName=font, fontSize=9.2, leading=12, spaceAfter=4)
    sl = ParagraphStyle("l", fontName=font, fontSize=9, leading=11.5, spaceAfter=1)
    sh = ParagraphStyle("h", fontName=bold, fontSize=10, leading=13, spaceBefore=7, spaceAfter=3)
    st = ParagraphStyle("t", fontName=bold, fontSize=12.5, leading=15, spaceAfter=6)
    sc = ParagraphStyle("c", fontName=font, fontSize=8.2, leading=10)
    sm = ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.6)
    flow = []
    for it in items:
        k = it[0]
        if k == "T":
            flow.append(Paragraph(_x(it[1]), st))
        elif k == "H":
            flow.append(Paragraph(_x(it[1]), sh))
        elif k == "P":
            flow.append(Paragraph(_x(it[1]), sp))
        elif k == "L":
            flow.append(Paragraph(_x(it[1]) or "&nbsp;", sl))
        elif k == "M":
            flow.append(Preformatted("\n".join(it[1]), sm))
        elif k in ("G", "K"):
            rows = it[1] if k == "G" else [[a, b] for a, b in it[1]]
            cells = [[Paragraph(_x(c), sc) for c in r] for r in rows]
            widths = it[2] if (k == "G" and len(it) > 2) else ([130, 330] if k == "K" else None)
            t = Table(cells, colWidths=widths, repeatRows=1 if k == "G" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#777777")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "G":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
            else:
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1")))
            t.setStyle(TableStyle(style))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "B":
            t = Table([[Paragraph(_x(l), sc)] for l in it[1]], colWidths=[360])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.black)]))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "-":
            flow.append(Paragraph("-" * 90, sl))
        elif k == " ":
            flow.append(Spacer(1, 8))
        else:
            raise ValueError(k)

    size = landscape(LETTER) if land else LETTER

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 7)
        if head:
            canv.drawString(44, size[1] - 26, head)
        if foot:
            canv.drawString(44, 18, foot.replace("{page}", str(doc.page)))
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, invariant=1, pageCompression=0,
                            leftMargin=44, rightMargin=44, topMargin=40, bottomMargin=40,
                            title="SYNTHETIC", author="SYNTHETIC", subject="SYNTHETIC",
                            creator="SYNTHETIC", producer="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- plain text
def _wrap(s, w):
    out, cur = [], ""
    for word in s.split(" "):
        if cur and len(cur) + len(word) + 1 > w:
            out.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return out


def to_lines(items, width=92, head=None, foot=None):
    out = [head, ""] if head else []
    for it in items:
        k = it[0]
        if k == "T":
            out += [it[1], "~" * min(width, len(it[1]))]
        elif k == "H":
            out += ["", "[" + it[1] + "]"]
        elif k == "P":
            out += _wrap(it[1], width)
        elif k == "L":
            out.append(it[1])
        elif k == "M":
            out += list(it[1])
        elif k in ("G", "K"):
            rows = [[str(c) for c in r] for r in (it[1] if k == "G" else [[a, b] for a, b in it[1]])]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and k == "G":
                    out.append("-+-".join("-" * n for n in w))
            out.append("")
        elif k == "B":
            w = max(len(l) for l in it[1])
            out.append("*" * (w + 4))
            out += ["* " + l.ljust(w) + " *" for l in it[1]]
            out.append("*" * (w + 4))
        elif k == "-":
            out.append("-" * 72)
        elif k == " ":
            out.append("")
    if foot:
        out += ["", foot.replace("{page}", "1")]
    return out


def to_txt(items, path, head=None, foot=None, crlf=False):
    s = "\n".join(to_lines(items, head=head, foot=foot)) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(s.encode("utf-8"))


# ---------------------------------------------------------------- RTF
def _r(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % ord(ch))
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(items, path, head=None, foot=None):
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}"
         r"{\info{\title SYNTHETIC}}\viewkind4\uc1\pard\f0\fs20 "]
    if head:
        p.append(r"{\fs16 " + _r(head) + r"}\par\par ")
    for it in items:
        k = it[0]
        if k == "T":
            p.append(r"{\b\fs26 " + _r(it[1]) + r"}\par ")
        elif k == "H":
            p.append(r"\par{\b " + _r(it[1]) + r"}\par ")
        elif k in ("P", "L"):
            p.append(_r(it[1]) + r"\par ")
        elif k == " ":
            p.append(r"\par ")
        else:
            for l in to_lines([it]):
                p.append(r"{\f1\fs16 " + _r(l) + r"}\par ")
    if foot:
        p.append(r"\par{\fs16 " + _r(foot.replace("{page}", "1")) + r"}\par ")
    p.append("}")
    with open(path, "wb") as f:
        f.write("".join(p).encode("ascii"))


# ---------------------------------------------------------------- DOCX
def to_docx(items, path, head=None, foot=None, fontname="Calibri"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = fontname
    d.styles["Normal"].font.size = Pt(10)
    if head:
        d.add_paragraph(head)
    for it in items:
        k = it[0]
        if k == "T":
            d.add_heading(it[1], level=1)
        elif k == "H":
            d.add_heading(it[1], level=2)
        elif k in ("P", "L"):
            d.add_paragraph(it[1])
        elif k == "M":
            for l in it[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
        elif k in ("G", "K"):
            rows = it[1] if k == "G" else [[a, b] for a, b in it[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "B":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = "\n".join(it[1])
            d.add_paragraph("")
        elif k == "-":
            d.add_paragraph("-" * 60)
        elif k == " ":
            d.add_paragraph("")
    if foot:
        d.add_paragraph(foot.replace("{page}", "1"))
    fixed = datetime.datetime(2025, 1, 1)
    cp = d.core_properties
    cp.author = cp.last_modified_by = cp.title = "SYNTHETIC"
    cp.created = cp.modified = fixed
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    o = io.BytesIO()
    with zipfile.ZipFile(o, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(n))
    with open(path, "wb") as f:
        f.write(o.getvalue())


def render(items, path, **o):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        to_pdf(items, path, font=o.get("font", "Helvetica"), head=o.get("head"), foot=o.get("foot"),
               land=o.get("land", False), shade=o.get("shade", "#dde4ec"))
    elif ext == "docx":
        to_docx(items, path, head=o.get("head"), foot=o.get("foot"))
    elif ext == "txt":
        to_txt(items, path, head=o.get("head"), foot=o.get("foot"), crlf=o.get("crlf", False))
    elif ext == "rtf":
        to_rtf(items, path, head=o.get("head"), foot=o.get("foot"))
    else:
        raise ValueError(path)


# ---------------------------------------------------------------- text extraction (for checks only)
def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pdfminer.high_level import extract_text
        return extract_text(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)            # core properties deliberately not included
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\{\\info\{\\title [^}]*\}\}", "", raw)   # the marker must be in the body, not the info block
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\par\b ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
    return raw
