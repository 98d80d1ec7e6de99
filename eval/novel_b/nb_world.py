"""novel_b: invented clinics, staff, patients, dates and clinical site profiles."""
import datetime as dt

D = dt.date
HOLIDAYS = {D(2025, 1, 1), D(2025, 1, 20), D(2025, 5, 26), D(2025, 7, 4), D(2025, 9, 1)}
DST_START, DST_END = D(2025, 3, 9), D(2025, 11, 2)


def add_bd(d, n):
    step = 1 if n >= 0 else -1
    while n:
        d += dt.timedelta(days=step)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= step
    return d


def tz(zone, d):
    """zone is 'E', 'C' or 'M'."""
    return zone + ("D" if DST_START <= d < DST_END else "S") + "T"


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d, style):
    if style == "dmy-mon":          # 3-Mar-2025
        return "%d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "mdyy-dash":        # 03-03-25
        return d.strftime("%m-%d-%y")
    if style == "ordinal":          # March 3rd, 2025
        return "%s %s, %d" % (MONTH[d.month - 1], ordinal(d.day), d.year)
    if style == "ymd-slash":        # 2025/03/03
        return d.strftime("%Y/%m/%d")
    if style == "mdy":              # 03/03/2025
        return d.strftime("%m/%d/%Y")
    if style == "mdy-short":        # 3/3/2025
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "mon-d-y":          # Mar 03 2025
        return "%s %02d %d" % (MON[d.month - 1], d.day, d.year)
    if style == "long":             # March 3, 2025
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    raise ValueError(style)


def ampm(hhmm):
    h, m = hhmm
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


class Person:
    def __init__(self, given, family, cred, role, mid=""):
        self.given, self.family, self.cred, self.role, self.mid = given, family, cred, role, mid

    @property
    def full(self):                       # Gideon Marsh-Okafor, MD
        return "%s %s%s, %s" % (self.given, (self.mid + " ") if self.mid else "", self.family, self.cred)

    @property
    def plain(self):                      # Gideon Marsh-Okafor
        return "%s %s" % (self.given, self.family)

    @property
    def last_first(self):                 # Marsh-Okafor, Gideon MD
        return "%s, %s %s" % (self.family, self.given, self.cred.split(",")[0])

    @property
    def caps(self):                       # MARSH-OKAFOR, GIDEON
        return "%s, %s" % (self.family.upper(), self.given.upper())


class Clinic:
    def __init__(self, key, name, place, kind, zone, dstyle, md, phys, dosim, rtt, **extra):
        self.key, self.name, self.place, self.kind, self.zone, self.dstyle = key, name, place, kind, zone, dstyle
        self.md, self.phys, self.dosim, self.rtt = md, phys, dosim, rtt
        self.__dict__.update(extra)

    def d(self, date, style=None):
        return fmt(date, style or self.dstyle)

    def z(self, date):
        return tz(self.zone, date)


CLINICS = {
    "prairie": Clinic(
        "prairie", "Prairie Bend Radiation Oncology", "3110 Central Avenue, Kearney, NE 68847",
        "freestanding radiation center", "C", "dmy-mon",
        Person("Gideon", "Marsh-Okafor", "MD", "Radiation Oncology"),
        Person("Linnea", "Sorensen-Pike", "MS, DABR", "Medical Physics"),
        Person("Travis", "Klinefelter", "CMD", "Dosimetry"),
        Person("Jolene", "Ruhl", "RT(T)", "Radiation Therapy"),
        phone="(308) 555-0143"),
    "cumberland": Clinic(
        "cumberland", "Cumberland Gap Regional Medical Center", "Outpatient Radiation Oncology, 900 Pinnacle Road, Middlesboro, KY 40965",
        "hospital outpatient department", "E", "mdyy-dash",
        Person("Ruth-Ann", "Coldiron", "MD", "Radiation Oncology"),
        Person("Dev Anand", "Rao", "PhD, DABR", "Medical Physics"),
        Person("Brandy", "Sizemore", "CMD", "Dosimetry"),
        Person("Wes", "Hensley", "RT(T)", "Radiation Therapy"),
        phone="(606) 555-0190"),
    "bighorn": Clinic(
        "bighorn", "Big Horn Basin Radiation Center", "1702 Sheridan Avenue, Cody, WY 82414",
        "freestanding radiation center", "M", "ordinal",
        Person("Theodora", "Quist", "DO", "Radiation Oncology"),
        Person("Caleb", "Youngblood", "MS, DABMP", "Medical Physics"),
        Person("Shay", "Whitehorse", "CMD", "Dosimetry"),
        Person("Marlo", "Decker", "RT(T)", "Radiation Therapy"),
        phone="(307) 555-0128"),
    "tidewater": Clinic(
        "tidewater", "Tidewater Oncology Associates, P.A.", "Radiation Oncology Suite B, 2411 Beaglin Park Drive, Salisbury, MD 21804",
        "physician group practice", "E", "ymd-slash",
        Person("Priscilla", "Onwuachi-Beaumont", "MD", "Radiation Oncology"),
        Person("Everett", "Langhorne", "MS, DABR", "Medical Physics"),
        Person("Dana", "Whitelock", "CMD", "Dosimetry"),
        Person("Corey", "Truitt", "RT(T)", "Radiation Therapy"),
        fnp=Person("Marisol", "Trujillo-Benn", "MSN, FNP-BC", "Prior Authorization"),
        outside_md=Person("Howard", "Feingold-Park", "MD", "Radiation Oncology"),
        outside_name="Chesapeake Bay University Cancer Institute, Department of Radiation Oncology, Baltimore, MD",
        phone="(410) 555-0177", fax="(410) 555-0178"),
    "ozark": Clinic(
        "ozark", "Ozark Plateau Medical Center - Cancer Treatment Center", "620 N. Main Street, Harrison, AR 72601",
        "hospital outpatient department", "C", "mdy",
        Person("Elias", "Lowry", "MD", "Radiation Oncology"),
        Person("Bernadette", "Ochs", "PhD, DABR", "Medical Physics"),
        Person("Kyle", "Pettijohn", "CMD", "Dosimetry"),
        Person("Tammy", "Villarreal", "RT(T)", "Radiation Therapy"),
        phone="(870) 555-0161"),
    "sawtooth": Clinic(
        "sawtooth", "Sawtooth Valley Radiation Oncology", "488 Falls Avenue, Twin Falls, ID 83301",
        "freestanding radiation center", "M", "iso",
        Person("Hannelore", "Vick", "MD", "Radiation Oncology"),
        Person("Amos", "Okonkwo-Lindqvist", "MS, DABR", "Medical Physics"),
        Person("Rachel", "Ybarra", "CMD", "Dosimetry"),
        Person("Dusty", "Harmsworth", "RT(T)", "Radiation Therapy"),
        phone="(208) 555-0119"),
}


class Patient:
    def __init__(self, family, given, mrn, dob, sex):
        self.family, self.given, self.mrn, self.dob, self.sex = family, given, mrn, dob, sex

    @property
    def lf(self):
        return "%s, %s" % (self.family, self.given)

    @property
    def fl(self):
        return "%s %s" % (self.given, self.family)

    @property
    def caps(self):
        return "%s, %s" % (self.family.upper(), self.given.upper())

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    @property
    def they(self):
        return "he" if self.sex == "M" else "she"

    @property
    def them(self):
        return "him" if self.sex == "M" else "her"

    @property
    def their(self):
        return "his" if self.sex == "M" else "her"


# ------------------------------------------------------------------------------------------------ sites
# targets: (name, dose Gy, fractions); oar: (organ, constraint text); got: (organ, achieved text)
# beams: ("static", id, gantry, coll, couch, MV) | ("arc", id, start, stop, dir, coll, couch, MV)
SITES = {
    "prostate81": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3=7, cT2b N0 M0, PSA 11.2 ng/mL (unfavorable intermediate risk)",
        icd="C61", area="prostate and proximal seminal vesicles",
        targets=[("PTV_8100", 81.0, 45)],
        oar=[("Rectum", "V75Gy < 15%; V70Gy < 25%; V50Gy < 50%"), ("Bladder", "V80Gy < 15%; V75Gy < 25%"),
             ("Femoral heads (each)", "Dmax < 50 Gy"), ("Penile bulb", "Mean < 52.5 Gy")],
        got=[("PTV_8100", "D95 = 81.2 Gy; Dmax 85.9 Gy"), ("Rectum", "V75Gy 9.8%; V70Gy 14.1%; V50Gy 31.6%"),
             ("Bladder", "V80Gy 6.2%; V75Gy 11.7%"), ("Femoral heads", "Dmax L 38.4 Gy / R 37.9 Gy"),
             ("Penile bulb", "Mean 34.0 Gy")],
        oars_named="the rectum, bladder, femoral heads and penile bulb",
        beams=[("static", "B%d" % (i + 1), g, 0, 0, 10) for i, g in enumerate([205, 255, 310, 0, 50, 105, 155])],
        cond={1: "The posterior prostate lies within 2 mm of the anterior rectal wall, and the bladder base sits directly on the gland, so both organs must be protected at full prescription dose.",
              5: "The prescription is escalated to 81 Gy in 45 fractions, above the 70 Gy or less that a conventional four-field or 3D conformal arrangement can deliver here without exceeding rectal tolerance."}),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the left tonsil, p16 positive, cT2 N1 M0 (AJCC 8th, stage I)", icd="C09.9",
        area="left tonsil primary and bilateral neck levels II-IV",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
        oar=[("Spinal cord (PRV 5 mm)", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"),
             ("Right parotid", "Mean < 26 Gy"), ("Mandible", "Dmax < 70 Gy"), ("Larynx", "Mean < 40 Gy")],
        got=[("PTV_7000", "D95 = 70.1 Gy"), ("PTV_5600", "D95 = 56.4 Gy"), ("Spinal cord PRV", "Dmax 41.7 Gy"),
             ("Brainstem", "Dmax 38.2 Gy"), ("Right parotid", "Mean 21.3 Gy"), ("Mandible", "Dmax 69.1 Gy"),
             ("Larynx", "Mean 33.8 Gy")],
        oars_named="the spinal cord, brainstem, contralateral (right) parotid, mandible and larynx",
        beams=[("static", "F%d" % (i + 1), g, 0, 0, 6) for i, g in enumerate([160, 120, 80, 40, 0, 320, 280, 240, 200])],
        cond={1: "The retropharyngeal and level II nodal targets come within 4 mm of the spinal cord PRV and the brainstem.",
              4: "The bilateral nodal PTV is horseshoe-shaped and wraps around the cervical spinal cord, which sits inside its concavity."}),
    "maxsinus": dict(
        dx="Squamous cell carcinoma of the left maxillary sinus, pT3 N0 M0, status post partial maxillectomy (close posterior-superior margin)",
        icd="C31.0", area="left maxillary sinus surgical bed",
        targets=[("PTV_6600", 66.0, 33)],
        oar=[("Optic chiasm", "Dmax < 54 Gy"), ("Left optic nerve", "Dmax < 54 Gy"), ("Left retina", "Dmax < 50 Gy"),
             ("Brainstem", "Dmax < 54 Gy"), ("Right parotid", "Mean < 26 Gy")],
        got=[("PTV_6600", "D95 = 66.3 Gy"), ("Optic chiasm", "Dmax 47.9 Gy"), ("Left optic nerve", "Dmax 52.6 Gy"),
             ("Left retina", "Dmax 44.0 Gy"), ("Brainstem", "Dmax 40.3 Gy"), ("Right parotid", "Mean 12.8 Gy")],
        oars_named="the left optic nerve, optic chiasm, left retina, brainstem and right parotid",
        helical=dict(fw="2.51 cm (dynamic jaws)", pitch="0.215", mf="2.4 (actual 2.1)", period="15.8 s",
                     rotations="16.7", couch="-6.1 cm to +5.9 cm (IEC Y)", start="0 deg", proj=51),
        cond={1: "The superior extent of the surgical bed lies within 3 mm of the left optic nerve and 9 mm of the optic chiasm.",
              2: "The margin on the orbital floor was reduced to 2 mm so that the immediately adjacent left globe and retina are spared."}),
    "prostate_nodes_helical": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+4=8, cT3a N0 M0, PSA 18.6 ng/mL (high risk), on androgen deprivation",
        icd="C61", area="prostate, seminal vesicles and pelvic lymph nodes",
        targets=[("PTV_7800", 78.0, 39), ("PTV_5460", 54.6, 39)],
        oar=[("Rectum", "V70Gy < 20%; V50Gy < 50%"), ("Bladder", "V70Gy < 30%"), ("Bowel bag", "V45Gy < 195 cc"),
             ("Femoral heads", "Dmax < 50 Gy")],
        got=None,
        oars_named="the rectum, bladder, small bowel and femoral heads",
        helical=dict(fw="5.05 cm (fixed jaws)", pitch="0.287", mf="2.6 (actual 2.2)", period="17.4 s",
                     rotations="22.3", couch="-13.0 cm to +12.6 cm (IEC Y)", start="0 deg", proj=51),
        cond={1: "The prostate abuts the anterior rectal wall (less than 2 mm of separation on the planning CT) and the pelvic nodal volume runs within 5 mm of small bowel loops."}),
    "lung": dict(
        dx="Non-small cell lung cancer (squamous), right upper lobe, cT3 N2 M0 (stage IIIB), concurrent weekly carboplatin/paclitaxel",
        icd="C34.11", area="right upper lobe primary and involved mediastinal nodes",
        targets=[("PTV_6000", 60.0, 30)],
        oar=[("Spinal cord", "Dmax < 50 Gy"), ("Total lung - GTV", "V20Gy < 35%; mean < 20 Gy"),
             ("Heart", "Mean < 26 Gy"), ("Esophagus", "Mean < 34 Gy")],
        got=[("PTV_6000", "D95 = 60.2 Gy"), ("Spinal cord", "Dmax 44.6 Gy"), ("Total lung - GTV", "V20Gy 29.8%; mean 16.9 Gy"),
             ("Heart", "Mean 9.4 Gy"), ("Esophagus", "Mean 27.7 Gy")],
        oars_named="the esophagus, spinal cord, heart and both lungs",
        beams=[("arc", "ARC1", 181, 330, "CW", 10, 0, 6), ("arc", "ARC2", 330, 181, "CCW", 350, 0, 6)],
        cond={2: "Because the right paratracheal nodal mass is immediately adjacent to the esophagus, the PTV margin there was narrowed to 3 mm to protect the esophageal wall."}),
    "gbm": dict(
        dx="Glioblastoma, IDH-wildtype, MGMT unmethylated, right temporal lobe, status post subtotal resection",
        icd="C71.2", area="right temporal resection cavity and residual enhancing disease",
        targets=[("PTV_6000", 60.0, 30), ("PTV_5100", 51.0, 30)],
        oar=None,
        got=[("PTV_6000", "D95 59.4 Gy"), ("PTV_5100", "D95 51.3 Gy"), ("Optic chiasm", "Dmax 48.2 Gy"),
             ("Brainstem", "Dmax 55.1 Gy, D0.03cc 54.6 Gy"), ("Right optic nerve", "Dmax 41.0 Gy"),
             ("Right cochlea", "Mean 38.7 Gy"), ("Right hippocampus", "D40% 19.5 Gy")],
        oars_named="the optic chiasm, brainstem, right optic nerve, right cochlea and hippocampus",
        beams=[("arc", "ARC1", 181, 179, "CW", 30, 0, 6), ("arc", "ARC2", 179, 181, "CCW", 330, 0, 6),
               ("arc", "ARC3", 0, 180, "CW", 90, 270, 6)],
        cond={1: "The medial edge of the cavity PTV comes within 3 mm of the optic chiasm and about 5 mm of the brainstem."}),
    "pancreas": dict(
        dx="Adenocarcinoma of the head of the pancreas, borderline resectable (abutment of the SMV), after 4 months of FOLFIRINOX",
        icd="C25.0", area="pancreatic head tumor and the SMV/SMA interface",
        targets=[("PTV_5040", 50.4, 28)],
        oar=[("Duodenum", "Dmax < 55 Gy; V45Gy < 15 cc"), ("Stomach", "Dmax < 54 Gy"), ("Kidneys (combined)", "V18Gy < 30%"),
             ("Liver", "Mean < 28 Gy"), ("Spinal cord", "Dmax < 45 Gy")],
        got=[("PTV_5040", "D95 = 50.6 Gy"), ("Duodenum", "Dmax 53.4 Gy; V45Gy 11.2 cc"), ("Stomach", "Dmax 51.0 Gy"),
             ("Kidneys", "V18Gy 14.6%"), ("Liver", "Mean 9.7 Gy"), ("Spinal cord", "Dmax 30.1 Gy")],
        oars_named="the duodenum, stomach, kidneys, liver and spinal cord",
        beams=[("arc", "ARC1", 181, 179, "CW", 20, 0, 10), ("arc", "ARC2", 179, 181, "CCW", 340, 0, 10)],
        cond={4: "The target is C-shaped: it curves around the second part of the duodenum, so the duodenal wall lies inside the concavity of the PTV."}),
    "leftbreast": dict(
        dx="Invasive ductal carcinoma of the left breast, pT2 N2a (5/14 nodes), ER+/PR+/HER2-, status post lumpectomy and axillary dissection",
        icd="C50.412", area="left breast and regional nodes including the internal mammary chain",
        targets=[("PTV_Breast_5000", 50.0, 25), ("PTV_Nodes_5000", 50.0, 25)],
        oar=[("Heart", "Mean < 4 Gy; V25Gy < 5%"), ("LAD", "Dmax < 20 Gy"), ("Left lung", "V20Gy < 30%"),
             ("Right breast", "Mean < 3 Gy")],
        got=[("PTV_Breast_5000", "D95 48.6 Gy"), ("PTV_Nodes_5000", "D95 47.9 Gy"), ("Heart", "Mean 3.1 Gy; V25Gy 1.8%"),
             ("LAD", "Dmax 17.4 Gy"), ("Left lung", "V20Gy 26.3%"), ("Right breast", "Mean 2.2 Gy")],
        oars_named="the heart, left anterior descending artery, left lung and contralateral breast",
        beams=[("arc", "ARC1", 300, 150, "CW", 10, 0, 6), ("arc", "ARC2", 150, 300, "CCW", 350, 0, 6)],
        cond={4: "The breast and internal mammary target is concave posteriorly and curves over the heart and the left anterior descending artery, which lie directly beneath its concavity."}),
    "endometrium3d": dict(
        dx="Endometrioid adenocarcinoma of the endometrium, FIGO 2009 stage IIIA (adnexal involvement), after TAH-BSO and chemotherapy",
        icd="C54.1", area="whole pelvis",
        targets=[("PTV_4500", 45.0, 25)],
        oar=[("Small bowel", "V45Gy < 195 cc"), ("Rectum", "V40Gy < 80%"), ("Bladder", "Dmax < 50 Gy")],
        got=None, oars_named="the small bowel, rectum and bladder",
        beams=[("static", "AP", 0, 0, 0, 18), ("static", "PA", 180, 0, 0, 18), ("static", "RLAT", 270, 0, 0, 18),
               ("static", "LLAT", 90, 0, 0, 18)],
        cond={}),
    "prostate_comp": dict(
        dx="Adenocarcinoma of the prostate, Gleason 3+4=7, cT2a N0 M0, PSA 7.4 ng/mL (favorable intermediate risk)",
        icd="C61", area="prostate and proximal seminal vesicles",
        targets=[("PTV_7800", 78.0, 39)],
        oar=[("Rectum", "V70Gy < 20%; V60Gy < 35%"), ("Bladder", "V70Gy < 30%"), ("Femoral heads", "Dmax < 50 Gy")],
        got=[("PTV_7800", "D95 78.3 Gy"), ("Rectum", "V70Gy 13.9%; V60Gy 24.0%"), ("Bladder", "V70Gy 15.2%"),
             ("Femoral heads", "Dmax 41.7 Gy")],
        oars_named="the rectum, bladder and femoral heads",
        beams=[("static", "CMP%d" % (i + 1), g, 0, 0, 15) for i, g in enumerate([0, 72, 144, 216, 288])],
        cond={1: "On the staging MRI the prostate is within 1-2 mm of the anterior rectal wall along its whole length."}),
    "prostate_boost": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+5=9, cT3b N0 M0, PSA 24.1 ng/mL (very high risk), on androgen deprivation",
        icd="C61", area="prostate, seminal vesicles and pelvic nodes",
        targets=[("PTV_4500", 45.0, 25), ("PTV_BOOST_3420", 34.2, 19)],
        oar=[("Rectum", "V70Gy < 20%; V50Gy < 50% (composite)"), ("Bladder", "V70Gy < 30% (composite)"),
             ("Bowel bag", "V45Gy < 195 cc"), ("Femoral heads", "Dmax < 50 Gy")],
        got=[("PTV_4500", "D95 45.3 Gy"), ("PTV_BOOST_3420 (composite 79.2 Gy)", "D95 79.5 Gy"),
             ("Rectum (composite)", "V70Gy 12.6%; V50Gy 33.8%"), ("Bladder (composite)", "V70Gy 17.5%"),
             ("Bowel bag", "V45Gy 118 cc"), ("Femoral heads", "Dmax 43.2 Gy")],
        oars_named="the rectum, bladder, small bowel and femoral heads",
        beams=[("arc", "P_ARC1", 181, 179, "CW", 30, 0, 10), ("arc", "P_ARC2", 179, 181, "CCW", 330, 0, 10)],
        boost_beams=[("arc", "B_ARC1", 181, 179, "CW", 15, 0, 10), ("arc", "B_ARC2", 179, 181, "CCW", 345, 0, 10)],
        cond={1: "The prostate lies within 2 mm of the anterior rectal wall.",
              4: "The pelvic nodal target is U-shaped around the bladder, with loops of small bowel lying within its concavity."}),
    "paraaortic_reirr": dict(
        dx="Isolated para-aortic nodal recurrence (L2-L4) of squamous cell carcinoma of the cervix; prior pelvic chemoradiation in 2021 (45 Gy to the pelvis, superior border at the L4-L5 interspace) and brachytherapy",
        icd="C77.2", area="para-aortic nodes from the renal hilum to the superior border of the prior pelvic field",
        targets=[("PTV_5040", 50.4, 28)],
        oar=[("Spinal cord (cumulative)", "Dmax < 45 Gy for this course"), ("Kidneys (each)", "Mean < 15 Gy"),
             ("Duodenum", "Dmax < 55 Gy"), ("Bowel bag", "V45Gy < 195 cc")],
        got=[("PTV_5040", "D95 50.3 Gy"), ("Spinal cord", "Dmax 31.2 Gy"), ("Left kidney", "Mean 9.8 Gy"),
             ("Right kidney", "Mean 7.1 Gy"), ("Duodenum", "Dmax 52.7 Gy"), ("Bowel bag", "V45Gy 86 cc")],
        oars_named="the spinal cord, both kidneys, duodenum and small bowel",
        beams=[("arc", "PA_ARC1", 181, 179, "CW", 5, 0, 10), ("arc", "PA_ARC2", 179, 181, "CCW", 355, 0, 10),
               ("arc", "PA_ARC3", 220, 140, "CCW", 90, 0, 10)],
        cond={3: "The new target begins at the superior border of the 2021 pelvic field (L4-L5). The area immediately below was irradiated to 45 Gy, so the inferior border has to abut that old field with high precision to avoid overlap on the cauda equina and bowel.",
              1: "The nodal target lies within 5 mm of the duodenum and directly against the medial edge of the left renal hilum."}),
}
