"""Render a compose.Doc as plain text or as a PDF (reportlab, invariant=1)."""

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FONT, BOLD = "Helvetica", "Helvetica-Bold"
LEFT, WIDTH = 50.0, 512.0
PAGE_W, PAGE_H = letter


def txt_table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    fmt = lambda r: " | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
    sep = "-+-".join("-" * w for w in widths)
    return [fmt(rows[0]), sep] + [fmt(r) for r in rows[1:]]


def render_txt(doc):
    out = list(doc.header) + ([""] if doc.header else [])
    for n, page in enumerate(doc.pages):
        if n:
            out.append("\f")
        if n == 0:
            out += [doc.title, "=" * len(doc.title)]
        for kind, value in page:
            if kind == "table":
                out += txt_table(value)
            elif kind == "h":
                out += ["", value, "-" * len(value)]
            else:
                out.append(value)
    if doc.footer:
        out += ["", "-" * 60] + list(doc.footer)
    return ("\n".join(out) + "\n").encode("utf-8")


class _Pdf:
    def __init__(self, doc):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=letter, invariant=1, pageCompression=0)
        self.c.setTitle(doc.title)
        self.c.setAuthor("sigmatrix (SYNTHETIC)")
        self.c.setCreator("sigmatrix")
        self.doc = doc
        self.top = PAGE_H - 50 - 12 * len(doc.header)
        self.bottom = 50 + 11 * len(doc.footer)
        self.y = self.top

    def text(self, s, size=9.5, font=FONT, x=LEFT, width=WIDTH):
        while size > 5 and stringWidth(s, font, size) > width:
            size -= 0.5
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)

    def need(self, h):
        if self.y - h < self.bottom:
            assert not (self.doc.header or self.doc.footer), "overflow would repeat signatures"
            self.new_page()

    def decorate(self):
        saved = self.y
        self.y = PAGE_H - 40
        for line in self.doc.header:
            self.text(line, 8.5)
            self.y -= 12
        self.y = 40 + 11 * (len(self.doc.footer) - 1)
        for line in self.doc.footer:
            self.text(line, 8)
            self.y -= 11
        self.y = saved

    def new_page(self):
        self.decorate()
        self.c.showPage()
        self.y = self.top

    def line(self, s, size=9.5, font=FONT, gap=13.5):
        self.need(gap)
        self.y -= gap
        if s:
            self.text(s, size, font)

    def table(self, rows, size=8.5, pad=4.0, row_h=15.0):
        ncol = len(rows[0])
        widths = [max(stringWidth(r[i], BOLD, size) for r in rows) + 2 * pad + 6
                  for i in range(ncol)]
        scale = min(1.0, WIDTH / sum(widths))
        widths = [w * scale for w in widths]
        self.need(row_h * len(rows) + 8)
        self.y -= 6
        top = self.y
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        c = self.c
        c.setLineWidth(0.6)
        for r, row in enumerate(rows):
            base = top - row_h * (r + 1) + 4.5
            for i, cell in enumerate(row):
                if cell:
                    self.y = base
                    self.text(cell, size * scale if scale < 1 else size,
                              BOLD if r == 0 else FONT, xs[i] + pad, widths[i] - 2 * pad)
        for r in range(len(rows) + 1):
            c.line(xs[0], top - row_h * r, xs[-1], top - row_h * r)
        for x in xs:
            c.line(x, top, x, top - row_h * len(rows))
        self.y = top - row_h * len(rows) - 4

    def build(self):
        for n, page in enumerate(self.doc.pages):
            if n:
                self.new_page()
            else:
                self.line(self.doc.title, 13, BOLD, gap=16)
                self.y -= 4
            for kind, value in page:
                if kind == "table":
                    self.table(value)
                elif kind == "h":
                    self.line("", gap=6)
                    self.line(value, 10.5, BOLD, gap=14)
                else:
                    self.line(value)
        self.decorate()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def render_pdf(doc):
    return _Pdf(doc).build()
