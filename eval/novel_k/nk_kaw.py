"""Kaw River Urology & Oncology, P.A. (invented): urology group with a radiation suite in a separate building,
Lawrence KS (Central). Documents move by fax: the suite faxes consults to the main clinic's HIM for the UroStream
chart (invented EHR), and the contracted physicist (Konza Physics Services, invented) faxes patient-specific QA
reports to the suite, where the FaxHarbor e-fax server (invented) appends a routing and e-sign log page. Plans from
Plainsong RTP (invented); QA measured on a Tallow ArcRing (invented) diode array.
"""
from nk_common import beam_rows_arc_static, composite, qa_rates, target_rows
from nk_world import bday, mdy, t24

SUITE = "KAW RIVER UROLOGY & ONCOLOGY, P.A. - RADIATION SUITE"


def _ro(c):
    return "%s, %s" % (c.P["ro"], c.P["ro_cred"])


def _auth(c, d, h, m):
    return "Authenticated by: %s   Radiation Oncology   %s %s %s" % (_ro(c), mdy(d), t24(h, m), c.z(d))


def _fax_stamp(d, h, m, frm, frm_no, to_no):
    mon = d.strftime("%b").upper()
    return lambda pg, tot: ["%s-%02d-%d %02d:%02d  FROM: %-22s %s  TO: %s  P.%03d/%03d"
                            % (mon, d.day, d.year, h, m, frm, frm_no.replace("-", ""), to_no.replace("-", ""), pg, tot)]


def _us_head(c, doc_type, d):
    return [("hdr", SUITE),
            ("ln", "UroStream EHR (invented)  |  Document: %s  |  Status: Final  |  SYNTHETIC" % doc_type),
            ("box", [["Patient", c.LF, "MRN", c.mrn],
                     ["DOB", mdy(c.dob), "Date of service", mdy(d)],
                     ["Radiation oncologist", "%s (Radiation Oncology)" % _ro(c), "Urologist",
                      "%s, %s (Urology)" % (c.P["uro"], c.P["uro_cred"])]])]


# ------------------------------------------------------------------ consult, faxed to the main clinic

def _consult_blocks(c):
    S, T = c.S, c.T
    d = T.consult
    hx = {
        "nk10": ("PSA 18.3 ng/mL (01/2025). MRI: bilateral peripheral-zone disease, no extraprostatic extension. "
                 "Biopsy (Dr. Vandermeer, 01/2025): Gleason 4+4=8 in 7 of 12 cores, both lobes. PSMA PET/CT: no "
                 "nodal or distant uptake. Started leuprolide 01/30/2025 in urology; plan 18 months of ADT."),
        "nk11": ("PSA 7.4 ng/mL. MRI: 0.9 cm PI-RADS 4 lesion, right mid peripheral zone. Fusion biopsy (Dr. "
                 "Vandermeer, 02/2025): Gleason 3+4=7 in 3 of 14 cores, 20% pattern 4. No ADT planned. He prefers "
                 "a short course and has chosen moderate hypofractionation."),
        "nk12": ("PSA 12.7 ng/mL. MRI: 1.6 cm PI-RADS 5 lesion at the left base, no extraprostatic extension and no "
                 "seminal vesicle invasion. Biopsy (Dr. Vandermeer, 03/2025): Gleason 4+3=7 in 5 of 12 cores. "
                 "Staging CT and bone scan negative. Six months of ADT through urology."),
    }[c.cid]
    plan = {
        "nk10": ["Gold fiducials placed by Dr. Vandermeer on 02/18/2025 (urology procedure suite).",
                 "Two phases: pelvis (prostate, seminal vesicles, pelvic nodes) 45 Gy in 25 fractions, then a "
                 "sequential prostate boost of 30.6 Gy in 17 fractions, total 75.6 Gy.",
                 "Daily cone-beam CT with fiducial match. ADT 18 months (urology)."],
        "nk11": ["Gold fiducials at simulation.", "60 Gy in 20 fractions to the prostate, 48.6 Gy to the proximal "
                 "seminal vesicles, VMAT, daily fiducial match."],
        "nk12": ["Gold fiducials by Dr. Vandermeer before simulation.", "79.2 Gy in 44 fractions to the prostate and "
                 "proximal seminal vesicles, seven-field IMRT, daily kV fiducial imaging.", "ADT six months (urology)."],
    }[c.cid]
    if c.cid == "nk12":
        nec = ("IMRT is required for %s %s rather than conventional or 3D conformal treatment. %s Escalation to this "
               "level improves biochemical control in unfavorable intermediate-risk disease, and our 3D conformal "
               "class solution is limited to 70 Gy, so intensity-modulated planning is needed to deliver the "
               "prescribed dose." % (c.mr, c.last, S["cond"][5]))
    elif c.cid == "nk10":
        nec = ("Conventional and 3D conformal plans are not acceptable for %s %s. %s %s A 3D conformal four-field "
               "pelvic arrangement would give the nodal dose to most of the bladder and a large volume of small bowel, "
               "and a 3D boost would carry the rectum past its limits; intensity modulation is required to spare %s."
               % (c.mr, c.last, S["cond"][1], S["cond"][4], S["oars"]))
    else:
        nec = ("Conventional and 3D conformal plans are not acceptable for %s %s. %s %s At 3 Gy per fraction a 3D "
               "conformal plan cannot hold %s within the hypofractionation limits; intensity modulation is required "
               "to protect them." % (c.mr, c.last, S["cond"][1], S["cond"][2], S["oars"]))
    b = _us_head(c, "Radiation Oncology Consultation", d)
    ros = ("IPSS 6, SHIM 18. ECOG 0." if c.cid == "nk12" else
           "IPSS 11, SHIM 9. No prior pelvic radiation, no inflammatory bowel disease. ECOG 0.")
    b += [("h", "Chief concern"),
          ("p", "Newly diagnosed prostate cancer; referred by Dr. Vandermeer (urology, main clinic) for radiotherapy."),
          ("h", "History of present illness"),
          ("p", "%s %s is a %d-year-old man. %s" % (c.mr, c.last, c.age(d), hx)),
          ("h", "Review / function"), ("p", ros),
          ("h", "Impression"), ("p", "C61 - %s." % S["dx"]),
          ("h", "Recommendations")] + [("ln", "- " + x) for x in plan] + [
          ("h", "Medical necessity - intensity modulation"),
          ("p", nec),
          ("gap",),
          ("ln", _auth(c, d, 15, c.T.m[1])),
          ("ln", "cc: %s, %s (Urology), main clinic" % (c.P["uro"], c.P["uro_cred"]))]
    return b


def consult_fax(c):
    d = c.T.consult
    P = c.P
    body = _consult_blocks(c)

    def blocks(n):
        return [("hdr", "KAW RIVER UROLOGY & ONCOLOGY, P.A."),
                ("ln", "Radiation Suite  |  %s  |  Tel %s  |  Fax %s" % (P["addr"], P["phone"], P["fax"])),
                ("h", "FAX TRANSMITTAL"),
                ("box", [["To", "UroStream HIM - scanning and indexing (main clinic)", "Fax", P["uro_fax"]],
                         ["From", "Radiation Suite front desk (J. Pauley)", "Fax", P["fax"]],
                         ["Date", mdy(d), "Pages (including cover)", str(n)],
                         ["Re", "%s - MRN %s - RO consultation, chart copy" % (c.LF, c.mrn), "Urgent", "No"]]),
                ("p", "Please index to the patient's UroStream chart under Radiation Oncology > Consultations. The "
                      "original was authenticated electronically in the Radiation Suite; this is the chart copy."),
                ("p", "CONFIDENTIALITY NOTICE: this facsimile contains protected health information intended only for "
                      "the addressee. If received in error, call %s and destroy all copies. SYNTHETIC TEST DOCUMENT."
                      % P["phone"]),
                ("pb",)] + body
    return dict(blocks_fn=blocks, font="Times-Roman",
                page_top=_fax_stamp(d, 16, 2 + c.T.m[1] % 20, "KRUO RADIATION SUITE", P["fax"], P["uro_fax"]),
                footer=["FaxHarbor (invented) received %s - indexed to MRN %s - SYNTHETIC - page {p} of {n}"
                        % (mdy(d), c.mrn)])


# ------------------------------------------------------------------ prescription (DOCX)

def rx(c):
    S, T = c.S, c.T
    d = T.rx
    b = _us_head(c, "Radiation Oncology Prescription", d)
    if c.cid == "nk10":
        b += [("h", "Phases"),
              ("grid", [["Phase", "Plan", "Target", "Dose/fraction", "Fractions", "Total", "Technique"],
                        ["1", S["plan_id"], S["targets"][0][0], "1.8 Gy", "25", "45 Gy", "IMRT, 9 static fields, 10 MV"],
                        ["2", S["plan2_id"], S["targets"][1][0], "1.8 Gy", "17", "30.6 Gy", "VMAT, 2 arcs, 6 MV"]]),
              ("ln", "Cumulative prostate dose 75.6 Gy. Phase 2 follows phase 1 without a break."),
              ("h", "Dose constraints (composite of both phases)")]
    else:
        tech = "IMRT, 7 static fields, 10 MV" if c.cid == "nk12" else "VMAT, 2 arcs, 6 MV"
        b += [("h", "Targets"),
              ("grid", [r + (["Technique"] if i == 0 else [tech]) for i, r in enumerate(target_rows(c))]),
              ("h", "Dose constraints")]
    b += [("grid", [["Organ at risk", "Constraint"]] + [[o, lim] for o, lim, _ in S["limits"]]),
          ("ln", "Image guidance: daily fiducial match (kV or CBCT). Bladder: comfortably full. Rectum: empty."),
          ("gap",),
          ("ln", _auth(c, d, 11, c.T.m[2]))]
    return dict(blocks=b, footer=["UroStream EHR (invented) order print - SYNTHETIC - MRN %s" % c.mrn])


# ------------------------------------------------------------------ plan document (PDF)

def _plan_section(c, plan_id, targets, beams, created, goals):
    S, P = c.S, c.P
    out = [("h", "Plan %s" % plan_id),
           ("box", [["Created", "%s %s" % (mdy(created), t24(13, 5 + c.n(plan_id, 0, 40))), "Machine", P["linac"]],
                    ["Algorithm", "Plainsong CCC v4", "Isocenter", "Prostate center (fiducial centroid)"]]),
           ("grid", [["Target", "Dose/fraction", "Fractions", "Total dose"]] +
                    [[n, "%g Gy" % dpf, str(f), "%g Gy" % tot] for n, dpf, f, tot in targets])]
    if goals:
        out += [("ln", "Clinical goals"),
                ("grid", [["Structure", "Goal", "Result", "Status"]] + [[o, lim, v, "Pass"] for o, lim, v in goals])]
    out += [("ln", "Beam geometry"), ("grid", beam_rows_arc_static(c, beams))]
    return out


def _plan_signoff(c, created, md_day):
    P = c.P
    return [("grid", [["Role", "Name", "Date/time", "Action"],
                      ["Dosimetrist", "%s, CMD" % P["dosim"], "%s 15:20 %s" % (mdy(created), c.z(created)), "Planned"],
                      ["Medical physicist (Konza, remote)", "%s, %s" % (P["phys"], P["phys_cred"]),
                       "%s 19:05 %s" % (mdy(created), c.z(created)), "Plan check approved"],
                      ["Radiation oncologist", _ro(c), "%s 08:02 %s" % (mdy(md_day), c.z(md_day)), "Plan approved"]])]


def plan_doc(c):
    S, T, P = c.S, c.T, c.P
    b = [("hdr", "Plainsong RTP (invented) %s  -  Plan Document  -  SYNTHETIC" % P["tps_ver"]),
         ("box", [["Patient", c.LF, "MRN", c.mrn], ["DOB", mdy(c.dob), "Department", "KRUO Radiation Suite"]])]
    if c.cid == "nk10":
        g1 = [("Rectum", "V45 < 60% (phase 1)", "38.2%"), ("Bladder", "V45 < 70% (phase 1)", "44.9%"),
              ("Bowel bag", "V45 < 195 cc", "102 cc"), ("Femoral heads", "V40 < 10%", "1.1%")]
        b += _plan_section(c, S["plan_id"], [S["targets"][0]], S["beams"], T.plan, [(S["cover"][0][0], "D95 >= 45 Gy",
                           S["cover"][0][2])] + g1)
        b += _plan_signoff(c, T.plan, T.review)
        b += [("pb",)]
        b += _plan_section(c, S["plan2_id"], [S["targets"][1]], S["beams2"], c.boost_plan,
                           [(S["cover"][1][0], "D95 >= 30.6 Gy", S["cover"][1][2])] +
                           [(o, lim + " (composite)", v) for o, lim, v in S["limits"]])
        b += _plan_signoff(c, c.boost_plan, c.boost_review)
    else:
        goals = [(n, "%s >= %g Gy" % (st, t[3]), v)
                 for (n, st, v), t in zip(S["cover"], S["targets"])] + list(S["limits"])
        b += _plan_section(c, S["plan_id"], S["targets"], S["beams"], T.plan, goals)
        b += _plan_signoff(c, T.plan, T.review)
    return dict(blocks=b, footer=["Plainsong RTP (invented) - KRUO - MRN %s - SYNTHETIC - page {p} of {n}" % c.mrn])


# ------------------------------------------------------------------ plan review note (TXT)

def _review_entry(c, plan_id, created, day, h, m, targets_txt, oar_txt, lines_txt, beams_txt):
    return [("ln", "ENTRY: Treatment plan review - %s - %s" % (plan_id, mdy(day))),
            ("p", "Plan %s (Plainsong RTP, created %s, %s)." % (plan_id, mdy(created), beams_txt)),
            ("p", "CT and isodose review: %s" % lines_txt),
            ("p", "DVH review: dose-volume histograms checked for %s and for %s." % (targets_txt, oar_txt)),
            ("p", "Decision: approved for treatment."),
            ("ln", _auth(c, day, h, m)),
            ("ln", "-" * 70)]


def review_note(c):
    S, T = c.S, c.T
    b = [("ln", SUITE), ("ln", "UroStream EHR (invented) - RADIATION ONCOLOGY PLAN REVIEW - SYNTHETIC"),
         ("ln", "Patient: %s    MRN: %s    DOB: %s" % (c.LF, c.mrn, mdy(c.dob))), ("ln", "=" * 70)]
    oar_vals = "; ".join("%s %s %s" % (o, lim.split(" ")[0], v) for o, lim, v in S["limits"])
    if c.cid == "nk10":
        b += _review_entry(
            c, S["plan_id"], T.plan, T.review, 8, 31,
            "PTV_4500 (D95 45.3 Gy)", "the rectum (V45 38.2%), bladder (V45 44.9%), bowel bag (V45 102 cc), femoral "
            "heads (V40 1.1%) and penile bulb",
            "I went through the planning CT axial slices from the top of L5 to below the ischial tuberosities with "
            "the 107, 100, 95 and 50 percent isodose lines shown over the nodal, prostate and seminal vesicle targets "
            "and over the bladder, rectum, bowel and femoral heads. The 95 percent line wraps the nodal chains and "
            "stays off most of the bladder.", "nine static 10 MV IMRT fields, gantry 0-320 in 40-degree steps")
        b += _review_entry(
            c, S["plan2_id"], c.boost_plan, c.boost_review, 8, 26,
            "PTV_BST (D95 30.8 Gy) and the composite prostate dose", "the rectum, bladder, bowel bag, femoral heads and "
            "penile bulb on the composite of both phases: %s" % oar_vals,
            "I reviewed the boost plan on the planning CT with the boost isodose lines (100, 95, 80, 50 percent) and "
            "the composite 75.6 Gy distribution, slice by slice through the prostate, rectum and bladder. The 70 Gy "
            "composite line stays off the posterior rectal wall.", "two 6 MV VMAT arcs, 181-179 CW and 179-181 CCW")
    else:
        if c.cid == "nk12":
            bt = "seven static 10 MV IMRT fields at gantry 180, 230, 280, 330, 30, 80 and 130"
        else:
            bt = "two 6 MV VMAT arcs, 182-178 CW and 178-182 CCW"
        tg = ", ".join("%s (D95 %s)" % (n, v) for n, _, v in S["cover"])
        b += _review_entry(
            c, S["plan_id"], T.plan, T.review, 8, 31, tg,
            "%s: %s" % ("the rectum, bladder and femoral heads" if c.cid == "nk11" else
                        "the rectum, bladder, femoral heads and penile bulb", oar_vals),
            "I went through the planning CT slice by slice through the prostate and seminal vesicles with the 105, "
            "100, 95, 70 and 50 percent isodose lines over the targets, the rectum, the bladder and the femoral "
            "heads, in axial and sagittal views. Coverage is uniform and the high-dose lines fall off steeply at the "
            "anterior rectal wall.", bt)
    return dict(blocks=b, footer=["end of document - SYNTHETIC - MRN %s" % c.mrn])


# ------------------------------------------------------------------ Konza QA, faxed in, with the FaxHarbor log page

def qa_fax(c, plan_id, beams, meas_day, ack_day, phase_label=""):
    P = c.P
    rates = qa_rates(c, beams, key="qa" + plan_id)
    job = "KPS-%d" % c.n("kps" + plan_id, 20000, 29999)
    h_meas, m_meas = 17, 10 + c.n("mm" + plan_id, 0, 40)
    h_sig, m_sig = 20, 5 + c.n("ms" + plan_id, 0, 40)
    ack_m = 10 + c.n("ack" + plan_id, 0, 45)

    def blocks(n):
        b = [("hdr", "KONZA PHYSICS SERVICES, INC. (invented)"),
             ("ln", "Contract medical physics  |  Fax %s" % P["physco_fax"]),
             ("h", "FAX"),
             ("box", [["To", "KRUO Radiation Suite, attn. %s" % _ro(c), "Fax", P["fax"]],
                      ["From", "%s, %s" % (P["phys"], P["phys_cred"]), "Pages (incl. cover)", str(n - 1)],
                      ["Re", "Patient-specific IMRT QA - %s - MRN %s - %s" % (c.LF, c.mrn, plan_id), "Date",
                       mdy(meas_day)]]),
             ("p", "Report attached. Please have the treating radiation oncologist review and acknowledge before the "
                   "first fraction%s. SYNTHETIC TEST DOCUMENT." % phase_label),
             ("pb",),
             ("hdr", "KONZA PHYSICS SERVICES, INC. (invented) - Patient-Specific IMRT QA Report"),
             ("box", [["Client", "Kaw River Urology & Oncology, P.A. - Radiation Suite", "Job", job],
                      ["Patient", c.LF, "Client MRN", c.mrn],
                      ["Plan", plan_id, "Linac", P["linac"]],
                      ["Phantom / detector", "Tallow ArcRing (invented) cylindrical diode array", "Delivery",
                       "Full plan, gantry as planned"],
                      ["Measured", "%s %s %s" % (mdy(meas_day), t24(h_meas, m_meas), c.z(meas_day)), "Analysis",
                       "Gamma 3%/2 mm, 10% threshold, absolute dose"]]),
             ("grid", [["Beam", "Diodes evaluated", "Gamma pass", "Action level", "Result"]] +
                      [[bid, str(c.n("d" + bid + plan_id, 600, 1100)), "%.1f%%" % r, "90%", "Pass"] for bid, r in rates]),
             ("ln", "Composite: %.1f%%  -  Overall: PASS" % composite(rates)),
             ("gap",),
             ("ln", "Physicist of record: %s, %s - signed %s %s %s" % (P["phys"], P["phys_cred"], mdy(meas_day),
                                                                    t24(h_sig, m_sig), c.z(meas_day))),
             ("pb",),
             ("hdr", "FaxHarbor (invented) - inbound fax routing and e-sign log - SYNTHETIC"),
             ("box", [["Received", "%s %s %s from %s (Konza Physics)" % (mdy(meas_day), t24(h_sig + 0, m_sig + 9),
                                                                      c.z(meas_day), P["physco_fax"])],
                      ["Indexed to", "%s - MRN %s - Radiation Oncology > Physics QA" % (c.LF, c.mrn)]])]
        if c.trap == "therapist_ack":
            b += [("grid", [["Time", "Event"],
                            ["%s %s" % (mdy(meas_day), t24(h_sig, m_sig + 10)), "Routed to inbox: Brightwater-Ansah, M"],
                            ["%s %s" % (mdy(meas_day), t24(h_sig, m_sig + 10)),
                             "Delegation rule 'PSQA pass - chief therapist' forwarded to Kettleson, D"],
                            ["%s 07:20" % mdy(ack_day), "Acknowledged; closed"]]),
                  ("ln", "Acknowledgement: reviewed for %s by %s, RT(T), Chief Therapist (standing delegation)  %s "
                         "07:20 %s" % (_ro(c), P["therapist"], mdy(ack_day), c.z(ack_day))),
                  ("ln", "Comment: QA passed; released to the treatment schedule.")]
        else:
            b += [("grid", [["Time", "Event"],
                            ["%s %s" % (mdy(meas_day), t24(h_sig, m_sig + 10)), "Routed to inbox: Brightwater-Ansah, M"],
                            ["%s %s" % (mdy(ack_day), t24(7, ack_m)), "Opened, annotated and e-signed by recipient"]]),
                  ("ln", "Physician acknowledgement: reviewed and e-signed by %s (Radiation Oncology)  %s %s %s"
                   % (_ro(c), mdy(ack_day), t24(7, ack_m), c.z(ack_day))),
                  ("ln", "Comment: IMRT QA reviewed, all beams pass; approved for treatment.")]
        return b

    stamp = _fax_stamp(meas_day, h_sig, m_sig + 8, "KONZA PHYSICS", P["physco_fax"], P["fax"])
    return dict(blocks_fn=blocks,
                page_top=lambda pg, tot: stamp(pg, tot - 1) if pg < tot else ["FaxHarbor (invented) annotation page"],
                footer=["FaxHarbor (invented) inbound - MRN %s - SYNTHETIC - page {p} of {n}" % c.mrn])


# ------------------------------------------------------------------ delivery record (TXT)

def delivery_record(c):
    S, T = c.S, c.T
    rows = ["Fx  Date        Treated plan    Fields/arcs                     MU     Therapists"]
    plans = [(S["plan_id"], S["beams"], S["targets"][0][2])]
    if c.cid == "nk10":
        plans.append((S["plan2_id"], S["beams2"], S["targets"][1][2]))
    d = T.fx1
    fx = 0
    for pid, beams, n in plans:
        names = "%s..%s" % (beams[0][1], beams[-1][1])
        mu = sum(c.n("mu" + b[1], 280, 460) if b[0] == "arc" else c.n("mu" + b[1], 70, 190) for b in beams)
        for _ in range(n):
            fx += 1
            rows.append("%-3d %s  %-15s %-31s %-6d DK / SW" % (fx, mdy(d), pid, names, mu))
            d = bday(d, 1)
    b = [("ln", SUITE), ("ln", "UroStream EHR (invented) - RT DELIVERY RECORD - SYNTHETIC"),
         ("ln", "Patient: %s    MRN: %s    DOB: %s" % (c.LF, c.mrn, mdy(c.dob))),
         ("ln", "First fraction: %s" % mdy(T.fx1)), ("gap",), ("fixed", rows)]
    return dict(blocks=b, footer=["-- end of delivery record -- SYNTHETIC -- MRN %s" % c.mrn])


def build(c):
    T = c.T
    if c.cid == "nk10":
        return [("01_fax_ro_consult.pdf", consult_fax(c)),
                ("02_ro_prescription_two_phase.docx", rx(c)),
                ("03_plainsong_plan_document.pdf", plan_doc(c)),
                ("04_plan_review_note.txt", review_note(c)),
                ("05_konza_psqa_PELV_IMRT_fax.pdf", qa_fax(c, c.S["plan_id"], c.S["beams"], T.qa, T.qa_md,
                                                           " (phase 1)")),
                ("06_konza_psqa_PROS_BST_VMAT_fax.pdf", qa_fax(c, c.S["plan2_id"], c.S["beams2"], c.boost_qa,
                                                               c.boost_ack, " of the boost")),
                ("07_rt_delivery_record.txt", delivery_record(c))]
    return [("01_fax_ro_consult.pdf", consult_fax(c)),
            ("02_ro_prescription.docx", rx(c)),
            ("03_plainsong_plan_document.pdf", plan_doc(c)),
            ("04_plan_review_note.txt", review_note(c)),
            ("05_konza_psqa_fax.pdf", qa_fax(c, c.S["plan_id"], c.S["beams"], T.qa, T.qa_md)),
            ("06_rt_delivery_record.txt", delivery_record(c))]
