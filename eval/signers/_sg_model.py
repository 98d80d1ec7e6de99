"""Data types and small helpers for the signer-layout evaluation set (all content is SYNTHETIC)."""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field

REQ_IDS = [
    "plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
    "dvh-review", "portal-description", "dosimetric-verification", "compensator-design",
]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    cred: str            # "MD", "PhD, DABR", "NP", "" ...
    role: str            # ro | phys | dosi | rtt | res | fellow | np | pa | rn | uro | rad | other
    title: str = ""      # printed role text, e.g. "Radiation Oncologist", "PGY-3 Resident"
    mi: str = ""

    def f(self, form: str = "full") -> str:
        """The person's name in one of the layouts EHRs and vendor exports use."""
        c, F, L = self.cred, self.first, self.last
        if form == "full":        # Teodora Vance, MD
            return f"{F} {L}, {c}" if c else f"{F} {L}"
        if form == "nocomma":     # Teodora Vance MD
            return f"{F} {L} {c}".strip()
        if form == "lfc":         # Vance, Teodora MD
            return f"{L}, {F} {c}".strip()
        if form == "meditech":    # Vance,Teodora MD
            return f"{L},{F} {c}".strip()
        if form == "cerner":      # VANCE MD, TEODORA
            return f"{L.upper()} {c.split(',')[0]}, {F.upper()}" if c else f"{L.upper()}, {F.upper()}"
        if form == "caps_lf":     # VANCE, TEODORA
            return f"{L.upper()}, {F.upper()}"
        if form == "caps":        # VANCE TEODORA
            return f"{L.upper()} {F.upper()}"
        if form == "dr":          # Dr. T. Vance
            return f"Dr. {F[0]}. {L}"
        if form == "plain":       # Teodora Vance
            return f"{F} {L}"
        if form == "titled":      # Jonah Pereira, MD, PGY-3 Resident
            return f"{self.f('full')}, {self.title}"
        if form == "mi":          # Teodora R. Vance, MD
            return f"{F} {self.mi}. {L}, {c}" if self.mi else self.f("full")
        raise ValueError(form)


@dataclass(frozen=True)
class Patient:
    first: str
    last: str
    dob: dt.date
    mrn: str
    sex: str = "F"

    def f(self, form: str = "lf") -> str:
        if form == "lf":
            return f"{self.last}, {self.first}"
        if form == "LF":
            return f"{self.last.upper()}, {self.first.upper()}"
        if form == "fl":
            return f"{self.first} {self.last}"
        if form == "LFnc":
            return f"{self.last.upper()} {self.first.upper()}"
        raise ValueError(form)


@dataclass(frozen=True)
class Clinic:
    key: str
    name: str
    dept: str
    address: str
    zone: str            # E | C | M | P (US zones; daylight time 9 Mar - 2 Nov 2025)
    staff: dict

    def _dst(self, d) -> bool:
        return dt.date(d.year, 3, 9) <= d < dt.date(d.year, 11, 2)

    def tz(self, d) -> str:
        return f"{self.zone}{'D' if self._dst(d) else 'S'}T"

    def utc(self, d) -> str:
        off = {"E": -5, "C": -6, "M": -7, "P": -8}[self.zone] + (1 if self._dst(d) else 0)
        return f"-{abs(off):02d}:00"


@dataclass
class Doc:
    """A document before rendering: a list of blocks plus page header / footer lines."""
    blocks: list
    header: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    title: str = "SYNTHETIC document"
    font: str = "Helvetica"      # Helvetica | Times-Roman | Courier
    size: float = 9.0
    a4: bool = False
    crlf: bool = False
    width: int = 92               # TXT wrap width (0 = no wrap)

    def text(self) -> str:
        out = list(self.header) + list(self.footer)
        for b in self.blocks:
            for part in b[1:]:
                if isinstance(part, str):
                    out.append(part)
                elif isinstance(part, (list, tuple)):
                    for x in part:
                        out.append(" ".join(map(str, x)) if isinstance(x, (list, tuple)) else str(x))
        return "\n".join(out)


@dataclass
class D:
    """One document of a chart: path inside the chart folder, builder, options."""
    path: str
    builder: object
    opts: dict = field(default_factory=dict)


def doc(path, builder, **opts):
    return D(path, builder, opts)


@dataclass
class Chart:
    chart_id: str
    style: str
    description: str
    clinic: Clinic
    patient: Patient
    site: object
    base: dt.date
    docs: list
    expect: dict
    problems: dict = field(default_factory=dict)
    staff: dict = field(default_factory=dict)   # overrides of the clinic's staff


class Ctx:
    """What a builder sees: the chart, its people, the site profile and dates."""

    def __init__(self, chart: Chart, path: str):
        self.chart, self.path = chart, path
        self.pt, self.site, self.clinic = chart.patient, chart.site, chart.clinic
        self.staff = dict(chart.clinic.staff)
        self.staff.update(chart.staff)
        self.rng = random.Random(seed(chart.chart_id, path))

    def s(self, key: str) -> Person:
        return self.staff[key]

    def day(self, n: int) -> dt.date:
        return self.chart.base + dt.timedelta(days=n)


def seed(*parts) -> int:
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


# ----------------------------------------------------------------------------------------- dates
_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fd(d: dt.date, style: str = "us") -> str:
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "usn":          # 3/4/2025
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "eu":           # 04.03.2025
        return d.strftime("%d.%m.%Y")
    if style == "long":         # March 4, 2025
        return f"{_MON[d.month - 1]} {d.day}, {d.year}"
    if style == "ord":          # March 4th, 2025
        return f"{_MON[d.month - 1]} {ordinal(d.day)}, {d.year}"
    if style == "dmy":          # 4 March 2025
        return f"{d.day} {_MON[d.month - 1]} {d.year}"
    if style == "mon":          # Mar 4 2025
        return f"{_MON[d.month - 1][:3]} {d.day:>2} {d.year}".replace("  ", " ")
    raise ValueError(style)


def E(status, why, criteria=None):
    """One hand-written expectation. status: a string or a list of acceptable statuses."""
    st = [status] if isinstance(status, str) else list(status)
    e = {"status": st, "why": why}
    if criteria is not None:
        e["criteria"] = list(criteria)
    return e
