"""Document builders: Shenandoah Gap (numbered forms, "X /s/" signature blocks), Keweenaw Shore (tick-mark
physics QA checklist with Reviewed / Approved columns) and Llano Estacado (IMRT necessity attestation form).

Each builder returns a list of (file name, blocks, render options). Trap branches test c.trap.
"""
from nh_common import header
from nh_world import full, short, initials


BEAM_W = [62, 150, 50, 96, 52, 52, 44]


# ============================== Shenandoah Gap Radiation Oncology ==============================
def _x_sig(c, who, role, when):
    """Form signature block: an X line with the /s/ mark, the typed name below, date and time."""
    return [("ln", "X  /s/ %s, %s  ______________________" % (who[0] + " " + who[1], who[2])),
            ("ln", "   (typed name: %s - %s)    Date: %s    Time: %s" % (
                full(who), role, c.d(when), c.dt(when)[len(c.d(when)) + 1:]))]


def shen(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    # 1. consult (RTF)
    b = header(c, "Radiation Oncology Consultation", [
        "Date of service: %s    Attending: %s" % (c.d(t["consult"]), full(md)),
        "Referred by: Dr. Wendell Harshbarger (Urology / GI clinic, Staunton)"])
    b += [("h", "History"),
          ("p", "%s is a %d-year-old seen at the request of the referring physician for %s. Staging work-up is "
                "complete and was reviewed with the patient today." % (
                    c.name_fl(), 2026 - c.pt["dob"].year, c.s["dx"].split(",")[0].lower())),
          ("h", "Diagnosis"), ("p", "%s (ICD-10 %s)." % (c.s["dx"], c.s["icd"])),
          ("h", "Recommendation"),
          ("p", "Definitive radiation therapy to the %s with volumetric-modulated arc therapy: %s. "
                "CT simulation is scheduled." % (c.s["site"].lower(), c.rx_short())),
          ("h", "Need for intensity modulation in this patient (a 3D conformal or conventional plan was "
                "judged insufficient)"),
          ("p", c.cond_sentences() + " " + c.oar_sentence()),
          ("p", "Consent for treatment was discussed and signed. Questions answered."),
          ("gap",), ("ln", "Physician signature:")]
    b += _x_sig(c, md, "Radiation Oncology", t["consult"])
    docs.append(("01_consultation.rtf", b, {}))

    # 2. prescription form RO-12 (PDF, numbered fields; field 7 points to an attachment)
    attach = c.trap != "see_attached"
    b = header(c, "Radiation Prescription - Form RO-12", ["Course: C1    Form RO-12 rev. 10/2025"])
    rows = [["No.", "Field", "Entry"],
            ["1", "Patient / MRN / DOB", "%s / %s / %s" % (c.name_lf(), c.mrn(), c.dob())],
            ["2", "Diagnosis (ICD-10)", "%s (%s)" % (c.s["dx"], c.s["icd"])],
            ["3", "Treatment site", c.s["site"]],
            ["4", "Intent", "Curative"],
            ["5", "Technique / energy", "IMRT - VMAT, %s photons" % c.s["energy"]],
            ["6", "Target(s) and dose", "; ".join(c.rx_lines())],
            ["7", "Dose limits", "See attached" + (" - Attachment A (page 2)" if attach else "")],
            ["8", "Schedule", "Once daily, 5 fractions per week"],
            ["9", "Image guidance", "Daily cone-beam CT"],
            ["10", "Bolus", "N/A"],
            ["11", "Special instructions", "N/A"]]
    b += [("table", rows, [34, 130, 352]), ("ln", "12. Prescribing physician signature:")]
    b += _x_sig(c, md, "Radiation Oncology", t["rx"])
    b += [("gap",), ("ln", "Form RO-12 - Page 1 of %d" % (2 if attach else 1))]
    if attach:
        b += [("page",), ("ln", "SYNTHETIC RECORD - %s - MRN %s" % (c.name_lf(), c.mrn())),
              ("title", "Attachment A to Form RO-12 - Dose Limits for Critical Structures"),
              ("p", "Plan %s. The plan must meet the following limits for the critical structures "
                    "next to the target:" % c.plan_id),
              ("table", [["Critical structure", "Dose limit"]] + [[o, lim] for o, lim, _ in c.s["oars"]],
               [200, 250]),
              ("ln", "Prescribing physician signature (Attachment A):")]
        b += _x_sig(c, md, "Radiation Oncology", t["rx"])
        b += [("gap",), ("ln", "Form RO-12 - Page 2 of 2")]
    docs.append(("02_rx_form_RO-12.pdf", b, {"footer": "SYNTHETIC  MRN %s  Form RO-12" % c.mrn()}))

    # 3. plan summary (PDF)
    b = header(c, "Blue Ridge Planner - Plan Summary", [
        "Plan: %s    Created: %s    Planning system: %s" % (c.plan_id, c.dt(t["plan"]), c.cl["tps"])])
    b += [("h", "Prescription (from Form RO-12)"), ("p", c.rx_short()),
          ("h", "Treatment fields"), ("table", c.beam_rows(), BEAM_W),
          ("h", "Target coverage (calculated)"), ("p", c.ptv_cov()),
          ("ln", "Prepared by: %s  %s" % (full(c.dosi), c.dt(t["plan"]))),
          ("ln", "Physics plan check: %s  %s" % (full(ph), c.dt(t["physcheck"])))]
    docs.append(("03_plan_summary.pdf", b, {}))

    # 4. physician plan approval form RO-21 (DOCX, checkbox items as paragraphs)
    b = header(c, "Physician Plan Approval - Form RO-21", [
        "Plan: %s (created %s)" % (c.plan_id, c.dt(t["plan"]))])
    b += [("ln", "Mark each item completed (☑ = done, ☐ = not done)."),
          ("ln", "☑ 1. Target and critical-structure contours reviewed on the planning CT."),
          ("ln", "☑ 2. Isodose distributions reviewed slice by slice on axial, sagittal and coronal planning "
                 "CT images through the target and all critical structures. Lines shown: 107%, 100%, 95%, "
                 "50%. The 95% line covers the PTV."),
          ("ln", "☑ 3. Dose-volume histograms reviewed for all targets and critical structures. "
                 "Values noted: %s; %s." % (c.ptv_cov(), c.achieved())),
          ("ln", "☑ 4. Hot spot location acceptable (maximum within the PTV)."),
          ("ln", "☑ 5. Plan %s approved for treatment." % c.plan_id),
          ("ln", "6. Comments: N/A"), ("gap",), ("ln", "Physician signature:")]
    b += _x_sig(c, md, "Radiation Oncology", t["review"])
    docs.append(("04_plan_approval_RO-21.docx", b, {}))

    # 5. patient-specific QA (PDF)
    b = header(c, "Patient-Specific IMRT QA - MatrixLine 2D", [
        "Plan: %s    Device: %s    Linac: %s" % (c.plan_id, c.cl["qa"], c.cl["linac"]),
        "Measurement: delivered to the diode array and measured on %s" % c.dt(t["qa"])])
    rows = [["Arc / field", "Gamma criteria", "Points > 10% Dmax", "Gamma pass rate", "Result"]]
    for bm, g in zip(c.s["beams"], c.gam):
        rows.append([bm[1], "3% / 2 mm, global", str(900 + int(g * 3)), "%.1f%%" % g, "Pass"])
    rows.append(["Composite", "3% / 2 mm, global", "-", "%.1f%%" % c.gam_comp, "Pass"])
    b += [("p", "Tolerance: pass rate of 95% or more. Action level: below 90%."),
          ("table", rows, None), ("ln", "Overall result: PASS"),
          ("gap",), ("ln", "Medical Physicist (measured and reviewed):")]
    b += _x_sig(c, ph, "Medical Physics", t["qa_phys"])
    b += [("ln", "Radiation Oncologist (reviewed):")]
    b += _x_sig(c, md, "Radiation Oncology", t["qa_md"])
    docs.append(("05_psqa_matrixline.pdf", b, {}))

    # 6. treatment record (TXT)
    docs.append(("06_treatment_record.txt", _txrecord(c), {}))
    return docs


def _txrecord(c, title="Treatment Delivery Record"):
    dose = c.s["targets"][0][1] / c.s["targets"][0][2]
    rows = [["Fx", "Date", "Plan", "Dose (cGy)", "Cumulative (cGy)", "Therapist"]]
    for i, d in enumerate(c.fx_dates()):
        rows.append([str(i + 1), c.d(d), c.plan_id, "%d" % round(dose * 100),
                     "%d" % round(dose * 100 * (i + 1)), initials(c.rtt)])
    return header(c, title) + [("ln", "First fraction: %s" % c.d(c.t["fx1"])), ("table", rows, None),
                               ("ln", "(first five fractions shown)")]


# ============================== Keweenaw Shore Cancer Center ==============================
def _kew_sig(c, who, role, when):
    return [("ln", "Signature: /s/ %s" % full(who)),
            ("ln", "Printed name: %s, %s    Signed: %s" % (full(who), role, c.dt(when)))]


def kew(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    b = header(c, "Radiation Oncology New Patient Consultation", [
        "Visit date: %s    Provider: %s" % (c.d(t["consult"]), full(md))])
    b += [("h", "Diagnosis"), ("p", "%s (ICD-10 %s)." % (c.s["dx"], c.s["icd"])),
          ("h", "History and findings"),
          ("p", "%s was presented at the thoracic tumor board. PET-CT and diagnostic imaging were reviewed "
                "with the patient and family." % c.name_fl()),
          ("h", "Plan"),
          ("p", "Definitive radiation therapy, %s, with intensity modulation. Concurrent chemotherapy per "
                "medical oncology." % c.rx_short()),
          ("h", "IMRT versus 3D conformal - physician determination"),
          ("p", c.cond_sentences() + " " + c.oar_sentence()), ("gap",)]
    b += _kew_sig(c, md, "Radiation Oncology", t["consult"])
    docs.append(("consult_note.pdf", b, {}))

    b = header(c, "Treatment Directive - Form KS-RX", ["Directive date: %s" % c.d(t["rx"])])
    b += [("ln", "1. Course / phase: C1 / single phase"),
          ("ln", "2. Site: %s" % c.s["site"]),
          ("ln", "3. Technique: IMRT (%s)" % ("VMAT" if c.s["beams"][0][0] == "arc" else "static-gantry step-and-shoot")),
          ("ln", "4. Energy: %s photons" % c.s["energy"]),
          ("ln", "5. Target dose: " + "; ".join(c.rx_lines())),
          ("ln", "6. Fractionation: once daily, Monday to Friday"),
          ("ln", "7. Dose limits: " + "; ".join(c.oar_limits())),
          ("ln", "8. Motion management: 4D CT, internal target volume"),
          ("ln", "9. Image guidance: daily CBCT"),
          ("ln", "10. Bolus: N/A"),
          ("ln", "11. Prior radiation: none"),
          ("ln", "12. Ordering physician:")]
    b += _kew_sig(c, md, "Radiation Oncology", t["rx"])
    docs.append(("prescription_directive.docx", b, {}))

    lines = ["SUPERIOR PLAN 11 (invented) - PLAN EXPORT", "SYNTHETIC RECORD - fictional",
             "PATIENT ........ %s" % c.name_lf(), "MRN ............ %s" % c.mrn(),
             "PLAN ........... %s   STATUS: Planning approved" % c.plan_id,
             "CREATED ........ %s by %s" % (c.dt(t["plan"]), full(c.dosi)),
             "", "PRESCRIPTION"] + ["  " + x for x in c.rx_lines()] + ["", "BEAMS"]
    lines += ["  %-8s %-28s %-6s gantry %-16s coll %3s couch %3s MU %s" % tuple(r)
              for r in [[r[0], r[1], r[2], r[3], r[4], r[5], r[6]] for r in c.beam_rows(header=False)]]
    lines += ["", "PHYSICS CHECK .. %s  %s" % (full(ph), c.dt(t["physcheck"]))]
    docs.append(("superior_plan_export.txt", [("mono", lines)], {}))

    b = header(c, "Physician Treatment Plan Review - Form KS-PR", [
        "Plan: %s    Plan created: %s" % (c.plan_id, c.dt(t["plan"]))])
    rows = [["Item", "Reviewed", "Initials", "Notes"],
            ["Target and OAR contours on planning CT", "[X]", initials(md), "approved"],
            ["Isodose distributions on axial / sagittal / coronal CT (targets and critical structures)",
             "[X]", initials(md), "100% and 95% lines conform to PTV; 50% line clear of cord"],
            ["Dose-volume histograms, all targets and critical structures", "[X]", initials(md),
             c.ptv_cov() + "; " + c.achieved()],
            ["Beam / arc arrangement", "[X]", initials(md), c.beam_words()],
            ["Plan approved for treatment", "[X]", initials(md), ""]]
    b += [("table", rows, [150, 52, 46, 268]), ("gap",)]
    b += _kew_sig(c, md, "Radiation Oncology", t["review"])
    docs.append(("md_plan_review_form.pdf", b, {}))

    md_when = t["qa_md"]
    if c.trap == "md_before_qa":
        md_when = t["plan"].replace(hour=16, minute=35)
    rows = [["#", "Step", "Result", "Reviewed (Physicist)", "Approved (Rad Onc)"],
            ["1", "Verification plan computed on the %s" % c.cl["qa"], "QA_%s" % c.plan_id,
             "✓ %s" % initials(ph), "—"],
            ["2", "Measured delivery on %s" % c.cl["linac"], "measured %s" % c.dt(t["qa"]),
             "✓ %s" % initials(ph), "—"],
            ["3", "Gamma settings 3%/3 mm, 10% threshold; tolerance ≥ 95%, action < 90%", "set",
             "✓ %s" % initials(ph), "—"]]
    for i, (bm, g) in enumerate(zip(c.s["beams"], c.gam)):
        rows.append([str(4 + i), "%s gamma pass rate" % bm[1], "%.1f%% (pass)" % g,
                     "✓ %s" % initials(ph), "✓ %s %s" % (initials(md), c.d(md_when))])
    n = 4 + len(c.s["beams"])
    rows += [[str(n), "Composite gamma pass rate", "%.1f%% (pass)" % c.gam_comp, "✓ %s" % initials(ph),
              "✓ %s %s" % (initials(md), c.d(md_when))],
             [str(n + 1), "Ion chamber point dose vs plan (tolerance ±3%)", "%+.1f%%" % c.chamber,
              "✓ %s" % initials(ph), "✓ %s %s" % (initials(md), c.d(md_when))],
             [str(n + 2), "Plan cleared for treatment", "Yes", "✓ %s" % initials(ph),
              "✓ %s %s" % (initials(md), c.d(md_when))]]
    sign = [["Role", "Signature", "Printed name / credentials", "Date / time"],
            ["Medical Physicist", "/s/ %s" % short(ph), full(ph), c.dt(t["qa_phys"])],
            ["Radiation Oncologist", "/s/ %s" % short(md), full(md), c.dt(md_when)]]
    b = header(c, "Patient-Specific IMRT QA Checklist - Physics SOP KS-PH-09", [
        "Plan: %s    Phantom: %s" % (c.plan_id, c.cl["qa"]),
        "Key: ✓ = checked; — = not required for this role"])
    b += [("table", rows, None), ("h", "Sign-off"), ("table", sign, None)]
    docs.append(("psqa_checklist.docx", b, {}))

    docs.append(("treatment_log.rtf", _txrecord(c, "Daily Treatment Log"), {}))
    return docs


# ============================== Llano Estacado Oncology Associates ==============================
def _llano_sig(c, when, signed=True):
    if signed:
        return [("ln", "Physician signature: X /s/ %s" % ("R. " + c.md[1] + ", MD")),
                ("ln", "Typed name: %s (Radiation Oncology)    Date/time signed: %s" % (full(c.md), c.dt(when)))]
    return [("ln", "Physician signature: X ________________________________"),
            ("ln", "Typed name: %s (Radiation Oncology)    Date/time signed: ______________" % full(c.md))]


LCD_TEXT = {
    1: "The target volume is in close proximity to critical structures that must be protected.",
    2: "The volume of interest must be covered with narrow margins to adequately protect immediately "
       "adjacent structures.",
    3: "An immediately adjacent area has been previously irradiated and abutting portals must be "
       "established with high precision.",
    4: "The target volume is concave or convex, and critical normal tissues are within or around that "
       "convexity or concavity.",
    5: "Dose escalation is planned to deliver radiation doses in excess of those commonly utilized for "
       "similar tumors with conventional treatment."}


def llano(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    b = header(c, "Consultation - Radiation Oncology", [
        "Date of service: %s    Physician: %s" % (c.d(t["consult"]), full(md))])
    b += [("h", "Reason for consultation"), ("p", c.s["dx"] + "."),
          ("h", "History of present illness"),
          ("p", "%s presented with %s. Pathology and imaging were reviewed in clinic today; the case was "
                "discussed at the head and neck conference." % (
                    c.name_fl(), "a painless neck mass" if "tonsil" in c.s["dx"] else "a preauricular mass")),
          ("h", "Assessment and plan"),
          ("p", "Radiation therapy to the %s, %s, delivered with VMAT. Dental evaluation before "
                "simulation. The IMRT medical necessity attestation (form LE-IMRT-1) will be completed "
                "at treatment planning." % (c.s["site"].lower(), c.rx_short())), ("gap",)]
    b += _llano_sig(c, t["consult"])
    docs.append(("consult.docx", b, {}))

    signed = c.trap != "unsigned_attestation"
    when = t["sim"].replace(hour=15, minute=25)
    b = header(c, "IMRT Medical Necessity Attestation - Form LE-IMRT-1", [
        "Plan: %s    Date prepared: %s" % (c.plan_id, c.d(when))])
    b += [("h", "Section A - Technique requested"),
          ("ln", "(X) IMRT / VMAT        ( ) 3D conformal        ( ) Other: N/A"),
          ("h", "Section B - Medicare LCD conditions (mark each that applies; only marked items apply)")]
    for n in range(1, 6):
        mark = "(X)" if n in c.conds else "( )"
        b.append(("ln", "%s %d. %s" % (mark, n, LCD_TEXT[n])))
        if n in c.conds:
            b.append(("ln", "      Patient-specific detail: " + c.s["cond"][n]))
    b += [("h", "Section C - Organs at risk / adjacent critical structures"),
          ("p", c.s["oar_names"][0].upper() + c.s["oar_names"][1:] + "."),
          ("h", "Section D - Physician statement: why a 3D conformal or conventional plan is not adequate"),
          ("p", c.oar_sentence()),
          ("h", "Section E - Attestation"),
          ("p", "I am the treating radiation oncologist. The items marked above are accurate for this "
                "patient."),
          ("gap",)]
    b += _llano_sig(c, when, signed)
    if not signed:
        b += [("ln", "Form printed %s for physician signature." % c.d(when))]
    docs.append(("imrt_necessity_attestation_LE-IMRT-1.pdf", b, {}))

    L = ["LLANO ESTACADO ONCOLOGY ASSOCIATES - RADIATION THERAPY ORDER (FORM LE-RX)",
         "SYNTHETIC RECORD - fictional",
         " 1. Patient ............. %s" % c.name_lf(),
         " 2. MRN / DOB ........... %s / %s" % (c.mrn(), c.dob()),
         " 3. Diagnosis ........... %s (%s)" % (c.s["dx"], c.s["icd"]),
         " 4. Site ................ %s" % c.s["site"],
         " 5. Technique ........... VMAT (IMRT), %s" % c.s["energy"],
         " 6. Targets / dose ...... %s" % c.rx_lines()[0]]
    L += ["                          %s" % x for x in c.rx_lines()[1:]]
    L += [" 7. Dose limits ......... %s" % c.oar_limits()[0]]
    L += ["                          %s" % x for x in c.oar_limits()[1:]]
    L += [" 8. Schedule ............ daily, 5 per week",
          " 9. IGRT ................ daily kV imaging + weekly CBCT",
          "10. Bolus ............... N/A",
          "11. Special instructions  N/A",
          "12. Ordering physician .. X /s/ R. %s, MD   (typed name: %s)   %s" % (
              md[1], full(md), c.dt(t["rx"]))]
    docs.append(("rx_order_form.txt", [("mono", L)], {}))

    b = header(c, "Caprock Dose - Plan Report", [
        "Plan: %s    Created: %s    System: %s" % (c.plan_id, c.dt(t["plan"]), c.cl["tps"])])
    b += [("h", "Prescription"), ("p", c.rx_short()), ("h", "Arcs"), ("table", c.beam_rows(), BEAM_W),
          ("ln", "Planner: %s    Physics check: %s %s" % (full(c.dosi), full(ph), c.dt(t["physcheck"])))]
    docs.append(("caprock_plan_report.pdf", b, {}))

    b = header(c, "Physician Plan Review", ["Plan: %s (created %s)" % (c.plan_id, c.dt(t["plan"]))])
    b += [("p", "I reviewed plan %s on the planning CT. Isodose distributions (105%%, 100%%, 95%%, 50%%) were "
                "examined on axial, sagittal and coronal slices through the targets and every contoured "
                "critical structure; the 95%% line covers the planning target volume(s)." % c.plan_id),
          ("p", "Dose-volume histograms for all targets and critical structures were reviewed: %s; %s." % (
              c.ptv_cov(), c.achieved())),
          ("p", "Beam arrangement: %s. The plan is approved for treatment." % c.beam_words()), ("gap",)]
    b += _llano_sig(c, t["review"])
    docs.append(("physician_plan_review.rtf", b, {}))

    b = header(c, "Mesquite EPID Check - Pre-Treatment Dosimetry", [
        "Plan: %s    Linac: %s    Acquired: %s" % (c.plan_id, c.cl["linac"], c.dt(t["qa"]))])
    rows = [["Arc", "Predicted vs measured EPID dose", "Gamma (3%/2 mm)", "Result"]]
    for bm, g in zip(c.s["beams"], c.gam):
        rows.append([bm[1], "measured portal image", "%.1f%%" % g, "PASS"])
    b += [("p", "Method: each arc was delivered with the portal imager in place and the measured portal dose "
                "compared with the predicted portal dose. Tolerance 95%; action level 90%."),
          ("table", rows, None), ("ln", "Composite: %.1f%%   Overall: PASS" % c.gam_comp), ("gap",),
          ("ln", "Physicist: X /s/ %s    (typed name: %s, Medical Physicist)    %s" % (
              short(ph), full(ph), c.dt(t["qa_phys"]))),
          ("ln", "Radiation Oncologist: X /s/ R. %s, MD    (typed name: %s)    %s" % (
              md[1], full(md), c.dt(t["qa_md"])))]
    docs.append(("epid_qa_report.pdf", b, {}))

    L = ["TREATMENT HISTORY - %s" % c.cl["name"], "SYNTHETIC RECORD - fictional",
         "Patient: %s   MRN: %s   DOB: %s" % (c.name_lf(), c.mrn(), c.dob()),
         "First fraction: %s" % c.d(t["fx1"]), "", "Fx  Date         Plan          Dose (cGy)"]
    dose = c.s["targets"][0][1] / c.s["targets"][0][2] * 100
    for i, d in enumerate(c.fx_dates()):
        L.append("%-3d %-12s %-13s %d" % (i + 1, c.d(d), c.plan_id, round(dose)))
    docs.append(("treatment_history.txt", [("mono", L)], {}))
    return docs
