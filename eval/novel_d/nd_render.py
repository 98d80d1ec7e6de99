"""novel_d renderer: a document is a list of blocks, written to PDF / DOCX / TXT / RTF deterministically.

Blocks:
  ("title", text)  ("h", text)  ("p", text)  ("line", text)  ("mono", [lines])
  ("table", rows, widths_or_None)   first row is the header
  ("grid", rows, widths_or_None)    spreadsheet export: column letters above, row numbers at the left
  ("kv", [(key, value), ...])       two-column key/value box
  ("rule",)  ("space",)
Document options: landscape, serif, header (running text), footer (running text; "{page}" and "{pages}").
"""
import datetime
import io
import re
import zipfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape as _land
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table,
                                TableStyle)


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _letters(n):
    return [chr(ord("A") + i) for i in range(n)]


def render_pdf(blocks, path, landscape=False, serif=False, header=None, footer=None):
    f = "Times-Roman" if serif else "Helvetica"
    fb = "Times-Bold" if serif else "Helvetica-Bold"
    S = {
        "title": ParagraphStyle("t", fontName=fb, fontSize=12.5, leading=15.5, spaceAfter=5),
        "h": ParagraphStyle("h", fontName=fb, fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=f, fontSize=9.2, leading=12, spaceAfter=3),
        "line": ParagraphStyle("l", fontName=f, fontSize=8.8, leading=11, spaceAfter=1),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8, leading=9.6),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=7.8, leading=9.4),
    }
    flow = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h", "p", "line"):
            flow.append(Paragraph(_x(b[1]), S[k]))
        elif k == "mono":
            flow.append(Preformatted("\n".join(b[1]), S["mono"]))
        elif k in ("table", "grid", "kv"):
            if k == "kv":
                rows = [[a, v] for a, v in b[1]]
                widths = [150, 300]
            else:
                rows = [list(r) for r in b[1]]
                widths = b[2] if len(b) > 2 else None
            if k == "grid":
                n = len(rows[0])
                rows = [[""] + _letters(n)] + [[str(i + 1)] + r for i, r in enumerate(rows)]
                if widths:
                    widths = [22] + list(widths)
            data = [[Paragraph(_x(c), S["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1 if k != "kv" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.35, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "table":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dedede")))
            if k == "grid":
                style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
            if k == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
            t.setStyle(TableStyle(style))
            flow.append(t)
            flow.append(Spacer(1, 5))
        elif k == "rule":
            flow.append(Paragraph("-" * 90, S["line"]))
        elif k == "space":
            flow.append(Spacer(1, 8))
        else:
            raise ValueError(k)

    size = _land(LETTER) if landscape else LETTER

    class _Doc(SimpleDocTemplate):
        pass

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(f, 7)
        if header:
            canv.drawString(40, size[1] - 28, header)
        if footer:
            canv.drawString(40, 18, footer.replace("{page}", str(doc.page)))
        canv.restoreState()

    buf = io.BytesIO()
    doc = _Doc(buf, pagesize=size, invariant=1, pageCompression=0, leftMargin=42, rightMargin=42,
               topMargin=44, bottomMargin=40, title="SYNTHETIC", author="SYNTHETIC",
               creator="SYNTHETIC novel_d", producer="SYNTHETIC", subject="SYNTHETIC")
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


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


def to_lines(blocks, width=100):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "~" * min(len(b[1]), width), ""]
        elif k == "h":
            out += ["", "-- " + b[1] + " --"]
        elif k == "p":
            out += _wrap(b[1], width)
        elif k == "line":
            out.append(b[1])
        elif k == "mono":
            out += list(b[1])
        elif k in ("table", "grid", "kv"):
            rows = [list(map(str, r)) for r in (b[1] if k != "kv" else [[a, v] for a, v in b[1]])]
            if k == "grid":
                rows = [[""] + _letters(len(rows[0]))] + [[str(i + 1)] + r for i, r in enumerate(rows)]
            w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            sep = " | " if k != "kv" else " : "
            for j, r in enumerate(rows):
                out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and k != "kv":
                    out.append("-+-".join("-" * x for x in w))
            out.append("")
        elif k == "rule":
            out.append("-" * 72)
        elif k == "space":
            out.append("")
    return out


def render_txt(blocks, path, header=None, footer=None, crlf=False):
    lines = ([header, ""] if header else []) + to_lines(blocks) + (["", footer.replace("{page}", "1")] if footer else [])
    text = "\n".join(lines) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as fh:
        fh.write(text.encode("utf-8"))


def _rtf(s):
    return "".join("\\" + c if c in "\\{}" else c for c in s)


def render_rtf(blocks, path, header=None, footer=None):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fmodern Courier New;}}"
             r"{\info{\title SYNTHETIC}}\fs21 "]
    if header:
        parts.append(r"{\fs16 " + _rtf(header) + r"}\par\par ")
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            parts.append(r"{\b " + _rtf(b[1]) + r"}\par ")
        elif k in ("p", "line"):
            parts.append(_rtf(b[1]) + r"\par ")
        else:
            for l in to_lines([b]):
                parts.append(r"{\f1\fs17 " + _rtf(l) + r"}\par ")
    if footer:
        parts.append(r"\par{\fs16 " + _rtf(footer.replace("{page}", "1")) + r"}\par ")
    parts.append("}")
    with open(path, "wb") as fh:
        fh.write("".join(parts).encode("ascii"))


def render_docx(blocks, path, header=None, footer=None):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer.replace("{page}", "1")
    for b in blocks:
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
        elif k in ("table", "grid", "kv"):
            rows = [list(map(str, r)) for r in (b[1] if k != "kv" else [[a, v] for a, v in b[1]])]
            if k == "grid":
                rows = [[""] + _letters(len(rows[0]))] + [[str(i + 1)] + r for i, r in enumerate(rows)]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "space":
            d.add_paragraph("")
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
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render(blocks, path, **o):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        render_pdf(blocks, path, landscape=o.get("landscape", False), serif=o.get("serif", False),
                   header=o.get("header"), footer=o.get("footer"))
    elif ext == "docx":
        render_docx(blocks, path, header=o.get("header"), footer=o.get("footer"))
    elif ext == "txt":
        render_txt(blocks, path, header=o.get("header"), footer=o.get("footer"), crlf=o.get("crlf", False))
    elif ext == "rtf":
        render_rtf(blocks, path, header=o.get("header"), footer=o.get("footer"))
    else:
        raise ValueError(path)


def extract_text(path):
    """Body text only (no DOCX header/footer parts, no document properties)."""
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
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\{\\info\{\\title [^}]*\}\}", "", raw)
        raw = re.sub(r"\{\\fonttbl.*?\}\}", "", raw)
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "")
        raw = raw.replace("\\\\", "\\")
    return raw
