"""Clinical notes and letters: Epic-style notes, Cerner PowerNote-style documents, RTF payer letters,
physics consult letters (Commonwealth spelling), distractor notes. Each returns a list of blocks."""
from __future__ import annotations

from _ho_model import MARK, clock, fmt_date
from _ho_words import dvh_review, dvh_values, image_review, sig

FUTURE_IMAGE = ("Isodose distributions will be reviewed on the planning CT together with physics "
                "before the plan is released.")
CONTOURS_ONLY = ("Target and normal-structure contours on the planning CT were reviewed and approved; "
                 "no edits required.")
NEG_DVH = "DVHs not yet reviewed - final optimisation still running at the time of this note."


def _ident_epic(cx, title):
    p = cx.pt
    return [("p", f"{cx.clinic}\n{MARK} - fictional patient, test data only"),
            ("kv", [("Patient", f"{p.last.upper()}, {p.first.upper()}"), ("MRN", p.mrn),
                    ("DOB", fmt_date(p.dob, "us")), ("Encounter", title)])]


def epic_consult(cx, nec=None, sig_kind="epic", extra_ap=""):
    """Consult note; nec = necessity text placed in Assessment & Plan (or None)."""
    s = cx.site
    d = cx.day("consult")
    b = _ident_epic(cx, "Office Visit - Radiation Oncology")
    b += [("title", "Radiation Oncology Consultation"),
          ("kv", [("Date of Service", fmt_date(d, "us")), ("Referring", "Dr. Imogen Tate (Medical Oncology)")]),
          ("h", "Chief Complaint"), ("p", f"New diagnosis of {s.label.split(',')[0]}; here to discuss radiation."),
          ("h", "History of Present Illness"),
          ("p", f"Pt is a {2025 - cx.pt.dob.year} y.o. referred with {s.label}. Staging imaging reviewed; no "
                "distant disease. Performance status ECOG 1. Tolerating diet, no weight loss to speak of."),
          ("h", "Assessment & Plan"),
          ("p", f"{s.label[0].upper() + s.label[1:]}. Recommend a course of radiotherapy: "
                f"{', '.join(f'{n} to {dd:g} Gy in {f} fx' for n, dd, f in s.targets)}. " + extra_ap)]
    if nec:
        b.append(("p", nec))
    b += [("p", "Risks, benefits and alternatives discussed; consent signed. CT sim next week."),
          ("p", sig(sig_kind, cx.md, cx.stamp("consult", 16, 52)))]
    return b


def epic_review(cx, image=0, dvh=0, qa=None, sig_kind="epic", addendum=None, rx=False, values=True,
                title="Physician IMRT Plan Review", day="review", dated=True,
                attest="I personally reviewed the plan described above and approve it for treatment."):
    """Plan review note. image/dvh: phrase variant int, or FUTURE/CONTOURS/NEG text, or None.
    dated=False drops the note's own date line (for the signed-but-undated case)."""
    b = _ident_epic(cx, "Treatment Planning")
    b += [("title", title)] + ([("kv", [("Date", fmt_date(cx.day(day), "us"))])] if dated else [])
    b.append(("h", "Plan Evaluation"))
    if rx:
        b.append(("p", "Prescription: " + "; ".join(f"{n} {d:g} Gy / {f} fx" for n, d, f in cx.site.targets)))
    if isinstance(image, int):
        b.append(("p", image_review(image, cx.site)))
    elif image:
        b.append(("p", image))
    if isinstance(dvh, int):
        b += [("h", "Dose-Volume Review"), ("p", dvh_review(dvh, cx.site, dvh_values(cx) if values else ""))]
    elif dvh:
        b += [("h", "Dose-Volume Review"), ("p", dvh)]
    if qa:
        b += [("h", "Delivery QA"), ("p", qa)]
    b += [("h", "Attestation:"),
          ("p", attest),
          ("p", sig(sig_kind, cx.md, cx.stamp(day, 14, 15)))]
    if addendum:
        b += [("h", f"Addendum {fmt_date(cx.day(day), 'short')} {clock(cx.stamp(day, 17, 40))}"),
              ("p", addendum)]
    return b


def cerner_note(cx, subject, sections, sign="cerner", day="review"):
    """PowerNote-style document. sections = [(heading, text)]. sign: sig kind for the MD, or None."""
    p = cx.pt
    t = cx.stamp(day, 10, 2)
    b = [("p", f"{cx.clinic}    {MARK} TEST DOCUMENT"),
         ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                 ("Document Type", "Radiation Oncology Note"), ("Document Subject", subject),
                 ("Service Date/Time", f"{fmt_date(t, 'us0')} {clock(t, '24')} EST")]),
         ("title", subject)]
    for h, text in sections:
        b += [("h", h), ("p", text)]
    b.append(("h", "Signature Line"))
    if sign == "unsigned":
        b.append(("p", sig("unsigned", cx.md, t)))
    elif sign:
        b += [("p", f"Result Status: Auth (Verified)\nPerform Information: {cx.md.last} "
                    f"{cx.md.cred}, {cx.md.first} ({fmt_date(t, 'us0')} {clock(t, '24')})"),
              ("p", sig(sign, cx.md, cx.stamp(day, 14, 15)))]
    return b


def rtf_letter(cx, nec, sig_kind="slash_s", payer="Medical Director, Gulfline Health Plan (fictional)"):
    p = cx.pt
    return [("p", f"{cx.clinic}\n{MARK} - fictional correspondence"),
            ("p", fmt_date(cx.day("sim"), "long")),
            ("p", f"To: {payer}"),
            ("p", f"Re: {p.first} {p.last}   DOB {fmt_date(p.dob, 'mon')}   Member/MRN {p.mrn}"),
            ("title", "Letter of Medical Necessity - Intensity Modulated Radiation Therapy"),
            ("p", f"I am treating {p.first} {p.last} for {cx.site.label}. " + nec),
            ("p", "Please contact my office with any questions about this request."),
            ("p", "Sincerely,"), ("p", sig(sig_kind, cx.md, cx.stamp("sim", 11, 30))),
            ("p", "Radiation Oncology")]


def physics_letter(cx, qa_text, signers=(("signed_uk", "phys"),), to_md=True):
    """Commonwealth-style physics consult letter (patient-specific verification)."""
    p = cx.pt
    b = [("p", f"{cx.clinic} - Department of Medical Physics\n{MARK} - fictional patient"),
         ("p", fmt_date(cx.day("qa"), "long")),
         ("p", f"Re: {p.first} {p.last}, hospital no. {p.mrn}, born {fmt_date(p.dob, 'long')}"),
         ("p", f"Dear Dr {cx.md.last}," if to_md else "To whom it may concern,"),
         ("p", f"Thank you for asking us to verify the optimised IMRT plan for this patient's "
               f"{cx.site.label.split(',')[0]}. " + qa_text),
         ("p", "The plan is therefore suitable for treatment from the physics standpoint. Please do not "
               "hesitate to contact the department if anything is unclear."),
         ("p", "Yours sincerely,")]
    for kind, key in signers:
        person = cx.phys if key == "phys" else cx.md
        role = "Medical Physicist" if key == "phys" else "Radiation Oncologist"
        b.append(("p", sig(kind, person, cx.stamp("qa", 16, 30), role=role)))
    return b


def otv_note(cx):
    """Distractor: on-treatment visit; mentions IMRT but carries no LCD evidence."""
    p = cx.pt
    return [("p", f"{cx.clinic}\n{MARK} - fictional patient"),
            ("kv", [("Patient", f"{p.first} {p.last}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us"))]),
            ("title", "Weekly On-Treatment Visit"),
            ("p", f"Fraction 6 of IMRT course. Mild fatigue, grade 1 skin erythema. Weight stable. "
                  f"Daily CBCT shifts < 3 mm. Continue as planned."),
            ("p", sig("epic", cx.md, cx.stamp("start", 12, 5)))]


def outside_path(cx):
    p = cx.pt
    return [("title", "OUTSIDE PATHOLOGY REPORT (received by fax)"),
            ("p", f"{MARK} - fictional patient.  Riverbend Reference Laboratory"),
            ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0"))]),
            ("h", "Final diagnosis"), ("p", f"Biopsy consistent with {cx.site.label.split(',')[0]}."),
            ("p", "Electronically signed by Dr. Margit Oberholzer, pathologist")]


def physics_plan_note(cx, text, signers):
    """Short physics note (e.g. initial chart check) with label signatures."""
    p = cx.pt
    b = [("p", f"{cx.clinic} - Physics\n{MARK}"),
         ("kv", [("Patient", f"{p.first} {p.last}"), ("ID", p.mrn), ("DOB", fmt_date(p.dob, "iso"))]),
         ("title", "Physics Plan Check"), ("p", text)]
    b += [("p", sig(k, cx.phys if w == "phys" else cx.md, cx.stamp("qa", 9, 45))) for k, w in signers]
    return b


def cerner_necessity(cx, nec, sign="cerner"):
    secs = [("Diagnosis", cx.site.label), ("Treatment Intent", "Curative"),
            ("Technique", f"IMRT, {cx.site.energy} photons, daily image guidance"), ("Medical Necessity", nec)]
    return cerner_note(cx, "IMRT Medical Necessity", secs, sign=sign, day="sim")


def cerner_review(cx, image=0, dvh=0, qa=None, words=None, sign="cerner", day="review", values=True):
    secs = []
    if image is not None:
        secs.append(("Image / Isodose Review", image_review(image, cx.site) if isinstance(image, int) else image))
    if dvh is not None:
        secs.append(("DVH Review", dvh_review(dvh, cx.site, dvh_values(cx) if values else "")
                     if isinstance(dvh, int) else dvh))
    if words:
        secs.append(("Beam Arrangement", words))
    if qa:
        secs.append(("Patient-Specific QA", qa))
    return cerner_note(cx, "Radiation Oncology Treatment Plan Review", secs, sign=sign, day=day)


def clinic_letter(cx, nec, sig_kind="signed_uk", gp="Dr Harriet Penrose"):
    """Oncologist's clinic letter to the GP (Commonwealth style), necessity in the body."""
    p = cx.pt
    return [("p", f"{cx.clinic} - Department of Clinical Oncology\n{MARK} - fictional correspondence"),
            ("p", f"Clinic date: {fmt_date(cx.day('consult'), 'dot')}    Typed: {fmt_date(cx.day('consult'), 'dot')}"),
            ("p", f"Re: {p.first} {p.last.upper()}   NHS/Hospital no. {p.mrn}   D.O.B. {fmt_date(p.dob, 'dmy')}"),
            ("p", f"Dear {gp},"),
            ("p", f"I saw {p.first} today to plan radiotherapy for {cx.site.label}. We discussed the "
                  "intent of treatment, the likely acute toxicities and the longer-term risks."),
            ("p", nec),
            ("p", "I will see them weekly during treatment and will write again at the end of the course."),
            ("p", "Kind regards,"), ("p", sig(sig_kind, cx.md, cx.stamp("consult", 15, 10)))]
