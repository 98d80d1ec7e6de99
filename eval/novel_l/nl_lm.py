"""Larchmont University Medical Center (invented), Omaha NE: a research-active academic department.

Clinical-fellow notes closed by an ATTENDING CO-SIGNATURE AND STATEMENT; multidisciplinary tumor-board case
dispositions; protocol treatment directives with a protocol-specified constraint table (per protocol /
variation acceptable); an investigator plan-review sign-off; patient-specific QA measured by a medical physics
resident and approved by the supervising physicist, with a note on institutional protocol credentialing;
a Clinical Trials Office radiation status form; an OIS treatment history for two-phase courses.
"""
from nl_text import NARR


def _att(c):
    return c.D["attending"][0]


def _fellow(c):
    return c.D["fellow"]


def _strip(c, title):
    D = c.D
    return [("banner", "%s | %s" % (D["name"], D["city"])), ("ln", D["dept"]),
            ("ln", "%s - SYNTHETIC TEST RECORD (invented patient)" % D["ehr"]), ("rule",), ("h", title)]


def _proto(c):
    return c.S.get("protocol") if c.protocol else None


def _subject(c):
    pr = _proto(c)
    return "%s-%03d" % (pr[0], 10 + int(c.mrn[-2:]) % 40) if pr else ""


def _fellow_sig(c, t):
    n, cred, title = _fellow(c)
    return "Electronically signed (fellow): %s, %s, %s -- %s" % (n, cred, title, t.iso())


def _att_cosig(c, t, investigator=None):
    role = "Attending Physician, Radiation Oncology" + (" (treating investigator)" if investigator else "")
    return "Co-signed: %s, MD, %s -- %s" % (_att(c), role, t.iso())


def consult(c):
    N = NARR[c.site]
    pr = _proto(c)
    n, cred, title = _fellow(c)
    b = _strip(c, "Radiation Oncology Consult Note")
    kv = [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us), ("Date of service", c.t["visit"].isod()),
          ("Author", "%s, %s - %s" % (n, cred, title)), ("Attending", "%s, MD" % _att(c))]
    if pr:
        kv.append(("Research", "%s, %s; study subject ID %s" % (pr[0], pr[2], _subject(c))))
    b.append(("kv", kv))
    b += [("h", "Reason for consult"), ("p", N["reason"]),
          ("h", "History of present illness"), ("p", N["hpi"].format(age=c.age)),
          ("h", "Past medical history"), ("p", N["pmh"]),
          ("h", "Physical examination"), ("p", N["exam"]),
          ("h", "Data"), ("p", N["data"]),
          ("h", "Impression"), ("p", c.S["dx"] + "."),
          ("h", "Plan"), ("p", N["rec"])]
    if c.trap == "protocol_necessity":
        b += [("h", "Technique"),
              ("p", "Radiation will be delivered with IMRT (VMAT) to 50.4 Gy in 28 fractions, as specified for %s of "
                    "%s. Per protocol Section 6.1, 3D conformal planning is not permitted on this study and will "
                    "not be used for this patient. Target volumes and dose constraints follow protocol Sections "
                    "6.2 to 6.5." % (pr[2], pr[0]))]
    else:
        head = "Rationale for intensity modulation in this patient" + (
            " (independent of protocol requirements)" if pr else "")
        txt = ("Setting any protocol requirement aside, " if pr else "") + (
            "this patient needs IMRT rather than 3D conformal or conventional planning on anatomic grounds. "
            + c.cond_text() + " A 3D conformal arrangement could cover the PTV only by exceeding the limits for "
            + c.S["oar_words"] + "; modulated arcs are needed to keep those organs at risk within tolerance.")
        b += [("h", head), ("p", txt[0].upper() + txt[1:])]
        if pr:
            b.append(("p", "%s also specifies IMRT for %s; the clinical rationale above stands on its own." % (
                pr[0], pr[2])))
    if pr:
        b += [("h", "Research"),
              ("p", "Eligibility reviewed with the Clinical Trials Office; informed consent for %s signed today "
                    "(version 3.1) after discussion of alternatives including standard treatment off study. "
                    "Randomized to %s." % (pr[0], pr[2]))]
    b += [("h", "Consent"), ("p", "Risks, benefits and alternatives of radiation were reviewed; consent signed."),
          ("gap",), ("ln", _fellow_sig(c, c.t["author"])), ("gap",),
          ("h", "ATTENDING CO-SIGNATURE AND STATEMENT"),
          ("p", "I personally saw and examined the patient with the fellow, confirmed the key history and findings, "
                "and directed the plan of care documented above, including the treatment technique."),
          ("ln", _att_cosig(c, c.t["att"], pr))]
    return "Consult note", b, {}


def tumor_board(c):
    D = c.D
    pr = _proto(c)
    thor = c.site == "lung_protocol"
    conf = "Multidisciplinary Thoracic Oncology Conference" if thor else "Multidisciplinary GI Oncology Conference"
    b = _strip(c, "%s - Case Disposition" % conf)
    b.append(("kv", [("Conference date", c.t["tb"].isod() + " 07:30"), ("Patient", c.name_caps), ("MRN", c.mrn),
                     ("DOB", c.dob_us), ("Presented by", "%s, MD (Clinical Fellow)" % _fellow(c)[0])]))
    b += [("sub", "Attendance"),
          ("grid", [["Specialty", "Attending"], ["Medical Oncology (chair)", D["medonc"][0] + ", MD"],
                    ["Radiation Oncology", _att(c) + ", MD"],
                    ["Thoracic Surgery" if thor else "Surgical Oncology", D["surgeon"][0] + ", MD"],
                    ["Pathology", "Gwendolyn Ostrowski-Pell, MD"], ["Radiology", "Arjun Feldmann-Rao, MD"]]),
          ("sub", "Discussion"),
          ("p", ("Bulky multistation N2 disease (4R, 7); surgery judged unresectable. PFTs adequate for "
                 "chemoradiation." if thor else
                 "cT3 N1 distal esophageal adenocarcinoma; candidate for trimodality therapy; cardiology clearance "
                 "for esophagectomy obtained.")),
          ("sub", "Consensus recommendation"),
          ("p", ("Definitive concurrent chemoradiation followed by consolidation immunotherapy." if thor else
                 "Neoadjuvant chemoradiation followed by esophagectomy 6 to 8 weeks after completion.")),
          ("sub", "Clinical trial screening"),
          ("p", "Potentially eligible for %s; Radiation Oncology and the Clinical Trials Office to confirm "
                "eligibility at consultation." % pr[0]),
          ("ln", "Summary prepared by: %s, %s (Tumor Board Coordinator) %s" % (D["tb_coord"][0], D["tb_coord"][1],
                                                                             c.t["tb"].iso())),
          ("ln", "Disposition reviewed by conference chair: %s, MD (Medical Oncology) %s 09:10 %s" % (
              D["medonc"][0], c.t["tb"].isod(), c.t["tb"].z))]
    return "Tumor board disposition", b, {}


def directive(c):
    pr = _proto(c)
    n, cred, title = _fellow(c)
    b = _strip(c, ("Protocol Treatment Directive - Radiation" if pr else "Radiation Treatment Directive"))
    kv = [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us), ("Diagnosis", c.S["dx"]),
          ("Technique", "VMAT (inverse planned); daily CBCT")]
    if pr:
        kv[3:3] = [("Protocol", "%s - %s" % (pr[0], pr[1])), ("Arm / subject", "%s / %s" % (pr[2], _subject(c)))]
    b.append(("kv", kv))
    b += [("sub", "Dose prescription" + (" (all phases)" if len(c.plans) > 1 else "")),
          ("grid", [["Plan / phase", "Target", "Dose", "Fractions", "Per fraction"]] + c.rx_rows())]
    if len(c.plans) > 1:
        b.append(("ln", "Cumulative dose to the boost target: %s." % c.S["total"]))
    if pr:
        b += [("sub", "Protocol-specified normal tissue constraints (Section 6.5)"),
              ("grid", [["Structure", "Metric", "Per protocol", "Variation acceptable"]] + c.oar_rows(protocol=True)),
              ("ln", "Values beyond 'variation acceptable' are protocol deviations and require investigator review.")]
    else:
        b += [("sub", "Normal tissue constraints"),
              ("grid", [["Structure", "Metric", "Limit"]] + c.oar_rows())]
    b += [("gap",), ("ln", "Prepared by: %s, %s (Clinical Fellow) %s" % (n, cred, c.t["rx_entry"].iso())),
          ("ln", "%s: %s, MD -- e-signed %s" % ("Treating investigator signature" if pr else
                                               "Attending radiation oncologist signature", _att(c), c.t["rx"].iso()))]
    return "Treatment directive", b, {}


def plan(c):
    D = c.D
    pr = _proto(c)
    b = _strip(c, "%s - Plan Report" % D["tps"])
    for i, p in enumerate(c.plans):
        tc = c.t["plan"] if i == 0 else c.t["plan2"]
        b += [("sub", "Plan %s" % p["id"]),
              ("kv", [("Patient", "%s  (MRN %s)" % (c.name_caps, c.mrn)), ("Plan ID", p["id"]),
                      ("Created", tc.iso()), ("Algorithm", "Monte Carlo, 2% uncertainty, 2.5 mm grid"),
                      ("Prescription", "; ".join("%s %g Gy / %d fx" % t for t in p["targets"]) +
                       (" (fractions %d-%d)" % p["fx"] if "fx" in p else ""))]),
              ("grid", c.beam_rows(p))]
    if pr:
        b.append(("ln", "Protocol %s %s: plan exported to the Clinical Trials Office for archival." % (pr[0], pr[2])))
    b += [("ln", "Dosimetrist: %s, %s  %s" % (D["dosimetrist"][0], D["dosimetrist"][1], c.t["plan"].iso())),
          ("ln", "Physics second check: %s, %s  %s" % (D["physicist"][0], D["physicist"][1], c.t["physcheck"].iso()))]
    return "Plan report", b, {"landscape": True}


def plan_review(c):
    pr = _proto(c)
    n, cred, title = _fellow(c)
    ids = c.plan_ids()
    b = _strip(c, "Protocol RT Plan Review - Investigator Sign-off" if pr else "Radiation Plan Review - Fellow and Attending")
    kv = [("Patient", c.name_caps), ("MRN", c.mrn), ("DOB", c.dob_us),
          ("Plan(s) reviewed", "; ".join("%s (created %s)" % (pid, (c.t["plan"] if i == 0 else c.t["plan2"]).iso())
                                         for i, pid in enumerate(ids))),
          ("Review date", c.t["rev_author"].isod())]
    if pr:
        kv.append(("Protocol", "%s %s, subject %s" % (pr[0], pr[2], _subject(c))))
    b.append(("kv", kv))
    targ = c.targets_text()
    b += [("grid", [["Item", "Finding"],
                    ["CT and isodose review", "Planning CT reviewed slice by slice (axial, coronal, sagittal) for %s "
                     "with the 105/100/95/90/50%% isodose lines over %s and every organ at risk; no hot spot "
                     "outside the PTV." % (" and ".join(ids), targ)],
                    ["Target DVH", "; ".join("%s: D95 %.1f%%, V100 %.1f%%, Dmax %.1f%%" % (
                        p["targets"][0][0], 98.6 + c.r.random(), 95.0 + c.r.random(), 106.0 + c.r.random())
                        for p in c.plans)],
                    ["OAR DVHs", "Cumulative DVH reviewed for every organ at risk (%s); values below" % (
                        "composite of all phases" if len(ids) > 1 else "single phase")]])]
    if pr:
        b.append(("grid", [["Structure", "Metric", "Per protocol", "Variation acceptable", "Plan", "Score"]] +
                  c.achieved_rows(protocol=True)))
    else:
        b.append(("grid", [["Structure", "Metric", "Limit", "Plan", "Met"]] + c.achieved_rows()))
    b += [("sub", "Attending statement"),
          ("p", "I reviewed %s on the planning CT with the isodose distribution and the DVHs together with the "
                "fellow, and I agree with the findings above. Approved for treatment pending patient-specific QA."
                % " and ".join(ids)),
          ("ln", _fellow_sig(c, c.t["rev_author"])),
          ("ln", "Attending co-signature: %s, MD, Attending Physician%s -- co-signed %s" % (
              _att(c), " and Treating Investigator" if pr else ", Radiation Oncology", c.t["rev_att"].iso()))]
    return "Plan review", b, {}


def psqa(c, idx=0):
    D = c.D
    pr = _proto(c)
    p = c.plans[idx]
    meas, res, phys, md = (("qa_meas", "qa_res", "qa_phys", "qa_md") if idx == 0 else
                           ("qa_meas2", "qa_res2", "qa_phys2", "qa_md2"))
    vals, comp = c.gamma(p)
    pr_n, pr_cred, pr_title = D["phys_res"]
    b = _strip(c, "%s - Patient-Specific QA Report" % D["qa"])
    b.append(("kv", [("Patient", c.name_caps), ("MRN", c.mrn), ("Plan", "%s (%s)" % (p["id"], D["tps"])),
                     ("Measured", c.t[meas].iso() + " on LUMC-LA2"),
                     ("Method", "Cylindrical diode array, absolute dose, true composite delivery"),
                     ("Gamma criteria", "3% / 2 mm, 10% threshold, global"),
                     ("Tolerance / action levels", "95% / 90% of points passing")]))
    rows = [["Arc", "Points", "Gamma pass %", "Median dose diff %"]]
    for bm, v in zip(p["beams"], vals):
        rows.append([bm["id"], str(c.r.randint(700, 1200)), "%.1f" % v, "%+.1f" % (round(c.r.uniform(-1.2, 1.2), 1) + 0.0)])
    rows.append(["Composite", str(c.r.randint(1500, 2300)), "%.1f" % comp, "%+.1f" % (round(c.r.uniform(-0.9, 0.9), 1) + 0.0)])
    b += [("grid", rows), ("ln", "Overall: PASS (all arcs and the composite at or above the tolerance level)")]
    if pr:
        b += [("sub", "Protocol credentialing"),
              ("p", "Institutional IMRT credentialing for %s: Midcontinent RT Credentialing Consortium (invented) "
                    "thorax phantom irradiated 2025-03-11, passed; letter on file with the Clinical Trials Office. "
                    "Credentialing is institutional and does not replace this patient-specific measurement." % pr[0])]
    b += [("sub", "Review and approval"),
          ("ln", "Measured / analysed: %s, %s (%s) -- %s" % (pr_n, pr_cred, pr_title, c.t[res].iso()))]
    if c.trap == "boost_qa_trainee" and idx == 1:
        b += [("ln", "Supervising medical physicist approval: awaiting co-signature (routed to %s, %s on %s)"
                     % (D["physicist"][0], D["physicist"][1], c.t[res].iso()))]
    else:
        b += [("ln", "Supervising medical physicist approval: %s, %s -- approved %s" % (
            D["physicist"][0], D["physicist"][1], c.t[phys].iso()))]
    b += [("ln", "Treating radiation oncologist review: %s, MD -- reviewed %s" % (_att(c), c.t[md].iso()))]
    return "PSQA report %s" % p["id"], b, {}


def psqa2(c):
    return psqa(c, 1)


def rt_status(c):
    D = c.D
    pr = _proto(c)
    p = c.plans[0]
    L = ["LARCHMONT UNIVERSITY MEDICAL CENTER - CLINICAL TRIALS OFFICE",
         "PROTOCOL RADIATION THERAPY STATUS FORM                     SYNTHETIC TEST RECORD", "",
         "Protocol ............ %s (%s)" % (pr[0], pr[2]),
         "Subject ID .......... %s" % _subject(c),
         "Patient / MRN ....... %s / %s   DOB %s" % (c.name_caps, c.mrn, c.dob_us),
         "Consent date ........ %s (version 3.1)" % c.t["visit"].isod(),
         "RT credentialing .... Institution credentialed for IMRT (Midcontinent RT Credentialing Consortium,",
         "                      invented), phantom irradiation 2025-03-11: passed",
         "Pre-treatment review  Not required by protocol for this arm (retrospective central review)",
         "Plan ID ............. %s" % p["id"],
         "RT start date ....... %s (first fraction)" % c.t["fx1"].isod(),
         "Planned end date .... %s" % c.fx_dates[-1].isoformat(),
         "Data submitted ...... DICOM RT plan, structures and dose exported %s" % c.t["rounds"].isod(), "",
         "Completed by: %s, %s (Clinical Research Coordinator)  %s" % (D["crc"][0], D["crc"][1], c.t["rounds"].iso())]
    return "Protocol RT status", [("fixed", L)], {}


def history(c):
    L = ["LATTICE OIS - TREATMENT HISTORY (course C1)                 SYNTHETIC TEST RECORD",
         "Patient: %s   MRN: %s   DOB: %s" % (c.name_caps, c.mrn, c.dob_us),
         "First fraction: %s" % c.t["fx1"].iso(), "",
         "Fx   Date         Treated plan   Arcs          MU    Tx by"]
    k = 0
    for p in c.plans:
        a, z = p["fx"]
        mu = sum(c.mu(p, bm) for bm in p["beams"])
        for fx in range(a, z + 1):
            if fx <= a + 2 or fx >= z - 1:
                L.append("%-4d %s   %-13s  %-12s  %-5d KL/RB" % (fx, c.fx_dates[fx - 1].isoformat(), p["id"],
                                                                "%s,%s" % (p["beams"][0]["id"], p["beams"][-1]["id"]), mu))
            elif fx == a + 3:
                L.append("...  (fractions %d-%d delivered with %s, rows omitted in this print)" % (fx, z - 2, p["id"]))
        k += 1
    L += ["", "Course status: completed %s" % c.fx_dates[-1].isoformat()]
    return "Treatment history", [("fixed", L)], {}
