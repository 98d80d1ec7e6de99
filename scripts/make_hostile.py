"""Writes a corpus of hostile chart files: broken, huge, malicious. Deterministic.

    python scripts/make_hostile.py OUT_DIR [--small]

Each subfolder of OUT_DIR is one chart. `--small` shrinks the two big files (the 200 MB text file and
the 5,000-page PDF) for quick runs; the tests use the full sizes.

Besides files, the corpus holds what a file system can: names that are not UTF-8, links out of a chart
and out of OUT_DIR (to OUT_DIR itself, to /), a chart folder named after its patient, and two folders a
scan may not enter: one listed but not enterable (mode 0444), one not even listable (mode 000). Root
reads those anyway: scan the corpus as another user, or with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
dropped (`setpriv --bounding-set=-dac_override,-dac_read_search`); `restore(OUT_DIR)` undoes the modes.
"""

from __future__ import annotations

import argparse
import io
import os
import zipfile
from pathlib import Path

NOTE = b"SYNTHETIC - FOR TESTING ONLY\nPatient Name: Hostile, Test   MRN: 5550001   DOB: 01/01/1970\n"


def _pdf(pages: int = 1, text: str = "SYNTHETIC plan report", encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=encrypt, pageCompression=1)
    for i in range(pages):
        c.drawString(72, 720, f"{text} - page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _docx_zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return buf.getvalue()


CONTENT_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/>'
                 b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: bytes, prolog: bytes = b'<?xml version="1.0"?>') -> bytes:
    doc = prolog + b"<w:document " + W + b"><w:body>" + body + b"</w:body></w:document>"
    return _docx_zip({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": doc})


def _para(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def _nested_tables(depth: int) -> bytes:
    inner = _para("SYNTHETIC innermost cell: DVHs reviewed.")
    for _ in range(depth):
        inner = b"<w:tbl><w:tr><w:tc>" + inner + b"</w:tc></w:tr></w:tbl><w:p/>"
    return inner


def _zip_bomb() -> bytes:
    """A DOCX whose document.xml declares 400 MB: inflating it would exhaust memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b" " * (1 << 20)
            for _ in range(400):
                fh.write(chunk)
    return buf.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
          + b"]>")


def _recursion_pdf() -> bytes:
    depth = 50_000
    body = b"[" * depth + b"]" * depth
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /Bomb " + body + b" >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def _flate_bomb(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` of spaces (a stream bomb)."""
    import zlib

    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(comp.compress(chunk) for _ in range(megabytes)) + comp.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _broken_xref(pdf: bytes) -> bytes:
    at = pdf.rfind(b"startxref")
    return pdf[:at] + b"startxref\n999999999\n%%EOF\n"


def charts(small: bool) -> dict[str, dict[str, bytes]]:
    plan = _pdf(3)
    return {
        "broken-pdfs": {
            "truncated.pdf": plan[: len(plan) // 3],
            "encrypted.pdf": _pdf(1, encrypt="secret"),
            "garbage.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
            "broken-xref.pdf": _broken_xref(plan),
            "recursion-bomb.pdf": _recursion_pdf(),
            "stream-bomb.pdf": _flate_bomb(20 if small else 300),
            "not-really.pdf": b"PK\x03\x04 this is a zip, not a pdf",
            "empty.pdf": b"",
        },
        "broken-docx": {
            "zip-bomb.docx": _zip_bomb(),
            "entity-expansion.docx": _docx(_para("&lol9;"), prolog=LAUGHS),
            "nested-tables.docx": _docx(_nested_tables(60)),
            "not-a-zip.docx": b"just text pretending to be Word",
            "ole-encrypted.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000,
        },
        "broken-text": {
            "nul-bytes.txt": NOTE + b"DVH\x00 reviewed\x00\x00" * 100,
            "invalid-utf8.txt": NOTE + b"\xff\xfe\xfa bad \xc3\x28 bytes \xa0\xa1",
            "utf16-no-bom.txt": "SYNTHETIC note: DVH review pending".encode("utf-16-le"),
            "huge.txt": None,  # written streaming, see write()
            "markup.txt": NOTE + b"<script>alert(1)</script> <img src=x onerror=alert(1)> DVHs reviewed.\n",
            "<img src=x onerror=alert(1)>.txt": NOTE + b"file name with markup",
            "new\nline 'quote\".txt": NOTE + b"file name with a newline and quotes",
            "program.exe": b"MZ\x90\x00",
            "photo.jpg": b"\xff\xd8\xff\xe0 not really a jpeg",
        },
        "chart-<b>markup</b>\nnewline": {
            "note.txt": NOTE + b"Chart folder named with markup and a newline.\n",
        },
        "many-pages": {
            "5000-pages.pdf": _pdf(500 if small else 5000),
        },
    }


def write(out: Path, small: bool = False) -> list[Path]:
    written = []
    for chart, files in charts(small).items():
        folder = out / chart.replace("/", "_")
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            path = folder / name
            if data is None:
                _write_huge(path, 20 if small else 200)
            else:
                path.write_bytes(data)
            written.append(path)
    loop = out / "broken-text" / "loop"
    if not loop.exists():
        os.symlink(out / "broken-text", loop)
    return written + _file_system_oddities(out)


PATIENT_FOLDER = "Hostile_Test_5550001"  # named the way clinics name chart folders: after the patient (NOTE's)
LOCKED = {"listed-only": 0o444, "no-access": 0o000}  # under the chart "locked-folders"
LINKS = {"link-to-root": ".", "link-to-slash": "/"}  # chart folders that are links: never charts


def _file_system_oddities(out: Path) -> list[Path]:
    """Names that are not UTF-8, a patient-named chart, links in and out, folders that cannot be entered."""
    odd = out / os.fsdecode(b"odd-bytes-\xff")
    files = {odd / os.fsdecode(b"note-\xfe.txt"): NOTE + b"File and folder names that are not UTF-8.\n",
             out / PATIENT_FOLDER / "note.txt": NOTE + b"The chart folder is named after the patient.\n",
             out / "locked-folders" / "note.txt": NOTE + b"Two subfolders cannot be read.\n"}
    files.update({out / "locked-folders" / name / "qa.txt": NOTE + b"IMRT QA performed.\n" for name in LOCKED})
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for name, target in LINKS.items():
        if not (out / name).is_symlink():
            os.symlink(out if target == "." else target, out / name)
    outside = out / "locked-folders" / "passwd.txt"  # a file link out of the chart and out of OUT_DIR
    if not outside.is_symlink():
        os.symlink("/etc/passwd", outside)
    for name, mode in LOCKED.items():
        (out / "locked-folders" / name).chmod(mode)
    return [*files, outside]


def restore(out: Path) -> None:
    """Makes the locked folders removable again."""
    for name in LOCKED:
        folder = out / "locked-folders" / name
        if folder.exists():
            folder.chmod(0o755)


def _write_huge(path: Path, megabytes: int) -> None:
    line = b"SYNTHETIC filler line: the DVH review is pending; nothing here is evidence.\n"
    block = line * (1024 * 1024 // len(line) + 1)
    with path.open("wb") as fh:
        for _ in range(megabytes):
            fh.write(block[: 1024 * 1024])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--small", action="store_true", help="20 MB text file and a 500-page PDF instead of 200 MB and 5,000")
    args = ap.parse_args()
    files = write(args.out, args.small)
    print(f"wrote {len(files)} hostile files into {args.out}")


if __name__ == "__main__":
    main()
