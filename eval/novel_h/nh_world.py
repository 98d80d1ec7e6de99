"""Invented clinics, staff, patients, site profiles and the 2026 calendar for eval/novel_h.

Everything here is fictional. MRNs start with 92.
"""
import datetime as dt
import hashlib
import random

HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 5, 25),
            dt.date(2026, 7, 3), dt.date(2026, 9, 7)}
DST_START = dt.date(2026, 3, 8)   # second Sunday of March 2026
DST_END = dt.date(2026, 11, 1)    # first Sunday of November 2026


def rng(*keys):
    h = hashlib.sha256("|".join(keys).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def biz(d, n):
    """n business days after date d (weekends and clinic holidays skipped)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def zone(clinic, d):
    summer = DST_START <= (d.date() if isinstance(d, dt.datetime) else d) < DST_END
    return clinic["zones"][1 if summer else 0]


CLINICS = {
    "shen": dict(
        name="Shenandoah Gap Radiation Oncology", city="Harrisonburg, VA", zones=("EST", "EDT"),
        md=("Hannelore", "Whitcombe-Dunn", "MD"), phys=("Thaddeus", "Okonjo-Breckin", "MS, DABR"),
        dosi=("Priya", "Sandoval-Meeks", "CMD"), rtt=("Colby", "Vandergriff", "RTT"),
        tps="Blue Ridge Planner 6.2 (invented)", qa="MatrixLine 2D diode array (invented)",
        linac="Linac B 'Massanutten'"),
    "kew": dict(
        name="Keweenaw Shore Cancer Center", city="Marquette, MI", zones=("EST", "EDT"),
        md=("Ingrid", "Paavola-Reyes", "MD"), phys=("Jarkko", "Heikkinen-Shaw", "PhD, DABR"),
        dosi=("Marlowe", "Tennant", "CMD"), rtt=("Sigrid", "Lahti-Ames", "RTT"),
        tps="Superior Plan 11 (invented)", qa="Ore Dock ArcDiode cylinder (invented)",
        linac="LINAC-2 (Presque Isle)"),
    "llano": dict(
        name="Llano Estacado Oncology Associates", city="Lubbock, TX", zones=("CST", "CDT"),
        md=("Rogelio", "Benavides-Trent", "MD"), phys=("Daphne", "Ochieng-Walsh", "MS, DABR"),
        dosi=("Reyna", "Castellanos", "CMD"), rtt=("Dusty", "Albright", "RTT"),
        tps="Caprock Dose 4 (invented)", qa="Mesquite EPID Check 3.1 (invented)",
        linac="TX-1 (Caprock)"),
    "chug": dict(
        name="Chugach Radiation Therapy", city="Anchorage, AK", zones=("AKST", "AKDT"),
        md=("Kestrel", "Rahimi-Lund", "MD"), phys=("Anders", "Mikkelsen-Pike", "PhD, DABR"),
        dosi=("Tova", "Nakagawa-Bright", "CMD"), rtt=("Jonah", "Attla", "RTT"),
        tps="Denali Plan 9 (invented)", qa="Turnagain 3D diode phantom (invented)",
        linac="Unit 1 (Knik)"),
    "delta": dict(
        name="Tallahatchie Delta Cancer Clinic", city="Greenville, MS", zones=("CST", "CDT"),
        md=("Beauregard", "Okafor-Lindqvist", "MD"), phys=("Celestine", "Marchbanks", "PhD, DABR"),
        dosi=("Wendell", "Fairchild", "CMD"), rtt=("Lavinia", "Pruitt", "RTT"),
        tps="Yazoo Inverse 3 (invented)", qa="ion chamber + EBT film per field",
        linac="Linac 1 (Sunflower)", mill="DeltaMill brass compensator service (invented)"),
    "sauk": dict(
        name="Sauk Prairie Radiation Oncology", city="Baraboo, WI", zones=("CST", "CDT"),
        md=("Marguerite", "Oyelowo-Brandt", "MD"), phys=("Lennart", "Sobieski", "MS, DABR"),
        dosi=("Haley", "Brunsvold", "CMD"), rtt=("Tomasz", "Wendling", "RTT"),
        tps="Devil's Lake Planning 2.4 (invented)", qa="Prairie ArcCube 4D (invented)",
        linac="Linac A (Baraboo)", mucalc="IndepCalc 5 (invented)"),
}


def full(p):
    return "%s %s, %s" % (p[0], p[1], p[2])


def short(p):
    return "%s. %s" % (p[0][0], p[1])


def initials(p):
    return (p[0][0] + "".join(w[0] for w in p[1].split("-"))).upper()


# Site profiles. targets: (structure, dose Gy, fractions); oars: (organ, limit text, achieved text);
# beams: ("arc", id, start, stop, dir, coll, couch) or ("static", id, gantry, coll, couch);
# cond: the LCD conditions the physician states, as sentences.
SITES = {
    "prostate": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3=7, cT2b N0 M0, PSA 11.2 ng/mL", icd="C61",
        site="Prostate and proximal seminal vesicles", energy="10 MV",
        targets=[("PTV_7800", 78.0, 39)],
        oars=[("Rectum", "V70Gy < 20%; V50Gy < 50%", "V70Gy 12.8%; V50Gy 31.5%"),
              ("Bladder", "V70Gy < 30%", "V70Gy 14.1%"),
              ("Femoral heads (L/R)", "Dmax < 45 Gy", "Dmax 36.2 / 35.8 Gy"),
              ("Penile bulb", "Dmean < 52.5 Gy", "Dmean 38.9 Gy")],
        oar_names="rectum, bladder, femoral heads and penile bulb",
        beams=[("arc", "ARC1", 181, 179, "CW", 30, 0), ("arc", "ARC2", 179, 181, "CCW", 330, 0)],
        cond={1: "The prostate lies directly against the anterior rectal wall, with less than 2 mm of "
                 "separation on the planning MRI fusion, and the bladder base rests on the superior gland."}),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, cT2 N1a M0", icd="C21.1",
        site="Anal canal, mesorectal, presacral, internal/external iliac and inguinal nodes", energy="6 MV",
        targets=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)],
        oars=[("Small bowel", "V30Gy < 200 cc", "V30Gy 142 cc"),
              ("Bladder", "V35Gy < 50%", "V35Gy 28%"),
              ("Femoral heads", "V30Gy < 50%", "V30Gy 22%"),
              ("External genitalia", "V20Gy < 50%", "V20Gy 31%")],
        oar_names="small bowel, bladder, femoral heads and external genitalia",
        beams=[("arc", "A1", 181, 179, "CW", 30, 0), ("arc", "A2", 179, 181, "CCW", 330, 0),
               ("arc", "A3", 181, 179, "CW", 90, 0)],
        cond={1: "Loops of small bowel lie within 5 mm of the superior edge of the pelvic nodal PTV.",
              4: "The inguinal and pelvic nodal target forms a horseshoe-shaped volume that curves around "
                 "the bladder and external genitalia, which lie inside its concavity."}),
    "lung": dict(
        dx="Non-small cell lung cancer (adenocarcinoma), left upper lobe, cT2b N2 M0", icd="C34.12",
        site="Left upper lobe primary and left paratracheal / subcarinal nodes", energy="6 MV",
        targets=[("PTV_6000", 60.0, 30)],
        oars=[("Spinal cord", "Dmax < 50 Gy", "Dmax 38.7 Gy"),
              ("Esophagus", "Dmean < 34 Gy", "Dmean 22.4 Gy"),
              ("Lungs - GTV", "V20Gy < 35%", "V20Gy 26.8%"),
              ("Heart", "V50Gy < 25%", "V50Gy 6.2%")],
        oar_names="spinal cord, esophagus, uninvolved lung and heart",
        beams=[("arc", "LUL_A1", 320, 170, "CW", 15, 0), ("arc", "LUL_A2", 170, 320, "CCW", 345, 0)],
        cond={1: "The subcarinal and left paratracheal nodal PTV lies within 4 mm of the esophagus and "
                 "within 9 mm of the spinal canal."}),
    "esoph": dict(
        dx="Adenocarcinoma of the distal esophagus, cT3 N1 M0", icd="C15.5",
        site="Distal esophagus and gastroesophageal junction with regional nodes", energy="6 MV",
        targets=[("PTV_5040", 50.4, 28)],
        oars=[("Heart", "Dmean < 26 Gy; V30Gy < 46%", "Dmean 19.8 Gy; V30Gy 24.1%"),
              ("Lungs", "V20Gy < 20%; Dmean < 18 Gy", "V20Gy 13.9%; Dmean 11.2 Gy"),
              ("Spinal cord", "Dmax < 45 Gy", "Dmax 36.0 Gy"),
              ("Liver", "Dmean < 25 Gy", "Dmean 9.4 Gy")],
        oar_names="heart, lungs, spinal cord and liver",
        beams=[("static", "F1", 0, 0, 0), ("static", "F2", 40, 0, 0), ("static", "F3", 150, 0, 0),
               ("static", "F4", 180, 0, 0), ("static", "F5", 210, 0, 0), ("static", "F6", 280, 0, 0),
               ("static", "F7", 320, 0, 0)],
        cond={1: "The tumor lies against the posterior wall of the left atrium, within 3 mm of the heart.",
              2: "The CTV-to-PTV expansion is held to 5 mm posteriorly so that the immediately adjacent "
                 "spinal canal and aorta are spared, which leaves only a narrow margin around the target."}),
    "oroph": dict(
        dx="Squamous cell carcinoma of the right tonsil, p16 positive, cT2 N1 M0", icd="C09.9",
        site="Right tonsil primary and bilateral neck levels II-IV", energy="6 MV",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
        oars=[("Spinal cord", "Dmax < 45 Gy", "Dmax 39.4 Gy"),
              ("Brainstem", "Dmax < 54 Gy", "Dmax 41.2 Gy"),
              ("Left parotid", "Dmean < 26 Gy", "Dmean 21.7 Gy"),
              ("Mandible", "Dmax < 70 Gy", "Dmax 68.9 Gy"),
              ("Larynx", "Dmean < 45 Gy", "Dmean 33.0 Gy")],
        oar_names="spinal cord, brainstem, left parotid gland, mandible and larynx",
        beams=[("arc", "HN1", 181, 179, "CW", 20, 0), ("arc", "HN2", 179, 181, "CCW", 340, 0)],
        cond={1: "The right retropharyngeal nodal PTV lies within 6 mm of the spinal cord.",
              4: "The bilateral nodal target is concave and wraps around the spinal cord and brainstem, "
                 "which lie inside its curve."}),
    "parotid": dict(
        dx="Mucoepidermoid carcinoma of the left parotid gland, intermediate grade, pT3 N0, "
           "status post total parotidectomy", icd="C07",
        site="Left parotid bed", energy="6 MV",
        targets=[("PTV_6000", 60.0, 30)],
        oars=[("Left cochlea", "Dmean < 35 Gy", "Dmean 31.4 Gy"),
              ("Brainstem", "Dmax < 54 Gy", "Dmax 38.1 Gy"),
              ("Spinal cord", "Dmax < 45 Gy", "Dmax 27.5 Gy"),
              ("Oral cavity", "Dmean < 30 Gy", "Dmean 14.6 Gy"),
              ("Right parotid", "Dmean < 20 Gy", "Dmean 2.3 Gy")],
        oar_names="left cochlea, brainstem, spinal cord, oral cavity and right parotid gland",
        beams=[("arc", "PAR_A1", 200, 20, "CCW", 10, 0), ("arc", "PAR_A2", 20, 200, "CW", 350, 0)],
        cond={1: "The deep-lobe portion of the parotid bed lies within 4 mm of the left cochlea and "
                 "the left temporal lobe.",
              2: "The PTV margin is limited to 3 mm medially so that the immediately adjacent oral cavity "
                 "and pharyngeal constrictors are protected."}),
    "gbm": dict(
        dx="Glioblastoma, IDH-wildtype, right temporal lobe, status post subtotal resection", icd="C71.2",
        site="Right temporal resection cavity and residual enhancing tumor", energy="6 MV",
        targets=[("PTV_6000", 60.0, 30)],
        oars=[("Brainstem", "Dmax < 55 Gy", "Dmax 53.1 Gy"),
              ("Optic chiasm", "Dmax < 54 Gy", "Dmax 47.9 Gy"),
              ("Optic nerves (L/R)", "Dmax < 54 Gy", "Dmax 22.8 / 44.0 Gy"),
              ("Right cochlea", "Dmean < 35 Gy", "Dmean 29.6 Gy"),
              ("Lenses", "Dmax < 7 Gy", "Dmax 3.9 / 5.1 Gy")],
        oar_names="brainstem, optic chiasm, optic nerves, right cochlea and lenses",
        beams=[("arc", "BR_A1", 181, 179, "CW", 30, 0), ("arc", "BR_A2", 10, 170, "CW", 330, 270)],
        cond={1: "The medial edge of the PTV lies within 3 mm of the brainstem and 5 mm of the optic chiasm."}),
    "pancreas": dict(
        dx="Adenocarcinoma of the pancreatic head, borderline resectable, after neoadjuvant chemotherapy",
        icd="C25.0", site="Pancreatic head and peripancreatic vessels", energy="10 MV",
        targets=[("PTV_5040", 50.4, 28)],
        oars=[("Duodenum", "Dmax < 55 Gy; V45Gy < 15 cc", "Dmax 52.6 Gy; V45Gy 9.8 cc"),
              ("Stomach", "Dmax < 54 Gy", "Dmax 49.7 Gy"),
              ("Kidneys (combined)", "Dmean < 15 Gy", "Dmean 8.1 Gy"),
              ("Liver", "Dmean < 28 Gy", "Dmean 11.9 Gy"),
              ("Spinal cord", "Dmax < 45 Gy", "Dmax 30.2 Gy")],
        oar_names="duodenum, stomach, kidneys, liver and spinal cord",
        beams=[("static", "G%03d" % g, g, 0, 0) for g in (0, 40, 80, 120, 160, 200, 240, 280, 320)],
        cond={1: "The second portion of the duodenum is in direct contact with the pancreatic head target, "
                 "and the gastric antrum lies within 4 mm of the PTV."}),
    "bot": dict(
        dx="Squamous cell carcinoma of the base of tongue, p16 positive, cT3 N2 M0", icd="C01",
        site="Base of tongue primary and bilateral neck levels II-IV", energy="6 MV",
        targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
        oars=[("Spinal cord", "Dmax < 45 Gy", "Dmax 40.1 Gy"),
              ("Brainstem", "Dmax < 54 Gy", "Dmax 37.8 Gy"),
              ("Parotids (each)", "Dmean < 26 Gy", "Dmean 24.3 / 25.1 Gy"),
              ("Mandible", "Dmax < 70 Gy", "Dmax 69.2 Gy"),
              ("Larynx", "Dmean < 45 Gy", "Dmean 40.6 Gy")],
        oar_names="spinal cord, brainstem, both parotid glands, mandible and larynx",
        beams=[("static", "C%d" % (i + 1), g, 0, 0) for i, g in enumerate((180, 230, 280, 330, 30, 80, 130))],
        cond={1: "The primary extends to within 5 mm of the larynx, and the retropharyngeal nodes lie "
                 "within 6 mm of the spinal cord.",
              4: "The nodal target is a concave volume that curves around the spinal cord, which sits "
                 "inside the concavity."}),
    "prostate_esc": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+4=8, cT2c N0 M0, PSA 14.6 ng/mL", icd="C61",
        site="Prostate and seminal vesicles", energy="15 MV",
        targets=[("PTV_7920", 79.2, 44)],
        oars=[("Rectum", "V75Gy < 15%; V70Gy < 25%", "V75Gy 8.9%; V70Gy 16.0%"),
              ("Bladder", "V75Gy < 25%", "V75Gy 11.2%"),
              ("Femoral heads", "Dmax < 50 Gy", "Dmax 41.3 / 40.8 Gy"),
              ("Penile bulb", "Dmean < 52.5 Gy", "Dmean 41.0 Gy")],
        oar_names="rectum, bladder, femoral heads and penile bulb",
        beams=[("static", "P%d" % (i + 1), g, 0, 0) for i, g in enumerate((0, 70, 140, 220, 290))],
        cond={5: "The prescription escalates the prostate dose to 79.2 Gy in 44 fractions, above the 70 Gy "
                 "commonly delivered for this tumor with conventional technique.",
              1: "The anterior rectal wall lies within 2 mm of the prostate PTV."}),
    "cervix": dict(
        dx="Squamous cell carcinoma of the uterine cervix, FIGO 2018 stage IIIC1, left external iliac node",
        icd="C53.9", site="Cervix, uterus, parametria, upper vagina and pelvic nodes", energy="10 MV",
        targets=[("PTV_4500", 45.0, 25), ("PTV_5500_LN", 55.0, 25)],
        oars=[("Bowel bag", "V45Gy < 195 cc", "V45Gy 131 cc"),
              ("Bladder", "V45Gy < 50%", "V45Gy 38%"),
              ("Rectum", "V40Gy < 80%", "V40Gy 61%"),
              ("Femoral heads", "V30Gy < 15%", "V30Gy 6%"),
              ("Pelvic bone marrow", "V20Gy < 75%", "V20Gy 68%")],
        oar_names="small bowel, bladder, rectum, femoral heads and pelvic bone marrow",
        beams=[("arc", "CX_A1", 181, 179, "CW", 30, 0), ("arc", "CX_A2", 179, 181, "CCW", 330, 0)],
        cond={4: "The combined uterine and pelvic nodal target is a concave volume whose curve encloses "
                 "loops of small bowel and the bladder dome.",
              1: "The rectum lies directly against the posterior cervix and upper vagina."}),
    "rectum3d": dict(
        dx="Adenocarcinoma of the mid rectum, cT3 N1 M0", icd="C20",
        site="Rectum, mesorectum and internal iliac / presacral nodes", energy="18 MV",
        targets=[("PTV_5040", 50.4, 28)],
        oars=[("Small bowel", "V45Gy < 195 cc", "V45Gy 118 cc"),
              ("Bladder", "V50Gy < 50%", "V50Gy 22%"),
              ("Femoral heads", "V45Gy < 25%", "V45Gy 9%")],
        oar_names="small bowel, bladder and femoral heads",
        beams=[("static", "PA", 180, 0, 0), ("static", "RLAT", 270, 0, 0), ("static", "LLAT", 90, 0, 0)],
        cond={}),
}
