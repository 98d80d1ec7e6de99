"""novel_f renderer: a document is a list of blocks, written to PDF, DOCX, TXT or RTF.

Blocks:
  ("title", text)         document title
  ("h", text)             section heading
  ("p", text)             wrapped paragraph
  ("line", text)          one unwrapped line (signatures, header fields)
  ("kv", [(k, v), ...])   label / value lines
  ("table", rows)         ruled table, first row is the header
  ("mono", [lines])       fixed-width lines
  ("banner", [lines])     boxed banner
  ("rule",) ("space",)

Output is deterministic: reportlab invariant=1 with base-14 fonts and no compression, DOCX with fixed core
properties and zip entries dated 1980-01-01, TXT/RTF written byte for byte.
"""
import datetime
import io
import re
import zipfile


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------------------------- PDF
def to_pdf(blocks, path, serif=False, running=None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    reg = "Times-Roman" if serif else "Helvetica"
    bold = "Times-Bold" if serif else "Helvetica-Bold"
    s_title = ParagraphStyle("t", fontName=bold, fontSize=12.5, leading=15.5, spaceAfter=5)
    s_h = ParagraphStyle("h", fontName=bold, fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=2)
    s_p = ParagraphStyle("p", fontName=reg, fontSize=9.3, leading=12, spaceAfter=3)
    s_l = ParagraphStyle("l", fontName=reg, fontSize=8.8, leading=11)
    s_c = ParagraphStyle("c", fontName=reg, fontSize=8.2, leading=10)
    s_m = ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.6)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_x(b[1]), s_title))
        elif k == "h":
            story.append(Paragraph(_x(b[1]), s_h))
        elif k == "p":
            story.append(Paragraph(_x(b[1]), s_p))
        elif k == "line":
            story.append(Paragraph(_x(b[1]), s_l))
        elif k == "kv":
            for key, val in b[1]:
                story.append(Paragraph("<b>%s:</b> %s" % (_x(key), _x(val)), s_l))
            story.append(Spacer(1, 3))
        elif k == "table":
            rows = [[Paragraph(_x(str(c)), s_c) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 4)]
        elif k == "mono":
            story.append(Preformatted("\n".join(b[1]), s_m))
        elif k == "banner":
            t = Table([[Paragraph("<b>%s</b>" % _x(l), s_l)] for l in b[1]])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.4, colors.black)]))
            story += [t, Spacer(1, 5)]
        elif k == "rule":
            story.append(Paragraph("_" * 78, s_c))
        elif k == "space":
            story.append(Spacer(1, 7))
        else:
            raise ValueError(k)

    def page(canv, doc):
        if running:
            canv.setFont(reg, 6.8)
            canv.drawString(44, 22, "%s   Page %d" % (running, doc.page))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=0, leftMargin=48,
                            rightMargin=48, topMargin=44, bottomMargin=44, title="SYNTHETIC record",
                            author="SYNTHETIC", creator="SYNTHETIC", producer="SYNTHETIC")
    doc.build(story, onFirstPage=page, onLaterPages=page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------------------------- text
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


def to_lines(blocks, width=100):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "-" * min(len(b[1]), width)]
        elif k == "h":
            out += ["", b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "line":
            out.append(b[1])
        elif k == "kv":
            w = max(len(key) for key, _ in b[1]) + 1
            out += [(key + ":").ljust(w + 1) + " " + val for key, val in b[1]]
        elif k == "table":
            rows = [[str(c) for c in r] for r in b[1]]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * w for w in ws))
        elif k == "mono":
            out += list(b[1])
        elif k == "banner":
            w = max(len(l) for l in b[1])
            out.append("*" * (w + 4))
            out += ["* " + l.ljust(w) + " *" for l in b[1]]
            out.append("*" * (w + 4))
        elif k == "rule":
            out.append("_" * 64)
        elif k == "space":
            out.append("")
    return out


def to_txt(blocks, path, crlf=False):
    text = "\n".join(to_lines(blocks)) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("ascii"))


def _rtf(s):
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


def to_rtf(blocks, path):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}"
           r"\viewkind4\uc1\pard\f0\fs20 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(r"{\b\fs26 " + _rtf(b[1]) + r"}\par\par ")
        elif k == "h":
            out.append(r"\par{\b " + _rtf(b[1]) + r"}\par ")
        elif k in ("p", "line"):
            out.append(_rtf(b[1]) + r"\par ")
        else:
            for l in to_lines([b]):
                out.append(r"{\f1\fs17 " + _rtf(l) + r"}\par ")
    out.append("}")
    with open(path, "wb") as f:
        f.write("".join(out).encode("ascii"))


# ----------------------------------------------------------------------------------------------- DOCX
def to_docx(blocks, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "line"):
            d.add_paragraph(b[1])
        elif k == "kv":
            for key, val in b[1]:
                p = d.add_paragraph()
                p.add_run(key + ": ").bold = True
                p.add_run(val)
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "mono":
            for l in b[1]:
                d.add_paragraph().add_run(l).font.name = "Courier New"
        elif k == "banner":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = "\n".join(b[1])
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "space":
            d.add_paragraph("")
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1)
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
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render(blocks, path, **opt):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        to_pdf(blocks, path, serif=opt.get("serif", False), running=opt.get("running"))
    elif ext == "docx":
        to_docx(blocks, path)
    elif ext == "txt":
        to_txt(blocks, path, crlf=opt.get("crlf", False))
    elif ext == "rtf":
        to_rtf(blocks, path)
    else:
        raise ValueError(path)


# ----------------------------------------------------------------------------------------------- extraction
def extract(path):
    """The text a reader gets from the file (pdfplumber, python-docx, raw TXT, stripped RTF)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
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
        raw = raw.replace("\\\\", "\x00").replace("\\{", "\x01").replace("\\}", "\x02")
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\par(?![a-z]) ?", "\n", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
        raw = raw.replace("\x00", "\\").replace("\x01", "{").replace("\x02", "}")
    return raw
