"""novel_f document builders, one function per clinic. Each returns [(file name, blocks, options)].

Traps (x.trap): "entered_in_error" (juniper), "review_year" (cahokia), "dvh_copy_forward" (kittatinny),
"recalc_qa" (palouse), "physics_resident" (chattahoochee), "rx_pending_cosign" (tuckahoe).
"""
from nf_world import SITES, T, full


def _hist(x):
    s = x.s
    return ("%s %s is a %d-year-old %s referred for radiation therapy. Diagnosis: %s. Staging imaging and "
            "pathology were reviewed at tumor board. Performance status ECOG 1. Medicare beneficiary."
            % (x.first, x.last, 2025 - int(x.dob[:4]), "man" if x.sex == "M" else "woman", s["dx"]))


def _rx_tables(x):
    tg = [["Target", "Dose (Gy)", "Fractions", "Dose/fraction (Gy)"]]
    for n, d, f in x.s["targets"]:
        tg.append([n, "%g" % d, str(f), "%.2f" % (d / f)])
    lim = [["Organ at risk", "Dose constraint"]] + [[a, b] for a, b in x.s["limits"]]
    return tg, lim


def _qa_table(x, measured_label="Gamma pass (%)"):
    rows = [["Beam", "Points evaluated", measured_label, "Tolerance", "Action", "Result"]]
    for b, p, n in x.qa_rows:
        rows.append([b, n, p, "95.0", "90.0", "Pass"])
    rows.append(["Composite", str(sum(int(r[2]) for r in x.qa_rows)), x.qa_comp, "95.0", "90.0", "Pass"])
    return rows


# ============================================================================================ Juniper
def _jf_head(x, ntype, t, nid, status="Signed & Locked"):
    return [("line", "ChartWell | Juniper Flats Cancer Care | Reno, NV | SYNTHETIC RECORD - invented patient"),
            ("kv", [("Patient", "%s %s" % (x.first, x.last)), ("MRN", x.mrn), ("DOB", x.dob_us),
                    ("Note type", ntype), ("Encounter", "%s %s" % (t.mon(), t.ampm())),
                    ("Note ID", nid), ("Status", status)])]


def _jf_sig(x, t):
    return "Signed and locked by %s (Radiation Oncology) | %s | %s %s" % (x.md, t.mon(), t.ampm(), t.z)


def juniper(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    # consult
    b = _jf_head(x, "Radiation Oncology Consultation", x.t_consult, "JF-%s-C1" % x.mrn[-5:])
    b += [("title", "Radiation Oncology Consultation"),
          ("h", "History of present illness"), ("p", _hist(x)),
          ("h", "Examination"), ("p", "Flexible laryngoscopy shows the known base-of-tongue lesion; no "
                                      "trismus. Palpable 2.5 cm left level II node."),
          ("h", "Impression and recommendation"),
          ("p", "Definitive chemoradiation with %s, %s. VMAT (intensity-modulated) planning after CT "
                "simulation. The rationale for intensity modulation will be recorded in a separate IMRT medical "
                "necessity note after simulation. Risks reviewed and consent signed." % (x.rx_phrase(), s["chemo"])),
          ("space",), ("line", _jf_sig(x, x.t_consult_sig))]
    docs.append(("consult_%s.pdf" % x.t_consult.iso(), b, {"running": "SYNTHETIC | MRN %s" % x.mrn}))
    # necessity note
    err = x.trap == "entered_in_error"
    b = _jf_head(x, "IMRT Medical Necessity", x.t_nec, "JF-%s-N1" % x.mrn[-5:],
                 status="Entered in Error" if err else "Signed & Locked")
    if err:
        b += [("banner", ["ENTERED IN ERROR - this note has been retracted by its author",
                          "and is retained for audit history only."])]
    b += [("title", "IMRT Medical Necessity"),
          ("p", "Plan of care: %s to the %s after CT simulation on %s." % (x.rx_phrase(), s["region"], x.t_sim.mon())),
          ("p", x.necessity()),
          ("space",), ("line", _jf_sig(x, x.t_nec))]
    if err:
        b += [("line", "Marked entered in error by %s | %s | %s %s" % (x.md, x.t_nec_err.mon(),
                                                                       x.t_nec_err.ampm(), x.t_nec_err.z)),
              ("line", "Reason: incorrect clinical content; statement to be re-documented.")]
    docs.append(("imrt_necessity_note.txt", b, {}))
    # directive
    b = [("line", "Juniper Flats Cancer Care - Treatment Directive - SYNTHETIC"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("DOB", x.dob_us), ("Site", s["region"]),
                 ("Technique", "VMAT (IMRT)"), ("Energy", s["energy"])]),
         ("title", "Treatment Directive"), ("h", "Prescription"), ("table", tg),
         ("h", "Organ-at-risk dose constraints"), ("table", lim),
         ("p", "Image guidance: daily CBCT. Concurrent therapy: %s." % s["chemo"]),
         ("line", _jf_sig(x, x.t_rx))]
    docs.append(("treatment_directive.docx", b, {}))
    docs.append(("sierra_arc_plan_summary.pdf", _plan_report(x, "Sierra Arc TPS (invented) - Plan Summary",
                                                            "JF-LINAC-2"), {}))
    # plan review
    b = _jf_head(x, "Physician Plan Review", x.t_review, "JF-%s-R1" % x.mrn[-5:])
    b += [("title", "Physician Plan Review"),
          ("h", "Isodose review"), ("p", x.image_review(x.t_plan.mon())),
          ("h", "DVH review"), ("p", x.dvh_review()),
          ("p", "%s is approved for treatment." % x.plan), ("space",), ("line", _jf_sig(x, x.t_review))]
    docs.append(("plan_review_note.pdf", b, {"running": "SYNTHETIC | MRN %s" % x.mrn}))
    # QA
    q = x.t_qa
    b = [("line", "Quadrant ArcMap (invented) | Patient-Specific IMRT QA | SYNTHETIC"),
         ("title", "Patient-Specific IMRT QA Report"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                 ("Measured", "%s %s %s on JF-LINAC-2" % (q.mon(), q.ampm(), q.z)),
                 ("Device", "Quadrant ArcMap cylindrical diode array, absolute dose"),
                 ("Criteria", "gamma 3%/2 mm, 10% low-dose threshold, global normalization"),
                 ("Tolerance / action level", "95% / 90%")]),
         ("table", _qa_table(x)), ("p", "Overall result: PASS. The delivered dose agrees with the plan."),
         ("h", "Sign-off"),
         ("line", "Medical physicist: Signed and locked by %s | %s | %s %s" % (
             x.phys, x.t_qa_phys.mon(), x.t_qa_phys.ampm(), x.t_qa_phys.z)),
         ("line", "Radiation oncologist: " + _jf_sig(x, x.t_qa_md))]
    docs.append(("quadrant_arcmap_qa.pdf", b, {}))
    docs.append(("delivery_record.txt", _delivery(x, "ChartWell delivery record | Juniper Flats Cancer Care"), {}))
    return docs


# ============================================================================================ shared
def _plan_report(x, title, machine, checker=False):
    c = x.t_plan
    b = [("line", "%s | SYNTHETIC" % x.c["name"]), ("title", title),
         ("kv", [("Patient", x.PNAME), ("Patient ID (MRN)", x.mrn), ("Plan", x.plan),
                 ("Plan created", "%s %s %s" % (c.us(), c.hm(), c.z)), ("Treatment machine", machine),
                 ("Technique", "VMAT" if "arcs" in x.s else "IMRT step-and-shoot (MLC)"),
                 ("Isocenter", "single isocenter, couch 0")]),
         ("h", "Prescription as planned")]
    b.append(("table", [["Target", "Dose (Gy)", "Fractions"]] +
              [[n, "%g" % d, str(f)] for n, d, f in x.s["targets"]]))
    b += [("h", "Beams"), ("table", x.beam_rows()),
          ("line", "Prepared by: %s (Dosimetrist) %s %s" % (x.dosi, c.us(), c.hm()))]
    return b


def _delivery(x, head):
    return [("line", head + " | SYNTHETIC"),
            ("kv", [("Patient", x.PNAME), ("MRN", x.mrn), ("Course", "%s %s" % ("C2 (re-irradiation)" if "prior" in x.s else "C1", x.s["region"])),
                    ("First fraction", x.t_fx1.us())]),
            ("table", [["Fx", "Date", "Treated plan", "Dose", "Cumulative"]] + x.fx_rows())]


# ============================================================================================ Cahokia
def _ck_head(x, form, t):
    return [("line", "Cahokia Bluffs Radiation Oncology - Encounter %s - Facility: Belleville, IL - SYNTHETIC"
             % t.iso()),
            ("line", "Patient: %s   PID/MRN: %s   DOB: %s   Provider: %s" % (x.pname, x.mrn, x.dob, x.md)),
            ("title", "Form: %s" % form)]


def _ck_sig(x, t, year=None):
    return "Esign -- Signed by %s (Radiation Oncology) on %s %s:%02d %s" % (
        x.md, t.iso() if year is None else str(year) + t.iso()[4:], t.hm(), 11 + t.mm % 40, t.z)


def cahokia(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    b = _ck_head(x, "Radiation Oncology Consultation", x.t_consult)
    b += [("kv", [("Chief complaint", "newly diagnosed %s cancer, discuss radiation" % s["region"])]),
          ("h", "History"), ("p", _hist(x)),
          ("h", "Assessment"), ("p", "Localized disease suitable for definitive external beam radiation with "
                                     "%s." % s["chemo"]),
          ("h", "Plan"), ("p", "External beam radiation, %s, VMAT. CT simulation with fiducial markers and a "
                               "rectal spacer discussion." % x.rx_phrase()),
          ("h", "IMRT necessity"), ("p", x.necessity()), ("space",), ("line", _ck_sig(x, x.t_consult_sig))]
    docs.append(("consultation_encounter.rtf", b, {}))
    b = _ck_head(x, "Radiation Prescription (rx_radonc)", x.t_rx)
    b += [("kv", [("Site", s["region"]), ("Technique", "VMAT"), ("Energy", s["energy"]),
                  ("Image guidance", "daily CBCT with fiducial match")]),
          ("h", "Prescription"), ("table", tg), ("h", "Normal tissue dose constraints"), ("table", lim),
          ("line", _ck_sig(x, x.t_rx))]
    docs.append(("rx_radonc_form.pdf", b, {}))
    docs.append(("kaskaskia_plan_report.pdf", _plan_report(x, "Kaskaskia Planner (invented) - Plan Report",
                                                           "CB-L2"), {}))
    yr = 2024 if x.trap == "review_year" else None
    b = _ck_head(x, "Physician Plan Review", x.t_review)
    b += [("kv", [("Plan reviewed", "%s (Kaskaskia Planner, created %s %s)" % (x.plan, x.t_plan.iso(),
                                                                               x.t_plan.hm()))]),
          ("h", "CT / isodose review"), ("p", x.image_review(x.t_plan.iso())),
          ("h", "DVH review"), ("p", x.dvh_review()),
          ("kv", [("Decision", "approved for treatment as planned")]),
          ("line", _ck_sig(x, x.t_review, year=yr))]
    docs.append(("plan_review_form.txt", b, {}))
    q = x.t_qa
    b = [("line", "Lumen EPID Dose (invented) - Portal dosimetry pre-treatment verification - SYNTHETIC"),
         ("title", "Pre-treatment EPID Dosimetry Report"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                 ("Acquired", "%s %s %s, linac CB-L2, EPID at SID 150 cm" % (q.iso(), q.hm(), q.z)),
                 ("Analysis", "portal dose image vs predicted, gamma 3%/2 mm, 10% threshold"),
                 ("Tolerance / action level", "95% / 90%")]),
         ("table", _qa_table(x, "Area gamma < 1 (%)")), ("p", "Status: PASS for every arc and the composite."),
         ("h", "Approvals"),
         ("line", "Physics approval -- Signed by %s (Medical Physicist) on %s %s %s" % (
             x.phys, x.t_qa_phys.iso(), x.t_qa_phys.hm(), x.t_qa_phys.z)),
         ("line", "Physician review -- Signed by %s (Radiation Oncology) on %s %s %s" % (
             x.md, x.t_qa_md.iso(), x.t_qa_md.hm(), x.t_qa_md.z))]
    docs.append(("lumen_epid_qa.pdf", b, {}))
    docs.append(("treatment_record.txt", _delivery(x, "Cahokia Bluffs treatment record"), {}))
    return docs


# ============================================================================================ Kittatinny
def _cda(x, dtype, loinc, t, sections):
    b = [("banner", ["Skylands HIE Viewer (invented) - rendered C-CDA R2.1 document - SYNTHETIC"]),
         ("kv", [("Document", "%s (LOINC %s)" % (dtype, loinc)),
                 ("Document date", "%s %s %s" % (t.iso(), t.hm(), t.z)),
                 ("Patient", "%s %s | MRN (Kittatinny Ridge) %s | DOB %s | Sex %s" % (x.first, x.last, x.mrn,
                                                                                      x.dob, x.sex)),
                 ("Author", "%s, Radiation Oncology" % x.md),
                 ("Custodian", "Kittatinny Ridge Cancer Center, Newton, NJ")])]
    for title, code, paras in sections:
        b.append(("h", "%s (%s)" % (title, code)))
        b += [("p", p) for p in paras]
    b += [("space",), ("line", "Legal authenticator: %s (Radiation Oncology) | signed %s %s %s" % (
        x.md, t.iso(), t.hm(), t.z))]
    return b


def kittatinny(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    b = _cda(x, "Consultation Note", "11488-4", x.t_consult_sig, [
        ("Reason for referral", "42349-1", ["Nodal recurrence after prior SBRT; evaluate for re-irradiation."]),
        ("History of present illness", "10164-2", [_hist(x), "Prior radiation: %s." % s["prior_text"]]),
        ("Assessment", "51848-0", ["Isolated right hilar and mediastinal nodal recurrence, no distant disease "
                                   "on PET-CT."]),
        ("Plan of treatment", "18776-5", ["Re-irradiation with %s, VMAT, with %s." % (x.rx_phrase(), s["chemo"]),
                                          x.necessity()])])
    docs.append(("ccda_consultation_note.pdf", b, {"running": "SYNTHETIC | MRN %s | rendered C-CDA" % x.mrn}))
    b = [("line", "Kittatinny Ridge Cancer Center - Radiation Treatment Directive - SYNTHETIC"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("DOB", x.dob), ("Course", "C2 (re-irradiation)"),
                 ("Technique", "VMAT")]),
         ("title", "Radiation Treatment Directive"), ("table", tg),
         ("h", "Critical structure constraints (cumulative with the 2024 course reviewed)"), ("table", lim),
         ("line", "Approved by: %s (Radiation Oncology) on %s %s %s" % (x.md, x.t_rx.iso(), x.t_rx.hm(),
                                                                          x.t_rx.z))]
    docs.append(("treatment_directive.docx", b, {}))
    docs.append(("highpoint_plan_report.pdf", _plan_report(x, "Highpoint TPS (invented) - Plan Report",
                                                           "KR-LINAC-1"), {}))
    if x.trap == "dvh_copy_forward":
        vals = "; ".join("%s %s" % a for a in s["prior_achieved"])
        dvh = ("Dose-volume histograms for plan %s (approved 2024-05-29) reviewed for every target and every "
               "critical structure: %s." % (s["prior"], vals))
    else:
        dvh = x.dvh_review()
    b = _cda(x, "Progress Note", "11506-3", x.t_review, [
        ("Treatment planning review", "18776-5", [x.image_review(x.t_plan.iso()), dvh,
                                                  "%s is approved for treatment." % x.plan])])
    docs.append(("ccda_plan_review_note.docx", b, {}))
    q = x.t_qa
    b = [("line", "Paulinskill OctaDiode (invented) - delivery QA - SYNTHETIC"),
         ("title", "Patient-Specific Plan Verification"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                 ("Measurement", "%s %s %s, KR-LINAC-1, rotating octagonal diode array" % (q.iso(), q.hm(), q.z)),
                 ("Gamma", "3%/2 mm, 10% threshold, absolute dose"), ("Tolerance / action", "95% / 90%")]),
         ("table", _qa_table(x)), ("p", "Verification result: PASSED."),
         ("line", "Measured and approved (Medical Physicist): %s - %s %s %s" % (
             x.phys, x.t_qa_phys.iso(), x.t_qa_phys.hm(), x.t_qa_phys.z)),
         ("line", "Reviewed (Radiation Oncologist): %s - %s %s %s" % (
             x.md, x.t_qa_md.iso(), x.t_qa_md.hm(), x.t_qa_md.z))]
    docs.append(("octadiode_plan_verification.pdf", b, {}))
    docs.append(("ois_delivery_record.txt", _delivery(x, "Kittatinny Ridge OIS delivery record"), {}))
    return docs


# ============================================================================================ Palouse
def _pl_head(x, title, t):
    return [("line", "PALOUSE REGIONAL ONCOLOGY | 1140 NE Wheatland Dr, Pullman, WA | SYNTHETIC"),
            ("line", "Re: %s %s | MRN %s | DOB %s | Date: %s" % (x.first, x.last, x.mrn, x.dob_us, t.us())),
            ("title", title)]


def _pl_sig(x, t):
    return "Authenticated: /e/ %s, Radiation Oncology  %s %s %s" % (x.md, t.us(), t.hm(), t.z)


def palouse(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    b = _pl_head(x, "Consultation", x.t_consult)
    b += [("p", "Dear Dr. Halvorsen-Pike,"),
          ("p", "Thank you for asking me to see your patient in consultation. %s" % _hist(x)),
          ("p", "I have recommended chemoradiation with %s, %s, to the %s, planned with intensity "
                "modulation." % (x.rx_phrase(), s["chemo"], s["region"])),
          ("p", x.necessity()), ("p", "Sincerely,"), ("line", _pl_sig(x, x.t_consult_sig))]
    docs.append(("consultation_letter.docx", b, {}))
    b = _pl_head(x, "Radiation Prescription", x.t_rx)
    b += [("kv", [("Site", s["region"]), ("Technique", "IMRT (static step-and-shoot)"), ("Energy", s["energy"])]),
          ("table", tg), ("h", "Organ at risk constraints"), ("table", lim), ("line", _pl_sig(x, x.t_rx))]
    docs.append(("prescription.pdf", b, {"serif": True}))
    c = x.t_plan
    rows = x.beam_rows()
    ws = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
    mono = ["STEPTOE PLAN (invented) EXPORT  v3.2                SYNTHETIC",
            "PATIENT.......: %s" % x.PNAME, "MRN...........: %s" % x.mrn, "PLAN..........: %s" % x.plan,
            "CREATED.......: %s %s %s" % (c.us(), c.hm(), c.z), "MACHINE.......: PR-LINAC-2",
            "RX............: %s" % x.rx_phrase(), "", "FIELD LIST"]
    mono += ["".join(cell.ljust(w) for cell, w in zip(r, ws)).rstrip() for r in rows]
    mono += ["", "PREPARED BY...: %s (Dosimetrist)" % x.dosi]
    docs.append(("steptoe_plan_export.txt", [("mono", mono)], {}))
    b = _pl_head(x, "Physician Plan Review", x.t_review)
    b += [("p", x.image_review(x.t_plan.us())), ("p", x.dvh_review()),
          ("p", "%s is approved for treatment." % x.plan), ("line", _pl_sig(x, x.t_review))]
    docs.append(("plan_review.docx", b, {}))
    q = x.t_qa
    if x.trap == "recalc_qa":
        b = [("line", "CrossCheck Independent (invented) | SYNTHETIC"),
             ("title", "Patient-Specific IMRT QA - Dose Verification Report"),
             ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                     ("Verification run", "%s %s %s" % (q.us(), q.hm(), q.z)),
                     ("Verification method", "CrossCheck Independent secondary Monte Carlo dose recalculation of "
                                             "the exported plan on the planning CT; no beam delivery, no phantom "
                                             "or detector used"),
                     ("Comparison", "recalculated 3D dose vs TPS dose, gamma 3%/2 mm, 10% threshold"),
                     ("Tolerance / action level", "95% / 90%")]),
             ("table", _qa_table(x, "Gamma pass vs TPS (%)")),
             ("p", "Isocenter dose difference measured against TPS: -0.6%."),
             ("p", "Overall result: PASS - plan verified for treatment.")]
        fname = "crosscheck_dose_verification.pdf"
    else:
        b = [("line", "CrossCheck Phantom (invented) | SYNTHETIC"),
             ("title", "Patient-Specific IMRT QA - Measurement Report"),
             ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                     ("Delivered", "%s %s %s on PR-LINAC-2" % (q.us(), q.hm(), q.z)),
                     ("Measurement", "plan delivered to the CrossCheck cylindrical phantom, diode array, "
                                     "absolute dose cross-calibrated the same day"),
                     ("Comparison", "measured vs TPS dose, gamma 3%/2 mm, 10% threshold"),
                     ("Tolerance / action level", "95% / 90%")]),
             ("table", _qa_table(x)), ("p", "Overall result: PASS.")]
        fname = "crosscheck_phantom_qa.pdf"
    b += [("h", "Sign-off"),
          ("line", "Medical Physicist: /e/ %s  %s %s %s" % (x.phys, x.t_qa_phys.us(), x.t_qa_phys.hm(),
                                                           x.t_qa_phys.z)),
          ("line", "Radiation Oncologist: " + _pl_sig(x, x.t_qa_md))]
    docs.append((fname, b, {}))
    docs.append(("treatment_log.txt", _delivery(x, "Palouse Regional Oncology treatment log"), {}))
    return docs


# ============================================================================================ Chattahoochee
def _ch_head(x, title, t):
    return [("line", "Magnolia Clinical Desktop (invented) - Chattahoochee University Cancer Institute - SYNTHETIC"),
            ("kv", [("Patient", x.PNAME), ("MRN", x.mrn), ("DOB", x.dob_us), ("Service date", t.us()),
                    ("Attending of record", x.md), ("Department", "Radiation Oncology")]),
            ("title", title)]


def _ch_sig(x, t):
    return ("Authenticated electronically by %s, Attending Radiation Oncologist, %s at %s %s"
            % (x.md, t.us(), t.hm(), t.z))


def chattahoochee(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    b = _ch_head(x, "Radiation Oncology Consultation", x.t_consult)
    b += [("h", "History"), ("p", _hist(x)),
          ("h", "Assessment and plan"),
          ("p", "Adjuvant pelvic radiation, %s, VMAT, followed by vaginal brachytherapy per tumor board." % x.rx_phrase()),
          ("p", x.necessity()), ("space",), ("line", _ch_sig(x, x.t_consult_sig))]
    docs.append(("consultation_note.rtf", b, {}))
    b = _ch_head(x, "Radiation Prescription and Planning Directive", x.t_rx)
    b += [("kv", [("Technique", "VMAT"), ("Energy", s["energy"]), ("Bladder / bowel prep", "comfortably full bladder")]),
          ("table", tg), ("h", "Dose constraints for organs at risk"), ("table", lim), ("line", _ch_sig(x, x.t_rx))]
    docs.append(("prescription_directive.pdf", b, {}))
    docs.append(("fall_line_plan_report.pdf", _plan_report(x, "Fall Line TPS (invented) - Plan Document",
                                                           "CU-VERSA-3"), {}))
    b = _ch_head(x, "Treatment Plan Review", x.t_review)
    b += [("h", "Image and isodose review"), ("p", x.image_review(x.t_plan.us())),
          ("h", "Dose-volume histogram review"), ("p", x.dvh_review()),
          ("p", "%s approved for treatment." % x.plan), ("line", _ch_sig(x, x.t_review))]
    docs.append(("plan_review.rtf", b, {}))
    q, res = x.t_qa, full(x.c["resident"]) + " (Medical Physics Resident, PGY-2)"
    approver = res if x.trap == "physics_resident" else x.phys + " (Medical Physicist)"
    b = [("line", "Ocmulgee ArcPhantom (invented) - patient-specific QA - SYNTHETIC"),
         ("title", "VMAT Patient-Specific QA"),
         ("kv", [("Patient", x.PNAME), ("MRN", x.mrn), ("Plan", x.plan),
                 ("Measured", "%s %s %s on CU-VERSA-3, ArcPhantom cylindrical diode array" % (q.us(), q.hm(), q.z)),
                 ("Measured by", res),
                 ("Analysis", "gamma 3%/2 mm, 10% threshold, absolute dose"), ("Tolerance / action", "95% / 90%")]),
         ("table", _qa_table(x)), ("p", "QA result: PASS."), ("h", "Approval"),
         ("line", "Physics approval: %s | e-signed %s %s %s" % (approver, x.t_qa_phys.us(), x.t_qa_phys.hm(),
                                                               x.t_qa_phys.z)),
         ("line", "Physician review: %s (Radiation Oncology) | e-signed %s %s %s" % (
             x.md, x.t_qa_md.us(), x.t_qa_md.hm(), x.t_qa_md.z))]
    docs.append(("arcphantom_qa.pdf", b, {}))
    docs.append(("treatment_record.txt", _delivery(x, "Chattahoochee treatment record"), {}))
    return docs


# ============================================================================================ Tuckahoe
def _tv_sig(x, t):
    return "Electronically signed by: %s on %s %s %s" % (x.md, t.us(), t.hm(), t.z)


def tuckahoe(x):
    s, docs = x.s, []
    tg, lim = _rx_tables(x)
    head = lambda title, t: [
        ("line", "Tuckahoe Valley Radiation Associates | Richmond, VA | SYNTHETIC"),
        ("table", [["Patient", "MRN", "DOB", "Date of service", "Provider"],
                   [x.pname, x.mrn, x.dob_us, t.us(), x.md]]),
        ("title", title)]
    b = head("Radiation Oncology New Patient Note", x.t_consult)
    b += [("h", "HPI"), ("p", _hist(x)), ("h", "Assessment"),
          ("p", "Locoregionally advanced disease; curative chemoradiation with %s." % s["chemo"]),
          ("h", "Plan"), ("p", "%s, VMAT." % x.rx_phrase()), ("p", x.necessity()),
          ("space",), ("line", _tv_sig(x, x.t_consult_sig))]
    docs.append(("new_patient_note.pdf", b, {}))
    pend = x.trap == "rx_pending_cosign"
    r = x.t_rx
    b = [("line", "ORDER PRINT | Tuckahoe Valley Radiation Associates | SYNTHETIC"),
         ("title", "Radiation Therapy Prescription"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("DOB", x.dob_us), ("Order #", "RX-%s-01" % x.mrn[-6:]),
                 ("Order status", "Active"), ("Ordering provider", x.md),
                 ("Entered by", "%s (on behalf of ordering provider) %s %s" % (x.dosi, r.us(), r.hm())),
                 ("Technique", "VMAT"), ("Energy", s["energy"])]),
         ("table", tg), ("h", "Dose constraints"), ("table", lim)]
    if pend:
        b += [("line", "Electronically signed by: %s -- signature pending cosign" % x.md),
              ("line", "Cosign status: Pending (routed to ordering provider %s %s %s)" % (r.us(), r.hm(), r.z))]
    else:
        b += [("line", _tv_sig(x, r))]
    docs.append(("rx_order_print.pdf", b, {}))
    pb = _plan_report(x, "Appomattox Planning (invented) - Plan Summary", "TV-LINAC-4")
    docs.append(("appomattox_plan_summary.docx", pb, {}))
    b = head("Physician Treatment Plan Review", x.t_review)
    b += [("p", x.image_review(x.t_plan.us())), ("p", x.dvh_review()),
          ("p", "Plan %s approved." % x.plan), ("line", _tv_sig(x, x.t_review))]
    docs.append(("plan_review.txt", b, {}))
    q = x.t_qa
    b = [("line", "Rivanna MapQ (invented) | SYNTHETIC"), ("title", "IMRT/VMAT Delivery QA"),
         ("kv", [("Patient", x.pname), ("MRN", x.mrn), ("Plan", x.plan),
                 ("Measured", "%s %s %s, TV-LINAC-4, planar diode array in solid-water, true composite" % (
                     q.us(), q.hm(), q.z)),
                 ("Gamma", "3%/2 mm, 10% threshold"), ("Tolerance / action level", "95% / 90%")]),
         ("table", _qa_table(x)), ("p", "Result: PASS."),
         ("line", "Medical Physicist - " + "electronically signed by: %s on %s %s %s" % (
             x.phys, x.t_qa_phys.us(), x.t_qa_phys.hm(), x.t_qa_phys.z)),
         ("line", "Radiation Oncologist - " + "electronically signed by: %s on %s %s %s" % (
             x.md, x.t_qa_md.us(), x.t_qa_md.hm(), x.t_qa_md.z))]
    docs.append(("mapq_delivery_qa.pdf", b, {}))
    docs.append(("treatment_record.rtf", _delivery(x, "Tuckahoe Valley treatment record"), {}))
    return docs


BUILDERS = {"juniper": juniper, "cahokia": cahokia, "kittatinny": kittatinny, "palouse": palouse,
            "chattahoochee": chattahoochee, "tuckahoe": tuckahoe}


def md_sig(x, t, rx=False):
    """The exact radiation-oncologist signature line a clinic prints (used in expected.json reasons)."""
    if x.ck == "kittatinny":
        if rx:
            return "Approved by: %s (Radiation Oncology) on %s %s %s" % (x.md, t.iso(), t.hm(), t.z)
        return "Legal authenticator: %s (Radiation Oncology) | signed %s %s %s" % (x.md, t.iso(), t.hm(), t.z)
    return {"juniper": _jf_sig, "cahokia": _ck_sig, "palouse": _pl_sig, "chattahoochee": _ch_sig,
            "tuckahoe": _tv_sig}[x.ck](x, t)
