"""Blocks -> PDF / DOCX / TXT / RTF for eval/novel_e, deterministic; text extraction for the checks.

Blocks:
  ("title", text) ("h", text) ("p", text) ("sig", text) ("mono", [lines])
  ("table", rows, widths|None) ("kv", [(label, value), ...]) ("banner", text)
  ("rule",) ("space",) ("break",) ("mark", key)

PDF running header / footer strings may hold {page} and {total}. Any text may hold a token
"@@key@@" that becomes the page range of the part starting at ("mark", key) ("pages 2-3"):
the PDF is laid out twice, the first pass records where each mark lands.
"""
import io
import re
import zipfile
import datetime

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Preformatted, PageBreak, Flowable)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Mark(Flowable):
    def __init__(self, key, sink):
        Flowable.__init__(self)
        self.key, self.sink = key, sink

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        self.sink.setdefault(self.key, self.canv.getPageNumber())


def _subst(text, ranges):
    return re.sub(r"@@(\w+)@@", lambda m: ranges.get(m.group(1), "pages 00-00"), text)


def _flow(blocks, serif, ranges, sink):
    font = "Times-Roman" if serif else "Helvetica"
    bold = "Times-Bold" if serif else "Helvetica-Bold"
    st_p = ParagraphStyle("p", fontName=font, fontSize=9.5, leading=12.3, spaceAfter=4)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=10.2, leading=13, spaceBefore=6, spaceAfter=3)
    st_t = ParagraphStyle("t", fontName=bold, fontSize=12.5, leading=15.5, spaceAfter=5)
    st_m = ParagraphStyle("m", fontName="Courier", fontSize=7.6, leading=9.4)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8.3, leading=10.2)
    st_s = ParagraphStyle("s", fontName=font, fontSize=8.6, leading=11, spaceAfter=2)
    st_b = ParagraphStyle("b", fontName=bold, fontSize=9, leading=11.5)
    out = []
    for b in blocks:
        k = b[0]
        tx = (lambda s: _esc(_subst(s, ranges)))
        if k == "title":
            out.append(Paragraph(tx(b[1]), st_t))
        elif k == "h":
            out.append(Paragraph(tx(b[1]), st_h))
        elif k == "p":
            out.append(Paragraph(tx(b[1]), st_p))
        elif k == "sig":
            out.append(Paragraph(tx(b[1]), st_s))
        elif k == "mono":
            out.append(Preformatted("\n".join(_subst(l, ranges) for l in b[1]), st_m))
        elif k == "table":
            rows = [[Paragraph(tx(str(c)), st_c) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 5))
        elif k == "kv":
            rows = [[Paragraph(tx(a), st_b), Paragraph(tx(v), st_c)] for a, v in b[1]]
            t = Table(rows, colWidths=[130, 380])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif k == "banner":
            t = Table([[Paragraph(tx(b[1]), st_b)]], colWidths=[510])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f0f0f0"))]))
            out.append(t)
            out.append(Spacer(1, 5))
        elif k == "rule":
            out.append(Paragraph("_" * 86, st_c))
        elif k == "space":
            out.append(Spacer(1, 8))
        elif k == "break":
            out.append(PageBreak())
        elif k == "mark":
            out.append(_Mark(b[1], sink))
        else:
            raise ValueError(k)
    return out


def render_pdf(blocks, path, header=(), footer="", serif=False, title="SYNTHETIC"):
    font = "Times-Roman" if serif else "Helvetica"

    def build(ranges, total):
        sink = {}
        flow = _flow(blocks, serif, ranges, sink)

        def on_page(canv, doc):
            canv.saveState()
            canv.setFont(font, 7.2)
            y = 772
            for line in header:
                canv.drawString(50, y, line.format(page=doc.page, total=total))
                y -= 9
            canv.setLineWidth(0.5)
            canv.line(50, y + 4, 562, y + 4)
            if footer:
                canv.line(50, 34, 562, 34)
                canv.drawString(50, 24, footer.format(page=doc.page, total=total))
            canv.restoreState()

        buf = io.BytesIO()
        top = 45 + 9 * len(header) + 6
        doc = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=0,
                                leftMargin=50, rightMargin=50, topMargin=top, bottomMargin=48,
                                title=title, author="SYNTHETIC", creator="SYNTHETIC", producer="SYNTHETIC",
                                subject="SYNTHETIC")
        doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)
        return buf.getvalue(), sink, doc.page

    _, sink, total = build({}, 99)
    keys = sorted(sink, key=lambda k: sink[k])
    ranges = {}
    for i, k in enumerate(keys):
        start = sink[k]
        end = (sink[keys[i + 1]] - 1) if i + 1 < len(keys) else total
        end = max(end, start)
        ranges[k] = ("page %d" % start) if end == start else ("pages %d-%d" % (start, end))
    data, sink2, total2 = build(ranges, total)
    assert total2 == total and sink2 == sink, "pagination changed between passes: %s" % path
    with open(path, "wb") as f:
        f.write(data)
    return total


def blocks_to_lines(blocks, width=92):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1], "=" * min(len(b[1]), width)]
        elif k == "h":
            out += ["", b[1]]
        elif k == "p":
            out += wrap(b[1], width)
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
        elif k == "kv":
            w = max(len(a) for a, _ in b[1])
            out += ["%s : %s" % (a.ljust(w), v) for a, v in b[1]]
        elif k == "banner":
            out += ["*" * min(width, len(b[1]) + 8), "*** " + b[1] + " ***", "*" * min(width, len(b[1]) + 8)]
        elif k == "rule":
            out.append("-" * width)
        elif k in ("space", "break"):
            out.append("")
        elif k == "mark":
            pass
    return out


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def render_txt(lines, path, crlf=False):
    text = "\n".join(lines) + "\n"
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
            out.append("\\u%d?" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, path):
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}{\f1 Courier New;}}{\info{\title SYNTHETIC}}\fs20 "]
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            parts.append(r"{\b " + _rtf_esc(b[1]) + r"}\par ")
        elif k in ("p", "sig"):
            parts.append(_rtf_esc(b[1]) + r"\par ")
        else:
            for l in blocks_to_lines([b]):
                parts.append(r"{\f1\fs16 " + _rtf_esc(l) + r"}\par ")
    parts.append("}")
    with open(path, "wb") as f:
        f.write("".join(parts).encode("ascii"))


def render_docx(blocks, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "sig"):
            d.add_paragraph(b[1])
        elif k == "banner":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "mono":
            for l in b[1]:
                r = d.add_paragraph().add_run(l)
                r.font.name = "Courier New"
        elif k in ("table", "kv"):
            rows = b[1] if k == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k in ("space", "break"):
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
        return "\n".join(parts)
    raw = open(path, "rb").read().decode("utf-8")
    if ext == "rtf":
        raw = re.sub(r"\{\\info\{[^}]*\}\}", "", raw)
        raw = re.sub(r"\{\\fonttbl(\{[^}]*\})*\}", "", raw)
        raw = raw.replace("\\\\", "\x00")
        raw = re.sub(r"\\par ?", "\n", raw)
        raw = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m.group(1))), raw)
        raw = re.sub(r"\\[a-z]+-?\d* ?", "", raw).replace("{", "").replace("}", "").replace("\x00", "\\")
    return raw
