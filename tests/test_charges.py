"""Charge rules, both directions, as tables: (charge lines, chart text) -> the rule's status.

Expected statuses come from the sources cited by each rule in checklists/imrt-coding.yaml (the LCD in
shared/seeds/002_*.txt above all), not from the tool's output. Helpers here are shared by the other
tests/test_charges_*.py files.
"""

from __future__ import annotations

import datetime as dt

import pytest

from auditor.charges import ChargeRow, charges_dict, check_charges, load_coding_rules, load_fees
from auditor.models import ChartResult, Finding, Status
from tests.chartmaker import document

RULES = load_coding_rules()
FEES = load_fees()
IMRT_IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
            "portal-description", "dosimetric-verification", "compensator-design"]


# ------------------------------------------------------------------ builders
def line(date: str, code: str, mods: str = "", units: int = 1, icd: str = "C61") -> tuple:
    return (date, code, mods, units, icd)


def rows_from(lines) -> list[ChargeRow]:
    """Rows numbered as in a spreadsheet (header = row 1)."""
    out = []
    for n, (date, code, mods, units, icd) in enumerate(lines, start=2):
        out.append(ChargeRow(n, date, code, tuple(m for m in mods.split(";") if m), units,
                             tuple(c for c in icd.split(";") if c), "Jane Roe, MD"))
    return out


def weekdays(start: str, n: int) -> list[str]:
    day, out = dt.date.fromisoformat(start), []
    while len(out) < n:
        if day.weekday() < 5:
            out.append(day.isoformat())
        day += dt.timedelta(days=1)
    return out


def deliveries(start: str, n: int, code: str = "77386") -> list[tuple]:
    return [line(d, code) for d in weekdays(start, n)]


def chart(text: str = "", statuses: dict[str, str] | None = None, chart_id: str = "test-chart") -> ChartResult:
    """A chart whose IMRT findings are all met (or as given) and whose one document holds `text`."""
    statuses = {rid: "met" for rid in IMRT_IDS} | {"compensator-design": "not_applicable"} | (statuses or {})
    findings = tuple(Finding(rid, rid.replace("-", " "), Status(s), f"{rid} is {s}") for rid, s in statuses.items())
    return ChartResult(chart_id, (document("notes.txt", text or "Treatment summary."),), findings)


def run(lines, text: str = "", statuses=None, chart_result: ChartResult | None = None):
    rows = rows_from(lines)
    return rows, check_charges(rows, chart_result or chart(text, statuses), RULES, FEES)


def assert_charge(findings, rule: str, status: str, *, codes=None, dates=None, reason=None):
    """The one assertion the tables share.

    status "ok": the rule looked at charges and reported nothing (only ok findings); "none": the rule did
    not apply at all (no charge in its codes/dates). Otherwise exactly the hold/advisory finding(s) of the
    rule, with the codes, dates and reason words given."""
    mine = [f for f in findings if f.rule == rule]
    got = [(f.status, f.codes, f.dates, f.reason) for f in mine]
    if status == "none":
        assert not mine, f"{rule}: expected no finding, got {got}"
        return None
    if status == "ok":
        assert mine and all(f.status == "ok" for f in mine), f"{rule}: expected ok, got {got}"
        return mine[0]
    hits = [f for f in mine if f.status == status]
    assert hits, f"{rule}: expected {status}, got {got}"
    f = hits[0]
    if codes is not None:
        assert list(f.codes) == sorted(codes), f"{rule}: codes {f.codes} != {codes}"
    if dates is not None:
        assert list(f.dates) == sorted(dates), f"{rule}: dates {f.dates} != {dates}"
    if reason is not None:
        assert reason.lower() in f.reason.lower(), f"{rule}: {reason!r} not in reason {f.reason!r}"
    return f


PLAN = line("2025-03-12", "77301")
REPLAN_DOC = ("Significant weight loss of 7 kg with tumor shrinkage; the mask no longer fits. "
              "Repeat planning CT performed on 04/18/2025 and a new plan was generated.")
SIM_NOTE = ("CT SIMULATION NOTE. The patient was positioned supine, immobilized with a thermoplastic mask. "
            "A reference isocenter was marked with radiopaque markers. I personally supervised the simulation "
            "and verified the target volume.")

# (case id, charge lines, chart text, rule, expected status, expected codes, expected dates, reason words)
CASES = [
    # --- 77301 once per course (LCD 77301 section)
    ("77301-once", [PLAN], "", "imrt-plan-once-per-course", "ok", None, None, None),
    ("77301-twice-bare", [PLAN, line("2025-04-20", "77301")], "", "imrt-plan-once-per-course", "hold",
     ["77301"], ["2025-04-20"], "modifier 76 or 77"),
    ("77301-two-units-one-row", [line("2025-03-12", "77301", units=2)], "", "imrt-plan-once-per-course", "hold",
     ["77301"], ["2025-03-12"], "1 per course"),
    ("77301-76-undocumented", [PLAN, line("2025-04-20", "77301", "76")], "", "imrt-plan-once-per-course", "hold",
     ["77301"], ["2025-04-20"], "change in the patient's anatomy"),
    ("77301-76-documented", [PLAN, line("2025-04-20", "77301", "76")], REPLAN_DOC, "imrt-plan-once-per-course", "ok",
     None, None, None),
    ("77301-77-documented", [PLAN, line("2025-04-20", "77301", "77")], REPLAN_DOC, "imrt-plan-once-per-course", "ok",
     None, None, None),
    ("77301-documented-no-modifier", [PLAN, line("2025-04-20", "77301")], REPLAN_DOC, "imrt-plan-once-per-course",
     "hold", ["77301"], ["2025-04-20"], "modifier 76 or 77"),
    ("77301-third-unit", [PLAN, line("2025-04-20", "77301", "76"), line("2025-05-05", "77301", "76")], REPLAN_DOC,
     "imrt-plan-once-per-course", "hold", ["77301"], ["2025-05-05"], "more than 2"),
    ("77301-negated-anatomy-change", [PLAN, line("2025-04-20", "77301", "76")],
     "No anatomy change or weight loss noted. Repeat planning CT performed per protocol.",
     "imrt-plan-once-per-course", "hold", ["77301"], None, "negated"),
    ("77301-repeat-ct-pending", [PLAN, line("2025-04-20", "77301", "76")],
     "Weight loss of 6 kg. Repeat planning CT pending.", "imrt-plan-once-per-course", "hold", ["77301"], None,
     "repeat-planning-ct"),
    # --- 77295 not in the same course as 77301 (LCD 77301 section)
    ("77295-same-course", [PLAN, line("2025-04-20", "77295")], "", "plan-3d-not-with-imrt-plan", "hold",
     ["77295"], ["2025-04-20"], "same course as 77301"),
    ("77295-anatomy-change", [PLAN, line("2025-04-20", "77295")], REPLAN_DOC, "plan-3d-not-with-imrt-plan", "ok",
     None, None, None),
    ("77295-other-course", [line("2025-01-10", "77301"), line("2025-06-02", "77295")], "",
     "plan-3d-not-with-imrt-plan", "ok", None, None, None),
    # --- isodose plans with 77301 only for a separate modality (LCD 77306/77307/77321, 77316-77318)
    ("77307-no-boost", [PLAN, line("2025-04-10", "77307")], "", "teletherapy-isodose-with-imrt-plan", "hold",
     ["77307"], ["2025-04-10"], "separate external-beam"),
    ("77321-boost", [PLAN, line("2025-04-10", "77321")], "Sequential electron boost to the surgical bed, 10 Gy.",
     "teletherapy-isodose-with-imrt-plan", "ok", None, None, None),
    ("77306-no-imrt-plan", [line("2025-04-10", "77306")], "", "teletherapy-isodose-with-imrt-plan", "ok",
     None, None, None),
    ("77318-no-brachy", [PLAN, line("2025-04-25", "77318")], "", "brachy-isodose-with-imrt-plan", "hold",
     ["77318"], ["2025-04-25"], "brachytherapy"),
    ("77318-brachy-negated", [PLAN, line("2025-04-25", "77318")], "No brachytherapy is planned.",
     "brachy-isodose-with-imrt-plan", "hold", ["77318"], None, "negated"),
    ("77316-hdr-boost", [PLAN, line("2025-04-25", "77316")], "HDR brachytherapy boost with a vaginal cylinder.",
     "brachy-isodose-with-imrt-plan", "ok", None, None, None),
    # --- included in the IMRT plan: 14 days before 77301 through its date (CPM ch.4 §200.3.1 via issue 6)
    ("bundle-sim-8-days", [line("2025-03-04", "77290"), PLAN], SIM_NOTE, "included-in-imrt-plan-14-days", "hold",
     ["77290"], ["2025-03-04"], "14 days before"),
    ("bundle-exactly-14-days", [line("2025-02-26", "77280"), PLAN], "", "included-in-imrt-plan-14-days", "hold",
     ["77280"], ["2025-02-26"], None),
    ("bundle-15-days", [line("2025-02-25", "77280"), PLAN], "", "included-in-imrt-plan-14-days", "ok",
     None, None, None),
    ("bundle-same-day-77014", [line("2025-03-12", "77014"), PLAN], "", "included-in-imrt-plan-14-days", "hold",
     ["77014"], ["2025-03-12"], None),
    ("bundle-after-plan", [PLAN, line("2025-03-27", "77370")], "", "included-in-imrt-plan-14-days", "ok",
     None, None, None),
    # --- 77331, 77370, 77470 (LCD sections of the same numbers)
    ("77331-plan-verification", [PLAN, line("2025-03-20", "77331")], "", "special-dosimetry-with-imrt-plan", "hold",
     ["77331"], ["2025-03-20"], None),
    ("77331-in-vivo", [PLAN, line("2025-03-20", "77331")], "In vivo dosimetry with OSLD on the first fraction.",
     "special-dosimetry-with-imrt-plan", "ok", None, None, None),
    ("77370-undocumented", [PLAN, line("2025-04-01", "77370")], "", "special-physics-consult-documented", "hold",
     ["77370"], ["2025-04-01"], None),
    ("77370-documented", [PLAN, line("2025-04-01", "77370")],
     "A special physics consultation was requested in week 3 to assess the pacemaker dose.",
     "special-physics-consult-documented", "ok", None, None, None),
    ("77470-variant-of-imrt", [PLAN, line("2025-04-01", "77470")], "", "special-treatment-procedure-separate", "hold",
     ["77470"], None, None),
    ("77470-separate-iort", [PLAN, line("2025-04-01", "77470")], "Intraoperative electron cone irradiation delivered.",
     "special-treatment-procedure-separate", "ok", None, None, None),
    # --- devices 77332-77334 (LCD treatment devices section)
    ("device-no-modifier", [PLAN, line("2025-03-13", "77334")], "", "devices-separate-with-59-xu", "hold",
     ["77334"], ["2025-03-13"], "modifier 59 or XU"),
    ("device-59-undocumented", [PLAN, line("2025-03-13", "77334", "59")], "", "devices-separate-with-59-xu", "hold",
     ["77334"], None, "[not found]"),
    ("device-xu-documented", [PLAN, line("2025-03-13", "77334", "XU")],
     "A separate and distinct custom bolus was constructed; it is medically necessary because the scar is superficial.",
     "devices-separate-with-59-xu", "ok", None, None, None),
    ("device-26-six-gantry-stops", [PLAN, line("2025-03-13", "77334", "26", units=6)], "",
     "devices-separate-with-59-xu", "ok", None, None, None),
    ("device-26-seven", [PLAN, line("2025-03-13", "77334", "26", units=6), line("2025-03-14", "77333", "26")], "",
     "devices-separate-with-59-xu", "hold", ["77333"], ["2025-03-14"], "at most 6 units"),
    ("device-3d-course", [line("2025-03-13", "77334")], "", "devices-separate-with-59-xu", "none", None, None, None),
    # --- documentation for 77300, 77290, 77263 (LCD sections)
    ("77300-no-check", [PLAN, line("2025-03-12", "77300")], "", "basic-dosimetry-independent-check", "hold",
     ["77300"], ["2025-03-12"], "independent-check"),
    ("77300-check-each-field", [PLAN, line("2025-03-12", "77300")],
     "Independent MU check (RadCalc) performed for each field; all within 3%.",
     "basic-dosimetry-independent-check", "ok", None, None, None),
    ("77300-check-not-each-field", [line("2025-03-12", "77300")], "Independent calculation agrees within 2%.",
     "basic-dosimetry-independent-check", "hold", None, None, "each-field"),
    ("77290-sim-documented", [line("2025-03-04", "77290")], SIM_NOTE, "simulation-documented", "ok",
     None, None, None),
    ("77290-no-immobilization", [line("2025-03-04", "77290")],
     "The patient was positioned supine. Isocenter marked. I personally supervised the simulation.",
     "simulation-documented", "hold", ["77290"], None, "immobilization"),
    ("77263-undocumented", [line("2025-03-03", "77263")], "", "clinical-treatment-planning-documented", "hold",
     ["77263"], ["2025-03-03"], None),
    ("77263-itemised", [line("2025-03-03", "77263")],
     "Clinical treatment planning: tumor localization on MRI, treatment volume determination, choice of treatment modality.",
     "clinical-treatment-planning-documented", "ok", None, None, None),
    # --- other delivery on the same date as IMRT delivery (LCD G6015/G6016 section)
    ("2025-77401-same-day", [PLAN, line("2025-03-17", "77386"), line("2025-03-17", "77401")], "",
     "other-delivery-same-day-2025", "hold", ["77401"], ["2025-03-17"], "77386"),
    ("2025-g6011-with-g6015", [PLAN, line("2025-03-17", "G6015"), line("2025-03-17", "G6011")], "",
     "other-delivery-same-day-2025", "hold", ["G6011"], None, None),
    ("2025-77401-other-day", [PLAN, line("2025-03-17", "77386"), line("2025-03-18", "77401")], "",
     "other-delivery-same-day-2025", "ok", None, None, None),
    ("2026-77401-same-day", [line("2026-01-20", "77301"), line("2026-02-02", "77407"), line("2026-02-02", "77401")], "",
     "other-delivery-same-day-2026", "hold", ["77401"], ["2026-02-02"], "77407"),
    ("2026-77401-other-day", [line("2026-01-20", "77301"), line("2026-02-02", "77407"), line("2026-02-03", "77401")], "",
     "other-delivery-same-day-2026", "ok", None, None, None),
    ("2026-no-imrt-course", [line("2026-02-02", "77407"), line("2026-02-02", "77401")], "",
     "other-delivery-same-day-2026", "none", None, None, None),
    # --- image guidance needs a delivery code that day (LCD IGRT section; 2026: 77387)
    ("2025-igrt-with-delivery", [line("2025-03-17", "77386"), line("2025-03-17", "G6002")], "",
     "guidance-needs-delivery-2025", "ok", None, None, None),
    ("2025-igrt-alone", [line("2025-03-17", "77386"), line("2025-03-18", "G6002")], "",
     "guidance-needs-delivery-2025", "hold", ["G6002"], ["2025-03-18"], "without a treatment delivery"),
    ("2026-77387-with-delivery", [line("2026-02-02", "77407"), line("2026-02-02", "77387", "26")], "",
     "guidance-needs-delivery-2026", "ok", None, None, None),
    ("2026-77387-alone", [line("2026-02-02", "77407"), line("2026-02-03", "77387", "26")], "",
     "guidance-needs-delivery-2026", "hold", ["77387"], ["2026-02-03"], None),
    # --- 2026: 77387 professional only; deleted codes
    ("2026-77387-no-26", [line("2026-02-02", "77407"), line("2026-02-02", "77387")], "",
     "image-guidance-professional-only-2026", "hold", ["77387"], None, "modifier 26"),
    ("2026-77387-26", [line("2026-02-02", "77407"), line("2026-02-02", "77387", "26")], "",
     "image-guidance-professional-only-2026", "ok", None, None, None),
    ("2025-77387-no-26", [line("2025-03-17", "77412"), line("2025-03-17", "77387")], "",
     "image-guidance-professional-only-2026", "none", None, None, None),
    # --- 77336 per week of therapy; 77427 per five fractions (LCD sections)
    ("77336-weekly", deliveries("2025-03-17", 10) + [line("2025-03-21", "77336"), line("2025-03-28", "77336")], "",
     "physics-weekly", "ok", None, None, None),
    ("77336-twice-a-week", deliveries("2025-03-17", 10) + [line("2025-03-18", "77336"), line("2025-03-21", "77336")], "",
     "physics-weekly", "hold", ["77336"], ["2025-03-21"], "same calendar week"),
    ("77336-planning-week", [PLAN, line("2025-03-12", "77336")] + deliveries("2025-03-17", 5), "",
     "physics-weekly", "hold", ["77336"], ["2025-03-12"], "no treatment delivery"),
    ("77427-10-fractions-2", deliveries("2025-03-17", 10) + [line("2025-03-21", "77427"), line("2025-03-28", "77427")],
     "", "management-per-five-fractions", "ok", None, None, None),
    ("77427-10-fractions-3", deliveries("2025-03-17", 10) + [line(d, "77427") for d in ("2025-03-21", "2025-03-28", "2025-03-31")],
     "", "management-per-five-fractions", "hold", ["77427"], ["2025-03-31"], "2 allowed"),
    ("77427-8-fractions-2", deliveries("2025-03-17", 8) + [line("2025-03-21", "77427"), line("2025-03-26", "77427")],
     "", "management-per-five-fractions", "ok", None, None, None),
    ("77427-7-fractions-2", deliveries("2025-03-17", 7) + [line("2025-03-21", "77427"), line("2025-03-25", "77427")],
     "", "management-per-five-fractions", "hold", ["77427"], ["2025-03-25"], "1 allowed"),
    ("77427-across-2026", [line(d, "77386") for d in weekdays("2025-12-29", 3)] + deliveries("2026-01-01", 2, "77407")
     + [line("2026-01-02", "77427")], "", "management-per-five-fractions", "ok", None, None, None),
]


@pytest.mark.parametrize("lines, text, rule, status, codes, dates, reason",
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_table(lines, text, rule, status, codes, dates, reason):
    _, findings = run(lines, text)
    assert_charge(findings, rule, status, codes=codes, dates=dates, reason=reason)


# ------------------------------------------------------------------ the 2025/2026 boundary
BOUNDARY = [
    # (case, lines, rule, status, reason words) -- codes deleted from 2026 (issue 6; ASTRO 2026; seed 003)
    ("77386-2025-12-30-valid", [line("2025-12-30", "77386")], "codes-deleted-2026", "none", None),
    ("77386-2026-01-05-deleted", [line("2026-01-05", "77386")], "codes-deleted-2026", "hold", "77402, 77407 or 77412"),
    ("77385-2026-01-02-deleted", [line("2026-01-02", "77385")], "codes-deleted-2026", "hold", "2026-01-01"),
    ("g6015-2025-12-31-valid", [line("2025-12-31", "G6015")], "codes-deleted-2026", "none", None),
    ("g6015-2026-01-02-deleted", [line("2026-01-02", "G6015")], "codes-deleted-2026", "hold", None),
    ("g6002-2026-deleted", [line("2026-01-05", "77412"), line("2026-01-05", "G6002")], "codes-deleted-2026", "hold",
     "77387"),
    ("77412-2026-valid", [line("2026-01-05", "77412")], "codes-deleted-2026", "none", None),
    # 2025 same-day rule stops at 2025-12-31; the 2026 rule takes over with 77402/77407/77412
    ("2025-rule-on-12-31", [line("2025-12-01", "77301"), line("2025-12-31", "77386"), line("2025-12-31", "77401")],
     "other-delivery-same-day-2025", "hold", None),
    ("2025-rule-not-in-2026", [line("2025-12-01", "77301"), line("2026-01-06", "77386"), line("2026-01-06", "77401")],
     "other-delivery-same-day-2025", "none", None),
    ("2026-rule-course-from-2025", [line("2025-12-15", "77301"), line("2026-01-06", "77412"), line("2026-01-06", "77401")],
     "other-delivery-same-day-2026", "hold", None),
    # image guidance: G6002 needs delivery in 2025; in 2026 77387 needs 77402/77407/77412 (not 77386)
    ("2025-g6002-with-77386", [line("2025-12-30", "77386"), line("2025-12-30", "G6002")], "guidance-needs-delivery-2025",
     "ok", None),
    ("2026-77387-with-deleted-77386", [line("2026-01-05", "77386"), line("2026-01-05", "77387", "26")],
     "guidance-needs-delivery-2026", "hold", None),
]


@pytest.mark.parametrize("lines, rule, status, reason", [c[1:] for c in BOUNDARY], ids=[c[0] for c in BOUNDARY])
def test_2025_2026_boundary(lines, rule, status, reason):
    _, findings = run(lines)
    assert_charge(findings, rule, status, reason=reason)


# ------------------------------------------------------------------ 77301 while IMRT documentation is not met
HOLDS = [
    # (case, IMRT finding statuses, expected, words the reason must hold)
    ("all-met", {}, "ok", None),
    ("compensator-not-applicable", {"compensator-design": "not_applicable"}, "ok", None),
    ("dvh-missing", {"dvh-review": "missing"}, "hold", "dvh-review (missing)"),
    ("two-gaps", {"image-review": "incomplete", "dosimetric-verification": "needs_review"}, "hold",
     "image-review (incomplete); dosimetric-verification (needs_review)"),
]


@pytest.mark.parametrize("statuses, status, reason", [c[1:] for c in HOLDS], ids=[c[0] for c in HOLDS])
def test_imrt_plan_hold_names_the_requirements(statuses, status, reason):
    _, findings = run([PLAN], statuses=statuses)
    f = assert_charge(findings, "imrt-plan-documentation-complete", status, reason=reason)
    if status == "hold":
        assert f.amount_at_risk == 1797.82  # seed 000's 77301 figure
        assert {e["requirement"] for e in f.evidence} == set(statuses)


def test_imrt_plan_hold_without_an_audited_chart():
    rows = rows_from([PLAN])
    findings = check_charges(rows, None, RULES, FEES)
    assert_charge(findings, "imrt-plan-documentation-complete", "hold", reason="not been evaluated")


def test_imrt_plan_hold_from_the_evidence_engine(auditor):
    """A real audit: a chart with no DVH review leaves dvh-review missing, so 77301 is held naming it."""
    from tests.chartmaker import audit

    result = audit(auditor, {"plan.txt": "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions.\n"})
    assert any(f.requirement == "dvh-review" and f.status is Status.MISSING for f in result.findings)
    findings = check_charges(rows_from([PLAN]), result, RULES, FEES)
    assert_charge(findings, "imrt-plan-documentation-complete", "hold", reason="dvh-review (missing)")


# ------------------------------------------------------------------ revenue at risk
REVENUE = [
    # (case, lines, statuses, amount at risk, unpriced codes, lines on hold)
    ("nothing-held", [PLAN], {}, 0.0, [], 0),
    ("77301-held", [PLAN], {"dvh-review": "missing"}, 1797.82, [], 1),
    # 77295 held by two rules (same course as 77301, and within 14 days of it): counted once; seed-000 estimate
    ("77301-and-77295", [line("2025-03-10", "77295"), PLAN], {"dvh-review": "missing"}, 2895.64, [], 2),
    ("unpriced-77300", [PLAN, line("2025-03-12", "77300")], {"dvh-review": "missing"}, 1797.82, ["77300"], 2),
    ("professional-component-unpriced", [line("2025-03-12", "77301", "26")], {"dvh-review": "missing"}, 0.0,
     ["77301"], 1),
]


@pytest.mark.parametrize("lines, statuses, amount, unpriced, held", [c[1:] for c in REVENUE], ids=[c[0] for c in REVENUE])
def test_revenue_at_risk(lines, statuses, amount, unpriced, held):
    rows, findings = run(lines, statuses=statuses)
    summary = charges_dict(rows, findings, FEES)["charge_summary"]
    assert summary["amount_at_risk"] == amount
    assert summary["unpriced_codes"] == unpriced
    assert summary["lines_on_hold"] == held
    assert summary["verdict"] == ("hold" if held else "ready")


def test_estimated_fee_is_labelled():
    rows, findings = run([PLAN, line("2025-04-20", "77295")])
    f = assert_charge(findings, "plan-3d-not-with-imrt-plan", "hold", codes=["77295"])
    assert f.to_dict()["amount_is_estimate"] is True and f.amount_at_risk == 1097.82
    assert charges_dict(rows, findings, FEES)["charge_summary"]["amount_is_estimate"] is True
