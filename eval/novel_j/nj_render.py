"""novel_j renderer: a document is a list of blocks, written to PDF / DOCX / TXT / RTF deterministically.

Blocks: ("hdr", text)  banner line        ("h", text)   heading        ("p", text)  paragraph
        ("ln", text)   one literal line   ("grid", rows) ruled table (first row = header)
        ("fixed", [lines]) monospaced lines   ("gap",)
"""
import datetime
import io
import re
import zipfile


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_pdf(blocks, path, footer, landscape_mode=False):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle
    p = ParagraphStyle("p", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3)
    ln = ParagraphStyle("ln", fontName="Helvetica", fontSize=8.6, leading=10.5)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceBefore=5, spaceAfter=2)
    hd = ParagraphStyle("hd", fontName="Helvetica-Bold", fontSize=8, leading=10, textColor=colors.HexColor("#1f3d5c"))
    mono = ParagraphStyle("m", fontName="Courier", fontSize=7.6, leading=9.4)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=7.8, leading=9.4)
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
        elif k == "grid":
            t = Table([[Paragraph(_x(str(c)), cell) for c in r] for r in b[1]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 4)]
        elif k == "gap":
            flow.append(Spacer(1, 7))

    def deco(c, d):
        c.setFont("Helvetica", 6.8)
        c.drawString(36, 18, "%s   p.%d" % (footer, d.page))

    buf = io.BytesIO()
    size = landscape(LETTER) if landscape_mode else LETTER
    doc = SimpleDocTemplate(buf, pagesize=size, invariant=1, leftMargin=42, rightMargin=42, topMargin=40,
                            bottomMargin=40, title="SYNTHETIC", author="SYNTHETIC", creator="SYNTHETIC",
                            producer="SYNTHETIC", subject="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    open(path, "wb").write(buf.getvalue())


def lines_of(blocks, width=100):
    out = []
    for b in blocks:
        k = b[0]
        if k == "hdr":
            out += [b[1]]
        elif k == "h":
            out += ["", b[1], "-" * min(len(b[1]), width)]
        elif k == "p":
            cur = ""
            for w in b[1].split(" "):
                if cur and len(cur) + len(w) + 1 > width:
                    out.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            out.append(cur)
        elif k == "ln":
            out.append(b[1])
        elif k == "fixed":
            out += list(b[1])
        elif k == "grid":
            rows = [[str(c) for c in r] for r in b[1]]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append("-+-".join("-" * x for x in w))
        elif k == "gap":
            out.append("")
    return out


def to_txt(blocks, path, footer):
    text = "\n".join(lines_of(blocks) + ["", footer]) + "\n"
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


def to_rtf(blocks, path, footer):
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Consolas;}}"
           r"{\info{\title SYNTHETIC}}\fs20 "]
    for b in blocks:
        k = b[0]
        if k in ("hdr", "h"):
            out.append(r"{\b " + _r(b[1]) + r"}\par ")
        elif k in ("p", "ln"):
            out.append(_r(b[1]) + r"\par ")
        elif k == "gap":
            out.append(r"\par ")
        else:
            for l in lines_of([b]):
                out.append(r"{\f1\fs16 " + _r(l) + r"}\par ")
    out.append(r"{\fs14 " + _r(footer) + r"}\par }")
    open(path, "wb").write("".join(out).encode("ascii"))


def to_docx(blocks, path, footer):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9.5)
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
                r.font.name = "Consolas"
        elif k == "grid":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif k == "gap":
            d.add_paragraph("")
    d.add_paragraph(footer)
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
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    open(path, "wb").write(out.getvalue())


def render(blocks, path, footer, **kw):
    ext = path.rsplit(".", 1)[1]
    {"pdf": lambda: to_pdf(blocks, path, footer, kw.get("landscape", False)),
     "docx": lambda: to_docx(blocks, path, footer),
     "txt": lambda: to_txt(blocks, path, footer),
     "rtf": lambda: to_rtf(blocks, path, footer)}[ext]()


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
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
    return raw
