"""Fuzzing: ingestion and the signature/date parsers never raise, whatever the bytes; the whole audit
never raises on chart text with odd characters dropped in.

CI runs a short bounded pass. A longer run:  FUZZ_EXAMPLES=20000 ./scripts/test tests/test_fuzz.py
"""

import io
import os
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.dates import parse_date
from auditor.ingest import ingest
from auditor.models import Document
from auditor.signature_grammar import grammar
from auditor.signatures import read_line

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SAMPLE_PDF = next((Path(__file__).resolve().parents[1] / "samples").glob("c01*/*.pdf"))
SAMPLE_DOCX = next((Path(__file__).resolve().parents[1] / "samples").glob("c01*/*.docx"))


def _ingest_bytes(tmp_path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    doc = ingest(path, tmp_path)
    assert isinstance(doc, Document) and doc.path == name
    assert all(p.code and p.message for p in doc.problems)
    return doc


@FUZZ
@given(data=st.binary(max_size=4096))
def test_text_ingest_never_raises(tmp_path, data):
    doc = _ingest_bytes(tmp_path, "note.txt", data)
    assert all("\x00" not in p.text for p in doc.pages)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_rtf_and_docx_of_random_bytes_are_problems_not_crashes(tmp_path, data):
    _ingest_bytes(tmp_path, "note.rtf", b"{\\rtf1 " + data)
    doc = _ingest_bytes(tmp_path, "form.docx", data)
    assert doc.problems


@FUZZ
@given(cut=st.integers(min_value=0, max_value=100_000), flips=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), max_size=8))
def test_mutated_pdf_never_raises(tmp_path, cut, flips):
    data = bytearray(SAMPLE_PDF.read_bytes())
    for pos, value in flips:
        data[pos % len(data)] = value
    _ingest_bytes(tmp_path, "plan.pdf", bytes(data[: max(1, cut % (len(data) + 1))]))


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=6), member=st.sampled_from(["word/document.xml", "word/footer1.xml", "[Content_Types].xml"]))
def test_mutated_docx_part_never_raises(tmp_path, flips, member):
    src = zipfile.ZipFile(SAMPLE_DOCX)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = bytearray(src.read(info.filename))
            if info.filename == member and body:
                for pos, value in flips:
                    body[pos % len(body)] = value
            dst.writestr(info.filename, bytes(body))
    _ingest_bytes(tmp_path, "form.docx", out.getvalue())


@FUZZ
@given(line=st.text(max_size=300), nxt=st.text(max_size=80))
def test_signature_parser_never_raises(line, nxt):
    read = read_line(line, nxt.split("\n"), grammar())
    assert read is None or read.state is not None


@FUZZ
@given(text=st.text(max_size=120))
def test_date_parser_returns_iso_or_empty(text):
    value = parse_date(text)
    assert value == "" or (len(value) == 10 and value[4] == "-" and value[7] == "-")


@FUZZ
@given(prefix=st.sampled_from(["Electronically signed by ", "Approved by: ", "/s/ ", "Physicist: ", "Signature: "]), tail=st.text(max_size=60))
def test_attestation_prefixes_with_random_tails(prefix, tail):
    read = read_line(prefix + tail, [], grammar())
    assert read is None or read.person is None or read.person.display


CHART_LINES = [
    "DVH Review:", "Patient Information:", "Physics QA - gamma 98.7%", "IMRT QA", "Signatures", "Addendum 6/23/25 5:40 PM",
    "DVH Review: reviewed, acceptable.", "Patient: DOE, JOHN", "Signature: Jane Roe, MD 01/15/2025", "Rx: 70 Gy in 35 fx",
    "I reviewed the dose volume histograms for the PTV and all critical structures.",
    "The isodose distributions were reviewed on the axial CT images.",
    "IMRT rather than 3D conformal is needed because the target abuts the spinal cord.",
    "Electronically signed by Jane Roe, MD on 01/15/2025 14:32", "Physician signature: ______  Date: ____",
    "Medical Physicist: Li Wei, MS, DABR   Date: 01/16/2025", "/s/ Jane Roe, MD 01/15/2025",
    "Field | Gantry | MU", "1 | 180 | 120.5", "☒ DVH reviewed", "☐ QA pending", "Dr. Roe reviewed it. No. 3 field.",
    "Patient Name: DOE, JOHN   MRN: 123456   DOB: 02/03/1950", "Compensator-based IMRT, 7 fields.",
]
# Letters that re.I equates with ASCII ones while str.lower() does not (ı, ſ, K, İ), spaces and marks that
# are not ASCII, bidirectional and zero-width controls, and the punctuation the segmenter splits on.
ODD = "\u0130\u0131\u017f\u212a\u00df\u00a0\u2007\u200b\u0301\u202e\u2028\u0085\x0c\t|:-\u2013.;!?,()[]/_ "
TWINS = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a", " ": "\u00a0"}


@FUZZ
@given(lines=st.lists(st.tuples(st.sampled_from(CHART_LINES),
                                st.lists(st.tuples(st.integers(0, 80), st.sampled_from(ODD + "~" * 10), st.booleans()),
                                         max_size=4)),
                      max_size=12),
       case=st.sampled_from([str, str.upper, str.lower, str.swapcase]))
def test_a_chart_of_odd_text_is_audited_never_raises(auditor, lines, case):
    """The whole audit (segmenting, headings, signatures, identity, matchers, ConText) on chart lines
    with odd characters dropped in: an exception here fails a chart as internal-error."""
    from auditor.models import Page

    def mutate(line: str, edits) -> str:
        for at, char, replace in edits:  # the character at `at` replaced, or one inserted before it;
            if char == "~":  # "~": the letter at `at` becomes its twin, if it has one
                char, replace = TWINS.get(line[at:at + 1], line[at:at + 1]), True
            line = line[:at] + char + line[at + replace:]
        return case(line)

    text = "\n".join(mutate(line, edits) for line, edits in lines)
    doc = Document("note.txt", "0" * 64, "txt", size=len(text), pages=(Page(1, text),))
    result = auditor.audit_documents([doc], "c1")
    assert len(result.findings) >= 8
