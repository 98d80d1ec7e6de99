"""Document builders, clinics 4-6: Bayshore (eScription-style dictation, "Electronically authenticated by"),
Cascadia (Epic-style SmartText sign lines with a teaching-physician attestation), Piedmont Crescent
(Epic-style revision-history sign-off; ClearCheck-style evaluation; 3D course)."""
from na_common import achieved_sentence, gy, limit_rows, necessity, rx_rows, rx_sentence, targets
from na_docs_a import beam_rows, record_txt
from na_world import add_bd, iso, long, nm, t12, us0


# =================================================================================================
# 4. Bayshore Health System - eScription-style dictations; Tidewater TPS (invented); HelioArray (invented) QA
# =================================================================================================
def _bs_id(x, p=None):
    p = p or x.pt
    return "PATIENT: %s, %s     MRN: %s     DOB: %s" % (p.family.upper(), p.given.upper(), p.mrn, us0(p.dob))


def _bs_auth(x, key, dkey=None, job=4417):
    c = x.c
    d, hm = x.T[key]
    dd, dhm = x.T[dkey] if dkey else (d, hm)
    dt_ = "%s 06:10" % us0(d) if d > dd else "%s %02d:%s" % (us0(d), int(dhm[:2]) + 2, dhm[3:])
    return ["Electronically authenticated by: %s  %s %s %s" % (nm(c.md, "first_cred"), us0(d), hm, c.tz(d)),
            "DD: %s %s   DT: %s   Doc ID: %d   Voice job: %d/rq" % (us0(dd), dhm, dt_, x.doc_no + job, job)]


def _bs_wrapped(x, title, dos_key, paras, auth_key, dict_key, job):
    from na_render import _wrap
    c = x.c
    d, _ = x.T[dos_key]
    L = ["BAYSHORE HEALTH SYSTEM - MERCY POINT CAMPUS", "RADIATION ONCOLOGY", title + "          ** SYNTHETIC RECORD **",
         _bs_id(x), "DATE OF SERVICE: %s" % us0(d), "DICTATING PROVIDER: %s" % nm(c.md, "first_cred"), ""]
    for head, text in paras:
        if head:
            L.append(head)
        L += _wrap(text, 92) + [""]
    L += _bs_auth(x, auth_key, dict_key, job)
    return {"blocks": [("mono", L)]}


def bs_consult(x, with_necessity=True):
    s = x.s
    d, _ = x.T["consult"]
    x.T["consult_auth"] = (add_bd(d, 1), "10:44")
    paras = [("HISTORY OF PRESENT ILLNESS:", s["hist"]),
             ("DIAGNOSIS:", "%s (%s)." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
             ("IMPRESSION AND PLAN:", "I recommend radiation therapy, %s, planned on a CT simulation in a custom "
                                      "immobilization device." % rx_sentence(x))]
    if with_necessity:
        paras.append((None, necessity(x, "With respect to technique, a three-dimensional conformal plan would not be "
                                         "adequate here, and I am requesting intensity-modulated treatment for the "
                                         "following reasons.")))
    else:
        paras.append((None, "Treatment will be delivered with intensity-modulated radiotherapy. A separate letter of "
                            "medical necessity is being prepared by our office for the payer."))
    paras.append((None, "The risks, benefits and alternatives were discussed at length, and the patient wishes to proceed."))
    return _bs_wrapped(x, "CONSULTATION", "consult", paras, "consult_auth", "consult", 4417)


def bs_letter_other(x, o):
    """A letter of medical necessity that belongs to another patient (misfiled into this chart)."""
    c = x.c
    d = add_bd(x.T["consult"][0], 1)
    b = [("line", "BAYSHORE HEALTH SYSTEM - MERCY POINT CAMPUS - RADIATION ONCOLOGY"),
         ("line", "SYNTHETIC - invented record"),
         ("line", long(d)),
         ("line", "Re: %s %s    MRN: %s    DOB: %s" % (o["given"], o["family"], o["mrn"], us0(o["dob"]))),
         ("title", "Letter of Medical Necessity - Intensity-Modulated Radiation Therapy"),
         ("p", "To the Medical Director: %s %s has squamous cell carcinoma of the base of tongue, cT3 N2 (AJCC 8th, "
               "p16 positive). I am requesting coverage for intensity-modulated radiation therapy, 70 Gy in 35 fractions "
               "with concurrent cisplatin." % (o["given"], o["family"])),
         ("p", "A three-dimensional conformal plan would not be adequate. The primary and the bilateral nodal volumes form "
               "a concave target that wraps around the spinal cord and brainstem, and the retropharyngeal nodes lie within "
               "4 mm of the spinal cord. Intensity modulation is required to keep the spinal cord, brainstem, parotid "
               "glands, mandible and larynx within tolerance while covering the target."),
         ("p", "Please contact my office with any questions."),
         ("line", "Sincerely,"),
         ("line", "Electronically authenticated by: %s  %s 11:30 %s" % (nm(c.md, "first_cred"), us0(d), c.tz(d))),
         ("line", "Radiation Oncology, Bayshore Health System")]
    return {"blocks": b}


def bs_rx(x):
    c, p = x.c, x.pt
    d, hm = x.T["rx"]
    b = [("title", "Radiation Prescription - External Beam"),
         ("p", "SYNTHETIC (invented record). " + _bs_id(x)),
         ("p", "Bayshore Health System, Mercy Point Campus. Course 1, %s." % x.plan),
         ("h", "Prescription"), ("table", rx_rows(x)),
         ("h", "Dose constraints for organs at risk"), ("table", limit_rows(x)),
         ("p", "Technique: IMRT/VMAT, 6 MV. Image guidance: daily CBCT with 6-degree-of-freedom couch correction."),
         ("p", "Electronically authenticated by: %s  %s %s %s" % (nm(c.md, "first_cred"), us0(d), hm, c.tz(d)))]
    return {"blocks": b}


def bs_plan(x):
    c, p = x.c, x.pt
    d, hm = x.T["plan"]
    d2, hm2 = x.T["plan_check"]
    spec = [("Beam", "id"), ("Technique", "type"), ("Energy", "mv"), ("Gantry rotation (start / stop / dir)", "g"),
            ("Coll", "coll"), ("Couch", "couch"), ("MU", "mu")]
    b = [("title", "Tidewater TPS 2.3 (invented) - Plan Parameters"), ("line", "SYNTHETIC - invented record"),
         ("line", _bs_id(x)),
         ("line", "Plan: %s    Machine: MP-TrueBeam-2    Calculation: collapsed cone, 2.5 mm grid" % x.plan),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Beams"), ("table", beam_rows(x, spec), [50, 60, 45, 170, 45, 45, 50]),
         ("line", "Dosimetrist: %s  %s %s" % (nm(c.dosim, "first_cred"), us0(d), hm)),
         ("line", "Physics second check: %s  %s %s" % (nm(c.phys, "first_cred"), us0(d2), hm2))]
    return {"blocks": b, "footer": "SYNTHETIC - Bayshore Health System - MRN %s - page {page}" % p.mrn}


def bs_review(x):
    s = x.s
    x.T["review_auth"] = (x.T["review"][0], "13:10")
    paras = [("PLAN REVIEW:", "I reviewed the final %s plan today. On the planning CT I stepped through the axial images "
                              "and the sagittal and coronal reconstructions with the isodose distribution superimposed, "
                              "looking at the 100%%, 95%%, 90%% and 50%% lines in relation to %s and to the %s. Coverage is "
                              "appropriate and the steep gradient falls where intended." % (x.plan, targets(x), s["oars"])),
             ("DOSE-VOLUME HISTOGRAMS:", "I reviewed the dose-volume histograms for the target and for each critical "
                                         "structure. %s. All organ-at-risk constraints in the prescription are met."
              % achieved_sentence(x)),
             ("DISPOSITION:", "The plan is approved for treatment.")]
    return _bs_wrapped(x, "TREATMENT PLANNING NOTE", "review", paras, "review_auth", "review", 5120)


def bs_qa(x):
    c, p = x.c, x.pt
    d, hm = x.T["qa"]
    dp, hp = x.T["qa_phys"]
    dm, hmm = x.T["qa_md"]
    rates = x.rates[3:3 + len(x.beams)]
    rows = [["Arc", "Diodes evaluated", "Gamma 3%/2 mm", "Tolerance (95%)", "Action (90%)"]]
    for bm, r in zip(x.beams, rates):
        rows.append([bm[1], str(x.points - 200 + int(r)), "%.1f%%" % r, "met", "met"])
    comp = round(sum(rates) / len(rates), 1)
    rows.append(["Composite", str(x.points), "%.1f%%" % comp, "met", "met"])
    b = [("title", "HelioArray (invented) Cylindrical Diode Array - Patient-Specific QA"),
         ("line", "SYNTHETIC - invented record"), ("line", _bs_id(x)),
         ("line", "Plan: %s    Delivered to phantom: %s %s %s    Linac: MP-TrueBeam-2" % (x.plan, us0(d), hm, c.tz(d))),
         ("line", "Analysis: absolute dose, global gamma 3%/2 mm, 10% threshold"),
         ("table", rows, [70, 90, 90, 90, 90]),
         ("line", "Result: PASS"),
         ("line", "Measured and analyzed by: %s (Medical Physicist)  %s %s %s" % (nm(c.phys, "first_cred"), us0(dp), hp, c.tz(dp))),
         ("line", "Physician concurrence: %s  %s %s %s" % (nm(c.md, "first_cred"), us0(dm), hmm, c.tz(dm)))]
    return {"blocks": b, "footer": "SYNTHETIC - Bayshore Health System - MRN %s - page {page}" % p.mrn}


def bs_radcalc(x):
    c, p = x.c, x.pt
    d, hm = x.T["plan_check"]
    rows = [["Beam", "Planned MU", "Secondary calc dose (Gy)", "TPS dose (Gy)", "% diff"]]
    for i, (bm, mu) in enumerate(zip(x.beams, x.mus)):
        diff = ((i * 29) % 17 - 8) / 10.0
        rows.append([bm[1], "%.1f" % mu, "%.3f" % (mu / 100 * 1.02 * (1 + diff / 100)), "%.3f" % (mu / 100 * 1.02), "%+.1f" % diff])
    b = [("title", "RadCalc-style Secondary Dose Calculation"), ("line", "SYNTHETIC - invented record"), ("line", _bs_id(x)),
         ("line", "Plan: %s   Method: independent Monte Carlo recalculation of the exported plan on the patient CT" % x.plan),
         ("table", rows, [60, 70, 120, 80, 50]),
         ("line", "Gamma (recalc vs TPS, 3%/3 mm): 99.2%   Status: within 5% action limit"),
         ("line", "Calculated by: %s  %s %s %s" % (nm(c.phys, "first_cred"), us0(d), hm, c.tz(d)))]
    return {"blocks": b, "footer": "SYNTHETIC - Bayshore Health System - MRN %s - page {page}" % p.mrn}


def bs_record(x):
    return record_txt(x, "TREATMENT DELIVERY RECORD", us0)


# =================================================================================================
# 5. Cascadia University Medical Center - Epic-style notes with SmartText "Signed: name | role | date" lines,
#    fellow notes with a teaching-physician attestation; Cirrus Plan (invented); Portal Dosimetry-style variant QA.
# =================================================================================================
def _cs_when(d, hm, c):
    return "%s %s %d, %d %s %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, t12(hm), c.tz(d))


def _cs_sig(x, person, role, key):
    d, hm = x.T[key]
    return ("line", "Signed: %s | %s | %s" % (nm(person, "first_cred"), role, _cs_when(d, hm, x.c)))


def _cs_top(x, kind, author, key):
    p = x.pt
    d, _ = x.T[key]
    return [("line", "Progress Notes  >  %s" % kind),
            ("title", kind),
            ("line", "%s, %s  |  MRN %s  |  DOB %s  |  SYNTHETIC invented patient" % (p.family, p.given, p.mrn, us0(p.dob))),
            ("line", "Note author: %s    Date of service: %s" % (author, d.strftime("%A, %B ") + "%d, %d" % (d.day, d.year)))]


def _cs_head(x):
    return "Cascadia University Medical Center | Epic-style note export | SYNTHETIC | MRN %s" % x.pt.mrn


def _cs_foot(x):
    return "SYNTHETIC - invented record - CUMC Radiation Oncology - Page {page}"


def cs_consult(x):
    c, s = x.c, x.s
    d, _ = x.T["consult"]
    x.T["consult_fellow"] = (d, "14:10")
    b = _cs_top(x, "Radiation Oncology Consultation", "%s (%s)" % (nm(c.trainee, "first_cred"), c.trainee.title), "consult")
    b += [("h", "History"), ("p", s["hist"]), ("h", "Diagnosis"), ("p", "%s (%s)." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
          ("h", "Recommendation"), ("p", "Radiation therapy, %s." % rx_sentence(x)),
          ("h", "Technique selection (IMRT vs 3D conformal)"), ("p", necessity(x, "")),
          ("p", "Consent obtained after discussion of acute and late effects."),
          _cs_sig(x, c.trainee, c.trainee.title, "consult_fellow"),
          ("h", "Teaching Physician Attestation"),
          ("p", "I saw and evaluated the patient with Dr. %s, reviewed the fellow's note above, and agree with the findings "
                "and plan as documented, including the rationale for IMRT. I discussed the risks of treatment with the "
                "patient personally." % c.trainee.family),
          _cs_sig(x, c.md, c.md.title, "consult")]
    return {"blocks": b, "header": _cs_head(x), "footer": _cs_foot(x)}


def cs_directive(x):
    c, p = x.c, x.pt
    b = [("title", "Radiation Treatment Directive"),
         ("p", "SYNTHETIC (invented patient). %s, %s   MRN %s   DOB %s" % (p.family, p.given, p.mrn, us0(p.dob))),
         ("h", "Targets and dose"), ("table", rx_rows(x)),
         ("h", "Organ-at-risk planning objectives (limits)"), ("table", limit_rows(x)),
         ("p", "Technique: VMAT. IGRT: daily CBCT. Bolus: none."),
         _cs_sig(x, c.md, c.md.title, "rx")]
    return {"blocks": b}


def cs_plan(x, plans=None):
    c, p = x.c, x.pt
    d, hm = x.T["plan"]
    d2, hm2 = x.T["plan_check"]
    spec = [("Beam", "id"), ("Technique", "type"), ("Energy", "mv"), ("Gantry arc (start -> stop)", "g"),
            ("Coll", "coll"), ("Couch", "couch"), ("MU", "mu")]
    b = [("title", "Cirrus Plan 3 (invented) - Treatment Plan Report"), ("line", "SYNTHETIC - invented record"),
         ("line", "%s, %s   MRN %s   Course C1" % (p.family, p.given, p.mrn))]
    for name, rx, beams, mus in (plans or [(x.plan, x.s["rx"], x.beams, x.mus)]):
        b += [("h", "Beam set: %s" % name), ("table", rx_rows(x, rx), [70, 190, 70, 55, 60]),
              ("table", beam_rows(x, spec, beams, mus), [60, 62, 40, 160, 40, 40, 50])]
    b += [("line", "Planner: %s  %s %s" % (nm(c.dosim, "first_cred"), us0(d), t12(hm))),
          ("line", "Physics plan check: %s  %s %s" % (nm(c.phys, "first_cred"), us0(d2), t12(hm2)))]
    return {"blocks": b, "header": _cs_head(x), "footer": _cs_foot(x)}


def cs_review(x, dvh="done", plans=None):
    c, s = x.c, x.s
    names = [pl[0] for pl in plans] if plans else [x.plan]
    b = _cs_top(x, "Radiation Oncology Plan Review", nm(c.md, "first_cred"), "review")
    b += [("h", "Plans reviewed"), ("p", ", ".join(names) + ". " + rx_sentence(x) + "."),
          ("h", "CT images and isodose distributions"),
          ("p", "I reviewed %s on the planning CT, slice by slice in the axial plane and in coronal and sagittal "
                "reformats, with the 105%%, 100%%, 95%% and 50%% isodose lines displayed over the targets (%s) and the %s."
                % (" and ".join(names), targets(x), s["oars"]))]
    if dvh == "done":
        b += [("h", "Dose-volume histograms"),
              ("p", "DVHs reviewed for each target and organ at risk%s: %s. All objectives in the directive are met."
                    % (" (composite of both plans)" if plans else "", achieved_sentence(x)))]
    else:
        b += [("h", "Dose-volume histograms"),
              ("p", "Not yet reviewed. DVH review will be completed once the final heterogeneity-corrected dose "
                    "calculation is available and will be documented in an addendum.")]
    b += [("h", "Decision"), ("p", "Isodose distribution acceptable; plan released to physics for pre-treatment QA."),
          _cs_sig(x, c.md, c.md.title, "review")]
    return {"blocks": b, "header": _cs_head(x), "footer": _cs_foot(x)}


def cs_qa(x, plan=None, beams=None, off=0):
    c, p = x.c, x.pt
    plan, beams = plan or x.plan, beams or x.beams
    d, hm = x.T["qa"]
    dp, hp = x.T["qa_phys"]
    dm, hmm = x.T["qa_md"]
    rates = x.rates[6 + off:6 + off + len(beams)]
    rows = [["Field", "Area Gamma < 1.0", "Max gamma", "Tolerance", "Status"]]
    for bm, r in zip(beams, rates):
        rows.append([bm[1], "%.1f%%" % r, "%.2f" % (1.4 + (100 - r) / 10), ">= 95%", "Passed"])
    b = [("title", "Portal Dosimetry-style EPID Verification - %s" % plan), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s, %s   MRN: %s   Plan: %s" % (p.family, p.given, p.mrn, plan)),
         ("line", "Predicted portal dose (PDIP-style) vs acquired EPID dose image, pre-treatment, no patient"),
         ("line", "Acquired: %s" % _cs_when(d, hm, c)),
         ("line", "Evaluation: gamma 3% / 2 mm (global), 10% threshold; tolerance 95%, action level 90%"),
         ("table", rows, [70, 100, 70, 70, 70]),
         ("line", "Overall: Passed (all fields)"),
         ("h", "Approval"),
         ("line", "Medical Physicist: Signed %s | %s" % (nm(c.phys, "first_cred"), _cs_when(dp, hp, c))),
         ("line", "Radiation Oncologist: Signed %s | %s" % (nm(c.md, "first_cred"), _cs_when(dm, hmm, c)))]
    return {"blocks": b, "header": _cs_head(x), "footer": _cs_foot(x)}


def cs_record(x, plans=None):
    return record_txt(x, "TREATMENT DELIVERY HISTORY", us0, plans=plans)


# =================================================================================================
# 6. Piedmont Crescent Health - Epic-style notes closed by a Revision History table; Keystone Dose (invented)
#    plan; ClearCheck-style plan evaluation; Vantage3D (invented) biplanar diode QA; also the 3D course.
# =================================================================================================
def _pm_when(x, key):
    d, hm = x.T[key]
    return "%s %s %s" % (iso(d), hm, x.c.tz(d))


def _pm_top(x, title, key):
    p = x.pt
    d, _ = x.T[key]
    return [("title", title),
            ("p", "SYNTHETIC (invented patient). %s %s   MRN %s   DOB %s   Date of service %s   Piedmont Crescent Health, "
                  "Crescent Cancer Institute" % (p.given, p.family, p.mrn, iso(p.dob), iso(d)))]


def _pm_revisions(x, created_key, signed_key):
    c = x.c
    dc, hc = x.T[created_key]
    return [("h", "Revision History"),
            ("table", [["Date/Time", "Action", "User", "Credentials", "Role"],
                       ["%s %s %s" % (iso(dc), hc, c.tz(dc)), "Created", nm(c.md, "last_first"), c.md.cred, "Radiation Oncology"],
                       [_pm_when(x, signed_key), "Signed", nm(c.md, "last_first"), c.md.cred, "Radiation Oncology"]])]


def pm_consult(x, three_d=False):
    s, c = x.s, x.c
    d, _ = x.T["consult"]
    x.T["consult_created"] = (d, "11:02")
    b = _pm_top(x, "Radiation Oncology Consult Note", "consult")
    b += [("h", "History of present illness"), ("p", s["hist"]), ("h", "Diagnosis"),
          ("p", "%s (%s)." % (s["dx"][0].upper() + s["dx"][1:], s["icd"])),
          ("h", "Assessment and plan")]
    if three_d:
        b += [("p", "Preoperative radiation, %s, with 3D conformal radiotherapy: three forward-planned, MLC-shaped "
                    "fields. Intensity modulation is not indicated for this thigh target: no dose-limiting organ lies next "
                    "to it, and a longitudinal strip of skin and part of the femur can be spared with conformal field "
                    "shaping alone." % rx_sentence(x))]
    else:
        b += [("p", "Adjuvant regional nodal irradiation, %s, in deep-inspiration breath hold." % rx_sentence(x)),
              ("h", "Need for IMRT over conventional / 3D conformal planning in this patient"), ("p", necessity(x, ""))]
    b += [("p", "Risks and benefits reviewed; consent signed.")]
    b += _pm_revisions(x, "consult_created", "consult")
    return {"blocks": b}


def pm_rx(x, three_d=False):
    c = x.c
    b = [("title", "Radiation Prescription"), ("line", "SYNTHETIC - invented record"),
         ("line", "%s %s | MRN %s | DOB %s | Crescent Cancer Institute, Mallard Creek" % (x.pt.given, x.pt.family, x.pt.mrn, iso(x.pt.dob))),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Organ-at-risk constraints"), ("table", limit_rows(x), [160, 80, 100]),
         ("line", "Technique: %s" % ("3D conformal (forward planned), 10 MV" if three_d else "VMAT (IMRT), 6 MV, DIBH")),
         ("line", "E-signed: %s (Radiation Oncology) %s" % (nm(c.md, "first_cred"), _pm_when(x, "rx")))]
    return {"blocks": b, "footer": "SYNTHETIC - Piedmont Crescent Health - MRN %s - {page}" % x.pt.mrn}


def pm_plan(x, three_d=False):
    c, p = x.c, x.pt
    if three_d:
        rows = [["Field", "Technique", "Energy", "Gantry", "Collimator", "Wedge", "MLC", "MU"]]
        for bm, mu in zip(x.beams, x.mus):
            rows.append([bm[1], "3D conformal (static)", "%d X" % bm[2], "%.1f" % bm[3], "0.0",
                         "15 deg" if bm[1] == "LAT_OBL" else "none", "static conformal aperture", "%.1f" % mu])
        tech = ("Technique: 3D conformal, forward planned. Three static MLC-shaped fields, one aperture per field, no "
                "intensity modulation.")
    else:
        spec = [("Field", "id"), ("Delivery", "type"), ("Energy", "mv"), ("Gantry start", "g0"), ("Gantry stop", "g1"),
                ("Direction", "dir"), ("Coll", "coll"), ("MU", "mu")]
        rows = beam_rows(x, spec)
        tech = "Technique: VMAT, %d partial arcs, DIBH." % len(x.beams)
    b = [("title", "Keystone Dose (invented) - Plan Document"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s %s   MRN: %s   Plan: %s" % (p.given, p.family, p.mrn, x.plan)),
         ("h", "Prescription"), ("table", rx_rows(x), [70, 190, 70, 55, 60]),
         ("h", "Fields"), ("table", rows, None), ("line", tech),
         ("line", "Planned by %s (%s)   Physics check %s (%s)" % (nm(c.dosim, "first_cred"), _pm_when(x, "plan"),
                                                               nm(c.phys, "first_cred"), _pm_when(x, "plan_check")))]
    return {"blocks": b, "footer": "SYNTHETIC - Piedmont Crescent Health - MRN %s - {page}" % p.mrn}


def pm_clearcheck(x):
    c, p = x.c, x.pt
    ach = {(a, m): v for a, m, v in x.s["achieved"]}
    rows = [["Structure", "Constraint", "Plan value", "Result"]]
    for o, m, cmp_ in x.s["limits"]:
        rows.append([o, "%s %s" % (m, cmp_), ach.get((o, m), "-"), "Pass"])
    b = [("title", "ClearCheck-style Plan Evaluation - Constraint Report"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s %s   MRN: %s   Plan: %s" % (p.given, p.family, p.mrn, x.plan)),
         ("table", rows, [130, 130, 90, 60]),
         ("line", "Evaluated by: %s  %s" % (nm(c.dosim, "first_cred"), _pm_when(x, "plan")))]
    return {"blocks": b, "footer": "SYNTHETIC - Piedmont Crescent Health - MRN %s - {page}" % p.mrn}


def pm_review(x, three_d=False):
    s = x.s
    d, _ = x.T["review"]
    x.T["review_created"] = (d, "07:40")
    b = _pm_top(x, "Treatment Planning Note - Physician Plan Review", "review")
    b += [("h", "Isodose review"),
          ("p", "Plan %s was reviewed on the planning CT. Isodose curves (%s) were inspected slice by slice in the axial "
                "plane and on sagittal and coronal reconstructions against %s and the %s."
                % (x.plan, "107%, 100%, 95%, 50%", targets(x), s["oars"])),
          ("h", "DVH review"),
          ("p", "The dose-volume histograms of the PTV and of the %s were reviewed: %s." % (s["oars"], achieved_sentence(x))),
          ("h", "Plan approval"),
          ("p", "%s plan approved for treatment." % ("3D conformal" if three_d else "VMAT"))]
    b += _pm_revisions(x, "review_created", "review")
    return {"blocks": b}


def pm_qa(x):
    c, p = x.c, x.pt
    d, hm = x.T["qa"]
    rates = x.rates[9:9 + len(x.beams)]
    rows = [["Arc", "Diode dose points", "Gamma pass (3%/2 mm)", "Dose diff (median)"]]
    for bm, r in zip(x.beams, rates):
        rows.append([bm[1], str(x.points // 2), "%.1f%%" % r, "%+.1f%%" % ((r - 98) / 3)])
    comp = round(sum(rates) / len(rates), 1)
    rows.append(["Composite", str(x.points), "%.1f%%" % comp, "+0.3%"])
    b = [("title", "Vantage3D (invented) Biplanar Diode Phantom - IMRT QA"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s %s   MRN: %s   Plan: %s   Linac: CCI-MC2" % (p.given, p.family, p.mrn, x.plan)),
         ("line", "Measurement: %s %s %s (plan delivered to phantom, true composite)" % (iso(d), hm, c.tz(d))),
         ("line", "Acceptance: gamma 3%/2 mm global, 10% threshold. Tolerance level 95%. Action level 90%."),
         ("table", rows, [70, 90, 120, 100]),
         ("line", "Verdict: ACCEPTED (composite and every arc at or above tolerance)"),
         ("h", "Approvals"),
         ("table", [["Approval step", "Approver", "Credentials", "Timestamp"],
                    ["Physics - measurement and analysis", nm(c.phys), c.phys.cred, _pm_when(x, "qa_phys")],
                    ["Radiation oncologist - review of QA", nm(c.md), c.md.cred, _pm_when(x, "qa_md")]],
          [170, 130, 70, 130])]
    return {"blocks": b, "footer": "SYNTHETIC - Piedmont Crescent Health - MRN %s - {page}" % p.mrn}


def pm_mucheck(x):
    c, p = x.c, x.pt
    rows = [["Field", "TPS MU", "Calc MU", "% diff", "Limit"]]
    for i, (bm, mu) in enumerate(zip(x.beams, x.mus)):
        diff = ((i * 13) % 9 - 4) / 10.0
        rows.append([bm[1], "%.1f" % mu, "%.1f" % (mu * (1 + diff / 100)), "%+.1f" % diff, "+/- 3%"])
    b = [("title", "RadCalc-style Independent MU Check (3D conformal fields)"), ("line", "SYNTHETIC - invented record"),
         ("line", "Patient: %s %s   MRN: %s   Plan: %s" % (p.given, p.family, p.mrn, x.plan)),
         ("table", rows, [70, 70, 70, 60, 60]),
         ("line", "All fields within 3%: ACCEPTABLE"),
         ("line", "Checked by: %s (Medical Physicist) %s" % (nm(c.phys, "first_cred"), _pm_when(x, "plan_check")))]
    return {"blocks": b, "footer": "SYNTHETIC - Piedmont Crescent Health - MRN %s - {page}" % p.mrn}


def pm_record(x, three_d=False):
    extra = []
    if three_d:
        extra = ["PROFESSIONAL / TECHNICAL CHARGES (course to date)",
                 "  77263  Treatment planning, complex          1",
                 "  77290  Simulation, complex                 1",
                 "  77295  3D radiotherapy plan incl. DVH       1",
                 "  77300  Basic dosimetry calculation         3",
                 "  77334  Treatment device, complex           3",
                 "  77412  Radiation treatment delivery        5", ""]
    return record_txt(x, "TREATMENT DELIVERY LOG", iso, extra=extra)
