"""How much of the language pass's speed comes from text it has seen before? Prints figures; asserts nothing.

The pre-scan remembers, per process, the token tests each whitespace-separated chunk of text passes.
The synthetic benchmark charts are templated, so that memory helps them more than real charts. This
prints, over N benchmark charts (bench/make_charts.py) and, when present, the real-world texts in
../shared/corpus:
- how many sentences repeat an earlier one;
- the language pass (Engine.hits) in cpu-s with the chunk memory kept across documents, and with it
  cleared before every document (no reuse between documents: the worst case for new text).

usage: python bench/language_bench.py [--charts 100]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_charts import make_charts  # noqa: E402

from auditor.audit import Auditor  # noqa: E402
from auditor.discover import chart_files  # noqa: E402
from auditor.ingest import ingest  # noqa: E402
from auditor.segment import sentences  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def documents(auditor: Auditor, charts: list[Path]) -> list:
    docs = []
    for chart in charts:
        files, _ = chart_files(chart)
        docs += [ingest(f, chart, auditor.limits) for f in files]
    return docs


def measure(label: str, auditor: Auditor, docs: list) -> None:
    engine = auditor.engine
    tabled = {r.id for r in auditor.checklist.requirements if r.tables}
    prepared = [(d, sentences(d, auditor.headings)) for d in docs]
    texts = [s.text for _, sents in prepared for s in sents]
    pages = sum(len(d.pages) for d in docs)
    words = sum(len(t.split()) for t in texts)
    repeated = 1 - len(set(texts)) / max(1, len(texts))
    print(f"{label}: {len(docs)} documents, {pages} pages, {words} words, {len(texts)} sentences, "
          f"{repeated:.1%} of them repeat an earlier one")

    def run(clear: bool) -> float:
        start = time.process_time()
        for doc, sents in prepared:
            if clear:
                engine.tests.known.clear()
            engine.hits(sents, tabled if doc.tables else set())
        return time.process_time() - start

    run(False)  # spaCy's own vocabulary warm, as in a long batch
    kept = min(run(False) for _ in range(3))
    cleared = min(run(True) for _ in range(3))
    per_k = 1e6 / max(1, words)  # ms per 1,000 words
    print(f"  language pass, chunk memory kept:      {kept:6.2f} cpu-s = {kept * per_k:5.2f} ms per 1,000 words")
    print(f"  language pass, memory cleared per doc: {cleared:6.2f} cpu-s = {cleared * per_k:5.2f} ms per 1,000 words"
          f" ({cleared / max(kept, 1e-9):.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=100)
    args = parser.parse_args()
    auditor = Auditor()
    out = make_charts(args.charts, ROOT / "bench" / "data" / "charts")
    charts = sorted(p for p in out.iterdir() if p.is_dir())[: args.charts]
    measure(f"benchmark charts ({len(charts)})", auditor, documents(auditor, charts))
    if CORPUS.is_dir():
        docs = [ingest(p, CORPUS, auditor.limits) for p in sorted(CORPUS.glob("*.txt"))]
        measure("shared/corpus (real-world texts)", auditor, docs)


if __name__ == "__main__":
    main()
