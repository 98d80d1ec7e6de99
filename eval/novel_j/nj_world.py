"""novel_j world: networks, staff, site profiles, 2026 calendar and time zones. Everything is invented."""
import datetime as dt

D = dt.date

# ---------------------------------------------------------------- calendar / zones
DST_START, DST_END = D(2026, 3, 8), D(2026, 11, 1)
ZONES = {"P": ("PST", "PDT", -8), "M": ("MST", "MDT", -7), "C": ("CST", "CDT", -6), "E": ("EST", "EDT", -5)}
HOLIDAYS = {D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 16), D(2026, 5, 25), D(2026, 6, 19), D(2026, 7, 3),
            D(2026, 9, 7), D(2026, 10, 12)}


def bday(start, n):
    d, k = start, 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            k += 1
    return d


def zone(z, day):
    std, dst, off = ZONES[z]
    if DST_START <= day < DST_END:
        return dst, off + 1
    return std, off


class Stamp:
    """a local date-time in a network's zone, with the formats the documents use"""

    def __init__(self, z, day, hhmm):
        self.z, self.day, self.h, self.m = z, day, hhmm // 100, hhmm % 100
        self.abbr, self.off = zone(z, day)

    def iso_off(self, secs=False):
        return "%sT%02d:%02d%s%+03d:00" % (self.day.isoformat(), self.h, self.m, ":00" if secs else "", self.off)

    def iso_sp(self):
        return "%s %02d:%02d %s" % (self.day.isoformat(), self.h, self.m, self.abbr)

    def us(self):
        return "%s %02d:%02d %s" % (self.day.strftime("%m/%d/%Y"), self.h, self.m, self.abbr)

    def at(self):
        return "%s @ %02d:%02d %s" % (self.day.strftime("%b %d, %Y"), self.h, self.m, self.abbr)

    def dmy(self):
        return "%d %s %d %02d:%02d %s" % (self.day.day, self.day.strftime("%B"), self.day.year, self.h, self.m,
                                          self.abbr)


# ---------------------------------------------------------------- networks and staff
NETWORKS = {
    "cascade": dict(
        name="Cascade Ridge Cancer Network", short="CRCN", z="P",
        hub=("CRCN-BND", "Bend OR hub"), sat=("CRCN-PRV", "Prineville satellite"),
        ehr="Juniper Link EHR (invented)", tps="StratusPlan Cloud (invented)", qa="HexaPlane 4D (invented)",
        md="Ilse Marchetti-Okoro, MD", md_short="I. Marchetti-Okoro, MD",
        phys="Tobias Lindqvist-Adeyemi, MS, DABR", dosi="Priya Holmgren-Sato, CMD", rtt="Wade Castellano, RT(T)"),
    "flint": dict(
        name="Flint Hills Oncology Network", short="FHON", z="C",
        hub=("FHN-01", "Emporia KS hub"), sat=("FHN-03", "Council Grove satellite"),
        ehr="Bluestem Chart (invented)", tps="NimbusPlan Cloud (invented)", qa="Tallgrass OctaArray (invented)",
        ticket="PrairieDesk (invented)",
        md="Callum Ferreira-Baptiste, MD", phys="Renata Oyelaran-Voss, PhD, DABR",
        dosi="Mireille Kaczmarek-Doyle, CMD", rtt="Bo Lindgren-Watts, RT(T)"),
    "trilakes": dict(
        name="Tri-Lakes Oncology Partners", short="TLO", z="E",
        hub=("TLO-AVL", "Asheville hub"), sat=("TLO-SYL", "Sylva satellite"),
        ehr="Laurel Notes (invented)", tps="Altocumulus Planning Cloud (invented)", qa="Kestrel ArcArray (invented)",
        md="Marguerite Anand-Kowalski, MD", md2="Desmond Achterberg, MD",
        phys="Yusuf Brandvold, MS, DABR", dosi="Celestine Ogundipe-Ray, CMD", rtt="Hollis Yarborough, RT(T)"),
    "sangre": dict(
        name="Sangre de Cristo Cancer Alliance", short="SDCCA", z="M",
        hub=("SDC-SAF", "Santa Fe hub"), sat=("SDC-TAO", "Taos satellite"),
        ehr="Pinon Health Record (invented)", tps="Meridian Cloud RTP (invented)", qa="Rio Grande EPID Dose (invented)",
        md="Esperanza Villalobos-Marsh, MD", np="Rosalind Tsosie-Park, MSN, FNP-C",
        phys="Anselm Quintana-Hale, PhD, DABR", dosi="Juniper Abeyta-Lund, CMD", rtt="Marcos Trujillo-Benally, RT(T)"),
}

# ---------------------------------------------------------------- site profiles
# targets: (structure, total Gy, fractions); oars: (organ, limit); achieved: (organ, value)
# beams: ("arc", [(id, MV, start, stop, dir, couch)]) or ("static", [(id, MV, gantry, couch)]) or ("3d", ...)
SITES = {
    "prostate": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3, cT2b, PSA 11.4, unfavorable intermediate risk",
        icd="C61", targets=[("PTV_7000", 70.0, 28), ("PTV_5600", 56.0, 28)],
        oars=[("Rectum", "V65Gy < 17%"), ("Rectum", "V50Gy < 35%"), ("Bladder", "V65Gy < 25%"),
              ("Femoral heads", "Dmax < 45 Gy"), ("Penile bulb", "Dmean < 50 Gy")],
        achieved=[("PTV_7000", "D95 100.3%"), ("Rectum", "V65Gy 8.9%"), ("Bladder", "V65Gy 11.6%"),
                  ("Femoral heads", "Dmax 33.8 Gy"), ("Penile bulb", "Dmean 29.4 Gy")],
        organs="the rectum, bladder, femoral heads and penile bulb",
        conds={1: "The prostate lies within 2 mm of the anterior rectal wall on the planning MRI fusion, with the "
                  "bladder base directly against its superior surface."},
        beams=("arc", [("ARC1", 10, 181, 179, "CW", 0), ("ARC2", 10, 179, 181, "CCW", 0)]),
        plan="PROS_VMAT", machine="linac SN-2 (satellite)"),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the right tonsil, p16 positive, cT2 N1 M0", icd="C09.9",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
        oars=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Left parotid", "Dmean < 26 Gy"),
              ("Mandible", "Dmax < 70 Gy"), ("Larynx", "Dmean < 44 Gy")],
        achieved=[("PTV_7000", "D95 99.6%"), ("Spinal cord", "Dmax 38.2 Gy"), ("Brainstem", "Dmax 41.0 Gy"),
                  ("Left parotid", "Dmean 21.7 Gy"), ("Larynx", "Dmean 36.5 Gy")],
        organs="the spinal cord, brainstem, contralateral parotid, mandible and larynx",
        conds={1: "The primary tumor lies within 3 mm of the mandible and the nodal target comes within 6 mm of "
                  "the spinal cord.",
               4: "The bilateral nodal volume is concave, wrapping around the spinal cord and brainstem, which sit "
                  "inside the concavity."},
        beams=("arc", [("ARC1", 6, 181, 179, "CW", 0), ("ARC2", 6, 179, 181, "CCW", 0),
                       ("ARC3", 6, 200, 160, "CW", 0)]),
        plan="OPX_VMAT", machine="linac SN-2 (satellite)"),
    "lung": dict(
        dx="Non-small cell lung cancer, right upper lobe, squamous, stage IIIA (cT2b N2)", icd="C34.11",
        targets=[("PTV_6000", 60.0, 30)],
        oars=[("Spinal cord", "Dmax < 50 Gy"), ("Total lung", "V20Gy < 35%"), ("Heart", "Dmean < 20 Gy"),
              ("Esophagus", "Dmean < 34 Gy")],
        achieved=[("PTV_6000", "D95 98.9%"), ("Spinal cord", "Dmax 41.6 Gy"), ("Total lung", "V20Gy 27.4%"),
                  ("Heart", "Dmean 8.2 Gy"), ("Esophagus", "Dmean 24.9 Gy")],
        organs="the spinal cord, esophagus, heart and uninvolved lung",
        conds={1: "The paratracheal nodal target abuts the esophagus and lies within 5 mm of the spinal canal."},
        beams=("static", [("F1", 6, 180, 0), ("F2", 6, 210, 0), ("F3", 6, 240, 0), ("F4", 6, 300, 0),
                          ("F5", 6, 330, 0), ("F6", 6, 0, 0), ("F7", 6, 150, 0)]),
        plan="RUL_IMRT", machine="linac SN-2 (satellite)"),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, cT2 N1a M0", icd="C21.1",
        targets=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)],
        oars=[("Small bowel", "V45Gy < 195 cc"), ("Bladder", "V40Gy < 35%"), ("Femoral heads", "V44Gy < 5%"),
              ("External genitalia", "V30Gy < 20%"), ("Iliac crests", "V30Gy < 50%")],
        achieved=[("PTV_5400", "D95 99.1%"), ("Small bowel", "V45Gy 112 cc"), ("Bladder", "V40Gy 22%"),
                  ("Femoral heads", "V44Gy 1.2%"), ("External genitalia", "V30Gy 14%")],
        organs="the small bowel, bladder, femoral heads, external genitalia and iliac crest marrow",
        conds={4: "The pelvic and inguinal nodal volume forms a concave target that wraps around the small bowel "
                  "and bladder, which lie within the concavity.",
               1: "The inguinal nodal target lies within 4 mm of the femoral heads."},
        beams=("arc", [("ARC1", 10, 181, 179, "CW", 0), ("ARC2", 10, 179, 181, "CCW", 0)]),
        plan="ANAL_VMAT", machine="linac FH-3 (satellite)"),
    "esophagus": dict(
        dx="Adenocarcinoma of the distal esophagus, cT3 N1 M0, concurrent carboplatin/paclitaxel", icd="C15.5",
        targets=[("PTV_5040", 50.4, 28)],
        oars=[("Heart", "V30Gy < 45%"), ("Total lung", "V20Gy < 25%"), ("Spinal cord", "Dmax < 45 Gy"),
              ("Liver", "Dmean < 25 Gy")],
        achieved=[("PTV_5040", "D95 99.4%"), ("Heart", "V30Gy 24%"), ("Total lung", "V20Gy 13%"),
                  ("Spinal cord", "Dmax 36.1 Gy"), ("Liver", "Dmean 11.8 Gy")],
        organs="the heart, lungs, spinal cord and liver",
        conds={1: "The distal esophageal tumor lies within 3 mm of the left atrium and posterior heart wall."},
        beams=("arc", [("ARC1", 6, 181, 179, "CW", 0), ("ARC2", 6, 179, 181, "CCW", 0)]),
        plan="ESO_VMAT", machine="linac FH-3 (satellite)"),
    "rbreast3d": dict(
        dx="Invasive ductal carcinoma of the right breast, pT1c N0, ER/PR positive, after lumpectomy", icd="C50.411",
        targets=[("Right breast (PTV_Breast)", 42.56, 16)],
        oars=[("Right lung", "V20Gy < 15%"), ("Heart", "Dmean < 2 Gy")],
        achieved=[], organs="the right lung", conds={},
        beams=("3d", [("MED_TAN", 6, 52, 0, "wedge-free, 3 field-in-field segments"),
                      ("LAT_TAN", 6, 232, 0, "wedge-free, 3 field-in-field segments")]),
        plan="RBR_3D", machine="linac FH-3 (satellite)"),
    "gbm": dict(
        dx="Glioblastoma, IDH wild-type, MGMT unmethylated, left temporal lobe, after subtotal resection",
        icd="C71.2", targets=[("PTV_6000", 60.0, 30), ("PTV_4600", 46.0, 23)],
        oars=[("Brainstem", "Dmax < 55 Gy"), ("Optic chiasm", "Dmax < 54 Gy"), ("Left optic nerve", "Dmax < 54 Gy"),
              ("Left cochlea", "Dmean < 45 Gy"), ("Hippocampus (right)", "D40% < 7.3 Gy")],
        achieved=[("PTV_6000", "D95 99.0%"), ("Brainstem", "Dmax 53.2 Gy"), ("Optic chiasm", "Dmax 47.9 Gy"),
                  ("Left optic nerve", "Dmax 40.3 Gy"), ("Left cochlea", "Dmean 33.1 Gy")],
        organs="the brainstem, optic chiasm, left optic nerve, left cochlea and right hippocampus",
        conds={1: "The enhancing target margin lies within 4 mm of the optic chiasm and abuts the left lateral "
                  "brainstem."},
        beams=("arc", [("ARC1", 6, 181, 179, "CW", 0), ("ARC2", 6, 179, 181, "CCW", 0),
                       ("ARC3", 6, 330, 30, "CW", 90)]),
        plan="BRAIN_VMAT", machine="linac TL-2 (satellite)"),
    "prosbed": dict(
        dx="Adenocarcinoma of the prostate, pT3a N0, rising PSA 0.38 after prostatectomy (salvage)", icd="C61",
        targets=[("PTV_6600", 66.0, 33)],
        oars=[("Rectum", "V65Gy < 25%"), ("Rectum", "V40Gy < 60%"), ("Bladder", "V65Gy < 50%"),
              ("Femoral heads", "Dmax < 45 Gy")],
        achieved=[("PTV_6600", "D95 99.3%"), ("Rectum", "V65Gy 14.2%"), ("Rectum", "V40Gy 41.0%"),
                  ("Bladder", "V65Gy 27.5%"), ("Femoral heads", "Dmax 35.7 Gy")],
        organs="the rectum, bladder and femoral heads",
        conds={1: "The prostate-bed target lies directly against the anterior rectal wall.",
               2: "The posterior margin is held at 4 mm so that the immediately adjacent rectal wall is spared; "
                  "the bed must be covered with that narrow margin."},
        beams=("arc", [("ARC1", 10, 181, 179, "CW", 0), ("ARC2", 10, 179, 181, "CCW", 0)]),
        plan="PBED_VMAT", machine="linac TL-2 (satellite)"),
    "spine": dict(
        dx="Metastatic renal cell carcinoma to T9-T10 with pain, prior radiation to T5-T8 (March 2024)",
        icd="C79.51", targets=[("PTV_3000", 30.0, 10)],
        oars=[("Spinal cord (this course)", "Dmax < 18 Gy"), ("Spinal cord PRV", "Dmax < 20 Gy"),
              ("Esophagus", "Dmax < 30 Gy"), ("Kidneys", "Dmean < 10 Gy")],
        achieved=[("PTV_3000", "D95 97.8%"), ("Spinal cord (this course)", "Dmax 16.4 Gy"),
                  ("Esophagus", "Dmax 24.9 Gy"), ("Kidneys", "Dmean 4.1 Gy")],
        organs="the spinal cord, esophagus and kidneys",
        conds={3: "T5-T8 was treated in March 2024 to 20 Gy in 5 fractions; the new T9-T10 target abuts the inferior "
                  "border of that field, so the abutting portals must be matched with high precision.",
               1: "The vertebral body target lies within 2 mm of the spinal cord."},
        beams=("arc", [("ARC1", 6, 181, 179, "CW", 0), ("ARC2", 6, 179, 181, "CCW", 0)]),
        plan="T9T10_VMAT", machine="linac TL-2 (satellite)"),
    "cervix": dict(
        dx="Squamous cell carcinoma of the cervix, FIGO IIB, concurrent weekly cisplatin, brachytherapy to follow",
        icd="C53.9", targets=[("PTV_4500", 45.0, 25)],
        oars=[("Bowel bag", "V45Gy < 195 cc"), ("Bladder", "V45Gy < 50%"), ("Rectum", "V40Gy < 80%"),
              ("Femoral heads", "Dmax < 50 Gy"), ("Pelvic bone marrow", "V10Gy < 90%")],
        achieved=[("PTV_4500", "D95 99.2%"), ("Bowel bag", "V45Gy 138 cc"), ("Bladder", "V45Gy 41%"),
                  ("Rectum", "V40Gy 66%"), ("Femoral heads", "Dmax 41.2 Gy")],
        organs="the small bowel, bladder, rectum, femoral heads and pelvic bone marrow",
        conds={4: "The pelvic nodal target is concave around the small bowel and bladder, which lie inside its "
                  "concavity."},
        beams=("arc", [("ARC1", 10, 181, 179, "CW", 0), ("ARC2", 10, 179, 181, "CCW", 0)]),
        plan="CX_VMAT", machine="linac ST-1 (satellite)"),
    "lbreast": dict(
        dx="Invasive ductal carcinoma of the left breast, pT2 N1a, after mastectomy; chest wall and regional nodes",
        icd="C50.912", targets=[("PTV_ChestWall", 50.0, 25), ("PTV_Nodes", 50.0, 25)],
        oars=[("Heart", "Dmean < 4 Gy"), ("LAD", "Dmax < 20 Gy"), ("Left lung", "V20Gy < 30%"),
              ("Brachial plexus", "Dmax < 54 Gy")],
        achieved=[("PTV_ChestWall", "D95 98.7%"), ("Heart", "Dmean 3.1 Gy"), ("LAD", "Dmax 16.8 Gy"),
                  ("Left lung", "V20Gy 24%")],
        organs="the heart, left anterior descending artery, left lung and brachial plexus",
        conds={1: "The chest-wall target lies within 3 mm of the heart and the left anterior descending artery."},
        beams=("static", [("F1", 6, 300, 0), ("F2", 6, 315, 0), ("F3", 6, 345, 0), ("F4", 6, 120, 0),
                          ("F5", 6, 135, 0), ("F6", 6, 150, 0)]),
        plan="LCW_IMRT", machine="linac ST-1 (satellite)"),
    "pancreas": dict(
        dx="Adenocarcinoma of the pancreatic head, borderline resectable, after neoadjuvant FOLFIRINOX",
        icd="C25.0", targets=[("PTV_5040", 50.4, 28)],
        oars=[("Duodenum", "Dmax < 54 Gy"), ("Stomach", "Dmax < 54 Gy"), ("Kidneys", "Dmean < 18 Gy"),
              ("Liver", "Dmean < 28 Gy"), ("Spinal cord", "Dmax < 45 Gy")],
        achieved=[("PTV_5040", "D95 98.8%"), ("Duodenum", "Dmax 52.7 Gy"), ("Stomach", "Dmax 49.0 Gy"),
                  ("Kidneys", "Dmean 9.3 Gy"), ("Liver", "Dmean 12.4 Gy")],
        organs="the duodenum, stomach, kidneys, liver and spinal cord",
        conds={1: "The pancreatic head tumor abuts the second part of the duodenum with no intervening fat and "
                  "lies within 5 mm of the stomach."},
        beams=("arc", [("ARC1", 10, 181, 179, "CW", 0), ("ARC2", 10, 179, 181, "CCW", 0)]),
        plan="PANC_VMAT", machine="linac ST-1 (satellite)"),
}


def rx_words(t):
    name, total, fx = t
    return "%s %.2f Gy in %d fractions (%.2f Gy per fraction)" % (name, total, fx, total / fx)
