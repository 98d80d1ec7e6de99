"""Suwannee Urology Partners, P.A. (invented): a urology group practice that owns an IMRT suite in Lake City FL.

Radiation oncologist employed by the group; the urologist co-manages (ADT, fiducials, spacer) and, for pathway
patients, enters a "Prostate Cancer Pathway - Radiation Therapy Directive". Notes in UroLedger EHR (invented);
plans in Cobalt Ridge Planner (invented); patient-specific QA measured on site and released remotely by a contracted
physics company through its PhysLink portal (invented), measured on a PolarisMap 2D diode array (invented).
"""
from nk_common import beam_rows_arc_static, composite, qa_rates, target_rows
from nk_world import D, bday, mdy, t12

UL = "UroLedger EHR (invented)"


def _banner(c, title, division="Radiation Oncology Division"):
    P = c.P
    return [("hdr", "SUWANNEE UROLOGY PARTNERS, P.A.  |  %s" % division),
            ("ln", "%s  |  Tel %s  |  Fax %s" % (P["addr"], P["phone"], P["fax"])),
            ("box", [["Patient", c.LF, "DOB", mdy(c.dob), "MRN", c.mrn],
                     ["Practice acct", "SUP-%d" % c.n("acct", 40000, 49999), "Sex", c.sex, "Primary payer",
                      "Medicare Part B"]]),
            ("h", title)]


def _foot(c, printed):
    return ["%s  |  SYNTHETIC test record - not a real patient  |  MRN %s  |  printed %s  |  page {p} of {n}"
            % (UL, c.mrn, mdy(printed))]


def _foot_flat(c, printed):
    return ["%s | SYNTHETIC test record - not a real patient | MRN %s | printed %s" % (UL, c.mrn, mdy(printed))]


def _ro(c):
    return "%s, %s" % (c.P["ro"], c.P["ro_cred"])


def _sig_ro(c, d, h, m):
    return "Signed by: %s (Radiation Oncology)     Signed on: %s %s %s" % (_ro(c), mdy(d), t12(h, m), c.z(d))


# ------------------------------------------------------------------ consult

def consult(c):
    T, S, P = c.T, c.S, c.P
    d = T.consult
    age = c.age(d)
    b = _banner(c, "Radiation Oncology - New Patient Consultation")
    b.append(("box", [["Date of service", mdy(d), "Visit", "Office visit, Radiation Oncology Division"],
                      ["Rendering provider", "%s (Radiation Oncology)" % _ro(c), "Referring / co-managing",
                       "%s, %s (Urology)" % (P["uro"], P["uro_cred"])]]))
    if c.cid == "nk01":
        b += [("h", "Reason for consultation"),
              ("p", "Newly diagnosed prostate cancer, referred from the urology side of the practice to discuss "
                    "definitive radiotherapy."),
              ("h", "History of present illness"),
              ("p", "%s %s is a %d-year-old man whose PSA rose from 5.1 to 8.9 ng/mL over 14 months. Prostate MRI "
                    "(12/2024) showed a 1.3 cm PI-RADS 4 lesion in the left mid peripheral zone without "
                    "extraprostatic extension. MRI-fusion biopsy by Dr. Castellvi: Gleason 4+3=7 in 4 of 14 cores "
                    "(maximum 60%%), all on the left. PSMA PET/CT showed no nodal or distant disease. He was "
                    "discussed at the practice's Thursday prostate conference (urology and radiation oncology) and "
                    "chose radiotherapy with six months of androgen deprivation; leuprolide 22.5 mg was given in "
                    "urology on 01/23/2025." % (c.mr, c.last, age)),
              ("p", "IPSS 9 (nocturia x2, mild weak stream). SHIM 14. No prior pelvic radiation. No inflammatory "
                    "bowel disease. Anticoagulants: none."),
              ("h", "Examination"),
              ("p", "ECOG 0. Well appearing. Abdomen soft. DRE deferred today; Dr. Castellvi's examination on "
                    "12/19/2024 documented a firm left-sided nodule confined to the gland (cT2a)."),
              ("h", "Assessment"),
              ("p", "C61 - %s." % S["dx"]),
              ("h", "Plan"),
              ("ln", "1. Transperineal gold fiducials (x3) and hydrogel rectal spacer - Dr. Castellvi, %s, urology "
                     "procedure suite." % mdy(bday(d, 1))),
              ("ln", "2. CT simulation %s, supine, knee-lock, comfortably full bladder, empty rectum." % mdy(bday(d, 2))),
              ("ln", "3. External beam radiotherapy: 70 Gy in 28 fractions to the prostate, 56 Gy to the proximal "
                     "seminal vesicles, VMAT with daily fiducial-matched cone-beam CT."),
              ("ln", "4. ADT continues under urology (six months in total)."),
              ("h", "Technique selection and medical necessity (IMRT)"),
              ("p", "I am recommending intensity-modulated radiotherapy (VMAT) rather than a 3D conformal plan for "
                    "%s %s. %s %s With a 3D conformal four- or six-field arrangement the gland and proximal seminal "
                    "vesicles could not be covered while %s were held to the limits on the prescription; "
                    "inverse-planned modulation is needed to protect these organs at risk."
                    % (c.mr, c.last, S["cond"][1], S["cond"][2], S["oars"]))]
    else:  # nk02, pathway salvage patient
        b += [("h", "Reason for consultation"),
              ("p", "Rising PSA after radical prostatectomy; salvage radiotherapy to the prostate bed (Prostate "
                    "Cancer Pathway patient)."),
              ("h", "History of present illness"),
              ("p", "%s %s is a %d-year-old man who underwent robotic radical prostatectomy by Dr. Castellvi in "
                    "06/2022: pT3a N0 (0/11), Gleason 4+3, negative margins. PSA was undetectable until 2024 and has "
                    "since risen: 0.11, 0.21 and 0.38 ng/mL (03/2025). PSMA PET/CT (03/2025) shows no nodal, osseous "
                    "or prostate-bed uptake. Continent (one light pad a day). He was reviewed at the practice's "
                    "Thursday prostate conference, where salvage prostate-bed radiotherapy with six months of "
                    "androgen deprivation was recommended; Dr. Castellvi started leuprolide on 03/27/2025."
                    % (c.mr, c.last, age)),
              ("h", "Examination"),
              ("p", "ECOG 0. Healed port sites. DRE: smooth prostatic fossa, no palpable nodularity."),
              ("h", "Assessment"),
              ("p", "C61 - %s." % S["dx"]),
              ("h", "Plan"),
              ("ln", "1. CT simulation %s, supine, comfortably full bladder, empty rectum." % mdy(bday(d, 1))),
              ("ln", "2. Salvage radiotherapy to the prostate bed, VMAT with daily cone-beam CT. Dose, fractionation "
                     "and normal-tissue limits follow the Prostate Cancer Pathway radiation therapy directive, which "
                     "Dr. Castellvi enters as ordering provider for pathway patients."),
              ("ln", "3. ADT under urology (six months)."),
              ("h", "Technique selection and medical necessity (IMRT)"),
              ("p", "I am recommending intensity-modulated radiotherapy (VMAT) rather than a 3D conformal plan for "
                    "%s %s. %s %s A 3D conformal arrangement would either under-cover the bed or carry the full dose "
                    "into %s; inverse-planned modulation is needed to protect these organs at risk."
                    % (c.mr, c.last, S["cond"][1], S["cond"][4], S["oars"]))]
    b += [("h", "Counseling"),
          ("p", "Acute and late bowel, bladder and sexual effects were reviewed, including the small risk of rectal "
                "bleeding and urethral stricture. Written consent will be signed at simulation."),
          ("gap",),
          ("ln", _sig_ro(c, d, 16, c.T.m[0])),
          ("ln", "cc: %s, %s (Urology) - UroLedger inbox" % (P["uro"], P["uro_cred"]))]
    return dict(blocks=b, footer=_foot(c, d))


# ------------------------------------------------------------------ urology documents (distractors)

def uro_procedure_note(c):
    P = c.P
    d = bday(c.T.consult, 1)
    b = _banner(c, "Urology Procedure Note", "Urology")
    b += [("ln", "Date of service: %s    Procedure suite 2    Surgeon: %s, %s (Urology)" % (mdy(d), P["uro"], P["uro_cred"])),
          ("h", "Procedure"),
          ("p", "Transperineal placement of three gold fiducial markers and a hydrogel rectal spacer under "
                "transrectal ultrasound guidance, for image-guided radiotherapy in the practice's radiation "
                "oncology division."),
          ("h", "Findings"),
          ("p", "Gland volume 38 cc. Markers placed at the left base, right mid-gland and apex. 10 mL hydrogel "
                "injected into the perirectal fat; post-injection ultrasound shows symmetric separation of about "
                "9 mm. No rectal wall puncture. EBL minimal."),
          ("h", "Disposition"),
          ("p", "Home the same day. CT simulation tomorrow in radiation oncology. Leuprolide continues; next dose "
                "due 04/2025."),
          ("gap",),
          ("ln", "Electronically signed: %s, %s (Urology)  %s %s %s" % (P["uro"], P["uro_cred"], mdy(d), t12(11, 46),
                                                                       c.z(d)))]
    return dict(blocks=b, footer=_foot_flat(c, d))


def uro_followup_note(c):
    P = c.P
    d = D(2025, 3, 27)
    b = _banner(c, "Urology Office Note - PSA follow-up", "Urology")
    b += [("ln", "Date of service: %s    Provider: %s, %s (Urology)" % (mdy(d), P["uro"], P["uro_cred"])),
          ("p", "Seen after radical prostatectomy (06/2022). PSA 0.38 ng/mL (03/2025), third consecutive rise. PSMA "
                "PET/CT negative. Continent with one light pad a day; erections partial on tadalafil."),
          ("p", "Discussed at prostate conference 03/20/2025: salvage radiotherapy to the prostate bed with six "
                "months of ADT. Leuprolide 22.5 mg given today. Pathway radiation therapy directive to be entered "
                "and routed to radiation oncology; consult with Dr. Achebe-Marlow scheduled."),
          ("gap",),
          ("ln", "Electronically signed: %s, %s (Urology)  %s %s %s" % (P["uro"], P["uro_cred"], mdy(d), t12(12, 9),
                                                                       c.z(d)))]
    return dict(blocks=b, footer=_foot_flat(c, d))


# ------------------------------------------------------------------ prescription / directive

def rx(c):
    T, S = c.T, c.S
    b = _banner(c, "Radiation Therapy Prescription (radiation oncology order)")
    b += [("box", [["Order #", "RX-SUP-25-%04d" % c.n("rx", 100, 999), "Order date", mdy(T.rx)],
                   ["Site", "Prostate and proximal seminal vesicles", "Intent", "Definitive"],
                   ["Technique", "IMRT - VMAT, inverse planned", "Energy", S["energy"]],
                   ["Image guidance", "Daily CBCT, fiducial match; hydrogel spacer in situ", "Schedule",
                    "5 fractions per week"]]),
          ("h", "Dose to targets"),
          ("grid", [r + ([("Coverage")] if i == 0 else ["95% of the PTV receives 100% of the dose"])
                    for i, r in enumerate(target_rows(c))]),
          ("h", "Normal tissue dose limits (to be met at plan approval)"),
          ("grid", [["Organ at risk", "Limit", "Priority"]] +
                   [[o, lim, "1" if o.startswith(("Rectum", "Bladder")) else "2"] for o, lim, _ in S["limits"]]),
          ("p", "Hot spot not to exceed 107% and to lie within PTV_7000. Bladder filling and rectal preparation as "
                "at simulation."),
          ("gap",),
          ("ln", "Prescribing radiation oncologist: %s - e-signed %s %s %s" % (_ro(c), mdy(T.rx), t12(10, 2),
                                                                             c.z(T.rx)))]
    return dict(blocks=b, footer=_foot_flat(c, T.rx))


def directive(c):
    """nk02 trap: target dose and OAR limits exist only in the urologist-signed pathway directive."""
    T, S, P = c.T, c.S, c.P
    d = bday(T.consult, 2)
    b = _banner(c, "Prostate Cancer Pathway - Radiation Therapy Directive")
    b += [("box", [["Directive #", "PCP-RT-25-%04d" % c.n("pcp", 100, 999), "Entered", mdy(d)],
                   ["Pathway", "Post-prostatectomy PSA recurrence (salvage)", "Conference date", "03/20/2025"],
                   ["Ordering provider", "%s, %s (Urology)" % (P["uro"], P["uro_cred"]), "Treating department",
                    "Radiation Oncology Division"],
                   ["Routed to (planning)", "Radiation Oncology Division planning queue", "Systemic therapy",
                    "Leuprolide 22.5 mg q3 months x 2 (six months)"]]),
          ("h", "Radiation therapy"),
          ("grid", [["Target", "Dose per fraction", "Fractions", "Total"],
                    ["PTV_7020 (prostate bed)", "1.8 Gy", "39", "70.2 Gy"]]),
          ("ln", "Technique: IMRT / VMAT per radiation oncology.  Image guidance: daily CBCT."),
          ("h", "Normal tissue limits (pathway standard)"),
          ("grid", [["Structure", "Limit"]] + [[o, lim] for o, lim in S["directive_limits"]]),
          ("p", "Pathway directives are entered by the ordering urologist from the conference recommendation and "
                "sent to the radiation oncology division for simulation and planning."),
          ("gap",),
          ("ln", "Ordering provider e-signature: %s, %s (Urology)  %s %s %s" % (P["uro"], P["uro_cred"], mdy(d),
                                                                               t12(17, 36), c.z(d)))]
    return dict(blocks=b, footer=_foot_flat(c, d))


# ------------------------------------------------------------------ plan report

def plan(c):
    T, S, P = c.T, c.S, c.P
    d = T.plan
    head = [("hdr", "Cobalt Ridge Planner (invented) %s  -  Plan Report  -  SYNTHETIC" % P["tps_ver"]),
            ("ln", "Suwannee Urology Partners, P.A. - Radiation Oncology Division (Lake City)"),
            ("box", [["Patient", "%s (MRN %s)" % (c.lf, c.mrn), "DOB", mdy(c.dob)],
                     ["Plan ID", S["plan_id"], "Course", "C1"],
                     ["Created", "%s 11:48" % mdy(d), "Dose calculated", "%s 12:57 (photon MC v3)" % mdy(d)],
                     ["Machine", "%s (%s)" % (P["linac"], S["energy"]), "Planner", "%s, CMD" % P["dosim"]]])]
    b = head
    if c.trap == "urologist_directive":
        b += [("h", "Prescription (from pathway directive PCP-RT-25-%04d)" % c.n("pcp", 100, 999)),
              ("grid", target_rows(c)),
              ("h", "Dose statistics (final calculation)"),
              ("grid", [["Structure", "Statistic", "Value"]] + [[s, st, v] for s, st, v in S["cover"]] +
                       [[o, st, v] for o, st, v in S["limits"]])]
    else:
        b += [("h", "Prescription"),
              ("grid", target_rows(c)),
              ("h", "Planning objectives and result"),
              ("grid", [["Structure", "Objective", "Plan value", "Met"]] +
                       [[s, "%s >= %g Gy" % (st, S["targets"][i][3]), v, "Yes"]
                        for i, (s, st, v) in enumerate(S["cover"])] +
                       [[o, lim, v, "Yes"] for o, lim, v in S["limits"]])]
    b += [("h", "Treatment beams"),
          ("grid", beam_rows_arc_static(c, S["beams"])),
          ("ln", "Isocenter: prostate center (fiducial centroid). Couch 0 for all arcs. Dose rate 1400 MU/min (FFF)."
           if S["energy"].endswith("FFF") else "Isocenter: center of PTV. Couch 0 for all arcs."),
          ("h", "Plan approval"),
          ("grid", [["Step", "Name", "Role", "Status", "Date/time"],
                    ["Planning complete", P["dosim"] + ", CMD", "Dosimetrist", "Completed",
                     "%s 13:05 %s" % (mdy(d), c.z(d))],
                    ["Physics plan check (remote, Lodestone)", "%s, %s" % (P["phys"], P["phys_cred"]),
                     "Medical Physicist", "Approved", "%s 19:40 %s" % (mdy(d), c.z(d))],
                    ["Physician approval", _ro(c), "Radiation Oncologist", "Approved",
                     "%s 08:10 %s" % (mdy(T.review), c.z(T.review))]])]
    return dict(blocks=b, footer=["Cobalt Ridge Planner (invented) | SYNTHETIC | %s | MRN %s | page {p} of {n}"
                                  % (S["plan_id"], c.mrn)])


# ------------------------------------------------------------------ planning note (RTF)

def planning_note(c):
    T, S = c.T, c.S
    d = T.review
    b = _banner(c, "IMRT Treatment Planning Note (77301)")
    b.append(("ln", "Date of service: %s    Author: %s (Radiation Oncology)" % (mdy(d), _ro(c))))
    arcs = ", ".join(x[1] for x in S["beams"])
    if c.cid == "nk01":
        img = ("I reviewed the planning CT (%s), registered to the 12/2024 prostate MRI, slice by slice through the "
               "prostate, seminal vesicles and every contoured organ at risk with the 105%%, 100%%, 95%%, 80%% and 50%% "
               "isodose lines displayed, in axial, sagittal and coronal planes. The 100%% line conforms to PTV_7000 "
               "and bends away from the spacer-displaced anterior rectal wall; the 50%% line stays clear of the "
               "femoral heads. Maximum dose 106.4%%, inside PTV_7000." % mdy(bday(T.consult, 2)))
    else:
        img = ("I reviewed the planning CT (%s) slice by slice through the prostate bed, the bladder, the rectum and "
               "the femoral heads with the 105%%, 100%%, 95%%, 70%% and 50%% isodose lines displayed in all three "
               "planes. The 95%% line covers the bed including the anastomosis and bends around the anterior rectal "
               "wall; the high-dose region does not extend into the bladder dome. Maximum dose 105.8%%, inside "
               "PTV_7020." % mdy(bday(T.consult, 1)))
    vals = "; ".join("%s %s %s" % (s, st, v) for s, st, v in S["cover"])
    oars = "; ".join("%s %s %s" % (o, lim.split(" ")[0], v) for o, lim, v in S["limits"])
    b += [("p", "Plan reviewed: %s (Cobalt Ridge Planner, calculated %s 12:57 %s), %d arcs (%s)."
           % (S["plan_id"], mdy(T.plan), c.z(T.plan), len(S["beams"]), arcs)),
          ("h", "Images and isodose distribution"),
          ("p", img),
          ("h", "Dose-volume histograms"),
          ("p", "Cumulative DVHs reviewed for every target and for the rectum, bladder, both femoral heads, penile "
                "bulb and bowel bag: %s; %s." % (vals, oars) +
                (" All prescription limits are met." if c.cid == "nk01" else
                 " These are the achieved values of the final calculation; I accept them.")),
          ("p", "Plan approved for treatment, pending patient-specific QA (Lodestone remote release)."),
          ("gap",),
          ("ln", _sig_ro(c, d, 8, 15 + c.T.m[6] % 40))]
    return dict(blocks=b, footer=_foot_flat(c, d))


# ------------------------------------------------------------------ PhysLink QA release (PDF)

def qa_release(c):
    T, S, P = c.T, c.S, c.P
    d = T.qa
    rates = qa_rates(c, S["beams"])
    job = "PL-25-%05d" % c.n("pl", 10000, 99999)
    b = [("hdr", "Lodestone Medical Physics Services, LLC (invented)  -  PhysLink remote QA release  -  SYNTHETIC"),
         ("ln", "Contract physics for: Suwannee Urology Partners, P.A., Radiation Oncology Division (Lake City FL)"),
         ("h", "Patient-Specific IMRT QA - Measurement Report"),
         ("box", [["Patient", c.LF, "Client MRN", c.mrn],
                  ["DOB", mdy(c.dob), "PhysLink job", job],
                  ["Plan", "%s (Cobalt Ridge, calc. %s)" % (S["plan_id"], mdy(T.plan)), "Linac", P["linac"]],
                  ["Device", "PolarisMap 2D (invented) diode array, true composite, gantry as planned",
                   "Measured by", "%s, RT(T) (on site)" % P["therapist"]],
                  ["Measured", "%s %s %s" % (mdy(d), t12(17, 40 + c.T.m[3] % 15), c.z(d)), "Uploaded to PhysLink",
                   "%s %s %s" % (mdy(d), t12(18, 2 + c.T.m[3] % 15), c.z(d))]]),
         ("h", "Analysis"),
         ("ln", "Gamma 3%/2 mm, global normalization, 10% low-dose threshold, absolute dose.  Action level 90%.  "
                "Tolerance level 95%."),
         ("grid", [["Beam", "Points analysed", "Gamma pass rate", "Result"]] +
                  [[bid, str(c.n("pts" + bid, 900, 1300)), "%.1f%%" % r, "PASS"] for bid, r in rates] +
                  [["Composite", str(c.n("ptsc", 1800, 2400)), "%.1f%%" % composite(rates), "PASS"]]),
         ("ln", "Point dose (chamber insert, isocenter): measured vs planned %+.1f%%." % (c.n("pd", -14, 12) / 10.0)),
         ("ln", "Overall result: PASS - plan may be treated as calculated."),
         ("h", "Remote physics release"),
         ("ln", "Released by: %s, %s - Qualified Medical Physicist, Lodestone Medical Physics Services, LLC - %s %s %s "
                "(remote, PhysLink)" % (P["phys"], P["phys_cred"], mdy(d), t12(21, c.T.m[4]), c.z(d))),
         ("h", "Client-site physician review"),
         ("ln", "Reviewed by: %s - Radiation Oncology, Suwannee Urology Partners - %s %s %s"
          % (_ro(c), mdy(T.qa_md), t12(7, c.T.m[5]), c.z(T.qa_md))),
         ("ln", "Comment: IMRT QA reviewed; acceptable for treatment.")]
    return dict(blocks=b, footer=["PhysLink (invented) | %s | Client MRN %s | SYNTHETIC | page {p} of {n}" % (job, c.mrn)])


# ------------------------------------------------------------------ course record / charges (TXT)

def course_record(c, threed=False):
    T, S = c.T, c.S
    rows = ["Fx   Date        Treated plan     Beams                 Therapists"]
    d = T.fx1
    for i in range(1, 6):
        rows.append("%-4d %s  %-16s %-21s %s" % (i, mdy(d), S["plan_id"],
                                                  "/".join(x[1] for x in S["beams"]), "LFB / KT"))
        d = bday(d, 1)
    ch = ([("77263", T.rx), ("77290", bday(T.consult, 1 if threed else 2)), ("77295" if threed else "77301", T.plan),
           ("77300 x%d" % (3 if threed else 2), T.plan)] +
          ([] if threed else [("77338", T.plan)]) +
          [("77412" if threed else "G6015", T.fx1), ("77427", T.fx1)])
    b = [("ln", "UroLedger EHR (invented) - RADIATION COURSE RECORD / CHARGE CAPTURE - SYNTHETIC"),
         ("ln", "Suwannee Urology Partners, P.A. - Radiation Oncology Division"),
         ("ln", "Patient: %s   MRN: %s   DOB: %s" % (c.LF, c.mrn, mdy(c.dob))),
         ("ln", "Course: C1  %s   Rx: %s" % (S["plan_id"], ", ".join("%s %s Gy / %d fx" % (n, ("%g" % t), f)
                                                                     for n, _, f, t in S["targets"]))),
         ("ln", "First fraction: %s" % mdy(T.fx1)),
         ("gap",), ("ln", "DELIVERY LOG (first week)"), ("fixed", rows),
         ("gap",), ("ln", "CHARGES POSTED"),
         ("fixed", ["CPT/HCPCS   DOS"] + ["%-11s %s" % (k, mdy(v)) for k, v in ch])]
    return dict(blocks=b, footer=["-- end of record -- SYNTHETIC -- MRN %s" % c.mrn])


# ------------------------------------------------------------------ 3D conformal chart (nk03)

def consult_3d(c):
    T, S, P = c.T, c.S, c.P
    d = T.consult
    b = _banner(c, "Radiation Oncology Consultation - palliative")
    b += [("box", [["Date of service", mdy(d), "Referring / co-managing",
                    "%s, %s (Urology)" % (P["uro"], P["uro_cred"])]]),
          ("h", "History"),
          ("p", "%s %s is an %d-year-old man with metastatic castration-resistant prostate cancer (on leuprolide and "
                "enzalutamide through urology) with six weeks of left buttock and hip pain, worse on weight bearing, "
                "needing oxycodone 5 mg four times a day. Bone scan and CT: mixed lytic/blastic metastasis of the "
                "left iliac wing extending to the sacroiliac joint, no fracture, no epidural disease."
                % (c.mr, c.last, c.age(d))),
          ("h", "Assessment"),
          ("p", "C79.51 / C61 - %s." % S["dx"]),
          ("h", "Recommendation"),
          ("p", "Palliative radiotherapy, 30 Gy in 10 fractions, three-field 3D conformal plan (anterior, posterior "
                "and a wedged left posterior oblique field) shaped with the MLC to the PTV, forward planned. "
                "Intensity-modulated planning would not change the outcome for this palliative target and is not "
                "being requested."),
          ("p", "Simulation tomorrow. Continue analgesics; bowel regimen reviewed."),
          ("gap",),
          ("ln", _sig_ro(c, d, 15, 34))]
    return dict(blocks=b, footer=_foot_flat(c, d))


def rx_3d(c):
    T = c.T
    b = _banner(c, "Radiation Therapy Prescription (radiation oncology order)")
    b += [("box", [["Site", "Left iliac wing / sacroiliac joint", "Intent", "Palliative"],
                   ["Technique", "3D conformal (forward planned), 3 fields", "Energy", "6 MV and 10 MV"],
                   ["Image guidance", "Weekly kV imaging", "Schedule", "Daily, 10 fractions"]]),
          ("grid", target_rows(c)),
          ("ln", "Dose limits: bowel Dmax < 32 Gy; bladder and rectum as low as practical."),
          ("gap",),
          ("ln", "Prescribing radiation oncologist: %s - e-signed %s %s %s" % (_ro(c), mdy(T.rx), t12(9, 12),
                                                                             c.z(T.rx)))]
    return dict(blocks=b, footer=_foot(c, T.rx))


def plan_3d(c):
    T, S, P = c.T, c.S, c.P
    d = T.plan
    rows = [["Field", "Energy", "Gantry", "Collimator", "Couch", "Wedge", "Weight", "MU"]]
    for _, bid, en, g, col, cou in S["beams"]:
        rows.append([bid, en, str(g), str(col), str(cou), "30 deg" if "W30" in bid else "-",
                     "%.2f" % (0.38 if bid == "AP" else 0.34 if bid == "PA" else 0.28), str(c.n("mu" + bid, 90, 170))])
    b = [("hdr", "Cobalt Ridge Planner (invented) %s  -  Plan Report  -  SYNTHETIC" % P["tps_ver"]),
         ("box", [["Patient", "%s (MRN %s)" % (c.lf, c.mrn), "DOB", mdy(c.dob)],
                  ["Plan ID", S["plan_id"], "Plan type", "3D conformal, forward planned"],
                  ["Created", "%s 10:14" % mdy(d), "Machine", P["linac"]]]),
         ("h", "Prescription"), ("grid", target_rows(c)),
         ("h", "Fields"), ("grid", rows),
         ("ln", "MLC blocking to PTV + 7 mm. Field-weighted, wedge on the oblique field; no intensity modulation."),
         ("h", "Plan approval"),
         ("grid", [["Step", "Name", "Role", "Status", "Date/time"],
                   ["Planning complete", P["dosim"] + ", CMD", "Dosimetrist", "Completed", "%s 11:02 %s" % (mdy(d), c.z(d))],
                   ["Physician approval", _ro(c), "Radiation Oncologist", "Approved", "%s 14:30 %s" % (mdy(d), c.z(d))]])]
    return dict(blocks=b, footer=["Cobalt Ridge Planner (invented) | SYNTHETIC | %s | MRN %s | page {p} of {n}"
                                  % (S["plan_id"], c.mrn)])


def mu_check_3d(c):
    T, S, P = c.T, c.S, c.P
    d = T.plan
    rows = ["FIELD     TPS MU   IND. CALC MU   DIFF"]
    for _, bid, en, g, col, cou in S["beams"]:
        m = c.n("mu" + bid, 90, 170)
        diff = (c.n("df" + bid, -15, 15)) / 10.0
        rows.append("%-9s %6d   %12.1f   %+.1f%%" % (bid, m, m * (1 + diff / 100), diff))
    b = [("ln", "LODESTONE MEDICAL PHYSICS SERVICES, LLC (invented) - INDEPENDENT MU VERIFICATION (77300) - SYNTHETIC"),
         ("ln", "Client: Suwannee Urology Partners, P.A. - Radiation Oncology Division"),
         ("ln", "Patient: %s   Client MRN: %s   Plan: %s (3D conformal)" % (c.LF, c.mrn, S["plan_id"])),
         ("gap",), ("fixed", rows), ("gap",),
         ("ln", "All fields within the 3% action level. Patient-specific IMRT QA: not applicable (3D conformal plan)."),
         ("ln", "Checked by: %s, %s (Medical Physicist, Lodestone) %s %s %s" % (P["phys"], P["phys_cred"], mdy(d),
                                                                             t12(16, 48), c.z(d)))]
    return dict(blocks=b, footer=["PhysLink (invented) export | SYNTHETIC | MRN %s" % c.mrn])


def build(c):
    if c.cid == "nk03":
        return [("01_ro_consult_palliative.docx", consult_3d(c)),
                ("02_rt_prescription.pdf", rx_3d(c)),
                ("03_cobalt_ridge_plan_3d.pdf", plan_3d(c)),
                ("04_lodestone_mu_check.txt", mu_check_3d(c)),
                ("05_course_record.txt", course_record(c, threed=True))]
    if c.cid == "nk01":
        return [("01_ro_consult.pdf", consult(c)),
                ("02_urology_procedure_note.txt", uro_procedure_note(c)),
                ("03_rt_prescription.docx", rx(c)),
                ("04_cobalt_ridge_plan_report.pdf", plan(c)),
                ("05_imrt_planning_note.rtf", planning_note(c)),
                ("06_physlink_psqa_release.pdf", qa_release(c)),
                ("07_course_record.txt", course_record(c))]
    return [("01_ro_consult.pdf", consult(c)),
            ("02_pathway_rt_directive.docx", directive(c)),
            ("03_cobalt_ridge_plan_report.pdf", plan(c)),
            ("04_imrt_planning_note.rtf", planning_note(c)),
            ("05_physlink_psqa_release.pdf", qa_release(c)),
            ("06_urology_office_note.txt", uro_followup_note(c)),
            ("07_course_record.txt", course_record(c))]
