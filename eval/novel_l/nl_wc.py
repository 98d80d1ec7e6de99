"""Whitcombe College of Medicine - Harmon Memorial Radiation Oncology (invented), Denver CO.

Multi-author notes (fellow and attending contributions named in the note), inline tracked corrections with a
revision history, prescriptions with a version history (correction entered by a trainee, co-signed by the
attending), a fixed-width planning-system export, a physician plan evaluation in RTF with addenda, plan
verification analysed by a medical physics fellow and approved by the board-certified physicist, and an end of
treatment summary.
"""
from nl_text import NARR


def _att(c):
    return c.D["attending"][0]


def _strip(c, title):
    D = c.D
    return [("banner", D["name"]), ("ln", "%s | %s | %s" % (D["dept"], D["city"], D["ehr"])),
            ("ln", "SYNTHETIC TEST RECORD - invented patient, invented clinicians"), ("rule",), ("h", title)]


def _attsig(c, t):
    return "Signed by attending of record: %s, MD (Radiation Oncology) - %s" % (_att(c), t.us())


CORRECTIONS = {
    "cervix": ("left parametrium involved", "left parametrium involved to the mid-portion, not to the sidewall"),
    "spine_reirr": ("Tender over T9", "Tender over T8"),
    "gbm": ("Mild anomia", "Mild anomia, improving since surgery"),
    "apbi_3d": ("upper inner quadrant", "upper outer quadrant"),
}


def consult(c):
    N = NARR[c.site]
    D = c.D
    fn, fcred, ftitle = D["fellow"]
    old, new = CORRECTIONS[c.site]
    exam = N["exam"]
    if new not in exam:
        exam = exam.replace(old, new, 1)
    assert new in exam and old != new
    b = _strip(c, "Consultation - Radiation Oncology")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us),
                     ("Date of service", c.t["visit"].usd()),
                     ("Authors", "%s, %s (%s) - history, examination; %s, MD (Attending) - assessment, plan, "
                                 "technique" % (fn, fcred, ftitle, _att(c))),
                     ("Note status", "Signed; 1 correction (see revision history)")]))
    b += [("h", "Reason for referral"), ("p", N["reason"]),
          ("h", "History"), ("p", N["hpi"].format(age=c.age) + " " + N["pmh"]),
          ("h", "Examination"),
          ("p", exam + " [Correction entered %s by %s, MD: '%s' changed to '%s'; original text retained in the "
                       "revision history.]" % (c.t["rx_entry"].us(), _att(c), old, new)),
          ("h", "Studies reviewed"), ("p", N["data"]),
          ("h", "Assessment and plan (attending)"), ("p", c.S["dx"] + ". " + N["rec"])]
    if c.site == "apbi_3d":
        b += [("h", "Planning technique"),
              ("p", "3D conformal partial-breast irradiation with four non-coplanar photon fields, forward planned "
                    "on the planning CT with the lumpectomy clips. IMRT is not needed for this target and is not "
                    "being requested: the four-field 3D conformal arrangement keeps the ipsilateral lung, heart, "
                    "contralateral breast and thyroid below their limits.")]
    else:
        b += [("h", "Planning technique - need for IMRT (a 3D conformal plan would not suffice)"),
              ("p", "For this patient I am ordering IMRT because of where the target sits. " + c.cond_text() +
                    " Forward-planned 3D conformal fields would give " + c.S["oar_words"] + " more dose than the "
                    "limits I have set for them; intensity modulation is needed to protect these organs at risk.")]
    b += [("h", "Consent"), ("p", "Treatment goals, side effects and alternatives reviewed; written consent signed."),
          ("gap",),
          ("ln", "Fellow contribution signed: %s, %s (%s) - %s" % (fn, fcred, ftitle, c.t["author"].us())),
          ("ln", _attsig(c, c.t["att"])),
          ("sub", "Revision history"),
          ("grid", [["Rev", "Action", "By", "Date/time"],
                    ["1", "Note signed", "%s, MD" % _att(c), c.t["att"].us()],
                    ["2", "Correction entered (examination wording)", "%s, MD" % _att(c), c.t["rx_entry"].us()]])]
    return "Consultation", b, {"serif": True, "accent": "#5a3b1c"}


def rx(c):
    D = c.D
    three_d = c.site == "apbi_3d"
    corr = c.site in ("cervix", "gbm")
    b = _strip(c, "Radiation Prescription - RO Orders")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us), ("Diagnosis", c.S["dx"]),
                     ("Course", "C1 - %s" % c.S["short"]),
                     ("Prescription version", "2 (current)" if corr else "1 (current)")]))
    hist = [["Ver", "Action", "By", "Date/time", "Status"],
            ["1", "Created and authorized", "%s, MD (Attending)" % _att(c), c.t["rx"].us(),
             "Corrected - replaced by version 2" if corr else "Current"]]
    if c.site == "cervix":
        fn = D["fellow"]
        hist.append(["2", "Correction entered", "%s, MD (%s)" % (fn[0], fn[2]), c.t["rx_corr"].us(),
                     "Co-signed by attending %s" % c.t["rx_cosign"].us()])
        note = ("Pelvic bone marrow limit corrected from V20Gy < 75% to V20Gy < 65% (entry error). No other "
                "change.")
    elif c.site == "gbm":
        rn = D["resident"]
        hist.append(["2", "Correction entered", "%s, MD (Resident, %s)" % (rn[0], rn[2]), c.t["rx_corr"].us(),
                     "Awaiting attending co-signature"])
        note = ("Fractionation corrected from 2 Gy x 33 (66 Gy, entry error) to 2 Gy x 30 (60 Gy) per the "
                "consultation; brainstem limit corrected from Dmax < 60 Gy to Dmax < 54 Gy; optic chiasm and right "
                "optic nerve limits added.")
    b += [("sub", "Version history"), ("grid", hist)]
    if corr:
        b += [("sub", "Correction note (version 2)"), ("p", note)]
    b += [("sub", "Prescription (version %s)" % ("2" if corr else "1")),
          ("grid", [["Plan", "Target", "Total dose", "Fractions", "Dose per fraction"]] + c.rx_rows()),
          ("ln", ("Technique: 3D conformal, four non-coplanar static fields, forward planned; twice daily, at "
                  "least 6 hours apart." if three_d else "Technique: %s, inverse planned; daily CBCT." % c.technique())),
          ("sub", "Dose limits for organs at risk"),
          ("grid", [["Organ at risk", "Metric", "Limit"]] + c.oar_rows()), ("gap",), ("sub", "Signatures")]
    if c.site == "cervix":
        fn = D["fellow"]
        b += [("ln", "Version 1 authorized: %s, MD (Attending Radiation Oncologist) - %s" % (_att(c), c.t["rx"].us())),
              ("ln", "Version 2 correction entered by: %s, MD (%s) - %s" % (fn[0], fn[2], c.t["rx_corr"].us())),
              ("ln", "Attending co-signature (version 2): %s, MD (Attending Radiation Oncologist) - co-signed %s"
                     % (_att(c), c.t["rx_cosign"].us()))]
    elif c.site == "gbm":
        rn = D["resident"]
        b += [("ln", "Version 2 correction entered by: %s, MD (Resident, %s, Radiation Oncology) - %s"
                     % (rn[0], rn[2], c.t["rx_corr"].us())),
              ("ln", "Attending co-signature (version 2): PENDING - in the cosign queue of %s, MD since %s"
                     % (_att(c), c.t["rx_corr"].us()))]
    else:
        b += [("ln", "Authorized and signed: %s, MD (Attending Radiation Oncologist) - %s" % (_att(c), c.t["rx"].us()))]
    return "Prescription", b, {}


def plan(c):
    D = c.D
    p = c.plans[0]
    three_d = c.site == "apbi_3d"
    L = ["RIDGEBACK RTP (invented) -- PLAN EXPORT                     SYNTHETIC TEST RECORD",
         "PATIENT ......... %s   MRN %s   DOB %s" % (c.name_caps, c.mrn, c.dob_us),
         "PLAN ............ %s" % p["id"],
         "CREATED ......... %s" % c.t["plan"].us(),
         "TECHNIQUE ....... %s" % ("3D CONFORMAL, FORWARD PLANNED, STATIC MLC-SHAPED FIELDS (NO MODULATION)"
                                   if three_d else "%s (INVERSE PLANNED)" % c.technique().upper()),
         "RX .............. %s" % "; ".join("%s %g Gy / %d FX" % t for t in p["targets"]), ""]
    if p["beams"][0]["kind"] == "arc":
        L.append("BEAM    TYPE   ENERGY  GANTRY START  GANTRY STOP  DIR  COLL   COUCH   MU")
        for bm in p["beams"]:
            L.append("%-7s %-6s %-7s %-13.1f %-12.1f %-4s %-6.1f %-7.1f %d" % (
                bm["id"], "ARC", bm["energy"], bm["start"], bm["stop"], bm["rot"], bm["coll"], bm["couch"],
                c.mu(p, bm)))
    else:
        L.append("FIELD   TYPE     ENERGY  GANTRY  COLL   COUCH   %s MU" % ("WEDGE " if three_d else "SEGS  "))
        for bm in p["beams"]:
            L.append("%-7s %-8s %-7s %-7.1f %-6.1f %-7.1f %-6s %d" % (
                bm["id"], "STATIC", bm["energy"], bm["gantry"], bm["coll"], bm["couch"],
                ("15deg" if bm["id"] in ("F1", "F3") else "none") if three_d else str(5 + c.mu(p, bm) % 6),
                c.mu(p, bm)))
    L += ["", "PREPARED ........ %s, %s  %s" % (D["dosimetrist"][0], D["dosimetrist"][1], c.t["plan"].us()),
          "PHYSICS CHECK ... %s, %s  %s" % (D["physicist"][0], D["physicist"][1], c.t["physcheck"].us()),
          "PHYSICIAN ....... see Physician Plan Evaluation (Cairn Notes)" if not three_d else
          "PHYSICIAN ....... approval recorded in Cairn Notes"]
    return "Plan export", [("fixed", L)], {}


def plan_eval(c):
    D = c.D
    fn = D["fellow"]
    ids = c.plan_ids()
    b = _strip(c, "Physician Plan Evaluation")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us),
                     ("Plan", "%s (created %s)" % (ids[0], c.t["plan"].us())),
                     ("Contributors", "%s, MD (%s) - DVH table; %s, MD - evaluation and approval" % (
                         fn[0], fn[2], _att(c)))]))
    extra = ""
    if c.site == "spine_reirr":
        extra = (" The 2024 T10-L1 dose was reconstructed by physics; the junction at the T9-T10 interspace shows "
                 "no overlap of the 50% isodose lines of the two courses.")
    b += [("sub", "Isodose review"),
          ("p", "I reviewed %s on the planning CT%s slice by slice with the 107%%, 100%%, 95%% and 50%% isodose "
                "lines over %s and over each organ at risk.%s" % (
                    ids[0], " and the fused MRI" if c.site in ("gbm", "cervix") else "", c.targets_text(), extra)),
          ("sub", "Dose-volume histograms"),
          ("p", "Cumulative DVHs were reviewed for %s and for every organ at risk. %s D95 %.1f%%." % (
              c.targets_text(), c.plans[0]["targets"][0][0], 98.5 + c.r.random())),
          ("grid", [["Structure", "Metric", "Plan value"]] + c.achieved_rows(with_limits=False)),
          ("sub", "Assessment"), ("p", "Plan acceptable. Approved for treatment."),
          ("ln", _attsig(c, c.t["rev_att"]))]
    if c.site == "cervix":
        vals, comp = c.gamma(c.plans[0])
        b += [("gap",), ("sub", "Addendum"),
              ("p", "Patient-specific QA (%s, measured %s) reviewed: 3%%/2 mm gamma %.1f%% composite, above the 95%% "
                    "tolerance. Cleared to start." % (D["qa"], c.t["qa_meas"].us(), comp)),
              ("ln", _attsig(c, c.t["qa_md"]))]
    return "Physician plan evaluation", b, {}


def psqa(c):
    D = c.D
    p = c.plans[0]
    vals, comp = c.gamma(p)
    fn, fcred, ftitle = D["phys_fellow"]
    b = _strip(c, "%s - Plan Verification Report" % D["qa"])
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("Plan", p["id"]),
                     ("Measured", "%s on HM-TB1" % c.t["qa_meas"].us()),
                     ("Detector", "cylindrical diode phantom, absolute dose"),
                     ("Analysis", "gamma 3%/2 mm, 10% threshold, global; tolerance 95%, action 90%")]))
    rows = [["Beam", "Gamma pass %", "Points", "Isocenter dose diff %"]]
    for bm, v in zip(p["beams"], vals):
        rows.append([bm["id"], "%.1f" % v, str(c.r.randint(600, 1100)), "%+.1f" % (round(c.r.uniform(-1.3, 1.3), 1) + 0.0)])
    rows.append(["Composite", "%.1f" % comp, str(c.r.randint(1400, 2600)), "%+.1f" % (round(c.r.uniform(-0.8, 0.8), 1) + 0.0)])
    b += [("grid", rows), ("ln", "Result: PASS"),
          ("sub", "Signatures"),
          ("ln", "Analysis performed by: %s, %s (%s) - %s" % (fn, fcred, ftitle, c.t["qa_res"].us())),
          ("ln", "Board-certified physicist: Approved - %s, %s - %s" % (D["physicist"][0], D["physicist"][1],
                                                                       c.t["qa_phys"].us())),
          ("ln", "Attending physician: Reviewed - %s, MD - %s" % (_att(c), c.t["qa_md"].us()))]
    return "Plan verification", b, {"serif": True, "accent": "#5a3b1c"}


def mu_check(c):
    D = c.D
    p = c.plans[0]
    b = _strip(c, "Tally MU (invented) - Independent Monitor Unit Verification")
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("Plan", "%s (3D conformal)" % p["id"]),
                     ("Calculated", c.t["physcheck"].us())]))
    rows = [["Field", "Gantry", "Couch", "TPS MU", "Independent MU", "Difference %"]]
    for bm in p["beams"]:
        mu = c.mu(p, bm)
        d = c.r.uniform(-1.8, 1.8)
        rows.append([bm["id"], "%.1f" % bm["gantry"], "%.1f" % bm["couch"], str(mu), "%.1f" % (mu * (1 + d / 100)),
                     "%+.1f" % (round(d, 1) + 0.0)])
    b += [("grid", rows), ("ln", "Action level: +/- 5% per field. Result: all fields within tolerance."),
          ("ln", "Patient-specific IMRT QA: not applicable - 3D conformal plan, no intensity modulation."),
          ("ln", "Verified by: %s, %s (Medical Physicist) - %s" % (D["physicist"][0], D["physicist"][1],
                                                                  c.t["qa_phys"].us()))]
    return "MU verification", b, {}


def summary(c):
    D = c.D
    p = c.plans[0]
    three_d = c.site == "apbi_3d"
    nfx = p["targets"][0][2]
    L = ["CAIRN NOTES (invented) - END OF TREATMENT SUMMARY          SYNTHETIC TEST RECORD",
         "Patient: %s   MRN: %s   DOB: %s" % (c.name_caps, c.mrn, c.dob_us),
         "Course: C1 %s" % c.S["short"], "",
         "First fraction: %s" % c.t["fx1"].us(),
         "Last fraction:  %s" % c.t["last_fx"].us(),
         "Delivered: %s, %d of %d fractions, plan %s" % (
             "; ".join("%s %g Gy" % (t[0], t[1]) for t in p["targets"]), nfx, nfx, p["id"]),
         "Technique: %s" % ("3D conformal, four non-coplanar static fields, twice daily" if three_d else
                            "%s; %s; daily CBCT" % (c.technique(), c.beam_words(p))),
         "Interruptions: none", ""]
    tox = {"cervix": "Grade 2 diarrhea managed with loperamide; grade 1 fatigue. Proceeding to HDR brachytherapy.",
           "spine_reirr": "Pain improved to 2/10; grade 1 esophagitis. Cabozantinib resumed.",
           "gbm": "Grade 1 fatigue and alopecia; no new deficit. Adjuvant temozolomide to begin in 4 weeks.",
           "apbi_3d": "Grade 1 erythema. Follow-up in 6 weeks with mammogram at 6 months."}[c.site]
    L += ["Toxicity / course: " + tox,
          "Charges: " + ("77263, 77290, 77295, 77300 x4, 77334 x4, 77412 x10, 77427 x2, 77336 x2" if three_d else
                         "77263, 77290, 77301, 77300 x%d, 77338, G6015 x%d, 77427 x%d, 77336 x%d" % (
                             len(p["beams"]), nfx, (nfx + 4) // 5, (nfx + 4) // 5)), "",
          _attsig(c, c.t["summary"])]
    return "End of treatment summary", [("fixed", L)], {}


def outside_summary(c):
    b = [("banner", "Front Range Oncology (invented) - Radiation Treatment Summary"),
         ("ln", "OUTSIDE RECORD - indexed to Harmon Memorial MRN %s by HIM on %s - SYNTHETIC TEST RECORD"
                % (c.mrn, c.t["sim"].usd())), ("rule",),
         ("kv", [("Patient", c.name_fl), ("DOB", c.dob_us), ("Front Range account no.", "FRO-552190"),
                 ("Treatment site", "T10-L1 vertebral bodies (renal cell carcinoma metastasis)"),
                 ("Dates", "08/03/2024 - 08/16/2024"),
                 ("Dose", "30 Gy in 10 fractions, 6 MV, AP/PA opposed fields, field edges T9-T10 interspace to "
                          "L1-L2 interspace"),
                 ("Spinal cord", "maximum point dose 31.2 Gy (EQD2 with alpha/beta 2: 39.0 Gy)")]),
         ("p", "Tolerated well; pain resolved by 4 weeks. Prior to this course there was no radiation to the spine."),
         ("ln", "Signed: Selma Rautio, MD, Radiation Oncology, Front Range Oncology - 08/19/2024")]
    return "Outside treatment summary 2024", b, {"serif": True}
