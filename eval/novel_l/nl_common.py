"""novel_l chart context: patient, department, site, timeline, and shared text/table helpers."""
import datetime as dt

from nl_world import DEPTS, PATIENTS, SITES, T, bday, next_bday, rng


class Chart:
    def __init__(self, cid, dept, site, consult, conds, trap=None, style="", files=None, protocol=False,
                 resident_ix=0, flags=(), description=""):
        self.id = cid
        self.key = cid[:4]
        self.D = DEPTS[dept]
        self.dept = dept
        self.S = SITES[site]
        self.site = site
        self.conds = conds
        self.trap = trap
        self.style = style
        self.protocol = protocol
        self.resident_ix = resident_ix
        self.flags = set(flags)
        self.description = description
        last, first, mrn, dob, sex = PATIENTS[self.key]
        self.last, self.first, self.mrn, self.dob, self.sex = last, first, mrn, dob, sex
        self.name_lf = "%s, %s" % (last, first)
        self.name_caps = "%s, %s" % (last.upper(), first.upper())
        self.name_fl = "%s %s" % (first, last)
        self.dob_us = dt.date.fromisoformat(dob).strftime("%m/%d/%Y")
        self.he, self.him, self.his = ("he", "him", "his") if sex == "M" else ("she", "her", "her")
        self.age = 2026 - int(dob[:4]) - (1 if (consult.month, consult.day) < (int(dob[5:7]), int(dob[8:])) else 0)
        self.r = rng(cid)
        d0 = consult
        D = self.D

        def t(n, hm):
            return T(bday(d0, n) if n else d0, hm, D)
        self.t = {
            "tb": t(-3, "07:30"), "visit": t(0, "13:30"), "author": t(0, "15:40"), "att": t(0, "17:05"),
            "sim": t(2, "09:30"), "rx_entry": t(3, "15:55"), "rx": t(3, "16:20"),
            "rx_corr": t(4, "10:02"), "rx_cosign": t(4, "13:15"),
            "plan": t(6, "14:10"), "plan2": t(6, "15:30"), "cmd": t(6, "15:05"), "physcheck": t(6, "16:45"),
            "rev_author": t(7, "08:20"), "rev_att": t(7, "11:35"),
            "qa_meas": t(7, "17:10"), "qa_meas2": t(7, "17:55"), "qa_res": t(7, "17:45"), "qa_res2": t(7, "18:20"),
            "qa_phys": t(7, "18:40"), "qa_phys2": t(7, "19:05"), "qa_md": t(8, "07:50"), "qa_md2": t(8, "07:55"),
            "fx1": t(9, "09:00"), "rounds": t(11, "12:40"), "rounds_ack": t(11, "13:05"),
            "otv": t(13, "10:40"), "otv_entry": t(15, "08:05"),
        }
        # every fraction date (business days from the first fraction)
        nfx = sum(p["targets"][0][2] for p in self.S["plans"])
        if self.S.get("bid"):
            self.fx_dates = [bday(self.t["fx1"].d, i // 2) if i // 2 else self.t["fx1"].d for i in range(nfx)]
        else:
            self.fx_dates = [bday(self.t["fx1"].d, i) if i else self.t["fx1"].d for i in range(nfx)]
        self.t["last_fx"] = T(self.fx_dates[-1], "09:20", D)
        self.t["summary"] = T(bday(self.fx_dates[-1], 2), "15:10", D)
        self.t["otv_att"] = T(self.t["otv_entry"].d, "08:50", D)
        self.t["late_att"] = T(dt.date(2026, 6, 30), "16:48", D)
        self.files = files or []

    def style_flag(self, f):
        return f in self.flags

    # ---- identity strings -------------------------------------------------------------------------------
    def header(self, doc_title):
        return "SYNTHETIC TEST RECORD | %s | %s | MRN %s | DOB %s | %s" % (
            self.D["name"], self.name_caps, self.mrn, self.dob_us, doc_title)

    def footer(self):
        return "SYNTHETIC - invented patient and staff - %s - MRN %s" % (self.D["ehr"], self.mrn)

    # ---- clinical content ---------------------------------------------------------------------------------
    @property
    def plans(self):
        return self.S["plans"]

    def plan_ids(self):
        return [p["id"] for p in self.plans]

    def rx_rows(self, unit="Gy"):
        rows = []
        for i, p in enumerate(self.plans):
            for (tname, dose, fx) in p["targets"]:
                dpf = dose / fx
                rows.append(["Phase %d (%s)" % (i + 1, p["id"]) if len(self.plans) > 1 else p["id"], tname,
                             "%g Gy" % dose if unit == "Gy" else "%d cGy" % round(dose * 100),
                             str(fx), "%.2f Gy" % dpf])
        return rows

    def rx_words(self):
        parts = []
        for p in self.plans:
            for (tname, dose, fx) in p["targets"]:
                parts.append("%s %s Gy in %d fractions" % (tname, ("%g" % dose), fx))
        return "; ".join(parts)

    def oar_rows(self, protocol=False):
        if protocol:
            return [[s, m, lim, var] for (s, m, lim, var, ach) in self.S["oars"]]
        return [[s, m, lim] for (s, m, lim, var, ach) in self.S["oars"]]

    def achieved_rows(self, with_limits=True, protocol=False):
        rows = []
        for (s, m, lim, var, ach) in self.S["oars"]:
            if protocol:
                rows.append([s, m, lim, var, ach, "Per protocol"])
            elif with_limits:
                rows.append([s, m, lim, ach, "met"])
            else:
                rows.append([s, m, ach])
        return rows

    def mu(self, plan, beam):
        r = rng(self.id, "mu/" + plan["id"] + "/" + beam["id"])
        return r.randint(260, 420) if beam["kind"] == "arc" else r.randint(48, 140)

    def beam_rows(self, plan):
        b0 = plan["beams"][0]
        if b0["kind"] == "arc":
            head = ["Beam", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Collimator", "Couch", "MU"]
            rows = [[b["id"], "VMAT arc", b["energy"], "%.1f" % b["start"], "%.1f" % b["stop"], b["rot"],
                     "%.1f" % b["coll"], "%.1f" % b["couch"], str(self.mu(plan, b))] for b in plan["beams"]]
        else:
            head = ["Field", "Type", "Energy", "Gantry", "Collimator", "Couch", "MU"]
            rows = [[b["id"], "static", b["energy"], "%.1f" % b["gantry"], "%.1f" % b["coll"], "%.1f" % b["couch"],
                     str(self.mu(plan, b))] for b in plan["beams"]]
        return [head] + rows

    def beam_words(self, plan):
        bs = plan["beams"]
        if bs[0]["kind"] == "arc":
            return "%d arcs (%s)" % (len(bs), "; ".join("%s %.0f to %.0f %s%s" % (
                b["id"], b["start"], b["stop"], b["rot"], (", couch %.0f" % b["couch"]) if b["couch"] else "")
                for b in bs))
        return "%d static fields at gantry %s" % (len(bs), ", ".join("%.0f" % b["gantry"] for b in bs))

    def gamma(self, plan, bad=False, salt=""):
        r = rng(self.id, "gamma/" + plan["id"] + salt)
        vals = []
        for b in plan["beams"]:
            vals.append(round(r.uniform(85.6, 89.2), 1) if bad else round(r.uniform(96.6, 99.7), 1))
        comp = round(sum(vals) / len(vals) + (0.2 if not bad else -0.1), 1)
        return vals, min(comp, 99.9)

    def technique(self):
        if self.plans[0]["beams"][0]["kind"] == "arc":
            return "VMAT"
        return "IMRT, step-and-shoot with %d static gantry angles" % len(self.plans[0]["beams"])

    def cond_text(self):
        return " ".join(self.S["cond"][n] for n in self.conds)

    def targets_text(self):
        return ", ".join(t[0] for p in self.plans for t in p["targets"])
