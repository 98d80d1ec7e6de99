"""Plain data for the generator: a chart's context, documents as blocks, and expected findings.

Documents are lists of blocks so that one content builder can be written out as PDF, DOCX, TXT or
RTF by the renderers. Block kinds:
  ("title", text) ("h", text) ("p", text) ("pre", text) ("kv", [(label, value), ...])
  ("table", rows, {"header": bool, "grid": bool, "widths": [...]}) ("check", ticked, text)
  ("sig", text) - a signature line (never given OCR noise)
  ("pagebreak",) ("scan", [lines])  - a page holding only a picture of these lines
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field, replace

from _people import FACILITIES, PATIENT_NAMES, SITES, STAFF, Person, Site

REQUIREMENTS = (
    "plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
    "dvh-review", "portal-description", "dosimetric-verification", "compensator-design",
)
SHORT = dict(zip(("P", "NS", "NC", "IR", "DVH", "PD", "DV", "CD"), REQUIREMENTS))
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fmt_date(d: dt.date, style: str = "us") -> str:
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}",
        "caps": f"{d.day:02d}-{MONTHS[d.month - 1].upper()}-{d.year}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
    }[style]


@dataclass(frozen=True)
class Patient:
    last: str
    first: str
    sex: str
    mrn: str
    dob: dt.date

    @property
    def name(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def caps(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def natural(self) -> str:
        return f"{self.first} {self.last}"


def assign_patients(charts) -> dict:
    """Give every chart (and every misfiled other-patient document) its own name, sex matching the site.

    A chart's `patient` number is where the search starts; names are never reused. Returns
    {cid: index} and {(cid, path): index}.
    """
    used: set[int] = set()

    def pick(start: int, sex: str) -> int:
        n = len(PATIENT_NAMES)
        for k in range(n):
            i = (start + k) % n
            if i not in used and (not sex or PATIENT_NAMES[i][2] == sex):
                used.add(i)
                return i
        raise ValueError("ran out of patient names")

    own = {c.cid: pick(c.patient, SITES[c.site].sex) for c in charts}
    other = {(c.cid, path): pick(kw["other"], SITES[c.site].sex)
             for c in charts for _, path, kw in c.docs if "other" in kw}
    return {"own": own, "other": other}


def make_patient(index: int, seed: str) -> Patient:
    last, first, sex = PATIENT_NAMES[index % len(PATIENT_NAMES)]
    r = random.Random(seed + ":patient")
    dob = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 30))
    return Patient(last, first, sex, f"{r.randrange(100000, 999999):d}{r.randrange(10, 99)}", dob)


@dataclass
class Ctx:
    """Everything a document builder needs to know about its chart."""

    cid: str
    patient: Patient
    site: Site
    md: Person
    phys: Person
    cmd: Person
    facility: str
    start: dt.date
    rng: random.Random

    # days relative to the CT simulation; the builders ask for dates by name
    OFFSETS = {"consult": -9, "sim": 0, "plan": 6, "review": 7, "qa": 8, "qareview": 9,
               "start": 10, "otv": 17, "weekly": 15}

    def date(self, key: str) -> dt.date:
        return self.start + dt.timedelta(days=self.OFFSETS[key])

    def d(self, key: str, style: str = "us") -> str:
        return fmt_date(self.date(key), style)

    def time(self, key: str) -> str:
        h = int(hashlib.sha256(f"{self.cid}{key}".encode()).hexdigest(), 16)
        return f"{8 + h % 10:02d}:{(h // 10) % 60:02d}"

    def who(self, role: str) -> Person:
        return {"md": self.md, "phys": self.phys, "cmd": self.cmd}.get(role) or STAFF[role]


def make_ctx(chart: "ChartDef", patient_index: int) -> Ctx:
    seed = int(hashlib.sha256(chart.cid.encode()).hexdigest()[:12], 16)
    fac = FACILITIES[(chart.facility if chart.facility is not None else seed) % len(FACILITIES)]
    site = SITES[chart.site]
    if chart.geometry:
        site = replace(site, geometry=chart.geometry)
    return Ctx(chart.cid, make_patient(patient_index, chart.cid), site, STAFF[chart.md], STAFF[chart.phys],
               STAFF[chart.cmd], fac, chart.start, random.Random(seed))


@dataclass
class Doc:
    path: str
    fmt: str  # pdf, docx, txt, rtf, png
    blocks: list
    header: str = ""
    footer: str = ""
    mono: bool = False  # fixed-width export
    wrap: int = 0  # txt: wrap paragraphs at this width (0: one line per paragraph, like transcriptions)
    noise: float = 0.0  # OCR-like noise rate for body text (txt only)
    damage: str = ""  # "", "encrypted", "corrupt", "scanned" (every page an image)


@dataclass
class ChartDef:
    cid: str
    style: str
    description: str
    site: str
    patient: int  # where the name search starts (see assign_patients)
    docs: list  # [(builder, path, kwargs)]
    expect: dict  # short id -> {"status": [...], "why": ..., maybe "criteria"}
    problems: dict = field(default_factory=dict)
    md: str = "okafor"
    phys: str = "chen"
    cmd: str = "reyes"
    start: dt.date = dt.date(2025, 1, 13)
    facility: int | None = None
    geometry: tuple | None = None  # override the site's beams (e.g. static fields for compensator IMRT)


def _exp(statuses, why, criteria=None):
    out = {"status": list(statuses), "why": why}
    if criteria is not None:
        out["criteria"] = list(criteria)
    return out


def met(why, crit=None):
    return _exp(["met"], why, crit)


def inc(why, crit=None):
    return _exp(["incomplete"], why, crit)


def miss(why):
    return _exp(["missing"], why, [])


def nr(why):
    return _exp(["needs_review"], why, [])


def na(why="MLC-delivered IMRT/VMAT; the chart documents no compensator-based IMRT"):
    return _exp(["not_applicable"], why)


def either(statuses, why, crit=None):
    return _exp(statuses, why, crit)


NA_UNREADABLE = either(["not_applicable", "needs_review"],
                       "readable documents describe MLC-based delivery, so not_applicable; an unreadable file "
                       "could in principle describe compensators, which the spec does not settle, so needs_review "
                       "is also accepted")
