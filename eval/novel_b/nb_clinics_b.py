"""novel_b builders, part B: Tidewater (CareCloud-style group practice, faxed outside consult with local cover note,
Beacon Planning, MapCHECK-style, RadCalc-style calculation), Ozark Plateau (hospital Word templates with an
authentication table, Meadowlark RTP, physicist plan-check / weekly-check forms, chamber + EBT3 worksheet),
Sawtooth Valley (OIS document exports with the approval block at the top, Monaco-style landscape plan report,
QuadraScan 4D).

Each builder returns (blocks, render_options)."""
from nb_common import necessity, rx_rows, rx_words, oar_rows, got_text, ap, hm, beam_rows_arc_static
from nb_world import fmt, add_bd

SYN = "SYNTHETIC - invented patient, invented clinic, not a medical record"


# =============================================================================================== Tidewater
def _tw_head(x, title):
    c, p = x.c, x.p
    return [("line", "Tidewater Oncology Associates, P.A. - Radiation Oncology | CareCloud-style practice record | " + SYN),
            ("line", "Patient: %s | DOB: %s | Acct/MRN: %s" % (p.caps, c.d(p.dob), p.mrn)),
            ("title", title)]


def _tw_sig(x, key, who=None):
    c = x.c
    d = x.T[key]
    return "Signed Off By: %s | Signed Off On: %s %s %s" % (who or c.md.full, c.d(d), hm(x.tm[key]), c.z(d))


def tw_cover_fax(x):
    """Local cover note (signed) followed by the faxed outside consultation (signed by its author)."""
    c, p, s = x.c, x.p, x.s
    fxd = add_bd(x.T["consult"], -5)
    o = c.outside_md
    b = _tw_head(x, "Outside Records - Local Review and Consultation Addendum")
    b += [("line", "Date of service: %s | Rendering: %s | Received by fax %s from %s" % (c.d(x.T["consult"]), c.md.full, c.d(fxd), c.outside_name)),
          ("p", "I reviewed the attached consultation by Dr. %s of the Chesapeake Bay University Cancer Institute. %s was seen there for a second opinion and asked to be treated closer to home. I saw %s in our Salisbury office today, examined %s, and reviewed the CT and MRI myself. I agree with the recommendation of chemoradiation to the %s, %s, with concurrent capecitabine." % (o.plain, p.fl, p.them, p.them, s["area"], rx_words(x))),
          ("p", necessity(x)),
          ("blank",),
          ("line", _tw_sig(x, "consult")),
          ("blank",),
          ("line", "=" * 60 + " ATTACHED FAX " + "=" * 10),
          ("line", "FROM: CBUCI RAD ONC 410 555 0112   TO: TIDEWATER ONC %s   %s 13:58   P.01/01" % (c.fax, fmt(fxd, "mdy"))),
          ("line", "RECEIVED %s - indexed to Tidewater Acct/MRN %s - %s" % (c.d(fxd), p.mrn, "SYNTHETIC")),
          ("title", "Radiation Oncology Consultation (outside)"),
          ("line", "Patient: %s    DOB: %s    Referring: Tidewater Oncology Associates" % (p.fl, fmt(p.dob, "mdy"))),
          ("p", "Impression: %s. Recommend neoadjuvant chemoradiation, 50.4 Gy in 28 fractions with intensity modulation, which can be given at the patient's local center. Restaging CT after completion; surgical review here." % s["dx"]),
          ("line", "Electronically signed by %s, Radiation Oncology, on %s 11:30 EST" % (o.full, fmt(fxd, "mdy")))]
    return b, dict(footer="Tidewater Oncology Associates | outside records | MRN %s | SYNTHETIC" % p.mrn)


def tw_consult(x):
    c, p, s = x.c, x.p, x.s
    b = _tw_head(x, "Radiation Oncology Consultation")
    b += [("line", "Date of service: %s | Rendering provider: %s | Place of service: 11 (office)" % (c.d(x.T["consult"]), c.md.full)),
          ("h", "HPI"), ("p", "%s, %d, referred by Dr. Sheppard (surgical oncology) for adjuvant radiation. %s (%s)." % (p.fl, p.age(x.T["consult"]), s["dx"], s["icd"])),
          ("h", "Assessment and Plan"),
          ("p", "Adjuvant radiation to the %s is recommended: %s. We will plan with modulated arcs (VMAT) under deep-inspiration breath hold. Our prior-authorization coordinator will prepare the letter of medical necessity for the payer. Simulation is booked." % (s["area"], rx_words(x))),
          ("blank",), ("line", _tw_sig(x, "consult"))]
    return b, dict(footer="CareCloud-style note | MRN %s | SYNTHETIC" % p.mrn)


def tw_fnp_letter(x):
    c, p, s = x.c, x.p, x.s
    f = c.fnp
    d = add_bd(x.T["consult"], 2)
    b = [("line", "Tidewater Oncology Associates, P.A. | " + c.place),
         ("line", SYN),
         ("line", c.d(d)),
         ("line", "To: Medicare Administrative Contractor - Medical Review Department"),
         ("line", "Re: %s | DOB %s | Acct/MRN %s" % (p.fl, c.d(p.dob), p.mrn)),
         ("title", "Letter of Medical Necessity - Intensity-Modulated Radiation Therapy (77301, G6015)"),
         ("p", "To whom it may concern:"),
         ("p", "%s has %s. Adjuvant radiation to the %s is planned, %s." % (p.fl, s["dx"], s["area"], rx_words(x))),
         ("p", necessity(x, opener_key="tidewater")),
         ("p", "Please contact our office with any questions."),
         ("p", "Sincerely,"),
         ("line", "Signed Off By: %s | Signed Off On: %s 11:05 %s" % (f.full, c.d(d), c.z(d))),
         ("line", "%s, Prior Authorization Coordinator, Tidewater Oncology Associates" % f.full)]
    return b, dict()


def tw_order(x):
    c, p = x.c, x.p
    b = _tw_head(x, "Radiation Treatment Order")
    b += [("line", "Order date: %s | Course 1 | Technique: IMRT (VMAT)" % c.d(x.T["rx"])),
          ("grid", rx_rows(x)),
          ("h", "Critical structure dose constraints"),
          ("grid", oar_rows(x, ("Critical structure", "Limit"))),
          ("blank",), ("line", _tw_sig(x, "rx"))]
    return b, dict(footer="CareCloud-style order | MRN %s | SYNTHETIC" % p.mrn)


def tw_plan(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    b = [("line", "Beacon Planning 3 (invented product) - " + SYN),
         ("title", "Plan Report - %s" % x.plan_name),
         ("plain", [["Patient", p.caps, "MRN", p.mrn], ["Plan", x.plan_name, "Approved", "%s (physics)" % fmt(T["plan"], "ymd-slash")]], [60, 170, 60, 150]),
         ("h", "Prescription"), ("p", rx_words(x)),
         ("h", "Dose constraints and achieved values"),
         ("grid", [["Structure", "Constraint", "Achieved"]] + [[o, con, next((v for k, v in s["got"] if k.split()[0] == o.split()[0]), "-")] for o, con in s["oar"]], [130, 180, 170]),
         ("h", "Treatment beams"),
         ("grid", beam_rows_arc_static(x, s["beams"], x.mus, ("Beam", "Type", "Gantry start", "Gantry stop", "Rotation", "Coll", "Couch", "Energy", "MU")),
          [45, 60, 55, 55, 50, 35, 40, 45, 45]),
         ("line", "Dosimetrist: %s   %s %s" % (c.dosim.full, fmt(T["plan"], "ymd-slash"), hm(x.tm["plan"]))),
         ("line", "Physicist: %s   %s 16:50" % (c.phys.full, fmt(T["plan"], "ymd-slash")))]
    return b, dict(footer="Beacon Planning plan report | %s | SYNTHETIC" % p.mrn)


def tw_review(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    b = _tw_head(x, "Progress Note - Treatment Planning Review")
    b += [("line", "Date of service: %s | Rendering provider: %s" % (c.d(T["review"]), c.md.full)),
          ("h", "Isodose review"),
          ("p", "I have examined the dose distribution for %s as isodose lines on the planning CT (with the diagnostic MRI/PET fused) in all three planes, for the targets and for %s. Prescription coverage is good and the steep falloff lies where intended." % (x.plan_name, s["oars_named"])),
          ("h", "DVH review"),
          ("p", "DVHs of all targets and critical structures: %s. Every limit in the treatment order is respected." % got_text(x))]
    if x.opts.get("qa_in_review"):
        q = x.rates_comp
        b += [("h", "Patient-specific IMRT QA"),
              ("p", "I reviewed the MapCHECK-style measurement performed %s by physics (composite %.1f%% of points passing at 3%%/2 mm, criterion 95%%) and accept it for treatment." % (c.d(T["qa"]), q))]
    b += [("p", "Plan approved."), ("blank",), ("line", _tw_sig(x, "review"))]
    return b, dict(footer="CareCloud-style note | MRN %s | SYNTHETIC" % p.mrn)


def tw_mapcheck(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    rows = [["Beam", "Points evaluated", "Passed", "% Pass (3%/2 mm)"]]
    for i, bm in enumerate(s["beams"]):
        n = x.points[i] // 3
        ok = int(round(n * x.rates[i] / 100.0))
        rows.append([bm[1], str(n), str(ok), "%.1f" % (100.0 * ok / n)])
    rows.append(["Composite (all arcs)", "-", "-", "%.1f" % x.rates_comp])
    b = [("line", "MapCHECK-style 2D diode array (MapPHAN-style phantom) - absolute dose comparison - " + SYN),
         ("title", "IMRT QA - Measured vs. Planned"),
         ("plain", [["Patient", p.lf, "Acct/MRN", p.mrn], ["Plan", x.plan_name, "Measured", "%s %s %s" % (c.d(T["qa"]), hm(x.tm["qa"]), c.z(T["qa"]))],
                    ["Settings", "abs. dose, %Diff 3%, DTA 2 mm, 10% threshold, global", "Pass criterion", ">= 95% (action < 90%)"]], [55, 200, 70, 150]),
         ("grid", rows, [110, 90, 60, 100]),
         ("line", "Result: PASS"),
         ("line", "Physics sign-off: %s  %s %s %s" % (c.phys.full, c.d(T["qa"]), hm(x.tm["qa_phys"]), c.z(T["qa"])))]
    if not x.opts.get("qa_in_review"):
        b.append(("line", "Physician sign-off: %s  %s %s %s" % (c.md.full, c.d(T["qa_md"]), hm(x.tm["qa_md"]), c.z(T["qa_md"]))))
    return b, dict(footer="MapCHECK-style report | MRN %s | SYNTHETIC" % p.mrn)


def tw_radcalc(x):
    c, p, s = x.c, x.p, x.s
    L = ["RADCALC-STYLE INDEPENDENT DOSE CALCULATION (secondary check - no measurement)     SYNTHETIC",
         "Patient %s   MRN %s   Plan %s" % (p.caps, p.mrn, x.plan_name), "",
         "Beam     TPS dose at ref pt (cGy)   Independent (cGy)   Diff"]
    for i, bm in enumerate(s["beams"]):
        tps = 90.0 + 3 * i
        L.append("%-8s %8.1f %27.1f %12s" % (bm[1], tps, tps * (1 + x.devs[i] / 200.0), "%+.1f%%" % (x.devs[i] / 2)))
    L += ["", "Action level 5%: within tolerance.",
          "Checked: %s %s" % (c.phys.full, c.d(x.T["plan"]))]
    return [("pre", L)], dict()


# =============================================================================================== Ozark Plateau
def _oz_head(x, title):
    c, p = x.c, x.p
    return [("line", "OZARK PLATEAU MEDICAL CENTER - Cancer Treatment Center (hospital outpatient) - Harrison, AR"),
            ("line", SYN),
            ("title", title),
            ("grid", [["Patient name", p.lf, "Medical record no.", p.mrn], ["Date of birth", c.d(p.dob), "Financial class", "Medicare Part B"]])]


def _oz_auth(x, key):
    c = x.c
    d = x.T[key]
    return ("grid", [["Electronically authenticated by", "%s (Radiation Oncology)" % c.md.full],
                     ["Authentication date/time", "%s %s %s" % (c.d(d), hm(x.tm[key]), c.z(d))]])


def oz_consult(x):
    c, p, s = x.c, x.p, x.s
    b = _oz_head(x, "Radiation Oncology Consultation")
    b += [("line", "Date of service: %s    Attending: %s" % (c.d(x.T["consult"]), c.md.full)),
          ("h", "History of present illness"),
          ("p", "%s is a %d-year-old referred from the Harrison clinic. %s (%s)." % (p.fl, p.age(x.T["consult"]), s["dx"], s["icd"])),
          ("h", "Impression and recommendations")]
    if x.opts.get("three_d"):
        b += [("p", "Adjuvant pelvic radiation, 45 Gy in 25 fractions, with a four-field box (AP, PA and opposed laterals) planned in 3D conformal fashion with MLC blocking to the pelvic nodal volume. With bladder filling and prone positioning the small bowel sits above the fields, so intensity modulation would add nothing here and is not being used; the 3D plan will be held to the small bowel, rectum and bladder limits in the treatment directive."),
              ("p", "Vaginal cuff brachytherapy will be discussed after external beam.")]
    else:
        b += [("p", "Definitive radiation to the %s, %s." % (s["area"], rx_words(x))),
              ("p", necessity(x))]
    b += [("blank",), _oz_auth(x, "consult")]
    return b, dict()


def oz_directive(x):
    c = x.c
    b = _oz_head(x, "Radiation Treatment Directive")
    tech = x.opts.get("tech", "IMRT")
    b += [("line", "Technique: %s    Course: 1    Site: %s" % (tech, x.s["area"])),
          ("grid", rx_rows(x, ("Target", "Dose per fraction", "Number of fractions", "Total dose"))),
          ("h", "Organ-at-risk limits"),
          ("grid", oar_rows(x, ("Organ", "Limit"))),
          ("blank",), _oz_auth(x, "rx")]
    return b, dict()


def oz_plan(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    comp = x.opts.get("compensator")
    three_d = x.opts.get("three_d")
    tech = "3D conformal (forward planned), MLC-shaped open fields" if three_d else \
        "IMRT, compensator-based (one milled brass compensator per field)"
    rows = [["Field", "Gantry", "Coll", "Couch", "Energy", "SSD (cm)", "Beam modifier", "MU"]]
    for i, (bm, mu) in enumerate(zip(s["beams"], x.mus)):
        _, bid, g, coll, couch, mv = bm
        mod = "MLC block" if three_d else "brass compensator %s" % bid
        rows.append([bid, "%d" % g, "%d" % coll, "%d" % couch, "%d MV" % mv, "%.1f" % (88.0 + x.devs[i]), mod, "%.0f" % mu])
    b = [("line", "Meadowlark RTP 9 (invented product) - plan printout - " + SYN),
         ("title", "Treatment Plan - %s" % x.plan_name),
         ("plain", [["Patient", p.caps, "MRN", p.mrn], ["Technique", tech, "Plan date", c.d(T["plan"])]], [60, 230, 60, 120]),
         ("h", "Prescription"), ("p", rx_words(x)),
         ("h", "Fields"), ("grid", rows, [45, 45, 35, 40, 45, 50, 150, 45])]
    if comp:
        b += [("p", "Compensators: %d solid brass compensators ordered from the milling vendor on %s, one per field (%s); tray slot B; vendor order no. 25-%05d." % (len(s["beams"]), c.d(T["plan"]), ", ".join(bm[1] for bm in s["beams"]), 31000 + x.seed % 9000))]
    if s.get("got"):
        b += [("h", "Dose statistics"), ("grid", [["Structure", "Value"]] + [[o, v] for o, v in s["got"]])]
    b += [("line", "Planner: %s   %s" % (c.dosim.full, c.d(T["plan"]))),
          ("line", "Checked by physics: %s   %s" % (c.phys.full, c.d(T["plan"])))]
    return b, dict(footer="Meadowlark RTP printout | MRN %s | SYNTHETIC" % p.mrn, serif=True)


def oz_review(x):
    c, s = x.c, x.s
    b = _oz_head(x, "Physician Plan Review and Approval")
    b += [("line", "Plan: %s    Plan date: %s" % (x.plan_name, c.d(x.T["plan"]))),
          ("h", "CT-based isodose review"),
          ("p", "Target and critical structures reviewed on the planning CT with the isodose lines shown in three planes; the prescription line covers the PTV and bends away from %s." % s["oars_named"]),
          ("h", "Dose-volume histogram review"),
          ("p", "DVHs for the PTV and all organs at risk: %s. All directive limits met." % got_text(x)),
          ("p", "Approved for treatment."),
          ("blank",), _oz_auth(x, "review")]
    return b, dict()


def oz_plancheck(x):
    c, p = x.c, x.p
    three_d = x.opts.get("three_d")
    items = [["Check", "Y / N / NA", "Comment"],
             ["Prescription signed and matches plan (dose, fractions, energy)", "Y", ""],
             ["Plan normalization and MU reasonable", "Y", ""],
             ["Independent MU calculation within 3%", "Y", "secondary calculation, max diff %.1f%%" % abs(x.devs[0])],
             ["Isocenter shifts and setup instructions entered in R&V", "Y", ""]]
    if three_d:
        items.append(["Patient-specific IMRT QA measurement", "NA", "3D conformal plan - not IMRT"])
    else:
        items.append(["Patient-specific IMRT QA measurement", "Y", "see QA worksheet"])
        items.append(["Compensators received from vendor, labeled and tray-coded per field", "Y", "%d of %d" % (len(x.s["beams"]), len(x.s["beams"]))])
    b = [("line", "Ozark Plateau Medical Center - Radiation Physics - " + SYN),
         ("title", "Physics Initial Plan Check"),
         ("line", "Patient: %s    MRN: %s    Plan: %s" % (p.lf, p.mrn, x.plan_name)),
         ("grid", items),
         ("line", "Physicist: %s    Date: %s" % (c.phys.full, c.d(x.T["plan"])))]
    return b, dict()


def oz_weekly(x):
    c, p, s = x.c, x.p, x.s
    L = ["OZARK PLATEAU MEDICAL CENTER - WEEKLY CHART CHECK (PHYSICS)          SYNTHETIC",
         "Patient %s    MRN %s    Plan %s" % (p.lf, p.mrn, x.plan_name),
         "First fraction: %s" % c.d(x.T["fx1"]), "",
         "Week  Checked      Fx     Cum. dose   MU check   Notes                       Init."]
    per = s["targets"][0][1] / s["targets"][0][2]
    for w in (1, 2, 3):
        L.append("%-5d %-12s %-6s %-11s %-10s %-27s %s" % (w, c.d(add_bd(x.T["fx1"], 5 * w - 1)), "%d-%d" % (5 * w - 4, 5 * w), "%.1f Gy" % (per * 5 * w), "OK", "port films approved", "BO"))
    L.append("Weekly checks by %s" % c.phys.full)
    return [("pre", L)], dict()


def oz_qa(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    rows = [["Field", "Planned (cGy)", "Measured (cGy)", "Difference"]]
    for i, bm in enumerate(s["beams"]):
        pl = 38.0 + 2.5 * i
        rows.append([bm[1], "%.1f" % pl, "%.1f" % (pl * (1 + x.devs[i] / 100.0)), "%+.1f%%" % x.devs[i]])
    b = [("line", "Ozark Plateau Medical Center - Radiation Physics - " + SYN),
         ("title", "Patient-Specific QA Worksheet - Ion Chamber + EBT3 Film"),
         ("line", "Patient: %s    MRN: %s    Plan: %s    Measured: %s %s" % (p.lf, p.mrn, x.plan_name, c.d(T["qa"]), hm(x.tm["qa"]))),
         ("p", "Setup: solid water slab phantom, 0.6 cc Farmer-type chamber at isocenter, EBT3 film in the coronal plane 2 cm below. Each field delivered at its planned gantry angle with its compensator in place."),
         ("h", "Per-field chamber dose"),
         ("grid", rows),
         ("h", "Film (composite)"),
         ("p", "Gamma 3%%/3 mm, 10%% threshold, absolute dose: %.1f%% passing. Tolerance 95%%, action level 90%%. Chamber tolerance +/-3%% per field." % x.rates[0]),
         ("line", "Result: PASS"),
         ("h", "Review"),
         ("grid", [["Role", "Name", "Signature", "Date/time"],
                   ["Medical Physicist", c.phys.full, "/es/ B. Ochs", "%s %s" % (c.d(T["qa"]), hm(x.tm["qa_phys"]))],
                   ["Radiation Oncologist", c.md.full, "/es/ E. Lowry", "%s %s" % (c.d(T["qa_md"]), hm(x.tm["qa_md"]))]])]
    return b, dict()


# =============================================================================================== Sawtooth Valley
def _sv_block(x, doctype, key):
    c, p = x.c, x.p
    d = x.T[key]
    return ["SAWTOOTH VALLEY RADIATION ONCOLOGY - OIS DOCUMENT EXPORT            SYNTHETIC RECORD",
            "Document type   : %s" % doctype,
            "Patient         : %-28s MRN: %s    DOB: %s" % (p.caps, p.mrn, c.d(p.dob)),
            "Document status : APPROVED",
            "Approved by     : %s (Radiation Oncologist)" % c.md.full,
            "Approved on     : %s %s %s" % (c.d(d), hm(x.tm[key]), c.z(d)),
            "-" * 86]


def sv_consult(x):
    c, p, s = x.c, x.p, x.s
    b = [("pre", _sv_block(x, "Physician Consultation", "consult")),
         ("h", "History"),
         ("p", "%s, %d, referred from Burley. %s (%s)." % (p.fl, p.age(x.T["consult"]), s["dx"], s["icd"])),
         ("h", "Recommendation"),
         ("p", "Radiation to the %s: %s, with volumetric modulated arcs and daily CBCT." % (s["area"], rx_words(x))),
         ("p", necessity(x))]
    return b, dict()


def sv_rx(x):
    c, p = x.c, x.p
    blk = _sv_block(x, "Prescription", "rx")
    b = [("pre", blk),
         ("h", "Prescription")]
    if x.opts.get("boost"):
        b.append(("grid", [["Phase", "Plan", "Target", "Dose/fx", "Fx", "Total"],
                           ["1", "PELV_VMAT", "PTV_4500", "1.80 Gy", "25", "45.0 Gy"],
                           ["2 (sequential boost)", "BOOST_VMAT", "PTV_BOOST_3420", "1.80 Gy", "19", "34.2 Gy (cumulative 79.2 Gy)"]]))
    else:
        b.append(("grid", rx_rows(x)))
    b += [("h", "Dose constraints - organs at risk"), ("grid", oar_rows(x))]
    return b, dict(footer="OIS prescription export | MRN %s | SYNTHETIC" % p.mrn)


def sv_plan(x):
    c, p, s = x.c, x.p, x.s
    T = x.T
    plans = [(x.plan_name, s["beams"], x.mus)]
    if x.opts.get("boost"):
        plans = [("PELV_VMAT", s["beams"], x.mus[:2]), ("BOOST_VMAT", s["boost_beams"], x.mus[2:4])]
    b = [("line", "Monaco-style treatment planning - Plan Report (landscape) - " + SYN),
         ("grid", [["Patient", p.caps, "Patient ID", p.mrn, "Clinic", c.name]]),
         ("h", "Prescription"),
         ("p", "PELV_VMAT: PTV_4500 45.0 Gy in 25 fractions; BOOST_VMAT (sequential): PTV_BOOST_3420 34.2 Gy in 19 fractions, cumulative 79.2 Gy"
          if x.opts.get("boost") else "%s: %s" % (x.plan_name, rx_words(x))),
         ("h", "Clinical goals and results"),
         ("grid", [["Structure", "Goal", "Result"]] + [[o, con, next((v for k, v in s["got"] if k.split()[0] == o.split()[0]), "-")] for o, con in s["oar"]])]
    for name, beams, mus in plans:
        b.append(("h", "Plan %s - beams" % name))
        rows = [["Beam", "Delivery", "Energy", "Gantry start (deg)", "Gantry stop (deg)", "Direction", "Collimator", "Couch", "MU"]]
        for bm, mu in zip(beams, mus):
            _, bid, st, sp, d, coll, couch, mv = bm
            rows.append([bid, "VMAT", "%d MV" % mv, "%.1f" % st, "%.1f" % sp, d, "%d" % coll, "%d" % couch, "%.1f" % mu])
        b.append(("grid", rows))
    b += [("line", "Planned by %s on %s %s; physics check %s on %s 17:10" % (c.dosim.full, c.d(T["plan"]), hm(x.tm["plan"]), c.phys.full, c.d(T["plan"])))]
    return b, dict(land=True, footer="Monaco-style plan report | MRN %s | SYNTHETIC" % p.mrn)


def sv_review(x):
    c, s = x.c, x.s
    names = "PELV_VMAT and BOOST_VMAT" if x.opts.get("boost") else x.plan_name
    b = [("pre", _sv_block(x, "Physician Plan Review", "review")),
         ("h", "Images and isodose"),
         ("p", "Reviewed the 3D dose of %s on the planning CT images (isodose display in three planes) for the targets and each organ at risk: %s. Conformal coverage; no unacceptable hot spots." % (names, s["oars_named"])),
         ("h", "DVH"),
         ("p", "Target and organ-at-risk DVHs reviewed: %s. Goals met." % got_text(x)),
         ("p", "Approved for treatment.")]
    return b, dict()


def sv_qa(x, plan=None, idx=0):
    c, p, s = x.c, x.p, x.s
    T = x.T
    plan = plan or x.plan_name
    beams = s["boost_beams"] if plan == "BOOST_VMAT" else s["beams"]
    qk, pk, mk = ("qa2", "qa2_phys", "qa_md") if plan == "BOOST_VMAT" else ("qa", "qa_phys", "qa_md")
    rows = [["Arc", "Gamma 3%/2 mm pass", "Dose difference (median)", "Evaluated points"]]
    for i, bm in enumerate(beams):
        rows.append([bm[1], "%.1f%%" % x.rates[i + 4 * idx], "%+.1f%%" % x.devs[i + 2 * idx], str(x.points[i + 2 * idx])])
    rows.append(["Plan (composite)", "%.1f%%" % (sum(x.rates[4 * idx:4 * idx + len(beams)]) / len(beams)), "%+.1f%%" % x.devs[-1], "-"])
    b = [("line", "QuadraScan 4D (invented product) - helical diode phantom - " + SYN),
         ("title", "Patient Plan QA Report - %s" % plan),
         ("plain", [["Patient", p.caps, "MRN", p.mrn], ["Plan", plan, "Measured", "%s %s %s" % (fmt(T[qk], "mon-d-y"), hm(x.tm[qk]), c.z(T[qk]))]]),
         ("p", "Criteria: 3% global / 2 mm, 10% threshold. Plan passes when every arc and the composite reach 95% (action level 90%)."),
         ("grid", rows),
         ("line", "Verdict: PASSED"),
         ("line", "e-Signed (Physicist): %s  %s %s %s" % (c.phys.full, fmt(T[qk], "mon-d-y"), hm(x.tm[pk]), c.z(T[qk])))]
    b.append(("line", "e-Signed (Radiation Oncologist): %s  %s %s %s" % (c.md.full, fmt(T[mk], "mon-d-y"), hm(x.tm[mk]), c.z(T[mk]))))
    return b, dict(footer="QuadraScan 4D report | MRN %s | SYNTHETIC" % p.mrn)


def sv_qa_boost(x):
    return sv_qa(x, plan="BOOST_VMAT", idx=1)


def sv_qa_pelv(x):
    return sv_qa(x, plan="PELV_VMAT", idx=0)


def sv_log(x):
    c, p = x.c, x.p
    L = ["SAWTOOTH VALLEY RADIATION ONCOLOGY - DELIVERY RECORD            SYNTHETIC",
         "Patient %s   MRN %s" % (p.caps, p.mrn),
         "First fraction: %s" % c.d(x.T["fx1"]), "",
         "Fx   Date         Treated plan    Fields                    MU"]
    d = x.T["fx1"]
    if x.opts.get("boost"):
        sched = [("PELV_VMAT", "P_ARC1, P_ARC2", i) for i in range(1, 4)] + [("...", "", None)] + \
                [("BOOST_VMAT", "B_ARC1, B_ARC2", i) for i in (26, 27)]
    else:
        sched = [(x.plan_name, ", ".join(bm[1] for bm in x.s["beams"]), i) for i in range(1, 5)]
    n = 0
    for plan, fields, fx in sched:
        if fx is None:
            L.append("...")
            continue
        dd = add_bd(x.T["fx1"], fx - 1)
        L.append("%-4d %-12s %-15s %-25s %.1f" % (fx, c.d(dd), plan, fields, x.total_mu if plan != "BOOST_VMAT" else x.total_mu * 0.9))
    return [("pre", L)], dict()


def sv_prior(x):
    c, p = x.c, x.p
    b = [("line", "Magic Valley Cancer Center (2021) - Radiation Treatment Summary - outside record - " + SYN),
         ("line", "Filed to Sawtooth Valley MRN %s on %s" % (p.mrn, c.d(x.T["consult"]))),
         ("title", "Treatment Summary - Pelvis 2021"),
         ("p", "Patient: %s, DOB %s. Squamous cell carcinoma of the cervix, FIGO IIB. Whole pelvis 45 Gy in 25 fractions (four-field, superior border at the L4-L5 interspace), weekly cisplatin, then HDR brachytherapy 28 Gy in 4 fractions. Completed 2021-08-19." % (p.fl, fmt(p.dob, "mdy"))),
         ("line", "Signed: Dr. Orla Kettering, MD, radiation oncologist, 2021-08-27")]
    return b, dict(serif=True)
