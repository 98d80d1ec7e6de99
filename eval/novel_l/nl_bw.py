"""Brightwater University Hospital (invented), Rochester NY: teaching service B.

Resident-authored notes completed by a TEACHING PHYSICIAN ATTESTATION; a cosignature-routing line; the
prescription entered by the resident and authorized by the attending; plans by a dosimetry student under a
CMD clinical instructor; patient-specific QA measured and analysed by a medical physics resident and approved by
the supervising board-certified physicist; weekly chart rounds peer review.
"""
from nl_text import NARR


def _res(c):
    return c.D["residents"][c.resident_ix]


def _att(c):
    return c.D["attending"][0]


def _strip(c, title):
    D = c.D
    return [("banner", D["name"]), ("ln", "%s | %s" % (D["dept"], D["city"])),
            ("ln", "%s | SYNTHETIC TEST RECORD - not a real patient" % D["ehr"]), ("rule",), ("h", title)]


def _resline(c, t):
    n, cred, pgy = _res(c)
    return "Resident: %s, %s, %s (Radiation Oncology) -- e-signed %s" % (n, cred, pgy, t.us())


def _tpline(c, t):
    return "Teaching physician: %s, MD (Attending, Radiation Oncology) -- attested %s" % (_att(c), t.us())


def necessity(c, tag=""):
    S = c.S
    return [("h", "Technique - intensity-modulated arcs versus a 3D conformal arrangement"),
            ("p", tag + "I recommend inverse-planned intensity-modulated treatment (VMAT) for this patient rather "
                  "than a 3D conformal or conventional plan. " + c.cond_text() + " With forward-planned 3D fields, "
                  + S["oar_words"] + " could not be held under the limits in the prescription without "
                  "under-dosing the target; intensity modulation is needed to spare these organs at risk.")]


def consult(c):
    n, cred, pgy = _res(c)
    N = NARR[c.site]
    multi = c.style_flag("multi")
    rtag, atag = ("[JP] ", "[EMO] ") if multi else ("", "")
    b = _strip(c, "Radiation Oncology Consultation - New Patient")
    kv = [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us), ("Service date", c.t["visit"].usd()),
          ("Visit type", "New patient consultation, teaching service"),
          ("Resident author", "%s, %s (%s)" % (n, cred, pgy)), ("Attending of record", "%s, MD" % _att(c)),
          ("Note status", "Signed; teaching physician attestation completed")]
    b.append(("kv", kv))
    if multi:
        b += [("sub", "Contributors"),
              ("ln", "[JP] %s, %s (%s): history, examination, data review" % (n, cred, pgy)),
              ("ln", "[EMO] %s, MD (attending): assessment, recommendations, technique" % _att(c))]
    b += [("h", "Reason for consultation"), ("p", rtag + N["reason"]),
          ("h", "History of present illness"), ("p", rtag + N["hpi"].format(age=c.age)),
          ("h", "Past history"), ("p", rtag + N["pmh"]),
          ("h", "Examination"), ("p", rtag + N["exam"]),
          ("h", "Data reviewed"), ("p", rtag + N["data"]),
          ("h", "Assessment"), ("p", atag + "%s. %s" % (c.S["dx"], "Appropriate for curative-intent radiation."
                                                          if c.site != "spine_reirr" else "")),
          ("h", "Recommendations"), ("p", atag + N["rec"])]
    b += necessity(c, atag)
    b += [("h", "Consent and education"),
          ("p", atag + "Acute and late effects, the daily image-guidance routine and the roles of the resident, "
                "attending, dosimetry and physics teams were discussed. Written consent obtained."),
          ("gap",), ("ln", _resline(c, c.t["author"])), ("gap",),
          ("h", "TEACHING PHYSICIAN ATTESTATION"),
          ("p", "I saw and evaluated the patient with Dr. %s and discussed the case with the resident. I reviewed "
                "the resident's note and agree with the documented findings and plan, including the choice of "
                "technique and its justification above." % n.split()[-1]),
          ("ln", _tpline(c, c.t["att"])),
          ("ln", "Cosignature routing: queued %s -> cosigned %s" % (c.t["author"].us(), c.t["att"].us()))]
    return "Consultation", b, {}


def rx(c):
    n, cred, pgy = _res(c)
    b = _strip(c, "Radiation Prescription (RO module)")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us), ("Diagnosis", c.S["dx"]),
                     ("ICD-10", c.S["icd"]), ("Course", "C1 - %s" % c.S["short"]),
                     ("Intent", "Palliative" if c.site == "spine_reirr" else "Curative"),
                     ("Order status", "Active - authorized")]))
    b += [("sub", "Prescription"),
          ("grid", [["Plan", "Target", "Total dose", "Fractions", "Dose/fraction"]] + c.rx_rows()),
          ("ln", "Technique: VMAT (inverse planned), %s. Image guidance: daily CBCT." % c.plans[0]["beams"][0]["energy"]),
          ("sub", "Normal tissue dose constraints (ordered)"),
          ("grid", [["Structure", "Metric", "Constraint"]] + c.oar_rows()),
          ("ln", "Simulation: %s." % c.S["ct"]), ("gap",),
          ("ln", "Entered by: %s, %s (Resident, %s) %s" % (n, cred, pgy, c.t["rx_entry"].us())),
          ("ln", "Authorized by: %s, MD (Attending Radiation Oncologist) - e-signature %s" % (_att(c), c.t["rx"].us()))]
    return "Prescription", b, {}


def plan(c):
    D = c.D
    b = _strip(c, "%s - Plan Summary" % D["tps"])
    for p in c.plans:
        b += [("kv", [("Patient", "%s (%s)" % (c.name_caps, c.mrn)), ("Plan ID", p["id"]),
                      ("Calculated", c.t["plan"].us()), ("Dose engine", "Convolution-superposition, 2.5 mm grid"),
                      ("Prescription", "; ".join("%s %g Gy / %d fx" % t for t in p["targets"]))]),
              ("sub", "Beam arrangement"), ("grid", c.beam_rows(p))]
    b += [("sub", "Planning team"),
          ("ln", "Planned by: %s (Medical Dosimetry Student, clinical rotation) %s" % (D["student"], c.t["plan"].us())),
          ("ln", "Clinical instructor review: %s, %s %s" % (D["cmd"][0], D["cmd"][1], c.t["cmd"].us())),
          ("ln", "Physics plan check: %s, %s %s" % (D["physicist"][0], D["physicist"][1], c.t["physcheck"].us())),
          ("ln", "Physician plan evaluation is documented separately in the Treatment Planning Note.")]
    return "Plan summary", b, {"landscape": True}


def planning_note(c):
    n, cred, pgy = _res(c)
    p = c.plans[0]
    late = c.trap == "late_attestation"
    b = _strip(c, "Treatment Planning Note - plan evaluation")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us),
                     ("Service date", c.t["rev_author"].usd()),
                     ("Author", "%s, %s (Resident, %s)" % (n, cred, pgy)),
                     ("Attending of record", "%s, MD" % _att(c)),
                     ("Note status", "Signed (cosigned)")]))
    targ = p["targets"][0][0]
    b += [("h", "Plan evaluated"),
          ("p", "%s, %s, calculated %s; %s." % (p["id"], c.D["tps"], c.t["plan"].us(), c.beam_words(p))),
          ("h", "Images and isodose distribution"),
          ("p", "I reviewed the planning CT slice by slice in axial, coronal and sagittal views with the 105%%, "
                "100%%, 95%% and 50%% isodose lines displayed over %s and over every contoured organ at risk. The "
                "95%% line conforms to the PTV with a steep fall-off toward the adjacent organs at risk."
                % c.targets_text()),
          ("h", "Dose-volume histograms"),
          ("p", "Cumulative DVHs for the target and all organs at risk were evaluated against the ordered "
                "constraints. %s D95 %.1f%%, Dmax %.1f%%." % (targ, 99.0 + c.r.random(), 105.0 + c.r.random() * 2)),
          ("grid", [["Structure", "Metric", "Ordered constraint", "Plan", "Status"]] + c.achieved_rows()),
          ("h", "Impression"),
          ("p", "Plan meets the ordered constraints. Acceptable for treatment, pending patient-specific QA."),
          ("gap",), ("ln", _resline(c, c.t["rev_author"])), ("gap",)]
    if late:
        tlate = c.t["late_att"]
        b += [("h", "TEACHING PHYSICIAN ATTESTATION (addendum)"),
              ("p", "I have reviewed the resident's note above together with the planning images, isodose "
                    "distribution and DVHs, and I agree with the evaluation as documented."),
              ("ln", _tpline(c, tlate)),
              ("ln", "Cosignature routing: queued %s -> cosigned %s (attending queue reconciliation, end of "
                     "academic year)" % (c.t["rev_author"].us(), tlate.us()))]
    else:
        b += [("h", "TEACHING PHYSICIAN ATTESTATION"),
              ("p", "I reviewed the isodose display on the planning CT and the DVHs with Dr. %s at the planning "
                    "workstation and agree with the evaluation above. I approve %s for treatment."
                    % (n.split()[-1], p["id"])),
              ("ln", _tpline(c, c.t["rev_att"])),
              ("ln", "Cosignature routing: queued %s -> cosigned %s" % (c.t["rev_author"].us(), c.t["rev_att"].us()))]
    return "Treatment planning note", b, {}


def psqa(c):
    D = c.D
    p = c.plans[0]
    bad = c.trap == "reanalysis"
    vals, comp = c.gamma(p, bad=bad)
    pr, pcred, ptitle = D["phys_res"]
    b = _strip(c, "Patient-Specific IMRT QA Worksheet - Physics Residency Program")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("Plan", "%s (%s)" % (p["id"], D["tps"])),
                     ("Device", "%s cylindrical diode array, absolute dose" % D["qa"]),
                     ("Linac", "BUH-TB3"), ("Measured", c.t["qa_meas"].us()),
                     ("Analysis criteria", "Gamma 3%/2 mm, 10% low-dose threshold, global normalization "
                                           "(departmental policy PHY-114)"),
                     ("Tolerance level", "95% of points passing"), ("Action level", "90% of points passing")]))
    rows = [["Beam", "Points analysed", "Gamma pass (%)", "Dose diff at isocenter (%)"]]
    for bm, v in zip(p["beams"], vals):
        rows.append([bm["id"], str(c.r.randint(880, 1350)), "%.1f" % v, "%+.1f" % (round(c.r.uniform(-1.6, 1.4), 1) + 0.0)])
    rows.append(["Composite", str(c.r.randint(2600, 3800)), "%.1f" % comp, "%+.1f" % (round(c.r.uniform(-1.0, 1.0), 1) + 0.0)])
    b += [("sub", "Results"), ("grid", rows)]
    if bad:
        sv, sc = c.gamma(p, bad=False, salt="/3-3")
        b += [("ln", "Evaluation against action level (3%/2 mm): BELOW ACTION LEVEL - investigate"),
              ("sub", "Supplementary analysis (same measurement file, criteria 3%/3 mm, 10% threshold)"),
              ("grid", [["Beam", "Gamma pass (%)"]] + [[bm["id"], "%.1f" % v] for bm, v in zip(p["beams"], sv)]
               + [["Composite", "%.1f" % sc]]),
              ("sub", "Comments"),
              ("p", "Resident: low pass rates at 3%/2 mm cluster in the high-gradient region at the posterior PTV "
                    "edge. Supplementary analysis at 3%/3 mm run at the request of the supervising physicist. "
                    "Re-measurement not performed."),
              ("p", "Supervising physicist: supplementary analysis acceptable; approved for treatment.")]
    else:
        b += [("ln", "Evaluation against action level (3%/2 mm): PASS - every beam and the composite above tolerance"),
              ("sub", "Comments"), ("p", "No discrepancies. Setup verified with the phantom CBCT before delivery.")]
    b += [("sub", "Sign-off"),
          ("grid", [["Step", "Name", "Credentials / role", "Signature", "Date/time"],
                    ["Measurement and analysis", pr, "%s, %s" % (pcred, ptitle), "e-signed", c.t["qa_res"].us()],
                    ["Supervising physicist approval", D["physicist"][0], "%s, Medical Physicist" % D["physicist"][1],
                     "e-signed", c.t["qa_phys"].us()],
                    ["Attending physician review", _att(c), "MD, Radiation Oncology", "e-signed", c.t["qa_md"].us()]])]
    return "PSQA worksheet", b, {}


def chart_rounds(c):
    D = c.D
    p = c.plans[0]
    b = _strip(c, "Weekly Chart Rounds - New Start Peer Review (patient extract)")
    b.append(("kv", [("Conference", "Chart rounds, %s 12:00" % c.t["rounds"].usd()), ("Patient", c.name_caps),
                     ("MRN", c.mrn), ("Plan", p["id"]), ("Treating attending", "%s, MD" % _att(c)),
                     ("Presented by", "%s, MD (%s)" % (_res(c)[0], _res(c)[2])),
                     ("Fractions delivered at review", "3 (first fraction %s)" % c.t["fx1"].usd())]))
    b += [("grid", [["Item", "Peer finding"],
                    ["Target contours", "Consistent with guideline atlas; no change"],
                    ["Isodose distribution on CT", "Reviewed; conformal"],
                    ["DVH against ordered constraints", "All ordered constraints met"],
                    ["Setup images (CBCT, fractions 1-3)", "Acceptable; shifts within 3 mm"],
                    ["Consensus", "Approved as planned - no change requested"]]),
          ("ln", "Attending physicians present: %s, MD; %s, MD. Residents present: 4. Physics: %s." % (
              D["attending2"][0], _att(c), D["physicist"][0])),
          ("ln", "Peer-review moderator: %s, MD -- signed %s" % (D["attending2"][0], c.t["rounds"].us())),
          ("ln", "Treating attending: %s, MD -- acknowledged %s" % (_att(c), c.t["rounds_ack"].us()))]
    return "Chart rounds", b, {}


def delivery(c):
    D = c.D
    p = c.plans[0]
    lines = ["TREATMENT DELIVERY RECORD (export)       %s" % D["ehr"],
             "Patient: %s   MRN: %s   DOB: %s" % (c.name_caps, c.mrn, c.dob_us),
             "Course: C1 %s      Plan: %s" % (c.S["short"], p["id"]),
             "First fraction: %s" % c.t["fx1"].us(), "",
             "Fx  Date        Treated plan   Beams                MU total  Therapists"]
    for i, d in enumerate(c.fx_dates[:5]):
        lines.append("%-3d %s  %-13s  %-19s  %-8d  DW / KB" % (
            i + 1, d.strftime("%m/%d/%Y"), p["id"], "%s..%s" % (p["beams"][0]["id"], p["beams"][-1]["id"]),
            sum(c.mu(p, bm) for bm in p["beams"])))
    lines += ["(record continues; %d fractions planned)" % p["targets"][0][2], "",
              "Charges posted: 77263, 77290, 77301, 77300 x%d, G6015 per fraction, 77427 weekly, 77336 weekly"
              % len(p["beams"])]
    return "Treatment delivery record", [("fixed", lines)], {}


def otv_late(c):
    n, cred, pgy = _res(c)
    b = _strip(c, "On-Treatment Visit (weekly management) - LATE ENTRY")
    visit = c.t["otv"]
    ent = c.t["otv_entry"]
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us),
                     ("Entry type", "LATE ENTRY for the on-treatment visit of %s; entered %s" % (visit.usd(), ent.us())),
                     ("Reason for late entry", "clinic network outage on the visit date; paper notes transcribed")]))
    ndone = sum(1 for d in c.fx_dates if d <= visit.d)
    b += [("p", "Fractions delivered: %d of %d (first fraction %s). Grade 1 mucositis, grade 1 dermatitis. Weight "
                "84.1 kg (baseline 85.6 kg). Pain controlled with magic mouthwash. CBCT shifts within tolerance. "
                "Weekly cisplatin cycle 1 given." % (ndone, len(c.fx_dates), c.t["fx1"].usd())),
          ("p", "Plan: continue as prescribed; dietitian follow-up next week."),
          ("ln", "Resident: %s, %s, %s (Radiation Oncology) -- e-signed %s" % (n, cred, pgy, ent.us())),
          ("h", "TEACHING PHYSICIAN ATTESTATION"),
          ("p", "I saw the patient during the visit and agree with the resident's documentation."),
          ("ln", _tpline(c, c.t["otv_att"]))]
    return "On-treatment visit", b, {}
