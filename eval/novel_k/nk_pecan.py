"""Pecan Valley Urology Associates, PLLC (invented): a urology group with an in-office radiation suite in San Marcos
TX (Central). Consults and planning notes are voice-recognition dictations from Dictara VR (invented), with its own
job header and D:/R:/E: trailer and an editor (transcriptionist) ID. While the medical director is away a
locum-tenens radiation oncologist (Trident Locum Staffing, invented) covers. Prescriptions are printed from
RadSuite Manager (invented), plans from Halyard Plan (invented); a per-diem physicist of Balcones Physics Group
(invented) measures QA on a Diamante ArcCube (invented).
"""
from nk_common import composite, qa_rates, target_rows
from datetime import timedelta

from nk_world import bday, mdy, t24

RULE = "-" * 86


def _author(c):
    P = c.P
    if c.cid == "nk06":
        return P["ro"], P["ro_cred"], "Radiation Oncology - Medical Director"
    return P["locum"], P["locum_cred"], "Radiation Oncology - locum tenens, %s" % P["locum_agency"]


def _caps(name):
    parts = name.split(" ")
    return "%s, %s" % (parts[-1].upper(), " ".join(parts[:-1]).upper())


def _dictara(c, job, worktype, template, d, body, trailer):
    P = c.P
    name, cred, role = _author(c)
    head = [("ln", "DICTARA VR (invented) - TRANSCRIBED DOCUMENT - SYNTHETIC"),
            ("ln", "%s - Radiation Suite, San Marcos TX" % P["name"]),
            ("ln", "Job #: %s    Work type: %s    Template: %s" % (job, worktype, template)),
            ("ln", "Author: %s %s  (%s)" % (_caps(name), cred, role)),
            ("ln", "Patient: %s    MRN: %s    DOB: %s    Acct: PV-%d" % (c.LF, c.mrn, mdy(c.dob),
                                                                        c.n("acct", 700000, 799999))),
            ("ln", "Date of service: %s    Location: Radiation Suite" % mdy(d)),
            ("ln", "Referring: %s %s (Urology)" % (_caps(P["uro"]), P["uro_cred"])),
            ("ln", RULE)]
    body = [x.replace("%", " percent") for x in body]
    return head + [("p", x) for x in body] + [("ln", RULE)] + [("ln", x) for x in trailer]


def _signed_trailer(c, d, dh, dm, eh, em, editor, sh, sm):
    name, cred, role = _author(c)
    z = c.z(d)
    return ["D: %s %s %s   R: %s %s %s (speech engine)   E: %s %s %s (editor %s)"
            % (mdy(d), t24(dh, dm), z, mdy(d), t24(dh, dm + 1), z, mdy(d), t24(eh, em), z, editor),
            "Reviewed and electronically signed by %s, %s (%s) on %s at %s %s"
            % (name, cred, role.split(" - ")[0] + (", locum tenens" if c.cid != "nk06" else ""), mdy(d),
               t24(sh, sm), z),
            "cc: %s, %s (Urology)" % (c.P["uro"], c.P["uro_cred"]),
            "Speech recognition software was used to create this document; sound-alike errors may occur. SYNTHETIC."]


# ------------------------------------------------------------------ consult

def consult(c):
    S, T = c.S, c.T
    d = T.consult
    age = c.age(d)
    if c.cid == "nk04":
        body = ["HISTORY OF PRESENT ILLNESS: Mr. Salinas is a %d-year-old gentleman referred by Dr. Renteria from the "
                "urology clinic for newly diagnosed prostate cancer. His PSA was 11.2 in December. MRI showed a PI-RADS "
                "5 lesion in the right peripheral zone measuring 1.4 centimeters with no extra prostatic extension. "
                "Biopsy by Dr. Renteria in January showed Gleason 4 plus 3 equals 7 in 6 of 12 cores. Bone scan and CT "
                "were negative. He started leuprolide in the urology clinic on February 10th and will get 6 months "
                "total." % age,
                "PAST MEDICAL HISTORY: Hypertension, type 2 diabetes on metformin. No prior pelvic radiation. SOCIAL "
                "HISTORY: Retired school bus driver, quit smoking 1998, walks daily comma no alcohol.",
                "PHYSICAL EXAMINATION: ECOG 0. Digital rectal exam per Dr. Renteria, firm right sided nodule, T2b. "
                "IPSS 8, SHIM 15.",
                "IMPRESSION: Prostate adenocarcinoma, Gleason 4 plus 3 equals 7, PSA 11.2, cT2b, unfavorable "
                "intermediate risk. ICD-10 C61.",
                "RECOMMENDATIONS: Dose escalated IMRT to 78 Gray in 39 fractions with 6 months of androgen deprivation. "
                "Three gold fiduciary markers to be placed by Dr. Renteria tomorrow, simulation on Thursday.",
                "IMRT JUSTIFICATION: Intensity modulated radiation therapy is medically necessary here rather than "
                "conventional or three D conformal radiation. %s %s On a three D conformal six field comparison at 78 "
                "Gray, %s could not be kept under their limits, so only intensity modulation can spare these organs at "
                "risk at this dose." % (S["cond"][1], S["cond"][5], S["oars"]),
                "I discussed rectal, urinary and sexual side effects, and he wishes to proceed. Consent signed."]
        return _dictara(c, "DV-%s-0417" % d.strftime("%y%m%d"), "12 RAD ONC CONSULT", "RO-CONS-3", d, body,
                        _signed_trailer(c, d, 15, 2, 16, 40, "MT-0412", 17, 18))
    if c.cid == "nk05":
        body = ["HISTORY OF PRESENT ILLNESS: Mr. Hargrove is a %d-year-old man referred by Dr. Renteria for high risk "
                "prostate cancer. PSA 24.6. Biopsy showed Gleason 4 plus 5 equals 9 in 9 of 12 cores with perineural "
                "invasion. MRI shows right sided extra prostatic extension, T3a, no seminal vesicle invasion, no "
                "enlarged pelvic nodes. PSMA PET shows no nodal or distant disease. Leuprolide was started by Dr. "
                "Renteria on February 20th for a planned 24 months." % age,
                "PAST MEDICAL HISTORY: Coronary artery disease with a stent in 2019, on clopidogrel. No prior pelvic "
                "radiation. No inflammatory bowel disease.",
                "PHYSICAL EXAMINATION: ECOG 1. DRE with right sided induration extending to the lateral margin.",
                "IMPRESSION: High risk prostate adenocarcinoma, Gleason 4 plus 5 equals 9, PSA 24.6, cT3a N0 M0. "
                "ICD-10 C61.",
                "RECOMMENDATIONS: IMRT to the prostate and seminal vesicles, 70 Gray in 28 fractions, with elective "
                "pelvic nodal coverage to 50.4 Gray in the same 28 fractions as a simultaneous integrated boost. "
                "Gold fiducials by Dr. Renteria. Simulation this week.",
                "IMRT JUSTIFICATION: Intensity modulated radiation therapy is medically necessary here rather than "
                "conventional or three D conformal radiation. %s %s A three D conformal pelvic plan would give the "
                "nodal dose to most of the bladder and a large volume of bowel, so intensity modulation is needed "
                "to spare %s." % (S["cond"][1], S["cond"][4], S["oars"]),
                "Side effects and the 28 fraction schedule were discussed. Consent signed."]
        return _dictara(c, "DV-%s-0352" % d.strftime("%y%m%d"), "12 RAD ONC CONSULT", "RO-CONS-3", d, body,
                        _signed_trailer(c, d, 14, 40, 15, 58, "MT-0412", 16, 35))
    body = ["HISTORY OF PRESENT ILLNESS: Mrs. Whitcombe is a %d-year-old woman with gross hematuria in January. "
            "Cystoscopy and transurethral resection by Dr. Renteria on March 27th showed high grade urothelial "
            "carcinoma invading the muscularis propria at the right lateral wall; re-resection on April 8th left no "
            "visible tumor. CT urogram and chest CT show no nodal or distant disease. She declined cystectomy after "
            "discussion at the practice's urologic oncology conference and chose bladder preservation with "
            "concurrent chemotherapy, which the medical oncologist will give weekly." % age,
            "PAST MEDICAL HISTORY: Hysterectomy 1994. Osteoarthritis. No prior pelvic radiation.",
            "PHYSICAL EXAMINATION: ECOG 1. Abdomen soft, non tender. Pelvic exam deferred, done at cystoscopy.",
            "IMPRESSION: %s. ICD-10 C67.2." % S["dx"],
            "RECOMMENDATIONS: Whole bladder IMRT, 55 Gray in 20 fractions, empty bladder protocol, daily cone beam "
            "CT. Seven field step and shoot plan.",
            "IMRT JUSTIFICATION: Intensity modulated radiation therapy is medically necessary for her rather than "
            "conventional or three D conformal radiation. %s A four field three D plan to 55 Gray would place the "
            "full dose on a large volume of small bowel and on the anterior rectum, so intensity modulation is needed "
            "to protect %s." % (S["cond"][1], S["oars"]),
            "Treatment, side effects and follow up cystoscopy were discussed. Consent signed."]
    return _dictara(c, "DV-%s-0288" % d.strftime("%y%m%d"), "12 RAD ONC CONSULT", "RO-CONS-3", d, body,
                    _signed_trailer(c, d, 13, 50, 15, 12, "MT-0388", 16, 3))


# ------------------------------------------------------------------ prescription (RadSuite Manager PDF)

def rx(c):
    S, T, P = c.S, c.T, c.P
    d = T.rx
    name, cred, role = _author(c)
    tech = "IMRT, 7 static fields (step-and-shoot), 10 MV" if c.cid == "nk06" else "IMRT (VMAT), 2 arcs, 6 MV"
    b = [("hdr", "RadSuite Manager (invented) - Radiation Prescription - SYNTHETIC"),
         ("ln", "%s - Radiation Suite" % P["name"]),
         ("box", [["Patient", c.LF, "MRN", c.mrn], ["DOB", mdy(c.dob), "Course", "C1 %s" % S["plan_id"]],
                  ["Diagnosis", S["icd"], "Technique", tech]]),
         ("h", "Prescription"),
         ("grid", target_rows(c)),
         ("h", "Organ-at-risk limits"),
         ("grid", [["Structure", "Limit"]] + [[o, lim] for o, lim, _ in S["limits"]]),
         ("ln", "IGRT: daily CBCT%s." % (", fiducial match" if c.cid != "nk06" else ", bladder empty")),
         ("gap",),
         ("ln", "Approved by: %s, %s, %s  %s %s %s" % (name, cred, "Radiation Oncology" + (" (locum tenens)" if c.cid != "nk06" else ""),
                                                       mdy(d), t24(11, 20), c.z(d)))]
    return dict(blocks=b, footer=["RadSuite Manager (invented) | MRN %s | SYNTHETIC | page {p} of {n}" % c.mrn])


# ------------------------------------------------------------------ Halyard plan summary (PDF)

def _beam_table(c):
    rows = []
    for bm in c.S["beams"]:
        if bm[0] == "arc":
            _, bid, en, st, sp, dr, col, cou = bm
            rows.append([bid, en, "Arc %d -> %d %s" % (st, sp, dr), str(col), str(cou), str(c.n("mu" + bid, 280, 460))])
        else:
            _, bid, en, g, col, cou = bm
            rows.append([bid, en, "Static, gantry %d" % g, str(col), str(cou), str(c.n("mu" + bid, 70, 190))])
    return [["Beam", "Energy", "Gantry", "Collimator", "Couch", "MU"]] + rows


def plan(c):
    S, T, P = c.S, c.T, c.P
    d = T.plan
    name, cred, _ = _author(c)
    if c.trap == "locum_unauthenticated":
        obj = [["Structure", "Objective", "Priority"]] + \
              [[n, "%s >= %g Gy" % (st, t[3]), "1"] for (n, st, _), t in zip(S["cover"], S["targets"])] + \
              [[o, lim, "1" if o in ("Rectum", "Bladder") else "2"] for o, lim, _ in S["limits"]]
        phys_line = "Physician:  documented in dictated planning note (Dictara job DV-%s-0633)" % T.review.strftime("%y%m%d")
    else:
        obj = [["Structure", "Objective", "Result", "Met"]] + \
              [[n, "%s >= %g Gy" % (st, t[3]), v, "yes"] for (n, st, v), t in zip(S["cover"], S["targets"])] + \
              [[o, lim, v, "yes"] for o, lim, v in S["limits"]]
        phys_line = "Physician:  %s, %s   %s %s %s" % (name, cred, mdy(T.review), t24(8, 5), c.z(T.review))
    b = [("hdr", "Halyard Plan (invented) %s - Treatment Plan Summary - SYNTHETIC" % P["tps_ver"]),
         ("box", [["Patient", c.LF, "MRN", c.mrn], ["Plan", S["plan_id"], "Machine", P["linac"]],
                  ["Calculated", "%s %s %s" % (mdy(d), t24(13, 22), c.z(d)), "Algorithm", "Halyard MC 2.1"]]),
         ("h", "Prescription"), ("grid", target_rows(c)),
         ("h", "Protocol objectives"), ("grid", obj),
         ("h", "Beams"), ("grid", _beam_table(c)),
         ("h", "Plan sign-off"),
         ("fixed", ["Dosimetry:  %s, CMD   %s %s %s" % (P["dosim"], mdy(d), t24(14, 10), c.z(d)),
                    "Physics:    %s, %s (per diem, Balcones Physics Group)   %s %s %s"
                    % (P["phys"], P["phys_cred"], mdy(d), t24(18, 30), c.z(d)),
                    phys_line])]
    return dict(blocks=b, footer=["Halyard Plan (invented) | %s | MRN %s | SYNTHETIC | page {p} of {n}"
                                  % (S["plan_id"], c.mrn)])


# ------------------------------------------------------------------ planning note (Dictara)

def planning_note(c):
    S, T, P = c.S, c.T, c.P
    d = T.review
    if c.cid == "nk06":
        geo = "seven 10 MV step and shoot fields at gantry 0, 52, 104, 154, 206, 256 and 308 degrees"
        img = ("I went through the planning CT slice by slice with the isodose lines on, the 105, 100, 95, 80 and 50 "
               "percent lines, over the bladder PTV, the small bowel, the rectum and the femoral heads, in axial, "
               "sagittal and coronal views. The 95 percent line covers the whole bladder with margin and pulls away "
               "from the bowel loops at the dome.")
    else:
        a = S["beams"]
        geo = "two 6 MV arcs, arc one %d to %d clockwise and arc two %d to %d counterclockwise" % (a[0][3], a[0][4],
                                                                                                a[1][3], a[1][4])
        img = ("I went through the planning CT fused with the MRI slice by slice with the isodose lines on, the 105, "
               "100, 95, 80 and 50 percent lines, over the prostate, seminal vesicles%s, rectum, bladder and femoral "
               "heads in axial, sagittal and coronal views. The 100 percent line hugs the PTV and the 50 percent line "
               "stays off the femoral heads." % (", pelvic nodes, bowel" if c.cid == "nk05" else ""))
    tg = ". ".join("%s %s %s" % (n.replace("_", " "), st, v.replace("Gy", "Gray")) for n, st, v in S["cover"])
    oar = ". ".join("%s %s %s" % (o, lim.split(" ")[0], v.replace("Gy", "Gray")) for o, lim, v in S["limits"])
    body = ["PLANNING NOTE, IMRT 77301: Plan %s in Halyard Plan, calculated %s, %s." % (S["plan_id"], mdy(T.plan), geo),
            "IMAGE AND ISODOSE REVIEW: " + img,
            "DOSE VOLUME HISTOGRAMS: I reviewed the dose volume histograms for every target and for %s. %s. %s. All "
            "constraints are met." % (S["oars"], tg, oar),
            "PLAN: Approved for treatment pending patient specific QA by Dr. Strickland."]
    job = "DV-%s-0633" % d.strftime("%y%m%d")
    if c.trap == "locum_unauthenticated":
        z = c.z(d)
        end = bday(T.review, 2)
        trailer = ["D: %s %s %s   R: %s %s %s (speech engine)   E: %s 22:40 %s (editor MT-0388)"
                   % (mdy(d), t24(8, 20), z, mdy(d), t24(8, 21), z, mdy(end), c.z(end)),
                   "Delivered to author for review: %s 22:41 %s" % (mdy(end), c.z(end)),
                   "AUTHENTICATION: NOT AUTHENTICATED - author account inactive since %s (locum assignment ended %s)"
                   % (mdy(end + timedelta(days=1)), mdy(end)),
                   "Escalated to: %s %s (Medical Director) %s - no action recorded" % (_caps(P["ro"]), P["ro_cred"],
                                                                                        mdy(bday(end, 6))),
                   "cc: %s, %s (Urology)" % (P["uro"], P["uro_cred"]),
                   "Speech recognition software was used to create this document; it has not been reviewed by its "
                   "author. SYNTHETIC."]
    else:
        trailer = _signed_trailer(c, d, 7, 34, 7, 52, "MT-0412" if c.cid == "nk04" else "MT-0388", 8, 14)
    return dict(blocks=_dictara(c, job, "41 RO PLANNING NOTE", "RO-PLN-2", d, body, trailer),
                footer=["Dictara VR (invented) | %s | MRN %s | SYNTHETIC" % (job, c.mrn)])


# ------------------------------------------------------------------ per-diem physics QA worksheet (DOCX)

def qa(c):
    S, T, P = c.S, c.T, c.P
    d = T.qa
    rates = qa_rates(c, S["beams"], lo=96.5)
    name, cred, _ = _author(c)
    b = [("hdr", "Balcones Physics Group (invented) - Per-Diem Physics Services - SYNTHETIC"),
         ("h", "Patient-Specific IMRT QA Worksheet"),
         ("box", [["Client", "%s - Radiation Suite" % P["name"]], ["Patient", "%s   MRN %s   DOB %s" % (c.LF, c.mrn, mdy(c.dob))],
                  ["Plan", "%s (Halyard Plan, calculated %s)" % (S["plan_id"], mdy(T.plan))],
                  ["Linac", P["linac"]],
                  ["Device", "Diamante ArcCube (invented) diode array, full plan delivered at planned gantry angles"],
                  ["Measured", "%s %s %s, on site (per-diem day)" % (mdy(d), t24(17, 10 + c.T.m[7] % 40), c.z(d))],
                  ["Criteria", "Gamma 3%/2 mm global, 10% threshold, absolute dose; action level 90%, tolerance 95%"]]),
         ("grid", [["Beam", "Measured points", "Gamma pass rate", "Result"]] +
                  [[bid, str(c.n("p" + bid, 700, 1300)), "%.1f%%" % r, "PASS"] for bid, r in rates]),
         ("ln", "Composite %.1f%%. Overall result: PASS." % composite(rates)),
         ("h", "Sign-off"),
         ("grid", [["Role", "Name", "Signature", "Date/time"],
                   ["Medical Physicist (per diem, Balcones Physics Group)", "%s, %s" % (P["phys"], P["phys_cred"]),
                    "/s/ %s" % P["phys"], "%s %s %s" % (mdy(d), t24(19, c.T.m[8]), c.z(d))],
                   ["Radiation Oncologist" + (" (locum tenens)" if c.cid != "nk06" else ""), "%s, %s" % (name, cred),
                    "/s/ %s" % name, "%s %s %s" % (mdy(T.qa_md), t24(7, 30 + c.T.m[9] % 29), c.z(T.qa_md))]])]
    return dict(blocks=b, footer=["Balcones Physics Group (invented) worksheet - MRN %s - SYNTHETIC" % c.mrn])


# ------------------------------------------------------------------ treatment history (TXT) and urology op note (DOCX)

def history(c):
    S, T, P = c.S, c.T, c.P
    rows = ["Fx  Date        Treated plan   Beams                       Therapists"]
    d = T.fx1
    for i in range(1, 6):
        rows.append("%-3d %s  %-14s %-27s MV / RS" % (i, mdy(d), S["plan_id"], "%s..%s" % (S["beams"][0][1],
                                                                                       S["beams"][-1][1])))
        d = bday(d, 1)
    if c.trap == "locum_unauthenticated":
        att = "%s, %s (locum tenens) through %s; %s, %s from %s" % (P["locum"], P["locum_cred"],
                                                                  mdy(bday(T.review, 2)), P["ro"], P["ro_cred"],
                                                                  mdy(T.fx1))
    else:
        name, cred, _ = _author(c)
        att = "%s, %s" % (name, cred)
    b = [("ln", "RadSuite Manager (invented) - TREATMENT HISTORY - SYNTHETIC"),
         ("ln", "%s - Radiation Suite" % P["name"]),
         ("ln", "Patient: %s   MRN: %s   DOB: %s" % (c.LF, c.mrn, mdy(c.dob))),
         ("ln", "Attending of record: %s" % att),
         ("ln", "First treatment: %s" % mdy(T.fx1)), ("gap",), ("fixed", rows)]
    return dict(blocks=b, footer=["RadSuite Manager (invented) - end of report - MRN %s" % c.mrn])


def uro_op_note(c):
    P = c.P
    from nk_world import D
    d = D(2025, 4, 8)
    b = [("hdr", "%s - Urology" % P["name"]),
         ("ln", "OPERATIVE REPORT - SYNTHETIC"),
         ("box", [["Patient", c.LF, "MRN", c.mrn], ["DOB", mdy(c.dob), "Date of surgery", mdy(d)],
                  ["Surgeon", "%s, %s (Urology)" % (P["uro"], P["uro_cred"]), "Anesthesia", "General LMA"]]),
         ("h", "Procedure"), ("p", "Cystoscopy and re-resection of bladder tumor site (right lateral wall); random "
                                   "bladder biopsies."),
         ("h", "Findings"), ("p", "Well-healed resection bed on the right lateral wall, no visible residual tumor. "
                                  "Ureteral orifices clear. Pathology of the bed: no residual carcinoma; random "
                                  "biopsies benign."),
         ("h", "Plan"), ("p", "Proceed with bladder preservation: referral to radiation oncology in the radiation "
                              "suite and to medical oncology for concurrent chemotherapy."),
         ("gap",),
         ("ln", "Electronically signed by %s, %s (Urology) on %s at 16:12 %s" % (P["uro"], P["uro_cred"], mdy(d), c.z(d)))]
    return dict(blocks=b, footer=["Urology operative report - MRN %s - SYNTHETIC" % c.mrn])


def _consult_doc(c):
    return dict(blocks=consult(c), footer=["Dictara VR (invented) | consult | MRN %s | SYNTHETIC" % c.mrn])


def build(c):
    docs = [("01_dictara_consult.txt", _consult_doc(c)),
            ("02_radsuite_prescription.pdf", rx(c)),
            ("03_halyard_plan_summary.pdf", plan(c)),
            ("04_dictara_planning_note.rtf", planning_note(c)),
            ("05_balcones_psqa_worksheet.docx", qa(c)),
            ("06_treatment_history.txt", history(c))]
    if c.cid == "nk06":
        docs = [("01_urology_operative_report.docx", uro_op_note(c)),
                ("02_dictara_consult.docx", _consult_doc(c)),
                ("03_radsuite_prescription.pdf", rx(c)),
                ("04_halyard_plan_summary.pdf", plan(c)),
                ("05_dictara_planning_note.txt", planning_note(c)),
                ("06_balcones_psqa_worksheet.docx", qa(c)),
                ("07_treatment_history.txt", history(c))]
    return docs
