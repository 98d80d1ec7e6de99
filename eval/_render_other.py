"""DOCX, TXT, RTF and PNG writers, plus the damaged-DOCX case.

python-docx stamps the clock into the zip entries and core properties; `_freeze_zip` rewrites both
so a rerun produces identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile

from docx import Document as DocxDocument
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

from _model import Doc
from _noise import hard_wrap, ocr
from _render_pdf import _font_path, damage_bytes

FIXED = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- DOCX
def _docx_table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(c)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()


def docx_bytes(doc: Doc) -> bytes:
    d = DocxDocument()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "sig"):
            d.add_paragraph(b[1])
        elif k == "pre":
            run = d.add_paragraph().add_run(b[1])
            run.font.name = "Courier New"
        elif k == "kv":
            _docx_table(d, [(f"{a}:", v) for a, v in b[1]], header=False)
        elif k == "table":
            _docx_table(d, b[1], header=(b[2] if len(b) > 2 else {}).get("header", True))
        elif k == "check":
            d.add_paragraph(("\u2612 " if b[1] else "\u2610 ") + b[2])
        elif k == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(f"block {k!r} not supported in DOCX ({doc.path})")
    cp = d.core_properties
    cp.author, cp.title, cp.comments = "SYNTHETIC", "SYNTHETIC test document", "fictional patient"
    cp.created = cp.modified = dt.datetime(2025, 1, 1)
    cp.last_modified_by, cp.revision = "SYNTHETIC", 1
    buf = io.BytesIO()
    d.save(buf)
    return _freeze_zip(buf.getvalue(), stored=doc.damage == "corrupt")


def _freeze_zip(data: bytes, stored: bool = False) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = method
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- TXT
def _txt_table(rows) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


def txt_text(doc: Doc) -> str:
    lines = doc.header.splitlines() + ([""] if doc.header else [])
    for n, b in enumerate(doc.blocks):
        k = b[0]
        seed = f"{doc.path}:{n}"
        if k == "title":
            lines += [b[1], ""]
        elif k == "h":
            lines += ["", b[1]]
        elif k == "p":
            t = ocr(b[1], doc.noise, seed)
            if doc.noise:
                t = hard_wrap(t, 64, seed)
            elif doc.wrap:
                t = _wrap(t, doc.wrap)
            lines += t.splitlines()
        elif k == "sig":
            lines.append(b[1])
        elif k == "pre":
            lines += ocr(b[1], doc.noise, seed).splitlines()
        elif k == "kv":
            w = max(len(a) for a, _ in b[1]) + 2
            lines += [f"{a}:".ljust(w) + " " + str(v) for a, v in b[1]]
        elif k == "table":
            lines += _txt_table(b[1])
        elif k == "check":
            lines.append(("[X] " if b[1] else "[ ] ") + b[2])
        elif k == "pagebreak":
            lines.append("\f")
        else:
            raise ValueError(f"block {k!r} not supported in TXT ({doc.path})")
    if doc.footer:
        lines += ["", *doc.footer.splitlines()]
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(p, width) for p in text.split("\n"))


# ---------------------------------------------------------------- RTF
def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_text(doc: Doc) -> str:
    body = [r"{\rtf1\ansi\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fmodern Courier New;}}\f0\fs22"]
    if doc.header:
        body.append(r"{\header\pard\fs16 " + _rtf_escape(doc.header) + r"\par}")
    if doc.footer:
        body.append(r"{\footer\pard\fs16 " + _rtf_escape(doc.footer) + r"\par}")
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            body.append(r"\pard\qc\b\fs26 " + _rtf_escape(b[1]) + r"\b0\fs22\par")
        elif k == "h":
            body.append(r"\pard\sb120\b " + _rtf_escape(b[1]) + r"\b0\par")
        elif k in ("p", "sig"):
            body.append(r"\pard\sa80 " + _rtf_escape(b[1]) + r"\par")
        elif k == "kv":
            body += [r"\pard " + _rtf_escape(f"{a}: {v}") + r"\par" for a, v in b[1]]
        elif k == "table":
            body += [r"\pard\f1\fs18 " + _rtf_escape(ln) + r"\f0\fs22\par" for ln in _txt_table(b[1])]
        elif k == "check":
            body.append(r"\pard " + _rtf_escape(("[X] " if b[1] else "[ ] ") + b[2]) + r"\par")
        else:
            raise ValueError(f"block {k!r} not supported in RTF ({doc.path})")
    body.append("}")
    return "\n".join(body) + "\n"


# ---------------------------------------------------------------- PNG (an unsupported attachment)
def png_bytes(doc: Doc) -> bytes:
    img = Image.new("RGB", (900, 500), (12, 12, 20))
    draw = ImageDraw.Draw(img)
    fp = _font_path("DejaVuSans.ttf")
    font = ImageFont.truetype(fp, 20) if fp else ImageFont.load_default()
    y = 30
    for b in doc.blocks:
        for ln in str(b[1]).splitlines():
            draw.text((30, y), ln, fill=(220, 220, 90), font=font)
            y += 30
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def write(doc: Doc, path: str) -> None:
    if doc.fmt == "docx":
        data = docx_bytes(doc)
        if doc.damage == "corrupt":
            data = data[: min(len(data) // 2, 40000)]  # cut off mid-transfer: no central directory
    elif doc.fmt == "txt":
        data = txt_text(doc).encode("utf-8")
    elif doc.fmt == "rtf":
        data = rtf_text(doc).encode("ascii")
    elif doc.fmt == "png":
        data = png_bytes(doc)
    else:
        raise ValueError(doc.fmt)
    if doc.damage == "corrupt" and doc.fmt != "docx":
        data = damage_bytes(data, doc.path)
    with open(path, "wb") as fh:
        fh.write(data)
