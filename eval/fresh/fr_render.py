"""Blocks -> PDF / DOCX / TXT / RTF, deterministic; text extraction for checks.

A document is a list of blocks:
  ("title", text) ("h", text) ("p", text) ("mono", [lines]) ("table", rows, widths|None)
  ("cols", [left lines], [right lines]) ("box", [lines]) ("rule",) ("space",)
"""
import io, zipfile, re

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Preformatted)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(blocks, path, a4=False, serif=False, footer=None):
    font = "Times-Roman" if serif else "Helvetica"
    bold = "Times-Bold" if serif else "Helvetica-Bold"
    st_p = ParagraphStyle("p", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
    st_t = ParagraphStyle("t", fontName=bold, fontSize=13, leading=16, spaceAfter=6)
    st_m = ParagraphStyle("m", fontName="Courier", fontSize=8, leading=10)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=10.5)
    st_s = ParagraphStyle("s", fontName=font, fontSize=7.6, leading=10, spaceAfter=3)
    flow = []
    for b in blocks:
        k = b[0]
        if k == "title":
            flow.append(Paragraph(_esc(b[1]), st_t))
        elif k == "h":
            flow.append(Paragraph(_esc(b[1]), st_h))
        elif k == "p":
            flow.append(Paragraph(_esc(b[1]), st_p))
        elif k == "sig":
            flow.append(Paragraph(_esc(b[1]), st_s))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), st_m))
        elif k == "table":
            rows = [[Paragraph(_esc(str(c)), st_c) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "cols":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            rows = [[Paragraph(_esc(left[i]) if i < len(left) else "", st_c),
                     Paragraph(_esc(right[i]) if i < len(right) else "", st_c)] for i in range(n)]
            t = Table(rows, colWidths=[240, 240])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
        elif k == "box":
            t = Table([[Paragraph(_esc(l), st_c)] for l in b[1]], colWidths=[300])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black)]))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "rule":
            flow.append(Paragraph("_" * 70, st_p))
        elif k == "space":
            flow.append(Spacer(1, 8))

    def on_page(canv, doc):
        if footer:
            canv.setFont(font, 7)
            canv.drawString(40, 20, footer + "   page %d" % doc.page)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4 if a4 else LETTER, invariant=1, pageCompression=0,
                            leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title="SYNTHETIC", author="SYNTHETIC", creator="SYNTHETIC", producer="SYNTHETIC")
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def blocks_to_lines(blocks, width=96):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * min(len(b[1]), width), ""]
        elif k == "h":
            out += ["", b[1].upper() if not b[1].isupper() else b[1]]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "sig":
            out.append(b[1])
        elif k == "mono":
            out += list(b[1])
        elif k == "table":
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("  ".join("-" * x for x in w))
            out.append("")
        elif k == "cols":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            for i in range(n):
                l = left[i] if i < len(left) else ""
                r = right[i] if i < len(right) else ""
                out.append(l.ljust(46) + "  " + r)
        elif k == "box":
            w = max(len(l) for l in b[1]) + 2
            out.append("+" + "-" * w + "+")
            out += ["| " + l.ljust(w - 1) + "|" for l in b[1]]
            out.append("+" + "-" * w + "+")
        elif k == "rule":
            out.append("_" * 60)
        elif k == "space":
            out.append("")
    return out


def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def render_txt(blocks, path, crlf=False):
    text = "\n".join(blocks_to_lines(blocks)) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def _rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, path):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Courier New;}}\fs22 "]
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            parts.append(r"{\b " + _rtf_esc(b[1]) + r"}\par ")
        elif k in ("p", "sig"):
            parts.append(_rtf_esc(b[1]) + r"\par ")
        else:
            for l in blocks_to_lines([b]):
                parts.append(r"{\f1\fs18 " + _rtf_esc(l) + r"}\par ")
    parts.append("}")
    with open(path, "wb") as f:
        f.write("".join(parts).encode("ascii"))


def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    import datetime
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "sig"):
            d.add_paragraph(b[1])
        elif k == "mono":
            for l in b[1]:
                p = d.add_paragraph()
                r = p.add_run(l)
                r.font.name = "Courier New"
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "cols":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            t = d.add_table(rows=n, cols=2)
            for i in range(n):
                t.cell(i, 0).text = left[i] if i < len(left) else ""
                t.cell(i, 1).text = right[i] if i < len(right) else ""
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
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = "SYNTHETIC"
    cp.title = "SYNTHETIC"
    cp.last_modified_by = "SYNTHETIC"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render(blocks, path, **opts):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        render_pdf(blocks, path, a4=opts.get("a4", False), serif=opts.get("serif", False),
                   footer=opts.get("footer"))
    elif ext == "docx":
        render_docx(blocks, path)
    elif ext == "txt":
        render_txt(blocks, path, crlf=opts.get("crlf", False))
    elif ext == "rtf":
        render_rtf(blocks, path)
    else:
        raise ValueError(path)


def extract_text(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        from pdfminer.high_level import extract_text as ex
        return ex(path)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        parts.append(d.core_properties.title or "")
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
    return raw
