"""Document builders: Chugach (SOP-driven checklists with initials, pre-treatment chart check), Tallahatchie
Delta (compensator-based IMRT, compensator design record) and Sauk Prairie (numbered structured forms with
"N/A" answers and e-signature manifestation blocks).
"""
from nh_common import header
from nh_world import full, short, initials, rng
from nh_docs_a import _txrecord, BEAM_W


# ============================== Chugach Radiation Therapy ==============================
def _chug_sig(c, when, who=None, label="Attending radiation oncologist"):
    who = who or c.md
    return [("ln", "%s: /s/ %s   %s" % (label, full(who), c.dt(when)))]


def chug(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    b = header(c, "Radiation Oncology Consultation", [
        "Encounter: %s    Attending: %s" % (c.d(t["consult"]), full(md))])
    b += [("h", "Diagnosis"), ("p", "%s (%s)." % (c.s["dx"], c.s["icd"])),
          ("h", "Interval history"),
          ("p", "%s traveled from the Mat-Su valley for this visit. Imaging, operative and pathology reports "
                "were reviewed; the case was presented at the multidisciplinary conference." % c.name_fl()),
          ("h", "Treatment recommendation"),
          ("p", "Radiation therapy to the %s: %s, %s." % (
              c.s["site"].lower(), c.rx_short(),
              "VMAT" if c.s["beams"][0][0] == "arc" else "static-gantry IMRT")),
          ("h", "Reason for ordering IMRT rather than 3D conformal or conventional fields"),
          ("p", c.cond_sentences() + " " + c.oar_sentence()), ("gap",)]
    b += _chug_sig(c, t["consult"])
    docs.append(("consult_note.rtf", b, {}))

    rows = [["No.", "Order field", "Entry"],
            ["1", "Course / site", "C1 / " + c.s["site"]],
            ["2", "Diagnosis", "%s (%s)" % (c.s["dx"], c.s["icd"])],
            ["3", "Modality / technique", "%s photons, IMRT (%s)" % (
                c.s["energy"], "VMAT" if c.s["beams"][0][0] == "arc" else "static gantry")],
            ["4", "Target dose", "; ".join(c.rx_lines())],
            ["5", "Fractions per week", "5"],
            ["6", "Planning priority", "Target coverage, then critical structures in field 7 order"],
            ["7", "Dose limits", "; ".join(c.oar_limits())],
            ["8", "Image guidance", "Daily CBCT, 3 mm action level"],
            ["9", "Bolus", "N/A"],
            ["10", "Pacemaker / ICD", "N/A"],
            ["11", "Pregnancy status", "N/A"]]
    b = header(c, "Radiation Therapy Order - SOP RT-RX-002", ["Order date: %s" % c.d(t["rx"])])
    b += [("table", rows, [32, 130, 354]), ("gap",)] + _chug_sig(c, t["rx"])
    docs.append(("rx_order.pdf", b, {}))

    iso = c.trap != "isodose_unticked"
    ini = initials(md)
    b = header(c, "Physician Plan Approval Checklist - SOP RT-PL-007", [
        "Plan: %s    Plan created: %s" % (c.plan_id, c.dt(t["plan"])),
        "☑ = completed by the attending; ☐ = not completed. Initial each completed item."])
    b += [("ln", "☑ 1. Target volumes and critical-structure contours approved.   Initials: %s" % ini),
          ("ln", ("☑" if iso else "☐") + " 2. Isodose distributions reviewed on the planning CT (axial, "
                 "sagittal, coronal) for the targets and every critical structure; lines 107/100/95/80/50%.   "
                 "Initials: " + (ini if iso else "____")),
          ("ln", "☑ 3. Dose-volume histograms reviewed for all targets and critical structures.   Initials: "
                 "%s   Values: %s; %s" % (ini, c.ptv_cov(), c.achieved())),
          ("ln", "☑ 4. Beam arrangement reviewed: %s.   Initials: %s" % (c.beam_words(), ini)),
          ("ln", "☑ 5. Plan %s approved for treatment as calculated.   Initials: %s" % (c.plan_id, ini)),
          ("ln", "6. Deviations from SOP: N/A"), ("gap",)]
    b += _chug_sig(c, t["review"])
    docs.append(("plan_approval_checklist.docx", b, {}))

    b = header(c, "Denali Plan - Treatment Plan Report", [
        "Plan: %s    Created: %s    Planning system: %s" % (c.plan_id, c.dt(t["plan"]), c.cl["tps"])])
    b += [("h", "Prescription"), ("p", c.rx_short()), ("h", "Beams"), ("table", c.beam_rows(), BEAM_W),
          ("ln", "Dosimetrist: %s   %s" % (full(c.dosi), c.dt(t["plan"]))),
          ("ln", "Physics second check: %s   %s" % (full(ph), c.dt(t["physcheck"])))]
    docs.append(("denali_plan_report.pdf", b, {}))

    rows = [["Beam", "Dose difference at isocenter", "3D gamma 3%/2 mm", "Result"]]
    for i, (bm, g) in enumerate(zip(c.s["beams"], c.gam)):
        rows.append([bm[1], "%+.1f%%" % (c.chamber * (0.35 + 0.13 * (i % 5)) - 0.2 * (i % 2)), "%.1f%%" % g, "Pass"])
    sign = [["Role", "Name", "Initials", "Signature", "Date/time"],
            ["Medical Physicist", full(ph), initials(ph), "/s/ " + short(ph), c.dt(t["qa_phys"])],
            ["Radiation Oncologist", full(md), initials(md), "/s/ " + short(md), c.dt(t["qa_md"])]]
    b = header(c, "Patient-Specific QA - Turnagain 3D Diode Phantom", [
        "Plan: %s    Linac: %s    Measured: %s" % (c.plan_id, c.cl["linac"], c.dt(t["qa"]))])
    b += [("p", "The verification plan was delivered to the diode phantom and the measured dose compared "
                "with the calculated dose. Tolerance 95%; action level 90% (SOP RT-PH-011)."),
          ("table", rows, None), ("ln", "Composite 3D gamma: %.1f%%    QA status: PASS" % c.gam_comp),
          ("h", "Review and approval"), ("table", sign, None)]
    docs.append(("psqa_turnagain.pdf", b, {}))

    L = ["CHUGACH RADIATION THERAPY - PRE-TREATMENT CHART CHECK (SOP RT-QA-014)",
         "SYNTHETIC RECORD - fictional",
         "Patient: %s    MRN: %s    DOB: %s" % (c.name_lf(), c.mrn(), c.dob()),
         "Plan: %s" % c.plan_id, "",
         "PART A - PHYSICS (tick = verified)                                   Initials",
         "[✔] A1  Order signed by the attending before planning                  %s" % initials(ph),
         "[✔] A2  Plan parameters transferred to record-and-verify match plan    %s" % initials(ph),
         "[✔] A3  Independent MU / dose check within 3%%                          %s" % initials(ph),
         "[✔] A4  Patient-specific QA report on file, result PASS                %s" % initials(ph),
         "[✔] A5  Plan approval checklist on file and signed by the attending    %s" % initials(ph),
         "[ ] A6  Bolus documented                          N/A - no bolus ordered",
         "Physicist: /s/ %s   %s" % (full(ph), c.dt(t["check"])), "",
         "PART B - THERAPY",
         "[✔] B1  Setup instructions and immobilization documented               %s" % initials(c.rtt),
         "[✔] B2  Imaging schedule entered (daily CBCT)                          %s" % initials(c.rtt),
         "Therapist: /s/ %s   %s" % (full(c.rtt), c.dt(t["check"].replace(hour=15))), "",
         "PART C - FIRST TREATMENT",
         "First fraction: %s" % c.d(t["fx1"]),
         "Fractions delivered to date: 1 of %d" % c.s["targets"][0][2],
         "Therapist: /s/ %s   %s" % (full(c.rtt), c.dt(t["fx1"]))]
    docs.append(("pretreatment_chart_check_SOP-RT-QA-014.txt", [("mono", L)], {}))
    return docs


# ============================== Tallahatchie Delta Cancer Clinic ==============================
def _delta_sig(c, when, who=None, role="Radiation Oncology"):
    who = who or c.md
    return [("ln", "Physician: /s/ %s (%s)" % (full(who), role)), ("ln", "Date: %s" % c.dt(when))]


def delta(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    rec = "TD-CDR-%s" % c.mrn()[-4:]
    b = header(c, "Radiation Oncology Consultation", [
        "Date: %s    Consulting physician: %s" % (c.d(t["consult"]), full(md))])
    b += [("h", "Diagnosis"), ("p", "%s (ICD-10 %s)." % (c.s["dx"], c.s["icd"])),
          ("h", "History"),
          ("p", "%s was referred after multidisciplinary review. Records from the referring practice were "
                "reviewed." % c.name_fl()),
          ("h", "Recommendation"),
          ("p", "Compensator-based IMRT: %d fixed fields, each modulated by its own milled solid-brass "
                "compensator, to %s." % (len(c.s["beams"]), c.rx_short())),
          ("h", "Compensator-modulated IMRT is ordered in place of 3D conformal or conventional fields because"),
          ("p", c.cond_sentences() + " " + c.oar_sentence()), ("gap",)]
    b += _delta_sig(c, t["consult"])
    docs.append(("consult.pdf", b, {}))

    b = header(c, "Radiation Prescription (Form TD-7)", ["Date: %s" % c.d(t["rx"])])
    b += [("ln", "1. Site: " + c.s["site"]),
          ("ln", "2. Diagnosis: %s (%s)" % (c.s["dx"], c.s["icd"])),
          ("ln", "3. Intent: curative"),
          ("ln", "4. Energy: %s photons" % c.s["energy"]),
          ("ln", "5. Technique: compensator-based IMRT, %d fixed fields, one solid brass compensator per field"
                 % len(c.s["beams"])),
          ("ln", "6. Target dose: " + "; ".join(c.rx_lines()))]
    b += [("ln", "7. Dose limits: " + "; ".join(c.oar_limits())),
          ("ln", "8. Compensators: design per field in compensator design record %s" % rec),
          ("ln", "9. Image guidance: daily kV orthogonal pair"),
          ("ln", "10. Bolus: N/A"),
          ("ln", "11. Prescribing physician:")]
    b += _delta_sig(c, t["rx"])
    docs.append(("rx_form_TD-7.docx", b, {}))

    rows = [["Field", "Gantry", "Coll", "Couch", "Energy", "Modulator", "Compensator ID", "MU"]]
    for i, (bm, mu) in enumerate(zip(c.s["beams"], c.mu)):
        rows.append([bm[1], str(bm[2]), str(bm[3]), str(bm[4]), c.s["energy"], "brass compensator",
                     c.comp_id(i), str(mu)])
    b = header(c, "Yazoo Inverse - Compensator IMRT Plan Report", [
        "Plan: %s    Created: %s    System: %s" % (c.plan_id, c.dt(t["plan"]), c.cl["tps"])])
    b += [("h", "Prescription"), ("p", c.rx_short()), ("h", "Fields"), ("table", rows, [40, 46, 36, 40, 50, 110, 110, 44]),
          ("ln", "Compensator design: see attached compensator design record %s" % rec),
          ("ln", "Planner: %s  %s    Physics check: %s  %s" % (
              full(c.dosi), c.dt(t["plan"]), full(ph), c.dt(t["physcheck"])))]
    docs.append(("yazoo_plan_report.pdf", b, {}))

    if c.trap != "no_comp_design":
        b = header(c, "Compensator Design Record %s" % rec, [
            "Plan: %s    Mill: %s    Material: solid brass (density 8.4 g/cc)" % (c.plan_id, c.cl["mill"]),
            "Thickness matrix: 5 x 5 sample of the 2.5 mm milling grid, values in mm"])
        q = rng(c.id, "comp")
        for i, bm in enumerate(c.s["beams"]):
            cap = q.uniform(28, 46)
            mat = [[round(q.uniform(2, cap), 1) for _ in range(5)] for _ in range(5)]
            mx = max(max(r) for r in mat)
            b += [("h", "Field %s - gantry %d - compensator %s" % (bm[1], bm[2], c.comp_id(i))),
                  ("ln", "Max thickness %.1f mm   Min thickness %.1f mm   Tray: slot B   Mill file: %s.mil   "
                         "Checksum: %08X" % (mx, min(min(r) for r in mat), c.comp_id(i), q.getrandbits(32))),
                  ("table", [["", "c1", "c2", "c3", "c4", "c5"]] +
                   [["r%d" % (j + 1)] + ["%.1f" % v for v in r] for j, r in enumerate(mat)], None),
                  ("ln", "Caliper check at 5 points: within 0.3 mm - verified")]
        b += [("gap",), ("ln", "Designed by: %s  %s" % (full(c.dosi), c.dt(t["plan"]))),
              ("ln", "Design approved by: %s (Medical Physicist)  %s" % (full(ph), c.dt(t["physcheck"])))]
        docs.append(("compensator_design_record.pdf", b, {}))

    b = header(c, "Physician Plan Review (Form TD-PR)", ["Plan: %s (created %s)" % (c.plan_id, c.dt(t["plan"]))])
    b += [("ln", "1. Isodose distributions reviewed on planning CT (axial / sagittal / coronal) for the "
                 "targets and all critical structures?  Yes - 100% and 95% lines conform to the PTV(s)."),
          ("ln", "2. Dose-volume histograms reviewed for all targets and critical structures?  Yes - %s; %s."
           % (c.ptv_cov(), c.achieved())),
          ("ln", "3. Field arrangement and compensators reviewed?  Yes - %s, one brass compensator each."
           % c.beam_words()),
          ("ln", "4. Plan approved for treatment?  Yes"),
          ("ln", "5. Comments:  N/A"), ("gap",)]
    b += _delta_sig(c, t["review"])
    docs.append(("plan_review_form.rtf", b, {}))

    rows = [["Field", "Compensator", "Chamber: measured vs plan", "Film gamma 3%/3 mm", "Result"]]
    for i, (bm, g) in enumerate(zip(c.s["beams"], c.gam)):
        rows.append([bm[1], c.comp_id(i), "%+.1f%%" % (c.chamber * (0.5 + 0.1 * i)), "%.1f%%" % g, "Pass"])
    sign = [["Role", "Typed name", "Signature", "Date"],
            ["Medical Physicist", full(ph), "/s/ " + short(ph), c.dt(t["qa_phys"])],
            ["Radiation Oncologist", full(md), "/s/ " + short(md), c.dt(t["qa_md"])]]
    b = header(c, "Patient-Specific IMRT QA - Chamber and Film, per Field", [
        "Plan: %s    Linac: %s    Measured: %s" % (c.plan_id, c.cl["linac"], c.dt(t["qa"])),
        "Each field delivered with its compensator mounted; chamber in solid water at 5 cm depth; "
        "EBT film in the coronal plane. Tolerance: chamber within 3%, gamma 95% or more; action level 90%."])
    b += [("table", rows, None), ("ln", "Overall result: PASS"), ("h", "Sign-off"), ("table", sign, None)]
    docs.append(("psqa_chamber_film.docx", b, {}))

    docs.append(("treatment_record.txt", _txrecord(c), {}))
    return docs


# ============================== Sauk Prairie Radiation Oncology ==============================
def _esig(c, when, who=None, role="Attending Radiation Oncologist", meaning="Author - reviewed and approved"):
    who = who or c.md
    return [("ln", "----- Electronic signature -----"),
            ("ln", "Signed by: %s" % full(who)), ("ln", "Role: %s" % role),
            ("ln", "Meaning of signature: %s" % meaning), ("ln", "Signed on: %s" % c.dt(when)),
            ("ln", "--------------------------------")]


def sauk(c):
    docs = []
    md, ph, t = c.md, c.phys, c.t
    three = c.is3d
    b = header(c, "Radiation Oncology Consultation (structured)", [
        "Service date: %s    Attending: %s" % (c.d(t["consult"]), full(md))])
    b += [("ln", "1. Referring physician: Dr. Ansel Kowalke (Medical Oncology)"),
          ("ln", "2. Diagnosis: %s (%s)" % (c.s["dx"], c.s["icd"])),
          ("ln", "3. Performance status: ECOG 1"),
          ("ln", "4. Prior radiation: none"),
          ("ln", "5. Pathology reviewed: yes"),
          ("ln", "6. Imaging reviewed: MRI pelvis and PET-CT"),
          ("ln", "7. Intent: curative"),
          ("ln", "8. Concurrent systemic therapy: weekly chemotherapy per medical oncology"),
          ("ln", "9. Target dose: " + c.rx_short())]
    if three:
        b += [("ln", "10. Technique: 3D conformal, forward planned, three fields (PA and opposed laterals)"),
              ("ln", "11. IMRT requested: No"),
              ("ln", "12. LCD condition(s) for IMRT: N/A - 3D conformal course"),
              ("ln", "13. Organs at risk: %s" % c.s["oar_names"]),
              ("ln", "14. Why 3D conformal / conventional planning is inadequate: N/A. A three-field 3D "
                     "conformal plan meets every normal-tissue limit for this target, and intensity "
                     "modulation is not required.")]
    else:
        b += [("ln", "10. Technique: IMRT (VMAT)"), ("ln", "11. IMRT requested: Yes"),
              ("ln", "12. LCD condition(s) for IMRT: " + " ".join(
                  "(%d) %s" % (n, c.s["cond"][n]) for n in c.conds)),
              ("ln", "13. Organs at risk: %s" % c.s["oar_names"]),
              ("ln", "14. Why 3D conformal / conventional planning is inadequate: " + c.oar_sentence())]
    b += [("ln", "15. Consent: signed"), ("gap",)] + _esig(c, t["consult"])
    docs.append(("consult_structured.docx", b, {}))

    rows = [["No.", "Field", "Entry"],
            ["1", "Site", c.s["site"]], ["2", "Technique", "3D conformal (forward planned)" if three
                                         else "IMRT - VMAT"],
            ["3", "Energy", c.s["energy"] + " photons"], ["4", "Target dose", "; ".join(c.rx_lines())],
            ["5", "Dose limits", "; ".join(c.oar_limits())],
            ["6", "IMRT necessity form", "N/A - 3D conformal course" if three else "see consultation, items 12-14"],
            ["7", "Image guidance", "daily kV pair" if three else "daily CBCT"],
            ["8", "Bolus", "N/A"], ["9", "Special instructions", "Full-bladder protocol"]]
    b = header(c, "Radiation Prescription - Form SP-RX", ["Date: %s" % c.d(t["rx"])])
    b += [("table", rows, [32, 130, 354]), ("gap",)] + _esig(c, t["rx"], meaning="Prescription order")
    docs.append(("rx_form_SP-RX.pdf", b, {}))

    L = ["DEVIL'S LAKE PLANNING 2.4 (invented) :: PLAN DOCUMENT", "SYNTHETIC RECORD - fictional",
         "Patient ... %s    MRN ... %s" % (c.name_lf(), c.mrn()),
         "Plan ...... %s    Technique ... %s" % (c.plan_id, "3D conformal, forward planned" if three else "VMAT"),
         "Created ... %s by %s" % (c.dt(t["plan"]), full(c.dosi)), "", "Prescription:"]
    L += ["   " + x for x in c.rx_lines()] + ["", "Beams:"]
    for r in c.beam_rows(header=False):
        L.append("   %-7s %-28s %-6s gantry %-15s coll %3s  couch %3s  MU %s" % tuple(r))
    if three:
        L += ["   Wedges: 45-degree on RLAT and LLAT (heel posterior)"]
    L += ["", "Physics plan check ... %s  %s" % (full(ph), c.dt(t["physcheck"]))]
    docs.append(("plan_document.txt", [("mono", L)], {}))

    b = header(c, "Physician Plan Review", ["Plan: %s    Plan created: %s" % (c.plan_id, c.dt(t["plan"]))])
    b += [("ln", "1. Plan reviewed: %s (%s)" % (c.plan_id, "3D conformal, three fields" if three else "VMAT")),
          ("ln", "2. Isodose review: axial, sagittal and coronal planning CT slices through the target and "
                 "all critical structures reviewed with the 107, 100, 95 and 50% isodose lines."),
          ("ln", "3. DVH review: dose-volume histograms for all targets and critical structures reviewed; "
                 "%s; %s." % (c.ptv_cov(), c.achieved())),
          ("ln", "4. Beam geometry: %s." % c.beam_words()),
          ("ln", "5. Decision: approved for treatment"), ("gap",)] + _esig(c, t["review"])
    docs.append(("physician_plan_review.pdf", b, {}))

    if three:
        L = ["INDEPENDENT MU CHECK - %s" % c.cl["mucalc"], "SYNTHETIC RECORD - fictional",
             "Patient: %s   MRN: %s" % (c.name_lf(), c.mrn()),
             "Plan: %s (3D conformal)" % c.plan_id, "", "Field   TPS MU  Calc MU  Diff"]
        for bm, mu in zip(c.s["beams"], c.mu):
            L.append("%-7s %-7d %-8d %+.1f%%" % (bm[1], mu, mu + 1, 100.0 / mu))
        L += ["", "All fields within 3%.", "Patient-specific IMRT QA: N/A (3D conformal plan)",
              "Checked by: %s   %s" % (full(ph), c.dt(t["qa_phys"]))]
        docs.append(("mu_second_check.txt", [("mono", L)], {}))
    else:
        rows = [["Arc", "Gamma 3%/2 mm (10% threshold)", "Tolerance", "Action level", "Result"]]
        for bm, g in zip(c.s["beams"], c.gam):
            rows.append([bm[1], "%.1f%%" % g, "95%", "90%", "PASS"])
        b = header(c, "Prairie ArcCube 4D - Patient QA Report", [
            "Plan: %s    Linac: %s    Measurement date/time: %s" % (c.plan_id, c.cl["linac"], c.dt(t["qa"]))])
        b += [("p", "The verification plan was delivered to the cylindrical diode phantom; measured and "
                    "calculated 3D dose were compared."),
              ("table", rows, None), ("ln", "Composite: %.1f%%    Overall: PASS" % c.gam_comp)]
        b += _esig(c, t["qa_phys"], who=ph, role="Medical Physicist", meaning="QA performed and approved")
        b += _esig(c, t["qa_md"], role="Attending Radiation Oncologist", meaning="QA results reviewed")
        docs.append(("psqa_arccube.pdf", b, {}))

    b = _txrecord(c, "Treatment Record")
    b += [("ln", "Planning charge billed: %s" % ("77295 (3D conformal planning)" if three else
                                                  "77301 (IMRT planning)"))]
    docs.append(("treatment_record.rtf", b, {}))
    return docs


BUILDERS = {"chug": chug, "delta": delta, "sauk": sauk}
