"""Document bodies for eval/novel_e. Each returns blocks (see ne_render); the clinic layouts in
ne_layouts.py wrap them in packets, viewer prints, HIM extracts or legal-copy prints."""
from ne_world import CLINICS, fmt_dt, fmt_date, full
from ne_text import (site, gy, necessity_paras, rx_phrase, rx_rows, cons_rows, beam_rows, technique, dvh_rows,
                     qa_results, oar_list, md_sig, phys_name, md_name)


def age(c):
    b, d = c["pt"]["dob"], c["d"]["consult"]
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def is3d(c):
    return c.get("three_d", False)


# ------------------------------------------------------------------------------------------ consult
def consult(c, author_note=None):
    s = site(c)
    cl = c["clinic"]
    man = c["pt"]["sex"] == "M"
    p = s["plans"]
    blocks = [
        ("h", "Reason for consultation"),
        ("p", "%d-year-old %s referred by %s for an opinion on radiation therapy." %
         (age(c), "man" if man else "woman", c["referrer"])),
        ("h", "History"),
        ("p", c["history"]),
        ("h", "Diagnosis"),
        ("p", "%s (%s)." % (s["dx"], s["icd"])),
        ("h", "Examination and performance status"),
        ("p", "ECOG %d. %s" % (c.get("ecog", 1), c.get("exam", "Examination is documented in the nursing intake; "
                                                              "no findings that change the plan."))),
        ("h", "Assessment and plan"),
    ]
    if is3d(c):
        blocks += [
            ("p", "Whole-breast radiotherapy after lumpectomy is recommended: %s. Simulation: %s." % (rx_phrase(p[0]), s["sim"])),
            ("p", "Technique: 3D conformal radiotherapy with forward-planned medial and lateral tangential fields and "
                  "field-in-field segments for homogeneity. The right-sided target sits well away from the heart, so "
                  "intensity-modulated planning offers no meaningful advantage here and will not be used."),
        ]
        return blocks
    if len(p) == 1:
        blocks.append(("p", "I recommend radiotherapy: %s. Simulation: %s." % (rx_phrase(p[0]), s["sim"])))
    else:
        blocks.append(("p", "I recommend radiotherapy in two sequential phases: %s, followed by %s. Simulation: %s." %
                       (rx_phrase(p[0]), rx_phrase(p[1]), s["sim"])))
    blocks.append(("h", "Medical necessity for IMRT"))
    for para in necessity_paras(c):
        blocks.append(("p", para))
    if c.get("consult_extra"):
        blocks.append(("p", c["consult_extra"]))
    blocks.append(("p", "Risks, benefits and alternatives were discussed and written consent was obtained."))
    return blocks


# ------------------------------------------------------------------------------------- prescription
def prescription(c, version=None):
    s = site(c)
    blocks = [("table", rx_rows(s))]
    if version == "v1_error":
        blocks = [("table", [["Plan / phase", "Target", "Total dose", "Fractions", "Dose per fraction"],
                             [s["plans"][0]["pid"], "PTV_5400", "54 Gy", "27", "2 Gy"],
                             [s["plans"][0]["pid"], "PTV_4500", "45 Gy", "27", "1.67 Gy"]])]
    if is3d(c):
        blocks += [("h", "Normal tissue objectives"), ("table", cons_rows(s)),
                   ("kv", [("Technique", "3D conformal, forward planned, tangential fields with field-in-field segments"),
                           ("Energy", "6 MV"), ("Image guidance", "weekly kV imaging")])]
        return blocks
    cons = s["cons"] if version != "v1_error" else s["cons"][:2]
    blocks += [("h", "Dose constraints - organs at risk"),
               ("table", [["Organ at risk", "Dose constraint"]] + [[o, v] for o, v in cons])]
    tech = "; ".join("%s: %s" % (pl["pid"], technique(pl)) for pl in s["plans"])
    blocks.append(("kv", [("Technique", tech), ("Image guidance", "daily cone-beam CT"),
                          ("Simulation", s["sim"])]))
    blocks.append(("p", "Patient-specific IMRT QA is to be completed and approved before the first fraction."))
    return blocks


# -------------------------------------------------------------------------------------- plan report
def plan_report(c, plan, tps_name):
    cl = c["clinic"]
    s = site(c)
    d = c["d"]["plan"][plan["pid"]]
    dosi = full(CLINICS[cl]["dosi"])
    phys = phys_name(cl)
    tech = technique(plan) if not is3d(c) else "3D conformal, forward planned; 2 tangential fields with field-in-field segments"
    blocks = [
        ("kv", [("Planning system", tps_name), ("Plan ID", plan["pid"]), ("Plan created", fmt_dt(cl, d, (9, 40))),
                ("Technique", tech), ("Prescription", rx_phrase(plan)),
                ("Dose calculation", "convolution/superposition (invented engine), 2.5 mm grid, heterogeneity corrected")]),
        ("h", "Treatment fields" if is3d(c) or plan["beams"][0]["kind"] == "static" else "Treatment arcs"),
        ("table", beam_rows(plan)),
        ("h", "Dose statistics (achieved, from the calculated plan)"),
        ("table", dvh_rows(s, plan, multi=False)),
        ("p", "Values above are results of the calculated plan; they are reported for review and are not "
              "planning objectives."),
        ("sig", "Plan prepared: %s (Dosimetrist) - %s" % (dosi, fmt_dt(cl, d, (15, 5)))),
        ("sig", "Plan checked: %s (Medical Physicist) - %s" % (phys, fmt_dt(cl, d, (16, 30)))),
    ]
    return blocks


# --------------------------------------------------------------------------------------- plan review
REVIEW = {
    "aldric": ("I reviewed the {imaging}, slice by slice, with the target volumes ({targets}) and the critical "
               "structures ({oars}) contoured and the isodose distribution ({iso} lines) displayed on axial, "
               "sagittal and coronal reconstructions through the whole target.",
               "I reviewed the dose-volume histograms of every target and every critical structure: {dvh}."),
    "prairie": ("Isodose review: I went through the {imaging} on the planning workstation with {targets} and the "
                "contoured normal structures ({oars}) shown, and checked the {iso} isodose lines on each axial image "
                "and on sagittal and coronal cuts.",
                "Dose-volume histograms: target and normal-structure DVHs reviewed for {targets} and for each of the "
                "{oars}. Values: {dvh}."),
    "merrimack": ("CT / ISODOSE REVIEW: The {imaging} was reviewed with the targets ({targets}) and critical structures "
                  "({oars}) outlined, with the {iso} isodose curves shown in all three planes, slice by slice.",
                  "DVH REVIEW: Cumulative DVHs of all targets and all critical structures were reviewed: {dvh}."),
    "penobscot": ("Target and critical structure review on imaging with isodose distributions: the {imaging} was "
                  "reviewed with {targets} and the critical structures ({oars}) contoured; isodose lines {iso} were "
                  "inspected on every axial slice and in sagittal and coronal planes.",
                  "Dose-volume histogram review (all targets, all critical structures): {dvh}."),
}


def plan_review(c, plans, variant=None):
    cl = c["clinic"]
    s = site(c)
    targets = ", ".join(x[0].split(" ")[0] for pl in plans for x in pl["targets"])
    dvh = "; ".join(t for pl in plans for t in pl["tach"]) + "; " + "; ".join("%s %s" % (o, v) for o, v in s["oach"])
    oars = oar_list(s)
    if variant == "no_optics":     # ne04 version 1: optic apparatus left out of the review
        oars = "brainstem, right cochlea and lenses"
        dvh = "; ".join(plans[0]["tach"]) + "; " + "; ".join("%s %s" % (o, v) for o, v in s["oach"]
                                                             if not o.startswith("Optic"))
    iso_t, dvh_t = REVIEW[cl]
    iso = s["isodose"]
    p1 = iso_t.format(imaging=s["imaging"], targets=targets, oars=oars, iso=iso)
    if variant == "wrong_side":
        p1 = p1.replace("left brachial plexus", "right brachial plexus")
    blocks = [("p", "Plan%s reviewed: %s (%s)." % ("s" if len(plans) > 1 else "", ", ".join(pl["pid"] for pl in plans),
                                                  "; ".join(technique(pl) for pl in plans))),
              ("p", p1), ("p", dvh_t.format(targets=targets, oars=oars, dvh=dvh))]
    blocks.append(("p", "Target coverage and normal-tissue doses are acceptable. The plan%s %s approved for treatment." %
                   ("s" if len(plans) > 1 else "", "are" if len(plans) > 1 else "is")))
    return blocks


# ------------------------------------------------------------------------------------------------ QA
def qa_body(c, pid, device, other=None, method="measured"):
    cl = c["clinic"]
    if not other:
        res, comp = qa_results(c, pid)
    else:
        res = [("ARC1", 98.1), ("ARC2", 97.4)]
        comp = 97.8
    d = c["d"]["qa"][pid]
    rows = [["Beam / arc", "Points analysed", "Gamma pass rate", "Result"]]
    for i, (b, v) in enumerate(res):
        rows.append([b, str(900 + 37 * i + int(v)), "%.1f%%" % v, "PASS"])
    rows.append(["Composite", "-", "%.1f%%" % comp, "PASS"])
    return [
        ("kv", [("Plan", (other or {}).get("pid", pid)), ("Device", device),
                ("Method", "measurement of the delivered plan on the treatment unit (true composite, actual gantry angles)"),
                ("Measured", fmt_dt(cl, d, (15, 40))),
                ("Gamma criteria", "3% / 2 mm, global normalization, 10% low-dose threshold"),
                ("Tolerance / action level", "95% / 90% of points passing")]),
        ("table", rows),
        ("p", "Overall result: PASS. Every beam and the composite meet the 95% tolerance; the plan is acceptable for "
              "treatment as measured."),
    ]


# --------------------------------------------------------------------------------------- treatment
def summary(c, with_log=False):
    cl = c["clinic"]
    s = site(c)
    fx = c["d"]["fx"]
    blocks = [("kv", [("First fraction", fmt_date(cl, fx[0][0])), ("Last fraction", fmt_date(cl, fx[-1][0])),
                      ("Fractions delivered", "%d of %d" % (len(fx), len(fx))),
                      ("Treated plan(s)", ", ".join(p["pid"] for p in s["plans"])),
                      ("Dose delivered", "; ".join(rx_phrase(p) for p in s["plans"]))])]
    if with_log:
        lines = ["%-4s %-12s %-13s %-14s %s" % ("Fx", "Date", "Treated plan", "Fraction dose", "Imaging"),
                 "%-4s %-12s %-13s %-14s %s" % ("--", "-" * 11, "-" * 12, "-" * 13, "-------")]
        for i, (d, pid) in enumerate(fx):
            plan = [p for p in s["plans"] if p["pid"] == pid][0]
            t0 = plan["targets"][0]
            lines.append("%-4d %-12s %-13s %-14s %s" % (i + 1, fmt_date(cl, d), pid, "%s Gy" % gy(t0[1] / t0[2]), "CBCT"))
        blocks += [("h", "Treatment delivery record (OIS treatment history)"), ("mono", lines)]
    blocks.append(("p", "Treatment was completed as prescribed without interruption. Acute effects were mild and "
                        "managed supportively; follow-up visit in 6 weeks."))
    if is3d(c):
        blocks.append(("kv", [("Charges", "77295 (%s); 77300; 77412 x %d" % (fmt_date(cl, c["d"]["plan"][s["plans"][0]["pid"]]),
                                                                            len(fx)))]))
    else:
        ch = "; ".join("77301 %s (%s)" % (p["pid"], fmt_date(cl, c["d"]["plan"][p["pid"]])) for p in s["plans"])
        blocks.append(("kv", [("Charges", ch + "; 77338; 77386 x %d" % len(fx))]))
    return blocks


def mu_check(c, plan):
    cl = c["clinic"]
    d = c["d"]["plan"][plan["pid"]]
    rows = [["Field", "TPS MU", "Independent MU", "Difference"]]
    for i, b in enumerate(plan["beams"]):
        rows.append([b["id"], str(b["mu"]), str(b["mu"] + (1 if i == 0 else -2)), "%.1f%%" % ((1 if i == 0 else -2) * 100.0 / b["mu"])])
    return [("kv", [("Plan", plan["pid"]), ("Technique", "3D conformal (forward planned)"),
                    ("Method", "independent point-dose calculation (no measurement required for 3D)")]),
            ("table", rows),
            ("p", "All fields agree within 3%. Acceptable."),
            ("sig", "Medical Physicist: %s   Signed: %s" % (phys_name(cl), fmt_dt(cl, d, (16, 50))))]
