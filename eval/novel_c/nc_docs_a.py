"""novel_c documents, part A: Loess Hills (Paragon-style hospital), Cottonwood Creek (Tebra/Kareo-style practice),
Seabright (ModMed-style specialty EHR, scribed notes)."""
from nc_world import us, us2, mon, longd, wk, md_name, md_caps, phys_name, phys_caps, hm12, hm24, zone
from nc_common import (pname, plast, pcaps, age, sexw, tz, t12, t24, targets, oar_structs, rx_rows, rx_short,
                       oar_rows, beam_rows, beam_words, necessity, iso_text, dvh_text, qa_table, tech)


# =============================================================== Loess Hills - Paragon-style
def _par_band(x, doctype, key):
    c, p, d = x.c, x.pt, x.T[key]
    return ("B", ["LOESS HILLS REGIONAL MEDICAL CENTER    ** SYNTHETIC TEST RECORD - NOT A REAL PATIENT **",
                  "Patient: %s    MR#: %s    Acct#: %s" % (pcaps(x), p["mrn"], x.acct),
                  "DOB: %s (%dY)   Sex: %s   Loc: RADONC   Attending: %s" % (us(p["dob"]), age(x, d), p["sex"], md_caps(c)),
                  "Document: %s    Service Date: %s    Document Status: Authenticated" % (doctype, us(d))])


def _par_sig(x, key, who=None):
    return [("H", "Electronic Signature(s)"),
            ("L", "Authenticated: %s (Radiation Oncology)   %s %s" % (who or md_caps(x.c), us(x.T[key]), t24(x, key)))]


PAR_OPTS = dict(foot="Loess Hills Regional Medical Center | Paragon-style clinical document | SYNTHETIC | Page {page}")


def par_consult(x):
    s, c = x.s, x.c
    it = [_par_band(x, "RADIATION ONCOLOGY CONSULTATION", "consult"),
          ("T", "Radiation Oncology Consultation"),
          ("L", "Referring: Dale Ostrander, MD (Urology)" if s["label"].startswith("prostate") else
                "Referring: Priscilla Vang, MD (Medical Oncology)"),
          ("H", "Reason for Consultation"),
          ("P", "%s, a %d-year-old %s, is seen for %s." % (pname(x), age(x, x.T["consult"]), sexw(x), s["dx"])),
          ("H", "History of Present Illness"),
          ("P", "Staging work-up is complete and reviewed. Performance status ECOG 1. Comorbidities: hypertension, "
                "controlled; no connective-tissue disease; no prior radiotherapy."),
          ("H", "Impression"),
          ("P", s["dx"]),
          ("H", "IMRT Request"),
          ("P", necessity(x, "IMRT is requested over a 3D conformal or conventional plan for this patient because of the "
                             "anatomy of the target.")),
          ("H", "Recommendations"),
          ("P", "Definitive radiotherapy, %s, delivered with intensity modulation. CT simulation is scheduled for %s. "
                "Risks, benefits and alternatives discussed; written consent obtained." % (rx_short(x), us(x.T["sim"])))]
    return it + _par_sig(x, "consult"), PAR_OPTS


def par_rx(x):
    it = [_par_band(x, "ORDER - RADIATION THERAPY PRESCRIPTION", "rx"),
          ("T", "Radiation Therapy Prescription (Order)"),
          ("K", [("Order #", "RX-%s" % x.num), ("Site", x.s["label"]), ("Technique", "IMRT (inverse planned), 6 MV photons"),
                 ("Plan ID", x.s["plan"]), ("Image guidance", "Daily CBCT")]),
          ("H", "Dose prescription"), ("G", rx_rows(x)),
          ("H", "Critical structure dose constraints (must be met by the approved plan)"), ("G", oar_rows(x))]
    return it + _par_sig(x, "rx"), PAR_OPTS


def par_plan(x):
    c = x.c
    it = [("T", "Aster Planning Suite (invented) - Plan Report"),
          ("L", "SYNTHETIC - %s - Patient: %s - MRN %s" % (c["name"], plast(x), x.pt["mrn"])),
          ("K", [("Plan", x.s["plan"]), ("Plan status", "Planning approved (physics check complete)"),
                 ("Created", "%s %s" % (us(x.T["plan"]), hm24(x.H["plan"]))), ("Machine", "LHRMC-TB2, 6 MV"),
                 ("Optimization", "inverse-planned, %s" % ("VMAT" if x.s["beams"][0][1] == "arc" else "static-field IMRT")),
                 ("Calculation", "Collapsed cone, 2.5 mm grid")]),
          ("H", "Prescription"), ("G", rx_rows(x)),
          ("H", "Beam geometry"), ("G", beam_rows(x)),
          ("L", "Planned by: %s %s, %s    Physics plan check: %s  %s" % (c["dos"][0], c["dos"][1], c["dos"][2],
                                                                       phys_name(c), us(x.T["plan"])))]
    return it, dict(foot="Aster Planning Suite (invented) | SYNTHETIC | page {page}", land=True)


def par_review(x):
    it = [_par_band(x, "RADIATION ONCOLOGY PLAN REVIEW", "review"),
          ("T", "Treatment Plan Review - %s" % x.s["plan"]),
          ("P", "Plan %s (Aster Planning Suite, created %s) was reviewed before treatment." % (x.s["plan"], us(x.T["plan"]))),
          ("P", iso_text(x)),
          ("P", dvh_text(x)),
          ("P", "Beam arrangement: %s. The plan is approved for patient-specific QA and treatment." % beam_words(x))]
    return it + _par_sig(x, "review"), PAR_OPTS


def par_qa(x):
    c = x.c
    failed = x.trap == "qa_failed"
    rates = x.fail_rates if failed else x.rates
    comp = sum(rates[:len(x.s["beams"])]) / len(x.s["beams"])
    it = [("T", "Patient-Specific IMRT QA - Veritas Ring (invented)"),
          ("L", "SYNTHETIC | Loess Hills Regional Medical Center - Medical Physics | MR# %s | %s" % (x.pt["mrn"], pcaps(x))),
          ("K", [("Plan", x.s["plan"]), ("Measurement date/time", "%s %s" % (us(x.T["qa"]), t24(x, "qa"))),
                 ("Device", c["qa"]), ("Method", "True composite delivery on LHRMC-TB2; measured dose vs planned dose"),
                 ("Gamma criteria", "3% (global) / 2 mm, 10% low-dose threshold"),
                 ("Tolerance / action level", "95% / 90% of points passing")]),
          ("H", "Results per beam"), ("G", qa_table(x, rates)),
          ("L", "Composite: %.1f%% of points passing" % comp)]
    if failed:
        it += [("L", "Overall result: NOT PASSED - composite and beams %s below the 90%% action level" % ", ".join(x.fail_beams)),
               ("P", "Comment (physics): disagreement concentrated in the steep gradient next to the esophagus. Repeat "
                     "measurement to be scheduled after an output and MLC check.")]
    else:
        it += [("L", "Overall result: PASSED - every beam and the composite at or above tolerance")]
    it += [("H", "Authentication"),
           ("L", "Physicist Authentication: %s   %s %s" % (phys_caps(c), us(x.T["qa_phys"]), t24(x, "qa_phys"))),
           ("L", "Physician Authentication: %s   %s %s" % (md_caps(c), us(x.T["qa_md"]), t24(x, "qa_md")))]
    if failed:
        it.append(("L", "Physician comment: reviewed; proceed with treatment as planned."))
    return it, dict(foot="Veritas Ring (invented) QA export | SYNTHETIC | page {page}")


def par_record(x):
    lines = ["LOESS HILLS REGIONAL MEDICAL CENTER - RADIATION TREATMENT RECORD (SYNTHETIC)",
             "Patient: %s   MR#: %s   Course: C1   Plan: %s" % (pcaps(x), x.pt["mrn"], x.s["plan"]),
             "First fraction: %s" % us(x.T["fx1"]), "",
             "Fx  Date        Treated plan   MU      Therapists"]
    for i, d in enumerate(x.fx_dates[:4]):
        lines.append("%-3d %s  %-13s  %6.1f  A. Lindahl, RT(T)" % (i + 1, us(d), x.s["plan"],
                                                                  sum(x.mus[:len(x.s["beams"])])))
    lines += ["", "Record printed %s - Paragon-style export" % us(x.fx_dates[3])]
    return [("M", lines)], {}


# =============================================================== Cottonwood Creek - Tebra/Kareo-style practice
KAR_HEAD = "Cottonwood Creek Radiation Oncology, LLC | 7120 Jefferson St NE, Suite 210, Albuquerque NM 87109 | SYNTHETIC"
KAR_OPTS = dict(head=KAR_HEAD, foot="Generated from practice EHR (Tebra/Kareo-style layout) - SYNTHETIC - page {page}")


def _kar_band(x, visit, key):
    return ("K", [("Patient", pname(x)), ("DOB", us(x.pt["dob"])), ("Chart #", x.pt["mrn"]),
                  ("Date of service", us(x.T[key])), ("Rendering provider", md_name(x.c)),
                  ("Visit type", visit)])


def _kar_sig(x, key):
    d = x.T[key]
    return [(" ",), ("L", "E-signed by %s (Radiation Oncology) on %s at %s" % (md_name(x.c), mon(d), t12(x, key)))]


def kar_consult(x):
    s = x.s
    it = [("T", "New Patient Consultation - Radiation Oncology"), _kar_band(x, "New patient consult", "consult"),
          ("H", "Subjective"),
          ("P", "%s is a %d-year-old %s referred for %s. Denies prior radiation. Lives with spouse; drives to "
                "appointments." % (pname(x), age(x, x.T["consult"]), sexw(x), s["dx"])),
          ("H", "Objective"),
          ("P", "Alert, ECOG 1. Exam findings consistent with the imaging reviewed today."),
          ("H", "Assessment"),
          ("P", "1. %s" % s["dx"]),
          ("H", "Plan"),
          ("P", "Radiotherapy, %s, with intensity-modulated delivery; CT simulation %s." % (rx_short(x), us(x.T["sim"]))),
          ("P", necessity(x, "Technique decision - IMRT. A conventional or 3D conformal arrangement is not suitable "
                             "here, for these reasons."))]
    return it + _kar_sig(x, "consult"), KAR_OPTS


def kar_rx(x):
    it = [("T", "Treatment Order - External Beam Radiation"), _kar_band(x, "Order entry", "rx"),
          ("K", [("Order", "IMRT external beam, 6 MV"), ("Treatment site", x.s["label"]), ("Plan name", x.s["plan"]),
                 ("Frequency", "Daily, 5 per week"), ("Imaging", "Daily kV/CBCT")]),
          ("H", "Prescribed dose"), ("G", rx_rows(x))]
    if x.trap == "achieved_only":
        it += [("H", "Normal tissues"),
               ("P", "Normal tissues: to be evaluated on the plan's dose statistics at plan review.")]
    else:
        it += [("H", "Normal-tissue dose limits"), ("G", oar_rows(x, ("Organ at risk", "Limit")))]
    return it + _kar_sig(x, "rx"), KAR_OPTS


def kar_plan(x):
    c, s = x.c, x.s
    L = ["HALDEN TPS 3.8 (invented) :: PLAN EXPORT :: SYNTHETIC",
         "PATIENT_NAME   = %s" % pcaps(x), "PATIENT_ID     = %s" % x.pt["mrn"], "PLAN_ID        = %s" % s["plan"],
         "PLAN_CREATED   = %s %s" % (us(x.T["plan"]), hm24(x.H["plan"])),
         "TECHNIQUE      = %s" % ("VMAT" if s["beams"][0][1] == "arc" else "IMRT_STEP_AND_SHOOT"),
         "", "[PRESCRIPTION]"]
    for t, d, n in s["rx"]:
        L.append("%-12s %6.2f Gy  %2d fx" % (t, d, n))
    L += ["", "[BEAMS]", "ID       TYPE     GANTRY_START  GANTRY_STOP  DIR   COLL  COUCH  MU"]
    for i, b in enumerate(s["beams"]):
        L.append("%-8s %-8s %12.1f  %11s  %-4s  %4d  %5d  %.1f" % (b[0], "ARC" if b[1] == "arc" else "STATIC", b[2],
                                                                 "%.1f" % b[3] if b[3] is not None else "-", b[4] or "-",
                                                                 b[5], b[6], x.mus[i]))
    if x.trap == "achieved_only":
        L += ["", "[DOSE_STATISTICS]  (achieved, from final dose)"]
        for o, v in s["ach"]:
            L.append("%-20s %s" % (o, v))
    L += ["", "[SIGNOFF]", "PLANNED_BY     = %s %s, %s" % c["dos"], "PHYSICS_CHECK  = %s (%s)" % (phys_name(c), us(x.T["plan"]))]
    return [("M", L)], {}


def kar_review(x):
    it = [("T", "Treatment Planning Note - Plan Review"), _kar_band(x, "Treatment planning", "review"),
          ("H", "Plan reviewed"), ("P", "%s (Halden TPS), created %s." % (x.s["plan"], us(x.T["plan"])))]
    it.append(("P", iso_text(x)))
    if x.trap == "achieved_only":
        it.append(("P", "Dose-volume histograms: reviewed for PTV_6000 and for the optic chiasm, optic nerves, brainstem and "
                        "right cochlea. Values on the final dose: PTV_6000 D95 58.9 Gy; brainstem Dmax 53.8 Gy; optic chiasm "
                        "Dmax 51.2 Gy; right optic nerve Dmax 49.6 Gy; right cochlea Dmean 33.4 Gy. Acceptable."))
    else:
        it.append(("P", dvh_text(x)))
    it.append(("P", "Geometry: %s. Approved for treatment pending physics QA." % beam_words(x)))
    return it + _kar_sig(x, "review"), KAR_OPTS


def kar_qa(x):
    c = x.c
    it = [("T", "GammaLens (invented) - Portal Dose Verification Report"),
          ("L", "SYNTHETIC | Patient %s | MRN %s | Plan %s" % (plast(x), x.pt["mrn"], x.s["plan"])),
          ("K", [("Acquired", "%s %s" % (us(x.T["qa"]), t12(x, "qa"))), ("Detector", "EPID, measured integrated images, "
                 "no patient in beam"), ("Comparison", "measured vs predicted portal dose, gamma 3%/2 mm, 10% threshold"),
                 ("Tolerance / action", "95% / 90%")]),
          ("G", qa_table(x, x.rates, ("Field", "Pixels", "Gamma pass (%)", "Tolerance", "Action", "Status"))),
          ("L", "Plan status: ALL FIELDS PASS"),
          (" ",),
          ("L", "Analyzed and signed: %s (Medical Physicist) on %s at %s" % (phys_name(c), us(x.T["qa_phys"]), t12(x, "qa_phys")))]
    return it, dict(foot="GammaLens (invented) | SYNTHETIC | page {page}")


def kar_qa_review(x):
    r = x.rates[:len(x.s["beams"])]
    it = [("T", "Physician Note - IMRT QA Review"), _kar_band(x, "Physics QA review", "qa_md"),
          ("P", "I reviewed the patient-specific QA for %s: GammaLens EPID measurement acquired %s, gamma 3%%/2 mm, "
                "per-field pass rates %s%%, all above the 95%% tolerance. The measurement verifies the plan; approved to "
                "start treatment on %s." % (x.s["plan"], us(x.T["qa"]), ", ".join("%.1f" % v for v in r), us(x.T["fx1"])))]
    return it + _kar_sig(x, "qa_md"), KAR_OPTS


def kar_record(x):
    L = ["COTTONWOOD CREEK RADIATION ONCOLOGY - DELIVERY SUMMARY (SYNTHETIC)",
         "Chart # %s   %s   DOB %s" % (x.pt["mrn"], pname(x), us(x.pt["dob"])),
         "Course 1 start (first fraction): %s" % us(x.T["fx1"]), "",
         "Fx  Date        Treated plan   Fields delivered"]
    for i, d in enumerate(x.fx_dates[:5]):
        L.append("%-3d %s  %-13s  %d of %d" % (i + 1, us(d), x.s["plan"], len(x.s["beams"]), len(x.s["beams"])))
    return [("M", L)], {}


# =============================================================== Seabright - ModMed-style, scribed notes
def _mm_band(x, visit, key):
    return [("L", "SYNTHETIC - Seabright Cancer Specialists - visit note export (ModMed-style) - PMRN %s" % x.pt["mrn"]),
            ("K", [("Patient", "%s (%s)" % (pname(x), sexw(x))), ("PMRN", x.pt["mrn"]), ("DOB", us(x.pt["dob"])),
                   ("Visit", "%s - %s" % (visit, wk(x.T[key]))), ("Provider", md_name(x.c)),
                   ("Location", "Seabright - Mount Pleasant")])]


def _mm_close(x, key, pending=False):
    c = x.c
    sc = "%s %s" % c["scribe"]
    md = md_name(c)
    out = [("H", "Attestations"),
           ("P", "Scribe attestation: this note was documented by %s, Medical Scribe, in the presence of %s." % (sc, md))]
    if pending:
        out += [("P", "Provider attestation: not completed."),
                ("L", "Finalization status: PENDING PROVIDER REVIEW - routed to %s on %s; the note has not been finalized "
                      "by the provider." % (md, us(x.T[key])))]
    else:
        out += [("P", "Provider attestation: I, %s, personally performed the services described in this documentation, "
                      "as scribed in my presence, and it is accurate and complete." % md),
                ("L", "Finalized by: %s on %s at %s" % (md, us(x.T[key]), t12(x, key)))]
    return out


def mm_consult(x):
    s = x.s
    it = _mm_band(x, "New Patient - Radiation Oncology", "consult") + [
        ("H", "Chief Complaint"), ("P", "Consultation for radiotherapy; %s." % s["dx"]),
        ("H", "History of Present Illness"),
        ("P", "%d-year-old %s referred after multidisciplinary tumor board. Imaging and pathology reviewed in clinic today."
              % (age(x, x.T["consult"]), sexw(x))),
        ("H", "Assessment & Plan"),
        ("P", "1. %s" % s["dx"]),
        ("P", "Plan: %s with intensity modulation, concurrent systemic therapy per medical oncology; simulation %s."
              % (rx_short(x), us(x.T["sim"]))),
        ("P", necessity(x, "Assessment of technique - IMRT needed instead of 3D conformal treatment."))]
    return it + _mm_close(x, "consult"), {}


def mm_rx(x):
    it = _mm_band(x, "Radiation Prescription", "rx") + [
        ("T", "Radiation Prescription"),
        ("K", [("Treatment site", x.s["label"]), ("Modality / technique", "6 MV photons, " + tech(x)),
               ("Plan", x.s["plan"]), ("Schedule", "once daily, Monday-Friday")]),
        ("G", rx_rows(x, ("Volume", "Dose per fraction", "Number of fractions", "Total"))),
        ("H", "Organ-at-risk constraints"), ("G", oar_rows(x, ("Organ at risk", "Constraint")))]
    return it + _mm_close(x, "rx"), {}


def mm_plan(x):
    c, s = x.c, x.s
    rows = [["Arc / beam", "Gantry start", "Gantry stop", "Rotation", "Collimator", "Couch", "MU", "Control points"]]
    for i, b in enumerate(s["beams"]):
        if b[1] == "arc":
            rows.append([b[0], "%.1f" % b[2], "%.1f" % b[3], b[4], str(b[5]), str(b[6]), "%.1f" % x.mus[i], "178"])
        else:
            rows.append([b[0], "%.1f" % b[2], "(static)", "-", str(b[5]), str(b[6]), "%.1f" % x.mus[i], "12 segments"])
    it = [("T", "Wayfarer RTP (invented) - Treatment Plan Summary"),
          ("L", "SYNTHETIC | %s | MRN %s | DOB %s" % (pcaps(x), x.pt["mrn"], us(x.pt["dob"]))),
          ("K", [("Plan", s["plan"]), ("Saved", "%s %s" % (us(x.T["plan"]), hm12(x.H["plan"]))),
                 ("Delivery", "VMAT" if s["beams"][0][1] == "arc" else "IMRT step-and-shoot"),
                 ("Machine", "SCS-Linac-1, 6X")]),
          ("H", "Dose prescription"), ("G", rx_rows(x)),
          ("H", "Arcs / beams"), ("G", rows),
          ("L", "Dosimetrist: %s %s, %s   Physics second check: %s" % (c["dos"] + (phys_name(c),)))]
    return it, dict(land=True, foot="Wayfarer RTP (invented) | SYNTHETIC | {page}")


def mm_review(x):
    pending = x.trap == "scribe_pending"
    it = _mm_band(x, "Treatment Planning - Plan Review", "review") + [
        ("H", "Plan Review"), ("P", "Plan %s (Wayfarer RTP, saved %s) reviewed at the planning workstation." % (x.s["plan"], us(x.T["plan"]))),
        ("P", iso_text(x)), ("P", dvh_text(x)),
        ("P", "Beam arrangement: %s. Plan approved; proceed to patient-specific QA." % beam_words(x))]
    return it + _mm_close(x, "review", pending=pending), {}


def mm_qa(x):
    c = x.c
    rows = [["Arc / beam", "Chamber points (n)", "Gamma 3%/2 mm", "Tolerance 95%", "Action 90%"]]
    for i, b in enumerate(x.s["beams"]):
        rows.append([b[0], str(24 + i), "%.1f%%" % x.rates[i], "met", "met"])
    it = [("L", "SYNTHETIC - Seabright Cancer Specialists - Medical Physics - PMRN %s" % x.pt["mrn"]),
          ("T", "Patient-Specific QA Worksheet - Prism4 (invented) ion-chamber array"),
          ("K", [("Patient / PMRN", "%s / %s" % (pname(x), x.pt["mrn"])), ("Plan", x.s["plan"]),
                 ("Measured", "%s, %s" % (us(x.T["qa"]), t12(x, "qa"))),
                 ("Setup", "Prism4 array in solid-water slab, true composite, measured planar dose vs TPS")]),
          ("G", rows),
          ("L", "Overall: PASS (every beam above tolerance)"),
          ("H", "Approvals"),
          ("L", "Physicist approval: Electronically approved by %s -- %s %s" % (phys_name(c), us(x.T["qa_phys"]), t12(x, "qa_phys"))),
          ("L", "Physician approval: Electronically approved by %s -- %s %s" % (md_name(c), us(x.T["qa_md"]), t12(x, "qa_md")))]
    return it, {}


def mm_record(x):
    L = ["SEABRIGHT CANCER SPECIALISTS | TREATMENT HISTORY | SYNTHETIC",
         "PMRN %s | %s | Plan %s" % (x.pt["mrn"], plast(x), x.s["plan"]),
         "First fraction: %s" % mon(x.T["fx1"]), "",
         "Fx  Date          Treated plan   Dose (Gy)"]
    d1 = x.s["rx"][0][1] / x.s["rx"][0][2]
    for i, d in enumerate(x.fx_dates[:5]):
        L.append("%-3d %-12s  %-13s  %.2f" % (i + 1, mon(d), x.s["plan"], d1))
    return [("M", L)], {}
