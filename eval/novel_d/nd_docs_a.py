"""Ridgeline (ARIA-style journal / Quick Notes), Sandhill (MOSAIQ-style eSCRIBE + QCL), Cordillera
(physics workbook exported to PDF) document builders. Each returns (blocks, render options)."""
import datetime as dt

from nd_world import mdy, mdy_short, dmon, dlong, iso, long, h12, zone, at, add_bd
from nd_text import necessity, tgt_names, rx_text, oar_text, achieved_text, t_us, t_24, beam_geom


def pname(x, style="LF"):
    p = x.pt
    if style == "LF":
        return "%s, %s" % (p["family"].upper(), p["given"])
    if style == "FL":
        return "%s %s" % (p["given"], p["family"])
    return "%s, %s" % (p["family"], p["given"])


def qa_table(p, arcs_word="Arc"):
    rows = []
    for b, r in zip(p.beams, p.rates):
        rows.append([b["id"], "%.1f%%" % r])
    return rows


# ------------------------------------------------------------------ Ridgeline (ARIA-style journal)

def _rl_banner(x):
    return ("SYNTHETIC RECORD - %s - Patient: %s - Patient ID: %s - DOB: %s"
            % (x.c.name, pname(x), x.pt["mrn"], mdy(x.pt["dob"])))


def _rl_approval(t, who, tz, status="Approved"):
    if status != "Approved":
        return ("kv", [("Entry status", status), ("Approved by", "-- not approved --"), ("Approved on", "--")])
    return ("kv", [("Entry status", "Approved"), ("Approved by", "%s - Radiation Oncology" % who.lfc),
                   ("Approved on", "%s %s" % (mdy(t.date()), t_us(t, tz)))])


def rl_journal(x, necessity_entry=None):
    """Journal print. necessity_entry=None: necessity inside the consult entry; 'pending': a separate,
    newer IMRT necessity entry whose status is Pending Approval (printed first, newest first)."""
    c, s, tz = x.c, x.s, x.c.tz
    t = x.T["consult"]
    b = [("line", _rl_banner(x)), ("title", "Patient Journal - Printed Entries"),
         ("line", "Entries shown newest first. Printed %s by %s." % (mdy(x.T["fx1"].date()), c.dos.user))]
    if necessity_entry == "pending":
        tn = at(t.date(), "17:20")
        b += [("h", "Journal entry 2 of 2"),
              ("kv", [("Entry date/time", "%s %s" % (mdy(tn.date()), t_us(tn, tz))), ("Entry type", "Clinical Note"),
                      ("Subject", "IMRT Medical Necessity"), ("Author", "%s (%s)" % (c.md.user, c.md.lfc))]),
              ("p", necessity(x)),
              ("p", "Course C1, technique: volumetric modulated arc therapy (IMRT)."),
              _rl_approval(None, None, tz, status="Pending Approval"),
              ("line", "Routed for approval to: %s. Approval not yet recorded." % c.md.user)]
    b += [("h", "Journal entry 1 of 2" if necessity_entry else "Journal entry 1 of 1"),
          ("kv", [("Entry date/time", "%s %s" % (mdy(t.date()), t_us(t, tz))), ("Entry type", "Consultation"),
                  ("Template", "RO New Patient (v4)"), ("Author", "%s (%s)" % (c.md.user, c.md.lfc))]),
          ("p", "Reason for visit: radiation oncology consultation for %s." % s["dx"]),
          ("p", "History: %s %s, %s, seen with the referral records and imaging. Performance status ECOG 0-1. "
                "No prior radiotherapy." % (x.pt["given"], x.pt["family"], "male" if x.pt["sex"] == "M" else "female")),
          ("p", "Examination: well appearing; examination as documented in the flowsheet; no contraindication to "
                "radiotherapy."),
          ("p", "Assessment and plan: definitive radiotherapy, %s." % rx_text(x.targets))]
    if necessity_entry is None:
        b += [("p", necessity(x))]
    else:
        b += [("p", "The IMRT necessity statement is documented in a separate journal entry.")]
    b += [("p", "Simulation with custom immobilization to follow; consent obtained."),
          _rl_approval(t + dt.timedelta(minutes=52), c.md, tz)]
    return b, dict(footer="Ridgeline Radiation Oncology Partners - Journal print - SYNTHETIC - page {page}")


def rl_rx(x):
    c, tz, t = x.c, x.c.tz, x.T["rx"]
    b = [("line", _rl_banner(x)), ("title", "Prescription - Course C1"),
         ("kv", [("Prescription", x.plans[0].name + "_Rx"), ("Site", x.s["dx"].split(",")[0]),
                 ("Technique", "VMAT (inverse-planned IMRT)"), ("Energy", x.s["energy"] + " photons"),
                 ("Frequency", "Daily, 5 per week")]),
         ("table", [["Target", "Dose / fraction", "Fractions", "Total dose"]] +
          [[n, "%.2f Gy" % (d / f), str(f), "%.1f Gy" % d] for n, d, f in x.targets], [150, 100, 80, 100]),
         ("h", "Prescription notes - organ-at-risk dose limits")]
    b += [("line", "%s: %s" % o) for o in x.oars]
    b += [("h", "Prescription status"),
          ("table", [["Status", "By", "Date/time"],
                     ["Approved", c.md.lfc, "%s %s" % (mdy(t.date()), t_us(t, tz))]], [90, 200, 160])]
    return b, dict(footer="Prescription print - SYNTHETIC - Patient ID %s - page {page}" % x.pt["mrn"])


def rl_plan(x):
    c, p = x.c, x.plans[0]
    b = [("line", _rl_banner(x)), ("title", "Aspenglow TPS (invented) - Plan Document"),
         ("kv", [("Plan", p.name), ("Course", "C1"), ("Plan created", "%s %s" % (mdy(p.created.date()), h12(p.created))),
                 ("Dose calculated", "%s %s" % (mdy(p.created.date()), h12(at(p.created.date(), "15:05")))),
                 ("Algorithm", "collapsed-cone convolution, 2.5 mm grid"),
                 ("Target", rx_text(p.targets))]),
         ("h", "Treatment beams"),
         ("table", [["Beam", "Delivery", "Energy", "Gantry rotation", "Direction", "Coll", "Couch", "MU"]] +
          [[bm["id"], "VMAT" if bm["kind"] == "arc" else "IMRT static", x.s["energy"],
            "%.1f -> %.1f" % (bm["start"], bm["stop"]), bm["dir"], "%d" % bm["coll"], "0", "%.1f" % mu]
           for bm, mu in zip(p.beams, p.mus)], None),
         ("line", "Planned by: %s   %s" % (c.dos.full, mdy(p.created.date()))),
         ("line", "Physics plan check: %s   %s" % (c.phys.full, mdy(p.created.date())))]
    return b, dict(footer="Aspenglow TPS (invented) - SYNTHETIC - %s - page {page}" % x.pt["mrn"])


def rl_quicknote_review(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    t = p.review
    oars = x.s["oar_words"]
    lines = [
        "SYNTHETIC -- Quick Note print -- %s" % c.name,
        "Patient: %s    Patient ID: %s    DOB: %s" % (pname(x), x.pt["mrn"], mdy(x.pt["dob"])),
        "",
        "Quick Note category : Physician Plan Approval",
        "Course / Plan       : C1 / %s (created %s %s)" % (p.name, mdy(p.created.date()), h12(p.created)),
        "Note date           : %s %s" % (mdy(t.date()), t_us(t, tz)),
        "",
        "Reviewed %s on the planning CT in axial, coronal and sagittal planes with the 105/100/95/80/50%%" % p.name,
        "isodose lines over %s and over the %s. Target coverage and" % (tgt_names(p.targets), oars),
        "conformity are acceptable; no hot spot outside the PTV.",
        "Dose-volume histograms reviewed for %s and each organ at risk: %s." % (tgt_names(p.targets), achieved_text(x.achieved)),
        "Plan approved for treatment.",
        "",
        "Approval: APPROVED %s %s - %s [%s]" % (mdy(t.date()), t_24(t, tz), c.md.lfc, c.md.user),
    ]
    return [("mono", lines)], {}


def rl_psqa(x, md_on_report=False):
    c, p, tz = x.c, x.plans[0], x.c.tz
    rows = [["Arc", "Points evaluated", "Gamma pass rate", "Median dose diff.", "Result"]]
    for bm, r, n in zip(p.beams, p.rates, p.points):
        rows.append([bm["id"], str(n), "%.1f%%" % r, "%+.1f%%" % (round(0.3 + (r - 98.0) / 4, 1) + 0.0), "Pass"])
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    signs = [["Step", "Status", "By", "Date/time"],
             ["Physics QA approval", "Approved", c.phys.lfc + " (Medical Physicist)",
              "%s %s" % (mdy(p.qa_phys.date()), t_us(p.qa_phys, tz))]]
    if md_on_report:
        signs.append(["Physician QA review", "Approved", c.md.lfc + " (Radiation Oncologist)",
                      "%s %s" % (mdy(p.qa_md.date()), t_us(p.qa_md, tz))])
    b = [("line", _rl_banner(x)), ("title", "Patient-Specific IMRT QA - Rotunda 4D (invented) cylindrical chamber array"),
         ("kv", [("Plan", p.name), ("Measured", "%s %s" % (mdy(p.qa.date()), t_us(p.qa, tz))),
                 ("Linac", "Linac 2 (6/10 MV, 160-leaf MLC)"), ("Method", "true composite, arcs delivered at planned gantry angles"),
                 ("Gamma criteria", "3%/2 mm, global, 10% threshold"),
                 ("Tolerance level", "95%"), ("Action level", "90%")]),
         ("table", rows, None),
         ("p", "Composite gamma pass rate %.1f%%. Overall result: PASS (all arcs above tolerance)." % comp),
         ("h", "Approvals"), ("table", signs, [130, 70, 200, 120])]
    return b, dict(footer="Rotunda 4D (invented) report - SYNTHETIC - Patient ID %s - page {page}" % x.pt["mrn"])


def rl_quicknote_qa(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    t = p.qa_md
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    lines = [
        "SYNTHETIC -- Quick Note print -- %s" % c.name,
        "Patient: %s    Patient ID: %s    DOB: %s" % (pname(x), x.pt["mrn"], mdy(x.pt["dob"])),
        "",
        "Quick Note category : Physician IMRT QA Review",
        "Course / Plan       : C1 / %s" % p.name,
        "",
        "Patient-specific QA of %s measured %s on the Rotunda 4D array (composite %.1f%%," % (p.name, mdy(p.qa.date()), comp),
        "3%/2 mm, tolerance 95%, action 90%): all arcs pass. Physics approval by I. Voss noted.",
        "I have reviewed the dosimetric verification and accept it for treatment.",
        "",
        "Approval: APPROVED %s %s - %s [%s]" % (mdy(t.date()), t_24(t, tz), c.md.lfc, c.md.user),
    ]
    return [("mono", lines)], {}


def rl_weekly(x):
    c, tz = x.c, x.c.tz
    f1 = x.T["fx1"].date()
    w1, w2 = add_bd(f1, 4), add_bd(f1, 9)
    b = [("line", _rl_banner(x)), ("title", "Weekly Physics Chart Check (77336)"),
         ("p", "Course C1, plan %s. First fraction: %s." % (x.plans[0].name, mdy(f1))),
         ("table", [["Week", "Fractions", "Date checked", "Cumulative dose", "Items", "Checked by"],
                    ["1", "1-5", mdy(w1), "%.1f Gy" % (5 * x.targets[0][1] / x.targets[0][2]),
                     "Rx vs delivered, MU, IGRT shifts, couch, accessories", c.phys.full],
                    ["2", "6-10", mdy(w2), "%.1f Gy" % (10 * x.targets[0][1] / x.targets[0][2]),
                     "Rx vs delivered, MU, IGRT shifts, couch, accessories", c.phys.full]]),
         ("p", "No discrepancies. Record-and-verify parameters agree with the approved plan.")]
    return b, {}


# ------------------------------------------------------------------ Sandhill (MOSAIQ-style eSCRIBE + QCL)

def _sh_banner(x):
    return "SYNTHETIC | Sandhill Cancer Physicians | %s | MRN %s | DOB %s" % (pname(x, "Lf"), x.pt["mrn"], dmon(x.pt["dob"]))


def _sh_sig(x, t):
    return "eSCRIBE approved: %s -- Radiation Oncology -- %s %s" % (x.c.md.full, dmon(t.date()), t_24(t, x.c.tz))


def sh_consult(x):
    s, t = x.s, x.T["consult"]
    b = [("line", _sh_banner(x)),
         ("line", "eSCRIBE | Document: Radiation Oncology Consultation | Template: SCP-CONSULT-2 | Dept: RADONC"),
         ("title", "Radiation Oncology Consultation"),
         ("line", "Date of service: %s" % dmon(t.date())),
         ("h", "Diagnosis"), ("p", s["dx"]),
         ("h", "History"), ("p", "%s %s was referred for definitive treatment after multidisciplinary review. ECOG 0." %
                                  (x.pt["given"], x.pt["family"])),
         ("h", "Recommendation"), ("p", "Definitive radiotherapy, %s, with concurrent systemic therapy per medical oncology." % rx_text(x.targets)),
         ("h", "Technique"), ("p", necessity(x)),
         ("p", "Risks, benefits and alternatives were discussed and consent was signed."),
         ("space",), ("line", _sh_sig(x, t))]
    return b, {}


def sh_rx(x):
    c, t = x.c, x.T["rx"]
    b = [("line", _sh_banner(x)), ("title", "Prescription - Site Summary"),
         ("table", [["Site", "Technique", "Modality", "Energy", "Dose/Fx (cGy)", "Fx", "Total (cGy)"]] +
          [[n, "VMAT", "X", x.s["energy"], "%d" % round(d * 100 / f), str(f), "%d" % round(d * 100)]
           for n, d, f in x.targets], None),
         ("h", "Normal tissue dose limits (Rx notes)"),
         ("table", [["Structure", "Limit"]] + [[a, v] for a, v in x.oars], [180, 200]),
         ("h", "Rx approval"),
         ("table", [["Rx version", "Status", "Approved By", "Approved Date/Time"],
                    ["1", "Approved", "Sandoval, Ilse MD", "%s %s" % (dmon(t.date()), t_24(t, c.tz))]], None)]
    return b, dict(footer="MOSAIQ-style Rx print (imitation) - SYNTHETIC - MRN %s - page {page}" % x.pt["mrn"])


def sh_plan(x):
    c, p = x.c, x.plans[0]
    b = [("line", _sh_banner(x)), ("title", "Harbinger Plan (invented) - Plan Summary"),
         ("line", "Plan: %s    Created: %s %s    Status: Planning Approved" % (p.name, dmon(p.created.date()), t_24(p.created))),
         ("line", "Targets: %s" % rx_text(p.targets)),
         ("table", [["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Coll", "MU"]] +
          [[bm["id"], "Arc", x.s["energy"], str(bm["start"]), str(bm["stop"]), bm["dir"], str(bm["coll"]), "%.1f" % mu]
           for bm, mu in zip(p.beams, p.mus)]),
         ("line", "Prepared by: %s  %s" % (c.dos.full, dmon(p.created.date()))),
         ("line", "Checked by: %s  %s" % (c.phys.full, dmon(p.created.date())))]
    return b, {}


def sh_review(x):
    p, t = x.plans[0], x.plans[0].review
    b = [("line", _sh_banner(x)),
         ("line", "eSCRIBE | Document: Treatment Plan Review | Template: SCP-PLANREV | Dept: RADONC"),
         ("title", "Physician Treatment Plan Review"),
         ("line", "Plan reviewed: %s (Harbinger Plan)" % p.name),
         ("h", "Image and isodose review"),
         ("p", "The three-dimensional dose distribution was inspected on every axial CT slice through the targets and "
               "critical structures, with the prescription and 50%% isodose surfaces shown against %s and the %s. "
               "Sagittal and coronal reconstructions reviewed." % (tgt_names(p.targets), x.s["oar_words"])),
         ("h", "Dose-volume histograms"),
         ("p", "DVHs of %s and of every contoured organ at risk reviewed: %s." % (tgt_names(p.targets), achieved_text(x.achieved))),
         ("p", "Approved for treatment."), ("space",), ("line", _sh_sig(x, t))]
    return b, dict(footer="eSCRIBE print - SYNTHETIC - MRN %s - page {page}" % x.pt["mrn"])


def sh_psqa(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    b = [("line", _sh_banner(x)), ("title", "LatticeArray 2D (invented) - Patient-Specific Plan Verification"),
         ("line", "Plan %s | measured %s %s | gantry-mounted planar diode array, arcs delivered as planned" %
          (p.name, dmon(p.qa.date()), t_24(p.qa, tz))),
         ("line", "Analysis: gamma 3% / 2 mm, global, threshold 10%. Tolerance 95%. Action 90%."),
         ("table", [["Arc", "Diodes in analysis", "Gamma pass", "Status"]] +
          [[bm["id"], str(n), "%.1f%%" % r, "PASS"] for bm, r, n in zip(p.beams, p.rates, p.points)], None),
         ("line", "Composite: %.1f%% - PASS" % comp),
         ("h", "Sign-offs"),
         ("table", [["Role", "Signer", "Status", "Date/Time"],
                    ["Medical Physicist", "Oyelowo-Pratt, Jerome MS, DABR", "Approved",
                     "%s %s" % (dmon(p.qa_phys.date()), t_24(p.qa_phys, tz))],
                    ["Radiation Oncologist", "Sandoval, Ilse MD", "Approved",
                     "%s %s" % (dmon(p.qa_md.date()), t_24(p.qa_md, tz))]], None)]
    return b, {}


def sh_qcl(x):
    c, p, tz = x.c, x.plans[0], x.c.tz
    rows = [["QCL task", "Responsible", "Due", "Completed", "Completed by", "Status"],
            ["Contours - MD approval", "Sandoval, I", dmon(x.T["rx"].date()), dmon(x.T["rx"].date()), "Sandoval, I", "Done"],
            ["IMRT plan ready for MD review", "Huckabee, C", dmon(p.created.date()), dmon(p.created.date()), "Huckabee, C", "Done"],
            ["MD plan approval", "Sandoval, I", dmon(p.created.date()), dmon(p.review.date()), "Sandoval, I", "Done"],
            ["Physics plan check", "Oyelowo-Pratt, J", dmon(p.created.date()), dmon(p.created.date()), "Oyelowo-Pratt, J", "Done"],
            ["IMRT QA - measure", "Oyelowo-Pratt, J", dmon(p.qa.date()), dmon(p.qa_phys.date()), "Oyelowo-Pratt, J", "Done"],
            ["IMRT QA - MD review", "Sandoval, I", dmon(p.qa_md.date()), dmon(p.qa_md.date()), "Sandoval, I", "Done"],
            ["First treatment", "Therapy", dmon(x.T["fx1"].date()), dmon(x.T["fx1"].date()), "Linac 1", "Done"]]
    b = [("line", _sh_banner(x)), ("title", "QCL (Quality Check List) - Task History"),
         ("line", "First treatment delivered: %s. Task list for the IMRT course; completion is recorded by user log-in." % dmon(x.T["fx1"].date())),
         ("table", rows, None)]
    return b, {}


# ------------------------------------------------------------------ Cordillera (physics workbook exports)

def _co_banner(x):
    return "SYNTHETIC - Cordillera Oncology Medical Group - %s - MRN %s - DOB %s" % (pname(x, "FL"), x.pt["mrn"], mdy_short(x.pt["dob"]))


def _co_sig(x, t):
    return "Digitally signed: %s | Radiation Oncology | %s, %s" % (x.c.md.full, dlong(t.date()), t_us(t, x.c.tz))


def co_consult(x):
    s, t = x.s, x.T["consult"]
    b = [("line", _co_banner(x)), ("title", "Radiation Oncology Consultation"),
         ("line", "Visit: %s    Referring: urology / medical oncology" % dlong(t.date())),
         ("h", "Diagnosis"), ("p", s["dx"]),
         ("h", "Discussion"),
         ("p", "We reviewed the staging studies and pathology. Recommendation: %s." % rx_text(x.targets)),
         ("h", "Technique"), ("p", necessity(x)),
         ("p", "Consent signed. Simulation to be scheduled."),
         ("line", _co_sig(x, t))]
    return b, {}


def co_directive(x):
    t = x.T["rx"]
    rows = [["Phase / plan", "Target", "Dose per fraction", "Fractions", "Total"]]
    for p in x.plans:
        for n, d, f in p.targets:
            rows.append([p.name, n, "%.2f Gy" % (d / f), str(f), "%.1f Gy" % d])
    b = [("line", _co_banner(x)), ("title", "Radiation Treatment Directive"),
         ("line", "Technique: step-and-shoot IMRT, %s photons" % x.s["energy"]),
         ("table", rows, None),
         ("h", "Organ-at-risk limits (planning objectives)"),
         ("table", [["Organ", "Limit"]] + [[a, v] for a, v in x.oars], [180, 180]),
         ("line", _co_sig(x, t))]
    return b, {}


def co_plan_txt(x):
    lines = ["SYNTHETIC  Mesquite Dose (invented) plan export  v3.2",
             "PATIENT   %s   MRN %s   DOB %s" % (pname(x), x.pt["mrn"], mdy_short(x.pt["dob"])), ""]
    for p in x.plans:
        lines += ["PLAN      %s" % p.name,
                  "CREATED   %s %s" % (mdy_short(p.created.date()), t_24(p.created)),
                  "RX        %s" % rx_text(p.targets),
                  "BEAMS     %d static IMRT fields (step-and-shoot)" % len(p.beams),
                  "  %-6s %-7s %-11s %-6s %-6s %-8s %-6s" % ("FIELD", "ENERGY", "GANTRY(deg)", "COLL", "COUCH", "SEGS", "MU")]
        for bm, mu, sg in zip(p.beams, p.mus, p.segs):
            lines.append("  %-6s %-7s %-11s %-6s %-6s %-8s %-6.1f" % (bm["id"], x.s["energy"], bm["start"], bm["coll"], 0, sg, mu))
        lines += ["PLANNER   %s" % x.c.dos.full, "CHECKED   %s" % x.c.phys.full, ""]
    return [("mono", lines)], {}


def co_review(x):
    plans = x.plans
    t = max(p.review for p in plans)
    b = [("line", _co_banner(x)), ("title", "Physician IMRT Plan Review")]
    for p in plans:
        b += [("h", "Plan %s" % p.name),
              ("p", "Dose displayed on the planning CT (isolines 107/100/95/90/50%%) through %s and each contoured organ "
                    "at risk (%s); reviewed region by region and acceptable." % (tgt_names(p.targets), x.s["oar_words"])),
              ("p", "DVH check, %s and organs at risk: %s." % (tgt_names(p.targets), achieved_text(x.achieved)))]
    b += [("p", "Plans approved for treatment." if len(plans) > 1 else "Plan approved for treatment."), ("line", _co_sig(x, t))]
    return b, {}


def co_psqa(x, plan_index=0, approver="phys"):
    c, p = x.c, x.plans[plan_index]
    comp = sum(p.rates[:len(p.beams)]) / len(p.beams)
    rows = [["PSQA LOG - patient-specific IMRT QA", "", "", "", "SYNTHETIC"],
            ["Patient", pname(x, "FL"), "MRN", x.pt["mrn"], ""],
            ["Plan", p.name, "Measured", "%s %s" % (mdy_short(p.qa.date()), t_24(p.qa)), ""],
            ["Device", "CrossPlane 1000 (invented) ion-chamber array, fields at planned gantry", "", "", ""],
            ["Criteria", "gamma 3%/3mm global, TH 10%", "Tolerance", "95%", "Action 90%"],
            ["Field", "Gantry", "Chambers", "Gamma pass", "Flag"]]
    for bm, r, n in zip(p.beams, p.rates, p.points):
        rows.append([bm["id"], str(bm["start"]), str(n // 3), "%.1f%%" % r, "OK"])
    rows.append(["Composite", "", "", "%.1f%%" % comp, "PASS"])
    if approver == "phys":
        rows.append(["QA approved by", "%s (Medical Physicist)" % c.phys.full, "e-sig", "%s %s" % (mdy_short(p.qa_phys.date()), t_24(p.qa_phys)), ""])
    else:
        rows.append(["QA approved by", "%s, Senior Dosimetrist (physics coverage)" % c.dos.full, "e-sig",
                     "%s %s" % (mdy_short(p.qa_phys.date()), t_24(p.qa_phys)), ""])
    rows.append(["Rad Onc review", "%s (Radiation Oncologist)" % c.md.full, "e-sig", "%s %s" % (mdy_short(p.qa_md.date()), t_24(p.qa_md)), ""])
    b = [("line", _co_banner(x)), ("grid", rows, [95, 230, 60, 90, 70])]
    return b, dict(landscape=True, footer="Sheet: PSQA_%s | Workbook: CORD_Physics_2025.xlsx | exported to PDF | SYNTHETIC | Page {page} of 1" % p.name)


def co_weekly(x):
    c = x.c
    f1 = x.T["fx1"].date()
    rows = [["WEEKLY CHART CHECK + TX LOG", "", "", "", "SYNTHETIC"],
            ["Patient", pname(x, "FL"), "MRN", x.pt["mrn"], ""],
            ["First fraction", mdy_short(f1), "Course", "C1", ""],
            ["Fx", "Date", "Treated plan", "MU", "Therapists"]]
    d = f1
    fx = 1
    for p in x.plans:
        for k in range(2):
            rows.append([str(fx), mdy_short(d), p.name, "%.0f" % sum(p.mus), "JR / AK"])
            fx += 1
            d = add_bd(d, 1)
        if len(x.plans) > 1 and p is x.plans[0]:
            fx = p.fx_last + 1
            d = add_bd(f1, p.fx_last)
    rows += [["Week", "Checked", "Finding", "Physicist", ""],
             ["1", mdy_short(add_bd(f1, 4)), "no discrepancy", c.phys.full, ""]]
    b = [("line", _co_banner(x)), ("grid", rows, [95, 110, 150, 150, 80])]
    return b, dict(landscape=True, footer="Sheet: WEEKLY | Workbook: CORD_Physics_2025.xlsx | exported to PDF | SYNTHETIC | Page {page} of 1")


def co_second_check(x):
    c, p = x.c, x.plans[0]
    rows = [["2ND CHECK - independent MU / dose verification (calculation, not a measurement)", "", "", "", "SYNTHETIC"],
            ["Patient", pname(x, "FL"), "MRN", x.pt["mrn"], ""],
            ["Plan", p.name, "Checked", mdy_short(p.created.date()), ""],
            ["Field", "TPS MU", "Check MU", "Diff.", "Within 5%"]]
    for bm, mu in zip(p.beams, p.mus):
        rows.append([bm["id"], "%.1f" % mu, "%.1f" % (mu * 0.986), "-1.4%", "Y"])
    rows += [["Rx in OIS = directive", "Y", "", "", ""], ["Isocenter = sim", "Y", "", "", ""],
             ["Checked by", "%s (Medical Physicist)" % c.phys.full, "", "", ""]]
    b = [("line", _co_banner(x)), ("grid", rows, [160, 190, 70, 70, 70])]
    return b, dict(landscape=True, footer="Sheet: 2NDCHECK | Workbook: CORD_Physics_2025.xlsx | exported to PDF | SYNTHETIC | Page {page} of 1")
