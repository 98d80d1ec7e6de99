"""Shared pieces for the novel_a document builders: chart context, tables, clinical sentences."""
import datetime as dt
import hashlib
import random

from na_sites import SITES
from na_world import CLINICS, Patient, add_bd


class Ctx:
    pass


def make_ctx(ch):
    x = Ctx()
    x.ch = ch
    x.rnd = random.Random(int(hashlib.sha256(ch["id"].encode()).hexdigest()[:12], 16))
    x.c = CLINICS[ch["clinic"]]
    p = ch["pt"]
    x.pt = Patient(*p)
    x.s = SITES[ch["site"]]
    x.conds = ch.get("conds", [])
    x.plan = x.s["plan"]
    x.beams = x.s["beams"]
    x.trap = ch.get("trap_kind")
    x.mus = [round(x.rnd.uniform(160, 460), 1) for _ in x.beams]
    x.rates = [round(x.rnd.uniform(96.4, 99.7), 1) for _ in range(16)]
    x.points = x.rnd.randint(1100, 1386)
    b = ch["base"]
    sim = add_bd(b, 3)
    rx = add_bd(sim, 1)
    plan = add_bd(sim, 6)
    review = add_bd(plan, 1)
    qa = add_bd(plan, 1)
    qa_md = add_bd(qa, 1)
    fx1 = add_bd(qa_md, 2)
    x.T = {"consult": (b, "16:05"), "sim": (sim, "10:30"), "rx": (rx, "10:05"), "plan": (plan, "14:40"),
           "plan_check": (plan, "16:15"), "review": (review, "08:20"), "review_cosign": (review, "12:35"),
           "qa": (qa, "18:20"), "qa_phys": (qa, "19:05"), "qa_md": (qa_md, "07:55"), "fx1": (fx1, "09:10")}
    x.doc_no = x.rnd.randint(10_000_000, 99_999_999)
    return x


def dt_of(x, key):
    d, hm = x.T[key]
    h, m = map(int, hm.split(":"))
    return dt.datetime(d.year, d.month, d.day, h, m)


def gy(v):
    return ("%.1f" % v).rstrip("0").rstrip(".") if v != int(v) else "%d" % v


def rx_rows(x, rx=None):
    rows = [["Target", "Volume definition", "Dose per fraction", "Fractions", "Total dose"]]
    for t, desc, tot, n in (rx or x.s["rx"]):
        rows.append([t, desc, "%.2f Gy" % (tot / n), str(n), "%s Gy" % gy(tot)])
    return rows


def rx_sentence(x):
    return "; ".join("%s %s Gy in %d fractions (%.2f Gy per fraction)" % (t, gy(tot), n, tot / n)
                     for t, _, tot, n in x.s["rx"])


def limit_rows(x, head=("Organ at risk", "Metric", "Constraint")):
    return [list(head)] + [[o, m, c] for o, m, c in x.s["limits"]]


def limit_sentence(x):
    return "; ".join("%s %s %s" % (o, m, c) for o, m, c in x.s["limits"])


def achieved_sentence(x):
    return ", ".join("%s %s %s" % (s, m, v) for s, m, v in x.s["achieved"])


def targets(x):
    return ", ".join(t for t, _, _, _ in x.s["rx"])


def beam_count_words(x, beams=None):
    beams = beams or x.beams
    n = len(beams)
    kind = "arcs" if beams[0][0] == "arc" else "static fields"
    return n, kind


def necessity(x, opener):
    parts = [opener]
    for c in x.conds:
        parts.append(x.s["cond"][c])
    parts.append("A 3D conformal comparison arrangement could not cover the target while respecting the tolerance "
                 "of the %s; intensity modulation is needed to shape the dose away from these organs." % x.s["oars"])
    return " ".join(parts)


def qa_rows(x, names, rates):
    return [[n, "%.1f%%" % r] for n, r in zip(names, rates)]
