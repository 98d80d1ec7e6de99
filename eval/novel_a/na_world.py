"""Invented clinics, staff, patients, dates and time zones for eval/novel_a (all SYNTHETIC)."""
import datetime as dt
from collections import namedtuple

D = dt.date
Person = namedtuple("Person", "given family cred title")
Patient = namedtuple("Patient", "family given mrn dob sex")

HOLIDAYS = {D(2025, 1, 1), D(2025, 1, 20), D(2025, 5, 26), D(2025, 7, 4), D(2025, 9, 1), D(2025, 11, 27),
            D(2025, 12, 25)}


def add_bd(d, n):
    """n business days after d (weekends and clinic holidays skipped)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def is_dst(d):
    """US DST 2025: 9 March to 2 November."""
    return D(2025, 3, 9) <= d < D(2025, 11, 2)


class Clinic:
    def __init__(self, key, name, campus, city, zone, md, phys, dosim, trainee=None, therapist=None, dst=True):
        self.key, self.name, self.campus, self.city = key, name, campus, city
        self.zone, self.dst = zone, dst            # zone letter: E, C, M, P
        self.md, self.phys, self.dosim, self.trainee, self.therapist = md, phys, dosim, trainee, therapist

    def tz(self, d):
        return "%s%sT" % (self.zone, "D" if (self.dst and is_dst(d)) else "S")


def nm(p, form="first"):
    """Name forms of a Person."""
    if form == "first":
        return "%s %s" % (p.given, p.family)
    if form == "first_cred":
        return "%s %s, %s" % (p.given, p.family, p.cred)
    if form == "last_first":
        return "%s, %s" % (p.family, p.given)
    if form == "last_first_cred":
        return "%s, %s, %s" % (p.family, p.given, p.cred)
    if form == "LAST_FIRST":
        return "%s, %s" % (p.family.upper(), p.given.upper())
    raise ValueError(form)


# ---- date / time formats -------------------------------------------------------------------------
def us(d):                     # 3/4/2025
    return "%d/%d/%d" % (d.month, d.day, d.year)


def us0(d):                    # 03/04/2025
    return d.strftime("%m/%d/%Y")


def dmy_caps(d):               # 04-MAR-2025
    return d.strftime("%d-%b-%Y").upper()


def long(d):                   # March 4, 2025
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


def wlong(d):                  # Tuesday, March 4, 2025
    return "%s, %s" % (d.strftime("%A"), long(d))


def iso(d):
    return d.isoformat()


def t12(hm):                   # "14:05" -> "2:05 PM"
    h, m = map(int, hm.split(":"))
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def t12z(hm):                  # "14:05" -> "02:05 PM"
    h, m = map(int, hm.split(":"))
    return "%02d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


# ---- staff and clinics ---------------------------------------------------------------------------
CLINICS = {
    "northbridge": Clinic(
        "northbridge", "Northbridge University Health", "Halvorsen Cancer Pavilion, Department of Radiation Oncology",
        "Columbus, OH", "E",
        md=Person("Harriet", "Lindqvist-Abara", "MD", "Attending Physician, Radiation Oncology"),
        trainee=Person("Thaddeus", "Brennan-Oyelowo", "MD", "Resident Physician (PGY-4)"),
        phys=Person("Okezie", "Farringdon", "PhD, DABR", "Medical Physicist"),
        dosim=Person("Mirela", "Castellanos-Quayle", "CMD", "Medical Dosimetrist"),
        therapist=Person("Brody", "Kaczmarek", "RT(T)", "Radiation Therapist")),
    "greatlakes": Clinic(
        "greatlakes", "Great Lakes Academic Medical Center", "Department of Radiation Oncology, MR-Linac Suite",
        "Chicago, IL", "C",
        md=Person("Cordelia A.", "Ravensworth", "MD", "Attending Radiation Oncologist"),
        phys=Person("Declan", "Orsolya-Whitt", "MS, DABR", "Medical Physicist"),
        dosim=Person("Tobias", "Ngata-Fenwick", "CMD", "Medical Dosimetrist"),
        therapist=Person("Latrice", "Odom-Vasquez", "RT(T)", "Radiation Therapist")),
    "sonoran": Clinic(
        "sonoran", "Sonoran Valley Health", "SVH Cancer Institute - Radiation Oncology, Scottsdale Campus",
        "Scottsdale, AZ", "M", dst=False,
        md=Person("Priyanka", "Deshmukh-Harlan", "MD", "Radiation Oncology"),
        phys=Person("Rutger", "Vandermolen-Ayala", "PhD, DABR", "Medical Physicist"),
        dosim=Person("Lucienne", "Okoro-Baptiste", "CMD", "Medical Dosimetrist"),
        therapist=Person("Dakota", "Yazzie-Marsh", "RT(T)", "Radiation Therapist")),
    "bayshore": Clinic(
        "bayshore", "Bayshore Health System", "Mercy Point Campus - Radiation Oncology", "St. Petersburg, FL", "E",
        md=Person("Simone", "Okafor-Whitley", "MD", "Radiation Oncology"),
        phys=Person("Ignatius", "Bellweather-Soto", "MS, DABR", "Medical Physicist"),
        dosim=Person("Renata", "Quillfeldt", "CMD", "Medical Dosimetrist"),
        therapist=Person("Marcus", "Tillinghast", "RT(T)", "Radiation Therapist")),
    "cascadia": Clinic(
        "cascadia", "Cascadia University Medical Center", "Radiation Oncology - Lake Union Cancer Center",
        "Seattle, WA", "P",
        md=Person("Bartholomew", "Achterlonie-Reyes", "MD", "Attending Physician, Radiation Oncology"),
        trainee=Person("Ingeborg", "Tavita-Moreau", "MD", "Clinical Fellow, Radiation Oncology"),
        phys=Person("Wendeline", "Parkhurst-Oduya", "PhD, DABR", "Medical Physicist"),
        dosim=Person("Cyrus", "Abernathy-Lau", "CMD", "Medical Dosimetrist"),
        therapist=Person("Noelani", "Brightman", "RT(T)", "Radiation Therapist")),
    "piedmont": Clinic(
        "piedmont", "Piedmont Crescent Health", "Crescent Cancer Institute - Radiation Oncology, Mallard Creek",
        "Charlotte, NC", "E",
        md=Person("Josephine", "Fairweather-Nkemelu", "MD", "Radiation Oncology"),
        phys=Person("Anselm", "Drummond-Iwu", "PhD, DABR", "Medical Physicist"),
        dosim=Person("Greer", "Halloway-Nunes", "CMD", "Medical Dosimetrist"),
        therapist=Person("Shayla", "Pettigrew", "RT(T)", "Radiation Therapist")),
}
