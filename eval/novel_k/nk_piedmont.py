"""Piedmont Foothills Radiation Center, PLLC (invented): a freestanding center owned by its two radiation
oncologists, Hickory NC (Eastern). Notes in MedAcorn EHR (invented); plans in Sequoia Dose (invented); physics is
contracted to Catawba Physics Consulting (invented), whose physicist checks plans and signs QA remotely in its QA Vault
portal (invented); QA by Ridgeback EPID Dosimetry (invented). Claims go through a third-party billing company,
Claimwright Revenue Partners (invented), which assembles a pre-bill chart packet (cover sheet, index, the documents
as pulled, a coding summary) before the IMRT lines are released.
"""
from nk_common import beam_rows_arc_static, composite, qa_rates, target_rows
from nk_render import count_pages
from nk_world import D, bday, iso, mdy, mon_d_y, t12, t24

BANNER = "PIEDMONT FOOTHILLS RADIATION CENTER, PLLC  -  MedAcorn EHR (invented)"


def _doc(c):
    P = c.P
    return (P["ro2"], P["ro2_cred"]) if c.cid == "nk09" else (P["ro"], P["ro_cred"])


def _esig(c, d, h, m):
    n, cr = _doc(c)
    return "E-signed by %s, %s (Radiation Oncology) on %s %s %s" % (n, cr, mon_d_y(d), t12(h, m), c.z(d))


def _ma_head(c, title, d, enc):
    n, cr = _doc(c)
    return [("hdr", BANNER),
            ("ln", "%s  |  %s  |  SYNTHETIC" % (c.P["addr"], c.P["phone"])),
            ("box", [["Patient", c.lf, "MRN", c.mrn, "DOB", mdy(c.dob)],
                     ["Encounter", "%s - %s" % (mdy(d), enc), "Provider", "%s, %s" % (n, cr), "Sex", c.sex]]),
            ("h", title)]


# ------------------------------------------------------------------ consult

def consult_blocks(c):
    S, T = c.S, c.T
    d = T.consult
    age = c.age(d)
    if c.cid == "nk07":
        hx = ("%s %s is a %d-year-old man with a painless left neck mass for three months. FNA of the left level II "
              "node: squamous cell carcinoma, p16 positive. PET/CT: 2.6 cm left base-of-tongue primary and a single "
              "2.8 cm left level II node, no distant disease. Reviewed at the Catawba Valley head and neck tumor "
              "board: definitive chemoradiation with weekly cisplatin. Dental clearance complete. Former smoker, "
              "8 pack-years, quit 2001." % (c.mr, c.last, age))
        ex = ("Flexible laryngoscopy: exophytic left base-of-tongue lesion, not crossing midline; vallecula and "
              "epiglottis clear; cords mobile. Firm 3 cm left level II node.")
        plan = ["VMAT with simultaneous integrated boost: 70 Gy / 63 Gy / 56 Gy in 35 fractions.",
                "Five-point thermoplastic mask; CT simulation %s." % mdy(T.sim),
                "Weekly cisplatin (medical oncology, Dr. Adeyemi-Rusk)."]
        why = ("%s %s A 3D conformal technique (opposed laterals matched to a low anterior neck field) would take the "
               "right parotid to full dose and could not keep %s within their limits while covering the nodal targets; "
               "IMRT is needed to protect these organs at risk." % (S["cond"][1], S["cond"][4], S["oars"]))
    elif c.cid == "nk08":
        hx = ("%s %s is a %d-year-old woman with four months of rectal bleeding and anal discomfort. Examination under "
              "anesthesia (colorectal surgery, 02/2025): 3.5 cm mass of the anal canal, biopsy squamous cell carcinoma. "
              "Pelvic MRI: one 1.4 cm left internal iliac node. PET/CT: no distant disease. HIV negative."
              % (c.mr, c.last, age))
        ex = "ECOG 1. Firm posterior anal canal mass 2 cm above the verge, mobile. No palpable inguinal nodes."
        plan = ["Dose-painted IMRT (VMAT): 54 Gy to the primary and involved node, 45 Gy to the elective nodes, in 30 "
                "fractions.", "Concurrent mitomycin and capecitabine (medical oncology).",
                "CT simulation %s, supine, frog-leg, vac-lock." % mdy(T.sim)]
        why = ("%s %s A 3D conformal four-field pelvis would give the elective dose to the whole bladder, a large "
               "small-bowel volume, both femoral heads and the external genitalia; intensity modulation is needed to "
               "spare %s." % (S["cond"][4], S["cond"][1], S["oars"]))
    else:
        hx = ("%s %s is a %d-year-old woman with cough and a 3.4 cm left upper lobe mass; EBUS biopsy of station 5 and "
              "left hilar (10L) nodes: adenocarcinoma, PD-L1 40%%, no driver mutation. PET/CT and brain MRI: no distant "
              "disease. In 2019 she was treated here for a left breast cancer (lumpectomy, 50 Gy in 25 fractions by "
              "tangents); the 2019 treatment summary and plan were retrieved for this course. Plan: concurrent "
              "weekly carboplatin and paclitaxel, then consolidation immunotherapy." % (c.mr, c.last, age))
        ex = "ECOG 1. Healed left breast scar, mild chronic skin change over the left breast. Lungs clear."
        plan = ["IMRT, 60 Gy in 30 fractions, seven static fields, with composite evaluation against the 2019 course.",
                "CT simulation with 4D CT %s." % mdy(T.sim)]
        why = ("%s %s A 3D conformal plan matched to the old tangent border could not keep %s within their limits, "
               "including the composite left lung dose; IMRT is needed to protect these organs at risk."
               % (S["cond"][3], S["cond"][1], S["oars"]))
    b = _ma_head(c, "Radiation Oncology Consultation", d, "New patient consultation")
    b += [("h", "History of present illness"), ("p", hx),
          ("h", "Examination"), ("p", ex),
          ("h", "Assessment"), ("p", "%s - %s." % (S["icd"], S["dx"])),
          ("h", "Plan")] + [("ln", "- " + x) for x in plan] + [
          ("h", "Basis for IMRT over 3D conformal planning"), ("p", why),
          ("gap",), ("ln", _esig(c, d, 16, c.T.m[0]))]
    return b


# ------------------------------------------------------------------ prescription

def rx_blocks(c):
    S, T = c.S, c.T
    tech = {"nk07": "VMAT, 3 arcs, 6 MV", "nk08": "VMAT, 6 MV", "nk09": "IMRT, 7 static fields, 6 MV"}[c.cid]
    b = _ma_head(c, "Radiation Treatment Order / Prescription", T.rx, "Treatment planning")
    b += [("grid", [r + (["Technique"] if i == 0 else [tech]) for i, r in enumerate(target_rows(c))]),
          ("h", "Normal structure dose constraints"),
          ("grid", [["Structure", "Constraint"]] + [[o, lim] for o, lim, _ in S["limits"]]),
          ("ln", "Image guidance: daily CBCT."),
          ("gap",), ("ln", _esig(c, T.rx, 11, c.T.m[1]))]
    return b


# ------------------------------------------------------------------ plan review note

def review_blocks(c):
    S, T = c.S, c.T
    d = T.review
    b = _ma_head(c, "IMRT Plan Review", d, "Treatment planning (77301)")
    tg = "; ".join("%s %s %s" % x for x in S["cover"])
    oar = "; ".join("%s %s %s" % (o, lim.split(" ")[0], v) for o, lim, v in S["limits"])
    if c.cid == "nk07":
        desc = "three-arc VMAT plan (ARC_1 181-179 CW, ARC_2 179-181 CCW, ARC_3 181-179 CW, collimator 90)"
        img = ("Reviewed on the planning CT, slice by slice from the skull base to the clavicles, with the 70, 63, 56 and "
               "30 Gy isodose lines over the three PTVs, the spinal cord, brainstem, parotids, mandible, larynx and oral "
               "cavity. The 70 Gy line is tight on the primary and left level II node; the 30 Gy line spares most of "
               "the right parotid.")
    elif c.cid == "nk08":
        desc = "two-arc VMAT plan"
        img = ("Reviewed on the planning CT and the fused pelvic MRI, slice by slice, with the 54, 45, 30 and 20 Gy "
               "isodose lines over the primary, the nodal PTVs, the bowel bag, bladder, femoral heads, genitalia and "
               "iliac crests. The 45 Gy line follows the nodal chains and stays off the central bowel loops.")
    else:
        desc = "seven-field static IMRT plan (gantry 330, 0, 30, 60, 150, 180, 210)"
        img = ("Reviewed on the planning CT (average intensity of the 4D set), slice by slice, with the 60, 57, 40, 20 "
               "and 5 Gy isodose lines over the PTV, spinal cord, esophagus, heart and both lungs, and with the 2019 "
               "tangent field edge displayed. The 20 Gy line meets the old superior border without overlap.")
    b += [("p", "Plan %s (Sequoia Dose) reviewed for treatment: %s." % (S["plan_id"], desc)),
          ("h", "Images and isodose distributions"), ("p", img),
          ("h", "Dose-volume histograms"),
          ("p", "DVHs reviewed for each target and each organ at risk: %s; %s. Constraints met." % (tg, oar)),
          ("p", "Approved for treatment after patient-specific QA."),
          ("gap",), ("ln", _esig(c, d, 8, 10 + c.T.m[2] % 45))]
    return b


# ------------------------------------------------------------------ Sequoia plan report (full) and plan summary (nk08)

def _approvals(c):
    P, T = c.P, c.T
    n, cr = _doc(c)
    return [("ln", "Dosimetry complete: %s, CMD - %s 15:42 %s" % (P["dosim"], iso(T.plan), c.z(T.plan))),
            ("ln", "Physics check: %s, %s (Catawba Physics Consulting, remote) - %s 20:18 %s"
             % (P["phys"], P["phys_cred"], iso(T.plan), c.z(T.plan))),
            ("ln", "Physician approval: %s, %s - %s 08:05 %s" % (n, cr, iso(T.review), c.z(T.review)))]


def _goal_rows(c):
    S = c.S
    return ([["ROI", "Goal", "Value", "Fulfilled"]] +
            [[n, "%s >= %g Gy" % (st, t[3]), v, "Yes"] for (n, st, v), t in zip(S["cover"], S["targets"])] +
            [[o, lim, v, "Yes"] for o, lim, v in S["limits"]])


def sequoia_plan(c):
    S, T, P = c.S, c.T, c.P
    b = [("hdr", "Sequoia Dose (invented) %s  |  Plan Report  |  SYNTHETIC" % P["tps_ver"]),
         ("box", [["Patient", c.lf, "MRN", c.mrn, "DOB", iso(c.dob)],
                  ["Plan ID", S["plan_id"], "Machine", P["linac"], "Approval status", "Approved"],
                  ["Created", "%s 10:31" % iso(T.plan), "Calculated", "%s 14:55" % iso(T.plan), "Dose grid", "2.5 mm"]]),
         ("h", "Prescription"), ("grid", target_rows(c)),
         ("h", "Clinical goals"), ("grid", _goal_rows(c)),
         ("h", "Beams"), ("grid", beam_rows_arc_static(c, S["beams"], deg=" (deg)")),
         ("h", "Approvals")] + _approvals(c)
    return dict(blocks=b, landscape=True,
                footer=["Sequoia Dose (invented) | %s | MRN %s | SYNTHETIC | %s of {n}" % (S["plan_id"], c.mrn, "{p}")])


def sequoia_summary_blocks(c):
    """nk08: the one-page plan summary is the only plan document; it gives the arc count, never the geometry."""
    S, T, P = c.S, c.T, c.P
    mus = [c.n("mu" + b[1], 280, 460) for b in S["beams"]]
    return [("hdr", "Sequoia Dose (invented) %s  |  Plan Summary  |  SYNTHETIC" % P["tps_ver"]),
            ("box", [["Patient", c.lf, "MRN", c.mrn], ["Plan ID", S["plan_id"], "Machine", P["linac"]],
                     ["Calculated", "%s 14:55" % iso(T.plan), "Approval status", "Approved"]]),
            ("h", "Prescription"), ("grid", target_rows(c)),
            ("h", "Clinical goals"), ("grid", _goal_rows(c)),
            ("ln", "Delivery: VMAT - %d arcs - 6 MV - %s MU" % (len(S["beams"]), " + ".join(str(m) for m in mus))),
            ("h", "Approvals")] + _approvals(c)


# ------------------------------------------------------------------ Catawba QA Vault export (TXT)

def qavault(c):
    S, T, P = c.S, c.T, c.P
    n, cr = _doc(c)
    rates = qa_rates(c, S["beams"], lo=96.0)
    rows = ["BEAM        PIXELS EVAL.   GAMMA PASS   RESULT"]
    for bid, r in rates:
        rows.append("%-11s %12d   %9.1f%%   PASS" % (bid, c.n("px" + bid, 40000, 90000), r))
    sig = ["SIGN-OFF     NAME                                ROLE                         E-SIGNED",
           "Physicist    %-35s Medical Physicist (remote)   %s %s %s" % ("%s, %s" % (P["phys"], P["phys_cred"]),
                                                                       iso(T.qa), t24(21, c.T.m[3]), c.z(T.qa)),
           "Physician    %-35s Radiation Oncologist         %s %s %s" % ("%s, %s" % (n, cr), iso(T.qa_md),
                                                                       t24(7, c.T.m[4]), c.z(T.qa_md))]
    b = [("ln", "CATAWBA PHYSICS CONSULTING, LLC (invented) -- QA VAULT (invented) -- PATIENT-SPECIFIC IMRT QA -- SYNTHETIC"),
         ("ln", "Client:    Piedmont Foothills Radiation Center, PLLC (Hickory NC)"),
         ("ln", "Patient:   %s    MRN %s    DOB %s" % (c.LF, c.mrn, iso(c.dob))),
         ("ln", "Plan:      %s (Sequoia Dose, approved %s)" % (S["plan_id"], iso(T.review))),
         ("ln", "Method:    Ridgeback EPID Dosimetry (invented) - portal images acquired with the full plan delivered on"),
         ("ln", "           %s, converted to dose and compared with the predicted portal dose" % P["linac"]),
         ("ln", "Acquired:  %s %s %s by %s, RT(T)" % (iso(T.qa), t24(17, 5 + c.T.m[5] % 50), c.z(T.qa),
                                                        P["therapist"])),
         ("ln", "Criteria:  gamma 3%/2 mm, 10% threshold; action level 90%; tolerance 95%"),
         ("gap",), ("fixed", rows),
         ("ln", "COMPOSITE: %.1f%%     OVERALL: PASS" % composite(rates)),
         ("gap",), ("fixed", sig)]
    return dict(blocks=b, footer=["QA Vault export %s - MRN %s - SYNTHETIC" % (iso(T.qa_md), c.mrn)])


# ------------------------------------------------------------------ other documents

def tx_record(c):
    S, T = c.S, c.T
    rows = [["Fx", "Date", "Treated plan", "Beams", "Therapists"]]
    d = T.fx1
    for i in range(1, 6):
        rows.append([str(i), mdy(d), S["plan_id"], ", ".join(b[1] for b in S["beams"]), "SP / TM"])
        d = bday(d, 1)
    b = _ma_head(c, "Treatment Delivery Record", T.fx1, "Treatment")
    b += [("ln", "First fraction: %s" % mdy(T.fx1)), ("grid", rows)]
    return dict(blocks=b, footer=["MedAcorn EHR (invented) - MRN %s - SYNTHETIC" % c.mrn])


def sim_note(c):
    T = c.T
    b = _ma_head(c, "CT Simulation Note", T.sim, "Simulation (77290)")
    b += [("p", "Supine, frog-leg, custom vac-lock from the waist to the knees. Radio-opaque wire on the anal verge and "
                "marker on the palpable lower edge of the tumor. Bladder comfortably full. CT 2.5 mm slices from L1 to "
                "mid-thigh, IV contrast. Isocenter placed at mid-pelvis and tattooed (three points)."),
          ("p", "Images sent to Sequoia Dose for contouring; MRI of 02/2025 to be fused."),
          ("gap",), ("ln", _esig(c, T.sim, 11, 20))]
    return dict(blocks=b, footer=["MedAcorn EHR (invented) export - MRN %s - SYNTHETIC" % c.mrn])


def summary_2019(c):
    d0, d1 = D(2019, 4, 8), D(2019, 5, 10)
    n, cr = _doc(c)
    b = [("hdr", "PIEDMONT FOOTHILLS RADIATION CENTER, PLLC - Treatment Summary - SYNTHETIC"),
         ("box", [["Patient", c.lf, "MRN", c.mrn], ["DOB", mdy(c.dob), "Course dates", "%s - %s" % (mdy(d0), mdy(d1))]]),
         ("p", "Left breast carcinoma, pT1c N0, after lumpectomy. Whole breast 50 Gy in 25 fractions, two tangent "
               "fields (medial gantry 302, lateral gantry 122, 6 MV, field-in-field), plan LBR_TAN_2019. Superior field "
               "border at the inferior clavicular head; posterior border 2 cm into lung. Completed without break; "
               "grade 1 dermatitis."),
         ("p", "Prior-course record retained for future composite planning."),
         ("gap",), ("ln", "Electronically signed by %s, %s (Radiation Oncology) on %s" % (n, cr, mdy(D(2019, 5, 14))))]
    return dict(blocks=b, footer=["Archived record (2019) - MRN %s - SYNTHETIC - page {p} of {n}" % c.mrn])


def coding_blocks(c, packet_id):
    T = c.T
    n, cr = _doc(c)
    fx = c.S["targets"][0][2]
    lines = [["CPT/HCPCS", "Description", "DOS", "Units"],
             ["77263", "Therapeutic radiology treatment planning, complex", mdy(T.rx), "1"],
             ["77290", "Simulation, complex", mdy(T.sim), "1"],
             ["77301", "IMRT plan, including DVHs", mdy(T.plan), "1"],
             ["77300", "Basic dosimetry calculation", mdy(T.plan), str(len(c.S["beams"]))],
             ["77338", "MLC device(s) for IMRT", mdy(T.plan), "1"],
             ["G6015", "IMRT delivery, per session", "%s onward" % mdy(T.fx1), str(fx)],
             ["77427", "Radiation treatment management, 5 fractions", "%s onward" % mdy(T.fx1), str(fx // 5)],
             ["77336", "Continuing medical physics consultation", "weekly", str(fx // 5)]]
    return [("hdr", "CLAIMWRIGHT REVENUE PARTNERS (invented) - Coding summary - %s - SYNTHETIC" % packet_id),
            ("grid", lines),
            ("ln", "Rendering / supervising physician: %s, %s (Radiation Oncology)" % (n, cr)),
            ("ln", "Claim lines held until client release. Prepared by %s, Claimwright." % c.P["coder"])]


def packet(c, parts, pulled):
    """parts: list of (title, source, dos, author, blocks)."""
    P = c.P
    pid = "CW-25-%05d" % c.n("cw", 10000, 99999)
    counts = [count_pages(p[4]) for p in parts]
    coding = coding_blocks(c, pid)
    start = 3
    index = [["#", "Document", "Source", "Date of service", "Author", "Packet pages"]]
    for i, ((title, src, dos, auth, _), k) in enumerate(zip(parts, counts)):
        index.append([str(i + 1), title, src, dos, auth, str(start) if k == 1 else "%d-%d" % (start, start + k - 1)])
        start += k
    index.append([str(len(parts) + 1), "Coding summary", "Claimwright", "-", P["coder"], str(start)])
    b = [("hdr", "CLAIMWRIGHT REVENUE PARTNERS (invented)  -  Radiation Oncology Billing Services"),
         ("h", "PRE-BILL CHART PACKET - IMRT COURSE"),
         ("box", [["Packet ID", pid, "Prepared", "%s 09:14 %s" % (mdy(pulled), c.z(pulled))],
                  ["Client", P["name"], "Prepared by", "%s (coding specialist)" % P["coder"]],
                  ["Patient", c.LF, "MRN", c.mrn],
                  ["DOB", mdy(c.dob), "Primary payer", "Medicare Part B"],
                  ["Course", c.S["plan_id"], "First fraction", mdy(c.T.fx1)]]),
         ("p", "This packet was assembled from the client's EHR, planning system and contracted physics portal before "
               "release of the IMRT claim lines. Documents are reproduced as pulled; Claimwright does not alter "
               "clinical content. Contents follow the index on the next page."),
         ("p", "SYNTHETIC TEST PACKET - invented patient, practice and billing company."),
         ("pb",),
         ("h", "Packet index"), ("grid", index), ("pb",)]
    for i, (title, src, dos, auth, blocks) in enumerate(parts):
        b += [("ln", "[%s | document %d of %d | %s | pulled %s]" % (pid, i + 1, len(parts), src, mdy(pulled)))]
        b += blocks + [("pb",)]
    b += coding
    return dict(blocks=b, footer=["Claimwright Revenue Partners (invented) | Pre-bill packet %s | MRN %s | SYNTHETIC | "
                                  "Page {p} of {n}" % (pid, c.mrn)])


def build(c):
    T = c.T
    n, cr = _doc(c)
    au = "%s, %s" % (n, cr)
    if c.cid == "nk07":
        parts = [("Radiation oncology consultation", "MedAcorn EHR", mdy(T.consult), au, consult_blocks(c)),
                 ("Radiation treatment order / prescription", "MedAcorn EHR", mdy(T.rx), au, rx_blocks(c)),
                 ("IMRT plan review", "MedAcorn EHR", mdy(T.review), au, review_blocks(c))]
        return [("01_claimwright_prebill_packet.pdf", packet(c, parts, bday(T.fx1, 6))),
                ("02_sequoia_plan_report.pdf", sequoia_plan(c)),
                ("03_qavault_psqa_export.txt", qavault(c)),
                ("04_treatment_delivery_record.docx", tx_record(c))]
    if c.cid == "nk08":
        parts = [("Radiation oncology consultation", "MedAcorn EHR", mdy(T.consult), au, consult_blocks(c)),
                 ("Radiation treatment order / prescription", "MedAcorn EHR", mdy(T.rx), au, rx_blocks(c)),
                 ("Plan summary", "Sequoia Dose", mdy(T.plan), "%s, CMD" % c.P["dosim"], sequoia_summary_blocks(c)),
                 ("IMRT plan review", "MedAcorn EHR", mdy(T.review), au, review_blocks(c))]
        return [("01_claimwright_prebill_packet.pdf", packet(c, parts, bday(T.fx1, 6))),
                ("02_qavault_psqa_export.txt", qavault(c)),
                ("03_treatment_delivery_record.docx", tx_record(c)),
                ("04_ct_simulation_note.rtf", sim_note(c))]
    return [("01_ro_consult.rtf", dict(blocks=consult_blocks(c),
                                       footer=["MedAcorn EHR (invented) export - MRN %s - SYNTHETIC" % c.mrn])),
            ("02_rt_order_prescription.pdf", dict(blocks=rx_blocks(c),
                                                  footer=["MedAcorn EHR (invented) - MRN %s - SYNTHETIC - page {p} of {n}"
                                                          % c.mrn])),
            ("03_sequoia_plan_report.pdf", sequoia_plan(c)),
            ("04_imrt_plan_review.docx", dict(blocks=review_blocks(c),
                                              footer=["MedAcorn EHR (invented) export - MRN %s - SYNTHETIC" % c.mrn])),
            ("05_qavault_psqa_export.txt", qavault(c)),
            ("06_treatment_summary_2019_left_breast.pdf", summary_2019(c)),
            ("07_treatment_delivery_record.docx", tx_record(c))]
