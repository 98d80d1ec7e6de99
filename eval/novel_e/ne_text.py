"""Shared clinical wording for eval/novel_e: Rx / constraint / beam tables, necessity, reviews, QA results,
signature lines per clinic. Everything is invented."""
from ne_world import CLINICS, SITES, fmt_dt, fmt_date, full, rng

OPENER = {
    "aldric": "Justification of intensity-modulated technique (why not 3D conformal or conventional planning):",
    "prairie": "IMRT need statement - conventional and 3D conformal arrangements were judged unsuitable for this "
               "patient for the following reasons.",
    "merrimack": "TECHNIQUE SELECTION - IMRT IN PLACE OF 3D CONFORMAL / CONVENTIONAL PLANNING:",
    "penobscot": "Statement of special need for IMRT rather than conventional or 3D conformal treatment:",
}


def site(c):
    return SITES[c["site"]]


def gy(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s


def oar_list(s):
    o = s["oars"]
    return ", ".join(o[:-1]) + " and " + o[-1] if len(o) > 1 else o[0]


def necessity_paras(c):
    s = site(c)
    paras = [OPENER[c["clinic"]]]
    for n in c["conds"]:
        paras.append(s["cond"][n])
    paras.append("A 3D conformal comparison plan on the same planning CT could not cover the PTV without exceeding "
                 "the limits for the %s; intensity modulation is needed to respect them while treating the target "
                 "to full dose." % oar_list(s))
    return paras


def rx_phrase(plan):
    return "; ".join("%s %s Gy in %d fractions (%s Gy per fraction)" % (t, gy(d), n, gy(d / n))
                     for t, d, n in plan["targets"])


def rx_rows(s):
    rows = [["Plan / phase", "Target", "Total dose", "Fractions", "Dose per fraction"]]
    for p in s["plans"]:
        for t, d, n in p["targets"]:
            rows.append([p["pid"], t, "%s Gy" % gy(d), str(n), "%s Gy" % gy(d / n)])
    return rows


def cons_rows(s, head=("Organ at risk", "Dose constraint")):
    return [list(head)] + [[o, v] for o, v in s["cons"]]


def beam_rows(plan, couch=True):
    b0 = plan["beams"][0]
    if b0["kind"] == "arc":
        rows = [["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Collimator", "Couch", "MU"]]
        for b in plan["beams"]:
            rows.append([b["id"], "VMAT arc", "%d MV" % b["mv"], "%.1f" % b["g0"], "%.1f" % b["g1"], b["rot"],
                         "%d" % b["coll"], "%d" % b["couch"], str(b["mu"])])
    else:
        rows = [["Field", "Type", "Energy", "Gantry", "Collimator", "Couch", "Segments", "MU"]]
        for b in plan["beams"]:
            rows.append([b["id"], b.get("label", "IMRT"), "%d MV" % b["mv"], "%.1f" % b["g"],
                         "%d" % b["coll"], "%d" % b["couch"], str(b["segs"]), str(b["mu"])])
    return rows


def assign_mu(c):
    """Deterministic MU per beam, per chart."""
    r = rng(c["id"], "mu")
    for p in site(c)["plans"]:
        for b in p["beams"]:
            b["mu"] = r.randint(180, 420) if b["kind"] == "arc" else r.randint(60, 190)


def technique(plan):
    if plan.get("three_d"):
        return "3D conformal, forward planned, %d tangential fields with field-in-field segments" % len(plan["beams"])
    return "VMAT (inverse-planned IMRT), %d arcs" % len(plan["beams"]) if plan["beams"][0]["kind"] == "arc" \
        else "static-gantry IMRT (inverse-planned, step-and-shoot), %d fields" % len(plan["beams"])


def beams_in_words(plan):
    if plan["beams"][0]["kind"] == "arc":
        return "; ".join("%s %s-%s %s" % (b["id"], gy(b["g0"]), gy(b["g1"]), b["rot"]) for b in plan["beams"])
    return "gantry " + ", ".join(gy(b["g"]) for b in plan["beams"])


def dvh_rows(s, plan, multi=False):
    rows = [["Structure", "Achieved (plan %s)" % plan["pid"]]]
    for t in plan["tach"]:
        rows.append(["Target", t])
    if not multi:
        for o, v in s["oach"]:
            rows.append([o, v])
    return rows


def qa_results(c, pid, fail=False):
    r = rng(c["id"], "qa", pid)
    plan = [p for p in site(c)["plans"] if p["pid"] == pid][0]
    res = []
    for b in plan["beams"]:
        res.append((b["id"], round(r.uniform(96.6, 99.8), 1)))
    comp = round(sum(v for _, v in res) / len(res) - 0.2, 1)
    return res, comp


# ------------------------------------------------------------------------------------- signatures
def md_sig(c, d, hm, who=None):
    cl = c["clinic"]
    p = who or CLINICS[cl]["md"]
    t = fmt_dt(cl, d, hm)
    if cl == "aldric":
        return "Electronically signed by: %s %s, %s (Radiation Oncology) on %s" % (p[0], p[1], p[2], t)
    if cl == "prairie":
        return "Signed by %s %s, %s (Radiation Oncology) on %s" % (p[0], p[1], p[2], t)
    if cl == "merrimack":
        mid = (" " + p[3]) if len(p) > 3 else ""
        return "AUTHENTICATED BY: %s, %s%s %s (RADIATION ONCOLOGY)   ON: %s" % (p[1].upper(), p[0].upper(), mid.upper(),
                                                                             p[2], t)
    return "Authenticated by: %s %s, %s (Radiation Oncology) | %s" % (p[0], p[1], p[2], t)


def phys_name(cl):
    return full(CLINICS[cl]["phys"])


def md_name(cl):
    return full(CLINICS[cl]["md"])
