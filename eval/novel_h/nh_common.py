"""Chart context, date formats and shared wording for eval/novel_h."""
import datetime as dt

from nh_world import CLINICS, SITES, biz, zone, rng, full, short, initials


class Ctx:
    """Everything a document builder needs to know about one chart."""

    def __init__(self, cid, clinic, site, pt, start, conds, trap=None, comp=False, is3d=False):
        self.id, self.ck, self.trap, self.comp, self.is3d = cid, clinic, trap, comp, is3d
        self.cl, self.s, self.pt, self.conds = CLINICS[clinic], SITES[site], pt, conds
        self.md, self.phys = self.cl["md"], self.cl["phys"]
        self.dosi, self.rtt = self.cl["dosi"], self.cl["rtt"]
        r = rng(cid, "timeline")
        d0 = start

        def at(n, h, m):
            return dt.datetime.combine(biz(d0, n), dt.time(h, m))

        self.t = dict(
            consult=at(0, 14, r.randint(5, 55)), sim=at(2, 9, r.randint(5, 50)),
            rx=at(3, 16, r.randint(2, 40)), plan=at(7, 14, r.randint(0, 40)),
            physcheck=at(7, 16, r.randint(45, 58)), review=at(8, 8, r.randint(20, 45)),
            qa=at(8, 17, r.randint(30, 50)), qa_phys=at(8, 18, r.randint(15, 40)),
            qa_md=at(9, 8, r.randint(0, 20)), check=at(9, 13, r.randint(10, 50)),
            fx1=at(10, 9, r.randint(0, 45)))
        q = rng(cid, "qa")
        self.gam = [round(q.uniform(96.4, 99.8), 1) for _ in self.s["beams"]]
        self.gam_comp = round(min(99.9, sum(self.gam) / len(self.gam) + q.uniform(-0.3, 0.4)), 1)
        self.chamber = round(q.uniform(-1.6, 1.4), 1)
        self.mu = [q.randint(180, 420) if b[0] == "arc" else q.randint(60, 190) for b in self.s["beams"]]
        self.plan_id = PLAN_IDS[site]

    # ---- dates -----------------------------------------------------------------------------
    def tz(self, d):
        return zone(self.cl, d)

    def d(self, d):
        k = self.ck
        if k == "shen":
            return d.strftime("%m/%d/%Y")
        if k == "kew":
            return d.strftime("%Y-%m-%d")
        if k == "llano":
            return d.strftime("%d-%b-%Y")
        if k == "chug":
            return d.strftime("%m/%d/%y")
        if k == "delta":
            return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
        return d.strftime("%d %b %Y")

    def dt(self, d):
        k, z = self.ck, self.tz(d)
        if k == "shen":
            h = d.hour % 12 or 12
            return "%s %d:%02d %s %s" % (self.d(d), h, d.minute, "PM" if d.hour >= 12 else "AM", z)
        if k == "chug":
            return "%s %s %s" % (self.d(d), d.strftime("%H%M"), z)
        if k == "delta":
            h = d.hour % 12 or 12
            return "%s %d:%02d %s %s" % (self.d(d), h, d.minute, "p.m." if d.hour >= 12 else "a.m.", z)
        return "%s %s %s" % (self.d(d), d.strftime("%H:%M"), z)

    def dob(self):
        b = self.pt["dob"]
        return b.strftime("%m/%d/%Y") if self.ck in ("shen", "chug") else self.d(b)

    # ---- patient ---------------------------------------------------------------------------
    def name_lf(self):
        return "%s, %s" % (self.pt["last"], self.pt["first"])

    def name_fl(self):
        return "%s %s" % (self.pt["first"], self.pt["last"])

    def mrn(self):
        return self.pt["mrn"]

    # ---- clinical text ----------------------------------------------------------------------
    def rx_lines(self):
        out = []
        for name, dose, fx in self.s["targets"]:
            out.append("%s: %g Gy in %d fractions of %.2f Gy" % (name, dose, fx, dose / fx))
        return out

    def rx_short(self):
        return "; ".join(self.rx_lines())

    def oar_limits(self):
        return ["%s: %s" % (o, lim) for o, lim, _ in self.s["oars"]]

    def achieved(self):
        return "; ".join("%s %s" % (o, a) for o, _, a in self.s["oars"])

    def ptv_cov(self):
        out = []
        for i, (name, dose, fx) in enumerate(self.s["targets"]):
            out.append("%s D95 %.1f%%, V100 %.1f%%" % (name, 99.6 + 0.3 * i, 95.2 + 0.4 * i))
        return "; ".join(out)

    def cond_sentences(self):
        return " ".join(self.s["cond"][n] for n in self.conds)

    def oar_sentence(self):
        return ("On a 3D conformal comparison plan built on the same planning CT, the %s could not be "
                "held within their limits while the target was covered; IMRT is needed to protect these "
                "organs at risk." % self.s["oar_names"])

    def beam_rows(self, header=True, style="full"):
        rows = []
        if header:
            rows.append(["Beam", "Type", "Energy", "Gantry (deg)", "Coll (deg)", "Couch (deg)", "MU"])
        for b, mu in zip(self.s["beams"], self.mu):
            if b[0] == "arc":
                rows.append([b[1], "VMAT arc", self.s["energy"], "%d -> %d %s" % (b[2], b[3], b[4]),
                             str(b[5]), str(b[6]), str(mu)])
            else:
                kind = "3D conformal" if self.is3d else ("IMRT static (compensator)" if self.comp
                                                         else "IMRT static (step-and-shoot)")
                rows.append([b[1], kind, self.s["energy"], str(b[2]), str(b[3]), str(b[4]), str(mu)])
        return rows

    def beam_words(self):
        bs = self.s["beams"]
        if bs[0][0] == "arc":
            return "%d VMAT arcs (%s)" % (len(bs), "; ".join(
                "%s gantry %d to %d %s, couch %d" % (b[1], b[2], b[3], b[4], b[6]) for b in bs))
        return "%d fixed fields at gantry %s degrees" % (len(bs), ", ".join(str(b[2]) for b in bs))

    def comp_id(self, i):
        return "TD-%s-C%d" % (self.mrn()[-4:], i + 1)

    def fx_dates(self, n=5):
        out, d = [], self.t["fx1"].date()
        for i in range(n):
            out.append(d)
            d = biz(d, 1)
        return out


PLAN_IDS = dict(prostate="PROS_VMAT", anal="ANAL_VMAT", lung="LUL_VMAT", esoph="ESO_IMRT7",
                oroph="TONS_VMAT", parotid="LPAR_VMAT", gbm="RTEMP_VMAT", pancreas="PANC_IMRT9",
                bot="BOT_CMP7", prostate_esc="PROS_CMP5", cervix="CVX_VMAT", rectum3d="RECT_3D3F")

SYN = "SYNTHETIC RECORD - fictional patient and clinic, generated for software evaluation"


def header(c, title, extra=None):
    b = [("ln", SYN), ("ln", "%s  |  %s" % (c.cl["name"], c.cl["city"])), ("title", title),
         ("ln", "Patient: %s    MRN: %s    DOB: %s" % (c.name_lf(), c.mrn(), c.dob()))]
    for e in extra or []:
        b.append(("ln", e))
    return b
