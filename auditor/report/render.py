"""View models -> self-contained HTML (Jinja2, autoescaped), and the report folder written atomically.

    OUT/index.html              the batch dashboard
    OUT/charts/<safe id>.html   one report per chart
    OUT/worklist.csv            one row per gap
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..resources import templates_dir
from ..results import now, write_atomic
from .chart import chart_view
from .dashboard import dashboard_view
from .paths import CHARTS_DIR, INDEX, WORKLIST, chart_file_names
from .redact import redact
from .worklist import write_worklist_csv

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@lru_cache(maxsize=4)
def environment(folder: str | None = None) -> Environment:
    env = Environment(
        loader=FileSystemLoader(folder or str(templates_dir())),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["csp"] = CSP
    return env


def render_chart_html(results: dict, chart: dict, generated: str | None = None, *, index_href: str | None = None) -> str:
    view = chart_view(results, chart, generated=generated or now(), index_href=index_href)
    return environment().get_template("chart.html.j2").render(view=view)


def render_dashboard_html(results: dict, generated: str | None = None) -> str:
    view = dashboard_view(results, generated=generated or now())
    return environment().get_template("dashboard.html.j2").render(view=view)


def write_chart_report(results: dict, chart: dict, path: Path, *, redact_ids: bool = False, generated: str | None = None) -> Path:
    """One chart's report as a single file (`chart-audit audit CHART -o report.html`)."""
    if redact_ids:
        results = redact({**results, "charts": [chart]})
        chart = results["charts"][0]
    path = Path(path)
    write_atomic(path, render_chart_html(results, chart, generated))
    return path


def write_reports(results: dict, out_dir: Path, *, redact_ids: bool = False, generated: str | None = None) -> dict[str, Path]:
    """Write index.html, charts/*.html and worklist.csv under `out_dir`; return their paths.

    Keys: "index", "worklist", and "chart:<chart_id>" for each chart (in the results' order). With
    `redact_ids`, every output is built from `redact(results)` (write that to results.json as well).
    A chart page left from an earlier run (a chart no longer there) is deleted: no stale patient pages.
    """
    out_dir = Path(out_dir)
    if redact_ids:
        results = redact(results)
    generated = generated or now()
    charts = results.get("charts", [])
    paths: dict[str, Path] = {}
    for chart, name in zip(charts, chart_file_names(charts)):
        target = out_dir / CHARTS_DIR / name
        write_atomic(target, render_chart_html(results, chart, generated, index_href=f"../{INDEX}"))
        key = f"chart:{chart.get('chart_id', '')}"
        paths[key if key not in paths else f"{key}#{len(paths)}"] = target
    _remove_stale_pages(out_dir / CHARTS_DIR, set(paths.values()))
    index = out_dir / INDEX
    write_atomic(index, render_dashboard_html(results, generated))
    worklist = write_worklist_csv(results, out_dir / WORKLIST)
    return {"index": index, "worklist": worklist, **paths}


def _remove_stale_pages(folder: Path, written: set[Path]) -> None:
    if folder.is_dir():
        for page in folder.glob("*.html"):
            if page not in written:
                page.unlink(missing_ok=True)
