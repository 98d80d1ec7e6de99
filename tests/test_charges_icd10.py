"""ICD-10-CM on charge lines: format, existence and billability (simple-icd-10-cm), and the LCD's common
IMRT sites ("The most common sites that currently support the use of IMRT include: ...") -> advisory."""

from __future__ import annotations

import pytest

from auditor.charges.icd10 import code_book_version, describe
from tests.test_charges import assert_charge, line, run

RULE = "diagnosis-codes"

# (case, icd10 cell, expected status, words in the reason) -- descriptions are the CMS tabular list's
CASES = [
    ("prostate", "C61", "ok", "Malignant neoplasm of prostate"),
    ("prostate-with-z51", "C61;Z51.0", "ok", "Encounter for antineoplastic radiation therapy"),
    ("left-breast", "C50.912", "ok", "left female breast"),
    ("left-breast-undotted", "C50412", "ok", "C50.412"),
    ("brain", "C71.9", "ok", "brain"),
    ("brain-metastasis", "C79.31", "ok", "Secondary malignant neoplasm of brain"),
    ("spinal-cord", "C72.0", "ok", None),
    ("oropharynx", "C10.9", "ok", None),
    ("lung", "C34.11", "ok", "upper lobe"),
    ("rectum", "C20", "ok", None),
    ("cervix", "C53.9", "ok", None),
    ("right-breast-selected", "C50.911", "advisory", "selected cases"),
    ("right-breast-reirradiation", "C50.911;Z92.3", "ok", None),
    ("thyroid-outside", "C73", "advisory", "higher scrutiny"),
    ("bone-metastasis-outside", "C79.51", "advisory", "Secondary malignant neoplasm of bone"),
    ("skin-outside", "C44.91", "advisory", "outside the LCD's common IMRT sites"),
    ("not-a-code", "C61.0", "hold", "C61.0 is not an ICD-10-CM code"),
    ("category-not-billable", "C50.91", "hold", "not a billable code"),
    ("bad-format", "61C", "hold", "not in ICD-10-CM format"),
    ("letter-o-for-zero", "C5O.912", "hold", None),
    ("missing", "", "hold", "no ICD-10-CM diagnosis"),
]


@pytest.mark.parametrize("icd, status, reason", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_icd10_table(icd, status, reason):
    _, findings = run([line("2025-03-12", "77301", icd=icd)])
    assert_charge(findings, RULE, status, reason=reason)


def test_one_finding_per_issue_not_per_line():
    lines = [line(f"2025-03-{d:02d}", "77386", icd="C73") for d in (17, 18, 19, 20, 21)]
    _, findings = run(lines)
    advisories = [f for f in findings if f.rule == RULE and f.status == "advisory"]
    assert len(advisories) == 1 and advisories[0].rows == (2, 3, 4, 5, 6)
    assert advisories[0].amount_at_risk == 0.0  # advisory is not a denial


def test_code_book_is_the_pinned_package_and_describes_codes():
    assert code_book_version().startswith("simple-icd-10-cm ")
    assert describe(["C61", "C61.0"]) == {"C61": "Malignant neoplasm of prostate"}
