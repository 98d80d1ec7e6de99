"""novel_b: turn a list of blocks into PDF / DOCX / TXT / RTF, deterministically; extract text back.

Blocks:
  ("title", text)            document title
  ("h", text)                section heading
  ("p", text)                paragraph
  ("line", text)             one line kept as is (signature lines, key: value lines)
  ("pre", [lines])           fixed-width lines
  ("grid", rows, widths)     ruled table, first row is the header
  ("plain", rows, widths)    unruled table (no header shading)
  ("blank",)                 vertical space
"""
import datetime
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------- PDF
def to_pdf(blocks, path, header=None, footer=None, serif=False, land=False, size=9.2):
    f = "Times-Roman" if serif else "Helvetica"
    fb = "Times-Bold" if serif else "Helvetica-Bold"
    S = {
        "title": ParagraphStyle("t", fontName=fb, fontSize=size + 3.5, leading=size + 6, spaceAfter=5),
        "h": ParagraphStyle("h", fontName=fb, fontSize=size + 1, leading=size + 3.5, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f, fontSize=size, leading=size + 3, spaceAfter=3),
        "line": ParagraphStyle("l", fontName=f, fontSize=size, leading=size + 2.6),
        "cell": ParagraphStyle("c", fontName=f, fontSize=size - 0.9, leading=size + 1.4),
        "pre": ParagraphStyle("m", fontName="Courier", fontSize=size - 1.4, leading=size + 0.6),
    }
    flow = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "line"):
            flow.append(Paragraph(_x(b[1]), S[k]))
        elif k == "pre":
            flow.append(Preformatted("\n".join(b[1]), S["pre"]))
        elif k in ("grid", "plain"):
            rows = [[Paragraph(_x(c), S["cell"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1 if k == "grid" else 0, hAlign="LEFT")
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
            if k == "grid":
                st += [("GRID", (0, 0), (-1, -1), 0.35, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]
            t.setStyle(TableStyle(st))
            flow.append(t)
            flow.append(Spacer(1, 4))
        elif k == "blank":
            flow.append(Spacer(1, 7))

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(f, 7)
        w, h = doc.pagesize
        if header:
            canv.drawString(42, h - 28, header)
        if footer:
            canv.drawString(42, 18, "%s   Page %d" % (footer, doc.page))
        canv.restoreState()

    ps = landscape(LETTER) if land else LETTER
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=ps, invariant=1, pageCompression=0, leftMargin=42, rightMargin=42,
                            topMargin=44, bottomMargin=40, title="SYNTHETIC record", author="SYNTHETIC",
                            creator="SYNTHETIC novel_b", producer="SYNTHETIC", subject="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ----------------------------------------------------------------------------------------------- text
def _wrap(s, width):
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return out


def to_lines(blocks, width=92, caps_h=True, sep="  "):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "-" * min(width, len(b[1]))]
        elif k == "h":
            out += ["", b[1].upper() if caps_h else b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "line":
            out.append(b[1])
        elif k == "pre":
            out += list(b[1])
        elif k in ("grid", "plain"):
            rows = [[str(c) for c in r] for r in b[1]]
            n = max(len(r) for r in rows)
            rows = [r + [""] * (n - len(r)) for r in rows]
            w = [max(len(r[i]) for r in rows) for i in range(n)]
            for j, r in enumerate(rows):
                out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and k == "grid":
                    out.append(sep.join("-" * x for x in w))
            out.append("")
        elif k == "blank":
            out.append("")
    return out


def to_txt(blocks, path, crlf=False, width=92, caps_h=True):
    s = "\n".join(to_lines(blocks, width, caps_h)) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    with open(path, "wb") as fh:
        fh.write(s.encode("ascii"))


def _rtf(s):
    return "".join("\\" + c if c in "\\{}" else c for c in s)


def to_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Georgia;}{\f1\fmodern Courier New;}}",
           r"\paperw12240\paperh15840\margl1200\margr1200\f0\fs21 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"{\b\fs26 " + _rtf(b[1]) + r"}\par ")
        elif k == "h":
            out.append(r"\par {\b " + _rtf(b[1]) + r"}\par ")
        elif k in ("p", "line"):
            out.append(_rtf(b[1]) + r"\par ")
        elif k == "blank":
            out.append(r"\par ")
        else:
            for ln in to_lines([b], caps_h=False):
                out.append(r"{\f1\fs17 " + _rtf(ln) + r"}\par ")
    out.append("}")
    with open(path, "wb") as fh:
        fh.write("".join(out).encode("ascii"))


# ----------------------------------------------------------------------------------------------- DOCX
def to_docx(blocks, path, font="Arial"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=3)
        elif k in ("p", "line"):
            d.add_paragraph(b[1])
        elif k == "pre":
            for ln in b[1]:
                r = d.add_paragraph().add_run(ln)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
        elif k in ("grid", "plain"):
            rows = b[1]
            n = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=n)
            if k == "grid":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(n):
                    t.cell(i, j).text = str(r[j]) if j < len(r) else ""
            d.add_paragraph("")
        elif k == "blank":
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
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render(blocks, path, **o):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        to_pdf(blocks, path, header=o.get("header"), footer=o.get("footer"), serif=o.get("serif", False),
               land=o.get("land", False))
    elif ext == "docx":
        to_docx(blocks, path, font=o.get("font", "Arial"))
    elif ext == "txt":
        to_txt(blocks, path, crlf=o.get("crlf", False), caps_h=o.get("caps_h", True))
    elif ext == "rtf":
        to_rtf(blocks, path)
    else:
        raise ValueError(path)


# ----------------------------------------------------------------------------------------------- extraction (for checks)
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
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("ascii")
    if ext == "rtf":
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
        raw = raw.replace("\\{", "{").replace("\\}", "}").replace("{", "").replace("}", "")
    return raw
