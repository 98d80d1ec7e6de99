"""Physician notes, prescriptions, OIS logs and treatment records in several invented EHR styles, plus the
clinical wordings they share."""
from model import fmt, MARK
from render import render_pdf, render_docx, render_rtf, render_txt

FOOT = "%s test record - invented patient and staff - not for clinical use" % MARK


# ---------------------------------------------------------------- wordings
def oar_names(oars):
    seen = []
    for s, *_ in oars:
        if s not in seen:
            seen.append(s)
    return seen


def targets_txt(targets):
    return ", ".join(t for t, _d, _n in targets)


def rx_sentence(targets):
    return "; ".join("%s %.4g Gy in %d fractions" % (t, d, n) for t, d, n in targets)


NEC_OPENERS = [
    "I am recommending IMRT for this patient in place of a 3D conformal plan. My reasons: {r}. The organs at "
    "risk that drive this choice are the {o}.",
    "Intensity-modulated planning is required here; conventional and 3D conformal arrangements were judged "
    "inadequate because {r}. Structures at risk: {o}.",
    "Medical necessity for IMRT (rather than a conventional or 3D conformal technique): {r}. A forward-planned "
    "arrangement would overdose the {o}.",
    "Why this patient needs inverse-planned IMRT and not 3D conformal treatment: {r}. The critical structures "
    "in question are the {o}.",
]


def necessity(site, conds, variant=0):
    r = "; and ".join(site["necessity"][c] for c in conds)
    return NEC_OPENERS[variant % len(NEC_OPENERS)].format(r=r, o=site["oar_words"])


IMG = [
    "Images reviewed for plan {plan}: the planning CT showing {t} and every contoured organ at risk ({o}), with "
    "the 95%, 100% and 105% isodose lines overlaid in axial, sagittal and coronal planes. The three-dimensional "
    "dose distribution is acceptable.",
    "Isodose review for {plan}: I went through the treatment-planning CT with the target volumes ({t}) and the "
    "critical structures ({o}) displayed and the isodose lines superimposed. Coverage and conformity are "
    "acceptable.",
    "I have examined the isodose distribution of {plan} on the simulation CT, checking coverage of {t} and the "
    "dose to {o} in axial, coronal and sagittal views.",
]
DVH = [
    "Dose-volume histograms for {t} and for each organ at risk ({o}) were reviewed; target coverage and "
    "normal-tissue doses are acceptable.",
    "DVH review: cumulative DVHs of all targets ({t}) and all critical structures ({o}) examined. {s}",
    "I reviewed the DVHs of the targets and of the {o}. {s}",
]


def image_review(plan_id, targets, oars, variant=0):
    return IMG[variant % len(IMG)].format(plan=plan_id, t=targets_txt(targets), o=", ".join(oar_names(oars)))


def dvh_review(targets, tstats, oars, variant=0):
    s = "; ".join("%s %s %s" % x for x in tstats) + "; " + "; ".join(
        "%s %s %s" % (n, m.replace(" (composite)", ""), a) for n, m, _l, a in oars[:3]) + "."
    return DVH[variant % len(DVH)].format(t=targets_txt(targets), o=", ".join(oar_names(oars)), s=s)


def sec(h, *paras):
    return [("h", h)] + [("p", x) for x in paras]


# ---------------------------------------------------------------- EHR notes
def meditech_txt(ctx, doc_type, service, blocks, sig_lines, status="Signed", acct="V0000"):
    """Meditech-like text report.  blocks: body blocks; sig_lines: strings after the body."""
    p, c = ctx["patient"], ctx["clinic"]
    head = ("%s  **%s TEST RECORD**" % (c.name.upper(), MARK),
            "PATIENT: %s   MRN: %s   DOB: %s   ACCT#: %s   LOC: RAD ONC" % (
                p.lastfirst.upper(), p.mrn, fmt(p.dob), acct))
    B = [("kv", [("REPORT STATUS", status), ("DOCUMENT", doc_type.upper()), ("DATE OF SERVICE", fmt(service))])]
    B += list(blocks) + [("p", "")] + [("sig", s) for s in sig_lines]
    return render_txt(B, header=head, footer=FOOT, rule="-")


def nextgen_pdf(ctx, doc_type, encounter, blocks, sig_lines, provider=None, font="Helvetica",
                accent="#3b3b98", a4=False):
    p, c = ctx["patient"], ctx["clinic"]
    prov = provider or c.md
    B = [("title", doc_type),
         ("table", ["Patient", "DOB", "MRN", "Encounter date", "Provider"],
          [[p.lastfirst, fmt(p.dob), p.mrn, fmt(encounter), prov.full]])]
    B += list(blocks) + [("h", "Signature")] + [("sig", s) for s in sig_lines]
    header = (c.name, "%s  |  %s" % (doc_type, MARK))
    return render_pdf(B, header=header, footer=FOOT, accent=accent, title=doc_type, font=font, a4=a4)


def letter_rtf(ctx, title, date, blocks, sig_lines):
    p, c = ctx["patient"], ctx["clinic"]
    B = [("title", title),
         ("p", "%s, %s  -  %s" % (c.name, c.city, fmt(date, "long"))),
         ("kv", [("Patient", p.firstlast), ("Medical record number", p.mrn), ("Date of birth", fmt(p.dob, "long"))])]
    B += list(blocks) + [("sig", s) for s in sig_lines]
    return render_rtf(B, header=(c.name, MARK + " test record"), footer=FOOT)


def note_docx(ctx, title, date, blocks, sig_lines):
    p, c = ctx["patient"], ctx["clinic"]
    B = [("title", title),
         ("table", None, [["Patient", p.lastfirst, "MRN", p.mrn],
                          ["Date of birth", fmt(p.dob), "Note date", fmt(date)]])]
    B += list(blocks) + [("h", "Authentication")] + [("sig", s) for s in sig_lines]
    return render_docx(B, header=(c.name, "%s  %s" % (p.lastfirst, MARK)), footer=FOOT)


# ---------------------------------------------------------------- prescriptions
def directive_docx(ctx, phases, sig_lines, constraints=True, title="Radiation Treatment Directive"):
    """phases: [(label, targets, oars)]"""
    p, c = ctx["patient"], ctx["clinic"]
    B = [("title", title),
         ("table", None, [["Patient", p.lastfirst], ["MRN", p.mrn], ["DOB", fmt(p.dob, "long")],
                          ["Diagnosis", ctx["site"]["dx"]], ["ICD-10-CM", ctx["site"]["icd"]]])]
    for label, targets, oars in phases:
        B += [("h", label),
              ("table", ["Target", "Total dose (Gy)", "Fractions", "Dose per fraction (Gy)", "Energy"],
               [[t, "%.4g" % d, str(n), "%.3g" % (d / n), "per plan"] for t, d, n in targets])]
        if constraints:
            B += [("p", "Normal-tissue dose limits (planning must meet these):"),
                  ("table", ["Organ at risk", "Parameter", "Limit", "Priority"],
                   [[s, m.replace(" (composite)", " (composite)"), lim, "Hard" if i < 2 else "Soft"]
                    for i, (s, m, lim, _a) in enumerate(oars)])]
    B += [("h", "Prescriber")] + [("sig", s) for s in sig_lines]
    return render_docx(B, header=(c.name + " - Radiation Oncology", "%s  %s" % (p.lastfirst, MARK)), footer=FOOT)


def clarion_rx_txt(ctx, targets, oars, sig_lines, technique):
    """Clarion OIS prescription export with pipe-delimited rows.  oars None: no limits section."""
    p, c = ctx["patient"], ctx["clinic"]
    L = ["Clarion OIS 11 :: Prescription :: %s" % c.name, "%s TEST RECORD" % MARK, "",
         "Patient    | %s" % p.lastfirst, "MRN        | %s" % p.mrn, "DOB        | %s" % fmt(p.dob, "dmy"),
         "Diagnosis  | %s (%s)" % (ctx["site"]["dx"], ctx["site"]["icd"]), "Technique  | %s" % technique, "",
         "-- Dose prescription --", "Site | Volume | Total | Fx | Per fx"]
    for t, d, n in targets:
        L.append("Primary | %s | %.4g Gy | %d | %.3g Gy" % (t, d, n, d / n))
    if oars:
        L += ["", "-- Organ-at-risk limits --", "Structure | Metric | Limit"]
        L += ["%s | %s | %s" % (s, m, lim) for s, m, lim, _a in oars]
    L += ["", "-- Authorisation --"] + list(sig_lines) + [""]
    return "\n".join(L).encode("utf-8")


# ---------------------------------------------------------------- OIS / treatment records
def ois_log_txt(ctx, entries):
    """entries: [(date, time, user, activity, detail)]"""
    p, c = ctx["patient"], ctx["clinic"]
    L = ["Clarion OIS 11 - Activity Journal - %s" % c.name, "%s TEST RECORD" % MARK,
         "Patient: %s   MRN: %s   DOB: %s" % (p.lastfirst, p.mrn, fmt(p.dob, "dmy")), "",
         "%-17s %-32s %-30s %s" % ("When", "User", "Activity", "Detail"), "-" * 120]
    for d, t, user, act, detail in sorted(entries, key=lambda e: (e[0], e[1])):
        L.append("%-17s %-32s %-30s %s" % ("%s %s" % (d.isoformat(), t), user, act, detail))
    return ("\n".join(L) + "\n").encode("utf-8")


def tx_record(ctx, plan_fx, kind="txt", title="Treatment Delivery Record"):
    """plan_fx: [(plan_id, [dates])]; fraction numbers run on across plans."""
    p, c = ctx["patient"], ctx["clinic"]
    rows, n = [], 0
    for plan_id, dates in plan_fx:
        for d in dates:
            n += 1
            rows.append([str(n), fmt(d), plan_id, "Delivered as scheduled", c.rtt.full])
    B = [("title", title),
         ("p", "Fractions delivered to date for %s (MRN %s, DOB %s). First fraction %s." % (
             p.lastfirst, p.mrn, fmt(p.dob), fmt(min(d for _p, ds in plan_fx for d in ds)))),
         ("table", ["Fx", "Date", "Plan", "Status", "Therapist"], rows)]
    head = (c.name, "%s  MRN %s  %s" % (p.lastfirst, p.mrn, MARK))
    if kind == "docx":
        return render_docx(B, header=head, footer=FOOT)
    if kind == "pdf":
        return render_pdf(B, header=head, footer=FOOT, title=title)
    return render_txt(B, header=head, footer=FOOT)
