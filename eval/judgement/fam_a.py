"""Two clinic families.

Larkspur Valley (F1): Meditech-like TXT notes, DOCX treatment directive, Lodestar PDF plan reports (ruled,
three pages), OctaVue 4D PDF QA reports (ruled, three pages), TXT treatment record.
Hollins Ridge (F2): NextGen-like PDF notes and prescription, RTF letter of medical necessity, Kestrel INI-like
TXT plan exports, DOCX QA worksheets, TXT delivery log.
"""
from model import esig, approved, fmt, add, SIG_HEAD, sig_row
from notes import (meditech_txt, directive_docx, nextgen_pdf, letter_rtf, tx_record, necessity, sec,
                   rx_sentence)
from parts import consult_blocks, review_blocks, charges, unique_phases
from qa import octavue_pdf, qa_docx
from render import render_docx
from tps import plan_pdf, kestrel_txt, FOOT


def _beam_words(plan):
    b = plan["beams"]
    if b[0]["kind"] == "arc":
        return "%d VMAT arcs with gantry start/stop and direction" % len(b)
    return "%d static fields with gantry angles %s" % (len(b), ", ".join("%g" % x["gantry"] for x in b))


def whys(ch, phases, files, conds):
    """Default reasons for the met items; files: {'rx', 'nec', 'review': [..], 'plan': [..], 'qa': [..]}."""
    ph = phases[-1]
    return {
        "plan-goals-constraints": "%s: target prescription (%s) and organ-at-risk limits, signed by the "
                                  "radiation oncologist" % (files["rx"], rx_sentence(ph["plan"]["targets"])),
        "necessity-statement": "%s: signed physician statement why IMRT rather than 3D conformal, naming the %s"
                               % (files["nec"], ch.site["oar_words"]),
        "necessity-criterion": "%s states condition(s) %s" % (files["nec"], ", ".join(map(str, conds))),
        "image-review": "%s: CT with targets, critical structures and isodose lines reviewed; signed and dated "
                        "%s, before the first fraction" % (" and ".join(files["review"]), fmt(ph["review"])),
        "dvh-review": "%s: DVHs for all targets and organs at risk reviewed, signed by the radiation oncologist"
                      % " and ".join(files["review"]),
        "portal-description": "%s: beam table with %s" % (" and ".join(files["plan"]), _beam_words(ph["plan"])),
        "dosimetric-verification": "%s: measured patient-specific QA (composite gamma %.1f%%, above the report's "
                                   "tolerance), signed by the medical physicist and the radiation oncologist"
                                   % (" and ".join(files["qa"]), ph["qa"]["composite"] if ph["qa"] else 0),
    }


# ---------------------------------------------------------------- Larkspur Valley
def larkspur(ch, phases, *, consult, rx, conds, mode="imrt", nec_variant=0, plan_codes=None,
             constraints=True, extra_qa=(), physics_3d=True, skip_qa=False):
    c, ctx = ch.clinic, ch.ctx
    files = {"rx": "rx_directive.docx", "nec": "consult_%s.txt" % consult.strftime("%Y%m%d"),
             "review": [], "plan": [], "qa": []}
    ch.add(files["nec"], meditech_txt(ctx, "Radiation Oncology Consultation", consult,
                                      consult_blocks(ch, consult, conds, nec_variant, mode),
                                      [esig(c.md, consult, "17:40")], acct="V%s" % ch.patient.mrn[-5:]))
    ch.add(files["rx"], directive_docx(ctx, [(ph["label"], ph["plan"]["targets"], ph["plan"]["oars"])
                                             for ph in unique_phases(phases)],
                                       [approved(c.md, rx, "09:12")], constraints=constraints))
    for i, ph in enumerate(phases):
        plan, pid = ph["plan"], ph["plan"]["plan_id"]
        created = plan["created"][0]
        fp = "plan_%s.pdf" % pid
        ch.add(fp, plan_pdf(ctx, plan, "lodestar", approvals=[
            ("sig", "Signed by: %s (Dosimetrist) %s" % (c.dosim.full, fmt(created))),
            ("sig", "Verified by: %s (Medical Physicist) %s" % (c.phys.full, fmt(add(created, 1))))]))
        files["plan"].append(fp)
        fr = "planning_note_%s.txt" % pid
        kind = "Treatment Planning Note" + (" - Addendum (Late Entry)" if ph["review_kind"] == "late_entry" else "")
        ch.add(fr, meditech_txt(ctx, kind, ph["late_of"] or ph["review"], review_blocks(ph, i, i),
                                [esig(c.md, ph["review"], "15:36")], acct="V%s" % ch.patient.mrn[-5:]))
        files["review"].append(fr)
        if ph["technique"] == "imrt" and not skip_qa:
            fq = "imrt_qa_%s.pdf" % pid
            ch.add(fq, octavue_pdf(ctx, ph["qa"]))
            files["qa"].append(fq)
        elif ph["technique"] == "3d" and physics_3d:
            m = add(created, 1)
            ch.add("physics_plan_check_%s.txt" % pid, meditech_txt(
                ctx, "Physics Plan Check", m,
                sec("Check", "Plan %s (%s) checked against the directive: prescription, beam energies, MU, "
                             "table parameters and transfer to the record-and-verify system." % (pid, plan["technique"]),
                    "Independent MU calculation agrees with the planning system to within 1.6% for every "
                    "field. This is a 3D conformal plan, so no patient-specific phantom measurement is "
                    "scheduled."),
                ["Reviewed by: %s, %s  Date: %s" % (c.phys.full, c.phys.title, fmt(m))],
                acct="V%s" % ch.patient.mrn[-5:]))
    for fq, q in extra_qa:
        ch.add(fq, octavue_pdf(ctx, q))
        files["qa"].insert(0, fq)
    ch.add("treatment_record.txt", tx_record(ctx, [(ph["plan"]["plan_id"], ph["fx"]) for ph in phases if ph["fx"]]))
    ch.add("charges.csv", charges(ch, phases, plan_codes or ["77301"] * len(phases)))
    return whys(ch, phases, files, conds)


# ---------------------------------------------------------------- Hollins Ridge
def rx_blocks(phases, constraints=True):
    rxb = []
    for ph in unique_phases(phases):
        rxb += [("h", ph["label"]),
                ("table", ["Volume", "Dose", "Fractions", "Technique"],
                 [[t, "%.4g Gy" % d, str(n), ph["plan"]["technique"]] for t, d, n in ph["plan"]["targets"]])]
        if constraints:
            rxb.append(("table", ["Organ at risk", "Constraint", "Limit"],
                        [[s, m, lim] for s, m, lim, _a in ph["plan"]["oars"]]))
    return rxb


def mu_check_docx(ch, ph, on):
    c, p, plan = ch.clinic, ch.patient, ph["plan"]
    rows = [[b["id"], "%.1f" % b["mu"], "%.1f" % (b["mu"] * (1 + (k % 3 - 1) * 0.011)),
             "%+.1f%%" % ((k % 3 - 1) * 1.1)] for k, b in enumerate(plan["beams"])]
    B = [("title", "Independent MU Verification"),
         ("table", None, [["Patient", p.lastfirst, "MRN", p.mrn], ["DOB", fmt(p.dob), "Plan", plan["plan_id"]]]),
         ("p", "Second calculation (independent point-dose algorithm) for the %s plan. Action level 5%%." % plan["technique"]),
         ("table", ["Field", "TPS MU", "Independent MU", "Difference"], rows),
         ("p", "All fields within tolerance. A 3D conformal plan is not sent for phantom measurement."),
         ("table", SIG_HEAD, [sig_row(c.phys, on)])]
    return render_docx(B, header=(c.name + " - Physics", "%s  MRN %s" % (p.lastfirst, p.mrn)), footer=FOOT)


def hollins(ch, phases, *, consult, rx, conds, mode="imrt", nec_variant=1, plan_codes=None, rx_signed=None,
            letter_date=None, qa_title="Patient-Specific IMRT QA Worksheet", plan_goals="limits"):
    c, ctx = ch.clinic, ch.ctx
    files = {"rx": "rx_%s.pdf" % rx.strftime("%Y%m%d"), "nec": "necessity_letter.rtf", "review": [], "plan": [],
             "qa": []}
    cmode = "imrt_short" if mode == "imrt" else mode
    blocks = consult_blocks(ch, consult, conds, nec_variant, "3d" if mode == "3d" else "mixed" if mode == "mixed" else "imrt")
    if cmode == "imrt_short":  # the reasons go into the letter; the consult only points to it
        blocks = [b for b in blocks if not (b[0] == "p" and b[1].startswith(
            ("I am ", "Intensity-", "Medical necessity", "Why this")))]
        blocks.append(("p", "The medical necessity for IMRT is set out in a separate letter."))
    ch.add("consult_%s.pdf" % consult.strftime("%Y%m%d"),
           nextgen_pdf(ctx, "Radiation Oncology Consultation", consult, blocks, [esig(c.md, consult, "16:05")]))
    if mode == "imrt":
        ld = letter_date or add(consult, 2)
        ch.add(files["nec"], letter_rtf(ctx, "Letter of Medical Necessity: Intensity-Modulated Radiation Therapy", ld,
                                        [("p", "To the medical director:"), ("p", necessity(ch.site, conds, nec_variant)),
                                         ("p", "Please contact our office with any questions.")],
                                        ["/s/ %s, Radiation Oncologist   %s" % (c.md.full, fmt(ld))]))
    elif mode == "mixed":
        files["nec"] = "consult_%s.pdf" % consult.strftime("%Y%m%d")
    ch.add(files["rx"], nextgen_pdf(ctx, "Radiation Therapy Prescription", rx, rx_blocks(phases),
                                    [esig(c.md, rx_signed or rx, "08:50")]))
    for ph in phases:
        plan, pid = ph["plan"], ph["plan"]["plan_id"]
        created = plan["created"][0]
        fp = "%s_export.txt" % pid
        ch.add(fp, kestrel_txt(ctx, plan, approvals=[
            "Signed by: %s (Dosimetrist) %s" % (c.dosim.full, created.isoformat()),
            "Verified by: %s (Medical Physicist) %s" % (c.phys.full, add(created, 1).isoformat())],
            goals=plan_goals))
        files["plan"].append(fp)
        fr = "plan_review_%s.pdf" % pid
        ch.add(fr, nextgen_pdf(ctx, "Physician Plan Review", ph["late_of"] or ph["review"], review_blocks(ph, 1, 1),
                               [esig(c.md, ph["review"], "14:20")]))
        files["review"].append(fr)
        if ph["technique"] == "imrt":
            fq = "psqa_%s.docx" % pid
            ch.add(fq, qa_docx(ctx, ph["qa"], title=qa_title))
            files["qa"].append(fq)
        else:
            ch.add("mu_check_%s.docx" % pid, mu_check_docx(ch, ph, add(created, 1)))
    ch.add("delivery_log.txt", tx_record(ctx, [(ph["plan"]["plan_id"], ph["fx"]) for ph in phases],
                                         title="Delivery Log"))
    ch.add("charges.csv", charges(ch, phases, plan_codes or ["77301"] * len(phases)))
    return whys(ch, phases, files, conds)
