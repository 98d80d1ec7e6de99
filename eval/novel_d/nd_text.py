"""Shared wording helpers for novel_d (per-clinic phrasing lives in nd_docs.py)."""
from nd_world import h12, zone

OPENER = {
    "ridgeline": "Physician statement of need for intensity modulation (why not 3D conformal or conventional fields):",
    "sandhill": "IMRT selection rationale versus a three-dimensional conformal or conventional plan:",
    "cordillera": "Why an intensity-modulated plan and not a forward-planned 3D conformal one:",
    "bayou": "Compensator-modulated IMRT is requested instead of 3D conformal or conventional radiotherapy because:",
    "tallgrass": "Reason the treating physician requires IMRT over 3D conformal or conventional planning:",
    "monongahela": "Re-irradiation technique - intensity modulation over 3D conformal planning is necessary for these reasons:",
}


def necessity(x):
    s = x.s
    parts = [OPENER[x.c.key]]
    parts += [s["cond"][k] for k in x.conds]
    parts.append("A 3D conformal comparison arrangement on the same planning CT could not cover the target "
                 "while holding the %s within their limits." % s["oar_words"])
    return " ".join(parts)


def tgt_names(targets):
    return ", ".join(t[0] for t in targets)


def rx_text(targets):
    return "; ".join("%s %.1f Gy in %d fractions (%.2f Gy per fraction)" % (n, d, f, d / f) for n, d, f in targets)


def oar_text(oars):
    return "; ".join("%s %s" % o for o in oars)


def achieved_text(ach):
    return ", ".join("%s %s" % a for a in ach)


def t_us(t, tz):       # 4:07 PM MST
    return "%s %s" % (h12(t), zone(t, tz))


def t_24(t, tz=None):  # 16:07 MST
    return "%02d:%02d%s" % (t.hour, t.minute, (" " + zone(t, tz)) if tz else "")


def beam_geom(b):
    if b["kind"] == "arc":
        return "%s: arc %d -> %d %s" % (b["id"], b["start"], b["stop"], b["dir"])
    return "%s: gantry %d" % (b["id"], b["start"])
