"""The chart table of eval/novel_a: documents and hand-written expectations.

Every status below was decided by reading the rendered documents against docs/requirements.md and the LCD.
The `why` strings quote the chart's own layout; dates come from the chart's timeline (na_common.make_ctx).
"""
import datetime as dt

import na_docs_a as A
import na_docs_b as B
from na_world import D

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]


def E(status, why, criteria=None):
    e = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


def d(x, key):
    return x.T[key][0].isoformat()


COND_WORDS = {1: "close proximity (condition 1)", 2: "narrow margin to protect an immediately adjacent organ (condition 2)",
              3: "abutting a previously irradiated field (condition 3)", 4: "concave target around critical tissue (condition 4)",
              5: "dose escalation beyond conventional (condition 5)"}


def cond_why(x, where):
    def q(t):
        return t if len(t) <= 90 else t[:87].rstrip() + "..."
    return "%s: %s" % (where, "; ".join("'%s' = %s" % (q(x.s["cond"][c]), COND_WORDS[c]) for c in x.conds))


MLC = E("not_applicable", "MLC-delivered IMRT/VMAT; no document describes compensator-based IMRT")


# ------------------------------------------------------------------------------------------------------------
# default (met) expectations per clinic layout; the chart table overrides the trapped cells
# ------------------------------------------------------------------------------------------------------------
def defaults(ch, x):
    k, c, s = ch["clinic"], x.c, x.s
    lim0 = "%s %s %s" % s["limits"][0]
    rx0 = "%s %s Gy in %d fractions" % (s["rx"][0][0], ("%g" % s["rx"][0][2]), s["rx"][0][3])
    fx1, plan, qa, qamd, rev = d(x, "fx1"), d(x, "plan"), d(x, "qa"), d(x, "qa_md"), d(x, "review")
    nb = len(x.beams)
    kind = "VMAT arcs" if x.beams[0][0] == "arc" else "static IMRT beams"
    e = {}
    if k == "northbridge":
        e["plan-goals-constraints"] = E("met", "rx_order.txt (Epic-style order detail): %s and a 'PLANNING CONSTRAINTS - ORGANS AT RISK' "
                                        "list (%s, ...); closed by 'Authorizing provider e-signature: Lindqvist-Abara, Harriet, MD - <date time EST>'"
                                        % (rx0, lim0))
        e["necessity-statement"] = E("met", "consult.pdf section 'IMRT/VMAT rather than 3D-CRT - clinical rationale' names the %s; "
                                     "resident-authored, and the attending's In Basket cosign is completed ('Cosigned by: "
                                     "Lindqvist-Abara, Harriet, MD (Attending Physician, Radiation Oncology) on %s')" % (s["oars"], d(x, "consult")))
        e["necessity-criterion"] = E("met", cond_why(x, "cosigned consult"), list(x.conds))
        e["image-review"] = E("met", "planning_note.docx: isodose lines on every axial CT slice and sagittal/coronal reconstructions "
                              "with target and OAR contours; resident e-signature plus the attending's 'Cosigned by:' line dated %s "
                              "(after the plan of %s, before the first fraction %s)" % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same cosigned planning note: DVHs for the targets and each OAR with achieved values")
        e["portal-description"] = E("met", "monaco_plan_summary.pdf beam summary: %d %s with gantry start, stop, arc length and direction" % (nb, kind))
        e["dosimetric-verification"] = E("met", "iviewdose_qa.pdf: EPID measurement acquired %s, every beam and the composite above the "
                                         "95%% tolerance (action 90%%), 'Overall result: PASS'; sign-off table rows 'Physics analysis | "
                                         "Okezie Farringdon | PhD, DABR | <date> | e-signed' (%s) and 'Physician review | Harriet "
                                         "Lindqvist-Abara | MD | <date> | e-signed' (%s), before the first fraction %s" % (qa, qa, qamd, fx1))
    elif k == "greatlakes":
        e["plan-goals-constraints"] = E("met", "prescription.pdf: %s and an 'Organ-at-risk dose limits (hard constraints)' table (%s, ...); "
                                        "boxed header 'Document Status: Final (Signed) / Signed By: RAVENSWORTH, CORDELIA A MD / Signed On: %s' "
                                        "at the top of the page" % (rx0, lim0, d(x, "rx")))
        e["necessity-statement"] = E("met", "consult.rtf section 'Justification for MR-guided IMRT in place of a 3D conformal or "
                                     "conventional plan' names the %s; 'Document signed electronically by: Ravensworth, Cordelia A MD "
                                     "(Radiation Oncology) on DD-MON-YYYY at hh:mm CST'" % s["oars"])
        e["necessity-criterion"] = E("met", cond_why(x, "signed consult"), list(x.conds))
        e["image-review"] = E("met", "plan_evaluation.pdf: every axial slice of the planning MR/CT with 100/95/80/50%% isodose lines, target "
                              "and OARs; signed electronically %s (after the plan of %s, before the first fraction %s)" % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same signed evaluation: DVH of each target and organ at risk with values")
        e["portal-description"] = E("met", "mridian_plan.pdf: %d step-and-shoot IMRT beams, each with its gantry angle" % nb)
        e["dosimetric-verification"] = E("met", "quadrascan_qa.pdf: diode-array measurement %s, all beam groups and the composite above the "
                                         "95%% tolerance, 'RESULT: PASS'; 'Physics approval: Signed - Declan Orsolya-Whitt, MS, DABR (Medical "
                                         "Physicist) %s' and 'Physician review: Signed - Cordelia A. Ravensworth, MD (Radiation Oncology) %s'. "
                                         "The RadCalc-style secondary calculation is not a measurement and adds nothing" % (qa, qa, qamd))
    elif k == "sonoran":
        e["plan-goals-constraints"] = E("met", "rt_order.docx: %s and a 'Normal tissue dose limits' table (%s, ...); 'Order signed-off by "
                                        "Priyanka Deshmukh-Harlan, MD <mm/dd/yyyy hh:mm AM MST>'" % (rx0, lim0))
        e["necessity-statement"] = E("met", "consult.pdf section 'Why a 3D conformal plan is not adequate and IMRT is needed' names the %s; "
                                     "'Encounter signed-off by Priyanka Deshmukh-Harlan, MD, <date> <time> MST'" % s["oars"])
        e["necessity-criterion"] = E("met", cond_why(x, "signed-off consult"), list(x.conds))
        e["image-review"] = E("met", "planning_visit.pdf: axial/sagittal/coronal CT with isodose lines over targets and critical structures; "
                              "encounter signed-off %s (after the plan of %s, before the first fraction %s)" % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same signed-off encounter: 'Dose-volume histograms of all targets and critical structures reviewed' with values")
        e["portal-description"] = E("met", "solstice_plan.pdf treatment-field table: %d %s with gantry angles" % (nb, kind))
        e["dosimetric-verification"] = E("met", "tessera_qa.pdf: rotational diode phantom measured %s, every field and the plan above the 95%% "
                                         "tolerance, 'Plan QA status: PASSED'; 'Physicist sign-off: Rutger Vandermolen-Ayala, PhD, DABR | %s' and "
                                         "'Radiation oncologist sign-off: Priyanka Deshmukh-Harlan, MD | %s'" % (qa, qa, qamd))
    elif k == "bayshore":
        e["plan-goals-constraints"] = E("met", "prescription.docx: %s and a 'Dose constraints for organs at risk' table (%s, ...); "
                                        "'Electronically authenticated by: Simone Okafor-Whitley, MD <date time EDT>'" % (rx0, lim0))
        e["necessity-statement"] = E("met", "consult.txt (eScription-style dictation): 'With respect to technique, a three-dimensional conformal "
                                     "plan would not be adequate here...' naming the %s; 'Electronically authenticated by: Simone "
                                     "Okafor-Whitley, MD' the next morning" % s["oars"])
        e["necessity-criterion"] = E("met", cond_why(x, "authenticated consult"), list(x.conds))
        e["image-review"] = E("met", "planning_note.txt: axial, sagittal and coronal CT with the isodose distribution relative to target and "
                              "critical structures; 'Electronically authenticated by:' %s (after the plan of %s, before the first "
                              "fraction %s)" % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same authenticated note, 'DOSE-VOLUME HISTOGRAMS:' target and each critical structure with values")
        e["portal-description"] = E("met", "tidewater_plan.pdf beam table: %d %s with 'Gantry rotation (start / stop / dir)'" % (nb, kind))
        e["dosimetric-verification"] = E("met", "helioarray_qa.pdf: cylindrical diode array delivered %s, every arc and the composite at or above "
                                         "tolerance, 'Result: PASS'; 'Measured and analyzed by: Ignatius Bellweather-Soto, MS, DABR (Medical "
                                         "Physicist) %s' and 'Physician concurrence: Simone Okafor-Whitley, MD %s'" % (qa, qa, qamd))
    elif k == "cascadia":
        e["plan-goals-constraints"] = E("met", "directive.docx: %s and an 'Organ-at-risk planning objectives (limits)' table (%s, ...); "
                                        "'Signed: Bartholomew Achterlonie-Reyes, MD | Attending Physician, Radiation Oncology | <Day Mon d, yyyy h:mm PM PDT>'"
                                        % (rx0, lim0))
        e["necessity-statement"] = E("met", "consult.pdf 'Technique selection (IMRT vs 3D conformal)' names the %s; written by the clinical "
                                     "fellow and made the attending's by the 'Teaching Physician Attestation' with the attending's 'Signed:' line"
                                     % s["oars"])
        e["necessity-criterion"] = E("met", cond_why(x, "attested consult"), list(x.conds))
        e["image-review"] = E("met", "plan_review.pdf (attending): axial slices and coronal/sagittal reformats with 105/100/95/50%% isodose "
                              "lines over the targets and OARs; 'Signed: ... | %s' (after the plan of %s, before the first fraction %s)"
                              % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same signed plan review: DVHs for each target and organ at risk with values")
        e["portal-description"] = E("met", "cirrus_plan.pdf: %d %s with 'Gantry arc (start -> stop)' and rotation" % (nb, kind))
        e["dosimetric-verification"] = E("met", "pd_qa.pdf (Portal Dosimetry-style): EPID measured %s, every field above the 95%% tolerance, "
                                         "'Overall: Passed'; 'Medical Physicist: Signed Wendeline Parkhurst-Oduya, PhD, DABR | %s' and "
                                         "'Radiation Oncologist: Signed Bartholomew Achterlonie-Reyes, MD | %s'" % (qa, qa, qamd))
    elif k == "piedmont":
        e["plan-goals-constraints"] = E("met", "prescription.pdf: %s and an 'Organ-at-risk constraints' table (%s, ...); "
                                        "'E-signed: Josephine Fairweather-Nkemelu, MD (Radiation Oncology) <yyyy-mm-dd hh:mm EDT>'" % (rx0, lim0))
        e["necessity-statement"] = E("met", "consult.docx 'Need for IMRT over conventional / 3D conformal planning in this patient' names the %s; "
                                     "closed by a Revision History table whose 'Signed' row names Fairweather-Nkemelu, Josephine, MD" % s["oars"])
        e["necessity-criterion"] = E("met", cond_why(x, "signed consult"), list(x.conds))
        e["image-review"] = E("met", "plan_review.docx: isodose curves slice by slice (axial, sagittal, coronal) against the PTV and OARs; "
                              "Revision History 'Signed' row %s (after the plan of %s, before the first fraction %s)" % (rev, plan, fx1))
        e["dvh-review"] = E("met", "same signed note, 'DVH review': PTV and each OAR with values")
        e["portal-description"] = E("met", "keystone_plan.pdf field table: %d %s with gantry start/stop and direction" % (nb, kind))
        e["dosimetric-verification"] = E("met", "vantage3d_qa.pdf: biplanar diode phantom measured %s, every arc and the composite above the 95%% "
                                         "tolerance, 'Verdict: ACCEPTED'; Approvals table 'Physics - measurement and analysis | Anselm Drummond-Iwu "
                                         "| PhD, DABR | %s' and 'Radiation oncologist - review of QA | Josephine Fairweather-Nkemelu | MD | %s'"
                                         % (qa, qa, qamd))
    e["compensator-design"] = MLC
    return e


def three_d(why):
    e = {r: E("not_applicable", why) for r in REQ}
    e["necessity-criterion"] = E("not_applicable", why, [])
    return e


# ------------------------------------------------------------------------------------------------------------
# the charts
# ------------------------------------------------------------------------------------------------------------
CHARTS = [
    dict(id="na01_nb_inbasket_cosign_prostate", clinic="northbridge", site="prostate", conds=[1, 5], base=D(2025, 2, 24),
         pt=("Whitcombe", "Desmond", "61870342", D(1949, 8, 3), "M"),
         style="epic-inbasket+monaco+iviewdose", trap="-",
         desc="Epic-style notes written by a PGY-4 resident and cosigned by the attending through an In Basket routing table plus a "
              "'Cosigned by:' line; order detail TXT with 'Authorizing provider e-signature:'; Monaco-style ruled beam summary "
              "(start/stop/arc length); iViewDose-style EPID QA with a Step | Name | Credentials | Date/Time | Signature table.",
         docs=[("consult.pdf", A.nb_consult, {}), ("rx_order.txt", A.nb_rx, {}), ("monaco_plan_summary.pdf", A.nb_plan, {}),
               ("planning_note.docx", A.nb_review, {}), ("iviewdose_qa.pdf", A.nb_qa, {}),
               ("treatment_summary.txt", A.nb_record, {})]),
    dict(id="na02_gl_sunrise_mridian_pancreas", clinic="greatlakes", site="pancreas", conds=[1, 2], base=D(2025, 1, 13),
         pt=("Kowalewski-Baptiste", "Roberta", "52017789", D(1953, 2, 19), "F"),
         style="sunrise+mridian+quadrascan+radcalc", trap="-",
         desc="Sunrise-style documents: consult (RTF) closed by 'Document signed electronically by: Ravensworth, Cordelia A MD ... on "
              "DD-MON-YYYY at hh:mm CST'; prescription signed only in a boxed header at the top; MRIdian-style 15-beam step-and-shoot "
              "plan; QuadraScan MR (invented) measurement with 'Physics approval: Signed - ...' lines; a RadCalc-style secondary "
              "calculation alongside.",
         docs=[("consult.rtf", A.gl_consult, {}), ("prescription.pdf", A.gl_rx, {}), ("mridian_plan.pdf", A.gl_plan, {}),
               ("plan_evaluation.pdf", A.gl_review, {}), ("quadrascan_qa.pdf", A.gl_qa, {}),
               ("radcalc_check.pdf", A.gl_radcalc, {}), ("treatment_record.txt", A.gl_record, {})]),
    dict(id="na03_sv_athena_signoff_oropharynx", clinic="sonoran", site="oropharynx", conds=[4, 1], base=D(2025, 3, 3),
         pt=("Halvorsen", "Beatriz", "30027715", D(1957, 4, 19), "F"),
         style="athenaone+solstice+tessera", trap="-",
         desc="athenaOne-style encounter documents closed by 'Encounter signed-off by <name>, MD, mm/dd/yyyy hh:mm AM MST' (Arizona, "
              "no DST); Word order 'Order signed-off by'; Solstice Planning (invented) nine-field static IMRT; Tessera 4D (invented) "
              "QA with 'Physicist sign-off:' / 'Radiation oncologist sign-off:' lines.",
         docs=[("consult.pdf", A.sv_consult, {}), ("rt_order.docx", A.sv_rx, {}), ("solstice_plan.pdf", A.sv_plan, {}),
               ("planning_visit.pdf", A.sv_review, {}), ("tessera_qa.pdf", A.sv_qa, {}),
               ("treatment_history.txt", A.sv_record, {})]),
    dict(id="na04_bs_escription_spine_reirradiation", clinic="bayshore", site="spine", conds=[3, 1], base=D(2025, 3, 24),
         pt=("Pemberton-Oyelaran", "Cyril", "40331806", D(1951, 12, 7), "M"),
         style="escription+tidewater+helioarray+radcalc", trap="-",
         desc="eScription-style dictations in fixed-width text with 'Electronically authenticated by: <name>, MD mm/dd/yyyy hh:mm EDT' "
              "and a DD/DT/Doc ID footer; re-irradiation abutting a 2023 field; Tidewater TPS (invented); HelioArray (invented) "
              "QA with 'Measured and analyzed by:' and 'Physician concurrence:'; RadCalc-style Monte Carlo recalculation alongside.",
         docs=[("consult.txt", B.bs_consult, {}), ("prescription.docx", B.bs_rx, {}), ("tidewater_plan.pdf", B.bs_plan, {}),
               ("planning_note.txt", B.bs_review, {}), ("helioarray_qa.pdf", B.bs_qa, {}),
               ("radcalc_secondary.pdf", B.bs_radcalc, {}), ("delivery_record.txt", B.bs_record, {})]),
    dict(id="na05_cs_attested_anal_two_plans", clinic="cascadia", site="anal", conds=[4, 2], base=D(2025, 4, 7),
         pt=("Fairchild-Ssempa", "Lorraine", "73302964", D(1956, 10, 28), "F"), two_plans=True,
         style="epic-smarttext+cirrus+portaldosimetry", trap="-",
         desc="Epic-style notes with SmartText 'Signed: <name>, MD | <role> | Mon Apr 7, 2025 4:05 PM PDT' lines; a fellow's consult "
              "with a Teaching Physician Attestation; two plans (PELV_VMAT fx 1-25, BST_VMAT fx 26-30) planned, reviewed and "
              "QA'd before fraction 1; Cirrus Plan (invented) report; Portal Dosimetry-style QA per plan, signed by both roles.",
         docs=[("consult.pdf", B.cs_consult, {}), ("directive.docx", B.cs_directive, {}), ("cirrus_plan.pdf", B.cs_plan, "plans"),
               ("plan_review.pdf", B.cs_review, "plans"), ("pd_qa_PELV_VMAT.pdf", B.cs_qa, {}),
               ("pd_qa_BST_VMAT.pdf", B.cs_qa, "boost"), ("delivery_history.txt", B.cs_record, "record2")]),
    dict(id="na06_pm_revision_history_left_breast", clinic="piedmont", site="breast", conds=[1, 4], base=D(2025, 5, 5),
         pt=("Okonjo-Whitaker", "Genevieve", "85540127", D(1958, 6, 11), "F"),
         style="epic-revhistory+keystone+clearcheck+vantage3d", trap="-",
         desc="Epic-style Word notes whose only signature is a Revision History table (Date/Time | Action | User | Credentials | "
              "Role, row 'Signed'); ISO dates; prescription 'E-signed:'; Keystone Dose (invented) plan; ClearCheck-style "
              "constraint report by the dosimetrist; Vantage3D (invented) QA with an Approvals table.",
         docs=[("consult.docx", B.pm_consult, {}), ("prescription.pdf", B.pm_rx, {}), ("keystone_plan.pdf", B.pm_plan, {}),
               ("clearcheck_evaluation.pdf", B.pm_clearcheck, {}), ("plan_review.docx", B.pm_review, {}),
               ("vantage3d_qa.pdf", B.pm_qa, {}), ("delivery_log.txt", B.pm_record, {})]),
    # ----------------------------------------------------------------- traps
    dict(id="na07_nb_resident_review_cosign_outstanding_gbm", clinic="northbridge", site="gbm", conds=[1], base=D(2025, 2, 10),
         pt=("Stavros-Lindahl", "Miriam", "61904455", D(1954, 1, 30), "F"),
         style="epic-inbasket+monaco+iviewdose", trap="resident-only plan review; In Basket cosign 'Outstanding'",
         desc="Same Northbridge layouts as na01. The planning note (isodose + DVH review) is e-signed by the PGY-4 resident only; its "
              "In Basket routing table shows 'Cosign status | Outstanding - awaiting attending cosignature'. The consult's cosign "
              "is completed.",
         docs=[("consult.pdf", A.nb_consult, {}), ("rx_order.txt", A.nb_rx, {}), ("monaco_plan_summary.pdf", A.nb_plan, {}),
               ("planning_note.docx", A.nb_review, {"cosigned": False}), ("iviewdose_qa.pdf", A.nb_qa, {}),
               ("treatment_summary.txt", A.nb_record, {})],
         exp={"image-review": E("incomplete", "planning_note.docx reviews isodose lines on the CT, but its only signature is the resident's "
                                "('Electronically signed by Thaddeus Brennan-Oyelowo, MD, Resident Physician (PGY-4)'); the In Basket table "
                                "shows the attending cosign 'Outstanding - awaiting attending cosignature' and no 'Cosigned by:' line. A "
                                "resident's signature does not stand in for the radiation oncologist's; the attending's name in the routing "
                                "row is not a signature"),
              "dvh-review": E("incomplete", "same resident-only planning note: DVH review with values, but no attending cosignature "
                                            "(cosign outstanding)")}),
    dict(id="na08_gl_qa_failed_no_repeat_lung", clinic="greatlakes", site="lung", conds=[1], base=D(2025, 6, 2),
         pt=("Brannigan", "Walter", "52230918", D(1947, 5, 22), "M"),
         style="sunrise+mridian+quadrascan+radcalc", trap="failed QA, no repeat; passing RadCalc-style calculation only",
         desc="Same Great Lakes layouts as na02. The QuadraScan MR measurement fails (composite 87.4%, every beam group below the "
              "90% action level, 'RESULT: FAIL'); the physicist says a re-measurement 'is to be scheduled'; the physician signs "
              "'reviewed; proceed'. No repeat exists; the same plan is treated. A RadCalc-style secondary calculation passes.",
         docs=[("consult.rtf", A.gl_consult, {}), ("prescription.pdf", A.gl_rx, {}), ("mridian_plan.pdf", A.gl_plan, {}),
               ("plan_evaluation.pdf", A.gl_review, {}), ("quadrascan_qa.pdf", A.gl_qa, {"fail": True}),
               ("radcalc_check.pdf", A.gl_radcalc, {}), ("treatment_record.txt", A.gl_record, {})],
         exp={"dosimetric-verification": E("incomplete", "quadrascan_qa.pdf: composite 87.4% and all beam groups below the report's own 90% "
                                           "action level, 'RESULT: FAIL'; signed by both roles, but a failure verifies nothing; the "
                                           "re-measurement is only planned ('is to be scheduled') and no later measurement exists; "
                                           "treatment_record.txt shows the same LUNG_IMRT plan delivered. radcalc_check.pdf is a secondary "
                                           "calculation (no measured dose) and cannot replace the measurement")}),
    dict(id="na09_sv_rx_target_only_dvh_values_esophagus", clinic="sonoran", site="esophagus", conds=[4], base=D(2025, 4, 21),
         pt=("Quintanilla", "Rodrigo", "30159902", D(1952, 3, 14), "M"),
         style="athenaone+solstice+tessera", trap="prescription with target dose only; OAR doses only as achieved values",
         desc="Same Sonoran layouts as na03. The signed order gives PTV_5040 50.4 Gy/28 and no normal-tissue limits; the Solstice "
              "report lists 'Dose statistics (calculated plan)' and the physician's DVH review quotes achieved values only.",
         docs=[("consult.pdf", A.sv_consult, {}), ("rt_order.docx", A.sv_rx, {"limits": False}),
               ("solstice_plan.pdf", A.sv_plan, {"stats": True}), ("planning_visit.pdf", A.sv_review, {}),
               ("tessera_qa.pdf", A.sv_qa, {}), ("treatment_history.txt", A.sv_record, {})],
         exp={"plan-goals-constraints": E("incomplete", "rt_order.docx states the goal (PTV_5040 50.4 Gy in 28 fractions) but no dose "
                                          "constraint for any critical structure; OAR doses appear only as achieved values without a "
                                          "comparator (Solstice 'Dose statistics (calculated plan)': spinal cord Dmax 38.9 Gy, heart Dmean "
                                          "21.7 Gy...; the same values in the signed DVH review). Achieved values are not goals"),
              "dvh-review": E("met", "planning_visit.pdf: 'Dose-volume histograms of all targets and critical structures reviewed' with "
                                     "values; encounter signed-off by the radiation oncologist (a DVH review needs no stated limits)")}),
    dict(id="na10_bs_necessity_letter_other_patient_sinonasal", clinic="bayshore", site="sinonasal", conds=[], base=D(2025, 7, 7),
         pt=("Delacroix-Mbeki", "Augustine", "40118263", D(1949, 9, 2), "M"),
         other=dict(family="Castellano-Reyes", given="Marisol", mrn="40990127", dob=D(1962, 11, 30)),
         style="escription+tidewater+helioarray", trap="the only necessity letter belongs to another patient",
         desc="Same Bayshore layouts as na04. The consult says IMRT will be used and that 'a separate letter of medical necessity is "
              "being prepared'; the letter filed in the chart is for Marisol Castellano-Reyes (other MRN and DOB, base-of-tongue "
              "cancer).",
         docs=[("consult.txt", B.bs_consult, {"with_necessity": False}), ("medical_necessity_letter.rtf", B.bs_letter_other, "other"),
               ("prescription.docx", B.bs_rx, {}), ("tidewater_plan.pdf", B.bs_plan, {}), ("planning_note.txt", B.bs_review, {}),
               ("helioarray_qa.pdf", B.bs_qa, {}), ("delivery_record.txt", B.bs_record, {})],
         exp={"necessity-statement": E("missing", "misfile: medical_necessity_letter.rtf is for Castellano-Reyes, Marisol (MRN 40990127, "
                                       "DOB 11/30/1962, base of tongue), not this patient (MRN 40118263); its evidence does not count. "
                                       "The patient's own consult only says IMRT will be used and that a letter is 'being prepared'; no "
                                       "document of this patient says why IMRT rather than 3D"),
              "necessity-criterion": E("missing", "no statement of this patient names any LCD condition; the conditions in the misfiled "
                                       "letter (concave target, retropharyngeal nodes within 4 mm of the cord) belong to another patient",
                                       [])}),
    dict(id="na11_cs_dvh_review_deferred_meningioma", clinic="cascadia", site="meningioma", conds=[1, 4], base=D(2025, 8, 11),
         pt=("Thorvaldsen", "Ingrid", "73518840", D(1960, 7, 9), "F"),
         style="epic-smarttext+cirrus+portaldosimetry", trap="DVH review deferred ('Not yet reviewed ... will be completed'), never done",
         desc="Same Cascadia layouts as na05. The signed plan review documents the isodose review; under 'Dose-volume histograms' it "
              "says 'Not yet reviewed. DVH review will be completed ... in an addendum.' No addendum exists; the plan report has "
              "no achieved values.",
         docs=[("consult.pdf", B.cs_consult, {}), ("directive.docx", B.cs_directive, {}), ("cirrus_plan.pdf", B.cs_plan, {}),
               ("plan_review.pdf", B.cs_review, {"dvh": "deferred"}), ("pd_qa.pdf", B.cs_qa, {}),
               ("delivery_history.txt", B.cs_record, {})],
         exp={"dvh-review": E("missing", "plan_review.pdf: 'Dose-volume histograms: Not yet reviewed. DVH review will be completed once the "
                                         "final heterogeneity-corrected dose calculation is available and will be documented in an "
                                         "addendum.' A negated/future mention is no evidence; no addendum or other physician DVH review "
                                         "exists, and the plan report carries no DVH values")}),
    dict(id="na12_pm_3d_conformal_thigh_sarcoma", clinic="piedmont", site="sarcoma3d", conds=[], base=D(2025, 9, 8),
         pt=("Abernethy-Kwan", "Harold", "85671233", D(1950, 4, 25), "M"), three_d=True,
         style="epic-revhistory+keystone(3D)+radcalc", trap="3D conformal course (not IMRT)",
         desc="Preoperative thigh sarcoma treated with three forward-planned, MLC-shaped static fields; the consult says 'Intensity "
              "modulation is not indicated'; physics did an MU check only; charges show 77295 and no 77301.",
         docs=[("consult.docx", B.pm_consult, {"three_d": True}), ("prescription.pdf", B.pm_rx, {"three_d": True}),
               ("keystone_plan.pdf", B.pm_plan, {"three_d": True}), ("plan_review.docx", B.pm_review, {"three_d": True}),
               ("mu_check.pdf", B.pm_mucheck, {}), ("delivery_log.txt", B.pm_record, {"three_d": True})]),
]


def expectations(ch, x):
    if ch.get("three_d"):
        e = three_d("3D conformal course: every document affirms a forward-planned 3D conformal technique (three static "
                    "MLC-shaped fields, one aperture each); IMRT appears only as 'Intensity modulation is not indicated'; "
                    "physics did an MU check only; 77295 billed, no 77301. The IMRT LCD checklist does not apply")
    else:
        e = defaults(ch, x)
    if ch.get("two_plans"):
        e["portal-description"] = E("met", "cirrus_plan.pdf: beam set PELV_VMAT 2 arcs (181->179 CW, 179->181 CCW) and beam set BST_VMAT "
                                    "2 partial arcs (220->140 CW, 140->220 CCW), each with gantry start/stop and rotation")
        e["dosimetric-verification"] = E("met", "both delivered plans verified: pd_qa_PELV_VMAT.pdf and pd_qa_BST_VMAT.pdf, each an EPID "
                                         "measurement on %s with every field above the 95%% tolerance, each signed 'Medical Physicist: "
                                         "Signed ...' the same evening and 'Radiation Oncologist: Signed ...' on %s, before fraction 1 "
                                         "(%s); delivery_history.txt names PELV_VMAT (fx 1-) and BST_VMAT (fx 26-)"
                                         % (d(x, "qa"), d(x, "qa_md"), d(x, "fx1")))
        e["dvh-review"] = E("met", "plan_review.pdf reviews PELV_VMAT and BST_VMAT together: DVHs of the composite for each target and OAR "
                                   "with values; signed by the attending before fraction 1")
    for k, v in ch.get("exp", {}).items():
        e[k] = v
    return {r: e[r] for r in REQ}
