"""novel_j document builders, one set per network. Each returns [(file name, blocks, render options)].
Trap branches test c.trap."""
from nj_world import rx_words


def _beam_rows(site, mu):
    kind, beams = site["beams"]
    if kind == "arc":
        rows = [["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Couch", "MU"]]
        for i, (bid, e, a, b, d, couch) in enumerate(beams):
            rows.append([bid, "VMAT arc", "%d MV" % e, "%d" % a, "%d" % b, d, "%d" % couch, "%d" % mu[i]])
    elif kind == "static":
        rows = [["Beam", "Type", "Energy", "Gantry", "Collimator", "Couch", "MU"]]
        for i, (bid, e, g, couch) in enumerate(beams):
            rows.append([bid, "IMRT sliding window", "%d MV" % e, "%d" % g, "0", "%d" % couch, "%d" % mu[i]])
    else:
        rows = [["Beam", "Type", "Energy", "Gantry", "Couch", "Modifier", "MU"]]
        for i, (bid, e, g, couch, mod) in enumerate(beams):
            rows.append([bid, "3D conformal tangent", "%d MV" % e, "%d" % g, "%d" % couch, mod, "%d" % mu[i]])
    return rows


def _beam_fixed(site, mu):
    rows = _beam_rows(site, mu)
    w = [max(len(r[i]) for r in rows) + 2 for i in range(len(rows[0]))]
    return ["".join(x.ljust(w[i]) for i, x in enumerate(r)).rstrip() for r in rows]


def _beam_count_words(site):
    kind, beams = site["beams"]
    n = len(beams)
    if kind == "arc":
        return "%d VMAT arcs (%s)" % (n, "; ".join("%s %d-%d %s couch %d" % (b[0], b[2], b[3], b[4], b[5]) for b in beams))
    if kind == "static":
        return "%d static IMRT fields at gantry %s" % (n, ", ".join(str(b[2]) for b in beams))
    return "two tangential 3D conformal fields at gantry %s with field-in-field segments" % (
        " and ".join(str(b[2]) for b in beams))


def _oar_grid(site, head=("Organ at risk", "Dose constraint")):
    return [list(head)] + [[o, l] for o, l in site["oars"]]


def _target_grid(site):
    return [["Target", "Total dose", "Fractions", "Dose/fraction"]] + [
        [t, "%.2f Gy" % d, "%d" % f, "%.2f Gy" % (d / f)] for t, d, f in site["targets"]]


def _necessity(site):
    conds = " ".join(site["conds"].values())
    return (conds + " On a 3D conformal comparison built on the same planning CT, %s could not be kept within their "
            "limits while the target was covered. Intensity modulation is therefore needed to protect these organs "
            "at risk." % site["organs"])


def _qa_grid(c, label="Beam"):
    rows = [[label, "Points/pixels analysed", "Gamma pass rate", "Result"]]
    for (bid, rate, n) in c.qa:
        rows.append([bid, "%d" % n, "%.1f%%" % rate, "PASS"])
    return rows


def _achieved_line(site):
    return "; ".join("%s %s" % (o, v) for o, v in site["achieved"])


# =================================================================== Cascade Ridge (Pacific)
def cascade(c):
    n, s, p, t = c.net, c.site, c.pt, c.t
    hdr = [("hdr", "CASCADE RIDGE CANCER NETWORK | %s | SYNTHETIC" % n["ehr"]),
           ("hdr", "Network patient ID %s | MRN %s | Encounter site %s (%s) | Provider site %s (%s)"
            % (c.netid, p["mrn"], n["sat"][0], n["sat"][1], n["hub"][0], n["hub"][1]))]
    docs = []
    # 1 telehealth consult
    b = hdr + [("h", "Radiation Oncology Telehealth Consultation (synchronous video visit)"),
               ("p", "Patient: %s   DOB: %s   Visit: %s. The patient joined from %s exam room 1 with the satellite "
                "nurse presenting; I joined from %s. Verbal consent to a video visit was obtained."
                % (p["name"], p["dob"], t["consult"].iso_sp(), n["sat"][0], n["hub"][0])),
               ("h", "Diagnosis"), ("p", "%s (%s)." % (s["dx"], s["icd"])),
               ("h", "Recommendation"),
               ("p", "Definitive radiation delivered on the satellite linac at %s, planned by the network's "
                "Centralized Planning Service in %s. CT simulation at the satellite in two business days."
                % (n["sat"][0], n["tps"])),
               ("h", "Technique decision: why IMRT and not a 3D conformal plan"),
               ("p", _necessity(s)),
               ("gap",),
               ("ln", "Electronically signed: %s (Radiation Oncology; signing at %s for a %s encounter) %s"
                % (n["md"], n["hub"][0], n["sat"][0], t["consult_sig"].iso_sp()))]
    docs.append(("01_telehealth_consult.docx", b, {}))
    # 2 prescription
    b = hdr + [("h", "Radiation Prescription - Order %s" % c.order),
               ("p", "Patient: %s   DOB %s   Diagnosis: %s" % (p["name"], p["dob"], s["icd"])),
               ("grid", _target_grid(s)),
               ("h", "Critical-structure dose constraints"), ("grid", _oar_grid(s)),
               ("p", "Technique: IMRT (%s), 6 DoF couch, daily CBCT. Treat at %s." % (_beam_count_words(s), n["sat"][0])),
               ("ln", "Ordering physician: Electronically signed by %s %s" % (n["md"], t["rx"].iso_sp()))]
    docs.append(("02_rx_order_%s.pdf" % c.order, b, {}))
    # 3 cloud plan
    b = [("hdr", "%s | tenant crcn-prod | region us-west-2 | SYNTHETIC" % n["tps"]),
         ("hdr", "Plan UID %s | Plan %s | MRN %s | Network ID %s" % (c.uid, s["plan"], p["mrn"], c.netid)),
         ("h", "Plan summary - produced by the Centralized Planning Service (%s) for delivery at %s"
          % (n["hub"][0], n["sat"][0])),
         ("p", "Patient %s, DOB %s. Treatment unit: %s. Prescription: %s."
          % (p["name"], p["dob"], s["machine"], "; ".join(rx_words(x) for x in s["targets"]))),
         ("h", "Beams"), ("grid", _beam_rows(s, c.mu)),
         ("h", "Optimization objectives (from the prescription)"), ("grid", _oar_grid(s, ("Structure", "Objective"))),
         ("ln", "Planned by: %s, Centralized Planning Service, %s" % (n["dosi"], t["plan"].iso_sp())),
         ("h", "Remote physics approval (hub physicist, satellite delivery)"),
         ("ln", "Approved by: %s, Medical Physicist (%s)   %s" % (n["phys"], n["hub"][0], t["physplan"].iso_off())),
         ("ln", "Approval session RPA-%d; plan checksum %s" % (c.n5, c.uid[-8:]))]
    docs.append(("03_stratusplan_cloud_plan.pdf", b, {}))
    # 4 physician plan review (TXT); nj03: another patient's review misrouted between sites
    if c.trap == "misrouted":
        o = c.other
        ob = [("hdr", "CASCADE RIDGE CANCER NETWORK | %s | SYNTHETIC" % n["ehr"]),
              ("hdr", "Network patient ID %s | MRN %s | Encounter site %s (%s)" % (o["netid"], o["mrn"], n["hub"][0],
                                                                                  n["hub"][1])),
              ("h", "PHYSICIAN PLAN REVIEW - REMOTE"),
              ("ln", "Patient: %s   DOB: %s   MRN: %s   Plan: LUL_IMRT" % (o["name"], o["dob"], o["mrn"])),
              ("p", "I reviewed the planning CT slice by slice in axial, sagittal and coronal planes with the 105, 100, "
               "95, 80 and 50% isodose lines over PTV_6000 and each critical structure (spinal cord, esophagus, "
               "heart, lungs). Coverage is acceptable and the hot spot sits inside the GTV."),
              ("p", "Dose-volume histograms reviewed for the target and all critical structures: PTV_6000 D95 99.1%; "
               "spinal cord Dmax 39.8 Gy; total lung V20Gy 25.0%; heart Dmean 6.6 Gy; esophagus Dmean 21.3 Gy. "
               "Plan approved for treatment."),
              ("ln", "Electronically signed: %s (Radiation Oncology) %s" % (n["md"], t["review"].iso_sp())),
              ("gap",),
              ("ln", "Inter-site document routing: %s outbox -> %s inbox; filed to chart MRN %s by user prv.scan02 "
               "on %s" % (n["hub"][0], n["sat"][0], p["mrn"], t["qa"].day.isoformat()))]
        docs.append(("04_physician_plan_review.txt", ob, {"footer": "SYNTHETIC - inter-site routed copy"}))
    else:
        b = hdr + [("h", "PHYSICIAN PLAN REVIEW - REMOTE (hub physician, satellite patient)"),
                   ("ln", "Patient: %s   DOB: %s   Plan: %s (UID %s)" % (p["name"], p["dob"], s["plan"], c.uid)),
                   ("p", "I reviewed the planning CT slice by slice in axial, sagittal and coronal planes with the 105, "
                    "100, 95, 80 and 50%% isodose lines displayed over every target and each critical structure (%s). "
                    "Coverage is acceptable and the hot spot sits inside the high-dose target." % s["organs"]),
                   ("p", "Dose-volume histograms reviewed for all targets and critical structures: %s. Plan approved "
                    "for treatment at %s." % (_achieved_line(s), n["sat"][0])),
                   ("ln", "Electronically signed: %s (Radiation Oncology) %s" % (n["md"], t["review"].iso_sp()))]
        docs.append(("04_physician_plan_review.txt", b, {}))
    # 5 QA
    b = hdr + [("h", "Patient-specific IMRT QA - %s" % n["qa"]),
               ("p", "Plan %s (UID %s) delivered on the satellite linac at %s onto the %s cylindrical diode phantom and "
                "analysed remotely at %s. Measured %s by %s under remote physics supervision."
                % (s["plan"], c.uid, n["sat"][0], n["qa"], n["hub"][0], t["qa"].iso_off(), n["rtt"])),
               ("p", "Analysis: global gamma 3%/2 mm, 10% low-dose threshold, absolute dose. Action level 90%; "
                "tolerance level 95%."),
               ("grid", _qa_grid(c)),
               ("ln", "Overall result: PASS - plan released for treatment at %s" % n["sat"][0]),
               ("h", "Remote physics approval"),
               ("ln", "Approved by: %s (Medical Physicist, %s hub)   %s" % (n["phys"], n["hub"][0], t["qa_phys"].iso_off())),
               ("h", "Radiation oncologist review"),
               ("ln", "Reviewed by: %s (Radiation Oncology)   %s" % (n["md"], t["qa_md"].iso_off()))]
    docs.append(("05_psqa_hexaplane.pdf", b, {}))
    # 6 first fraction
    b = hdr + [("h", "Treatment delivery record - %s" % n["sat"][0]),
               ("ln", "First fraction: %s" % t["fx1"].iso_sp()),
               ("p", "Plan %s, fraction 1 of %d delivered on %s after CBCT match (shifts under 3 mm)."
                % (s["plan"], s["targets"][0][2], s["machine"])),
               ("ln", "Therapist: %s" % n["rtt"])]
    docs.append(("06_first_fraction.rtf", b, {}))
    return docs


# =================================================================== Flint Hills (Central)
def flint(c):
    n, s, p, t = c.net, c.site, c.pt, c.t
    is3d = c.trap == "3d"
    top = ("hdr", "FLINT HILLS ONCOLOGY NETWORK | Site %s %s | Enterprise MRN %s | CSN %d | %s | SYNTHETIC"
           % (n["sat"][0], n["sat"][1], p["mrn"], c.n7, n["ehr"]))
    docs = []
    nec = ("h", "Medical necessity for intensity modulation (satellite case; plan to be produced by the Centralized "
                "Planning Service)")
    if is3d:
        tech = [("h", "Technique"),
                ("p", "Whole-breast radiation with two tangential 3D conformal fields and field-in-field segments for "
                 "homogeneity. The tumor bed is lateral and the heart lies outside the tangents; IMRT is not needed "
                 "for this right-sided breast and will not be requested from the Centralized Planning Service.")]
    else:
        tech = [nec, ("p", _necessity(s))]
    b = [top, ("h", "Radiation Oncology Consultation"),
         ("p", "%s, DOB %s, seen at %s on %s. Referred by the network's medical oncology clinic."
          % (p["name"], p["dob"], n["sat"][0], t["consult"].us())),
         ("h", "Impression"), ("p", "%s (%s)." % (s["dx"], s["icd"]))] + tech + [
        ("gap",),
        ("ln", "Signed by %s (Radiation Oncology), %s Emporia, on %s" % (n["md"], n["hub"][0], t["consult_sig"].us()))]
    docs.append(("%s_consult.pdf" % n["sat"][0], b, {}))
    # Rx docx
    b = [top, ("h", "Radiation Therapy Order"), ("ln", "Patient: %s    DOB: %s    Dx: %s" % (p["name"], p["dob"], s["icd"])),
         ("grid", _target_grid(s)), ("ln", "Normal tissue constraints:"), ("grid", _oar_grid(s)),
         ("ln", "Technique: %s" % ("3D conformal, " + _beam_count_words(s) if is3d else "IMRT / VMAT, " + _beam_count_words(s))),
         ("ln", "Planning: Centralized Planning Service request to %s" % n["hub"][0]),
         ("ln", "Authenticated by: %s - %s" % (n["md"], t["rx"].us()))]
    docs.append(("order_RT_%s.docx" % c.order, b, {}))
    # CPS plan export (TXT)
    fx = ["CENTRALIZED PLANNING SERVICE (%s) - %s export" % (n["hub"][0], n["tps"]),
          "SYNTHETIC RECORD   MRN: %s   PATIENT: %s   DOB: %s" % (p["mrn"], p["name"].upper(), p["dob"]),
          "REQUEST TICKET: CPS-26-%05d   REQUESTING SITE: %s   STATUS: PLAN DELIVERED TO SITE" % (c.n5, n["sat"][0]),
          "PLAN: %s   TECHNIQUE: %s" % (s["plan"], "3D CONFORMAL (FIELD-IN-FIELD)" if is3d else "VMAT (IMRT)"),
          "RX: " + "; ".join(rx_words(x) for x in s["targets"]), "", "BEAMS"] + _beam_fixed(s, c.mu) + [
          "", "OBJECTIVES (PER ORDER %s)" % c.order] + ["  %-22s %s" % (o, l) for o, l in s["oars"]] + [
          "", "Planner: %s   %s" % (n["dosi"], t["plan"].us()),
          "Physics plan check: Approved by %s (Medical Physicist) %s" % (n["phys"], t["physplan"].us())]
    docs.append(("CPS_plan_%s.txt" % s["plan"], [("fixed", fx)], {}))
    # plan evaluation (PDF)
    b = [top, ("h", "Physician Plan Evaluation - CPS plan %s for %s" % (s["plan"], n["sat"][0])),
         ("p", "Isodose review: I reviewed the CPS plan on the planning CT, every slice through the target, with the "
          "isodose distribution (%s) over the target and the critical structures (%s)."
          % ("95, 90, 50 and 20%" if is3d else "107, 100, 95, 80 and 50%", s["organs"])),
         ("p", "DVH review: cumulative dose-volume histograms for the targets and critical structures were reviewed"
          + (": %s." % _achieved_line(s) if s["achieved"] else ".")),
         ("p", "The plan is approved for delivery at %s." % n["sat"][0]),
         ("ln", "Signed by %s (Radiation Oncology) on %s" % (n["md"], t["review"].us()))]
    docs.append(("plan_evaluation_%s.pdf" % s["plan"], b, {}))
    # QA ticket (DOCX)
    tk = "PSQA-26-%05d" % (c.n5 + 311)
    if is3d:
        b = [top, ("h", "%s - Physics queue ticket %s" % (n["ticket"], tk)),
             ("grid", [["Field", "Value"], ["Queue", "Secondary MU check (3D)"], ["Site", n["sat"][0]],
                       ["Plan", s["plan"]], ["Patient / MRN", "%s / %s" % (p["name"], p["mrn"])]]),
             ("p", "Independent MU calculation (IndepCalc-style, invented): MED_TAN +1.1%, LAT_TAN -0.8%, within the 5% "
              "action level. Patient-specific IMRT QA: not applicable - 3D conformal course, no measurement made."),
             ("ln", "Ticket #%s status: Resolved / Approved by %s (Medical Physicist) %s"
              % (tk, n["phys"], t["qa_phys"].iso_sp()))]
        docs.append(("ticket_%s_mu_check.docx" % tk, b, {}))
    else:
        meas = [("grid", [["Field", "Value"], ["Queue", "Patient-specific IMRT QA"], ["Site", n["sat"][0]],
                          ["Plan", "%s (%s)" % (s["plan"], n["tps"])], ["Patient / MRN", "%s / %s" % (p["name"], p["mrn"])],
                          ["Device", "%s diode array in rotating phantom" % n["qa"]],
                          ["Measured", t["qa"].iso_sp() + " on " + s["machine"]],
                          ["Criteria", "gamma 3%/2 mm global, 10% threshold; action 90%, tolerance 95%"]]),
                ("grid", _qa_grid(c, "Arc")), ("ln", "Measurement result: PASS (all arcs above tolerance)")]
        if c.trap == "ticket_bot":
            hist = [["Step", "Actor", "Action", "Timestamp"],
                    ["Measurement uploaded", "user phys.assist03", "Attached", t["qa"].iso_sp()],
                    ["Physics review", "system (rule PSQA-PASS-95)", "Auto-approved", t["qa_phys"].iso_sp()],
                    ["Physician acknowledgement", "system (rule RO-ACK-AUTO)", "Auto-closed", t["qa_md"].iso_sp()]]
            sig = [("ln", "Ticket #%s status: Resolved / Approved by %s workflow (auto-approval rule PSQA-PASS-95; "
                    "no manual review recorded) %s" % (tk, n["ticket"].split(" ")[0], t["qa_phys"].iso_sp()))]
        else:
            hist = [["Step", "Actor", "Action", "Timestamp"],
                    ["Measurement uploaded", "user phys.assist03", "Attached", t["qa"].iso_sp()],
                    ["Physics review", n["phys"], "Approved", t["qa_phys"].iso_sp()],
                    ["Physician acknowledgement", n["md"], "Approved", t["qa_md"].iso_sp()]]
            sig = [("ln", "Ticket #%s status: Resolved / Approved by %s (Medical Physicist) %s"
                    % (tk, n["phys"], t["qa_phys"].iso_sp())),
                   ("ln", "Physician approval: Approved by %s (Radiation Oncology) %s" % (n["md"], t["qa_md"].iso_sp()))]
        b = [top, ("h", "%s - Physics queue ticket %s" % (n["ticket"], tk))] + meas + [
            ("h", "Approval history"), ("grid", hist)] + sig
        docs.append(("ticket_%s_psqa.docx" % tk, b, {}))
    # daily treatment record (TXT)
    plan_code = "77295 (3D simulation-aided plan)" if is3d else "77301 (IMRT plan)"
    fx = ["FLINT HILLS ONCOLOGY NETWORK - DAILY TREATMENT RECORD - SYNTHETIC",
          "MRN %s  %s  SITE %s" % (p["mrn"], p["name"], n["sat"][0]), "",
          "First fraction: %s" % t["fx1"].us(), "",
          "Fx  Date        Treated plan   Unit", "1   %s  %-13s  %s" % (t["fx1"].day.strftime("%m/%d/%Y"), s["plan"],
                                                                    s["machine"]), "",
          "Charges posted: %s; 77300; %s" % (plan_code, "77338" if not is3d else "77412")]
    docs.append(("daily_treatment_record.txt", [("fixed", fx)], {}))
    return docs


# =================================================================== Tri-Lakes (Eastern)
def trilakes(c):
    n, s, p, t = c.net, c.site, c.pt, c.t
    top = [("hdr", "Tri-Lakes Oncology Partners | %s | SYNTHETIC" % n["ehr"]),
           ("hdr", "EMPI %s | MRN %s | %s | DOB %s | Encounter site %s (%s)"
            % (c.netid, p["mrn"], p["name"], p["dob"], n["sat"][0], n["sat"][1]))]
    docs = []
    sig_author = "Author signature (%s): %s, Radiation Oncology - signed %s" % (n["sat"][0], n["md"], t["consult_sig"].at())
    sig_co = ("Cross-site co-signature (%s): %s, Radiation Oncology - co-signed %s"
              % (n["hub"][0], n["md2"], t["consult_co"].at()))
    b = top + [("h", "Consultation - Radiation Oncology (satellite clinic, co-signed at hub)"),
               ("p", "Seen at %s on %s. %s (%s)." % (n["sat"][0], t["consult"].at(), s["dx"], s["icd"])),
               ("h", "Plan"),
               ("p", "IMRT at %s. Planning by the network Centralized Planning Service (%s) in %s; remote physics "
                "approval at the hub." % (n["sat"][0], n["hub"][0], n["tps"]))]
    if c.site_key == "spine":
        b.append(("p", "Prior course (from the 2024 treatment summary): T5-T8, 20 Gy in 5 fractions, completed "
                  "March 2024."))
    b += [("h", "Why IMRT rather than 3D conformal radiation"), ("p", _necessity(s)), ("gap",),
          ("ln", sig_author), ("ln", sig_co)]
    docs.append(("consult_%s.rtf" % n["sat"][0], b, {}))
    # Rx PDF
    b = top + [("h", "Prescription (RO order %s)" % c.order), ("grid", _target_grid(s))]
    if c.trap == "no_goals":
        b.append(("p", "Organs at risk contoured: %s." % s["organs"]))
    else:
        b += [("h", "Dose constraints - critical structures"), ("grid", _oar_grid(s))]
    b += [("p", "Technique: IMRT, %s. Deliver at %s; daily CBCT." % (_beam_count_words(s), n["sat"][0])),
          ("ln", "Prescriber e-signature: %s | signed %s | %s" % (n["md"], t["rx"].at(), n["sat"][0]))]
    docs.append(("rx_%s.pdf" % c.order, b, {}))
    # plan (landscape PDF)
    b = [("hdr", "%s | organization tlo | SYNTHETIC | MRN %s | EMPI %s" % (n["tps"], p["mrn"], c.netid)),
         ("h", "Treatment plan report - %s - %s" % (s["plan"], p["name"])),
         ("p", "Plan prepared by the Centralized Planning Service (%s) for delivery at %s on %s. Prescription: %s."
          % (n["hub"][0], n["sat"][0], s["machine"], "; ".join(rx_words(x) for x in s["targets"]))),
         ("grid", _beam_rows(s, c.mu))]
    if c.trap == "no_goals":
        b += [("h", "DVH statistics (achieved, final calculation)"),
              ("grid", [["Structure", "Statistic"]] + [[o, v] for o, v in s["achieved"]])]
    else:
        b += [("h", "Planning objectives"), ("grid", _oar_grid(s, ("Structure", "Objective")))]
    b += [("ln", "Centralized planning: %s (%s) - calculated %s" % (n["dosi"], n["hub"][0], t["plan"].at())),
          ("ln", "Remote physics approval: %s, Medical Physicist (%s) - approved %s"
           % (n["phys"], n["hub"][0], t["physplan"].at()))]
    docs.append(("plan_%s_altocumulus.pdf" % s["plan"], b, {"landscape": True}))
    # plan review DOCX with cross-site signature table
    b = top + [("h", "Physician Plan Review (cross-site)"),
               ("p", "Plan %s reviewed from %s. I reviewed the planning CT with the isodose distribution (105, 100, 95, "
                "50%%) over each target and every critical structure (%s) in three planes." % (s["plan"], n["sat"][0],
                                                                                              s["organs"])),
               ("p", "DVHs reviewed for all targets and critical structures: %s." % _achieved_line(s)),
               ("p", "Approved for treatment."),
               ("grid", [["Role", "Name", "Site", "Signature", "Date/time"],
                         ["Radiation oncologist (author)", n["md"], n["sat"][0], "e-signed", t["review"].at()],
                         ["Radiation oncologist (co-signer)", n["md2"], n["hub"][0], "e-signed", t["review_co"].at()]])]
    docs.append(("plan_review_%s.docx" % s["plan"], b, {}))
    # QA TXT
    fx = ["TRI-LAKES ONCOLOGY PARTNERS - PATIENT-SPECIFIC QA - %s - SYNTHETIC" % n["qa"],
          "MRN %s   EMPI %s   %s   PLAN %s" % (p["mrn"], c.netid, p["name"], s["plan"]),
          "Measured at %s on %s, %s" % (n["sat"][0], s["machine"], t["qa"].at()),
          "Criteria: gamma 3%/2mm global, 10% threshold | action < 90% | tolerance < 95%", "",
          "ARC/FIELD   PASS RATE   RESULT"] + ["%-11s %5.1f%%      PASS" % (bid, r) for bid, r, _ in c.qa] + [
          "", "OVERALL: PASS", "",
          "PHYSICS RELEASE ...... %s (Medical Physicist, %s)  e-signed %s" % (n["phys"], n["hub"][0], t["qa_phys"].at()),
          "PHYSICIAN REVIEW ..... %s (Radiation Oncology, %s)  e-signed %s" % (n["md"], n["sat"][0], t["qa_md"].at())]
    docs.append(("psqa_%s.txt" % s["plan"], [("fixed", fx)], {}))
    # on-treatment / start note
    b = top + [("h", "Treatment start - %s" % n["sat"][0]),
               ("ln", "First fraction: %s (plan %s, fraction 1 of %d)" % (t["fx1"].at(), s["plan"], s["targets"][0][2])),
               ("p", "CBCT matched to bony anatomy and soft tissue; no shifts above 3 mm. Tolerating well."),
               ("ln", "Therapist: %s" % n["rtt"])]
    docs.append(("treatment_start.docx", b, {}))
    return docs


# =================================================================== Sangre de Cristo (Mountain)
def sangre(c):
    n, s, p, t = c.net, c.site, c.pt, c.t
    top = [("hdr", "SANGRE DE CRISTO CANCER ALLIANCE | %s | SYNTHETIC" % n["ehr"]),
           ("hdr", "Alliance ID %s | MRN %s | %s | DOB %s | care site %s" % (c.netid, p["mrn"], p["name"], p["dob"],
                                                                         n["sat"][0]))]
    docs = []
    # telehealth consult (TXT)
    b = top + [("h", "TELEHEALTH CONSULTATION - synchronous audio/video"),
               ("ln", "Patient location: %s (%s), tele-presenter in room" % (n["sat"][0], n["sat"][1])),
               ("ln", "Provider location: %s" % ("SDC-LVG (Las Vegas NM satellite)" if c.trap == "np" else n["hub"][0])),
               ("ln", "Visit start: %s" % t["consult"].iso_off(secs=True)),
               ("h", "Assessment"), ("p", "%s (%s)." % (s["dx"], s["icd"])),
               ("p", "CT simulation on the mobile CT coach MCT-2 during its %s rotation; planning in %s; treatment "
                "on the %s linac." % (n["sat"][0], n["tps"], n["sat"][0])),
               ("h", "IMRT determination (3D conformal / conventional planning is not adequate)"),
               ("p", _necessity(s))]
    if c.trap == "np":
        b += [("gap",), ("ln", "Signed by: %s (Nurse Practitioner, %s) | %s" % (n["np"], "SDC-LVG",
                                                                               t["consult_sig"].iso_off(secs=True))),
              ("ln", "Co-signature: awaiting co-signature - routed to %s (%s)" % (n["md"], n["hub"][0]))]
    else:
        b += [("gap",), ("ln", "Authenticated by: %s (Radiation Oncology) | %s | %s"
                         % (n["md"], t["consult_sig"].iso_off(secs=True), n["hub"][0]))]
    docs.append(("telehealth_consult.txt", b, {}))
    # Rx DOCX
    b = top + [("h", "Radiation Treatment Prescription %s" % c.order), ("grid", _target_grid(s)),
               ("ln", "Organ-at-risk limits:"), ("grid", _oar_grid(s, ("OAR", "Limit"))),
               ("ln", "Technique: IMRT - %s" % _beam_count_words(s)),
               ("ln", "Signed by: %s | Radiation Oncology | %s" % (n["md"], t["rx"].iso_sp()))]
    docs.append(("prescription_%s.docx" % c.order, b, {}))
    # plan PDF
    b = [("hdr", "%s | workspace sdcca | SYNTHETIC | MRN %s | Alliance ID %s" % (n["tps"], p["mrn"], c.netid)),
         ("h", "Cloud plan document - %s" % s["plan"]),
         ("p", "Patient %s (DOB %s). Plan built by the hub dosimetry team on the vendor cloud platform and pushed to the "
          "%s record-and-verify queue. Prescription: %s." % (p["name"], p["dob"], n["sat"][0],
                                                              "; ".join(rx_words(x) for x in s["targets"]))),
         ("grid", _beam_rows(s, c.mu)),
         ("h", "Clinical objectives"), ("grid", _oar_grid(s, ("Structure", "Objective"))),
         ("ln", "Planner: %s - %s" % (n["dosi"], t["plan"].iso_off(secs=True))),
         ("ln", "Remote physics approval: approved by %s (Medical Physicist, %s) %s"
          % (n["phys"], n["hub"][0], t["physplan"].iso_off(secs=True)))]
    docs.append(("meridian_cloud_plan_%s.pdf" % s["plan"], b, {}))
    # plan review RTF
    dvh = ("DVH review: the dose-volume histograms for the targets and critical structures were reviewed: %s."
           % _achieved_line(s))
    if c.trap == "dvh_future":
        dvh = ("DVH review: deferred. The dose-volume histograms will be reviewed by the hub attending at Thursday "
               "network chart rounds once the final plan export is available; they were not reviewed at this sitting.")
    b = top + [("h", "Remote Physician Plan Review"),
               ("p", "Plan %s reviewed from %s for treatment at %s. Isodose review: on the planning CT (mobile coach "
                "MCT-2 scan) I reviewed axial, sagittal and coronal images with the 107, 100, 95 and 50%% isodose "
                "lines over the targets and the critical structures (%s)." % (s["plan"], n["hub"][0], n["sat"][0],
                                                                              s["organs"])),
               ("p", dvh),
               ("ln", "Authenticated by: %s (Radiation Oncology) | %s" % (n["md"], t["review"].iso_off(secs=True)))]
    docs.append(("remote_plan_review.rtf", b, {}))
    # QA PDF
    b = top + [("h", "Patient-specific IMRT QA - %s portal dosimetry" % n["qa"]),
               ("p", "Plan %s delivered on the %s linac to the EPID panel with no patient present (measured %s); "
                "measured portal dose compared with the predicted portal dose at the hub."
                % (s["plan"], n["sat"][0], t["qa"].iso_off(secs=True))),
               ("p", "Gamma 3%/2 mm, local normalisation off, 10% threshold. Action level 90%, tolerance 95%."),
               ("grid", _qa_grid(c, "Field/arc")), ("ln", "Overall: PASS"),
               ("ln", "Physics approval (remote, %s): %s, Medical Physicist - signed %s"
                % (n["hub"][0], n["phys"], t["qa_phys"].iso_off(secs=True))),
               ("ln", "Radiation oncologist: %s - reviewed and signed %s" % (n["md"], t["qa_md"].iso_off(secs=True)))]
    docs.append(("psqa_epid_%s.pdf" % s["plan"], b, {}))
    # treatment record DOCX
    b = top + [("h", "Treatment record - %s" % n["sat"][0]),
               ("ln", "First fraction: %s" % t["fx1"].iso_sp()),
               ("grid", [["Fx", "Date", "Treated plan", "Unit", "Therapist"],
                         ["1", t["fx1"].day.isoformat(), s["plan"], s["machine"], n["rtt"]]])]
    docs.append(("treatment_record.docx", b, {}))
    return docs


BUILDERS = {"cascade": cascade, "flint": flint, "trilakes": trilakes, "sangre": sangre}
