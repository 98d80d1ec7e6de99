"""Fictional staff, patients and signature lines used by the sample charts.

Every person here is invented. Signature lines follow the forms listed in docs/requirements.md
("Signatures"): some valid, some deliberately not (blank, dictated but not read, undated).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

FACILITY = "Lakeshore Cancer Center - Department of Radiation Oncology (fictional)"
FACILITY_B = "Pine Hollow Radiation Oncology Associates (fictional)"


@dataclass(frozen=True)
class Staff:
    first: str
    last: str
    cred: str
    role: str  # ro (radiation oncologist) | phys (medical physicist) | dosi (dosimetrist)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}, {self.cred}"


MARSH = Staff("Helen", "Marsh", "MD", "ro")
OKAFOR = Staff("Victor", "Okafor", "MD", "ro")
RAMAN = Staff("Priya", "Raman", "DO", "ro")
WHITCOMBE = Staff("Daniel", "Whitcombe", "PhD, DABR", "phys")
ORTIZ = Staff("Lena", "Ortiz", "MS, DABR", "phys")
BENN = Staff("Carla", "Benn", "CMD", "dosi")
REYES = Staff("Tomas", "Reyes", "CMD", "dosi")

ROLE_TITLE = {"ro": "Radiation Oncologist", "phys": "Physicist", "dosi": "Dosimetrist"}


@dataclass(frozen=True)
class Patient:
    last: str
    first: str
    mrn: str
    dob: date
    sex: str  # F | M

    @property
    def listed(self) -> str:
        return f"{self.last}, {self.first}"

    def age_on(self, day: date) -> int:
        return day.year - self.dob.year - ((day.month, day.day) < (self.dob.month, self.dob.day))

    def header(self, style: str) -> list[str]:
        """Identification lines as different systems print them; always name, MRN and DOB."""
        dob = f"{self.dob:%m/%d/%Y}"
        if style == "upper":
            return [f"Patient Name: {self.last.upper()}, {self.first.upper()}", f"MRN: {self.mrn}", f"DOB: {dob}"]
        if style == "natural":
            return [f"Patient: {self.first} {self.last}", f"MRN: {self.mrn}    DOB: {dob}"]
        return [f"Patient: {self.listed}    MRN: {self.mrn}    DOB: {dob}"]


def us(d: date | datetime) -> str:
    return f"{d:%m/%d/%Y}"


@dataclass(frozen=True)
class Sig:
    """One signature line. `style` picks the printed form; `valid`/`dated` say what Medicare accepts."""

    style: str
    who: Staff | None = None
    when: datetime | None = None

    INVALID = ("blank", "blank_titled", "dbnr")

    @property
    def valid(self) -> bool:
        return self.style not in self.INVALID and self.who is not None

    @property
    def dated(self) -> bool:
        return self.valid and self.when is not None and self.style != "titled_nodate"

    def lines(self) -> list[str]:
        w, t = self.who, self.when
        if self.style == "esig":
            return [f"Electronically signed by {w.full} on {us(t)} {t:%H:%M}"]
        if self.style in ("approved", "reviewed", "verified"):
            return [f"{self.style.capitalize()} by: {w.full}    {us(t)}"]
        if self.style == "slash":
            return [f"/s/ {w.full}    {us(t)}"]
        if self.style == "titled":
            return [f"{ROLE_TITLE[w.role]}: {w.full}    Date: {us(t)}"]
        if self.style == "titled_nodate":
            return [f"{ROLE_TITLE[w.role]}: {w.full}    Date: ____________"]
        if self.style == "blank":
            return ["Signature: ____________________________    Date: ____________"]
        if self.style == "blank_titled":
            return [f"{ROLE_TITLE[w.role]}: ____________________________    Date: ____________"]
        if self.style == "dbnr":
            return [f"Dictated by: {w.full}    {us(t)} {t:%H:%M}", "DICTATED BUT NOT READ"]
        if self.style == "table":  # as a row of a Role | Name | Signature | Date table
            return [" | ".join(self.table_row())]
        raise ValueError(self.style)

    def table_row(self) -> list[str]:
        """Role | Name | Signature | Date; the signature cell is filled only for a valid signature."""
        return [ROLE_TITLE[self.who.role], self.who.full,
                f"/s/ {self.who.first} {self.who.last}" if self.valid else "",
                us(self.when) if self.dated else ""]
