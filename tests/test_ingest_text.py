"""The text reader: every encoding decodes, pages split at form feeds, RTF and pipe tables."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from auditor.ingest import ingest
from auditor.ingest import text as text_reader
from auditor.models import Page, Problem, Table

NOTE = "Dr. Müller reviewed the DVH ☒ – PTV D95 ≥ 95%"


def read_bytes(tmp_path: Path, data: bytes, name: str = "note.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return text_reader.read(path, data)


@pytest.mark.parametrize(
    "data",
    [
        NOTE.encode("utf-8"),
        b"\xef\xbb\xbf" + NOTE.encode("utf-8"),
        b"\xff\xfe" + NOTE.encode("utf-16-le"),
        b"\xfe\xff" + NOTE.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + NOTE.encode("utf-32-le"),
        NOTE.encode("utf-16-le"),  # no BOM, as some EMR exports write it
        NOTE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32-bom", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_unicode_encodings_decode_without_problems(tmp_path, data):
    out = read_bytes(tmp_path, data)
    assert out.pages == [Page(1, NOTE)]
    assert out.problems == []


def test_windows_1252_is_read_and_flagged(tmp_path):
    out = read_bytes(tmp_path, b"Dr. M\xfcller \x96 DVH")
    assert out.pages[0].text == "Dr. Müller – DVH"
    assert out.problems == [
        Problem(
            "decoding",
            "the text is not valid UTF-8; it was read as Windows-1252 (cp1252), "
            "so accented letters and symbols may be wrong",
        )
    ]


def test_undefined_windows_1252_bytes_are_replaced_and_counted(tmp_path):
    out = read_bytes(tmp_path, b"Plan \x81 approved \x8d")
    assert out.pages[0].text == "Plan \ufffd approved \ufffd"
    [problem] = out.problems
    assert problem.code == "decoding"
    assert "Windows-1252 (cp1252), but 2 character(s)" in problem.message


def test_nul_characters_are_removed(tmp_path):
    out = read_bytes(tmp_path, b"IMRT\x00 plan\x00")
    assert out.pages[0].text == "IMRT plan"


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_never_raise(tmp_path, seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000))) + b"\x00" * rng.randrange(5)
    out = read_bytes(tmp_path, data)
    assert len(out.pages) >= 1
    assert all("\x00" not in page.text and "\r" not in page.text for page in out.pages)


def test_line_endings_are_normalised(tmp_path):
    out = read_bytes(tmp_path, b"Windows\r\nold Mac\runix\n")
    assert out.pages[0].text == "Windows\nold Mac\nunix\n"


def test_form_feeds_split_pages(tmp_path):
    out = read_bytes(tmp_path, b"Consult\fSimulation\fPlan review\f")
    assert [(p.number, p.text) for p in out.pages] == [(1, "Consult"), (2, "Simulation"), (3, "Plan review")]


def test_markdown_table_rows_skip_the_separator(tmp_path):
    md = (
        "# Plan\n\n"
        "| Structure | Constraint | Met |\n|---|:---:|---|\n| Rectum | V70 < 20% | ☒ |\n| Bladder | V65 < 25% | ☐ |\n"
        "\nSigned."
    )
    out = read_bytes(tmp_path, md.encode(), name="plan.md")
    assert out.tables == [
        Table(1, (("Structure", "Constraint", "Met"), ("Rectum", "V70 < 20%", "☒"), ("Bladder", "V65 < 25%", "☐")))
    ]
    assert out.pages[0].text == md


def test_pipe_export_without_outer_pipes_is_a_table_per_page(tmp_path):
    out = read_bytes(tmp_path, b"Field | MU\n1 | 120\fNotes\nField | MU\n2 | 98")
    assert out.tables == [Table(1, (("Field", "MU"), ("1", "120"))), Table(2, (("Field", "MU"), ("2", "98")))]


def test_a_single_pipe_in_prose_is_not_a_table(tmp_path):
    assert read_bytes(tmp_path, b"Use either plan|backup if needed.").tables == []


RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
    r"\f0 Physics consult\par "
    r"{\field{\*\fldinst {FORMCHECKBOX {\*\formfield{\fftype1\ffres25\ffdefres1}}}}{\fldrslt }} DVH reviewed\par "
    r"{\field{\*\fldinst {FORMCHECKBOX {\*\formfield{\fftype1\ffres0\ffdefres1}}}}{\fldrslt }} Film\par "
    r"\u9746? Chart checked by Dr. M\'fcller\page "
    r"\trowd Field\cell MU\cell\row 1\cell 120\cell\row "
    r"}"
)


def test_rtf_keeps_checkboxes_pages_and_cells(tmp_path):
    out = read_bytes(tmp_path, RTF.encode("ascii"), name="consult.rtf")
    assert [p.text.strip() for p in out.pages] == [
        "Physics consult\n☒  DVH reviewed\n☐  Film\n☒ Chart checked by Dr. Müller",
        "Field | MU\n1 | 120",
    ]
    assert out.tables == [Table(2, (("Field", "MU"), ("1", "120")))]
    assert out.problems == []


def test_rtf_content_is_recognised_whatever_the_extension(tmp_path):
    out = read_bytes(tmp_path, rb"{\rtf1\ansi Plan approved\par}", name="export.txt")
    assert out.pages[0].text.strip() == "Plan approved"


def test_raw_windows_1252_bytes_in_rtf_are_not_flagged(tmp_path):
    out = read_bytes(tmp_path, b"{\\rtf1\\ansi Dr. M\xfcller\\par}", name="note.rtf")
    assert out.pages[0].text.strip() == "Dr. Müller"
    assert out.problems == []


@pytest.mark.parametrize(("name", "fmt"), [("note.txt", "txt"), ("note.md", "md"), ("note.rtf", "rtf")])
def test_ingest_records_path_hash_format_and_pages(tmp_path, name, fmt):
    data = rb"{\rtf1 IMRT plan\par}" if fmt == "rtf" else b"IMRT plan\fPage two"
    path = tmp_path / "docs" / name
    path.parent.mkdir()
    path.write_bytes(data)
    document = ingest(path, tmp_path)
    assert document.path == f"docs/{name}"
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert document.format == fmt
    assert document.problems == ()
    assert document.pages[0].text.strip() == "IMRT plan"


def test_ingest_passes_decoding_problems_through(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(b"Dr. M\xfcller")
    assert [p.code for p in ingest(path, tmp_path).problems] == ["decoding"]


def test_utf16_without_bom_wins_over_utf8_that_would_also_decode(tmp_path):
    note = "☒ DVH reviewed and approved by the physicist"  # as UTF-16-LE these bytes are valid UTF-8 too
    out = read_bytes(tmp_path, note.encode("utf-16-le"))
    assert out.pages[0].text == note


def test_rtf_surrogate_escapes_become_whole_characters_or_a_reported_replacement(tmp_path, auditor):
    """RTF writes U+1D400 as the pair \\u-10187?\\u-9216?; a half without its partner is no character.
    Either way nothing downstream (spaCy) may see a stray UTF-16 half: it used to fail the whole chart."""
    from tests.chartmaker import MD_SIGNED, assert_finding

    paired = tmp_path / "paired.rtf"
    paired.write_bytes(rb"{\rtf1\ansi Dose \u-10187?\u-9216? reviewed\par}")
    doc = ingest(paired, tmp_path)
    assert doc.pages[0].text.strip() == "Dose \U0001d400 reviewed" and doc.problems == ()

    lone = tmp_path / "dvh.rtf"
    body = ("I reviewed the dose volume histograms \\u-10240? for the PTV and all critical structures.\\par "
            + MD_SIGNED + "\\par")
    lone.write_bytes(("{\\rtf1\\ansi " + body + "}").encode("ascii"))
    doc = ingest(lone, tmp_path)
    assert "histograms \ufffd for the PTV" in doc.pages[0].text
    assert [(p.code, p.message) for p in doc.problems] == [("decoding", "1 character(s) were unpaired UTF-16 halves "
                                                           "(surrogates) and were replaced with \ufffd; some words may be garbled")]
    assert_finding(auditor.audit_documents([doc], "c1"), "dvh-review", "met", "dose volume histograms")
