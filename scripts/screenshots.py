"""Regenerate docs/screenshots/: the batch dashboard and one chart report, for the bundled samples.

    /tmp/venv/bin/python scripts/screenshots.py [--samples samples] [--out docs/screenshots] [--chart c12_...]

Audits every chart under samples/ with the library (as `chart-audit scan` does), writes the reports to a
temporary folder, opens them in headless Chromium (Debian's `chromium`, driven by Playwright with
`executable_path`; no browser download) and saves PNGs. Fixed timestamps keep the images stable.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.audit import Auditor  # noqa: E402
from auditor.discover import chart_dirs  # noqa: E402
from auditor.report import write_reports  # noqa: E402
from auditor.results import chart_dict, results_dict  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
GENERATED = "2025-01-20T09:00:00-05:00"
RUN = {"started": "2025-01-20T08:58:12-05:00", "finished": "2025-01-20T08:58:31-05:00"}
DEFAULT_CHART = "c12_dictated_dvh_undated_image_review"


def scan(samples: Path) -> dict:
    auditor = Auditor()
    charts = [chart_dict(auditor.audit_chart(d)) for d in chart_dirs(samples)]
    if not charts:
        raise SystemExit(f"{samples}: no chart folders (run samples/generate.py first)")
    return results_dict(charts, auditor.checklist, dict(RUN))


def browser(playwright):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("chromium not found: install it (Debian/Ubuntu: sudo apt-get install chromium)")
    return playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chart", default=DEFAULT_CHART, help="chart id of the chart report to show")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    results = scan(args.samples)
    ids = [c["chart_id"] for c in results["charts"]]
    chart_id = args.chart if args.chart in ids else next(
        (c["chart_id"] for c in results["charts"] if c["verdict"] == "hold"), ids[0])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        paths = write_reports(results, Path(tmp), generated=GENERATED)
        b = browser(p)
        page = b.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
        page.goto(paths["index"].as_uri())
        page.screenshot(path=str(args.out / "dashboard.png"), full_page=True)
        page.goto(paths[f"chart:{chart_id}"].as_uri())
        gap = page.locator("li.req-incomplete, li.req-missing, li.req-needs_review").first
        if gap.count():
            gap.locator("details.evidence > summary").click()
        page.screenshot(path=str(args.out / "chart-report.png"), full_page=True)
        b.close()
    for name in ("dashboard.png", "chart-report.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
