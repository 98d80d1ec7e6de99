"""Chart context, timelines and shared wordings (necessity openers, review phrases, Rx lines)."""
import random
import hashlib
from dataclasses import dataclass, field

from u_people import at, bday, add


@dataclass
class Ctx:
    cid: str
    clinic: object
    pt: object
    site: object
    t: dict                      # event name -> datetime
    rng: random.Random = None
    notes: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.rng is None:
            self.rng = rng_for(self.cid)

    @property
    def ro(self):
        return self.clinic.ro

    @property
    def phys(self):
        return self.clinic.physicist

    @property
    def dosi(self):
        return self.clinic.dosimetrist


def rng_for(*keys):
    h = hashlib.sha256("|".join(keys).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def timeline(consult_day, **shift):
    """A standard pre-treatment sequence; every step in business days after the previous one."""
    c = consult_day
    t = {"consult": at(c, shift.get("consult_time", "10:20"))}
    t["consult_sign"] = at(c, "16:45")
    sim = bday(c, shift.get("to_sim", 4))
    t["sim"] = at(sim, "09:30")
    t["rx"] = at(sim, "15:10")
    plan = bday(sim, shift.get("to_plan", 5))
    t["plan"] = at(plan, "13:05")          # plan calculated / dosimetrist approval
    t["physcheck"] = at(plan, "16:20")
    q = bday(plan, shift.get("to_qa", 1))
    t["qa_meas"] = at(q, "17:40")
    t["qa_phys"] = at(q, "18:25")
    r = bday(q, shift.get("to_review", 1))
    t["review"] = at(r, "08:50")
    t["qa_md"] = at(r, "09:05")
    f = bday(r, shift.get("to_first", 2))
    t["first_fx"] = at(f, "08:15")
    return t


def aged(n):
    """'a 64-year-old' / 'an 80-year-old'."""
    return ("an" if str(n).startswith("8") or n in (11, 18) else "a") + " %d-year-old" % n


def lc(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def fx_dates(first_day, n):
    out, d = [first_day], first_day
    while len(out) < n:
        d = bday(d, 1)
        out.append(d)
    return out


# ------------------------------------------------------------------ wording
OPENERS = {
    "indication": "Indication for intensity modulation, in preference to conventional or 3D conformal fields:",
    "requires": "Why this patient requires inverse-planned IMRT rather than a three-dimensional conformal technique:",
    "special": "Statement of special need for IMRT (conventional and 3D conformal planning are not adequate here):",
    "decision": "My decision to treat with intensity-modulated arcs instead of 3D conformal radiotherapy rests on the anatomy.",
    "regarding": "Regarding technique, I am recommending intensity-modulated treatment over a 3D conformal plan, for the following reasons.",
    "caps": "IMRT NECESSITY (3D CONFORMAL / CONVENTIONAL NOT ADEQUATE):",
    "comparison": "A 3D conformal comparison plan built on the same CT could not hold the normal-tissue limits; intensity modulation is therefore required.",
    "grounds": "Grounds for choosing IMRT over a 3D conformal or conventional plan:",
}


def oar_sentence(site, style="plain"):
    o = site.oars
    lst = ", ".join(o[:-1]) + " and " + o[-1] if len(o) > 1 else o[0]
    if style == "caps":
        return ("ORGANS AT RISK REQUIRING PROTECTION: " + lst + ".").upper()
    if style == "limits":
        return "The organs at risk whose limits drive this choice are the %s." % lst
    return "The adjacent critical structures that must be protected are the %s." % lst


def necessity(site, conds, opener="indication", oars=True, caps=False):
    parts = [OPENERS[opener]]
    for c in conds:
        parts.append(site.reasons[c])
    if oars:
        parts.append(oar_sentence(site, "caps" if caps else "plain"))
    s = " ".join(parts)
    return s.upper() if caps else s


def rx_line(site, caps=False):
    parts = []
    for tg in site.targets:
        parts.append("%s: %s Gy in %d fractions (%.2f Gy per fraction) to the %s" % (
            tg.name, _g(tg.dose), tg.fx, tg.per_fx, tg.desc))
    s = "; ".join(parts) + "."
    return s.upper() if caps else s


def _g(x):
    return ("%.2f" % x).rstrip("0").rstrip(".")


def constraint_rows(site):
    return [[s, m, lim] for s, m, lim in site.constraints]


def achieved_rows(site):
    return [[s, m, site.achieved["%s %s" % (s, m)]] for s, m, _ in site.constraints]


def achieved_prose(site):
    return "; ".join("%s %s %s" % (s, m, site.achieved["%s %s" % (s, m)]) for s, m, _ in site.constraints)


def constraint_prose(site):
    return "; ".join("%s %s %s" % (s, m, lim) for s, m, lim in site.constraints)


def isodose_levels(site):
    top = max(t.dose for t in site.targets)
    return "107%, 100%, 95% and 50%" if top > 40 else "110%, 100%, 90% and 50%"


def beams_prose(site):
    b = site.beams
    if b[0].kind == "arc":
        return "%d VMAT arcs: %s" % (len(b), "; ".join(
            "%s from gantry %.1f to %.1f %s (collimator %.0f, couch %.0f)" % (x.bid, x.start, x.stop, x.rot, x.coll, x.couch) for x in b))
    return "%d static fields at gantry angles %s" % (len(b), ", ".join("%.0f" % x.gantry for x in b))


def gamma_rates(ctx, n, lo=96.0, hi=99.8, salt="qa"):
    r = rng_for(ctx.cid, salt)
    return [round(r.uniform(lo, hi), 1) for _ in range(n)]
