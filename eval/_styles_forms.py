"""Word forms: checkbox items (only ticked ones count) and Role | Name | Signature | Date tables."""

from __future__ import annotations

import _sig
from _model import Ctx, Doc, fmt_date
from _phrases import nec_text, oar_names

FOOT = "SYNTHETIC FORM - fictional patient - not for clinical use"

ITEMS = {
    "contours": "Target and normal structure contours approved",
    "image": "CT images reviewed with target and critical structure contours and isodose distributions (3D)",
    "image2": "Representative isodose distributions reviewed on axial/sagittal/coronal CT for all targets and OARs",
    "dvh": "DVHs reviewed for all targets and OARs",
    "dvh2": "Dose-volume histograms reviewed - targets and critical structures meet goals",
    "qa": "Patient-specific IMRT QA reviewed (PSQA: gamma 3%/2mm, {rate} passing)",
    "qa2": "IMRT QA reviewed",
    "rx": "Prescription and OAR dose constraints reviewed",
    "mu": "Independent MU calculation reviewed",
}

CONDITIONS = {
    1: "Target in close proximity to critical structures that must be protected",
    2: "Narrow margins required to protect immediately adjacent structures",
    3: "Adjacent area previously irradiated; abutting portals require high precision",
    4: "Concave/convex target with critical normal tissue within or around it",
    5: "Dose escalation beyond doses used with conventional treatment",
}


def header(ctx: Ctx, dstyle: str = "iso") -> str:
    p = ctx.patient
    return f"{ctx.facility} | {p.name} | MRN {p.mrn} | DOB {fmt_date(p.dob, dstyle)}"


def _sig_table(ctx: Ctx, rows, dkey: str, dstyle: str) -> list:
    return [("h", "Signatures"), ("table", _sig.table(ctx, rows, dkey, dstyle, "s"), {"header": True})]


def review_form(ctx: Ctx, path: str, *, items=(("contours", True), ("image", True), ("dvh", True)),
                sig=(("md", "signed"),), dated=True, dstyle="iso", title="Physician Plan Review Checklist",
                comment="") -> Doc:
    rate = f"{95 + (sum(map(ord, ctx.cid)) % 45) / 10:.1f}%"
    b = [("title", title),
         ("kv", [("Plan", f"{ctx.site.key[:4].upper()}_1"), ("Site", ctx.site.label)] +
          ([("Review date", ctx.d("review", dstyle))] if dated else []))]
    b += [("check", tick, ITEMS[key].format(rate=rate)) for key, tick in items]
    if comment:
        b.append(("p", "Comments: " + comment))
    b += _sig_table(ctx, sig, "review", dstyle)
    return Doc(path, "docx", b, header(ctx, dstyle), FOOT)


def necessity_form(ctx: Ctx, path: str, *, ticked=(1,), oars=True, statement="pos", v=0,
                   sig=(("md", "signed"),), dstyle="iso") -> Doc:
    b = [("title", "IMRT Medical Necessity Attestation"),
         ("p", "Indication for IMRT rather than 3D conformal or conventional planning (check all that apply):")]
    b += [("check", c in ticked, f"{c}. {t}") for c, t in CONDITIONS.items()]
    if oars:
        b.append(("p", f"Critical structures / organs at risk: {oar_names(ctx.site)}"))
    text = nec_text(ctx.site, statement, list(ticked), v)
    if text:
        b.append(("p", "Physician statement: " + text))
    b += _sig_table(ctx, sig, "consult", dstyle)
    return Doc(path, "docx", b, header(ctx, dstyle), FOOT)


def rx_form(ctx: Ctx, path: str, *, constraints=True, sig=(("md", "signed"),), dstyle="iso") -> Doc:
    s = ctx.site
    b = [("title", "Radiation Therapy Prescription"),
         ("kv", [("Site", s.label), ("Technique", "VMAT" if s.geometry[0] == "vmat" else "IMRT (step and shoot)"),
                 ("Energy", s.energy), ("Fractions", f"{s.fx}, daily, 5 per week")]),
         ("table", [("Target", "Dose per fraction", "Total dose")] +
          [(t, f"{100 * d / s.fx:.0f} cGy", f"{d:g} Gy") for t, d in s.targets])]
    if constraints:
        b += [("p", "Normal tissue dose limits:"), ("table", [("Organ at risk", "Limit")] + [(o[0], o[1]) for o in s.oars])]
    b += _sig_table(ctx, sig, "plan", dstyle)
    return Doc(path, "docx", b, header(ctx, dstyle), FOOT)


def qa_form(ctx: Ctx, path: str, *, sig=(("phys", "signed"), ("md", "signed")), dstyle="iso") -> Doc:
    """A co-signed IMRT QA summary form with the measured numbers in a table."""
    s = ctx.site
    units = [f"Arc {i}" for i in range(1, len(s.geometry[1]) + 1)] if s.geometry[0] == "vmat" else \
        [f"Field {i}" for i in range(1, len(s.geometry[1]) + 1)]
    rows = [("Beam", "Device", "Criteria", "Gamma pass")] + [
        (u, "MapCHECK 2", "2%/2 mm", f"{97.0 + (i * 7 % 25) / 10:.1f}%") for i, u in enumerate(units)]
    b = [("title", "IMRT Dosimetric Verification"),
         ("kv", [("Measured", ctx.d("qa", dstyle)), ("Action level", "90% at 2%/2 mm")]),
         ("table", rows),
         ("check", True, "Measured dose agrees with planned dose; plan approved for delivery")]
    b += _sig_table(ctx, sig, "qa", dstyle)
    return Doc(path, "docx", b, header(ctx, dstyle), FOOT)
