"""novel_k shared helpers: the chart context and table rows shared by the practice builders."""
from nk_sites import SITES
from nk_world import PATIENTS, PRACTICES, Timeline, gamma, mu, rng


class Chart:
    def __init__(self, cid, slug, practice, trap, consult, fx1_after=9):
        self.cid = cid
        self.id = "%s_%s" % (cid, slug)
        self.trap = trap
        self.P = PRACTICES[practice]
        self.practice = practice
        self.S = SITES[cid]
        last, first, mrn, dob, sex = PATIENTS[cid]
        self.last, self.first, self.mrn, self.dob, self.sex = last, first, mrn, dob, sex
        self.T = Timeline(cid, consult, self.P["region"], fx1_after)
        self.r = rng(cid, "misc")

    # name forms
    @property
    def lf(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def LF(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())

    @property
    def fl(self):
        return "%s %s" % (self.first, self.last)

    @property
    def mr(self):
        return "Mr." if self.sex == "M" else "Ms."

    def age(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def z(self, d):
        return self.T.z(d)

    def n(self, k, lo, hi):
        return rng(self.cid, "num", k).randint(lo, hi)


def target_rows(c, header=("Target", "Dose/fraction", "Fractions", "Total dose"), gy="Gy"):
    rows = [list(header)]
    for name, dpf, fx, tot in c.S["targets"]:
        rows.append([name, "%s %s" % (_g(dpf), gy), str(fx), "%s %s" % (_g(tot), gy)])
    return rows


def _g(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s


def beam_rows_arc_static(c, beams, with_mu=True, deg=""):
    """One table for arcs and static fields: Beam | Type | Energy | Gantry start | Gantry stop | Direction | Coll | Couch | MU"""
    if all(b[0] == "static" for b in beams):
        rows = [["Field", "Technique", "Energy", "Gantry" + deg, "Collimator", "Couch"] + (["MU"] if with_mu else [])]
        for _, bid, en, g, col, cou in beams:
            rows.append([bid, "IMRT step-and-shoot", en, str(g), str(col), str(cou)] +
                        ([str(mu(c.cid, bid, 70, 190))] if with_mu else []))
        return rows
    rows = [["Beam", "Type", "Energy", "Gantry start" + deg, "Gantry stop" + deg, "Direction", "Collimator",
             "Couch"] + (["MU"] if with_mu else [])]
    for b in beams:
        if b[0] == "arc":
            _, bid, en, st, sp, dr, col, cou = b
            row = [bid, "VMAT arc", en, str(st), str(sp), dr, str(col), str(cou)]
            m = mu(c.cid, bid, 280, 460)
        else:
            _, bid, en, g, col, cou = b
            row = [bid, "Static IMRT (step-and-shoot)", en, str(g), "-", "-", str(col), str(cou)]
            m = mu(c.cid, bid, 70, 190)
        if with_mu:
            row.append(str(m))
        rows.append(row)
    return rows


def qa_rates(c, beams, key="qa", lo=97.0, hi=99.8):
    return [(b[1], gamma(c.cid, key + b[1], lo, hi)) for b in beams]


def composite(rates):
    return round(sum(r for _, r in rates) / len(rates), 1)
