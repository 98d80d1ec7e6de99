"""novel_k expectations, written by hand from the LCD (Documentation Requirements, the five conditions) and
docs/requirements.md, then checked against the text extracted from the rendered documents. Never from a tool.

Each function returns the description and the eight requirement findings of one chart. Dates and names are taken
from the chart object so that the quotes match the documents; the judgements are written here, one by one.
"""
from nk_world import bday, mdy

IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]

MLC = "MLC-delivered IMRT/VMAT; no compensator is documented anywhere in the chart"


def R(status, why, criteria=None):
    r = {"status": list(status), "why": why}
    if criteria is not None:
        r["criteria"] = list(criteria)
    return r


def chart(description, goals, nec, crit, img, dvh, portal, dv, comp=None):
    reqs = dict(zip(IDS, [goals, nec, crit, img, dvh, portal, dv, comp or R(["not_applicable"], MLC)]))
    return dict(description=description, requirements=reqs)


# ============================================================== Suwannee Urology Partners (urology-owned IMRT suite)

def nk01(c):
    T = c.T
    return chart(
        "Suwannee Urology Partners, P.A. (urology group that owns its IMRT suite; employed radiation oncologist; "
        "urologist co-manages ADT, fiducials and spacer); prostate, unfavorable intermediate risk, 70 Gy/28 VMAT; "
        "QA measured on site and released remotely by a contracted physics company. Complete: every applicable "
        "requirement met.",
        R(["met"], "03_rt_prescription.docx: targets PTV_7000 70 Gy/28 and PTV_5600 56 Gy/28 and a 'Normal tissue dose "
                   "limits' table with comparators (Rectum V65Gy < 15%%, Bladder V65Gy < 25%%, Femoral head Dmax < 45 Gy, "
                   "Penile bulb Dmean < 50 Gy ...); 'Prescribing radiation oncologist: Delphine Achebe-Marlow, MD - "
                   "e-signed %s 10:02 AM EST'" % mdy(T.rx)),
        R(["met"], "01_ro_consult.pdf, 'Technique selection and medical necessity (IMRT)': VMAT 'rather than a 3D "
                   "conformal plan'; a 3D four- or six-field arrangement could not cover the target 'while the rectum, "
                   "bladder, penile bulb and femoral heads were held to the limits'; signed 'Signed by: Delphine "
                   "Achebe-Marlow, MD (Radiation Oncology) Signed on: %s'" % mdy(T.consult)),
        R(["met"], "same consult: the gland 'sits directly on the anterior rectal wall ... rectal separation is only 8 "
                   "mm' (1); margin 'narrowed to 3 mm posteriorly, so that the immediately adjacent anterior rectal "
                   "wall is protected' (2)", [1, 2]),
        R(["met"], "05_imrt_planning_note.rtf: planning CT reviewed 'slice by slice ... with the 105%%, 100%%, 95%%, 80%% "
                   "and 50%% isodose lines displayed' over the targets and every organ at risk; signed and dated "
                   "'Signed on: %s', after the plan calculation of %s and before the first fraction %s"
                   % (mdy(T.review), mdy(T.plan), mdy(T.fx1))),
        R(["met"], "same signed note, 'Dose-volume histograms': 'Cumulative DVHs reviewed for every target and for the "
                   "rectum, bladder, both femoral heads, penile bulb and bowel bag' with values"),
        R(["met"], "04_cobalt_ridge_plan_report.pdf, 'Treatment beams': ARC1 181->179 CW and ARC2 179->181 CCW with "
                   "collimator, couch and MU"),
        R(["met"], "06_physlink_psqa_release.pdf: PolarisMap 2D measurement %s (evening), ARC1/ARC2/composite gamma "
                   "3%%/2 mm all PASS above the 90%% action level, 'Overall result: PASS'; 'Released by: Tamsin "
                   "Oyelaran, MS, DABR - Qualified Medical Physicist, Lodestone ...' %s (remote) and 'Reviewed by: "
                   "Delphine Achebe-Marlow, MD - Radiation Oncology ...' %s; both after the measurement and before the "
                   "first fraction %s. The contracted physicist's remote release is the physicist's signature"
                   % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


def nk02(c):
    T = c.T
    return chart(
        "Suwannee Urology Partners, P.A.; salvage radiotherapy to the prostate bed (70.2 Gy/39 VMAT) for a "
        "'Prostate Cancer Pathway' patient. Trap: the only document with organ-at-risk dose limits (and the only "
        "prescription order) is the pathway directive e-signed by the urologist as ordering provider; the radiation "
        "oncologist's consult defers to it and her approved plan report gives the target dose with organ doses only "
        "as achieved statistics.",
        R(["incomplete"], "the target dose and the OAR limits (Rectum V65 Gy < 35%%; Bladder V65 Gy < 50%% ...) are in "
                          "02_pathway_rt_directive.docx, signed only 'Ordering provider e-signature: Raymond Castellvi, "
                          "MD, FACS (Urology) %s' - another specialty's signature does not stand in for the radiation "
                          "oncologist's. The radiation oncologist's documents give the target only: the consult says "
                          "dose and limits 'follow the Prostate Cancer Pathway radiation therapy directive, which Dr. "
                          "Castellvi enters'; the plan report she approved (%s 08:10) has 'Prescription (from pathway "
                          "directive ...)' PTV_7020 70.2 Gy/39 and organ doses only under 'Dose statistics (final "
                          "calculation)' with no comparator; the planning note calls them 'achieved values'. Goals "
                          "without a radiation-oncologist-signed constraint: incomplete"
                          % (mdy(bday(T.consult, 2)), mdy(T.review))),
        R(["met"], "01_ro_consult.pdf, 'Technique selection and medical necessity (IMRT)': VMAT rather than 3D "
                   "conformal; a 3D arrangement 'would either under-cover the bed or carry the full dose into the rectum, "
                   "bladder, penile bulb and femoral heads'; 'Signed by: Delphine Achebe-Marlow, MD (Radiation "
                   "Oncology) Signed on: %s'" % mdy(T.consult)),
        R(["met"], "same consult: the anastomosis 'within 2 to 3 mm' of bladder and rectum (1); the bed target 'is "
                   "concave posteriorly: it wraps around the anterior rectal wall, which sits inside that concavity' (4)",
          [1, 4]),
        R(["met"], "04_imrt_planning_note.rtf: planning CT reviewed 'slice by slice ... with the 105%%, 100%%, 95%%, 70%% "
                   "and 50%% isodose lines displayed in all three planes'; 'Signed on: %s', after the plan "
                   "(%s) and before the first fraction %s" % (mdy(T.review), mdy(T.plan), mdy(T.fx1))),
        R(["met"], "same signed note: 'Cumulative DVHs reviewed for every target and for the rectum, bladder, both "
                   "femoral heads, penile bulb and bowel bag' with the achieved values (a review of results is what "
                   "this item asks for)"),
        R(["met"], "03_cobalt_ridge_plan_report.pdf, 'Treatment beams': ARC1 181->179 CW, ARC2 179->181 CCW"),
        R(["met"], "05_physlink_psqa_release.pdf: measured %s, all arcs PASS above the 90%% action level; 'Released by: "
                   "Tamsin Oyelaran, MS, DABR - Qualified Medical Physicist' %s and 'Reviewed by: Delphine "
                   "Achebe-Marlow, MD - Radiation Oncology' %s, before the first fraction %s"
                   % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


def nk03(c):
    T = c.T
    why = ("3D conformal course: consult 'three-field 3D conformal plan ... forward planned. Intensity-modulated "
           "planning would not change the outcome for this palliative target and is not being requested'; Rx "
           "'3D conformal (forward planned), 3 fields'; plan L_ILIUM_3D 'Plan type 3D conformal, forward planned' "
           "(AP, PA, wedged LPO; 'no intensity modulation'); MU check 'Patient-specific IMRT QA: not applicable (3D "
           "conformal plan)'; 77295/77412 billed, no 77301. The IMRT checklist does not apply")
    return chart(
        "Suwannee Urology Partners, P.A.; palliative 30 Gy/10 to a left iliac metastasis of castration-resistant "
        "prostate cancer, three-field forward-planned 3D conformal. Not IMRT: every requirement not_applicable.",
        *[R(["not_applicable"], why, [] if i == 2 else None) for i in range(8)])


# ============================================================== Pecan Valley Urology Associates (Dictara VR, locum)

def nk04(c):
    T = c.T
    return chart(
        "Pecan Valley Urology Associates, PLLC (urology group with an in-office radiation suite); consult and "
        "planning note dictated through a voice-recognition system and authenticated by a locum-tenens radiation "
        "oncologist; prostate, dose escalation to 78 Gy/39 VMAT; per-diem physicist QA. Complete: every applicable "
        "requirement met.",
        R(["met"], "02_radsuite_prescription.pdf: PTV_7800 78 Gy/39 and an 'Organ-at-risk limits' table (Rectum V75 < "
                   "15%%, Bladder V75 < 25%%, Femoral heads V50 < 5%% ...); 'Approved by: Anand Rao-Whitfield, MD, "
                   "Radiation Oncology (locum tenens) %s 11:20 CST' (a locum tenens is a radiation oncologist)"
                   % mdy(T.rx)),
        R(["met"], "01_dictara_consult.txt, 'IMRT JUSTIFICATION': IMRT 'medically necessary here rather than "
                   "conventional or three D conformal radiation'; on a 3D six-field comparison at 78 Gy 'the rectum, "
                   "the bladder, the femoral heads and the penile bulb could not be kept under their limits'; "
                   "'Reviewed and electronically signed by Anand Rao-Whitfield, MD (Radiation Oncology, locum tenens) "
                   "on %s at 17:18 CST'" % mdy(T.consult)),
        R(["met"], "same dictation: 'The prostate sits right up against the anterior rectal wall' (1); 'escalating the "
                   "prostate dose to 78 Gray ... beyond the roughly 70 Gray that conventional or three D conformal "
                   "treatment delivers' (5)", [1, 5]),
        R(["met"], "04_dictara_planning_note.rtf, 'IMAGE AND ISODOSE REVIEW': planning CT fused with MRI 'slice by "
                   "slice with the isodose lines on' over targets, rectum, bladder and femoral heads; 'Reviewed and "
                   "electronically signed by ... on %s at 08:14 CST' (the D:/R:/E: lines record dictation, recognition "
                   "and editing; the signature line is the author's authentication)" % mdy(T.review)),
        R(["met"], "same signed note, 'DOSE VOLUME HISTOGRAMS': reviewed 'for every target and for the rectum, the "
                   "bladder, the femoral heads and the penile bulb' with values"),
        R(["met"], "03_halyard_plan_summary.pdf, 'Beams': A1 'Arc 182 -> 178 CW', A2 'Arc 178 -> 182 CCW' with "
                   "collimator and couch; the planning note repeats the arcs in words"),
        R(["met"], "05_balcones_psqa_worksheet.docx: Diamante ArcCube measurement %s (evening), both arcs PASS (gamma "
                   "3%%/2 mm, action 90%%); sign-off table 'Medical Physicist (per diem, Balcones Physics Group) | "
                   "Wen-Li Strickland, PhD, DABR | /s/ Wen-Li Strickland | %s ...' and 'Radiation Oncologist "
                   "(locum tenens) | Anand Rao-Whitfield, MD | /s/ Anand Rao-Whitfield | %s ...', before the "
                   "first treatment %s" % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


def nk05(c):
    T = c.T
    return chart(
        "Pecan Valley Urology Associates, PLLC; high-risk prostate with elective pelvic nodes (70/50.4 Gy in 28, "
        "VMAT SIB). Trap: the only physician isodose and DVH review is a voice-recognition planning note dictated by "
        "the locum tenens, edited after his assignment ended and never authenticated ('AUTHENTICATION: NOT "
        "AUTHENTICATED - author account inactive ...'; escalated to the medical director, 'no action recorded').",
        R(["met"], "02_radsuite_prescription.pdf: PTV_7000 70 Gy/28 and PTV_5040 50.4 Gy/28 with an 'Organ-at-risk "
                   "limits' table (Rectum V65 < 17%%, Bladder V65 < 25%%, Bowel bag V45 < 195 cc ...); 'Approved by: "
                   "Anand Rao-Whitfield, MD, Radiation Oncology (locum tenens) %s 11:20 CST'" % mdy(T.rx)),
        R(["met"], "01_dictara_consult.txt, 'IMRT JUSTIFICATION': IMRT rather than conventional or 3D conformal; 'a three "
                   "D conformal pelvic plan would give the nodal dose to most of the bladder and a large volume of "
                   "bowel, so intensity modulation is needed to spare the rectum, bladder, small bowel, femoral heads "
                   "and penile bulb'; authenticated 'Reviewed and electronically signed by Anand Rao-Whitfield, MD ... "
                   "on %s at 16:35 CST'" % mdy(T.consult)),
        R(["met"], "same consult: prostate 'directly against the rectum and the bladder base' (1); 'The pelvic nodal "
                   "target is a concave, horseshoe-shaped volume that wraps around the bladder and the small bowel lying "
                   "inside it' (4)", [1, 4]),
        R(["incomplete"], "the only isodose review is 04_dictara_planning_note.rtf (dictated %s 08:20), whose trailer "
                          "reads 'Delivered to author for review: %s 22:41 CDT' / 'AUTHENTICATION: NOT AUTHENTICATED - "
                          "author account inactive since ... (locum assignment ended %s)' / 'Escalated to: "
                          "OBI-MARCHAND, CELESTINE MD (Medical Director) ... - no action recorded' and 'it has not been "
                          "reviewed by its author': an unsigned dictation (the dictated-but-not-read family). The plan "
                          "summary defers the physician approval to this note ('Physician: documented in dictated "
                          "planning note'); no other signed physician document reviews the isodose distribution"
                          % (mdy(T.review), mdy(c.locum_end), mdy(c.locum_end))),
        R(["incomplete"], "the DVH review ('DOSE VOLUME HISTOGRAMS: I reviewed ...' with values) is in the same "
                          "unauthenticated dictation; the plan summary lists objectives without results, signed by the "
                          "dosimetrist and physicist only"),
        R(["met"], "03_halyard_plan_summary.pdf, 'Beams': A1 'Arc 181 -> 179 CW', A2 'Arc 179 -> 181 CCW'"),
        R(["met"], "05_balcones_psqa_worksheet.docx: measured %s, both arcs PASS above the 90%% action level; "
                   "'Medical Physicist (per diem ...) | Wen-Li Strickland, PhD, DABR | /s/ ... | %s ...' and "
                   "'Radiation Oncologist (locum tenens) | Anand Rao-Whitfield, MD | /s/ ... | %s ...' (signed "
                   "while he was still on assignment), before the first treatment %s"
                   % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


def nk06(c):
    T = c.T
    return chart(
        "Pecan Valley Urology Associates, PLLC; bladder preservation after maximal TURBT by the group's urologist, "
        "whole-bladder 55 Gy/20 with seven static IMRT fields; dictations authenticated by the medical director; "
        "per-diem physics QA. Complete: every applicable requirement met.",
        R(["met"], "03_radsuite_prescription.pdf: PTV_5500 55 Gy/20 (2.75 Gy) and 'Organ-at-risk limits' (Rectum V50 < "
                   "15%%, Bowel bag V40 < 100 cc, Bowel bag D1cc < 54 Gy, Femoral heads max < 40 Gy); 'Approved by: "
                   "Celestine Obi-Marchand, MD, Radiation Oncology %s 11:20 CDT'" % mdy(T.rx)),
        R(["met"], "02_dictara_consult.docx, 'IMRT JUSTIFICATION': IMRT rather than conventional or 3D conformal; a "
                   "four-field 3D plan 'would place the full dose on a large volume of small bowel and on the anterior "
                   "rectum, so intensity modulation is needed to protect the small bowel, the rectum and the femoral "
                   "heads'; 'Reviewed and electronically signed by Celestine Obi-Marchand, MD (Radiation Oncology) on "
                   "%s at 16:03 CDT'. The urologist's operative report (01) is a distractor" % mdy(T.consult)),
        R(["met"], "same consult: 'The bladder dome lies directly against loops of small bowel and the sigmoid colon, and "
                   "the posterior bladder wall rests on the anterior rectal wall' (1)", [1]),
        R(["met"], "05_dictara_planning_note.txt, 'IMAGE AND ISODOSE REVIEW': planning CT 'slice by slice with the "
                   "isodose lines on' over the bladder PTV, small bowel, rectum and femoral heads; 'Reviewed and "
                   "electronically signed by Celestine Obi-Marchand, MD ... on %s at 08:14 CDT'" % mdy(T.review)),
        R(["met"], "same note, 'DOSE VOLUME HISTOGRAMS': 'for every target and for the small bowel, the rectum and the "
                   "femoral heads' with values"),
        R(["met"], "04_halyard_plan_summary.pdf: seven static fields F1_G000 ... F7_G308 ('Static, gantry 0' ... "
                   "'Static, gantry 308'); the planning note gives the seven gantry angles in words"),
        R(["met"], "06_balcones_psqa_worksheet.docx: measured %s, all seven fields PASS above the 90%% action "
                   "level; signed in the sign-off table by 'Wen-Li Strickland, PhD, DABR' (Medical Physicist, per diem) "
                   "%s and 'Celestine Obi-Marchand, MD' (Radiation Oncologist) %s, before the "
                   "first treatment %s" % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


# ============================================================== Piedmont Foothills (physician-owned, billing packet)

def nk07(c):
    T = c.T
    return chart(
        "Piedmont Foothills Radiation Center, PLLC (freestanding, owned by its radiation oncologists); the consult, "
        "prescription and plan review arrive inside a third-party billing company's pre-bill chart packet (cover, "
        "index, documents as pulled, coding summary); contracted physics signs remotely in its QA portal; p16+ "
        "base of tongue, 70/63/56 Gy in 35, three arcs. Complete: every applicable requirement met.",
        R(["met"], "01_claimwright_prebill_packet.pdf, document 2 'Radiation Treatment Order / Prescription': PTV_7000 70 "
                   "Gy, PTV_6300 63 Gy, PTV_5600 56 Gy in 35 and 'Normal structure dose constraints' (Spinal cord Dmax "
                   "< 45 Gy, Brainstem Dmax < 54 Gy, Parotid R Dmean < 26 Gy ...); 'E-signed by Beatrix "
                   "Lindqvist-Amadi, MD (Radiation Oncology) on %s'" % T.rx.strftime("%b %-d, %Y")),
        R(["met"], "packet document 1 (consultation), 'Basis for IMRT over 3D conformal planning': a 3D technique "
                   "'would take the right parotid to full dose and could not keep the spinal cord, brainstem, right "
                   "parotid, mandible, larynx and oral cavity within their limits'; 'IMRT is needed to protect these "
                   "organs at risk'; e-signed by the radiation oncologist %s" % T.consult.strftime("%b %-d, %Y")),
        R(["met"], "same consult: primary and nodes 'within a few millimetres of the mandible and the pharyngeal "
                   "constrictors' (1); nodal target 'concave around the spinal cord and wraps around the right parotid, "
                   "which lies inside that concavity' (4)", [1, 4]),
        R(["met"], "packet document 3 'IMRT Plan Review': 'Reviewed on the planning CT, slice by slice ... with the 70, "
                   "63, 56 and 30 Gy isodose lines over the three PTVs' and the organs at risk; 'E-signed by Beatrix "
                   "Lindqvist-Amadi, MD (Radiation Oncology) on %s' (after the plan of %s, before the first "
                   "fraction %s). The packet's cover and coder pages sign nothing and take nothing away"
                   % (T.review.strftime("%b %-d, %Y"), mdy(T.plan), mdy(T.fx1))),
        R(["met"], "same signed review, 'Dose-volume histograms': 'DVHs reviewed for each target and each organ at risk' "
                   "with values"),
        R(["met"], "02_sequoia_plan_report.pdf, 'Beams': ARC_1 181->179 CW, ARC_2 179->181 CCW, ARC_3 181->179 CW "
                   "(collimator 90); the plan review repeats them"),
        R(["met"], "03_qavault_psqa_export.txt: Ridgeback EPID dosimetry acquired %s (evening) with the full plan "
                   "delivered, three arcs PASS (gamma 3%%/2 mm, action 90%%); SIGN-OFF table 'Physicist  Ramon "
                   "Espinal-Vick, MS, DABR  Medical Physicist (remote)  %s ...' and 'Physician  Beatrix "
                   "Lindqvist-Amadi, MD  Radiation Oncologist  %s ...', before the first fraction %s"
                   % (T.qa.isoformat(), T.qa.isoformat(), T.qa_md.isoformat(), mdy(T.fx1))))


def nk08(c):
    T = c.T
    return chart(
        "Piedmont Foothills Radiation Center, PLLC; anal canal, dose-painted 54/45 Gy in 30 (VMAT). Trap: the only "
        "plan document is the one-page Sequoia 'Plan Summary' inside the billing company's pre-bill packet: "
        "'Delivery: VMAT - 2 arcs - 6 MV - <MU> + <MU> MU'. No document gives a gantry range, start/stop angle or "
        "direction for either arc (review: 'two-arc VMAT plan'; QA and delivery record: 'Arc 1', 'Arc 2').",
        R(["met"], "packet document 2 'Radiation Treatment Order / Prescription': PTV_5400 54 Gy and PTV_4500 45 Gy in "
                   "30 with 'Normal structure dose constraints' (Bowel bag V45 < 20 cc, Bladder V35 < 50%%, Femoral "
                   "heads V44 < 5%% ...); 'E-signed by Beatrix Lindqvist-Amadi, MD (Radiation Oncology) on %s'"
                   % T.rx.strftime("%b %-d, %Y")),
        R(["met"], "packet document 1, 'Basis for IMRT over 3D conformal planning': a 3D four-field pelvis 'would give "
                   "the elective dose to the whole bladder, a large small-bowel volume, both femoral heads and the "
                   "external genitalia; intensity modulation is needed to spare' them; e-signed %s"
                   % T.consult.strftime("%b %-d, %Y")),
        R(["met"], "same consult: 'The elective nodal target ... is a concave volume that wraps around the bladder and "
                   "the small bowel loops lying inside it' (4); primary 'against the posterior vaginal wall', inguinal "
                   "nodes 'directly over the femoral heads' (1)", [1, 4]),
        R(["met"], "packet document 4 'IMRT Plan Review': planning CT and fused MRI 'slice by slice, with the 54, 45, 30 "
                   "and 20 Gy isodose lines' over targets and organs at risk; 'E-signed by Beatrix Lindqvist-Amadi, MD "
                   "(Radiation Oncology) on %s'" % T.review.strftime("%b %-d, %Y")),
        R(["met"], "same signed review: 'DVHs reviewed for each target and each organ at risk' with values"),
        R(["incomplete"], "a count without locations: the packet's 'Plan Summary' says only 'Delivery: VMAT - 2 arcs - 6 "
                          "MV' with MU; the plan review says 'two-arc VMAT plan'; the QA export and the delivery record "
                          "name 'Arc 1' and 'Arc 2'; the CT simulation note gives the isocenter only. No gantry start/stop, "
                          "range or rotation is documented anywhere"),
        R(["met"], "02_qavault_psqa_export.txt: EPID dosimetry acquired %s, Arc 1 and Arc 2 PASS (action 90%%); "
                   "SIGN-OFF rows for 'Ramon Espinal-Vick, MS, DABR  Medical Physicist (remote)  %s ...' and 'Beatrix "
                   "Lindqvist-Amadi, MD  Radiation Oncologist  %s ...', before the first fraction %s"
                   % (T.qa.isoformat(), T.qa.isoformat(), T.qa_md.isoformat(), mdy(T.fx1))))


def nk09(c):
    T = c.T
    return chart(
        "Piedmont Foothills Radiation Center, PLLC (second owner-physician); left upper lobe NSCLC stage IIIA, 60 "
        "Gy/30 with seven static IMRT fields, abutting the superior edge of the patient's 2019 left breast tangents "
        "(re-irradiation matching, composite lung limit); the 2019 treatment summary is in the chart as history. "
        "Complete: every applicable requirement met.",
        R(["met"], "02_rt_order_prescription.pdf: PTV_6000 60 Gy/30 and 'Normal structure dose constraints' (Spinal cord "
                   "Dmax < 50 Gy, Lungs V20 < 35%%, Heart V50 < 25%%, Esophagus mean < 34 Gy, L lung composite with "
                   "2019 course V20 < 40%%); 'E-signed by Obadiah Fenn, MD (Radiation Oncology) on %s'"
                   % T.rx.strftime("%b %-d, %Y")),
        R(["met"], "01_ro_consult.rtf, 'Basis for IMRT over 3D conformal planning': a 3D plan matched to the old tangent "
                   "border 'could not keep the spinal cord, esophagus, heart and both lungs within their limits'; "
                   "'IMRT is needed to protect these organs at risk'; 'E-signed by Obadiah Fenn, MD (Radiation "
                   "Oncology) on %s'" % T.consult.strftime("%b %-d, %Y")),
        R(["met"], "same consult: 'the new target abuts the superior edge of that prior tangent volume, so the new "
                   "portals must be matched to the old field edge with high precision' (3); nodal PTV 'within 6 mm of "
                   "the esophagus' (1)", [1, 3]),
        R(["met"], "04_imrt_plan_review.docx: planning CT 'slice by slice, with the 60, 57, 40, 20 and 5 Gy isodose "
                   "lines over the PTV, spinal cord, esophagus, heart and both lungs' and the 2019 field edge; 'E-signed "
                   "by Obadiah Fenn, MD (Radiation Oncology) on %s' before the first fraction %s"
                   % (T.review.strftime("%b %-d, %Y"), mdy(T.fx1))),
        R(["met"], "same signed review: 'DVHs reviewed for each target and each organ at risk' with values, including "
                   "the composite left-lung V20"),
        R(["met"], "03_sequoia_plan_report.pdf, 'Beams': seven static IMRT fields at gantry 330, 0, 30, 60, 150, 180 and "
                   "210 (the 2019 tangents in 06 are the prior course, not this plan)"),
        R(["met"], "05_qavault_psqa_export.txt: EPID dosimetry acquired %s, all seven fields PASS (action 90%%); signed "
                   "'Ramon Espinal-Vick, MS, DABR  Medical Physicist (remote)' %s and 'Obadiah Fenn, MD  Radiation "
                   "Oncologist' %s, before the first fraction %s"
                   % (T.qa.isoformat(), T.qa.isoformat(), T.qa_md.isoformat(), mdy(T.fx1))))


# ============================================================== Kaw River Urology & Oncology (fax workflow)

def nk10(c):
    T = c.T
    S = c.S
    return chart(
        "Kaw River Urology & Oncology, P.A. (urology group with a radiation suite in a separate building; consults "
        "faxed to the main clinic's HIM; QA faxed in by a contracted physicist and acknowledged through the e-fax "
        "server's e-sign log). High-risk prostate in two courses named by the delivery record: PELV_IMRT (9 static "
        "fields, fx 1-25) and PROS_BST_VMAT (2 arcs, fx 26-42). Complete: every applicable requirement met for both "
        "courses.",
        R(["met"], "02_ro_prescription_two_phase.docx lists both phases (PELV_IMRT PTV_4500 45 Gy/25; PROS_BST_VMAT PTV_BST "
                   "30.6 Gy/17) and 'Dose constraints (composite of both phases)' (Rectum V70 < 20%%, Bladder V70 < 30%%, "
                   "Bowel bag V45 < 195 cc ...); 'Authenticated by: Mateo Brightwater-Ansah, MD  Radiation Oncology  "
                   "%s 11:17 CST', before fraction 1 - shared by both courses" % mdy(T.rx)),
        R(["met"], "01_fax_ro_consult.pdf (fax cover + consult page), 'Medical necessity - intensity modulation': 3D "
                   "four-field pelvis and 3D boost rejected; 'intensity modulation is required to spare the rectum, "
                   "bladder, small bowel, femoral heads and penile bulb'; 'Authenticated by: Mateo Brightwater-Ansah, MD "
                   "Radiation Oncology %s 15:14 CST' - shared by both courses" % mdy(T.consult)),
        R(["met"], "same consult: prostate 'against the anterior rectal wall and the bladder base' (1); 'The pelvic "
                   "nodal target is concave, curving around the bladder and the small bowel, which lie within that "
                   "concavity' (4)", [1, 4]),
        R(["met"], "04_plan_review_note.txt, one entry per plan: PELV_IMRT 'I went through the planning CT axial slices "
                   "... with the 107, 100, 95 and 50 percent isodose lines', 'Authenticated by: ... %s 08:31 CST' "
                   "(before fx 1 on %s); PROS_BST_VMAT boost and composite isodose lines 'slice by slice', "
                   "'Authenticated by: ... %s 08:26 CDT' (before boost fx 26 on %s)"
                   % (mdy(T.review), mdy(T.fx1), mdy(c.boost_review), mdy(c.boost_fx1))),
        R(["met"], "same entries: 'DVH review: dose-volume histograms checked for PTV_4500 ... and for the rectum, "
                   "bladder, bowel bag, femoral heads and penile bulb' (PELV_IMRT) and for PTV_BST and the composite of "
                   "both phases (PROS_BST_VMAT), each entry signed"),
        R(["met"], "03_plainsong_plan_document.pdf: PELV_IMRT nine static fields at gantry 0, 40, ... 320; PROS_BST_VMAT "
                   "BST_A1 181->179 CW and BST_A2 179->181 CCW"),
        R(["met"], "PELV_IMRT: 05_konza_psqa_PELV_IMRT_fax.pdf measured %s, all nine fields PASS (action 90%%), "
                   "'Physicist of record: Ingrid Makowski-Bell, PhD, DABR - signed %s' (evening) and, on the FaxHarbor "
                   "e-sign log page, 'Physician acknowledgement: reviewed and e-signed by Mateo Brightwater-Ansah, MD "
                   "(Radiation Oncology) %s ...', before fx 1 (%s). PROS_BST_VMAT: 06_konza_psqa_PROS_BST_VMAT_fax"
                   ".pdf measured %s, both arcs PASS, physicist signed %s, physician acknowledgement %s, before boost fx 26 (%s)"
                   % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1), mdy(c.boost_qa), mdy(c.boost_qa),
                      mdy(c.boost_ack), mdy(c.boost_fx1))))


def nk11(c):
    T = c.T
    return chart(
        "Kaw River Urology & Oncology, P.A.; favorable intermediate-risk prostate, 60 Gy/20 VMAT. Trap: the faxed "
        "Konza QA (passing, signed by the physicist) was acknowledged on the e-fax log page by the chief radiation "
        "therapist under a 'standing delegation' ('reviewed for <MD> by Dwayne Kettleson, RT(T), Chief Therapist'); "
        "no radiation oncologist signs or reviews the QA anywhere.",
        R(["met"], "02_ro_prescription.docx: PTV_6000 60 Gy/20 and PTV_4860 48.6 Gy/20 with 'Dose constraints' (Rectum "
                   "V40.8 < 60%% ... V60 < 3%%, Bladder V48.6 < 25%%, Femoral heads V40.8 < 50%%); 'Authenticated by: "
                   "Mateo Brightwater-Ansah, MD  Radiation Oncology  %s'" % mdy(T.rx)),
        R(["met"], "01_fax_ro_consult.pdf, 'Medical necessity - intensity modulation': 'At 3 Gy per fraction a 3D "
                   "conformal plan cannot hold the rectum, bladder and femoral heads within the hypofractionation "
                   "limits; intensity modulation is required to protect them'; 'Authenticated by: ... %s 15:06 CDT'"
                   % mdy(T.consult)),
        R(["met"], "same consult: prostate 'in direct contact with the anterior rectal wall' (1); PTV margin '3 mm toward "
                   "the rectum, so that the immediately adjacent rectal wall is protected' (2)", [1, 2]),
        R(["met"], "04_plan_review_note.txt: 'CT and isodose review: I went through the planning CT slice by slice ... "
                   "with the 105, 100, 95, 70 and 50 percent isodose lines over the targets, the rectum, the bladder and "
                   "the femoral heads'; 'Authenticated by: ... %s 08:31 CDT'" % mdy(T.review)),
        R(["met"], "same signed entry: 'DVH review: dose-volume histograms checked for PTV_6000 ..., PTV_4860 ... and for "
                   "the rectum, bladder and femoral heads' with values"),
        R(["met"], "03_plainsong_plan_document.pdf 'Beam geometry': VA_1 182->178 CW, VA_2 178->182 CCW"),
        R(["incomplete"], "05_konza_psqa_fax.pdf: measured %s, both arcs PASS; signed by the physicist only "
                          "('Physicist of record: Ingrid Makowski-Bell, PhD, DABR - signed %s ...'). The e-fax log "
                          "shows the delegation rule forwarding the report from the physician's inbox to the chief "
                          "therapist and 'Acknowledgement: reviewed for Mateo Brightwater-Ansah, MD by Dwayne Kettleson, "
                          "RT(T), Chief Therapist (standing delegation) %s 07:20 CDT': a therapist's signature does not "
                          "stand in for the radiation oncologist's, and naming the physician after 'for' is not his "
                          "signature. The plan review note does not mention the QA; the plan document's 'Plan approved' "
                          "row precedes the measurement and is not a QA review"
                          % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md))))


def nk12(c):
    T = c.T
    return chart(
        "Kaw River Urology & Oncology, P.A.; unfavorable intermediate-risk prostate, dose escalation to 79.2 Gy/44 with "
        "seven static IMRT fields. Trap: the only IMRT rationale (faxed consult) argues dose escalation beyond "
        "conventional dose and the practice's 70 Gy 3D class solution, but names no organ at risk or adjacent "
        "critical structure anywhere in the consult.",
        R(["met"], "02_ro_prescription.docx: PTV_7920 79.2 Gy/44 with 'Dose constraints' (Rectum V75 < 15%% ... Bladder "
                   "V80 < 15%% ... Penile bulb mean < 52.5 Gy); 'Authenticated by: Mateo Brightwater-Ansah, MD  "
                   "Radiation Oncology  %s'" % mdy(T.rx)),
        R(["incomplete"], "01_fax_ro_consult.pdf, 'Medical necessity - intensity modulation': 'IMRT is required ... rather "
                          "than conventional or 3D conformal treatment. The plan escalates the dose to the prostate to "
                          "79.2 Gy ... our 3D conformal class solution is limited to 70 Gy, so intensity-modulated "
                          "planning is needed to deliver the prescribed dose'; signed ('Authenticated by: ... %s 15:26 "
                          "CDT') but it does not address any organ at risk or adjacent critical structure (the consult "
                          "names none). The OAR limits in the prescription are not part of the physician's necessity "
                          "statement" % mdy(T.consult)),
        R(["met"], "same signed consult: 'escalates the dose to the prostate to 79.2 Gy in 44 fractions, well above the "
                   "70 Gy commonly delivered with conventional technique' (5); no other condition is stated", [5]),
        R(["met"], "04_plan_review_note.txt: planning CT 'slice by slice ... with the 105, 100, 95, 70 and 50 percent "
                   "isodose lines over the targets, the rectum, the bladder and the femoral heads'; 'Authenticated by: "
                   "... %s 08:31 CDT'" % mdy(T.review)),
        R(["met"], "same signed entry: 'DVH review: dose-volume histograms checked for PTV_7920 ... and for the rectum, "
                   "bladder, femoral heads and penile bulb' with values"),
        R(["met"], "03_plainsong_plan_document.pdf: seven static fields F1_G180 ... F7_G130 at gantry 180, 230, 280, 330, "
                   "30, 80, 130; the plan review repeats them in words"),
        R(["met"], "05_konza_psqa_fax.pdf: measured %s, all seven fields PASS (action 90%%); 'Physicist of record: Ingrid "
                   "Makowski-Bell, PhD, DABR - signed %s ...' and 'Physician acknowledgement: reviewed and "
                   "e-signed by Mateo Brightwater-Ansah, MD (Radiation Oncology) %s ...', before the first "
                   "fraction %s" % (mdy(T.qa), mdy(T.qa), mdy(T.qa_md), mdy(T.fx1))))


EXPECT = {f.__name__: f for f in (nk01, nk02, nk03, nk04, nk05, nk06, nk07, nk08, nk09, nk10, nk11, nk12)}
