"""Signature lines and signature-table rows, valid and invalid, in the styles real systems print.

`line(ctx, who, how, state)` gives one line of text. `how` is the house style of the document
(esign, slash, label, approved_by, reviewed_by, mosaiq, footer); `state` decides whether Medicare would
accept it: signed, undated (signed, no date), blank, pending, unsigned, dnr (dictated but not read),
onfile, stamp, preliminary.
"""

from __future__ import annotations

from _model import Ctx

ROLE_LABEL = {"md": "Radiation Oncologist", "phys": "Physicist", "cmd": "Dosimetrist"}


def _date(ctx: Ctx, dkey: str, datestyle: str) -> str:
    return ctx.d(dkey, datestyle)


def line(ctx: Ctx, who: str, how: str, state: str = "signed", dkey: str = "review",
         datestyle: str = "us") -> str:
    p = ctx.who(who)
    date = _date(ctx, dkey, datestyle)
    tm = ctx.time(dkey + who)
    label = ROLE_LABEL.get(who, "Signed")
    if state == "blank":
        return {"mosaiq": "Approved: ______________________  Date: __________",
                "label": f"{label} signature: ______________________   Date: ____________"}.get(
            how, "Signature: ______________________________   Date: ____________")
    if state == "pending":
        return {"mosaiq": f"APPROVAL STATUS: PENDING - {p.caps} (not yet approved)",
                "esign": f"Electronic signature pending - {p.full}"}.get(
            how, f"{label}: {p.full} - pending signature")
    if state == "unsigned":
        return f"UNSIGNED - routed to {p.full} for signature on {date}"
    if state == "dnr":
        return f"Dictated but not read. {p.full}  D: {date}  T: {ctx.d('qareview', datestyle)}"
    if state == "onfile":
        return f"Signature on file - {p.full}"
    if state == "stamp":
        return f"[signature stamp] {p.initial.upper()}, {p.cred}"
    if state == "preliminary":
        return f"Preliminary - {p.full} - not final, signature required"
    if state == "undated":
        return {"slash": f"/s/ {p.full}", "label": f"{label}: {p.full}",
                "esign": f"Electronically signed by {p.full}"}.get(how, f"/s/ {p.full}")
    # valid signatures
    return {
        "esign": f"Electronically signed by {p.full} on {date} {tm}",
        "slash": f"/s/ {p.full}   {date}",
        "label": f"{label}: {p.full}   Date: {date}",
        "approved_by": f"Approved by: {p.full}   {date} {tm}",
        "reviewed_by": f"Reviewed by: {p.full}   {date}",
        "verified_by": f"Verified by: {p.full}  {date}",
        "mosaiq": f"Approved: {p.caps} {ctx.d(dkey, 'us')} {tm}",
        "authenticated": f"Authenticated by: {p.full} on {date} at {tm}",
        "finalized": f"Finalized by: {p.full}  {date} {tm}",
    }[how]


def table(ctx: Ctx, rows, dkey: str = "review", datestyle: str = "us", sigstyle: str = "e"):
    """rows: [(who, state)]; state signed | undated | blank | pending | stamp. -> Role|Name|Signature|Date."""
    out = [("Role", "Name", "Signature", "Date")]
    for who, state in rows:
        p = ctx.who(who)
        role = {"md": "Radiation Oncologist", "phys": "Medical Physicist", "cmd": "Dosimetrist"}.get(who, "Staff")
        if sigstyle == "e":
            signed = f"Electronically signed - {p.initial}"
        else:
            signed = f"/s/ {p.first} {p.last}"
        date = _date(ctx, dkey, datestyle)
        cell = {"signed": signed, "undated": signed, "blank": "", "pending": "pending",
                "stamp": "(stamp)"}[state]
        out.append((role, p.full, cell, "" if state in ("undated", "blank", "pending") else date))
    return out
