"""Shared helpers for the chart tables: context, plans, QA dicts, fractions, expectations."""
import random

import sites2  # noqa: F401  (registers the extra sites)
from model import CLINICS, workdays, add, fmt
from sites import S

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
        "portal-description", "dosimetric-verification", "compensator-design"]


class Chart:
    def __init__(self, cid, clinic, patient, site, style, description):
        self.cid, self.patient, self.style, self.description = cid, patient, style, description
        self.clinic = CLINICS[clinic]
        self.site = S[site]
        self.ctx = {"patient": patient, "clinic": self.clinic, "site": self.site}
        self.docs = {}           # relative path -> bytes
        self.phases = []         # every plan built for the chart (parts.phase appends)
        self.rng = random.Random("judgement:" + cid)

    def add(self, path, data):
        assert path not in self.docs, path
        self.docs[path] = data


def plan_of(src, plan_id, created, calculated=None, technique=None, course="C1", status=None):
    """src: a site or a phase dict.  created/calculated: (date, 'HH:MM')."""
    return {"plan_id": plan_id, "course": course, "technique": technique or src.get("technique"),
            "targets": src["targets"], "oars": src["oars"], "tstats": src["tstats"], "beams": src["beams"],
            "created": created, "calculated": calculated or (created[0], _later(created[1])),
            **({"status": status} if status else {})}


def _later(hhmm):
    h, m = map(int, hhmm.split(":"))
    m += 47
    return "%02d:%02d" % (h + m // 60, m % 60)


def qa_dict(chart, plan, measured, sigs, rates=None, **kw):
    """rates: list of per-beam pass rates (default: 96.5-99.6, seeded).  Composite = point-weighted mean."""
    rng = chart.rng
    beams = plan["beams"]
    if rates is None:
        rates = [round(rng.uniform(96.5, 99.6), 1) for _ in beams]
    rows = []
    for b, r in zip(beams, rates):
        n = rng.randint(700, 1400)
        rows.append((b["id"], n, r, round(0.18 + (100 - r) / 40 + rng.uniform(0, 0.05), 2)))
    comp = kw.pop("composite", None)
    if comp is None:
        comp = round(sum(n * r for _b, n, r, _g in rows) / sum(n for _b, n, _r, _g in rows), 1)
    q = {"plan_id": plan["plan_id"], "measured": measured, "rows": rows, "composite": comp, "sigs": sigs,
         "comment": "Every beam within tolerance." if comp >= kw.get("tolerance", 95) else ""}
    q.update(kw)
    return q


def fractions(first, n):
    return workdays(first, n)


def chart_meta(chart, technique, case, reqs, criteria, courses=None):
    """reqs: {id: (statuses, why)}; returns the expected.json dict."""
    out = {"chart_id": chart.cid, "synthetic": True, "style": chart.style,
           "description": chart.description, "patient": chart.patient.as_json(),
           "technique": technique, "case": _case(case), "requirements": {}, "document_problems": {}}
    for rid in REQS:
        st, why = reqs[rid]
        out["requirements"][rid] = {"status": list(st), "why": why}
    out["requirements"]["necessity-criterion"]["criteria"] = list(criteria)
    if courses:
        out["courses"] = courses
    return out


CASES = {1: "failed QA", 2: "outcomes are not goals", 3: "dates out of order", 4: "late signatures",
         5: "3D courses are not IMRT", 6: "two courses are not one", 7: "misfiled QA"}


def _case(s):
    """'4 late signatures - trap' -> {'number': 4, 'title': 'late signatures', 'role': 'trap'}"""
    n, role = int(s.split()[0]), s.rsplit(" - ", 1)[1]
    assert role in ("trap", "twin"), s
    return {"number": n, "title": CASES[n], "role": role}


def all_na(why_3d):
    return {rid: (["not_applicable"], why_3d) for rid in REQS}


def met_reqs(whys, over=None):
    """whys: {id: text} for the met items; compensator defaults to not_applicable."""
    r = {rid: (["met"], whys[rid]) for rid in REQS if rid != "compensator-design"}
    r["compensator-design"] = (["not_applicable"],
                               "MLC-modulated delivery; the chart documents no compensator-based IMRT")
    for k, v in (over or {}).items():
        r[k] = v
    return r


def d(x):
    return fmt(x)


__all__ = ["Chart", "plan_of", "qa_dict", "fractions", "chart_meta", "all_na", "met_reqs", "REQS", "add", "d"]
