"""How fast is a batch scan end to end, against the floor and a naive pipeline? Prints figures; asserts nothing.

    /tmp/venv/bin/python bench/scan_bench.py [--charts 500] [--jobs 2] [--growth 500] [--naive-charts 10]
                                             [--profile-charts 10] [--no-growth] [--no-profile]

From one run, on the same synthetic charts (bench/make_charts.py; ~5 documents and ~15 pages each,
written to bench/data/, which is git-ignored):
- ours: `auditor.batch.scan` on N charts with a cold cache (a fresh output folder): pages/s and
  charts/s end to end (pool start-up and results.json included), time to first result, peak RSS per
  worker; then the same N again with a warm cache.
- the floor: pypdfium2 text of every PDF page, DOCX text (zip + lxml, every w:t), TXT decoded;
  nothing else. Run with the same number of processes as ours.
- naive: pdfplumber `extract_text` per page (DOCX through python-docx paragraphs and cells, TXT
  decoded) + a blank spaCy English tokenizer + a PhraseMatcher of every checklist phrase over each
  page. Same number of processes, on the first --naive-charts charts; its time for N charts is
  extrapolated per page (and the output says so).
- growth: wall time at G, 2G and 4G charts (cold cache each), to show it is linear.
- `chart-audit --help` wall time, one chart audited once the pipeline is loaded, and a cProfile of
  --profile-charts charts in one process broken down by stage.

Wall-clock figures on a shared machine move with its load, so CPU seconds are printed beside them.
The last line is exactly `pages_per_s=<float> ratio_to_floor=<float> ratio_to_naive=<float>`
(ratios are our time / their time: lower is better).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from make_charts import make_charts  # noqa: E402

DATA = HERE / "data"
OUT = HERE / "out"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_T, W_BR, W_TYPE = W + "t", W + "br", W + "type"


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def root_of(charts: Path, count: int) -> Path:
    """bench/data/roots/n<count>/: the first `count` charts, their files hard-linked, so subsets share the
    files (a chart folder that is a symlink is not a chart to the scan)."""
    root = DATA / "roots" / f"n{count}"
    names = sorted(p.name for p in charts.iterdir() if p.name.startswith("chart-"))[:count]
    if root.is_dir() and sorted(p.name for p in root.iterdir()) == names and not (root / names[0]).is_symlink():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    for name in names:
        linked_copy(charts / name, root / name)
    return root


def linked_copy(chart: Path, to: Path) -> None:
    """A real folder holding hard links to the chart's files (copies where linking is not possible)."""
    shutil.copytree(chart, to, copy_function=_link_or_copy)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def chart_list(root: Path) -> list[str]:
    return [str(p) for p in sorted(root.iterdir()) if p.is_dir()]


# ---------------------------------------------------------------- the floor


def floor_chart(chart: str) -> int:
    """pypdfium2 text of every PDF page, DOCX w:t text, TXT decoded; returns pages read."""
    import pypdfium2 as pdfium
    from lxml import etree

    pages = 0
    for path in sorted(Path(chart).iterdir()):
        data = path.read_bytes()
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(data)
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
            pdf.close()
        elif path.suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                root = etree.fromstring(z.read("word/document.xml"))
            text = "".join(t.text or "" for t in root.iter(W_T))
            pages += 1 + sum(1 for br in root.iter(W_BR) if br.get(W_TYPE) == "page")
            del text
        else:
            pages += data.decode("utf-8").count("\f") + 1
    return pages


# ---------------------------------------------------------------- the naive pipeline

_NAIVE = {}


def naive_init() -> None:
    import spacy
    from spacy.matcher import PhraseMatcher

    from auditor.checklist import load_checklist

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for req in load_checklist("imrt-lcd").requirements:
        groups = list(req.anchors) + list(req.elements) + ([req.applies_when] if req.applies_when else [])
        for m in groups:
            if m.phrases:
                matcher.add(f"{req.id}|{m.id}", [nlp.make_doc(p) for p in m.phrases])
    _NAIVE.update(nlp=nlp, matcher=matcher)


def naive_chart(chart: str) -> tuple[int, int]:
    """pdfplumber extract_text per page / python-docx / decoded text, then tokenizer + PhraseMatcher."""
    import docx
    import pdfplumber

    nlp, matcher = _NAIVE["nlp"], _NAIVE["matcher"]
    pages, hits = 0, 0
    for path in sorted(Path(chart).iterdir()):
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as pdf:
                texts = [page.extract_text() or "" for page in pdf.pages]
        elif path.suffix == ".docx":
            d = docx.Document(str(path))
            body = [p.text for p in d.paragraphs]
            body += [cell.text for table in d.tables for row in table.rows for cell in row.cells]
            texts = ["\n".join(body)]
            pages += sum(1 for br in d.element.body.iter(W_BR) if br.get(W_TYPE) == "page")
        else:
            texts = path.read_text(encoding="utf-8").split("\f")
        for text in texts:
            hits += len(matcher(nlp.make_doc(text)))
        pages += len(texts)
    return pages, hits


# ---------------------------------------------------------------- runners


def pool_run(fn, charts: list[str], jobs: int, initializer=None) -> tuple[float, float, int]:
    """(wall s, cpu s of the workers, pages) for fn over charts in `jobs` forked processes."""
    cpu0, t0 = cpu_children(), time.perf_counter()
    pool = get_context("fork").Pool(jobs, initializer=initializer)
    try:
        results = list(pool.imap_unordered(fn, charts, chunksize=1))
    finally:
        pool.close()
        pool.join()
    wall = time.perf_counter() - t0
    pages = sum(r if isinstance(r, int) else r[0] for r in results)
    return wall, cpu_children() - cpu0, pages


def ours(root: Path, out: Path, jobs: int, fresh: bool = True) -> dict:
    from auditor.batch import scan

    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    first = []
    cpu0c, cpu0s, t0 = cpu_children(), cpu_self(), time.perf_counter()
    data = scan(root, out, jobs=jobs, force=True,
                on_chart=lambda c, n, t: first or first.append(time.perf_counter() - t0))
    wall = time.perf_counter() - t0
    pages = sum(d["pages"] for c in data["charts"] for d in c["documents"])
    return {"wall": wall, "cpu": cpu_children() - cpu0c + cpu_self() - cpu0s, "pages": pages,
            "charts": len(data["charts"]), "first": first[0] if first else float("nan"), "run": data["run"],
            "bytes_per_chart": (out / "charts.jsonl").stat().st_size / max(1, len(data["charts"]))}


def help_time() -> float:
    exe = shutil.which("chart-audit") or str(Path(sys.executable).parent / "chart-audit")
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([exe, "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def one_chart(charts: list[str]) -> tuple[float, float, float]:
    """(pipeline build s, median s, max s) of Auditor.audit_chart on single charts, in this process."""
    from auditor.audit import Auditor

    t0 = time.perf_counter()
    auditor = Auditor()
    auditor.audit_chart(Path(charts[0]))  # builds the engine
    build = time.perf_counter() - t0
    times = []
    for chart in charts[1:11]:
        t = time.perf_counter()
        auditor.audit_chart(Path(chart))
        times.append(time.perf_counter() - t)
    return build, statistics.median(times), max(times)


STAGES = [
    ("ingest: PDF (pdfium pass)", "auditor/ingest/pdf.py", "_scan_or_report"),
    ("ingest: PDF (pdfplumber on table pages)", "auditor/ingest/pdf.py", "_plumber_pass"),
    ("ingest: DOCX", "auditor/ingest/docx.py", "read"),
    ("ingest: TXT", "auditor/ingest/text.py", "read"),
    ("segment: sentences", "auditor/segment.py", "sentences"),
    ("signatures", "auditor/signatures/__init__.py", "find_signatures"),
    ("nlp: all (pre-scan, Matcher, ConText)", "auditor/nlp.py", "hits"),
    ("nlp: pre-scan (chunk masks)", "auditor/nlp.py", "mask"),
    ("nlp: spaCy Matcher", "auditor/nlp.py", "_spans"),
    ("nlp: medspaCy ConText", "medspacy/context/context.py", "__call__"),
    ("evidence (tables + anchors)", "auditor/evidence.py", "anchor_evidence"),
    ("identity", "auditor/identity.py", "chart_identity"),
    ("evaluate", "auditor/evaluate.py", "evaluate"),
    ("results: chart_dict", "auditor/results.py", "chart_dict"),
    ("cache (sqlite + json)", "auditor/cache.py", "get"),
    ("building the pipeline (Auditor.engine)", "auditor/audit.py", "engine"),
]


def profile(root: Path, count: int) -> None:
    from auditor.batch import scan

    out = OUT / "profile"
    shutil.rmtree(out, ignore_errors=True)
    sub = DATA / "roots" / f"profile{count}"
    shutil.rmtree(sub, ignore_errors=True)
    sub.mkdir(parents=True)
    for chart in chart_list(root)[:count]:
        linked_copy(Path(chart).resolve(), sub / Path(chart).name)
    scan(sub, out, jobs=1, use_cache=False)  # warm: engine built, imports done
    shutil.rmtree(out)
    prof = cProfile.Profile()
    prof.enable()
    scan(sub, out, jobs=1, use_cache=False)
    prof.disable()
    stats = pstats.Stats(prof)
    total = max(v[3] for k, v in stats.stats.items() if k[2] == "scan")
    print(f"profile: {count} charts in one process (cProfile, jobs=1, no cache): {total:.2f} s profiled; cumulative by stage")
    for label, file, func in STAGES:
        cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(file) and k[2] == func)
        if cum:
            print(f"  {label:42s} {cum:7.2f} s {100 * cum / total:5.1f}%")
    print("  top functions by own time:")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:10]
    for (file, line, func), (cc, nc, tt, ct, _) in rows:
        short = "/".join(Path(file).parts[-2:]) if file != "~" else ""
        print(f"    {tt:6.2f} s own {ct:6.2f} s cum  {nc:8d} calls  {short}:{line}({func})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=500, help="N: charts for the main measurement (default 500)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--growth", type=int, default=None, help="G for the G/2G/4G growth runs (default: N)")
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--naive-charts", type=int, default=10, help="charts the naive pipeline runs on (extrapolated per page)")
    parser.add_argument("--profile-charts", type=int, default=10)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    n, jobs = args.charts, args.jobs
    g = args.growth or n
    need = max(n, 4 * g if not args.no_growth else 0, args.naive_charts)
    charts = make_charts(need, DATA / "charts", jobs=jobs)
    root = root_of(charts, n)
    chart_paths = chart_list(root)
    print(f"scan_bench: N={n} charts, {jobs} processes for ours, the floor and naive; "
          f"growth at {g}/{2 * g}/{4 * g}" + (" (skipped)" if args.no_growth else ""), flush=True)

    f_wall, f_cpu, f_pages = pool_run(floor_chart, chart_paths, jobs)
    print(f"floor: {f_pages} pages in {f_wall:.2f} s wall ({f_cpu:.2f} cpu-s) = {f_pages / f_wall:.1f} pages/s", flush=True)

    o = ours(root, OUT / f"n{n}", jobs)
    run = o["run"]
    pages, wall = o["pages"], o["wall"]
    print(f"ours (cold cache): {o['charts']} charts, {pages} pages in {wall:.2f} s wall ({o['cpu']:.2f} cpu-s): "
          f"{pages / wall:.1f} pages/s, {o['charts'] / wall:.2f} charts/s; first result after {o['first']:.2f} s; "
          f"peak RSS per worker {run['peak_rss_mb_per_worker']:.0f} MB; {o['bytes_per_chart'] / 1024:.0f} KiB of results per chart",
          flush=True)
    warm = ours(root, OUT / f"n{n}", jobs, fresh=False)
    print(f"ours (warm cache, same charts again): {warm['wall']:.2f} s wall ({warm['cpu']:.2f} cpu-s) = "
          f"{warm['pages'] / warm['wall']:.1f} pages/s; cache {warm['run']['cache']}", flush=True)

    k = min(args.naive_charts, n)
    n_wall, n_cpu, n_pages = pool_run(naive_chart, chart_paths[:k], jobs, initializer=naive_init)
    naive_full = n_wall / n_pages * pages
    note = "" if k >= n else f", extrapolated per page to {pages} pages: {naive_full:.1f} s"
    print(f"naive: {k} charts, {n_pages} pages in {n_wall:.2f} s wall ({n_cpu:.2f} cpu-s) = {n_pages / n_wall:.1f} pages/s{note}",
          flush=True)

    if not args.no_growth:
        times = []
        for count in (g, 2 * g, 4 * g):
            r = o if count == n else ours(root_of(charts, count), OUT / f"n{count}", jobs)
            times.append((count, r["wall"], r["cpu"], r["pages"]))
            print(f"growth: {count:5d} charts {r['pages']:6d} pages {r['wall']:7.2f} s wall ({r['cpu']:.2f} cpu-s) "
                  f"= {1000 * r['wall'] / count:.0f} ms/chart", flush=True)
        base, cbase = times[0][1] / times[0][0], times[0][2] / times[0][0]
        print("growth: time per chart relative to the first, wall (cpu): "
              + ", ".join(f"{c}: {w / c / base:.2f}x ({u / c / cbase:.2f}x)" for c, w, u, _ in times))

    print(f"chart-audit --help: {help_time() * 1000:.0f} ms (best of 5)", flush=True)
    build, med, worst = one_chart(chart_paths)
    print(f"one chart once the pipeline is loaded: median {med * 1000:.0f} ms, max {worst * 1000:.0f} ms "
          f"(over 10 charts; building the pipeline took {build:.2f} s)", flush=True)
    if not args.no_profile:
        profile(root, min(args.profile_charts, n))

    ratio_floor = wall / f_wall
    ratio_naive = wall / naive_full
    print(f"cpu-based: ratio_to_floor={o['cpu'] / f_cpu:.2f} ratio_to_naive={o['cpu'] / (n_cpu / n_pages * pages):.3f}")
    print(f"pages_per_s={pages / wall:.1f} ratio_to_floor={ratio_floor:.2f} ratio_to_naive={ratio_naive:.3f}")


if __name__ == "__main__":
    main()
