"""Note layouts, part B: MEDHOST-style (Lakeshore), Oracle Health community-style (Cedar Hollow),
ambient/dictation transcription (Harbor Point)."""
from u_render import Doc
from u_people import (mdy, mdy2, iso, hm, long_us, dmy_long, tz_abbr, add, at)
from u_text import (aged, lc, rx_line, constraint_prose, achieved_prose, isodose_levels, constraint_rows, _g)


# ================================================================== MEDHOST-style (Lakeshore), PDF
def medhost_doc(ctx, title, dos, sections, auth, auth_t):
    """auth: a Person, or a raw string placed after 'Authenticated By:' (e.g. a user number)."""
    pt, z = ctx.pt, ctx.clinic.zone
    bl = [("title", title),
          ("table", [["Patient Name", pt.caps(), "MRN", pt.mrn],
                     ["Attending Physician", ctx.ro.last_first(), "Account", "LG" + pt.mrn[-5:] + "07"],
                     ["Date of Birth", mdy(pt.dob), "Service Date", mdy(dos)],
                     ["Facility", ctx.clinic.name, "Department", "Radiation Oncology"]],
           {"header": False, "widths": [0.17, 0.38, 0.2, 0.25], "size": 8.5})]
    for h, txt in sections:
        bl.append(("h", h))
        for para in (txt if isinstance(txt, list) else [txt]):
            bl.append(para if isinstance(para, tuple) else ("p", para))
    who = auth if isinstance(auth, str) else auth.last_first()
    bl += [("sp", 6), ("p", "Authenticated By: %s   Date/Time: %s %s %s" % (who, mdy(auth_t.date()), hm(auth_t), tz_abbr(auth_t, z)))]
    return Doc("", bl, font="Helvetica", size=9.5, header="Lakeshore General Hospital  -  %s" % title, header_right="SYNTHETIC",
               footer="SYNTHETIC TEST DOCUMENT | printed from the hospital record | Page {page} of {pages}", meta_title=title)


def medhost_consult(ctx, necessity_text, extra=()):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    secs = [("Reason for Consultation", s.dx + "."),
            ("History", "%s-year-old patient. %s" % (pt.age(c.date()), s.history))] + list(extra) + [
            ("Impression", s.dx + "."),
            ("Recommendations", ["Radiotherapy with %s. %s" % (s.technique, rx_line(s)), necessity_text])]
    return medhost_doc(ctx, "Radiation Oncology Consultation", c.date(), secs, ctx.ro, ctx.t["consult_sign"])


def medhost_rx(ctx, plan_id):
    s = ctx.site
    secs = [("Prescription", ["Plan %s." % plan_id, rx_line(s)]),
            ("Dose constraints for critical structures",
             [("table", [["Structure", "Metric", "Constraint"]] + constraint_rows(s))]),
            ("Technique and imaging", "%s; daily kV imaging, weekly CBCT." % s.technique),
            ("Simulation", s.sim)]
    return medhost_doc(ctx, "Radiation Oncology Prescription", ctx.t["rx"].date(), secs, ctx.ro, ctx.t["rx"])


def medhost_plan_review(ctx, plan_id, auth=None, auth_t=None):
    s = ctx.site
    secs = [("Plan review", [
        "Plan %s. Representative isodose distributions (%s) were reviewed on the CT-based images in all three planes, "
        "covering the target and every critical structure." % (plan_id, isodose_levels(s)),
        "Dose-volume histograms for all targets and critical structures reviewed: %s; %s. Constraints met." % (
            "; ".join(s.target_achieved), achieved_prose(s)),
        "Approved for treatment."])]
    return medhost_doc(ctx, "Radiation Oncology Plan Review", ctx.t["review"].date(), secs,
                       auth if auth is not None else ctx.ro, auth_t or ctx.t["review"])


def compensator_design(ctx, plan_id):
    s, z = ctx.site, ctx.clinic.zone
    r = ctx.rng
    rows = [["Field", "Gantry", "Compensator ID", "Material", "Max / min thickness (cm)", "Matrix", "Tray / source-to-tray",
             "Milling file"]]
    for b in s.beams:
        mx = r.uniform(3.1, 4.6)
        rows.append([b.bid, "%.0f" % b.gantry, "%s-%s" % (ctx.pt.mrn[-4:], b.bid), "brass", "%.2f / %.2f" % (mx, r.uniform(0.2, 0.6)),
                     "0.25 x 0.25 cm", "slot 2 / 65.4 cm", "%s_%s.mill" % (plan_id, b.bid)])
    secs = [("Compensator design (one per portal)", [
        "Plan %s is compensator-based IMRT. Each portal's optimised intensity map was converted into a milled brass "
        "compensator thickness map (effective attenuation coefficient 0.53 /cm for 6 MV), one compensator per field:" % plan_id,
        ("table", rows, {"size": 7.5}),
        "Each milled compensator was checked on arrival: thickness at five points against the design within 0.5 mm, "
        "orientation notch and field label verified."])]
    return medhost_doc(ctx, "Compensator Design Record", ctx.t["plan"].date(), secs,
                       ctx.phys.last_first(cred=False) + " PhD, DABR", ctx.t["physcheck"])


def lakeshore_prior_course(ctx):
    L = ["LAKESHORE GENERAL HOSPITAL - RADIATION ONCOLOGY", "TREATMENT SUMMARY (PRIOR COURSE)   *** SYNTHETIC ***", "",
         "PATIENT: %s   MRN: %s" % (ctx.pt.caps(), ctx.pt.mrn),
         "COURSE: 2023-1  SITE: T9-T12 SPINE (PAINFUL METASTASIS)",
         "DATES: 06/05/2023 - 06/16/2023",
         "TECHNIQUE: 3D CONFORMAL, PA AND AP FIELDS, 6 MV",
         "DOSE: 30 GY IN 10 FRACTIONS TO MIDPLANE",
         "FIELD BORDERS: SUPERIOR = MID T8, INFERIOR = T12/L1 INTERSPACE",
         "TOLERATED WELL; PAIN RESOLVED.",
         "", "SUMMARY SIGNED 06/20/2023 BY THE TREATING PHYSICIAN (COPY FOR REFERENCE)", "SYNTHETIC"]
    return Doc("", [("mono", "\n".join(L))], meta_title="Prior course summary", kind="history")


# ================================================================== Oracle Health community-style (Cedar Hollow), PDF
def cw_doc(ctx, doc_type, sections, signer, t, author_line=True):
    pt, z = ctx.pt, ctx.clinic.zone
    bl = [("band", "Cedar Hollow Regional Medical Center  -  %s" % doc_type),
          ("kv", [("Patient:", "%s, %s" % (pt.family.upper(), pt.given.upper())), ("MRN:", pt.mrn), ("DOB:", long_us(pt.dob)),
                  ("Service date:", long_us(t.date())), ("Document type:", doc_type)] +
           ([("Author:", "%s (Radiation Oncology)" % signer.full())] if author_line else []))]
    for h, txt in sections:
        bl.append(("h", h))
        for para in (txt if isinstance(txt, list) else [txt]):
            bl.append(para if isinstance(para, tuple) else ("p", para))
    bl += [("sp", 6), ("p", "Verified electronically by %s on %s %s %s" % (signer.full(), long_us(t.date()), hm(t), tz_abbr(t, z)))]
    return Doc("", bl, font="Times-Roman", size=10.5, header="SYNTHETIC", header_right="Cedar Hollow Regional Medical Center",
               footer="SYNTHETIC test document | %s | Page {page} of {pages}" % doc_type, meta_title=doc_type)


def cw_consult(ctx, necessity_text):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    secs = [("Consultation", "%s-year-old seen for %s. %s" % (pt.age(c.date()), lc(s.dx), s.history)),
            ("Assessment and plan", ["Adjuvant radiotherapy, %s. %s" % (s.technique, rx_line(s)), necessity_text])]
    return cw_doc(ctx, "Radiation Oncology Consultation", secs, ctx.ro, ctx.t["consult_sign"])


def cw_directive(ctx, plan_id):
    s = ctx.site
    secs = [("Prescription", ["Plan %s. %s" % (plan_id, rx_line(s))]),
            ("Dose limits for organs at risk", [("table", [["Organ", "Metric", "Limit"]] + constraint_rows(s))]),
            ("Setup", s.sim)]
    return cw_doc(ctx, "Radiation Treatment Directive", secs, ctx.ro, ctx.t["rx"])


def cw_plan_review(ctx, plan_id):
    s = ctx.site
    secs = [("Plan evaluation", [
        "Representative isodose distributions were reviewed on the planning CT in axial, sagittal and coronal views "
        "(%s lines), over the PTV and every organ at risk." % isodose_levels(s),
        "Dose-volume histograms for the target and all critical structures: %s; %s. All limits met." % (
            "; ".join(s.target_achieved), achieved_prose(s)),
        "Plan %s approved." % plan_id])]
    return cw_doc(ctx, "Physician Plan Evaluation", secs, ctx.ro, ctx.t["review"])


# ================================================================== dictation / ambient transcription (Harbor Point), DOCX or RTF
def dax_note(ctx, title, paragraphs, t, closing="attested", fmt="docx"):
    pt, z = ctx.pt, ctx.clinic.zone
    ro = ctx.ro
    bl = [("title", title),
          ("p", "Harbor Point Radiation Associates - note drafted from the clinician's recorded dictation. SYNTHETIC record."),
          ("kv", [("Patient:", "%s %s" % (pt.given, pt.family)), ("DOB:", dmy_long(pt.dob)), ("MRN:", pt.mrn),
                  ("Date of service:", dmy_long(t.date())), ("Clinician:", "%s, Radiation Oncology" % ro.full())])]
    for p in paragraphs:
        bl.append(p if isinstance(p, tuple) else ("p", p))
    when = "%s %s %s" % (dmy_long(t.date()), hm(t), tz_abbr(t, z))
    if closing == "attested":
        bl.append(("p", "Attested by: %s, Radiation Oncology - %s" % (ro.full(), when)))
    elif closing == "dbnr":
        t2 = add(t.date(), 1)
        bl += [("p", "Dictated by: %s   Dictated: %s" % (ro.full(), when)),
               ("p", "Transcribed: %s 06:12 %s (job 58-%04d)" % (dmy_long(t2), tz_abbr(t, z), ctx.rng.randint(1000, 9999))),
               ("p", "DICTATED BUT NOT READ - this document has not been reviewed by the author.")]
    return Doc("", bl, font="Times-Roman", size=10.5, header="Harbor Point Radiation Associates  |  SYNTHETIC",
               footer="SYNTHETIC transcription", meta_title=title, fmt=fmt)


def dax_consult(ctx, necessity_paragraph, three_d=False):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    paras = ["This is Dr. %s seeing %s %s, %s referred for %s. %s" % (
        ctx.ro.family, pt.given, pt.family, aged(pt.age(c.date())), lc(s.dx), s.history),
        "On examination today performance status is good and there are no new findings that change staging.",
        "My recommendation is radiotherapy: %s." % rx_line(s).rstrip("."),
        necessity_paragraph,
        "We talked through acute and late effects, and consent was signed."]
    return dax_note(ctx, "Radiation Oncology Consultation", paras, ctx.t["consult_sign"])


def dax_directive(ctx, plan_id, three_d=False):
    s = ctx.site
    paras = ["Simulation and treatment directive, plan %s. %s" % (plan_id, s.sim),
             "Prescription: %s" % rx_line(s)]
    if s.constraints:
        paras += ["Dose limits for the organs at risk, to be met by the plan:",
                  ("table", [["Organ at risk", "Metric", "Limit"]] + constraint_rows(s))]
    paras.append("Technique: %s." % ("3D conformal, four static MLC-shaped fields" if three_d else s.technique))
    return dax_note(ctx, "Simulation Note and Treatment Directive", paras, ctx.t["rx"])


def dax_plan_review(ctx, plan_id, closing="attested", fmt="rtf", qa_line=""):
    s = ctx.site
    paras = ["Plan review for %s." % plan_id,
             "I reviewed the plan on the CT data set, scrolling through every axial slice with the isodose lines on "
             "(%s), and checked the coronal and sagittal reconstructions; the targets are covered and the isodose "
             "lines fall away from the critical structures." % isodose_levels(s),
             "I went through the DVHs for every target and critical structure. Achieved values: %s; %s." % (
                 "; ".join(s.target_achieved), achieved_prose(s))]
    if qa_line:
        paras.append(qa_line)
    paras.append("The plan is acceptable and I approve it for treatment.")
    return dax_note(ctx, "Physician Plan Review", paras, ctx.t["review"], closing=closing, fmt=fmt)
