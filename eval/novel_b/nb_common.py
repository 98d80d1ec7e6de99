"""novel_b: shared clinical wording helpers used by the clinic builders (no clinic layout here)."""
from nb_world import ampm

# one opener per clinic (necessity); none of these is used by the other sets' READMEs
OPENER = {
    "prairie": "Treatment rationale - why step-and-shoot IMRT and not a 3D conformal or conventional plan:",
    "cumberland": "Need for intensity-modulated helical delivery over 3D conformal / conventional fields:",
    "bighorn": "Clinical reasoning for IMRT in place of 3D conformal therapy:",
    "tidewater": "Documentation of need for IMRT (3D conformal and conventional techniques considered inferior here):",
    "ozark": "IMRT indication (conventional / 3D-CRT inadequate):",
    "sawtooth": "Basis for selecting intensity modulation over 3D conformal radiotherapy:",
}

THREE_D = {
    "prairie": "A forward-planned 3D conformal comparison could not bring the high-dose region in close enough to spare {oars}; inverse-planned intensity modulation is needed to hold those organs within the limits written in the treatment order.",
    "cumberland": "With 3D conformal or opposed fields the dose to {oars} cannot be kept at tolerance while the target receives full dose; helical intensity modulation shapes the dose around these structures.",
    "bighorn": "In my judgement a 3D conformal arrangement would overdose {oars} or underdose the target where they meet; modulated arcs let us carve the dose away from these organs.",
    "tidewater": "Conventional and 3D conformal plans would place {oars} inside the high-dose region; IMRT is the only way to give the full dose while respecting their tolerances.",
    "ozark": "A 3D conformal plan was judged unable to protect {oars} at this dose; intensity modulation is required.",
    "sawtooth": "No 3D conformal field arrangement keeps {oars} within tolerance at the intended dose, so intensity-modulated arcs are required.",
}


def necessity(x, opener_key=None, conds=None):
    s = x.s
    k = opener_key or x.c.key
    conds = x.conds if conds is None else conds
    parts = [OPENER[k]] + [s["cond"][n] for n in conds] + [THREE_D[k].format(oars=s["oars_named"])]
    return " ".join(parts)


def rx_rows(x, header=("Target", "Dose per fraction", "Fractions", "Total dose")):
    rows = [list(header)]
    for name, dose, fx in x.s["targets"]:
        rows.append([name, "%.2f Gy" % (dose / fx), str(fx), "%.1f Gy" % dose])
    return rows


def rx_words(x):
    return "; ".join("%s %.1f Gy in %d fractions (%.2f Gy/fx)" % (n, d, f, d / f) for n, d, f in x.s["targets"])


def oar_rows(x, header=("Organ at risk", "Dose constraint")):
    return [list(header)] + [[o, c] for o, c in x.s["oar"]]


def got_text(x):
    return "; ".join("%s %s" % (o, v) for o, v in x.s["got"])


def beam_rows_arc_static(x, beams, mus, header):
    rows = [list(header)]
    for b, mu in zip(beams, mus):
        if b[0] == "arc":
            _, bid, st, sp, d, coll, couch, mv = b
            rows.append([bid, "VMAT arc", "%d" % st, "%d" % sp, d, "%d" % coll, "%d" % couch, "%d MV" % mv, "%.1f" % mu])
        else:
            _, bid, g, coll, couch, mv = b
            rows.append([bid, "Static IMRT", "%d" % g, "-", "-", "%d" % coll, "%d" % couch, "%d MV" % mv, "%.1f" % mu])
    return rows


def hm(t):
    return "%02d:%02d" % t


def ap(t):
    return ampm(t)


def header_id(x, sep="   "):
    p = x.p
    return sep.join(["Patient: %s" % p.lf, "MRN: %s" % p.mrn, "DOB: %s" % x.c.d(p.dob)])
