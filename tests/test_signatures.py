"""The signature grammar and its interpreter: lines, layouts, people, roles, and what is said aloud.

Expected values are written from Medicare's signature rules (docs/requirements.md, "Signatures") and
the line itself, not from the parser's output.
"""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from auditor.checklist import ChecklistError
from auditor.models import Document, Page, Table
from auditor.people import Roster, parse_name, unify
from auditor.signature_grammar import grammar, load_grammar
from auditor.signatures import find_signatures
from tests.chartmaker import HEADER, assert_finding, audit

DVH = "DVH REVIEW\nThe DVHs for the PTV and all OARs (spinal cord, parotids) were reviewed and are acceptable.\n"
QA = "PATIENT-SPECIFIC IMRT QA\nArcCHECK measurement, gamma 3%/2 mm pass rate 98.7%. Passed.\n"


def sigs(text: str, path: str = "note.txt", tables=()):
    doc = Document(path, "x", "txt", (Page(1, text),), tuple(tables))
    return find_signatures(doc, g=grammar())


def one(text: str):
    found = sigs(text)
    assert len(found) == 1, [s.quote for s in found]
    s = found[0]
    return (s.state.value, s.name, s.role, s.date, s.time, s.zone)


LINES = [
    # (text, state, name, role, date, time, zone)
    ("Medical Physicist: Electronically signed by Dana Roe, PhD, DABR 02/11/2025 11:20",
     "signed", "Dana Roe", "medical_physicist", "2025-02-11", "11:20", ""),
    ("Signature Line\nElectronically Signed on 02/24/2025 14:15 CST\n______________\nROE MD, DANA",
     "signed", "Dana Roe", "radiation_oncologist", "2025-02-24", "14:15", "CST"),
    ("Approved By: Lucia Ferrand, MD   Date Approved: 11.02.2025", "signed", "Lucia Ferrand", "radiation_oncologist", "2025-02-11", "", ""),
    ("Reviewed and signed by Dr. Aoife Byrne, FRCR on 4 March 2025 at 9:05 AM",
     "signed", "Aoife Byrne", "radiation_oncologist", "2025-03-04", "09:05", ""),
    ("E-signed by Miriam Okafor, MD March 4th, 2025 14:20 -05:00", "signed", "Miriam Okafor", "radiation_oncologist", "2025-03-04", "14:20", "-05:00"),
    ("Sign Information: Lindqvist MD, Henrik (02/16/2025 14:15)", "signed", "Henrik Lindqvist", "radiation_oncologist", "2025-02-16", "14:15", ""),
    ("Cosigned by: Pieter van der Berg, MD 03/04/2025", "signed", "Pieter van der Berg", "radiation_oncologist", "2025-03-04", "", ""),
    ("Physician Signature:\nDana Roe, MD 02/11/2025", "signed", "Dana Roe", "radiation_oncologist", "2025-02-11", "", ""),
    ("Electronically signed by: Jane Roe, MD, PGY-3 Resident 01/02/2025", "signed", "Jane Roe", "resident", "2025-01-02", "", ""),
    ("Electronically signed by Mark Ellison, MD (Urology) 01/02/2025", "signed", "Mark Ellison", "other_physician", "2025-01-02", "", ""),
    ("Electronically signed by Ann Lee, NP 01/02/2025", "signed", "Ann Lee", "mid_level", "2025-01-02", "", ""),
    ("Verified by: Tom Hale, PhD 01/02/2025", "signed", "Tom Hale", "", "2025-01-02", "", ""),  # a PhD alone names no role
    ("Reviewed By : Gamma Index Summary", "invalid", "", "", "", "", ""),
    ("Approved By: Treatment Planning", "invalid", "", "", "", "", ""),
    ("Electronically signed by 4471 on 02/11/2025", "unresolved", "", "", "2025-02-11", "", ""),
    ("Physician signature: ______________", "blank", "", "radiation_oncologist", "", "", ""),
    ("Physician Signature: ________\nDana Roe, MD", "blank", "", "radiation_oncologist", "", "", ""),  # a printed name under a blank line
    ("Signature on file", "invalid", "", "", "", "", ""),
    ("Awaiting attending co-signature", "pending", "", "", "", "", ""),
    ("Electronically signed by Jane Roe, MD (dictated but not read)", "invalid", "Jane Roe", "radiation_oncologist", "", "", ""),
    ("Signature stamp: Jane Roe, MD", "invalid", "Jane Roe", "radiation_oncologist", "", "", ""),
    ("Electronically signed by Jane Roe, MD; time stamp 01/15/2025 14:32", "signed", "Jane Roe", "radiation_oncologist", "2025-01-15", "14:32", ""),
    # a specialty after the credentials, then a dash and the date (dictation systems)
    ("Attested by: Colm Ferriter, MD, Radiation Oncology - 3 March 2025 16:45 EST\nSYNTHETIC transcription",
     "signed", "Colm Ferriter", "radiation_oncologist", "2025-03-03", "16:45", "EST"),
    ("Signed by: Priya Desh, Ph.D., DABR, Medical Physicist - Jan 24, 2025 6:25 PM MST\nRidge Oncology - Physics",
     "signed", "Priya Desh", "medical_physicist", "2025-01-24", "18:25", "MST"),
    # the name first, then the e-signature and an ISO 8601 time stamp (a sign-off table read as text)
    ("Step Role Signed by E-signature Timestamp\nMeasurement analysis Medical physicist\nTobias Renwick, Ph.D., DABR e-signed 2025-04-11T18:25-04:00",
     "signed", "Tobias Renwick", "medical_physicist", "2025-04-11", "18:25", "-04:00"),
    # UK, Irish, Spanish and French sign-offs: a 'Sign-off:' label, several-word credentials, a year-first
    # dotted date, a bilingual verb, 'Validated and signed by', a transcription's verification
    ("Sign-off: Dr I. R. Ashcombe (Consultant Clinical Oncologist), MB BS, FRCR -- 10th of February 2025, 15:20 GMT",
     "signed", "I. R. Ashcombe", "radiation_oncologist", "2025-02-10", "15:20", "GMT"),
    ("Verified and signed: Dr Aoife Ni Bhriain, MB BCh BAO, FFRRCSI, Consultant Radiation Oncologist -- 2025.03.03 15:20",
     "signed", "Aoife Ni Bhriain", "radiation_oncologist", "2025-03-03", "15:20", ""),
    ("Firmado electronicamente / Electronically signed: Dr. Joaquin Arrieta Solis, PhD (Radiofisico / Medical Physicist) -- 19/03/2025 19:05 CET",
     "signed", "Joaquin Arrieta Solis", "medical_physicist", "2025-03-19", "19:05", "CET"),
    ("Validated and signed by Dr H. Marchetti-Roux, MD (Radiation Oncologist / oncologue radiotherapeute) on 25/04/2025 at 08h40",
     "signed", "H. Marchetti-Roux", "radiation_oncologist", "2025-04-25", "08:40", ""),
    ("Transcription verified and signed by Ingrid Halvorsen-Mbeki, MD (Radiation Oncology) on 03-Feb-2025 15:20 CST",
     "signed", "Ingrid Halvorsen-Mbeki", "radiation_oncologist", "2025-02-03", "15:20", "CST"),
    # an attending's attestation after a fellow's note, the name first and a double dash before the verb
    ("Attending: Marcus Oyelaran-Whitby, MD -- Verified and signed February 24, 2025 at 5:05 PM CST",
     "signed", "Marcus Oyelaran-Whitby", "radiation_oncologist", "2025-02-24", "17:05", "CST"),
    # a trainee's title line under the signer, and the date under that (a VA-style note)
    ("/es/ DANIEL J. PRZYBYLSKI, MD\nRADIATION ONCOLOGY RESIDENT (PGY-4)\nSigned: 05/02/2025 08:50",
     "signed", "Daniel J. Przybylski", "resident", "2025-05-02", "08:50", ""),
    # the role signed as, after the verb (eval/novel_b's first run)
    ("Approved by physicist: Caleb Youngblood, MS, DABMP February 14th, 2025 19:05 MST",
     "signed", "Caleb Youngblood", "medical_physicist", "2025-02-14", "19:05", "MST"),
    ("Reviewed (radiation oncology): Theodora Quist, DO 02/17/2025",
     "signed", "Theodora Quist", "radiation_oncologist", "2025-02-17", "", ""),
    ("Electronically signed and locked by Gideon Marsh-Okafor, MD on 24-Feb-2025 4:42 PM",
     "signed", "Gideon Marsh-Okafor", "radiation_oncologist", "2025-02-24", "16:42", ""),
    ("Encounter signed-off by: Gideon Marsh, MD 03/01/2025 10:00",
     "signed", "Gideon Marsh", "radiation_oncologist", "2025-03-01", "10:00", ""),
    ("Electronically authenticated by | Elias Lowry, MD (Radiation Oncology)\nAuthentication date/time | 01/17/2025 08:10 CST",
     "signed", "Elias Lowry", "radiation_oncologist", "2025-01-17", "08:10", "CST"),
    ("Physicist Authentication: NAKASHIMA-BELL, CORA L MS DABR 02/13/2025 18:19 CST",
     "signed", "Cora L. Nakashima-Bell", "medical_physicist", "2025-02-13", "18:19", "CST"),
    ("Analyzed and signed: Dov Ferreira-Lund, PhD, DABR (Medical Physicist) on 03/13/2025 at 6:08 PM MDT",
     "signed", "Dov Ferreira-Lund", "medical_physicist", "2025-03-13", "18:08", "MDT"),
    ("Approval: APPROVED 02/03/2025 08:35 MST - Callahan, Wren, MD [wcallahan]",  # a status, then the signer and a user id
     "signed", "Wren Callahan", "radiation_oncologist", "2025-02-03", "08:35", "MST"),
    ("eSCRIBE approved: Ilse Sandoval, MD -- Radiation Oncology -- 10-Feb-2025 15:50 EST",
     "signed", "Ilse Sandoval", "radiation_oncologist", "2025-02-10", "15:50", "EST"),
    ("Radiation oncology verification signed: Evander Pike, MD Date: July 21, 2025 Time: 8:10 AM EDT",
     "signed", "Evander Pike", "radiation_oncologist", "2025-07-21", "08:10", "EDT"),
    ("Esign -- Signed by Tobias Ferraro-Kemp, MD (Radiation Oncology) on 2025-03-14 08:38:49 CDT",
     "signed", "Tobias Ferraro-Kemp", "radiation_oncologist", "2025-03-14", "08:38", "CDT"),
    ("Physics approval -- Signed by Renata Szabo-Whitfield, MS, DABR (Medical Physicist) on 2025-03-14 18:35 CDT",
     "signed", "Renata Szabo-Whitfield", "medical_physicist", "2025-03-14", "18:35", "CDT"),
    ("Legal authenticator: Priya Natarajan-Weiss, MD (Radiation Oncology) | signed 2025-04-18 08:35 EDT",
     "signed", "Priya Natarajan-Weiss", "radiation_oncologist", "2025-04-18", "08:35", "EDT"),
    ("Measured and approved (Medical Physicist): Benedikt Kranz, PhD, DABR - 2025-04-18 18:33 EDT",
     "signed", "Benedikt Kranz", "medical_physicist", "2025-04-18", "18:33", "EDT"),
    ("Physician signature:\nX /s/ Hannelore Whitcombe-Dunn, MD ______________________\n"  # a form's mark over its rule
     " (typed name: Hannelore Whitcombe-Dunn, MD - Radiation Oncology) Date: 01/15/2026 Time: 4:19 PM EST",
     "signed", "Hannelore Whitcombe-Dunn", "radiation_oncologist", "2026-01-15", "16:19", "EST"),
    ("Signature: /s/ Ingrid Paavola-Reyes, MD\nPrinted name: Ingrid Paavola-Reyes, MD, Radiation Oncology Signed: 2026-02-05 08:44 EST",
     "signed", "Ingrid Paavola-Reyes", "radiation_oncologist", "2026-02-05", "08:44", "EST"),  # dated on the printed-name line
    # a date written mm-dd-yy, labelled 'Signed:' after the signer
    ("Signatures\nPhysicist: Dev Anand Rao, PhD, DABR Signed: 02-07-25 19:05",
     "signed", "Dev Anand Rao", "medical_physicist", "2025-02-07", "19:05", ""),
    ("Physician signature: Ruth-Ann Coldiron, MD (e-signed) Date: 02-07-25 08:10 EST",
     "signed", "Ruth-Ann Coldiron", "radiation_oncologist", "2025-02-07", "08:10", "EST"),
]


@pytest.mark.parametrize("text, state, name, role, date, time, zone", LINES)
def test_signature_lines(text, state, name, role, date, time, zone):
    assert one(text)[:3] == (state, name, role) and one(text)[3:] == (date, time, zone)


@pytest.mark.parametrize("text", [
    "The plan was reviewed and approved by Dr. Jane Roe.",
    "Reviewed the DVHs with the team.",
    "Attending Physician: Jane Roe, MD",
    "Signed consent obtained for treatment.",
    "Signature Line",
    "DVH review pending",
    "Dr. Roe e-signed the plan after the tumor board.",  # name first, but prose after the verb
    "Ordering provider: Cornelius Adebayo-Marsh, MD",  # a header naming who ordered, not a signature
])
def test_prose_and_headers_are_not_signatures(text):
    assert sigs(text) == []


def test_day_first_document_reads_its_ambiguous_dates_day_first():
    text = "Clinic letter 17/03/2025\nSigned: Dr Siobhan Farrelly, Radiation Oncologist  Date: 04/03/2025"
    assert [s.date for s in sigs(text)] == ["2025-03-04"]


@pytest.mark.parametrize("header, state", [
    ("Result Status: Auth (Verified)\nAuthor: Dana Roe, MD\n", "signed"),
    ("Status: Signed\nAuthor: Dana Roe, MD   Service: Radiation Oncology\nFiled: 02/11/2025 3:15 PM\n", "signed"),
    ("* Final Report *\nSigned by: ROE MD, DANA\n", "signed"),
    ("Plan status: DRAFT - NOT APPROVED FOR TREATMENT\n", "invalid"),
    ("REPORT STATUS: PRELIMINARY\n", "invalid"),
])
def test_document_status_signs_or_voids_the_whole_document(auditor, header, state):
    text = header + "Author: Dana Roe, MD\n" * (state != "signed") + DVH + ("Approved by: Dana Roe, MD 02/11/2025\n" if state != "signed" else "")
    result = audit(auditor, {"dvh.txt": text})
    assert_finding(result, "dvh-review", "met" if state == "signed" else "incomplete")


def test_signed_status_that_names_no_signer_is_said_aloud(auditor):
    f = assert_finding(audit(auditor, {"dvh.txt": "Result Status: Auth (Verified)\n" + DVH}), "dvh-review", "needs_review")
    assert "names no signer" in f.reason


def test_unreadable_signature_line_makes_the_finding_needs_review_not_incomplete(auditor):
    f = assert_finding(audit(auditor, {"dvh.txt": DVH + "Electronically signed by 4471 on 02/11/2025"}), "dvh-review", "needs_review")
    assert "not understood" in f.reason and "4471" in f.reason


@pytest.mark.parametrize("signature, status, words", [
    ("Electronically signed by: Jane Roe, MD, PGY-3 Resident 01/02/2025", "incomplete", "resident"),
    ("Electronically signed by: Jane Roe, MD, PGY-3 Resident 01/02/2025\nCosign needed", "incomplete", "resident"),
    ("Electronically signed by: Jane Roe, MD, PGY-3 Resident 01/02/2025\n"
     "Attending attestation: I saw the patient and agree with the resident's note.\n"
     "Electronically signed by Dana Roe, MD 01/03/2025", "met", ""),
    ("Electronically signed by Mark Ellison, MD (Urology) 01/02/2025", "incomplete", "another specialty"),
    ("Electronically signed by Ann Lee, NP 01/02/2025", "incomplete", "nurse practitioner"),
    ("Electronically signed by Ann Lee, PA-C 01/02/2025", "incomplete", "physician assistant"),
])
def test_who_may_sign_for_the_radiation_oncologist(auditor, signature, status, words):
    f = assert_finding(audit(auditor, {"dvh.txt": DVH + signature}), "dvh-review", status)
    assert words in f.reason


def test_physicist_needs_a_title_or_credential(auditor):
    md = "Electronically signed by Dana Roe, MD 01/03/2025"
    note = "FOLLOW-UP NOTE\nSeen in clinic.\nThe IMRT QA passed: ArcCHECK gamma 3%/2 mm pass rate 98.7%.\n"
    f = assert_finding(audit(auditor, {"qa.txt": note + "Verified by: Tom Hale, PhD 01/02/2025\n" + md}),
                       "dosimetric-verification", "needs_review")
    assert "roster" in f.reason
    assert_finding(audit(auditor, {"qa.txt": note + "Verified by: Tom Hale, PhD, DABR 01/02/2025\n" + md}), "dosimetric-verification", "met")
    # a PhD on the physics QA report itself is its physicist, and the reason says why
    f = assert_finding(audit(auditor, {"qa.txt": "PHYSICS QA REPORT\n" + QA + "Verified by: Tom Hale, PhD 01/02/2025\n" + md}),
                       "dosimetric-verification", "met")
    assert "PhD on a physics" in f.signatures[0].qualifier + f.signatures[1].qualifier


def test_roster_settles_a_role_and_beats_the_label():
    from auditor.audit import Auditor

    rostered = Auditor(roster=Roster.from_mapping({"Tom Hale": "medical_physicist", "Mark Ellison": "radiation_oncologist"}))
    md = "Electronically signed by Mark Ellison, MD (Urology) 01/03/2025"
    note = "FOLLOW-UP NOTE\nSeen in clinic.\nThe IMRT QA passed: ArcCHECK gamma 3%/2 mm pass rate 98.7%.\n"
    assert_finding(audit(rostered, {"qa.txt": note + "Verified by: T. Hale, PhD 01/02/2025\n" + md}),
                   "dosimetric-verification", "met")


def test_attestation_statement_validates_the_authors_unsigned_note_but_not_an_order(auditor):
    rx = "PRESCRIPTION  Date of service: 02/11/2025\nPTV70: 70 Gy in 35 fractions.\nSpinal cord: Dmax < 45 Gy\nPhysician signature: ______ Dana Roe, MD\n"
    note = "DVH REVIEW  Date of service: 02/11/2025\n" + DVH.split("\n", 1)[1] + "Physician signature: ______ Dana Roe, MD\n"
    statement = ("SIGNATURE ATTESTATION STATEMENT\nI, Dana Roe, MD, hereby attest that the medical record entry for 02/11/2025 "
                 "accurately reflects signatures/notations that I made in my capacity as radiation oncologist.\n"
                 "Electronically signed by Dana Roe, MD 03/02/2025")
    result = audit(auditor, {"rx.txt": rx, "dvh.txt": note, "attest.txt": statement})
    f = assert_finding(result, "dvh-review", "met")
    assert "attestation statement" in f.reason
    f = assert_finding(result, "plan-goals-constraints", "incomplete")
    assert "cannot validate an unsigned order" in f.reason


@pytest.mark.parametrize("name, fmt", [("QA_report.doc", "unknown"), ("QA.pages", "unknown"), ("QA.txt", "empty")])
def test_a_document_that_cannot_be_read_makes_its_requirements_needs_review(auditor, tmp_path, name, fmt):
    (tmp_path / "rx.txt").write_text(HEADER + "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions.\n")
    (tmp_path / name).write_bytes(b"" if fmt == "empty" else b"\xd0\xcf\x11\xe0 binary word file")
    f = assert_finding(auditor.audit_chart(tmp_path), "dosimetric-verification", "needs_review")
    assert name in f.reason


def test_signature_table_with_role_name_signature_date_columns():
    rows = (("Role", "Name", "Signature", "Date"),
            ("Medical Physicist", "Dana Roe, PhD, DABR", "Electronically signed", "02/11/2025"),
            ("Radiation Oncologist", "Miriam Okafor, MD", "", ""),
            ("Resident", "Jane Roe, MD", "/s/ Jane Roe", "02/12/2025"),
            ("Radiation Oncologist", "", "Signed", "02/12/2025"))
    text = "\n".join(" | ".join(r) for r in rows)
    found = sigs(text, tables=[Table(1, rows)])
    assert [(s.state.value, s.name, s.role, s.date) for s in found] == [
        ("signed", "Dana Roe", "medical_physicist", "2025-02-11"),
        ("blank", "Miriam Okafor", "radiation_oncologist", ""),
        ("signed", "Jane Roe", "resident", "2025-02-12"),
        ("invalid", "", "radiation_oncologist", "2025-02-12"),  # signed, but by no one named
    ]


@pytest.mark.parametrize("text, key", [
    ("Dana Roe", "roe|dana"), ("ROE, DANA J", "roe|dana"), ("ROE MD, DANA", "roe|dana"), ("Dr. D. Roe", "roe|d"),
    ("Pieter van der Berg", "vanderberg|pieter"), ("Nguyen-Tran, Linh", "nguyentran|linh"), ("OKAFOR MIRIAM", "okafor|miriam~"),
])
def test_names_are_read_as_people(text, key):
    person, why = parse_name(text)
    assert why == "" and person.key == key


@pytest.mark.parametrize("text", ["Gamma Index Summary", "Treatment Planning", "See attached", "the physics team"])
def test_field_values_are_not_people(text):
    assert parse_name(text) == (None, "not-a-name")


def test_one_person_key_across_forms_unless_something_contradicts_it():
    keys = [parse_name(t)[0].key for t in ("ROE, DANA J", "Dana Roe, MD", "Dr. D. Roe", "ROE MD, DANA", "MIRIAM OKAFOR", "Miriam Okafor")]
    mapping = unify(keys)
    assert {mapping[k] for k in keys} == {"roe|dana", "okafor|miriam"}
    two = unify([parse_name(t)[0].key for t in ("Dana Roe", "David Roe", "D. Roe")])
    assert two["roe|d"] == "roe|d"  # D. could be either: not merged


def test_dashboard_groups_a_physician_written_two_ways_as_one(auditor):
    from auditor.report.dashboard import dashboard_view
    from auditor.results import chart_dict

    a = audit(auditor, {"dvh.txt": DVH + "Approved: OKAFOR, MIRIAM MD 01/02/2025"})
    b = audit(auditor, {"dvh.txt": DVH + "Electronically signed by Dr. M. Okafor, MD 01/02/2025"})
    charts = [dict(chart_dict(r), chart_id=cid) for r, cid in ((a, "a"), (b, "b"))]
    view = dashboard_view({"charts": charts}, generated="2026-12-03")
    assert [p["value"] for p in view["filters"]["physicians"]] == ["Miriam Okafor"]


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.update(colour="red"), "field 'colour': unknown key"),
    (lambda d: d["roles"]["medical_physicist"].update(title=["x"]), "entry 'roles.medical_physicist': field 'title': unknown key"),
    (lambda d: d["invalid"][0].update(state="void"), "entry 'invalid[0]': field 'state': must be one of"),
    (lambda d: d["placement"].update(lookahead=40), "entry 'placement': field 'lookahead'"),
    (lambda d: d["roles"]["resident"]["markers"][0].update(pattern="PGY(("), "field 'markers[0].pattern': not a valid regular expression"),
    (lambda d: d["roles"].pop("resident"), "role 'resident' is required"),
])
def test_a_broken_grammar_names_file_entry_and_field(tmp_path, edit, message):
    data = yaml.safe_load(Path(grammar().path).read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "signatures.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ChecklistError) as err:
        load_grammar(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_a_new_phrase_is_a_data_change(tmp_path):
    """A clinic that writes 'Endorsed by' needs one line of YAML, no code."""
    src = Path(grammar().path)
    shutil.copy(src, tmp_path / "signatures.yaml")
    line = "Endorsed by Dana Roe, MD 02/11/2025"
    doc = Document("n.txt", "x", "txt", (Page(1, line),))
    assert [s.state.value for s in find_signatures(doc, g=load_grammar(tmp_path / "signatures.yaml"))] == []
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    data["attestation"]["weak"].append("endorsed")
    (tmp_path / "signatures.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    found = find_signatures(doc, g=load_grammar(tmp_path / "signatures.yaml"))
    assert [(s.state.value, s.name, s.role) for s in found] == [("signed", "Dana Roe", "radiation_oncologist")]


def test_a_folder_that_cannot_be_read_makes_requirements_needs_review_not_missing(auditor):
    """One definition of unreadable (models.UNREADABLE) covers chart-level problems too: a subfolder the
    tool could not enter may hold the QA report."""
    from auditor.models import Problem
    from tests.chartmaker import document

    problem = Problem("unreadable", "physics/: could not be read (folder could not be read: Permission denied)")
    result = auditor.audit_documents([document("rx.txt", "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions.\n")], "c", [problem])
    f = assert_finding(result, "dosimetric-verification", "needs_review")
    assert "physics/" in f.reason


def test_a_signature_table_on_its_side_is_read_column_by_column():
    """QA systems print approvals with one column per signer, headed by the role, and one row per field."""
    table = Table(1, (("", "Medical Physicist", "Radiation Oncologist"),
                      ("Name", "Ada Quill, Ph.D., DABR", "Maren T. Holloway, MD"),
                      ("Signature", "electronically signed", ""),
                      ("Date/Time", "02/14/2025 18:25 CST", "")))
    text = "Approvals\nMedical Physicist Radiation Oncologist\nName Ada Quill, Ph.D., DABR Maren T. Holloway, MD\n"
    found = {s.name: (s.state.value, s.role, s.date) for s in sigs(text, tables=[table])}
    assert found["Ada Quill"] == ("signed", "medical_physicist", "2025-02-14")
    assert found["Maren T. Holloway"][0] == "blank"  # the physician's signature cell is empty


@pytest.mark.parametrize("text, iso", [
    ("2025.03.03 15:20", "2025-03-03"),  # year first, dotted (Irish, Scandinavian exports)
    ("11.02.2025", "2025-02-11"),  # day first, dotted
    ("version v2021.1.12 of the software", ""),  # a version number is no date
    ("10th of February 2025", "2025-02-10"),
    ("Signed: 02-07-25 19:05", "2025-02-07"),  # month first, dashed, two-digit year
    ("ID 12-34-567", ""),  # a number in dashes is no date
    ("T10-12-25", ""),
    ("arc 1-2-25-3", ""),
])
def test_dotted_and_written_dates(text, iso):
    from auditor.dates import parse_date

    assert parse_date(text) == iso


def test_a_document_that_says_it_writes_dates_day_first_is_read_so():
    from auditor.dates import prefers_day_first

    assert prefers_day_first("All dates are written day/month/year (dd/mm/aaaa).\nSigned 05/09/2025")
    assert not prefers_day_first("Signed 05/09/2025")  # nothing says so, and the date reads either way



def test_signature_blocks_side_by_side_are_two_signatures():
    """'Signed: <physicist>  Signed: <physician>' over 'Date/time: ...  Date/time: ...': two columns."""
    text = ("MEDICAL PHYSICIST RADIATION ONCOLOGIST\nSigned: Desmond Okonkwo-Hale, PhD, DABR Signed: Ximena Ortega-Fairbanks, MD\n"
            "Date/time: 30 Apr 2025 19:05 MDT Date/time: 02 May 2025 08:40 MDT\n")
    found = [(s.name, s.role, s.date) for s in sigs(text)]
    assert found == [("Desmond Okonkwo-Hale", "medical_physicist", "2025-04-30"),
                     ("Ximena Ortega-Fairbanks", "radiation_oncologist", "2025-05-02")]


@pytest.mark.parametrize("text", ["Signed: Dana Roe, MD   Date signed: 01/02/2025",
                                  "Signed: Dana Roe, MD Date signed: 01/02/2025"])
def test_a_date_label_that_ends_in_a_signature_word_is_no_second_column(text):
    assert one(text)[:4] == ("signed", "Dana Roe", "radiation_oncologist", "2025-01-02")


def test_a_role_field_and_an_on_date_under_the_signer():
    text = "Approved by: Ximena Ortega-Fairbanks, MD\nRole: Radiation Oncologist\nOn: 01 May 2025 09:15 MDT\n"
    assert one(text)[:4] == ("signed", "Ximena Ortega-Fairbanks", "radiation_oncologist", "2025-05-01")


def test_an_audit_trail_table_signs_only_in_its_signing_rows():
    """'Date/Time | Action | User | Credentials | Role' (a note's revision history): the 'Signed' row is the
    radiation oncologist's signature; the nurse's 'Created' row and an 'Edited' row sign nothing."""
    rows = (("Date/Time", "Action", "User", "Credentials", "Role"),
            ("2025-05-05 14:00 EDT", "Created", "Jones, Amy", "RN", "Nursing"),
            ("2025-05-05 15:10 EDT", "Edited", "Roe, Dana", "MD", "Radiation Oncology"),
            ("2025-05-05 16:05 EDT", "Signed", "Fairweather-Nkemelu, Josephine", "MD", "Radiation Oncology"))
    text = "Revision history\n" + "\n".join(" | ".join(r) for r in rows)
    found = [(s.name, s.role, s.date, s.state.value, s.placement) for s in sigs(text, tables=[Table(1, rows)])]
    assert found == [("Josephine Fairweather-Nkemelu", "radiation_oncologist", "2025-05-05", "signed", "table")]


def test_an_action_that_names_another_document_does_not_sign_this_one():
    """An activity journal's 'Planning note signed' says another document was signed (that document must
    show it): it is no signature of the journal, which would otherwise attest every activity it lists."""
    rows = (("When", "User", "Action", "Detail"),
            ("2025-09-19 15:02", "Nwankwo-Hart, Adaeze MD", "Planning note signed", "planning_note.rtf"),
            ("2025-09-23 12:10", "Nwankwo-Hart, Adaeze MD", "QA memo co-signed", "qa_memo.rtf"),
            ("2025-09-22 07:15", "Brandvold, Lucas PhD", "IMRT QA measured", "composite 98.6%"))
    text = "Activity journal\n" + "\n".join(" | ".join(r) for r in rows)
    assert sigs(text, tables=[Table(1, rows)]) == []


@pytest.mark.parametrize("status, expected", [
    ("Entry status Pending Approval\nApproved by -- not approved --\n", "incomplete"),
    ("Entry status Approved\nApproved by Callahan, Wren, MD - Radiation Oncology\nApproved on 02/03/2025 5:40 PM MST\n", "met"),
])
def test_one_journal_entrys_approval_does_not_speak_for_another(auditor, status, expected):
    """A journal printed newest first: the necessity entry's own status decides it, not the approval of the
    consultation entry printed below it."""
    from tests.chartmaker import assert_finding, audit

    journal = ("Patient Journal - Printed Entries\nJournal entry 2 of 2\nEntry date/time 02/03/2025 5:20 PM MST\n"
               "Physician statement of need for intensity modulation: the nodal target wraps around the small bowel "
               "and bladder; a 3D conformal plan could not cover it while sparing the small bowel and bladder, so IMRT "
               "is medically necessary. The concave target surrounds the small bowel.\n" + status +
               "Journal entry 1 of 2\nEntry date/time 02/03/2025 3:50 PM MST\nReason for visit: consultation.\n"
               "Entry status Approved\nApproved by Callahan, Wren, MD - Radiation Oncology\nApproved on 02/03/2025 4:42 PM MST\n")
    assert_finding(audit(auditor, {"journal.txt": journal}), "necessity-statement", expected)


def test_a_sign_off_tables_status_column_signs_only_with_a_signing_word():
    """'Role | Signer | Status | Date/Time': 'Approved' signs, 'Pending' is pending, 'Scheduled' is no signature."""
    rows = (("Role", "Signer", "Status", "Date/Time"),
            ("Medical Physicist", "Oyelowo-Pratt, Jerome MS, DABR", "Approved", "21-Feb-2025 18:30 EST"),
            ("Radiation Oncologist", "Sandoval, Ilse MD", "Pending", ""),
            ("Dosimetrist", "Huckabee, Carly CMD", "Scheduled", "20-Feb-2025"))
    text = "Sign-offs\n" + "\n".join(" | ".join(r) for r in rows)
    found = {s.name: (s.state.value, s.role) for s in sigs(text, tables=[Table(1, rows)])}
    assert found == {"Jerome Oyelowo-Pratt": ("signed", "medical_physicist"), "Ilse Sandoval": ("pending", "radiation_oncologist")}


def test_an_approval_table_with_status_and_approved_by_columns():
    """MOSAIQ-style 'Rx version | Status | Approved By | Approved Date/Time' signs for the approver."""
    rows = (("Rx version", "Status", "Approved By", "Approved Date/Time"), ("1", "Approved", "Sandoval, Ilse MD", "17-Feb-2025 11:05 EST"))
    text = "Rx approval\n" + "\n".join(" ".join(r) for r in rows)
    found = [(s.name, s.role, s.date, s.state.value) for s in sigs(text, tables=[Table(1, rows)])]
    assert found == [("Ilse Sandoval", "radiation_oncologist", "2025-02-17", "signed")]


@pytest.mark.parametrize("line, unresolved", [
    ("15 QA approved by Anders Kitching, MS, DABR (Medical Physicist) e-sig 3/28/2025 18:30", True),  # a workbook row
    ("2025-09-16 08:41 Nwankwo-Hart, Adaeze MD Prescription approved Clarion Rx", False),  # a log row: an event elsewhere
    ("Consent signed 02/03/2025 after discussion.", False),  # no signer's credentials
    ("Anders Kitching, MS, DABR 3/28/2025", False),  # no signing word
])
def test_a_line_made_of_a_signature_but_not_understood_is_said_aloud(line, unresolved):
    found = sigs(f"QA REPORT\nResult: PASS\n{line}\n")
    assert [s.state.value for s in found] == (["unresolved"] if unresolved else [])
    if unresolved:
        assert found[0].role == "medical_physicist" and "not understood" in found[0].reason


def test_an_unread_line_cannot_rescue_a_role_whose_own_line_is_blank(auditor):
    """The physicist's row was not understood, but the physician's is blank: incomplete, not needs_review; with
    no blank line, the unread row makes it needs_review."""
    from tests.chartmaker import assert_finding, audit

    qa = ("PATIENT-SPECIFIC IMRT QA\nArcCHECK measurement 03/28/2025: gamma 3%/2mm pass rate 98.6%, PASS.\n"
          "15 QA approved by Anders Kitching, MS, DABR (Medical Physicist) e-sig 3/28/2025 18:30\n")
    assert_finding(audit(auditor, {"qa.txt": qa + "Physician signature: ____________  Date: ______\n"}), "dosimetric-verification", "incomplete")
    assert_finding(audit(auditor, {"qa.txt": qa}), "dosimetric-verification", "needs_review")


def test_the_fast_date_search_finds_what_the_single_pattern_finds():
    """dates.DATE_RE (two parts the engine skips through) against DATE_PATTERN compiled as one, on every
    sample document and on the forms that sit at the parts' edges."""
    from auditor.dates import DATE_PATTERN, DATE_RE
    from auditor.discover import chart_files
    from auditor.ingest import ingest

    texts = ["on 3rd of March 2025", "March 3rd, 2025", "12-02-25", "x1-2-25", "2025.03.03", "v2021.1.12", "Sept. 12 2025",
             "SEP 12, 2025 and 01/02/2025", "a02-07-25", "7/1/25.", "03.11.2025", "2025/3/4", "ſep 1, 2025", "İ Mar 3, 2025"]
    DATE_RE_SLOW = re.compile(DATE_PATTERN, re.I)  # the single pattern: the reference
    for chart in sorted(p for p in (Path(__file__).resolve().parent.parent / "samples").iterdir() if p.is_dir()):
        for path in chart_files(chart)[0]:
            texts += [p.text for p in ingest(path, chart).pages]
    for text in texts:
        assert [m.span() for m in DATE_RE.finditer(text)] == [m.span() for m in DATE_RE_SLOW.finditer(text)], text[:80]
        for line in text.split("\n"):
            a, b = DATE_RE.search(line), DATE_RE_SLOW.search(line)
            assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0))), line
            a, b = DATE_RE.match(line.strip()), DATE_RE_SLOW.match(line.strip())
            assert (a and a.span()) == (b and b.span()), line


def test_an_approval_log_of_steps_signs_with_its_dated_rows():
    """'Step | By | When' under 'Approvals': each row with a person and a date is that person's dated
    approval; a row with no date is blank. A header cell that only holds 'by' in a longer text
    ('Signed and locked by ...') names no column."""
    rows = (("Step", "By", "When"),
            ("Prescription", "Celestine A. Broussard-Nash, MD, Radiation Oncologist", "19-Mar-2026 16:24 CDT"),
            ("Physics check", "Emile Thibault, MS, DABR, Medical Physicist", "25-Mar-2026 16:52 CDT"),
            ("Plan approval", "Dana Roe, MD, Radiation Oncologist", ""))
    text = "Approvals\n" + "\n".join(" ".join(r) for r in rows)
    found = [(s.name, s.role, s.date, s.state.value) for s in sigs(text, tables=[Table(1, rows)])]
    assert found == [("Celestine A. Broussard-Nash", "radiation_oncologist", "2026-03-19", "signed"),
                     ("Emile Thibault", "medical_physicist", "2026-03-25", "signed"),
                     ("Dana Roe", "radiation_oncologist", "", "blank")]


def test_a_signature_in_a_text_box_with_its_date_in_a_row_of_fields_below():
    text = ("+------------------------------------------------------------------+\n"
            "| Electronically authenticated by: BEAUMONT-PRYOR, LUCILLE R MD     |\n"
            "| Service: RADIATION ONCOLOGY        Date/Time: 01/22/2026 0831 CST |\n"
            "+------------------------------------------------------------------+\n")
    assert [(s.name, s.role, s.date, s.state.value) for s in sigs(text)] == [
        ("Lucille R. Beaumont-Pryor", "radiation_oncologist", "2026-01-22", "signed")]


@pytest.mark.parametrize("line, pending", [
    ("Plan approved for treatment pending patient-specific IMRT QA.", False),  # an event it waits for
    ("Plan approved, pending physician signature.", True),
])
def test_pending_an_event_is_not_a_pending_signature(line, pending):
    text = f"DISPOSITION:\n{line}\nElectronically signed by Dana Roe, MD 01/22/2026 08:31\n"
    assert ("pending" in [s.state.value for s in sigs(text)]) == pending


def test_a_role_sign_off_label_read_as_a_heading_closes_the_section_above(auditor):
    """'Physician review: Electronically signed by ...' under a QA result: the label is a heading too, but
    the signature attests the measurement above it, beside the physicist's."""
    from tests.chartmaker import assert_finding, audit

    qa = ("HelixMeter Patient QA - Measurement Report\nPhantom measurement of the VMAT plan, measured 4/16/2026 4:44 PM EDT.\n"
          "Composite: 97.4% of points pass 3%/2mm. Result: PASS.\n"
          "Physicist approval: Electronically signed by Priyanka Lindqvist-Rao, PhD, DABR on 4/16/2026 5:51 PM EDT\n"
          "Physician review: Electronically signed by Harlan T. Ostrowski, MD on 4/17/2026 8:07 AM EDT\n")
    assert_finding(audit(auditor, {"qa.txt": qa}), "dosimetric-verification", "met")


@pytest.mark.parametrize("line, expected", [
    ("Ordering physician: Electronically signed by Ilse Marchetti-Okoro, MD 2026-02-12 16:20 PST",
     ("signed", "Ilse Marchetti-Okoro", "radiation_oncologist", "2026-02-12")),
    ("Author signature (TLO-SYL): Marguerite Anand-Kowalski, MD, Radiation Oncology - signed Mar 24, 2026 @ 15:05 EDT",
     ("signed", "Marguerite Anand-Kowalski", "radiation_oncologist", "2026-03-24")),
    ("Remote physics approval: Yusuf Brandvold, MS, DABR, Medical Physicist - approved Apr 01, 2026 @ 16:50 EDT",
     ("signed", "Yusuf Brandvold", "medical_physicist", "2026-04-01")),
    ("PHYSICS RELEASE ...... Yusuf Brandvold, MS, DABR (Medical Physicist)  e-signed Apr 02, 2026 @ 18:10 EDT",
     ("signed", "Yusuf Brandvold", "medical_physicist", "2026-04-02")),
    ("Urology attending signature: Mark Ellison, MD 01/02/2026", ("signed", "Mark Ellison", "other_physician", "2026-01-02")),
    ("Referring physician: Ann Roe, MD 01/02/2026", None),  # names a person: no signature
    ("Planning CT reviewed: the targets (PTV_7000) and the critical structures", None),  # prose
])
def test_words_before_a_label_and_dot_leaders(line, expected):
    found = sigs(line + "\n")
    assert ([(s.state.value, s.name, s.role, s.date) for s in found] or [None])[0] == expected
