"""novel_k renderer: a document is a list of blocks, written to PDF / DOCX / TXT / RTF deterministically.

Adapted from the idea of eval/novel_j/nj_render.py (blocks -> files); the code here is new.

Blocks:
  ("hdr", text)      banner line (bold, small)       ("h", text)     heading
  ("p", text)        wrapped paragraph               ("ln", text)    one literal line
  ("grid", rows)     ruled table, first row header   ("box", rows)   ruled table, no header row
  ("fixed", [lines]) monospaced lines                ("gap",)        vertical space
  ("pb",)            page break (PDF / DOCX; a rule in TXT / RTF)

PDF options (keyword arguments of render):
  page_top(page, total) -> list of str   lines drawn above the frame (fax headers, packet strips)
  page_bottom(page, total) -> list of str   lines drawn in the bottom margin
  font="Helvetica" | "Times-Roman" | "Courier"   body font family
  landscape=True
"""
import datetime
import io
import re
import zipfile

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times-Roman": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_build(blocks, page_top, page_bottom, font, land, total):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    reg, bold = FAMILIES[font]
    size = 9.2 if font != "Courier" else 8.4
    p = ParagraphStyle("p", fontName=reg, fontSize=size, leading=size + 2.4, spaceAfter=3)
    ln = ParagraphStyle("ln", fontName=reg, fontSize=size - 0.4, leading=size + 1.6)
    h = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 3.4, spaceBefore=5, spaceAfter=2)
    hd = ParagraphStyle("hd", fontName=bold, fontSize=size - 1, leading=size + 0.8)
    mono = ParagraphStyle("m", fontName="Courier", fontSize=7.5, leading=9.2)
    cell = ParagraphStyle("c", fontName=reg, fontSize=7.8, leading=9.4)
    flow = []
    for b in blocks:
        k = b[0]
        if k == "hdr":
            flow.append(Paragraph(_x(b[1]), hd))
        elif k == "h":
            flow.append(Paragraph(_x(b[1]), h))
        elif k == "p":
            flow.append(Paragraph(_x(b[1]), p))
        elif k == "ln":
            flow.append(Paragraph(_x(b[1]) or "&nbsp;", ln))
        elif k == "fixed":
            flow.append(Preformatted("\n".join(b[1]), mono))
        elif k in ("grid", "box"):
            t = Table([[Paragraph(_x(str(c)), cell) for c in r] for r in b[1]], repeatRows=1 if k == "grid" else 0)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6f6f6f")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "grid":
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(st))
            flow += [t, Spacer(1, 4)]
        elif k == "gap":
            flow.append(Spacer(1, 7))
        elif k == "pb":
            flow.append(PageBreak())
    pages = []
    pagesize = landscape(LETTER) if land else LETTER

    def deco(c, d):
        pages.append(d.page)
        w, hgt = pagesize
        if page_top:
            c.setFont("Courier", 7.4)
            y = hgt - 16
            for line in page_top(d.page, total):
                c.drawString(30, y, line)
                y -= 9
        if page_bottom:
            c.setFont(reg, 6.8)
            y = 24
            for line in page_bottom(d.page, total):
                c.drawString(36, y, line)
                y -= 8.5

    buf = io.BytesIO()
    top = 44 if page_top else 40
    doc = SimpleDocTemplate(buf, pagesize=pagesize, invariant=1, leftMargin=42, rightMargin=42, topMargin=top,
                            bottomMargin=44, title="SYNTHETIC", author="SYNTHETIC", creator="SYNTHETIC",
                            producer="SYNTHETIC", subject="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue(), len(pages)


def to_pdf(blocks, path, page_top=None, page_bottom=None, font="Helvetica", landscape=False):
    _, n = _pdf_build(blocks, page_top, page_bottom, font, landscape, 0)
    data, n2 = _pdf_build(blocks, page_top, page_bottom, font, landscape, n)
    assert n == n2
    open(path, "wb").write(data)


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


def lines_of(blocks, width=98, caps_headings=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "hdr":
            out.append(b[1])
        elif k == "h":
            t = b[1].upper() if caps_headings else b[1]
            out += ["", t]
            if not caps_headings:
                out.append("-" * min(len(t), width))
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "ln":
            out.append(b[1])
        elif k == "fixed":
            out += list(b[1])
        elif k in ("grid", "box"):
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and k == "grid":
                    out.append("-+-".join("-" * x for x in w))
        elif k == "gap":
            out.append("")
        elif k == "pb":
            out += ["", "=" * 60, ""]
    return out


def to_txt(blocks, path, footer=None, crlf=False, caps_headings=False, width=98):
    lines = lines_of(blocks, width=width, caps_headings=caps_headings)
    if footer:
        lines += [""] + list(footer)
    nl = "\r\n" if crlf else "\n"
    open(path, "wb").write((nl.join(lines) + nl).encode("utf-8"))


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


def to_rtf(blocks, path, footer=None, font="Times New Roman"):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman " + font + r";}{\f1\fmodern Courier New;}}"
           r"{\info{\title SYNTHETIC}}\fs21 "]
    for b in blocks:
        k = b[0]
        if k in ("hdr", "h"):
            out.append(r"{\b " + _r(b[1]) + r"}\par ")
        elif k in ("p", "ln"):
            out.append(_r(b[1]) + r"\par ")
        elif k == "gap":
            out.append(r"\par ")
        elif k == "pb":
            out.append(r"\page ")
        else:
            for l in lines_of([b]):
                out.append(r"{\f1\fs17 " + _r(l) + r"}\par ")
    for l in footer or []:
        out.append(r"{\fs15 " + _r(l) + r"}\par ")
    out.append("}")
    open(path, "wb").write("".join(out).encode("ascii"))


def to_docx(blocks, path, footer=None, font="Calibri"):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "hdr":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "ln"):
            d.add_paragraph(b[1])
        elif k == "fixed":
            for l in b[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Courier New"
        elif k in ("grid", "box"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0 and k == "grid":
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        elif k == "gap":
            d.add_paragraph("")
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for l in footer or []:
        r = d.add_paragraph().add_run(l)
        r.font.size = Pt(7.5)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1)
    cp.author = cp.title = cp.last_modified_by = "SYNTHETIC"
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


def render(doc, path):
    """doc: dict(blocks=..., footer=[lines], and per-format options)."""
    ext = path.rsplit(".", 1)[1]
    if "blocks_fn" in doc:  # a PDF whose text states its own page count (fax cover sheets)
        n = 1
        for _ in range(6):
            b = doc["blocks_fn"](n)
            _, got = _pdf_build(b, doc.get("page_top"), None, doc.get("font", "Helvetica"), False, n)
            if got == n:
                break
            n = got
        doc = dict(doc, blocks=doc["blocks_fn"](n))
    b = doc["blocks"]
    foot = doc.get("footer") or []
    if ext == "pdf":
        bottom = doc.get("page_bottom")
        if bottom is None and foot:
            bottom = lambda pg, tot: [l.replace("{p}", str(pg)).replace("{n}", str(tot)) for l in foot]
        to_pdf(b, path, doc.get("page_top"), bottom, doc.get("font", "Helvetica"), doc.get("landscape", False))
    elif ext == "docx":
        to_docx(b, path, foot, doc.get("docx_font", "Calibri"))
    elif ext == "txt":
        to_txt(b, path, foot, doc.get("crlf", False), doc.get("caps_headings", False), doc.get("width", 98))
    elif ext == "rtf":
        to_rtf(b, path, foot, doc.get("rtf_font", "Times New Roman"))
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
        raw = re.sub(r"\{\\info\{\\title [^}]*\}\}", "", raw)
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\page ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\([\\{}])", lambda m: "\x00" + m.group(1), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
        raw = raw.replace("\x00", "")
    return raw


def count_pages(blocks, font="Helvetica"):
    return _pdf_build(blocks, None, None, font, False, 0)[1]
