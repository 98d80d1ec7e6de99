"""DOCX -> pages, tables and problems.

python-docx opens the package (from bytes) and parses every XML part; the text is then read by
walking the lxml tree (docx_xml.py), which is ~10x faster than python-docx's object API.

Safety, checked before python-docx touches the bytes:
- an OLE compound file (D0 CF 11 E0) is an encrypted Office file or an old .doc, not a DOCX;
- the ZIP's declared uncompressed sizes are checked against limits, so a decompression bomb is
  refused without inflating anything (zipfile never inflates more than an entry's declared size);
- python-docx 1.x parses with `etree.XMLParser(resolve_entities=False)` (docx/oxml/parser.py and
  docx/opc/oxml.py), and lxml does not fetch external DTDs by default, so entity-expansion and XXE
  attacks are not possible through this path.

DOCX has no fixed pages: pages are cut at explicit page breaks and at the page breaks Word recorded
when it last laid the document out (w:lastRenderedPageBreak). Header text goes at the top of page 1
and footer text at the end of the last page, because signature blocks often live in footers.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..models import Page, Problem, Table
from . import Extracted
from .docx_xml import Pages, Walker, prepare

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100  # compression ratio allowed for big entries (plain XML compresses ~10-20:1)
RATIO_CHECK_FROM = 10 * 1024 * 1024  # small entries may compress extremely well; that is harmless
MAX_ENTRIES = 10_000
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
W_SECT_PR = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"
_REFERENCE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}%sReference"
W_TYPE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type"
_TYPE_ORDER = {"first": 0, "default": 1, "even": 2}  # the first page's header is the one seen first
OFFICE_DOCUMENT_REL = "/officeDocument"


def read(path: Path, data: bytes) -> Extracted:
    problem = package_problem(data)
    if problem is not None:
        return Extracted(problems=[problem])
    document = _open(data)
    if isinstance(document, Problem):
        return Extracted(problems=[document])
    return _extract(document)


def package_problem(data: bytes) -> Problem | None:
    """Refuses what is not a DOCX package, or would be too big to unpack, before parsing anything."""
    if data.startswith(OLE_MAGIC):
        return Problem(
            "encrypted", "the Word document is password-protected or in the old .doc format; it cannot be read"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        if data.startswith(b"PK\x03\x04"):
            return Problem("corrupt", "not a valid DOCX file (its ZIP archive is truncated or damaged)")
        return Problem("corrupt", "not a valid DOCX file (it is not a ZIP archive)")
    with archive:
        infos = archive.infolist()
        return _size_problem(infos) or _layout_problem(archive, infos)


def _size_problem(infos: list[zipfile.ZipInfo]) -> Problem | None:
    if len(infos) > MAX_ENTRIES:
        return Problem("too-large", f"the DOCX package has {len(infos)} parts (limit {MAX_ENTRIES}); not read")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        return Problem(
            "too-large",
            f"the DOCX would unpack to {total // 2**20} MB (limit {MAX_TOTAL_UNCOMPRESSED // 2**20} MB); not read",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_CHECK_FROM and ratio > MAX_RATIO:
            return Problem(
                "too-large",
                f"a part of the DOCX is compressed {ratio:.0f}:1 (limit {MAX_RATIO}:1), "
                "which looks like a decompression bomb; not read",
            )
    return None


def _layout_problem(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> Problem | None:
    if any(info.flag_bits & 0x1 for info in infos):
        return Problem("encrypted", "the DOCX package is ZIP-encrypted; it cannot be read")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        return Problem("corrupt", "not a valid DOCX file (the ZIP archive has no content-types part)")
    if _main_part_name(archive, names) not in names:
        return Problem("corrupt", "not a valid DOCX file (the ZIP archive has no main document part)")
    return None


def _main_part_name(archive: zipfile.ZipFile, names: set[str]) -> str:
    """The part _rels/.rels names as the office document; Word always uses word/document.xml."""
    if "_rels/.rels" not in names or archive.getinfo("_rels/.rels").file_size > 1_000_000:
        return "word/document.xml"
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        rels = etree.fromstring(archive.read("_rels/.rels"), parser)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error):
        return "word/document.xml"
    for rel in rels:
        if rel.get("Type", "").endswith(OFFICE_DOCUMENT_REL):
            return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _open(data: bytes):
    """The python-docx Document, or the Problem that explains why it cannot be opened."""
    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError:
        return Problem("corrupt", "the Word document's XML is damaged and cannot be parsed")
    except ValueError as exc:
        if "not a Word file" not in str(exc):
            raise
        return Problem(
            "unsupported",
            "not a regular Word document (it may be a template or macro-enabled file renamed to .docx)",
        )
    except (KeyError, PackageNotFoundError):
        return Problem("corrupt", "the DOCX package is incomplete: a part it refers to is missing")
    except (zipfile.BadZipFile, zlib.error, EOFError):
        return Problem("corrupt", "the DOCX archive is damaged (a compressed part cannot be unpacked)")


def _extract(document) -> Extracted:
    pages, tables = Pages(), []
    body = document.element.body
    prepare(body)
    Walker(pages, tables).blocks(body)
    header_lines, header_tables = _margin_text(document, body, "header", page=1)
    footer_lines, footer_tables = _margin_text(document, body, "footer", page=pages.number)
    pages.lines[0][:0] = header_lines
    pages.lines[-1].extend(footer_lines)
    return Extracted(
        pages=[Page(number, "\n".join(lines)) for number, lines in enumerate(pages.lines, 1)],
        tables=header_tables + tables + footer_tables,
    )


def _margin_text(document, body, kind: str, page: int) -> tuple[list[str], list[Table]]:
    """Text and tables of every distinct header (or footer) of every section, in section order."""
    lines: list[str] = []
    tables: list[Table] = []
    seen: set[str] = set()
    for root in _margin_roots(document, body, kind):
        prepare(root)
        part_pages, part_tables = Pages(), []
        Walker(part_pages, part_tables).blocks(root)
        part_lines = [line for page_lines in part_pages.lines for line in page_lines]
        text = "\n".join(part_lines).strip()
        if text and text not in seen:
            seen.add(text)
            lines.extend(part_lines)
            tables.extend(Table(page, t.rows) for t in part_tables)
    return lines, tables


def _margin_roots(document, body, kind: str):
    """The XML roots of the header/footer parts the sections reference (first, default, even)."""
    related = document.part.related_parts
    done: set[str] = set()
    for sect_pr in body.iter(W_SECT_PR):
        refs = sorted(sect_pr.iter(_REFERENCE % kind), key=lambda ref: _TYPE_ORDER.get(ref.get(W_TYPE), 3))
        for ref in refs:
            rid = ref.get(R_ID)
            if rid in done or rid not in related:
                continue
            done.add(rid)
            element = getattr(related[rid], "element", None)
            if element is not None:
                yield element
