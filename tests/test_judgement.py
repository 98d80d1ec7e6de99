"""Clinical judgement, each case both ways: the trap an auditor would not pass and its compliant twin.

Expected statuses follow docs/requirements.md ("Clinical judgement") and the checklist's judgement
policy (30-day late window), written from the rules, not from the tool's output.
"""

import pytest

from tests.chartmaker import HEADER, MD_SIGNED, MP_SIGNED, assert_finding, audit, document, finding

RX = "PRESCRIPTION\nPTV70: 70 Gy in 35 fractions, D95 >= 95%.\nSpinal cord: Dmax < 45 Gy\nParotids: mean < 26 Gy\n"
NEED = ("MEDICAL NECESSITY\nIMRT is required rather than 3D conformal planning because the target volume is in close "
        "proximity to the spinal cord and parotid glands, which must be protected.\n")


def qa(result: str, md: str = MD_SIGNED, mp: str = MP_SIGNED, measured: str = "01/14/2025") -> str:
    return ("PATIENT-SPECIFIC IMRT QA\nArcCHECK phantom measurement. Measurement date: " + measured + "\n"
            "Gamma 3%/2 mm, action level 90%.\n" + result + "\n" + mp + "\n" + md)


PASSED = "Composite gamma pass rate 98.7%. Result: PASS"
FAILED = "Composite gamma pass rate 87.5%. OVERALL RESULT: FAIL - REPLAN REQUIRED"
BELOW = "Composite gamma pass rate 88.4%."


@pytest.mark.parametrize("result, status, words", [
    (FAILED, "incomplete", "failed"),
    (BELOW, "incomplete", "below its own action level"),
    (PASSED, "met", ""),
])
def test_a_failed_qa_verifies_nothing(auditor, result, status, words):
    f = assert_finding(audit(auditor, {"qa.txt": qa(result)}), "dosimetric-verification", status)
    assert words in f.reason


def test_a_failed_qa_with_a_later_passing_measurement_is_met(auditor):
    docs = {"qa_v1.txt": qa(FAILED, measured="01/13/2025"), "qa_v2.txt": qa(PASSED, measured="01/14/2025")}
    assert_finding(audit(auditor, docs), "dosimetric-verification", "met")


def test_a_calculation_only_check_is_not_dosimetric_verification(auditor):
    calc = ("INDEPENDENT DOSE CHECK\nMobius3D recalculation of the plan versus the TPS: gamma 3%/2 mm 99.4%. Status: PASS\n"
            + MP_SIGNED + "\n" + MD_SIGNED)
    f = assert_finding(audit(auditor, {"check.txt": calc}), "dosimetric-verification", "incomplete")
    assert "calculation" in f.reason


@pytest.mark.parametrize("text, status", [
    ("PLAN EVALUATION\nDVH results: PTV60 D95 100%, brainstem Dmax 52.1 Gy, cord Dmax 38 Gy.\n" + MD_SIGNED, "missing"),
    ("PRESCRIPTION\nPTV60: 60 Gy in 30 fractions.\nPLAN EVALUATION\nBrainstem Dmax 52.1 Gy achieved.\n" + MD_SIGNED, "incomplete"),
    (RX + MD_SIGNED, "met"),
    ("Rx 60 Gy in 30 fx to the PTV; brainstem max < 54 Gy, chiasm < 54 Gy.\n" + MD_SIGNED, "met"),
])
def test_achieved_doses_are_not_goals(auditor, text, status):
    assert_finding(audit(auditor, {"plan.txt": text}), "plan-goals-constraints", status)


@pytest.mark.parametrize("md_date, status, words", [
    ("01/15/2025", "incomplete", "before the QA measurement"),  # the day before the measurement
    ("01/16/2025", "met", ""),
])
def test_a_qa_sign_off_cannot_precede_the_measurement(auditor, md_date, status, words):
    md = f"Electronically signed by Jane Roe, MD on {md_date} 14:32"
    f = assert_finding(audit(auditor, {"qa.txt": qa(PASSED, md=md, measured="01/16/2025")}), "dosimetric-verification", status)
    assert words in f.reason
    if status == "incomplete":
        assert "compliance" in f.fix.lower() and md_date[:2] not in f.fix  # never proposes a date


@pytest.mark.parametrize("created", ["Plan created: 04/10/2025", "Plan: BRAIN_VMAT    Created: 10-Apr-2025 14:20"])
def test_a_review_signed_before_the_plan_existed_attests_nothing(auditor, created):
    plan = f"PLAN REPORT\n{created}\nPTV70: 70 Gy in 35 fractions.\nSpinal cord: Dmax < 45 Gy\n"
    review = ("PLAN REVIEW\nI reviewed the isodose distributions on the planning CT and the DVHs for all targets and critical "
              "structures.\nElectronically signed by Jane Roe, MD on {} 10:00")
    early = audit(auditor, {"plan.txt": plan, "review.txt": review.format("04/08/2025")})
    assert_finding(early, "image-review", "incomplete")
    assert "before the plan it reviews was created" in finding(early, "dvh-review").reason
    assert_finding(audit(auditor, {"plan.txt": plan, "review.txt": review.format("04/11/2025")}), "image-review", "met")


REVIEW = ("PLAN REVIEW\nI reviewed the isodose distributions on the planning CT and the DVHs for all targets and critical "
          "structures.\n")
TREATED = "TREATMENT RECORD\nFirst fraction 05/01/2025.\n"


@pytest.mark.parametrize("body, signed, status", [
    (REVIEW, "06/10/2025", "incomplete"),  # 40 days after the first fraction, no late-entry label
    ("LATE ENTRY - addendum for the review performed on 04/28/2025.\n" + REVIEW, "06/10/2025", "needs_review"),
    (REVIEW, "04/29/2025", "met"),
])
def test_late_signatures_and_late_entries(auditor, body, signed, status):
    docs = {"review.txt": body + f"Electronically signed by Jane Roe, MD on {signed} 10:00", "record.txt": TREATED}
    f = assert_finding(audit(auditor, docs), "image-review", status)
    if status != "met":
        assert "compliance" in f.fix.lower() and "2025" not in f.fix


@pytest.mark.parametrize("measured, status", [("05/03/2025", "incomplete"), ("04/29/2025", "met")])
def test_pre_treatment_qa_measured_after_treatment_began(auditor, measured, status):
    md = f"Electronically signed by Jane Roe, MD on {measured} 16:00"
    mp = f"Medical Physicist: Li Wei, MS, DABR   Date: {measured}"
    f = assert_finding(audit(auditor, {"qa.txt": qa(PASSED, md=md, mp=mp, measured=measured), "record.txt": TREATED}),
                       "dosimetric-verification", status)
    if status == "incomplete":
        assert "after treatment began" in f.reason and "refer to compliance" in f.fix.lower()


THREE_D = ("CONSULT\nIMRT was considered and is not needed: a 3D conformal plan meets every dose constraint.\n"
           "Technique: 3D conformal, four-field box.\n" + MD_SIGNED)


def test_a_3d_course_is_not_audited_as_imrt(auditor):
    result = audit(auditor, {"consult.txt": THREE_D, "rx.txt": RX + MD_SIGNED})
    assert {f.status.value for f in result.findings} == {"not_applicable"}
    assert result.verdict == "not_imrt" and not result.has_gaps
    f = finding(result, "dosimetric-verification")
    assert "not an IMRT course" in f.reason and "77295" in f.reason


def test_an_imrt_course_that_weighs_3d_is_audited_as_imrt(auditor):
    result = audit(auditor, {"consult.txt": NEED + MD_SIGNED, "rx.txt": RX + MD_SIGNED})
    assert result.judgement["technique"]["technique"] == "imrt"
    assert_finding(result, "necessity-statement", "met")
    assert_finding(result, "dosimetric-verification", "missing")


def test_charges_decide_only_when_documents_name_no_technique(auditor):
    result = auditor.audit_documents([document("rx.txt", RX + MD_SIGNED)], "c", charges=[("2025-01-10", "77295")])
    assert result.verdict == "not_imrt"
    result = auditor.audit_documents([document("consult.txt", NEED + MD_SIGNED)], "c", charges=[("2025-01-10", "77295")])
    assert result.judgement["technique"]["technique"] == "imrt"


def _courses(boost_md: str):
    log = ("DELIVERY RECORD\nFx 1 | 03/03/2025 | PELV_VMAT | delivered\nFx 26 | 04/07/2025 | BOOST_VMAT | delivered\n")
    return {
        "rx.txt": "PRESCRIPTION for plans PELV_VMAT and BOOST_VMAT\n" + RX + MD_SIGNED,
        "consult.txt": NEED + MD_SIGNED,
        "log.txt": log,
        "plan_PELV_VMAT.txt": "Plan PELV_VMAT\n7 fields at gantry angles 0, 51, 103, 154, 206, 257, 309 degrees.\n" + REVIEW + MD_SIGNED,
        "plan_BOOST_VMAT.txt": "Plan BOOST_VMAT\n5 fields at gantry angles 0, 72, 144, 216, 288 degrees.\n" + REVIEW + MD_SIGNED,
        "qa_PELV_VMAT.txt": "Plan PELV_VMAT\n" + qa(PASSED),
        "qa_BOOST_VMAT.txt": "Plan BOOST_VMAT\n" + qa(PASSED, md=boost_md),
    }


def test_each_course_needs_its_own_signed_qa(auditor):
    trap = audit(auditor, _courses(boost_md="Radiation Oncologist: ____________  Date: ______"))
    f = assert_finding(trap, "dosimetric-verification", "incomplete")
    assert f.course == "BOOST_VMAT" and "Course BOOST_VMAT" in f.reason
    assert {c["plan"] for c in trap.judgement["courses"]} == {"PELV_VMAT", "BOOST_VMAT"}
    twin = audit(auditor, _courses(boost_md=MD_SIGNED))
    assert_finding(twin, "dosimetric-verification", "met")


def test_another_patients_qa_is_a_misfile_for_health_information_management(auditor):
    other = "SYNTHETIC\nPatient Name: Smith, Mary   MRN: 999999   DOB: 07/08/1960\n\n"
    docs = [document("rx.txt", RX + MD_SIGNED), document("qa.txt", qa(PASSED), header=other)]
    f = assert_finding(audit(auditor, docs), "dosimetric-verification", "missing")
    assert "999999" in f.reason and "health-information management" in f.fix.lower()
    assert_finding(audit(auditor, [document("rx.txt", RX + MD_SIGNED), document("qa.txt", qa(PASSED))]),
                   "dosimetric-verification", "met")


def test_an_unsigned_order_is_not_fixed_by_a_late_signature(auditor):
    f = assert_finding(audit(auditor, {"rx.txt": RX + "Physician signature: ________"}), "plan-goals-constraints", "incomplete")
    assert "order" in f.fix and "2025" not in f.fix


def test_the_chart_report_shows_the_timeline_and_courses(auditor):
    from auditor.report.chart import chart_view
    from auditor.results import chart_dict, results_dict

    result = audit(auditor, _courses(boost_md=MD_SIGNED))
    results = results_dict([chart_dict(result)], auditor.checklist)
    view = chart_view(results, results["charts"][0], generated="2026-12-03")
    kinds = [e["label"] for e in view["timeline"]]
    assert "QA measured" in kinds and "signed" in kinds
    assert [c["plan"] for c in view["courses"]] == ["BOOST_VMAT", "PELV_VMAT"]



def test_77301_billed_for_a_3d_course_is_a_charge_hold(auditor, tmp_path):
    (tmp_path / "consult.txt").write_text(HEADER + THREE_D)
    (tmp_path / "charges.csv").write_text("date_of_service,code,modifiers,units,icd10,rendering_provider\n"
                                          "2025-01-10,77301,,1,C61,SYNTHETIC\n")
    result = auditor.audit_chart(tmp_path)
    assert result.verdict == "not_imrt"
    data = auditor.record(result, tmp_path)
    held = {f["rule"]: f for f in data["charge_findings"] if f["status"] == "hold"}
    assert "imrt-plan-for-a-3d-course" in held and "77295" in held["imrt-plan-for-a-3d-course"]["fix"]


@pytest.mark.parametrize("line, expected", [
    ("2025-03-04 Plan BOOST fraction 3 of 8 treated", True),
    ("Fx 12 PLAN_A 2025-03-04", True),
    ("Plan BOOST delivered to the phantom", False),  # a QA delivery
    ("fraction of the dose to the cord", False),
    ("Plan BOOST reviewed", False),
])
def test_the_courses_policy_reads_delivery_lines(line, expected):
    from auditor.checklist import load_checklist

    assert load_checklist().judgement.courses.delivery_line(line) is expected


LOG = ("TREATMENT RECORD\nFx   Date        Treated plan     Fields\n"
       "1    2025-04-17  PELV_VMAT        F1_G180..F7_G130\n2    2025-04-18  PELV_VMAT        F1_G180..F7_G130\n"
       "3    2025-05-20  BOOST_VMAT       F1_G180\n\nCourse complete.\n")


def test_a_treatment_log_gives_the_first_fraction_and_the_treated_plans(auditor):
    """Each dated row under a log's header ("Fx  Date  Treated plan") is a delivered fraction: its first
    date is the first fraction, and the plan each row names first (not its field ids) is a course."""
    from auditor.checklist import load_checklist
    from auditor.judge.courses import _deliveries, first_logged
    from auditor.models import Document, Page

    policy = load_checklist().judgement.courses
    plans = {"PELV_VMAT", "BOOST_VMAT", "F1_G180", "F7_G130"}
    assert _deliveries({"log.txt": LOG}, plans, policy) == {"PELV_VMAT": "2025-04-17", "BOOST_VMAT": "2025-05-20"}
    doc = Document("log.txt", "x", "txt", (Page(1, LOG),))
    assert first_logged([doc], policy) == ("2025-04-17", "log.txt")
    assert first_logged([Document("n.txt", "x", "txt", (Page(1, LOG.replace("Treated plan", "Comment").replace("Fx   Date", "No.  When")),))],
                        policy) == ("", "")


@pytest.mark.parametrize("answer, status", [
    ("see consultation letter", "missing"),  # the form's question, answered elsewhere: not a statement
    ("IMRT is needed instead of 3D because the target abuts the spinal cord, which 3D cannot spare.", "met"),
])
def test_a_form_field_answered_by_a_pointer_is_not_the_statement(auditor, answer, status):
    form = ("IMRT MEDICAL NECESSITY FORM\nReason IMRT is needed instead of 3D / conventional: " + answer + "\n" + MD_SIGNED)
    assert_finding(audit(auditor, {"form.txt": form}), "necessity-statement", status)


def test_a_qa_acquisition_date_is_its_measurement_date(auditor):
    text = qa(PASSED, measured="01/14/2025").replace("Measurement date: 01/14/2025", "Acquired Jan 16, 2025 17:40 PST")
    f = assert_finding(audit(auditor, {"qa.txt": text}), "dosimetric-verification", "incomplete")
    assert "before the QA measurement" in f.reason  # the physician signed on 01/15, before the acquisition


REPEAT = ("Criteria: gamma 3%/1 mm; tolerance 95%, action 90%\nMeasurement 1 - 01/13/2025\nARC1 | 88.4% | below action level\n"
          "Composite 87.8% - FAIL. Phantom re-positioned.\nMeasurement 2 (repeat) - 01/14/2025\nARC1 | 98.3% | PASS\n"
          "Composite pass rate 98.8% - PASS.")


@pytest.mark.parametrize("result, status", [
    (REPEAT, "met"),  # the repeat in the same report passed
    (REPEAT.replace("98.3% | PASS", "86.0% | FAIL").replace("98.8% - PASS", "86.5% - FAIL"), "incomplete"),  # the repeat failed too
    ("ARC1 gamma pass rate 88.0% FAIL\nARC2 gamma pass rate 99.0% PASS", "incomplete"),  # one arc failed, no repeat
])
def test_a_repeat_measurement_in_the_same_report_must_pass(auditor, result, status):
    assert_finding(audit(auditor, {"qa.txt": qa(result, measured="01/14/2025")}), "dosimetric-verification", status)


@pytest.mark.parametrize("sentence, criterion", [
    ("Loops of small bowel lie directly on the presacral nodal target, and the bowel must be protected.", 1),
    ("The prostate will be taken to 79.2 Gy, which is beyond the 66-70 Gy that a conventional technique could deliver.", 5),
])
def test_necessity_conditions_written_organ_first_or_dose_first(auditor, sentence, criterion):
    text = ("MEDICAL NECESSITY\nIMRT is required rather than 3D conformal planning. " + sentence
            + " The rectum and bladder are the organs at risk.\n" + MD_SIGNED)
    f = assert_finding(audit(auditor, {"consult.txt": text}), "necessity-criterion", "met")
    assert criterion in f.criteria


def test_an_action_level_with_a_parenthesis_still_judges_the_pass_rates(auditor):
    text = ("PATIENT-SPECIFIC IMRT QA\nFilm in a slab phantom. Measured on 01/14/2025\nAction level (gamma pass rate) 90%\n"
            "Composite 2083 87.6%\n" + MP_SIGNED + "\n" + MD_SIGNED.replace("01/15/2025", "01/17/2025"))
    f = assert_finding(audit(auditor, {"qa.txt": text}), "dosimetric-verification", "incomplete")
    assert "below its own action level of 90%" in f.reason


def test_plan_statistics_under_a_prescription_are_results_not_goals(auditor):
    text = ("RADIATION PRESCRIPTION\nDOSE PRESCRIPTION\nPTV_6600  66 Gy  33 fractions  2 Gy\n\n"
            "PLAN STATISTICS AT APPROVAL (FROM THE CALCULATED PLAN)\nSpinal cord  Dmax  40.7 Gy\nParotid L  Dmean  18.3 Gy\n"
            + MD_SIGNED)
    assert_finding(audit(auditor, {"rx.txt": text}), "plan-goals-constraints", "incomplete")


def test_imrt_asked_for_only_on_a_condition_is_no_necessity_statement(auditor):
    text = ("CONSULT\nTechnique: I would like a 3D conformal plan prepared first. Should the 3D conformal plan not meet the "
            "limits for the heart, lungs and spinal cord, IMRT may then be requested and justified at that point.\n" + MD_SIGNED)
    assert finding(audit(auditor, {"consult.txt": text}), "necessity-statement").status.value != "met"


@pytest.mark.parametrize("method, status", [
    ("Verification method: secondary Monte Carlo recalculation of the exported plan; no beam delivery, no phantom or "
     "detector used. Isocenter dose difference measured against TPS: -0.6%.", "incomplete"),
    ("Verification method: ArcCHECK phantom measurement of the delivered plan.", "met"),
])
def test_a_report_that_says_nothing_was_delivered_is_a_calculation(auditor, method, status):
    """'measured against TPS' and a negated 'phantom' do not make a recalculation a measurement."""
    text = ("PATIENT-SPECIFIC IMRT QA - DOSE VERIFICATION REPORT\n" + method + "\nMeasurement date: 01/14/2025\n"
            "Gamma 3%/2 mm, action level 90%.\n" + PASSED + "\n" + MP_SIGNED + "\n" + MD_SIGNED)
    f = assert_finding(audit(auditor, {"qa.txt": text}), "dosimetric-verification", status)
    if status == "incomplete":
        assert "no beam delivery" in f.reason


@pytest.mark.parametrize("banner, status", [
    ("SUPERSEDED - replaced by version 2 (Corrected copy) on 03/27/2025. Printed for the legal record only.", "incomplete"),
    ("Version 2 of 2 - current", "met"),
])
def test_a_superseded_version_signs_nothing(auditor, banner, status):
    rx = (f"{banner}\nRADIATION PRESCRIPTION\nPTV_5400: 54 Gy in 30 fractions.\nSmall bowel: V45Gy < 195 cc\n"
          "Bladder: V35Gy < 50%\nSigned by Rosalind Achterberg, MD (Radiation Oncology) on 03/25/2025 9:52 AM")
    assert_finding(audit(auditor, {"rx.txt": rx}), "plan-goals-constraints", status)


def test_another_patients_report_inside_a_packet_does_not_count(auditor):
    """A release packet keeps this patient's running header on every page, but its page 2 is another patient's
    QA report: that page's evidence and signatures do not count, and the fix sends the page to HIM."""
    from tests.chartmaker import document as doc

    head = "ROI CHART COPY - Roe, Jane | MRN 55501234 | DOB 01/02/1950\n"
    page1 = head + "CONSULTATION\nPatient: Roe, Jane  MRN: 55501234  DOB: 01/02/1950\nSquamous cell carcinoma.\n"
    page2 = (head + "PATIENT-SPECIFIC IMRT QA\nPatient: Smith, Robert  MRN: 55509999  DOB: 07/08/1944\n"
             "ArcCHECK phantom measurement. Measurement date: 01/14/2025\nGamma 3%/2 mm, action level 90%.\n"
             + PASSED + "\n" + MP_SIGNED + "\n" + MD_SIGNED)
    other = doc("other.txt", "PLAN NOTE\nPatient: Roe, Jane  MRN: 55501234  DOB: 01/02/1950\n", header="")
    result = audit(auditor, [doc("packet.pdf", page1, page2, header=""), other])
    f = assert_finding(result, "dosimetric-verification", "missing")
    assert "packet.pdf p.2" in f.reason and "health-information management" in f.fix
    assert result.identity["pages_naming_another_patient"][0]["page"] == 2


@pytest.mark.parametrize("plan, status", [("RUL_SBRT_2024", "missing"), ("RHIL_VMAT", "met")])
def test_a_dvh_review_copied_forward_from_another_plan_is_not_this_courses(auditor, plan, status):
    """The review's DVH paragraph names the prior course's plan: for the plan being treated it is history."""
    docs = {
        "rx.txt": "PRESCRIPTION for plan RHIL_VMAT\n" + RX + MD_SIGNED,
        "consult.txt": NEED + MD_SIGNED,
        "log.txt": "DELIVERY RECORD\nFx 1 | 05/12/2025 | RHIL_VMAT | delivered\n",
        "review.txt": ("PLAN REVIEW\nI reviewed plan RHIL_VMAT on the planning CT with the isodose lines over the targets "
                       f"and critical structures.\nDose-volume histograms for plan {plan} reviewed for every target and "
                       "critical structure: spinal cord Dmax 11.9 Gy.\n" + MD_SIGNED),
        "qa.txt": "Plan RHIL_VMAT\n" + qa(PASSED),
    }
    f = assert_finding(audit(auditor, docs), "dvh-review", status)
    if status == "missing":
        assert any("not this course's plan RHIL_VMAT" in e.explanation for e in f.evidence)


def test_a_consult_that_mentions_the_prior_courses_plan_still_counts_for_this_course(auditor):
    """'Prior radiation: SBRT ... (plan RUL_SBRT_2024)' in the consult's history does not make it that plan's
    document (superseded); a report headed by an undelivered plan is still history."""
    docs = {
        "rx.txt": "PRESCRIPTION for plan RHIL_VMAT\n" + RX + MD_SIGNED,
        "consult.txt": NEED + "\nPrior radiation: SBRT to the right upper lobe, completed June 2024 (plan RUL_SBRT_2024).\n" + MD_SIGNED,
        "log.txt": "DELIVERY RECORD\nFx 1 | 05/12/2025 | RHIL_VMAT | delivered\n",
        "review.txt": "Plan RHIL_VMAT\n" + REVIEW + MD_SIGNED,
        "qa.txt": "Plan RHIL_VMAT\n" + qa(PASSED),
    }
    result = audit(auditor, docs)
    assert_finding(result, "necessity-statement", "met")
    assert "consult.txt" not in {s["document"] for s in result.judgement.get("superseded", [])}


@pytest.mark.parametrize("boost_sign, status", [
    ("Approvals\nPhysicist signature: ____________\nPhysician signature: ____________\n", "incomplete"),
    ("Approvals\n" + MP_SIGNED.replace("01/16", "03/20") + "\n" + MD_SIGNED.replace("01/15", "03/21") + "\n", "met")])
def test_a_chart_copy_holding_both_courses_qa_signs_each_on_its_own_page(auditor, boost_sign, status):
    """One PDF, page 1 the pelvic plan's signed QA, page 2 the boost's: the boost is verified only by its own page."""
    from tests.chartmaker import document as doc

    pelv = ("Patient-specific IMRT QA - PELV_VMAT\nArcCHECK phantom measurement. Measurement date: 01/14/2025\n"
            "Gamma 3%/2 mm, action level 90%.\n" + PASSED + "\nApprovals\n" + MP_SIGNED + "\n" + MD_SIGNED + "\n")  # a sign-off section
    boost = ("Patient-specific IMRT QA - BOOST_VMAT\nArcCHECK phantom measurement. Measurement date: 03/20/2025\n"
             "Gamma 3%/2 mm, action level 90%.\n" + PASSED + "\n" + boost_sign)
    docs = [doc(n, t) for n, t in _courses(boost_md=MD_SIGNED).items() if not n.startswith("qa_")]
    docs.append(doc("chart_copy.txt", pelv, boost))
    f = assert_finding(audit(auditor, docs), "dosimetric-verification", status)
    if status == "incomplete":
        assert f.course == "BOOST_VMAT"


def test_a_treatment_logs_rows_end_where_a_line_of_another_shape_begins(auditor):
    from auditor.judge.courses import _log_rows

    policy = auditor.checklist.judgement.courses
    log = ("Fx Date Treated plan Dose\n1 26-Feb-2025 PELV_VMAT 1.8 Gy\n2 27-Feb-2025 PELV_VMAT 1.8 Gy\n"
           "Charges 77301 PELV_VMAT (20-Feb-2025); 77301 BOOST_VMAT (21-Mar-2025)\n")
    assert [line.split()[0] for line in _log_rows(log, policy).values()] == ["1", "2"]
