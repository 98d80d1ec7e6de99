"""Blocks -> PDF / DOCX / RTF / TXT bytes, byte-for-byte deterministic.

A document is a list of blocks (tuples):
  ("title", text)            document title
  ("h", text)                section heading
  ("p", text)                paragraph
  ("kv", [(key, value)...])  label/value lines
  ("table", header, rows)    ruled table (header may be None)
  ("sig", text)              signature line (rendered bold where the format allows)
  ("mono", text)             preformatted text
  ("break",)                 page break (PDF/DOCX only)
"""
import io
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Preformatted)

rl_config.invariant = 1

MARK = "SYNTHETIC"


# ---------------------------------------------------------------- PDF
def render_pdf(blocks, *, header, footer, font="Helvetica", a4=False, accent="#1f3b57",
               grid="#555555", title="document"):
    """header: (left, right) strings drawn on every page; footer: string (must hold SYNTHETIC)."""
    assert MARK in footer
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=13.5, leading=17, spaceAfter=6,
                                textColor=colors.HexColor(accent)),
        "h": ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=13, spaceBefore=8,
                            spaceAfter=3, textColor=colors.HexColor(accent)),
        "p": ParagraphStyle("p", fontName=font, fontSize=9.2, leading=12, spaceAfter=4),
        "sig": ParagraphStyle("s", fontName=bold, fontSize=9.2, leading=12, spaceBefore=2,
                              spaceAfter=2),
        "cell": ParagraphStyle("c", fontName=font, fontSize=8.2, leading=10),
        "cellh": ParagraphStyle("ch", fontName=bold, fontSize=8.2, leading=10,
                                textColor=colors.white),
        "mono": ParagraphStyle("m", fontName="Courier", fontSize=8, leading=10),
    }
    size = A4 if a4 else letter
    buf = io.BytesIO()

    def deco(canv, doc):
        canv.saveState()
        w, h = size
        canv.setFillColor(colors.HexColor(accent))
        canv.rect(0.6 * inch, h - 0.62 * inch, w - 1.2 * inch, 0.03 * inch, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(bold, 8)
        canv.drawString(0.6 * inch, h - 0.5 * inch, header[0])
        canv.setFont(font, 8)
        canv.drawRightString(w - 0.6 * inch, h - 0.5 * inch, header[1])
        canv.setFont(font, 7)
        canv.drawString(0.6 * inch, 0.45 * inch, footer)
        canv.drawRightString(w - 0.6 * inch, 0.45 * inch, "Page %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.75 * inch, invariant=1,
                            pageCompression=0, title=title, author="%s generator" % MARK,
                            subject=MARK + " test document", creator=MARK)
    avail = size[0] - 1.2 * inch
    flow = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "p", "sig"):
            flow.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "kv":
            rows = [[Paragraph("<b>%s</b>" % escape(k), st["cell"]), Paragraph(escape(v), st["cell"])]
                    for k, v in b[1]]
            t = Table(rows, colWidths=[avail * 0.3, avail * 0.7])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            flow += [t, Spacer(1, 4)]
        elif kind == "table":
            header_row, rows = b[1], b[2]
            data = []
            if header_row:
                data.append([Paragraph(escape(str(c)), st["cellh"]) for c in header_row])
            data += [[Paragraph(escape(str(c)), st["cell"]) for c in r] for r in rows]
            ncol = len(data[0])
            t = Table(data, colWidths=[avail / ncol] * ncol, repeatRows=1 if header_row else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(grid)),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header_row:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(accent)))
            t.setStyle(TableStyle(style))
            flow += [t, Spacer(1, 6)]
        elif kind == "mono":
            flow.append(Preformatted(b[1], st["mono"]))
        elif kind == "break":
            flow.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
FIXED_DT = (2025, 1, 1, 0, 0, 0)


def render_docx(blocks, *, header, footer, font="Calibri"):
    import datetime
    from docx import Document
    from docx.shared import Pt
    assert MARK in footer
    d = Document()
    d.styles["Normal"].font.name = font
    d.styles["Normal"].font.size = Pt(10)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = MARK
    cp.title, cp.revision = header[0], 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "%s    %s" % header
    sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "sig":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "mono":
            for line in b[1].splitlines():
                r = d.add_paragraph().add_run(line)
                r.font.name = "Courier New"
        elif kind == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                p.add_run(k + ": ").bold = True
                p.add_run(v)
        elif kind == "table":
            header_row, rows = b[1], b[2]
            ncol = len(header_row) if header_row else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header_row:
                cells = t.add_row().cells
                for i, c in enumerate(header_row):
                    cells[i].text = ""
                    cells[i].paragraphs[0].add_run(str(c)).bold = True
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph()
        elif kind == "break":
            d.add_page_break()
        else:
            raise ValueError(kind)
    raw = io.BytesIO()
    d.save(raw)
    return _fix_zip(raw.getvalue())


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- RTF
def _rtf_esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, *, header, footer):
    assert MARK in footer
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fmodern Courier New;}}",
         r"{\header\pard\qr\fs16 %s  %s\par}" % (_rtf_esc(header[0]), _rtf_esc(header[1])),
         r"{\footer\pard\qc\fs16 %s\par}" % _rtf_esc(footer),
         r"\f0\fs22"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            L.append(r"\pard\qc\b\fs28 %s\b0\fs22\par" % _rtf_esc(b[1]))
        elif kind == "h":
            L.append(r"\pard\sb160\b %s\b0\par" % _rtf_esc(b[1]))
        elif kind == "p":
            L.append(r"\pard\sa100 %s\par" % _rtf_esc(b[1]))
        elif kind == "sig":
            L.append(r"\pard\sb60\b %s\b0\par" % _rtf_esc(b[1]))
        elif kind == "mono":
            for line in b[1].splitlines():
                L.append(r"\pard\f1\fs18 %s\f0\fs22\par" % _rtf_esc(line))
        elif kind == "kv":
            for k, v in b[1]:
                L.append(r"\pard\b %s:\b0  %s\par" % (_rtf_esc(k), _rtf_esc(v)))
        elif kind == "table":
            rows = ([b[1]] if b[1] else []) + list(b[2])
            n = len(rows[0])
            width = 9360 // n
            for ri, r in enumerate(rows):
                cells = "".join(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d"
                                % (width * (i + 1)) for i in range(n))
                body = "".join(r"\pard\intbl %s%s%s\cell" % (r"\b " if ri == 0 and b[1] else "",
                                                              _rtf_esc(str(c)),
                                                              r"\b0" if ri == 0 and b[1] else "")
                               for c in r)
                L.append(r"\trowd\trgaph80%s %s\row" % (cells, body))
            L.append(r"\pard\par")
        elif kind == "break":
            L.append(r"\page")
        else:
            raise ValueError(kind)
    L.append("}")
    return ("\r\n".join(L) + "\r\n").encode("cp1252")


# ---------------------------------------------------------------- TXT
def render_txt(blocks, *, header, footer, width=92, rule="=", crlf=False):
    assert MARK in footer
    L = [header[0], header[1], rule * width]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            L += ["", b[1].upper(), "-" * len(b[1])]
        elif kind == "h":
            L += ["", b[1].upper() + ":"]
        elif kind in ("p", "sig"):
            L += _wrap(b[1], width)
        elif kind == "mono":
            L += b[1].splitlines()
        elif kind == "kv":
            kw = max(len(k) for k, _ in b[1]) + 1
            L += ["%-*s %s" % (kw, k + ":", v) for k, v in b[1]]
        elif kind == "table":
            rows = ([b[1]] if b[1] else []) + [[str(c) for c in r] for r in b[2]]
            w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
            sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
            L.append(sep)
            for ri, r in enumerate(rows):
                L.append("| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(r)) + " |")
                if ri == 0 and b[1]:
                    L.append(sep.replace("-", "="))
            L.append(sep)
        elif kind == "break":
            L.append("")
        else:
            raise ValueError(kind)
    L += ["", rule * width, footer, ""]
    text = "\n".join(L)
    return text.replace("\n", "\r\n").encode("utf-8") if crlf else text.encode("utf-8")


def _wrap(text, width):
    import textwrap
    out = []
    for para in text.split("\n"):
        out += textwrap.wrap(para, width) or [""]
    return out
