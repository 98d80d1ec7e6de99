"""One builder per kind of chart document. Each returns a `Built`: the format-neutral `Doc`, the
signature lines it carries, and `content`: which checklist requirement each passage speaks to
(affirmatively), so generate.py can cross-check the hand-written expectations.

Wording imitates real exports and dictations; no sentence is taken from the shared corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from _people import Patient, Sig, us
from _render import Doc, H, P, T
from _sites import Site


@dataclass(frozen=True)
class Ev:
    quote: str
    complete: bool = True  # False: present but an element the LCD asks for is absent
    criteria: tuple[int, ...] = ()


@dataclass
class Built:
    doc: Doc
    sigs: list[Sig]
    content: dict[str, Ev] = field(default_factory=dict)
    variant: str = "normal"
    readable: bool = True  # False for the scanned page and the truncated file
    patient: Patient | None = None  # the patient named in the header


@dataclass
class Ctx:
    """What every builder needs to know about the chart it writes into."""
    patient: Patient
    site: Site
    facility: str


def sig_block(sigs: list[Sig], table: bool = False) -> list:
    if table:
        return [T([["Role", "Name", "Signature", "Date"]] + [s.table_row() for s in sigs], [1.3, 1.8, 1.5, 1])]
    lines = [line for s in sigs for line in s.lines()]
    return [P("\n".join(lines), lines=True)]


def _new(c: Ctx, fname, title, hdr, meta, who: Patient | None = None) -> Doc:
    pt = who or c.patient
    return Doc(fname, title, c.facility, pt.header(hdr) + meta)


def _ge(s: str, uni: bool) -> str:
    return s.replace(">=", "\u2265").replace("<=", "\u2264") if uni else s


FIELD_WIDTHS = [0.6, 0.95, 1.45, 0.6, 1.45, 1.2, 1.0, 0.5]


def _field_rows(site: Site) -> list[list[str]]:
    head = ["Field ID", "Field Name", "Technique", "Energy", "Gantry (deg)", "Collimator (deg)", "Couch (deg)", "MU"]
    return [head] + [[b.fid, b.name, b.technique, b.energy, b.gantry, b.coll, b.couch, b.mu] for b in site.beams]


def portal_quote(site: Site) -> str:
    kind = "arcs" if site.beams[0].technique == "VMAT" else "fields"
    return f"Treatment Fields table, {len(site.beams)} {kind} (Field ID: gantry / couch): " + "; ".join(
        f"{b.fid}: {b.gantry} / {b.couch}" for b in site.beams)


# ------------------------------------------------------------------ plan report (TPS export)
def plan_report(c: Ctx, fname, sigs, *, on: date, rx=True, constraints=False, hdr="upper", table_sigs=False,
                note: str = "", variant="normal") -> Built:
    s = c.site
    orientation = "prone" if "prone" in s.position else "supine"
    doc = _new(c, fname, "External Beam Plan Report", hdr,
               [f"Course: C1    Plan: {s.plan}    Plan status: Treatment Approved",
                f"Treatment unit: {s.machine}    Orientation: Head first - {orientation}",
                f"Report printed: {us(on)}"])
    content = {}
    if rx:
        lines = [f"{t.name}: {t.dose} Gy in {t.fx} fractions ({t.per_fx} Gy/fx), {t.goal}" for t in s.targets]
        doc.blocks += [H("Prescription"), P("\n".join(lines), lines=True)]
        content["plan-goals-constraints"] = Ev(f'Prescription "{lines[0]}"', complete=False)
        if constraints:
            cl = [f"{o}: {k}" for o, k in s.constraints]
            doc.blocks += [H("Dose Constraints (Organs at Risk)"), P("\n".join(cl), lines=True)]
            content["plan-goals-constraints"] = Ev(f'Prescription "{lines[0]}"; Dose Constraints (Organs at Risk) '
                                                   f'"{cl[0]}"')
    doc.blocks += [H("Treatment Fields"), T(_field_rows(s), FIELD_WIDTHS)]
    content["portal-description"] = Ev(portal_quote(s))
    if note:
        doc.blocks.append(P(note))
    doc.blocks += [H("Plan Approval")] + sig_block(sigs, table_sigs)
    doc.footer = f"Plan {s.plan} - page 1"
    return Built(doc, sigs, content, variant)


def mosaiq_plan_txt(c: Ctx, fname, sigs, *, on: date, hdr="line") -> Built:
    """A fixed-width 'Site Setup / Field Summary' export written as text (CRLF line ends)."""
    s = c.site
    doc = _new(c, fname, "Site Setup and Field Summary", hdr, [f"Site: {s.region}    Plan: {s.plan}",
                                                                f"Exported: {us(on)}"])
    angles = ", ".join(b.gantry.replace(".0", "") for b in s.beams)
    doc.blocks += [P(f"Beam arrangement: {len(s.beams)} coplanar portals at gantry {angles} degrees, "
                     f"isocentric, SAD 100 cm."),
                   T(_field_rows(s)), H("Approval")] + sig_block(sigs)
    return Built(doc, sigs, {"portal-description": Ev(f'"Beam arrangement: {len(s.beams)} coplanar portals at '
                                                      f'gantry {angles} degrees" and the field table')}, "crlf")


# ------------------------------------------------------------------ prescription / plan directive
def prescription(c: Ctx, fname, sigs, *, on: date, start: date, constraints=True, hdr="line", uni=False,
                 table_sigs=False, technique_note="") -> Built:
    s = c.site
    doc = _new(c, fname, "Radiation Prescription and IMRT Plan Directive", hdr, [f"Date: {us(on)}"])
    doc.blocks += [H("Diagnosis and Intent"), P("\n".join([
        f"Diagnosis: {s.diagnosis} ({s.icd})", f"Treatment site: {s.region}", "Intent: curative",
        f"Technique: {s.technique}{technique_note}", f"Planned start: {us(start)}"]), lines=True)]
    rows = [["Target", "Total dose", "Fractions", "Dose/fraction", "Coverage goal"]]
    rows += [[t.name, f"{t.dose} Gy", str(t.fx), f"{t.per_fx} Gy", _ge(t.goal, uni)] for t in s.targets]
    doc.blocks += [H("Treatment Goals"), T(rows)]
    goal = f'Treatment Goals row "{" | ".join(rows[1])}"'
    ev = Ev(f"{goal} (no organ-at-risk constraint in the document)", complete=False)
    if constraints:
        doc.blocks += [H("Dose Constraints for Critical Structures"),
                       T([["Structure", "Constraint"]] + [[o, _ge(k, uni)] for o, k in s.constraints])]
        o, k = s.constraints[0]
        ev = Ev(f'{goal}; Dose Constraints for Critical Structures row "{o} | {_ge(k, uni)}"')
    doc.blocks += [H("Image Guidance"), P("Daily kV cone-beam CT before each fraction, matched to the planning CT; "
                                          "the therapists apply shifts above 3 mm after physician review of the first three fractions."),
                   H("Signatures")] + sig_block(sigs, table_sigs)
    return Built(doc, sigs, {"plan-goals-constraints": ev})


# ------------------------------------------------------------------ necessity statement
def necessity(c: Ctx, fname, sigs, *, on: date, criteria=(1,), hdr="natural", body: list[str] | None = None) -> Built:
    """A dictated letter without section headings. `body` replaces the reasons (e.g. one naming no criterion)."""
    s, p = c.site, c.patient
    doc = _new(c, fname, "IMRT Medical Necessity Statement", hdr, [f"Date: {us(on)}"])
    who = "woman" if p.sex == "F" else "man"
    doc.blocks.append(P(f"{p.first} {p.last} is a {p.age_on(on)}-year-old {who} with {s.diagnosis}. I am "
                        f"recommending a course of radiation therapy to the {s.region} using intensity-modulated "
                        f"radiation therapy; the planned technique is {s.technique}."))
    content = {}
    if body is None:
        reasons = [s.criteria[n] for n in criteria]
        doc.blocks.append(P("IMRT is medically necessary for this patient rather than three-dimensional conformal "
                            "radiation therapy, for the following reasons:"))
        doc.blocks.append(P("\n".join(f"{i}. {r}" for i, r in enumerate(reasons, 1)), lines=True))
        doc.blocks.append(P(f"The organs at risk that this plan must address are the {s.oar_text}. A 3D conformal "
                            f"plan could not give adequate target coverage while keeping these structures within "
                            f"tolerance."))
        content["necessity-statement"] = Ev('"IMRT is medically necessary for this patient rather than '
                                            'three-dimensional conformal radiation therapy" and "The organs at risk '
                                            f'that this plan must address are the {s.oar_text}."')
        content["necessity-criterion"] = Ev("; ".join(f'condition {n}: "{r}"' for n, r in zip(criteria, reasons)),
                                            criteria=tuple(criteria))
    else:
        doc.blocks += [P(b) for b in body]
        content["necessity-statement"] = Ev(" ".join(f'"{b}"' for b in body))
    doc.blocks += sig_block(sigs)
    return Built(doc, sigs, content)


# ------------------------------------------------------------------ patient-specific QA
DEVICES = {
    "arccheck": ("ArcCHECK cylindrical diode array", "true composite delivery at the planned gantry angles"),
    "mapcheck": ("MapCHECK 2 planar diode array", "field-by-field delivery, gantry set to 0 for each field"),
    "portal": ("Portal dosimetry (electronic portal imaging device)", "field-by-field delivery at the planned gantry angles"),
    "delta4": ("Delta4 dual-plane diode phantom", "true composite delivery of the complete plan"),
}


def qa_report(c: Ctx, fname, sigs, *, on: date, device="arccheck", per_field=True, point_dose=True, hdr="line",
              table_sigs=False, overall="98.7", variant="normal") -> Built:
    s = c.site
    name, method = DEVICES[device]
    doc = _new(c, fname, "Patient-Specific IMRT QA Report", hdr,
               [f"Plan: {s.plan}    Measurement date: {us(on)}", f"Treatment unit: {s.machine}"])
    doc.blocks += [H("Measurement"), P("\n".join([
        f"Device: {name}", f"Method: {method}",
        "Analysis: gamma 3%/2 mm, absolute dose, global normalization, 10% low-dose threshold",
        "Action level: 95% of points passing (tolerance 90%)"]), lines=True), H("Results")]
    if per_field:
        rows = [["Field", "Gantry (deg)", "Points evaluated", "Gamma pass rate (3%/2 mm)", "Result"]]
        for i, b in enumerate(s.beams):
            rate = f"{97.0 + ((i * 37 + len(s.plan) * 13) % 29) / 10:.1f}%"
            rows.append([f"{b.fid} {b.name}", b.gantry, str(1180 + i * 53), rate, "PASS"])
        doc.blocks.append(T(rows))
    else:
        doc.blocks.append(P("Composite measurement of the complete treatment plan; individual beams were not "
                            "analysed separately."))
    if point_dose:
        doc.blocks.append(P("Ion chamber point dose in the high-dose region: measured 2.013 Gy, calculated "
                            "2.030 Gy, difference -0.8% (tolerance 3%)."))
    quote = f"Overall gamma pass rate {overall}% (3%/2 mm, {name})"
    doc.blocks += [H("Conclusion"), P(f"{quote}. The measured dose agrees with the calculated plan within the "
                                      f"department's action levels; the plan is acceptable for treatment."),
                   H("Signatures")] + sig_block(sigs, table_sigs)
    return Built(doc, sigs, {"dosimetric-verification": Ev(f'"{quote}"')}, variant)


# ------------------------------------------------------------------ physician reviews
def _dvh_sentence(s: Site) -> str:
    return (f"I have reviewed the dose-volume histograms of plan {s.plan} for all targets ({s.target_text}) "
            f"and for all contoured critical structures ({s.oar_text}).")


def _image_sentence(s: Site) -> str:
    fused = " together with the fused MRI" if s.mri else ""
    return (f"I reviewed the planning CT images{fused} slice by slice in the axial, sagittal and coronal planes, "
            f"with the targets ({s.target_text}) and all critical structures ({s.oar_text}) displayed under the "
            f"isodose distribution (isodose lines at 107%, 100%, 95%, 80% and 50% of the prescription).")


def dvh_review(c: Ctx, fname, sigs, *, on: date | None, detail="results", hdr="line", who: Patient | None = None,
               variant="normal") -> Built:
    """detail: 'results' (table of achieved values) or 'plain' (no numbers at all)."""
    s = c.site
    doc = _new(c, fname, "Physician DVH Review", hdr, [f"Date of review: {us(on)}"] if on else [], who)
    doc.blocks.append(P(_dvh_sentence(s)))
    if detail == "results" and s.dvh_results:
        doc.blocks.append(T([["Structure", "Metric", "Plan value"]] + [list(r) for r in s.dvh_results]))
    doc.blocks.append(P("Target coverage is satisfactory and the doses to the organs at risk are acceptable. "
                        "The plan is approved from the DVH standpoint."))
    doc.blocks += sig_block(sigs)
    b = Built(doc, sigs, {"dvh-review": Ev(f'"{_dvh_sentence(s)}"')}, variant)
    b.patient = who
    return b


def image_review(c: Ctx, fname, sigs, *, on: date | None, hdr="line", variant="normal") -> Built:
    s = c.site
    doc = _new(c, fname, "Physician Review of Planning CT and Isodose Distributions", hdr,
               [f"Date of review: {us(on)}"] if on else [f"Plan: {s.plan}"])
    doc.blocks += [P(_image_sentence(s)),
                   P("The 95% isodose surface conforms to the PTV on every slice reviewed, the 107% hot spot lies "
                     "inside the PTV, and no high-dose region falls in normal tissue outside the target."),
                   ] + sig_block(sigs)
    return Built(doc, sigs, {"image-review": Ev(f'"{_image_sentence(s)}"')}, variant)


def plan_review(c: Ctx, fname, sigs, *, on: date, image=True, dvh="done", hdr="line", footer_sig=False) -> Built:
    """A combined physician plan review. dvh: 'done' or 'pending'. With footer_sig the only signature is
    the DOCX footer and the note has no section headings."""
    s = c.site
    doc = _new(c, fname, "Physician Treatment Plan Review", hdr, [f"Plan: {s.plan}    Date: {us(on)}"])
    content = {}
    if image:
        doc.blocks.append(P(_image_sentence(s)))
        content["image-review"] = Ev(f'"{_image_sentence(s)}"')
    if dvh == "done":
        doc.blocks.append(P(_dvh_sentence(s)))
        content["dvh-review"] = Ev(f'"{_dvh_sentence(s)}"')
    else:
        doc.blocks.append(P("DVH review pending: the dose-volume histograms will be reviewed once the final "
                            "normalization has been confirmed by dosimetry."))
    doc.blocks.append(P("The plan is clinically acceptable and I approve it for treatment."))
    if footer_sig:
        doc.footer = sigs[0].lines()[0]
    else:
        doc.blocks += sig_block(sigs)
    return Built(doc, sigs, content)


def approval_checklist(c: Ctx, fname, sigs, *, items: list[tuple[bool, str, str | None]], hdr="upper") -> Built:
    """A DOCX form with checkbox glyphs; items are (ticked, text, requirement-or-None)."""
    s = c.site
    doc = _new(c, fname, "IMRT Plan Approval Checklist (Physician)", hdr, [f"Plan: {s.plan}"])
    doc.blocks.append(P("\n".join(("\u2612 " if t else "\u2610 ") + text for t, text, _ in items), lines=True))
    doc.blocks += [H("Signatures")] + sig_block(sigs, table=True)
    content = {req: Ev(f'"\u2612 {text}"') for t, text, req in items if t and req}
    return Built(doc, sigs, content)


# ------------------------------------------------------------------ simulation, compensators, status notes
def sim_note(c: Ctx, fname, sigs, *, on: date, hdr="natural") -> Built:
    s = c.site
    doc = _new(c, fname, "CT Simulation Note", hdr, [f"Date of simulation: {us(on)}"])
    doc.blocks += [
        P(f"The patient was identified with two identifiers and brought to the CT simulator. "
          f"{'She' if c.patient.sex == 'F' else 'He'} was positioned {s.position}, immobilized with {s.immobilization}."),
        P(f"A planning CT scan was acquired {s.scan}. A reference isocenter was marked with radiopaque markers "
          f"and permanent skin tattoos, and set-up photographs were taken."),
        P("The data set was exported to the treatment planning system. Contouring of the target and normal "
          "tissues and inverse planning will follow."),
    ] + sig_block(sigs)
    return Built(doc, sigs, {})


def compensator_report(c: Ctx, fname, sigs, *, on: date, hdr="line") -> Built:
    s = c.site
    doc = _new(c, fname, "Compensator Design Report", hdr, [f"Plan: {s.plan}    Design date: {us(on)}"])
    lead = "One patient-specific milled brass compensator was designed for each treatment portal"
    rows = [["Field", "Gantry (deg)", "Compensator ID", "Material", "Max thickness (mm)", "Min thickness (mm)",
             "Design file"]]
    for i, b in enumerate(s.beams):
        rows.append([f"{b.fid} {b.name}", b.gantry, f"{s.plan}-C{b.fid}", "brass", f"{38.5 + i * 2.7:.1f}",
                     f"{2.0 + (i % 3) * 0.5:.1f}", f"{s.plan.lower()}_f{b.fid}.dcm"])
    doc.blocks += [P(f"{lead} from its optimized fluence map; the design for each portal is listed below."),
                   T(rows, [0.9, 0.9, 1.3, 0.7, 1.0, 1.0, 1.4]), H("Signatures")] + sig_block(sigs)
    return Built(doc, sigs, {"compensator-design": Ev(f'"{lead}" and its table gives compensator ID, material, '
                                                      f'thickness and design file for fields 1-{len(s.beams)}')})


def status_note(c: Ctx, fname, *, on: date, lines: list[str], hdr="line") -> Built:
    """An unsigned worklist/status printout."""
    doc = _new(c, fname, "Treatment Planning Status", hdr, [f"Printed: {us(on)}"])
    doc.blocks.append(P("\n".join(lines), lines=True))
    return Built(doc, [], {})


def when(d: date, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm)
