"""Both reports opened in headless Chromium, as a coder would open them: from disk, offline.

Debian's `chromium` is driven by Playwright's Python package with `executable_path` (no browser
download). These tests are never skipped: without Chromium they fail and say how to install it.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from auditor.report import dashboard_view, write_reports
from auditor.results import chart_dict, results_dict
from tests.test_report_data import GENERATED, MARKUP_ID, XSS_IMG, XSS_SCRIPT, make_results

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
INSTALL = ("Chromium is needed for the browser tests and was not found on PATH (looked for chromium, chromium-browser; "
           "or set CHROMIUM=/path/to/chrome). Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) and the "
           "Python driver with `pip install -e '.[test]'`; the README's test command does both. Do not run "
           "`playwright install`: the tests use the system browser.")
ENGINE_CHART = f"chart-{XSS_IMG}"  # a real folder name (no '/'), audited by the real engine
ENGINE_DOC = f"""SYNTHETIC - FOR TESTING ONLY
Patient Name: Quill, Ada   MRN: 77880011   DOB: 04/05/1961

MEDICAL NECESSITY
IMRT is required rather than 3D conformal planning because the target is in close proximity to the spinal cord {XSS_SCRIPT} and the parotid glands {XSS_IMG}.

Electronically signed by Helen Marsh, MD on 01/15/2025 14:32
"""


@pytest.fixture(scope="module")
def browser():
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.fail(INSTALL, pytrace=False)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("The `playwright` Python package is missing. " + INSTALL, pytrace=False)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def results(auditor, tmp_path_factory):
    folder = tmp_path_factory.mktemp("charts") / ENGINE_CHART
    folder.mkdir()
    (folder / f"note {XSS_SCRIPT}.txt".replace("/", "_")).write_text(ENGINE_DOC, encoding="utf-8")
    engine_chart = chart_dict(auditor.audit_chart(folder))
    assert engine_chart["chart_id"] == ENGINE_CHART
    fixture = make_results()
    return results_dict(fixture["charts"] + [engine_chart], auditor.checklist, fixture["run"])


@pytest.fixture(scope="module")
def reports(results, tmp_path_factory):
    return write_reports(results, tmp_path_factory.mktemp("out"), generated=GENERATED)


class Visit:
    """One page in a fresh context, recording console errors, dialogs and every request."""

    def __init__(self, browser, path: Path, allow: tuple[str, ...] = ()):
        self.url = path.as_uri()
        self.allow = {self.url, *allow}
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.errors, self.dialogs, self.requests, self.blocked = [], [], [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", self._route)
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(200)  # time for an injected onerror handler to fire, if one got through

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if route.request.url.split("#")[0] in self.allow:
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def assert_clean(self):
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.blocked == [], f"network requests: {self.blocked}"
        assert [u.split("#")[0] for u in self.requests] in ([self.url], []), f"requests: {self.requests}"

    def visible_chart_ids(self) -> list[str]:
        return self.page.eval_on_selector_all("#charts-table tbody tr:not([hidden]) td:first-child", "els => els.map(e => e.innerText)")


@pytest.fixture
def visit(browser):
    opened = []

    def open_(path: Path, allow: tuple[str, ...] = ()) -> Visit:
        opened.append(Visit(browser, path, allow))
        return opened[-1]

    yield open_
    for v in opened:
        v.context.close()


def test_dashboard_opens_offline_without_errors(visit, reports, results):
    v = visit(reports["index"])
    v.assert_clean()
    assert v.page.title() == "Chart audit: 4 charts"
    assert len(v.visible_chart_ids()) == 4
    assert v.page.locator("#charts-count").inner_text() == "Showing 4 of 4 charts"
    assert v.page.locator("svg.chart-svg rect.track").count() == len(dashboard_view(results, generated=GENERATED)["compliance"]["rows"])


def test_dashboard_sorts_by_clicking_a_header(visit, reports):
    v = visit(reports["index"])
    chart_header = v.page.locator("th:has(button[data-sort=chart])")
    v.page.click("button[data-sort=chart]")
    assert chart_header.get_attribute("aria-sort") == "ascending"
    assert v.visible_chart_ids() == ["c-hold", "c-review", MARKUP_ID, ENGINE_CHART]
    v.page.click("button[data-sort=chart]")
    assert chart_header.get_attribute("aria-sort") == "descending"
    assert v.visible_chart_ids() == [ENGINE_CHART, MARKUP_ID, "c-review", "c-hold"]
    v.page.click("button[data-sort=gaps]")
    gaps = [int(t) for t in v.page.eval_on_selector_all("#charts-table tbody tr td:nth-child(4)", "els => els.map(e => e.innerText)")]
    assert gaps == sorted(gaps) and gaps[0] == 0 and gaps[-1] == 5
    assert chart_header.get_attribute("aria-sort") == "none"
    v.assert_clean()


def test_dashboard_filters_by_verdict_requirement_and_physician(visit, reports, results):
    rows = dashboard_view(results, generated=GENERATED)["charts"]
    v = visit(reports["index"])
    v.page.select_option("#filter-verdict", "ready")
    assert v.visible_chart_ids() == [MARKUP_ID]
    assert v.page.locator("#charts-count").inner_text() == "Showing 1 of 4 charts"
    v.page.select_option("#filter-verdict", "")
    v.page.select_option("#filter-requirement", "dosimetric-verification")
    expected = [r["chart_id"] for r in rows if "dosimetric-verification" in r["gap_ids"].split()]
    assert v.visible_chart_ids() == expected and {"c-hold", "c-review"} <= set(expected) and MARKUP_ID not in expected
    v.page.select_option("#filter-physician", "Helen Marsh")
    assert v.visible_chart_ids() == [r["chart_id"] for r in rows if "dosimetric-verification" in r["gap_ids"].split()
                                     and r["physician"] == "Helen Marsh"]
    v.page.select_option("#filter-requirement", "")
    v.page.select_option("#filter-physician", "Victor Okafor")
    assert v.visible_chart_ids() == [MARKUP_ID]
    v.page.click("#filters-reset")
    assert len(v.visible_chart_ids()) == 4
    v.assert_clean()


def test_each_dashboard_row_links_to_its_chart_report(visit, reports):
    target = reports[f"chart:{MARKUP_ID}"].as_uri()
    v = visit(reports["index"], allow=(target,))
    v.page.get_by_role("link", name=MARKUP_ID, exact=True).click()
    v.page.wait_for_load_state("load")
    assert v.page.url == target
    assert v.page.locator("h1").inner_text() == MARKUP_ID
    assert v.dialogs == [] and v.errors == [] and v.blocked == []
    v.page.get_by_role("link", name="All charts (dashboard)").click()
    v.page.wait_for_load_state("load")
    assert v.page.url == reports["index"].as_uri() and v.blocked == []


def test_chart_report_opens_clean_and_a_row_expands_to_its_evidence(visit, reports):
    v = visit(reports["chart:c-hold"])
    v.assert_clean()
    assert v.page.locator(".verdict-text").inner_text() == "Hold: 4 gaps, 1 needs review"
    row = v.page.locator("#req-necessity-statement")
    evidence = row.locator("details.evidence .panel")
    assert not evidence.is_visible()
    row.locator("details.evidence > summary").click()
    assert evidence.is_visible()
    assert row.locator("mark").first.inner_text() == "IMRT rather than 3D conformal"
    assert "rx.txt p.1" in evidence.inner_text() and "Helen Marsh" in evidence.inner_text()
    lcd = row.locator("details.lcd .panel")
    assert not lcd.is_visible()
    row.locator("details.lcd > summary").click()
    assert "special need for performing IMRT" in lcd.inner_text()
    v.page.click("button[data-expand=open]")
    assert v.page.locator("details.evidence[open]").count() == v.page.locator("details.evidence").count() == 7


def test_markup_in_documents_and_folder_names_renders_as_text(visit, reports):
    for key in (f"chart:{ENGINE_CHART}", f"chart:{MARKUP_ID}", "chart:c-hold", "index"):
        v = visit(reports[key])
        v.page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        v.page.wait_for_timeout(100)
        v.assert_clean()
        assert v.page.locator("img").count() == 0 and v.page.locator("b").count() == 0, key
        assert v.page.locator("script").count() == 1, key
        text = v.page.locator("body").inner_text()
        if key != "index":
            assert XSS_IMG in text and XSS_SCRIPT in text, key
    engine = visit(reports[f"chart:{ENGINE_CHART}"])
    assert engine.page.locator("h1").inner_text() == ENGINE_CHART
    assert re.search(r"note <script>alert\(1\)<_script>\.txt", engine.page.locator("body").inner_text())


def test_print_layout_shows_all_evidence_and_hides_controls(visit, reports):
    v = visit(reports["chart:c-hold"])
    v.page.emulate_media(media="print")
    assert v.page.locator("#req-necessity-statement details.evidence .panel").is_visible()
    assert not v.page.locator("button[data-expand=open]").is_visible()
    d = visit(reports["index"])
    d.page.emulate_media(media="print")
    assert not d.page.locator("form.filters").is_visible()
    pdf = v.page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize("width", [1280, 1920])
def test_dashboard_chart_table_fits_its_container_at_desktop_widths(visit, reports, width):
    """Seven columns of nowrap headings made the table 12-23 px wider than the page at both widths."""
    v = visit(reports["index"])
    v.page.set_viewport_size({"width": width, "height": 900})
    table, box, page = v.page.evaluate("""() => { const t = document.querySelector('#charts-table');
        return [t.scrollWidth, t.parentElement.clientWidth, document.documentElement.scrollWidth] }""")
    assert table <= box and page <= width, (table, box, page)
