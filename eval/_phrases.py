"""Sentences shared by several document styles, each in a few wordings (`v` picks one).

Necessity wording is built from the LCD condition numbers a chart definition asks for, so the chart's
expected `criteria` and the words in its documents are written side by side in the chart table.
"""

from __future__ import annotations

from _people import Site

COND = {
    1: ("the target lies in close proximity to the {near}, which must be protected",
        "the tumor sits within a few millimetres of the {near}",
        "the PTV directly abuts the {near}",
        "the gross disease is in close proximity to the {near}"),
    2: ("the volume must be covered with narrow margins (3 mm PTV expansion) to protect the immediately adjacent {margin_oar}",
        "only a tight 2-3 mm margin can be used because the {margin_oar} is immediately adjacent to the target"),
    3: ("an immediately adjacent area was previously irradiated ({prior}) and the new portals must abut the prior fields with high precision",
        "this is re-irradiation next to a prior field ({prior}); abutting portals have to be matched with millimetre precision"),
    4: ("the target volume is concave and wraps around the {concave}",
        "the PTV is horseshoe shaped with the {concave} lying within the concavity"),
    5: ("dose escalation to {escalation} is planned, above the dose commonly delivered for this tumor with conventional treatment",
        "we intend to escalate the dose to {escalation}, beyond what conventional techniques deliver for this disease"),
}


def cond_text(site: Site, c: int, v: int = 0) -> str:
    forms = COND[c]
    return forms[v % len(forms)].format(near=site.near, margin_oar=site.margin_oar, prior=site.prior,
                                        concave=site.concave, escalation=site.escalation)


def oar_names(site: Site, n: int = 4) -> str:
    names = [o[0].replace("_", " ") for o in site.oars[:n]]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def necessity(site: Site, conds, v: int = 0, oars: bool = True) -> str:
    """A physician's reason for IMRT over 3D-CRT stating the given LCD conditions."""
    if not oars:
        assert conds == [5], "without organs at risk only the dose-escalation reason reads naturally"
        return ("IMRT rather than 3D conformal therapy is requested because "
                + cond_text(site, 5, v) + ".")
    reasons = [cond_text(site, c, v) for c in conds]
    r = reasons[0] if len(reasons) == 1 else "; ".join(reasons[:-1]) + "; and " + reasons[-1]
    tail = "" if set(conds) & {1, 2, 4} else f" Organs at risk to be spared: {oar_names(site)}."
    return [
        f"IMRT is medically necessary rather than 3D conformal radiotherapy because {r}.{tail}",
        f"A 3D conformal plan was evaluated and cannot meet the normal tissue constraints while covering the target: {r}. IMRT is therefore required.{tail}",
        f"Rationale for IMRT over conventional or 3D planning: {r}.{tail}",
        f"I have chosen intensity modulated radiation therapy instead of a 3D-CRT technique since {r}.{tail}",
    ][v % 4]


def necessity_no_condition(site: Site) -> str:
    return (f"IMRT was selected over 3D conformal planning because it is our departmental standard for "
            f"{site.label.lower()} cases and gives better dose homogeneity. Organs at risk: {oar_names(site)}.")


BOILERPLATE_NECESSITY = "IMRT is medically necessary and appropriate for this patient's treatment."


def rx_short(site: Site) -> str:
    name, dose, fx = site.rx
    return f"Rx {dose:g} Gy/{fx} fx to {name}"


def constraints_short(site: Site) -> str:
    return ", ".join(f"{o[0].replace('_', ' ').lower()} {o[1]}" for o in site.oars)


def geometry_text(site: Site, v: int = 0) -> str:
    """Count and location of each beam or arc, in words."""
    kind, g = site.geometry
    en = site.energy.replace("X", " MV")
    if kind == "static":
        words = ["two", "three", "four", "five", "six", "seven", "eight", "nine"][len(g) - 2]
        angles = ", ".join(str(a) for a in g[:-1]) + f" and {g[-1]}"
        return [f"{words.capitalize()} coplanar {en} IMRT fields at gantry angles {angles} degrees (couch 0).",
                f"{len(g)} step-and-shoot fields, {en}, gantry {angles}, all couch 0."][v % 2]
    arcs = []
    for i, (a, b, d) in enumerate(g, 1):
        arcs.append(f"arc {i} {d} from gantry {a} to {b}")
    n = ["one", "two", "three", "four"][len(g) - 1]
    return [f"{n.capitalize()} {en} VMAT arcs: " + "; ".join(arcs) + ".",
            f"VMAT, {len(g)} arcs ({', '.join(f'{a}-{b} {d}' for a, b, d in g)}), {en}."][v % 2]


NEG_3D = (
    "IMRT was considered and is not needed: the target is well away from critical structures and a 3D conformal "
    "plan meets every normal tissue constraint, so we will proceed with 3D conformal radiotherapy.",
    "A four-field 3D conformal box technique is planned. Intensity modulation offers no meaningful advantage here "
    "and will not be used.",
)


def nec_text(site: Site, nec: str, conds, v: int) -> str:
    """The necessity sentence for a chart: pos, nooars, boiler, nocond, neg3d, or "" for none."""
    if nec == "pos":
        return necessity(site, list(conds), v)
    if nec == "nooars":
        return necessity(site, [5], v, oars=False)
    if nec == "boiler":
        return BOILERPLATE_NECESSITY
    if nec == "nocond":
        return necessity_no_condition(site)
    if nec == "neg3d":
        return NEG_3D[v % len(NEG_3D)]
    return ""
