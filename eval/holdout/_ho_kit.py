"""Shorthands for the chart tables: chart/document definitions, lazy wordings, beam presets,
expectation strings."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from _ho_model import Patient
from _ho_words import beams_in_words, dvh_review, image_review, necessity


@dataclass
class Lazy:
    """A builder argument that needs the chart context (site, staff, beams)."""
    fn: object

    def __call__(self, cx):
        return self.fn(cx)


def NEC(conds=(1,), opener="why", v=0, prior="", oars=True):
    return Lazy(lambda cx: necessity(cx.site, conds, opener, v, prior, oars))


def IMG(v):
    return Lazy(lambda cx: image_review(v, cx.site))


def DVH(v, values=""):
    return Lazy(lambda cx: dvh_review(v, cx.site, values))


def QAACK(device):
    """The physician's own sentence reviewing the physics QA result (for cross-document co-signature)."""
    from _ho_qa import DEVICES
    def f(cx):
        rate = round(cx.rng.uniform(97.0, 99.8), 1)
        return (f"Patient-specific QA reviewed: {DEVICES[device][0]} measurement, gamma "
                f"{DEVICES[device][1].split(',')[0]} {rate}% passing. Acceptable for treatment.")
    return Lazy(f)


def QATXT(device, uk=False):
    from _ho_qa import qa_summary
    return Lazy(lambda cx: qa_summary(cx, device, uk))


def WORDS():
    return Lazy(lambda cx: beams_in_words(cx.beams, cx.site.energy))


def OARS():
    return Lazy(lambda cx: ", ".join(cx.site.oars))


def TXT(fn):
    """Free text built from the context: TXT(lambda cx: f'...{cx.md.last}...')."""
    return Lazy(fn)


@dataclass
class D:
    """One document: builder, file name inside the chart, builder kwargs, generic options.
    Generic options: damage='scan'|'corrupt', image_pages=(2,), other=Patient, noise=0.05,
    footer='...', serif=True, a4=True, crlf=True."""
    builder: object
    path: str
    kw: dict = field(default_factory=dict)

    def __init__(self, builder, path, **kw):
        self.builder, self.path, self.kw = builder, path, kw


GENERIC = ("damage", "image_pages", "other", "noise", "footer", "serif", "a4", "crlf")


@dataclass
class Chart:
    id: str
    style: str
    desc: str
    pt: Patient
    site: str
    md: str
    phys: str
    dosim: str
    clinic: str
    d0: str
    beams: object                  # callable(rng) -> tuple of Beam
    docs: list
    exp: dict
    problems: dict = field(default_factory=dict)
    tech: str = ""


def P(last, first, mrn, dob, sex):
    return Patient(last, first, mrn, date.fromisoformat(dob), sex)


def ST(*angles):
    from _ho_model import static_beams
    return lambda rng: static_beams(angles, rng)


def ARCS(*arcs):
    from _ho_model import arc_beams
    return lambda rng: arc_beams(arcs, rng)


FULL2 = ARCS((179.9, 180.1, "CW"), (180.1, 179.9, "CCW"))
HALF2 = ARCS((181.0, 179.0, "CW"), (179.0, 181.0, "CCW"))
NINE = ST(200, 240, 280, 320, 0, 40, 80, 120, 160)
SEVEN_PELVIS = ST(0, 51, 103, 154, 206, 257, 309)
SEVEN_HN = ST(180, 230, 280, 330, 30, 80, 130)

NA = "not_applicable: MLC-delivered IMRT/VMAT; nothing in the chart describes compensator-based IMRT"
NA_OR_REVIEW = ("not_applicable|needs_review: the readable documents show MLC delivery; the spec does not "
                "settle whether an unreadable file 'may hold' compensator evidence, so both are accepted")

IDS = {"rx": "plan-goals-constraints", "nec": "necessity-statement", "crit": "necessity-criterion",
       "img": "image-review", "dvh": "dvh-review", "por": "portal-description",
       "qa": "dosimetric-verification", "comp": "compensator-design"}


def expectation(exp):
    """{'rx': 'met: why', 'crit': ('met', [1], 'why'), ...} -> expected.json requirements dict."""
    out = {}
    for key, rid in IDS.items():
        v = exp[key]
        if key == "crit":
            status, crit, why = v
            out[rid] = {"status": status.split("|"), "why": why, "criteria": list(crit)}
        else:
            status, why = v.split(": ", 1)
            out[rid] = {"status": status.split("|"), "why": why}
    return out
