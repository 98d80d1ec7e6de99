"""novel_f shared clinical wording and the chart context (patient, timeline, QA numbers)."""
import random

from nf_world import CLINICS, SITES, T, bday, full

OPENER = {
    "juniper": "Medical necessity determination for IMRT (conventional and 3D conformal planning judged "
               "inadequate for this patient):",
    "cahokia": "Intensity modulation is requested over a three-dimensional conformal plan for the following "
               "reasons.",
    "kittatinny": "I am prescribing IMRT rather than a 3D conformal or conventional technique for the "
                  "following anatomic reasons.",
    "palouse": "The special need for IMRT in this patient's case, as opposed to conventional or 3D conformal "
               "planning, is as follows.",
    "chattahoochee": "Justification for inverse-planned VMAT over a 3D conformal four-field or conventional "
                     "box arrangement:",
    "tuckahoe": "IMRT is the technique I consider appropriate here; a conventional or 3D conformal "
                "arrangement would not meet the normal-tissue goals, for these reasons.",
}


class Ctx:
    """Everything a document builder needs about one chart."""

    def __init__(self, cid, clinic, site, pat, mrn, start, conds, trap=None, dx=None):
        self.cid, self.ck, self.trap = cid, clinic, trap
        self.c = CLINICS[clinic]
        self.s = dict(SITES[site])
        if dx:
            self.s["dx"] = dx
        self.site = site
        self.first, self.last, self.sex, self.dob = pat
        self.mrn = mrn
        self.conds = conds
        self.rng = random.Random(cid)
        r = self.c["region"]
        j = lambda a, b: self.rng.randint(a, b)
        d0 = start
        self.t_consult = T(d0, 10, j(5, 40), r)
        self.t_consult_sig = T(d0, 16, j(2, 48), r)
        self.t_sim = T(bday(d0, 3), 9, j(0, 30), r)
        self.t_nec = T(bday(d0, 3), 15, j(30, 55), r)
        self.t_nec_err = T(bday(d0, 4), 8, j(5, 25), r)
        self.t_rx = T(bday(d0, 5), 11, j(0, 30), r)
        self.t_plan = T(bday(d0, 8), 14, j(10, 40), r)
        self.t_review = T(bday(d0, 9), 8, j(20, 50), r)
        self.t_qa = T(bday(d0, 9), 17, j(40, 58), r)
        self.t_qa_phys = T(bday(d0, 9), 18, j(20, 50), r)
        self.t_qa_md = T(bday(d0, 10), 8, j(0, 25), r)
        self.t_fx1 = T(bday(d0, 11), 9, j(0, 45), r)
        # QA numbers: every beam and the composite at or above tolerance 95% and action 90%
        beams = [a[0] for a in self.s["arcs"]] if "arcs" in self.s else [f[0] for f in self.s["fields"]]
        self.qa_rows = [(b, "%.1f" % (97.0 + self.rng.random() * 2.8), str(self.rng.randint(600, 1400)))
                        for b in beams]
        self.qa_comp = "%.1f" % (sum(float(r[1]) for r in self.qa_rows) / len(self.qa_rows))
        self.mu = [str(self.rng.randint(240, 420)) for _ in beams]

    # names
    @property
    def dob_us(self):
        y, m, d = self.dob.split("-")
        return "%s/%s/%s" % (m, d, y)

    @property
    def pname(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def PNAME(self):
        return ("%s, %s" % (self.last, self.first)).upper()

    @property
    def md(self):
        return full(self.c["md"])

    @property
    def phys(self):
        return full(self.c["phys"])

    @property
    def dosi(self):
        return full(self.c["dosi"])

    @property
    def plan(self):
        return self.s["plan"]

    def rx_phrase(self):
        t = self.s["targets"]
        main = "%g Gy in %d fractions to %s" % (t[0][1], t[0][2], t[0][0])
        if len(t) > 1:
            main += " with %g Gy to %s (simultaneous integrated boost)" % (t[1][1], t[1][0])
        return main

    def necessity(self):
        parts = [OPENER[self.ck]]
        parts += [self.s["conds"][k] for k in self.conds]
        parts.append("A 3D conformal comparison plan built on the same planning CT could not cover the "
                     "target while holding the %s within their limits, so IMRT is needed to protect these "
                     "organs at risk." % self.s["oars"])
        return " ".join(parts)

    def image_review(self, when_plan):
        return ("I reviewed plan %s (created %s) on the planning CT, axial, sagittal and coronal, slice by slice, "
                "with the 105%%, 100%%, 95%% and 50%% isodose lines displayed over each target volume and "
                "over the %s. Target coverage is satisfactory and the high-dose region stays off the critical "
                "structures." % (self.plan, when_plan, self.s["oars"]))

    def dvh_review(self):
        vals = "; ".join("%s %s" % a for a in self.s["achieved"])
        return ("Dose-volume histograms for plan %s reviewed for every target and every critical structure: "
                "%s." % (self.plan, vals))

    def beam_rows(self):
        if "arcs" in self.s:
            rows = [["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Collimator",
                     "Couch", "MU"]]
            for (n, a, b, rot, col), mu in zip(self.s["arcs"], self.mu):
                rows.append([n, "VMAT arc", self.s["energy"], a, b, rot, col, "0", mu])
            return rows
        rows = [["Field", "Type", "Energy", "Gantry", "Collimator", "Couch", "Segments", "MU"]]
        for (n, g), mu in zip(self.s["fields"], self.mu):
            rows.append([n, "IMRT step-and-shoot", self.s["energy"], g, "0", "0",
                         str(self.rng.randint(7, 14)), mu])
        return rows

    def beam_words(self):
        if "arcs" in self.s:
            return "%d VMAT arcs: %s" % (len(self.s["arcs"]), "; ".join(
                "%s %s-%s %s" % (n, a, b, rot) for n, a, b, rot, _ in self.s["arcs"]))
        return "%d static IMRT fields at gantry %s degrees" % (
            len(self.s["fields"]), ", ".join(g for _, g in self.s["fields"]))

    def fx_rows(self, n=5):
        d, rows = self.t_fx1.d, []
        t0 = self.s["targets"][0]
        per = t0[1] / t0[2]
        for i in range(1, n + 1):
            rows.append([str(i), d.strftime("%m/%d/%Y"), self.plan, "%.2f Gy" % per, "%.2f Gy" % (per * i)])
            d = bday(d, 1)
        return rows
