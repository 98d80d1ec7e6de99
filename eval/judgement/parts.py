"""Pieces every family uses: phases (one plan each), consult wording, review wording, charges."""
from common import plan_of, qa_dict, fractions
from model import add, fmt, imrt_charges, charges_csv, next_weekday
from notes import necessity, image_review, dvh_review, sec


def phase(ch, src, plan_id, *, created, first_fx, n_fx=None, review=None, qa_date=None, qa_sigs=None,
          technique="imrt", label="Course 1", rates=None, qa_kw=None, review_kind="normal", late_of=None,
          status=None, plan_technique=None, course="C1"):
    """One plan with its review, its QA (IMRT only) and its fractions.

    review: date of the physician's image/DVH review signature (default: the day after plan creation).
    review_kind: 'normal' | 'late_entry' (an identified late-entry addendum for the review of late_of).
    qa_sigs: [(Person, date or None)]; default physicist on the measurement day, MD the next day.
    """
    c = ch.clinic
    plan = plan_of(src, plan_id, created, technique=plan_technique, course=course, status=status)
    n = max(x[2] for x in src["targets"]) if n_fx is None else n_fx
    ph = {"label": label, "src": src, "plan": plan, "technique": technique,
          "review": review or next_weekday(created[0]), "review_kind": review_kind, "late_of": late_of,
          "fx": fractions(first_fx, n), "qa": None, "extra_qa": []}
    if technique == "imrt":
        qd = qa_date or add(created[0], 4)
        sigs = qa_sigs if qa_sigs is not None else [(c.phys, qd), (c.md, add(qd, 1))]
        ph["qa"] = qa_dict(ch, plan, (qd, "07:15"), sigs, rates=rates, **(qa_kw or {}))
    ch.phases.append(ph)
    return ph


def age(p, on):
    return on.year - p.dob.year - ((on.month, on.day) < (p.dob.month, p.dob.day))


def consult_blocks(ch, on, conds, variant=0, mode="imrt"):
    p, s = ch.patient, ch.site
    who = "man" if p.sex == "M" else "woman"
    B = sec("History of present illness",
            "%s %s is a %d-year-old %s who %s" % ("Mr." if p.sex == "M" else "Ms.", p.last, age(p, on), who, s["hpi"]))
    B += sec("Assessment", "%s (ICD-10-CM %s)." % (s["dx"], s["icd"]))
    if mode == "imrt":
        B += sec("Recommendation",
                 "Radiation therapy with intensity modulation, after CT simulation with immobilization. Dose "
                 "levels and normal-tissue limits will be written in the prescription once contours are final.",
                 necessity(s, conds, variant))
    elif mode == "3d":
        B += sec("Recommendation",
                 "Radiation therapy after CT simulation; technique: %s. Dose and normal-tissue limits will "
                 "be set in the prescription." % s["technique"], s["imrt_rejected"])
    else:  # mixed: 3D first phase, IMRT boost
        B += sec("Recommendation", s["phase1_3d_words"],
                 "For the prostate boost: " + necessity(s, conds, variant))
    B += sec("Discussion", "Goals, schedule, acute and late effects were discussed; the patient wishes to "
                           "proceed and consent was signed.")
    return B


def review_blocks(ph, img_variant=0, dvh_variant=0):
    plan = ph["plan"]
    out = list(ph.get("note_extra", []))
    if ph["review_kind"] == "late_entry":
        out += sec("Late entry",
                   "LATE ENTRY - addendum written on %s for the plan review of %s, which was performed on %s "
                   "but not documented at that time." % (fmt(ph["review"]), plan["plan_id"], fmt(ph["late_of"])))
    out += sec("Target and critical-structure images with isodose distribution",
               image_review(plan["plan_id"], plan["targets"], plan["oars"], img_variant))
    out += sec("Dose-volume histograms",
               dvh_review(plan["targets"], plan["tstats"], plan["oars"], dvh_variant))
    out += sec("Disposition", "Plan %s is approved for treatment." % plan["plan_id"])
    return out


def charges(ch, phases, plan_codes, extra=(), delivery=None):
    """One plan code per phase, billed on the weekday after plan creation; deliveries for the first ten fractions
    of each phase."""
    t0 = phases[0]
    rows = []
    for ph, code in zip(phases, plan_codes):
        appr = plan_dos(ph)
        t = {"rx": add(ph["plan"]["created"][0], -2), "sim": add(ph["plan"]["created"][0], -3), "approve": appr}
        code, _, mods = (code or "-").partition(":")
        dl = (delivery or {}).get(code, "G6015" if ph["technique"] == "imrt" else None)
        r = imrt_charges(t, ph["fx"][:10], plan_code=code, delivery=dl)
        r = [x for x in r if x[1] != "-"]
        r = [(x[0], x[1], x[2], mods) if x[1] == code and mods else x for x in r]
        if ph is not t0:
            r = [x for x in r if x[1] not in ("77263", "77290")]
        rows += r
    rows += list(extra)
    return charges_csv(rows, ch.clinic.md, ch.site["icd"])


def plan_dos(ph):
    """The date of service of the plan code in charges(): the weekday after the plan was created."""
    return next_weekday(ph["plan"]["created"][0])


def unique_phases(phases):
    """Phases with distinct labels (a replan of the same course keeps its label and its prescription)."""
    seen, out = set(), []
    for ph in phases:
        if ph["label"] not in seen:
            seen.add(ph["label"])
            out.append(ph)
    return out
