"""Shorthands for the chart tables: chart records, expectations, patients."""
from dataclasses import dataclass, field

from u_people import Patient, D, CLINICS
from u_sites import SITES
from u_text import Ctx, timeline, rng_for

REQ_IDS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
           "portal-description", "dosimetric-verification", "compensator-design"]


@dataclass
class Chart:
    cid: str
    style: str
    description: str
    trap: str                    # "" for a complete chart
    ctx: Ctx
    docs: list                   # (file name, Doc)
    req: dict                    # id -> {"status": [...], "why": str, ("criteria": [...])}


def E(status, why, criteria=None):
    st = status if isinstance(status, list) else [status]
    d = {"status": st, "why": why.replace("%%", "%")}   # a literal '%%' left by an unformatted string part
    if criteria is not None:
        d["criteria"] = criteria
    return d


def NA_COMP(why="MLC-delivered IMRT/VMAT; the chart documents no compensator-based IMRT"):
    return E("not_applicable", why)


def ctx_for(cid, clinic, site, patient, consult_day, **shift):
    r = rng_for(cid, "timeline")
    shift.setdefault("to_sim", r.choice([3, 4, 5, 6]))
    shift.setdefault("to_plan", r.choice([4, 5, 6, 7]))
    shift.setdefault("to_first", r.choice([1, 2, 3]))
    return Ctx(cid, CLINICS[clinic], patient, SITES[site], timeline(consult_day, **shift))


def pt(family, given, middle, sex, dob, mrn):
    y, m, d = (int(x) for x in dob.split("-"))
    return Patient(family, given, middle, sex, D(y, m, d), mrn)
