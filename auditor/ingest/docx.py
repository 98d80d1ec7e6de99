"""DOCX -> pages, tables and problems.

The text is read by walking the lxml tree (docx_xml.py), which is ~10x faster than python-docx's
object API. Opening the package used to cost more than reading it: `docx.Document(...)` inflates
and parses every part (styles, numbering, settings, theme...; a Word styles part alone can be
400 KB of XML), and none of them carries chart text. So the package is opened here with
python-docx's own reader pieces, but only the parts that hold text are inflated and parsed:

- python-docx's `PackageReader` walks the package structure exactly as `docx.Document` does
  (the content-types map, every relationship part, each part's content type, the same errors for
  missing parts), through a physical-package reader that inflates only the main document and the
  header/footer parts. Every other part is checked to exist in the ZIP but is never inflated.
- the main document is found and checked like `docx.Document` does (officeDocument relationship,
  WordprocessingML content type), and python-docx's part-class rules decide which parts are XML.
- the main document and header/footer parts are parsed with `docx.oxml.parse_xml`, the parser
  python-docx itself uses for them, so the elements (classes, whitespace handling) are the same.
- when the package cannot be read as a Word document (no main part, wrong content type, no body),
  every XML part is parsed first, as python-docx did, so a damaged part is reported the same way.

These python-docx pieces are internal (`PackageReader._srels_for`, `_load_serialized_parts`,
`_ContentTypeMap`); pyproject pins python-docx below 2, and the DOCX tests fail if they move. The
one deliberate difference from `docx.Document`: damage inside a part no text is read from (styles
XML that does not parse, a thumbnail whose compressed bytes are broken) no longer makes a readable
document unreadable. A part that is missing altogether is still reported, as before.

Safety, checked before python-docx touches the bytes:
- an OLE compound file (D0 CF 11 E0) is an encrypted Office file or an old .doc, not a DOCX;
- the ZIP's declared uncompressed sizes are checked against limits, so a decompression bomb is
  refused without inflating anything (zipfile never inflates more than an entry's declared size);
- every XML part this module parses goes through python-docx 1.x's parsers, built with
  `etree.XMLParser(remove_blank_text=True, resolve_entities=False)` (docx/oxml/parser.py for the
  document, header and footer parts, docx/opc/oxml.py for content types and relationships);
  lxml's defaults keep no_network=True, load_dtd=False and huge_tree=False, so entities are never
  expanded and no external DTD or entity is fetched: entity-expansion and XXE attacks are not
  possible through this path. The one other parse, of _rels/.rels in `_main_part_name`, uses
  `etree.XMLParser(resolve_entities=False, no_network=True)`.

DOCX has no fixed pages: pages are cut at explicit page breaks and at the page breaks Word recorded
when it last laid the document out (w:lastRenderedPageBreak). Header text goes at the top of page 1
and footer text at the end of the last page, because signature blocks often live in footers.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PACKAGE_URI, PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.opc.pkgreader import PackageReader, _ContentTypeMap
from docx.opc.rel import Relationships
from docx.oxml import parse_xml
from docx.parts.document import DocumentPart
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
TEXT_PARTS = frozenset({CT.WML_DOCUMENT_MAIN, CT.WML_HEADER, CT.WML_FOOTER})  # the parts inflated and parsed


def read(path: Path, data: bytes) -> Extracted:
    archive = _archive(data)
    if isinstance(archive, Problem):
        return Extracted(problems=[archive])
    with archive:
        loaded = _load(archive)
    if isinstance(loaded, Problem):
        return Extracted(problems=[loaded])
    return _extract(*loaded)


def package_problem(data: bytes) -> Problem | None:
    """Refuses what is not a DOCX package, or would be too big to unpack, before parsing anything."""
    archive = _archive(data)
    if isinstance(archive, Problem):
        return archive
    archive.close()
    return None


def _archive(data: bytes) -> zipfile.ZipFile | Problem:
    """The open ZIP archive, or the Problem that refuses it (see package_problem)."""
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
    infos = archive.infolist()
    problem = _size_problem(infos) or _layout_problem(archive, infos)
    if problem is not None:
        archive.close()
        return problem
    return archive


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


def _load(archive: zipfile.ZipFile):
    """(body, header roots, footer roots), or the Problem that explains why the document cannot be
    opened: the same Problems python-docx's errors were mapped to when `docx.Document` opened it."""
    try:
        package = _Package(archive)
        body = package.body()
        package.parse_text_parts()
        prepare(body)
        headers = list(_margin_roots(package.related_parts, body, "header"))
        footers = list(_margin_roots(package.related_parts, body, "footer"))
    except etree.XMLSyntaxError:
        return Problem("corrupt", "the Word document's XML is damaged and cannot be parsed")
    except ValueError as exc:
        if "not a Word file" not in str(exc):
            raise
        return Problem(
            "unsupported",
            "not a regular Word document (it may be a template or macro-enabled file renamed to .docx)",
        )
    except KeyError:
        return Problem("corrupt", "the DOCX package is incomplete: a part it refers to is missing")
    except (zipfile.BadZipFile, zlib.error, EOFError):
        return Problem("corrupt", "the DOCX archive is damaged (a compressed part cannot be unpacked)")
    return body, headers, footers


class _TextPartsReader:
    """python-docx's physical package reader (the interface of docx.opc.phys_pkg._ZipPkgReader) over
    an open ZIP, except that `blob_for` inflates only the parts text is read from. For any other
    part it checks that the part exists (the KeyError ZipFile.read would raise) and returns its
    ZipInfo, so python-docx's walk of the package sees the same parts and raises the same errors."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self.content_types: _ContentTypeMap | None = None

    @property
    def content_types_xml(self) -> bytes:
        return self._archive.read("[Content_Types].xml")

    def rels_xml_for(self, source_uri: PackURI) -> bytes | None:
        try:
            return self._archive.read(source_uri.rels_uri.membername)
        except KeyError:
            return None

    def blob_for(self, pack_uri: PackURI) -> bytes | zipfile.ZipInfo:
        info = self._archive.getinfo(pack_uri.membername)
        try:
            wanted = self.content_types is not None and self.content_types[pack_uri] in TEXT_PARTS
        except KeyError:  # python-docx's walk raises this itself, right after reading the part
            wanted = False
        return self._archive.read(info) if wanted else info

    def close(self) -> None:
        """The archive belongs to the caller."""


class _Part:
    """One part as python-docx would have unmarshalled it; its XML is parsed when first asked for."""

    def __init__(self, archive: zipfile.ZipFile, partname: PackURI, content_type: str, reltype: str, blob) -> None:
        self._archive = archive
        self.partname = partname
        self.content_type = content_type
        selector = PartFactory.part_class_selector
        part_class = selector(content_type, reltype) if selector is not None else None
        self.part_class = part_class or PartFactory._part_cls_for(content_type)
        self.is_xml = issubclass(self.part_class, XmlPart)
        self._blob = blob
        self._element = None

    def blob(self) -> bytes:
        if isinstance(self._blob, zipfile.ZipInfo):
            self._blob = self._archive.read(self._blob)
        return self._blob

    @property
    def element(self):
        """The root element (python-docx's XmlPart.element); AttributeError for a non-XML part."""
        if not self.is_xml:
            raise AttributeError(f"'{self.part_class.__name__}' object has no attribute 'element'")
        if self._element is None:
            self._element = parse_xml(self.blob())
        return self._element


class _Package:
    """The package's parts and the relationships this module follows, as `docx.Document` builds them."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        phys = _TextPartsReader(archive)
        content_types = _ContentTypeMap.from_xml(phys.content_types_xml)
        phys.content_types = content_types
        pkg_srels = PackageReader._srels_for(phys, PACKAGE_URI)
        sparts = PackageReader._load_serialized_parts(phys, pkg_srels, content_types)
        self.parts = {
            s.partname: _Part(archive, s.partname, s.content_type, s.reltype, s.blob) for s in sparts
        }
        self._srels = {s.partname: s.srels for s in sparts}
        self.rels = self._relationships(PACKAGE_URI, pkg_srels)
        self.related_parts: dict[str, _Part] = {}

    def _relationships(self, source: PackURI, srels) -> Relationships:
        rels = Relationships(source.baseURI)
        for srel in srels:
            target = srel.target_ref if srel.is_external else self.parts[srel.target_partname]
            rels.add_relationship(srel.reltype, target, srel.rId, srel.is_external)
        return rels

    def body(self):
        """The main document's w:body, found as `docx.Document(...).element.body` finds it."""
        try:
            main = self.rels.part_with_reltype(RT.OFFICE_DOCUMENT)
            if main.content_type != CT.WML_DOCUMENT_MAIN:
                raise ValueError(f"file is not a Word file, content type is '{main.content_type}'")
            if not issubclass(main.part_class, DocumentPart):
                raise AttributeError(f"'{main.part_class.__name__}' object has no attribute 'document'")
            body = main.element.body
        except (KeyError, ValueError, AttributeError):
            self.parse_every_part()
            raise
        if body is None:
            self.parse_every_part()
        self.related_parts = self._relationships(main.partname, self._srels[main.partname]).related_parts
        return body

    def parse_text_parts(self) -> None:
        """Parses every document, header and footer part, as python-docx did on opening."""
        for part in self.parts.values():
            if part.is_xml and part.content_type in TEXT_PARTS:
                part.element  # noqa: B018 - parsed for its errors; kept for reading

    def parse_every_part(self) -> None:
        """python-docx inflated every part and parsed every XML part before it could find that the
        package is not a readable Word document; a damaged part is reported first, as it was."""
        for part in self.parts.values():
            part.blob()
        for part in self.parts.values():
            if part.is_xml:
                part.element  # noqa: B018


def _extract(body, headers: list, footers: list) -> Extracted:
    pages, tables = Pages(), []
    Walker(pages, tables).blocks(body)
    header_lines, header_tables = _margin_text(headers, page=1)
    footer_lines, footer_tables = _margin_text(footers, page=pages.number)
    pages.lines[0][:0] = header_lines
    pages.lines[-1].extend(footer_lines)
    return Extracted(
        pages=[Page(number, "\n".join(lines)) for number, lines in enumerate(pages.lines, 1)],
        tables=header_tables + tables + footer_tables,
    )


def _margin_text(roots: list, page: int) -> tuple[list[str], list[Table]]:
    """Text and tables of every distinct header (or footer) of every section, in section order."""
    lines: list[str] = []
    tables: list[Table] = []
    seen: set[str] = set()
    for root in roots:
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


def _margin_roots(related: dict, body, kind: str):
    """The XML roots of the header/footer parts the sections reference (first, default, even);
    `related` maps the main document's relationship ids to their parts."""
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
