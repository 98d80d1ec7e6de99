"""Ruled tables read from pdfium's rules agree with pdfplumber's, so pdfplumber is skipped for them."""

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from auditor.ingest import ingest
from auditor.ingest.pdf_grid import ruled_tables

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RULED = sorted(SAMPLES.glob("*/plan_report.pdf"))[:4] + sorted(SAMPLES.glob("*/imrt_qa*.pdf"))[:3]


def _plumber(path: Path, page: int):
    with pdfplumber.open(path) as doc:
        return [tuple(tuple(" ".join((c or "").split()) for c in row) for row in t if any(row))
                for t in doc.pages[page].extract_tables()]


def test_grid_tables_match_pdfplumber_on_the_sample_reports():
    assert RULED
    compared = 0
    for path in RULED:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                page = pdf[i]
                ours = ruled_tables(page, page.get_textpage())
                theirs = [t for t in _plumber(path, i) if t and max(map(len, t)) >= 2]
                assert ours == theirs, f"{path.name} p.{i + 1}"
                compared += len(ours)
        finally:
            pdf.close()
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
