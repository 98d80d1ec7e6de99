"""Shortcuts in segmenting, signatures and identity give what the regexes they stand in for give.

Each shortcut skips a regex where a cheap test shows it cannot match; these tables compare the two,
including the characters that re.I and str.lower() treat differently (ſ, ı, İ, K).
"""

import dataclasses
import re
import string

import pytest

from auditor import identity, segment, signatures
from auditor.signature_grammar import grammar
from auditor.lowercase import lowered

ODD = ["\u017f", "\u0131", "\u0130", "\u212a", "é", "\u00a0"]


@pytest.mark.parametrize("text, expected", [
    ("Signed BY Roe", "signed by roe"),
    ("", ""),
    ("Café Noir", "café noir"),
    ("\u017figned", None),  # ſ: re.I reads it as s, lower() keeps it
    ("S\u0131gned", None),
    ("\u0130D: 12345", None),  # İ lower-cases to two characters
])
def test_lowered_is_lower_only_where_it_mirrors_re_i(text, expected):
    assert lowered(text) == expected


@pytest.mark.parametrize("line", [
    "a | b", "a\tb", "Dose   60 Gy", "Dose\u00a0   60 Gy", "Dose    ", "Dose  60 Gy", "Plain prose line.", "x",
])
def test_table_row_shortcut_agrees_with_the_pattern(line):
    stripped = line.strip()
    assert segment._table_row(stripped) == bool(segment._TABLE_ROW.search(stripped))


def test_joins_shortcut_agrees_with_the_pattern_for_every_ending():
    endings = [w[:-1] + c for w in segment._JOIN_WORDS for c in string.printable + "".join(ODD) + "–"]
    for prev in ["went " + e for e in endings] + ["end" + e for e in endings] + endings:
        prev = prev.rstrip()
        if prev:
            assert segment._joins(prev) == bool(segment._JOIN_END.search(prev, max(0, len(prev) - segment._TAIL))), prev


def test_abbreviation_shortcut_agrees_with_the_pattern_for_every_ending():
    tails = [a[:-2] + x + y for a in segment._ABBREVIATIONS for x in string.printable + "".join(ODD) for y in a[-1] + a[-1].swapcase() + "\u017f"]
    for chunk in [t + "." for t in tails] + ["see " + t + "." for t in tails] + [".", "a.", "Dr."]:
        stop = len(chunk)
        expected = bool(segment._ABBREV.search(chunk, max(0, stop - segment._TAIL), stop))
        assert segment._abbreviation(chunk, stop) == expected, chunk


@pytest.fixture(scope="module")
def headings():
    from auditor.language import load_language

    return segment.Headings(load_language().section_headings)


@pytest.mark.parametrize("line, expected", [
    ("   " * 30 + "DVH REVIEW" + "   " * 30, ("DVH REVIEW", "dvh_review")),  # long line, short heading
    ("7" * 60 + ". DVH Review", ("DVH Review", "dvh_review")),  # the number goes before the lookup
    ("TREATMENT PLANNING SUMMARY " + "X" * 22, ("TREATMENT PLANNING SUMMARY " + "X" * 22, "other")),
    ("TREATMENT PLANNING SUMMARY " + "X" * 23, None),  # past what the heading shape allows
])
def test_long_lines_still_reach_every_heading_rule(headings, line, expected):
    found = headings.match(line)
    assert (found[:2] if found else None) == expected


def test_sentence_is_still_a_frozen_dataclass():
    values = dict(page=1, start=2, end=9, text="A b c.", section="DVH", section_category="dvh_review",
                  section_index=1, index=0)
    s = segment.Sentence(**values)
    assert dataclasses.asdict(s) == values and s == segment.Sentence(*values.values())
    assert hash(s) == hash(segment.Sentence(*values.values()))
    assert dataclasses.replace(s, index=5).index == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.page = 3


def _candidate_lines_by_regex(text: str, cues) -> list[int]:
    """The specification: every line one of the grammar's cues occurs in, case-insensitively."""
    maybe = re.compile("|".join(map(re.escape, cues)), re.I)
    starts, pos = [], 0
    for line in text.split("\n"):
        if maybe.search(line):
            starts.append(pos)
        pos += len(line) + 1
    return starts


@pytest.mark.parametrize("text", [
    "Plan\nSigned: Roe\n\nnothing here\nREVIEWED and reviewed: x\n/S/ Roe\nDICTATED\nend",
    "a:b:c\n:\n\n\nstamp",
    "",
    "no keywords at all\nstill none",
])
def test_candidate_lines_are_the_lines_holding_a_cue(text):
    g = grammar()
    assert list(signatures.candidate_lines(text, g)) == _candidate_lines_by_regex(text, g.cues)
    with_odd = text + "\nKelvin \u212a"  # still lower-cases offset for offset
    assert list(signatures.candidate_lines(with_odd, g)) == _candidate_lines_by_regex(with_odd, g.cues)


def _grammar_phrases(raw: dict) -> list[str]:
    """Every phrase of the grammar that can start or mark a signature line."""
    phrases = raw["attestation"]["strong"] + raw["attestation"]["weak"] + raw["attestation"]["marks"]
    phrases += raw["labels"]["signature"] + [p for m in raw["invalid"] for p in m["phrases"]]
    return phrases  # (document status lines and attestation statements are found by their own passes)


def test_every_phrase_of_the_grammar_reaches_the_line_parser():
    """The pre-scan is generated from the grammar: a line holding any of its phrases (in any case and
    spelling the phrase rules allow) is offered to the parser, so a new phrase can never be skipped."""
    import yaml

    g = grammar()
    raw = yaml.safe_load(open(g.path, encoding="utf-8"))
    for phrase in _grammar_phrases(raw):
        for written in (phrase, phrase.upper(), phrase.title(), phrase.replace(" ", "-"), phrase.replace("-", " ")):
            text = "Header line\n  " + written + " Jane Roe 01/02/2025\nfooter"
            assert 12 in list(signatures.candidate_lines(text, g)), (phrase, written)


@pytest.mark.parametrize("alternatives", [identity._NAME_AT, identity._MRN_AT, identity._DOB_AT])
def test_identity_starts_are_where_the_alternation_matches(alternatives):
    low = ("patient id: 1; pt. name: roe; pt id 2; name:name; midob dob d.o.b date of birth birthdate "
           "medical record # 3; chart no 4; chart# 5; id# 6; patientid").lower()
    either = re.compile("|".join(a.pattern for a in alternatives))
    expected = [i for i in range(len(low)) if either.match(low, i)]
    assert identity._starts(low, alternatives) == expected and expected


def _flat_alternation(phrases) -> str:
    """The alternation as it was before phrases were grouped by their leading characters: every phrase
    in turn, longest first."""
    from auditor.signature_grammar import phrase_regex

    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(phrase_regex(p) for p in ordered)


def test_grouped_alternation_matches_where_the_flat_list_does():
    """Grouping ('pending (?:review|approval)') only saves the engine tries: every match, its start and
    its end, is the flat list's own, for every phrase list of the grammar and in any case."""
    import yaml

    from auditor.signature_grammar import alternation

    raw = yaml.safe_load(open(grammar().path, encoding="utf-8"))
    lists = [_grammar_phrases(raw)] + [m["phrases"] for m in raw["invalid"]]
    lists.append(["pending", "pending review", "pending-approval", "pend", "sig. on file", "/s/", "(signed)", "fx #"])
    for phrases in lists:
        text = " ".join(p if i % 3 else p.upper() for i, p in enumerate(phrases))
        text += " " + " ".join(p[:-1] + " x" for p in phrases) + " fx 12 fx x pending-review pendingreview"
        for flags, written in ((re.I, text), (0, text.lower())):
            ph = phrases if flags else [p.lower() for p in phrases]
            grouped = [m.span() for m in re.finditer(alternation(ph), written, flags)]
            flat = [m.span() for m in re.finditer(_flat_alternation(ph), written, flags)]
            assert grouped == flat and grouped, phrases[:3]


def test_a_hash_word_in_a_phrase_is_a_number():
    from auditor.signature_grammar import Phrases

    fraction = Phrases.of(["fraction # of", "fx #"])
    assert fraction.search("Fraction 3 of 30 delivered") and fraction.search("FX 12 treated")
    assert not fraction.search("fraction of the dose") and not fraction.search("fx x") and not fraction.search("fx 12a")
