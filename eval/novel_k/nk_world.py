"""novel_k world: invented practices, staff, patients, site profiles, 2025 calendar and US zones.

Everything here is invented. Product names are marked "(invented)" where they are introduced in the documents.
"""
import datetime as dt
import hashlib
import random

D = dt.date
HOLIDAYS = {D(2025, 1, 1), D(2025, 1, 20), D(2025, 2, 17), D(2025, 5, 26), D(2025, 7, 4), D(2025, 9, 1)}
DST_START, DST_END = D(2025, 3, 9), D(2025, 11, 2)


def rng(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def bday(start, n):
    d = start
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def zone(region, day):
    dst = DST_START <= day < DST_END
    return {"Eastern": ("EDT" if dst else "EST"), "Central": ("CDT" if dst else "CST")}[region]


def mdy(d):
    return d.strftime("%m/%d/%Y")


def md_y2(d):
    return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))


def iso(d):
    return d.isoformat()


def dmy3(d):
    return d.strftime("%d-%b-%Y")


def mon_d_y(d):
    return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)


def long_d(d):
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


def t12(h, m):
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def t24(h, m):
    return "%02d:%02d" % (h, m)


# ---------------------------------------------------------------- practices and staff (all invented)

PRACTICES = {
    "suwannee": dict(
        name="Suwannee Urology Partners, P.A.", short="SUP", division="Radiation Oncology Division",
        addr="1420 SW Main Blvd, Lake City, FL 32025", phone="386-555-0140", fax="386-555-0149", region="Eastern",
        ro="Delphine Achebe-Marlow", ro_cred="MD", uro="Raymond Castellvi", uro_cred="MD, FACS",
        dosim="Corbin Welles", therapist="Lucia Ferreira-Boone",
        phys="Tamsin Oyelaran", phys_cred="MS, DABR", physco="Lodestone Medical Physics Services, LLC",
        physco_city="Tallahassee, FL", ehr="UroLedger EHR", tps="Cobalt Ridge Planner", tps_ver="5.2",
        portal="PhysLink", device="PolarisMap 2D", linac="SUP-LA1"),
    "pecan": dict(
        name="Pecan Valley Urology Associates, PLLC", short="PVUA", division="Radiation Suite",
        addr="2201 Wonder World Dr, Suite 300, San Marcos, TX 78666", phone="512-555-0163", fax="512-555-0169",
        region="Central", ro="Celestine Obi-Marchand", ro_cred="MD", locum="Anand Rao-Whitfield", locum_cred="MD",
        locum_agency="Trident Locum Staffing", uro="Tobias Renteria", uro_cred="MD",
        dosim="Renata Solis", therapist="Marco Villaseñor",
        phys="Wen-Li Strickland", phys_cred="PhD, DABR", physco="Balcones Physics Group",
        ehr="RadSuite Manager", vr="Dictara VR", tps="Halyard Plan", tps_ver="3.8", device="Diamante ArcCube",
        linac="PV-TB1"),
    "piedmont": dict(
        name="Piedmont Foothills Radiation Center, PLLC", short="PFRC", division="",
        addr="455 Tate Blvd SE, Hickory, NC 28602", phone="828-555-0117", fax="828-555-0118", region="Eastern",
        ro="Beatrix Lindqvist-Amadi", ro_cred="MD", ro2="Obadiah Fenn", ro2_cred="MD",
        dosim="Priya Venkataraman-Holt", therapist="Shawna Pettigrew",
        phys="Ramon Espinal-Vick", phys_cred="MS, DABR", physco="Catawba Physics Consulting, LLC",
        biller="Claimwright Revenue Partners", coder="Jolene Atwater, CPC",
        ehr="MedAcorn EHR", tps="Sequoia Dose", tps_ver="11.1", portal="QA Vault", device="Ridgeback EPID Dosimetry",
        linac="PF-2"),
    "kaw": dict(
        name="Kaw River Urology & Oncology, P.A.", short="KRUO", division="Radiation Suite",
        addr="4950 Research Pkwy, Lawrence, KS 66047", phone="785-555-0140", fax="785-555-0147",
        uro_fax="785-555-0190", region="Central",
        ro="Mateo Brightwater-Ansah", ro_cred="MD", uro="Hollis Vandermeer", uro_cred="MD",
        dosim="Shay Underhill", therapist="Dwayne Kettleson",
        phys="Ingrid Makowski-Bell", phys_cred="PhD, DABR", physco="Konza Physics Services, Inc.",
        physco_fax="785-555-0188", ehr="UroStream EHR", tps="Plainsong RTP", tps_ver="7.0", device="Tallow ArcRing",
        efax="FaxHarbor", linac="KR-LA2"),
}

# ---------------------------------------------------------------- patients

PATIENTS = {
    "nk01": ("Pruitt", "Emmett", "83104427", D(1951, 3, 11), "M"),
    "nk02": ("Lindgren-Ames", "Walter", "83117390", D(1956, 9, 2), "M"),
    "nk03": ("Okonjo", "Bartholomew", "83120958", D(1944, 12, 19), "M"),
    "nk04": ("Salinas", "Rogelio", "83209146", D(1953, 6, 27), "M"),
    "nk05": ("Hargrove", "Dale", "83211873", D(1949, 1, 8), "M"),
    "nk06": ("Whitcombe", "Agnes", "83215502", D(1947, 10, 30), "F"),
    "nk07": ("Tillery", "Norman", "83302284", D(1958, 4, 16), "M"),
    "nk08": ("Beaumont", "Clarice", "83306611", D(1955, 8, 5), "F"),
    "nk09": ("Haskins", "Loretta", "83309935", D(1950, 2, 23), "F"),
    "nk10": ("Kowalczyk", "Stanley", "83401762", D(1952, 11, 14), "M"),
    "nk11": ("Redbird", "Franklin", "83404018", D(1957, 7, 21), "M"),
    "nk12": ("Ashworth", "Gordon", "83407351", D(1954, 5, 9), "M"),
}


class Timeline:
    """Business-day timeline from the consult date; times are local to the practice."""

    def __init__(self, cid, consult, region, fx1_after=9):
        r = rng(cid, "timeline")
        self.region = region
        self.consult = consult
        self.sim = bday(consult, 1)
        self.rx = bday(consult, 3)
        self.plan = bday(consult, 6)
        self.review = bday(consult, 7)
        self.qa = bday(consult, 7)
        self.qa_md = bday(consult, 8)
        self.fx1 = bday(consult, fx1_after)
        self.m = [r.randint(2, 57) for _ in range(12)]

    def z(self, d):
        return zone(self.region, d)


def mu(cid, key, lo, hi):
    return rng(cid, "mu", key).randint(lo, hi)


def gamma(cid, key, lo=97.0, hi=99.8):
    return round(rng(cid, "gamma", key).uniform(lo, hi), 1)
