"""novel_g renderer: document blocks -> PDF (reportlab flowables or an HTML-print imitation drawn on a
canvas), DOCX (python-docx, fixed zip timestamps), TXT, RTF; plus text extraction for the checks.

Blocks:
  ("title", s) ("h", s) ("p", s) ("sig", s) ("mono", [lines]) ("table", rows[, widths])
  ("kv", [(label, value), ...]) ("box", [lines]) ("rule",) ("space",)
"""
import datetime
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                TableStyle)


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- PDF (flowables)
def pdf(blocks, path, header=None, footer=None, serif=False, shade="#dde3ea"):
    f = "Times-Roman" if serif else "Helvetica"
    fb = "Times-Bold" if serif else "Helvetica-Bold"
    S = {
        "title": ParagraphStyle("t", fontName=fb, fontSize=12.5, leading=15, spaceAfter=5),
        "h": ParagraphStyle("h", fontName=fb, fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f, fontSize=9.2, leading=12, spaceAfter=4),
        "sig": ParagraphStyle("s", fontName=f, fontSize=8.8, leading=11.5, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8.3, leading=10),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.6),
    }
    flow = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "sig"):
            flow.append(Paragraph(_x(b[1]), S[k]))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), S["mono"]))
            flow.append(Spacer(1, 4))
        elif k == "table":
            rows = [[Paragraph(_x(c), S["cell"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.35, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 5)]
        elif k == "kv":
            rows = [[Paragraph(_x(a), S["cell"]), Paragraph(_x(v), S["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[150, 360])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.lightgrey)]))
            flow += [t, Spacer(1, 5)]
        elif k == "box":
            t = Table([[Paragraph(_x(l), S["cell"])] for l in b[1]], colWidths=[500])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.black)]))
            flow += [t, Spacer(1, 5)]
        elif k == "rule":
            flow.append(Paragraph("_" * 86, S["p"]))
        elif k == "space":
            flow.append(Spacer(1, 8))

    def deco(c, doc):
        c.saveState()
        c.setFont(f, 7)
        if header:
            c.drawString(48, 770, header)
        if footer:
            c.drawString(48, 22, footer + "    Page %d" % doc.page)
        c.restoreState()

    buf = io.BytesIO()
    d = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=0, leftMargin=48,
                          rightMargin=48, topMargin=50, bottomMargin=46, title="SYNTHETIC",
                          author="SYNTHETIC", creator="SYNTHETIC", producer="SYNTHETIC")
    d.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ----------------------------------------------------------------------------- PDF (HTML print)
def html_print_pdf(blocks, path, stamp, page_title, url):
    """Imitates a browser's 'Print to PDF' of a web report: date/time and page title at the top, URL and
    'n/m' at the bottom, table cells drawn at fixed x positions (text wraps inside narrow cells, runs of
    spaces survive), paragraphs with the ragged spacing of collapsed HTML whitespace."""
    W, H = LETTER
    pages, cur, y = [], [], H - 60

    def emit(items, height):
        nonlocal cur, y
        if y - height < 50:
            pages.append(cur)
            cur, y = [], H - 60
        for (dx, dy, font, size, text) in items:
            cur.append((dx, y - dy, font, size, text))
        y -= height

    def wrap(text, n):
        out, line = [], ""
        for w in str(text).split(" "):
            while len(w) > n:                       # long tokens break mid-word, as a narrow cell does
                if line:
                    out.append(line)
                    line = ""
                out.append(w[:n])
                w = w[n:]
            if line and len(line) + 1 + len(w) > n:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
        return out

    for b in blocks:
        k = b[0]
        if k == "title":
            emit([(40, 0, "Helvetica-Bold", 14, b[1])], 22)
        elif k == "h":
            emit([(40, 0, "Helvetica-Bold", 10.5, b[1])], 17)
        elif k in ("p", "sig"):
            for ln in wrap(b[1], 104):
                emit([(40, 0, "Helvetica", 8.6, ln)], 11)
            emit([], 4)
        elif k == "mono":
            for ln in b[1]:
                emit([(40, 0, "Courier", 7.8, ln)], 9.5)
            emit([], 4)
        elif k == "kv":
            for a, v in b[1]:
                lines = wrap(v, 70)
                items = [(40, 0, "Helvetica-Bold", 8.4, a + " :")]
                items += [(210, i * 10.5, "Helvetica", 8.4, ln) for i, ln in enumerate(lines)]
                emit(items, 10.5 * len(lines) + 2)
            emit([], 5)
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else [530 / len(rows[0])] * len(rows[0])
            for j, r in enumerate(rows):
                x, items, hmax = 40, [], 1
                for c, w in zip(r, widths):
                    lines = wrap(c, max(4, int(w / 4.7)))
                    fnt = "Helvetica-Bold" if j == 0 else "Helvetica"
                    items += [(x, i * 10, fnt, 8, ln) for i, ln in enumerate(lines)]
                    hmax = max(hmax, len(lines))
                    x += w
                emit(items, 10 * hmax + 3)
            emit([], 6)
        elif k == "box":
            for ln in b[1]:
                emit([(46, 0, "Helvetica", 8.4, ln)], 11)
            emit([], 5)
        elif k == "rule":
            emit([(40, 0, "Helvetica", 8, "-" * 120)], 10)
        elif k == "space":
            emit([], 9)
    pages.append(cur)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=0)
    c.setTitle("SYNTHETIC")
    c.setAuthor("SYNTHETIC")
    c.setCreator("SYNTHETIC")
    c.setProducer("SYNTHETIC")
    n = len(pages)
    for i, pg in enumerate(pages):
        c.setFont("Helvetica", 7.5)
        c.drawString(28, H - 22, stamp)
        c.drawCentredString(W / 2, H - 22, page_title)
        c.drawString(28, 16, url)
        c.drawRightString(W - 28, 16, "%d/%d" % (i + 1, n))
        for (x, yy, font, size, text) in pg:
            c.setFont(font, size)
            c.drawString(x, yy, text)
        c.showPage()
    c.save()
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ----------------------------------------------------------------------------- plain text
def lines_of(blocks, width=92):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "-" * min(len(b[1]), width)]
        elif k == "h":
            out += ["", b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "sig":
            out.append(b[1])
        elif k == "mono":
            out += list(b[1])
        elif k == "kv":
            w = max(len(a) for a, _ in b[1]) + 1
            out += [(a + ":").ljust(w + 1) + " " + v for a, v in b[1]]
        elif k == "table":
            rows = [[str(c) for c in r] for r in b[1]]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * w for w in ws))
        elif k == "box":
            w = max(len(l) for l in b[1]) + 2
            out += ["+" + "=" * w + "+"] + ["| " + l.ljust(w - 1) + "|" for l in b[1]] + ["+" + "=" * w + "+"]
        elif k == "rule":
            out.append("_" * 64)
        elif k == "space":
            out.append("")
    return out


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


def txt(blocks, path, crlf=False):
    s = "\n".join(lines_of(blocks)) + "\n"
    if crlf:
        s = s.replace("\n", "\r\n")
    with open(path, "wb") as fh:
        fh.write(s.encode("utf-8"))


def _rx(s):
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
    p = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}"
         r"\viewkind4\uc1\pard\f0\fs20 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            p.append(r"{\b\fs26 " + _rx(b[1]) + r"}\par ")
        elif k == "h":
            p.append(r"\par{\b " + _rx(b[1]) + r"}\par ")
        elif k in ("p", "sig"):
            p.append(_rx(b[1]) + r"\par ")
        else:
            for ln in lines_of([b]):
                p.append(r"{\f1\fs17 " + _rx(ln) + r"}\par ")
    p.append("}")
    with open(path, "wb") as fh:
        fh.write("".join(p).encode("ascii"))


# ----------------------------------------------------------------------------- DOCX
def docx(blocks, path, header=None):
    import docx as D
    from docx.shared import Pt
    d = D.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "sig"):
            d.add_paragraph(b[1])
        elif k == "mono":
            for ln in b[1]:
                r = d.add_paragraph().add_run(ln)
                r.font.name = "Consolas"
                r.font.size = Pt(8.5)
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
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
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "space":
            d.add_paragraph("")
    cp = d.core_properties
    fixed = datetime.datetime(2026, 1, 1)
    cp.author = cp.title = cp.last_modified_by = "SYNTHETIC"
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


def render(doc, path):
    """doc: dict(blocks=..., fmt from the path, opts=...)."""
    ext = path.rsplit(".", 1)[1].lower()
    o = doc.get("opts", {})
    if ext == "pdf" and o.get("html"):
        html_print_pdf(doc["blocks"], path, o["stamp"], o["page_title"], o["url"])
    elif ext == "pdf":
        pdf(doc["blocks"], path, header=o.get("header"), footer=o.get("footer"), serif=o.get("serif", False),
            shade=o.get("shade", "#dde3ea"))
    elif ext == "docx":
        docx(doc["blocks"], path, header=o.get("header"))
    elif ext == "txt":
        txt(doc["blocks"], path, crlf=o.get("crlf", False))
    elif ext == "rtf":
        rtf(doc["blocks"], path)
    else:
        raise ValueError(path)


# ----------------------------------------------------------------------------- extraction (checks only)
def extract_text(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as p:
            return "\n".join((pg.extract_text() or "") for pg in p.pages)
    if ext == "docx":
        import docx as D
        d = D.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8", "replace")
    if ext == "rtf":
        raw = re.sub(r"\\par\b ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw)
        raw = raw.replace("{", "").replace("}", "").replace("\\\\", "\\")
    return raw
