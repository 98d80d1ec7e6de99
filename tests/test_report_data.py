"""The synthetic results the report tests share, built through the engine's own dataclasses and
`results_dict`, so the fixture has exactly the `results.json` shape (tested below against the contract).

Three charts: one on hold (every status, signatures of every state, a corrupt and a scanned document,
another patient's document, patient identifiers in the text, markup and a formula in the text), one ready
chart whose id is markup, one that needs review. All names are invented.
"""

from __future__ import annotations

import json

from auditor.checklist import load_checklist
from auditor.models import ChartResult, Document, Evidence, Finding, Page, Problem, Signature, SignatureState, Status
from auditor.results import chart_dict, results_dict
from tests.chartmaker import HEADER, MD_SIGNED, document

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
MARKUP_ID = "chart-<b>x</b>"
FORMULA = '=HYPERLINK("evil","click me")'
PATIENT = {"name": "Quill, Ada", "mrn": "77880011", "dob": "1961-04-05"}
OTHER_PATIENT = {"name": "Zedd, Bo", "mrn": "55550000"}
# every way the hold chart's text names its patient: all must go under --redact
PATIENT_TEXTS = ["Quill, Ada", "Ada Quill", "QUILL", "Quill", "Ada", "77880011", "778-800-11", "04/05/1961",
                 "April 5, 1961", "04/05/61", "1961-04-05", "Zedd", "55550000"]
RUN = {"started": "2025-02-01T08:00:00-05:00", "finished": "2025-02-01T08:01:00-05:00"}
GENERATED = "2025-02-01T08:05:00-05:00"

MARSH_SIGNED = Signature("rx.txt", 1, 600, 650, "Electronically signed by Helen Marsh, MD on 01/15/2025 14:32",
                         SignatureState.SIGNED, "Helen Marsh", ("MD",), "radiation_oncologist", "2025-01-15", "14:32",
                         section_index=1)
ORTIZ_SIGNED = Signature("qa_summary.txt", 1, 300, 350, "Medical Physicist: Lena Ortiz, MS, DABR   Date: 01/16/2025",
                         SignatureState.SIGNED, "Lena Ortiz", ("MS", "DABR"), "medical_physicist", "2025-01-16")
BLANK_MD = Signature("qa_summary.txt", 1, 360, 400, "Radiation Oncologist: ____________  Date: ______",
                     SignatureState.BLANK, "", (), "radiation_oncologist", reason="the signature line is blank")
OKAFOR_SIGNED = Signature("plan.txt", 1, 500, 560, "/s/ Victor Okafor, MD 02/02/2025", SignatureState.SIGNED,
                          "Victor Okafor", ("MD",), "radiation_oncologist", "2025-02-02")


def ev(req, document, quote, match, page=1, **kw) -> Evidence:
    return Evidence(req, f"{req}/test", document, page, 0, len(match), quote, match, **kw)


def doc(path, fmt="txt", pages=1, problems=(), ocr=()) -> Document:
    return Document(path, "0" * 64, fmt, tuple(Page(n, "text", needs_ocr=n in ocr) for n in range(1, pages + 1)),
                    problems=tuple(problems), size=1234)


def hold_chart() -> ChartResult:
    rx = "PTV70: 70 Gy in 35 fractions; spinal cord Dmax < 45 Gy for Ada Quill (DOB April 5, 1961, 04/05/61)."
    necessity = f"IMRT rather than 3D conformal is needed {XSS_SCRIPT} for Quill, Ada, MRN 778-800-11 {XSS_IMG}."
    findings = (
        Finding("plan-goals-constraints", "Plan/prescription defines goals and dose constraints", Status.MET,
                "Documented in rx.txt p.1; signed by Helen Marsh (radiation oncologist, 2025-01-15).",
                evidence=(ev("plan-goals-constraints", "rx.txt", rx, "PTV70: 70 Gy", elements=("critical-structure-constraint",)),),
                signatures=(MARSH_SIGNED,)),
        Finding("necessity-statement", "Treating physician's statement of the special need for IMRT", Status.INCOMPLETE,
                "Found in rx.txt p.1, but it does not show: the organs at risk.", "Name the organs at risk in rx.txt.",
                evidence=(ev("necessity-statement", "rx.txt", necessity, "imrt rather than 3d  conformal", elements=("imrt-named",)),
                          ev("necessity-statement", "rx.txt", "IMRT is not needed.", "IMRT", negated=True)),
                signatures=(MARSH_SIGNED,), responsible="radiation oncologist"),
        Finding("dvh-review", "Radiation oncologist review of dose-volume histograms", Status.MISSING,
                f"The only evidence is in other.txt, which names MRN 55550000, not the chart's MRN 77880011; {FORMULA}",
                "+Have the radiation oncologist review and sign the DVH.",
                evidence=(ev("dvh-review", "other.txt", "DVH reviewed for Zedd, Bo.", "DVH reviewed"),),
                responsible="radiation oncologist"),
        Finding("dosimetric-verification", "Dosimetric verification (IMRT QA)", Status.INCOMPLETE,
                "Found in qa_summary.txt p.1, but no valid radiation oncologist signature: the signature line is blank.",
                "@Obtain the radiation oncologist's signature on qa_summary.txt.",
                evidence=(ev("dosimetric-verification", "qa_summary.txt", "Gamma pass rate 99.1% (3%/2mm).", "Gamma pass rate"),),
                signatures=(ORTIZ_SIGNED, BLANK_MD), responsible="radiation oncologist and medical physicist"),
        Finding("image-review", "Signed and dated review of CT/MRI images with isodose distributions", Status.NEEDS_REVIEW,
                "No readable evidence; it may be on what could not be read: scan.pdf p.1.",
                "Review the unreadable document(s) by hand, or supply a readable copy.", responsible="radiation oncologist"),
        Finding("portal-description", "Number and location of each portal", Status.MISSING,
                "No documentation of this requirement was found in the chart.", "-Add the field table."),
        Finding("compensator-design", "Compensator-based IMRT: the compensator design", Status.NOT_APPLICABLE,
                "Not applicable: the chart does not document compensator-based IMRT."),
    )
    documents = (
        doc("other.txt"), doc("qa_summary.txt"), doc("qa.pdf", "pdf", 0, [Problem("corrupt", "the PDF is truncated")]),
        doc("rx.txt"), doc("scan.pdf", "pdf", 1, [Problem("needs-ocr", "page 1 has no text layer; OCR is needed", 1)], ocr=(1,)),
    )
    identity = {
        **PATIENT,
        "documents_naming_another_patient": [{"document": "other.txt", "reason": "names MRN 55550000, not the chart's MRN 77880011"}],
        "pages_naming_another_patient": [],
        "identifiers": ["04/05/1961", "55550000", "77880011", "Ada Quill", "QUILL, ADA", "Quill, Ada", "Zedd, Bo"],
    }
    return ChartResult("c-hold", documents, findings, identity, (Problem("skipped", "notes.bak: skipped (unsupported)"),))


def ready_chart() -> ChartResult:
    quote = f"Field table: 7 beams at gantry 0, 51, 102 {XSS_IMG} {XSS_SCRIPT}"
    findings = (
        Finding("plan-goals-constraints", "Plan/prescription defines goals and dose constraints", Status.MET, "Documented in plan.txt p.1.",
                evidence=(ev("plan-goals-constraints", "plan.txt", "PTV60: 60 Gy; rectum V70 < 20%.", "PTV60: 60 Gy"),),
                signatures=(OKAFOR_SIGNED,)),
        Finding("portal-description", "Number and location of each portal", Status.MET, "Documented in plan.txt p.1.",
                evidence=(ev("portal-description", "plan.txt", quote, "7 beams at gantry"),)),
        Finding("compensator-design", "Compensator-based IMRT: the compensator design", Status.NOT_APPLICABLE, "Not applicable."),
    )
    identity = {"name": "Brandt, Walter", "mrn": "99022731", "dob": "1951-07-23", "documents_naming_another_patient": [],
                "identifiers": ["07/23/1951", "99022731", "Brandt, Walter"]}
    return ChartResult(MARKUP_ID, (doc("plan.txt"),), findings, identity)


def review_chart() -> ChartResult:
    findings = (
        Finding("plan-goals-constraints", "Plan/prescription defines goals and dose constraints", Status.MET, "Documented in rx.pdf p.2.",
                evidence=(ev("plan-goals-constraints", "rx.pdf", "PTV50: 50 Gy; bladder V65 < 25%.", "PTV50: 50 Gy", page=2),),
                signatures=(MARSH_SIGNED,)),
        Finding("dosimetric-verification", "Dosimetric verification (IMRT QA)", Status.NEEDS_REVIEW, "No readable evidence: qa.pdf is encrypted.",
                "Review the unreadable document(s) by hand, or supply a readable copy.", responsible="radiation oncologist"),
        Finding("compensator-design", "Compensator-based IMRT: the compensator design", Status.MET, "Documented in comp.txt p.1.",
                evidence=(ev("compensator-design", "comp.txt", "Compensator design per portal.", "Compensator design"),)),
    )
    identity = {"name": "", "mrn": "", "dob": "", "documents_naming_another_patient": [], "identifiers": []}
    documents = (doc("qa.pdf", "pdf", 0, [Problem("encrypted", "the PDF is encrypted")]), doc("rx.pdf", "pdf", 2))
    return ChartResult("c-review", documents, findings, identity)


def make_results(extra_charts: list[dict] = ()) -> dict:
    charts = [chart_dict(c) for c in (hold_chart(), ready_chart(), review_chart())] + list(extra_charts)
    return json.loads(json.dumps(results_dict(charts, load_checklist("imrt-lcd"), dict(RUN))))  # as read back from results.json


def test_fixture_has_the_shape_of_a_real_results_json(auditor):
    """Same keys at every level as what the engine writes for a real (tiny) chart."""
    results = make_results()
    chart = results["charts"][0]
    text = (HEADER + "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions. Spinal cord Dmax < 45 Gy.\n" + MD_SIGNED + "\n")
    real = json.loads(json.dumps(results_dict([chart_dict(auditor.audit_documents([document("rx.txt", text)], "real"))],
                                              auditor.checklist)))
    assert set(results) == set(real)
    assert set(chart) == set(real["charts"][0])
    finding = next(f for f in real["charts"][0]["findings"] if f["evidence"] and f["signatures"])
    assert set(chart["findings"][0]) == set(finding)
    assert set(chart["findings"][0]["evidence"][0]) == set(finding["evidence"][0])
    assert set(chart["findings"][0]["signatures"][0]) == set(finding["signatures"][0])
    assert set(chart["documents"][0]) == set(real["charts"][0]["documents"][0])
    assert set(chart["identity"]) == set(real["charts"][0]["identity"])
    assert [c["verdict"] for c in results["charts"]] == ["hold", "ready", "needs_review"]
