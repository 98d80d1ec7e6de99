"""novel_f world: calendar, time zones, clinics and staff, site profiles. Everything is invented."""
import datetime as dt

HOLIDAYS = {dt.date(2025, 1, 1), dt.date(2025, 1, 20), dt.date(2025, 2, 17), dt.date(2025, 5, 26),
            dt.date(2025, 6, 19), dt.date(2025, 7, 4), dt.date(2025, 9, 1)}
DST_START, DST_END = dt.date(2025, 3, 9), dt.date(2025, 11, 2)


def bday(d, n):
    """n business days after d (weekends and clinic holidays skipped)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def zone(region, d):
    dst = DST_START <= d < DST_END
    return {"E": ("EST", "EDT"), "C": ("CST", "CDT"), "P": ("PST", "PDT")}[region][dst]


class T:
    """A clinic-local timestamp."""

    def __init__(self, d, hh, mm, region):
        self.d, self.hh, self.mm, self.region = d, hh, mm, region

    @property
    def z(self):
        return zone(self.region, self.d)

    def us(self):                    # 04/14/2025
        return self.d.strftime("%m/%d/%Y")

    def iso(self):                   # 2025-04-14
        return self.d.isoformat()

    def mon(self):                   # Apr 14, 2025
        return "%s %d, %d" % (self.d.strftime("%b"), self.d.day, self.d.year)

    def month(self):                 # April 14, 2025
        return "%s %d, %d" % (self.d.strftime("%B"), self.d.day, self.d.year)

    def hm(self):                    # 16:05
        return "%02d:%02d" % (self.hh, self.mm)

    def ampm(self):                  # 4:05 PM
        h = self.hh % 12 or 12
        return "%d:%02d %s" % (h, self.mm, "AM" if self.hh < 12 else "PM")

    def key(self):
        return (self.d, self.hh, self.mm)


# --------------------------------------------------------------------------------------------- clinics
CLINICS = {
    "juniper": dict(
        name="Juniper Flats Cancer Care", city="Reno, NV", region="P",
        ehr="ChartWell-style web EHR (invented)", tps="Sierra Arc TPS (invented)",
        qa="Quadrant ArcMap (invented) diode-array report",
        md=("Marisela", "Quintanar-Holt", "MD"), phys=("Anders", "Lykkegaard", "PhD, DABR"),
        dosi=("Joelle", "Pratt", "CMD")),
    "cahokia": dict(
        name="Cahokia Bluffs Radiation Oncology", city="Belleville, IL", region="C",
        ehr="OpenEMR-style encounter forms with an Esign line", tps="Kaskaskia Planner (invented)",
        qa="Lumen EPID Dose (invented) portal-dosimetry report",
        md=("Tobias", "Ferraro-Kemp", "MD"), phys=("Renata", "Szabo-Whitfield", "MS, DABR"),
        dosi=("Daniel", "Oyelaran", "CMD")),
    "kittatinny": dict(
        name="Kittatinny Ridge Cancer Center", city="Newton, NJ", region="E",
        ehr="C-CDA documents rendered by an HIE viewer (Skylands HIE Viewer, invented)",
        tps="Highpoint TPS (invented)", qa="Paulinskill OctaDiode (invented) rotating-array report",
        md=("Priya", "Natarajan-Weiss", "MD"), phys=("Benedikt", "Kranz", "PhD, DABR"),
        dosi=("Marguerite", "Ellison", "CMD")),
    "palouse": dict(
        name="Palouse Regional Oncology", city="Pullman, WA", region="P",
        ehr="letterhead Word notes closed by an /e/ authentication line", tps="Steptoe Plan (invented)",
        qa="CrossCheck (invented): CrossCheck Phantom measurement / CrossCheck Independent recalculation",
        md=("Sunniva", "Thorsgaard-Bello", "MD"), phys=("Caleb", "Yazzie-Monroe", "MS, DABR"),
        dosi=("Helena", "Ruud", "CMD")),
    "chattahoochee": dict(
        name="Chattahoochee University Cancer Institute", city="Columbus, GA", region="E",
        ehr="Magnolia Clinical Desktop (invented), academic", tps="Fall Line TPS (invented)",
        qa="Ocmulgee ArcPhantom (invented) cylindrical-array report",
        md=("Desmond", "Varga-Ellington", "MD"), phys=("Harriet", "Lindqvist-Moss", "PhD, DABR"),
        resident=("Jonah", "Abernathy-Tran", "MS"), dosi=("Keisha", "Pruitt", "CMD")),
    "tuckahoe": dict(
        name="Tuckahoe Valley Radiation Associates", city="Richmond, VA", region="E",
        ehr="CPOE order prints and structured clinic notes", tps="Appomattox Planning (invented)",
        qa="Rivanna MapQ (invented) planar-array report",
        md=("Cornelius", "Adebayo-Marsh", "MD"), phys=("Wendell", "Fitzhugh", "PhD, DABR"),
        dosi=("Lacey", "Dunmore", "CMD")),
}


def full(p):
    return "%s %s, %s" % p


def last_first(p):
    return "%s, %s %s" % (p[1], p[0], p[2].split(",")[0])


# --------------------------------------------------------------------------------------------- sites
# targets: (name, dose Gy, fractions); limits: (structure, constraint); achieved: (structure, value)
SITES = {
    "bot": dict(
        dx="Squamous cell carcinoma of the left base of tongue, p16 positive, cT2 N1 M0 (C01)",
        region="oropharynx", plan="BOT_VMAT",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
        limits=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"),
                ("Right parotid", "mean < 26 Gy"), ("Larynx", "mean < 44 Gy"),
                ("Mandible", "Dmax < 70 Gy")],
        achieved=[("PTV_7000", "D95 99.1%"), ("PTV_5600", "D95 99.6%"), ("Spinal cord", "Dmax 40.6 Gy"),
                  ("Brainstem", "Dmax 36.9 Gy"), ("Right parotid", "mean 23.4 Gy"),
                  ("Larynx", "mean 38.8 Gy"), ("Mandible", "Dmax 69.2 Gy")],
        oars="spinal cord, brainstem, right parotid gland and larynx",
        conds={1: "The left retropharyngeal and level II nodal targets lie within 5 mm of the spinal cord "
                  "and brainstem, which must be protected.",
               2: "The CTV-to-PTV expansion is held to 3 mm so that the immediately adjacent larynx and "
                  "right parotid gland can be spared."},
        arcs=[("ARC1", "181.0", "179.0", "CW", "30"), ("ARC2", "179.0", "181.0", "CCW", "330")],
        energy="6 MV", chemo="weekly cisplatin"),
    "prostate": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3=7, cT2b, PSA 11.2 ng/mL, unfavorable "
           "intermediate risk (C61)",
        region="prostate", plan="PROS_VMAT",
        targets=[("PTV_7920", 79.2, 44)],
        limits=[("Rectum", "V70 Gy < 20%"), ("Rectum", "V50 Gy < 50%"), ("Bladder", "V70 Gy < 30%"),
                ("Femoral heads", "Dmax < 50 Gy"), ("Penile bulb", "mean < 52.5 Gy")],
        achieved=[("PTV_7920", "D95 98.7%"), ("Rectum", "V70 Gy 11.8%"), ("Rectum", "V50 Gy 29.5%"),
                  ("Bladder", "V70 Gy 14.2%"), ("Femoral heads", "Dmax 38.1 Gy"),
                  ("Penile bulb", "mean 31.7 Gy")],
        oars="rectum, bladder, femoral heads and penile bulb",
        conds={1: "The posterior prostate lies within 2 mm of the anterior rectal wall.",
               5: "The prescription escalates the dose to 79.2 Gy in 44 fractions, above the 70 Gy "
                  "commonly delivered to this tumor with conventional technique."},
        arcs=[("ARC1", "181.0", "179.0", "CW", "10"), ("ARC2", "179.0", "181.0", "CCW", "350")],
        energy="10 MV", chemo="6 months of androgen deprivation"),
    "lung": dict(
        dx="Recurrent non-small cell lung cancer, right hilar and station 10R/7 nodal recurrence after "
           "2024 SBRT to a right upper lobe primary (C34.1, C77.1)",
        region="right hilum and mediastinum", plan="RHIL_VMAT", prior="RUL_SBRT_2024",
        prior_text="SBRT to the right upper lobe primary, 50 Gy in 5 fractions, completed June 2024 "
                   "(plan RUL_SBRT_2024)",
        targets=[("PTV_6000", 60.0, 30)],
        limits=[("Spinal cord", "Dmax < 45 Gy"), ("Esophagus", "mean < 34 Gy"),
                ("Lungs minus GTV", "V20 Gy < 30%"), ("Heart", "mean < 20 Gy"),
                ("Proximal bronchial tree", "Dmax < 66 Gy")],
        achieved=[("PTV_6000", "D95 97.9%"), ("Spinal cord", "Dmax 38.4 Gy"), ("Esophagus", "mean 26.1 Gy"),
                  ("Lungs minus GTV", "V20 Gy 24.6%"), ("Heart", "mean 9.8 Gy"),
                  ("Proximal bronchial tree", "Dmax 62.3 Gy")],
        prior_achieved=[("PTV_5000", "V100% 96.2%"), ("Chest wall", "V30 Gy 17.8 cc"),
                        ("Spinal cord", "Dmax 11.9 Gy"), ("Esophagus", "Dmax 13.6 Gy"),
                        ("Lungs minus GTV", "V20 Gy 4.1%")],
        oars="esophagus, spinal cord, heart, lungs and the previously irradiated right upper lobe",
        conds={3: "The right hilar and station 10R target abuts the high-dose region of the 2024 right upper "
                  "lobe SBRT course, an immediately adjacent previously irradiated volume; the new arcs must "
                  "abut it with high precision.",
               1: "The subcarinal extension of the target lies within 3 mm of the esophagus."},
        arcs=[("ARC1", "179.0", "20.0", "CCW", "15"), ("ARC2", "20.0", "179.0", "CW", "345")],
        energy="6 MV", chemo="concurrent carboplatin and paclitaxel"),
    "pancreas": dict(
        dx="Adenocarcinoma of the head of the pancreas, borderline resectable, after 4 months of "
           "FOLFIRINOX (C25.0)",
        region="pancreatic head", plan="PANC_IMRT",
        targets=[("PTV_5040", 50.4, 28)],
        limits=[("Duodenum", "Dmax < 55 Gy"), ("Stomach", "Dmax < 54 Gy"),
                ("Kidneys (combined)", "mean < 15 Gy"), ("Liver", "mean < 25 Gy"),
                ("Spinal cord", "Dmax < 45 Gy")],
        achieved=[("PTV_5040", "D95 98.4%"), ("Duodenum", "Dmax 53.1 Gy"), ("Stomach", "Dmax 49.7 Gy"),
                  ("Kidneys (combined)", "mean 9.6 Gy"), ("Liver", "mean 14.2 Gy"),
                  ("Spinal cord", "Dmax 33.0 Gy")],
        oars="duodenum, stomach, kidneys, liver and spinal cord",
        conds={2: "The PTV expansion is reduced to 3 mm along the medial border so that the immediately "
                  "adjacent second portion of the duodenum is protected."},
        fields=[("F1", "0"), ("F2", "40"), ("F3", "80"), ("F4", "120"), ("F5", "160"), ("F6", "200"),
                ("F7", "240"), ("F8", "280"), ("F9", "320")],
        energy="10 MV", chemo="concurrent capecitabine"),
    "pelvis": dict(
        dx="", region="pelvis (vaginal cuff and pelvic nodes)", plan="PELV_VMAT",
        targets=[("PTV_4500", 45.0, 25)],
        limits=[("Small bowel", "V45 Gy < 195 cc"), ("Rectum", "V40 Gy < 80%"), ("Bladder", "V45 Gy < 35%"),
                ("Femoral heads", "V30 Gy < 15%"), ("Pelvic bone marrow", "V10 Gy < 90%")],
        achieved=[("PTV_4500", "D95 98.8%"), ("Small bowel", "V45 Gy 121 cc"), ("Rectum", "V40 Gy 61.5%"),
                  ("Bladder", "V45 Gy 22.7%"), ("Femoral heads", "V30 Gy 4.3%"),
                  ("Pelvic bone marrow", "V10 Gy 83.9%")],
        oars="small bowel, rectum, bladder, femoral heads and pelvic bone marrow",
        conds={4: "The pelvic nodal and vaginal-cuff target is concave, curving around the small bowel and "
                  "bladder, which sit within the concavity.",
               1: "The vaginal-cuff target lies within 3 mm of the anterior rectal wall."},
        arcs=[("ARC1", "181.0", "179.0", "CW", "30"), ("ARC2", "179.0", "181.0", "CCW", "330")],
        energy="10 MV", chemo="none"),
    "npc": dict(
        dx="Nasopharyngeal carcinoma, non-keratinizing, EBV positive, T3 N1 M0 (C11.9)",
        region="nasopharynx and neck", plan="NPX_VMAT",
        targets=[("PTV_7000", 70.0, 33), ("PTV_5940", 59.4, 33)],
        limits=[("Brainstem", "Dmax < 54 Gy"), ("Optic chiasm", "Dmax < 54 Gy"),
                ("Spinal cord", "Dmax < 45 Gy"), ("Parotids", "mean < 26 Gy (at least one)"),
                ("Cochleae", "mean < 45 Gy")],
        achieved=[("PTV_7000", "D95 98.6%"), ("PTV_5940", "D95 99.2%"), ("Brainstem", "Dmax 51.9 Gy"),
                  ("Optic chiasm", "Dmax 50.2 Gy"), ("Spinal cord", "Dmax 39.7 Gy"),
                  ("Left parotid", "mean 24.8 Gy"), ("Cochleae", "mean 41.3 Gy")],
        oars="brainstem, optic chiasm, spinal cord, parotid glands and cochleae",
        conds={1: "The superior extent of the primary reaches the clivus and lies within 2 mm of the optic "
                  "chiasm.",
               4: "The nasopharyngeal target is concave and wraps around the brainstem, which lies within the "
                  "concavity."},
        arcs=[("ARC1", "181.0", "179.0", "CW", "20"), ("ARC2", "179.0", "181.0", "CCW", "340"),
              ("ARC3", "181.0", "179.0", "CW", "90")],
        energy="6 MV", chemo="concurrent cisplatin"),
}
