"""Fictional clinics, staff, patients; dates, signatures and charges helpers.  Everything is invented."""
import csv
import datetime as dt
import io
from dataclasses import dataclass, field

MARK = "SYNTHETIC"


@dataclass(frozen=True)
class Person:
    name: str          # "Naomi Achterberg"
    cred: str          # "MD" / "PhD, DABR" / "CMD"
    title: str         # "Radiation Oncologist" / "Medical Physicist" / "Dosimetrist" / "Radiation Therapist"

    @property
    def last(self):
        return self.name.split()[-1]

    @property
    def first(self):
        return self.name.split()[0]

    @property
    def full(self):
        return "%s, %s" % (self.name, self.cred)

    @property
    def lastfirst(self):
        return "%s, %s" % (self.last, self.first)


@dataclass(frozen=True)
class Clinic:
    key: str
    name: str
    city: str
    md: Person
    phys: Person
    dosim: Person
    rtt: Person
    md2: Person = None   # a covering radiation oncologist


@dataclass(frozen=True)
class Patient:
    last: str
    first: str
    mrn: str
    dob: dt.date
    sex: str

    @property
    def lastfirst(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def firstlast(self):
        return "%s %s" % (self.first, self.last)

    def as_json(self):
        return {"name": self.lastfirst, "mrn": self.mrn, "dob": self.dob.isoformat()}


def P(name, cred, title):
    return Person(name, cred, title)


RO, MP, DS, TT = "Radiation Oncologist", "Medical Physicist", "Dosimetrist", "Radiation Therapist"

CLINICS = {
    "larkspur": Clinic("larkspur", "Larkspur Valley Cancer Center", "Larkspur Valley, OR",
                       P("Naomi Achterberg", "MD", RO), P("Tobias Ferreira-Lund", "PhD, DABR", MP),
                       P("Kelsey Amundsen", "CMD", DS), P("Dario Pell", "RTT", TT),
                       P("Elliot Szabo-Marsh", "MD", RO)),
    "hollins": Clinic("hollins", "Hollins Ridge Radiation Oncology", "Hollins Ridge, VA",
                      P("Rafael Quintanilla", "DO", RO), P("Ingrid Sorvik", "MS, DABR", MP),
                      P("Jonah Tebbetts", "CMD", DS), P("Maribel Ocasio", "RTT", TT)),
    "cape": Clinic("cape", "Cape Ashby Oncology Associates", "Cape Ashby, ME",
                   P("Adaeze Nwankwo-Hart", "MD", RO), P("Lucas Brandvold", "PhD, DABR", MP),
                   P("Priya Venkataraman", "CMD", DS), P("Corwin Leach", "RTT", TT)),
    "marlow": Clinic("marlow", "Marlow Creek Cancer Institute", "Marlow Creek, KS",
                     P("Theodora Vasquez-Klein", "MD", RO), P("Gideon Halvorsen", "MS, DABR", MP),
                     P("Fern Oyelaran", "CMD", DS), P("Tamsin Roe-Gallagher", "RTT", TT)),
    "pinecrest": Clinic("pinecrest", "Pinecrest Regional Radiation Center", "Pinecrest, AZ",
                        P("Marcus Delacroix-Webb", "MD", RO), P("Hana Kobayashi-Reyes", "PhD, DABR", MP),
                        P("Wes Tolliver", "CMD", DS), P("Anneliese Brook", "RTT", TT)),
}


def D(s):
    return dt.date.fromisoformat(s)


def fmt(d, style="us"):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)
    if style == "short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    raise ValueError(style)


def workdays(start, n):
    """n consecutive weekdays starting at start (inclusive, start moved to a weekday)."""
    out, d = [], start
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def add(d, days):
    return d + dt.timedelta(days=days)


def next_weekday(d):
    d = add(d, 1)
    while d.weekday() >= 5:
        d = add(d, 1)
    return d


def timeline(sim, **over):
    """Standard, compliant order of events from a Monday CT simulation.  Overrides by key."""
    t = {
        "consult": add(sim, -7), "sim": sim, "rx": add(sim, 1), "plan": add(sim, 3),
        "approve": add(sim, 4), "review": add(sim, 4), "qa": add(sim, 7), "qa_phys": add(sim, 7),
        "qa_md": add(sim, 8), "first_fx": add(sim, 9),
    }
    t.update(over)
    return t


# ---------------------------------------------------------------- signatures
def esig(p, d, time="16:12", fmt_style="us"):
    return "Electronically signed by %s on %s %s" % (p.full, fmt(d, fmt_style), time)


def approved(p, d, time=None, fmt_style="us"):
    return "Approved by: %s (%s)  %s%s" % (p.full, p.title, fmt(d, fmt_style), " " + time if time else "")


def reviewed(p, d, fmt_style="us"):
    return "Reviewed by: %s, %s  Date: %s" % (p.full, p.title, fmt(d, fmt_style))


def slash(p, d, fmt_style="us"):
    return "/s/ %s   %s" % (p.full, fmt(d, fmt_style))


def labeled(p, d, fmt_style="us"):
    return "%s: %s   Date: %s" % (p.title, p.full, fmt(d, fmt_style))


def sig_row(p, d, fmt_style="us", signed=True):
    return [p.title, p.full, ("/s/ " + p.name) if signed else "", fmt(d, fmt_style) if d else ""]


SIG_HEAD = ["Role", "Name", "Signature", "Date"]


# ---------------------------------------------------------------- charges
def charges_csv(rows, provider, icd):
    """rows: list of (date, code, units[, modifiers]).  Returns CSV bytes."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["date_of_service", "code", "modifiers", "units", "icd10", "rendering_provider"])
    for r in sorted(rows, key=lambda r: (r[0], r[1])):
        d, code, units = r[0], r[1], r[2]
        mods = r[3] if len(r) > 3 else ""
        w.writerow([d.isoformat(), code, mods, units, icd,
                    "%s (%s)" % (provider.lastfirst + " " + provider.cred, MARK)])
    return out.getvalue().encode("utf-8")


def imrt_charges(t, fx_dates, plan_code="77301", extra=(), delivery="G6015"):
    """A plausible physician claim: planning, the plan, dosimetry, first weeks of delivery."""
    rows = [(t["rx"], "77263", 1), (t["sim"], "77290", 1), (t["approve"], plan_code, 1),
            (t["approve"], "77300", 2)]
    for i, d in enumerate(fx_dates):
        if delivery:
            rows.append((d, delivery, 1))
        if (i + 1) % 5 == 0:
            rows.append((d, "77427", 1))
            rows.append((d, "77336", 1))
    rows += list(extra)
    return rows


# ---------------------------------------------------------------- patients
def pt(last, first, mrn, dob, sex):
    return Patient(last, first, mrn, D(dob), sex)
