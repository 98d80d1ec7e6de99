"""Fictional staff, patients, disease sites and the per-chart context (all invented, SYNTHETIC)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

MARK = "SYNTHETIC"


@dataclass(frozen=True)
class Person:
    first: str
    mid: str
    last: str
    cred: str          # "MD", "PhD, DABR", "CMD", ...

    @property
    def full(self):                       # Adaeze N. Okoro
        return f"{self.first} {self.mid + ' ' if self.mid else ''}{self.last}"

    @property
    def signed(self):                     # Adaeze N. Okoro, MD
        return f"{self.full}, {self.cred}"

    @property
    def dr(self):                         # Dr. A. N. Okoro
        ini = f"{self.first[0]}. " + (f"{self.mid[0]}. " if self.mid else "")
        return f"Dr. {ini}{self.last}"

    @property
    def inverted(self):                   # Okoro, Adaeze N
        return f"{self.last}, {self.first}{' ' + self.mid[0] if self.mid else ''}"


@dataclass(frozen=True)
class Patient:
    last: str
    first: str
    mrn: str
    dob: date
    sex: str

    @property
    def name(self):
        return f"{self.last}, {self.first}"


@dataclass(frozen=True)
class Site:
    key: str
    label: str                 # "carcinoma of the left tonsil"
    region: str                # "head and neck"
    targets: tuple             # (("PTV_7000", 70.0, 35), ...)
    constraints: tuple         # (("SpinalCord", "Dmax < 45 Gy"), ...)
    oars: tuple                # OAR names as a physician writes them in prose
    energy: str = "6 MV"


# --------------------------------------------------------------------------- staff
MD = {
    "okoro": Person("Adaeze", "N.", "Okoro", "MD"),
    "lindqvist": Person("Henrik", "", "Lindqvist", "MD"),
    "raman": Person("Priya", "S.", "Raman", "DO"),
    "quintero": Person("Mateo", "", "Quintero", "MD"),
    "farrelly": Person("Siobhan", "", "Farrelly", "MD"),
    "asante": Person("Kwabena", "J.", "Asante", "MD"),
    "ferrand": Person("Lucia", "", "Ferrand", "MD"),
    "demir": Person("Yusuf", "K.", "Demir", "MD"),
}
PHYS = {
    "wierzbicki": Person("Tomasz", "", "Wierzbicki", "PhD, DABR"),
    "solberg": Person("Ingrid", "M.", "Solberg", "MS, DABR"),
    "menon": Person("Rahul", "", "Menon", "PhD"),
    "dubois": Person("Claire", "", "Dubois", "MSc"),
    "oyelaran": Person("Marcus", "T.", "Oyelaran", "MS, DABR"),
    "kobayashi": Person("Hana", "", "Kobayashi", "PhD, DABR"),
}
DOSIM = {
    "parks": Person("Jolene", "", "Parks", "CMD"),
    "achebe": Person("Devon", "", "Achebe", "CMD"),
    "walsh": Person("Erin", "R.", "Walsh", "CMD"),
}
RTT = {"ortega": Person("Luis", "", "Ortega", "RTT")}

CLINICS = {
    "lakeshore": "Lakeshore Cancer Institute - Radiation Oncology",
    "piedmont": "Piedmont Valley Radiation Oncology",
    "brendan": "St Brendan's Regional Cancer Centre",
    "mesa": "Mesa Verde Oncology Associates",
    "northgate": "Northgate Cancer Centre",
    "kestrel": "Kestrel Bay Cancer Center",
    "cedar": "Cedar Ridge Radiation Therapy",
}

# --------------------------------------------------------------------------- sites
def _s(key, label, region, targets, constraints, oars, energy="6 MV"):
    return Site(key, label, region, tuple(targets), tuple(constraints), tuple(oars), energy)


SITES = {s.key: s for s in [
    _s("tonsil", "squamous cell carcinoma of the right tonsil, p16 positive, cT2 N1", "head and neck",
       [("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
       [("SpinalCord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Parotid_L", "Dmean < 26 Gy"),
        ("Mandible", "D0.03cc < 70 Gy"), ("OralCavity", "Dmean < 40 Gy")],
       ["mandible", "right parotid", "spinal cord"]),
    _s("prostate", "adenocarcinoma of the prostate, Gleason 4+3, PSA 11.2", "pelvis",
       [("PTV_7920", 79.2, 44)],
       [("Rectum", "V70Gy < 20%"), ("Rectum", "V50Gy < 50%"), ("Bladder", "V70Gy < 30%"),
        ("FemoralHead_L/R", "Dmax < 50 Gy")],
       ["rectum", "bladder", "femoral heads"], "10 MV"),
    _s("lung", "non-small cell lung cancer, right upper lobe, stage IIIA", "thorax",
       [("PTV_6000", 60.0, 30)],
       [("SpinalCord", "Dmax < 50 Gy"), ("Lungs-GTV", "V20Gy < 35%"), ("Heart", "Dmean < 20 Gy"),
        ("Oesophagus", "Dmean < 34 Gy")],
       ["spinal cord", "oesophagus", "heart"]),
    _s("meningioma", "WHO grade 2 meningioma of the left sphenoid wing", "brain",
       [("PTV_5940", 59.4, 33)],
       [("OpticChiasm", "Dmax < 54 Gy"), ("OpticNerve_L", "Dmax < 54 Gy"), ("Brainstem", "Dmax < 55 Gy"),
        ("Cochlea_L", "Dmean < 45 Gy")],
       ["optic chiasm", "left optic nerve", "brainstem"]),
    _s("breast_l", "left breast invasive ductal carcinoma, pT1c N0, after lumpectomy", "thorax",
       [("PTV_Breast_L", 40.05, 15)],
       [("Heart", "Dmean < 4 Gy"), ("LAD", "Dmax < 20 Gy"), ("Lung_L", "V16Gy < 15%")],
       ["heart", "left anterior descending artery", "left lung"]),
    _s("nasopharynx", "nasopharyngeal carcinoma, WHO type III, T3 N2", "head and neck",
       [("PTV_7000", 70.0, 33), ("PTV_5940", 59.4, 33)],
       [("Brainstem", "Dmax < 54 Gy"), ("SpinalCord", "Dmax < 45 Gy"), ("OpticChiasm", "Dmax < 54 Gy"),
        ("Parotid_L", "Dmean < 26 Gy")],
       ["brainstem", "optic chiasm", "temporal lobes", "parotid glands"]),
    _s("anal", "squamous cell carcinoma of the anal canal, T2 N1a", "pelvis",
       [("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)],
       [("Bowel_Small", "V45Gy < 20 cc"), ("Bladder", "V35Gy < 50%"), ("FemoralHeads", "V30Gy < 50%"),
        ("Genitalia", "V20Gy < 50%")],
       ["small bowel", "bladder", "femoral heads", "external genitalia"], "10 MV"),
    _s("cervix", "squamous cell carcinoma of the cervix, FIGO IIB", "pelvis",
       [("PTV_4500", 45.0, 25)],
       [("BowelBag", "V45Gy < 195 cc"), ("Rectum", "V40Gy < 80%"), ("Bladder", "V45Gy < 35%"),
        ("PelvicBones", "V10Gy < 90%")],
       ["small bowel", "rectum", "bladder", "pelvic bone marrow"], "10 MV"),
    _s("pancreas", "adenocarcinoma of the pancreatic head, borderline resectable", "abdomen",
       [("PTV_5040", 50.4, 28)],
       [("Duodenum", "Dmax < 55 Gy"), ("Kidneys", "Dmean < 18 Gy"), ("Liver", "Dmean < 25 Gy"),
        ("SpinalCord", "Dmax < 45 Gy")],
       ["duodenum", "kidneys", "spinal cord"], "10 MV"),
    _s("spine", "renal cell carcinoma metastasis at T12-L1; T9-T11 irradiated in 2022", "spinal segment",
       [("PTV_T12_L1", 30.0, 10)],
       [("SpinalCord_PRV", "Dmax < 14 Gy (this course)"), ("Oesophagus", "D0.03cc < 25 Gy")],
       ["spinal cord", "oesophagus"]),
    _s("oesophagus", "adenocarcinoma of the distal oesophagus, cT3 N1", "thorax",
       [("PTV_5040", 50.4, 28)],
       [("Lungs", "V20Gy < 25%"), ("Heart", "V30Gy < 40%"), ("SpinalCord", "Dmax < 45 Gy"),
        ("Liver", "Dmean < 25 Gy")],
       ["heart", "lungs", "spinal cord"]),
    _s("hypopharynx", "squamous cell carcinoma of the hypopharynx, T3 N2b", "head and neck",
       [("PTV_7000", 70.0, 35), ("PTV_6300", 63.0, 35)],
       [("SpinalCord", "Dmax < 45 Gy"), ("Larynx", "Dmean < 44 Gy"), ("Parotid_L", "Dmean < 26 Gy")],
       ["spinal cord", "parotids", "larynx"]),
    _s("larynx", "squamous cell carcinoma of the glottic larynx, T3 N0", "head and neck",
       [("PTV_6600", 66.0, 33)],
       [("SpinalCord", "Dmax < 45 Gy"), ("Parotid_L/R", "Dmean < 26 Gy"), ("Oesophagus_Cerv", "Dmean < 34 Gy")],
       ["spinal cord", "parotid glands", "cervical oesophagus"]),
    _s("rectum", "adenocarcinoma of the mid rectum, cT3 N1", "pelvis",
       [("PTV_5040", 50.4, 28)],
       [("Bowel_Small", "V45Gy < 195 cc"), ("Bladder", "V50Gy < 50%"), ("FemoralHeads", "V45Gy < 25%")],
       ["small bowel", "bladder", "femoral heads"], "10 MV"),
    _s("glioma", "glioblastoma, right temporal lobe, IDH wild-type, after subtotal resection", "brain",
       [("PTV_6000", 60.0, 30)],
       [("Brainstem", "Dmax < 55 Gy"), ("OpticChiasm", "Dmax < 54 Gy"), ("Cochlea_R", "Dmean < 45 Gy"),
        ("Hippocampus_L", "D40% < 7.3 Gy")],
       ["brainstem", "optic chiasm", "right cochlea"]),
    _s("sinonasal", "sinonasal undifferentiated carcinoma of the right maxillary sinus", "head and neck",
       [("PTV_6600", 66.0, 33)],
       [("OpticNerve_R", "Dmax < 54 Gy"), ("Globe_L", "Dmean < 35 Gy"), ("Lens_R", "Dmax < 7 Gy"),
        ("Brainstem", "Dmax < 54 Gy")],
       ["optic nerves", "orbits", "brainstem"]),
    _s("prostate_bed", "biochemical recurrence after radical prostatectomy (pT3a, PSA 0.42)", "pelvis",
       [("PTV_6640", 66.4, 37)],
       [("Rectum", "V65Gy < 35%"), ("Bladder", "V65Gy < 50%"), ("PenileBulb", "Dmean < 50 Gy")],
       ["rectum", "bladder", "penile bulb"], "10 MV"),
]}


# --------------------------------------------------------------------------- dates
def fmt_date(d, style="us"):
    if isinstance(d, datetime):
        d = d.date()
    return {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": d.strftime("%m/%d/%Y"),
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "uk": d.strftime("%d/%m/%Y"),
        "long": f"{d.day} {d.strftime('%B')} {d.year}",
        "mon": f"{d.strftime('%b')} {d.day}, {d.year}",
        "dmy": d.strftime("%d-%b-%Y"),
        "dot": d.strftime("%d.%m.%Y"),
        "ymd": d.strftime("%Y/%m/%d"),
    }[style]


# --------------------------------------------------------------------------- beams
@dataclass(frozen=True)
class Beam:
    num: int
    gantry: float
    couch: float = 0.0
    coll: float = 0.0
    mu: float = 0.0
    stop: float | None = None       # arcs only
    rot: str = ""                   # "CW" / "CCW" for arcs

    @property
    def is_arc(self):
        return self.stop is not None


def static_beams(angles, rng, couch=0.0):
    return tuple(Beam(i + 1, a, couch, rng.choice([0.0, 5.0, 10.0, 355.0]), round(rng.uniform(60, 190), 1))
                 for i, a in enumerate(angles))


def arc_beams(arcs, rng):
    """arcs: [(start, stop, "CW"), ...]"""
    return tuple(Beam(i + 1, s, 0.0, rng.choice([10.0, 30.0, 330.0, 350.0]),
                      round(rng.uniform(250, 420), 1), e, r) for i, (s, e, r) in enumerate(arcs))


@dataclass
class Ctx:
    chart_id: str
    pt: Patient
    site: Site
    md: Person
    phys: Person
    dosim: Person
    clinic: str
    beams: tuple
    d0: date                                     # consult date; other dates follow it
    tech: str = "vmat"                           # vmat | static | comp
    rng: random.Random = field(default=None, repr=False)

    def __post_init__(self):
        if self.rng is None:
            self.rng = random.Random(self.chart_id)

    def day(self, key):
        offs = {"consult": 0, "sim": 6, "plan": 13, "review": 14, "qa": 15, "start": 17}
        return self.d0 + timedelta(days=offs[key])

    def stamp(self, key, hh=14, mm=20):
        return datetime.combine(self.day(key), datetime.min.time()).replace(hour=hh, minute=mm)

    def other(self, pt: Patient):
        return replace(self, pt=pt)


def clock(dt, style="12"):
    if style == "12":
        h = dt.hour % 12 or 12
        return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    return f"{dt.hour:02d}:{dt.minute:02d}"
