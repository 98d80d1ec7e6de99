"""Signature lines in the layouts of EHRs, dictation systems, TPS and QA vendors (valid and not)."""
from __future__ import annotations

from _sg_model import fd


def ampm(t: str) -> str:
    """'14:32' -> '02:32 PM'."""
    h, m = (int(x) for x in t.split(":"))
    return f"{(h - 1) % 12 + 1:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"


def ampm_short(t: str) -> str:
    """'14:32' -> '2:32 PM' (Epic)."""
    return ampm(t).lstrip("0")


def role_esig(label, person, d, t, tz="", form="full", datestyle="us"):
    """'Medical Physicist: Electronically signed by Dana Roe, PhD, DABR 02/11/2025 11:20'."""
    s = f"Electronically signed by {person.f(form)} {fd(d, datestyle)} {t}{(' ' + tz) if tz else ''}"
    return f"{label}: {s}" if label else s


def meditech_sig(person, d, t):
    return f"Electronically Signed by {person.f('meditech')} on {fd(d, 'us2')} at {t.replace(':', '')}"


def cerner_block(person, d, t, tz, state="signed"):
    if state == "signed":
        second = f"Electronically Signed on {fd(d)} {t} {tz}"
    else:
        second = f"Signature requested {fd(d)} {t} {tz} - awaiting signature"
    return ["Signature Line", second, "_" * 40, person.f("cerner")]


def allscripts_sig(person, d, t, tz, what="Author", extra=""):
    ex = f", {extra}" if extra else ""
    clock = ampm(t).lstrip("0").replace(" ", "")
    return f"Electronically signed by: {person.f('nocomma')}{ex}  {fd(d, 'mon')}  {clock} {tz} ({what})"


def athena_sig(person, d, t, tz):
    return f"Electronically signed by {person.f('nocomma')} at {fd(d)} {ampm(t)} {tz}"


def nextgen_sig(person, d, t):
    return f"Electronically signed by {person.f('full')} on {fd(d)} at {ampm(t)}"


def ecw_sig(person, d, t, tz):
    name = person.f("nocomma") if person else ""
    return f"Electronically signed by {name} on {fd(d)} at {ampm(t)} {tz}".replace("by  on", "by on")


def mosaiq_approved(person, d, t, form="lfc"):
    h, m = (int(x) for x in t.split(":"))
    return (f"Approved By: {person.f(form)}", f"Date Approved: {fd(d, 'usn')} {(h - 1) % 12 + 1}:{m:02d}:"
            f"{(h * 7 + m) % 60:02d} {'AM' if h < 12 else 'PM'}")


def brainlab_approved(person, d, t, utc, role="Physician"):
    return f"Approved by: {person.f('dr')} ({role}) on {fd(d, 'eu')} {t} (UTC{utc})"


def attestation(person, entry_date, entry_desc, pt_name):
    return [
        f"I, {person.f('full')}, hereby attest that the medical record entry for {fd(entry_date)} "
        f"({entry_desc}) accurately reflects signatures/notations that I made in my capacity as "
        f"radiation oncologist when I treated/diagnosed the above listed Medicare beneficiary, {pt_name}. "
        "I do hereby attest that this information is true, accurate and complete to the best of my "
        "knowledge and I understand that any falsification, omission, or concealment of material fact may "
        "subject me to administrative, civil, or criminal liability.",
    ]


def S(kind, who=None, label=None, day=0, t="11:20", form="full", ds="us", tz=False, text=None):
    """A sign-off line spec for TPS / QA builders. kind: role | esig | kv | kvt | raw."""
    return dict(kind=kind, who=who, label=label, day=day, t=t, form=form, ds=ds, tz=tz, text=text)


def sig_line(ctx, base_day, s) -> str:
    if s["kind"] == "raw":
        return s["text"]
    p = ctx.s(s["who"])
    d = ctx.day(base_day + s["day"])
    tz = (" " + (ctx.clinic.tz(d) if s["tz"] is True else s["tz"])) if s["tz"] else ""
    name, date, t, label = p.f(s["form"]), fd(d, s["ds"]), s["t"], s["label"]
    if s["kind"] == "role":
        return f"{label}: Electronically signed by {name} {date} {t}{tz}"
    if s["kind"] == "esig":
        return f"Electronically signed by {name} {date} {t}{tz}"
    if s["kind"] == "kv":
        return f"{label}: {name}   Date: {date}"
    if s["kind"] == "kvt":
        return f"{label}: {name}   Date: {date} {t}{tz}"
    raise ValueError(s["kind"])
