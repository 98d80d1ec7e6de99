"""novel_d world: dates and zones, six invented clinics and their staff, clinical site profiles."""
import datetime as dt

HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 1, 20), dt.date(2025, 5, 26), dt.date(2025, 7, 4),
            dt.date(2025, 9, 1), dt.date(2025, 11, 27), dt.date(2025, 12, 25)}


def add_bd(d, n):
    """n business days after date d (weekends and clinic holidays skipped)."""
    step = 1 if n >= 0 else -1
    while n:
        d = d + dt.timedelta(days=step)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= step
    return d


def at(d, hhmm):
    h, m = hhmm.split(":")
    return dt.datetime(d.year, d.month, d.day, int(h), int(m))


def zone(t, std):
    dst = dt.datetime(2025, 3, 9, 2) <= t < dt.datetime(2025, 11, 2, 2)
    return {"E": ("EST", "EDT"), "C": ("CST", "CDT"), "M": ("MST", "MDT")}[std][1 if dst else 0]


def h12(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = ("January February March April May June July August September October November "
         "December").split()


def mdy(d):            # 01/28/2025
    return d.strftime("%m/%d/%Y")


def mdy_short(d):      # 3/12/2025
    return "%d/%d/%d" % (d.month, d.day, d.year)


def dmon(d):           # 11-Feb-2025
    return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)


def iso(d):
    return d.strftime("%Y-%m-%d")


def long(d):           # April 22, 2025
    return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)


def dlong(d):          # 3 March 2025
    return "%d %s %d" % (d.day, MONTH[d.month - 1], d.year)


class Person:
    def __init__(self, given, family, cred, role, user=None):
        self.given, self.family, self.cred, self.role, self.user = given, family, cred, role, user

    @property
    def full(self):           # Wren Callahan, MD
        return "%s %s, %s" % (self.given, self.family, self.cred)

    @property
    def lfc(self):            # Callahan, Wren, MD
        return "%s, %s, %s" % (self.family, self.given, self.cred)

    @property
    def plain(self):
        return "%s %s" % (self.given, self.family)


class Clinic:
    def __init__(self, key, name, city, tz, md, phys, dos, extra=None):
        self.key, self.name, self.city, self.tz = key, name, city, tz
        self.md, self.phys, self.dos = md, phys, dos
        self.extra = extra or {}


CLINICS = {
    "ridgeline": Clinic(
        "ridgeline", "Ridgeline Radiation Oncology Partners", "Grand Junction, CO", "M",
        Person("Wren", "Callahan", "MD", "Radiation Oncologist", "wcallahan"),
        Person("Ilari", "Voss", "PhD, DABR", "Medical Physicist", "ivoss"),
        Person("Tova", "Brennan-Hale", "CMD", "Medical Dosimetrist", "tbrennanhale")),
    "sandhill": Clinic(
        "sandhill", "Sandhill Cancer Physicians", "Florence, SC", "E",
        Person("Ilse", "Sandoval", "MD", "Radiation Oncologist"),
        Person("Jerome", "Oyelowo-Pratt", "MS, DABR", "Medical Physicist"),
        Person("Carly", "Huckabee", "CMD", "Dosimetrist")),
    "cordillera": Clinic(
        "cordillera", "Cordillera Oncology Medical Group - Radiation Oncology", "Las Cruces, NM", "M",
        Person("Rosalind", "Tapia-Wexler", "MD", "Radiation Oncologist"),
        Person("Anders", "Kitching", "MS, DABR", "Medical Physicist"),
        Person("Dana", "Whitcomb", "CMD", "Senior Dosimetrist")),
    "bayou": Clinic(
        "bayou", "Bayou Teche Radiation Center", "Lafayette, LA", "C",
        Person("Aurelien", "Thibodeaux", "MD", "Radiation Oncologist"),
        Person("Lucien", "Broussard", "MS, DABR", "Medical Physicist"),
        Person("Noelle", "Guidry", "CMD", "Dosimetrist")),
    "tallgrass": Clinic(
        "tallgrass", "Tallgrass Cancer Institute - Radiation Oncology", "Salina, KS", "C",
        Person("Marguerite", "Ashby-Lund", "MD", "Radiation Oncologist"),
        Person("Deshawn", "Kettering", "PhD, DABR", "Medical Physicist"),
        Person("Priya", "Vandermolen", "CMD", "Dosimetrist")),
    "monongahela": Clinic(
        "monongahela", "Monongahela Valley Radiation Oncology", "Morgantown, WV", "E",
        Person("Evander", "Pike", "MD", "Radiation Oncologist"),
        Person("Corinne", "Szabo-Lyle", "MS, DABR", "Medical Physicist"),
        Person("Russell", "Tennant", "CMD", "Dosimetrist")),
}


def arcs(*spec):
    """('ARC1', 181, 179, 'CW', 30) -> arc beams."""
    return [dict(kind="arc", id=s[0], start=s[1], stop=s[2], dir=s[3], coll=s[4]) for s in spec]


def statics(prefix, angles, coll=0):
    return [dict(kind="static", id="%s%d" % (prefix, i + 1), start=a, stop=a, dir="-", coll=coll)
            for i, a in enumerate(angles)]


SITES = {
    "prostate_esc": dict(
        dx="Adenocarcinoma of the prostate, cT2c N0 M0, Gleason 4+3, PSA 11.8 ng/mL (C61)",
        targets=[("PTV_7920", 79.2, 44)], energy="10 MV",
        oars=[("Rectum", "V70Gy < 20%"), ("Rectum", "V50Gy < 50%"), ("Bladder", "V65Gy < 25%"),
              ("Femoral heads", "Dmax < 50 Gy"), ("Penile bulb", "Dmean < 52.5 Gy")],
        achieved=[("Rectum", "V70Gy 14.2%"), ("Bladder", "V65Gy 12.8%"), ("Femoral heads", "Dmax 38.9 Gy"),
                  ("Penile bulb", "Dmean 31.6 Gy")],
        oar_words="rectum, bladder and femoral heads",
        cond={1: "The posterior prostate lies within 2 mm of the anterior rectal wall on the planning CT.",
              5: "The plan escalates the prostate to 79.2 Gy, above the 70 Gy that is the ceiling of what "
                 "conventional four-field treatment delivers with acceptable rectal toxicity."},
        beams=arcs(("ARC1", 181, 179, "CW", 30), ("ARC2", 179, 181, "CCW", 330)), plan="PROS_VMAT"),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, T2 N1a M0 (C21.1)",
        targets=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)], energy="6 MV",
        oars=[("Small bowel", "V30Gy < 200 cc"), ("Bladder", "V35Gy < 50%"), ("Femoral heads", "V30Gy < 50%"),
              ("Genitalia", "V20Gy < 50%")],
        achieved=[("Small bowel", "V30Gy 141 cc"), ("Bladder", "V35Gy 31%"), ("Femoral heads", "V30Gy 22%")],
        oar_words="small bowel, bladder, femoral heads and genitalia",
        cond={4: "The inguinal and pelvic nodal volumes form a horseshoe-shaped, concave target that wraps "
                 "around the small bowel and bladder, which lie inside the concavity."},
        beams=arcs(("ARC1", 181, 179, "CW", 20), ("ARC2", 179, 181, "CCW", 340), ("ARC3", 181, 179, "CW", 90)),
        plan="ANAL_VMAT"),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the left tonsil, p16 positive, cT2 N1 M0 (C09.9)",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)], energy="6 MV",
        oars=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Right parotid", "Dmean < 26 Gy"),
              ("Oral cavity", "Dmean < 40 Gy"), ("Mandible", "Dmax < 70 Gy")],
        achieved=[("Spinal cord", "Dmax 38.4 Gy"), ("Brainstem", "Dmax 41.0 Gy"), ("Right parotid", "Dmean 21.7 Gy"),
                  ("Oral cavity", "Dmean 34.9 Gy")],
        oar_words="spinal cord, brainstem, right parotid gland and oral cavity",
        cond={4: "The bilateral neck volume is concave and wraps around the spinal cord, which sits inside "
                 "that concavity.",
              1: "The left level II nodal target lies within 4 mm of the left parotid gland."},
        beams=arcs(("ARC1", 181, 179, "CW", 30), ("ARC2", 179, 181, "CCW", 330)), plan="HN_VMAT"),
    "gbm": dict(
        dx="Glioblastoma, IDH wild-type, right temporal lobe, status post subtotal resection (C71.2)",
        targets=[("PTV_6000", 60.0, 30), ("PTV_5100", 51.0, 30)], energy="6 MV",
        oars=[("Optic chiasm", "Dmax < 54 Gy"), ("Brainstem", "Dmax < 55 Gy"), ("Right optic nerve", "Dmax < 54 Gy"),
              ("Right cochlea", "Dmean < 45 Gy")],
        achieved=[("Optic chiasm", "Dmax 51.2 Gy"), ("Brainstem", "Dmax 53.8 Gy"), ("Right cochlea", "Dmean 33.1 Gy")],
        oar_words="optic chiasm, brainstem, right optic nerve and right cochlea",
        cond={1: "The enhancing cavity margin lies within 3 mm of the optic chiasm and within 6 mm of the brainstem."},
        beams=arcs(("ARC1", 181, 179, "CW", 10), ("ARC2", 179, 181, "CCW", 350)), plan="BRAIN_VMAT"),
    "lung": dict(
        dx="Non-small cell lung cancer, squamous, right hilum, cT2b N2 M0 (C34.01)",
        targets=[("PTV_6000", 60.0, 30)], energy="6 MV",
        oars=[("Spinal cord", "Dmax < 50 Gy"), ("Total lung - GTV", "V20Gy < 35%"), ("Esophagus", "Dmean < 34 Gy"),
              ("Heart", "V50Gy < 25%")],
        achieved=[("Spinal cord", "Dmax 41.6 Gy"), ("Lungs", "V20Gy 27.4%"), ("Esophagus", "Dmean 25.3 Gy")],
        oar_words="esophagus, spinal cord, lungs and heart",
        cond={2: "The PTV expansion was reduced to 5 mm medially so that the immediately adjacent esophagus "
                 "and spinal cord are spared."},
        beams=statics("F", [200, 235, 270, 310, 345, 20, 160]), plan="RHIL_IMRT"),
    "prostate_nodes": dict(
        dx="Adenocarcinoma of the prostate, cT3a N0 M0, Gleason 4+4, PSA 22.4 ng/mL, high risk (C61)",
        targets=[("PTV_4500", 45.0, 25), ("PTV_BOOST_7920", 34.2, 19)], energy="10 MV",
        oars=[("Rectum", "V70Gy < 20%"), ("Bladder", "V65Gy < 25%"), ("Small bowel", "V45Gy < 195 cc"),
              ("Femoral heads", "Dmax < 50 Gy")],
        achieved=[("Rectum", "V70Gy 12.9%"), ("Bladder", "V65Gy 15.5%"), ("Small bowel", "V45Gy 88 cc")],
        oar_words="rectum, bladder, small bowel and femoral heads",
        cond={1: "The prostate and seminal vesicles lie within 2 mm of the anterior rectal wall, and the "
                 "pelvic nodal volume lies within 5 mm of the small bowel loops."},
        beams=statics("P", [180, 220, 260, 300, 60, 100, 140]), plan="PELV_IMRT"),
    "cervix_comp": dict(
        dx="Squamous cell carcinoma of the cervix, FIGO IIB, pelvic nodes negative (C53.9)",
        targets=[("PTV_4500", 45.0, 25)], energy="15 MV",
        oars=[("Small bowel", "V45Gy < 195 cc"), ("Rectum", "V40Gy < 80%"), ("Bladder", "V45Gy < 80%"),
              ("Femoral heads", "V30Gy < 15%")],
        achieved=[("Small bowel", "V45Gy 102 cc"), ("Rectum", "V40Gy 61%"), ("Bladder", "V45Gy 58%")],
        oar_words="small bowel, rectum, bladder and femoral heads",
        cond={4: "The pelvic nodal CTV is concave anteriorly and curves around the small bowel, which lies "
                 "inside that concavity."},
        beams=statics("CF", [0, 52, 104, 156, 204, 256, 308]), plan="CX_COMP7"),
    "prostate_comp": dict(
        dx="Adenocarcinoma of the prostate, cT2b N0 M0, Gleason 3+4, PSA 8.1 ng/mL (C61)",
        targets=[("PTV_7800", 78.0, 39)], energy="15 MV",
        oars=[("Rectum", "V70Gy < 20%"), ("Rectum", "V50Gy < 50%"), ("Bladder", "V70Gy < 25%"),
              ("Femoral heads", "Dmax < 50 Gy")],
        achieved=[("Rectum", "V70Gy 15.1%"), ("Bladder", "V70Gy 11.2%"), ("Femoral heads", "Dmax 41.7 Gy")],
        oar_words="rectum, bladder and femoral heads",
        cond={1: "The prostate lies within 3 mm of the anterior rectal wall, and the bladder neck rests on "
                 "the prostate base."},
        beams=statics("CF", [0, 45, 90, 135, 225, 270, 315]), plan="PROS_COMP7"),
    "larynx": dict(
        dx="Squamous cell carcinoma of the supraglottic larynx, T2 N2b M0 (C32.1)",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)], energy="6 MV",
        oars=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Parotids (each)", "Dmean < 26 Gy"),
              ("Esophagus inlet", "Dmean < 45 Gy")],
        achieved=[("Spinal cord", "Dmax 39.1 Gy"), ("Left parotid", "Dmean 24.4 Gy"), ("Right parotid", "Dmean 19.8 Gy")],
        oar_words="spinal cord, brainstem, parotid glands and cervical esophagus",
        cond={1: "The left level III nodal mass lies within 4 mm of the spinal cord and the supraglottic "
                 "primary within 3 mm of the pharyngeal constrictors."},
        beams=arcs(("ARC1", 181, 179, "CW", 30), ("ARC2", 179, 181, "CCW", 330)), plan="HN_VMAT_A"),
    "pancreas": dict(
        dx="Adenocarcinoma of the pancreatic head, borderline resectable, after FOLFIRINOX (C25.0)",
        targets=[("PTV_5040", 50.4, 28)], energy="6 MV",
        oars=[("Duodenum", "Dmax < 55 Gy"), ("Stomach", "Dmax < 54 Gy"), ("Kidneys (combined)", "V18Gy < 30%"),
              ("Liver", "Dmean < 28 Gy"), ("Spinal cord", "Dmax < 45 Gy")],
        achieved=[("Duodenum", "Dmax 52.6 Gy"), ("Stomach", "Dmax 49.8 Gy"), ("Kidneys", "V18Gy 14%"),
                  ("Liver", "Dmean 9.7 Gy"), ("Spinal cord", "Dmax 31.0 Gy")],
        oar_words="duodenum, stomach, kidneys, liver and spinal cord",
        cond={1: "The tumor in the pancreatic head lies within 2 mm of the duodenum and within 6 mm of the "
                 "gastric antrum."},
        beams=arcs(("ARC1", 181, 179, "CW", 30), ("ARC2", 179, 181, "CCW", 330)), plan="PANC_VMAT"),
    "spine_reirr": dict(
        dx="Metastatic renal cell carcinoma to T7-T9 vertebral bodies; prior T2-T6 radiotherapy 30 Gy in 10 "
           "fractions (2022) (C79.51)",
        targets=[("PTV_3000", 30.0, 10)], energy="6 MV",
        oars=[("Spinal cord (cumulative EQD2)", "Dmax < 50 Gy"), ("Spinal cord (this course)", "Dmax < 20 Gy"),
              ("Esophagus", "Dmax < 30 Gy"), ("Lungs", "V20Gy < 10%")],
        achieved=[("Spinal cord", "Dmax 17.9 Gy"), ("Esophagus", "Dmax 27.2 Gy"), ("Lungs", "V20Gy 3.1%")],
        oar_words="spinal cord, esophagus and lungs",
        cond={3: "The T7-T9 target abuts the inferior border of the 2022 T2-T6 field, which was previously "
                 "irradiated; the abutting portals must be matched with high precision at the T6-T7 junction.",
              1: "The vertebral body target lies within 2 mm of the spinal cord."},
        beams=arcs(("ARC1", 181, 179, "CW", 5), ("ARC2", 179, 181, "CCW", 355)), plan="T7T9_REIRR"),
    "gastric_3d": dict(
        dx="Extranodal marginal zone lymphoma (MALT) of the stomach, H. pylori negative, stage IE (C88.4)",
        targets=[("PTV_3000", 30.0, 20)], energy="15 MV",
        oars=[("Kidneys (each)", "V15Gy < 30%"), ("Liver", "Dmean < 20 Gy"), ("Heart", "Dmean < 15 Gy"),
              ("Spinal cord", "Dmax < 45 Gy")],
        achieved=[("Left kidney", "V15Gy 19%"), ("Liver", "Dmean 11.8 Gy")],
        oar_words="kidneys, liver and heart",
        cond={},
        beams=statics("G", [0, 180, 60, 300]), plan="GAST_3D4F"),
}
