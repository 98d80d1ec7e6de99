"""The checklist is data: it loads, is validated strictly, and a second policy needs no code."""

import shutil
from pathlib import Path

import pytest
import yaml

from auditor.checklist import ChecklistError, load_checklist
from auditor.resources import checklists_dir
from tests.chartmaker import MD_SIGNED, assert_finding

DATA = Path(__file__).parent / "data"
IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]


def test_bundled_imrt_checklist_has_the_stable_ids_and_cites_the_lcd():
    checklist = load_checklist("imrt-lcd")
    assert [r.id for r in checklist.requirements] == IDS
    assert checklist.version
    lcd = (Path(__file__).resolve().parents[2] / "shared" / "seeds" / "002_d5a419d642c269b6.txt")
    source = " ".join(lcd.read_text().split()) if lcd.exists() else None
    for req in checklist.requirements:
        assert req.lcd_section and req.lcd_quote and req.title
        if source:  # every quote is the LCD's own words (whitespace aside, and the LCD's "east" typo kept)
            first = " ".join(req.lcd_quote.split())[:60]
            assert first in source, f"{req.id}: quote not found in the LCD: {first!r}"


def _broken(tmp_path, mutate) -> Path:
    data = yaml.safe_load((checklists_dir() / "imrt-lcd.yaml").read_text())
    mutate(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.mark.parametrize("mutate, field, item", [
    (lambda d: d["requirements"][4].update(signer=["radiation_oncologist"]), "signer", "dvh-review"),
    (lambda d: d["requirements"][4].update(signers=["surgeon"]), "signers", "dvh-review"),
    (lambda d: d["requirements"][0].update(severity="fatal"), "severity", "plan-goals-constraints"),
    (lambda d: d["requirements"][3].update(date_required="yes"), "date_required", "image-review"),
    (lambda d: d["requirements"][5]["elements"][0].update(scope="page"), "elements[0].scope", "portal-description"),
    (lambda d: d["requirements"][5]["tables"][0].update(elements=["nope"]), "tables[0].elements", "portal-description"),
    (lambda d: d["requirements"][1]["evidence"][0].update(patterns="IMRT"), "evidence[0].patterns", "necessity-statement"),
    (lambda d: d["requirements"][2].pop("lcd"), "lcd", "necessity-criterion"),
    (lambda d: d.update(colour="blue"), "colour", None),
])
def test_broken_checklist_error_names_file_item_and_field(tmp_path, mutate, field, item):
    path = _broken(tmp_path, mutate)
    with pytest.raises(ChecklistError) as err:
        load_checklist(path)
    message = str(err.value)
    assert str(path) in message and f"field '{field}'" in message
    if item:
        assert f"requirement '{item}'" in message


def test_checklist_that_is_not_yaml_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: [unclosed\n")
    with pytest.raises(ChecklistError, match="not valid YAML"):
        load_checklist(path)


def test_second_policy_works_without_code(tmp_path):
    from auditor.audit import Auditor
    from tests.chartmaker import audit

    policy = shutil.copy(DATA / "mini-policy.yaml", tmp_path / "mini-policy.yaml")
    auditor = Auditor(policy)
    assert [r.id for r in auditor.checklist.requirements] == ["simulation-note"]
    signed = "CT SIMULATION\nPatient supine in a thermoplastic mask; CT simulation with 2 mm slices.\n" + MD_SIGNED
    assert_finding(audit(auditor, {"sim.txt": signed}), "simulation-note", "met", "CT simulation")
    assert_finding(audit(auditor, {"sim.txt": "CT simulation was performed.\n" + MD_SIGNED}), "simulation-note", "incomplete")
    assert_finding(audit(auditor, {"sim.txt": "Follow-up visit.\n" + MD_SIGNED}), "simulation-note", "missing")
