"""The coding rules and fees are data: they load, cite their sources, are validated strictly, and a new
rule of an existing kind needs no code."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from auditor.charges import check_charges, load_coding_rules, load_fees
from auditor.charges.spec import KINDS
from auditor.checklist import ChecklistError
from auditor.resources import checklists_dir
from tests.test_charges import FEES, RULES, assert_charge, chart, line, rows_from

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ISSUE_RULES = {  # issue 6's list -> the bundled rule(s) that carry it
    "77301 once per course": "imrt-plan-once-per-course",
    "77295 not with 77301": "plan-3d-not-with-imrt-plan",
    "isodose plans with 77301": "teletherapy-isodose-with-imrt-plan",
    "brachytherapy plans with 77301": "brachy-isodose-with-imrt-plan",
    "included in the IMRT plan": "included-in-imrt-plan-14-days",
    "devices with -59/XU": "devices-separate-with-59-xu",
    "77300 independent check": "basic-dosimetry-independent-check",
    "77290 simulation documentation": "simulation-documented",
    "77263 documented work": "clinical-treatment-planning-documented",
    "other delivery same day": "other-delivery-same-day-2025",
    "image guidance needs delivery": "guidance-needs-delivery-2025",
    "77336 per week": "physics-weekly",
    "77427 per five fractions": "management-per-five-fractions",
    "77301 hold on documentation": "imrt-plan-documentation-complete",
    "ICD-10": "diagnosis-codes",
}


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_bundled_rules_cover_the_issue_and_every_kind():
    ids = {r.id for r in RULES.rules}
    assert set(ISSUE_RULES.values()) <= ids
    assert {r.kind for r in RULES.rules} == set(KINDS)
    assert RULES.version


def test_every_rule_cites_a_source_and_seed_quotes_are_the_seeds_own_words():
    for rule in RULES.rules:
        assert rule.source.quote and rule.source.location and rule.fix, rule.id
        for src in filter(None, (rule.source, rule.secondary_source)):
            if src.location.startswith("shared/seeds/") and (SEEDS / Path(src.location).name).exists():
                text = _flat((SEEDS / Path(src.location).name).read_text(encoding="utf-8"))
                assert _flat(src.quote)[:80] in text, f"{rule.id}: quote not in {src.location}: {src.quote[:80]!r}"


def test_code_sets_per_period():
    sets = RULES.code_sets
    assert sets["imrt-delivery-2025"] == {"77385", "77386", "G6015", "G6016"}
    assert sets["imrt-delivery-2026"] == {"77402", "77407", "77412"}
    assert sets["deleted-2026"] >= {"77385", "77386", "G6001", "G6002", "G6015", "G6016", "G6017"}
    assert "77387" in sets["guidance-2026"] and not sets["deleted-2026"] & sets["delivery-2026"]


def test_fees_cite_seed_000_for_77301():
    fee = FEES.fees["77301"]
    assert fee.global_ == 1797.82 and not fee.estimate and "seed 000" in fee.source
    if (SEEDS / "000_03e921f6a830e4d0.txt").exists():
        assert "$1797.82" in (SEEDS / "000_03e921f6a830e4d0.txt").read_text(encoding="utf-8")
    assert all(f.source for f in FEES.fees.values())
    assert FEES.fees["77295"].estimate  # derived from "approximately $600-800 less", not a fee schedule


def _write(tmp_path, data, name="rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _rules_data() -> dict:
    return yaml.safe_load((checklists_dir() / "imrt-coding.yaml").read_text(encoding="utf-8"))


def _rule(data, rid):
    return next(r for r in data["rules"] if r["id"] == rid)


BROKEN = [
    # (case, mutate, rule named in the message, field named in the message)
    ("unknown-key", lambda d: _rule(d, "physics-weekly").update(per_week=1), "physics-weekly", "per_week"),
    ("unknown-kind", lambda d: _rule(d, "physics-weekly").update(kind="weekly"), "physics-weekly", "kind"),
    ("bad-date", lambda d: _rule(d, "codes-deleted-2026").update(effective={"from": "2026-13-01"}), "codes-deleted-2026",
     "effective.from"),
    ("to-before-from", lambda d: _rule(d, "other-delivery-same-day-2025")["effective"].update(to="2014-01-01"),
     "other-delivery-same-day-2025", "effective.to"),
    ("unknown-documentation", lambda d: _rule(d, "simulation-documented").update(documentation="sim-note"),
     "simulation-documented", "documentation"),
    ("unknown-code-set", lambda d: _rule(d, "plan-3d-not-with-imrt-plan").update({"with": ["@imrt"]}),
     "plan-3d-not-with-imrt-plan", "with"),
    ("backwards-range", lambda d: _rule(d, "brachy-isodose-with-imrt-plan").update(codes=["77318-77316"]),
     "brachy-isodose-with-imrt-plan", "codes"),
    ("bad-code", lambda d: _rule(d, "physics-weekly").update(codes=["7733"]), "physics-weekly", "codes"),
    ("missing-kind-field", lambda d: _rule(d, "plan-3d-not-with-imrt-plan").pop("window"), "plan-3d-not-with-imrt-plan",
     "window"),
    ("bad-window", lambda d: _rule(d, "plan-3d-not-with-imrt-plan").update(window={"within": "week"}),
     "plan-3d-not-with-imrt-plan", "window.within"),
    ("bad-status", lambda d: _rule(d, "physics-weekly").update(status="deny"), "physics-weekly", "status"),
    ("bad-site-range", lambda d: _rule(d, "diagnosis-codes")["sites"][0].update(ranges=["brain"]), "diagnosis-codes",
     "sites[0].ranges"),
    ("unknown-source", lambda d: _rule(d, "physics-weekly")["source"].update(ref="blog"), "physics-weekly", "source.ref"),
    ("bad-modifier", lambda d: _rule(d, "imrt-plan-once-per-course")["exception"].update(modifiers=["7"]),
     "imrt-plan-once-per-course", "exception.modifiers"),
    ("duplicate-id", lambda d: d["rules"].append(dict(_rule(d, "physics-weekly"))), "physics-weekly", "id"),
]


@pytest.mark.parametrize("mutate, rule, field", [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_rules_name_file_rule_and_field(tmp_path, mutate, rule, field):
    data = _rules_data()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(ChecklistError) as err:
        load_coding_rules(path)
    message = str(err.value)
    assert str(path) in message and f"rule '{rule}'" in message and f"field '{field}'" in message, message


def test_a_new_rule_of_an_existing_kind_needs_no_code(tmp_path):
    data = _rules_data()
    data["rules"].append({
        "id": "port-images-not-with-imrt-delivery", "title": "77417 not on an IMRT delivery date (example policy)",
        "kind": "same_day_exclusive", "effective": {"from": "2025-01-01"},
        "source": {"ref": "lcd", "section": "example", "quote": "example rule for the test"},
        "codes": ["77417"], "with": ["@imrt-delivery-2025"], "fix": "Remove 77417.",
    })
    rules = load_coding_rules(_write(tmp_path, data))
    findings = check_charges(rows_from([line("2025-03-17", "77386"), line("2025-03-17", "77417")]), chart(), rules, FEES)
    assert_charge(findings, "port-images-not-with-imrt-delivery", "hold", codes=["77417"])


BROKEN_FEES = [
    ("unknown-key", lambda d: d["fees"]["77301"].update(amount=1), "fee '77301'", "amount"),
    ("negative", lambda d: d["fees"]["77301"].update({"global": -5}), "fee '77301'", "global"),
    ("no-source", lambda d: d["fees"]["77301"].pop("source"), "fee '77301'", "source"),
    ("bad-code", lambda d: d["fees"].update({"7730": {"global": 1, "source": "x"}}), "fee '7730'", "(code)"),
    ("bad-year", lambda d: d.update(year="2025"), "", "year"),
]


@pytest.mark.parametrize("mutate, item, field", [c[1:] for c in BROKEN_FEES], ids=[c[0] for c in BROKEN_FEES])
def test_broken_fees_name_file_fee_and_field(tmp_path, mutate, item, field):
    data = yaml.safe_load((checklists_dir() / "fees.yaml").read_text(encoding="utf-8"))
    mutate(data)
    path = _write(tmp_path, data, "fees.yaml")
    with pytest.raises(ChecklistError) as err:
        load_fees(path)
    assert str(path) in str(err.value) and item in str(err.value) and f"field '{field}'" in str(err.value)
