"""Reports as data: the view models, the worklist CSV, redaction, escaping and self-containment of the HTML.

The views are compared as dicts (golden style); HTML is only searched for what must or must not be in it.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from auditor.report import (
    CSP, REDACTED, chart_file_names, chart_view, dashboard_view, highlight, neutralise, redact, render_chart_html,
    render_dashboard_html, worklist_csv, worklist_rows, write_reports,
)
from auditor.report.catalog import requirement_catalog
from auditor.report.redact import Redactor
from tests.test_report_data import (
    FORMULA, GENERATED, MARKUP_ID, PATIENT_TEXTS, XSS_IMG, XSS_SCRIPT, make_results,
)


@pytest.fixture(scope="module")
def results():
    return make_results()


def chart(results, chart_id):
    return next(c for c in results["charts"] if c["chart_id"] == chart_id)


# ---------------------------------------------------------------- chart view

def test_verdict_text_for_each_kind_of_chart(results):
    texts = {c["chart_id"]: chart_view(results, c, generated=GENERATED)["verdict"] for c in results["charts"]}
    assert texts == {
        "c-hold": {"code": "hold", "label": "Hold", "text": "Hold: 4 gaps, 1 needs review", "badge": "badge badge-verdict-hold"},
        MARKUP_ID: {"code": "ready", "label": "Ready to bill", "text": "Ready to bill", "badge": "badge badge-verdict-ready"},
        "c-review": {"code": "needs_review", "label": "Needs review", "text": "Needs review: 1 requirement to check by hand",
                     "badge": "badge badge-verdict-needs_review"},
    }


def test_chart_header_counts_and_gap_list(results):
    view = chart_view(results, chart(results, "c-hold"), generated=GENERATED, index_href="../index.html")
    assert view["identity"] == [
        {"label": "Patient", "value": "Quill, Ada"}, {"label": "MRN", "value": "77880011"},
        {"label": "Date of birth", "value": "1961-04-05"}, {"label": "Chart / course", "value": "c-hold"},
    ]
    assert view["meta"] == [
        {"label": "Checklist", "value": "Medicare LCD: Intensity Modulated Radiation Therapy (IMRT), documentation requirements (imrt-lcd, version 2026.12-13)"},
        {"label": "Tool", "value": "chart-auditor 0.1.0 (results schema 1.0)"},
        {"label": "Audit run", "value": "2025-02-01T08:00:00-05:00 to 2025-02-01T08:01:00-05:00"},
        {"label": "Report generated", "value": GENERATED},
    ]
    assert [(c["label"], c["count"]) for c in view["counts"]] == [
        ("Missing", 2), ("Incomplete", 2), ("Needs review", 1), ("Met", 1), ("Not applicable", 1)]
    assert [(g["anchor"], g["status_label"], g["responsible"]) for g in view["gaps"]] == [
        ("req-necessity-statement", "Incomplete", "radiation oncologist (Helen Marsh)"),
        ("req-dvh-review", "Missing", "radiation oncologist (Helen Marsh)"),
        ("req-dosimetric-verification", "Incomplete", "radiation oncologist (Helen Marsh) and medical physicist (Lena Ortiz)"),
        ("req-image-review", "Needs review", "radiation oncologist (Helen Marsh)"),
        ("req-portal-description", "Missing", ""),
    ]
    assert view["foreign"] == [{"document": "other.txt", "reason": "names MRN 55550000, not the chart's MRN 77880011"}]
    assert view["problems"] == [{"label": "Skipped", "message": "notes.bak: skipped (unsupported)"}]
    assert view["index_href"] == "../index.html" and view["redacted"] is False


def test_requirement_rows_keep_checklist_order_and_carry_evidence(results):
    view = chart_view(results, chart(results, "c-hold"), generated=GENERATED)
    assert [r["id"] for r in view["requirements"]] == [
        "plan-goals-constraints", "necessity-statement", "dvh-review", "dosimetric-verification", "image-review",
        "portal-description", "compensator-design"]
    row = view["requirements"][1]
    assert {k: row[k] for k in ("status_label", "badge", "is_gap", "fix", "evidence_summary", "signed_by")} == {
        "status_label": "Incomplete", "badge": "badge badge-incomplete", "is_gap": True,
        "fix": "Name the organs at risk in rx.txt.", "evidence_summary": "2 passages, 1 signature",
        "signed_by": "Helen Marsh, radiation oncologist, 2025-01-15"}
    assert row["evidence"][0] == {
        "quote": {"before": "", "match": "IMRT rather than 3D conformal",
                  "after": f" is needed {XSS_SCRIPT} for Quill, Ada, MRN 778-800-11 {XSS_IMG}."},
        "document": "rx.txt", "page": 1, "where": "rx.txt p.1", "counted": True, "status_text": "Counts as evidence",
        "badge": "badge badge-met", "shows": "IMRT named in the statement", "explanation": "",
    }
    assert (row["evidence"][1]["counted"], row["evidence"][1]["status_text"]) == (False, "Does not count: negated")
    dvh = view["requirements"][2]
    assert dvh["evidence"][0]["status_text"] == "Does not count: another patient's document"
    assert view["requirements"][-1]["evidence_summary"] == "none found"


def test_signatures_of_every_state_are_shown_with_role_and_date(results):
    qa = chart_view(results, chart(results, "c-hold"), generated=GENERATED)["requirements"][3]
    assert [(s["name"], s["role"], s["date"], s["state"], s["badge"], s["valid"], s["reason"]) for s in qa["signatures"]] == [
        ("Lena Ortiz", "medical physicist", "2025-01-16", "Signed", "badge badge-sig-signed", True, ""),
        ("(no name)", "radiation oncologist", "not dated", "Blank signature line", "badge badge-sig-blank", False,
         "the signature line is blank"),
    ]


def test_lcd_passage_comes_from_the_checklist_and_falls_back_gracefully(results):
    from auditor.checklist import load_checklist

    lcd = chart_view(results, chart(results, "c-hold"), generated=GENERATED)["requirements"][0]["lcd"]
    req = load_checklist("imrt-lcd").requirement("plan-goals-constraints")
    assert lcd == {"section": req.lcd_section, "quote": req.lcd_quote, "note": ""}
    other = {**results, "checklist": {**results["checklist"], "version": "1999.1"}}
    assert "the audit used version 1999.1" in chart_view(other, other["charts"][0], generated=GENERATED)["requirements"][0]["lcd"]["note"]
    for bad in ("no-such-checklist", "../checklists/imrt-lcd.yaml", ""):
        missing = {**results, "checklist": {"id": bad, "version": "1"}}
        assert requirement_catalog(missing) == {}
        assert chart_view(missing, missing["charts"][0], generated=GENERATED)["requirements"][0]["lcd"] is None


def test_documents_with_their_problems(results):
    docs = chart_view(results, chart(results, "c-hold"), generated=GENERATED)["documents"]
    assert [(d["path"], d["status"], d["ocr_pages"], [p["label"] for p in d["problems"]]) for d in docs] == [
        ("other.txt", "Another patient's document", "", []),
        ("qa_summary.txt", "Read", "", []),
        ("qa.pdf", "Not fully read", "", ["Corrupt or truncated"]),
        ("rx.txt", "Read", "", []),
        ("scan.pdf", "Not fully read", "p.1", ["Needs OCR (image only)"]),
    ]


@pytest.mark.parametrize("quote, match, parts", [
    ("Spinal cord Dmax < 45 Gy.", "Dmax < 45 Gy", ("Spinal cord ", "Dmax < 45 Gy", ".")),
    ("DVH  reviewed\nby MD", "dvh reviewed by", ("", "DVH  reviewed\nby", " MD")),
    ("nothing here", "absent", ("nothing here", "", "")),
    ("no match given", "", ("no match given", "", "")),
])
def test_highlight_splits_the_quote_around_the_matched_words(quote, match, parts):
    assert highlight(quote, match) == dict(zip(("before", "match", "after"), parts))


# ---------------------------------------------------------------- dashboard view

def test_dashboard_totals_rows_and_sorting(results):
    view = dashboard_view(results, generated=GENERATED)
    assert [(t["label"], t["value"]) for t in view["totals"]] == [
        ("Charts", 3), ("Ready to bill", 1), ("On hold", 1), ("Need review", 1), ("Gaps to fix", 4), ("Findings to review", 2),
        ("Documents read", 8), ("Document problems", 3)]
    assert [(c["chart_id"], c["verdict_label"], c["gap_total"], c["physician"], c["href"]) for c in view["charts"]] == [
        ("c-hold", "Hold", 5, "Helen Marsh", "charts/c-hold.html"),
        ("c-review", "Needs review", 1, "Helen Marsh", "charts/c-review.html"),
        (MARKUP_ID, "Ready to bill", 0, "Victor Okafor", "charts/chart-_b_x__b_.html"),
    ]
    assert view["charts"][0]["gap_ids"] == "necessity-statement dvh-review dosimetric-verification image-review portal-description"


def test_dashboard_compliance_bars_in_checklist_order(results):
    bars = dashboard_view(results, generated=GENERATED)["compliance"]
    assert [(b["id"], b["met"], b["applicable"], b["rate_text"], b["css"], b["bar_width"]) for b in bars["rows"]] == [
        ("plan-goals-constraints", 3, 3, "100% (3 of 3)", "bar-good", 360.0),
        ("necessity-statement", 0, 1, "0% (0 of 1)", "bar-poor", 0),
        ("image-review", 0, 1, "0% (0 of 1)", "bar-poor", 0),
        ("dvh-review", 0, 1, "0% (0 of 1)", "bar-poor", 0),
        ("portal-description", 1, 2, "50% (1 of 2)", "bar-poor", 180.0),
        ("dosimetric-verification", 0, 2, "0% (0 of 2)", "bar-poor", 0),
        ("compensator-design", 1, 1, "100% (1 of 1)", "bar-good", 360.0),
    ]
    assert bars["view_box"] == f"0 0 720 {8 * 2 + 7 * 30}"


def test_dashboard_gaps_per_person_and_document_kind(results):
    view = dashboard_view(results, generated=GENERATED)
    assert [(g["label"], g["gaps"], g["charts"]) for g in view["by_responsible"]] == [
        ("Helen Marsh (radiation oncologist)", 5, "2 charts"),
        ("Lena Ortiz (medical physicist)", 1, "1 chart"),
        ("Unassigned (no signer required)", 1, "1 chart"),
    ]
    assert [(g["label"], g["gaps"]) for g in view["by_document_kind"]] == [
        ("IMRT QA report", 2), ("Medical necessity statement", 1), ("Physician DVH review", 1),
        ("Physician image and isodose review", 1), ("Plan report / field table", 1)]
    assert view["filters"]["verdicts"] == [
        {"value": "hold", "label": "Hold (1)"}, {"value": "needs_review", "label": "Needs review (1)"},
        {"value": "ready", "label": "Ready to bill (1)"}]
    assert view["filters"]["physicians"] == [{"value": "Helen Marsh", "label": "Helen Marsh"},
                                             {"value": "Victor Okafor", "label": "Victor Okafor"}]


def test_safe_file_names_are_unique_and_keep_only_safe_characters():
    ids = [MARKUP_ID, "c 1", "c_1", "C_1", "../etc/passwd", "", "...", "CON", "Frühling", "x" * 300]
    names = chart_file_names([{"chart_id": i} for i in ids])
    assert names == ["chart-_b_x__b_.html", "c_1.html", "c_1-2.html", "C_1-3.html", "_etc_passwd.html", "chart.html",
                     "chart-2.html", "_CON.html", "Fr_hling.html", "x" * 100 + ".html"]
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", n) and not n.startswith(".") for n in names)


# ---------------------------------------------------------------- worklist

def test_worklist_has_one_row_per_gap(results):
    rows = worklist_rows(results)
    assert [(r["chart"], r["requirement"], r["status"], r["responsible"], r["document"], r["page"]) for r in rows] == [
        ("c-hold", "necessity-statement", "Incomplete", "radiation oncologist (Helen Marsh)", "rx.txt", "1"),
        ("c-hold", "dvh-review", "Missing", "radiation oncologist (Helen Marsh)", "other.txt", "1"),
        ("c-hold", "dosimetric-verification", "Incomplete", "radiation oncologist (Helen Marsh) and medical physicist (Lena Ortiz)", "qa_summary.txt", "1"),
        ("c-hold", "image-review", "Needs review", "radiation oncologist (Helen Marsh)", "scan.pdf", "1"),
        ("c-hold", "portal-description", "Missing", "", "", ""),
        ("c-review", "dosimetric-verification", "Needs review", "radiation oncologist (Helen Marsh)", "qa.pdf", ""),
    ]


@pytest.mark.parametrize("code", ["internal-error", "worker-crash", "chart-timeout"])
def test_a_chart_the_tool_could_not_audit_is_on_the_worklist_as_needing_review(results, code):
    from auditor.batch import failed_chart

    failed = failed_chart("c-failed", code, "auditing this chart failed (why); the chart was not audited")
    rows = worklist_rows({**results, "charts": [failed]})
    assert [(r["chart"], r["requirement"], r["status"], r["reason"]) for r in rows] == [
        ("c-failed", "(whole chart)", "Needs review", "auditing this chart failed (why); the chart was not audited")]


def test_a_folder_of_a_chart_that_could_not_be_read_is_on_the_worklist(results):
    held = copy.deepcopy(chart(results, "c-review"))
    held["problems"] = [{"code": "unreadable", "message": "scans/: could not be read (folder could not be read: Permission denied)"}]
    rows = [r for r in worklist_rows({**results, "charts": [held]}) if r["requirement"] == "(whole chart)"]
    assert [(r["status"], r["document"]) for r in rows] == [("Needs review", "scans/")]


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""), (None, ""), (3, "3"),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_worklist_csv_cannot_inject_formulas(results, tmp_path):
    paths = write_reports(results, tmp_path, generated=GENERATED)
    text = paths["worklist"].read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["chart", "requirement", "status", "reason", "fix", "responsible", "document", "page"]
    assert len(table) == 1 + len(worklist_rows(results))
    dvh = next(r for r in table if r[1] == "dvh-review")
    assert dvh[3].endswith(FORMULA)  # inside the cell: harmless
    assert dvh[4] == "'+Have the radiation oncologist review and sign the DVH."
    cells = [c for row in table for c in row]
    assert "'@Obtain the radiation oncologist's signature on qa_summary.txt." in cells and "'-Add the field table." in cells
    assert not any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in cells)
    formula = {**results, "charts": [copy.deepcopy(results["charts"][0])]}
    formula["charts"][0]["findings"][1]["reason"] = FORMULA
    assert f"'{FORMULA}" in [c for row in csv.reader(io.StringIO(worklist_csv(formula))) for c in row]


# ---------------------------------------------------------------- redaction

def _leaks(text: str) -> list[str]:
    return [t for t in PATIENT_TEXTS if re.search(rf"(?<![A-Za-z0-9]){re.escape(t)}(?![A-Za-z0-9])", text, re.I)]


def test_redaction_removes_every_identifier_and_keeps_staff(results, tmp_path):
    assert set(_leaks(json.dumps(results))) == set(PATIENT_TEXTS)  # the fixture does name the patient every way
    before = json.dumps(results, sort_keys=True)
    red = redact(results)
    assert json.dumps(results, sort_keys=True) == before  # a copy: the input is untouched
    dump = json.dumps(red, ensure_ascii=False)
    assert _leaks(dump) == []
    hold = red["charts"][0]
    assert hold["identity"]["name"] == REDACTED and hold["identity"]["mrn"] == REDACTED and hold["identity"]["dob"] == REDACTED
    assert hold["findings"][0]["evidence"][0]["quote"] == \
        "PTV70: 70 Gy in 35 fractions; spinal cord Dmax < 45 Gy for [REDACTED] (DOB [REDACTED], [REDACTED])."
    sig = hold["findings"][0]["signatures"][0]
    assert (sig["name"], sig["quote"]) == ("Helen Marsh", "Electronically signed by Helen Marsh, MD on 01/15/2025 14:32")
    assert "Helen Marsh" in hold["findings"][0]["reason"] and "2025-01-15" in hold["findings"][0]["reason"]
    assert red["charts"][1]["identity"]["name"] == REDACTED and "Brandt" not in json.dumps(red["charts"][1])
    paths = write_reports(results, tmp_path, redact_ids=True, generated=GENERATED)
    for path in paths.values():
        text = path.read_text(encoding="utf-8-sig")
        assert _leaks(text) == [], path
        assert "Brandt" not in text and "99022731" not in text
    assert "Helen Marsh" in paths["chart:c-hold"].read_text()
    assert "are redacted" in paths["index"].read_text()


def test_redaction_masks_a_staff_name_that_is_the_patients_name():
    identity = {"name": "Roe, Jane", "mrn": "1234567", "dob": "1950-02-03", "identifiers": ["Roe, Jane", "1234567", "02/03/1950"]}
    r = Redactor(identity, ["Jane Roe", "Helen Roe-Smith", "Li Wei"])
    assert r.text("Signed by Jane Roe; cc Li Wei; Roe-Smith ok; JANE at 2/3/1950 and 02/03/50; MRN 123 4567.") == \
        "Signed by [REDACTED] [REDACTED]; cc Li Wei; [REDACTED]-Smith ok; [REDACTED] at [REDACTED] and [REDACTED]; MRN [REDACTED]."


# ---------------------------------------------------------------- HTML: escaping and self-containment

class _Refs(HTMLParser):
    """Collects every attribute value and the text of <style> and <script>."""

    def __init__(self):
        super().__init__()
        self.attrs, self.code, self.scripts, self._in = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        if tag in ("style", "script"):
            self._in = tag
            self.scripts += tag == "script"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.code.append(data)


@pytest.fixture(scope="module")
def pages(results):
    return {"dashboard": render_dashboard_html(results, GENERATED),
            **{c["chart_id"]: render_chart_html(results, c, GENERATED, index_href="../index.html") for c in results["charts"]}}


def test_markup_in_text_and_chart_ids_is_escaped(pages):
    for name in ("c-hold", MARKUP_ID):
        html = pages[name]
        assert XSS_SCRIPT not in html and XSS_IMG not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<h1>chart-&lt;b&gt;x&lt;/b&gt;</h1>" in pages[MARKUP_ID]
    assert ">chart-&lt;b&gt;x&lt;/b&gt;</a>" in pages["dashboard"] and "<b>x</b>" not in pages["dashboard"]
    assert "<mark>IMRT rather than 3D conformal</mark> is needed &lt;script&gt;" in pages["c-hold"]


def test_pages_are_self_contained_with_a_restrictive_csp(pages):
    for name, html in pages.items():
        assert "http://" not in html and "https://" not in html, name
        assert CSP.startswith("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:")
        refs = _Refs()
        refs.feed(html)
        assert refs.attrs[:4] == [("html", "lang", "en"), ("meta", "charset", "utf-8"),
                                  ("meta", "http-equiv", "Content-Security-Policy"), ("meta", "content", CSP)]  # before any style or script
        assert refs.scripts == 1  # ours, inline
        for tag, attr, value in refs.attrs:
            assert not re.match(r"on", attr), (name, tag, attr)
            if attr in ("href", "src", "action", "xlink:href", "srcset"):
                assert value.startswith(("#", "data:", "charts/", "../index.html")), (name, tag, attr, value)
            assert "//" not in value or attr == "content", (name, tag, attr, value)
        code = "".join(refs.code)
        assert "//" not in code and "url(" not in code and "@import" not in code and "fetch(" not in code


def test_write_reports_links_match_the_files_written(results, tmp_path):
    paths = write_reports(results, tmp_path, generated=GENERATED)
    assert set(paths) == {"index", "worklist", "chart:c-hold", f"chart:{MARKUP_ID}", "chart:c-review"}
    hrefs = re.findall(r'<a href="(charts/[^"]+)"', paths["index"].read_text())
    assert sorted(hrefs) == sorted(f"charts/{p.name}" for k, p in paths.items() if k.startswith("chart:"))
    assert all((tmp_path / h).is_file() for h in hrefs)
    assert 'href="../index.html"' in paths["chart:c-hold"].read_text()
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]  # no temporary files left behind
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == [
        "charts/c-hold.html", "charts/c-review.html", "charts/chart-_b_x__b_.html", "index.html"]


def test_reports_are_deterministic_for_a_fixed_time(results, tmp_path):
    a = write_reports(results, tmp_path / "a", generated=GENERATED)
    b = write_reports(results, tmp_path / "b", generated=GENERATED)
    assert all(Path(a[k]).read_bytes() == Path(b[k]).read_bytes() for k in a)
