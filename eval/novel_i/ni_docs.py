"""novel_i: document builders, one family per hospital department. Each returns (kind, payload)
where kind is pdf/pdfw/docx/rtf/txt and payload is blocks (or a string for txt)."""
from ni_world import CLINICS, full, caps, zone

MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


# ---- date/time styles per clinic -----------------------------------------------------------
def dtf(c, d, hm):
    h, m = hm
    z = zone(d, CLINICS[c.kid]["zone"])
    if c.kid == "tombigbee":
        return "%02d/%02d/%d %02d%02d %s" % (d.month, d.day, d.year, h, m, z)
    if c.kid == "wabash":
        ap = "AM" if h < 12 else "PM"
        return "%d/%d/%d %d:%02d %s %s" % (d.month, d.day, d.year, (h - 1) % 12 + 1, m, ap, z)
    if c.kid == "redriver":
        return "%02d-%s-%d %02d:%02d %s" % (d.day, MON[d.month - 1], d.year, h, m, z)
    return "%s %02d:%02d %s" % (d.isoformat(), h, m, z)


def df(c, d):
    return dtf(c, d, (0, 0)).rsplit(" ", 3 if c.kid == "wabash" else 2)[0]


def banner(c):
    return "SYNTHETIC TEST RECORD - %s - %s, %s - MRN %s - DOB %s" % (
        CLINICS[c.kid]["short"], c.last.upper(), c.first.upper(), c.mrn, c.dob_us)


def rx_line(r):
    return "%s (%s): %.4g Gy in %d fractions of %.4g Gy" % (r[0], r[1], r[2], r[3], r[4])


def beams(c):
    S = c.S
    return S.get("arcs") or S.get("fields")


def necessity_text(c, opener):
    S = c.S
    reasons = "; ".join(S["cond"][k] for k in c.conds)
    return ("%s In this patient %s. Sparing %s to their dose limits is not achievable with a "
            "three-dimensional conformal or conventional field arrangement, which would have to either "
            "underdose the target or accept doses above tolerance." % (opener, reasons, S["organs"]))


# =============================== TOMBIGBEE (Magnolia HIS TXT + Helmsman OIS) ====================
W = 78


def _tb_box(lines):
    out = ["+" + "-" * (W - 2) + "+"]
    for l in lines:
        out.append("| " + l.ljust(W - 4)[:W - 4] + " |")
    out.append("+" + "-" * (W - 2) + "+")
    return out


def _wrap(s, width=W):
    import textwrap
    return textwrap.wrap(s, width) or [""]


def tb_note(c, title, dos, sections, signed):
    K = CLINICS[c.kid]
    L = []
    L += _tb_box(["MAGNOLIA HIS - CLINICAL DOCUMENT EXPORT (legacy, read-only)     SYNTHETIC",
                  "%-40s MR#: %s" % (c.last.upper() + ", " + c.first.upper(), c.mrn),
                  "DOB: %-20s SEX: %-4s ACCT: V%s" % (c.dob_us, c.sex, c.acct),
                  "LOC: RADONC-HOSP   SVC: RAD ONC   ATTENDING: %s" % caps(K["md"])])
    L.append("")
    L.append(("DOCUMENT: " + title).ljust(50) + ("DOS: " + df(c, dos)).rjust(W - 50))
    L.append("=" * W)
    for head, body in sections:
        L.append("")
        L.append(head.upper() + ":")
        for para in body:
            L += ["  " + x for x in _wrap(para, W - 2)]
    L.append("")
    d, hm = signed
    L += _tb_box(["Electronically authenticated by: %s" % caps(K["md"]),
                  "Service: RADIATION ONCOLOGY        Date/Time: %s" % dtf(c, d, hm),
                  "Document status: FINAL"])
    L.append("SYNTHETIC - Tombigbee Regional MRN %s - end of document" % c.mrn)
    return "\n".join(L) + "\n"


def tb_consult(c):
    S = c.S
    if c.is3d:
        plan = ["Recommend adjuvant whole-breast radiation, %s. Technique: 3D conformal opposed tangents with "
                "field-in-field segments to improve homogeneity; forward planned. The heart is not a concern on the right "
                "side and the right lung volume in the tangents is expected to be small. CT simulation supine on a breast board." % rx_line(S["rx"][0])]
    else:
        plan = ["Recommend definitive radiation therapy, " + "; ".join(rx_line(r) for r in S["rx"]) + ".",
                necessity_text(c, "IMRT is requested in place of 3D conformal planning.")]
    return "txt", tb_note(c, "RADIATION ONCOLOGY CONSULTATION", c.d0, [
        ("Reason for consultation", ["%s, referred for radiation therapy." % S["dx"]]),
        ("Diagnosis", ["%s (%s)" % (S["dx"], S["icd"])]),
        ("History of present illness", ["Patient seen in the hospital outpatient department with family. Staging studies reviewed. ECOG 1."]),
        ("Impression and plan", plan)], (c.d0, (15, 32)))


def tb_plan_review(c):
    S = c.S
    if c.trap == "portal_no_angles":
        geo = "Delivery is a nine-field step-and-shoot IMRT plan (fields F1 through F9), 6 MV."
    else:
        geo = "Delivery per the Helmsman field list."
    return "txt", tb_note(c, "PHYSICIAN IMRT PLAN REVIEW", c.rev, [
        ("Plan", ["Plan %s, created %s by %s. %s" % (S["plan"], df(c, c.plan), full(CLINICS[c.kid]["dosi"]), geo)]),
        ("Image and isodose review", ["I reviewed the planning CT axial, sagittal and coronal images with the 105%, 100%, 95% and 50% "
                                      "isodose lines displayed over the targets and each contoured critical structure. Coverage is satisfactory and hot spots are inside the PTV."]),
        ("DVH review", ["Dose-volume histograms reviewed for all targets and critical structures: %s; %s. All planning "
                        "constraints are met." % (S["ptv_ach"], ", ".join("%s %s" % (o[0], o[2]) for o in S["oar"]))]),
        ("Disposition", ["Plan approved for treatment pending patient-specific IMRT QA."])], (c.rev, (8, 31)))


def tb_helmsman(c):
    K, S = CLINICS[c.kid], c.S
    B = [("title", "Helmsman OIS - Treatment Plan Approval  [screen print]"),
         ("p", "SYNTHETIC   Patient: %s, %s   MRN: %s   DOB: %s   Course: C1   Plan: %s" % (c.last, c.first, c.mrn, c.dob_us, S["plan"])),
         ("h", "Prescription"),
         ("table", [["Target", "Description", "Dose/fx (Gy)", "Fractions", "Total (Gy)"]] +
          [[r[0], r[1], "%.4g" % r[4], str(r[3]), "%.4g" % r[2]] for r in S["rx"]]),
         ("screen", [("Technique", "3D conformal, field-in-field (forward planned)" if c.is3d else "IMRT - inverse planned, MLC delivery"),
                     ("Rx approved by", "%s (Radiation Oncology)" % full(K["md"])),
                     ("Rx approval date/time", dtf(c, c.rx, (16, 20)))])]
    if not c.is3d:
        B += [("h", "Clinical goals - critical structures"),
              ("table", [["Structure", "Constraint", "Plan value", "Met"]] + [[o[0], o[1], o[2], "Yes"] for o in S["oar"]])]
    B.append(("h", "Treatment fields"))
    if c.trap == "portal_no_angles":
        B.append(("table", [["Field ID", "Type", "Energy", "MU", "Segments"]] +
                  [[b[0], b[1], b[2], str(c.mu[i]), str(9 + (i * 3) % 7)] for i, b in enumerate(beams(c))]))
    else:
        B.append(("table", [["Field ID", "Type", "Energy", "Gantry (deg)", "Couch", "MU"]] +
                  [[b[0], b[1], b[2], b[3], str(b[4]), str(c.mu[i])] for i, b in enumerate(beams(c))]))
    B += [("h", "Plan approval"),
          ("screen", [("Plan created", "%s by %s" % (dtf(c, c.plan, (14, 20)), full(K["dosi"]))),
                      ("Physics plan check", "%s  %s" % (full(K["phys"]), dtf(c, c.plan, (16, 50)))),
                      ("Approval status", "TREATMENT APPROVED"),
                      ("Approved by", "%s (Radiation Oncology)" % full(K["md"])),
                      ("Approval date/time", dtf(c, c.rev, (8, 33)))]),
          ("p", "Printed from Helmsman OIS workstation RO-TPS-02. SYNTHETIC record, MRN %s." % c.mrn)]
    return "pdfw", B


def tb_dosetwin(c):
    K = CLINICS[c.kid]
    rows = [["Beam", "Energy", "TPS MU", "DoseTwin MU", "Diff %", "Result"]]
    for i, b in enumerate(beams(c)):
        diff = ((i * 7) % 5 - 2) * 0.6
        rows.append([b[0], b[2], str(c.mu[i]), str(round(c.mu[i] * (1 + diff / 100))), "%+.1f" % diff, "Within 5%"])
    B = [("title", "DoseTwin Independent Dose Calculation - Physics Second Check"),
         ("p", "SYNTHETIC. Patient %s, %s  MRN %s  Plan %s" % (c.last, c.first, c.mrn, c.S["plan"])),
         ("p", "Independent point-dose and MU recalculation of the planning system result. Calculation only: no beam "
               "delivery and no phantom measurement are part of this check."),
         ("table", rows),
         ("p", "Second check result: ACCEPTABLE (tolerance 5%)."),
         ("p", "Checked by: %s, Medical Physics   %s" % (full(K["phys"]), dtf(c, c.plan, (16, 55))))]
    return "pdf", B


def tb_quadrascan(c):
    K = CLINICS[c.kid]
    rows = [["Beam", "Gamma criteria", "Points", "Pass rate", "Action level", "Status"]]
    for i, b in enumerate(beams(c)):
        rows.append([b[0], "3%/2mm, 10% threshold, global", str(900 + 37 * i), "%.1f%%" % c.qa_rates[i], "90.0%", "PASS"])
    B = [("title", "QuadraScan 1500 - Patient-Specific IMRT QA Report"),
         ("p", "SYNTHETIC   Patient: %s, %s   MRN: %s   Plan: %s" % (c.last, c.first, c.mrn, c.S["plan"])),
         ("screen", [("Device", "QuadraScan 1500 diode array (invented), SN QS-1500-0412, 6 cm solid-water buildup"),
                     ("Method", "True composite delivery on the treatment linac, measured vs. Helmsman calculated dose"),
                     ("Measured", "%s by %s and %s" % (dtf(c, c.rev, (16, 40)), full(K["ther"]), full(K["phys"]))),
                     ("Absolute dose calibration", "daily output correction +0.4%")]),
         ("table", rows),
         ("p", "Composite gamma pass rate %.1f%% (action level 90.0%%, tolerance 95.0%%). OVERALL: PASS - plan verified for treatment." % c.qa_comp),
         ("h", "Sign-off"),
         ("table", [["Role", "Name", "Signature", "Date/Time"],
                    ["Medical Physicist", full(K["phys"]), "e-signed in Helmsman", dtf(c, c.rev, (17, 55))],
                    ["Radiation Oncologist", full(K["md"]), "e-signed in Helmsman", dtf(c, c.md_qa, (8, 5))]])]
    return "pdf", B


def tb_summary(c):
    S = c.S
    body = [("Course", ["Plan %s. %s" % (S["plan"], "; ".join(rx_line(r) for r in S["rx"])) + ".",
                        "First fraction: %s. Last fraction: %s. Fractions delivered: %d of %d." % (
                            df(c, c.fx1), df(c, c.end), S["rx"][0][3], S["rx"][0][3])]),
            ("Technique", ["3D conformal tangents, field-in-field. Charges: 77295 x1, 77300 x2, 77412 per fraction." if c.is3d
                           else "Intensity-modulated radiation therapy (77301 planning, 77385/77386 delivery)."]),
            ("Tolerance", ["Treatment tolerated with expected grade 1 toxicity. Follow-up in 6 weeks."])]
    return "txt", tb_note(c, "RADIATION TREATMENT SUMMARY", c.end, body, (c.end_sign, (13, 12)))


# =============================== WABASH (ClearVoice dictations + Vantage RT OIS) ================
def wb_dictation(c, title, dos, paras, signed, job, dbnr=False, dt_hm=((16, 10), (19, 44))):
    K = CLINICS[c.kid]
    L = ["WABASH VALLEY HOSPITAL  *  HUX CANCER PAVILION  *  RADIATION ONCOLOGY",
         "SYNTHETIC - transcribed physician dictation (Corvex ClinicalDocs export)", "",
         "PATIENT NAME:   %s, %s" % (c.last.upper(), c.first.upper()),
         "MEDICAL RECORD: %s" % c.mrn,
         "BIRTH DATE:     %s" % c.dob_us,
         "DATE OF SERVICE: %s" % df(c, dos),
         "PHYSICIAN:      %s" % full(K["md"]),
         "DOCUMENT TYPE:  %s" % title, ""]
    for head, p in paras:
        L.append(head.upper() + ":  " + p)
        L.append("")
    if dbnr:
        L += ["Dictated by: %s" % full(K["md"]),
              "*** DICTATED BUT NOT READ ***",
              "Released by transcription; awaiting physician review and electronic signature.", ""]
    else:
        d, hm = signed
        L += ["Electronically signed by %s on %s" % (full(K["md"]), dtf(c, d, hm)), ""]
    L += ["D: %s   T: %s   Job #: %s   TR: %s" % (dtf(c, dos, dt_hm[0]), dtf(c, dos, dt_hm[1]), job, c.tr_initials),
          "ClearVoice Transcription Services (invented)   cc: referring physician",
          "MRN %s  SYNTHETIC" % c.mrn]
    return "\n".join(L) + "\n"


def wb_consult(c):
    S = c.S
    return "txt", wb_dictation(c, "CONSULTATION", c.d0, [
        ("DIAGNOSIS", "%s, ICD-10 %s." % (S["dx"], S["icd"])),
        ("HISTORY", "The patient was seen today at the request of the referring physician with imaging and pathology, which I reviewed personally."),
        ("RECOMMENDATION", "Radiation therapy, " + "; ".join(rx_line(r) for r in S["rx"]) + "."),
        ("MEDICAL NECESSITY FOR IMRT", necessity_text(c, "I am recommending intensity-modulated radiation therapy rather than 3D conformal treatment."))],
        (c.d0_sign, (11, 42)), "77%05d" % (int(c.mrn[-5:])))


def wb_plan_review(c):
    S = c.S
    txt = wb_dictation(c, "PHYSICIAN TREATMENT PLANNING NOTE", c.plan, [
        ("PLAN", "%s, volumetric modulated arc therapy, %d arcs as listed in Vantage RT, created %s." % (S["plan"], len(beams(c)), df(c, c.plan))),
        ("ISODOSE REVIEW", "I went through the planning CT slice by slice with the isodose distribution overlaid, checking the 100% and 95% lines against each target and the 50% and 30% lines against the critical structures."),
        ("DOSE VOLUME HISTOGRAMS", "DVHs for every target and critical structure were reviewed: %s; %s." % (S["ptv_ach"], "; ".join("%s %s (goal %s)" % (o[0], o[2], o[1]) for o in S["oar"]))),
        ("IMPRESSION", "The plan is acceptable and I approve it for treatment once patient-specific QA is complete.")],
        (c.rev, (8, 30)), "77%05d" % (int(c.mrn[-5:]) + 311), dbnr=(c.trap == "dbnr"), dt_hm=((17, 5), (20, 31)))
    return "rtf", [("mono", txt.rstrip("\n").split("\n"))]


def wb_rx(c):
    K, S = CLINICS[c.kid], c.S
    return "docx", [("title", "Vantage RT - Prescription (printed)"),
                    ("p", "Patient: %s, %s    MRN: %s    DOB: %s    Site: %s" % (c.last, c.first, c.mrn, c.dob_us, S["site"])),
                    ("table", [["Rx target", "Volume", "Dose per fraction", "Fractions", "Total dose", "Technique"]] +
                     [[r[0], r[1], "%.4g Gy" % r[4], str(r[3]), "%.4g Gy" % r[2], "IMRT (VMAT)"] for r in S["rx"]]),
                    ("h", "Organ-at-risk dose limits"),
                    ("table", [["Organ at risk", "Limit"]] + [[o[0], o[1]] for o in S["oar"]]),
                    ("table", [["Action", "User", "Date/time"],
                               ["Prescription approved", full(K["md"]) + " (Radiation Oncology)", dtf(c, c.rx, (16, 18))]])]


def wb_plan_approval(c):
    K, S = CLINICS[c.kid], c.S
    return "pdfw", [("title", "Vantage RT  |  Treatment Plan Approval  |  print screen"),
                    ("p", "SYNTHETIC   %s, %s   MRN %s   Course 1   Plan %s" % (c.last.upper(), c.first.upper(), c.mrn, S["plan"])),
                    ("table", [["Beam", "Type", "Energy", "Gantry start -> stop, direction", "Couch", "MU"]] +
                     [[b[0], b[1], b[2], b[3], str(b[4]), str(c.mu[i])] for i, b in enumerate(beams(c))]),
                    ("screen", [("Plan status", "Treatment Approved"),
                                ("Planned by", "%s  %s" % (full(K["dosi"]), dtf(c, c.plan, (14, 22)))),
                                ("Physics plan check", "%s  %s" % (full(K["phys"]), dtf(c, c.plan, (16, 48)))),
                                ("Treatment approval", "%s  %s" % (full(K["md"]), dtf(c, c.rev, (8, 41))))])]


def wb_helix(c):
    K = CLINICS[c.kid]
    rows = [["Arc", "Criteria", "Detectors evaluated", "Gamma pass", "Action limit", "Result"]]
    for i, b in enumerate(beams(c)):
        rows.append([b[0], "3%/2mm G, 10% TH", str(640 + 21 * i), "%.1f%%" % c.qa_rates[i], "90%", "Pass"])
    return "pdf", [("title", "HelixMeter Patient QA - Measurement Report"),
                   ("p", "SYNTHETIC  Patient %s, %s   MRN %s   Plan %s" % (c.last, c.first, c.mrn, c.S["plan"])),
                   ("p", "Phantom measurement on the HelixMeter cylindrical diode array (invented), plan delivered at planned gantry angles. Measured %s." % dtf(c, c.rev, (16, 44))),
                   ("table", rows),
                   ("p", "Composite: %.1f%% of points pass 3%%/2mm. Result: PASS." % c.qa_comp),
                   ("p", "Physicist approval: Electronically signed by %s on %s" % (full(K["phys"]), dtf(c, c.rev, (17, 51)))),
                   ("p", "Physician review: Electronically signed by %s on %s" % (full(K["md"]), dtf(c, c.md_qa, (8, 7))))]


def wb_summary(c):
    K, S = CLINICS[c.kid], c.S
    return "docx", [("title", "Radiation Therapy Completion Summary"),
                    ("table", [["Patient", "MRN", "DOB", "Course"], ["%s, %s" % (c.last, c.first), c.mrn, c.dob_us, S["plan"]]]),
                    ("p", "Diagnosis: %s." % S["dx"]),
                    ("p", "Treatment: " + "; ".join(rx_line(r) for r in S["rx"]) + ", VMAT. First fraction: %s. Completed: %s." % (df(c, c.fx1), df(c, c.end))),
                    ("p", "Acute effects were as expected. Follow-up in one month."),
                    ("p", "Electronically signed by %s on %s" % (full(K["md"]), dtf(c, c.end_sign, (12, 3))))]


# =============================== RED RIVER (ParishLink RTF/DOCX + Keelboat OIS) =================
def rr_sig(c, d, hm):
    K = CLINICS[c.kid]
    return "Authenticated by %s (Radiation Oncology) on %s" % (full(K["md"]), dtf(c, d, hm))


def rr_head(c, title):
    return [("title", title),
            ("p", "ParishLink HIS  |  Red River Regional Hospital  |  SYNTHETIC"),
            ("p", "Patient: %s, %s    MRN: %s    DOB: %s" % (c.last, c.first, c.mrn, c.dob_us))]


def rr_consult(c):
    S = c.S
    B = rr_head(c, "Radiation Oncology Consultation") + [
        ("p", "Date of service: %s" % df(c, c.d0)),
        ("h", "Diagnosis"), ("p", "%s (%s)." % (S["dx"], S["icd"])),
        ("h", "Assessment and plan"), ("p", "Radiation therapy: " + "; ".join(rx_line(r) for r in S["rx"]) + "."),
        ("h", "Rationale for intensity modulation"),
        ("p", necessity_text(c, "A 3D conformal plan was considered and is not adequate here, so IMRT will be used.")),
        ("p", rr_sig(c, c.d0, (16, 5)))]
    return "rtf", B


def rr_keelboat(c):
    K, S = CLINICS[c.kid], c.S
    return "pdf", [("title", "Keelboat Oncology - Plan Approval (printed screen)"),
                   ("p", "SYNTHETIC    %s, %s    MRN %s    Plan %s" % (c.last, c.first, c.mrn, S["plan"])),
                   ("h", "Prescription and planning objectives"),
                   ("table", [["Structure", "Objective", "Type"]] +
                    [[r[0], "%.4g Gy in %d fx (%.4g Gy/fx)" % (r[2], r[3], r[4]), "Target dose"] for r in S["rx"]] +
                    [[o[0], o[1], "OAR limit"] for o in S["oar"]]),
                   ("h", "Beam list"),
                   ("table", [["Beam", "Delivery", "Energy", "Gantry", "Couch", "MU"]] +
                    [[b[0], b[1], b[2], b[3], str(b[4]), str(c.mu[i])] for i, b in enumerate(beams(c))]),
                   ("h", "Approvals"),
                   ("table", [["Step", "By", "When"],
                              ["Prescription", full(K["md"]) + ", Radiation Oncologist", dtf(c, c.rx, (16, 24))],
                              ["Physics check", full(K["phys"]) + ", Medical Physicist", dtf(c, c.plan, (16, 52))],
                              ["Plan approval", full(K["md"]) + ", Radiation Oncologist", dtf(c, c.rev, (8, 36))]])]


def rr_review(c):
    S = c.S
    return "docx", rr_head(c, "Physician Plan Evaluation - IMRT") + [
        ("p", "Plan %s (created %s)." % (S["plan"], df(c, c.plan))),
        ("p", "Isodose lines were reviewed on the planning CT in all three planes against the contoured targets and critical structures; the prescription isodose conforms to the PTV."),
        ("p", "Cumulative dose-volume histograms for all targets and critical structures reviewed: %s; %s." % (S["ptv_ach"], "; ".join("%s %s" % (o[0], o[2]) for o in S["oar"]))),
        ("p", "Plan accepted."),
        ("p", rr_sig(c, c.rev, (8, 34)))]


def rr_sextant(c):
    K = CLINICS[c.kid]
    return "docx", [("title", "Sextant Second-Check Calculation (physics)"),
                    ("p", "SYNTHETIC  %s, %s  MRN %s  Plan %s" % (c.last, c.first, c.mrn, c.S["plan"])),
                    ("p", "Monitor-unit verification by independent calculation; no measurement."),
                    ("table", [["Beam", "Planned MU", "Sextant MU", "Diff"]] +
                     [[b[0], str(c.mu[i]), str(c.mu[i] + (i % 3) - 1), "%+.1f%%" % (((i % 3) - 1) * 100.0 / c.mu[i])] for i, b in enumerate(beams(c))]),
                    ("p", "Performed by: %s, Medical Physicist   %s" % (full(K["phys"]), dtf(c, c.plan, (16, 58))))]


def rr_levee(c):
    K = CLINICS[c.kid]
    fail = c.trap == "qa_fail"
    L = ["LEVEE 2D  -  PATIENT SPECIFIC IMRT QA EXPORT            ** SYNTHETIC **",
         "-" * 72,
         "PATIENT ........ %s, %s" % (c.last.upper(), c.first.upper()),
         "MRN ............ %s" % c.mrn,
         "PLAN ........... %s" % c.S["plan"],
         "DEVICE ......... Levee 2D ion-chamber matrix (invented), 1020 chambers, 5 cm buildup",
         "MEASURED ....... %s" % dtf(c, c.rev, (16, 38)),
         "ANALYSIS ....... gamma 3%/2mm, 10% low-dose threshold, absolute dose",
         "ACTION LEVEL ... 90.0%      TOLERANCE ... 95.0%",
         "-" * 72,
         "%-12s %-10s %-12s %-8s" % ("BEAM", "POINTS", "GAMMA PASS", "RESULT")]
    for i, b in enumerate(beams(c)):
        r = c.qa_rates[i]
        L.append("%-12s %-10d %-12s %-8s" % (b[0], 410 + 13 * i, "%.1f%%" % r, "FAIL" if r < 90 else "PASS"))
    L += ["-" * 72,
          "COMPOSITE ...... %.1f%%" % c.qa_comp,
          "OVERALL ........ %s" % ("FAIL - below action level; re-measurement to be scheduled" if fail else "PASS"),
          ""]
    if fail:
        L.append("COMMENT: %s below the 90%% action level. Physician notified." % beams(c)[1][0])
    L += ["Reviewed by: %s (Medical Physicist)   %s" % (full(K["phys"]), dtf(c, c.rev, (17, 48))),
          "Reviewed by: %s (Radiation Oncologist)   %s" % (full(K["md"]), dtf(c, c.md_qa, (8, 6))),
          "", "MRN %s  SYNTHETIC  end of export" % c.mrn]
    return "txt", "\n".join(L) + "\n"


def rr_summary(c):
    S = c.S
    return "rtf", rr_head(c, "Radiation Treatment Summary") + [
        ("p", "Plan %s: " % S["plan"] + "; ".join(rx_line(r) for r in S["rx"]) + "."),
        ("p", "First fraction: %s. Final fraction: %s." % (df(c, c.fx1), df(c, c.end))),
        ("p", "Tolerated treatment; follow-up in six weeks."),
        ("p", rr_sig(c, c.end_sign, (10, 15)))]


# =============================== SANGAMON (Prairie Chart TXT + Cirrus OIS) ======================
def sv_note(c, title, dos, sections, signed, signer="md"):
    K = CLINICS[c.kid]
    L = ["Prairie Chart 8 :: Note Export".ljust(48) + "SYNTHETIC".rjust(30),
         "Sangamon Valley Medical Center / Radiation Oncology Services",
         "%s, %s   MRN %s   DOB %s" % (c.last, c.first, c.mrn, c.dob_us),
         "Note: %s   Service date: %s" % (title, df(c, dos)), "~" * W]
    for head, body in sections:
        L.append("")
        L.append("[%s]" % head)
        for para in body:
            L += _wrap(para, W)
    L.append("")
    d, hm = signed
    who = K[signer]
    role = "Radiation Oncology" if signer == "md" else "Nurse Practitioner, Radiation Oncology"
    pad = " " * 40
    L += [pad + "Electronically signed by", pad + full(who), pad + role, pad + dtf(c, d, hm)]
    L += ["", "MRN %s - SYNTHETIC" % c.mrn]
    return "\n".join(L) + "\n"


def sv_consult(c):
    S = c.S
    if c.trap == "np_necessity":
        nec = ["Technique and planning approach to be determined by the treatment planning team after simulation."]
    else:
        nec = [necessity_text(c, "Intensity-modulated radiation therapy is medically necessary for this patient rather than 3D conformal planning.")]
    return "txt", sv_note(c, "Radiation Oncology Consult", c.d0, [
        ("Diagnosis", ["%s (%s)" % (S["dx"], S["icd"])]),
        ("Subjective", ["New patient visit in the hospital cancer center. Pathology and imaging reviewed."]),
        ("Plan", ["Radiation: " + "; ".join(rx_line(r) for r in S["rx"]) + "."] + nec)], (c.d0, (14, 48)))


def sv_np_letter(c):
    K, S = CLINICS[c.kid], c.S
    return "docx", [("title", "Letter of Medical Necessity - Intensity-Modulated Radiation Therapy"),
                    ("p", "Sangamon Valley Medical Center - Radiation Oncology Services. SYNTHETIC."),
                    ("p", "Re: %s %s   MRN %s   DOB %s   Date: %s" % (c.first, c.last, c.mrn, c.dob_us, df(c, c.sim))),
                    ("p", "To the Medicare contractor:"),
                    ("p", necessity_text(c, "IMRT is requested rather than three-dimensional conformal radiation for this patient.")),
                    ("p", "Electronically signed by %s, Nurse Practitioner, Radiation Oncology, on %s" % (full(K["np"]), dtf(c, c.sim, (15, 10))))]


def sv_cirrus(c):
    K, S = CLINICS[c.kid], c.S
    B = [("title", "Cirrus Oncology  >  Treatment Plan Approval  (printed to PDF)"),
         ("p", "SYNTHETIC    Patient %s, %s    MRN %s    Plan %s" % (c.last, c.first, c.mrn, S["plan"])),
         ("h", "Prescription")]
    B.append(("table", [["Target", "Dose/fraction", "Fractions", "Total"]] +
              [[r[0], "%.4g Gy" % r[4], str(r[3]), "%.4g Gy" % r[2]] for r in S["rx"]]))
    if c.trap == "achieved_only":
        B += [("h", "Dose statistics (final calculation)"),
              ("table", [["Structure", "Achieved"]] + [[a, v] for a, v in S["ach_only"]])]
    else:
        B += [("h", "Normal tissue dose constraints"),
              ("table", [["Structure", "Constraint", "Achieved"]] + [[o[0], o[1], o[2]] for o in S["oar"]])]
    B += [("h", "Arcs"),
          ("table", [["Arc", "Energy", "Gantry start-stop / direction", "Couch", "MU"]] +
           [[b[0], b[2], b[3], str(b[4]), str(c.mu[i])] for i, b in enumerate(beams(c))]),
          ("screen", [("Prescription signed", "%s, Radiation Oncology, %s" % (full(K["md"]), dtf(c, c.rx, (16, 21)))),
                      ("Plan created", "%s, %s" % (full(K["dosi"]), dtf(c, c.plan, (14, 19)))),
                      ("Treatment approval", "%s, Radiation Oncology, %s" % (full(K["md"]), dtf(c, c.rev, (8, 38))))])]
    return "pdf", B


def sv_review(c):
    S = c.S
    if c.trap == "achieved_only":
        dvh = "DVHs reviewed for all targets and critical structures: %s; %s. Acceptable." % (
            S["ptv_ach"], "; ".join("%s %s" % a for a in S["ach_only"]))
    else:
        dvh = "DVHs reviewed for all targets and critical structures: %s; %s. Every constraint met." % (
            S["ptv_ach"], "; ".join("%s %s (%s)" % (o[0], o[2], o[1]) for o in S["oar"]))
    return "txt", sv_note(c, "Physician Plan Review", c.rev, [
        ("Plan", ["%s, %d VMAT arcs, created %s." % (S["plan"], len(beams(c)), df(c, c.plan))]),
        ("Images / isodose", ["CT-based plan reviewed slice by slice with isodose curves over the targets and the contoured critical structures."]),
        ("DVH", [dvh]),
        ("Decision", ["Approved for treatment."])], (c.rev, (8, 36)))


def sv_aurora(c):
    K = CLINICS[c.kid]
    rows = [["Arc", "Gamma (3%/2mm)", "Action", "Pass/Fail"]]
    for i, b in enumerate(beams(c)):
        rows.append([b[0], "%.1f%%" % c.qa_rates[i], ">= 90%", "Pass"])
    return "pdf", [("title", "Aurora Pre-Treatment Dosimetry - IMRT QA"),
                   ("p", "SYNTHETIC   %s, %s   MRN %s   Plan %s" % (c.last, c.first, c.mrn, c.S["plan"])),
                   ("p", "Measurement: EPID integrated image acquired with the plan delivered to the Aurora cylindrical phantom (invented) on %s, compared with the Cirrus predicted dose; point ion-chamber dose in phantom %+.1f%% from calculation." % (dtf(c, c.rev, (16, 41)), -0.7)),
                   ("table", rows),
                   ("p", "Composite %.1f%%. Verification PASSED." % c.qa_comp),
                   ("p", "Verified by: %s - Medical Physics - %s" % (full(K["phys"]), dtf(c, c.rev, (17, 52)))),
                   ("p", "Approved by: %s - Radiation Oncology - %s" % (full(K["md"]), dtf(c, c.md_qa, (8, 3))))]


def sv_summary(c):
    S = c.S
    return "rtf", [("title", "Radiation Oncology End-of-Treatment Summary"),
                   ("p", "SYNTHETIC  %s, %s  MRN %s  DOB %s" % (c.last, c.first, c.mrn, c.dob_us)),
                   ("p", "%s: " % S["plan"] + "; ".join(rx_line(r) for r in S["rx"]) + ", VMAT."),
                   ("p", "First fraction: %s. Last fraction: %s." % (df(c, c.fx1), df(c, c.end))),
                   ("p", "Electronically signed by %s, Radiation Oncology, %s" % (full(CLINICS[c.kid]["md"]), dtf(c, c.end_sign, (11, 20))))]


DOCS = {
    "tombigbee": [("01_consult_magnolia.txt", tb_consult), ("02_helmsman_plan_approval.pdf", tb_helmsman),
                  ("03_physician_plan_review_magnolia.txt", tb_plan_review), ("04_dosetwin_second_check.pdf", tb_dosetwin),
                  ("05_quadrascan_imrt_qa.pdf", tb_quadrascan), ("06_radiation_summary_magnolia.txt", tb_summary)],
    "tombigbee3d": [("01_consult_magnolia.txt", tb_consult), ("02_helmsman_plan_approval.pdf", tb_helmsman),
                    ("03_dosetwin_second_check.pdf", tb_dosetwin), ("04_radiation_summary_magnolia.txt", tb_summary)],
    "wabash": [("01_consult_dictation.txt", wb_consult), ("02_vantage_prescription.docx", wb_rx),
               ("03_vantage_plan_approval.pdf", wb_plan_approval), ("04_planning_note_dictation.rtf", wb_plan_review),
               ("05_helixmeter_qa.pdf", wb_helix), ("06_completion_summary.docx", wb_summary)],
    "redriver": [("01_consult_parishlink.rtf", rr_consult), ("02_keelboat_plan_approval.pdf", rr_keelboat),
                 ("03_plan_evaluation.docx", rr_review), ("04_sextant_second_check.docx", rr_sextant),
                 ("05_levee_imrt_qa.txt", rr_levee), ("06_treatment_summary.rtf", rr_summary)],
    "sangamon": [("01_consult_prairiechart.txt", sv_consult), ("02_cirrus_plan_approval.pdf", sv_cirrus),
                 ("03_plan_review_prairiechart.txt", sv_review), ("04_aurora_imrt_qa.pdf", sv_aurora),
                 ("05_eot_summary.rtf", sv_summary)],
}
