"""Clinical wordings for the SYNTHETIC signer-layout set. New phrasings; none copied from the corpus."""
from __future__ import annotations

from _sg_sites import achieved, rx_phrase

OPENERS = [
    "Medical necessity, IMRT versus 3D conformal radiotherapy: ",
    "Conventional and 3D conformal arrangements do not give acceptable normal-tissue doses for this "
    "patient; intensity modulation is required. ",
    "IMRT justification. A forward-planned 3D field-in-field comparison plan failed the limits for the "
    "{o0} and the {o1}. ",
    "Intensity modulation is requested for this course in place of standard 3D planning. ",
    "Special need for IMRT in this patient (in place of conventional or three-dimensional planning): ",
    "Without inverse-optimised, modulated fluence the adjacent normal tissues cannot be spared, so this "
    "course will be delivered with IMRT rather than 3D-CRT. ",
]

COND = {
    1: ("The {t} lies within {mm} mm of the {oar}, which has to be held under its tolerance dose.",
        "Only {mm} mm separate the {t} from the {oar}, and that organ must be protected."),
    2: ("The PTV margin has been held to {mm} mm so that the {oar} immediately next to the target is "
        "protected; a volume with margins that tight can only be covered with modulated beams.",
        "A reduced {mm} mm expansion is used around the CTV to protect the immediately adjacent {oar}, "
        "and coverage with so narrow a margin needs IMRT."),
    3: ("This is a second course. The {seg} received {dose} in {yr}, directly bordering the current "
        "target, so the new portals must abut that earlier field edge with high precision.",
        "Re-irradiation: the neighbouring {seg} was treated to {dose} in {yr}; the abutting portals of "
        "this course have to be matched to the old field with high precision."),
    4: ("The target is {shape} and wraps around the {oar}, with that tissue inside its concavity.",
        "Because the PTV is {shape} with the {oar} lying within the curve of the target, open or "
        "3D-shaped fields would deliver full dose to it."),
    5: ("The plan escalates {b} to {d}, above the dose commonly delivered for this tumor with "
        "conventional treatment.",
        "Dose escalation: {b} receives a simultaneous boost to {d}, which conventional technique could "
        "not deliver safely."),
}


def cond_sentence(site, c: int, v: int = 0) -> str:
    f = site.cond[c]
    if c == 1:
        return COND[1][v].format(t=f[0], mm=f[1], oar=f[2])
    if c == 2:
        return COND[2][v].format(mm=f[0], oar=f[1])
    if c == 3:
        return COND[3][v].format(seg=f[0], dose=f[1], yr=f[2])
    if c == 4:
        return COND[4][v].format(shape=f[0], oar=f[1])
    return COND[5][v].format(b=f[0], d=f[1])


def _nm(name: str) -> str:
    return " ".join(w if w.isupper() else w.lower() for w in name.split())


def oar_list(site, n=4) -> str:
    names = []
    for o in site.oars:
        nm = _nm(o[0])
        if nm not in names:
            names.append(nm)
    names = names[:n]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def necessity(site, conds, opener=0, v=0, oars=True) -> list:
    """Paragraphs of a physician's IMRT necessity statement. oars=False drops the OAR sentence."""
    names = [_nm(o[0]) for o in site.oars]
    first = OPENERS[opener].format(o0=names[0], o1=names[1] if len(names) > 1 else names[0])
    body = " ".join(cond_sentence(site, c, v) for c in conds)
    out = [first + body]
    if oars:
        out.append(f"Organs at risk next to the {site.area}: {oar_list(site)}. The IMRT plan keeps each of "
                   f"them within its limit while covering the target.")
    return out


IMAGE = [
    "Planning {img} reviewed: the targets ({targets}) and the critical structures ({oars}) were examined on "
    "axial, sagittal and coronal images with the 107%, 100%, 95% and 50% isodose lines displayed. The "
    "prescription isodose conforms to the PTV.",
    "Isodose review: representative isodose distributions were inspected slice by slice on the {img} for the "
    "targets and every contoured organ at risk ({oars}); coverage and fall-off are acceptable.",
    "Images: {img} with target volumes, critical structures ({oars}) and the three-dimensional dose shown "
    "as isodose lines in three planes, reviewed and accepted.",
    "I went through the {img} data set with the dose displayed as isodose lines over {targets} and over "
    "the {oars}; the distribution is acceptable.",
]

DVH = [
    "DVH evaluation for all targets and critical structures: {vals}.",
    "Dose-volume histograms checked for the target and organ-at-risk curves: {vals}.",
    "Histogram review (targets and OARs): {vals}.",
    "I evaluated the DVH of each target and each critical structure: {vals}.",
]


def image_review(site, v=0) -> str:
    img = "CT and co-registered MRI" if site.imaging == "CT/MRI" else "CT"
    targets = ", ".join(t[0] for t in site.targets)
    return IMAGE[v].format(img=img, targets=targets, oars=oar_list(site, 5))


def dvh_review(site, v=0) -> str:
    return DVH[v].format(vals=achieved(site))


def beams_words(site) -> str:
    b = site.beams
    if b[0]["kind"] == "helical":
        h = b[0]
        return (f"Helical tomotherapy, {h['rotations']} gantry rotations, each a continuous 360-degree arc "
                f"(start angle 0), field width {h['fw']}, pitch {h['pitch']}, couch travel {h['travel']} "
                f"(IEC Y {h['y0']} to {h['y1']} cm).")
    if b[0]["kind"] == "static":
        ang = ", ".join(str(x["g"]) for x in b)
        return (f"{len(b)} {site.technique} fields, {site.energy}, at gantry angles {ang} degrees, couch "
                f"{b[0]['couch']}.")
    arcs = "; ".join(f"{x['id'][:3]} {x['id'][3:]} {x['g']}-{x['g2']} {x['dir']}, couch {x['couch']}"
                     for x in b)
    return f"{len(b)} VMAT arcs, {site.energy}: {arcs}."


def hpi(site, pt) -> str:
    age = 2025 - pt.dob.year
    who = "woman" if pt.sex == "F" else "man"
    return (f"{pt.first} {pt.last} is a {age}-year-old {who} referred for radiotherapy. Diagnosis: {site.dx}. "
            f"Staging imaging and pathology were reviewed with the patient at this visit.")


def plan_sentence(site) -> str:
    return f"Recommended course: {site.technique} to {rx_phrase(site)}."


def qa_md(device, crit, v=0) -> str:
    if v == 0:
        return (f"Patient-specific IMRT QA reviewed: {device} measurement, gamma {crit}, every beam above the "
                f"95% action level. Acceptable to treat.")
    return (f"I reviewed the measured pre-treatment verification ({device}); the gamma pass rates at {crit} "
            f"are within our action level for every beam. Cleared for treatment.")


SIM = ["CT simulation performed supine with a custom immobilization device; 2 mm slices acquired through "
       "the region of interest. Isocenter marked with three tattoos. No contrast reaction.",
       "Setup photographs taken; the therapists documented the immobilization indexing."]

OTV = ["On-treatment visit. Tolerating treatment with grade 1 fatigue. Skin intact. Weight stable.",
       "Continue as planned; see again next week."]


# ------------------------------------------------------------------------------- note bodies
def rx_kv(site, constraints=True):
    kv = [("Treatment site", site.area), ("Technique", site.technique), ("Energy", site.energy)]
    for name, dose, fx in site.targets:
        kv.append((f"Target {name}", f"{dose:g} Gy in {fx} fractions ({dose / fx:.2f} Gy/fx)"))
    blocks = [("kv", kv)]
    if constraints:
        blocks.append(("h", "Normal tissue dose limits"))
        blocks.append(("kv", [(o[0], o[1]) for o in site.oars]))
    return blocks


def content(ctx, kind, o) -> list:
    """Blocks of a note body. kind: consult | planreview | qareview | letter | rx | sim | otv."""
    site, pt = ctx.site, ctx.pt
    conds, opener, v = o.get("conds", (1,)), o.get("opener", 0), o.get("v", 0)
    H = o.get("H", lambda s: s)   # heading case
    if kind == "consult":
        b = [("h", H("History of Present Illness")), ("p", hpi(site, pt)),
             ("h", H("Assessment")), ("p", site.dx), ("h", H("Plan")), ("p", plan_sentence(site))]
        b.append(("h", H(o.get("nec_head", "IMRT medical necessity"))))
        b += [("p", x) for x in necessity(site, conds, opener, v, o.get("oars", True))]
        return b
    if kind == "planreview":
        b = [("h", H("Treatment plan review")),
             ("p", f"Plan reviewed for {site.area}: {site.technique}, {rx_phrase(site)}.")]
        if o.get("image", True):
            b += [("h", H("Image and isodose review")), ("p", image_review(site, o.get("iv", v)))]
        if o.get("dvh", True):
            b += [("h", H("DVH review")), ("p", dvh_review(site, o.get("dv", v)))]
        if o.get("beams_words"):
            b += [("h", H("Beam arrangement")), ("p", beams_words(site))]
        b.append(("p", "Plan accepted for treatment."))
        return b
    if kind == "qareview":
        dev, crit = o.get("qa", ("ArcCHECK", "3%/2 mm"))
        return [("h", H("Review of patient-specific QA")), ("p", qa_md(dev, crit, v % 2))]
    if kind == "physqa":
        dev, crit = o.get("qa", ("ArcCHECK", "3%/2 mm"))
        ids = [b["id"] for b in site.beams]
        per = ", ".join(f"{i} {97.6 + ctx.rng.random() * 2.4:.1f}%" for i in ids)
        return [("h", H("Patient-specific IMRT QA")),
                ("p", f"The plan was delivered to the {dev} phantom and the measured dose compared with the "
                      f"calculated dose (absolute, gamma {crit}, 10% threshold). Pass rates: {per}."),
                ("p", "All beams meet the 95% action level; cleared for treatment from a physics standpoint.")]
    if kind == "letter":
        return ([("p", f"RE: {pt.f('fl')}   DOB: {pt.dob.strftime('%m/%d/%Y')}   MRN: {pt.mrn}"),
                 ("p", o.get("salute", "To the utilization review team:")),
                 ("p", f"{pt.first} {pt.last} has {site.dx[0].lower() + site.dx[1:]}. "
                       f"{plan_sentence(site)}")]
                + [("p", x) for x in necessity(site, conds, opener, v, o.get("oars", True))]
                + [("p", "Please contact the department with any questions.")])
    if kind == "rx":
        return [("h", H("Radiation therapy prescription"))] + rx_kv(site, o.get("constraints", True))
    if kind == "sim":
        return [("h", H("CT simulation"))] + [("p", x) for x in SIM]
    if kind == "otv":
        return [("h", H("On-treatment visit"))] + [("p", x) for x in OTV]
    raise ValueError(kind)
