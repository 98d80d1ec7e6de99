"""novel_b builders, part A: Prairie Bend (iKM-style notes, Plainsview TPS, Delta4-style variant),
Cumberland Gap (Greenway-style notes, typed Rx form, TomoTherapy-style helical, cheese-phantom DQA),
Big Horn Basin (Practice Fusion-style DOCX, Trillium Planner TXT, ArcCHECK-style with approval at the top).

Each builder returns (blocks, render_options)."""
from nb_common import necessity, rx_rows, rx_words, oar_rows, got_text, ap, hm
from nb_world import fmt

SYN = "SYNTHETIC - invented patient, invented clinic, not a medical record"


# =============================================================================================== Prairie Bend
def _pb_head(x, title):
    c, p = x.c, x.p
    return [("line", "PRAIRIE BEND RADIATION ONCOLOGY  |  Kearney, Nebraska  |  " + SYN),
            ("line", "%s    DOB %s (%d y)    Sex %s    MRN %s" % (p.caps, c.d(p.dob), p.age(x.T["consult"]), p.sex, p.mrn)),
            ("title", title)]


def _pb_sig(x, key, who=None):
    c = x.c
    d, t = x.T[key], x.tm[key]
    who = who or c.md.full
    return "Electronically signed and locked by %s on %s %s %s" % (who, c.d(d), ap(t), c.z(d))


def pb_consult(x):
    c, p, s = x.c, x.p, x.s
    b = _pb_head(x, "Radiation Oncology - New Patient Consultation")
    b += [("line", "Visit type: RO New Patient | Date of service: %s | Location: Kearney main | Provider: %s" % (c.d(x.T["consult"]), c.md.full)),
          ("h", "Reason for Visit"),
          ("p", "Evaluation for definitive radiation therapy. Diagnosis: %s (%s)." % (s["dx"], s["icd"])),
          ("h", "History of Present Illness"),
          ("p", "%s is a %d-year-old referred by the primary care clinic after staging was completed. %s has no prior pelvic or head and neck irradiation and no connective tissue disease. ECOG 0-1." % (p.fl, p.age(x.T["consult"]), p.they.capitalize())),
          ("h", "Assessment"),
          ("p", "Candidate for definitive external beam radiation to the %s." % s["area"]),
          ("h", "Treatment Rationale"),
          ("p", necessity(x)),
          ("h", "Plan"),
          ("p", "CT simulation with daily cone-beam CT guidance. Prescription: %s. Treatment order to follow after contours are approved." % rx_words(x)),
          ("blank",),
          ("line", _pb_sig(x, "consult"))]
    return b, dict(footer="iKM-style oncology EHR export | Prairie Bend Radiation Oncology | SYNTHETIC")


def pb_order(x):
    c = x.c
    b = _pb_head(x, "Radiation Therapy Order")
    b += [("line", "Order status: Active    Course: C1    Site: %s" % x.s["area"]),
          ("h", "Dose prescription"),
          ("grid", rx_rows(x, ("Target volume", "Dose/fraction", "Fractions", "Total")), [150, 110, 80, 90]),
          ("line", "Technique: IMRT (inverse planned, step-and-shoot, static gantry positions)    Energy: per plan"),
          ("h", "Normal tissue dose constraints (plan must meet)"),
          ("grid", oar_rows(x, ("Structure", "Constraint")), [170, 290]),
          ("line", "Image guidance: daily CBCT, fiducial-free soft tissue match"),
          ("blank",),
          ("line", "Order signed by: %s | %s %s %s" % (c.md.full, c.d(x.T["rx"]), ap(x.tm["rx"]), c.z(x.T["rx"])))]
    return b, dict(footer="iKM-style oncology EHR export | orders | SYNTHETIC")


def pb_plan(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    b = [("line", "Plainsview TPS 4.1 (invented product) - " + SYN),
         ("title", "Plan Summary - Step & Shoot IMRT"),
         ("plain", [["Patient", "%s %s" % (p.family.upper(), p.given.upper()), "Patient ID", p.mrn],
                    ["Plan", x.plan_name, "Machine", "Linac 2 (160-leaf MLC)"],
                    ["Plan created", "%s %s" % (fmt(T["plan"], "ymd-slash"), hm(x.tm["plan"])), "Plan status", "Physics checked"]],
          [70, 150, 70, 170]),
         ("h", "Prescription"),
         ("p", "; ".join("%s: %.2f Gy in %d fractions (%.2f Gy per fraction), normalized so that 95%% of the target receives the prescription" % (n, d, f, d / f) for n, d, f in s["targets"])),
         ("h", "Plan objectives and results")]
    rows = [["Structure", "Objective (from order)", "Plan value"]]
    got = dict(s["got"])
    for o, con in s["oar"]:
        rows.append([o, con, next((v for k, v in s["got"] if k.split()[0] == o.split()[0]), "-")])
    b.append(("grid", rows, [150, 170, 170]))
    b.append(("h", "Beams"))
    for i, (bm, mu) in enumerate(zip(s["beams"], x.mus)):
        _, bid, g, coll, couch, mv = bm
        b.append(("pre", ["Beam %d  [%s]" % (i + 1, bid),
                          "   Gantry angle ........ %5.1f deg" % g,
                          "   Collimator .......... %5.1f deg" % coll,
                          "   Couch ............... %5.1f deg" % couch,
                          "   Energy .............. %d MV" % mv,
                          "   Segments ............ %d" % x.segs[i],
                          "   Monitor units ....... %.1f" % mu]))
    b += [("p", "Total: %d static gantry positions, %d segments, %.1f MU." % (len(s["beams"]), sum(x.segs[:len(s["beams"])]), sum(x.mus[:len(s["beams"])]))),
          ("h", "Plan sign-off"),
          ("line", "Planner: %s  %s %s" % (c.dosim.full, fmt(T["plan"], "ymd-slash"), hm(x.tm["plan"]))),
          ("line", "Physics plan check: %s  %s 17:02" % (c.phys.full, fmt(T["plan"], "ymd-slash")))]
    return b, dict(footer="Plainsview TPS plan summary | MRN %s | SYNTHETIC" % p.mrn)


def pb_note(x):
    c, s = x.c, x.s
    oars = s["oars_named"]
    ang = ", ".join("%d" % bm[2] for bm in s["beams"])
    b = _pb_head(x, "Treatment Planning Note (physician)")
    b += [("line", "Date of service: %s | Provider: %s" % (c.d(x.T["review"]), c.md.full)),
          ("h", "Plan"),
          ("p", "%s (Plainsview), created %s, physics checked. %d coplanar static IMRT fields at gantry %s degrees." % (x.plan_name, c.d(x.T["plan"]), len(s["beams"]), ang)),
          ("h", "Isodose review"),
          ("p", "On the simulation CT (axial, coronal and sagittal) I checked the 105, 100, 95 and 50 percent isodose surfaces against the PTV and against %s. Coverage is conformal and the hot spot sits inside the target." % oars),
          ("h", "Dose-volume histograms"),
          ("p", "Cumulative DVHs for the target and for each organ at risk were examined. %s. All order constraints are met." % got_text(x)),
          ("p", "The plan is approved for treatment."),
          ("blank",),
          ("line", _pb_sig(x, "review"))]
    return b, dict()


def pb_qa(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    md_key = "qa_md_early" if x.opts.get("qa_md_early") else "qa_md"
    rows = [["Beam", "Gantry", "Dose dev. pass (3%)", "DTA pass (2 mm)", "Gamma pass (3%/2 mm)", "Median dose dev.", "Status"]]
    for i, bm in enumerate(s["beams"]):
        rows.append([bm[1], "%d" % bm[2], "%.1f%%" % x.rates[i + 6], "%.1f%%" % x.rates[i + 12], "%.1f%%" % x.rates[i], "%+.1f%%" % x.devs[i], "Pass"])
    comp = round(sum(x.rates[:len(s["beams"])]) / len(s["beams"]), 1)
    rows.append(["Composite", "-", "-", "-", "%.1f%%" % comp, "%+.1f%%" % x.devs[-1], "Pass"])
    b = [("line", "Delta4-style Phantom+ verification software - " + SYN),
         ("title", "Treatment Plan Verification - Summary"),
         ("plain", [["Patient", p.lf, "MRN", p.mrn],
                    ["Plan", x.plan_name, "Treatment unit", "Linac 2"],
                    ["Measured", "%s %s" % (c.d(T["qa"]), hm(x.tm["qa"])), "Phantom", "biplanar diode phantom, 1069 diodes"],
                    ["Daily output correction", "1.004 (applied)", "Dose calculation", "Plainsview, 2.5 mm grid"]],
          [110, 130, 90, 150]),
         ("h", "Acceptance criteria"),
         ("p", "Gamma 3% (global) / 2 mm with a 20% low-dose threshold. Tolerance: at least 95% of detector points passing. Action level: below 90%."),
         ("grid", rows, [60, 45, 75, 70, 80, 70, 45]),
         ("line", "Overall verification result: PASS"),
         ("h", "Sign-off"),
         ("line", "Measured by: %s  %s %s" % (c.rtt.full, c.d(T["qa"]), hm(x.tm["qa"]))),
         ("line", "Approved (physics): %s  %s %s %s" % (c.phys.full, c.d(T["qa"]), hm(x.tm["qa_phys"]), c.z(T["qa"]))),
         ("line", "Reviewed (radiation oncology): %s  %s %s %s" % (c.md.full, c.d(T[md_key]), hm(x.tm[md_key]), c.z(T[md_key])))]
    return b, dict(footer="Delta4-style PTV report | %s | MRN %s | SYNTHETIC" % (x.plan_name, p.mrn))


def pb_record(x):
    c, p = x.c, x.p
    lines = ["PRAIRIE BEND RADIATION ONCOLOGY - TREATMENT COURSE SUMMARY          " + "SYNTHETIC",
             "%s   MRN %s   DOB %s" % (p.caps, p.mrn, c.d(p.dob)),
             "Course C1   Plan %s   Prescription %s" % (x.plan_name, rx_words(x)),
             "First fraction: %s" % c.d(x.T["fx1"]),
             "",
             "Fx   Date          Treated plan     MU      Imaging   Therapists"]
    d = x.T["fx1"]
    from nb_world import add_bd
    for i in range(1, 6):
        lines.append("%-4d %-13s %-16s %-7.1f %-9s %s" % (i, c.d(d), x.plan_name, x.total_mu, "CBCT", "JR / TB"))
        d = add_bd(d, 1)
    lines += ["...", "Record printed from the R&V system by the therapy team; no physician content."]
    return [("pre", lines)], dict()


# =============================================================================================== Cumberland Gap
def _cg_head(x, kind):
    c, p = x.c, x.p
    return [("line", "Cumberland Gap Regional Medical Center - Outpatient Radiation Oncology (hospital outpatient department)"),
            ("line", SYN),
            ("line", "%s | Greenway-style EHR export" % kind),
            ("line", "Patient: %s    MRN: %s    DOB: %s    Sex: %s" % (p.lf, p.mrn, p.dob.strftime("%m-%d-%Y"), p.sex))]


def _cg_signed(x, key):
    c = x.c
    d = x.T[key]
    return "Signed: %s  %s %s %s" % (c.md.full, c.d(d), hm(x.tm[key]), c.z(d))


def cg_consult(x):
    c, p, s = x.c, x.p, x.s
    b = _cg_head(x, "Clinical Note")
    b += [("line", "Encounter date: %s    Rendering provider: %s    Place of service: 22" % (c.d(x.T["consult"]), c.md.full)),
          ("title", "Radiation Oncology Consultation"),
          ("h", "Chief complaint"), ("p", "Referred for radiation therapy. %s (%s)." % (s["dx"], s["icd"])),
          ("h", "History"), ("p", "%s is a %d-year-old from Bell County who completed staging at our hospital. No prior radiation. Lives 40 minutes from the center and prefers to be treated locally." % (p.fl, p.age(x.T["consult"]))),
          ("h", "Assessment and plan"),
          ("p", "Recommend radiation to the %s: %s, helical IMRT with daily MVCT." % (s["area"], rx_words(x))),
          ("p", necessity(x)),
          ("blank",),
          ("line", _cg_signed(x, "consult"))]
    return b, dict()


def cg_rx(x):
    c, p, s = x.c, x.p, x.s
    L = ["CUMBERLAND GAP REGIONAL MEDICAL CENTER - RADIATION ONCOLOGY        SYNTHETIC (invented record)",
         "TYPED PRESCRIPTION FORM (RO-RX1) - completed and e-signed in the hospital EHR",
         "Patient: %s   MRN: %s   DOB: %s" % (p.caps, p.mrn, p.dob.strftime("%m-%d-%Y")),
         "",
         "RADIATION THERAPY PRESCRIPTION",
         "Site ............ %s" % s["area"],
         "Technique ....... Helical IMRT (TomoTherapy-style), daily MVCT",
         ""]
    for n, d, f in s["targets"]:
        L.append("Rx .............. %s  %.1f Gy / %d fx / %.2f Gy per fx" % (n, d, f, d / f))
    L += ["", "Normal tissue constraints:"]
    for o, con in s["oar"]:
        L.append("   - %-26s %s" % (o, con))
    L += ["", "Prescribing physician: /s/ %s (electronically signed)    Date: %s  %s" % (c.md.full, c.d(x.T["rx"]), hm(x.tm["rx"]))]
    return [("pre", L)], dict()


def cg_plan(x):
    c, p, s = x.c, x.p, x.s
    h = s["helical"]
    T = x.T
    b = [("line", "TomoTherapy-style Treatment Planning Station - Plan Report - " + SYN),
         ("title", "Helical Treatment Plan Report"),
         ("grid", [["Patient name", p.caps, "Patient ID", p.mrn],
                   ["Plan name", x.plan_name, "Plan status", "Approved (physics)"],
                   ["Delivery type", "Helical", "Plan date", c.d(T["plan"])]], [80, 160, 70, 140]),
         ("h", "Prescription"),
         ("p", "; ".join("%s: %.1f Gy to 95%% of the volume in %d fractions" % (n, d, f) for n, d, f in s["targets"])),
         ("h", "Optimization objectives")]
    rows = [["Region of interest", "Role", "Objective", "Importance"]]
    for n, d, f in s["targets"]:
        rows.append([n, "Target", "D95 >= %.1f Gy; Dmax <= %.1f Gy" % (d, d * 1.07), "100"])
    for o, con in s["oar"]:
        rows.append([o, "OAR", con, "40"])
    b.append(("grid", rows, [150, 50, 210, 60]))
    if x.opts.get("plan_stats", True) and s.get("got"):
        b += [("h", "Dose statistics (final dose)"),
              ("grid", [["Region of interest", "Result"]] + [[o, v] for o, v in s["got"]], [150, 300])]
    b += [("h", "Beam delivery"),
          ("plain", [["Field width", h["fw"]], ["Pitch", h["pitch"]], ["Modulation factor", h["mf"]],
                     ["Gantry period", h["period"]], ["Projections per rotation", str(h["proj"])],
                     ["Number of gantry rotations", h["rotations"]], ["Start gantry angle", h["start"]],
                     ["Couch travel", h["couch"]]], [150, 250]),
          ("p", "Beam arrangement: one helical beam - %s continuous 360-degree gantry rotations, starting at gantry %s, %d projections per rotation, delivered while the couch travels %s." % (h["rotations"], h["start"], h["proj"], h["couch"])),
          ("h", "Approvals"),
          ("line", "Dosimetrist: %s    %s %s" % (c.dosim.full, c.d(T["plan"]), hm(x.tm["plan"]))),
          ("line", "Physics approval: %s    %s 17:05" % (c.phys.full, c.d(T["plan"])))]
    return b, dict(footer="TomoTherapy-style plan report | MRN %s | SYNTHETIC" % p.mrn)


def cg_review(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    b = _cg_head(x, "Form RO-PR2")
    b += [("title", "Physician Treatment Plan Review"),
          ("line", "Plan: %s (helical)    Plan date: %s" % (x.plan_name, c.d(T["plan"])))]
    dvh = ("DVHs for %s and %s reviewed. " % (", ".join(t[0] for t in s["targets"]), s["oars_named"])) + \
          (got_text(x) + "." if s.get("got") else "Target coverage and every OAR objective on the prescription are achieved.")
    rows = [["Review item", "Response", "Comment"],
            ["Planning CT reviewed with isodose distribution overlaid (axial, coronal, sagittal), target and all critical structures", "Yes",
             "100%% and 95%% lines conform to the target; 50%% line falls off before %s" % s["oars_named"].split(",")[0].replace("the ", "")],
            ["Dose-volume histograms reviewed for all targets and organs at risk", "Yes", dvh],
            ["Helical delivery parameters reviewed (field width, pitch, rotations)", "Yes", "%s rotations" % s["helical"]["rotations"]],
            ["Plan approved for treatment", "Yes", ""]]
    b.append(("grid", rows, [200, 55, 235]))
    b.append(("blank",))
    if x.opts.get("review_blank"):
        b += [("line", "Physician signature: ______________________________    Date: ______________"),
              ("line", "(form printed %s %s for physician signature)" % (c.d(T["review"]), hm(x.tm["review"])))]
    else:
        b += [("line", "Physician signature: %s (e-signed)    Date: %s %s %s" % (c.md.full, c.d(T["review"]), hm(x.tm["review"]), c.z(T["review"])))]
    return b, dict(footer="Form RO-PR2 rev 2024 | MRN %s | SYNTHETIC" % p.mrn)


def cg_dqa(x):
    c, p = x.c, x.p
    T = x.T
    pts = [["Chamber position", "Planned (Gy)", "Measured (Gy)", "Difference", "Tolerance"]]
    for i, (lab, g) in enumerate([("High-dose region (isocenter, A1SL)", 2.0), ("Low-gradient OAR region (+1.5 cm)", 1.43)]):
        m = round(g * (1 + x.devs[i] / 100.0), 3)
        pts.append([lab, "%.3f" % g, "%.3f" % m, "%+.1f%%" % x.devs[i], "+/-3%"])
    b = [("line", "Helical DQA - cylindrical 'cheese' phantom, A1SL ion chamber + EBT3 film - " + SYN),
         ("title", "Delivery Quality Assurance (DQA) Report"),
         ("grid", [["Patient", p.lf, "MRN", p.mrn], ["Plan", x.plan_name, "DQA plan", x.plan_name + "_DQA"],
                   ["Measured", "%s %s" % (c.d(T["qa"]), hm(x.tm["qa"])), "Phantom", "cylindrical solid water, 30 cm"]], [60, 150, 60, 170]),
         ("h", "Point dose (ion chamber)"),
         ("grid", pts, [170, 70, 75, 65, 60]),
         ("h", "Film (EBT3, coronal plane through isocenter)"),
         ("p", "Absolute dose gamma 3%%/3 mm, 10%% threshold: %.1f%% of points passing. Tolerance 95%%; action level 90%%." % x.rates[0]),
         ("line", "DQA result: PASS - plan may be treated"),
         ("h", "Signatures"),
         ("line", "Physicist: %s    Signed: %s %s" % (c.phys.full, c.d(T["qa"]), hm(x.tm["qa_phys"]))),
         ("line", "Physician: %s    Signed: %s %s" % (c.md.full, c.d(T["qa_md"]), hm(x.tm["qa_md"])))]
    return b, dict(footer="DQA report | MRN %s | SYNTHETIC" % p.mrn)


def cg_weekly(x):
    c, p, s = x.c, x.p, x.s
    from nb_world import add_bd
    f1 = x.T["fx1"]
    tot = s["targets"][0][1] / s["targets"][0][2]
    rows = [["Week", "Date checked", "Fractions", "Cumulative dose (%s)" % s["targets"][0][0], "Findings", "Physicist"]]
    for w in range(1, 3):
        d = add_bd(f1, 5 * w - 1)
        rows.append([str(w), c.d(d), "%d-%d" % (5 * w - 4, 5 * w), "%.1f Gy" % (tot * 5 * w), "MVCT daily, shifts < 3 mm, no errors", "DAR"])
    b = [("line", "Cumberland Gap Regional Medical Center - Radiation Oncology Physics - " + SYN),
         ("title", "Physics Weekly Chart Check (helical IMRT)"),
         ("line", "Patient: %s    MRN: %s    Plan: %s" % (p.lf, p.mrn, x.plan_name)),
         ("line", "First fraction: %s" % c.d(f1)),
         ("grid", rows),
         ("line", "Reviewed by: %s    %s" % (c.phys.full, c.d(add_bd(f1, 9))))]
    return b, dict()


# =============================================================================================== Big Horn Basin
def _bh_head(x, kind):
    c, p = x.c, x.p
    return [("line", "Big Horn Basin Radiation Center | 1702 Sheridan Ave, Cody, WY | " + SYN),
            ("title", kind),
            ("grid", [["Patient", p.fl, "DOB", fmt(p.dob, "mdy")], ["Chart ID (MRN)", p.mrn, "Provider", c.md.full]])]


def _bh_sig(x, key):
    c = x.c
    d = x.T[key]
    return "Signed by %s on %s at %s %s" % (c.md.full, c.d(d), ap(x.tm[key]), c.z(d))


def bh_consult(x):
    c, p, s = x.c, x.p, x.s
    b = _bh_head(x, "Encounter Note - New Patient (Radiation Oncology)")
    b += [("line", "Encounter: %s - office visit" % c.d(x.T["consult"])),
          ("h", "Subjective"), ("p", "%s, %d, comes from Powell for a radiation opinion. %s (%s)." % (p.fl, p.age(x.T["consult"]), s["dx"], s["icd"])),
          ("h", "Objective"), ("p", "KPS 80. Examination as documented in the flowsheet. Imaging and pathology reviewed."),
          ("h", "Assessment"), ("p", necessity(x)),
          ("h", "Plan"), ("p", "Radiation to the %s, %s, with modulated arcs and daily cone-beam CT. Simulation next week." % (s["area"], rx_words(x))),
          ("blank",), ("line", _bh_sig(x, "consult"))]
    return b, dict()


def bh_rx(x):
    c, s = x.c, x.s
    b = _bh_head(x, "Radiation Prescription")
    b += [("line", "Course 1 - %s - technique: VMAT (inverse-planned IMRT)" % s["area"]),
          ("grid", rx_rows(x, ("Target", "Dose/fx", "Fractions", "Total dose")))]
    if s.get("oar"):
        b += [("h", "Dose constraints for critical structures"),
              ("grid", [["Structure", "Constraint", "Priority"]] + [[o, con, "1" if i < 2 else "2"] for i, (o, con) in enumerate(s["oar"])])]
    else:
        b += [("p", "Normal structures: to be evaluated on the plan's dose statistics at plan review.")]
    b += [("blank",), ("line", _bh_sig(x, "rx"))]
    return b, dict()


def bh_plan(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    L = ["TRILLIUM PLANNER 6.2 (invented product) - PLAN EXPORT                     SYNTHETIC",
         "PATIENT   %-28s ID %s" % (p.caps, p.mrn),
         "PLAN      %-14s STATUS PHYSICS CHECKED   CREATED %s %s" % (x.plan_name, fmt(T["plan"], "ymd-slash"), hm(x.tm["plan"])),
         ""]
    for n, d, f in s["targets"]:
        L.append("RX        %-16s %6.2f Gy / %2d fx  (%.2f Gy/fx)  normalized D95" % (n, d, f, d / f))
    L.append("")
    if s.get("oar"):
        L.append("OBJECTIVES                       GOAL                              ACHIEVED")
        gotd = s["got"]
        for o, con in s["oar"]:
            ach = next((v for k, v in gotd if k.split()[0] == o.split()[0]), "-")
            L.append("  %-30s %-33s %s" % (o, con, ach))
    else:
        L.append("DOSE STATISTICS (final dose; no objectives exported)")
        for o, v in s["got"]:
            L.append("  %-34s %s" % (o, v))
    L += ["", "ARCS",
          "  ID     ENERGY  GANTRY START -> STOP  DIR   COLL  COUCH     MU"]
    for bm, mu in zip(s["beams"], x.mus):
        _, bid, st, sp, d, coll, couch, mv = bm
        L.append("  %-6s %2d MV   %5.1f -> %5.1f         %-4s  %4d  %5d  %6.1f" % (bid, mv, st, sp, d, coll, couch, mu))
    L += ["", "PLANNER   %s   %s %s" % (c.dosim.full, fmt(T["plan"], "ymd-slash"), hm(x.tm["plan"])),
          "PHYSICS   %s   %s 17:05" % (c.phys.full, fmt(T["plan"], "ymd-slash"))]
    return [("pre", L)], dict()


def bh_eval(x):
    c, s = x.c, x.s
    b = _bh_head(x, "Physician Plan Evaluation")
    b += [("line", "Plan %s created %s - evaluated %s" % (x.plan_name, c.d(x.T["plan"]), c.d(x.T["review"]))),
          ("h", "Dose distribution on the planning images"),
          ("p", "The dose was evaluated on every axial CT slice through the target and in coronal and sagittal planes, displayed as isodose lines (107/100/95/80/50%%) over the PTV and %s. The prescription isodose wraps the target; no hot spot lies outside it." % s["oars_named"]),
          ("h", "DVH"),
          ("p", "Dose-volume histograms for every target and critical structure reviewed: %s." % got_text(x)),
          ("p", "Acceptable. Approved for treatment."),
          ("blank",), ("line", _bh_sig(x, "review"))]
    return b, dict()


def bh_qa(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    rows = [["Arc", "Total points", "Passed", "Failed", "% Passed"]]
    tp, tpass = 0, 0
    for i, bm in enumerate(s["beams"]):
        n = x.points[i]
        ok = int(round(n * x.rates[i] / 100.0))
        rows.append([bm[1], str(n), str(ok), str(n - ok), "%.1f" % (100.0 * ok / n)])
        tp += n
        tpass += ok
    rows.append(["Composite", str(tp), str(tpass), str(tp - tpass), "%.1f" % (100.0 * tpass / tp)])
    b = [("line", "ArcCHECK-style cylindrical diode array - patient QA summary - " + SYN),
         ("title", "Patient-Specific IMRT QA"),
         ("h", "Approval"),
         ("line", "Approved by physicist: %s   %s %s %s" % (c.phys.full, c.d(T["qa"]), hm(x.tm["qa_phys"]), c.z(T["qa"]))),
         ("line", "Approved by radiation oncologist: %s   %s %s %s" % (c.md.full, c.d(T["qa_md"]), hm(x.tm["qa_md"]), c.z(T["qa_md"]))),
         ("h", "Measurement"),
         ("plain", [["Patient", p.lf, "MRN", p.mrn], ["Plan", x.plan_name, "Measured", "%s %s" % (c.d(T["qa"]), hm(x.tm["qa"]))],
                    ["Analysis", "absolute dose, 3%/2 mm global, 10% threshold", "Criterion", ">= 95% passing (action level 90%)"]], [55, 190, 55, 170]),
         ("grid", rows, [80, 80, 70, 60, 70]),
         ("line", "Result: PASS (composite and every arc at or above 95%)")]
    return b, dict(footer="ArcCHECK-style QA | MRN %s | SYNTHETIC" % p.mrn)


def bh_log(x):
    c, p = x.c, x.p
    from nb_world import add_bd
    L = ["BIG HORN BASIN RADIATION CENTER - TREATMENT HISTORY (R&V)        SYNTHETIC",
         "%s   MRN %s" % (p.caps, p.mrn), "",
         "Fx  Date                   Treated plan   Arcs   MU      Therapists"]
    d = x.T["fx1"]
    for i in range(1, 6):
        L.append("%-3d %-22s %-14s %-6d %-7.1f MD/SW" % (i, fmt(d, "mdy"), x.plan_name, len(x.s["beams"]), x.total_mu))
        d = add_bd(d, 1)
    L.append("(continues)")
    return [("pre", L)], dict()
