"""Rule tables: (document text, requirement, expected status, expected quote), both directions.

Expected statuses are written from the LCD's documentation requirements (docs/requirements.md), not
from the tool's output.
"""

import pytest

from tests.chartmaker import MD_SIGNED, MP_SIGNED, assert_finding, audit, finding

RX = "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions, D95 >= 100%.\nSpinal cord: Dmax < 45 Gy\nParotids: mean < 26 Gy\n"
NECESSITY = ("MEDICAL NECESSITY\nIMRT is required rather than 3D conformal planning because the target volume is in close "
             "proximity to the spinal cord and parotid glands, which must be protected.\n")
DVH = "DVH REVIEW\nThe DVHs for the PTV and all OARs (spinal cord, parotids) were reviewed and are acceptable.\n"
IMAGES = "IMAGE REVIEW\nI reviewed the planning CT images of the target and critical structures with the isodose distributions.\n"
FIELDS = "BEAMS\n7-field IMRT, gantry angles 0, 51, 103, 154, 206, 257, 309 degrees.\n"
QA = "PATIENT-SPECIFIC IMRT QA\nArcCHECK measurement, gamma 3%/2 mm pass rate 98.7%. Passed.\n"

CASES = [
    # plan-goals-constraints
    (RX + MD_SIGNED, "plan-goals-constraints", "met", "PTV70: 70 Gy"),
    ("PRESCRIPTION\nPTV: 60 Gy in 30 fractions.\n" + MD_SIGNED, "plan-goals-constraints", "incomplete", "PTV: 60 Gy"),
    (RX + "Physician signature: ________", "plan-goals-constraints", "incomplete", "PTV70"),
    ("Diagnosis: oropharynx cancer.\n" + MD_SIGNED, "plan-goals-constraints", "missing", None),
    ("Rx 6000 cGy to the PTV; rectum V70 < 20%, bladder V65 < 25%.\n" + MD_SIGNED, "plan-goals-constraints", "met", "Rx 6000 cGy"),
    # necessity-statement
    (NECESSITY + MD_SIGNED, "necessity-statement", "met", "rather than 3D conformal"),
    ("IMRT is preferred over 3D conformal radiotherapy for better conformity.\n" + MD_SIGNED, "necessity-statement", "incomplete", "over 3D"),
    (NECESSITY + "Signature: ______________", "necessity-statement", "incomplete", "rather than 3D"),
    ("Patient will receive IMRT to the prostate.\n" + MD_SIGNED, "necessity-statement", "missing", None),
    ("A 3D conformal plan could not meet the spinal cord and esophagus constraints, so IMRT is needed.\n" + MD_SIGNED,
     "necessity-statement", "met", "3D conformal plan could not"),
    # necessity-criterion
    (NECESSITY + MD_SIGNED, "necessity-criterion", "met", "close proximity"),
    ("IMRT rather than 3D is needed to spare the parotids.\n" + MD_SIGNED, "necessity-criterion", "missing", None),
    ("The left neck was previously irradiated in 2019, so abutting portals must be precise.\n" + MD_SIGNED, "necessity-criterion", "met", "previously irradiated"),
    ("Dose escalation to 78 Gy is planned, in excess of conventional doses.\n" + MD_SIGNED, "necessity-criterion", "met", "Dose escalation"),
    ("The PTV is concave and wraps around the rectum.\n" + MD_SIGNED, "necessity-criterion", "met", "concave"),
    # image-review
    (IMAGES + MD_SIGNED, "image-review", "met", "isodose distributions"),
    (IMAGES + "Electronically signed by Jane Roe, MD", "image-review", "incomplete", "isodose"),
    ("Isodose distributions will be reviewed on the planning CT prior to start.\n" + MD_SIGNED, "image-review", "missing", None),
    (IMAGES + "Dictated but not read\nJane Roe, MD", "image-review", "incomplete", "isodose"),
    # dvh-review
    (DVH + MD_SIGNED, "dvh-review", "met", "DVHs for the PTV"),
    (DVH + "Signature: ________", "dvh-review", "incomplete", "DVHs for the PTV"),
    ("DVH review pending.\n" + MD_SIGNED, "dvh-review", "missing", None),
    ("DVH not yet reviewed.\n" + MD_SIGNED, "dvh-review", "missing", None),
    ("☐ DVHs reviewed for all targets and OARs\n" + MD_SIGNED, "dvh-review", "missing", None),
    ("☒ DVHs reviewed for all targets and OARs\n" + MD_SIGNED, "dvh-review", "met", "DVHs reviewed"),
    ("[x] DVHs reviewed for all targets and OARs\n" + MD_SIGNED, "dvh-review", "met", "DVHs reviewed"),
    ("[ ] DVHs reviewed for all targets and OARs\n" + MD_SIGNED, "dvh-review", "missing", None),
    ("DVHs reviewed for PTV and OARs: Yes\n" + MD_SIGNED, "dvh-review", "met", "DVHs reviewed"),
    ("DVHs reviewed for PTV and OARs: No\n" + MD_SIGNED, "dvh-review", "missing", None),
    ("DVH reviewed | PTV and OARs | No\n" + MD_SIGNED, "dvh-review", "missing", None),
    (DVH + "Signature on file", "dvh-review", "incomplete", "DVHs"),
    (DVH + "Pending signature - Jane Roe, MD", "dvh-review", "incomplete", "DVHs"),
    ("The DVHs were reviewed and approved by Dr. Roe.\n", "dvh-review", "incomplete", "approved by Dr. Roe"),
    # portal-description
    (FIELDS, "portal-description", "met", "7-field IMRT"),
    ("Two VMAT arcs: 181-179 CW and 179-181 CCW.\n", "portal-description", "met", "Two VMAT arcs"),
    ("IMRT using multiple fields.\n", "portal-description", "incomplete", "multiple fields"),
    ("Plan approved for treatment.\n" + MD_SIGNED, "portal-description", "missing", None),
    # dosimetric-verification
    (QA + MP_SIGNED + "\n" + MD_SIGNED, "dosimetric-verification", "met", "gamma 3%/2 mm"),
    (QA + MP_SIGNED + "\nRadiation Oncologist: ____________  Date: ______", "dosimetric-verification", "incomplete", "ArcCHECK"),
    (QA + MD_SIGNED, "dosimetric-verification", "incomplete", "ArcCHECK"),
    ("IMRT QA will be performed prior to the first fraction.\n" + MP_SIGNED + "\n" + MD_SIGNED, "dosimetric-verification", "missing", None),
    ("No IMRT QA on file.\n" + MD_SIGNED, "dosimetric-verification", "missing", None),
    # compensator-design
    (FIELDS + MD_SIGNED, "compensator-design", "not_applicable", None),
    ("Compensator-based IMRT, 7 fields.\nCompensator designs for each of the 7 portals are documented (IDs C1-C7).\n",
     "compensator-design", "met", "Compensator designs for each"),
    ("Compensator-based IMRT delivered with solid brass compensators.\n", "compensator-design", "missing", None),
    ("Compensator-based IMRT. Compensator design: pending, to be generated.\n", "compensator-design", "missing", None),
    ("Compensator-based IMRT. Compensators were milled from brass.\n", "compensator-design", "missing", None),
    ("Compensator-based IMRT. Compensator IDs: C1 to C5, brass.\n", "compensator-design", "missing", None),  # IDs are no design
]


@pytest.mark.parametrize("text, requirement, status, quote", CASES)
def test_rule_table(auditor, text, requirement, status, quote):
    assert_finding(audit(auditor, {"note.txt": text}), requirement, status, quote)


SIGNATURE_FORMS = [
    ("Electronically signed by Jane Roe, MD on 01/15/2025 14:32", "met"),
    ("Approved by: Jane Roe, MD 01/15/2025", "met"),
    ("Authenticated by: Jane Roe, MD on 2025-01-15", "met"),
    ("Verified by: Jane Roe, M.D. Jan 15, 2025", "met"),
    ("Finalized by: Jane Roe, DO 15-Jan-2025", "met"),
    ("/s/ Jane Roe, MD 01/15/2025", "met"),
    ("Radiation Oncologist: Jane Roe, MD   Date: 01/15/2025", "met"),
    ("Approved: ROE, JANE MD 01/15/2025 09:12", "met"),
    ("Physician signature: ______________", "incomplete"),
    ("Signature: ________   Date: ________", "incomplete"),
    ("Pending signature", "incomplete"),
    ("UNSIGNED - Jane Roe, MD", "incomplete"),
    ("Electronically signed by Jane Roe, MD (dictated but not read)", "incomplete"),
    ("Signed but not read: Jane Roe, MD", "incomplete"),
    ("Signature on file", "incomplete"),
    ("Signature stamp: Jane Roe, MD", "incomplete"),
    ("The plan was reviewed and approved by Dr. Jane Roe.", "incomplete"),
    ("Physicist: John Doe, PhD, DABR  Date: 01/15/2025", "incomplete"),  # a physicist cannot sign the MD's review
]


@pytest.mark.parametrize("signature, status", SIGNATURE_FORMS)
def test_signature_forms_on_dvh_review(auditor, signature, status):
    assert_finding(audit(auditor, {"dvh.txt": DVH + signature}), "dvh-review", status, "DVHs for the PTV")


def test_addendum_below_the_signature_is_not_signed(auditor):
    text = "SIMULATION NOTE\nCT simulation done.\n" + MD_SIGNED + "\n\nADDENDUM\n" + DVH
    f = assert_finding(audit(auditor, {"note.txt": text}), "dvh-review", "incomplete")
    assert "no radiation oncologist signature" in f.reason


def test_section_with_its_own_blank_signature_is_not_covered_by_a_later_one(auditor):
    text = DVH + "Signature: ________\n\n" + IMAGES + MD_SIGNED
    result = audit(auditor, {"note.txt": text})
    assert_finding(result, "dvh-review", "incomplete")
    assert_finding(result, "image-review", "met")


def test_dated_addendum_after_an_attestation_section_is_not_signed(auditor):
    text = IMAGES + "Attestation:\nI reviewed the plan.\n" + MD_SIGNED + "\n\nAddendum 1/16/25 5:40 PM\n" + DVH
    result = audit(auditor, {"note.txt": text})
    assert_finding(result, "dvh-review", "incomplete")
    assert_finding(result, "image-review", "met")


def test_table_evidence_knows_it_sits_in_an_addendum(auditor, tmp_path):
    from tests.chartmaker import HEADER

    text = ("NOTE\nSeen today.\n" + MD_SIGNED + "\n\nAddendum 1/16/25\nTarget | Dose (Gy) | Fractions\n"
            "PTV70 | 70 | 35\nSpinal cord: Dmax < 45 Gy\n")
    (tmp_path / "rx.txt").write_text(HEADER + text)
    f = assert_finding(auditor.audit_chart(tmp_path), "plan-goals-constraints", "incomplete")
    assert any(e.rule.endswith("/table") and e.section_category == "addendum" for e in f.evidence)


def test_yes_no_form_row_marked_no_is_not_evidence():
    from auditor.models import Document, Page, Table

    rows = (("Item", "Yes", "No"), ("Dose-volume histograms reviewed for targets and critical structures", "", "X"),
            ("Planning CT reviewed with isodose distributions for targets and critical structures", "X", ""))
    text = "\n".join(" | ".join(r) for r in rows) + "\n" + MD_SIGNED
    doc = Document("form.docx", "x", "docx", (Page(1, "Patient Name: Doe, John MRN: 123456\n" + text),), (Table(1, rows),))
    from auditor.audit import Auditor

    result = audit(Auditor(), [doc])
    f = assert_finding(result, "dvh-review", "missing")
    assert "answered No" in f.evidence[0].explanation or f.evidence[0].unchecked
    assert_finding(result, "image-review", "met")


def test_signature_block_with_blank_date_is_signed_but_undated(auditor):
    f = assert_finding(audit(auditor, {"img.txt": IMAGES + "Radiation Oncologist: Victor Okafor, MD    Date: ________"}),
                       "image-review", "incomplete")
    assert "not dated" in f.reason and "Victor Okafor" in f.reason


def test_attending_named_in_a_header_is_not_a_signature(auditor):
    f = assert_finding(audit(auditor, {"dvh.txt": "Attending Physician: Jane Roe, MD\n" + DVH}), "dvh-review", "incomplete")
    assert "no radiation oncologist signature" in f.reason


def test_draft_document_signatures_do_not_count(auditor):
    result = audit(auditor, {"dvh.txt": "DRAFT\n" + DVH + MD_SIGNED})
    f = assert_finding(result, "dvh-review", "incomplete")
    assert "draft" in f.reason.lower()


def test_qa_cosigned_across_two_documents_is_met(auditor):
    docs = {"qa.txt": QA + MP_SIGNED, "qa-review.txt": "I have reviewed the patient-specific IMRT QA results, which passed.\n" + MD_SIGNED}
    f = assert_finding(audit(auditor, docs), "dosimetric-verification", "met")
    assert {s.role for s in f.signatures} == {"radiation_oncologist", "medical_physicist"}


def test_another_patients_document_does_not_count(auditor):
    from tests.chartmaker import document

    other = "SYNTHETIC\nPatient Name: Smith, Mary   MRN: 999999   DOB: 07/08/1960\n\n"
    docs = [document("rx.txt", RX + MD_SIGNED), document("dvh-other.txt", DVH + MD_SIGNED, header=other)]
    result = audit(auditor, docs)
    f = assert_finding(result, "dvh-review", "missing")
    assert "dvh-other.txt" in f.reason and "999999" in f.reason
    assert result.identity["documents_naming_another_patient"][0]["document"] == "dvh-other.txt"


def test_unreadable_page_makes_missing_evidence_needs_review(auditor):
    from auditor.models import Document, Page, Problem

    scanned = Document("scan.pdf", "x", "pdf", (Page(1, "", has_text_layer=False, needs_ocr=True),),
                       problems=(Problem("needs-ocr", "page 1 has no text layer", 1),))
    from tests.chartmaker import document

    result = audit(auditor, [document("rx.txt", RX + MD_SIGNED), scanned])
    f = assert_finding(result, "dvh-review", "needs_review")
    assert "scan.pdf" in f.reason
    assert finding(result, "plan-goals-constraints").status.value == "met"


def test_unknown_signer_role_needs_review(auditor):
    f = assert_finding(audit(auditor, {"dvh.txt": DVH + "Reviewed by: J. Smith 01/15/2025"}), "dvh-review", "needs_review")
    assert "roster" in f.reason


def test_roster_overrides_credential_guess():
    from auditor.audit import Auditor

    rostered = Auditor(roster={"J. Smith": "radiation_oncologist"})
    assert_finding(audit(rostered, {"dvh.txt": DVH + "Reviewed by: J. Smith 01/15/2025"}), "dvh-review", "met")


def test_necessity_criterion_names_the_conditions(auditor):
    text = NECESSITY + "Dose escalation to 74 Gy is planned.\n" + MD_SIGNED
    f = assert_finding(audit(auditor, {"n.txt": text}), "necessity-criterion", "met")
    assert f.criteria == (1, 5)


def test_every_finding_carries_document_page_and_offsets(auditor):
    from tests.chartmaker import document

    doc = document("rx.txt", RX + MD_SIGNED)
    f = finding(audit(auditor, [doc]), "plan-goals-constraints")
    e = f.evidence[0]
    page_text = doc.pages[e.page - 1].text
    assert page_text[e.start:e.end] == e.match
    assert e.match in e.quote and e.document == "rx.txt"
    assert f.signatures[0].name == "Jane Roe" and f.signatures[0].date == "2025-01-15"


@pytest.mark.parametrize("s, i", [("\u017f", "i"), ("s", "\u0131"), ("S", "\u0130")])
def test_letters_lower_does_not_fold_still_reach_the_patterns(s, i):
    """The lower-cased keyword pre-scans step aside for ſ, ı and İ, which re.I reads as s or i."""
    from auditor.identity import identify
    from auditor.models import Document, Page
    from auditor.signatures import find_signatures

    text = (f"Note\nElectronically {s}{i}gned by Jane Roe, MD 01/02/2025\n"
            f"Pat{i}ent: Roe, Jane  Med{i}cal record no. 12345  Date of B{i}rth 01/02/1960\n")
    doc = Document("n.txt", "x", "txt", (Page(1, text),))
    assert [(sig.state.value, sig.name, sig.date) for sig in find_signatures(doc)] == [("signed", "Jane Roe", "2025-01-02")]
    ident = identify(doc)
    assert (ident.names, ident.mrns, ident.dobs) == (("jane roe",), ("12345",), ("1960-01-02",))


@pytest.mark.parametrize("label", ["MRN:", "Medical Record Number:", "Patient ID", "Pt. ID", "Chart #", "Chart No.", "Chart Number:"])
def test_every_mrn_label_the_pattern_names_is_read(label):
    """The pre-scan that picks where the MRN pattern runs must offer every label the pattern accepts
    ("Chart Number" was missed by the pre-scan, not by the pattern)."""
    from auditor.identity import identify
    from auditor.models import Document, Page

    doc = Document("n.txt", "x", "txt", (Page(1, f"Patient: Roe, Jane   {label} 83071139\n"),))
    assert identify(doc).mrns == ("83071139",)


@pytest.mark.parametrize("header", [
    ("Beam", "Technique", "Gantry start [deg]", "Gantry stop [deg]", "Rotation", "MU"),  # units in brackets
    ("Beam", "Type", "Start", "Stop", "Dir", "MU"),  # angle columns that say only Start/Stop, beside a beam column
    ("Faisceau / Beam", "Technique", "Bras / Gantry (deg)", "Collimateur", "Table", "UM / MU"),  # bilingual headers
])
def test_field_tables_in_planning_system_layouts_describe_the_portals(auditor, header):
    from auditor.models import Document, Page, Table
    from tests.chartmaker import HEADER, assert_finding, audit

    rows = (header, ("ARC1", "VMAT", "181.0", "179.0", "CW", "428"), ("ARC2", "VMAT", "179.0", "181.0", "CCW", "417"))
    text = HEADER + "PLAN REPORT\n" + "\n".join(" ".join(r) for r in rows) + "\n"
    doc = Document("plan.txt", "x", "txt", (Page(1, text),), (Table(1, rows),))
    assert_finding(audit(auditor, [doc]), "portal-description", "met")


def test_a_start_column_without_a_beam_column_is_no_field_table(auditor):
    from auditor.models import Document, Page, Table
    from tests.chartmaker import HEADER, audit, finding

    rows = (("Phase", "Start", "Stop"), ("Initial", "2025-01-02", "2025-02-10"))
    doc = Document("sched.txt", "x", "txt", (Page(1, HEADER + "SCHEDULE\nPhase Start Stop\nInitial 2025-01-02 2025-02-10\n"),), (Table(1, rows),))
    assert finding(audit(auditor, [doc]), "portal-description").status.value == "missing"


def test_numbered_beams_in_a_script_export_count_the_portals(auditor):
    text = ("PLAN SUMMARY\n# beam list (gantry IEC 61217, degrees)\n"
            "beam[1] A1 arc gantry 181.0 -> 179.0 (CW) coll 15.0\nbeam[2] A2 arc gantry 179.0 -> 181.0 (CCW) coll 345.0\n")
    assert_finding(audit(auditor, {"plan.txt": text}), "portal-description", "met")


@pytest.mark.parametrize("text, status", [
    # a compensator's ID per field says which one is mounted, not its design
    ("Field | Gantry | Compensator ID | MU\nP1 | 0 | TD-6641-C1 | 171\nP2 | 72 | TD-6641-C2 | 165\n", "missing"),
    ("Compensators: design per field in compensator design record TD-CDR-6641\n", "missing"),  # a pointer, the record absent
    ("Field | Gantry | Compensator design | Max thickness\nP1 | 0 | brass, milled map CM-1 | 3.2 cm\n"
     "P2 | 72 | brass, milled map CM-2 | 2.9 cm\n", "met"),
])
def test_compensator_design_needs_a_design_not_an_id(auditor, text, status):
    from tests.chartmaker import audit, finding

    plan = ("PLAN REPORT\nTechnique: compensator-based IMRT, 2 fields, one solid brass compensator per field.\n"
            "Fields at gantry 0 and 72 degrees.\n" + text)
    f = finding(audit(auditor, {"plan.txt": plan}), "compensator-design")
    assert f.status.value == status, f.reason
