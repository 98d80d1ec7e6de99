"""novel_c documents, part B: Quillayute Coast (Elation-style notes with addenda), Tallgrass Prairie (MEDITECH
Expanse web-style, NP co-management with attending attestation), Driftless Area (typed forms exported from a
document-management system)."""
from nc_world import us, us2, iso, mon, longd, wk, dmy, md_name, md_caps, phys_name, phys_caps, hm12, hm24, zone
from nc_common import (pname, plast, pcaps, age, sexw, tz, t12, t24, targets, oar_structs, rx_rows, rx_short,
                       oar_rows, beam_rows, beam_words, necessity, iso_text, dvh_text, qa_table, tech)


# =============================================================== Quillayute Coast - Elation-style
def _el_top(x, title, key):
    d = x.T[key]
    return [("L", "Quillayute Coast Cancer Center  |  SYNTHETIC RECORD"),
            ("L", "Visit Note: %s" % title),
            ("L", "Patient: %s   DOB: %s   Chart ID: %s" % (pname(x), iso(x.pt["dob"]), x.pt["mrn"])),
            ("L", "Date of visit: %s %s    Clinician: %s" % (d.strftime("%a"), mon(d), md_name(x.c))),
            ("-",)]


def _el_sig(x, key):
    return [(" ",), ("L", "Signed by %s on %s at %s" % (md_name(x.c), us(x.T[key]), t12(x, key)))]


def el_consult(x):
    s = x.s
    it = _el_top(x, "Radiation Oncology Consultation", "consult") + [
        ("L", "Chief Complaint: radiotherapy consultation"),
        ("H", "HPI"),
        ("P", "%s is %d and comes in with a family member to discuss radiation for %s. Recovered well from prior "
              "treatment; no prior radiation." % (pname(x), age(x, x.T["consult"]), s["dx"])),
        ("H", "Assessment"), ("P", s["dx"]),
        ("H", "Plan"),
        ("P", "Recommend %s. CT simulation %s with immobilization." % (rx_short(x), us(x.T["sim"]))),
        ("P", necessity(x, "IMRT over 3D: I recommend an intensity-modulated (VMAT) plan rather than a 3D conformal or "
                           "conventional one."))]
    return it + _el_sig(x, "consult"), {}


def el_rx(x):
    c = x.c
    it = [("T", "Radiation Treatment Prescription"),
          ("L", "Quillayute Coast Cancer Center - SYNTHETIC - Chart ID %s - %s - DOB %s" % (x.pt["mrn"], pname(x), iso(x.pt["dob"]))),
          ("K", [("Site", x.s["label"]), ("Technique", tech(x) + ", 6 MV"),
                 ("Plan", x.s["plan"]), ("Prescribed on", mon(x.T["rx"]))]),
          ("G", rx_rows(x)),
          ("H", "Dose constraints for organs at risk"), ("G", oar_rows(x)),
          (" ",),
          ("L", "Signed by %s on %s at %s" % (md_name(c), us(x.T["rx"]), t12(x, "rx")))]
    return it, dict(foot="Quillayute Coast Cancer Center - prescription - SYNTHETIC - page {page}")


def el_plan(x):
    c, s = x.c, x.s
    it = [("T", "Orrery Dose 4 (invented) - Plan Document"),
          ("L", "SYNTHETIC | Patient: %s | Chart ID %s" % (pcaps(x), x.pt["mrn"])),
          ("K", [("Plan", s["plan"]), ("Approved for planning", "%s %s" % (us(x.T["plan"]), hm24(x.H["plan"]))),
                 ("Algorithm", "Monte Carlo, 2% uncertainty"), ("Energy", "6 MV")]),
          ("H", "Targets and prescription"), ("G", rx_rows(x)),
          ("H", "Delivery"), ("G", beam_rows(x)),
          ("L", "Prepared by %s %s, %s; plan check %s" % (c["dos"] + (phys_name(c),)))]
    return it, dict(font="Times-Roman", foot="Orrery Dose (invented) - SYNTHETIC - {page}")


def el_plannote(x):
    c = x.c
    it = _el_top(x, "Treatment Planning - Plan Evaluation", "review") + [
        ("L", "Plan: %s (Orrery Dose, %s)" % (x.s["plan"], us(x.T["plan"])))]
    if x.trap == "isodose_deferred":
        it += [("P", "Isodose distributions: not yet reviewed on the planning CT. I will go through them with physics at "
                     "chart rounds before the first treatment."),
               ("P", dvh_text(x))]
    else:
        it += [("P", iso_text(x)), ("P", dvh_text(x))]
    it += [("P", "Delivery: %s. Approved pending patient-specific QA." % beam_words(x))]
    it += _el_sig(x, "review")
    it += [(" ",), ("L", "ADDENDUM  %s %s" % (us(x.T["qa_md"]), t12(x, "qa_md"))),
           ("P", "Patient-specific QA for %s reviewed: Helix3 measurement of %s, gamma 3%%/2 mm, arcs %s%% (tolerance 95%%). "
                 "Passing; cleared to start %s." % (x.s["plan"], us(x.T["qa"]),
                                                    " / ".join("%.1f" % v for v in x.rates[:len(x.s["beams"])]),
                                                    us(x.T["fx1"]))),
           ("L", "Signed by %s on %s at %s" % (md_name(c), us(x.T["qa_md"]), t12(x, "qa_md2")))]
    return it, {}


def el_qa(x):
    c = x.c
    L = ["HELIX3 (invented) SPIRAL DIODE PHANTOM - DOSE COMPARISON EXPORT  [SYNTHETIC]",
         "Patient ........ %s" % pcaps(x), "Chart ID ....... %s" % x.pt["mrn"], "Plan ........... %s" % x.s["plan"],
         "Measured ....... %s %s" % (us(x.T["qa"]), t24(x, "qa")),
         "Analysis ....... absolute dose, gamma 3% / 2 mm, global, threshold 10%",
         "Levels ......... tolerance 95%, action 90%", "",
         "Beam        Diodes   Passed   Gamma %   Verdict"]
    for i, b in enumerate(x.s["beams"]):
        n = 900 + 31 * i
        L.append("%-10s  %6d   %6d   %6.1f    %s" % (b[0], n, round(n * x.rates[i] / 100), x.rates[i], "PASS"))
    L += ["", "Plan verdict: PASS", "",
          "Physicist: %s | Signed %s %s" % (phys_name(c), us(x.T["qa_phys"]), t24(x, "qa_phys"))]
    return [("M", L)], {}


def el_record(x):
    L = ["Quillayute Coast Cancer Center - Treatment Summary (first week) - SYNTHETIC",
         "%s | Chart ID %s" % (pname(x), x.pt["mrn"]),
         "Treatment start date: %s (fraction 1 of %d)" % (mon(x.T["fx1"]), x.s["rx"][0][2]), "",
         "Fx  Date          Treated plan"]
    for i, d in enumerate(x.fx_dates[:5]):
        L.append("%-3d %-12s  %s" % (i + 1, us(d), x.s["plan"]))
    return [("M", L)], {}


# =============================================================== Tallgrass Prairie - MEDITECH Expanse web-style
def _ex_band(x, note, key, author=None):
    c, p = x.c, x.pt
    g, m, f = c["md"]
    return ("B", ["Tallgrass Prairie Cancer Center - Radiation Oncology        SYNTHETIC",
                  "%s        Unit No: %s" % (pcaps(x).replace(", ", ","), p["mrn"]),
                  "DOB: %s  Age: %d  Sex: %s        Acct No: %s" % (us(p["dob"]), age(x, x.T[key]), p["sex"], x.acct),
                  "Attending: %s,%s MD        Location: RAD ONC CLINIC" % (f, g),
                  "Provider Notes: %s   (Date of Service %s)   Status: Signed" % (note, us2(x.T[key]))])


def _ex_esig(name, d, t):
    return "Electronically Signed by: %s on %s at %s" % (name, us2(d), "%02d%02d" % t)


def _np(c):
    return "%s %s, %s" % c["np"]


def ex_consult(x):
    s, c = x.s, x.c
    np_author = x.np_consult
    it = [_ex_band(x, "Radiation Oncology Consultation", "consult"),
          ("L", "Author: %s" % (_np(c) if np_author else md_name(c))),
          ("H", "History of Present Illness"),
          ("P", "%d-year-old %s with %s, referred for radiotherapy." %
           (age(x, x.T["consult"]), sexw(x), s["dx"])),
          ("H", "Assessment/Plan")]
    if x.trap == "np_necessity":
        it += [("P", "Recommend salvage radiotherapy to the prostate bed, %s. Technique will be selected after CT "
                     "simulation on %s." % (rx_short(x), us(x.T["sim"])))]
    else:
        it += [("P", "Recommend %s; CT simulation %s." % (rx_short(x), us(x.T["sim"]))),
               ("P", necessity(x, "IMRT indication statement: a 3D conformal or conventional plan cannot meet this "
                                  "patient's normal-tissue needs."))]
    if np_author:
        it += [(" ",), ("L", _ex_esig(_np(c), x.T["consult"], x.H["consult"])),
               ("H", "Attending Attestation"),
               ("P", "I saw and examined the patient together with %s %s, APRN. I reviewed her note, agree with the findings "
                     "and the plan, and personally confirm the IMRT recommendation and its rationale as documented above."
                     % c["np"][:2]),
               ("L", "Electronically Co-Signed by: %s on %s at %s" % (md_name(c), us2(x.T["consult"]),
                                                                     "%02d%02d" % x.H["consult_att"]))]
    else:
        it += [(" ",), ("L", _ex_esig(md_name(c), x.T["consult"], x.H["consult"]))]
    return it, dict(foot="Tallgrass Prairie Cancer Center | Expanse-style provider note | SYNTHETIC | Page {page}")


def ex_np_statement(x):
    c = x.c
    it = [("L", "Tallgrass Prairie Cancer Center - Radiation Oncology - SYNTHETIC"),
          ("L", "Patient: %s   Unit No: %s   DOB: %s" % (pcaps(x), x.pt["mrn"], us(x.pt["dob"]))),
          ("T", "IMRT Medical Necessity Statement"),
          ("L", "Date: %s" % longd(x.T["rx"])),
          ("P", necessity(x, "IMRT indication statement: a 3D conformal or conventional plan cannot meet this patient's "
                             "normal-tissue needs.")),
          ("P", "This statement accompanies the prior-authorization request for IMRT planning (77301) and delivery."),
          (" ",),
          ("L", _ex_esig(_np(c), x.T["rx"], (11, 20))),
          ("L", "Co-signature: not routed")]
    return it, {}


def ex_rx(x):
    c = x.c
    it = [_ex_band(x, "Radiation Oncology Prescription", "rx"),
          ("K", [("Ordering Provider", md_name(c)), ("Site", x.s["label"]), ("Technique", "IMRT - " + tech(x, "VMAT", "static fields, step-and-shoot") + ", 6 MV"),
                 ("Plan ID", x.s["plan"])]),
          ("G", rx_rows(x)),
          ("H", "Normal tissue constraints"), ("G", oar_rows(x)),
          (" ",), ("L", _ex_esig(md_name(c), x.T["rx"], x.H["rx"]))]
    return it, dict(foot="Tallgrass Prairie Cancer Center | order | SYNTHETIC | Page {page}")


def ex_plan(x):
    c, s = x.c, x.s
    it = [("L", "SYNTHETIC - Keel Planning 2.4 (invented) - plan summary export"),
          ("T", "Plan Summary: %s" % s["plan"]),
          ("K", [("Patient", pcaps(x)), ("MRN", x.pt["mrn"]), ("Plan created", "%s %s" % (us(x.T["plan"]), hm24(x.H["plan"]))),
                 ("Technique", "VMAT" if s["beams"][0][1] == "arc" else "Static-gantry IMRT (step-and-shoot)")]),
          ("H", "Prescription"), ("G", rx_rows(x)),
          ("H", "Beams"), ("G", beam_rows(x)),
          ("L", "Dosimetrist: %s %s, %s" % c["dos"]), ("L", "Physics plan check: %s" % phys_name(c))]
    return it, {}


def ex_review(x):
    c = x.c
    it = [_ex_band(x, "Radiation Oncology Plan Review", "review"),
          ("L", "Author: %s" % md_name(c)),
          ("P", "Plan %s (Keel Planning, created %s) reviewed." % (x.s["plan"], us(x.T["plan"]))),
          ("P", iso_text(x)), ("P", dvh_text(x)),
          ("P", "FIELDS: %s." % beam_words(x)),
          (" ",), ("L", _ex_esig(md_name(c), x.T["review"], x.H["review"]))]
    return it, dict(foot="Tallgrass Prairie Cancer Center | Expanse-style provider note | SYNTHETIC | Page {page}")


def ex_qa(x):
    c = x.c
    g, m, f, cred = c["phys"]
    mg, mm, mf = c["md"]
    it = [("T", "Sextant 3D (invented) - Patient-Specific IMRT QA"),
          ("L", "SYNTHETIC | Tallgrass Prairie Cancer Center, Medical Physics | Unit No %s | %s" % (x.pt["mrn"], pcaps(x))),
          ("K", [("Plan", x.s["plan"]), ("Measured", "%s %s" % (us(x.T["qa"]), t24(x, "qa"))),
                 ("Device", c["qa"]), ("Analysis", "3%/2 mm gamma, global, 10% threshold; tolerance 95%, action 90%")]),
          ("G", qa_table(x, x.rates)),
          ("L", "QA result: PASS"),
          ("H", "Sign-off"),
          ("G", [["Sign-off step", "Signed by", "Credentials", "e-Signature", "Date/Time"],
                 ["Medical physics approval", "%s %s" % (g, f), cred, "e-signed", "%s %s" % (us2(x.T["qa_phys"]), "%02d%02d" % x.H["qa_phys"])],
                 ["Radiation oncologist approval", "%s %s" % (mg, mf), "MD", "e-signed", "%s %s" % (us2(x.T["qa_md"]), "%02d%02d" % x.H["qa_md"])]])]
    return it, dict(foot="Sextant 3D (invented) | SYNTHETIC | page {page}")


def ex_record(x):
    L = ["TALLGRASS PRAIRIE CANCER CENTER  RADIATION TREATMENT LOG  SYNTHETIC",
         "Unit No %s  %s" % (x.pt["mrn"], pcaps(x)),
         "First fraction: %s" % us2(x.T["fx1"]), "",
         "Fx  Date      Treated plan    Fields"]
    for i, d in enumerate(x.fx_dates[:5]):
        L.append("%-3d %s  %-14s  %d" % (i + 1, us2(d), x.s["plan"], len(x.s["beams"])))
    return [("M", L)], {}


# =============================================================== Driftless Area - document-management exports of typed forms
def _dms_index(x, doctype, key, pages="1 of 1"):
    return [("L", "DRIFTLESS AREA CANCER CARE - DOCUMENT IMAGING EXPORT - SYNTHETIC - MRN %s" % x.pt["mrn"]),
            ("K", [("MRN", x.pt["mrn"]), ("Patient", pcaps(x)), ("DOB", iso(x.pt["dob"])), ("Document type", doctype),
                   ("Document date", iso(x.T[key])), ("Batch / page", "%s-%s / %s" % (iso(x.T[key]).replace("-", ""), x.num, pages)),
                   ("Indexed by", "HIM - K. Oftedahl")]),
            ("-",)]


def _dms_sign(x, key, label="Attending radiation oncologist"):
    c = x.c
    g, m, f = c["md"]
    return [(" ",),
            ("L", "%s e-signature: /s/ %s    Signed: %s %s" % (label, md_name(c), iso(x.T[key]), t24(x, key))),
            ("L", "DMS signature audit: SIGNED | %s, %s MD | %s %s:%02d %s" % (f.upper(), g.upper(), iso(x.T[key]),
                                                                             hm24(x.H[key]), 40, tz(x, key)))]


def dms_necessity(x):
    s = x.s
    it = _dms_index(x, "RADONC - IMRT NECESSITY FORM", "consult", "1-2 of 2") + [
        ("T", "Form RO-IMRT-01  Intensity-Modulated Radiation Therapy - Physician Justification"),
        ("H", "Section A - Diagnosis"), ("P", s["dx"]),
        ("H", "Section B - Clinical justification for IMRT instead of a 3D conformal or conventional technique"),
        ("P", necessity(x, "A 3D conformal or conventional technique is not adequate for this target.")),
        ("H", "Section C - Intended course"), ("P", "%s; IMRT planning to begin after CT simulation on %s." % (rx_short(x), iso(x.T["sim"])))]
    return it + _dms_sign(x, "consult"), {}


def dms_consult3d(x):
    s = x.s
    it = _dms_index(x, "RADONC - CONSULTATION", "consult") + [
        ("T", "Radiation Oncology Consultation (typed)"),
        ("H", "Diagnosis"), ("P", s["dx"]),
        ("H", "History"), ("P", "%d-year-old %s with progressive right hip pain, on endocrine therapy. No prior radiotherapy "
                                 "to the pelvis." % (age(x, x.T["consult"]), sexw(x))),
        ("H", "Recommendation"),
        ("P", "Palliative radiotherapy to the right acetabulum, %s, with a 3D conformal technique using three shaped "
              "static fields (AP, PA and right lateral). Intensity modulation is not indicated for this target: a "
              "conformal field arrangement covers it and keeps bowel and bladder well within tolerance." % rx_short(x))]
    return it + _dms_sign(x, "consult"), {}


def dms_rx(x):
    threed = x.s["plan"].endswith("3D3F")
    it = _dms_index(x, "RADONC - PRESCRIPTION", "rx") + [
        ("T", "Form RO-RX-02  External Beam Prescription"),
        ("K", [("Site", x.s["label"]), ("Technique", "3D conformal, forward planned, 3 static fields" if threed else
                                        "IMRT, static-gantry step-and-shoot, 6 MV"),
               ("Plan", x.s["plan"])]),
        ("G", rx_rows(x)),
        ("H", "Organ-at-risk dose limits"), ("G", oar_rows(x, ("Organ", "Limit")))]
    return it + _dms_sign(x, "rx", "Prescribing physician"), {}


def dms_plan(x):
    c, s = x.c, x.s
    threed = s["plan"].endswith("3D3F")
    if threed:
        rows = [["Field", "Gantry", "Collimator", "Couch", "Wedge", "Energy", "MU"]]
        wedges = ["none", "none", "15 deg"]
        for i, b in enumerate(s["beams"]):
            rows.append([b[0], "%d" % b[2], "%d" % b[5], "%d" % b[6], wedges[i], "10 MV", "%.1f" % x.mus[i]])
    else:
        rows = beam_rows(x)
    it = [("T", "Lantern RTP 7 (invented) - Plan Report"),
          ("L", "SYNTHETIC  Patient %s  MRN %s  DOB %s" % (pcaps(x), x.pt["mrn"], iso(x.pt["dob"]))),
          ("K", [("Plan", s["plan"]), ("Planning technique", "3D conformal (forward planned, MLC-shaped static fields)" if threed
                                       else "Inverse-planned IMRT, static gantry, step-and-shoot"),
                 ("Plan date", "%s %s" % (iso(x.T["plan"]), hm24(x.H["plan"])))]),
          ("H", "Prescription"), ("G", rx_rows(x)),
          ("H", "Fields"), ("G", rows),
          ("L", "Planner: %s %s, %s    Checked: %s" % (c["dos"] + (phys_name(c),)))]
    return it, dict(font="Times-Roman", foot="Lantern RTP (invented) | SYNTHETIC | {page}")


def dms_review(x):
    L = _dms_index(x, "RADONC - PLAN REVIEW FORM", "review") + [
        ("T", "Form RO-PR-04  Physician Plan Review"),
        ("K", [("Plan reviewed", "%s (Lantern RTP, %s)" % (x.s["plan"], iso(x.T["plan"]))),
               ("Image and isodose review", iso_text(x)),
               ("DVH review", dvh_text(x)),
               ("Field arrangement", beam_words(x)),
               ("Prior-field junction", "Superior border matched to the 2022 inferior border on the planning CT; gap "
                                        "and overlap checked on sagittal reconstruction.")
                if x.s["plan"] == "T11L1_REIRR" else ("Comments", "none")])]
    return L + _dms_sign(x, "review"), {}


def dms_qa(x):
    c = x.c
    g, m, f, cred = c["phys"]
    rows = [["Field", "Chamber dose diff. (%)", "Film gamma 3%/2 mm (%)", "Action level", "Result"]]
    for i, b in enumerate(x.s["beams"]):
        rows.append([b[0], "%+.1f" % x.diffs[i], "%.1f" % x.rates[i], "90%", "Pass"])
    it = _dms_index(x, "PHYSICS - IMRT QA WORKSHEET", "qa") + [
        ("T", "CrossPlane (invented) Patient-Specific QA - film and ion chamber"),
        ("K", [("Plan", x.s["plan"]), ("Measured", "%s %s" % (iso(x.T["qa"]), t24(x, "qa"))),
               ("Method", "each field delivered at planned gantry angle onto a solid-water phantom; ion chamber point dose "
                          "and radiochromic film plane; tolerance 95%, action 90% (film), +/-3% (chamber)")]),
        ("G", rows), ("L", "Conclusion: all fields pass"),
        ("H", "Sign-off"),
        ("G", [["Role", "Name", "Signature", "Date"],
               ["Medical Physicist", "%s %s, %s" % (g, f, cred), "/s/ %s %s" % (g, f), "%s %s" % (iso(x.T["qa_phys"]), hm24(x.H["qa_phys"]))],
               ["Radiation Oncologist", md_name(c), "/s/ %s" % md_name(c).replace(", MD", ""), "%s %s" % (iso(x.T["qa_md"]), hm24(x.H["qa_md"]))]])]
    return it, {}


def dms_mucheck(x):
    L = ["DRIFTLESS AREA CANCER CARE - INDEPENDENT MU CALCULATION (3D) - SYNTHETIC",
         "MRN %s  %s  Plan %s  Date %s" % (x.pt["mrn"], pcaps(x), x.s["plan"], iso(x.T["qa"])), "",
         "Field   TPS MU   Check MU   Diff"]
    for i, b in enumerate(x.s["beams"]):
        L.append("%-6s  %6.1f   %6.1f   %+.1f%%" % (b[0], x.mus[i], x.mus[i] * (1 + x.diffs[i] / 100), x.diffs[i]))
    L += ["", "All fields within +/-3%. 3D conformal plan; no phantom measurement required.",
          "Physicist: %s  %s" % (phys_name(x.c), iso(x.T["qa"]))]
    return [("M", L)], {}


def dms_prior(x):
    L = ["DRIFTLESS AREA CANCER CARE - DOCUMENT IMAGING EXPORT - SYNTHETIC",
         "MRN %s | %s | Doc type: OUTSIDE RECORD - TREATMENT SUMMARY | Indexed %s" % (x.pt["mrn"], pcaps(x), iso(x.T["consult"])),
         "",
         "Mississippi Bluffs Oncology (outside facility) - Radiation Treatment Summary",
         "Course: T4-T10 spine, 30 Gy in 10 fractions, 3D conformal PA/AP, completed 2022-08-19.",
         "Inferior field border at the T10-T11 interspace. Spinal cord received the full 30 Gy.",
         "Signed: Corwin Adeyemi-Hart, MD  2022-08-22"]
    return [("M", L)], {}


def dms_record(x):
    L = ["DRIFTLESS AREA CANCER CARE - TREATMENT DELIVERY RECORD - SYNTHETIC",
         "MRN %s  %s  Plan %s" % (x.pt["mrn"], pcaps(x), x.s["plan"]),
         "First fraction: %s" % iso(x.T["fx1"]), "",
         "Fx  Date        Treated plan    Dose (Gy)"]
    d1 = x.s["rx"][0][1] / x.s["rx"][0][2]
    for i, d in enumerate(x.fx_dates[:5]):
        L.append("%-3d %s  %-14s  %.2f" % (i + 1, iso(d), x.s["plan"], d1))
    return [("M", L)], {}
