"""Render a compose.Doc as a .docx with python-docx, byte-for-byte deterministic.

python-docx's default template carries ~800 KB of style XML; it is slimmed once
per process (in memory) so each document parses and zips quickly.  The package
is written with fixed zip timestamps and fixed core properties.
"""

import datetime as dt
import io
import zipfile

import docx
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.ns import qn

FIXED_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DT = dt.datetime(2025, 1, 1, 0, 0, 0)
KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "TableGrid",
               "Title", "TitleChar", "Heading1", "Heading1Char", "Heading2", "Heading2Char",
               "Header", "HeaderChar", "Footer", "FooterChar"}
_SLIM = None


class _FixedZip:
    """Stands in for python-docx's PhysPkgWriter, writing fixed timestamps."""

    def __init__(self, buf):
        self._zip = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri, blob):
        info = zipfile.ZipInfo(pack_uri.membername, date_time=FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob)

    def close(self):
        self._zip.close()


def _save(document):
    pkg = document.part.package
    for part in pkg.parts:
        part.before_marshal()
    buf = io.BytesIO()
    writer = _FixedZip(buf)
    PackageWriter._write_content_types_stream(writer, pkg.parts)
    PackageWriter._write_pkg_rels(writer, pkg.rels)
    PackageWriter._write_parts(writer, pkg.parts)
    writer.close()
    return buf.getvalue()


def _drop_rels(rels, suffixes):
    for rid, rel in list(rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in suffixes:
            del rels[rid]
            rels.related_parts.pop(rid, None)


def _slim_template():
    global _SLIM
    if _SLIM is None:
        d = docx.Document()
        _drop_rels(d.part.rels, {"stylesWithEffects", "customXml"})
        _drop_rels(d.part.package.rels, {"thumbnail"})
        styles = d.styles.element
        for st in styles.findall(qn("w:style")):
            if st.get(qn("w:styleId")) not in KEEP_STYLES:
                styles.remove(st)
        _SLIM = _save(d)
    return _SLIM


def _part_lines(part, lines):
    part.is_linked_to_previous = False
    part.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        part.add_paragraph(line)


def render_docx(doc):
    d = docx.Document(io.BytesIO(_slim_template()))
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = doc.title, "sigmatrix (SYNTHETIC)", "sigmatrix"
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(doc.title, level=1)
    for n, page in enumerate(doc.pages):
        if n:
            d.add_page_break()
        for kind, value in page:
            if kind == "table":
                t = d.add_table(rows=len(value), cols=len(value[0]))
                t._tbl.tblPr.style = "TableGrid"
                for r, row in enumerate(value):
                    cells = t.rows[r].cells
                    for i, text in enumerate(row):
                        if text:
                            cells[i].text = text
                            if r == 0:
                                cells[i].paragraphs[0].runs[0].bold = True
            elif kind == "h":
                d.add_heading(value, level=2)
            else:
                d.add_paragraph(value)
    section = d.sections[0]
    if doc.header:
        _part_lines(section.header, doc.header)
    if doc.footer:
        _part_lines(section.footer, doc.footer)
    return _save(d)
