"""Transcribed notes: run-on dictation with comma-joined fields, letters of medical necessity (RTF),
and ordinary notes (simulation, on-treatment visit) that sit in every chart as distractors.

Text bodies are one line per paragraph, as transcription services deliver them; the signature line
follows the body, and a note without section headings is attested as a whole.
"""

from __future__ import annotations

import _sig
from _model import Ctx, Doc, fmt_date
from _phrases import constraints_short, geometry_text, nec_text, oar_names, rx_short

FOOT = "SYNTHETIC TRANSCRIPTION - fictional patient - not a medical record"


def header(ctx: Ctx, dstyle: str = "long") -> str:
    p = ctx.patient
    return f"{ctx.facility}\nPATIENT: {p.name}   MRN: {p.mrn}   DOB: {fmt_date(p.dob, dstyle)}"


def _age(ctx: Ctx) -> int:
    return (ctx.date("consult") - ctx.patient.dob).days // 365


def _who(ctx: Ctx) -> str:
    return "woman" if ctx.patient.sex == "F" else "man"


def _sigs(ctx: Ctx, sig, dkey: str, dstyle: str) -> list:
    """sig: [(who, how, state)] or a single (how, state) for the physician."""
    if not sig:
        return []
    if isinstance(sig[0], str):
        sig = [("md", sig[0], sig[1])]
    return [("sig", _sig.line(ctx, w, h, st, dkey, dstyle)) for w, h, st in sig]


def consult(ctx: Ctx, path: str, *, nec="pos", conds=(1,), v=0, rx=False, constraints=True,
            sig=("esign", "signed"), dstyle="long", title="RADIATION ONCOLOGY CONSULTATION") -> Doc:
    s = ctx.site
    parts = [title,
             f"DATE OF SERVICE: , {ctx.d('consult', dstyle)}.",
             f"DIAGNOSIS: , {s.dx[0].upper() + s.dx[1:]}.",
             f"HISTORY OF PRESENT ILLNESS: , This {_age(ctx)}-year-old {_who(ctx)} is referred for definitive "
             f"radiotherapy. Staging workup was reviewed with the patient and family. Performance status ECOG 1.",
             "PHYSICAL EXAMINATION: , Alert, oriented, in no distress. Examination otherwise as documented in the intake.",
             "IMPRESSION AND PLAN: , We discussed the rationale, logistics, and side effects of radiotherapy and the "
             "patient wishes to proceed. " + nec_text(ctx.site, nec, conds, v)]
    if rx:
        plan = rx_short(s) + (f", with {constraints_short(s)}" if constraints else "") + "."
        parts.append(f"PRESCRIPTION: , {plan} CT simulation will be scheduled.")
    b = [("p", ",".join(parts))] + _sigs(ctx, sig, "consult", "us")
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)


IMAGE = {
    0: "I reviewed the planning CT slice by slice together with the target volumes and every contoured critical "
       "structure, with the isodose distribution displayed in axial, sagittal and coronal planes; the 95% isodose "
       "line covers the PTV",
    1: "isodose lines were reviewed on the CT data set for the GTV, CTV and PTV and the surrounding organs at risk, "
       "the prescription isodose conforms to the target in all three dimensions",
    2: "isodoes curves reviewed on the planning CT in all three planes, targets and critical structures, coverage acceptable",
    3: "the T1 post-contrast MRI was fused to the planning CT and I reviewed representative isodose distributions on "
       "the fused images slice by slice for the targets and the critical structures",
}
IMAGE_TRAP = {"future": "I will review isodose distributions prior to start",
              "neg": "isodose distributions have not been reviewed yet"}


def _dvh(ctx: Ctx, v: int) -> str:
    s = ctx.site
    o1, o2 = s.oars[0], s.oars[1]
    return [f"DVH rev'd: {s.targets[0][0]} D95 100%, {o1[0].lower()} {o1[2]}, {o2[0].lower()} {o2[2]}, all OAR constraints met",
            "I have reviewed the dose volumn histograms for the PTV and each organ at risk and they are acceptable",
            "cumulative dose-volume histograms for all targets and critical structures were reviewed by me and are satisfactory",
            "DVHs reviewed for targets and OARs, acceptable"][v % 4]


DVH_TRAP = {"neg": "DVH not reviewed at the time of this note", "future": "DVH review to follow with dosimetry"}
QA = {"pos": "I have reviewed the patient-specific IMRT QA results from physics (measured versus calculated dose, "
             "gamma 3%/2 mm, every beam above 96% passing) and they are acceptable for treatment",
      "pos2": "PSQA rev'd - pt-specific QA gamma 3%/3mm 99.1%, ion chamber within 1.5%, OK to treat",
      "none": "no IMRT QA on file at the time of this review",
      "future": "patient specific QA to be performed prior to the first fraction"}


def plan_review(ctx: Ctx, path: str, *, image="pos", dvh="pos", qa=None, rx=False, constraints=True,
                portal=None, iv=0, dv=0, pv=0, sig=("esign", "signed"), statement=False, dstyle="long",
                title="IMRT TREATMENT PLANNING NOTE", footer_sig=False, tech=None) -> Doc:
    s = ctx.site
    bits = []
    if rx:
        bits.append(rx_short(s) + (f", {constraints_short(s)}" if constraints else ""))
    if portal == "text":
        bits.append(geometry_text(s, pv))
    elif portal == "count":
        bits.append(f"{len(s.geometry[1])}-field IMRT" if s.geometry[0] == "static" else f"{len(s.geometry[1])}-arc VMAT")
    elif portal == "multi":
        bits.append("IMRT, multiple fields")
    if image in IMAGE_TRAP:
        bits.append(IMAGE_TRAP[image])
    elif image == "pos":
        bits.append(IMAGE[iv])
    if dvh in DVH_TRAP:
        bits.append(DVH_TRAP[dvh])
    elif dvh == "pos":
        bits.append(_dvh(ctx, dv))
    if qa:
        bits.append(QA[qa])
    if statement:
        bits.append(f"the plan was reviewed and approved by {ctx.md.dr}")
    body = ", ".join(bits)
    tech = tech or ("VMAT" if s.geometry[0] == "vmat" else "IMRT")
    text = (f"{title},DATE: , {ctx.d('review', dstyle)}.,SITE: , {s.label}.,"
            f"HISTORY: , {s.dx[0].upper() + s.dx[1:]}. Simulated {ctx.d('sim', dstyle)}; contours were completed "
            f"and the {tech} plan was optimized by dosimetry.,"
            f"PLAN REVIEW: , {body[0].upper() + body[1:]}. Critical structures contoured include {oar_names(s)}.")
    if footer_sig:  # the signature lives only in the page footer, as some EMR printouts do
        return Doc(path, "txt", [("p", text)], header(ctx, dstyle),
                   _sig.line(ctx, "md", sig[0], sig[1], "review", "us") + "  |  " + FOOT)
    b = [("p", text)] + _sigs(ctx, sig, "review", "us")
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)


def combined_note(ctx: Ctx, path: str, *, iv=1, dv=3, dstyle="long") -> Doc:
    """Signed simulation section followed by an unsigned plan-review addendum."""
    s = ctx.site
    b = [("h", "CT SIMULATION NOTE"),
         ("p", f"{ctx.d('sim', dstyle)}: Patient simulated supine with custom immobilization; CT acquired at 2 mm "
               "slices for treatment planning. Isocenter marked and tattoos placed."),
         ("sig", _sig.line(ctx, "md", "esign", "signed", "sim", "us")),
         ("h", "PHYSICIAN PLAN REVIEW - ADDENDUM"),
         ("p", f"{ctx.d('review', dstyle)}: {IMAGE[iv][0].upper() + IMAGE[iv][1:]}. {_dvh(ctx, dv)[0].upper() + _dvh(ctx, dv)[1:]}. "
               f"Plan acceptable; critical structures include {oar_names(s)}.")]
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)


def outside_path_report(ctx: Ctx, path: str) -> Doc:
    """Outside pathology report: irrelevant to the LCD items, typically arrives as a scan."""
    text = (f"SURGICAL PATHOLOGY REPORT (outside institution). Specimen: endoscopic biopsy. Final diagnosis: "
            f"{ctx.site.dx}. Immunohistochemistry and margins as described. Reviewed at tumor board.")
    return Doc(path, "txt", [("p", text), ("sig", "Pathologist: Dr. R. Osei (outside lab)")], header(ctx, "us"),
               "SYNTHETIC - fictional patient")


def sim_note(ctx: Ctx, path: str, *, dstyle="long", sig=("slash", "signed")) -> Doc:
    text = ("CT SIMULATION,The patient was identified and placed supine on the CT simulator with a custom "
            "immobilization device. Reference marks were placed and tattoos applied. CT images were obtained at "
            "2.5 mm slice thickness through the region of interest and transferred to the planning system for "
            f"delineation of targets and critical structures ({oar_names(ctx.site)}). The patient tolerated the procedure well.")
    b = [("p", f"DATE: {ctx.d('sim', dstyle)},{text}")] + _sigs(ctx, sig, "sim", "us")
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)


def otv_note(ctx: Ctx, path: str, *, dstyle="long", sig=("esign", "signed")) -> Doc:
    s = ctx.site
    text = (f"ON TREATMENT VISIT,Fraction 5 of {s.fx}. The patient is tolerating treatment with mild fatigue. "
            "Weight stable. Setup images reviewed and acceptable. Continue as planned; dose and fractionation unchanged.")
    b = [("p", f"DATE: {ctx.d('otv', dstyle)},{text}")] + _sigs(ctx, sig, "otv", "us")
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)


def letter(ctx: Ctx, path: str, *, nec="pos", conds=(1,), v=0, sig=("slash", "signed"), rx=False) -> Doc:
    """Letter of medical necessity to a payer; RTF as word processors save it."""
    p, s = ctx.patient, ctx.site
    b = [("p", ctx.facility), ("p", ctx.d("consult", "long")),
         ("p", f"RE: {p.natural}   DOB {fmt_date(p.dob, 'us')}   MRN {p.mrn}"),
         ("p", "To the Medical Director:"),
         ("p", f"I am writing regarding my patient, who has {s.dx}. " + nec_text(ctx.site, nec, conds, v)),
         ]
    if rx:
        b.append(("p", f"The prescription is {s.rx[1]:g} Gy in {s.fx} fractions to {s.rx[0]}."))
    b += [("p", "Please contact my office with any questions."), ("p", "Sincerely,")] + _sigs(ctx, sig, "consult", "us")
    b.append(("p", "SYNTHETIC LETTER - fictional patient, not a medical record"))
    return Doc(path, "rtf", b)


def physician_qa_note(ctx: Ctx, path: str, *, sig=("esign", "signed"), v=0, dstyle="us") -> Doc:
    """A short physician note attesting review of the physics QA (co-signature across documents)."""
    text = ["I have reviewed the patient-specific IMRT QA results for this plan as measured by physics; measured and "
            "calculated dose agree within our criteria (gamma 3%/2 mm, all beams passing above 95%). Approved to treat.",
            "Physician review of IMRT dosimetric verification: the measured QA (diode array, gamma 3%/3 mm) passed for "
            "every arc, point dose within 2%. I agree with proceeding."][v % 2]
    b = [("p", f"IMRT QA PHYSICIAN REVIEW - {ctx.d('qareview', dstyle)}"), ("p", text)] + _sigs(ctx, sig, "qareview", "us")
    return Doc(path, "txt", b, header(ctx, dstyle), FOOT)
