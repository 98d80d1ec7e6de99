"""Render a Doc (blocks + header/footer) to PDF, DOCX, TXT or RTF, byte-for-byte deterministically.

Blocks: ("title", s) ("h", s) ("p", s) ("pre", [lines]) ("kv", [(k, v)], sep) ("table", head, rows)
("utable", head, rows) ("rule",) ("sp",) ("break",).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
import zipfile
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def render(doc, path: str) -> bytes:
    ext = path.rsplit(".", 1)[-1].lower()
    return {"pdf": to_pdf, "docx": to_docx, "txt": to_txt, "rtf": to_rtf}[ext](doc)


# ------------------------------------------------------------------------------------------ PDF
def to_pdf(doc) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    font, size = doc.font, doc.size
    bold = BOLD.get(font, "Helvetica-Bold")
    mono = "Courier"
    st_p = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3)
    st_t = ParagraphStyle("t", fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.25, spaceAfter=6)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6,
                          spaceAfter=2)
    st_c = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.2)
    st_ch = ParagraphStyle("ch", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2)
    st_pre = ParagraphStyle("pre", fontName=mono, fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
    pagesize = A4 if doc.a4 else letter
    avail = pagesize[0] - 108
    flow = []
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            flow.append(Paragraph(escape(b[1]), st_t))
        elif k == "h":
            flow.append(Paragraph(escape(b[1]), st_h))
        elif k == "p":
            flow.append(Paragraph(escape(b[1]), st_p))
        elif k == "pre":
            flow.append(Preformatted("\n".join(b[1]), st_pre))
            flow.append(Spacer(1, 4))
        elif k == "kv":
            sep = b[2] if len(b) > 2 else ": "
            for key, val in b[1]:
                flow.append(Paragraph(f"<font name='{bold}'>{escape(key)}</font>{escape(sep + val)}", st_p))
        elif k in ("table", "utable"):
            head, rows = b[1], b[2]
            data = [[Paragraph(escape(str(c)), st_ch) for c in head]]
            data += [[Paragraph(escape(str(c)), st_c) for c in r] for r in rows]
            lens = [max(len(str(r[i])) for r in [head] + list(rows)) + 2 for i in range(len(head))]
            tot = sum(lens)
            widths = [max(avail * ln / tot, 34) for ln in lens]
            scale = avail / sum(widths)
            t = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if k == "table":
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
            else:
                cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
            t.setStyle(TableStyle(cmds))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif k == "rule":
            flow.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=3, spaceAfter=3))
        elif k == "sp":
            flow.append(Spacer(1, 8))
        elif k == "break":
            flow.append(PageBreak())
        else:
            raise ValueError(k)

    header, footer = list(doc.header), list(doc.footer)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._states = []

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._states)
            for i, state in enumerate(self._states):
                self.__dict__.update(state)
                self._decorate(i + 1, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, page, pages):
            w, h = pagesize
            self.setFont(font if font != "Courier" else "Courier", 8)
            for i, line in enumerate(header):
                self.drawString(54, h - 32 - 10 * i, line.format(page=page, pages=pages))
            if header:
                self.line(54, h - 36 - 10 * (len(header) - 1), w - 54, h - 36 - 10 * (len(header) - 1))
            for i, line in enumerate(footer):
                self.drawString(54, 30 + 10 * (len(footer) - 1 - i), line.format(page=page, pages=pages))

    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=54, rightMargin=54,
                            topMargin=48 + 10 * len(header), bottomMargin=44 + 10 * len(footer),
                            title=doc.title, author="SYNTHETIC", subject="SYNTHETIC evaluation document",
                            creator="eval/signers generator", producer="reportlab", invariant=1)
    tpl.build(flow, canvasmaker=NumberedCanvas)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- TXT
def _table_txt(head, rows, ruled):
    allr = [list(map(str, head))] + [list(map(str, r)) for r in rows]
    w = [max(len(r[i]) for r in allr) for i in range(len(head))]
    sep = " | " if ruled else "  "
    out = [sep.join(c.ljust(w[i]) for i, c in enumerate(allr[0])).rstrip()]
    out.append(("-+-" if ruled else "  ").join("-" * x for x in w))
    for r in allr[1:]:
        out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return out


def to_txt(doc) -> bytes:
    lines = [h.format(page=1, pages=1) for h in doc.header]
    if lines:
        lines.append("")
    for b in doc.blocks:
        k = b[0]
        if k in ("title", "h"):
            lines.append(b[1])
        elif k == "p":
            lines += textwrap.wrap(b[1], doc.width) if doc.width else [b[1]]
        elif k == "pre":
            lines += list(b[1])
        elif k == "kv":
            sep = b[2] if len(b) > 2 else ": "
            lines += [f"{key}{sep}{val}" for key, val in b[1]]
        elif k in ("table", "utable"):
            lines += _table_txt(b[1], b[2], k == "table")
        elif k == "rule":
            lines.append("-" * 72)
        elif k in ("sp", "break"):
            lines.append("")
    if doc.footer:
        lines.append("")
        lines += [f.format(page=1, pages=1) for f in doc.footer]
    nl = "\r\n" if doc.crlf else "\n"
    return (nl.join(x.rstrip() for x in lines) + nl).encode("utf-8")


# ----------------------------------------------------------------------------------------- RTF
def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(doc) -> bytes:
    serif = doc.font == "Times-Roman"
    r = ["{\\rtf1\\ansi\\ansicpg1252\\deff0",
         "{\\fonttbl{\\f0\\f%s %s;}{\\f1\\fmodern Courier New;}}" % (
             "roman" if serif else "swiss", "Times New Roman" if serif else "Arial"),
         "\\paperw12240\\paperh15840\\margl1080\\margr1080\\fs20"]
    if doc.header:
        r.append("{\\header\\pard\\plain\\fs16 " + "\\line ".join(_rtf_esc(h.format(page=1, pages=1))
                                                                   for h in doc.header) + "\\par}")
    if doc.footer:
        r.append("{\\footer\\pard\\plain\\fs16 " + "\\line ".join(_rtf_esc(f.format(page=1, pages=1))
                                                                   for f in doc.footer) + "\\par}")
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            r.append("\\pard\\sa120\\b\\fs28 " + _rtf_esc(b[1]) + "\\b0\\fs20\\par")
        elif k == "h":
            r.append("\\pard\\sb120\\b " + _rtf_esc(b[1]) + "\\b0\\par")
        elif k == "p":
            r.append("\\pard\\sa80 " + _rtf_esc(b[1]) + "\\par")
        elif k == "pre":
            r.append("\\pard\\f1\\fs18 " + "\\line ".join(_rtf_esc(x) for x in b[1]) + "\\f0\\fs20\\par")
        elif k == "kv":
            sep = b[2] if len(b) > 2 else ": "
            for key, val in b[1]:
                r.append("\\pard\\b " + _rtf_esc(key) + "\\b0 " + _rtf_esc(sep + val) + "\\par")
        elif k in ("table", "utable"):
            head, rows = b[1], b[2]
            n = len(head)
            cw = 10080 // n
            border = "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs" if k == "table" else ""
            for ri, row in enumerate([head] + list(rows)):
                cells = "".join(f"{border}\\cellx{cw * (i + 1)}" for i in range(n))
                body = "".join(("\\b " if ri == 0 else "") + _rtf_esc(str(c)) + ("\\b0" if ri == 0 else "")
                               + "\\cell " for c in row)
                r.append("\\trowd\\trgaph108" + cells + "\\pard\\intbl " + body + "\\row")
            r.append("\\pard\\par")
        elif k == "rule":
            r.append("\\pard\\brdrb\\brdrs\\brdrw10\\brsp20 \\par")
        elif k in ("sp", "break"):
            r.append("\\pard\\par" if k == "sp" else "\\page")
    r.append("}")
    return ("\n".join(r) + "\n").encode("ascii")


# ---------------------------------------------------------------------------------------- DOCX
def to_docx(doc) -> bytes:
    from docx import Document
    from docx.shared import Pt

    d = Document()
    sec = d.sections[0]

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(p, instr):
        f = OxmlElement("w:fldSimple")
        f.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        f.append(r)
        p._p.append(f)

    def fill(part, lines):
        p = part.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = part.add_paragraph()
            for j, chunk in enumerate(re.split(r"(\{page\}|\{pages\})", line)):
                if chunk == "{page}":
                    field(p, "PAGE")
                elif chunk == "{pages}":
                    field(p, "NUMPAGES")
                elif chunk:
                    p.add_run(chunk)

    if doc.header:
        fill(sec.header, doc.header)
    if doc.footer:
        fill(sec.footer, doc.footer)
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 1)
        elif k == "h":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pre":
            for line in b[1]:
                run = d.add_paragraph().add_run(line)
                run.font.name = "Courier New"
                run.font.size = Pt(9)
        elif k == "kv":
            sep = b[2] if len(b) > 2 else ": "
            for key, val in b[1]:
                p = d.add_paragraph()
                p.add_run(key).bold = True
                p.add_run(sep + val)
        elif k in ("table", "utable"):
            head, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            if k == "table":
                t.style = "Table Grid"
            for i, c in enumerate(head):
                t.rows[0].cells[i].paragraphs[0].add_run(str(c)).bold = True
            for ri, row in enumerate(rows):
                for i, c in enumerate(row):
                    t.rows[ri + 1].cells[i].text = str(c)
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "sp":
            d.add_paragraph("")
        elif k == "break":
            d.add_page_break()
    cp = d.core_properties
    fixed = dt.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = cp.last_modified_by = "SYNTHETIC"
    cp.title = doc.title
    cp.subject = "SYNTHETIC evaluation document"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()
