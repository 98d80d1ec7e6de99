"""Invented clinics, staff and patients; dates, times and US time zones (DST-aware for 2025)."""
import datetime as dt
from dataclasses import dataclass

D = dt.date

# ------------------------------------------------------------------ time zones
DST_START = dt.datetime(2025, 3, 9, 2, 0)
DST_END = dt.datetime(2025, 11, 2, 2, 0)
ZONES = {  # name: (std abbr, std offset, dst abbr, dst offset, observes DST)
    "eastern": ("EST", -5, "EDT", -4, True),
    "central": ("CST", -6, "CDT", -5, True),
    "mountain": ("MST", -7, "MDT", -6, True),
    "arizona": ("MST", -7, "MST", -7, False),
    "pacific": ("PST", -8, "PDT", -7, True),
    "hawaii": ("HST", -10, "HST", -10, False),
}


def at(day, hhmm):
    h, m = hhmm.split(":")
    return dt.datetime(day.year, day.month, day.day, int(h), int(m))


def tz_abbr(t, zone):
    s, so, d, do, dst = ZONES[zone]
    return d if (dst and DST_START <= t < DST_END) else s


def tz_offset(t, zone):
    s, so, d, do, dst = ZONES[zone]
    off = do if (dst and DST_START <= t < DST_END) else so
    sign = "-" if off < 0 else "+"
    return "%s%02d:00" % (sign, abs(off))


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def mdy(d):            # 03/04/2025
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def mdy2(d):           # 03/04/25
    return "%02d/%02d/%02d" % (d.month, d.day, d.year % 100)


def mdy_short(d):      # 3/4/25 (handwritten)
    return "%d/%d/%02d" % (d.month, d.day, d.year % 100)


def iso(d):            # 2025-03-04
    return d.strftime("%Y-%m-%d")


def vista(t):          # MAR 04, 2025@14:22
    return "%s %02d, %04d@%02d:%02d" % (MON[t.month - 1], t.day, t.year, t.hour, t.minute)


def long_us(d):        # March 4, 2025
    return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)


def short_us(d):       # Mar 4, 2025
    return "%s %d, %d" % (MONTH[d.month - 1][:3], d.day, d.year)


def dmy_long(d):       # 4 March 2025
    return "%d %s %d" % (d.day, MONTH[d.month - 1], d.year)


def dmon(d):           # 04-Mar-2025
    return "%02d-%s-%d" % (d.day, MONTH[d.month - 1][:3], d.year)


def ampm(t):           # 2:22 PM
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def hm(t):
    return "%02d:%02d" % (t.hour, t.minute)


def hm4(t):
    return "%02d%02d" % (t.hour, t.minute)


def iso_t(t, zone):    # 2025-03-04T14:22-05:00
    return "%sT%02d:%02d%s" % (iso(t.date()), t.hour, t.minute, tz_offset(t, zone))


def add(d, n):
    return d + dt.timedelta(days=n)


def weekday_on_or_after(d):
    while d.weekday() >= 5:
        d = add(d, 1)
    return d


HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 5, 26), dt.date(2025, 7, 4), dt.date(2025, 9, 1),
            dt.date(2025, 11, 27), dt.date(2025, 12, 25)}


def bday(d, n):
    """n business days after d (weekends and the clinics' closed holidays skipped)."""
    x = d
    while n > 0:
        x = add(x, 1)
        if x.weekday() < 5 and x not in HOLIDAYS:
            n -= 1
    return x


# ------------------------------------------------------------------ people
@dataclass
class Person:
    given: str
    middle: str
    family: str
    cred: str          # as written after the name, e.g. "MD", "M.D., Ph.D.", "Ph.D., DABR", "CMD"
    role: str          # ro | resident | physicist | dosimetrist | medonc | np | therapist

    @property
    def mi(self):
        return (self.middle[0] + ".") if self.middle else ""

    def full(self, cred=True):                 # Maren T. Holloway, MD
        n = " ".join(x for x in (self.given, self.mi, self.family) if x)
        return n + (", " + self.cred if cred and self.cred else "")

    def full_nocomma(self):                   # Maren T. Holloway MD
        return " ".join(x for x in (self.given, self.mi, self.family) if x) + " " + self.cred.replace(",", "")

    def last_first(self, cred=True):           # Holloway, Maren T MD
        n = "%s, %s%s" % (self.family, self.given, (" " + self.middle[0]) if self.middle else "")
        return n + (" " + self.cred.split(",")[0] if cred and self.cred else "")

    def caps_last_first(self, cred=True, space=True):   # HOLLOWAY, MAREN T MD / HOLLOWAY,MAREN T
        n = "%s,%s%s%s" % (self.family.upper(), " " if space else "", self.given.upper(),
                           (" " + self.middle[0].upper()) if self.middle else "")
        return n + (" " + self.cred.split(",")[0].replace(".", "").upper() if cred and self.cred else "")

    def initial_last(self):                   # M. Holloway
        return "%s. %s" % (self.given[0], self.family)

    def dr(self):                             # Dr. Holloway
        return "Dr. " + self.family


@dataclass
class Clinic:
    key: str
    name: str
    city: str
    zone: str
    ehr: str            # description used in expected.json style
    ro: Person
    physicist: Person
    dosimetrist: Person
    extra: dict


@dataclass
class Patient:
    family: str
    given: str
    middle: str
    sex: str
    dob: dt.date
    mrn: str

    def last_first(self):
        return "%s, %s" % (self.family, self.given)

    def caps(self):
        return "%s, %s%s" % (self.family.upper(), self.given.upper(), (" " + self.middle.upper()) if self.middle else "")

    def vista(self):
        return "%s,%s%s" % (self.family.upper(), self.given.upper(), (" " + self.middle.upper()) if self.middle else "")

    def first_last(self):
        return "%s %s" % (self.given, self.family)

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


P = Person
CLINICS = {
    "tamarack": Clinic(
        "tamarack", "Tamarack Veterans Medical Center", "Brainerd Lakes, MN", "central",
        "CPRS-style progress notes (TXT)",
        ro=P("Maren", "Therese", "Holloway", "MD", "ro"),
        physicist=P("Oluwaseun", "", "Adeyemi-Clarke", "Ph.D., DABR", "physicist"),
        dosimetrist=P("Trina", "", "Bergquist", "CMD", "dosimetrist"),
        extra={"resident": P("Daniel", "Jerzy", "Przybylski", "MD", "resident")}),
    "bellwether": Clinic(
        "bellwether", "Bellwether Community Hospital", "Dalton Springs, GA", "eastern",
        "CPSI-style community hospital reports (caps, fixed width)",
        ro=P("Francis", "Xavier", "Ducharme", "MD", "ro"),
        physicist=P("Wendell", "", "Okonkwo-Price", "M.S., DABR", "physicist"),
        dosimetrist=P("Kelsey", "", "Arbuckle", "CMD", "dosimetrist"), extra={}),
    "saguaro": Clinic(
        "saguaro", "Saguaro Ridge Oncology", "Casa Verde, AZ", "arizona",
        "OncoEMR-style community oncology notes (PDF, footer sign-off)",
        ro=P("Anselm", "", "Whitfield", "MD", "ro"),
        physicist=P("Priyanka", "", "Deshmukh", "Ph.D., DABR", "physicist"),
        dosimetrist=P("Marco", "", "Ybarra", "CMD", "dosimetrist"),
        extra={"medonc": P("Imani", "", "Okwuosa", "MD", "medonc")}),
    "lakeshore": Clinic(
        "lakeshore", "Lakeshore General Hospital", "Reelfoot Landing, TN", "central",
        "MEDHOST-style hospital documents ('Authenticated By')",
        ro=P("Bernadette", "", "Kowalczyk", "MD", "ro"),
        physicist=P("Rafferty", "", "Osei", "Ph.D., DABR", "physicist"),
        dosimetrist=P("Lorna", "", "Tibbetts", "CMD", "dosimetrist"), extra={}),
    "cedar": Clinic(
        "cedar", "Cedar Hollow Regional Medical Center", "Siletz Bend, OR", "pacific",
        "Oracle Health community-style documents ('Verified electronically by')",
        ro=P("Anneliese", "", "Brandt-Nakamura", "M.D., Ph.D.", "ro"),
        physicist=P("Gideon", "", "Farraday", "M.S., DABR", "physicist"),
        dosimetrist=P("Yesenia", "", "Cordova", "CMD", "dosimetrist"), extra={}),
    "harbor": Clinic(
        "harbor", "Harbor Point Radiation Associates", "Wiscasset Harbor, ME", "eastern",
        "ambient/dictation transcription (DOCX) with 'Attested by'",
        ro=P("Colm", "", "Ferriter", "MD", "ro"),
        physicist=P("Sunniva", "", "Ekdahl", "Ph.D., DABR", "physicist"),
        dosimetrist=P("Jared", "", "Pellerin", "CMD", "dosimetrist"), extra={}),
    "ridgefield": Clinic(
        "ridgefield", "Ridgefield Rural Health Cancer Clinic", "Two Forks, MT", "mountain",
        "typed paper forms filled by hand (italic script)",
        ro=P("Ruth", "", "Achebe", "MD", "ro"),
        physicist=P("Lars", "", "Thorvaldsen", "M.S., DABR", "physicist"),
        dosimetrist=P("Cody", "", "Rainwater", "CMD", "dosimetrist"), extra={}),
    "quarry": Clinic(
        "quarry", "Quarry Hill Cancer Institute", "Barre Falls, VT", "eastern",
        "RayCare-style OIS sign-off tables with ISO 8601 timestamps",
        ro=P("Ingrid", "", "Vasquez-Moreau", "MD", "ro"),
        physicist=P("Tobias", "", "Renwick", "Ph.D., DABR", "physicist"),
        dosimetrist=P("Harriet", "", "Munoz", "CMD", "dosimetrist"), extra={}),
    "makana": Clinic(
        "makana", "Makana Pacific Oncology", "Hilo Bay, HI", "hawaii",
        "Word sign-off grids (Role | Name | Credentials | Method | Signature | Date/Time HST)",
        ro=P("Leilani", "", "Kahananui", "MD", "ro"),
        physicist=P("Ramon", "", "Estrella", "M.S., DABR", "physicist"),
        dosimetrist=P("Noelani", "", "Fujimoto", "CMD", "dosimetrist"), extra={}),
}
