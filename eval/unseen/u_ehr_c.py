"""Note layouts, part C: typed paper forms filled by hand (Ridgefield), RayCare-style OIS documents (Quarry Hill),
Word sign-off grids (Makana)."""
from u_render import Doc
from u_people import (mdy, mdy_short, iso, hm, long_us, tz_abbr, iso_t, add, at)
from u_text import (lc, rx_line, constraint_prose, achieved_prose, isodose_levels, constraint_rows, _g, fx_dates)
from u_qa import grid_row, GRID_HEAD


# ================================================================== Ridgefield: typed paper forms, handwriting in italics
def ridge_letter(ctx, body_paras, t):
    pt = ctx.pt
    bl = [("p", "Ridgefield Rural Health Cancer Clinic, 14 Coulee Road, Two Forks, MT  -  SYNTHETIC"),
          ("p", mdy(t.date())),
          ("p", "Re: %s %s, DOB %s, MRN %s" % (pt.given, pt.family, mdy(pt.dob), pt.mrn)),
          ("p", "Dear Dr. Halvorsen,")]
    bl += [("p", x) for x in body_paras]
    bl += [("p", "With thanks for the referral,"),
           ("p", "/s/ %s  %s %s %s" % (ctx.ro.full(), mdy(t.date()), hm(t), tz_abbr(t, ctx.clinic.zone))),
           ("p", "Radiation Oncology")]
    return Doc("", bl, font="Times-Roman", size=11, header="SYNTHETIC", footer="SYNTHETIC", meta_title="Consultation letter",
               fmt="rtf")


def ridge_form_rx(ctx, plan_id, reason_text, oars_text):
    s, pt = ctx.site, ctx.pt
    t = ctx.t["rx"]
    bl = [("title", "IMRT Medical Necessity and Prescription"),
          ("p", "Form RO-7 (rev. 2019) - Ridgefield Rural Health Cancer Clinic - SYNTHETIC test form"),
          ("hand", "Patient:", "%s, %s" % (pt.family, pt.given), "MRN: %s   DOB: %s" % (pt.mrn, mdy_short(pt.dob))),
          ("hand", "Diagnosis:", s.dx),
          ("hand", "Technique:", "IMRT (%s), plan %s" % (s.technique.replace(" IMRT", ""), plan_id)),
          ("p", "Prescription (target, total dose, fractions):"),
          ("table", [["Target", "Total dose", "Fractions", "Dose per fraction"]] +
           [[tg.name, "%s Gy" % _g(tg.dose), str(tg.fx), "%.2f Gy" % tg.per_fx] for tg in s.targets]),
          ("p", "Normal tissue dose limits:"),
          ("table", [["Organ at risk", "Metric", "Limit"]] + constraint_rows(s)),
          ("hand", "Reason IMRT is needed instead of 3D / conventional:", reason_text),
          ("hand", "Organs at risk near the target:", oars_text),
          ("sp", 8),
          ("hand", "Physician signature:", ctx.ro.full_nocomma(), "Date: %s" % mdy_short(t.date()))]
    return Doc("", bl, font="Helvetica", size=9.5, header="Ridgefield Rural Health - Form RO-7", header_right="SYNTHETIC",
               footer="SYNTHETIC | scanned paper form, transcribed | Page {page} of {pages}", meta_title="Form RO-7")


def ridge_form_review(ctx, plan_id):
    s = ctx.site
    t = ctx.t["review"]
    ini = ctx.ro.given[0] + ctx.ro.family[0]
    rows = [["Item", "Done", "Initials", "Comment"],
            ["Isodose distribution reviewed on the CT images (axial, sagittal, coronal) for the targets and all critical structures",
             "yes", ini, "%s lines; PTV covered, heart and cord spared" % isodose_levels(s)],
            ["DVH reviewed for all targets and all critical structures", "yes", ini,
             "; ".join(s.target_achieved) + "; " + achieved_prose(s)],
            ["Plan approved for treatment", "yes", ini, plan_id]]
    bl = [("title", "Physician Plan Review Checklist"),
          ("p", "Form RO-9 - Ridgefield Rural Health Cancer Clinic - SYNTHETIC test form"),
          ("hand", "Patient:", "%s, %s" % (ctx.pt.family, ctx.pt.given), "MRN: %s" % ctx.pt.mrn),
          ("table", rows, {"widths": [0.4, 0.08, 0.1, 0.42]}),
          ("sp", 8),
          ("hand", "Physician signature:", ctx.ro.full_nocomma(), "Date: %s" % mdy_short(t.date()))]
    return Doc("", bl, font="Helvetica", size=9.5, header="Ridgefield Rural Health - Form RO-9", header_right="SYNTHETIC",
               footer="SYNTHETIC | scanned paper form, transcribed | Page {page} of {pages}", meta_title="Form RO-9")


# ================================================================== Quarry Hill: RayCare-style OIS documents
def q_signoff(rows):
    return ("table", [["Step", "Role", "Signed by", "E-signature", "Timestamp"]] + rows, {"widths": [0.19, 0.16, 0.25, 0.13, 0.27]})


def q_doc(ctx, title, blocks, signoff_rows):
    pt = ctx.pt
    bl = [("band", "%s  -  RayCare-style OIS document   SYNTHETIC" % title),
          ("kv", [("Patient", "%s, %s" % (pt.family, pt.given)), ("Patient ID", pt.mrn), ("Date of birth", iso(pt.dob))])]
    bl += blocks
    bl += [("h", "Sign-off"), q_signoff(signoff_rows)]
    return Doc("", bl, font="Helvetica", size=9.5, header="Quarry Hill Cancer Institute", header_right="SYNTHETIC",
               footer="SYNTHETIC | OIS print | Page {page} of {pages}", meta_title=title)


def q_ro_row(ctx, step, t):
    return [step, "Radiation oncologist", ctx.ro.full(), "e-signed", iso_t(t, ctx.clinic.zone)]


def q_consult(ctx, necessity_text):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    blocks = [("h", "Consultation"),
              ("p", "%d-year-old with %s. %s" % (pt.age(c.date()), lc(s.dx), s.history)),
              ("h", "Recommendation"),
              ("p", "External beam radiotherapy, %s. %s" % (s.technique, rx_line(s))),
              ("p", necessity_text)]
    return q_doc(ctx, "Consultation note", blocks, [q_ro_row(ctx, "Note signed", ctx.t["consult_sign"])])


def q_rx(ctx, phases):
    """phases: list of (plan_id, [Target], first fraction number)."""
    s = ctx.site
    rows = [["Plan", "Target", "Dose", "Fractions", "Dose/fx"]]
    for pid, tgs, _ in phases:
        for tg in tgs:
            rows.append([pid, tg.name, "%s Gy" % _g(tg.dose), str(tg.fx), "%.2f Gy" % tg.per_fx])
    blocks = [("h", "Prescription"), ("table", rows),
              ("h", "Clinical goals - organs at risk (must be met)"),
              ("table", [["ROI", "Goal", "Acceptance"]] + constraint_rows(s)),
              ("p", "Image guidance: daily CBCT, fiducial match.")]
    return q_doc(ctx, "Prescription", blocks, [q_ro_row(ctx, "Prescription approved", ctx.t["rx"])])


def q_plan_review(ctx, plans, t):
    """plans: list of (plan_id, target_achieved list[, OAR achieved text])."""
    s = ctx.site
    blocks = []
    for p in plans:
        pid, tach = p[0], p[1]
        oar = p[2] if len(p) > 2 else achieved_prose(s)
        blocks += [("h", "Plan %s" % pid),
                   ("p", "Isodose distribution reviewed on the planning CT, all axial slices and the orthogonal planes, "
                         "with the %s lines over the targets and every organ at risk." % isodose_levels(s)),
                   ("p", "DVH review, targets and all critical structures: %s; %s." % ("; ".join(tach), oar)),
                   ("p", "Plan %s approved for treatment." % pid)]
    return q_doc(ctx, "Physician plan review", blocks, [q_ro_row(ctx, "Plan review signed", t)])


def q_course_record(ctx, phases):
    """phases: list of (plan_id, n_fractions, first day)."""
    L = ["QUARRY HILL CANCER INSTITUTE - TREATMENT COURSE SUMMARY (OIS)   SYNTHETIC", "",
         "Patient: %s, %s   ID %s" % (ctx.pt.family, ctx.pt.given, ctx.pt.mrn), "",
         "Fx   Date        Treated plan        Session"]
    k = 1
    for pid, n, first in phases:
        for d in fx_dates(first, n):
            L.append("%-4d %-11s %-19s %s" % (k, iso(d), pid, "completed"))
            k += 1
    L += ["", "Course complete. SYNTHETIC"]
    return Doc("", [("mono", "\n".join(L))], meta_title="Course summary", kind="record")


# ================================================================== Makana: Word documents with a sign-off grid
def mk_doc(ctx, title, blocks, grid_rows):
    pt = ctx.pt
    bl = [("title", title),
          ("p", "Makana Pacific Oncology - SYNTHETIC test record"),
          ("kv", [("Patient:", "%s, %s" % (pt.family.upper(), pt.given.upper())), ("MRN:", pt.mrn), ("DOB:", iso(pt.dob))])]
    bl += blocks
    bl += [("h", "Sign-off"), ("table", [GRID_HEAD] + grid_rows)]
    return Doc("", bl, font="Helvetica", size=9.5, header="Makana Pacific Oncology  |  SYNTHETIC",
               footer="SYNTHETIC - times are Hawaii-Aleutian Standard Time", meta_title=title)


def mk_ro(ctx, t):
    return grid_row("Radiation Oncologist", ctx.ro, "e-signature (PIN)", "/es/ %s" % ctx.ro.initial_last(), t)


def mk_consult(ctx, necessity_text):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    blocks = [("h", "History"), ("p", "%d-year-old with %s. %s" % (pt.age(c.date()), lc(s.dx), s.history)),
              ("h", "Recommendation"), ("p", "%s. %s" % (s.technique, rx_line(s))), ("p", necessity_text)]
    return mk_doc(ctx, "Radiation Oncology Consultation", blocks, [mk_ro(ctx, ctx.t["consult_sign"])])


def mk_rx(ctx, plan_id):
    s = ctx.site
    blocks = [("h", "Prescription - plan %s" % plan_id), ("p", rx_line(s)),
              ("h", "Organ-at-risk constraints"), ("table", [["Organ", "Metric", "Constraint"]] + constraint_rows(s)),
              ("p", "Simulation: " + s.sim)]
    return mk_doc(ctx, "Radiation Prescription", blocks, [mk_ro(ctx, ctx.t["rx"])])


def mk_review(ctx, plan_id, extra=()):
    s = ctx.site
    blocks = [("h", "Plan %s" % plan_id),
              ("p", "Isodose lines (%s) reviewed on the planning CT slice by slice and in the coronal and sagittal planes, "
                    "over the PTV and each organ at risk." % isodose_levels(s)),
              ("p", "DVH review, target and all critical structures: %s; %s." % ("; ".join(s.target_achieved), achieved_prose(s)))]
    blocks += [("p", x) for x in extra]
    blocks.append(("p", "Approved for treatment."))
    return mk_doc(ctx, "Physician Plan Review", blocks, [mk_ro(ctx, ctx.t["review"])])
