"""Three clinic families.

Cape Ashby (F3): RTF consult and planning notes, Clarion OIS prescription (pipe rows) and activity journal
(TXT), Cadence Dose PDF plan documents (Times, ruled), RTF physics memoranda for QA.
Marlow Creek (F4): everything in Word: consult, planning directive, Vireo plan summary / evaluation, physician
plan evaluation, IMRT delivery verification worksheet, treatment record.
Pinecrest (F5): PDF notes (A4, Times) with 'Authenticated by:' lines, Meridian Plan PDF reports, PlanProof
one-page PDF QA summaries with 'Physicist: ... Date:' lines, TXT treatment history.
"""
from fam_a import whys, rx_blocks, mu_check_docx
from model import esig, fmt, add
from notes import (letter_rtf, clarion_rx_txt, ois_log_txt, note_docx, directive_docx, nextgen_pdf, tx_record)
from parts import consult_blocks, review_blocks, charges, unique_phases
from qa import qa_rtf, qa_docx, planproof_pdf
from tps import plan_pdf, vireo_docx


# ---------------------------------------------------------------- Cape Ashby
def cape(ch, phases, *, consult, rx, conds, nec_variant=2, oar_limits=True, plan_goals="limits", plan_codes=None,
         log_extra=()):
    c, ctx = ch.clinic, ch.ctx
    files = {"rx": "clarion_rx.txt", "nec": "consult_%s.rtf" % consult.strftime("%Y%m%d"),
             "review": [], "plan": [], "qa": []}
    ch.add(files["nec"], letter_rtf(ctx, "Radiation Oncology Consultation", consult,
                                    consult_blocks(ch, consult, conds, nec_variant, "imrt"),
                                    ["/s/ %s, Radiation Oncologist   %s" % (c.md.full, fmt(consult))]))
    first = phases[0]["plan"]
    ch.add(files["rx"], clarion_rx_txt(ctx, first["targets"], first["oars"] if oar_limits else None,
                                       ["Approved by: %s (Radiation Oncologist) %s 08:41" % (c.md.full, fmt(rx, "dmy"))],
                                       first["technique"]))
    md, ph_, ds = c.md.lastfirst + " " + c.md.cred, c.phys.lastfirst + " " + c.phys.cred.split(",")[0], \
        c.dosim.lastfirst + " CMD"
    log = list(log_extra) + [
           (add(consult, 7), "08:30", c.rtt.lastfirst + " RTT", "CT simulation", "Immobilisation made, planning CT "
                                                                                "acquired"),
           (rx, "08:41", md, "Prescription approved", "Clarion Rx, course C1")]
    for i, ph in enumerate(phases):
        plan, pid = ph["plan"], ph["plan"]["plan_id"]
        created = plan["created"]
        fp = "plan_%s.pdf" % pid
        ch.add(fp, plan_pdf(ctx, plan, "cadence", goals=plan_goals, a4=True, approvals=[
            ("sig", "Signed by: %s (Dosimetrist) %s" % (c.dosim.full, fmt(created[0], "dmy"))),
            ("sig", "Verified by: %s (Medical Physicist) %s" % (c.phys.full, fmt(add(created[0], 1), "dmy")))]))
        files["plan"].append(fp)
        fr = "planning_note_%s.rtf" % pid
        ch.add(fr, letter_rtf(ctx, "Treatment Planning Note", ph["late_of"] or ph["review"], review_blocks(ph, 2, 2),
                              ["/s/ %s, Radiation Oncologist   %s" % (c.md.full, fmt(ph["review"]))]))
        files["review"].append(fr)
        log += [(created[0], created[1], ds, "Plan created", pid),
                (add(created[0], 1), "11:20", ph_, "Physics plan check", pid + " - complete"),
                (ph["review"], "15:02", md, "Planning note signed", fr)]
        if ph["qa"]:
            fq = "qa_memo_%s.rtf" % pid
            ch.add(fq, qa_rtf(ctx, ph["qa"]))
            files["qa"].append(fq)
            m = ph["qa"]["measured"]
            log.append((m[0], m[1], ph_, "IMRT QA measured", "%s composite %.1f%%" % (pid, ph["qa"]["composite"])))
            for person, dd in ph["qa"]["sigs"]:
                if dd is not None and person is c.md:
                    log.append((dd, "12:10", md, "QA memo co-signed", fq))
        for k, fd in enumerate(ph["fx"]):
            if k < 3 or k == len(ph["fx"]) - 1:
                log.append((fd, "09:%02d" % (10 + k), c.rtt.lastfirst + " RTT", "Treatment delivered",
                            "%s fraction %d of %d" % (pid, k + 1, len(ph["fx"]))))
    ch.add("clarion_activity_log.txt", ois_log_txt(ctx, log))
    ch.add("charges.csv", charges(ch, phases, plan_codes or ["77301"] + [None] * (len(phases) - 1)))
    return whys(ch, phases, files, conds)


# ---------------------------------------------------------------- Marlow Creek
def marlow(ch, phases, *, consult, rx, conds, mode="imrt", nec_variant=3, directive=True, evaluation_only=False,
           plan_codes=None):
    c, ctx = ch.clinic, ch.ctx
    files = {"rx": "planning_directive.docx", "nec": "consult_%s.docx" % consult.strftime("%Y%m%d"),
             "review": [], "plan": [], "qa": []}
    ch.add(files["nec"], note_docx(ctx, "Radiation Oncology Consultation", consult,
                                   consult_blocks(ch, consult, conds, nec_variant, mode),
                                   ["Signed by: %s  %s 11:30" % (c.md.full, fmt(consult))]))
    if directive:
        ch.add(files["rx"], directive_docx(ctx, [(ph["label"], ph["plan"]["targets"], ph["plan"]["oars"])
                                                 for ph in unique_phases(phases)],
                                           ["Signed by: %s  %s 10:02" % (c.md.full, fmt(rx))],
                                           title="Prescription and Planning Directive"))
    for ph in phases:
        plan, pid = ph["plan"], ph["plan"]["plan_id"]
        created = plan["created"][0]
        fp = ("plan_evaluation_%s.docx" if evaluation_only else "plan_summary_%s.docx") % pid
        ch.add(fp, vireo_docx(ctx, plan, evaluation_only=evaluation_only, approvals=[
            ("sig", "Signed by: %s (Dosimetrist) %s" % (c.dosim.full, fmt(created, "long"))),
            ("sig", "Verified by: %s (Medical Physicist) %s" % (c.phys.full, fmt(add(created, 1), "long")))]))
        files["plan"].append(fp)
        fr = "physician_plan_evaluation_%s.docx" % pid
        ch.add(fr, note_docx(ctx, "Physician Plan Evaluation", ph["late_of"] or ph["review"], review_blocks(ph, 0, 1),
                             [esig(c.md, ph["review"], "13:48")]))
        files["review"].append(fr)
        if ph["qa"]:
            fq = "imrt_delivery_verification_%s.docx" % pid
            ch.add(fq, qa_docx(ctx, ph["qa"], title="IMRT Delivery Verification"))
            files["qa"].append(fq)
        else:
            ch.add("physics_check_%s.docx" % pid, mu_check_docx(ch, ph, add(created, 1)))
    ch.add("treatment_record.docx", tx_record(ctx, [(ph["plan"]["plan_id"], ph["fx"]) for ph in phases], kind="docx"))
    ch.add("charges.csv", charges(ch, phases, plan_codes or ["77301"] * len(phases)))
    return whys(ch, phases, files, conds)


# ---------------------------------------------------------------- Pinecrest
def _auth(p, d, time):
    return "Authenticated by: %s on %s %s" % (p.full, fmt(d), time)


def pinecrest(ch, phases, *, consult, rx, conds, nec_variant=0, plan_codes=None):
    c, ctx = ch.clinic, ch.ctx
    pdf = dict(font="Times-Roman", accent="#7a1f1f", a4=True)
    files = {"rx": "prescription.pdf", "nec": "consult_%s.pdf" % consult.strftime("%Y%m%d"),
             "review": [], "plan": [], "qa": []}
    ch.add(files["nec"], nextgen_pdf(ctx, "Consultation - Radiation Oncology", consult,
                                     consult_blocks(ch, consult, conds, nec_variant, "imrt"),
                                     [_auth(c.md, consult, "16:44")], **pdf))
    ch.add(files["rx"], nextgen_pdf(ctx, "Treatment Prescription", rx, rx_blocks(phases),
                                    [_auth(c.md, rx, "07:58")], **pdf))
    for i, ph in enumerate(phases):
        plan, pid = ph["plan"], ph["plan"]["plan_id"]
        created = plan["created"][0]
        fp = "plan_%s.pdf" % pid
        ch.add(fp, plan_pdf(ctx, plan, "meridian", approvals=[
            ("sig", "Signed by: %s (Dosimetrist) %s" % (c.dosim.full, fmt(created))),
            ("sig", "Verified by: %s (Medical Physicist) %s" % (c.phys.full, fmt(add(created, 1))))]))
        files["plan"].append(fp)
        fr = "plan_review_%s.pdf" % pid
        ch.add(fr, nextgen_pdf(ctx, "Plan Review - Radiation Oncology", ph["late_of"] or ph["review"],
                               review_blocks(ph, i, 2 - i), [_auth(c.md, ph["review"], "17:05")], **pdf))
        files["review"].append(fr)
        if ph["qa"]:
            fq = "planproof_%s.pdf" % pid
            ch.add(fq, planproof_pdf(ctx, dict(ph["qa"], phase=ph["label"])))
            files["qa"].append(fq)
    ch.add("tx_history.txt", tx_record(ctx, [(ph["plan"]["plan_id"], ph["fx"]) for ph in phases],
                                       title="Treatment History"))
    ch.add("charges.csv", charges(ch, phases, plan_codes or ["77301"] + [None] * (len(phases) - 1)))
    return whys(ch, phases, files, conds)
