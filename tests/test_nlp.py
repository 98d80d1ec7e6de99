"""The language pass's shortcuts must never lose a match: the chunk pre-scan, the rewritten gap
patterns, matching elements only within reach of an anchor, and ConText only where a cue can fire."""

from pathlib import Path

import pytest

from auditor.discover import chart_files
from auditor.ingest import ingest
from auditor.nlp import GROUP, _open_gap
from auditor.segment import sentences
from tests.chartmaker import document

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample_sentences(auditor, charts=("c01_complete_hn_vmat", "c09_pending_dvh_and_qa", "c13_compensator_design_documented")):
    for name in charts:
        chart = SAMPLES / name
        for path in chart_files(chart)[0]:
            yield from sentences(ingest(path, chart, auditor.limits), auditor.headings)


def test_the_pre_scan_keeps_every_sentence_a_matcher_matches(auditor):
    """A sentence skipped by the pre-scan must be one where no matcher finds anything."""
    engine = auditor.engine
    matched = 0
    for sent in _sample_sentences(auditor):
        doc = engine.nlp.tokenizer(sent.text)
        mask = engine.tests.mask(sent.text)
        for k in engine.matchers:
            if k.spans(doc):
                matched += 1
                assert k.wants(mask), f"{k.key} matches {sent.text!r} but the pre-scan skips it"
    assert matched > 50  # the samples hold plenty of evidence: the check above was exercised


@pytest.mark.parametrize("text, longest_gap_ok", [
    ("PTV 70 Gy", True),
    ("PTV to receive a total of 70 Gy", True),  # gap of 5
    ("PTV one two three four five six 70 Gy", False),  # gap of 6: too far
    ("PTV a 1 Gy b c 2 Gy", True),  # two ends for one start
])
def test_an_open_gap_pattern_keeps_exactly_the_bounded_matches(auditor, text, longest_gap_ok):
    from spacy.matcher import Matcher

    vocab = auditor.engine.nlp.vocab
    pattern = [{"LOWER": "ptv"}, {"OP": "{,5}", "IS_PUNCT": False}, {"LIKE_NUM": True}, {"LOWER": "gy"}]
    rewritten, longest = _open_gap(pattern)
    assert rewritten[1]["OP"] == "*" and longest == 8
    bounded, opened = Matcher(vocab), Matcher(vocab)
    bounded.add("x", [pattern])
    opened.add("x", [rewritten])
    doc = auditor.engine.nlp.make_doc(text)
    want = {(s, e) for _, s, e in bounded(doc)}
    got = {(s, e) for _, s, e in opened(doc) if e - s <= longest}
    assert got == want
    assert bool(want) == longest_gap_ok


def test_a_gap_next_to_another_optional_token_is_left_alone():
    """With two variable tokens a match's length no longer fixes the gap: not rewritten."""
    assert _open_gap([{"LOWER": "a"}, {"ORTH": "-", "OP": "?"}, {"OP": "{,4}"}, {"LOWER": "b"}]) is None
    assert _open_gap([{"LOWER": "a"}, {"OP": "{,4}"}, {"LOWER": "b"}, {"OP": "{,2}"}, {"LOWER": "c"}]) is None


def _element_hits(auditor, text, requirement="image-review"):
    sents = sentences(document("note.txt", text), auditor.headings)
    return [h for h in auditor.engine.hits(sents) if h.requirement == requirement and h.kind == "element"]


def test_elements_are_looked_for_only_within_reach_of_an_anchor(auditor):
    alone = "PLAN NOTE\nThe planning CT images were reviewed.\n"
    assert _element_hits(auditor, alone) == []  # no isodose anchor: the words prove nothing alone
    with_anchor = "IMAGE REVIEW\nThe planning CT images were reviewed.\nIsodose lines cover the PTV.\n"
    found = {h.matcher for h in _element_hits(auditor, with_anchor)}
    assert found == {"reviewed", "ct-or-mri-images"}
    elsewhere = "PLAN SUMMARY\nIsodose lines cover the PTV.\nOTHER NOTES\nThe planning CT images were reviewed.\n"
    assert _element_hits(auditor, elsewhere) == []  # section scope: another section does not count


def test_sentences_skipped_by_the_cue_check_are_ones_context_finds_nothing_in(auditor):
    """ConText is skipped where no rule's words occur; run it anyway and it must find no cue there."""
    engine = auditor.engine
    texts = [s.text for s in _sample_sentences(auditor)] + [
        "DVH not yet reviewed.", "Will obtain IMRT QA next week.", "No isodose review on file.",
        "IMRT QA pending physician signature.", "The DVH was reviewed and approved."]
    cued = 0
    for text in texts:
        doc = engine.nlp.tokenizer(text)
        doc.spans[GROUP] = [doc[:]]
        if len(doc) > 1:
            doc[1].is_sent_start = False
        engine.context(doc)
        found = bool(doc.spans[GROUP][0]._.modifiers)
        mask = engine.tests.mask(text)
        if found:
            cued += 1
            assert any(mask & need == need for need in engine.cues), f"ConText finds a cue in {text!r} but the check skips it"
    assert cued >= 4


def test_medspacy_is_imported_without_leaving_a_placeholder_for_nltk():
    """ConText is imported with NLTK stood in for (QuickUMLS's unused import); the process keeps the
    real NLTK available to anything that imports it later."""
    import subprocess
    import sys

    code = ("import sys; from auditor.nlp import context_classes; ConText, Rule = context_classes(); "
            "assert 'nltk' not in sys.modules, 'placeholder left behind'; "
            "import nltk; assert hasattr(nltk, 'corpus'), 'not the real nltk'; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_pattern_keys_in_any_case_are_read_like_spacy_reads_them(auditor):
    """A policy author may write "op" and "lower": spaCy accepts them, so the pre-scan and the gap
    rewrite must read them too (an optional token taken as required would hide real matches)."""
    from auditor.nlp import token_test

    assert token_test({"lower": "dvh", "op": "?"}) is None  # optional: no test required
    assert token_test({"Lower": {"IN": ["dvh"]}}) == ("LOWER", "IN", frozenset(["dvh"]))
    assert _open_gap([{"lower": "a"}, {"op": "?"}, {"OP": "{,4}"}, {"lower": "b"}]) is None


def _anchors(auditor, text, requirement="dvh-review"):
    sents = sentences(document("note.txt", text), auditor.headings)
    return [h for h in auditor.engine.hits(sents) if h.requirement == requirement and h.kind == "anchor"]


@pytest.mark.parametrize("below, pending", [
    ("Not yet reviewed.", True),
    ("Not reviewed at this time.", True),
    ("Will be reviewed once the final dose calculation is available.", True),
    ("Review deferred.", True),
    ("The DVH export did not load in the review workspace today.", True),
    ("Reviewed; every constraint is met and there are no hot spots.", False),
    ("All targets covered; no constraint exceeded.", False),
])
def test_a_heading_alone_on_its_line_is_answered_by_the_sentence_under_it(auditor, below, pending):
    """'Dose-volume histograms' over 'Not yet reviewed.' is no DVH review; over 'Reviewed; ...' it is."""
    hits = _anchors(auditor, f"PLAN REVIEW NOTE\nDose-volume histograms\n{below}\n")
    heading = [h for h in hits if h.match.lower() == "dose-volume histograms"]
    assert len(heading) == 1
    assert (heading[0].negated or heading[0].hypothetical) is pending
    if pending:
        assert "the line under the heading" in heading[0].cue


def test_an_anchor_inside_a_sentence_is_not_read_with_the_next_one(auditor):
    hits = _anchors(auditor, "PLAN REVIEW NOTE\nI reviewed the dose-volume histograms for every target.\nNot yet signed.\n")
    assert hits and not any(h.negated or h.hypothetical for h in hits)


def test_one_helical_beam_is_a_count_of_beams(auditor):
    hits = _anchors(auditor, "PLAN REPORT\nBeam arrangement: one helical beam, 16.7 gantry rotations from gantry 0 deg.\n",
                    "portal-description")
    assert any(h.matcher == "beam-count" and "helical" in h.match for h in hits)


@pytest.mark.parametrize("cell, named", [
    ("Gantry arc (start -> stop)", True),
    ("GANTRY START -> STOP", True),
    ("Gantry rotation (start / stop / dir)", True),
    ("Bras / Gantry (deg)", True),
    ("Couch (deg)", False),
    ("GANTRY(deg) COLL", True),  # two headers run together in a fixed-width export
    ("Gantry from", True),
])
def test_a_field_tables_gantry_header(cell, named):
    from auditor.evidence import _header_matches
    from auditor.checklist import load_checklist

    portal = next(r for r in load_checklist().requirements if r.id == "portal-description")
    assert any(_header_matches(cell, rule.header) for rule in portal.tables) is named


@pytest.mark.parametrize("text, requirement, matcher", [
    ("Analysis: absolute dose, gamma 3% / 2 mm, global", "dosimetric-verification", "patient-specific-qa"),
    ("Spiral diode array measurement of the plan", "dosimetric-verification", "patient-specific-qa"),
    ("PTV_6600 2.00 Gy 33 66.00 Gy", "plan-goals-constraints", "target-prescription"),  # a prescription row read as text
    ("Dose displayed on the planning CT (isolines 107/100/95/50%)", "image-review", "isodose"),
])
def test_anchors_of_vendor_exports_and_prescription_rows(auditor, text, requirement, matcher):
    assert any(h.matcher == matcher for h in _anchors(auditor, f"REPORT\n{text}\n", requirement))


def test_a_prescription_row_with_its_units_in_the_header(auditor):
    """'Target  Dose (Gy)  Fractions  Dose/fraction (Gy)' over 'PTV_5040 50.4 28 1.80', in a prescription."""
    rx = "Radiation Prescription\nTarget Dose (Gy) Fractions Dose/fraction (Gy)\nPTV_5040 50.4 28 1.80\n"
    assert any(h.matcher == "target-prescription" for h in _anchors(auditor, rx, "plan-goals-constraints"))
    stats = "Plan evaluation\nStructure Dmax Dmean D95\nPTV_5040 52.1 50.6 49.8\n"
    assert not any(h.matcher == "target-prescription" for h in _anchors(auditor, stats, "plan-goals-constraints"))





def test_achieved_target_dose_is_no_prescription_row(auditor):
    hits = _anchors(auditor, "PLAN EVALUATION\nPTV_6600 D95 66.3 Gy; Dmax 70.1 Gy\n", "plan-goals-constraints")
    assert not any(h.matcher == "target-prescription" for h in hits)


def test_a_beam_lists_rows_count_the_beams(auditor):
    """'Beams' over 'PB_1 VMAT arc 10 MV 181.0 179.0 CW ...' (a plan printed from a web page, no table ruling)."""
    text = ("PLAN REPORT\nBeams\nBeam Type Energy Gantry start Gantry stop Rotation Coll MU\n"
            "PB_1 VMAT&nbsp;arc 10 MV 181.0 179.0 CW 30 340.7\nPB_2 VMAT&nbsp;arc 10 MV 179.0 181.0 CCW 330 312.9\n")
    sents = sentences(document("plan.txt", text), auditor.headings)
    found = {h.matcher for h in auditor.engine.hits(sents) if h.requirement == "portal-description"}
    assert {"number-of-portals", "location-of-each"} <= found
    outside = sentences(document("rx.txt", "PRESCRIPTION\nPTV_1 60 Gy in 30 fractions\nCTV_2 54 Gy\n"), auditor.headings)
    assert not any(h.matcher == "number-of-portals" for h in auditor.engine.hits(outside))
