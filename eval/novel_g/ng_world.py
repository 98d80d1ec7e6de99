"""novel_g: invented health systems, staff, dates and clinical site content."""
import datetime as dt

D = dt.date
DST_START, DST_END = D(2026, 3, 8), D(2026, 11, 1)


def add_bd(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += dt.timedelta(days=step)
        if d.weekday() < 5:
            n -= step
    return d


def tz(zone, d):
    if zone == "AZ":
        return "MST"
    dst = DST_START <= d < DST_END
    return {"E": ("EST", "EDT"), "C": ("CST", "CDT"), "M": ("MST", "MDT")}[zone][dst]


def us(d):            # 01/14/2026
    return d.strftime("%m/%d/%Y")


def us1(d):           # 1/14/2026
    return "%d/%d/%d" % (d.month, d.day, d.year)


def iso(d):
    return d.isoformat()


def dmy(d):           # 14-Jan-2026
    return d.strftime("%d-%b-%Y")


def mdy(d):           # Jan 14, 2026
    return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")


def longd(d):         # January 14, 2026
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def wk(d):            # Wed 01/14/2026
    return d.strftime("%a ") + us(d)


def ampm(hhmm):
    h, m = hhmm.split(":")
    h = int(h)
    return "%d:%s %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def age(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------- health systems
CLINICS = {
    "ouachita": dict(
        system="Ouachita Regional Health System", dept="Cancer Institute - Radiation Oncology",
        city="Hot Springs, AR", zone="C", ehr="Ouachita Connect", module="Cardinal Oncology module (invented)",
        tps="Tessellate TPS (invented)", qa="Quillon ArcScan 4D (invented)",
        ro={"ng01": "Odessa Fairweather-Quint, MD", "ng07": "Lucius Ambrose-Tenney, MD"},
        medonc="Thaddeus Blevins-Orr, MD", phys="Ravi Castellanos-Pruitt, MS, DABR",
        dosi="Corinne Vashti-Lamb, CMD"),
    "keweenaw": dict(
        system="Keweenaw Lakes Health", dept="Upper Peninsula Cancer Center", city="Marquette, MI", zone="E",
        ehr="Lakeshore Health Record", tps="Superior Shores Planner (invented)",
        qa="Bellwort MatrixPlane (invented)", ro={"ng02": "Tove Lindqvist-Harju, MD", "ng08": "Tove Lindqvist-Harju, MD"},
        medonc="Lars Pietila-Grant, MD", nav="Brigid Aaltonen, RN, BSN, OCN",
        phys="Eino Marttila-Reyes, PhD, DABR", dosi="Priscilla Honkala, CMD",
        surg="Wendell Koski, MD", path="Anja Rautio, MD", rad="Mikael Soderberg-Olds, MD"),
    "brazos": dict(
        system="Brazos Valley University Health", dept="Department of Radiation Oncology (teaching service)",
        city="Bryan, TX", zone="C", ehr="BVUH Clinical Workspace", tps="Navasota Dose (invented)",
        qa="Corvid DiodeRing (invented)", attending="Imelda Saucedo-Brandt, MD",
        resident={"ng03": ("Cyrus Onwuachi-Bell, MD", "PGY-3"), "ng09": ("Hallie Dunphy-Ortega, MD", "PGY-4")},
        phys="Anand Varughese-Kline, PhD, DABR", dosi="Mateo Brisco, CMD"),
    "mohave": dict(
        system="Mohave Desert Health Network", dept="Kingman Regional Cancer Care - Radiation Oncology",
        city="Kingman, AZ", zone="AZ", ehr="Sagebrush EHR (invented)", tps="Hualapai Planner (invented)",
        qa="Saltbush EPID Dose (invented)", ro={"ng04": "Marisol Ybarra-Kent, MD", "ng10": "Marisol Ybarra-Kent, MD"},
        phys="Hollis Begay-Arnaud, PhD, DABR", nav="Darlene Tsosie-Marquez, RN, BSN, OCN",
        dosi="Wade Kolbeck, CMD"),
    "chesapeake": dict(
        system="Chesapeake Tidewater Health", dept="Peninsula Cancer Pavilion - Radiation Oncology",
        city="Salisbury, MD", zone="E", ehr="Tidewater Connect", tps="Assateague Plan (invented), web report",
        qa="Nanticoke Octant (invented)", host="assateague.ctwhealth.example",
        ro={"ng05": "Nkechi Albright-Sorensen, MD", "ng11": "Nkechi Albright-Sorensen, MD"},
        phys="Gideon Pruett-Vasquez, MS, DABR", dosi="Amelia Twilley, CMD"),
    "bigsioux": dict(
        system="Big Sioux Health", dept="Prairie Lakes Cancer Center - Radiation Oncology",
        city="Sioux Falls, SD", zone="C", ehr="Big Sioux OneChart", module="OneChart Oncology Treatment Plans",
        tps="Prairie Quartz TPS (invented)", qa="Palisade 3D (invented)",
        ro={"ng06": "Bjorn Whitecloud-Haugen, MD", "ng12": "Bjorn Whitecloud-Haugen, MD"},
        medonc="Renata Moberg, MD", phys="Rosalie Tjaden, PhD, DABR", dosi="Kyle VanderPloeg, CMD"),
}


class Patient:
    def __init__(self, family, given, mrn, dob, sex):
        self.family, self.given, self.mrn, self.dob, self.sex = family, given, mrn, dob, sex

    @property
    def lf(self):
        return "%s, %s" % (self.family, self.given)

    @property
    def LF(self):
        return self.lf.upper()

    @property
    def fl(self):
        return "%s %s" % (self.given, self.family)


# ----------------------------------------------------------------------------- clinical sites
# oar rows: (structure, metric, limit, achieved); beams: ("arc", id, start, stop, dir, coll) or
# ("static", id, gantry, coll, couch)
SITES = {
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the right palatine tonsil, p16-positive, cT2 N1 M0", icd="C09.9",
        plan="OPX_VMAT", energy="6 MV", systemic="cisplatin 40 mg/m2 weekly",
        rx=[("PTV_7000", 70.0, 35, "primary tonsil and involved right level II node"),
            ("PTV_5600", 56.0, 35, "elective bilateral neck levels II-IV")],
        oar=[("Spinal cord", "Dmax", "< 45 Gy", "38.4 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "31.7 Gy"),
             ("Parotid, left", "Mean", "< 26 Gy", "21.9 Gy"), ("Mandible", "Dmax", "< 70 Gy", "69.1 Gy"),
             ("Larynx", "Mean", "< 40 Gy", "34.6 Gy"), ("Oral cavity", "Mean", "< 40 Gy", "36.2 Gy")],
        tgt=[("PTV_7000", "D95", "99.3%"), ("PTV_5600", "D95", "99.0%")],
        beams=[("arc", "A1", 181, 179, "CW", 30), ("arc", "A2", 179, 181, "CCW", 330)],
        organs="the spinal cord, brainstem, left parotid gland, mandible and larynx",
        necessity={
            1: "The right tonsillar primary and the level II node lie within 4 mm of the mandible and within "
               "1.5 cm of the spinal cord and brainstem, and these structures must be protected.",
            4: "The elective neck volume is concave and wraps around the spinal cord and the contralateral "
               "parotid, which sit within that concavity."},
        compare="A 3D conformal opposed-lateral arrangement would put the left parotid mean dose above 40 Gy "
                "and could not hold the cord below 45 Gy without under-dosing level II."),
    "larynx": dict(
        dx="Squamous cell carcinoma of the supraglottic larynx, cT3 N2b M0", icd="C32.1",
        plan="LX_VMAT", energy="6 MV", systemic="cisplatin 100 mg/m2 every 3 weeks",
        rx=[("PTV_7000", 70.0, 35, "primary and involved left neck"),
            ("PTV_5600", 56.0, 35, "elective bilateral neck")],
        oar=[("Spinal cord", "Dmax", "< 45 Gy", "40.2 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "29.8 Gy"),
             ("Parotid, right", "Mean", "< 26 Gy", "23.5 Gy"), ("Esophagus, cervical", "Mean", "< 45 Gy", "39.1 Gy"),
             ("Brachial plexus, left", "Dmax", "< 66 Gy", "63.4 Gy")],
        tgt=[("PTV_7000", "D95", "99.0%"), ("PTV_5600", "D95", "98.7%")],
        beams=[("arc", "ARC_1", 180.1, 179.9, "CW", 20), ("arc", "ARC_2", 179.9, 180.1, "CCW", 340),
               ("arc", "ARC_3", 180.1, 179.9, "CW", 90)],
        organs="the spinal cord, brainstem, right parotid gland, cervical esophagus and left brachial plexus",
        necessity={
            1: "The left level III-IV nodal mass lies within 5 mm of the left brachial plexus and the "
               "primary lies immediately anterior to the cervical esophagus, with the spinal cord 1.2 cm "
               "behind the nodal target; these are critical structures that must be protected."},
        compare="The conventional opposed-lateral plan with a low anterior neck field would give the cord "
                "and right parotid doses above their limits."),
    "lung": dict(
        dx="Adenocarcinoma of the left upper lobe, cT2b N2 M0 (stage IIIA)", icd="C34.12",
        plan="LUL_VMAT", energy="6 MV", systemic="carboplatin and paclitaxel weekly, then durvalumab",
        rx=[("PTV_6000", 60.0, 30, "primary and involved 4L / 5 nodes")],
        oar=[("Spinal cord", "Dmax", "< 50 Gy", "41.2 Gy"), ("Lungs minus ITV", "V20", "< 35%", "27.4%"),
             ("Lungs minus ITV", "Mean", "< 20 Gy", "15.8 Gy"), ("Heart", "Mean", "< 20 Gy", "11.3 Gy"),
             ("Esophagus", "Mean", "< 34 Gy", "22.7 Gy"), ("Brachial plexus, left", "Dmax", "< 66 Gy", "58.1 Gy")],
        tgt=[("PTV_6000", "D95", "98.6%")],
        beams=[("arc", "LUL_A1", 181, 10, "CW", 15), ("arc", "LUL_A2", 10, 181, "CCW", 345)],
        organs="the esophagus, spinal cord, heart, contralateral lung and left brachial plexus",
        necessity={
            1: "The aortopulmonary-window node lies within 3 mm of the esophagus and 1.4 cm from the "
               "spinal cord, and the apex of the primary lies against the left brachial plexus; these "
               "critical structures must be protected."},
        compare="With 3D conformal AP/PA and oblique fields, the total-lung V20 would exceed 35% and the "
                "esophagus would receive close to the full prescription dose along the AP window."),
    "rectum": dict(
        dx="Adenocarcinoma of the rectum, 6 cm from the anal verge, cT3 N1 M0", icd="C20",
        plan="RECT_VMAT", energy="10 MV", systemic="capecitabine 825 mg/m2 twice daily on radiation days",
        rx=[("PTV_5000", 50.0, 25, "primary tumor and involved mesorectal node (simultaneous boost)"),
            ("PTV_4500", 45.0, 25, "mesorectum, presacral and internal iliac nodes")],
        oar=[("Bowel bag", "V45", "< 195 cc", "142 cc"), ("Bladder", "V50", "< 50%", "31%"),
             ("Femoral head, left", "V50", "< 5%", "0%"), ("Femoral head, right", "V50", "< 5%", "0%"),
             ("External genitalia", "V20", "< 50%", "18%")],
        tgt=[("PTV_5000", "D95", "99.1%"), ("PTV_4500", "D95", "99.4%")],
        beams=[("arc", "R_ARC1", 181, 179, "CW", 10), ("arc", "R_ARC2", 179, 181, "CCW", 350)],
        organs="the small bowel, bladder and femoral heads",
        necessity={
            1: "Loops of small bowel lie within 5 mm of the superior extent of the nodal volume and the "
               "bladder base abuts the anterior mesorectum; these critical structures must be protected."},
        compare="A 3D conformal three-field arrangement would carry the full nodal dose into the small bowel "
                "above the superior border."),
    "cervix": dict(
        dx="Squamous cell carcinoma of the uterine cervix, FIGO 2018 stage IIB", icd="C53.9",
        plan="CX_VMAT", energy="10 MV", systemic="cisplatin 40 mg/m2 weekly",
        rx=[("PTV_4500", 45.0, 25, "cervix, uterus, parametria, upper vagina and pelvic nodes"),
            ("PTV_5500_LN", 55.0, 25, "involved left external iliac node (simultaneous boost)")],
        oar=[("Bowel bag", "V45", "< 250 cc", "188 cc"), ("Rectum", "V40", "< 80%", "63%"),
             ("Bladder", "V45", "< 35%", "29%"), ("Femoral heads", "Dmax", "< 50 Gy", "44.1 Gy"),
             ("Pelvic bone marrow", "V10", "< 90%", "84%")],
        tgt=[("PTV_4500", "D95", "99.2%"), ("PTV_5500_LN", "D95", "98.8%")],
        beams=[("arc", "CX1", 181, 179, "CW", 30), ("arc", "CX2", 179, 181, "CCW", 330)],
        organs="the small bowel, rectum, bladder, femoral heads and pelvic bone marrow",
        necessity={
            4: "The nodal and parametrial target is concave: it curves around the small bowel, rectum and "
               "bladder, which sit inside that concavity.",
            1: "The involved left external iliac node lies within 4 mm of adjacent small bowel, a critical "
               "structure that must be protected."},
        compare="A four-field box would treat most of the pelvic small bowel and the whole bladder to 45 Gy."),
    "endometrium": dict(
        dx="Endometrioid adenocarcinoma of the endometrium, FIGO 2009 stage IIIC1, after hysterectomy and "
           "bilateral salpingo-oophorectomy", icd="C54.1",
        plan="ENDO_VMAT", energy="10 MV", systemic="carboplatin and paclitaxel (sequential)",
        rx=[("PTV_4500", 45.0, 25, "vaginal cuff, paravaginal tissues and pelvic nodes")],
        oar=[("Bowel bag", "V45", "< 250 cc", "176 cc"), ("Rectum", "V40", "< 80%", "58%"),
             ("Bladder", "V45", "< 35%", "27%"), ("Femoral heads", "V30", "< 15%", "6%")],
        tgt=[("PTV_4500", "D95", "99.0%")],
        beams=[("arc", "E_A1", 181, 179, "CW", 20), ("arc", "E_A2", 179, 181, "CCW", 340)],
        organs="the small bowel, rectum, bladder and femoral heads",
        necessity={
            4: "After hysterectomy the nodal and vaginal-cuff target is concave, curving around the small "
               "bowel and bladder, which lie within that concavity."},
        compare="A four-field box would place most of the pelvic small bowel in the high-dose region."),
    "pancreas": dict(
        dx="Adenocarcinoma of the pancreatic head, borderline resectable, after six cycles of mFOLFIRINOX",
        icd="C25.0", plan="PANC_VMAT", energy="10 MV", systemic="capecitabine on radiation days",
        rx=[("PTV_5040", 50.4, 28, "pancreatic head tumor and the involved peripancreatic node")],
        oar=[("Duodenum", "Dmax", "< 55 Gy", "52.3 Gy"), ("Duodenum", "V45", "< 15 cc", "9.8 cc"),
             ("Stomach", "Dmax", "< 54 Gy", "50.6 Gy"), ("Kidneys (combined)", "Mean", "< 15 Gy", "8.1 Gy"),
             ("Liver", "Mean", "< 25 Gy", "11.9 Gy"), ("Spinal cord", "Dmax", "< 45 Gy", "27.5 Gy")],
        tgt=[("PTV_5040", "D95", "97.9%")],
        beams=[("arc", "P1", 181, 179, "CW", 10), ("arc", "P2", 179, 181, "CCW", 350)],
        organs="the duodenum, stomach, kidneys, liver and spinal cord",
        necessity={
            2: "The CTV-to-PTV expansion has been narrowed to 3 mm toward the duodenum, which is immediately "
               "adjacent to the tumor along the medial wall of the second portion; only a modulated plan can "
               "cover this narrow margin while protecting that immediately adjacent bowel."},
        compare="A 3D conformal four-field plan would take the duodenum to the full prescription dose over "
                "its whole circumference next to the tumor."),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, cT3 N1a M0", icd="C21.1",
        plan="ANAL_VMAT", energy="6 MV", systemic="mitomycin C and capecitabine",
        rx=[("PTV_5400", 54.0, 30, "primary tumor and involved left inguinal node"),
            ("PTV_4500", 45.0, 30, "elective pelvic and inguinal nodes")],
        oar=[("Bowel bag", "V30", "< 200 cc", "171 cc"), ("Bladder", "V35", "< 50%", "38%"),
             ("Femoral heads", "V44", "< 5%", "1.2%"), ("External genitalia", "V20", "< 50%", "41%"),
             ("Iliac crests", "V30", "< 50%", "36%")],
        tgt=[("PTV_5400", "D95", "98.9%"), ("PTV_4500", "D95", "99.2%")],
        beams=[("arc", "AN1", 181, 179, "CW", 15), ("arc", "AN2", 179, 181, "CCW", 345),
               ("arc", "AN3", 181, 179, "CW", 90)],
        organs="the small bowel, bladder, femoral heads, external genitalia and iliac crest marrow",
        necessity={
            4: "The inguinal and pelvic nodal target is a horseshoe-shaped concave volume with the bladder "
               "and small bowel lying within its concavity.",
            1: "The involved left inguinal node lies within 6 mm of the left femoral head, a critical "
               "structure that must be protected."},
        compare="A 3D conformal photon-electron match would put the genitalia and femoral heads well above "
                "their limits."),
    "spine_reirr": dict(
        dx="Metastatic clear-cell renal cell carcinoma to T9-T10 with right paraspinal soft-tissue extension; "
           "prior palliative radiotherapy to T6-T8, 30 Gy in 10 fractions (March 2024, outside facility)",
        icd="C79.51", plan="T9T10_VMAT", energy="6 MV", systemic="cabozantinib (held during radiotherapy)",
        rx=[("PTV_3500", 35.0, 14, "T9-T10 vertebral bodies and right paraspinal extension")],
        oar=[("Spinal cord (PRV 2 mm)", "Dmax", "< 30 Gy", "27.9 Gy"),
             ("Spinal cord, T8 junction (composite with 2024 course)", "Dmax EQD2", "< 50 Gy", "46.2 Gy"),
             ("Esophagus", "Dmax", "< 35 Gy", "31.0 Gy"), ("Kidney, right", "V12", "< 25%", "14%")],
        tgt=[("PTV_3500", "D90", "97.5%")],
        beams=[("arc", "SP_A1", 130, 230, "CW", 10), ("arc", "SP_A2", 230, 130, "CCW", 350)],
        organs="the spinal cord, esophagus and right kidney",
        necessity={
            3: "The T9-T10 target abuts the inferior border of the 2024 T6-T8 field, an immediately adjacent "
               "previously irradiated volume; the new arcs must abut that prior field edge with high precision "
               "so that the spinal cord at the T8 junction is not overlapped.",
            1: "The paraspinal extension lies within 2 mm of the spinal cord, which must be protected."},
        compare="A PA or opposed AP/PA 3D arrangement would overlap the 2024 field at the junction and give "
                "the cord its full prescription dose."),
    "prostate_2ph": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+4=8, PSA 18.6 ng/mL, cT2c N0 M0 (high risk)", icd="C61",
        plan=None, energy="10 MV", systemic="leuprolide ADT for 18 months",
        rx=[("PTV_4500", 45.0, 25, "prostate, seminal vesicles and pelvic nodes (Phase 1, PELV_VMAT)"),
            ("PTV_7920", 34.2, 19, "prostate boost (Phase 2, PROS_BST_VMAT; cumulative 79.2 Gy)")],
        oar=[("Rectum", "V70", "< 20%", "11.6%"), ("Rectum", "V50", "< 50%", "34.2%"),
             ("Bladder", "V70", "< 30%", "16.9%"), ("Bowel bag", "V45", "< 195 cc", "97 cc"),
             ("Femoral heads", "Dmax", "< 50 Gy", "41.7 Gy"), ("Penile bulb", "Mean", "< 52.5 Gy", "38.8 Gy")],
        tgt=[("PTV_4500", "D95", "99.5%"), ("PTV_7920", "D95", "98.7%")],
        beams=[("arc", "PV1", 181, 179, "CW", 30), ("arc", "PV2", 179, 181, "CCW", 330)],
        boost_beams=[("arc", "BV1", 181, 179, "CW", 10), ("arc", "BV2", 179, 181, "CCW", 350)],
        organs="the rectum, bladder, small bowel, femoral heads and penile bulb",
        necessity={
            5: "The prostate will be escalated to 79.2 Gy, above the 70 Gy commonly delivered for this tumor "
               "with conventional technique.",
            1: "The posterior prostate lies within 2 mm of the anterior rectal wall, which must be protected "
               "at that dose."},
        compare="At 79.2 Gy a 3D conformal plan would put roughly a third of the rectum above 70 Gy."),
    "prostate_bed": dict(
        dx="Adenocarcinoma of the prostate, pT3a N0 (Gleason 4+3=7), after radical prostatectomy; rising PSA "
           "0.34 ng/mL", icd="C61",
        plan="PBED_VMAT", energy="10 MV", systemic="bicalutamide for 6 months (Urology)",
        rx=[("PTV_6800", 68.0, 34, "prostate bed")],
        oar=[("Rectum", "V65", None, "13.1%"), ("Rectum", "V40", None, "37.5%"), ("Bladder", "V65", None, "24.8%"),
             ("Femoral heads", "Dmax", None, "39.4 Gy"), ("Penile bulb", "Mean", None, "29.7 Gy")],
        tgt=[("PTV_6800", "D95", "98.8%"), ("PTV_6800", "Dmax", "106.1%")],
        beams=[("arc", "PB_1", 181, 179, "CW", 30), ("arc", "PB_2", 179, 181, "CCW", 330)],
        organs="the rectum and bladder",
        necessity={
            1: "The prostate-bed target lies within 3 mm of the anterior rectal wall posteriorly and against "
               "the bladder neck anteriorly; both must be protected."},
        compare="A 3D conformal four-field plan would treat a larger share of the rectum and bladder to high dose."),
    "esophagus_3d": dict(
        dx="Squamous cell carcinoma of the mid-thoracic esophagus (29-34 cm), cT3 N1 M0; not a surgical "
           "candidate (COPD, age)", icd="C15.4",
        plan="ESO_3D4F", energy="18 MV", systemic="carboplatin and paclitaxel weekly",
        rx=[("PTV_5040", 50.4, 28, "mid-thoracic esophageal primary and involved paraesophageal node")],
        oar=[("Spinal cord", "Dmax", "< 45 Gy", "41.6 Gy"), ("Lungs", "V20", "< 25%", "19.3%"),
             ("Heart", "Mean", "< 26 Gy", "22.8 Gy"), ("Liver", "Mean", "< 25 Gy", "4.1 Gy")],
        tgt=[("PTV_5040", "D95", "97.8%")],
        beams=[("static", "AP", 0, 0, 0), ("static", "PA", 180, 0, 0), ("static", "LPO", 135, 0, 0),
               ("static", "RPO", 225, 0, 0)],
        organs="", necessity={}, compare=""),
}


def rx_line(r):
    name, dose, fx, _ = r
    return "%s: %.1f Gy in %d fractions (%.2f Gy per fraction)" % (name, dose, fx, dose / fx)
