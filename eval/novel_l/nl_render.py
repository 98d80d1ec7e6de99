"""novel_l renderer: a document is a list of blocks, written deterministically to PDF / DOCX / TXT / RTF.

Blocks
  ("banner", text)        bold coloured line (institution strip)
  ("h", text)             section heading
  ("sub", text)           small bold sub-heading
  ("p", text)             wrapped paragraph
  ("ln", text)            one literal line
  ("kv", [(label, value), ...])   unruled label/value pairs
  ("grid", rows)          ruled table, first row is the header
  ("fixed", [lines])      monospaced lines
  ("rule",)               horizontal rule
  ("gap",)                vertical space
Adapted from the idea of eval/novel_j/nj_render.py; the code here is this set's own.
"""
import datetime
import io
import re
import zipfile


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(blocks, path, header, footer, serif=False, landscape_mode=False, accent="#2b4a6f"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (HRFlowable, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    base, bold = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")
    st = {
        "p": ParagraphStyle("p", fontName=base, fontSize=9.2 if not serif else 10, leading=11.8, spaceAfter=3),
        "ln": ParagraphStyle("ln", fontName=base, fontSize=8.8 if not serif else 9.6, leading=11),
        "h": ParagraphStyle("h", fontName=bold, fontSize=10.2, leading=13, spaceBefore=6, spaceAfter=2),
        "sub": ParagraphStyle("sub", fontName=bold, fontSize=8.8, leading=11, spaceBefore=3),
        "banner": ParagraphStyle("b", fontName=bold, fontSize=11, leading=14, textColor=colors.HexColor(accent)),
        "cell": ParagraphStyle("c", fontName=base, fontSize=7.9, leading=9.6),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=7.9, leading=9.6),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=7.6, leading=9.3),
    }
    flow = []
    for b in blocks:
        k = b[0]
        if k in ("banner", "h", "sub", "p"):
            flow.append(Paragraph(_x(b[1]), st[k]))
        elif k == "ln":
            flow.append(Paragraph(_x(b[1]) or "&nbsp;", st["ln"]))
        elif k == "fixed":
            flow.append(Preformatted("\n".join(b[1]), st["mono"]))
        elif k == "kv":
            rows = [[Paragraph(_x(a), st["cellb"]), Paragraph(_x(v), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[150, None] if not landscape_mode else [170, None], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
            flow += [t, Spacer(1, 3)]
        elif k == "grid":
            rows = b[1]
            data = [[Paragraph(_x(str(c)), st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 4)]
        elif k == "rule":
            flow.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#777777"), spaceBefore=2,
                                   spaceAfter=3))
        elif k == "gap":
            flow.append(Spacer(1, 7))

    def deco(c, d):
        w, hgt = d.pagesize
        c.setFont(base, 6.8)
        c.drawString(40, hgt - 24, header)
        c.drawString(40, 18, "%s   page %d" % (footer, d.page))

    buf = io.BytesIO()
    size = landscape(LETTER) if landscape_mode else LETTER
    doc = SimpleDocTemplate(buf, pagesize=size, invariant=1, leftMargin=40, rightMargin=40, topMargin=38,
                            bottomMargin=36, title="SYNTHETIC", author="SYNTHETIC", creator="SYNTHETIC",
                            producer="SYNTHETIC", subject="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    open(path, "wb").write(buf.getvalue())


def _wrap(text, width):
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def lines_of(blocks, width=98):
    out = []
    for b in blocks:
        k = b[0]
        if k == "banner":
            out += [b[1].upper()]
        elif k == "h":
            out += ["", b[1].upper()]
        elif k == "sub":
            out += [b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "ln":
            out.append(b[1])
        elif k == "fixed":
            out += list(b[1])
        elif k == "kv":
            w = max(len(a) for a, _ in b[1])
            for a, v in b[1]:
                out.append((a + ":").ljust(w + 2) + v)
        elif k == "grid":
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("-+-".join("-" * x for x in w))
        elif k == "rule":
            out.append("-" * 78)
        elif k == "gap":
            out.append("")
    return out


def to_txt(blocks, path, header, footer, crlf=False):
    text = "\n".join([header, ""] + lines_of(blocks) + ["", footer]) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    open(path, "wb").write(text.encode("utf-8"))


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


def to_rtf(blocks, path, header, footer):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fmodern Courier New;}}"
           r"{\info{\title SYNTHETIC}}\fs21 ", r"{\fs15 " + _r(header) + r"}\par \par "]
    for b in blocks:
        k = b[0]
        if k in ("banner", "h", "sub"):
            out.append(r"{\b " + _r(b[1]) + r"}\par ")
        elif k in ("p", "ln"):
            out.append(_r(b[1]) + r"\par ")
        elif k == "gap":
            out.append(r"\par ")
        else:
            for l in lines_of([b]):
                out.append(r"{\f1\fs17 " + _r(l) + r"}\par ")
    out.append(r"\par {\fs15 " + _r(footer) + r"}\par }")
    open(path, "wb").write("".join(out).encode("ascii"))


def to_docx(blocks, path, header, footer):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    hp = d.add_paragraph()
    r = hp.add_run(header)
    r.font.size = Pt(7.5)
    for b in blocks:
        k = b[0]
        if k == "banner":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(12)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "sub":
            d.add_paragraph().add_run(b[1]).bold = True
        elif k in ("p", "ln"):
            d.add_paragraph(b[1])
        elif k == "fixed":
            for l in b[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Consolas"
        elif k in ("grid", "kv"):
            rows = b[1] if k == "grid" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "gap":
            d.add_paragraph("")
    d.add_paragraph(footer)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1)
    cp.author = cp.title = cp.last_modified_by = cp.subject = "SYNTHETIC"
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
            z.writestr(zi, zin.read(n))
    open(path, "wb").write(out.getvalue())


def render(blocks, path, header, footer, **kw):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        to_pdf(blocks, path, header, footer, kw.get("serif", False), kw.get("landscape", False),
               kw.get("accent", "#2b4a6f"))
    elif ext == "docx":
        to_docx(blocks, path, header, footer)
    elif ext == "txt":
        to_txt(blocks, path, header, footer, kw.get("crlf", False))
    elif ext == "rtf":
        to_rtf(blocks, path, header, footer)
    else:
        raise ValueError(path)


def extract(path):
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
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\{\\info\{\\title [^}]*\}\}", "", raw)
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\([\\{}])", r"\1", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
        raw = re.sub(r"(?<!\\)[{}]", "", raw)
    return raw
