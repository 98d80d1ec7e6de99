"""How fast is the PDF reader, and does it keep reading order? Prints figures; asserts nothing.

Generates synthetic multi-page plan reports (about 470 words a page; some pages hold a ruled
field table, some are written out of content-stream order) into a temporary folder, then times:
  (a) pypdfium2 plain text, (b) auditor.ingest.pdf.read end to end,
  (c) pdfplumber extract_text, (d) pdfplumber extract_tables (on a subset: it is slow),
and checks each on a page drawn out of order (table column by column, signature block first).

    /tmp/venv/bin/python bench/pdf_text_bench.py [--docs 6] [--pages 20] [--plumber-pages 40]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.pdfmaker

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402

from auditor.ingest import pdf as pdf_reader  # noqa: E402
from tests import pdfmaker  # noqa: E402

WORDS = (
    "the synthetic patient received intensity modulated radiation therapy to the prostate and seminal "
    "vesicles with daily cone beam image guidance the physician reviewed the dose volume histogram "
    "and approved the plan after the physicist verified monitor units and the dosimetrist documented "
    "target coverage organ at risk constraints bladder rectum femoral heads were respected"
).split()
EXPECTED = [pdfmaker.PLAN_HEADER[0], *(" ".join(row) for row in pdfmaker.FIELD_ROWS), "Signature: Jane Roe Date: 2024-01-05"]


def prose_lines(rnd: random.Random, words: int) -> list[str]:
    text = " ".join(rnd.choice(WORDS) for _ in range(words))
    return simpleSplit(text, "Helvetica", 9, 468)


def draw_page(c, kind: str, rnd: random.Random) -> None:
    """prose: ~470 words; table / scrambled: field table, signatures and ~300 words of prose."""
    if kind != "prose":
        pdfmaker.table_page(c, column_first=kind == "scrambled")
    c.setFont("Helvetica", 9)
    lines = prose_lines(rnd, 470 if kind == "prose" else 300)
    top = 740 if kind == "prose" else 560
    ys = [top - i * 11 for i in range(len(lines))]
    pairs = list(zip(ys, lines))
    for y, line in reversed(pairs) if kind == "scrambled" else pairs:
        c.drawString(72, y, line)
    c.setFont(*pdfmaker.FONT)


def page_kind(n: int) -> str:
    return "table" if n % 5 == 0 else "scrambled" if n % 7 == 3 else "prose"


def make_doc(path: Path, pages: int, rnd: random.Random, prose_only: bool = False) -> None:
    c = pdfmaker.new_canvas(path)
    for n in range(pages):
        draw_page(c, "prose" if prose_only else page_kind(n), rnd)
        c.showPage()
    c.save()


def in_order(text: str, expected: list[str]) -> bool:
    """Every expected line present as a whole line, in the expected order."""
    lines = [line.strip() for line in text.splitlines()]
    try:
        positions = [lines.index(line) for line in expected]
    except ValueError:
        return False
    return positions == sorted(positions)


def pdfium_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def ours(path: Path) -> list[str]:
    return [page.text for page in pdf_reader.read(path, path.read_bytes()).pages]


def plumber_texts(path: Path, limit: int) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages[:limit]]


def plumber_tables(path: Path, limit: int) -> list[str]:
    """Each page's tables flattened to one line per row, so the order check can read them."""
    with pdfplumber.open(path) as pdf:
        out = []
        for page in pdf.pages[:limit]:
            rows = [row for table in page.extract_tables() for row in table]
            out.append("\n".join(" ".join(cell or "" for cell in row) for row in rows))
        return out


def timed(label: str, docs: list[Path], fn) -> None:
    start, pages = time.perf_counter(), 0
    for doc in docs:
        pages += len(fn(doc))
    elapsed = time.perf_counter() - start
    print(f"  {label:38s} {pages:5d} pages in {elapsed:6.2f} s = {pages / elapsed:8.1f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=6)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--plumber-pages", type=int, default=40, help="pages per pdfplumber measurement")
    args = parser.parse_args()
    rnd = random.Random(20240105)
    with tempfile.TemporaryDirectory() as tmp:
        docs = [Path(tmp) / f"plan_{i}.pdf" for i in range(args.docs)]
        for doc in docs:
            make_doc(doc, args.pages, rnd)
        prose = [Path(tmp) / f"prose_{i}.pdf" for i in range(2)]
        for doc in prose:
            make_doc(doc, args.pages, rnd, prose_only=True)
        scrambled = pdfmaker.table_pdf(Path(tmp) / "scrambled.pdf", column_first=True)
        report(docs, prose, scrambled, args.plumber_pages)


def report(docs: list[Path], prose: list[Path], scrambled: Path, plumber_pages: int) -> None:
    per_doc = max(1, plumber_pages // len(docs))
    kinds = [page_kind(n) for n in range(len(pdfium_texts(docs[0])))]
    mix = ", ".join(f"{kinds.count(k)} {k}" for k in ("prose", "table", "scrambled"))
    print(f"{len(docs)} synthetic plan PDFs of {len(kinds)} pages ({mix}; table and scrambled pages have a ruled table)")
    timed("(a) pypdfium2 plain text", docs, pdfium_texts)
    timed("(b) auditor read() end to end", docs, ours)
    timed("(b') auditor read(), prose-only PDFs", prose, ours)
    timed("(c) pdfplumber extract_text", docs, lambda d: plumber_texts(d, per_doc))
    timed("(d) pdfplumber extract_tables", docs, lambda d: plumber_tables(d, per_doc))
    print("reading order on a page drawn column by column, signature block first:")
    for label, fn in [
        ("(a) pypdfium2 plain text", pdfium_texts),
        ("(b) auditor read()", ours),
        ("(c) pdfplumber extract_text", lambda d: plumber_texts(d, 1)),
        ("(d) pdfplumber extract_tables (rows only)", lambda d: plumber_tables(d, 1)),
    ]:
        expected = EXPECTED[1:-1] if "tables" in label else EXPECTED
        kept = in_order(fn(scrambled)[0], expected)
        print(f"  {label:42s} {'kept' if kept else 'LOST'}")


if __name__ == "__main__":
    main()
