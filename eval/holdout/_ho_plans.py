"""Plan-report builders: Elekta Monaco (PDF, unruled), RayStation (PDF, ruled), Pinnacle (tab TXT),
compensator design sheet, treatment-parameter sheet. Each returns a list of blocks."""
from __future__ import annotations

from _ho_model import MARK, fmt_date
from _ho_words import achieved, sig


def who(cx, key):
    return {"md": cx.md, "phys": cx.phys, "dosim": cx.dosim}[key]


def approvals(cx, approve, day="plan", role_map=None):
    """approve: [(sig kind, 'md'|'phys'|'dosim'), ...] -> kv-less lines."""
    lines = []
    for kind, key in approve:
        role = {"md": "Radiation Oncologist", "phys": "Physicist", "dosim": "Dosimetrist"}[key]
        lines.append(sig(kind, who(cx, key), cx.stamp(day, 15, 5 + 9 * len(lines)), role=role))
    return lines


def _deg(x):
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else f"{x:.0f}"


# --------------------------------------------------------------------------- Monaco
def monaco(cx, constraints=True, approve=(("approved", "md"), ("approved", "phys")),
           beams=True, delivery=None, extra=(), values=True):
    p = cx.pt
    delivery = delivery or ("VMAT" if cx.beams[0].is_arc else "Step-and-shoot IMRT")
    b = [("title", "MONACO 6.1  -  Treatment Plan Report"),
         ("p", f"{cx.clinic}      ** {MARK} TEST RECORD - fictional patient **"),
         ("kv", [("Patient", f"{p.last.upper()}^{p.first.upper()}"), ("Patient ID", p.mrn),
                 ("Date of birth", fmt_date(p.dob, "dmy")), ("Plan", f"{cx.site.key.upper()}_{delivery[:4].upper()}_1"),
                 ("Treatment unit", "Elekta Versa HD, Agility 160-leaf MLC"),
                 ("Dose calculation", "Monte Carlo, 3 mm grid, 1.0 % uncertainty per calculation"),
                 ("Delivery", delivery), ("Energy", cx.site.energy)]),
         ("h", "Prescription"),
         ("p", "; ".join(f"{n}: {d:.2f} Gy in {f} fractions, {d / f:.2f} Gy per fraction, prescribed to the median"
                         for n, d, f in cx.site.targets))]
    rows = [[n, "Target Penalty", f"{d:.2f} Gy", "95 % coverage"] for n, d, _ in cx.site.targets]
    if constraints:
        for n, c in cx.site.constraints:
            fn = "Serial (k=12)" if "max" in c.lower() or "D0.03" in c else "Parallel" if c.startswith("V") else "Mean dose"
            rows.append([n, fn, c.split("<")[1].strip(), "optimised"])
    b += [("h", "IMRT Constraints"), ("table", ["Structure", "Cost function", "Isoconstraint", "Status"], rows, "plain")]
    if constraints:
        rows = [[n, c] + ([achieved(c, cx.rng)] if values else []) for n, c in cx.site.constraints]
        b += [("h", "Clinical objectives (organs at risk)"),
              ("table", ["Structure", "Objective"] + (["Plan"] if values else []), rows, "plain")]
    if beams:
        brow = []
        for x in cx.beams:
            if x.is_arc:
                desc = f"Arc {x.num} / start {x.gantry:.1f} stop {x.stop:.1f} {x.rot}"
            else:
                desc = f"Beam {x.num} / Gantry {_deg(x.gantry)}\u00b0"
            brow.append([desc, _deg(x.couch), _deg(x.coll), str(cx.rng.randint(8, 14) if not x.is_arc else 120), f"{x.mu:.1f}"])
        b += [("h", "Beams"), ("table", ["Beam", "Couch", "Collimator", "Segments/CPs", "MU"], brow, "plain")]
    b += list(extra)
    b += [("h", "Plan approval"), ("p", "\n".join(approvals(cx, approve)))]
    return b


# --------------------------------------------------------------------------- RayStation
def raystation(cx, goals=True, approve=(("plan_approved", "md"),), beams=True, status="Approved",
               values=True):
    p = cx.pt
    b = [("title", "RayStation 2023B - Plan Report"),
         ("p", f"{cx.clinic}  |  {MARK} DATA - NOT A REAL PATIENT"),
         ("table", None, [["Patient name", f"{p.first} {p.last}", "Patient ID", p.mrn],
                          ["Date of birth", fmt_date(p.dob, "iso"), "Sex", p.sex],
                          ["Plan", f"{cx.site.key}_VMAT", "Beam set status", status]], "ruled"),
         ("h", "Prescription")]
    b += [("p", f"Median dose to {n}: {d * 100:.0f} cGy delivered in {f} fractions.") for n, d, f in cx.site.targets]
    if goals:
        rows = [[n, f"At least 95 % volume at {d * 100 * 0.95:.0f} cGy dose", "98.6 %", "Fulfilled"]
                for n, d, _ in cx.site.targets]
        rows += [[n, c, achieved(c, cx.rng), "Fulfilled"] for n, c in cx.site.constraints]
        head = ["ROI", "Clinical goal", "Value", "Result"]
        if not values:
            rows, head = [r[:2] for r in rows], head[:2]
        b += [("h", "Clinical goals"), ("table", head, rows, "ruled")]
    if beams:
        rows = []
        for x in cx.beams:
            if x.is_arc:
                rows.append([str(x.num), f"A{x.num}", "VMAT", f"{x.gantry:.1f}", f"{x.stop:.1f}", x.rot,
                             _deg(x.couch), _deg(x.coll), f"{x.mu:.1f}"])
            else:
                rows.append([str(x.num), f"G{_deg(x.gantry)}", "SMLC", _deg(x.gantry), "-", "-",
                             _deg(x.couch), _deg(x.coll), f"{x.mu:.1f}"])
        b += [("h", f"Beams ({cx.site.energy}, {len(cx.beams)} beams)"),
              ("table", ["#", "Name", "Technique", "Gantry start [deg]", "Gantry stop [deg]", "Rotation",
                         "Couch [deg]", "Coll [deg]", "MU"], rows, "ruled")]
    b += [("h", "Approval"), ("p", "\n".join(approvals(cx, approve)) or "Plan not approved")]
    return b


# --------------------------------------------------------------------------- Pinnacle tab export
def pinnacle(cx, objectives=True, approve=(("approved", "md"),), beams=True, compensator=False):
    p = cx.pt
    b = [("p", f"Pinnacle3 16.4\tPlan Summary Export\t{MARK} - fictional"),
         ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                 ("Institution", cx.clinic), ("Trial", "IMRT_Trial_2"),
                 ("Delivery", "Compensator-based IMRT (solid brass)" if compensator else "Step & shoot IMRT")],
          ), ("h", "Prescription")]
    b += [("table", ["Prescription", "ROI", "Dose/fx (cGy)", "Fractions", "Total (cGy)"],
           [[f"Rx{i + 1}", n, f"{d * 100 / f:.0f}", str(f), f"{d * 100:.0f}"]
            for i, (n, d, f) in enumerate(cx.site.targets)], "tabs")]
    if objectives:
        rows = []
        for n, c in cx.site.constraints:
            lim = c.split("<")[1].strip()
            typ = "Max Dose" if "max" in c.lower() or "0.03" in c else "Mean Dose" if "mean" in c.lower() else "Max DVH"
            rows.append([n, typ, lim, c.split()[0] if c.startswith("V") else "", "Constraint"])
        b += [("h", "IMRT optimisation objectives"), ("table", ["ROI", "Type", "Dose/limit", "Volume", "Kind"], rows, "tabs")]
    if beams:
        rows = [[str(x.num), f"Beam {x.num} / Gantry {_deg(x.gantry)}\u00b0", _deg(x.gantry), _deg(x.couch),
                 _deg(x.coll), f"{x.mu:.1f}", "brass comp." if compensator else "MLC"] for x in cx.beams]
        b += [("h", "Beams"), ("table", ["Beam", "Name", "Gantry", "Couch", "Collimator", "MU", "Modulator"], rows, "tabs")]
    b += [("h", "Approval"), ("p", "\n".join(approvals(cx, approve)))]
    return b


# --------------------------------------------------------------------------- compensators
def compensators(cx, only=None, approve=(("verified_by", "phys"),)):
    """Per-portal solid compensator design; only=[beam numbers] leaves the others out."""
    p = cx.pt
    rows = []
    for x in cx.beams:
        if only is not None and x.num not in only:
            continue
        rows.append([f"Beam {x.num}", f"{_deg(x.gantry)}", f"CMP-{p.mrn[-4:]}-{x.num:02d}", "brass",
                     f"{cx.rng.uniform(2.1, 4.8):.2f}", "0.20", f"{p.last.lower()}_b{x.num}.cmp"])
    b = [("title", "Solid Compensator Design Summary"),
         ("p", f"{MARK} record - fictional patient.  Milled by CompForm 4.2 from the Pinnacle fluence maps."),
         ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                 ("Plan", "IMRT_Trial_2 (compensator-based IMRT)")]),
         ("table", ["Portal", "Gantry", "Compensator ID", "Material", "Max thickness (cm)", "Grid (cm)", "Design file"],
          rows, "ruled")]
    if only is not None:
        left = [str(x.num) for x in cx.beams if x.num not in only]
        b.append(("p", f"Beams {', '.join(left)}: design to follow, not yet exported."))
    b += [("p", "Thickness maps checked against the planned fluence for each listed portal."),
          ("p", "\n".join(approvals(cx, approve, day="plan")))]
    return b


def treatment_sheet(cx):
    """Treatment-parameter sheet: beams only, no prescription, no signatures."""
    p = cx.pt
    rows = [[f"Field {x.num}", f"{_deg(x.gantry)}" + (f" -> {_deg(x.stop)} {x.rot}" if x.is_arc else ""),
             _deg(x.couch), _deg(x.coll), cx.site.energy, f"{x.mu:.1f}"] for x in cx.beams]
    return [("title", "Treatment Field Parameters"),
            ("p", f"{MARK} - fictional patient.  {cx.clinic}"),
            ("kv", [("Name", f"{p.first} {p.last}"), ("Chart no.", p.mrn), ("Birth date", fmt_date(p.dob, "mon"))]),
            ("table", ["Field", "Gantry (deg)", "Couch", "Coll", "Energy", "MU"], rows, "ruled"),
            ("p", f"Total fields: {len(cx.beams)}.  Imaging: kV CBCT daily.")]
