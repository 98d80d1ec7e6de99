"""Eclipse/ARIA-like printouts: plan report with ruled field table, physics QA report, compensator report.

Real plan reports are mostly tables; the signature block is a Role | Name | Signature | Date table or
"Approved by:" lines under an approval heading, which attests the whole report.
"""

from __future__ import annotations

import random

import _sig
from _model import Ctx, Doc, fmt_date
from _phrases import geometry_text

FOOT = "SYNTHETIC TEST DOCUMENT - fictional patient, not for clinical use"


def header(ctx: Ctx, dstyle: str = "us") -> str:
    p = ctx.patient
    return f"{ctx.facility}\nPatient: {p.name}    ID: {p.mrn}    DOB: {fmt_date(p.dob, dstyle)}"


def sign_blocks(ctx: Ctx, sig, dkey: str, dstyle: str = "us") -> list:
    kind = sig[0]
    if kind == "table":
        return [("table", _sig.table(ctx, sig[1], dkey, dstyle, sig[2] if len(sig) > 2 else "e"), {"header": True})]
    if kind == "lines":
        return [("sig", _sig.line(ctx, who, how, state, dkey, dstyle)) for who, how, state in sig[1]]
    if kind == "statement":
        return [("p", f"The plan was reviewed and approved by {ctx.who(sig[1]).dr}.")]
    return []


def _fields_static(ctx: Ctx, r: random.Random, delivery: str) -> list:
    rows = [("Field ID", "Technique", "Energy", "Gantry", "Coll", "Couch", "MU")]
    for i, g in enumerate(ctx.site.geometry[1], 1):
        tech = {"compensator": "Compensator", "3d": "Static"}.get(delivery) or r.choice(("IMRT (DMLC)", "IMRT (sliding window)"))
        rows.append((f"{i} G{g}", tech, ctx.site.energy, f"{g:.1f}", f"{r.choice((0, 5, 10, 355)):.1f}", "0.0",
                     f"{r.uniform(48, 190):.1f}"))
    return rows


def _fields_vmat(ctx: Ctx, r: random.Random) -> list:
    rows = [("Field ID", "Energy", "Gantry start", "Gantry stop", "Rotation", "Coll", "Couch", "MU")]
    for i, (a, b, d) in enumerate(ctx.site.geometry[1], 1):
        rows.append((f"ARC{i}_{d}", ctx.site.energy, f"{a:.1f}", f"{b:.1f}", d,
                     f"{(30, 330, 10, 350)[i % 4]:.1f}", "0.0", f"{r.uniform(240, 420):.1f}"))
    return rows


def plan_report(ctx: Ctx, path: str, *, constraints=True, plan_values=True, fields="table",
                sig=("table", [("cmd", "signed"), ("phys", "signed"), ("md", "signed")]),
                status="Treatment Approved", delivery="", v=0, dstyle="us") -> Doc:
    s, r = ctx.site, random.Random(ctx.cid + path)
    kind = s.geometry[0]
    plan_id = f"{s.key[:4].upper()}_{'VMAT' if kind == 'vmat' else 'IMRT'}_1"
    tech = {"compensator": "Compensator-based IMRT (solid brass compensators, milled per field)",
            "3d": "3D conformal, static MLC-shaped fields (field-in-field)",
            "": "VMAT (RapidArc)" if kind == "vmat" else "IMRT - dynamic MLC"}[delivery]
    plan_id = plan_id.replace("IMRT", "3D") if delivery == "3d" else plan_id
    b = [("title", ["Plan Report", "Treatment Plan Summary"][v % 2]),
         ("kv", [("Course", f"C1 {s.label}"), ("Plan", plan_id), ("Plan status", status),
                 ("Treatment unit", "LINAC-2 (6X/10X/15X)"), ("Planning system", "Eclipse 16.1, AAA 16.1"),
                 ("Delivery", tech), ("Plan created", ctx.d("plan", dstyle))]),
         ("h", "Prescription"),
         ("table", [("Target", "Dose/Fraction", "Fractions", "Total Dose", "Normalization")] +
          [(t, f"{d / s.fx:.2f} Gy", str(s.fx), f"{d:.2f} Gy", "100% to cover 95% of target" if i == 0 else "SIB")
           for i, (t, d) in enumerate(s.targets)])]
    if constraints:
        head = ("Structure", "Constraint", "Plan value", "Result") if plan_values else ("Structure", "Constraint")
        rows = [(o[0], o[1], o[2], "Met") if plan_values else (o[0], o[1]) for o in s.oars]
        b += [("h", ["Clinical Goals - Organs at Risk", "Dose Constraints (OARs)"][v % 2]), ("table", [head] + rows)]
    if fields in ("table", "vmat"):
        rows = _fields_vmat(ctx, r) if kind == "vmat" else _fields_static(ctx, r, delivery)
        b += [("h", "Field Parameters"), ("table", rows)]
    elif fields == "text":
        b += [("h", "Beam Arrangement"), ("p", geometry_text(s, v))]
    elif fields == "multi":
        b += [("h", "Beam Arrangement"), ("p", "Technique: IMRT, multiple fields.")]
    elif fields == "count":
        n = len(s.geometry[1])
        b += [("h", "Beam Arrangement"),
              ("p", f"{n}-field IMRT plan, {s.energy}." if kind == "static" else f"{n}-arc VMAT plan, {s.energy}.")]
    b += [("h", ["Plan Approval", "Approval"][v % 2])] + sign_blocks(ctx, sig, "plan", dstyle)
    return Doc(path, "pdf", b, header(ctx, dstyle), FOOT)


DEVICES = {
    "arccheck": ("ArcCHECK cylindrical diode array, true composite", "3%/2 mm, 10% threshold, global"),
    "mapcheck": ("MapCHECK 2 diode array, field by field at gantry 0", "3%/3 mm, 10% threshold"),
    "epid": ("Portal dosimetry (aS1200 EPID), per field", "3%/2 mm, 10% threshold, local"),
    "delta4": ("Delta4 Phantom+ biplanar diode array", "3%/3 mm, 10% threshold, global"),
    "chamber": ("Ion chamber (CC13) in solid water plus EBT3 film", "film gamma 3%/3 mm; chamber action level 3%"),
}


def qa_report(ctx: Ctx, path: str, *, device="arccheck", state="final",
              sig=("table", [("phys", "signed"), ("md", "signed")]), v=0, dstyle="us", statement_md=False,
              per_beam=True) -> Doc:
    s, r = ctx.site, random.Random(ctx.cid + path)
    dev, crit = DEVICES[device]
    title = ["Patient-Specific IMRT QA Report", "IMRT Plan Verification (DQA)", "Pre-treatment VMAT QA"][v % 3]
    if state == "preliminary":
        title = "PRELIMINARY - " + title
    units = [f"ARC{i}" for i in range(1, len(s.geometry[1]) + 1)] if s.geometry[0] == "vmat" else \
        [f"Field {i} (G{g})" for i, g in enumerate(s.geometry[1], 1)]
    rows = [("Beam", "Points evaluated", "Gamma pass rate", "Criteria", "Result")]
    if not per_beam:  # one composite measurement: says nothing about the beams
        units = ["Composite (all beams)"]
    for u in units:
        rows.append((u, str(r.randrange(800, 2400)), f"{r.uniform(96.0, 99.9):.1f}%", crit.split(",")[0], "Pass"))
    calc = r.uniform(1.95, 2.05)
    meas = calc * (1 + r.uniform(-0.02, 0.02))
    b = [("title", title),
         ("kv", [("Plan", f"{s.key[:4].upper()}_{'VMAT' if s.geometry[0] == 'vmat' else 'IMRT'}_1"),
                 ("Measurement date", ctx.d("qa", dstyle)), ("Device", dev), ("Analysis", crit)]),
         ("h", "Measured Results"), ("table", rows),
         ("p", f"Point dose at isocenter: measured {meas:.3f} Gy, calculated {calc:.3f} Gy, "
               f"difference {100 * (meas - calc) / calc:+.1f}%."),
         ("h", "Conclusion")]
    if state == "preliminary":
        b.append(("p", "Preliminary results for discussion; final analysis and sign-off pending."))
    else:
        b.append(("p", ["All beams meet the institutional action level (>= 95% of points passing). "
                        "The plan is acceptable for treatment delivery.",
                        "Delivered dose agrees with the calculated dose within tolerance; patient-specific QA passed.",
                        "DQA passed; measured and planned dose distributions agree within the stated criteria."][v % 3]))
    if statement_md:
        b.append(("p", f"Results were reviewed with {ctx.md.dr}, who agreed the plan may proceed."))
    b += [("h", ["Review and Approval", "Signatures", "Approval"][v % 3])] + sign_blocks(ctx, sig, "qa", dstyle)
    return Doc(path, "pdf", b, header(ctx, dstyle), FOOT)


def comp_report(ctx: Ctx, path: str, *, coverage="all", dstyle="us") -> Doc:
    s, r = ctx.site, random.Random(ctx.cid + path)
    angles = s.geometry[1]
    shown = angles if coverage == "all" else angles[: max(2, len(angles) - 2)]
    rows = [("Field", "Gantry", "Compensator ID", "Material", "Max thickness", "Mill file", "Tray slot")]
    for i, g in enumerate(shown, 1):
        rows.append((f"{i} G{g}", f"{g}", f"CMP-{ctx.patient.mrn[-4:]}-{i:02d}", "Brass",
                     f"{r.uniform(2.1, 4.8):.2f} cm", f"f{i:02d}_{r.randrange(1000, 9999)}.dxf", "Slot B"))
    b = [("title", "Compensator Design Report"),
         ("kv", [("Plan", f"{s.key[:4].upper()}_IMRT_1"), ("Compensator type", "Solid brass, milled, one per field"),
                 ("Order", f"PO-{r.randrange(10000, 99999)}"), ("Design date", ctx.d("plan", dstyle))]),
         ("h", "Per-field compensator design"), ("table", rows),
         ("p", "Each compensator's thickness map was exported from the optimized fluence of its field and "
               "checked against the milled part on arrival.")]
    if coverage != "all":
        b.append(("p", f"Fields {len(shown) + 1}-{len(angles)}: design files not attached to this report."))
    return Doc(path, "pdf", b, header(ctx, dstyle), FOOT)


PLAN_CHECK_QA = {
    "future": "Patient-specific QA: to be performed prior to first fraction.",
    "none": "Patient-specific QA: not yet scheduled.",
    "na3d": "IMRT QA: not applicable (3D conformal plan). Independent MU check used instead.",
}


def plan_check(ctx: Ctx, path: str, *, qa="future", sig=(("phys", "label", "signed"),), dstyle="us") -> Doc:
    """Initial physics plan check: a second MU calculation is a calculation, not a measurement."""
    r = random.Random(ctx.cid + path)
    items = [("Prescription matches plan", "Yes"), ("Plan parameters transferred to R&V", "Yes"),
             ("Independent MU calculation (RadCalc)", f"Agrees within {r.uniform(0.4, 2.6):.1f}%"),
             ("Isocenter shifts documented", "Yes")]
    b = [("title", "Initial Physics Plan Check"), ("kv", [("Checked", ctx.d("plan", dstyle))]),
         ("table", [("Item", "Result")] + items), ("p", PLAN_CHECK_QA[qa]),
         ("h", "Signatures")] + sign_blocks(ctx, ("lines", sig), "plan", dstyle)
    return Doc(path, "pdf", b, header(ctx, dstyle), FOOT)


def screenshot(ctx: Ctx, path: str) -> Doc:
    """An exported TPS screenshot (PNG): the tool does not read images of this kind."""
    return Doc(path, "png", [("p", f"{ctx.patient.name}  {ctx.patient.mrn}"), ("p", "Axial isodose display, slice 45"),
                             ("p", "SYNTHETIC - fictional patient")])
