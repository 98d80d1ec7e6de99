"""novel_c world: invented clinics, staff, patients' sites, calendar and date formats."""
import datetime as dt

HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 1, 20), dt.date(2025, 2, 17), dt.date(2025, 5, 26),
            dt.date(2025, 6, 19), dt.date(2025, 7, 4), dt.date(2025, 9, 1)}


def add_bd(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def zone(d, z):
    """z in E C M P; DST from 9 March to 2 November 2025."""
    dst = dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2)
    return z + ("DT" if dst else "ST")


def hm12(t):
    h, m = t
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def hm24(t):
    return "%02d:%02d" % t


# date formats
def us(d):      return d.strftime("%m/%d/%Y")
def us2(d):     return d.strftime("%m/%d/%y")
def iso(d):     return d.isoformat()
def mon(d):     return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)          # Mar 3, 2025
def longd(d):   return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)          # March 3, 2025
def wk(d):      return "%s, %s" % (d.strftime("%A"), longd(d))                  # Monday, March 3, 2025
def dmy(d):     return d.strftime("%d-%b-%Y")                                    # 03-Mar-2025
def dmyu(d):    return d.strftime("%d-%b-%Y").upper()                            # 03-MAR-2025


# ------------------------------------------------------------------ clinics and staff
# Each clinic: name, place, zone, physician(s), physicist, dosimetrist, other staff.
CLINICS = {
    "paragon": dict(
        name="Loess Hills Regional Medical Center - Radiation Oncology", place="Council Bluffs, IA", z="C",
        md=("Augustine", "R", "Kessler"), phys=("Cora", "L", "Nakashima-Bell", "MS, DABR"),
        dos=("Travis", "Oyelowo", "CMD"), ther=("Abby", "Lindahl", "RT(T)"),
        tps="Aster Planning Suite 6.2 (invented)", qa="Veritas Ring (invented) cylindrical diode array"),
    "kareo": dict(
        name="Cottonwood Creek Radiation Oncology, LLC", place="Albuquerque, NM", z="M",
        md=("Marisol", "", "Ybarra-Keane"), phys=("Dov", "", "Ferreira-Lund", "PhD, DABR"),
        dos=("Kiona", "Tsosie", "CMD"), ther=("Ruben", "Salcido", "RT(T)"),
        tps="Halden TPS 3.8 (invented)", qa="GammaLens (invented) EPID dosimetry"),
    "modmed": dict(
        name="Seabright Cancer Specialists", place="Mount Pleasant, SC", z="E",
        md=("Renata", "", "Okonkwo-Pryce"), phys=("Ibrahim", "", "Castellanos", "MS, DABR"),
        dos=("Della", "Prioleau", "CMD"), scribe=("Tessa", "Lindqvist"),
        tps="Wayfarer RTP 11 (invented)", qa="Prism4 (invented) ion-chamber array"),
    "elation": dict(
        name="Quillayute Coast Cancer Center", place="Port Angeles, WA", z="P",
        md=("Lena", "", "Marchetti-Yoon"), phys=("Soren", "", "Abernathy-Kwan", "PhD, DABR"),
        dos=("Mika", "Halvorsen", "CMD"), ther=("Jesse", "Whitehawk", "RT(T)"),
        tps="Orrery Dose 4 (invented)", qa="Helix3 (invented) spiral diode phantom"),
    "expanse": dict(
        name="Tallgrass Prairie Cancer Center (hospital outpatient department)", place="Salina, KS", z="C",
        md=("Thaddeus", "", "Brennan-Ruiz"), np=("Ainsley", "Frey", "APRN, FNP-C"),
        phys=("Wendell", "", "Osei-Park", "MS, DABR"), dos=("Carly", "Vandersloot", "CMD"),
        tps="Keel Planning 2.4 (invented)", qa="Sextant 3D (invented) biplanar diode array"),
    "dms": dict(
        name="Driftless Area Cancer Care", place="La Crosse, WI", z="C",
        md=("Gunnar", "", "Holmquist"), phys=("Priya", "", "Raghunathan-Dahl", "PhD, DABR"),
        dos=("Noah", "Brekke", "CMD"), ther=("Ingrid", "Sather", "RT(T)"),
        tps="Lantern RTP 7 (invented)", qa="CrossPlane (invented) film and ion chamber"),
}


def md_name(c):
    g, m, f = c["md"]
    return "%s %s%s, MD" % (g, (m + ". ") if m else "", f)


def md_caps(c):
    g, m, f = c["md"]
    return "%s, %s%s MD" % (f.upper(), g.upper(), (" " + m) if m else "")


def phys_name(c):
    g, m, f, cred = c["phys"]
    return "%s %s%s, %s" % (g, (m + ". ") if m else "", f, cred)


def phys_caps(c):
    g, m, f, cred = c["phys"]
    return "%s, %s%s %s" % (f.upper(), g.upper(), (" " + m) if m else "", cred.replace(",", ""))


# ------------------------------------------------------------------ sites
# rx: [(target, total Gy, fractions)]; oar: [(structure, limit text)]; ach: achieved values (text);
# beams: [(id, kind, gantry start, gantry stop, dir, coll, couch)], kind "arc" or "static";
# conds: {n: sentence}; oars_named: words for the 3D comparison sentence.
SITES = {
    "prostate": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3=7, cT2b N0 M0, PSA 11.4 (C61)", label="prostate",
        rx=[("PTV_7000", 70.0, 28)], plan="PROS_VMAT",
        oar=[("Rectum", "V65Gy < 17%"), ("Rectum", "V50Gy < 35%"), ("Bladder", "V65Gy < 25%"),
             ("Femoral heads", "Dmax < 45 Gy"), ("Penile bulb", "Dmean < 50 Gy")],
        beams=[("ARC1", "arc", 181, 179, "CW", 30, 0), ("ARC2", "arc", 179, 181, "CCW", 330, 0)],
        conds={1: "The prostate PTV lies within 3 mm of the anterior rectal wall, a critical structure that has to be protected."},
        oars_named="rectum, bladder, femoral heads and penile bulb",
        icd="C61"),
    "lung": dict(
        dx="Squamous cell carcinoma of the right upper lobe with a right paratracheal node, cT2a N2 M0 (C34.11)", label="right lung",
        rx=[("PTV_6000", 60.0, 30)], plan="RUL_IMRT7",
        oar=[("Spinal cord", "Dmax < 50 Gy"), ("Total lung - GTV", "V20Gy < 30%"), ("Total lung - GTV", "Dmean < 18 Gy"),
             ("Esophagus", "Dmean < 34 Gy"), ("Heart", "V50Gy < 25%")],
        beams=[("F1", "static", 180, None, None, 0, 0), ("F2", "static", 210, None, None, 0, 0),
               ("F3", "static", 250, None, None, 0, 0), ("F4", "static", 300, None, None, 0, 0),
               ("F5", "static", 340, None, None, 0, 0), ("F6", "static", 20, None, None, 0, 0),
               ("F7", "static", 150, None, None, 0, 0)],
        conds={1: "The paratracheal nodal target is within 4 mm of the esophagus and 7 mm of the spinal canal, critical structures that must be protected.",
               4: "The combined primary and nodal volume is concave, curving around the esophagus and the proximal bronchial tree, which lie within that concavity."},
        oars_named="spinal cord, esophagus, heart and remaining lung", icd="C34.11"),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the left base of tongue, p16 positive, cT2 N1 M0 (C01)", label="oropharynx",
        rx=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)], plan="BOT_VMAT3",
        oar=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Right parotid", "Dmean < 26 Gy"),
             ("Mandible", "Dmax < 70 Gy"), ("Larynx", "Dmean < 40 Gy")],
        beams=[("A1", "arc", 181, 179, "CW", 20, 0), ("A2", "arc", 179, 181, "CCW", 340, 0),
               ("A3", "arc", 181, 179, "CW", 90, 0)],
        conds={1: "The primary and the level II nodal target lie within 5 mm of the spinal cord and the right parotid gland, critical structures that have to be protected.",
               4: "The bilateral neck target is concave and wraps around the spinal cord and brainstem, which sit inside that concavity."},
        oars_named="spinal cord, brainstem, parotid glands, mandible and larynx", icd="C01"),
    "gbm": dict(
        dx="Glioblastoma, IDH wild-type, MGMT unmethylated, right temporal lobe, after subtotal resection (C71.2)", label="brain",
        rx=[("PTV_6000", 60.0, 30)], plan="RTEMP_VMAT",
        oar=[],
        ach=[("PTV_6000", "D95 = 58.9 Gy"), ("Brainstem", "Dmax 53.8 Gy"), ("Optic chiasm", "Dmax 51.2 Gy"),
             ("Right optic nerve", "Dmax 49.6 Gy"), ("Right cochlea", "Dmean 33.4 Gy")],
        beams=[("ARC_A", "arc", 181, 179, "CW", 30, 0), ("ARC_B", "arc", 179, 181, "CCW", 330, 0),
               ("ARC_C", "arc", 0, 179, "CW", 90, 270)],
        conds={1: "The resection-cavity target extends to within 4 mm of the optic chiasm and the brainstem, critical structures that must be protected."},
        oars_named="optic chiasm, optic nerves, brainstem and right cochlea", icd="C71.2"),
    "pancreas": dict(
        dx="Adenocarcinoma of the head of the pancreas, borderline resectable, after neoadjuvant chemotherapy (C25.0)", label="pancreas",
        rx=[("PTV_5040", 50.4, 28)], plan="PANC_VMAT2",
        oar=[("Duodenum", "Dmax < 55 Gy"), ("Duodenum", "V45Gy < 15 cc"), ("Stomach", "Dmax < 54 Gy"),
             ("Kidneys (combined)", "V18Gy < 30%"), ("Liver", "Dmean < 25 Gy"), ("Spinal cord", "Dmax < 45 Gy")],
        beams=[("VMAT_1", "arc", 181, 179, "CW", 15, 0), ("VMAT_2", "arc", 179, 181, "CCW", 345, 0)],
        conds={2: "To spare the immediately adjacent duodenum, the target has to be covered with a narrow posterior and lateral margin of 3 mm instead of our usual 7 mm."},
        oars_named="duodenum, stomach, kidneys, liver and spinal cord", icd="C25.0"),
    "rectum": dict(
        dx="Adenocarcinoma of the mid rectum, cT3 N1 M0, planned long-course chemoradiation (C20)", label="rectum",
        rx=[("PTV_5040", 50.4, 28), ("PTV_4500", 45.0, 28)], plan="REC_IMRT7",
        oar=[("Bowel bag", "V45Gy < 195 cc"), ("Bladder", "V40Gy < 40%"), ("Femoral heads", "V45Gy < 15%")],
        beams=[("B1", "static", 180, None, None, 0, 0), ("B2", "static", 230, None, None, 0, 0),
               ("B3", "static", 280, None, None, 0, 0), ("B4", "static", 330, None, None, 0, 0),
               ("B5", "static", 30, None, None, 0, 0), ("B6", "static", 80, None, None, 0, 0),
               ("B7", "static", 130, None, None, 0, 0)],
        conds={4: "The mesorectal and internal iliac nodal target is concave anteriorly, and small bowel and bladder sit within that concavity.",
               1: "The superior extent of the nodal target lies within 5 mm of loops of small bowel that have to be protected."},
        oars_named="small bowel, bladder and femoral heads", icd="C20"),
    "breast": dict(
        dx="Invasive ductal carcinoma of the left breast, pT2 N1a (2/14), after lumpectomy and axillary dissection (C50.412)", label="left breast",
        rx=[("PTV_Breast_L", 42.56, 16), ("PTV_IMN_L", 42.56, 16)], plan="LBR_VMAT",
        oar=[("Heart", "Dmean < 4 Gy"), ("LAD", "Dmax < 20 Gy"), ("Left lung", "V16Gy < 30%"),
             ("Right breast", "Dmean < 3 Gy")],
        beams=[("ARC1", "arc", 300, 160, "CW", 10, 0), ("ARC2", "arc", 160, 300, "CCW", 350, 0)],
        conds={4: "The breast and chest-wall target is convex, and the heart and left lung lie directly beneath that convexity.",
               1: "The left internal mammary nodes, which are part of the target, lie within 8 mm of the heart and the LAD, critical structures that must be protected."},
        oars_named="heart, left anterior descending artery, left lung and right breast", icd="C50.412"),
    "cervix": dict(
        dx="Squamous cell carcinoma of the cervix, FIGO IIIC1, to be treated with weekly cisplatin and brachytherapy boost (C53.9)", label="cervix",
        rx=[("PTV_4500", 45.0, 25)], plan="CX_VMAT",
        oar=[("Bowel bag", "V45Gy < 250 cc"), ("Rectum", "V40Gy < 80%"), ("Bladder", "V45Gy < 80%"),
             ("Pelvic bone marrow", "V20Gy < 80%")],
        beams=[("ARC_CW", "arc", 181, 179, "CW", 30, 0), ("ARC_CCW", "arc", 179, 181, "CCW", 330, 0)],
        conds={4: "The uterine and pelvic nodal target is concave: it wraps around the rectum posteriorly and around small bowel superiorly, so these organs lie within the concavity."},
        oars_named="small bowel, rectum, bladder and pelvic bone marrow", icd="C53.9"),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, T2 N1a M0, definitive chemoradiation with mitomycin/5-FU (C21.1)", label="anal canal",
        rx=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)], plan="ANUS_IMRT9",
        oar=[("Genitalia", "V30Gy < 50%"), ("Bowel bag", "V45Gy < 20 cc"), ("Bladder", "V35Gy < 50%"),
             ("Femoral heads", "V40Gy < 40%"), ("Iliac crests", "V30Gy < 50%")],
        beams=[("G200", "static", 200, None, None, 0, 0), ("G240", "static", 240, None, None, 0, 0),
               ("G280", "static", 280, None, None, 0, 0), ("G320", "static", 320, None, None, 0, 0),
               ("G0", "static", 0, None, None, 0, 0), ("G40", "static", 40, None, None, 0, 0),
               ("G80", "static", 80, None, None, 0, 0), ("G120", "static", 120, None, None, 0, 0),
               ("G160", "static", 160, None, None, 0, 0)],
        conds={4: "The inguinal and pelvic nodal target is concave, curving around the genitalia and bladder, which lie within that concavity.",
               2: "To protect the immediately adjacent genitalia and bowel, the inguinal and pelvic volumes have to be covered with narrow margins of 5 mm."},
        oars_named="genitalia, small bowel, bladder, femoral heads and iliac crest marrow", icd="C21.1"),
    "prostatebed": dict(
        dx="Adenocarcinoma of the prostate, pT3a N0, rising PSA (0.31 ng/mL) after radical prostatectomy (C61)", label="prostate bed",
        rx=[("PTV_6600", 66.0, 33)], plan="PBED_VMAT",
        oar=[("Rectum", "V65Gy < 35%"), ("Rectum", "V40Gy < 55%"), ("Bladder", "V65Gy < 50%"),
             ("Femoral heads", "Dmax < 50 Gy")],
        beams=[("ARC1", "arc", 181, 179, "CW", 30, 0), ("ARC2", "arc", 179, 181, "CCW", 330, 0)],
        conds={1: "The prostate-bed target lies within 2 mm of the anterior rectal wall and abuts the bladder neck, critical structures that must be protected."},
        oars_named="rectum, bladder and femoral heads", icd="C61"),
    "spine": dict(
        dx="Metastatic renal cell carcinoma to T11-L1 with epidural extension, previously irradiated T4-T10 in 2022 (C79.51)", label="T11-L1 spine (re-irradiation)",
        rx=[("PTV_3000", 30.0, 10)], plan="T11L1_REIRR",
        oar=[("Spinal cord (this course)", "Dmax < 18 Gy"), ("Cauda equina", "Dmax < 22 Gy"),
             ("Kidneys (combined)", "Dmean < 8 Gy"), ("Bowel", "Dmax < 28 Gy")],
        beams=[("P1", "static", 130, None, None, 0, 0), ("P2", "static", 155, None, None, 0, 0),
               ("P3", "static", 180, None, None, 0, 0), ("P4", "static", 205, None, None, 0, 0),
               ("P5", "static", 230, None, None, 0, 0), ("P6", "static", 100, None, None, 0, 0),
               ("P7", "static", 260, None, None, 0, 0)],
        conds={3: "The T11-L1 target directly adjoins the inferior border of the 2022 T4-T10 treatment field, an immediately adjacent area that was previously irradiated, so the abutting portals must be matched with high precision.",
               1: "The epidural component of the target lies within 2 mm of the spinal cord, a critical structure that must be protected."},
        oars_named="spinal cord, cauda equina, kidneys and bowel", icd="C79.51"),
    "hip3d": dict(
        dx="Metastatic breast carcinoma to the right acetabulum, painful, no fracture (C79.51)", label="right acetabulum",
        rx=[("PTV_3000", 30.0, 10)], plan="RACET_3D3F",
        oar=[("Bladder", "Dmax < 33 Gy"), ("Bowel", "Dmax < 33 Gy")],
        beams=[("AP", "static", 0, None, None, 0, 0), ("PA", "static", 180, None, None, 0, 0),
               ("RLAT", "static", 270, None, None, 90, 0)],
        conds={}, oars_named="", icd="C79.51"),
}
