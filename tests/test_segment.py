"""Segmentation: headings, inline headings, and what is not a heading."""

import pytest

from auditor.language import load_language
from auditor.segment import Headings


@pytest.fixture(scope="module")
def headings():
    return Headings(load_language().section_headings)


@pytest.mark.parametrize("line, expected", [
    ("DVH REVIEW", ("DVH REVIEW", "dvh_review")),
    ("DVH Review: DVHs reviewed for PTV and OARs", ("DVH Review", "dvh_review")),
    ("DVH Review - all constraints met", ("DVH Review", "dvh_review")),
    ("Addendum 6/23/25 5:40 PM", ("Addendum", "addendum")),
    ("Patient-Specific IMRT QA Report", None),  # a hyphenated word is not "heading - text"
    ("Signature: ________", None),  # a signature line, never a heading
])
def test_heading_lines(headings, line, expected):
    found = headings.match(line)
    assert (found[:2] if found else None) == expected
