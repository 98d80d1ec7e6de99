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
    ("Radiation Treatment Order", ("Radiation Treatment Order", "prescription")),  # an order's title: its prescription
    ("Journal entry 2 of 2", ("Journal entry", "entry")),  # each entry of a journal print is its own section
    ("Addendum #2", ("Addendum", "addendum")),
])
def test_heading_lines(headings, line, expected):
    found = headings.match(line)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize("heading, category", [
    ("Pat\u0131ent Information:", "patient"),  # dotless ı
    ("D\u0130agnosis and DVH Rev\u0131ew:", None),  # not a heading at all
    ("Dvh Review:", "dvh_review"),
    ("Phy\u017fics QA:", "physics_qa"),  # long s
])
def test_an_inline_heading_with_letters_only_re_i_equates_is_read_not_a_crash(heading, category):
    """re.I matches dotless ı to i and ſ to s, but str.lower() keeps them: the category lookup used to
    raise KeyError on such a heading, and the chart failed as an internal error."""
    found = Headings(load_language().section_headings).match(heading + " reviewed and approved")
    assert (found and found[1]) == category


def test_the_lower_case_trie_finds_what_the_case_insensitive_alternation_finds(headings):
    """`Headings.match` reads ASCII lines with a lower-case trie of the headings: for every heading, in
    any case, with a colon, a dash or neither, and with a longer heading sharing its start, the two agree."""
    for heading in headings.lookup:
        for line in (f"{heading}: text", f"{heading.upper()} - text", f"{heading.title()}:text", f"{heading} text",
                     f"1. {heading}: x", f"{heading}s: x", f"  {heading} :  x"):
            if not line.isascii():
                continue
            a, b = headings.inline.match(line), headings._inline_low.match(line.lower())
            assert (a and (a.span(1), a.end())) == (b and (b.span(1), b.end())), line
