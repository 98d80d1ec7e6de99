"""Ruled tables read from pdfium's rules agree with pdfplumber's, so pdfplumber is skipped for them."""

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from auditor.ingest import ingest
from auditor.ingest.pdf_grid import _BoundedText, ruled_tables

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RULED = sorted(SAMPLES.glob("*/plan_report.pdf"))[:4] + sorted(SAMPLES.glob("*/imrt_qa*.pdf"))[:3]


def _plumber(path: Path, page: int):
    with pdfplumber.open(path) as doc:
        return [tuple(tuple(" ".join((c or "").split()) for c in row) for row in t if any(row))
                for t in doc.pages[page].extract_tables()]


def _ruled_pages():
    """(path, page index, pdfium page) for every page of the ruled sample reports."""
    assert RULED
    for path in RULED:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                yield path, i, pdf[i]
        finally:
            pdf.close()


def test_grid_tables_match_pdfplumber_on_the_sample_reports():
    compared = 0
    for path, i, page in _ruled_pages():
        ours = ruled_tables(page, page.get_textpage())
        theirs = [t for t in _plumber(path, i) if t and max(map(len, t)) >= 2]
        assert ours == theirs, f"{path.name} p.{i + 1}"
        compared += len(ours)
    assert compared >= 5


def test_ingested_field_table_comes_from_the_grid_without_pdfplumber(monkeypatch):
    import auditor.ingest.pdf as pdf_module

    def no_plumber(*args, **kwargs):
        raise AssertionError("pdfplumber was opened for a full ruled grid")

    monkeypatch.setattr(pdf_module, "_plumb", no_plumber)
    path = SAMPLES / "c01_complete_hn_vmat" / "plan_report.pdf"
    doc = ingest(path, path.parent)
    header = doc.tables[0].rows[0]
    assert "Gantry (deg)" in header and len(doc.tables[0].rows) == 3


def _astral_pdf() -> bytes:
    """One line, "BAB", whose A maps (ToUnicode) to U+1D400: a character needing a surrogate pair."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /A def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <D835DC00> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    content = b"BT /F1 12 Tf 72 720 Td (BAB) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _quarters(page) -> list[tuple[float, float, float, float]]:
    """The whole page, its halves and its quarters, as (left, bottom, right, top)."""
    width, height = page.get_size()
    xs, ys = (0, width / 2, width), (0, height / 2, height)
    boxes = [(0, 0, width, height), (0, 0, width / 2, height), (width / 2, 0, width, height),
             (0, 0, width, height / 2), (0, height / 2, width, height)]
    return boxes + [(x0, y0, x1, y1) for x0, x1 in zip(xs, xs[1:]) for y0, y1 in zip(ys, ys[1:])]


def test_one_call_bounded_text_equals_pypdfium2s_on_the_sample_reports():
    compared = 0
    for path, i, page in _ruled_pages():
        textpage = page.get_textpage()
        bounded = _BoundedText(textpage)
        for box in _quarters(page):
            assert bounded(*box) == textpage.get_text_bounded(*box), f"{path.name} p.{i + 1} {box}"
            compared += 1
    assert compared >= 50


def test_bounded_text_is_read_pypdfium2s_way_when_a_surrogate_or_a_full_buffer_makes_it_unsure():
    pdf = pdfium.PdfDocument(_astral_pdf())
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        bounded = _BoundedText(textpage)
        assert bounded(0, 0, 612, 792) == textpage.get_text_bounded(0, 0, 612, 792) == "B\U0001d400B"
        bounded.size = 2  # as if the page text had outgrown the buffer
        assert bounded(0, 700, 612, 792) == textpage.get_text_bounded(0, 700, 612, 792) == "B\U0001d400B"
    finally:
        pdf.close()
