"""EHR and dictation-system note layouts (SYNTHETIC). Each builder returns a Doc.

Common options: kind (see _sg_text.content), day (offset from the chart's base date), t ("HH:MM"),
sig (signature state, per builder), signer (staff key), plus the content options.
"""
from __future__ import annotations

from _sg_model import Doc, fd
from _sg_sigs import (allscripts_sig, ampm, ampm_short, athena_sig, cerner_block, ecw_sig,
                      meditech_sig, nextgen_sig)
from _sg_text import content

TITLES = {"consult": "Radiation Oncology Consultation", "planreview": "Treatment Planning Note",
          "qareview": "Physician Review of IMRT QA", "physqa": "Physics Note - IMRT QA",
          "letter": "Letter of Medical Necessity",
          "rx": "Radiation Therapy Prescription", "sim": "CT Simulation Note", "otv": "On-Treatment Visit"}


def _pid(ctx, form="lf"):
    p = ctx.pt
    return f"Patient: {p.f(form)}   MRN: {p.mrn}   DOB: {fd(p.dob)}"


# ------------------------------------------------------------------------------------ Meditech
def meditech(ctx, kind="consult", day=0, t="14:32", sig="signed", signer="ro", **o):
    who, d = ctx.s(signer), ctx.day(day)
    status = {"signed": "Signed", "draft": "DRAFT"}[sig]
    head = [f"{ctx.clinic.name} - {ctx.clinic.dept}",
            f"Patient: {ctx.pt.last.upper()},{ctx.pt.first.upper()}   MR#: {ctx.pt.mrn}   "
            f"DOB: {fd(ctx.pt.dob)}   Acct#: V{ctx.pt.mrn[-5:]}{day:02d}",
            f"Report: {o.get('title', TITLES[kind]).upper()}   Status: {status}   Date: {fd(d, 'us2')}"]
    blocks = content(ctx, kind, dict(o, H=str.upper))
    blocks.append(("sp",))
    if sig == "signed":
        blocks.append(("p", meditech_sig(who, d, t)))
    else:
        blocks.append(("p", f"Author: {who.f('meditech')} -- saved as DRAFT, not signed"))
    return Doc(blocks, head, ["SYNTHETIC record - fictional patient", "Page {page} of {pages}"],
               title=TITLES[kind], font="Courier", size=8.5)


# ---------------------------------------------------------------------------------- Cerner
def cerner(ctx, kind="consult", day=0, t="14:15", sig="signed", signer="ro", **o):
    who, d = ctx.s(signer), ctx.day(day)
    status = {"signed": "Auth (Verified)", "unauth": "Unauth"}[sig]
    head = [f"* SYNTHETIC *  {ctx.clinic.name}  {ctx.clinic.dept}",
            f"Document Type: {o.get('title', TITLES[kind])}",
            f"Result Status: {status}",
            f"Service Date/Time: {fd(d)} {t} {ctx.clinic.tz(d)}",
            f"{ctx.pt.f('LF')}   MRN: {ctx.pt.mrn}   DOB: {fd(ctx.pt.dob)}"]
    blocks = content(ctx, kind, o)
    blocks.append(("sp",))
    blocks.append(("pre", cerner_block(who, d, t, ctx.clinic.tz(d), sig)))
    return Doc(blocks, head, ["Printed copy - SYNTHETIC test chart - not a real patient"],
               title=TITLES[kind])


# ------------------------------------------------------------------------------------ Epic
def epic(ctx, kind="consult", day=0, t="17:12", sig="signed", signer="ro", cosigner=None, t2="08:11",
         cday=1, **o):
    """sig: signed (closing line) | header (status only in the header) | pending (resident, cosign
    needed) | attested (resident note + attending attestation)."""
    who, d = ctx.s(signer), ctx.day(day)
    atype = {"ro": "Physician", "res": "Resident", "phys": "Medical Physicist", "fellow": "Fellow"}[who.role]
    ntype = {"consult": "Consults", "planreview": "Progress Notes", "qareview": "Progress Notes"}.get(
        kind, "Progress Notes")
    dt_s = f"{fd(d, 'usn')} {ampm_short(t)}"
    head = [f"{ntype} by {who.f('full')} at {dt_s}", ]
    kv = [("Author", f"{who.f('full')}    Service: Radiation Oncology    Author Type: {atype}"),
          ("Filed", f"{dt_s}    Date of Service: {fd(d, 'usn')}    Creation Time: {dt_s}")]
    co = ctx.s(cosigner) if cosigner else None
    cd = ctx.day(day + cday)
    if sig in ("signed", "header"):
        kv.append(("Status", f"Signed    Editor: {who.f('full')} ({atype})"))
    if sig == "pending":
        kv.append(("Status", "Cosign Needed"))
        kv.append(("Cosign Needed", co.f("full")))
    if sig == "attested" or (co and sig in ("signed", "header")):
        if sig == "attested":
            kv.append(("Status", "Signed"))
        kv.append(("Cosigner", f"{co.f('full')} at {fd(cd, 'usn')} {ampm_short(t2)}"))
    blocks = [("kv", kv), ("rule",), ("title", o.get("title", TITLES[kind]))]
    blocks += content(ctx, kind, o)
    if sig != "header":
        tail = f", {who.title}" if who.role in ("res", "fellow") else ""
        blocks.append(("p", f"Electronically signed by {who.f('full')}{tail} at {dt_s}"))
    if sig == "attested":
        blocks += [("h", "Attending attestation"),
                   ("p", o.get("attest", f"I saw and examined the patient with Dr. {who.last}, reviewed "
                                         "the planning images with the isodose distributions and the DVHs "
                                         "myself, and I agree with the resident's note as written.")),
                   ("p", f"Electronically signed by {co.f('full')}, {co.title} at {fd(cd, 'usn')} "
                         f"{ampm_short(t2)}")]
    return Doc(blocks, head, [f"{ctx.clinic.name} | {_pid(ctx)} | SYNTHETIC | Page {{page}} of {{pages}}"],
               title=TITLES[kind], crlf=bool(o.get("crlf")))


# ------------------------------------------------------------------------------- Allscripts
def allscripts(ctx, kind="consult", day=0, t="14:32", sig="signed", signer="ro", cosigner="ro",
               t2="08:47", **o):
    """sig: signed | pending (awaiting attending co-signature) | attested."""
    who, d = ctx.s(signer), ctx.day(day)
    status = {"signed": "Final", "pending": "Pending Cosign", "attested": "Final"}[sig]
    head = [f"{ctx.clinic.name} -- {ctx.clinic.dept}", _pid(ctx),
            f"Note Type: {o.get('title', TITLES[kind])}    Document Status: {status}"]
    blocks = content(ctx, kind, o)
    extra = who.title if who.role != "ro" else ""
    blocks.append(("sp",))
    blocks.append(("p", allscripts_sig(who, d, t, ctx.clinic.tz(d), "Author", extra)))
    if sig == "pending":
        blocks.append(("p", f"Awaiting attending co-signature: {ctx.s(cosigner).f('nocomma')}"))
    if sig == "attested":
        co = ctx.s(cosigner)
        blocks += [("h", "Attending Attestation"),
                   ("p", o.get("attest", "I have seen and examined the patient, reviewed the history and "
                                         "imaging, and discussed the case with the fellow. I agree with the "
                                         "fellow's note, including the reasons IMRT is required.")),
                   ("p", allscripts_sig(co, ctx.day(day + 1), t2, ctx.clinic.tz(ctx.day(day + 1)), "Cosigner",
                                         co.title))]
    return Doc(blocks, head, ["SYNTHETIC chart - fictional patient and providers"], title=TITLES[kind],
               font="Helvetica")


# ---------------------------------------------------------------------------------- athenaOne
def athena(ctx, kind="letter", day=0, t="14:32", sig="signed", signer="ro", **o):
    who, d = ctx.s(signer), ctx.day(day)
    spec = o.get("spec", "Radiation Oncology" if who.role == "ro" else who.title)
    head = [o.get("org", ctx.clinic.name), o.get("org_addr", ctx.clinic.address)]
    blocks = [("p", fd(d, o.get("datestyle", "ord"))), ("title", o.get("title", TITLES[kind]))]
    blocks += content(ctx, kind, o)
    blocks += [("p", "Sincerely,"), ("p", who.f("full")), ("p", spec)]
    if sig == "signed":
        blocks.append(("p", athena_sig(who, d, t, ctx.clinic.tz(d))))
    else:
        blocks.append(("p", "Document Status: Unsigned"))
    return Doc(blocks, head, ["SYNTHETIC - fictional correspondence for software testing"],
               title=TITLES[kind], font="Times-Roman", size=10)


# ------------------------------------------------------------------------------------ NextGen
def nextgen(ctx, kind="consult", day=0, t="09:12", sig="signed", signer="ro", **o):
    """sig: signed | on_file ('Signature on File') | unsigned."""
    who, d = ctx.s(signer), ctx.day(day)
    head = [ctx.clinic.name, f"{ctx.pt.f('lf')}    DOB: {fd(ctx.pt.dob)}    MRN: {ctx.pt.mrn}",
            f"Encounter Date: {fd(d)}    Provider: {who.f('full')}"]
    blocks = [("title", o.get("title", TITLES[kind]))] + content(ctx, kind, o)
    blocks.append(("sp",))
    if sig == "signed":
        blocks.append(("p", nextgen_sig(who, d, t)))
    elif sig == "on_file":
        blocks += [("p", who.f("full")), ("p", "Signature on File")]
    else:
        blocks.append(("p", "Document status: UNSIGNED - this note has not been electronically signed."))
    return Doc(blocks, head, ["SYNTHETIC test record", "Page {page} of {pages}"], title=TITLES[kind])


# -------------------------------------------------------------------------------- eClinicalWorks
def ecw(ctx, kind="consult", day=0, t="16:18", sig="signed", signer="ro", **o):
    """sig: signed | noname ('Electronically signed by on ...', no provider anywhere)."""
    who, d = ctx.s(signer), ctx.day(day)
    head = [ctx.clinic.name, f"{ctx.pt.f('fl')}   DOB: {fd(ctx.pt.dob)}   Account Number: {ctx.pt.mrn}",
            f"Encounter Date: {fd(d)}" + (f"   Provider: {who.f('nocomma')}" if sig == "signed" else "")]
    blocks = [("title", o.get("title", TITLES[kind]))] + content(ctx, kind, o)
    blocks.append(("sp",))
    blocks.append(("p", ecw_sig(who if sig == "signed" else None, d, t, ctx.clinic.tz(d))))
    blocks.append(("p", "Sign off status: Completed"))
    return Doc(blocks, head, ["Patient: " + ctx.pt.f("fl") + "  DOB: " + fd(ctx.pt.dob) +
                              "  Progress Note  SYNTHETIC"], title=TITLES[kind])


# -------------------------------------------------------------------------------- PowerScribe
def powerscribe(ctx, kind="planreview", day=0, t="10:12", sig="final", signer="ro", td="09:40", **o):
    who, d = ctx.s(signer), ctx.day(day)
    star = {"final": "* Final Report *", "prelim": "* Preliminary Report *"}[sig]
    acc = f"RO{ctx.rng.randint(1000000, 9999999)}"
    head = [star, f"{ctx.clinic.name}  -  {ctx.pt.f('LF')}  MRN {ctx.pt.mrn}  DOB {fd(ctx.pt.dob)}",
            f"Accession #: {acc}   Report Status: {'Final' if sig == 'final' else 'Preliminary'}"]
    blocks = [("title", o.get("title", TITLES[kind]).upper())]
    blocks += [("p", "CLINICAL INDICATION: " + ctx.site.dx + ".")]
    blocks += content(ctx, kind, dict(o, H=lambda s: s.upper() + ":"))
    blocks.append(("sp",))
    who_s = who.f("full") + (f" ({who.title})" if who.role == "rad" else "")
    lines = [f"Dictated by: {who_s}   Dictated on: {fd(d)} {ampm(td)}"]
    if sig == "final":
        lines.append(f"Signed by: {who_s}   Signed on: {fd(d)} {ampm(t)} {ctx.clinic.tz(d)}")
    blocks.append(("pre", lines))
    return Doc(blocks, head, ["SYNTHETIC report - fictional patient - PowerScribe-style layout"],
               title=TITLES[kind])


# ------------------------------------------------------------------------------------- M*Modal
def mmodal(ctx, kind="planreview", day=0, t="07:55", sig="signed", signer="ro", dday=-1, **o):
    who, d = ctx.s(signer), ctx.day(day)
    dd = ctx.day(day + dday)
    job = ctx.rng.randint(4000000, 6999999)
    head = [ctx.clinic.name.upper(), f"PATIENT NAME: {ctx.pt.f('LF')}",
            f"MEDICAL RECORD #: {ctx.pt.mrn}    DATE OF BIRTH: {fd(ctx.pt.dob)}",
            f"ATTENDING PHYSICIAN: {who.f('caps')}    DATE OF SERVICE: {fd(dd)}"]
    blocks = [("title", o.get("title", TITLES[kind]).upper())]
    blocks += content(ctx, kind, dict(o, H=lambda s: s.upper() + ":"))
    blocks.append(("sp",))
    if sig == "signed":
        blocks.append(("p", f"Electronically signed by: {who.f('full')} on {fd(d)} {ampm(t)} {ctx.clinic.tz(d)}"))
    else:
        blocks.append(("p", f"Dictated by {who.f('full')}. This document was dictated but not read."))
    foot = [f"D: {fd(dd)} 16:20   T: {fd(dd if sig != 'signed' else d)} 06:02   Job #: {job} / kls",
            "SYNTHETIC transcription - fictional patient"]
    return Doc(blocks, head, foot, title=TITLES[kind], width=80)


# ---------------------------------------------------------------------- signature attestation
def attest_doc(ctx, day=20, t="09:12", entry_day=12, entry_desc="", signer="ro", **o):
    """A Medicare signature attestation statement by the author of an earlier unsigned entry."""
    from _sg_sigs import attestation
    who, d = ctx.s(signer), ctx.day(day)
    blocks = [("title", "Signature Attestation Statement"),
              ("kv", [("Beneficiary", ctx.pt.f("fl")), ("Medical record number", ctx.pt.mrn),
                      ("Date of birth", fd(ctx.pt.dob)), ("Entry attested", f"{fd(ctx.day(entry_day))} - "
                                                                           f"{entry_desc}")])]
    blocks += [("p", x) for x in attestation(who, ctx.day(entry_day), entry_desc, ctx.pt.f("fl"))]
    blocks += [("sp",), ("p", nextgen_sig(who, d, t)), ("p", f"{who.f('full')}, {who.title}")]
    return Doc(blocks, [ctx.clinic.name + " - Health Information Management"],
               ["SYNTHETIC - fictional beneficiary - Page {page} of {pages}"], title="Attestation")
