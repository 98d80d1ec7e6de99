"""Note layouts, part A: CPRS-style (Tamarack), CPSI-style (Bellwether), OncoEMR-style (Saguaro)."""
import textwrap

from u_render import Doc
from u_people import (mdy, mdy2, iso, hm, hm4, vista, short_us, ampm, tz_abbr, add, at)
from u_text import (necessity, rx_line, constraint_prose, achieved_prose, isodose_levels, constraint_rows,
                    achieved_rows, _g)


def wrap(s, w=78):
    return "\n".join(textwrap.fill(p, w) if p else "" for p in s.split("\n"))


# ================================================================== CPRS-style (Tamarack), TXT
def cprs_note(ctx, title, body, when, signed, author=None, status="COMPLETED", cosigner="", sig_title=None,
              sig=True):
    a = author or ctx.ro
    pt = ctx.pt
    L = ["                      *** SYNTHETIC TEST RECORD - NOT A REAL PATIENT ***",
         " LOCAL TITLE: %s" % title,
         "STANDARD TITLE: %s" % title,
         "DATE OF NOTE: %-22s ENTRY DATE: %s:%02d" % (vista(when), vista(when), 11 + when.minute % 40),
         "      AUTHOR: %-22s EXP COSIGNER: %s" % (a.caps_last_first(cred=False, space=False), cosigner),
         "     URGENCY: %-22s       STATUS: %s" % ("", status),
         "",
         "PATIENT: %s   MRN: %s   DOB: %s" % (pt.vista(), pt.mrn, mdy(pt.dob)),
         "FACILITY: %s" % ctx.clinic.name,
         ""]
    L.append(wrap(body))
    if sig:
        L += ["", "/es/ %s" % (a.full(cred=False).upper() + ", " + a.cred),
              sig_title or ("RADIATION ONCOLOGIST" if a.role == "ro" else ""),
              "Signed: %s %s" % (mdy(signed.date()), hm(signed))]
    L += ["", "SYNTHETIC"]
    return Doc("", [("mono", "\n".join(L))], meta_title=title)


def cprs_consult(ctx, necessity_text):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    body = ("REASON FOR CONSULT: %s.\n\nHISTORY: %s-year-old veteran presented at the multidisciplinary tumor board. %s\n\n"
            "EXAM: Alert, ECOG 0-1, no distress; examination otherwise as in the referring notes, no new deficits."
            "\n\nIMPRESSION: %s.\n\nPLAN: Definitive external beam radiotherapy. %s\n\n"
            "Intended technique: %s on the ring-gantry unit with daily cone-beam CT.\n\n%s\n\n"
            "Consent reviewed; questions answered; simulation to be scheduled." % (
                s.dx, pt.age(c.date()), s.history, s.dx, rx_line(s), s.technique, necessity_text))
    return cprs_note(ctx, "RADIATION ONCOLOGY CONSULT", body, c, ctx.t["consult_sign"])


def cprs_directive(ctx, plan_id):
    s = ctx.site
    lines = ["TREATMENT DIRECTIVE - %s (%s)" % (s.label.upper(), plan_id), "",
             "SIMULATION: " + s.sim, "", "PRESCRIPTION:"]
    for tg in s.targets:
        lines.append("  %s  %s Gy / %d fx  (%.2f Gy/fx)  %s" % (tg.name, _g(tg.dose), tg.fx, tg.per_fx, tg.desc))
    lines += ["", "NORMAL TISSUE DOSE LIMITS (must be met unless I approve an exception):"]
    for a, m, lim in s.constraints:
        lines.append("  %-30s %-7s %s" % (a, m, lim))
    lines += ["", "TECHNIQUE: %s, 6 MV flattening-filter-free, daily CBCT." % s.technique]
    body = "\n".join(lines)
    return cprs_note(ctx, "RAD ONC TREATMENT DIRECTIVE", body, ctx.t["rx"], ctx.t["rx"])


def cprs_plan_review(ctx, plan_id, author=None, status="COMPLETED", cosigner="", sig_title=None):
    s = ctx.site
    body = ("PHYSICIAN PLAN REVIEW - %s\n\n"
            "Isodose review: I went through the planning CT axial, coronal and sagittal reconstructions with the %s "
            "isodose lines displayed over each PTV and every contoured organ at risk. The prescription isodose "
            "wraps the targets and the hot spot lies inside the PTV.\n\n"
            "DVH review: cumulative dose-volume histograms for all targets and all critical structures were evaluated "
            "against the directive. Achieved: %s; %s. All directive limits are met.\n\n"
            "Plan %s is approved for treatment." % (plan_id, isodose_levels(s), "; ".join(s.target_achieved),
                                                     achieved_prose(s), plan_id))
    return cprs_note(ctx, "RAD ONC PLAN REVIEW", body, ctx.t["review"], ctx.t["review"], author=author, status=status,
                     cosigner=cosigner, sig_title=sig_title)


def ois_treatment_record(ctx, plan_id, n_shown, clinic_line, upper=True):
    """A plain OIS print of delivered fractions (first fraction dated)."""
    from u_text import fx_dates
    s = ctx.site
    days = fx_dates(ctx.t["first_fx"].date(), n_shown)
    L = [clinic_line, "TREATMENT HISTORY (OIS PRINT)   *** SYNTHETIC ***", "",
         "PATIENT: %s   MRN: %s" % (ctx.pt.caps(), ctx.pt.mrn), "PLAN: %s   FRACTIONS PLANNED: %d" % (plan_id, s.fx), "",
         "FX   DATE        PLAN            FIELDS                 DOSE/FX   CUMULATIVE  THERAPISTS"]
    per = s.targets[0].per_fx
    bs = s.beams
    fl = "+".join(b.bid for b in bs) if len(bs) <= 3 else "%s..%s (%d)" % (bs[0].bid, bs[-1].bid, len(bs))
    for i, d in enumerate(days, 1):
        L.append("%-4d %-11s %-15s %-22s %-9s %-11s %s" % (
            i, mdy(d), plan_id, fl, "%.2f Gy" % per, "%.2f Gy" % (per * i), "KM/JT"))
    L += ["", "Record continues; fractions %d-%d delivered as scheduled." % (n_shown + 1, s.fx), "SYNTHETIC"]
    return Doc("", [("mono", "\n".join(L))], meta_title="Treatment history", kind="record")


# ================================================================== CPSI-style (Bellwether), caps TXT, CRLF
def cpsi_report(ctx, report, dos, body, sig_line):
    pt = ctx.pt
    ro = ctx.ro
    L = ["BELLWETHER COMMUNITY HOSPITAL                 RADIATION ONCOLOGY                    PAGE 1",
         "*** SYNTHETIC TEST RECORD ***",
         "PATIENT: %-30s MED REC #: %-12s ACCT #: %s" % (pt.caps(), pt.mrn, "V" + pt.mrn[-6:] + "1"),
         "DOB: %s   AGE: %d   SEX: %s       ATTENDING: %s" % (mdy(pt.dob), pt.age(dos), pt.sex, ro.caps_last_first()),
         "REPORT: %-38s DATE OF SERVICE: %s" % (report, mdy2(dos)),
         "-" * 88]
    for para in body:
        L.append(wrap(para.upper(), 88))
        L.append("")
    L += ["-" * 88, sig_line, "", "END OF REPORT - SYNTHETIC"]
    return Doc("", [("mono", "\n".join(L))], crlf=True, meta_title=report)


def cpsi_sig(person, t):
    return "ELECTRONICALLY SIGNED BY: %s   ON: %s  AT: %s" % (person.caps_last_first(), mdy2(t.date()), hm4(t))


def cpsi_consult(ctx, necessity_text):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    body = ["CHIEF COMPLAINT: NEWLY DIAGNOSED CANCER, %s." % s.label,
            "HISTORY OF PRESENT ILLNESS: %s-YEAR-OLD SEEN AT THE REQUEST OF THE TUMOR CONFERENCE. DIAGNOSIS: %s. %s" % (
                pt.age(c.date()), s.dx, s.history),
            "ASSESSMENT: %s." % s.dx,
            "RECOMMENDATION: DEFINITIVE RADIATION THERAPY, %s. %s" % (s.technique, rx_line(s)),
            necessity_text,
            "THE PATIENT WISHES TO PROCEED. CONSENT SIGNED."]
    return cpsi_report(ctx, "RADIATION ONCOLOGY CONSULTATION", c.date(), body, cpsi_sig(ctx.ro, ctx.t["consult_sign"]))


def cpsi_rx(ctx, plan_id, signature="valid"):
    s = ctx.site
    t = ctx.t["rx"]
    body = ["IMRT TREATMENT DIRECTIVE / PRESCRIPTION - PLAN %s" % plan_id,
            "SIMULATION: " + s.sim]
    body.append("PRESCRIPTION: " + rx_line(s))
    body.append("CRITICAL STRUCTURE DOSE CONSTRAINTS: " + constraint_prose(s) + ".")
    body.append("TECHNIQUE: %s, DAILY KV IMAGING." % s.technique)
    if signature == "valid":
        sig = cpsi_sig(ctx.ro, t)
    else:
        sig = ("ORDERING PHYSICIAN: %s\r\nPHYSICIAN SIGNATURE: ** ON FILE **     DATE: %s" % (
            ctx.ro.caps_last_first(), mdy2(t.date())))
    return cpsi_report(ctx, "RADIATION THERAPY PRESCRIPTION", t.date(), body, sig)


def cpsi_plan_review(ctx, plan_id, qa_sentence=""):
    s = ctx.site
    t = ctx.t["review"]
    body = ["PHYSICIAN IMRT PLAN REVIEW - PLAN %s" % plan_id,
            "CT PLANNING IMAGES REVIEWED SLICE BY SLICE WITH THE ISODOSE CURVES (%s) DISPLAYED OVER ALL TARGETS AND "
            "ALL CRITICAL STRUCTURES. TARGET COVERAGE ACCEPTABLE; NO HOT SPOT OUTSIDE THE PTV." % isodose_levels(s),
            "DOSE VOLUME HISTOGRAMS REVIEWED FOR EVERY TARGET AND CRITICAL STRUCTURE: %s; %s." % (
                "; ".join(s.target_achieved), achieved_prose(s))]
    if qa_sentence:
        body.append(qa_sentence)
    body.append("PLAN %s APPROVED FOR TREATMENT." % plan_id)
    return cpsi_report(ctx, "IMRT PLAN REVIEW", t.date(), body, cpsi_sig(ctx.ro, t))


# ================================================================== OncoEMR-style (Saguaro), PDF with footer sign-off
def oncoemr_note(ctx, note_type, sections, signer, signed, provider_line=None, signer_suffix=""):
    pt = ctx.pt
    when = "%s %s MST" % (short_us(signed.date()), ampm(signed))
    bl = [("band", "OncoEMR-style  |  Saguaro Ridge Oncology  |  %s" % note_type),
          ("kv", [("Patient", "%s   DOB %s   MRN %s" % (pt.last_first(), mdy(pt.dob), pt.mrn)),
                  ("Visit date", short_us(signed.date())),
                  ("Provider", provider_line or "%s - Radiation Oncology" % signer.full()),
                  ("Note status", "Signed")])]
    for h, txt in sections:
        bl.append(("h", h))
        for para in (txt if isinstance(txt, list) else [txt]):
            if isinstance(para, tuple):
                bl.append(para)
            else:
                bl.append(("p", para))
    footer = ("SYNTHETIC | Saguaro Ridge Oncology | %s | %s, DOB %s\n"
              "Signed by %s%s | %s | Page {page} of {pages}" % (note_type, pt.last_first(), mdy(pt.dob), signer.full(),
                                                               signer_suffix, when))
    return Doc("", bl, font="Helvetica", size=9.5, footer=footer, meta_title=note_type)


def oncoemr_consult(ctx, necessity_text, extra_plan=""):
    s, pt = ctx.site, ctx.pt
    c = ctx.t["consult"]
    plan = "Recommend radiotherapy with %s. %s" % (s.technique, extra_plan)
    secs = [("Reason for visit", "Radiation oncology consultation: %s." % s.dx),
            ("History of present illness", "%s-year-old referred by Dr. Okwuosa (medical oncology). %s" % (pt.age(c.date()), s.history)),
            ("Assessment", s.dx + "."),
            ("Plan", [plan] + ([necessity_text] if necessity_text else []))]
    return oncoemr_note(ctx, "Radiation Oncology Consult", secs, ctx.ro, ctx.t["consult_sign"])


def oncoemr_txplan(ctx, plan_id):
    s = ctx.site
    secs = [("Radiation treatment plan", "Plan %s. Simulation: %s" % (plan_id, s.sim)),
            ("Prescription", rx_line(s)),
            ("Normal tissue constraints", [("table", [["Organ at risk", "Metric", "Limit"]] + constraint_rows(s))]),
            ("Technique", "%s with daily image guidance." % s.technique)]
    return oncoemr_note(ctx, "Radiation Treatment Plan", secs, ctx.ro, ctx.t["rx"])


def oncoemr_plan_review(ctx, plan_id, qa_rate, qa_tool="EPID dose reconstruction", achieved=True):
    s = ctx.site
    dvh = ("DVHs of all targets and critical structures were evaluated: %s; %s." % (
        "; ".join(s.target_achieved), achieved_prose(s)))
    secs = [("Physician plan review", [
        "The three-dimensional dose distribution of plan %s was inspected on the planning CT, slice by slice, with "
        "the %s isodose lines overlaid on the targets and normal structures; coverage is as intended." % (plan_id, isodose_levels(s)),
        dvh]),
        ("Patient-specific QA", "I reviewed the measured pre-treatment verification (%s): overall gamma pass rate "
                                "%.1f%%, above the 90%% action level. Acceptable for treatment." % (qa_tool, qa_rate)),
        ("Decision", "Plan %s approved for treatment." % plan_id)]
    return oncoemr_note(ctx, "Plan Review", secs, ctx.ro, ctx.t["review"])
