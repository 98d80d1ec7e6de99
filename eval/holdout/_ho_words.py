"""Wordings: signatures (valid and not), necessity reasons per LCD condition, review phrases, noise."""
from __future__ import annotations

import random
import re

from _ho_model import clock, fmt_date

# --------------------------------------------------------------------------- signatures
# Valid forms -------------------------------------------------------------------
def sig(kind, p, dt=None, role=""):
    """One signature line for person p. kind picks the vendor/clinic convention.
    Valid: epic, epic_nodate (valid but undated), esig_by, cerner, approved, plan_approved,
    signed_uk, slash_s, label, reviewed_by, verified_by.
    Not valid: dnr, on_file, stamp, blank, pending, unsigned."""
    d = lambda s: fmt_date(dt, s) if dt else ""
    role = role or ("Radiation Oncologist" if p.cred in ("MD", "DO") else
                    "Medical Physicist" if "Ph" in p.cred or "MS" in p.cred else "Dosimetrist")
    return {
        "epic": lambda: f"Electronically signed: {p.dr}, {p.cred} {d('short')} {clock(dt)}",
        "epic_nodate": lambda: f"Electronically signed: {p.dr}, {p.cred}",
        "esig_by": lambda: f"Electronically signed by {p.signed} on {d('us0')} at {clock(dt, '24')}",
        "cerner": lambda: f"Sign Information: {p.last} {p.cred.split(',')[0]}, {p.first} "
                          f"({d('us0')} {clock(dt, '24')})",
        "approved": lambda: f"Approved by: {p.signed}    Date: {d('iso')}",
        "plan_approved": lambda: f"Plan approved by: {p.inverted} ({role}) {d('iso')} {clock(dt, '24')}:07",
        "signed_uk": lambda: f"Signed: {'Dr ' if p.cred[:2] in ('MD', 'Ph', 'DO') else ''}{p.first} "
                             f"{p.last}, {p.cred}, {role}    Date: {d('uk')}",
        "slash_s": lambda: f"/s/ {p.signed}   {d('us0')}",
        "label": lambda: f"{role}: {p.signed}    Date: {d('mon')}",
        "reviewed_by": lambda: f"Reviewed by: {p.signed}, {d('dmy')}",
        "verified_by": lambda: f"Verified by: {p.signed} ({role}) {d('ymd')}",
        # not valid ---------------------------------------------------------------
        "dnr": lambda: f"{p.signed} -- DICTATED BUT NOT READ  (D: {d('us0')} T: {d('us0')})",
        "on_file": lambda: f"{role}: Signature on file ({p.signed})",
        "stamp": lambda: f"[SIGNATURE STAMP]  {p.full.upper()}, {p.cred}  {d('us0')}",
        "blank": lambda: f"{role} signature: ______________________   Date: ____________",
        "pending": lambda: f"{role}: {p.signed} -- signature pending (routed {d('short')})",
        "unsigned": lambda: f"Result Status: In Progress -- not authenticated ({p.inverted})",
    }[kind]()


def sig_row(role, p, cell, dt, date_style="us0"):
    """Role | Name | Signature | Date row. cell: 'esig' | '' | 'pending' | 'stamp'."""
    text = {"esig": f"e-signed {p.first[0]}. {p.last}", "slash": f"/s/ {p.full}", "": "",
            "pending": "pending", "stamp": "(stamp)"}[cell]
    when = fmt_date(dt, date_style) if dt is not None else ""
    return [role, p.signed, text, when]


# --------------------------------------------------------------------------- necessity
OPENERS = {
    "why": "Why IMRT and not 3D-CRT: ",
    "rejected": "A forward-planned 3D conformal plan was considered and rejected. ",
    "case": "The case for intensity modulation over conventional or 3D conformal planning: ",
    "uk": "Reason for choosing inverse-planned IMRT in preference to a 3D conformal technique: ",
    "need": "This patient needs IMRT instead of a conventional/3D approach. ",
}


def join_oars(oars):
    oars = list(oars)
    return oars[0] if len(oars) == 1 else ", ".join(oars[:-1]) + " and " + oars[-1]


def condition_text(cond, site, v=0, prior=""):
    o = list(site.oars)
    t = {
        1: ["The PTV edge lies within 2-3 mm of the {o0} and the {o1}; both have to be "
            "protected, and at that distance 3D fields cannot pull the dose off them.",
            "On the planning CT the tumour sits right up against the {o0} (under 5 mm) with the "
            "{o1} close by, so these critical structures would exceed tolerance with a 3D plan."],
        2: ["Coverage must be achieved with a tight PTV expansion (3 mm, daily CBCT) so that the "
            "immediately adjacent {o0} is spared; only inverse-planned modulation keeps the fall-off "
            "that steep at the edge of such a narrow margin.",
            "We are using a reduced margin of 4 mm posteriorly to protect the {o0} immediately behind "
            "the target; a margin that narrow is only safe with IMRT dose gradients."],
        3: ["The neighbouring {region} was irradiated before ({prior}). The new volume abuts that "
            "previously treated region, and the junction has to be matched with high precision to "
            "avoid overdosing the {o0}.",
            "Because of prior radiotherapy to the adjoining segment ({prior}) the present portals must "
            "abut the old field edge exactly, keeping the cumulative {o0} dose within tolerance."],
        4: ["The PTV is horseshoe-shaped and wraps around the {o0}, which sits inside the concavity; "
            "opposed or 3D fields cannot produce a concave dose distribution that spares it.",
            "The target is concave, curving around the {o0} with the {o1} in the hollow of the "
            "curve, and only a modulated plan can shape dose into that concavity."],
        5: ["Dose escalation to {dose} Gy is planned, above the dose conventionally given for this "
            "tumour with 3D technique, which could not reach it without exceeding {o0} and {o1} "
            "tolerance.",
            "We intend to escalate to {dose} Gy, beyond the usual conventional dose for similar "
            "tumours, while holding the {o0} and {o1} to their limits."],
    }[cond][v]
    return t.format(o0=o[0], o1=o[1] if len(o) > 1 else o[0], region=site.region, prior=prior,
                    dose=f"{site.targets[0][1]:g}")


def necessity(site, conds=(1,), opener="why", v=0, prior="", oars=True):
    """Physician statement. conds=() gives a reason that names no LCD condition.
    oars=False gives a reason without any organ at risk (only sensible with cond 5)."""
    if not oars:
        body = (f"The plan escalates the dose to {site.targets[0][1]:g} Gy, higher than the dose "
                "commonly used with conventional treatment for this tumour, and that requires IMRT.")
        return OPENERS[opener] + body
    if not conds:
        body = (f"IMRT gives a more conformal plan than 3D and lowers the dose to the "
                f"{join_oars(site.oars[:3])}, which should mean fewer late side effects for the patient.")
        return OPENERS[opener] + body
    return OPENERS[opener] + " ".join(condition_text(c, site, v, prior) for c in conds)


# --------------------------------------------------------------------------- reviews
def image_review(v, site):
    o = join_oars(site.oars[:3])
    return [
        f"I personally reviewed the planning CT in axial, coronal and sagittal planes with the isodose "
        f"lines displayed over the targets and the {o}.",
        f"The plan's 3D dose display was examined slice by slice on the simulation CT: the 95% isodose "
        f"surface wraps the PTV and the high-dose lines stay off the {o}.",
        f"Colourwash dose distribution inspected on the planning CT and the fused MRI, every slice "
        f"through the target volumes and the {o}.",
        f"Representative isodose curves were checked on the CT images for the CTV/PTV and for the {o}.",
    ][v]


def dvh_review(v, site, values=""):
    o = join_oars(site.oars[:3])
    return [
        f"Cumulative DVHs for each PTV and every contoured OAR were examined{values}.",
        f"I have gone through the dose-volume histograms of the targets and the organs at risk "
        f"({o}){values}.",
        f"DVH curves assessed for target coverage and normal-tissue sparing ({o}){values}.",
        f"Dose-volume histogram evaluation, targets and critical structures{values}.",
    ][v]


def achieved(constraint, rng):
    """'Dmax < 45 Gy' -> '38.6 Gy' (a value that meets the limit)."""
    m = re.search(r"([\d.]+)\s*(Gy|%|cc)", constraint.split("<")[-1])
    val = float(m.group(1)) * rng.uniform(0.55, 0.92)
    return f"{val:.1f} {m.group(2)}".replace(" %", "%")


def dvh_values(cx):
    c = cx.site.constraints[:3]
    return ": " + "; ".join(f"{n} {k.split()[0]} {achieved(k, cx.rng)}" for n, k in c)


def rx_line(cx, style=0):
    parts = []
    for name, dose, fx in cx.site.targets:
        parts.append([f"{name}: {dose:.2f} Gy in {fx} fractions ({dose / fx:.2f} Gy/#)",
                      f"{dose * 100:.0f} cGy / {fx} fx to {name}",
                      f"{name} {dose:g} Gy / {fx} fr"][style])
    return "; ".join(parts)


# --------------------------------------------------------------------------- portals in words
def beams_in_words(beams, energy):
    if beams[0].is_arc:
        arcs = "; ".join(f"arc {b.num} start {b.gantry:.1f} stop {b.stop:.1f} {b.rot}" for b in beams)
        return f"{len(beams)} coplanar {energy} VMAT arcs ({arcs})."
    angles = ", ".join(f"{b.gantry:g}" for b in beams)
    return f"{len(beams)} static {energy} IMRT fields at gantry angles {angles} degrees."


# --------------------------------------------------------------------------- OCR noise
SWAPS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "l"), ("cl", "d")]


def ocr(text, rate, seed):
    """Letter swaps and a dropped space now and then; deterministic."""
    rng = random.Random(seed)
    words = text.split(" ")
    for i, w in enumerate(words):
        fits = [(a, b) for a, b in SWAPS if a in w]
        if len(w) > 3 and fits and rng.random() < rate:
            a, b = rng.choice(fits)
            words[i] = w.replace(a, b, 1)
        if rng.random() < rate / 4 and i + 1 < len(words):
            words[i] = words[i] + "\u0000"
    return " ".join(words).replace("\u0000 ", "")
