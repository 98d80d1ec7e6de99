"""novel_c shared wording: patient name forms, prescription / constraint / beam tables, necessity and review text."""
from nc_world import hm12, hm24, zone


def pname(x):
    p = x.pt
    return "%s %s" % (p["given"], p["family"])


def plast(x):
    p = x.pt
    return "%s, %s" % (p["family"], p["given"])


def pcaps(x):
    p = x.pt
    return "%s, %s %s" % (p["family"].upper(), p["given"].upper(), p["mi"])


def age(x, d):
    b = x.pt["dob"]
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def sexw(x):
    return {"M": "male", "F": "female"}[x.pt["sex"]]


def tz(x, key):
    return zone(x.T[key], x.c["z"])


def t12(x, key):
    return "%s %s" % (hm12(x.H[key]), tz(x, key))


def t24(x, key):
    return "%s %s" % (hm24(x.H[key]), tz(x, key))


def targets(x):
    return [t for t, _, _ in x.s["rx"]]


def oar_structs(x):
    seen = []
    src = x.s["oar"] or [(o, "") for o, _ in x.s.get("ach", []) if not o.startswith("PTV")]
    for o, _ in src:
        if o not in seen:
            seen.append(o)
    return seen


def rx_rows(x, head=("Target", "Dose / fraction", "Fractions", "Total dose")):
    rows = [list(head)]
    for t, d, n in x.s["rx"]:
        rows.append([t, "%.2f Gy" % (d / n), str(n), "%.2f Gy" % d])
    return rows


def rx_short(x):
    return "; ".join("%s %g Gy in %d fractions" % (t, d, n) for t, d, n in x.s["rx"])


def oar_rows(x, head=("Critical structure", "Dose constraint")):
    return [list(head)] + [[o, c] for o, c in x.s["oar"]]


def beam_rows(x, style="std"):
    rows = []
    for i, b in enumerate(x.s["beams"]):
        bid, kind, g0, g1, d, coll, couch = b
        mu = "%.1f" % x.mus[i]
        if style == "std":
            if kind == "arc":
                rows.append([bid, "VMAT arc", "%.1f" % g0, "%.1f" % g1, d, "%d" % coll, "%d" % couch, mu])
            else:
                rows.append([bid, "IMRT (step-and-shoot)", "%.1f" % g0, "-", "-", "%d" % coll, "%d" % couch, mu])
    return [["Beam", "Delivery", "Gantry start", "Gantry stop", "Rotation", "Collimator", "Couch", "MU"]] + rows


def beam_words(x):
    bs = x.s["beams"]
    if bs[0][1] == "arc":
        parts = ["%s %d-%d %s" % (b[0], b[2], b[3], b[4]) for b in bs]
        return "%d VMAT arcs (%s)" % (len(bs), ", ".join(parts))
    return "%d static IMRT fields at gantry angles %s" % (len(bs), ", ".join(str(b[2]) for b in bs))


def necessity(x, opener):
    out = [opener]
    for n in x.conds:
        out.append(x.s["conds"][n])
    out.append("With a 3D conformal arrangement, the %s could not be kept within their tolerance while the "
               "target is covered; intensity modulation is needed to shape the dose away from them." % x.s["oars_named"])
    return " ".join(out)


ISO = {
    "paragon": "Isodose review: I reviewed the 105%, 100%, 95% and 50% isodose lines on each axial slice of the planning CT "
               "through the target, and on the sagittal and coronal reconstructions, together with the contoured targets "
               "({t}) and critical structures ({o}). The prescription isodose wraps the PTV; the high-dose region stays off the "
               "{first}.",
    "kareo": "CT images and isodose distribution: planning CT reviewed with the contours of {t} and of the {o}; the 100% and "
             "95% isodose surfaces conform to the PTV and the 50% line was checked on every slice against the {first}.",
    "modmed": "Images / isodose: reviewed the planning CT (and the fused diagnostic MRI) with the isodose overlay, slice by slice; "
              "targets {t} and organs at risk {o} are outlined; representative isodose lines (107, 100, 95, 80, 50%) show "
              "acceptable conformity with no hot spot in the {first}.",
    "elation": "Isodose review on CT: I went through the planning CT with the 100%, 95% and 50% isodose lines displayed over "
               "{t} and the {o}; the dose distribution is acceptable.",
    "expanse": "IMAGE AND ISODOSE REVIEW: Axial, sagittal and coronal planning CT images reviewed with the targets ({t}), the "
               "critical structures ({o}) and the 100/95/90/50% isodose distributions. Three-dimensional dose distribution is "
               "acceptable; no hot spot outside the PTV.",
    "dms": "Isodose distribution reviewed on the planning CT images (all axial slices through the target plus sagittal and "
           "coronal planes), showing {t} and the critical structures ({o}); the 95% line covers the PTV and the 50% line "
           "is acceptable relative to the {first}.",
}

DVH = {
    "paragon": "DVH review: I reviewed the dose-volume histograms for {t} and for each critical structure ({o}). Target "
               "coverage and every normal-tissue constraint in the prescription are met.",
    "kareo": "Dose-volume histograms: reviewed for {t} and for the {o}; all stated constraints are satisfied.",
    "modmed": "DVH: dose-volume histograms for all targets ({t}) and critical structures ({o}) were reviewed; coverage and "
              "normal-tissue constraints are acceptable.",
    "elation": "DVHs reviewed for {t} and for the {o}: coverage is adequate and the constraints in the prescription are met.",
    "expanse": "DOSE-VOLUME HISTOGRAM REVIEW: DVHs for each target ({t}) and each critical structure ({o}) reviewed against "
               "the prescription constraints; all met.",
    "dms": "Dose-volume histograms reviewed for the target(s) {t} and for the {o}; all constraints on the prescription "
           "form are met.",
}


def _low(names):
    return ", ".join(n if n.split(" ")[0].isupper() else n[0].lower() + n[1:] for n in names)


def iso_text(x):
    o = oar_structs(x)
    return ISO[x.ck].format(t=", ".join(targets(x)), o=_low(o) if x.ck in ("kareo", "elation", "dms") else ", ".join(o),
                            first=_low(o[:1]))


def dvh_text(x):
    o = oar_structs(x)
    return DVH[x.ck].format(t=", ".join(targets(x)), o=_low(o) if x.ck in ("kareo", "elation", "dms") else ", ".join(o))


def qa_table(x, rates, head=("Beam", "Points / pixels", "Gamma 3%/2 mm (%)", "Tolerance", "Action", "Result")):
    rows = [list(head)]
    for i, b in enumerate(x.s["beams"]):
        r = rates[i]
        res = "PASS" if r >= 95 else ("WITHIN ACTION - REVIEW" if r >= 90 else "FAIL")
        rows.append([b[0], str(x.points + 37 * i), "%.1f" % r, "95%", "90%", res])
    return rows


def tech(x, arc="VMAT (intensity-modulated arcs)", static="IMRT, static-gantry step-and-shoot"):
    return arc if x.s["beams"][0][1] == "arc" else static
