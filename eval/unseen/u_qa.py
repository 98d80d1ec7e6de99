"""Patient-specific QA reports in '-style' layouts that the other sets do not use."""
from u_render import Doc
from u_people import (mdy, mdy2, mdy_short, iso, hm, hm4, short_us, long_us, ampm, tz_abbr, iso_t, dmon, add)
from u_text import rng_for


def _pts(ctx, salt, lo=900, hi=2400):
    r = rng_for(ctx.cid, salt)
    return r.randint(lo, hi)


def composite(rates):
    return round(sum(rates) / len(rates), 1)


def sig_grid_vertical(rows):
    """Role-per-column approval grid (rows: Name / Signature / Date-Time)."""
    return ("table", rows, {"widths": [0.2, 0.4, 0.4]})


# ------------------------------------------------------------------ SunCHECK-style PerFRACTION Fx0 (Tamarack)
def suncheck(ctx, plan_id, beams, rates, action=90.0, tol=95.0, overall=None, comment=""):
    z = ctx.clinic.zone
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    comp = composite(rates)
    if overall is None:
        overall = "PASSED" if min(rates) >= action else "FAILED"
    rows = [["Beam", "Measured on", "Gamma criteria", "Points evaluated", "Gamma pass rate", "Status"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "a-Si flat-panel EPID, no phantom", "3%/2 mm, 10% threshold, global",
                     str(_pts(ctx, "pts" + b.bid, 20000, 60000)), "%.1f%%" % r,
                     "Passed" if r >= tol else ("Passed (in action band)" if r >= action else "Failed")])
    bl = [("band", "Patient QA Report - SunCHECK-style PerFRACTION, Fraction 0 (pre-treatment)   SYNTHETIC"),
          ("kv", [("Patient", "%s  (%s)" % (ctx.pt.caps(), ctx.pt.mrn)), ("Plan", plan_id),
                  ("Measurement", "Pre-treatment EPID dosimetry, every beam delivered at its planned gantry angle(s)"),
                  ("Acquired", "%s %s %s" % (mdy(tm.date()), hm(tm), tz_abbr(tm, z))),
                  ("Tolerance / action level", "%.0f%% / %.0f%% gamma pass rate" % (tol, action))]),
          ("table", rows, {"size": 8, "widths": [0.12, 0.22, 0.22, 0.14, 0.14, 0.16]}),
          ("p", "Composite gamma pass rate: %.1f%%.   Overall status: %s" % (comp, overall))]
    if comment:
        bl.append(("p", "Physicist comment: " + comment))
    bl += [("h", "Approvals"),
           sig_grid_vertical([["", "Medical Physicist", "Radiation Oncologist"],
                              ["Name", ctx.phys.full(), ctx.ro.full()],
                              ["Signature", "electronically signed", "electronically signed"],
                              ["Date/Time", "%s %s %s" % (mdy(tp_.date()), hm(tp_), tz_abbr(tp_, z)),
                               "%s %s %s" % (mdy(tmd.date()), hm(tmd), tz_abbr(tmd, z))]])]
    return Doc("", bl, font="Helvetica", size=9, header="Tamarack Veterans Medical Center - Medical Physics",
               header_right="SYNTHETIC", footer="SYNTHETIC | exported QA report | Page {page} of {pages}",
               meta_title="Patient QA %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ myQA-style MatriXX report (Bellwether, DOCX)
def myqa_matrixx(ctx, plan_id, beams, rates, md_state="signed"):
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    rows = [["Beam", "Gamma criteria", "Points evaluated", "Pass rate", "Action limit", "Result"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "3%/2 mm, TH 10%", str(_pts(ctx, "mx" + b.bid, 700, 1020)), "%.1f %%" % r, "90 %",
                     "PASS" if r >= 90 else "FAIL"])
    bl = [("title", "PATIENT PLAN VERIFICATION - MYQA-STYLE (MATRIXX-STYLE ARRAY)"),
          ("p", "SYNTHETIC TEST RECORD - BELLWETHER COMMUNITY HOSPITAL, MEDICAL PHYSICS"),
          ("kv", [("Patient:", "%s   MRN %s" % (ctx.pt.caps(), ctx.pt.mrn)), ("Plan:", plan_id),
                  ("Detector:", "MatriXX-style 2D ion-chamber array (1020 chambers) in a 20 cm solid-water cube"),
                  ("Delivery:", "true composite, planned gantry angles, measured dose vs. TPS dose plane"),
                  ("Measured:", "%s %s" % (mdy2(tm.date()), hm4(tm)))]),
          ("table", rows),
          ("p", "Composite plane: %.1f %% of points pass (3%%/2 mm). OVERALL: %s" % (
              composite(rates), "PASS" if min(rates) >= 90 else "FAIL")),
          ("h", "Sign-off"),
          ("p", "Approved by (Physicist): %s   %s %s" % (ctx.phys.full(), mdy2(tp_.date()), hm4(tp_)))]
    if md_state == "signed":
        bl.append(("p", "Reviewed by (Radiation Oncologist): %s   %s %s" % (ctx.ro.caps_last_first(), mdy2(tmd.date()), hm4(tmd))))
    else:
        bl.append(("p", "Reviewed by (Radiation Oncologist): PENDING SIGNATURE - routed to %s" % ctx.ro.caps_last_first()))
    return Doc("", bl, font="Helvetica", size=9.5, header="BELLWETHER COMMUNITY HOSPITAL - SYNTHETIC",
               footer="SYNTHETIC", meta_title="Plan verification %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ Dosimetry Check-style EPID reconstruction (Saguaro), physicist only
def dosimetry_check(ctx, plan_id, beams, rates):
    tm, tp_ = ctx.t["qa_meas"], ctx.t["qa_phys"]
    rows = [["Arc / beam", "EPID frames", "3D gamma 3%/3 mm (dose > 20%)", "PTV mean dose diff.", "Result"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, str(_pts(ctx, "fr" + b.bid, 180, 420)), "%.1f%%" % r,
                     "%+.1f%%" % (rng_for(ctx.cid, "dd" + b.bid).uniform(-1.8, 1.6)), "within tolerance"])
    bl = [("band", "Pre-treatment Dose Reconstruction (Dosimetry Check-style)   SYNTHETIC"),
          ("kv", [("Patient", "%s, MRN %s" % (ctx.pt.first_last(), ctx.pt.mrn)), ("Plan", plan_id),
                  ("Method", "Each arc delivered to the EPID without patient; measured fluence back-projected into the planning CT and compared with the TPS dose in 3D"),
                  ("Measured", "%s %s MST" % (short_us(tm.date()), ampm(tm))),
                  ("Action level", "90% of voxels passing 3%/3 mm")]),
          ("table", rows),
          ("p", "Overall 3D gamma pass rate %.1f%% - PASS." % composite(rates)),
          ("p", "Signed by: %s, Medical Physicist - %s %s MST" % (ctx.phys.full(), short_us(tp_.date()), ampm(tp_)))]
    return Doc("", bl, font="Helvetica", size=9, header="Saguaro Ridge Oncology - Physics", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="EPID reconstruction %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ EPIgray-style (Lakeshore), MEDHOST authentication lines
def epigray(ctx, plan_id, beams, rates, md=True):
    z = ctx.clinic.zone
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    rows = [["Field", "Point dose diff. vs TPS", "2D gamma 3%/3 mm", "Tolerance", "Result"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "%+.1f%%" % rng_for(ctx.cid, "pd" + b.bid).uniform(-2.2, 2.0), "%.1f%%" % r,
                     "+/-5%; gamma >= 90%", "OK"])
    bl = [("title", "EPID Dosimetry - Pre-treatment Verification (EPIgray-style)"),
          ("p", "SYNTHETIC RECORD  |  Lakeshore General Hospital  |  Radiation Oncology Physics"),
          ("kv", [("Patient", "%s   MRN %s   DOB %s" % (ctx.pt.caps(), ctx.pt.mrn, mdy(ctx.pt.dob))), ("Plan", plan_id),
                  ("Measurement", "Each field delivered at its planned gantry angle onto the EPID; dose reconstructed at the reference point and in the isocentre plane"),
                  ("Measured", "%s %s %s" % (mdy(tm.date()), hm(tm), tz_abbr(tm, z)))]),
          ("table", rows),
          ("p", "All fields within tolerance. Plan verified for delivery."),
          ("p", "Authenticated By: %s (Medical Physicist)   Date/Time: %s %s %s" % (
              ctx.phys.last_first(cred=False) + " PhD, DABR", mdy(tp_.date()), hm(tp_), tz_abbr(tp_, z)))]
    if md:
        bl.append(("p", "Authenticated By: %s (Radiation Oncology)   Date/Time: %s %s %s" % (
            ctx.ro.last_first(), mdy(tmd.date()), hm(tmd), tz_abbr(tmd, z))))
    return Doc("", bl, font="Helvetica", size=9, header="Lakeshore General Hospital", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="EPID dosimetry %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ Adaptivo-style EPID (Cedar Hollow)
def adaptivo(ctx, plan_id, beams, rates):
    z = ctx.clinic.zone
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    rows = [["Beam", "Gantry", "Gamma 3%/2 mm pass", "Action level", "Evaluation"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "%.0f" % b.gantry, "%.1f%%" % r, "90%", "Pass"])
    bl = [("band", "Pre-treatment EPID verification (Adaptivo-style)   |   SYNTHETIC"),
          ("kv", [("Patient", "%s (MRN %s)" % (ctx.pt.last_first(), ctx.pt.mrn)), ("Plan", plan_id),
                  ("Measurement", "Pre-treatment portal images of every beam, converted to dose and compared with the predicted portal dose"),
                  ("Acquired", "%s %s %s" % (long_us(tm.date()), hm(tm), tz_abbr(tm, z)))]),
          ("table", rows),
          ("p", "Composite: %.1f%% - PASS." % composite(rates)),
          ("p", "Verified electronically by %s (Medical Physics) on %s %s %s" % (
              ctx.phys.full(), long_us(tp_.date()), hm(tp_), tz_abbr(tp_, z))),
          ("p", "Attested by %s (Radiation Oncology) on %s %s %s" % (
              ctx.ro.full(), long_us(tmd.date()), hm(tmd), tz_abbr(tmd, z)))]
    return Doc("", bl, font="Helvetica", size=9, header="Cedar Hollow Regional Medical Center - Medical Physics",
               header_right="SYNTHETIC", footer="SYNTHETIC | Page {page} of {pages}", meta_title="EPID verification %s" % plan_id,
               kind="qa")


# ------------------------------------------------------------------ VeriQA-style Octavius 4D (Harbor Point)
def veriqa(ctx, plan_id, beams, rates):
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    d = lambda t: t.strftime("%d.%m.%Y %H:%M")
    rows = [["Arc", "Volume gamma 3%/2 mm, local, 10% cut-off", "Passing voxels", "Criterion", "State"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "evaluated in 4D phantom", "%.1f %%" % r, ">= 95 % (action 90 %)", "passed"])
    bl = [("title", "Patient Plan Verification (VeriQA-style, rotating cylindrical phantom)"),
          ("p", "SYNTHETIC - Harbor Point Radiation Associates, Physics"),
          ("kv", [("Patient", "%s, %s - ID %s" % (ctx.pt.family.upper(), ctx.pt.given, ctx.pt.mrn)), ("Plan", plan_id),
                  ("Measurement", "Octavius-style 4D phantom with 1500-chamber array, delivered at planned gantry angles; measured 3D dose vs TPS"),
                  ("Measured", d(tm))]),
          ("table", rows),
          ("p", "3D volume result: %.1f %% passing - PASSED." % composite(rates)),
          ("h", "Release"),
          ("p", "Physics approval - signed by %s on %s" % (ctx.phys.full(), d(tp_))),
          ("p", "Physician approval - signed by %s on %s" % (ctx.ro.full(), d(tmd)))]
    return Doc("", bl, font="Helvetica", size=9, header="Harbor Point Radiation Associates", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="Plan verification %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ Dolphin-style transmission detector (Ridgefield), hand-signed
def dolphin(ctx, plan_id, beams, rates):
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    rows = [["Field", "Gantry", "Fluence gamma 3%/3 mm", "Reconstructed PTV D95 diff.", "Status"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "%.0f" % b.gantry, "%.1f%%" % r, "%+.1f%%" % rng_for(ctx.cid, "dl" + b.bid).uniform(-1.5, 1.5), "OK"])
    bl = [("title", "Pre-treatment Verification - Dolphin-style Transmission Detector"),
          ("p", "SYNTHETIC  |  Ridgefield Rural Health Cancer Clinic"),
          ("kv", [("Patient", "%s #%s" % (ctx.pt.caps(), ctx.pt.mrn)), ("Plan", plan_id),
                  ("Method", "Each field delivered with the transmission detector on the gantry head; measured fluence reconstructed to 3D dose on the planning CT"),
                  ("Measured", mdy(tm.date()) + " " + hm(tm)), ("Action level", "gamma 90%, DVH difference 3%")]),
          ("table", rows),
          ("p", "Overall: PASS (%.1f%%)." % composite(rates)),
          ("sp", 8),
          ("hand", "Physicist signature:", ctx.phys.full_nocomma(), "Date: %s" % mdy_short(tp_.date())),
          ("hand", "Radiation oncologist signature:", ctx.ro.full_nocomma(), "Date: %s" % mdy_short(tmd.date()))]
    return Doc("", bl, font="Helvetica", size=9.5, header="Ridgefield Rural Health - Physics", header_right="SYNTHETIC",
               footer="SYNTHETIC | printed and signed by hand | Page {page} of {pages}", meta_title="Pre-treatment QA %s" % plan_id,
               kind="qa")


# ------------------------------------------------------------------ EPIQA-style (Quarry Hill), RayCare-like sign-off table
def epiqa(ctx, plan_id, beams, rates, tm, tp_, tmd, md="signed"):
    z = ctx.clinic.zone
    rows = [["Arc", "Gamma 2%/2 mm (global, TH 10%)", "Pass rate", "Tolerance / action", "Verdict"]]
    for b, r in zip(beams, rates):
        rows.append([b.bid, "portal dose vs predicted", "%.1f%%" % r, "95% / 90%", "PASS"])
    md_row = (["Physician review", "Radiation oncologist", ctx.ro.full(), "e-signed", iso_t(tmd, z)] if md == "signed"
              else ["Physician review", "Radiation oncologist", "", "", ""])
    bl = [("band", "Patient-specific QA - EPIQA-style portal dosimetry   SYNTHETIC"),
          ("kv", [("Patient", "%s, %s (%s)" % (ctx.pt.family, ctx.pt.given, ctx.pt.mrn)), ("Plan / beam set", plan_id),
                  ("Measurement", "pre-treatment EPID images of each arc, no phantom; measured vs predicted portal dose"),
                  ("Measured", iso_t(tm, z))]),
          ("table", rows),
          ("p", "Plan result: PASS, composite %.1f%%." % composite(rates)),
          ("h", "Sign-off"),
          ("table", [["Step", "Role", "Signed by", "E-signature", "Timestamp"],
                     ["Measurement analysis", "Medical physicist", ctx.phys.full(), "e-signed", iso_t(tp_, z)],
                     md_row], {"widths": [0.19, 0.16, 0.25, 0.13, 0.27]})]
    return Doc("", bl, font="Helvetica", size=9, header="Quarry Hill Cancer Institute - Physics", header_right="SYNTHETIC",
               footer="SYNTHETIC | Page {page} of {pages}", meta_title="PSQA %s" % plan_id, kind="qa")


# ------------------------------------------------------------------ myQA SRS-style (Makana), Word grid, optional failed first run
def grid_row(role, person, method, sig, t):
    return [role, "%s %s" % (person.given, person.family), person.cred, method, sig,
            "%s HST (UTC-10:00)" % t.strftime("%Y-%m-%d %H:%M")]


GRID_HEAD = ["Role", "Name", "Credentials", "Method", "Signature", "Date/Time"]


def myqa_srs(ctx, plan_id, beams, rates, first_fail=None, arcs_named_only=False):
    tm, tp_, tmd = ctx.t["qa_meas"], ctx.t["qa_phys"], ctx.t["qa_md"]
    bl = [("title", "Patient-Specific QA - myQA SRS-style detector"),
          ("p", "SYNTHETIC - Makana Pacific Oncology, Medical Physics"),
          ("kv", [("Patient:", "%s, %s   ID %s" % (ctx.pt.family.upper(), ctx.pt.given.upper(), ctx.pt.mrn)),
                  ("Plan:", plan_id),
                  ("Detector:", "high-resolution 2D array (0.4 mm pitch) in its cylindrical phantom, coronal plane through the isocentre"),
                  ("Criteria:", "gamma 3%/1 mm, global, 10% threshold; tolerance 95%, action 90%")])]
    if first_fail:
        t1, r1, cause = first_fail
        bl += [("h", "Measurement 1 - %s HST" % t1.strftime("%Y-%m-%d %H:%M")),
               ("table", [["Arc", "Pass rate", "Result"]] + [[b.bid, "%.1f%%" % r, "below action level"] for b, r in zip(beams, r1)]),
               ("p", "Composite %.1f%% - FAIL (below the 90%% action level). Investigation: %s" % (composite(r1), cause))]
        bl.append(("h", "Measurement 2 (repeat) - %s HST" % tm.strftime("%Y-%m-%d %H:%M")))
    else:
        bl.append(("h", "Measurement - %s HST" % tm.strftime("%Y-%m-%d %H:%M")))
    label = (lambda b: b.bid.replace("ARC", "Arc ")) if arcs_named_only else (lambda b: b.bid)
    bl += [("table", [["Arc", "Pass rate", "Result"]] + [[label(b), "%.1f%%" % r, "PASS"] for b, r in zip(beams, rates)]),
           ("p", "Composite %.1f%% - PASS. The plan is verified for treatment." % composite(rates)),
           ("h", "Sign-off"),
           ("table", [GRID_HEAD, grid_row("Medical Physicist", ctx.phys, "e-signature (PIN)", "/es/ %s" % ctx.phys.initial_last(), tp_),
                      grid_row("Radiation Oncologist", ctx.ro, "e-signature (PIN)", "/es/ %s" % ctx.ro.initial_last(), tmd)])]
    return Doc("", bl, font="Helvetica", size=9.5, header="Makana Pacific Oncology - SYNTHETIC", footer="SYNTHETIC",
               meta_title="PSQA %s" % plan_id, kind="qa")
