"""novel_b chart table: documents and hand-written expectations.

exp[requirement] = (status or [status, status], why[, criteria])
Dates in the whys are computed from each chart's base date with the same business-day rule the builders use:
consult = base, order = +4, plan = +8, plan review = +9, QA measured = +9 (evening), physician QA sign-off = +10,
first fraction = +11 (business days; 2025 holidays skipped)."""
from nb_world import add_bd, D, fmt

NA_MLC = ("not_applicable", "MLC-delivered IMRT; no document mentions a compensator")


def t(base, n, style="mdy"):
    return fmt(add_bd(D(*base), n), style)


# ------------------------------------------------------------------------------------------------ clinic defaults
def prairie(base, plan, nbeams, angles, oars):
    return {
        "plan-goals-constraints": ("met", "rt_order.pdf (iKM-style order): target dose table and a 'Normal tissue dose constraints (plan must meet)' table (%s); 'Order signed by: Gideon Marsh-Okafor, MD | %s 10:05 AM'" % (oars, t(base, 4, "dmy-mon"))),
        "necessity-statement": ("met", "consult_ikm.pdf 'Treatment Rationale': 'why step-and-shoot IMRT and not a 3D conformal or conventional plan', a 3D comparison that could not spare the named organs at risk; closed by 'Electronically signed and locked by Gideon Marsh-Okafor, MD on %s 4:42 PM'" % t(base, 0, "dmy-mon")),
        "image-review": ("met", "planning_note.txt 'Isodose review': 105/100/95/50 percent isodose surfaces on the simulation CT (axial, coronal, sagittal) against the PTV and each OAR; 'Electronically signed and locked by ... on %s 8:10 AM' - after the plan (%s) and before the first fraction (%s)" % (t(base, 9, "dmy-mon"), t(base, 8, "dmy-mon"), t(base, 11, "dmy-mon"))),
        "dvh-review": ("met", "planning_note.txt 'Dose-volume histograms': cumulative DVHs for the target and each organ at risk, with values; same signed note"),
        "portal-description": ("met", "plainsview_plan.pdf lists %d static beams, one block each ('Beam 3 [B3] / Gantry angle ... 310.0 deg / Collimator / Couch / Energy / Segments / MU'); planning_note.txt repeats '%d coplanar static IMRT fields at gantry %s degrees'" % (nbeams, nbeams, angles)),
        "dosimetric-verification": ("met", "delta4_verification.pdf: biplanar diode phantom measured %s 18:20; every beam's gamma 3%%/2 mm >= 95%% (tolerance 95%%, action 90%%); 'Overall verification result: PASS'; 'Approved (physics): Linnea Sorensen-Pike, MS, DABR' the same evening and 'Reviewed (radiation oncology): Gideon Marsh-Okafor, MD %s 08:15', before the first fraction %s" % (t(base, 9, "dmy-mon"), t(base, 10, "dmy-mon"), t(base, 11, "dmy-mon"))),
        "compensator-design": NA_MLC,
    }


def cumberland(base, oars):
    return {
        "plan-goals-constraints": ("met", "rx_form.txt (typed prescription form RO-RX1): target dose per fraction and total, and 'Normal tissue constraints' (%s); 'Prescribing physician: /s/ Ruth-Ann Coldiron, MD (electronically signed)  Date: %s 10:05'" % (oars, t(base, 4, "mdyy-dash"))),
        "necessity-statement": ("met", "consult_note.rtf (Greenway-style clinical note): 'Need for intensity-modulated helical delivery over 3D conformal / conventional fields:' naming the organs at risk; 'Signed: Ruth-Ann Coldiron, MD  %s 16:42'" % t(base, 0, "mdyy-dash")),
        "image-review": ("met", "plan_review_form.pdf (Form RO-PR2): 'Planning CT reviewed with isodose distribution overlaid (axial, coronal, sagittal), target and all critical structures' = Yes, with a comment on the 100/95/50%% lines; 'Physician signature: Ruth-Ann Coldiron, MD (e-signed)  Date: %s 08:10' - after the plan (%s), before the first fraction (%s)" % (t(base, 9, "mdyy-dash"), t(base, 8, "mdyy-dash"), t(base, 11, "mdyy-dash"))),
        "dvh-review": ("met", "same form: 'Dose-volume histograms reviewed for all targets and organs at risk' = Yes, with the values"),
        "portal-description": ("met", "helical_plan_report.pdf 'Beam delivery': one helical beam, the number of continuous 360-degree gantry rotations, start gantry angle 0 deg, 51 projections per rotation and the couch travel range (IEC Y); read as the number and location of each rotation (see judgement calls)"),
        "dosimetric-verification": ("met", "dqa_report.pdf: cheese-phantom DQA measured %s 18:20; A1SL chamber points within +/-3%% and EBT3 film gamma 3%%/3 mm above the 95%% tolerance (action 90%%), 'DQA result: PASS'; 'Physicist: Dev Anand Rao, PhD, DABR  Signed: %s 19:05' and 'Physician: Ruth-Ann Coldiron, MD  Signed: %s 08:15', before the first fraction %s" % (t(base, 9, "mdyy-dash"), t(base, 9, "mdyy-dash"), t(base, 10, "mdyy-dash"), t(base, 11, "mdyy-dash"))),
        "compensator-design": ("not_applicable", "helical MLC-modulated delivery; no compensator"),
    }


def bighorn(base, oars):
    return {
        "plan-goals-constraints": ("met", "prescription.docx: target table and 'Dose constraints for critical structures' (%s); 'Signed by Theodora Quist, DO on %s at 10:05 AM'" % (oars, t(base, 4, "ordinal"))),
        "necessity-statement": ("met", "consult_encounter.docx (Practice Fusion-style SOAP note), Assessment: 'Clinical reasoning for IMRT in place of 3D conformal therapy:' - a 3D arrangement would overdose the named organs at risk; 'Signed by Theodora Quist, DO on %s at 4:42 PM'" % t(base, 0, "ordinal")),
        "image-review": ("met", "plan_evaluation.docx: dose evaluated on every axial CT slice and in coronal/sagittal planes as isodose lines (107/100/95/80/50%%) over the PTV and the named OARs; 'Signed by Theodora Quist, DO on %s at 8:10 AM' (ordinal date) - after the plan, before the first fraction" % t(base, 9, "ordinal")),
        "dvh-review": ("met", "plan_evaluation.docx 'DVH': dose-volume histograms for every target and critical structure reviewed, with values; same signature"),
        "portal-description": ("met", "trillium_plan.txt 'ARCS': each arc with energy, gantry start -> stop, direction, collimator, couch and MU"),
        "dosimetric-verification": ("met", "arccheck_qa.pdf: the 'Approval' section at the TOP of the report holds 'Approved by physicist: Caleb Youngblood, MS, DABMP  %s 19:05' and 'Approved by radiation oncologist: Theodora Quist, DO  %s 08:15'; the measurement below (%s 18:20) passes: every arc and the composite >= 95%% at 3%%/2 mm (action 90%%), 'Result: PASS'; first fraction %s (treatment_history.txt)" % (t(base, 9, "ordinal"), t(base, 10, "ordinal"), t(base, 9, "ordinal"), t(base, 11))),
        "compensator-design": NA_MLC,
    }


def tidewater(base, oars):
    return {
        "plan-goals-constraints": ("met", "rt_order.pdf (CareCloud-style order): target table and 'Critical structure dose constraints' (%s); 'Signed Off By: Priscilla Onwuachi-Beaumont, MD | Signed Off On: %s 10:05'" % (oars, t(base, 4, "ymd-slash"))),
        "image-review": ("met", "planning_review.pdf 'Isodose review': dose distribution as isodose lines on the planning CT (MRI/PET fused) in three planes for targets and named OARs; 'Signed Off By: Priscilla Onwuachi-Beaumont, MD | Signed Off On: %s 08:10'" % t(base, 9, "ymd-slash")),
        "dvh-review": ("met", "planning_review.pdf 'DVH review': DVHs of all targets and critical structures with values; same sign-off"),
        "portal-description": ("met", "beacon_plan.pdf: ruled beam table, two VMAT arcs with gantry start, gantry stop, rotation direction, collimator, couch, energy and MU"),
        "compensator-design": NA_MLC,
    }


def ozark(base, oars):
    return {
        "plan-goals-constraints": ("met", "treatment_directive.docx: target table and 'Organ-at-risk limits' (%s); authentication table 'Electronically authenticated by | Elias Lowry, MD (Radiation Oncology)' / 'Authentication date/time | %s 10:05'" % (oars, t(base, 4))),
        "necessity-statement": ("met", "consultation.docx 'Impression and recommendations': 'IMRT indication (conventional / 3D-CRT inadequate):' naming the rectum, bladder and femoral heads; authenticated by Elias Lowry, MD (Radiation Oncology) %s 16:42" % t(base, 0)),
        "image-review": ("met", "plan_review.docx 'CT-based isodose review': target and critical structures on the planning CT with isodose lines in three planes; authenticated %s 08:10 (after the plan, before the first fraction %s)" % (t(base, 9), t(base, 11))),
        "dvh-review": ("met", "plan_review.docx 'Dose-volume histogram review': DVHs for the PTV and all OARs with values; same authentication table"),
        "portal-description": ("met", "meadowlark_plan.pdf field table: five fields with gantry 0/72/144/216/288, collimator, couch, energy, SSD, modifier and MU"),
        "dosimetric-verification": ("met", "psqa_worksheet.docx: per-field Farmer chamber doses within +/-3%% with each compensator in place and composite EBT3 gamma 3%%/3 mm above 95%% (action 90%%), 'Result: PASS', measured %s 18:20; Role | Name | Signature | Date/time table: Medical Physicist '/es/ B. Ochs' %s 19:05, Radiation Oncologist '/es/ E. Lowry' %s 08:15; first fraction %s" % (t(base, 9), t(base, 9), t(base, 10), t(base, 11))),
    }


def sawtooth(base, oars):
    return {
        "plan-goals-constraints": ("met", "prescription.pdf (OIS export): prescription table and 'Dose constraints - organs at risk' (%s); the status block at the top reads 'Document status : APPROVED / Approved by : Hannelore Vick, MD (Radiation Oncologist) / Approved on : %s 10:05'" % (oars, t(base, 4, "iso"))),
        "necessity-statement": ("met", "consult.txt (OIS document export, approval block at the top: 'Document status : APPROVED / Approved by : Hannelore Vick, MD (Radiation Oncologist) / Approved on : %s 16:42'): 'Basis for selecting intensity modulation over 3D conformal radiotherapy:' naming the organs at risk" % t(base, 0, "iso")),
        "image-review": ("met", "plan_review.txt: 3D dose reviewed on the planning CT with isodose display in three planes for targets and each named OAR; approval block 'Approved by : Hannelore Vick, MD (Radiation Oncologist) / Approved on : %s 08:10' (after the plan, before the first fraction %s)" % (t(base, 9, "iso"), t(base, 11, "iso"))),
        "dvh-review": ("met", "plan_review.txt 'DVH': target and organ-at-risk DVHs with values; same approval block"),
        "compensator-design": NA_MLC,
    }


def merge(d, **over):
    out = dict(d)
    for k, v in over.items():
        out[k.replace("_", "-")] = v
    return out


# ------------------------------------------------------------------------------------------------ the charts
PB_DOCS = [("consult_ikm.pdf", "pb_consult"), ("rt_order.pdf", "pb_order"), ("plainsview_plan.pdf", "pb_plan"),
           ("planning_note.txt", "pb_note"), ("delta4_verification.pdf", "pb_qa"), ("course_summary.txt", "pb_record")]
CG_DOCS = [("consult_note.rtf", "cg_consult"), ("rx_form.txt", "cg_rx"), ("helical_plan_report.pdf", "cg_plan"),
           ("plan_review_form.pdf", "cg_review"), ("dqa_report.pdf", "cg_dqa"), ("weekly_chart_check.docx", "cg_weekly")]
BH_DOCS = [("consult_encounter.docx", "bh_consult"), ("prescription.docx", "bh_rx"), ("trillium_plan.txt", "bh_plan"),
           ("plan_evaluation.docx", "bh_eval"), ("arccheck_qa.pdf", "bh_qa"), ("treatment_history.txt", "bh_log")]

CHARTS = []

# nb01 ---------------------------------------------------------------- complete
b = (2025, 2, 24)
CHARTS.append(dict(
    id="nb01_ikm_plainsview_prostate_escalation", clinic="prairie", site="prostate81", plan="PROS_IMRT7", base=b, conds=[1, 5],
    pt=("Hollister", "Vernon", "93051427", (1949, 8, 22), "M"), docs=PB_DOCS,
    style="ikm+plainsview+delta4-variant",
    desc="Freestanding Nebraska center. iKM-style notes closed 'Electronically signed and locked by ... on 24-Feb-2025 4:42 PM CST'; order 'Order signed by: ... | date'; invented Plainsview TPS with one block per static beam; Delta4-style summary with 'Approved (physics):' / 'Reviewed (radiation oncology):'; escalation to 81 Gy.",
    exp=merge(prairie(b, "PROS_IMRT7", 7, "205, 255, 310, 0, 50, 105, 155", "rectum V75Gy < 15%, bladder, femoral heads, penile bulb"),
              necessity_criterion=("met", "consult: posterior prostate 'within 2 mm of the anterior rectal wall' (1); 'escalated to 81 Gy in 45 fractions, above the 70 Gy or less that a conventional four-field or 3D conformal arrangement can deliver' (5)", [1, 5]))))

# nb02 ---------------------------------------------------------------- TRAP: physician QA sign-off dated before the measurement
b = (2025, 3, 3)
ex = prairie(b, "TONSIL_IMRT9", 9, "160, 120, 80, 40, 0, 320, 280, 240, 200", "spinal cord PRV Dmax < 45 Gy, brainstem, right parotid mean < 26 Gy, mandible, larynx")
CHARTS.append(dict(
    id="nb02_ikm_delta4_md_signoff_before_measurement_tonsil", clinic="prairie", site="oropharynx", plan="TONSIL_IMRT9", base=b, conds=[1, 4],
    pt=("Beckwith", "Darlene", "93118804", (1958, 2, 11), "F"), docs=PB_DOCS, opts={"qa_md_early": True},
    style="ikm+plainsview+delta4-variant", trap="physician QA sign-off dated the day before the measurement",
    desc="Same Prairie Bend layout as nb01, nine-field step-and-shoot oropharynx. The Delta4-style report was measured %s 18:20 and approved by physics that evening, but its 'Reviewed (radiation oncology):' line is dated %s 16:20, the day before the measurement." % (t(b, 9, "dmy-mon"), t(b, 8, "dmy-mon")),
    exp=merge(ex,
              necessity_criterion=("met", "consult: nodal targets 'within 4 mm of the spinal cord PRV and the brainstem' (1); bilateral nodal PTV 'horseshoe-shaped and wraps around the cervical spinal cord' (4)", [1, 4]),
              dosimetric_verification=("incomplete", "delta4_verification.pdf passes (all beams >= 95%%, 'Overall verification result: PASS') and the physicist approved it %s 19:05 after measuring at 18:20, but the only physician line, 'Reviewed (radiation oncology): Gideon Marsh-Okafor, MD  %s 16:20 CDT', is dated the day BEFORE the measurement it attests; a sign-off before what it attests attests nothing. No other physician review of the QA exists (the planning note of %s 08:10 does not mention it)" % (t(b, 9, "dmy-mon"), t(b, 8, "dmy-mon"), t(b, 9, "dmy-mon"))))))

# nb03 ---------------------------------------------------------------- complete (helical)
b = (2025, 1, 27)
CHARTS.append(dict(
    id="nb03_greenway_helical_maxillary_sinus", clinic="cumberland", site="maxsinus", plan="SINUS_HT", base=b, conds=[1, 2],
    pt=("Tackett", "Leland", "93207316", (1953, 11, 30), "M"), docs=CG_DOCS,
    style="greenway+typed-rx+tomotherapy-helical+cheese-dqa",
    desc="Kentucky hospital outpatient department. Greenway-style RTF note closed 'Signed: <MD>  01-27-25 16:42 EST' (mm-dd-yy); prescription is a typed fixed-width form with '/s/ ... (electronically signed)'; TomoTherapy-style helical plan (rotations, pitch, couch travel); cheese-phantom DQA with ion chamber and EBT3 film; physics weekly chart check (DOCX).",
    exp=merge(cumberland(b, "optic chiasm, left optic nerve, left retina, brainstem, right parotid"),
              necessity_criterion=("met", "consult: surgical bed 'within 3 mm of the left optic nerve and 9 mm of the optic chiasm' (1); orbital-floor margin 'reduced to 2 mm so that the immediately adjacent left globe and retina are spared' (2)", [1, 2]))))

# nb04 ---------------------------------------------------------------- TRAP: blank physician signature on the plan review form
b = (2025, 4, 7)
ex = cumberland(b, "rectum V70Gy < 20%, bladder, bowel bag, femoral heads")
CHARTS.append(dict(
    id="nb04_greenway_helical_review_unsigned_prostate", clinic="cumberland", site="prostate_nodes_helical", plan="PROSN_HT", base=b, conds=[1],
    pt=("Gambrell", "Odell", "93264159", (1947, 5, 3), "M"), docs=CG_DOCS, opts={"review_blank": True, "plan_stats": False},
    style="greenway+typed-rx+tomotherapy-helical+cheese-dqa", trap="physician plan review form printed with a blank signature and date line",
    desc="Same Cumberland Gap layout as nb03, helical prostate and pelvic nodes. The plan review form answers Yes to the isodose and DVH items but its 'Physician signature: ____  Date: ____' line is blank ('form printed ... for physician signature'). The plan report has objectives but no achieved values and is signed only by the dosimetrist and physicist.",
    exp=merge(ex,
              necessity_criterion=("met", "consult: prostate 'abuts the anterior rectal wall (less than 2 mm of separation)', nodal volume 'within 5 mm of small bowel loops' (1)", [1]),
              image_review=("incomplete", "plan_review_form.pdf holds the only isodose review (item answered Yes), but 'Physician signature: ______  Date: ______' is blank and the form says it was 'printed ... for physician signature'; no other physician document reviews the images. Unsigned and undated"),
              dvh_review=("incomplete", "the DVH item on the same unsigned form is the only DVH review; helical_plan_report.pdf carries objectives without achieved values and is signed by the dosimetrist and physicist only"))))

# nb05 ---------------------------------------------------------------- complete
b = (2025, 2, 3)
CHARTS.append(dict(
    id="nb05_practicefusion_trillium_lung", clinic="bighorn", site="lung", plan="RUL_VMAT", base=b, conds=[2],
    pt=("Sundquist", "Maribeth", "93330972", (1951, 9, 17), "F"), docs=BH_DOCS,
    style="practicefusion+trillium+arccheck-approval-on-top",
    desc="Wyoming freestanding center. Practice Fusion-style DOCX notes 'Signed by Theodora Quist, DO on February 3rd, 2025 at 4:42 PM MST' (ordinal dates, a DO); invented Trillium Planner fixed-width export; ArcCHECK-style report whose Approval section (both roles) stands at the top, above the results.",
    exp=merge(bighorn(b, "spinal cord Dmax < 50 Gy, lung V20Gy < 35%, heart mean < 26 Gy, esophagus mean < 34 Gy"),
              necessity_criterion=("met", "consult: paratracheal mass 'immediately adjacent to the esophagus', PTV margin 'narrowed to 3 mm to protect the esophageal wall' (2)", [2]))))

# nb06 ---------------------------------------------------------------- TRAP: OAR doses only as achieved values
b = (2025, 5, 5)
ex = bighorn(b, "-")
CHARTS.append(dict(
    id="nb06_practicefusion_gbm_achieved_values_only", clinic="bighorn", site="gbm", plan="RTEMP_VMAT", base=b, conds=[1],
    pt=("Fenwick", "Harlan", "93395018", (1956, 12, 8), "M"), docs=BH_DOCS,
    style="practicefusion+trillium+arccheck-approval-on-top", trap="prescription gives target doses only; organ doses appear only as achieved plan values",
    desc="Same Big Horn layout as nb05, glioblastoma (SIB 60/51 Gy). The prescription lists the targets and says normal structures will be 'evaluated on the plan's dose statistics'; the Trillium export has 'DOSE STATISTICS (final dose; no objectives exported)'; the physician evaluation quotes achieved values only. No comparator anywhere.",
    exp=merge(ex,
              plan_goals_constraints=("incomplete", "prescription.docx states the goals for the targets (PTV_6000 60 Gy and PTV_5100 51 Gy in 30 fractions, signed by Theodora Quist, DO) but no dose constraint for any critical structure: 'Normal structures: to be evaluated on the plan's dose statistics'. The chiasm, brainstem, optic nerve, cochlea and hippocampus doses appear only as achieved values (trillium_plan.txt 'DOSE STATISTICS (final dose; no objectives exported)', plan_evaluation.docx), never with a limit"),
              necessity_criterion=("met", "consult: cavity PTV 'within 3 mm of the optic chiasm and about 5 mm of the brainstem' (1)", [1]))))

# nb07 ---------------------------------------------------------------- complete (faxed outside consult + local cover note)
b = (2025, 3, 3)
CHARTS.append(dict(
    id="nb07_carecloud_fax_cover_beacon_pancreas", clinic="tidewater", site="pancreas", plan="PANC_VMAT", base=b, conds=[4],
    pt=("Pennewell", "Agnes", "93452637", (1950, 4, 25), "F"),
    docs=[("outside_consult_cover.pdf", "tw_cover_fax"), ("rt_order.pdf", "tw_order"), ("beacon_plan.pdf", "tw_plan"),
          ("planning_review.pdf", "tw_review"), ("mapcheck_qa.pdf", "tw_mapcheck"), ("radcalc_check.txt", "tw_radcalc")],
    style="carecloud+outside-fax+beacon+mapcheck+radcalc",
    desc="Maryland physician group. A faxed university consultation behind a local cover note that carries the treating physician's own necessity statement, 'Signed Off By: ... | Signed Off On: 2025/03/03 16:42 EST'; invented Beacon Planning report; MapCHECK-style measurement signed by both; a RadCalc-style calculation check that is not a measurement.",
    exp=merge(tidewater(b, "duodenum Dmax < 55 Gy, stomach, kidneys, liver, cord"),
              necessity_statement=("met", "outside_consult_cover.pdf, local cover note by the treating radiation oncologist (she saw and examined the patient): 'Documentation of need for IMRT (3D conformal and conventional techniques considered inferior here):' naming the duodenum, stomach, kidneys, liver and spinal cord; 'Signed Off By: Priscilla Onwuachi-Beaumont, MD | Signed Off On: %s 16:42 EST'. The attached outside consult is signed by its own author and only recommends intensity modulation" % t(b, 0, "ymd-slash")),
              necessity_criterion=("met", "cover note: target 'C-shaped ... curves around the second part of the duodenum, so the duodenal wall lies inside the concavity of the PTV' (4)", [4]),
              dosimetric_verification=("met", "mapcheck_qa.pdf: diode-array measurement %s 18:20 EDT, every arc and the composite >= 95%% at 3%%/2 mm (action < 90%%), 'Result: PASS'; 'Physics sign-off: Everett Langhorne, MS, DABR  %s 19:05' and 'Physician sign-off: Priscilla Onwuachi-Beaumont, MD  %s 08:15', before the planned start. radcalc_check.txt is a secondary calculation, not a measurement, and is not needed" % (t(b, 9, "ymd-slash"), t(b, 9, "ymd-slash"), t(b, 10, "ymd-slash"))))))

# nb08 ---------------------------------------------------------------- TRAP: necessity letter signed only by a nurse practitioner
b = (2025, 6, 2)
ex = tidewater(b, "heart mean < 4 Gy, LAD Dmax < 20 Gy, left lung V20Gy < 30%, right breast")
CHARTS.append(dict(
    id="nb08_carecloud_fnp_necessity_left_breast", clinic="tidewater", site="leftbreast", plan="LBRN_VMAT", base=b, conds=[4],
    pt=("Mumford", "Celeste", "93519284", (1957, 7, 14), "F"), opts={"qa_in_review": True},
    docs=[("consult.pdf", "tw_consult"), ("necessity_letter.rtf", "tw_fnp_letter"), ("rt_order.pdf", "tw_order"),
          ("beacon_plan.pdf", "tw_plan"), ("mapcheck_qa.pdf", "tw_mapcheck"), ("planning_review.pdf", "tw_review")],
    style="carecloud+fnp-letter+beacon+mapcheck", trap="the only necessity statement is a payer letter signed by a family nurse practitioner",
    desc="Same Tidewater layout as nb07, left breast and regional nodes with VMAT. The consult defers the justification to 'our prior-authorization coordinator'; the RTF letter of medical necessity is signed only by 'Marisol Trujillo-Benn, MSN, FNP-BC'. The MapCHECK report is signed by the physicist only; the physician reviews it in the planning note the next morning.",
    exp=merge(ex,
              necessity_statement=("incomplete", "necessity_letter.rtf holds the only IMRT-versus-3D statement (it names the heart, LAD, left lung and contralateral breast), but it is signed only by 'Marisol Trujillo-Benn, MSN, FNP-BC', Prior Authorization Coordinator - a nurse practitioner, not the treating physician; no attestation by the radiation oncologist. The consult only says the coordinator will prepare the letter"),
              necessity_criterion=("incomplete", "the letter states condition 4 (target 'concave posteriorly and curves over the heart and the left anterior descending artery'), but in a document not signed by a physician; criteria lists what it states", [4]),
              image_review=("met", "planning_review.pdf 'Isodose review': isodose lines on the planning CT in three planes for targets and the named OARs; 'Signed Off By: Priscilla Onwuachi-Beaumont, MD | Signed Off On: %s 08:10 EDT' (after the plan of %s, before the first fraction)" % (t(b, 9, "ymd-slash"), t(b, 8, "ymd-slash"))),
              dosimetric_verification=("met", "mapcheck_qa.pdf: measured %s 18:20 EDT, all arcs and the composite >= 95%% at 3%%/2 mm, 'Result: PASS', 'Physics sign-off: Everett Langhorne, MS, DABR'; the radiation oncologist's signed planning_review.pdf of %s 08:10 has a 'Patient-specific IMRT QA' section reviewing that measurement and accepting it - two signatures across two documents, both after the measurement and before the first fraction (%s)" % (t(b, 8, "ymd-slash"), t(b, 9, "ymd-slash"), t(b, 11, "ymd-slash"))))))

# nb09 ---------------------------------------------------------------- 3D conformal course
b = (2025, 4, 14)
why3d = ("3D conformal course: the consult plans a four-field box 'in 3D conformal fashion' and says 'intensity modulation would add nothing here and is not being used'; the directive's technique is '3D conformal (four-field box, forward planned)'; meadowlark_plan.pdf is 'forward planned, MLC-shaped open fields' (AP/PA/laterals); the physics plan check marks 'Patient-specific IMRT QA measurement' NA - '3D conformal plan - not IMRT'. The IMRT LCD does not apply")
CHARTS.append(dict(
    id="nb09_hospital_word_3d_box_endometrium", clinic="ozark", site="endometrium3d", plan="PELV_3D4F", base=b, conds=[],
    pt=("Yarbrough", "Nadine", "93576041", (1952, 1, 29), "F"), opts={"three_d": True, "tech": "3D conformal (four-field box, forward planned)"},
    docs=[("consultation.docx", "oz_consult"), ("treatment_directive.docx", "oz_directive"), ("meadowlark_plan.pdf", "oz_plan"),
          ("physics_plan_check.docx", "oz_plancheck"), ("weekly_chart_check.txt", "oz_weekly")],
    style="hospital-word+meadowlark+physics-forms (3D)", trap="3D conformal course (IMRT mentioned only to reject it)",
    desc="Arkansas hospital outpatient department, Word templates closed by an authentication table. Adjuvant whole-pelvis four-field box, forward planned; IMRT appears only as 'intensity modulation would add nothing here and is not being used' and as an NA row on the physics plan check.",
    exp={r: ("not_applicable", why3d) for r in ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
                                                 "dvh-review", "portal-description", "dosimetric-verification", "compensator-design"]}))

# nb10 ---------------------------------------------------------------- TRAP: compensator IMRT without a compensator design record
b = (2025, 1, 6)
ex = ozark(b, "rectum V70Gy < 20%, bladder V70Gy < 30%, femoral heads Dmax < 50 Gy")
CHARTS.append(dict(
    id="nb10_hospital_word_compensator_no_design_prostate", clinic="ozark", site="prostate_comp", plan="PROS_COMP5", base=b, conds=[1],
    pt=("Villines", "Curtis", "93638825", (1945, 10, 6), "M"), opts={"compensator": True, "tech": "IMRT - compensator-based (solid brass compensator per field)"},
    docs=[("consultation.docx", "oz_consult"), ("treatment_directive.docx", "oz_directive"), ("meadowlark_plan.pdf", "oz_plan"),
          ("plan_review.docx", "oz_review"), ("psqa_worksheet.docx", "oz_qa"), ("physics_plan_check.docx", "oz_plancheck"),
          ("weekly_chart_check.txt", "oz_weekly")],
    style="hospital-word+meadowlark-compensator+chamber-film", trap="compensator-based IMRT; compensators ordered and received, but no design for any field",
    desc="Same Ozark layout as nb09: five-field compensator-based IMRT prostate. The plan lists 'brass compensator CMP1..CMP5' per field and a vendor order number; the physicist's check confirms the compensators arrived labeled; no document gives any compensator's design (thickness map, material depth, profile).",
    exp=merge(ex,
              necessity_criterion=("met", "consult: 'On the staging MRI the prostate is within 1-2 mm of the anterior rectal wall along its whole length' (1)", [1]),
              compensator_design=(["missing", "incomplete"], "the chart documents compensator-based IMRT (directive technique; meadowlark_plan.pdf modifier 'brass compensator CMP1'..'CMP5' for every field; vendor order; physics check 'Compensators received ... 5 of 5'), but no document holds the design of any compensator - an order and a receipt are not a design. No affirmative design evidence, so missing; incomplete also accepted because the compensators are identified per field"))))

# nb11 ---------------------------------------------------------------- complete, two courses
b = (2025, 5, 19)
CHARTS.append(dict(
    id="nb11_ois_status_block_pelvis_boost", clinic="sawtooth", site="prostate_boost", plan="PELV_VMAT", base=b, conds=[1, 4],
    pt=("Arrowood", "Dale", "93704193", (1948, 3, 19), "M"), opts={"boost": True},
    docs=[("consult.txt", "sv_consult"), ("prescription.pdf", "sv_rx"), ("monaco_plan.pdf", "sv_plan"), ("plan_review.txt", "sv_review"),
          ("qa_PELV_VMAT.pdf", "sv_qa_pelv"), ("qa_BOOST_VMAT.pdf", "sv_qa_boost"), ("delivery_record.txt", "sv_log")],
    style="ois-status-block+monaco-landscape+quadrascan",
    desc="Idaho freestanding center. OIS document exports whose only signature is the approval block at the TOP ('Document status : APPROVED / Approved by : ... / Approved on : 2025-05-19 16:42 MDT'); Monaco-style landscape plan report with two plans; invented QuadraScan 4D QA per plan, 'e-Signed (Physicist):' / 'e-Signed (Radiation Oncologist):'; delivery record naming PELV_VMAT then BOOST_VMAT.",
    exp=merge(sawtooth(b, "rectum V70Gy < 20%, bladder, bowel bag, femoral heads"),
              necessity_criterion=("met", "consult: prostate 'within 2 mm of the anterior rectal wall' (1); pelvic nodal target 'U-shaped around the bladder, with loops of small bowel lying within its concavity' (4)", [1, 4]),
              portal_description=("met", "monaco_plan.pdf: for each plan (PELV_VMAT, BOOST_VMAT) a beam table with two VMAT arcs, gantry start/stop, direction, collimator, couch, MU"),
              dosimetric_verification=("met", "each treated plan has its own QuadraScan 4D report: qa_PELV_VMAT.pdf and qa_BOOST_VMAT.pdf, both measured %s (18:20 and 19:40), every arc and composite >= 95%% at 3%%/2 mm, 'Verdict: PASSED', each 'e-Signed (Physicist): Amos Okonkwo-Lindqvist, MS, DABR' that evening and 'e-Signed (Radiation Oncologist): Hannelore Vick, MD' %s 08:15, before the first fraction %s" % (t(b, 9, "mon-d-y"), t(b, 10, "mon-d-y"), t(b, 11, "iso"))))))

# nb12 ---------------------------------------------------------------- complete, re-irradiation
b = (2025, 6, 16)
CHARTS.append(dict(
    id="nb12_ois_status_block_paraaortic_reirradiation", clinic="sawtooth", site="paraaortic_reirr", plan="PARAAO_VMAT", base=b, conds=[3, 1],
    pt=("Castleberry", "Wanda", "93769950", (1959, 6, 2), "F"),
    docs=[("consult.txt", "sv_consult"), ("prior_treatment_2021.pdf", "sv_prior"), ("prescription.pdf", "sv_rx"),
          ("monaco_plan.pdf", "sv_plan"), ("plan_review.txt", "sv_review"), ("qa_report.pdf", "sv_qa"), ("delivery_record.txt", "sv_log")],
    style="ois-status-block+monaco-landscape+quadrascan",
    desc="Same Sawtooth layout as nb11: para-aortic nodal recurrence of cervical cancer after 2021 pelvic chemoradiation; the new field abuts the old superior border (condition 3). An outside 2021 treatment summary is filed as a distractor.",
    exp=merge(sawtooth(b, "spinal cord, kidneys mean < 15 Gy, duodenum Dmax < 55 Gy, bowel bag"),
              necessity_criterion=("met", "consult: the target 'begins at the superior border of the 2021 pelvic field (L4-L5)' which was irradiated to 45 Gy, so 'the inferior border has to abut that old field with high precision' (3); nodal target 'within 5 mm of the duodenum' (1)", [3, 1]),
              portal_description=("met", "monaco_plan.pdf: three VMAT arcs (PA_ARC1-3) with gantry start/stop, direction, collimator, couch and MU"),
              dosimetric_verification=("met", "qa_report.pdf (QuadraScan 4D): measured %s 18:20, every arc and composite >= 95%% at 3%%/2 mm, 'Verdict: PASSED'; 'e-Signed (Physicist): Amos Okonkwo-Lindqvist, MS, DABR' that evening and 'e-Signed (Radiation Oncologist): Hannelore Vick, MD' %s 08:15; first fraction %s" % (t(b, 9, "mon-d-y"), t(b, 10, "mon-d-y"), t(b, 11, "iso"))))))
