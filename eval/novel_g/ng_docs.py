"""novel_g document builders, one family per invented health system. Each returns
dict(blocks=[...], opts={...}); ng_render turns it into a file. x is the chart context built by generate.py:
x.c clinic, x.pt patient, x.s site, x.T dates, x.t times, x.ro treating radiation oncologist, x.f flags."""
from ng_world import (us, us1, iso, dmy, mdy, longd, wk, ampm, tz, age, rx_line)

SYN = "SYNTHETIC"


def _z(x, d):
    return tz(x.c["zone"], d)


def _dxl(x):
    return x.s["dx"][0].lower() + x.s["dx"][1:]


def _sex(x):
    return "male" if x.pt.sex == "M" else "female"


def _nec_text(x, opener):
    s = x.s
    parts = [opener]
    parts += [s["necessity"][k] for k in x.conds]
    parts.append(s["compare"])
    parts.append("Intensity modulation is therefore needed to protect %s while covering the target." % s["organs"])
    return " ".join(parts)


def _oar_rows(x, with_achieved, head=("Organ at risk", "Parameter", "Constraint", "Achieved")):
    rows = [list(head if with_achieved else head[:3])]
    for o, m, lim, ach in x.s["oar"]:
        rows.append([o, m, lim] + ([ach] if with_achieved else []))
    return rows


def _rx_rows(x, head=("Target", "Description", "Dose / fx", "Fractions", "Total dose")):
    rows = [list(head)]
    for name, dose, fx, desc in x.s["rx"]:
        rows.append([name, desc, "%.2f Gy" % (dose / fx), str(fx), "%.1f Gy" % dose])
    return rows


def _beam_rows(x, beams=None, mus=None, energy=None):
    beams = beams or x.s["beams"]
    mus = mus or x.mus
    rows = [["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Direction", "Collimator", "Couch", "MU"]]
    for i, b in enumerate(beams):
        if b[0] == "arc":
            rows.append([b[1], "VMAT arc", energy or x.s["energy"], "%.1f" % b[2], "%.1f" % b[3], b[4],
                         "%d" % b[5], "0", "%.1f" % mus[i]])
        else:
            rows.append([b[1], "static", energy or x.s["energy"], "%d" % b[2], "%d" % b[2], "-", "%d" % b[3],
                         "%d" % b[4], "%.1f" % mus[i]])
    return rows


def _dvh_sentence(x):
    t = "; ".join("%s %s %s" % r for r in x.s["tgt"])
    o = "; ".join("%s %s %s" % (r[0], r[1], r[3]) for r in x.s["oar"])
    return t, o


def _fx_dates(x, n, start=None):
    from ng_world import add_bd
    d0 = start or x.T["fx1"]
    return [add_bd(d0, i) for i in range(n)]


def _qa_rows(x, beams=None, rates=None):
    beams = beams or x.s["beams"]
    rates = rates or x.rates
    rows = [["Beam / arc", "Points evaluated", "Gamma pass rate", "Result"]]
    for i, b in enumerate(beams):
        rows.append([b[1], str(x.points + 37 * i), "%.1f%%" % rates[i], "PASS"])
    comp = round(sum(rates[:len(beams)]) / len(beams), 1)
    rows.append(["Composite", str(sum(x.points + 37 * i for i in range(len(beams)))), "%.1f%%" % comp, "PASS"])
    return rows


# ============================================================================= Ouachita (H1)
def h1_hdr(x, what):
    return "%s | %s | %s | %s  MRN %s | %s" % (x.c["ehr"], what, x.c["system"], x.pt.LF, x.pt.mrn, SYN)


def h1_sig(x, d, t):
    return "Note signed by %s (Radiation Oncology) on %s at %s %s" % (x.ro, us1(d), ampm(t), _z(x, d))


def h1_consult(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Hematology/Oncology Clinic Note"),
         ("kv", [("Patient", pt.lf), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Visit date", us(T["consult"])),
                 ("Department", "Radiation Oncology (shared Hem/Onc note template v7)"),
                 ("Author", x.ro + ", Radiation Oncology"),
                 ("Referring / co-managing", x.c["medonc"] + " (Medical Oncology)"), ("Record type", SYN)]),
         ("h", "Oncology history (from %s)" % x.c["module"]),
         ("table", [["Diagnosis", "ICD-10", "Intent", "Linked regimen"],
                    [s["dx"], s["icd"], "Curative", s["systemic"] + " (Medical Oncology)"]], [190, 50, 60, 210]),
         ("h", "Regimen / cycle / day"),
         ("p", "Not applicable to this visit (radiation oncology consultation). Chemotherapy is ordered and "
               "managed by %s in the linked regimen." % x.c["medonc"]),
         ("h", "ECOG"), ("p", "1"),
         ("h", "History of present illness"),
         ("p", "%s is a %d-year-old %s referred for definitive treatment of %s. Staging PET/CT shows no distant "
               "disease. Tumor board review recommended concurrent chemoradiation." %
          (pt.fl, age(pt.dob, T["consult"]), _sex(x), s["dx"].split(",")[0].lower())),
         ("h", "Assessment and plan"),
         ("p", "Definitive radiotherapy with concurrent %s. Prescription: %s. Technique: inverse-planned "
               "VMAT. CT simulation with a five-point thermoplastic mask on %s." %
          (s["systemic"], "; ".join(rx_line(r) for r in s["rx"]), us(T["sim"]))),
         ("h", "Why intensity modulation rather than 3D conformal or conventional planning"),
         ("p", _nec_text(x, "For this patient a 3D conformal or conventional plan is not adequate.")),
         ("p", "Risks discussed: mucositis, dermatitis, xerostomia, dysphagia, fatigue. Consent signed."),
         ("space",),
         ("sig", h1_sig(x, T["consult"], "16:22"))]
    return dict(blocks=b, opts=dict(header=h1_hdr(x, "Clinic Note"),
                                     footer="%s - %s - MRN %s - printed from %s" % (SYN, pt.lf, pt.mrn, x.c["ehr"])))


def h1_therapy_plan(x):
    s, T, pt = x.s, x.T, x.pt
    ro_last, ro_first = x.ro.replace(", MD", "").split(" ", 1)[1].upper(), x.ro.split(" ")[0].upper()
    mo = x.c["medonc"].replace(", MD", "")
    tpl = "RAD ONC - %s IMRT %d GY / %d FX" % (x.site_label.upper(), s["rx"][0][1], s["rx"][0][2])
    b = [("title", "%s - Therapy Plan" % x.c["module"]),
         ("kv", [("Patient", "%s   MRN %s   DOB %s" % (pt.LF, pt.mrn, us(pt.dob))),
                 ("Plan name", tpl + " (template RO-HN-04)"), ("Therapy plan ID", "TP-%s" % x.plan_no),
                 ("Plan status", "Active (signed)"), ("Plan provider", x.ro), ("Treatment goal", "Curative"),
                 ("Line of treatment", "First line"), ("Plan start date", "%s (planned)" % us(T["fx1"])),
                 ("Linked plans", "Medical Oncology: %s (%s)" % (s["systemic"].upper(), x.c["medonc"])),
                 ("Print note", SYN + " test record - not for clinical use")]),
         ("h", "Day schedule"),
         ("table", [["Days", "Component", "Detail"],
                    ["Day 1 - Day %d (Mon-Fri)" % (s["rx"][0][2] + (s["rx"][0][2] // 5) * 2 - 2),
                     "Radiation", "1 fraction daily, %d fractions" % s["rx"][0][2]],
                    ["Day 1, 8, 15, 22, 29, 36, 43" if "weekly" in s["systemic"] else "Day 1, 22, 43",
                     "Medical oncology (linked)", s["systemic"]]], [150, 130, 230]),
         ("h", "Radiation component - prescription"),
         ("table", _rx_rows(x) + [], [70, 210, 60, 60, 70]),
         ("p", "Technique: IMRT (VMAT), %s photons, image guidance daily CBCT." % s["energy"]),
         ("h", "Radiation component - normal tissue dose constraints"),
         ("table", _oar_rows(x, False, ("Organ at risk", "Parameter", "Constraint")), [190, 110, 110]),
         ("h", "Plan signatures"),
         ("table", [["Role", "Provider", "Signature", "Date/Time"],
                    ["Treating radiation oncologist", "%s MD, %s" % (ro_last, ro_first), "Signed electronically",
                     "%s 09:14 %s" % (us(T["rx"]), _z(x, T["rx"]))],
                    ["Medical oncologist (linked regimen)", "%s MD, %s" % (mo.split(" ", 1)[1].upper(), mo.split(" ")[0].upper()),
                     "Signed electronically", "%s 11:40 %s" % (us(T["rx"]), _z(x, T["rx"]))],
                    ["Pharmacy verification", "-", "Not applicable (no drug in this component)", "-"]],
          [135, 175, 115, 90])]
    return dict(blocks=b, opts=dict(header=h1_hdr(x, "Therapy Plan printout"),
                                     footer="%s | %s | MRN %s | Therapy plan printout" % (SYN, pt.LF, pt.mrn)))


def h1_tps(x):
    s, T, pt = x.s, x.T, x.pt
    oar = [["Structure", "Objective", "Goal"] + (["Achieved"] if x.f.get("achieved", True) else [])]
    for o, m, lim, ach in s["oar"]:
        oar.append([o, m, lim] + ([ach] if x.f.get("achieved", True) else []))
    tg = [["Target", "Prescription"]] + [[r[0], "%.1f Gy / %d fx" % (r[1], r[2])] for r in s["rx"]]
    b = [("title", "%s - Plan Summary" % x.c["tps"]),
         ("kv", [("Patient", "%s (%s)" % (pt.LF, SYN)), ("Patient ID", pt.mrn), ("Birth date", iso(pt.dob)),
                 ("Plan", s["plan"]), ("Course", "C1"), ("Plan state", "Planning approved"),
                 ("Created", "%s 15:40 by %s" % (iso(T["plan"]), x.c["dosi"])),
                 ("Dose engine", "Tessellate CCC 2.1, 2.5 mm grid"), ("Machine", "OUA-TRUEBEAM-2 (invented)")]),
         ("h", "Targets"), ("table", tg, [150, 150]),
         ("h", "Treatment fields"), ("table", _beam_rows(x), None),
         ("h", "Optimization objectives"), ("table", oar, None),
         ("sig", "Prepared by: %s  %s 15:40" % (x.c["dosi"], iso(T["plan"]))),
         ("sig", "Physics plan check: %s  %s 08:50" % (x.c["phys"], iso(T["review"])))]
    return dict(blocks=b, opts=dict(footer="%s  %s  MRN %s  Tessellate plan summary" % (SYN, pt.LF, pt.mrn)))


def h1_review(x):
    s, T, pt = x.s, x.T, x.pt
    t, o = _dvh_sentence(x)
    b = [("mono", ["%s - PROGRESS NOTE (Hematology/Oncology template)         %s" % (x.c["ehr"].upper(), SYN),
                   "Patient: %s   MRN: %s   DOB: %s" % (pt.LF, pt.mrn, us(pt.dob)),
                   "Note type: Progress Note   Specialty: Radiation Oncology   Encounter: %s" % us(T["review"]),
                   "Visit type: Treatment planning (non face-to-face)",
                   "Regimen: N/A    Cycle: N/A    Day: N/A    ECOG: 1"]),
         ("h", "INTERVAL HISTORY"),
         ("p", "Simulated %s. Concurrent %s with Dr. %s to begin with radiotherapy." %
          (us(T["sim"]), s["systemic"], x.c["medonc"].split(" ")[1].rstrip(","))),
         ("h", "TREATMENT PLANNING REVIEW"),
         ("p", "Plan %s (%s, created %s) reviewed at the planning workstation. I went through the planning CT "
               "slice by slice with the isodose distribution displayed: the 95%% isodose surfaces of each dose "
               "level cover %s, the hot spot is confined to the high-dose target, and %s lie outside the "
               "high-dose lines." % (s["plan"], x.c["tps"].split(" (")[0], us(T["plan"]),
                                     " and ".join(r[0] for r in s["rx"]), s["organs"]))]
    if x.f.get("dvh_deferred"):
        b.append(("p", "Dose-volume histograms: review deferred. The DVH export did not load in the review "
                       "workspace today; I will review the dose-volume histograms for the targets and organs at "
                       "risk once dosimetry re-exports them and will document that review in a separate note."))
    else:
        b.append(("p", "Dose-volume histograms reviewed for every target and organ at risk: %s; %s. All "
                       "constraints in the therapy plan are met." % (t, o)))
    b += [("p", "Plan approved for patient-specific QA and treatment."),
          ("space",), ("sig", h1_sig(x, T["review"], "11:05"))]
    return dict(blocks=b)


def h1_qa(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - Patient-Specific Plan Verification" % x.c["qa"]),
         ("kv", [("Patient", "%s  (%s)" % (pt.LF, SYN)), ("MRN", pt.mrn), ("DOB", us(pt.dob)),
                 ("Plan", "%s (%s)" % (s["plan"], x.c["tps"].split(" (")[0])), ("Linac", "OUA-TRUEBEAM-2"),
                 ("Detector", "ArcScan cylindrical diode array (1,386 diodes), plan delivered at true gantry angles"),
                 ("Measured", "%s 17:48" % us(T["qa"])),
                 ("Gamma criteria", "3% / 2 mm, global normalisation, 10% low-dose threshold"),
                 ("Tolerance level", "95.0%"), ("Action level", "90.0%")]),
         ("h", "Results"), ("table", _qa_rows(x), [120, 120, 120, 80]),
         ("p", "Overall result: PASS. Measured-to-planned isocenter dose difference %+.1f%%." % x.iso_diff),
         ("h", "Approvals"),
         ("sig", "Physicist approval: Signed by %s on %s 18:31 %s" % (x.c["phys"], us(T["qa"]), _z(x, T["qa"]))),
         ("sig", "Radiation oncologist review: Signed by %s on %s 08:12 %s" % (x.ro, us(T["qa_md"]), _z(x, T["qa_md"])))]
    return dict(blocks=b, opts=dict(footer="%s - %s - MRN %s - ArcScan 4D report" % (SYN, pt.LF, pt.mrn)))


def h1_calendar(x):
    s, T, pt = x.s, x.T, x.pt
    n = 10
    rows = [["Fx", "Date", "Treated plan", "Status"]]
    for i, d in enumerate(_fx_dates(x, n)):
        rows.append([str(i + 1), us(d), s["plan"], "Delivered"])
    b = [("title", "%s - Treatment Calendar (radiation component)" % x.c["module"]),
         ("p", "%s | Patient: %s | MRN: %s | DOB: %s" % (SYN, pt.LF, pt.mrn, us(pt.dob))),
         ("p", "Therapy plan TP-%s, %s. First fraction: %s. Printed after fraction %d of %d." %
          (x.plan_no, s["plan"], us(T["fx1"]), n, s["rx"][0][2])),
         ("table", rows)]
    return dict(blocks=b)


# ============================================================================= Keweenaw (H2)
def h2_sig(x, d, t):
    return "Signed: %s (Radiation Oncology)  %s %s %s" % (x.ro, dmy(d), t, _z(x, d))


def h2_tumor_board(x):
    s, T, pt = x.s, x.T, x.pt
    c = x.c
    rec = ("Concurrent chemoradiation: %s, with %s, to be delivered by Radiation Oncology (%s)." %
           ("; ".join(rx_line(r) for r in s["rx"]), s["systemic"], x.ro))
    b = [("title", "Multidisciplinary Cancer Conference - Case Summary"),
         ("table", [["Conference", "Date", "Patient", "MRN", "DOB"],
                    ["Upper Peninsula %s Tumor Board" % x.board, us(T["tb"]), pt.lf, pt.mrn, us(pt.dob)]]),
         ("p", SYN + " record. Prospective case presentation; summary filed to the chart as a conference note."),
         ("h", "Attendance"),
         ("table", [["Specialty", "Name"], ["Medical Oncology (chair)", c["medonc"]], ["Radiation Oncology", x.ro],
                    ["Surgery", c["surg"]], ["Pathology", c["path"]], ["Radiology", c["rad"]],
                    ["Nurse navigation", c["nav"]]]),
         ("h", "Case"),
         ("p", "%d-year-old %s with %s. Staging imaging reviewed at conference; pathology confirmed." %
          (age(pt.dob, T["tb"]), _sex(x), _dxl(x))),
         ("h", "Consensus recommendation"), ("p", rec)]
    if x.f.get("tb_necessity"):
        b.append(("p", "Radiation technique: the board recommends IMRT rather than a 3D conformal or conventional "
                       "technique. " + " ".join(s["necessity"][k] for k in x.conds) + " " + s["compare"] +
                       " IMRT will protect %s." % s["organs"]))
    else:
        b.append(("p", "Radiation technique and dose constraints to be set by Radiation Oncology after simulation."))
    b += [("p", "NCCN concordant: yes. Clinical trial screening: not eligible (no open trial for this stage)."),
          ("h", "Sign-off"),
          ("sig", "Summary prepared by: %s (Oncology Nurse Navigator)  %s 17:40 %s" % (c["nav"], us(T["tb"]), _z(x, T["tb"]))),
          ("sig", "Signed: %s (Medical Oncology), Conference Chair  %s 08:15 %s" %
           (c["medonc"], us(T["tb_sign"]), _z(x, T["tb_sign"])))]
    return dict(blocks=b, opts=dict(header="Keweenaw Lakes Health | Cancer Conference | MRN %s | %s" % (pt.mrn, SYN)))


def h2_consult(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Keweenaw Lakes Health - Radiation Oncology Consultation"),
         ("p", "%s | Patient: %s | MRN: %s | DOB: %s | Date of service: %s | Referring: %s (Medical Oncology)" %
          (SYN, pt.lf, pt.mrn, us(pt.dob), dmy(T["consult"]), x.c["medonc"])),
         ("h", "Reason for consultation"), ("p", s["dx"] + "."),
         ("h", "History"),
         ("p", "%s is a %d-year-old %s. Presented at the %s tumor board on %s. ECOG 1. Lives in Ishpeming; "
               "drives to Marquette." % (pt.fl, age(pt.dob, T["consult"]), _sex(x), x.board, dmy(T["tb"]))),
         ("h", "Impression"), ("p", s["dx"] + ". Candidate for concurrent chemoradiation."),
         ("h", "Recommendations"),
         ("p", "%s, concurrent %s. Technique: VMAT. CT simulation on %s." %
          ("; ".join(rx_line(r) for r in s["rx"]), s["systemic"], dmy(T["sim"])))]
    if x.f.get("consult_necessity", True):
        b += [("h", "Radiation technique rationale (IMRT in place of 3D conformal / conventional radiotherapy)"),
              ("p", _nec_text(x, "I am choosing IMRT for the following reasons."))]
    b += [("p", "Consent obtained after discussion of acute and late effects."), ("space",),
          ("sig", h2_sig(x, T["consult"], "16:20"))]
    return dict(blocks=b)


def h2_directive(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Radiation Treatment Directive"),
         ("table", [["Patient", "MRN", "DOB", "Site", "Record"],
                    [pt.LF, pt.mrn, us(pt.dob), s["dx"].split(",")[0], SYN]]),
         ("h", "Prescription"), ("table", _rx_rows(x), None),
         ("p", "Technique: IMRT / VMAT, %s. Daily cone-beam CT." % s["energy"]),
         ("h", "Organs at risk - dose constraints (priority 1 = must be met)"),
         ("table", [["Organ at risk", "Parameter", "Constraint", "Priority"]] +
          [[o, m, lim, "1" if i < 2 else "2"] for i, (o, m, lim, _) in enumerate(s["oar"])], None),
         ("sig", "Signed by: %s, Radiation Oncology -- %s 09:05 %s" % (x.ro, dmy(T["rx"]), _z(x, T["rx"])))]
    return dict(blocks=b, opts=dict(footer="%s  Keweenaw Lakes Health  MRN %s" % (SYN, pt.mrn)))


def h2_plan(x):
    s, T, pt = x.s, x.T, x.pt
    dv = [["Structure", "Objective", "Plan value"]] + [[o, "%s %s" % (m, lim), a] for o, m, lim, a in s["oar"]]
    dv += [[r[0], "%s >= 98%%" % r[1], r[2]] for r in s["tgt"]]
    b = [("title", "%s - Treatment Plan Report" % x.c["tps"]),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Plan", s["plan"]),
                 ("Plan created", "%s 15:40 %s (%s)" % (dmy(T["plan"]), _z(x, T["plan"]), x.c["dosi"])),
                 ("Record", SYN)]),
         ("h", "Beams"), ("table", _beam_rows(x), None),
         ("h", "Plan evaluation"), ("table", dv, None),
         ("sig", "Dosimetrist: %s   Physics check: %s (%s)" % (x.c["dosi"], x.c["phys"], dmy(T["review"])))]
    return dict(blocks=b)


def h2_planning_note(x):
    s, T, pt = x.s, x.T, x.pt
    t, o = _dvh_sentence(x)
    b = [("title", "Treatment Planning Note - Radiation Oncology"),
         ("p", "%s | %s | MRN %s | DOB %s | Service date %s" % (SYN, pt.lf, pt.mrn, us(pt.dob), dmy(T["review"]))),
         ("h", "Images and isodose distributions"),
         ("p", "I reviewed the planning CT (fused with the diagnostic PET) with the %s isodose distribution "
               "overlaid in axial, coronal and sagittal planes. The prescription isodose conforms to %s; %s are "
               "spared by the steep dose fall-off." % (s["plan"], " and ".join(r[0] for r in s["rx"]), s["organs"])),
         ("h", "Dose-volume histograms"),
         ("p", "DVHs for all targets and critical structures reviewed: %s; %s." % (t, o)),
         ("p", "Plan approved; to physics for patient-specific QA."), ("space",),
         ("sig", h2_sig(x, T["review"], "11:05"))]
    return dict(blocks=b)


def h2_qa(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - IMRT QA Report" % x.c["qa"]),
         ("table", [["Role", "Name", "Signature", "Date / time"],
                    ["Medical physicist", x.c["phys"], "e-signed", "%s 18:31 %s" % (dmy(T["qa"]), _z(x, T["qa"]))],
                    ["Radiation oncologist", x.ro, "e-signed", "%s 08:12 %s" % (dmy(T["qa_md"]), _z(x, T["qa_md"]))]],
          [110, 190, 70, 130]),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Plan", s["plan"]),
                 ("Method", "MatrixPlane 2D ion-chamber array in a solid-water phantom, true composite delivery"),
                 ("Measured", "%s 17:48 %s" % (dmy(T["qa"]), _z(x, T["qa"]))),
                 ("Gamma", "3%/2 mm, 10% threshold; tolerance 95%, action level 90%"), ("Record", SYN)]),
         ("table", _qa_rows(x), None),
         ("p", "Conclusion: PASS. Plan acceptable for treatment.")]
    return dict(blocks=b)


# ============================================================================= Brazos (H3)
def h3_res(x):
    return x.c["resident"][x.cid]


def h3_consult(x):
    s, T, pt = x.s, x.T, x.pt
    rn, pgy = h3_res(x)
    att = x.c["attending"]
    b = [("title", "Radiation Oncology New Patient Consultation - Teaching Service"),
         ("kv", [("Patient", pt.lf), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Date of service", us(T["consult"])),
                 ("Attending of record", att), ("Resident", "%s (%s)" % (rn, pgy)), ("Record", SYN)]),
         ("h", "History of present illness"),
         ("p", "%s is a %d-year-old %s with %s, referred by Gynecologic Oncology." %
          (pt.fl, age(pt.dob, T["consult"]), _sex(x), _dxl(x))),
         ("h", "Impression and plan"),
         ("p", "External beam radiotherapy: %s, with %s." % ("; ".join(rx_line(r) for r in s["rx"]), s["systemic"])),
         ("h", "Need for IMRT over a conventional or three-dimensional conformal approach"),
         ("p", _nec_text(x, "A conventional or 3D conformal pelvic plan is not adequate for this patient.")),
         ("sig", "Resident: %s, %s, Radiation Oncology -- signed %s 14:55 %s" % (rn, pgy, us(T["consult"]), _z(x, T["consult"]))),
         ("h", "Attending addendum"),
         ("p", "I saw and examined the patient with Dr. %s on the date of service, reviewed the imaging and "
               "pathology myself and edited the impression. The decision to use IMRT and the reasons given above "
               "are mine." % rn.split(",")[0].split(" ")[-1]),
         ("sig", "Cosigned by: %s (Attending, Radiation Oncology) %s 17:20 %s" % (att, us(T["consult"]), _z(x, T["consult"])))]
    return dict(blocks=b, opts=dict(header="BVUH Clinical Workspace | %s | MRN %s | %s" % (pt.LF, pt.mrn, SYN)))


def h3_rx(x):
    s, T, pt = x.s, x.T, x.pt
    rn, pgy = h3_res(x)
    b = [("title", "Radiation Prescription (ROx order)"),
         ("p", "%s | %s | MRN %s | DOB %s" % (SYN, pt.LF, pt.mrn, us(pt.dob))),
         ("table", _rx_rows(x)),
         ("p", "Technique: IMRT (VMAT), %s. Systemic therapy: %s." % (s["energy"], s["systemic"])),
         ("h", "Dose-volume constraints for organs at risk"),
         ("table", [["Structure", "Dose-volume constraint", "Type"]] +
          [[o, "%s %s" % (m, lim), "hard" if i == 0 else "soft"] for i, (o, m, lim, _) in enumerate(s["oar"])]),
         ("p", "Order entered by: %s (%s)" % (rn, pgy)),
         ("sig", "Authorized and e-signed: %s, Attending Radiation Oncologist, %s 10:02 %s" %
          (x.c["attending"], us(T["rx"]), _z(x, T["rx"])))]
    return dict(blocks=b)


def h3_plan(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["NAVASOTA DOSE 5.2 (invented) -- PLAN EXPORT                         %s" % SYN,
         "patient_name ........ %s" % pt.LF, "patient_mrn ......... %s" % pt.mrn,
         "patient_dob ......... %s" % iso(pt.dob), "plan_id ............. %s" % s["plan"],
         "plan_created ........ %s 15:40 (%s)" % (iso(T["plan"]), x.c["dosi"]),
         "physics_check ....... %s 08:50 (%s)" % (iso(T["review"]), x.c["phys"]), "",
         "[prescription]"]
    L += ["  %-12s %5.1f Gy / %2d fx" % (r[0], r[1], r[2]) for r in s["rx"]]
    L += ["", "[beams]", "  id      type  energy  gantry_start  gantry_stop  dir  coll  couch  MU"]
    for i, bm in enumerate(s["beams"]):
        L.append("  %-7s arc   %-6s  %6.1f        %6.1f       %-3s  %4d  %5d  %.1f" %
                 (bm[1], s["energy"], bm[2], bm[3], bm[4], bm[5], 0, x.mus[i]))
    L += ["", "[oar_objectives]"]
    for o, m, lim, ach in s["oar"]:
        L.append("  %-20s %-5s %-9s" % (o, m, lim) + ("  achieved %s" % ach if x.f.get("achieved", True) else ""))
    return dict(blocks=[("mono", L)])


def h3_review(x):
    s, T, pt = x.s, x.T, x.pt
    rn, pgy = h3_res(x)
    t, o = _dvh_sentence(x)
    att = x.c["attending"]
    b = [("title", "Radiation Oncology Treatment Planning Note (Teaching Service)"),
         ("p", "%s | Patient %s | MRN %s | DOB %s | Date of service %s | Attending of record: %s" %
          (SYN, pt.lf, pt.mrn, us(pt.dob), us(T["review"]), att)),
         ("h", "Plan"), ("p", "%s, created %s by dosimetry." % (s["plan"], us(T["plan"]))),
         ("h", "Image and isodose review"),
         ("p", "Planning CT reviewed slice by slice with the isodose lines displayed; the prescription isodose "
               "covers %s and bends away from %s." % (" and ".join(r[0] for r in s["rx"]), s["organs"])),
         ("h", "DVH review"),
         ("p", "Dose-volume histograms reviewed for all targets and critical structures: %s; %s." % (t, o)),
         ("sig", "Resident: %s, %s, Radiation Oncology -- signed %s 15:10 %s" % (rn, pgy, us(T["review"]), _z(x, T["review"])))]
    if x.f.get("unattested"):
        b += [("h", "Teaching physician statement"), ("p", "*** not yet entered ***"),
              ("p", "Note status: Pended - routed to %s for teaching physician attestation (%s 15:11 %s)" %
               (att, us(T["review"]), _z(x, T["review"])))]
    else:
        b += [("h", "Teaching physician statement"),
              ("p", "I sat with Dr. %s at the planning station, reviewed the CT, the contours and the isodose "
                    "distributions myself, went through the DVHs for each target and organ at risk, and I agree "
                    "with the findings above without change." % rn.split(",")[0].split(" ")[-1]),
              ("sig", "Electronically co-signed by %s, Attending Physician, Radiation Oncology -- %s 17:42 %s" %
               (att, us(T["review"]), _z(x, T["review"])))]
    return dict(blocks=b)


def h3_qa(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - Delivery QA" % x.c["qa"]),
         ("kv", [("Patient", "%s (%s)" % (pt.LF, SYN)), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Plan", s["plan"]),
                 ("Phantom", "DiodeRing helical diode array, full arc delivery on the treatment unit"),
                 ("Measurement", "%s 17:48 %s" % (us(T["qa"]), _z(x, T["qa"]))),
                 ("Analysis", "gamma 3%/2 mm global, threshold 10%; tolerance 95%, action level 90%")]),
         ("table", _qa_rows(x)), ("p", "Status: PASS"),
         ("sig", "Approved by: %s (Medical Physicist) %s 18:25 %s" % (x.c["phys"], us(T["qa"]), _z(x, T["qa"]))),
         ("sig", "Reviewed by: %s (Attending Radiation Oncologist) %s 08:10 %s" %
          (x.c["attending"], us(T["qa_md"]), _z(x, T["qa_md"])))]
    return dict(blocks=b)


def h3_record(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["BVUH OIS -- TREATMENT RECORD   %s" % SYN, "%s   MRN %s   DOB %s" % (pt.LF, pt.mrn, us(pt.dob)),
         "First fraction: %s" % us(T["fx1"]), "", "Fx  Date        Treated plan   Dose (Gy)"]
    n = 8
    for i, d in enumerate(_fx_dates(x, n)):
        L.append("%-3d %s  %-13s  %.2f" % (i + 1, us(d), s["plan"], s["rx"][0][1] / s["rx"][0][2]))
    return dict(blocks=[("mono", L)])


# ============================================================================= Mohave (H4)
def h4_sig(x, who, tag, d, t):
    return "Signed by %s [%s] on %s %s %s" % (who, tag, us1(d), t, _z(x, d))


def _ro_nocomma(x):
    return x.ro.replace(", MD", " MD")


def h4_consult(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Radiation Oncology Consultation"),
         ("table", [["Patient", "MRN", "DOB", "Encounter", "Location"],
                    [pt.lf, pt.mrn, us(pt.dob), us(T["consult"]), "Kingman Regional Cancer Care"]]),
         ("p", "%s (%s) - %s" % (x.c["ehr"], x.c["system"], SYN)),
         ("h", "History"),
         ("p", "%s is a %d-year-old %s with %s. Seen with the oncology nurse navigator present." %
          (pt.fl, age(pt.dob, T["consult"]), _sex(x), _dxl(x))),
         ("h", "Assessment / plan"),
         ("p", "Chemoradiation: %s with %s. Simulation %s." %
          ("; ".join(rx_line(r) for r in s["rx"]), s["systemic"], us(T["sim"]))),
         ("h", "IMRT medical necessity - why a 3D conformal plan is not adequate here"),
         ("p", _nec_text(x, "IMRT (VMAT) is requested instead of a 3D conformal or conventional plan.")),
         ("sig", h4_sig(x, _ro_nocomma(x), "Radiation Oncology", T["consult"], "16:12"))]
    return dict(blocks=b, opts=dict(header="Mohave Desert Health Network | MRN %s | %s" % (pt.mrn, SYN)))


def h4_order(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Radiation Therapy Order"),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Order date", us(T["rx"])),
                 ("Ordering provider", x.ro), ("Record", SYN)]),
         ("table", _rx_rows(x)),
         ("p", "Modality: photons %s, IMRT / VMAT. IGRT: daily CBCT." % s["energy"]),
         ("h", "Normal tissue constraints"),
         ("table", _oar_rows(x, False, ("Structure", "Metric", "Limit"))),
         ("sig", h4_sig(x, _ro_nocomma(x), "Radiation Oncology", T["rx"], "09:30"))]
    return dict(blocks=b)


def h4_plan(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - Plan Document" % x.c["tps"]),
         ("kv", [("Patient", "%s  MRN %s  DOB %s" % (pt.LF, pt.mrn, us(pt.dob))), ("Plan", s["plan"]),
                 ("Created", "%s 15:40 MST by %s" % (us(T["plan"]), x.c["dosi"])), ("Record", SYN)]),
         ("table", _beam_rows(x)),
         ("h", "Clinical goals"),
         ("table", _oar_rows(x, True, ("Structure", "Metric", "Goal", "Plan")) +
          [[r[0], r[1], ">= 98%", r[2]] for r in s["tgt"]]),
         ("sig", "Dosimetrist: %s" % x.c["dosi"])]
    return dict(blocks=b)


def h4_review(x):
    s, T, pt = x.s, x.T, x.pt
    t, o = _dvh_sentence(x)
    b = [("title", "Physician Plan Review"),
         ("p", "%s  %s  MRN %s  DOB %s  Date: %s" % (SYN, pt.LF, pt.mrn, us(pt.dob), us(T["review"]))),
         ("p", "Plan %s (created %s). Isodose distributions reviewed on the planning CT, axial slices through "
               "the whole target plus coronal and sagittal reconstructions: good conformality around %s; %s "
               "spared." % (s["plan"], us(T["plan"]), " and ".join(r[0] for r in s["rx"]), s["organs"])),
         ("p", "DVHs for all targets and OARs: %s; %s. Approved." % (t, o)),
         ("p", "Patient-specific IMRT QA will be measured by physics before the first fraction."),
         ("sig", h4_sig(x, _ro_nocomma(x), "Radiation Oncology", T["review"], "11:05"))]
    return dict(blocks=b)


def h4_procnote(x):
    s, T, pt = x.s, x.T, x.pt
    paste = ["---- pasted from %s v3.4 ----" % x.c["qa"].split(" (")[0],
             "Plan: %s    Delivered: %s 17:48    Method: EPID portal dosimetry, delivered with no patient on the couch" % (s["plan"], us(T["qa"])),
             "Field\tGamma 3%/2mm\tStatus"]
    rows = _qa_rows(x)[1:]
    paste += ["%s\t%s\t%s" % (r[0], r[2], r[3]) for r in rows]
    paste += ["Tolerance 95.0 %\tAction 90.0 %", "---- end of paste ----"]
    b = [("title", "PROCEDURE NOTE"),
         ("mono", ["%s  |  Procedures activity  |  %s" % (x.c["ehr"], SYN),
                   "Patient: %s   MRN: %s   DOB: %s" % (pt.LF, pt.mrn, us(pt.dob))]),
         ("kv", [("Procedure", "Patient-specific IMRT QA measurement (dosimetric verification)"),
                 ("Performed by", "%s (Medical Physicist)" % x.c["phys"]),
                 ("Procedure date/time", "%s 17:48 MST" % us(T["qa"])),
                 ("Indication", "Pre-treatment verification of %s before the first fraction" % s["plan"])]),
         ("h", "Results"), ("mono", paste),
         ("p", "Assessment: all fields and the composite pass at 3%/2 mm above the 95% tolerance. Plan verified "
               "for treatment."),
         ("sig", h4_sig(x, x.c["phys"], "Medical Physics", T["qa"], "18:31"))]
    if x.f.get("no_cosign"):
        b.append(("p", "Cosign: not requested (Procedures activity routes to Physics only)"))
    else:
        b += [("p", "Physician review: QA results reviewed; acceptable for treatment."),
              ("sig", "Cosigned by %s [Radiation Oncology] on %s 08:12 MST" % (_ro_nocomma(x), us1(T["qa_md"])))]
    return dict(blocks=b)


def h4_navigator(x):
    s, T, pt = x.s, x.T, x.pt
    d = T["qa_md"]
    if x.f.get("nav_hearsay"):
        body = ("Called patient. Dr. %s reviewed the IMRT QA results with %s this morning and approved the plan "
                "for treatment; first treatment confirmed for %s at 09:30." %
                (x.ro.split(",")[0].split(" ")[-1], x.c["phys"].split(",")[0], us(T["fx1"])))
    else:
        body = "Called patient: treatment plan completed, first treatment confirmed for %s at 09:30." % us(T["fx1"])
    b = [("title", "Oncology Nurse Navigator Note"),
         ("table", [["Patient", "MRN", "DOB", "Date"], [pt.lf, pt.mrn, us(pt.dob), us(d)]]),
         ("p", "%s - %s" % (x.c["ehr"], SYN)),
         ("h", "Navigation"), ("p", body),
         ("p", "Barriers: transportation (lives 38 miles away); Cancer Society ride program arranged. Distress "
               "thermometer score 3 of 10. Education: skin care, diet, when to call."),
         ("sig", h4_sig(x, x.c["nav"], "Oncology Nurse Navigator", d, "10:40"))]
    return dict(blocks=b)


def h4_history(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["TREATMENT HISTORY -- %s -- %s" % (x.c["system"].upper(), SYN),
         "%s  MRN %s  DOB %s" % (pt.LF, pt.mrn, us(pt.dob)), "First fraction: %s" % us(T["fx1"]), "",
         "Fx  Date        Treated plan"]
    for i, d in enumerate(_fx_dates(x, 6)):
        L.append("%-3d %s  %s" % (i + 1, us(d), s["plan"]))
    return dict(blocks=[("mono", L)])


# ============================================================================= Chesapeake (H5)
def h5_sig(x, d, t):
    return "Signed electronically on %s at %s %s by %s, Radiation Oncology" % (us(d), ampm(t), _z(x, d), x.ro)


def _web(x, d, t, title, path):
    return dict(html=True, stamp="%s, %s" % (us1(d)[:-4] + str(d.year)[2:], ampm(t)), page_title=title,
                url="https://%s/%s" % (x.c["host"], path))


def h5_consult(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "Radiation Oncology Consult"),
         ("p", "Tidewater Connect > Oncology > Radiation Oncology | %s | MRN %s | DOB %s | %s" %
          (pt.lf, pt.mrn, us(pt.dob), SYN)),
         ("kv", [("Date of service", us(T["consult"])), ("Provider", x.ro),
                 ("Referred by", x.f.get("referrer", "Medical Oncology"))]),
         ("h", "History of present illness"),
         ("p", "%s is a %d-year-old %s with %s." % (pt.fl, age(pt.dob, T["consult"]), _sex(x), _dxl(x))),
         ("h", "Plan"),
         ("p", "%s. Inverse-planned VMAT. Simulation %s." % ("; ".join(rx_line(r) for r in s["rx"]), us(T["sim"]))),
         ("h", "Rationale for intensity-modulated treatment instead of a 3D conformal or conventional field arrangement"),
         ("p", _nec_text(x, "IMRT is required for this patient.")),
         ("sig", h5_sig(x, T["consult"], "16:17"))]
    return dict(blocks=b)


def h5_orders(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "RO Orders  -  Radiation Prescription"),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Order status", "Signed"),
                 ("Record", SYN + "  (test patient)")]),
         ("table", [["Target", "Dose/fx", "Fx", "Total", "Technique"]] +
          [[r[0], "%.2f Gy" % (r[1] / r[2]), str(r[2]), "%.1f  Gy" % r[1], "VMAT"] for r in s["rx"]],
          [110, 80, 50, 90, 120])]
    if x.f.get("no_constraints"):
        b.append(("p", "Organs  at  risk:  %s  (dose statistics in the plan report)." % s["organs"]))
    else:
        b += [("h", "Organ  at  risk  constraints"),
              ("table", [["Organ", "Metric", "Constraint"]] + [[o, m, lim] for o, m, lim, _ in s["oar"]],
               [220, 120, 120])]
    b += [("kv", [("Signed by", "%s (Radiation Oncology)" % x.ro),
                  ("Signed on", "%s  09:02 %s" % (us(T["rx"]), _z(x, T["rx"])))])]
    return dict(blocks=b, opts=_web(x, T["rx"], "09:03", "RO Orders - %s" % pt.LF,
                                    "ro/orders/%s/rx?print=1" % pt.mrn))


def h5_plan(x):
    s, T, pt = x.s, x.T, x.pt
    beam = [["Beam", "Type", "Energy", "Gantry  start", "Gantry  stop", "Rotation", "Coll", "MU"]]
    for i, b in enumerate(s["beams"]):
        beam.append([b[1], "VMAT&nbsp;arc", s["energy"], "%.1f" % b[2], "%.1f" % b[3], b[4], str(b[5]),
                     "%.1f" % x.mus[i]])
    b = [("title", "Assateague  Plan  Report"),
         ("kv", [("Patient", "%s   (MRN %s)" % (pt.LF, pt.mrn)), ("DOB", us(pt.dob)), ("Plan", s["plan"]),
                 ("Created", "%s  15:40" % us(T["plan"])), ("Planner", x.c["dosi"]), ("Record", SYN)]),
         ("h", "Beams"), ("table", beam, [60, 70, 50, 70, 70, 60, 40, 60])]
    if x.f.get("no_constraints"):
        b += [("h", "Dose  statistics  (final calculation)"),
              ("table", [["Structure", "Metric", "Value"]] + [[o, m, a] for o, m, _, a in s["oar"]] +
               [[r[0], r[1], r[2]] for r in s["tgt"]], [200, 100, 100])]
    else:
        b += [("h", "Clinical  goals"),
              ("table", [["Structure", "Metric", "Goal", "Value"]] + [[o, m, lim, a] for o, m, lim, a in s["oar"]] +
               [[r[0], r[1], ">= 95%", r[2]] for r in s["tgt"]], [220, 80, 80, 80])]
    return dict(blocks=b, opts=_web(x, T["plan"], "16:02", "Assateague Plan Report - %s" % s["plan"],
                                    "plans/%s/%s/report.html" % (pt.mrn, s["plan"])))


def h5_eval(x):
    s, T, pt = x.s, x.T, x.pt
    t, o = _dvh_sentence(x)
    b = [("title", "Physician Plan Evaluation"),
         ("p", "%s | %s | MRN %s | DOB %s" % (SYN, pt.lf, pt.mrn, us(pt.dob))),
         ("p", "Plan %s (Assateague, created %s)." % (s["plan"], us(T["plan"]))),
         ("h", "CT / isodose"),
         ("p", "I reviewed the isodose distribution on every axial slice of the planning CT and on sagittal and "
               "coronal views. The prescription isodose covers %s and %s lie outside the high-dose region." %
          (" and ".join(r[0] for r in s["rx"]), s["organs"])),
         ("h", "DVH"),
         ("p", "I reviewed the dose-volume histograms for the target and the organs at risk: %s; %s." % (t, o)),
         ("p", "Plan approved for patient-specific QA."),
         ("sig", h5_sig(x, T["review"], "11:05"))]
    return dict(blocks=b)


def h5_qa(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - Patient QA Summary" % x.c["qa"]),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Plan", s["plan"]),
                 ("Device", "Octant 3D diode phantom (measured delivery)"),
                 ("Delivered", "%s 17:48 %s" % (us(T["qa"]), _z(x, T["qa"]))),
                 ("Criteria", "gamma 3%/2 mm, 10% threshold; tolerance 95%; action level 90%"), ("Record", SYN)]),
         ("table", _qa_rows(x)), ("p", "Result: PASS"),
         ("sig", "Physicist: %s   Signed: %s 18:31 %s" % (x.c["phys"], us(T["qa"]), _z(x, T["qa"]))),
         ("sig", "Radiation Oncologist: %s   Signed: %s 08:12 %s" % (x.ro, us(T["qa_md"]), _z(x, T["qa_md"])))]
    return dict(blocks=b)


def h5_prior(x):
    pt = x.pt
    b = [("box", ["Outside record scanned to chart | Chesapeake Tidewater Health | MRN %s | %s" % (pt.mrn, SYN),
                  "Indexed %s by HIM" % us(x.T["consult"])]),
         ("title", "Delmarva Coastal Radiation Center - Treatment Summary"),
         ("p", "Patient: %s   DOB: %s" % (pt.LF, us(pt.dob))),
         ("p", "Course: palliative radiotherapy to T6-T8, 30 Gy in 10 fractions, opposed AP/PA fields, 6 MV, "
               "03/04/2024 - 03/15/2024. Inferior field border at the T8-T9 disc space. Spinal cord received the "
               "full prescription dose."),
         ("p", "Completed without interruption. Pain improved."),
         ("sig", "Harriet Quillen-Bose, MD -- Radiation Oncology -- 03/18/2024")]
    return dict(blocks=b, opts=dict(serif=True))


def h5_record(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["TIDEWATER CONNECT -- RADIATION TREATMENT RECORD -- %s" % SYN,
         "%s   MRN %s   DOB %s" % (pt.LF, pt.mrn, us(pt.dob)), "First fraction: %s" % us(T["fx1"]), "",
         "Fx  Date        Treated plan"]
    for i, d in enumerate(_fx_dates(x, 5)):
        L.append("%-3d %s  %s" % (i + 1, us(d), s["plan"]))
    return dict(blocks=[("mono", L)])


# ============================================================================= Big Sioux (H6)
def h6_sig(x, d, t):
    return "Signed: %s, Radiation Oncology, %s %s %s" % (x.ro.replace(", MD", " MD"), mdy(d).replace(",", ""), t, _z(x, d))


def h6_consult(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "OneChart - Radiation Oncology Consultation"),
         ("p", "%s | %s | MRN %s | DOB %s | Visit %s" % (SYN, pt.lf, pt.mrn, us(pt.dob), mdy(T["consult"]))),
         ("h", "History"),
         ("p", "%s is a %d-year-old %s with %s. Systemic therapy: %s (Dr. %s, Medical Oncology)." %
          (pt.fl, age(pt.dob, T["consult"]), _sex(x), _dxl(x), s["systemic"], x.c["medonc"].split(" ")[1].rstrip(",")))]
    if x.f.get("three_d"):
        b += [("h", "Plan"),
              ("p", "Definitive chemoradiation, %s, with a forward-planned 3D conformal four-field technique "
                    "(AP, PA and posterior obliques), %s photons." % (rx_line(s["rx"][0]), s["energy"])),
              ("p", "Technique: intensity modulation is not needed for this target and will not be used; the 3D "
                    "conformal four-field plan keeps the cord, lungs and heart within their limits.")]
    else:
        b += [("h", "Plan"),
              ("p", "Two-phase course: %s. Inverse-planned VMAT for both phases." %
               "; then ".join(rx_line(r) for r in s["rx"])),
              ("h", "Special need for IMRT (compared with conventional and 3D conformal planning)"),
              ("p", _nec_text(x, "I am recommending IMRT for both phases."))]
    b += [("sig", h6_sig(x, T["consult"], "15:35"))]
    return dict(blocks=b, opts=dict(header="Big Sioux Health | %s | MRN %s" % (SYN, pt.mrn)))


def h6_txplan(x):
    s, T, pt = x.s, x.T, x.pt
    ph = [["Phase", "Plan ID", "Target", "Dose / fx", "Fx", "Phase dose", "Cumulative"]]
    cum = 0.0
    for i, r in enumerate(s["rx"]):
        cum += r[1] if i else r[1]
        pid = x.plan_ids[i]
        ph.append([str(i + 1), pid, r[0], "%.2f Gy" % (r[1] / r[2]), str(r[2]), "%.1f Gy" % r[1],
                   "%.1f Gy" % (sum(q[1] for q in s["rx"][:i + 1]))])
    b = [("title", "%s - Treatment Plan Printout" % x.c["module"]),
         ("kv", [("Patient", "%s  MRN %s  DOB %s" % (pt.LF, pt.mrn, us(pt.dob))),
                 ("Treatment plan", "RADIATION - %s" % x.site_label.upper()), ("Plan status", "Active"),
                 ("Intent", "Curative"), ("Plan provider", x.ro), ("Diagnosis", "%s (%s)" % (s["dx"], s["icd"])),
                 ("Linked therapy", s["systemic"]), ("Record", SYN)]),
         ("h", "Phases"), ("table", ph, None),
         ("p", "Technique: %s" % ("3D conformal, forward planned, four static fields" if x.f.get("three_d")
                                  else "IMRT (VMAT) for each phase"))]
    if not x.f.get("three_d"):
        b += [("h", "Dose constraints - organs at risk (composite)"),
              ("table", _oar_rows(x, False, ("Organ at risk", "Parameter", "Constraint")))]
    else:
        b += [("h", "Normal tissue limits"),
              ("table", _oar_rows(x, False, ("Organ at risk", "Parameter", "Limit")))]
    b += [("sig", "Plan provider signature: %s, Radiation Oncology -- signed %s 10:10 %s" %
           (x.ro, mdy(T["rx"]), _z(x, T["rx"])))]
    return dict(blocks=b)


def h6_tps(x):
    s, T, pt = x.s, x.T, x.pt
    b = [("title", "%s - Plan Report" % x.c["tps"]),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Record", SYN)])]
    beams_by = [s["beams"], s.get("boost_beams")]
    for i, pid in enumerate(x.plan_ids):
        r = s["rx"][i]
        bb = beams_by[i]
        mus = x.mus[i * 3:i * 3 + len(bb)]
        b += [("h", "Plan %s" % pid),
              ("kv", [("Created", "%s 15:40 %s (%s)" % (us(T["plan"]), _z(x, T["plan"]), x.c["dosi"])),
                      ("Prescription", "%s %.1f Gy in %d fractions" % (r[0], r[1], r[2])),
                      ("Planning method", "forward planned (manual beam weights and wedges), no inverse "
                                          "optimization" if x.f.get("three_d") else "inverse optimized VMAT")]),
              ("table", _beam_rows(x, bb, mus))]
    if x.f.get("three_d"):
        b += [("h", "Dose statistics"),
              ("table", [["Structure", "Metric", "Limit", "Plan"]] + [[o, m, lim, a] for o, m, lim, a in s["oar"]])]
    else:
        b += [("h", "Composite evaluation (PELV + boost)"),
              ("table", _oar_rows(x, True, ("Structure", "Metric", "Constraint", "Plan")))]
    b += [("sig", "Dosimetrist: %s    Physics check: %s" % (x.c["dosi"], x.c["phys"]))]
    return dict(blocks=b)


def h6_review(x):
    s, T, pt = x.s, x.T, x.pt
    t, o = _dvh_sentence(x)
    b = [("title", "Radiation Oncology - Treatment Plan Review"),
         ("p", "%s | %s | MRN %s | DOB %s | %s" % (SYN, pt.LF, pt.mrn, us(pt.dob), mdy(T["review"])))]
    for i, pid in enumerate(x.plan_ids):
        b += [("h", "%s" % pid),
              ("p", "Reviewed on the planning CT with the isodose lines displayed (axial, sagittal, coronal): "
                    "the prescription isodose covers %s; the rectum, bladder and bowel are outside the high-dose "
                    "region." % s["rx"][i][0])]
    b += [("h", "DVH review (both phases and composite)"),
          ("p", "Dose-volume histograms of all targets and organs at risk reviewed: %s; %s." % (t, o)),
          ("p", "Both plans approved for QA and treatment."), ("sig", h6_sig(x, T["review"], "11:05"))]
    return dict(blocks=b)


def h6_qa(x, k):
    s, T, pt = x.s, x.T, x.pt
    pid = x.plan_ids[k]
    dq, dm = (T["qa"], T["qa_md"]) if k == 0 else (T["bqa"], T["bqa_md"])
    beams = s["beams"] if k == 0 else s["boost_beams"]
    rates = x.rates if k == 0 else x.rates[4:]
    b = [("title", "%s - Measurement Report" % x.c["qa"]),
         ("kv", [("Patient", pt.LF), ("MRN", pt.mrn), ("DOB", us(pt.dob)), ("Plan", pid),
                 ("Measured", "%s 17:48 %s (Palisade 3D diode volume phantom)" % (us(dq), _z(x, dq))),
                 ("Gamma", "3%/2 mm global, 10% threshold; tolerance 95%, action level 90%"), ("Record", SYN)]),
         ("table", _qa_rows(x, beams, rates)), ("p", "Result: PASS"),
         ("sig", "Medical physicist sign-off: %s -- %s 18:31 %s" % (x.c["phys"], us(dq), _z(x, dq))),
         ("sig", "Radiation oncologist sign-off: %s -- %s 08:12 %s" % (x.ro, us(dm), _z(x, dm)))]
    return dict(blocks=b)


def h6_mucheck(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["INDEPENDENT MONITOR-UNIT VERIFICATION   %s" % SYN, "%s  MRN %s  DOB %s" % (pt.LF, pt.mrn, us(pt.dob)),
         "Plan: %s (3D conformal)   Method: independent point-dose calculation; no measurement" % s["plan"], "",
         "Field  Gantry  TPS MU   Check MU  Diff"]
    for i, b in enumerate(s["beams"]):
        L.append("%-6s %-7d %-8.1f %-9.1f %+.1f%%" % (b[1], b[2], x.mus[i], x.mus[i] * 1.006, 0.6))
    L += ["", "All fields within 3%. Acceptable.",
          "Physicist: %s  Date: %s" % (x.c["phys"], us(T["qa"]))]
    return dict(blocks=[("mono", L)])


def h6_record(x):
    s, T, pt = x.s, x.T, x.pt
    L = ["ONECHART -- RADIATION DELIVERY RECORD -- %s" % SYN,
         "%s   MRN %s   DOB %s" % (pt.LF, pt.mrn, us(pt.dob)), "First fraction: %s" % us(T["fx1"]), "",
         "Fx  Date        Treated plan      Fields"]
    fx = 0
    start = T["fx1"]
    from ng_world import add_bd
    for i, pid in enumerate(x.plan_ids):
        n = s["rx"][i][2]
        beams = s["beams"] if i == 0 else s["boost_beams"]
        for d in _fx_dates(x, n, start):
            fx += 1
            L.append("%-3d %s  %-16s  %s" % (fx, us(d), pid, "..".join([beams[0][1], beams[-1][1]])))
        start = add_bd(start, n)
    L += ["", "Charges (professional/technical summary):"]
    if x.f.get("three_d"):
        L += ["  77295  3D simulation-aided field setting (3D conformal plan)", "  77300  basic dosimetry calculation x4",
              "  77412  radiation treatment delivery x28"]
    else:
        L += ["  77301  IMRT plan (course: PELV_VMAT and PROS_BST_VMAT)", "  77338  MLC device(s) for IMRT x2",
              "  77386  IMRT delivery, complex x44"]
    return dict(blocks=[("mono", L)])
