"""Patient-specific QA exports in vendor layouts (SYNTHETIC): PTW VeriSoft, SNC Patient, ScandiDos Delta4,
Varian Portal Dosimetry, and a Mobius3D calculation-only check."""
from __future__ import annotations

import re

from _sg_model import Doc, fd
from _sg_sigs import sig_line


def _beam_ids(site):
    b = site.beams
    if b[0]["kind"] == "helical":
        return ["Helical (full procedure)"]
    return [x["id"] for x in b]


def _rates(ctx, n):
    return [round(97.6 + ctx.rng.random() * 2.4, 1) for _ in range(n)]


def _head(ctx, vendor):
    return [f"{vendor}  |  {ctx.clinic.name}  |  SYNTHETIC"]


def _pid(ctx, ds="us"):
    return f"Patient: {ctx.pt.f('lf')}   ID: {ctx.pt.mrn}   DOB: {fd(ctx.pt.dob, ds)}"


# ------------------------------------------------------------------------------------ VeriSoft
def verisoft(ctx, day=14, sigs=(), **o):
    ids = _beam_ids(ctx.site)
    rates = _rates(ctx, len(ids))
    rows = []
    for i, (b, r) in enumerate(zip(ids, rates)):
        n = 900 + 37 * i + ctx.rng.randint(0, 300)
        rows.append([b, n, int(round(n * r / 100)), f"{r:.1f} % (Green)"])
    blocks = [("title", "Patient Plan Verification"), ("p", _pid(ctx)),
              ("kv", [("Software", "VeriSoft 8.1 (PTW-style export)"),
                      ("Detector", "OCTAVIUS Detector 1500 in OCTAVIUS 4D rotation unit"),
                      ("Measurement", f"{fd(ctx.day(day))} 07:05, measured dose vs TPS dose, absolute")]),
              ("h", "Gamma 2D - Parameters"),
              ("kv", [("Dose difference", "3.0 % (local)"), ("Distance to agreement", "2.0 mm"),
                      ("Lower dose cutoff", "10.0 % of max dose"), ("Pass criterion", "95.0 % of points")]),
              ("h", "Gamma 2D - Results per beam"),
              ("table", ["Beam", "Points evaluated", "Points passed", "Result"], rows),
              ("h", "Gamma 3D - Volume"),
              ("p", f"Result {min(100.0, max(rates) + 0.3):.1f} % (Green)"),
              ("h", "Approval")]
    blocks.append(("pre", [sig_line(ctx, day, s) for s in sigs] or ["(no approval recorded)"]))
    return Doc(blocks, _head(ctx, "PTW VeriSoft-style report"), ["Page {page} of {pages}"],
               title="VeriSoft report")


# --------------------------------------------------------------------------------- SNC Patient
def snc(ctx, day=14, sigs=(), device="ArcCHECK", **o):
    ids = _beam_ids(ctx.site)
    rates = _rates(ctx, len(ids))
    rows, tot, ok = [], 0, 0
    for i, (b, r) in enumerate(zip(ids, rates)):
        n = 1100 + 41 * i + ctx.rng.randint(0, 250)
        p = int(round(n * r / 100))
        tot, ok = tot + n, ok + p
        rows.append([b, n, p, n - p, f"{r:.1f}"])
    blocks = [("title", "SNC Patient - Dose Comparison Summary"), ("p", _pid(ctx)),
              ("kv", [("Device", f"{device} (SNC-style export)"), ("Comparison", "Measured vs Computed (absolute)"),
                      ("Measured", f"{fd(ctx.day(day))} 07:10"),
                      ("Analysis", "Gamma, global, 3% / 2 mm, threshold 10%")]),
              ("table", ["Beam", "Total points", "Passed", "Failed", "% Passed"], rows),
              ("p", f"Composite: {tot} points, {100 * ok / tot:.1f}% passed. Result: PASS"),
              ("h", "Sign-off"),
              ("pre", [sig_line(ctx, day, s) for s in sigs] or ["(no sign-off recorded)"])]
    return Doc(blocks, _head(ctx, "SNC Patient-style export"), ["Page {page} of {pages}"], title="SNC report")


# -------------------------------------------------------------------------------------- Delta4
def delta4(ctx, day=13, approved="phys", reviewed="ro", **o):
    """reviewed=None reproduces an export whose empty 'Reviewed By' field swallowed the next heading."""
    ids = _beam_ids(ctx.site)
    rates = _rates(ctx, len(ids))
    d = ctx.day(day)
    a = ctx.s(approved)
    lines = [f"Patient : {ctx.pt.f('LF')}           ID : {ctx.pt.mrn}",
             f"Plan    : {ctx.site.key.upper()}_ref      Measured : {fd(d, 'eu')} 07:22",
             f"Approved By : {a.f('full')} ({a.title})    Date : {fd(d, 'eu')}"]
    if reviewed:
        r = ctx.s(reviewed)
        lines += [f"Reviewed By : {r.f('lfc')} ({r.title})    Date : {fd(ctx.day(day + 1), 'eu')}", "",
                  "Gamma Index Summary"]
    else:
        lines += ["Reviewed By : Gamma Index Summary"]
    rows = [[b, f"{min(100, r + 0.4):.1f} %", f"{min(100, r + 0.8):.1f} %", f"{r:.1f} %", "Pass"]
            for b, r in zip(ids, rates)]
    blocks = [("title", "Delta4 Phantom+ Treatment Report"), ("pre", lines),
              ("table", ["Beam", "Dose Dev (3%)", "DTA (2 mm)", "Gamma (3%/2 mm)", "Status"], rows),
              ("p", f"Composite gamma pass rate {sum(rates) / len(rates):.1f} %, criterion 95 %: Pass")]
    return Doc(blocks, _head(ctx, "ScandiDos Delta4-style report"), ["{page} / {pages}"],
               title="Delta4 report", a4=True)


# ---------------------------------------------------------------------------- Portal Dosimetry
def portal(ctx, day=14, sigs=(), **o):
    ids = _beam_ids(ctx.site)
    rates = _rates(ctx, len(ids))
    rows = [[b, f"{r:.1f} %", f"{1.2 + (100 - r) / 4:.2f}", f"{0.21 + (100 - r) / 20:.2f}", "Pass"]
            for b, r in zip(ids, rates)]
    blocks = [("title", "Portal Dosimetry Review"), ("p", _pid(ctx)),
              ("kv", [("Imager", "aS1200 EPID at SID 100 cm"), ("Prediction", "Portal dose image prediction"),
                      ("Analysis", "Area gamma, 3% (global) / 2 mm, 10% low-dose threshold"),
                      ("Acquired", f"{fd(ctx.day(day))} 06:52")]),
              ("table", ["Field", "Area Gamma < 1.0", "Max Gamma", "Avg Gamma", "Result"], rows),
              ("h", "Approval"),
              ("pre", ["Approval Status: Approved"] + [sig_line(ctx, day, s) for s in sigs])]
    return Doc(blocks, _head(ctx, "Portal Dosimetry-style printout"), ["Page {page} of {pages}"],
               title="Portal dosimetry")


# ------------------------------------------------------------------------------------ Mobius3D
def _shift(s):
    """'Dmax 31.4 Gy' -> 'Dmax 31.7 Gy' (an independent calculation differs a little)."""
    m = re.search(r"(\d+(?:\.\d+)?)", s.split(" ", 1)[1])
    if not m:
        return s
    head, rest = s.split(" ", 1)
    num = m.group(1)
    new = f"{float(num) * 1.012:.{len(num.split('.')[1]) if '.' in num else 0}f}"
    return head + " " + rest.replace(num, new, 1)


def mobius3d(ctx, day=13, sigs=(), adaptive=False, **o):
    site = ctx.site
    rows = [[x[0], x[2], _shift(x[2]), "PASS"] for x in site.oars]
    blocks = [("title", "Mobius3D Plan Check" + (" - adapted plan, fraction 1" if adaptive else "")),
              ("p", _pid(ctx)),
              ("kv", [("Dose source", "Mobius3D recalculation of the exported RT Plan and TPS dose"),
                      ("Check date", f"{fd(ctx.day(day))} {'08:44' if adaptive else '10:02'}")]),
              ("h", "3D Gamma (Mobius3D vs TPS)"),
              ("kv", [("Criteria", "3% / 2 mm, 10% threshold"), ("Gamma pass rate", "99.4%"),
                      ("Target coverage (D95) difference", "-0.6%")]),
              ("h", "DVH comparison"),
              ("table", ["Structure", "TPS", "Mobius3D", "Status"], rows),
              ("p", "Check status: PASS"),
              ("pre", [sig_line(ctx, day, s) for s in sigs] or ["(no sign-off)"])]
    return Doc(blocks, _head(ctx, "Mobius3D-style summary"), ["Page {page} of {pages}"], title="Mobius3D")
