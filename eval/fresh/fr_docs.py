"""Document builders. Each returns a list of blocks (see fr_render)."""
from fr_world import add_bd, zone, ordinal, MONTHS
from fr_vocab import OPENERS, IMAGE_PHRASE, DVH_PHRASE, TPS, QA_TOOL, beam_table
from fr_sites import arc_words

GP = {"uk": "Dr F. Hollingworth, Abbeymead Surgery", "ie": "Dr C. Brennan, Main Street Medical Centre"}


def _tech(ctx):
    return "VMAT" if ctx.beams[0][0] == "arc" else "static-field IMRT"


def necessity_text(ctx, mode="full"):
    c, s = ctx.c, ctx.s
    if mode == "conditional":
        return ("Technique: I would like a 3D conformal plan prepared first. Should the 3D conformal plan not meet the "
                "limits for %s, IMRT may then be requested and justified at that point." % s["organs"])
    reasons = "; ".join(s["cond"][k] for k in ctx.conds)
    return ("%s %s. A three-dimensional conformal or conventional arrangement cannot cover the target while holding "
            "%s within tolerance, so inverse-planned intensity modulation is required for this patient."
            % (OPENERS[c.key], reasons[0].upper() + reasons[1:], s["organs"]))


def _rx_line(ctx):
    t = ctx.targets[0]
    return "%s %.4g Gy in %d fractions (%.4g Gy per fraction)" % (t[0], t[1], t[2], t[1] / t[2])


def _history(ctx):
    s = ctx.s
    return ("This patient has %s. Staging and pathology were reviewed at the multidisciplinary meeting, and "
            "definitive radiotherapy is recommended." % s["dx"])


def consult(ctx, author="ro", state="valid", necessity="full"):
    c, pt, T = ctx.c, ctx.pt, ctx.T
    day, tm = T["consult"], (15, 20)
    title = {"uk": "Clinical Oncology Clinic Letter", "ie": "Radiation Oncology Clinic Letter",
             "au": "Radiation Oncology Consultation", "ca": "Consultation -- Radio-oncologie / Radiation Oncology",
             "acad": "Radiation Oncology New Patient Consultation", "es": "Informe de consulta / Consultation report",
             "fr": "Consultation d'annonce / Radiation Oncology Consultation", "smart": "RO CONSULT [template .ROCONSULT v3]",
             "fax": "RADIATION ONCOLOGY CONSULTATION", "twocol": "Radiation Oncology Consultation Note"}[c.key]
    b = c.header(title, pt, day)
    letter = c.key in ("uk", "ie")
    age = day.year - pt.dob.year - ((day.month, day.day) < (pt.dob.month, pt.dob.day))
    if letter:
        b += [("p", "Dear %s," % GP[c.key]),
              ("p", "Thank you for referring this %s-year-old whom I saw in clinic today. %s" % (age, _history(ctx)))]
    else:
        b += [("h", "History / Diagnosis"), ("p", _history(ctx))]
    b += [("h", "Examination and imaging"),
          ("p", "Performance status 0-1. Imaging and pathology reviewed. Findings as summarised at the tumour board.")]
    if necessity == "3d":
        b += [("h", "Plan"),
              ("p", "Technique: three-dimensional conformal radiotherapy, four fields (anterior, posterior, right and left "
                    "lateral), forward planned, 45 Gy in 25 fractions with concurrent capecitabine. "
                    "Intensity modulation is not required for this volume.")]
    else:
        b += [("h", "Recommendation"),
              ("p", "I recommend %s radiotherapy, prescription to be finalised at planning (%s)."
               % ("external-beam" if necessity == "conditional" else _tech(ctx), _rx_line(ctx))),
              ("p", necessity_text(ctx, necessity))]
    if letter:
        b += [("p", "Yours sincerely,")]
    # signature
    if author == "ro":
        if state == "auto":
            b += [("sig", "E-Signature: Auto-authenticated by system (no physician review of this note) | %s | Date: %s"
                   % (c.ro.full(creds=True), c.dtm(add_bd(day, 10), (0, 0))))]
        else:
            b += [("sig", l) for l in c.sig(c.ro, day, tm)]
    elif author == "np":
        b += [("sig", l) for l in c.sig(c.np, day, tm)]
    elif author == "fellow_attested":
        b += [("sig", l) for l in c.sig(c.fellow, day, tm)]
        b += c.attest(c.fellow, day, (17, 5), "history, examination and recommendation")
    return b


def rx(ctx, signer="ro", oar_mode="limits", phases=None, three_d=False):
    c, pt, T, s = ctx.c, ctx.pt, ctx.T, ctx.s
    day, tm = T["rx"], (11, 40)
    title = {"uk": "Radiotherapy Prescription (Clinical Oncology)", "ie": "Radiation Therapy Prescription and Planning Intent",
             "au": "Radiation Oncology Prescription", "ca": "Ordonnance de radiotherapie / Radiation Prescription",
             "acad": "Radiation Prescription and Planning Directive", "es": "Prescripcion de tratamiento / Treatment prescription",
             "fr": "Prescription de radiotherapie / Radiotherapy prescription", "smart": "RX ORDER [.RORX]",
             "fax": "RADIATION PRESCRIPTION", "twocol": "Planning Directive and Prescription"}[c.key]
    b = c.header(title, pt, day)
    b += [("p", "Diagnosis: %s (%s)" % (s["dx"], s["icd"])),
          ("p", "Technique: %s" % ("3D conformal (forward planned), 4 fields" if three_d else _tech(ctx) + " (inverse planned)"))]
    phases = phases or [("", ctx.targets)]
    for label, tg in phases:
        b += [("h", "Dose prescription" + (" -- %s" % label if label else ""))]
        b += [("table", [["Target", "Total dose", "Fractions", "Dose per fraction", "Energy"]] +
               [[t[0], "%.4g Gy" % t[1], str(t[2]), "%.4g Gy" % (t[1] / t[2]), s["energy"]] for t in tg])]
    if oar_mode == "limits":
        hdr = {"uk": "Organ-at-risk dose limits", "ie": "Critical-structure constraints", "au": "OAR dose constraints",
               "ca": "Contraintes OAR / OAR dose constraints", "acad": "Normal-tissue dose constraints",
               "es": "Restricciones de dosis / OAR dose limits", "fr": "Contraintes de dose aux OAR / OAR constraints",
               "smart": "OAR LIMITS", "fax": "CRITICAL STRUCTURE LIMITS", "twocol": "Organ-at-risk objectives (must not exceed)"}[c.key]
        b += [("h", hdr), ("table", [["Structure", "Metric", "Limit"]] + [[o[0], o[1], "%s %s" % (o[2], o[3])] for o in s["oars"]])]
    elif oar_mode == "achieved":
        b += [("h", "Plan statistics at approval (from the calculated plan)"),
              ("table", [["Structure", "Parameter", "Value"]] + [[a[0], a[1], a[2]] for a in s["achieved"]])]
    if signer == "ro":
        b += [("sig", l) for l in c.sig(c.ro, day, tm)]
    elif signer == "fellow":
        b += [("sig", l) for l in c.sig(c.fellow, day, tm)]
    return b


def plan(ctx, portal="full", stats=False, three_d=False, plans=None):
    c, pt, T, s = ctx.c, ctx.pt, ctx.T, ctx.s
    day = T["plan"]
    b = c.header(TPS[c.key], pt, day)
    plans = plans or [(ctx.plan_name, ctx.targets, ctx.beams, ctx.mus)]
    for pname, tg, beams, mus in plans:
        b += [("h", "Plan %s" % pname),
              ("p", "Plan calculated: %s 16:05. Machine: Linac 2 (%s). Prescription: %s %.4g Gy / %d fractions."
               % (c.d(day), s["energy"], tg[0][0], tg[0][1], tg[0][2])),
              ("p", "Planning technique: %s" % ("3D conformal, forward planned, open and wedged static fields" if three_d
                                                 else ("VMAT" if beams[0][0] == "arc" else "IMRT, inverse planned, static gantry")))]
        if portal == "vmat_only":
            b += [("p", "Delivery: VMAT. Beam geometry and control points are held in the record-and-verify system. "
                        "Total MU %.1f." % sum(mus))]
        elif c.key == "fax":
            words = "; ".join(arc_words(x) for x in beams)
            n = len(beams)
            b += [("p", "BEAMS: %d %s -- %s. Total MU %.1f." % (n, "arcs" if beams[0][0] == "arc" else "static fields", words, sum(mus)))]
        elif c.key == "acad":
            b += [("mono", ["# beam list (gantry IEC 61217, degrees)"] + beam_table("acad", beams, s["energy"], mus))]
        else:
            b += [("table", beam_table(c.key, beams, s["energy"], mus, three_d))]
        if stats:
            b += [("h", "Dose statistics (calculated)"),
                  ("table", [["Structure", "Parameter", "Value"]] + [[a[0], a[1], a[2]] for a in s["achieved"]])]
    b += [("p", "Planned by: %s%s (%s)" % (c.dosi.full(creds=False), (", " + c.dosi.creds) if c.dosi.creds else "", c.dosi.title)),
          ("p", "Plan check (physics): %s, %s -- %s" % (c.phys.full(creds=False), c.phys.creds, c.d(day)))]
    return b


def _dvh_values(ctx, achieved=None):
    return "; ".join("%s %s %s" % a for a in (achieved or ctx.achieved)) + "."


def review(ctx, signer="ro", qa_review=None, plans=None, three_d=False):
    """physician plan review; signer: ro | registrar | dictated | fellow_attested | stamp | twocol"""
    c, pt, T, s = ctx.c, ctx.pt, ctx.T, ctx.s
    day, tm = T["review"], (9, 15)
    title = {"uk": "Consultant Plan Approval", "ie": "Physician Plan Review", "au": "Radiation Oncologist Plan Review",
             "ca": "Revue du plan par le radio-oncologue / Physician Plan Review", "acad": "Treatment Planning Note (Physician)",
             "es": "Validacion medica del plan / Physician plan validation", "fr": "Validation medicale du plan / Physician plan validation",
             "smart": "PLAN REVIEW [.ROPLANREVIEW]", "fax": "PHYSICIAN PLAN REVIEW", "twocol": "Physician Plan Evaluation"}[c.key]
    b = c.header(title, pt, day)
    names = ", ".join(p[0] for p in (plans or [(ctx.plan_name,)]))
    b += [("p", "Plan(s) reviewed: %s (%s)." % (names, "3D conformal" if three_d else _tech(ctx)))]
    b += [("h", "Images and isodose distribution"), ("p", IMAGE_PHRASE[c.key])]
    b += [("h", "Dose-volume histograms"), ("p", DVH_PHRASE[c.key] + " " + _dvh_values(ctx))]
    if qa_review:
        b += [("h", "Patient-specific QA"), ("p", qa_review)]
    b += [("p", "The plan is approved for treatment.")]
    if signer == "ro":
        b += [("sig", l) for l in c.sig(c.ro, day, tm)]
    elif signer == "registrar":
        b += [("sig", l) for l in c.sig(c.registrar, day, tm)]
    elif signer == "dictated":
        b += [("p", "Dictated by: %s, %s (%s) -- %s" % (c.ro.initials(), c.ro.creds, c.ro.title, c.dtm(day, tm))),
              ("p", "Transcribed: %s 07:55. Status: not yet verified by author." % c.d(add_bd(day, 1)))]
    elif signer == "fellow_attested":
        b += [("sig", l) for l in c.sig(c.fellow, day, tm)]
        b += c.attest(c.fellow, day, (13, 40), "images, isodose distributions and dose-volume histograms")
    elif signer == "stamp":
        b += [c.stamp(c.ro, day, tm)]
    return b


def qa(ctx, plan_name=None, signers=("phys", "md"), pass_rates=None, action=90.0, day=None, md_day=None,
       other=None, beams=None, no_beam_ids=False):
    c, T = ctx.c, ctx.T
    pt = other or ctx.pt
    day = day or T["qa"]
    md_day = md_day or T["qa_md"]
    tool, device = QA_TOOL[c.key]
    beams = beams or ctx.beams
    plan_name = plan_name or ctx.plan_name
    title = "Patient-specific IMRT QA -- %s report" % tool
    if c.key in ("ca",):
        title = "Controle qualite patient / Patient-specific IMRT QA -- %s report" % tool
    b = c.header(title, pt, day)
    rates = pass_rates or ctx.rates[:len(beams)]
    comp = round(sum(rates) / len(rates), 1)
    b += [("table", [["Field", "Value"],
                     ["Plan", plan_name],
                     ["Measurement device", device],
                     ["Measured on", c.dtm(day, (18, 25))],
                     ["Analysis", "global gamma 3% / 2 mm, 10% low-dose threshold"],
                     ["Action level (gamma pass rate)", "%.0f%%" % action],
                     ["Tolerance level (gamma pass rate)", "%.0f%%" % (action + 5)]])]
    if no_beam_ids:
        rows = [["Measurement", "Points evaluated", "Gamma pass rate"], ["Composite", "%d" % ctx.points, "%.1f%%" % comp]]
    else:
        rows = [["Beam / arc", "Points evaluated", "Gamma pass rate"]]
        for i, bm in enumerate(beams):
            rows.append([bm[1], "%d" % (ctx.points - 37 * i), "%.1f%%" % rates[i]])
        rows.append(["Composite", "%d" % ctx.points, "%.1f%%" % comp])
    b += [("h", "Results"), ("table", rows)]
    if min(rates) >= action + 5 and comp >= action + 5:
        b += [("p", "Result: PASS. Every beam meets the tolerance and action levels; the plan is released for treatment.")]
    else:
        b += [("p", "Physicist comment: gamma agreement below the department's usual range on this plan; measurement "
                    "reviewed with the planner; see signatures.")]
    phys_tm, md_tm = (19, 5), (8, 40)
    lines = []
    for role in signers:
        if role == "phys":
            lines += c.sig(c.phys, day, phys_tm, "phys")
        elif role == "md":
            lines += c.sig(c.ro, md_day, md_tm, "md_qa")
        elif role == "rt":
            lines += c.sig(c.dosi, day, phys_tm)
        elif role == "pending":
            lines += ["Radiation Oncologist: signature pending review (routed to %s on %s)" % (c.ro.initials(), c.d(day))]
    if c.key == "twocol" and signers == ("phys", "md"):
        b += [("h", "Sign-off"), c.two((c.phys, day, phys_tm), (c.ro, md_day, md_tm))]
    else:
        b += [("h", "Sign-off")] + [("sig", l) for l in lines]
    return b


def record(ctx, plans=None):
    """plans: list of (plan name, rows, first fx number, business-day offset from fraction 1)"""
    c, pt, T = ctx.c, ctx.pt, ctx.T
    day = T["fx1"]
    b = c.header("Treatment delivery record", pt, day)
    b += [("p", "First fraction: %s" % c.d(day))]
    rows = [["Fx", "Date", "Treated plan", "MU delivered", "Therapists"]]
    plans = plans or [(ctx.plan_name, 5, 1, 0)]
    for pname, n, fx0, off in plans:
        d = add_bd(day, off)
        for k in range(n):
            rows.append([str(fx0 + k), c.d(d), pname, "%.1f" % ctx.total_mu, "JM / RK"])
            d = add_bd(d, 1)
    b += [("table", rows), ("p", "Record continues in the record-and-verify system. SYNTHETIC.")]
    return b


def charges(ctx, codes):
    c, pt, T = ctx.c, ctx.pt, ctx.T
    b = c.header("Charge capture summary", pt, T["plan"])
    rows = [["Date of service", "CPT/HCPCS", "Description", "Units"]]
    for dkey, code, desc in codes:
        rows.append([c.d(T[dkey]), code, desc, "1"])
    b += [("table", rows)]
    return b


def mucheck(ctx):
    c, pt, T = ctx.c, ctx.pt, ctx.T
    b = c.header("Independent monitor-unit check (3D conformal plan)", pt, T["plan"])
    rows = [["Field", "TPS MU", "Check MU", "Difference"]]
    for i, bm in enumerate(ctx.beams):
        rows.append([bm[1], "%.1f" % ctx.mus[i], "%.1f" % (ctx.mus[i] * 1.008), "+0.8%"])
    b += [("table", rows), ("p", "All fields within 2%. No phantom measurement is required for a 3D conformal plan.")]
    b += [("sig", l) for l in c.sig(c.phys, T["plan"], (17, 30), "phys")]
    return b
