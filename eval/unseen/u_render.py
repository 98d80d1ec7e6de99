"""Blocks to files: PDF (reportlab, invariant), DOCX (python-docx, fixed zip metadata), TXT, RTF.

A document is a `Doc`: a list of blocks plus page furniture. Blocks are tuples:
  ("title", text)                      large bold line
  ("h", text)                          section heading
  ("p", text)                          wrapped paragraph (plain text)
  ("mono", text)                       preformatted lines, Courier
  ("kv", [(key, value), ...])          unruled two-column key/value lines
  ("table", rows, opts)                rows of cells; opts: header, ruled, widths (fractions), size
  ("hand", label, text, tail)          a typed form field filled "by hand" (italic script-like)
  ("sp", points)                       vertical space
  ("pb",)                              page break
  ("band", text)                       shaded band (vendor header strip)
"""
import io
import zipfile
import datetime as _dt
from dataclasses import dataclass, field

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas as _canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, XPreformatted)


@dataclass
class Doc:
    path: str                      # file name inside the chart folder
    blocks: list
    fmt: str = ""                  # pdf | docx | txt | rtf (default from the extension)
    font: str = "Helvetica"        # Helvetica | Times-Roman | Courier
    size: float = 9.5
    page: str = "letter"           # letter | A4 | landscape
    header: str = ""               # running header (every page)
    footer: str = ""               # running footer; {page} and {pages} are replaced
    header_right: str = ""
    crlf: bool = False             # TXT line ends
    meta_title: str = ""
    kind: str = ""                 # free label for the index (consult, rx, plan, review, qa, record ...)

    def __post_init__(self):
        if not self.fmt:
            self.fmt = self.path.rsplit(".", 1)[-1].lower()


# ----------------------------------------------------------------------------------------- PDF
_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class _NumberedCanvas(_canvas.Canvas):
    """Defers page drawing so running footers can say 'Page x of y'."""
    furniture = None

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self._furniture(n)
            super().showPage()
        super().save()

    def _furniture(self, n):
        d = self.furniture
        w, h = self._pagesize
        self.saveState()
        self.setFont(d.font if d.font != "Times-Roman" else "Times-Roman", 7.5)
        page = self._pageNumber
        if d.header:
            self.drawString(0.6 * inch, h - 0.45 * inch, d.header.replace("{page}", str(page)).replace("{pages}", str(n)))
        if d.header_right:
            self.drawRightString(w - 0.6 * inch, h - 0.45 * inch,
                                 d.header_right.replace("{page}", str(page)).replace("{pages}", str(n)))
        if d.footer:
            lines = d.footer.split("\n")
            y = 0.42 * inch + 9 * (len(lines) - 1)
            for ln in lines:
                self.drawString(0.6 * inch, y, ln.replace("{page}", str(page)).replace("{pages}", str(n)))
                y -= 9
        self.restoreState()


def render_pdf(doc: Doc) -> bytes:
    size = {"letter": letter, "A4": A4, "landscape": landscape(letter)}[doc.page]
    buf = io.BytesIO()
    base = doc.font
    bold = _BOLD[base]
    fs = doc.size
    st_p = ParagraphStyle("p", fontName=base, fontSize=fs, leading=fs * 1.28, spaceAfter=fs * 0.45)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=fs + 1, leading=(fs + 1) * 1.3, spaceBefore=fs * 0.6,
                          spaceAfter=fs * 0.3)
    st_t = ParagraphStyle("t", fontName=bold, fontSize=fs + 4.5, leading=(fs + 4.5) * 1.25, spaceAfter=fs * 0.5)
    st_c = ParagraphStyle("c", fontName=base, fontSize=fs - 1, leading=(fs - 1) * 1.22)
    st_cb = ParagraphStyle("cb", fontName=bold, fontSize=fs - 1, leading=(fs - 1) * 1.22)
    st_m = ParagraphStyle("m", fontName="Courier", fontSize=fs - 1.5, leading=(fs - 1.5) * 1.25)
    st_band = ParagraphStyle("band", fontName=bold, fontSize=fs, leading=fs * 1.3, textColor=colors.white)
    width = size[0] - 1.2 * inch
    story = []
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(_esc(b[1]), st_t))
        elif k == "h":
            story.append(Paragraph(_esc(b[1]), st_h))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), st_p))
        elif k == "mono":
            story.append(XPreformatted(_esc(b[1]), st_m))
            story.append(Spacer(1, fs * 0.4))
        elif k == "band":
            t = Table([[Paragraph(_esc(b[1]), st_band)]], colWidths=[width])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#44546a")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
            story.append(Spacer(1, fs * 0.5))
        elif k == "kv":
            rows = [[Paragraph(_esc(a), st_cb), Paragraph(_esc(v), st_c)] for a, v in b[1]]
            t = Table(rows, colWidths=[width * 0.3, width * 0.7])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, fs * 0.4))
        elif k == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            header = opts.get("header", True)
            ws = opts.get("widths")
            cs = ParagraphStyle("cs", parent=st_c, fontSize=opts.get("size", fs - 1),
                                leading=opts.get("size", fs - 1) * 1.22)
            csb = ParagraphStyle("csb", parent=cs, fontName=bold)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_esc(str(c)), csb if (header and i == 0) else cs) for c in r])
            cw = [width * w for w in ws] if ws else None
            t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("ruled", True):
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif header:
                sty.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
            if header and opts.get("ruled", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
            t.setStyle(TableStyle(sty))
            story.append(t)
            story.append(Spacer(1, fs * 0.6))
        elif k == "hand":
            label, text, tail = b[1], b[2], (b[3] if len(b) > 3 else "")
            body = _esc(label) + " " + '<font name="Times-Italic" size="%s">%s</font>' % (fs + 2.5, _esc(text) if text else "_" * 28)
            if tail:
                body += "   " + _esc(tail)
            story.append(Paragraph(body, st_p))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    top = 0.75 * inch if (doc.header or doc.header_right) else 0.6 * inch
    bottom = 0.75 * inch + (9 * doc.footer.count("\n") if doc.footer else 0)
    sdt = SimpleDocTemplate(buf, pagesize=size, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                            topMargin=top, bottomMargin=bottom, invariant=1, pageCompression=0,
                            title=doc.meta_title or "SYNTHETIC document", author="SYNTHETIC test generator",
                            subject="SYNTHETIC", creator="SYNTHETIC", producer="SYNTHETIC")

    class C(_NumberedCanvas):
        furniture = doc
    sdt.build(story, canvasmaker=C)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- DOCX
_FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)


def render_docx(doc: Doc) -> bytes:
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    cp = d.core_properties
    cp.author = "SYNTHETIC test generator"
    cp.last_modified_by = "SYNTHETIC"
    cp.title = doc.meta_title or "SYNTHETIC document"
    cp.created = _FIXED
    cp.modified = _FIXED
    cp.revision = 1
    cp.comments = "SYNTHETIC"
    face = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Courier": "Courier New"}[doc.font]
    normal = d.styles["Normal"]
    normal.font.name = face
    normal.font.size = Pt(doc.size + 0.5)
    sec = d.sections[0]
    if doc.header or doc.header_right:
        sec.header.paragraphs[0].text = (doc.header + ("    " + doc.header_right if doc.header_right else "")).replace(
            "{page}", "").replace("{pages}", "").strip()
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer.replace("Page {page} of {pages}", "").replace(
            "{page}", "").replace("{pages}", "").strip()
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(doc.size + 5)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(doc.size + 1.5)
        elif k == "band":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.color.rgb = RGBColor(0x44, 0x54, 0x6a)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "mono":
            for ln in b[1].split("\n"):
                r = d.add_paragraph().add_run(ln)
                r.font.name = "Courier New"
                r.font.size = Pt(doc.size - 1)
        elif k == "kv":
            for a, v in b[1]:
                p = d.add_paragraph()
                p.add_run(a + " ").bold = True
                p.add_run(v)
        elif k == "table":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opts.get("ruled", True):
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = str(c)
                    if opts.get("header", True) and i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif k == "hand":
            p = d.add_paragraph()
            p.add_run(b[1] + " ")
            r = p.add_run(b[2] if b[2] else "_" * 28)
            r.italic = True
            r.font.name = "Segoe Script" if b[2] else face
            if len(b) > 3 and b[3]:
                p.add_run("   " + b[3])
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ----------------------------------------------------------------------------------------- TXT / RTF
def _plain_lines(doc: Doc):
    out = []
    if doc.header:
        out.append(doc.header.replace("{page}", "1").replace("{pages}", "1"))
        out.append("")
    for b in doc.blocks:
        k = b[0]
        if k in ("title", "band"):
            out += [b[1], ""]
        elif k == "h":
            out += ["", b[1]]
        elif k == "p":
            out += [b[1], ""]
        elif k == "mono":
            out += b[1].split("\n")
        elif k == "kv":
            w = max(len(a) for a, _ in b[1]) + 1
            out += [(a).ljust(w) + " " + v for a, v in b[1]]
            out.append("")
        elif k == "table":
            rows = [[str(c) for c in r] for r in b[1]]
            ws = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for r in rows:
                out.append("  ".join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
            out.append("")
        elif k == "hand":
            out.append(b[1] + " " + (b[2] or "_" * 28) + (("   " + b[3]) if len(b) > 3 and b[3] else ""))
        elif k == "sp":
            out.append("")
        elif k == "pb":
            out.append("\f")
    if doc.footer:
        out += ["", doc.footer.replace("Page {page} of {pages}", "").replace("{page}", "1").replace("{pages}", "1")]
    return out


def render_txt(doc: Doc) -> bytes:
    nl = "\r\n" if doc.crlf else "\n"
    return (nl.join(_plain_lines(doc)) + nl).encode("utf-8")


def _rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % ord(ch))
        else:
            o.append(ch)
    return "".join(o)


def render_rtf(doc: Doc) -> bytes:
    face = {"Helvetica": "Arial", "Times-Roman": "Times New Roman", "Courier": "Courier New"}[doc.font]
    parts = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 %s;}{\\f1 Courier New;}}" % face,
             "{\\info{\\title %s}{\\author SYNTHETIC}}" % _rtf_esc(doc.meta_title or "SYNTHETIC document"),
             "\\f0\\fs%d " % int(doc.size * 2 + 1)]
    if doc.header:
        parts.append("{\\header \\pard %s\\par}" % _rtf_esc(doc.header.replace("{page}", "").replace("{pages}", "")))
    if doc.footer:
        parts.append("{\\footer \\pard %s\\par}" % _rtf_esc(
            doc.footer.replace("Page {page} of {pages}", "").replace("{page}", "").replace("{pages}", "")))
    for b in doc.blocks:
        k = b[0]
        if k in ("title", "band"):
            parts.append("\\pard{\\b\\fs%d %s}\\par" % (int(doc.size * 2 + 8), _rtf_esc(b[1])))
        elif k == "h":
            parts.append("\\pard\\sb120{\\b %s}\\par" % _rtf_esc(b[1]))
        elif k == "p":
            parts.append("\\pard\\sa80 %s\\par" % _rtf_esc(b[1]))
        elif k == "mono":
            for ln in b[1].split("\n"):
                parts.append("\\pard{\\f1\\fs16 %s}\\par" % _rtf_esc(ln))
        elif k == "kv":
            for a, v in b[1]:
                parts.append("\\pard{\\b %s} %s\\par" % (_rtf_esc(a), _rtf_esc(v)))
        elif k == "table":
            for r in b[1]:
                parts.append("\\pard %s\\par" % "\\tab ".join(_rtf_esc(str(c)) for c in r))
        elif k == "hand":
            parts.append("\\pard %s {\\i %s}%s\\par" % (_rtf_esc(b[1]), _rtf_esc(b[2] or "_" * 28),
                                                     ("   " + _rtf_esc(b[3])) if len(b) > 3 and b[3] else ""))
        elif k == "sp":
            parts.append("\\pard\\par")
        elif k == "pb":
            parts.append("\\page")
    parts.append("}")
    return "\n".join(parts).encode("ascii")


def render(doc: Doc) -> bytes:
    return {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "rtf": render_rtf}[doc.fmt](doc)


# ----------------------------------------------------------------------------------------- text back out
def extract_text(path: str) -> str:
    """Plain text of a rendered file, for the SYNTHETIC check and for reading the charts by eye."""
    low = path.lower()
    if low.endswith(".pdf"):
        from pdfminer.high_level import extract_text as _x
        return _x(path)
    if low.endswith(".docx"):
        import re
        z = zipfile.ZipFile(path)
        txt = []
        for n in sorted(z.namelist()):
            if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"</w:tc>", " | ", x)
                import html
                txt.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
        return "\n".join(txt)
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")
