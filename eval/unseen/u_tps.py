"""Treatment-planning-system style plan reports (all '-style' imitations; no vendor export is copied)."""
from u_render import Doc
from u_people import (mdy, mdy2, iso, hm, hm4, dmon, short_us, long_us, ampm, tz_abbr, iso_t, vista, at, add)
from u_text import constraint_rows, _g

SYN = "SYNTHETIC TEST RECORD - fictitious patient"


def _cgy(x):
    return "%d" % round(x * 100)


def pin_objective(s, m, lim):
    """Pinnacle-like objective row from a site constraint."""
    val = lim.replace("<", "").strip()
    if m.startswith("V"):
        dose = m[1:].replace("Gy", "")
        return [s, "Max DVH", _cgy(float(dose)), val]
    if m.startswith("D0.") or m.startswith("D1cc"):
        return [s, "Max DVH (%s)" % m[1:], _cgy(float(val.split()[0])), "-"]
    if m == "Dmean":
        return [s, "Max Mean Dose", _cgy(float(val.split()[0])), "-"]
    return [s, "Max Dose", _cgy(float(val.split()[0])), "-"]


def _beam_rows_arc(site):
    return [[b.bid, "VMAT arc", "%.1f" % b.start, "%.1f" % b.stop, b.rot, "%.0f" % b.coll, "%.0f" % b.couch, b.energy,
             str(b.mu)] for b in site.beams]


def _beam_rows_static(site, seg=True):
    return [[b.bid, "IMRT (static MLC)", "%.0f" % b.gantry, "%.0f" % b.coll, "%.0f" % b.couch, b.energy,
             str(b.segments) if seg else "-", str(b.mu)] for b in site.beams]


# ------------------------------------------------------------------ Halcyon / Eclipse variant (Tamarack)
def halcyon_plan(ctx, plan_id, objectives=True):
    s, pt, z = ctx.site, ctx.pt, ctx.clinic.zone
    tp = ctx.t["plan"]
    bl = [("band", "Plan Summary - Halcyon-style ring-gantry plan (Eclipse-style variant)   |   SYNTHETIC"),
          ("kv", [("Patient", pt.caps()), ("Patient ID", pt.mrn), ("Date of birth", mdy(pt.dob)),
                  ("Course / Plan", "C1 / %s" % plan_id), ("Machine", "HAL-TMK1 (6X-FFF, dual-layer MLC)"),
                  ("Plan status", "Planning Approved"),
                  ("Calculated", "%s %s %s" % (mdy(tp.date()), hm(tp), tz_abbr(tp, z)))]),
          ("h", "Dose Prescription"),
          ("table", [["Target", "Total dose", "Fractions", "Dose / fraction", "Normalisation"]] +
           [[tg.name, "%s Gy" % _g(tg.dose), str(tg.fx), "%.2f Gy" % tg.per_fx, "100% covers 95% of target"]
            for tg in s.targets], {"widths": [0.22, 0.16, 0.14, 0.18, 0.30]})]
    if objectives:
        bl += [("h", "Plan Objectives (optimisation limits, organs at risk)"),
               ("table", [["Structure", "Objective", "Limit", "Priority"]] +
                [[a, m, lim, "100" if i < 2 else "80"] for i, (a, m, lim) in enumerate(s.constraints)],
                {"widths": [0.34, 0.22, 0.24, 0.2]})]
    bl += [("h", "Treatment Fields")]
    if s.beams[0].kind == "arc":
        bl.append(("table", [["Field", "Type", "Gantry start", "Gantry stop", "Rotation", "Coll", "Couch", "Energy", "MU"]]
                   + _beam_rows_arc(s), {"size": 8}))
    else:
        bl.append(("table", [["Field", "Type", "Gantry", "Coll", "Couch", "Energy", "Segments", "MU"]]
                   + _beam_rows_static(s), {"size": 8}))
    bl += [("p", "Isocentre: single, at the centre of the target. Imaging: kV CBCT before every fraction."),
           ("h", "Plan preparation"),
           ("kv", [("Planned by", "%s (Dosimetrist)  %s" % (ctx.dosi.full(), mdy(tp.date()))),
                   ("Physics plan check", "%s  %s" % (ctx.phys.full(), mdy(ctx.t["physcheck"].date())))])]
    return Doc("", bl, font="Helvetica", size=9, header="Tamarack Veterans Medical Center - Radiation Oncology",
               header_right="SYNTHETIC", footer="SYNTHETIC record. Printed from the planning system. Page {page} of {pages}",
               meta_title="Plan Summary %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ Pinnacle-style PDF (Bellwether)
def pinnacle_plan(ctx, plan_id, objectives=True):
    s, pt = ctx.site, ctx.pt
    tp = ctx.t["plan"]
    bl = [("title", "Plan Report"),
          ("p", "Pinnacle-style treatment plan printout. SYNTHETIC - not a real patient."),
          ("kv", [("Patient Name", pt.last_first()), ("Medical Record Number", pt.mrn),
                  ("Plan", plan_id), ("Trial", "Trial_2_final"), ("Machine", "BCH-LINAC-2, 160-leaf MLC"),
                  ("Dose grid", "0.3 cm, collapsed cone"), ("Last saved", "%s %s" % (mdy(tp.date()), hm(tp)))]),
          ("h", "Prescriptions"),
          ("table", [["Prescription", "ROI", "Dose (cGy)", "Fractions", "Method"]] +
           [["Rx_" + tg.name, tg.name, _cgy(tg.dose), str(tg.fx), "to 95% of ROI volume"] for tg in s.targets],
           {"widths": [0.24, 0.2, 0.16, 0.14, 0.26]})]
    if objectives:
        bl += [("h", "IMRT Optimization Objectives"),
               ("table", [["ROI", "Type", "Dose (cGy)", "Volume"]] + [pin_objective(*c) for c in s.constraints],
                {"widths": [0.36, 0.24, 0.2, 0.2]})]
    bl.append(("h", "Beams"))
    if s.beams[0].kind == "arc":
        bl.append(("table", [["Beam", "Type", "Start", "Stop", "Dir", "Coll", "Couch", "Energy", "MU"]] + _beam_rows_arc(s),
                   {"size": 8}))
    else:
        bl.append(("table", [["Beam", "Type", "Gantry", "Coll", "Couch", "Energy", "Segments", "MU"]] + _beam_rows_static(s),
                   {"size": 8}))
    bl += [("p", "Planner: %s    Physics review: %s (%s)" % (ctx.dosi.full(), ctx.phys.full(), mdy(ctx.t["physcheck"].date())))]
    return Doc("", bl, font="Times-Roman", size=10, header="Bellwether Community Hospital - Radiation Oncology - SYNTHETIC",
               footer="%s  |  %s  |  Page {page} of {pages}" % (pt.last_first(), SYN), meta_title="Plan Report %s" % plan_id,
               kind="plan")


def _stat_row(x):
    p = x.replace(" =", "").split(" ")
    return [p[0], " ".join(p[1:-2]), " ".join(p[-2:])]


# ------------------------------------------------------------------ Oncentra-style PDF (Saguaro)
def oncentra_plan(ctx, plan_id, mode="full"):
    s, pt = ctx.site, ctx.pt
    tp = ctx.t["plan"]
    bl = [("band", "External Beam Plan Printout (Oncentra-style)   SYNTHETIC"),
          ("kv", [("Patient", "%s   (ID %s, born %s)" % (pt.first_last(), pt.mrn, mdy(pt.dob))),
                  ("Plan", plan_id), ("Plan state", "Planner approved, physics checked"),
                  ("Printed", "%s %s MST" % (short_us(tp.date()), ampm(tp)))])]
    if mode == "full":
        bl += [("h", "Dose specification"),
               ("table", [["Target", "Prescribed dose", "Fractions", "Specification"]] +
                [[tg.name, "%s Gy" % _g(tg.dose), str(tg.fx), "D95% = prescribed dose"] for tg in s.targets])]
    bl += [("h", "Beam overview")]
    if s.beams[0].kind == "arc":
        bl.append(("table", [["Beam", "Type", "Gantry start", "Gantry stop", "Direction", "Coll", "Couch", "Energy", "MU"]]
                   + _beam_rows_arc(s), {"size": 8}))
    else:
        bl.append(("table", [["Beam", "Type", "Gantry", "Coll", "Couch", "Energy", "Segments", "MU"]] + _beam_rows_static(s),
                   {"size": 8}))
    if mode == "stats":
        bl += [("h", "Dose statistics (calculated plan)"),
               ("table", [["Structure", "Parameter", "Value"]] +
                [_stat_row(x) for x in s.target_achieved] +
                [[a, m, s.achieved["%s %s" % (a, m)]] for a, m, _ in s.constraints], {"widths": [0.4, 0.3, 0.3]})]
    bl += [("p", "Prepared by %s. Physics check by %s." % (ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9, header="Saguaro Ridge Oncology", header_right="SYNTHETIC",
               footer="SYNTHETIC | planning printout | Page {page} of {pages}", meta_title="Plan %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ XiO-style TXT (Lakeshore)
def xio_plan(ctx, plan_id, objectives=True, compensator=False):
    s, pt = ctx.site, ctx.pt
    tp = ctx.t["plan"]
    L = ["XIO-STYLE TREATMENT PLAN PRINTOUT                 *** SYNTHETIC ***                 PAGE 1",
         "LAKESHORE GENERAL HOSPITAL - RADIATION ONCOLOGY",
         "",
         "PATIENT NAME : %-28s PATIENT ID : %s" % (pt.caps(), pt.mrn),
         "PLAN ID      : %-28s STATUS     : FINAL" % plan_id,
         "TECHNIQUE    : %s" % ("INVERSE-PLANNED COMPENSATOR IMRT (MILLED BRASS, ONE PER FIELD)" if compensator
                                 else "INVERSE-PLANNED IMRT, STEP-AND-SHOOT MLC"),
         "SAVED        : %s %s" % (mdy(tp.date()), hm(tp)),
         "",
         "PRESCRIPTION"]
    for tg in s.targets:
        L.append("  %-12s %7s CGY / %2d FX  (%s CGY/FX)  TO 95%% OF VOLUME" % (tg.name, _cgy(tg.dose), tg.fx, _cgy(tg.per_fx)))
    if objectives:
        L += ["", "IMRT DOSE-VOLUME CONSTRAINTS (OPTIMISER)"]
        for a, m, lim in s.constraints:
            L.append("  %-40s %-8s %s" % (a.upper(), m.upper(), lim.upper()))
    L += ["", "BEAM  NAME        MODALITY  ENERGY  GANTRY   COLL  COUCH  SEGS   MU   MODULATOR"]
    for i, b in enumerate(s.beams, 1):
        mod = "COMPENSATOR %s" % b.bid if compensator else "MLC STEP&SHOOT"
        L.append("%4d  %-10s  PHOTON    %-6s  %6.1f  %5.1f  %5.1f  %4s  %5d   %s" % (
            i, b.bid, b.energy.replace("X", " MV"), b.gantry, b.coll, b.couch, (str(b.segments) if b.segments else "1"),
            b.mu, mod))
    L += ["", "PLANNED BY    : %s    %s" % (ctx.dosi.caps_last_first(), mdy(tp.date())),
          "PHYSICS CHECK : %s    %s" % (ctx.phys.caps_last_first(), mdy(ctx.t["physcheck"].date())),
          "", "SYNTHETIC - FOR SOFTWARE TESTING ONLY"]
    return Doc("", [("mono", "\n".join(L))], meta_title="XiO plan %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ TomoDirect-style PDF (Cedar Hollow)
def tomodirect_plan(ctx, plan_id):
    s, pt, z = ctx.site, ctx.pt, ctx.clinic.zone
    tp = ctx.t["plan"]
    rows = [["Beam", "Gantry angle (deg)", "Field width (cm)", "Couch travel (cm)", "Modulation factor"]]
    r = ctx.rng
    for b in s.beams:
        rows.append([b.bid, "%.0f" % b.gantry, "2.5", "%.1f" % r.uniform(18, 26), "%.1f" % r.uniform(1.8, 2.6)])
    bl = [("band", "Tomo-style Plan Report  -  TomoDirect-style discrete-angle IMRT   -   SYNTHETIC"),
          ("kv", [("Patient", "%s (MRN %s)" % (pt.last_first(), pt.mrn)), ("Date of birth", long_us(pt.dob)),
                  ("Plan", plan_id), ("Delivery", "fixed-angle IMRT (TomoDirect-style), %d gantry angles, binary MLC" % len(s.beams)),
                  ("Plan saved", "%s %s %s" % (long_us(tp.date()), hm(tp), tz_abbr(tp, z)))]),
          ("h", "Prescription"),
          ("p", "; ".join("%s median dose %s Gy in %d fractions" % (tg.name, _g(tg.dose), tg.fx) for tg in s.targets)),
          ("h", "Beam angles"), ("table", rows),
          ("h", "Structure dose objectives used for optimisation"),
          ("table", [["Structure", "Objective", "Limit"]] + constraint_rows(s)),
          ("p", "Plan prepared by %s; second check by %s." % (ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9, header="Cedar Hollow Regional Medical Center - Radiation Oncology",
               header_right="SYNTHETIC", footer="SYNTHETIC - planning station printout - Page {page} of {pages}",
               meta_title="TomoDirect-style plan %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ Eclipse-style DOCX export (Harbor Point)
def eclipse_docx_plan(ctx, plan_id, three_d=False):
    s, pt = ctx.site, ctx.pt
    tp = ctx.t["plan"]
    bl = [("title", "Plan Document (Eclipse-style export)"),
          ("p", "SYNTHETIC record - Harbor Point Radiation Associates"),
          ("kv", [("Patient:", "%s, %s" % (pt.family.upper(), pt.given)), ("Patient ID:", pt.mrn),
                  ("Course:", "C1 %s" % s.label), ("Plan:", plan_id),
                  ("Technique:", "3D conformal, static MLC-shaped fields, forward planned (no intensity modulation)"
                   if three_d else "Inverse-planned VMAT (intensity modulated)"),
                  ("Last modified:", "%s %s" % (mdy(tp.date()), hm(tp)))]),
          ("h", "Prescription"),
          ("table", [["Target volume", "Dose", "Fractions", "Dose/fraction"]] +
           [[tg.name, "%s Gy" % _g(tg.dose), str(tg.fx), "%.2f Gy" % tg.per_fx] for tg in s.targets])]
    if not three_d:
        bl += [("h", "Optimization objectives"),
               ("table", [["Structure", "Objective", "Limit"]] + constraint_rows(s))]
    bl.append(("h", "Fields"))
    if s.beams[0].kind == "arc":
        bl.append(("table", [["Field ID", "Type", "Gantry start", "Gantry stop", "Rotation", "Coll", "Couch", "Energy", "MU"]]
                   + _beam_rows_arc(s)))
    else:
        bl.append(("table", [["Field ID", "Technique", "Gantry", "Coll", "Couch", "Energy", "MU"]] +
                   [[b.bid, "STATIC (MLC-shaped)" if three_d else "IMRT", "%.0f" % b.gantry, "%.0f" % b.coll,
                     "%.0f" % b.couch, b.energy, str(b.mu)] for b in s.beams]))
    bl += [("p", "Prepared: %s. Physics second check: %s." % (ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9, header="Harbor Point Radiation Associates  |  SYNTHETIC",
               footer="SYNTHETIC export", meta_title="Plan document %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ Prowess-style PDF (Ridgefield)
def prowess_plan(ctx, plan_id):
    s, pt = ctx.site, ctx.pt
    tp = ctx.t["plan"]
    bl = [("title", "Plan Report (Prowess Panther-style)"),
          ("p", "*** SYNTHETIC ***  Ridgefield Rural Health Cancer Clinic"),
          ("kv", [("Patient", "%s  #%s" % (pt.caps(), pt.mrn)), ("Plan", plan_id),
                  ("Technique", "DAO step-and-shoot IMRT, %d fields" % len(s.beams)), ("Plan date", mdy(tp.date()))]),
          ("h", "Dose prescription"),
          ("p", "; ".join("%s: %s cGy in %d fractions at %s cGy/fraction" % (tg.name, _cgy(tg.dose), tg.fx, _cgy(tg.per_fx))
                          for tg in s.targets)),
          ("h", "Field list"),
          ("table", [["#", "Field", "Gantry", "Collimator", "Couch", "Energy", "Segments", "MU"]] +
           [[str(i), b.bid, "%.0f" % b.gantry, "%.0f" % b.coll, "%.0f" % b.couch, b.energy, str(b.segments), str(b.mu)]
            for i, b in enumerate(s.beams, 1)]),
          ("p", "Planner %s. Physics check %s." % (ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9.5, header="Ridgefield Rural Health - Radiation Oncology", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="Plan %s" % plan_id, kind="plan")


# ------------------------------------------------------------------ RayStation-style DOCX (Quarry Hill), one or more beam sets
def raystation_docx(ctx, plans):
    """plans: list of dicts {id, targets (list of Target), beams (list of Beam), goals (list of constraints), t_plan}"""
    pt, z = ctx.pt, ctx.clinic.zone
    bl = [("title", "Plan summary (RayStation-style DOCX export)"),
          ("p", "SYNTHETIC - Quarry Hill Cancer Institute"),
          ("kv", [("Patient", "%s, %s" % (pt.family, pt.given)), ("Patient ID", pt.mrn), ("Date of birth", iso(pt.dob))])]
    for p in plans:
        tp = p["t_plan"]
        bl += [("h", "Beam set %s" % p["id"]),
               ("p", "Prescription: " + "; ".join("%s, %s Gy in %d fractions (D50%% prescription)" % (tg.name, _g(tg.dose), tg.fx)
                                                   for tg in p["targets"]))]
        if p.get("goals"):
            bl += [("p", "Clinical goals (organs at risk):"),
                   ("table", [["ROI", "Clinical goal", "Acceptance level"]] + [[a, m, lim] for a, m, lim in p["goals"]])]
        bl += [("table", [["Beam", "Technique", "Gantry start [deg]", "Gantry stop [deg]", "Rotation", "Collimator", "Couch",
                           "Energy", "MU"]] + [[b.bid, "VMAT", "%.1f" % b.start, "%.1f" % b.stop, b.rot, "%.0f" % b.coll,
                                                "%.0f" % b.couch, b.energy, str(b.mu)] for b in p["beams"]]),
               ("p", "Beam set saved %s by %s; physics review %s." % (iso_t(tp, z), ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9, header="Quarry Hill Cancer Institute - SYNTHETIC", footer="SYNTHETIC export",
               meta_title="Plan summary", kind="plan")


# ------------------------------------------------------------------ Eclipse-style landscape PDF (Makana)
def eclipse_landscape(ctx, plan_id, geometry=True):
    s, pt, z = ctx.site, ctx.pt, ctx.clinic.zone
    tp = ctx.t["plan"]
    bl = [("band", "Treatment Plan Report (Eclipse-style, landscape)   SYNTHETIC"),
          ("kv", [("Patient", "%s, %s  |  ID %s  |  DOB %s" % (pt.family.upper(), pt.given.upper(), pt.mrn, iso(pt.dob))),
                  ("Plan", "%s  |  approved for planning %s (UTC-10:00)" % (plan_id, tp.strftime("%Y-%m-%d %H:%M"))),
                  ("Prescription", "; ".join("%s %s Gy / %d fx" % (tg.name, _g(tg.dose), tg.fx) for tg in s.targets))])]
    if geometry:
        bl += [("h", "Field parameters"),
               ("table", [["Field", "Technique", "Machine", "Energy", "Dose rate", "Gantry start", "Gantry stop", "Rotation",
                           "Collimator", "Couch", "X1/X2 (cm)", "Y1/Y2 (cm)", "MU"]] +
                [[b.bid, "VMAT", "MKN-TB1", b.energy, "1400" if "FFF" in b.energy else "600", "%.1f" % b.start,
                  "%.1f" % b.stop, b.rot, "%.0f" % b.coll, "%.0f" % b.couch, "4.5/4.5", "5.0/5.0", str(b.mu)]
                 for b in s.beams], {"size": 7.5})]
    else:
        tot = sum(b.mu for b in s.beams)
        bl += [("h", "Delivery summary"),
               ("p", "Technique: VMAT, %d arcs, %s, %d MU in total. Arc geometry is held in the record-and-verify system."
                % (len(s.beams), s.beams[0].energy, tot))]
    bl += [("p", "Calculated with a convolution-superposition algorithm, 0.25 cm grid. Planner %s; physics check %s." % (ctx.dosi.full(), ctx.phys.full()))]
    return Doc("", bl, font="Helvetica", size=9, page="landscape", header="Makana Pacific Oncology", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="Plan %s" % plan_id, kind="plan")
