"""MOSAIQ-like text exports: fixed-width columns, ALL CAPS labels, "Approved: LAST, FIRST MD date time".

Each export ends with an APPROVAL section so the approval line attests the whole export.
"""

from __future__ import annotations

import random

import _sig
from _model import Ctx, Doc, fmt_date
from _phrases import nec_text, oar_names

FOOT = "*** SYNTHETIC TEST RECORD - FICTIONAL PATIENT - NOT A MEDICAL RECORD ***"


def _head(ctx: Ctx, title: str, dkey: str) -> str:
    p = ctx.patient
    return "\n".join([
        f"{ctx.facility.upper()[:56]:<58}SYNTHETIC",
        f"{title:<58}PRINTED: {ctx.d(dkey)} {ctx.time(dkey + 'p')}",
        "-" * 80,
        f"{'PATIENT NAME: ' + p.caps:<44}PATIENT ID: {p.mrn}",
        f"{'BIRTH DATE:   ' + fmt_date(p.dob, 'us'):<44}SEX: {p.sex}",
        f"DIAGNOSIS:    {ctx.site.dx.upper()[:64]}",
        "-" * 80,
    ])


def _approval(ctx: Ctx, sig, dkey: str, md_dkey: str | None = None) -> list:
    if not sig:
        return []
    return [("h", "APPROVAL")] + [("sig", _sig.line(ctx, who, "mosaiq", state, md_dkey if (md_dkey and who == "md") else dkey))
                                  for who, state in sig]


def rx(ctx: Ctx, path: str, *, constraints=True, sig=(("md", "signed"),)) -> Doc:
    s = ctx.site
    rows = [f"{'RX#':<5}{'TARGET':<16}{'DOSE/FX(CGY)':<14}{'FX':<5}{'TOTAL(CGY)':<12}FREQ"]
    for i, (t, d) in enumerate(s.targets, 1):
        rows.append(f"{i:<5}{t:<16}{100 * d / s.fx:<14.1f}{s.fx:<5}{100 * d:<12.1f}DAILY 5X/WK")
    b = [("pre", f"SITE: {s.label.upper():<30}TECHNIQUE: {'VMAT' if s.geometry[0] == 'vmat' else 'IMRT'}"
                 f"{'':<6}MODALITY: X-RAYS {s.energy}"),
         ("pre", "\n".join(rows))]
    if constraints:
        b += [("h", "NORMAL TISSUE CONSTRAINTS:"),
              ("pre", "\n".join(f"  {o[0].upper():<22}{o[1].upper()}" for o in s.oars))]
    b += [("pre", f"RX ENTERED: {ctx.d('plan')}   VERSION: 1")] + _approval(ctx, sig, "plan")
    return Doc(path, "txt", b, _head(ctx, "RX / TREATMENT PRESCRIPTION", "plan"), FOOT, mono=True)


def fields(ctx: Ctx, path: str, *, sig=(("phys", "signed"),), ftype="DMLC") -> Doc:
    s, r = ctx.site, random.Random(ctx.cid + path)
    if s.geometry[0] == "vmat":
        lines = [f"{'FLD':<5}{'FIELD NAME':<14}{'ENERGY':<8}{'GANTRY START':<14}{'STOP':<8}{'DIR':<6}{'COLL':<7}{'COUCH':<7}MU"]
        for i, (a, b_, d) in enumerate(s.geometry[1], 1):
            lines.append(f"{i:<5}{'ARC' + str(i):<14}{s.energy:<8}{a:<14.1f}{b_:<8.1f}{d:<6}{(30, 330, 10)[i % 3]:<7.1f}"
                         f"{0.0:<7.1f}{r.uniform(240, 420):.1f}")
    else:
        lines = [f"{'FLD':<5}{'FIELD NAME':<14}{'ENERGY':<8}{'GANTRY':<9}{'COLL':<7}{'COUCH':<7}{'MU':<9}TYPE"]
        for i, g in enumerate(s.geometry[1], 1):
            lines.append(f"{i:<5}{'G' + str(g):<14}{s.energy:<8}{g:<9.1f}{0.0:<7.1f}{0.0:<7.1f}"
                         f"{r.uniform(48, 190):<9.1f}{ftype}")
    b = [("pre", f"SITE SETUP: {s.label.upper()}   ISOCENTER: ISO1   MACHINE: LA2"), ("h", "FIELD LIST"),
         ("pre", "\n".join(lines)), ("pre", f"TOTAL FIELDS: {len(s.geometry[1])}")] + _approval(ctx, sig, "plan")
    return Doc(path, "txt", b, _head(ctx, "SITE SETUP / TREATMENT FIELDS", "plan"), FOOT, mono=True)


IMAGE = {
    "pos": "YES - TARGETS (GTV/CTV/PTV) AND ALL CONTOURED CRITICAL STRUCTURES REVIEWED ON PLANNING CT WITH ISODOSE DISTRIBUTION (AX/SAG/COR)",
    "future": "PENDING - WILL REVIEW ISODOSE DISTRIBUTIONS ON CT PRIOR TO START",
    "no": "NO",
}
DVH = {
    "pos": "YES - DVHS REVIEWED FOR ALL TARGETS AND OARS, ALL CONSTRAINTS MET",
    "no": "NO",
    "neg": "NOT REVIEWED",
}


def review(ctx: Ctx, path: str, *, image="pos", dvh="pos", qa=None, sig=(("md", "signed"),)) -> Doc:
    s = ctx.site
    b = [("pre", f"PLAN: {s.key[:4].upper()}_{'VMAT' if s.geometry[0] == 'vmat' else 'IMRT'}_1      REVIEW DATE: {ctx.d('review')}"),
         ("h", "PHYSICIAN PLAN REVIEW")]
    items = []
    if image:
        items.append(("CT/ISODOSE REVIEW:", IMAGE[image]))
    if dvh:
        items.append(("DVH REVIEW:", DVH[dvh]))
    if qa == "pos":
        items.append(("IMRT QA REVIEW:", "YES - PATIENT SPECIFIC QA RESULTS REVIEWED, MEASURED VS CALCULATED WITHIN "
                                         "CRITERIA (GAMMA 3%/3MM >95%)"))
    elif qa == "none":
        items.append(("IMRT QA REVIEW:", "NO IMRT QA ON FILE AT TIME OF REVIEW"))
    b.append(("pre", "\n".join(f"{k:<21}{v}" for k, v in items)))
    b.append(("pre", "COMMENTS: PLAN ACCEPTABLE FOR TREATMENT. " + f"OARS: {oar_names(s).upper()}."))
    b += _approval(ctx, sig, "review")
    return Doc(path, "txt", b, _head(ctx, "PHYSICIAN PLAN REVIEW", "review"), FOOT, mono=True)


def qa(ctx: Ctx, path: str, *, sig=(("phys", "signed"), ("md", "signed")), result="pass") -> Doc:
    s, r = ctx.site, random.Random(ctx.cid + path)
    units = [f"ARC{i}" for i in range(1, len(s.geometry[1]) + 1)] if s.geometry[0] == "vmat" else \
        [f"FLD{i}" for i in range(1, len(s.geometry[1]) + 1)]
    lines = [f"{'BEAM':<8}{'GAMMA 3%/3MM':<15}{'POINT DOSE DIFF':<17}RESULT"]
    for u in units:
        lines.append(f"{u:<8}{r.uniform(95.5, 99.8):<15.1f}{r.uniform(-2.4, 2.4):<+17.1f}PASS")
    b = [("h", "IMRT QA - PATIENT SPECIFIC"),
         ("pre", f"DEVICE: DELTA4 PHANTOM+        MEASURED: {ctx.d('qa')}\nCRITERIA: GAMMA 3%/3MM, 10% THRESHOLD, ACTION <95%"),
         ("pre", "\n".join(lines)), ("pre", "OVERALL RESULT: PASS - MEASURED DOSE AGREES WITH PLAN")]
    b += _approval(ctx, sig, "qa", md_dkey="qareview")
    return Doc(path, "txt", b, _head(ctx, "PHYSICS QA", "qa"), FOOT, mono=True)


def justification(ctx: Ctx, path: str, *, nec="pos", conds=(1,), v=0, sig=(("md", "signed"),)) -> Doc:
    body = nec_text(ctx.site, nec, conds, v)
    b = [("h", "IMRT JUSTIFICATION (PHYSICIAN)"), ("pre", body.upper())] + _approval(ctx, sig, "consult")
    return Doc(path, "txt", b, _head(ctx, "MEDICAL NECESSITY", "consult"), FOOT, mono=True)


def compensators(ctx: Ctx, path: str, *, coverage="all", sig=(("phys", "signed"),)) -> Doc:
    """Per-field compensator listing as exported from the R&V accessory table."""
    s, r = ctx.site, random.Random(ctx.cid + path)
    angles = s.geometry[1] if coverage == "all" else s.geometry[1][: len(s.geometry[1]) - 2]
    lines = [f"{'FLD':<5}{'GANTRY':<8}{'ACCESSORY CODE':<18}{'MATERIAL':<10}{'MAX THK(CM)':<13}{'MILLED':<12}"]
    for i, g in enumerate(angles, 1):
        lines.append(f"{i:<5}{g:<8}{'COMP-' + ctx.patient.mrn[-3:] + '-' + str(i):<18}{'BRASS':<10}"
                     f"{r.uniform(2.0, 4.6):<13.2f}{ctx.d('plan')}")
    b = [("pre", f"SITE: {s.label.upper()}   DELIVERY: COMPENSATOR IMRT ({len(s.geometry[1])} FIELDS)"),
         ("h", "COMPENSATOR ACCESSORIES BY FIELD"), ("pre", "\n".join(lines))] + _approval(ctx, sig, "plan")
    return Doc(path, "txt", b, _head(ctx, "TREATMENT ACCESSORIES", "plan"), FOOT, mono=True)
