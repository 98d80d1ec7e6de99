"""Bayou Teche (compensator-based IMRT), Tallgrass (independent checks, 77370, adaptive replan) and
Monongahela Valley (physics consults, re-irradiation, 3D course) document builders."""
from nd_world import mdy, mdy_short, dmon, dlong, iso, long, h12, zone, at, add_bd
from nd_text import necessity, tgt_names, rx_text, oar_text, achieved_text, t_us, t_24
from nd_docs_a import pname


# ------------------------------------------------------------------ Bayou Teche (compensators)

def _bt_banner(x):
    return "SYNTHETIC CHART COPY  |  Bayou Teche Radiation Center  |  %s  |  MRN %s  |  DOB %s" % (
        pname(x), x.pt["mrn"], mdy(x.pt["dob"]))


def _bt_sig(x, t):
    return "Signed electronically by %s (Radiation Oncology) on %s @ %s" % (x.c.md.full, mdy(t.date()), t_24(t, x.c.tz))


def _comp_id(x, bm):
    return "BT-%s-%s" % (x.pt["mrn"][-4:], bm["id"])


def bt_consult(x):
    t = x.T["consult"]
    b = [("line", _bt_banner(x)), ("title", "Consultation - Radiation Oncology"),
         ("line", "Date: %s" % mdy(t.date())),
         ("h", "Diagnosis"), ("p", x.s["dx"]),
         ("h", "History and findings"),
         ("p", "Referred after multidisciplinary conference. Performance status ECOG 1. Imaging and pathology reviewed."),
         ("h", "Recommendation"), ("p", "External beam radiotherapy, %s." % rx_text(x.targets)),
         ("h", "Technique and medical necessity"), ("p", necessity(x)),
         ("p", "Intensity modulation will be delivered with a milled brass compensator in each of seven fixed fields."),
         ("space",), ("line", _bt_sig(x, t))]
    return b, dict(footer="Bayou Teche Radiation Center - SYNTHETIC - page {page}")


def bt_rx(x):
    t = x.T["rx"]
    lines = [_bt_banner(x), "",
             "RADIATION PRESCRIPTION",
             "Technique ....... compensator-based IMRT, 7 fixed fields, %s photons" % x.s["energy"],
             "Course .......... 1", ""]
    for n, d, f in x.targets:
        lines.append("Target .......... %s  %.1f Gy in %d fractions, %.2f Gy/fx, daily" % (n, d, f, d / f))
    lines += ["", "Dose constraints for critical structures:"]
    lines += ["  - %s: %s" % o for o in x.oars]
    lines += ["", _bt_sig(x, t)]
    return [("mono", lines)], {}


def bt_plan(x, angles=True):
    c, p = x.c, x.plans[0]
    if angles:
        head = ["Field", "Gantry", "Coll", "Couch", "Energy", "Compensator ID", "Tray", "MU"]
        rows = [[bm["id"], "%d deg" % bm["start"], "0", "0", x.s["energy"], _comp_id(x, bm), "T-2", "%.1f" % mu]
                for bm, mu in zip(p.beams, p.mus)]
    else:
        head = ["Field", "Energy", "Compensator ID", "Tray", "MU"]
        rows = [[bm["id"], x.s["energy"], _comp_id(x, bm), "T-2", "%.1f" % mu] for bm, mu in zip(p.beams, p.mus)]
    b = [("line", _bt_banner(x)), ("title", "Cypress Inverse (invented) - Treatment Plan Report"),
         ("kv", [("Plan", p.name), ("Created", "%s %s" % (mdy(p.created.date()), t_24(p.created))),
                 ("Modulation", "solid brass compensators, one per field; MLC retracted to the field aperture"),
                 ("Targets", rx_text(p.targets)), ("Calculation", "pencil beam with compensator kernel, 3 mm grid")]),
         ("h", "Fields (%d)" % len(p.beams)), ("table", [head] + rows, None),
         ("line", "Plan prepared by %s; physics review %s." % (c.dos.full, c.phys.full))]
    return b, dict(footer="Cypress Inverse (invented) - SYNTHETIC - MRN %s - page {page}" % x.pt["mrn"])


def bt_comp_design(x):
    c, p = x.c, x.plans[0]
    import random
    rnd = random.Random(x.pt["mrn"])
    b = [("line", _bt_banner(x)), ("title", "Compensator Design Record - %s" % p.name),
         ("p", "Milled brass (8.47 g/cm3), designed in the Cypress Inverse compensator module and milled by BrassWorks "
               "Milling (invented). Grid 3.2 mm at isocenter. One unique compensator per field; thickness excerpt is the "
               "central 5 x 5 nodes (mm).")]
    for bm in p.beams:
        mx = round(rnd.uniform(38, 61), 1)
        mn = round(rnd.uniform(2, 7), 1)
        grid = [["", "-6.4", "-3.2", "0", "+3.2", "+6.4"]]
        gx, gy = rnd.uniform(-0.5, 0.5), rnd.uniform(-0.5, 0.5)
        for i, yy in enumerate(("+6.4", "+3.2", "0", "-3.2", "-6.4")):
            row = []
            for j in range(5):
                v = (mn + mx) / 2 + (mx - mn) * (gx * (j - 2) / 2 + gy * (i - 2) / 2) + rnd.uniform(-1.5, 1.5)
                row.append("%.1f" % min(mx, max(mn, v)))
            grid.append([yy] + row)
        b += [("h", "Field %s - compensator %s" % (bm["id"], _comp_id(x, bm))),
              ("line", "Max thickness %.1f mm | min thickness %.1f mm | blank 10.2 x 10.2 x 7.5 cm | mill file %s_%s.mil | checksum %04X"
               % (mx, mn, p.name, bm["id"], rnd.randint(0, 65535))),
              ("table", grid, [40, 50, 50, 50, 50, 50]),
              ("line", "Thickness verification (caliper, 5 points): max deviation %.1f mm - within 0.5 mm" % rnd.uniform(0.1, 0.4))]
    b += [("line", "Designed by: %s" % c.dos.full),
          ("line", "Design approved - Medical Physicist: %s - %s" % (c.phys.full, mdy(p.created.date())))]
    return b, dict(footer="Compensator design record - SYNTHETIC - MRN %s - page {page}" % x.pt["mrn"])


def bt_psqa(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    b = [("line", _bt_banner(x)), ("title", "Patient-Specific QA - Compensator IMRT"),
         ("p", "Plan %s. Measured %s %s on the Tarpon 2D (invented) ion-chamber array at 5 cm depth, each field delivered "
               "with its own brass compensator in the tray, perpendicular to the array (measurement geometry). "
               "Gamma 3%%/3 mm, 10%% threshold; tolerance 95%%, action 90%%." % (p.name, mdy(p.qa.date()), t_24(p.qa, tz))),
         ("table", [["Field", "Compensator", "Chambers", "Gamma pass", "Point dose diff."]] +
          [[bm["id"], _comp_id(x, bm), str(n // 4), "%.1f%%" % r, "%+.1f%%" % (round(0.4 + (r - 98.0) / 3, 1) + 0.0)]
           for bm, r, n in zip(p.beams, p.rates, p.points)], None),
         ("p", "All fields pass; composite %.1f%%. Result: ACCEPTABLE FOR TREATMENT." % comp),
         ("line", "QA performed and approved - Medical Physicist: %s - %s @ %s" % (c.phys.full, mdy(p.qa_phys.date()), t_24(p.qa_phys, tz))),
         ("line", "Reviewed and accepted - Radiation Oncologist: %s - %s @ %s" % (c.md.full, mdy(p.qa_md.date()), t_24(p.qa_md, tz)))]
    return b, {}


def bt_review(x):
    p = x.plans[0]
    b = [("line", _bt_banner(x)), ("title", "Physician Plan Review"),
         ("p", "Plan %s (compensator IMRT, %d fields) created %s." % (p.name, len(p.beams), mdy(p.created.date()))),
         ("p", "Isodose distributions for the compensated fields were reviewed on the planning CT in all three planes, "
               "covering %s and the %s; the 95%% line covers the PTV and the high-dose region stays off the organs at risk."
          % (tgt_names(p.targets), x.s["oar_words"])),
         ("p", "Dose-volume histograms for the target and the organs at risk were reviewed: %s." % achieved_text(x.achieved)),
         ("p", "Plan accepted."), ("line", _bt_sig(x, p.review))]
    return b, {}


def bt_record(x):
    p = x.plans[0]
    f1 = x.T["fx1"].date()
    lines = [_bt_banner(x), "", "TREATMENT DELIVERY RECORD", "First fraction: %s" % mdy(f1), "",
             "Fx  Date        Treated plan   Fields delivered          Dose (Gy)"]
    d = f1
    for k in range(1, 4):
        lines.append("%-3d %-11s %-14s %-25s %.2f" % (k, mdy(d), p.name, "%s-%s (7 compensators)" % (p.beams[0]["id"], p.beams[-1]["id"]),
                                                    k * p.targets[0][1] / p.targets[0][2]))
        d = add_bd(d, 1)
    lines += ["", "Compensator IDs verified at the console before each field (barcode)."]
    return [("mono", lines)], {}


# ------------------------------------------------------------------ Tallgrass (checks, 77370, adaptive)

def _tg_banner(x):
    return "SYNTHETIC | Tallgrass Cancer Institute | Patient: %s | MRN: %s | DOB: %s" % (pname(x, "Lf"), x.pt["mrn"], iso(x.pt["dob"]))


def _tg_sig(x, t):
    return "E-signed by Dr. %s, Radiation Oncology | %s | %s" % (x.c.md.full, iso(t.date()), t_24(t, x.c.tz))


def tg_consult(x):
    t = x.T["consult"]
    b = [("line", _tg_banner(x)), ("title", "Radiation Oncology New Patient Consultation"),
         ("line", "Encounter date %s" % iso(t.date())),
         ("h", "Diagnosis"), ("p", x.s["dx"]),
         ("h", "Assessment"), ("p", "Candidate for definitive chemoradiotherapy; %s." % rx_text(x.targets)),
         ("h", "IMRT"), ("p", necessity(x)),
         ("space",), ("line", _tg_sig(x, t))]
    return b, dict(footer="Tallgrass Cancer Institute | SYNTHETIC | page {page}")


def tg_rx(x, with_oars=True, replan_note=False):
    t = x.T["rx"]
    b = [("line", _tg_banner(x)), ("title", "Radiation Prescription"),
         ("table", [["Target", "Total dose", "Fractions", "Dose per fraction", "Technique"]] +
          [[n, "%.1f Gy" % d, str(f), "%.2f Gy" % (d / f), "VMAT"] for n, d, f in x.targets], None)]
    if with_oars:
        b += [("h", "Critical structure dose constraints"),
              ("table", [["Structure", "Constraint"]] + [[a, v] for a, v in x.oars], None)]
    else:
        b += [("p", "Normal tissue: per planning objectives.")]
    if replan_note:
        b += [("p", "This prescription applies to the initial plan and to any adaptive replan of this course.")]
    b += [("line", _tg_sig(x, t))]
    return b, {}


def tg_objectives(x):
    c = x.c
    t = x.T["rx"]
    t2 = at(add_bd(t.date(), 1), "11:20")
    b = [("line", _tg_banner(x)), ("title", "Planning Objectives Worksheet (dosimetry)"),
         ("p", "Objectives used for inverse optimization of %s." % x.plans[0].name),
         ("table", [["Structure", "Objective", "Priority"]] + [[a, v, str(i + 1)] for i, (a, v) in enumerate(x.oars)], None),
         ("line", "Prepared and signed: %s (Dosimetrist) | %s | %s" % (c.dos.full, iso(t2.date()), t_24(t2, c.tz)))]
    return b, {}


def tg_plan(x):
    c = x.c
    b = [("line", _tg_banner(x)), ("title", "Prairie Vector TPS (invented) - Plan Parameters")]
    for p in x.plans:
        b += [("h", "Plan %s" % p.name),
              ("line", "Created %s %s   Prescription: %s" % (iso(p.created.date()), t_24(p.created), rx_text(p.targets))),
              ("table", [["Arc", "Energy", "Start angle", "Stop angle", "Direction", "Collimator", "Couch", "MU"]] +
               [[bm["id"], x.s["energy"], "%.1f" % bm["start"], "%.1f" % bm["stop"], bm["dir"], "%d" % bm["coll"], "0.0", "%.1f" % mu]
                for bm, mu in zip(p.beams, p.mus)], None)]
        if p.note:
            b.append(("p", p.note))
    b += [("line", "Dosimetry: %s    Physics: %s" % (c.dos.full, c.phys.full))]
    return b, dict(footer="Prairie Vector TPS (invented) export | SYNTHETIC | MRN %s | page {page}" % x.pt["mrn"])


def tg_review(x):
    b = [("line", _tg_banner(x)), ("title", "Physician Plan Review")]
    for p in x.plans:
        b += [("h", "%s" % p.name),
              ("p", "I reviewed the CT-based target and normal-structure contours with the representative isodose distribution "
                    "(110, 100, 95, 70 and 50%%) in transverse, sagittal and coronal views for %s." % p.name),
              ("p", "Dose-volume histograms, targets (%s) and critical structures (%s): %s." %
               (tgt_names(p.targets), x.s["oar_words"], achieved_text(p.achieved or x.achieved))),
              ("line", _tg_sig(x, p.review))]
    return b, {}


def tg_psqa(x, plan_index=0):
    c, p, tz = x.c, x.plans[plan_index], x.c.tz
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    b = [("line", _tg_banner(x)), ("title", "Prism Octa4D (invented) - Pretreatment Delivery QA"),
         ("kv", [("Plan", p.name), ("Measurement", "%s %s" % (iso(p.qa.date()), t_24(p.qa, tz))),
                 ("Phantom", "octagonal rotating ion-chamber array, true composite"),
                 ("Evaluation", "3D gamma 3%/2 mm, 10% low-dose threshold"),
                 ("Levels", "tolerance 95% / action 90%")]),
         ("table", [["Arc", "Voxels", "Gamma pass rate", "Verdict"]] +
          [[bm["id"], str(n * 11), "%.1f%%" % r, "pass"] for bm, r, n in zip(p.beams, p.rates, p.points)] +
          [["Composite", "-", "%.1f%%" % comp, "pass"]], None),
         ("table", [["Sign-off", "Name", "Date", "Time"],
                    ["Physics: measured and approved", c.phys.full, iso(p.qa_phys.date()), t_24(p.qa_phys, tz)],
                    ["Radiation oncology: reviewed and approved", c.md.full, iso(p.qa_md.date()), t_24(p.qa_md, tz)]], None)]
    return b, {}


def tg_physics_consult(x):
    c = x.c
    a, bpl = x.plans[0], x.plans[1]
    tconsult = at(x.T["ct2"].date(), "16:30")
    lines = [_tg_banner(x), "",
             "SPECIAL MEDICAL RADIATION PHYSICS CONSULTATION (77370)",
             "Date: %s" % iso(tconsult.date()),
             "Requested by: %s, after fraction %d" % (c.md.full, x.ct2_fx), "",
             "Reason: weight loss of 6.5 kg since simulation; mask no longer reproducible; cone-beam CT shows the",
             "neck contour shrunk by 8-11 mm. A repeat planning CT was acquired on %s." % iso(x.T["ct2"].date()),
             "Findings: recalculating %s on the repeat CT gives spinal cord Dmax 47.9 Gy projected," % a.name,
             "above the 45 Gy constraint. A new plan (%s) is required for the remaining fractions." % bpl.name, "",
             "Physicist: %s   Signed %s %s" % (c.phys.full, iso(tconsult.date()), t_24(tconsult, c.tz)), "",
             "TREATMENT LOG (excerpt)",
             "Fx   Date        Treated plan"]
    f1 = x.T["fx1"].date()
    lines.append("%-4d %-11s %s" % (1, iso(f1), a.name))
    lines.append("%-4d %-11s %s" % (a.fx_last, iso(add_bd(f1, a.fx_last - 1)), a.name))
    lines.append("%-4d %-11s %s" % (a.fx_last + 1, iso(bpl.fx1_date), bpl.name))
    lines.append("%-4d %-11s %s" % (a.fx_last + 2, iso(add_bd(bpl.fx1_date, 1)), bpl.name))
    lines += ["", "First fraction of the course: %s. %s starts at fraction %d." % (iso(f1), bpl.name, a.fx_last + 1)]
    return [("mono", lines)], {}


def tg_record(x):
    p = x.plans[0]
    f1 = x.T["fx1"].date()
    lines = [_tg_banner(x), "", "TREATMENT LOG", "First fraction: %s" % iso(f1), "", "Fx   Date        Treated plan   Dose"]
    d = f1
    for k in range(1, 4):
        lines.append("%-4d %-11s %-14s %.1f Gy" % (k, iso(d), p.name, k * p.targets[0][1] / p.targets[0][2]))
        d = add_bd(d, 1)
    return [("mono", lines)], {}


# ------------------------------------------------------------------ Monongahela Valley (physics consults)

def _mv_banner(x):
    return "SYNTHETIC - Monongahela Valley Radiation Oncology - %s - MRN %s - DOB %s" % (pname(x, "FL"), x.pt["mrn"], long(x.pt["dob"]))


def _mv_sig(x, t):
    return "Electronically reviewed and signed: %s (Radiation Oncology)   Date: %s   Time: %s" % (
        x.c.md.full, long(t.date()), t_us(t, x.c.tz))


def mv_consult(x, three_d=False):
    t = x.T["consult"]
    lines = [_mv_banner(x), "", "RADIATION ONCOLOGY CONSULTATION", "Date of visit: %s" % long(t.date()), "",
             "DIAGNOSIS: " + x.s["dx"], ""]
    if three_d:
        body = ("PLAN: involved-site radiotherapy to the whole stomach, %s, with a 3D conformal four-field "
                "arrangement (AP, PA and two obliques) planned forward on a 4D-averaged CT. Intensity modulation is not needed "
                "for this target; the 3D conformal plan meets the kidney, liver and heart limits." % rx_text(x.targets))
    else:
        body = ("PLAN: re-irradiation, %s. %s" % (rx_text(x.targets), necessity(x)))
    import textwrap
    lines += textwrap.wrap(body, 96)
    lines += ["", "Consent obtained." if three_d else "Consent obtained after discussion of risks including myelopathy.",
              "", _mv_sig(x, t)]
    return [("mono", lines)], {}


def mv_rx(x, three_d=False):
    t = x.T["rx"]
    b = [("line", _mv_banner(x)), ("title", "Treatment Prescription"),
         ("line", "Technique: %s" % ("3D conformal, four static fields, forward planned" if three_d else "VMAT, 2 arcs (re-irradiation)")),
         ("table", [["Target", "Total", "Fx", "Per fraction", "Energy"]] +
          [[n, "%.1f Gy" % d, str(f), "%.2f Gy" % (d / f), x.s["energy"]] for n, d, f in x.targets], None),
         ("h", "Organ at risk constraints"),
         ("table", [["Organ", "Constraint"]] + [[a, v] for a, v in x.oars], None),
         ("line", _mv_sig(x, t))]
    return b, dict(serif=True, footer="MVRO prescription - SYNTHETIC - page {page}")


def mv_physics_consult(x):
    c = x.c
    t = at(x.T["sim"].date(), "15:10")
    b = [("line", _mv_banner(x)), ("title", "Special Medical Physics Consultation - prior course reconstruction"),
         ("p", "Requested by Dr. Pike to reconstruct the 2022 T2-T6 course (30 Gy in 10 fractions, AP/PA, outside facility "
               "records) on the current simulation CT and define the junction at T6-T7."),
         ("p", "The prior field's inferior border was registered to the T6 vertebral body. Cumulative spinal cord EQD2 "
               "(alpha/beta 2) at the junction is 37.5 Gy from the prior course; the new course is limited to a cord Dmax "
               "of 20 Gy so that the cumulative EQD2 stays under 50 Gy."),
         ("line", "Medical Physicist: %s   Date: %s" % (c.phys.full, long(t.date())))]
    return b, {}


def mv_plan(x, three_d=False):
    c, p = x.c, x.plans[0]
    if three_d:
        head = ["Field", "Type", "Gantry", "Coll", "Couch", "Wedge", "Weight", "MU"]
        rows = [[bm["id"], "static 3D", "%d" % bm["start"], "0", "0", "none" if bm["start"] in (0, 180) else "15 deg",
                 "25%", "%.1f" % mu] for bm, mu in zip(p.beams, p.mus)]
        tech = "3D conformal, forward planned, MLC apertures to the PTV with 7 mm penumbra margin"
    else:
        head = ["Arc", "Type", "Gantry from", "Gantry to", "Rotation", "Coll", "Couch", "MU"]
        rows = [[bm["id"], "VMAT", "%d" % bm["start"], "%d" % bm["stop"], bm["dir"], "%d" % bm["coll"], "0", "%.1f" % mu]
                for bm, mu in zip(p.beams, p.mus)]
        tech = "volumetric modulated arc therapy, inverse optimized"
    b = [("line", _mv_banner(x)), ("title", "Alleghenia Plan (invented) - Plan Report"),
         ("line", "Plan %s | created %s %s | %s" % (p.name, long(p.created.date()), h12(p.created), tech)),
         ("line", "Prescription: %s" % rx_text(p.targets)),
         ("table", [head] + rows, None),
         ("line", "Dosimetrist: %s    Physics check: %s" % (c.dos.full, c.phys.full))]
    return b, dict(serif=True)


def mv_review(x, three_d=False):
    p = x.plans[0]
    b = [("line", _mv_banner(x)), ("title", "Physician Treatment Plan Review")]
    if three_d:
        b += [("p", "Four-field 3D conformal plan %s reviewed on the planning CT with the 95%% and 50%% isodose lines over the "
                    "stomach PTV, kidneys and liver." % p.name),
              ("p", "DVH of the PTV and the kidneys, liver and heart reviewed: %s." % achieved_text(x.achieved))]
    else:
        b += [("p", "Planning CT with the registered prior-course dose reviewed; isodose lines 100/95/50% and the prior field "
                    "edge displayed on axial and sagittal images of the target and spinal cord."),
              ("p", "Dose-volume histograms of PTV_3000, spinal cord, esophagus and lungs reviewed: %s." % achieved_text(x.achieved))]
    b += [("p", "Approved for treatment."), ("line", _mv_sig(x, p.review))]
    return b, {}


def mv_psqa(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    b = [("line", _mv_banner(x)), ("title", "Cylindra 1200 (invented) - Patient QA Report"),
         ("line", "Plan %s | delivered %s at %s | cylindrical diode array | gamma 2%%/2 mm local, 10%% threshold" %
          (p.name, long(p.qa.date()), t_us(p.qa, tz))),
         ("line", "Tolerance 95% / action 90%"),
         ("table", [["Arc", "Diodes", "Pass rate", "Pass/Fail"]] +
          [[bm["id"], str(n // 2), "%.1f%%" % r, "Pass"] for bm, r, n in zip(p.beams, p.rates, p.points)], None),
         ("line", "Composite %.1f%%: PASS" % comp),
         ("line", "Physics verification signed: %s   Date: %s   Time: %s" % (c.phys.full, long(p.qa_phys.date()), t_us(p.qa_phys, tz))),
         ("line", "Radiation oncology verification signed: %s   Date: %s   Time: %s" % (c.md.full, long(p.qa_md.date()), t_us(p.qa_md, tz)))]
    return b, {}


def mv_mucheck(x):
    c, p = x.c, x.plans[0]
    b = [("line", _mv_banner(x)), ("title", "Independent Monitor Unit Check - 3D conformal plan"),
         ("table", [["Field", "Gantry", "TPS MU", "Hand calc MU", "Diff."]] +
          [[bm["id"], "%d" % bm["start"], "%.1f" % mu, "%.1f" % (mu * 0.992), "-0.8%"] for bm, mu in zip(p.beams, p.mus)], None),
         ("p", "Point-dose calculation per field at the isocenter; no measurement is required for a 3D conformal plan."),
         ("line", "Checked: %s   Date: %s" % (c.phys.full, long(p.created.date())))]
    return b, {}


def mv_record(x, code="G6015"):
    p = x.plans[0]
    f1 = x.T["fx1"].date()
    lines = [_mv_banner(x), "", "DELIVERY RECORD AND CHARGES", "First fraction: %s" % long(f1), "",
             "Fx  Date              Treated plan     Delivery code"]
    d = f1
    for k in range(1, 4):
        lines.append("%-3d %-17s %-16s %s" % (k, mdy(d), p.name, code))
        d = add_bd(d, 1)
    plan_code = "77295 (3D plan)" if code != "G6015" else "77301 (IMRT plan)"
    lines += ["", "Planning charge: %s, date of service %s" % (plan_code, mdy(p.created.date()))]
    return [("mono", lines)], {}
