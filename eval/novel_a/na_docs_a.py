"""Document builders, clinics 1-3: Northbridge (Epic-style In Basket cosign), Great Lakes (Sunrise-style),
Sonoran Valley (athenaOne-style encounters). Every builder returns a doc dict for na_render."""
from na_common import (achieved_sentence, dt_of, gy, limit_rows, necessity, rx_rows, rx_sentence, targets)
from na_world import dmy_caps, long, nm, t12, t12z, us, us0


def _z(x, key):
    d, hm = x.T[key]
    return x.c.tz(d)


def beam_rows(x, spec, beams=None, mus=None):
    """spec: [(heading, key)]"""
    beams = beams or x.beams
    mus = mus or x.mus
    rows = [[h for h, _ in spec]]
    for b, mu in zip(beams, mus):
        if b[0] == "arc":
            _, bid, mv, g0, g1, d = b
            ln = (g1 - g0) % 360 if d == "CW" else (g0 - g1) % 360
            rec = {"id": bid, "type": "VMAT", "mv": "%d X" % mv, "g0": "%.1f" % g0, "g1": "%.1f" % g1,
                   "len": "%.1f" % ln, "dir": d, "coll": "30.0" if d == "CW" else "330.0", "couch": "0.0",
                   "cp": "178" if ln > 300 else "90", "mu": "%.1f" % mu, "seg": "-",
                   "g": "%.1f -> %.1f (%s)" % (g0, g1, d)}
        else:
            _, bid, mv, g = b
            rec = {"id": bid, "type": "Step-and-shoot IMRT", "mv": "%d X" % mv, "g0": "%.1f" % g, "g1": "-",
                   "len": "-", "dir": "-", "coll": "0.0", "couch": "0.0", "cp": "-", "mu": "%.1f" % mu,
                   "seg": str(5 + int(mu) % 7), "g": "%.1f" % g}
        rows.append([rec[k] for _, k in spec])
    return rows


def record_txt(x, title, datefmt, plans=None, extra=None, header=None):
    """Treatment delivery log (TXT). plans: [(plan, first_fx_no, n_rows, beams)]"""
    c, p = x.c, x.pt
    fx1 = x.T["fx1"][0]
    from na_world import add_bd
    lines = [header or ("%s - %s" % (c.name.upper(), "SYNTHETIC RECORD (invented patient)")),
             title, "Patient: %s, %s   MRN: %s   DOB: %s" % (p.family.upper(), p.given.upper(), p.mrn, datefmt(p.dob)),
             "Course: C1   Site: %s" % x.s["dx"].split(",")[0], "First fraction: %s" % datefmt(fx1), ""]
    plans = plans or [(x.plan, 1, 5, x.beams)]
    lines.append("%-4s %-12s %-16s %-28s %-8s %s" % ("Fx", "Date", "Treated plan", "Fields", "MU", "Therapists"))
    for pl in plans:
        plan, first, n, beams = pl[:4]
        mu = sum(pl[4]) if len(pl) > 4 else sum(x.mus[:len(beams)])
        fields = ", ".join(b[1] for b in beams)
        if len(fields) > 28:
            fields = "%s-%s (%d beams)" % (beams[0][1], beams[-1][1], len(beams))
        d = add_bd(fx1, first - 1)
        for i in range(n):
            lines.append("%-4d %-12s %-16s %-28s %-8.1f %s" % (first + i, datefmt(d), plan, fields, mu,
                                                               "%s / %s" % (c.therapist.family, "Ellery")))
            d = add_bd(d, 1)
        lines.append("...")
    lines += [""] + (extra or []) + ["SYNTHETIC - generated for software evaluation; not a real patient."]
    return {"blocks": [("mono", lines)]}


# =================================================================================================
# 1. Northbridge University Health - Epic-style notes, resident authors, In Basket cosign routing;
#    Monaco-style plan summary; iViewDose-style EPID QA.
# =================================================================================================
def _nb_head(x):
    return ("Northbridge University Health | Epic-style chart export | %s, %s | MRN %s | SYNTHETIC"
            % (x.pt.family, x.pt.given, x.pt.mrn))


def _nb_foot(x):
    return "SYNTHETIC - invented record - Northbridge University Health, Columbus OH - Page {page}"


def _nb_patient(x, kind, author, when):
    p = x.pt
    return [("title", kind), ("line", "SYNTHETIC (invented patient for software evaluation) - %s, %s - MRN %s" % (p.family, p.given, p.mrn)),
            ("grid", [["Patient", "%s, %s" % (p.family, p.given), "MRN", p.mrn],
                      ["DOB", us(p.dob), "Sex", p.sex],
                      ["Date of service", us(when), "Department", "Radiation Oncology - Halvorsen Cancer Pavilion"],
                      ["Author", author, "Attending", nm(x.c.md, "first_cred")]], [70, 170, 70, 170])]


def nb_cosign_block(x, key_note, key_cosign, cosigned=True):
    c = x.c
    rd, rhm = x.T[key_note]
    cd, chm = x.T[key_cosign]
    blocks = [("line", "Electronically signed by %s, %s, on %s at %s %s" % (nm(c.trainee, "first_cred"), c.trainee.title,
                                                                            us(rd), t12(rhm), c.tz(rd))),
              ("h", "In Basket cosign routing")]
    rows = [["Event", "User", "Role", "Date/Time"],
            ["Cosign requested", nm(c.trainee, "last_first_cred"), "Resident (PGY-4)", "%s %s %s" % (us(rd), t12(rhm), c.tz(rd))]]
    if cosigned:
        rows.append(["Cosign completed", nm(c.md, "last_first_cred"), "Attending Physician",
                     "%s %s %s" % (us(cd), t12(chm), c.tz(cd))])
        blocks.append(("table", rows, [110, 170, 110, 120]))
        blocks.append(("line", "Cosigned by: %s (Attending Physician, Radiation Oncology) on %s at %s %s"
                       % (nm(c.md, "last_first_cred"), us(cd), t12(chm), c.tz(cd))))
    else:
        rows.append(["Cosign status", "Outstanding - awaiting attending cosignature (In Basket: Cosign - Clinical Note)",
                     "Attending Physician", "-"])
        blocks.append(("table", rows, [110, 170, 110, 120]))
    return blocks


def nb_consult(x):
    c, s = x.c, x.s
    d, _ = x.T["consult"]
    b = _nb_patient(x, "Radiation Oncology Consult", nm(c.trainee, "first_cred") + " (Resident)", d)
    b += [("h", "Reason for Consult"), ("p", "Evaluation for radiation therapy."),
          ("h", "History of Present Illness"), ("p", s["hist"]),
          ("h", "Diagnosis"), ("p", "%s (%s)." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
          ("h", "Assessment and Plan"),
          ("p", "We recommend external beam radiation therapy, %s, with volumetric-modulated arc therapy and daily "
                "cone-beam CT guidance. CT simulation is scheduled." % rx_sentence(x)),
          ("h", "IMRT/VMAT rather than 3D-CRT - clinical rationale"),
          ("p", necessity(x, "")),
          ("p", "Acute and late risks were reviewed. The patient wishes to proceed and signed consent.")]
    d2 = d
    x.T.setdefault("consult_res", (d2, "15:12"))
    b += nb_cosign_block(x, "consult_res", "consult", True)
    return {"blocks": b, "header": _nb_head(x), "footer": _nb_foot(x)}


def nb_rx(x):
    c, p, s = x.c, x.pt, x.s
    d, hm = x.T["rx"]
    z = c.tz(d)
    L = ["NORTHBRIDGE UNIVERSITY HEALTH - RADIATION ONCOLOGY            SYNTHETIC (invented record)",
         "ORDER DETAIL: RADIATION THERAPY PRESCRIPTION - EXTERNAL BEAM     Order ID: %d" % x.doc_no,
         "Patient: %s, %s    MRN: %s    DOB: %s" % (p.family.upper(), p.given.upper(), p.mrn, us(p.dob)),
         "Order status: Signed    Ordered: %s %s %s    Priority: Routine" % (us(d), t12(hm), z),
         "Authorizing provider: %s" % nm(c.md, "last_first_cred"),
         "Course: C1    Treatment site: %s    Modality: photons, VMAT (IMRT)    Plan: %s" % (s["dx"].split(",")[0], x.plan),
         "", "PRESCRIPTION"]
    for t, desc, tot, n in s["rx"]:
        L.append("  %-10s %s Gy in %d fractions of %.2f Gy, 5 fractions/week   [%s]" % (t, gy(tot), n, tot / n, desc))
    L += ["", "PLANNING CONSTRAINTS - ORGANS AT RISK (plan must meet)"]
    for o, m, cmp_ in s["limits"]:
        L.append("  %-22s %-8s %s" % (o, m, cmp_))
    L += ["", "Image guidance: daily CBCT; weekly physics chart check.",
          "Special instructions: see CT simulation note for immobilization.", "",
          "Authorizing provider e-signature: %s - %s %s %s" % (nm(c.md, "last_first_cred"), us(d), t12(hm), z),
          "SYNTHETIC - generated for software evaluation."]
    return {"blocks": [("mono", L)]}


def nb_plan(x):
    c, p = x.c, x.pt
    d, hm = x.T["plan"]
    d2, hm2 = x.T["plan_check"]
    spec = [("Beam", "id"), ("Delivery", "type"), ("Energy", "mv"), ("Gantry start", "g0"), ("Gantry stop", "g1"),
            ("Arc length", "len"), ("Direction", "dir"), ("Collimator", "coll"), ("Couch", "couch"),
            ("Control points", "cp"), ("MU", "mu")]
    b = [("title", "Monaco-style Plan Summary"), ("line", "SYNTHETIC - invented record"),
         ("grid", [["Patient", "%s^%s" % (p.family.upper(), p.given.upper()), "Patient ID (MRN)", p.mrn],
                   ["Plan", x.plan, "Fraction group", "1 of 1"],
                   ["Linac", "NB-Versa 3 (Agility 160-leaf MLC)", "Algorithm", "Monte Carlo, 1% per calculation"]],
          [80, 150, 100, 150]),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Beam summary"), ("table", beam_rows(x, spec), None),
         ("p", "%d beams in total; isocentre at the centre of %s." % (len(x.beams), x.s["rx"][0][0])),
         ("h", "Plan status"),
         ("line", "Planned by: %s  %s %s" % (nm(c.dosim, "first_cred"), us(d), t12(hm))),
         ("line", "Physics plan check: %s  %s %s" % (nm(c.phys, "first_cred"), us(d2), t12(hm2)))]
    return {"blocks": b, "header": _nb_head(x), "footer": _nb_foot(x)}


def nb_review(x, cosigned=True):
    c, s = x.c, x.s
    d, _ = x.T["review"]
    b = _nb_patient(x, "Radiation Oncology Treatment Planning Note", nm(c.trainee, "first_cred") + " (Resident)", d)
    n = len(x.beams)
    b += [("h", "Plan"), ("p", "%s, %d VMAT arcs, %s." % (x.plan, n, rx_sentence(x))),
          ("h", "Image and isodose review"),
          ("p", "The final %s plan was reviewed at the planning workstation. Isodose lines (107%%, 100%%, 95%%, 80%%, 50%%) "
                "were examined on every axial CT slice through %s and on sagittal and coronal reconstructions, with the "
                "contours of the %s displayed. The 95%% line conforms to the PTV and the steep dose gradient falls between "
                "the target and the adjacent critical structures." % (x.plan, targets(x), s["oars"])),
          ("h", "Dose-volume histogram review"),
          ("p", "DVHs for %s and for the %s were reviewed against the prescription constraints: %s. Every constraint "
                "is met." % (targets(x), s["oars"], achieved_sentence(x))),
          ("h", "Disposition"), ("p", "Plan acceptable for treatment.")]
    x.T.setdefault("review_res", x.T["review"])
    b += nb_cosign_block(x, "review_res", "review_cosign", cosigned)
    return {"blocks": b, "header": _nb_head(x), "footer": _nb_foot(x)}


def nb_qa(x):
    c, p = x.c, x.pt
    d, hm = x.T["qa"]
    dp, hp = x.T["qa_phys"]
    dm, hmm = x.T["qa_md"]
    rates = x.rates[:len(x.beams)]
    comp = round(sum(rates) / len(rates) - 0.3, 1)
    rows = [["Beam", "Points analysed", "Gamma pass rate", "Mean gamma", "Status"]]
    for bm, r in zip(x.beams, rates):
        rows.append([bm[1], str(x.points + int(r * 7)), "%.1f%%" % r, "%.2f" % (0.28 + (100 - r) / 40), "Within tolerance"])
    rows.append(["Composite", str(x.points * len(x.beams)), "%.1f%%" % comp, "0.33", "Within tolerance"])
    b = [("title", "iViewDose-style Pre-treatment Portal Dose Verification"), ("line", "SYNTHETIC - invented record"),
         ("grid", [["Patient", "%s, %s" % (p.family, p.given), "MRN", p.mrn],
                   ["Plan", x.plan, "Linac / imager", "NB-Versa 3 / iView EPID"],
                   ["Mode", "Pre-treatment, no patient, gantry-mounted EPID", "Acquired",
                    "%s %s %s" % (us(d), t12(hm), c.tz(d))]], [70, 190, 80, 140]),
         ("h", "Analysis settings"),
         ("table", [["Parameter", "Value"], ["Comparison", "Measured EPID dose vs TPS-predicted portal dose"],
                    ["Gamma criteria", "3% (global) / 2 mm, 10% low-dose threshold"],
                    ["Tolerance level", "95% of points passing"], ["Action level", "90% of points passing"]], [150, 300]),
         ("h", "Results"), ("table", rows, [80, 90, 90, 80, 100]),
         ("line", "Overall result: PASS - every beam and the composite at or above the tolerance level."),
         ("h", "Sign-off"),
         ("table", [["Step", "Name", "Credentials", "Date/Time", "Signature"],
                    ["Physics analysis", nm(c.phys), c.phys.cred, "%s %s %s" % (us(dp), t12(hp), c.tz(dp)), "e-signed"],
                    ["Physician review", nm(c.md), c.md.cred, "%s %s %s" % (us(dm), t12(hmm), c.tz(dm)), "e-signed"]],
          [90, 130, 70, 120, 60])]
    return {"blocks": b, "header": _nb_head(x), "footer": _nb_foot(x)}


def nb_record(x):
    return record_txt(x, "TREATMENT DELIVERY SUMMARY (Epic-style Beacon/OIS interface)", us)


# =================================================================================================
# 2. Great Lakes Academic Medical Center - Sunrise-style documents; MRIdian-style MR-linac plan;
#    QuadraScan MR (invented) diode-array QA; RadCalc-style independent calculation.
# =================================================================================================
def _gl_head(x):
    return "GREAT LAKES ACADEMIC MEDICAL CENTER | Sunrise-style Clinical Documentation | SYNTHETIC | MRN %s" % x.pt.mrn


def _gl_foot(x):
    return "SYNTHETIC - invented record | %s, %s | MRN %s | Page {page}" % (x.pt.family.upper(), x.pt.given.upper(), x.pt.mrn)


def _gl_sig(x, key, fmt="Document signed electronically by: %s (Radiation Oncology) on %s at %s %s"):
    d, hm = x.T[key]
    return ("line", fmt % ("%s, %s MD" % (x.c.md.family, x.c.md.given.replace(".", "")), dmy_caps(d), hm, x.c.tz(d)))


def _gl_ident(x, docname, key):
    p = x.pt
    d, _ = x.T[key]
    return [("line", "Document Name: %s" % docname), ("line", "Document Status: Final"),
            ("line", "Patient: %s, %s     MRN: %s     DOB: %s" % (p.family.upper(), p.given.upper(), p.mrn, dmy_caps(p.dob))),
            ("line", "Visit: Outpatient, Radiation Oncology     Service date: %s" % dmy_caps(d)),
            ("line", "Authored By: %s, %s MD" % (x.c.md.family, x.c.md.given.replace(".", ""))),
            ("line", "SYNTHETIC - invented patient")]


def gl_consult(x):
    s = x.s
    b = [("title", "Radiation Oncology Consultation")] + _gl_ident(x, "Radiation Oncology Consultation", "consult")
    b += [("h", "Subjective"), ("p", s["hist"]), ("h", "Diagnosis"), ("p", "%s (%s)." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
          ("h", "Impression and Recommendations"),
          ("p", "I recommend MR-guided radiation on the 0.35 T MR-linac with real-time soft-tissue gating, to %s. "
                "Simulation on the MR-linac and a planning CT are arranged." % rx_sentence(x)),
          ("h", "Justification for MR-guided IMRT in place of a 3D conformal or conventional plan"),
          ("p", necessity(x, "")),
          ("p", "We discussed fatigue, nausea, and the small risk of bleeding or ulceration; the patient consents."),
          _gl_sig(x, "consult")]
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_rx(x):
    d, hm = x.T["rx"]
    b = [("box", ["Document Status: Final (Signed)",
                  "Signed By: %s, %s MD (Attending Radiation Oncologist)" % (x.c.md.family.upper(),
                                                                        x.c.md.given.replace(".", "").upper()),
                  "Signed On: %s %s %s" % (dmy_caps(d), hm, x.c.tz(d))]),
         ("title", "Radiation Oncology Prescription")] + _gl_ident(x, "Radiation Oncology Prescription", "rx")
    b += [("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
          ("h", "Organ-at-risk dose limits (hard constraints)"), ("table", limit_rows(x), [160, 80, 100]),
          ("h", "Delivery"), ("p", "MR-guided step-and-shoot IMRT, breath-hold with gating on the GTV boundary "
                                   "(3 mm, 5% boundary threshold).")]
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_plan(x):
    c, p = x.c, x.pt
    d, hm = x.T["plan"]
    d2, hm2 = x.T["plan_check"]
    spec = [("Beam", "id"), ("Gantry (deg)", "g0"), ("Delivery", "type"), ("Segments", "seg"), ("Couch", "couch"),
            ("MU", "mu")]
    b = [("title", "MRIdian-style Treatment Plan Report (0.35 T MR-linac)"), ("line", "SYNTHETIC - invented record"),
         ("grid", [["Patient", "%s, %s" % (p.family.upper(), p.given.upper()), "MRN", p.mrn],
                   ["Plan", x.plan, "Beam set", "Reference plan, 6 MV FFF, double-stack MLC"],
                   ["Dose grid", "2 mm, Monte Carlo, B-field on", "Created", "%s %s" % (dmy_caps(d), hm)]],
          [60, 170, 60, 190]),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Beams"), ("table", beam_rows(x, spec), [50, 70, 130, 60, 50, 60]),
         ("p", "%d step-and-shoot IMRT beams, coplanar, at the gantry angles listed. Online adaptation was not used for "
               "this course; the reference plan is delivered at every fraction with MR gating." % len(x.beams)),
         ("line", "Prepared by: %s  %s %s" % (nm(c.dosim, "first_cred"), dmy_caps(d), hm)),
         ("line", "Physics check: %s  %s %s" % (nm(c.phys, "first_cred"), dmy_caps(d2), hm2))]
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_review(x):
    s = x.s
    b = [("title", "Physician Plan Evaluation (MR-linac)")] + _gl_ident(x, "Physician Plan Evaluation", "review")
    b += [("h", "Images and isodose distribution"),
          ("p", "I evaluated the %s reference plan on the 0.35 T planning MR and the registered planning CT, scrolling "
                "every axial slice with the 100%%, 95%%, 80%% and 50%% isodose lines displayed, and in coronal and sagittal "
                "planes. I checked coverage of %s and the position of the high-dose gradient against the %s."
                % (x.plan, targets(x), s["oars"])),
          ("h", "Dose-volume histograms"),
          ("p", "I reviewed the DVH of each target and organ at risk: %s. Each organ-at-risk limit in the prescription "
                "is satisfied." % achieved_sentence(x)),
          ("h", "Decision"), ("p", "Plan approved for delivery."), _gl_sig(x, "review")]
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_qa(x, fail=False):
    c, p = x.c, x.pt
    d, hm = x.T["qa"]
    dp, hp = x.T["qa_phys"]
    dm, hmm = x.T["qa_md"]
    n = len(x.beams)
    if fail:
        groups = [("Beams B01-B04", 88.9), ("Beams B05-B08", 85.6), ("Beams B09-B%02d" % n, 87.2)]
        comp = 87.4
    else:
        groups = [("Beams B01-B05", x.rates[0]), ("Beams B06-B10", x.rates[1]), ("Beams B11-B%02d" % n, x.rates[2])]
        comp = round((x.rates[0] + x.rates[1] + x.rates[2]) / 3 - 0.2, 1)
    rows = [["Beam group", "Detectors in field", "Gamma pass rate (3%/2 mm)", "Evaluation"]]
    for g, r in groups:
        rows.append([g, str(x.points // 3 + int(r)), "%.1f%%" % r,
                     "Below action level" if r < 90 else ("Within tolerance" if r >= 95 else "Between action and tolerance")])
    rows.append(["Composite (all beams)", str(x.points), "%.1f%%" % comp, "Below action level" if comp < 90 else "Within tolerance"])
    b = [("title", "QuadraScan MR (invented) Patient-Specific IMRT QA - Measurement Report"),
         ("line", "SYNTHETIC - invented record"),
         ("grid", [["Patient", "%s, %s" % (p.family.upper(), p.given.upper()), "MRN", p.mrn],
                   ["Plan", x.plan + " (reference plan)", "Device", "QuadraScan MR diode array, MR-compatible phantom"],
                   ["Measured", "%s %s %s on the MR-linac, B-field on" % (dmy_caps(d), hm, c.tz(d)), "Calibration",
                    "daily output-corrected"]], [60, 190, 60, 170]),
         ("h", "Criteria"),
         ("p", "Gamma 3%/2 mm, global normalisation, 10% threshold. Tolerance level 95%; action level 90% "
               "(per departmental IMRT QA policy)."),
         ("h", "Results"), ("table", rows, [130, 100, 130, 130])]
    if fail:
        b += [("line", "RESULT: FAIL - composite and all beam groups below the 90% action level."),
              ("p", "Comment: discrepancy concentrated in the high-gradient region next to the esophagus; a phantom "
                    "set-up offset or an MLC calibration drift is suspected. Re-measurement is to be scheduled after the "
                    "MLC calibration check.")]
    else:
        b += [("line", "RESULT: PASS - composite and all beam groups above the 95% tolerance level.")]
    b += [("h", "Approvals"),
          ("line", "Physics approval: Signed - %s (Medical Physicist)  %s %s %s" % (nm(c.phys, "first_cred"), dmy_caps(dp), hp, c.tz(dp))),
          ("line", "Physician review: Signed - %s (Radiation Oncology)  %s %s %s" % (nm(c.md, "first_cred"), dmy_caps(dm), hmm, c.tz(dm)))]
    if fail:
        b.append(("line", "Physician comment: reviewed; proceed with treatment as scheduled."))
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_radcalc(x):
    c, p = x.c, x.pt
    d, hm = x.T["plan_check"]
    rows = [["Beam", "TPS MU", "Independent calc MU", "Difference", "Point"]]
    for i, (bm, mu) in enumerate(zip(x.beams, x.mus)):
        diff = ((i * 37) % 23 - 11) / 10.0
        rows.append([bm[1], "%.1f" % mu, "%.1f" % (mu * (1 + diff / 100)), "%+.1f%%" % diff, "isocentre"])
    b = [("title", "RadCalc-style Independent MU / Dose Verification"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s, %s   MRN: %s   Plan: %s" % (p.family.upper(), p.given.upper(), p.mrn, x.plan)),
         ("line", "Calculation: Clarkson-based secondary algorithm with MR-linac beam model; heterogeneity corrected"),
         ("table", rows, [60, 70, 110, 70, 70]),
         ("line", "Total dose at isocentre: TPS vs independent calculation within 5% action limit - ACCEPTABLE"),
         ("line", "Calculated by: %s (Medical Physicist)  %s %s %s" % (nm(c.phys, "first_cred"), dmy_caps(d), hm, c.tz(d)))]
    return {"blocks": b, "header": _gl_head(x), "footer": _gl_foot(x)}


def gl_record(x):
    return record_txt(x, "MR-LINAC TREATMENT RECORD (OIS summary)", dmy_caps)


# =================================================================================================
# 3. Sonoran Valley Health - athenaOne-style encounters ("Encounter signed-off by"); Solstice Planning
#    (invented) report; Tessera 4D (invented) rotational diode-phantom QA.
# =================================================================================================
def _sv_head(x):
    return "Sonoran Valley Health | athenaOne-style encounter document | SYNTHETIC | Patient ID %s" % x.pt.mrn


def _sv_foot(x):
    return "SYNTHETIC - invented record | %s %s | DOB %s | Page {page}" % (x.pt.given, x.pt.family, us0(x.pt.dob))


def _sv_enc(x, title, key):
    p, c = x.pt, x.c
    d, _ = x.T[key]
    return [("title", title), ("line", "SYNTHETIC (invented patient for software evaluation)"),
            ("table", [["Patient", "DOB", "Patient ID (MRN)", "Encounter date", "Provider", "Department"],
                       ["%s %s" % (p.given, p.family), us0(p.dob), p.mrn, us0(d), nm(c.md, "first_cred"),
                        "SVH RAD ONC SCOTTSDALE"]], [80, 60, 70, 70, 120, 100]),
            ("line", "Primary insurance: Medicare Part B")]


def _sv_signoff(x, key):
    d, hm = x.T[key]
    return [("line", "Provider: %s (Radiation Oncology)" % nm(x.c.md, "first_cred")),
            ("line", "Encounter signed-off by %s, %s %s %s" % (nm(x.c.md, "first_cred"), us0(d), t12z(hm), x.c.tz(d)))]


def sv_consult(x):
    s = x.s
    b = _sv_enc(x, "Radiation Oncology - New Patient Consultation", "consult")
    b += [("h", "HPI"), ("p", s["hist"]), ("h", "Assessment / Plan"),
          ("p", "%s. ICD-10: %s." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
          ("p", "Plan: definitive-intent radiation therapy, %s, with concurrent systemic therapy as noted. CT simulation "
                "in a custom immobilization device is ordered." % rx_sentence(x)),
          ("h", "Why a 3D conformal plan is not adequate and IMRT is needed"), ("p", necessity(x, "")),
          ("p", "Side effects were reviewed and written information given; consent signed today.")]
    b += _sv_signoff(x, "consult")
    return {"blocks": b, "header": _sv_head(x), "footer": _sv_foot(x)}


def sv_rx(x, limits=True):
    p, c = x.pt, x.c
    d, hm = x.T["rx"]
    b = [("title", "Order: Radiation Therapy - External Beam Prescription"),
         ("p", "SYNTHETIC (invented record). Patient: %s %s   Patient ID (MRN): %s   DOB: %s" % (p.given, p.family, p.mrn, us0(p.dob))),
         ("p", "Order type: Procedure order (radiation oncology)   Ordering provider: %s   Order date: %s"
          % (nm(c.md, "first_cred"), us0(d))),
         ("h", "Prescription"), ("table", rx_rows(x)),
         ("p", "Technique: IMRT (inverse planned), 6 MV. Imaging: daily kV, weekly CBCT.")]
    if limits:
        b += [("h", "Normal tissue dose limits"), ("table", limit_rows(x, ("Structure", "Parameter", "Limit")))]
    b += [("p", "Order signed-off by %s %s %s %s" % (nm(c.md, "first_cred"), us0(d), t12z(hm), c.tz(d)))]
    return {"blocks": b}


def sv_plan(x, stats=False):
    c, p = x.c, x.pt
    d, hm = x.T["plan"]
    d2, hm2 = x.T["plan_check"]
    if x.beams[0][0] == "arc":
        spec = [("Field", "id"), ("Type", "type"), ("Energy", "mv"), ("Start angle", "g0"), ("Stop angle", "g1"),
                ("Rotation", "dir"), ("Collimator", "coll"), ("MU", "mu")]
    else:
        spec = [("Field", "id"), ("Type", "type"), ("Energy", "mv"), ("Gantry", "g0"), ("Collimator", "coll"),
                ("Couch", "couch"), ("Segments", "seg"), ("MU", "mu")]
    b = [("title", "Solstice Planning 4 (invented) - Plan Report"), ("line", "SYNTHETIC - invented record"),
         ("grid", [["Patient", "%s %s" % (p.given, p.family), "Patient ID", p.mrn], ["Plan", x.plan, "Status", "Planning approved"]],
          [60, 170, 60, 170]),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Treatment fields"), ("table", beam_rows(x, spec), None)]
    if stats:
        b += [("h", "Dose statistics (calculated plan)"),
              ("table", [["Structure", "Statistic", "Value"]] + [list(a) for a in x.s["achieved"]], [160, 80, 90])]
    b += [("line", "Plan created by %s on %s %s" % (nm(c.dosim, "first_cred"), us0(d), hm)),
          ("line", "Physics review by %s on %s %s" % (nm(c.phys, "first_cred"), us0(d2), hm2))]
    return {"blocks": b, "header": _sv_head(x), "footer": _sv_foot(x)}


def sv_review(x):
    s = x.s
    b = _sv_enc(x, "Radiation Oncology - Treatment Planning Visit (IMRT plan review)", "review")
    b += [("h", "Isodose review"),
          ("p", "I reviewed the %s plan on the planning CT in axial, sagittal and coronal planes with isodose lines "
                "displayed (110%%, 100%%, 95%%, 50%%), together with the contoured target volumes (%s) and critical "
                "structures (%s). The prescription isodose covers the targets and spares the critical structures."
                % (x.plan, targets(x), s["oars"])),
          ("h", "DVH review"),
          ("p", "Dose-volume histograms of all targets and critical structures reviewed: %s." % achieved_sentence(x)),
          ("h", "Plan"), ("p", "Approved for treatment.")]
    b += _sv_signoff(x, "review")
    return {"blocks": b, "header": _sv_head(x), "footer": _sv_foot(x)}


def sv_qa(x):
    c, p = x.c, x.pt
    d, hm = x.T["qa"]
    dp, hp = x.T["qa_phys"]
    dm, hmm = x.T["qa_md"]
    rows = [["Field", "Measured vs calculated (3D gamma 3%/2 mm)", "Pass rate", "Result"]]
    rates = x.rates[:len(x.beams)]
    for bm, r in zip(x.beams, rates):
        rows.append([bm[1], "%d of %d points" % (int(x.points * r / 100), x.points), "%.1f%%" % r, "Pass"])
    comp = round(sum(rates) / len(rates), 1)
    rows.append(["Plan (all fields)", "%d of %d points" % (int(x.points * len(rates) * comp / 100), x.points * len(rates)),
                 "%.1f%%" % comp, "Pass"])
    b = [("title", "Tessera 4D (invented) - Patient-Specific IMRT QA Report"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s %s    Patient ID (MRN): %s    Plan: %s" % (p.given, p.family, p.mrn, x.plan)),
         ("line", "Phantom: Tessera 4D rotational diode phantom, inclinometer-synchronised"),
         ("line", "Measurement date: %s %s %s    Linac: SVH-TB2" % (us0(d), t12z(hm), c.tz(d))),
         ("line", "Pass criteria: 3%/2 mm global gamma, 10% threshold; tolerance 95%, action 90%"),
         ("table", rows, [90, 200, 70, 60]),
         ("line", "Plan QA status: PASSED"),
         ("line", "Physicist sign-off: %s | %s %s %s" % (nm(c.phys, "first_cred"), us0(dp), t12z(hp), c.tz(dp))),
         ("line", "Radiation oncologist sign-off: %s | %s %s %s" % (nm(c.md, "first_cred"), us0(dm), t12z(hmm), c.tz(dm)))]
    return {"blocks": b, "header": _sv_head(x), "footer": _sv_foot(x)}


def sv_record(x):
    return record_txt(x, "TREATMENT HISTORY (record & verify export)", us0)
