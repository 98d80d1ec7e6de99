"""Clinics, staff, site profiles, calendar and date formats for eval/novel_e (all invented)."""
import datetime as dt
import hashlib
import random

D = dt.date


def rng(*keys):
    h = hashlib.sha256("|".join(str(k) for k in keys).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


HOLIDAYS = {D(2025, 1, 1), D(2025, 1, 20), D(2025, 2, 17), D(2025, 5, 26), D(2025, 6, 19), D(2025, 7, 4),
            D(2025, 9, 1), D(2025, 11, 27), D(2025, 12, 25)}


def _off(d):
    return d.weekday() >= 5 or d in HOLIDAYS


def wd(d, n=0):
    """n working days after d (n=0: d itself, moved forward to a working day)."""
    while _off(d):
        d += dt.timedelta(days=1)
    for _ in range(n):
        d += dt.timedelta(days=1)
        while _off(d):
            d += dt.timedelta(days=1)
    return d


def fractions(first, n):
    out, d = [], first
    for _ in range(n):
        out.append(d)
        d = wd(d, 1)
    return out


def zone(d, region):
    dst = D(2025, 3, 9) <= d < D(2025, 11, 2)
    return {"E": ("EDT" if dst else "EST"), "C": ("CDT" if dst else "CST")}[region]


# --------------------------------------------------------------------------------------- clinics
CLINICS = {
    "aldric": dict(
        name="St. Aldric Medical Center", city="Toledo, OH", region="E",
        dept="Department of Radiation Oncology",
        ehr="Corvalis EHR (invented)", tps="Altair Plan (invented)", qa="Sirius 2D diode array (invented)",
        md=("Harriet", "Vandermeer", "MD"), phys=("Tobias", "Keane", "MS, DABR"),
        dosi=("Lucinda", "Petrakis", "CMD"), him=("Marisol", "Finch-Adebayo", "RHIT"),
        style="roi-packet"),
    "prairie": dict(
        name="Prairie Hollow Regional Health", city="Springfield, MO", region="C",
        dept="Cancer Center - Radiation Oncology",
        ehr="Harrow Chart Viewer (invented)", tps="Foxglove TPS (invented)", qa="Quadrant EPID dosimetry (invented)",
        md=("Rosalind", "Achterberg", "MD"), phys=("Gideon", "Strand", "PhD, DABR"),
        dosi=("Maren", "Tollefsen", "CMD"), him=("Kendra", "Bollinger", "RHIA"),
        style="viewer-print"),
    "merrimack": dict(
        name="Merrimack Valley Cancer Center", city="Lowell, MA", region="E",
        dept="Radiation Oncology",
        ehr="Ledgerline HIM (invented)", tps="Kittiwake Plan (invented)", qa="Halyard ArcScan cylindrical array (invented)",
        md=("Claire", "Duchesne", "MD", "M"), phys=("Wendell", "Osei-Bonsu", "PhD, DABR"),
        dosi=("Raymond", "Gaudette", "CMD"), him=("Renee", "Goulet", "RHIT"),
        resident=("Temperance", "Oyelowo", "MD", "A"),
        style="him-extract"),
    "penobscot": dict(
        name="Penobscot Bay Regional Hospital", city="Rockland, ME", region="E",
        dept="Harbor Cancer Care - Radiation Oncology",
        ehr="Tidemark HIS (invented)", tps="Seaward Planning System (invented)", qa="Fathom 3D diode array (invented)",
        md=("Imogen", "Thackeray-Wells", "MD"), phys=("Casimir", "Nowak", "PhD, DABR"),
        dosi=("Ada", "Pelletier", "CMD"), him=("Morgan", "Larrabee", "RHIT"),
        style="legal-copy"),
}


def full(p):
    return "%s %s, %s" % (p[0], p[1], p[2])


# ------------------------------------------------------------------------------------ date formats
def fmt_date(clinic, d):
    if clinic == "aldric":
        return d.strftime("%m/%d/%Y")
    if clinic == "prairie":
        return d.strftime("%m/%d/%Y")
    if clinic == "merrimack":
        return d.isoformat()
    return d.strftime("%d-%b-%Y")


def fmt_dt(clinic, d, hm):
    z = zone(d, CLINICS[clinic]["region"])
    h, m = hm
    if clinic == "aldric":
        return "%s %02d:%02d %s" % (d.strftime("%m/%d/%Y"), h, m, z)
    if clinic == "prairie":
        ap = "AM" if h < 12 else "PM"
        return "%s %d, %d %d:%02d %s %s" % (d.strftime("%b"), d.day, d.year, (h - 1) % 12 + 1, m, ap, z)
    if clinic == "merrimack":
        return "%s %02d:%02d %s" % (d.isoformat(), h, m, z)
    return "%s %02d:%02d %s" % (d.strftime("%d-%b-%Y"), h, m, z)


def dob_fmt(clinic, d):
    if clinic == "merrimack":
        return d.isoformat()
    if clinic == "penobscot":
        return d.strftime("%d-%b-%Y")
    return d.strftime("%m/%d/%Y")


# ------------------------------------------------------------------------------------------- sites
def arc(bid, mv, g0, g1, rot, coll, couch=0):
    return dict(id=bid, kind="arc", mv=mv, g0=g0, g1=g1, rot=rot, coll=coll, couch=couch)


def fld(bid, mv, g, coll=0, couch=0, segs=9, label=None):
    d = dict(id=bid, kind="static", mv=mv, g=g, coll=coll, couch=couch, segs=segs)
    if label:
        d["label"] = label
    return d


SITES = {
    "prostate": dict(
        dx="Adenocarcinoma of the prostate, cT2c N0 M0, Gleason 4+3 = 7, PSA 11.2 ng/mL (unfavorable intermediate risk)",
        icd="C61", sim="supine, knee and foot immobilization, comfortably full bladder, empty rectum; three fiducial markers",
        imaging="planning CT fused with the diagnostic prostate MRI",
        plans=[dict(pid="PROS_VMAT", targets=[("PTV_7000", 70.0, 28)], nfx=28,
                    beams=[arc("ARC1", 10, 181, 179, "CW", 30), arc("ARC2", 10, 179, 181, "CCW", 330)],
                    tach=["PTV_7000 D95% = 100.4%", "V100% = 95.6%", "Dmax = 106.1%"])],
        cons=[("Rectum", "V65Gy < 17%"), ("Rectum", "V50Gy < 35%"), ("Bladder", "V65Gy < 25%"),
              ("Femoral heads", "Dmax < 45 Gy"), ("Penile bulb", "Dmean < 50 Gy")],
        oach=[("Rectum", "V65Gy 11.8%, V50Gy 24.1%"), ("Bladder", "V65Gy 13.6%"),
              ("Femoral heads", "Dmax 31.2 Gy (L), 30.4 Gy (R)"), ("Penile bulb", "Dmean 27.9 Gy")],
        oars=["rectum", "bladder", "femoral heads", "penile bulb"],
        cond={1: "The prostate and proximal seminal vesicles lie within 2 mm of the anterior rectal wall on the "
                 "planning CT, and the bladder base rests on the superior gland."},
        isodose="107%, 100%, 95%, 80% and 50%"),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the left base of tongue, p16 positive, cT2 N1 M0",
        icd="C01", sim="supine, five-point thermoplastic head, neck and shoulder mask, mouth bite block",
        imaging="contrast planning CT fused with the staging PET/CT",
        plans=[dict(pid="BOT_VMAT", targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)], nfx=35,
                    beams=[arc("ARC1", 6, 181, 179, "CW", 20), arc("ARC2", 6, 179, 181, "CCW", 340)],
                    tach=["PTV_7000 D95% = 99.6%", "PTV_5600 D95% = 100.8%", "Dmax = 107.4%"])],
        cons=[("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"),
              ("Right parotid", "Dmean < 26 Gy"), ("Mandible", "Dmax < 70 Gy"),
              ("Oral cavity (non-target)", "Dmean < 40 Gy"), ("Larynx", "Dmean < 45 Gy")],
        oach=[("Spinal cord", "Dmax 38.7 Gy"), ("Brainstem", "Dmax 31.5 Gy"), ("Right parotid", "Dmean 22.4 Gy"),
              ("Mandible", "Dmax 68.9 Gy"), ("Oral cavity (non-target)", "Dmean 34.2 Gy"), ("Larynx", "Dmean 38.6 Gy")],
        oars=["spinal cord", "brainstem", "right parotid gland", "mandible", "oral cavity", "larynx"],
        cond={4: "The bilateral nodal target is concave: it wraps around the spinal cord and brainstem, which sit "
                 "inside the concavity of the horseshoe-shaped volume.",
              1: "The primary lies within 4 mm of the mandible and the uninvolved right parotid gland."},
        isodose="105%, 100%, 95% (of 70 Gy), 56 Gy and 45 Gy"),
    "breast3d": dict(
        dx="Invasive ductal carcinoma of the right breast, pT1b N0 (sn) M0, ER/PR positive, HER2 negative, after "
           "lumpectomy with negative margins",
        icd="C50.411", sim="supine on a breast board, both arms above the head, wire on the lumpectomy scar",
        imaging="planning CT",
        plans=[dict(pid="R_BREAST_3D", targets=[("PTV_EVAL (right breast)", 42.56, 16)], nfx=16,
                    beams=[fld("MED_TAN", 6, 52, coll=8, segs=3, label="3D tangent, field-in-field"),
                           fld("LAT_TAN", 6, 232, coll=352, segs=3, label="3D tangent, field-in-field")], three_d=True,
                    tach=["PTV_EVAL V95% = 93.8%", "Dmax = 106.9%"])],
        cons=[("Ipsilateral lung", "V20Gy < 15%"), ("Heart", "Dmean < 2 Gy"), ("Contralateral breast", "Dmax < 3 Gy")],
        oach=[("Ipsilateral lung", "V20Gy 9.7%"), ("Heart", "Dmean 0.6 Gy"), ("Contralateral breast", "Dmax 1.4 Gy")],
        oars=["right lung", "heart", "left breast"], cond={}, isodose="105%, 100%, 95% and 50%"),
    "gbm": dict(
        dx="Glioblastoma, IDH-wildtype, MGMT unmethylated, right temporal lobe, after gross total resection",
        icd="C71.2", sim="supine, thermoplastic head mask", imaging="planning CT fused with the postoperative MRI (T1 post-contrast and FLAIR)",
        plans=[dict(pid="BRAIN_VMAT", targets=[("PTV_6000", 60.0, 30)], nfx=30,
                    beams=[arc("ARC1", 6, 181, 179, "CW", 10), arc("ARC2", 6, 179, 181, "CCW", 350),
                           arc("ARC3", 6, 0, 179, "CW", 90, couch=270)],
                    tach=["PTV_6000 D95% = 99.1%", "V95% = 98.7%", "Dmax = 105.3%"])],
        cons=[("Brainstem", "Dmax < 54 Gy"), ("Optic chiasm", "Dmax < 54 Gy"), ("Optic nerves", "Dmax < 54 Gy"),
              ("Right cochlea", "Dmean < 45 Gy"), ("Lenses", "Dmax < 7 Gy")],
        oach=[("Brainstem", "Dmax 53.1 Gy"), ("Optic chiasm", "Dmax 47.9 Gy"), ("Optic nerves", "Dmax 41.2 Gy (R), 22.6 Gy (L)"),
              ("Right cochlea", "Dmean 38.8 Gy"), ("Lenses", "Dmax 4.1 Gy (R), 2.9 Gy (L)")],
        oars=["brainstem", "optic chiasm", "optic nerves", "right cochlea", "lenses"],
        cond={1: "The resection cavity and surrounding enhancement lie within 3 mm of the brainstem and 6 mm of the "
                 "optic chiasm."},
        isodose="107%, 100%, 95%, 80% and 50%"),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, cT2 N1a M0",
        icd="C21.1", sim="supine, custom lower-body vacuum cushion, comfortably full bladder, bolus-free",
        imaging="contrast planning CT fused with the staging PET/CT",
        plans=[dict(pid="ANAL_VMAT", targets=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)], nfx=30,
                    beams=[arc("ARC1", 6, 181, 179, "CW", 30), arc("ARC2", 6, 179, 181, "CCW", 330)],
                    tach=["PTV_5400 D95% = 100.2%", "PTV_4500 D95% = 101.0%", "Dmax = 108.0%"])],
        cons=[("Bowel bag", "V45Gy < 195 cc"), ("Bladder", "V35Gy < 50%"), ("Femoral heads", "V30Gy < 50%"),
              ("External genitalia", "V20Gy < 50%"), ("Iliac crests", "V30Gy < 50%")],
        oach=[("Bowel bag", "V45Gy 121 cc"), ("Bladder", "V35Gy 38.2%"), ("Femoral heads", "V30Gy 21.5% (L), 19.9% (R)"),
              ("External genitalia", "V20Gy 33.4%"), ("Iliac crests", "V30Gy 27.8%")],
        oars=["small bowel", "bladder", "femoral heads", "external genitalia", "iliac crests"],
        cond={4: "The pelvic and inguinal nodal target is concave: it wraps around the small bowel and the bladder, "
                 "which lie within that concavity."},
        isodose="107%, 100%, 95% (of 54 Gy), 45 Gy and 30 Gy"),
    "pancreas": dict(
        dx="Adenocarcinoma of the head of the pancreas, borderline resectable (abutment of the SMV), after six "
           "cycles of neoadjuvant FOLFIRINOX", icd="C25.0",
        sim="supine, arms up on a wing board, four-dimensional CT with abdominal compression, fasting 3 hours",
        imaging="four-dimensional planning CT fused with the contrast pancreas-protocol CT",
        plans=[dict(pid="PANC_IMRT", targets=[("PTV_5040", 50.4, 28)], nfx=28,
                    beams=[fld("F1", 10, 0), fld("F2", 10, 50), fld("F3", 10, 100), fld("F4", 10, 150),
                           fld("F5", 10, 210), fld("F6", 10, 260), fld("F7", 10, 310)],
                    tach=["PTV_5040 D95% = 98.9%", "V100% = 95.1%", "Dmax = 107.8%"])],
        cons=[("Duodenum", "Dmax < 55 Gy"), ("Duodenum", "V45Gy < 15 cc"), ("Stomach", "Dmax < 54 Gy"),
              ("Kidneys (combined)", "Dmean < 15 Gy"), ("Liver", "Dmean < 25 Gy"), ("Spinal cord", "Dmax < 45 Gy")],
        oach=[("Duodenum", "Dmax 53.6 Gy, V45Gy 11.2 cc"), ("Stomach", "Dmax 50.8 Gy"),
              ("Kidneys (combined)", "Dmean 9.4 Gy"), ("Liver", "Dmean 13.9 Gy"), ("Spinal cord", "Dmax 29.6 Gy")],
        oars=["duodenum", "stomach", "kidneys", "liver", "spinal cord"],
        cond={2: "The CTV-to-PTV expansion has been reduced to 3 mm, from our usual 5 mm, so that the immediately "
                 "adjacent duodenum and stomach are protected; a target with margins this narrow needs a modulated plan."},
        isodose="107%, 100%, 95%, 80% and 50%"),
    "nasopharynx": dict(
        dx="Nasopharyngeal carcinoma, non-keratinizing, EBV positive, cT3 N2 M0 (clival invasion)",
        icd="C11.9", sim="supine, five-point thermoplastic mask, mouthpiece",
        imaging="planning CT fused with the staging MRI of the skull base",
        plans=[dict(pid="NPX_VMAT", targets=[("PTV_7000", 70.0, 33), ("PTV_5940", 59.4, 33), ("PTV_5412", 54.12, 33)],
                    nfx=33,
                    beams=[arc("ARC1", 6, 181, 179, "CW", 15), arc("ARC2", 6, 179, 181, "CCW", 345),
                           arc("ARC3", 6, 181, 179, "CW", 90)],
                    tach=["PTV_7000 D95% = 98.8%", "PTV_5940 D95% = 100.3%", "PTV_5412 D95% = 101.2%", "Dmax = 108.2%"])],
        cons=[("Brainstem", "Dmax < 54 Gy"), ("Spinal cord", "Dmax < 45 Gy"), ("Optic chiasm", "Dmax < 54 Gy"),
              ("Optic nerves", "Dmax < 54 Gy"), ("Left parotid", "Dmean < 26 Gy"), ("Temporal lobes", "Dmax < 70 Gy"),
              ("Cochleae", "Dmean < 45 Gy")],
        oach=[("Brainstem", "Dmax 53.4 Gy"), ("Spinal cord", "Dmax 40.2 Gy"), ("Optic chiasm", "Dmax 49.8 Gy"),
              ("Optic nerves", "Dmax 46.1 Gy (R), 44.7 Gy (L)"), ("Left parotid", "Dmean 25.1 Gy"),
              ("Temporal lobes", "Dmax 68.3 Gy (R), 66.9 Gy (L)"), ("Cochleae", "Dmean 41.0 Gy (R), 36.5 Gy (L)")],
        oars=["brainstem", "spinal cord", "optic chiasm", "optic nerves", "parotid glands", "temporal lobes", "cochleae"],
        cond={4: "The primary target is concave where it follows the clivus, and the brainstem sits within that concavity.",
              1: "Superiorly the gross disease extends to within 2 mm of the optic chiasm."},
        isodose="105%, 100%, 95% (of 70 Gy), 59.4 Gy and 54.12 Gy"),
    "esophagus": dict(
        dx="Adenocarcinoma of the distal esophagus, cT3 N1 M0, planned for neoadjuvant chemoradiation (carboplatin/"
           "paclitaxel) and esophagectomy", icd="C15.5",
        sim="supine, arms up on a wing board, four-dimensional CT, fasting 3 hours",
        imaging="four-dimensional planning CT fused with the staging PET/CT",
        plans=[dict(pid="ESO_VMAT", targets=[("PTV_4140", 41.4, 23)], nfx=23,
                    beams=[arc("ARC1", 6, 220, 140, "CW", 10), arc("ARC2", 6, 140, 220, "CCW", 350)],
                    tach=["PTV_4140 D95% = 99.7%", "V100% = 95.3%", "Dmax = 106.4%"])],
        cons=[("Heart", "Dmean < 26 Gy"), ("Heart", "V30Gy < 45%"), ("Lungs (total)", "V20Gy < 20%"),
              ("Lungs (total)", "Dmean < 15 Gy"), ("Spinal cord", "Dmax < 45 Gy"), ("Liver", "Dmean < 25 Gy")],
        oach=[("Heart", "Dmean 18.3 Gy, V30Gy 21.6%"), ("Lungs (total)", "V20Gy 12.9%, Dmean 9.8 Gy"),
              ("Spinal cord", "Dmax 33.0 Gy"), ("Liver", "Dmean 8.7 Gy")],
        oars=["heart", "lungs", "spinal cord", "liver"],
        cond={1: "The tumor and involved paraesophageal nodes lie within 4 mm of the left atrium, with the spinal "
                 "cord 9 mm posterior to the target."},
        isodose="107%, 100%, 95%, 50% and 30%"),
    "lung": dict(
        dx="Non-small cell lung cancer (squamous), right upper lobe, cT2b N2 M0 (stage IIIA), for concurrent "
           "chemoradiation", icd="C34.11",
        sim="supine, arms up on a wing board, four-dimensional CT", imaging="four-dimensional planning CT fused with the staging PET/CT",
        plans=[dict(pid="RUL_VMAT", targets=[("PTV_6000", 60.0, 30)], nfx=30,
                    beams=[arc("ARC1", 6, 330, 180, "CW", 10), arc("ARC2", 6, 180, 330, "CCW", 350)],
                    tach=["PTV_6000 D95% = 98.6%", "V100% = 94.9%", "Dmax = 108.9%"])],
        cons=[("Spinal cord", "Dmax < 50 Gy"), ("Lungs (total)", "V20Gy < 35%"), ("Lungs (total)", "Dmean < 20 Gy"),
              ("Heart", "Dmean < 20 Gy"), ("Esophagus", "Dmean < 34 Gy"), ("Brachial plexus", "Dmax < 66 Gy")],
        oach=[("Spinal cord", "Dmax 41.9 Gy"), ("Lungs (total)", "V20Gy 27.4%, Dmean 15.8 Gy"),
              ("Heart", "Dmean 9.6 Gy"), ("Esophagus", "Dmean 24.7 Gy"), ("Brachial plexus", "Dmax 61.3 Gy")],
        oars=["spinal cord", "lungs", "heart", "esophagus", "right brachial plexus"],
        cond={1: "The paratracheal nodal target lies within 3 mm of the esophagus, and the apex of the primary is "
                 "within 5 mm of the right brachial plexus."},
        isodose="107%, 100%, 95%, 50% and 20 Gy"),
    "prostate_nodes": dict(
        dx="Adenocarcinoma of the prostate, cT3a N0 M0, Gleason 4+5 = 9, PSA 24.6 ng/mL (high risk), on androgen "
           "deprivation", icd="C61",
        sim="supine, knee and foot immobilization, comfortably full bladder, empty rectum; three fiducial markers",
        imaging="planning CT fused with the diagnostic prostate MRI",
        plans=[dict(pid="PELV_VMAT", targets=[("PTV_4500 (prostate, seminal vesicles, pelvic nodes)", 45.0, 25)], nfx=25,
                    beams=[arc("PA1", 10, 181, 179, "CW", 30), arc("PA2", 10, 179, 181, "CCW", 330)],
                    tach=["PTV_4500 D95% = 100.1%", "V100% = 95.2%", "Dmax = 106.6%"]),
               dict(pid="BOOST_VMAT", targets=[("PTV_BOOST (prostate)", 34.2, 19)], nfx=19,
                    beams=[arc("BA1", 10, 181, 179, "CW", 20), arc("BA2", 10, 179, 181, "CCW", 340)],
                    tach=["PTV_BOOST D95% = 100.5%", "V100% = 95.8%", "Dmax = 105.4%"])],
        cons=[("Rectum (composite)", "V70Gy < 20%"), ("Rectum (composite)", "V50Gy < 50%"),
              ("Bladder (composite)", "V70Gy < 30%"), ("Small bowel", "Dmax < 52 Gy"), ("Femoral heads", "Dmax < 50 Gy")],
        oach=[("Rectum (composite)", "V70Gy 14.2%, V50Gy 33.9%"), ("Bladder (composite)", "V70Gy 17.5%"),
              ("Small bowel", "Dmax 47.6 Gy"), ("Femoral heads", "Dmax 38.4 Gy (L), 37.9 Gy (R)")],
        oars=["rectum", "bladder", "small bowel", "femoral heads"],
        cond={1: "The prostate lies within 2 mm of the anterior rectal wall on the planning CT.",
              5: "The prostate will be taken to 79.2 Gy, a dose above the 70 Gy commonly given for this tumor with "
                 "conventional treatment (dose escalation)."},
        isodose="107%, 100%, 95%, 80% and 50%"),
    "prostate_bed": dict(
        dx="Rising PSA (0.42 ng/mL) after radical prostatectomy for pT3a N0 adenocarcinoma, Gleason 4+3 = 7, focally "
           "positive apical margin; salvage radiotherapy with short-term androgen deprivation", icd="C61",
        sim="supine, knee and foot immobilization, comfortably full bladder, empty rectum",
        imaging="planning CT fused with the PSMA PET/CT",
        plans=[dict(pid="PELV_VMAT", targets=[("PTV_4500 (prostate bed and pelvic nodes)", 45.0, 25)], nfx=25,
                    beams=[arc("P1", 10, 181, 179, "CW", 30), arc("P2", 10, 179, 181, "CCW", 330)],
                    tach=["PTV_4500 D95% = 99.8%", "V100% = 95.0%", "Dmax = 106.9%"]),
               dict(pid="BOOST_VMAT", targets=[("PTV_BED (prostate bed)", 25.2, 14)], nfx=14,
                    beams=[arc("B1", 10, 181, 179, "CW", 15), arc("B2", 10, 179, 181, "CCW", 345)],
                    tach=["PTV_BED D95% = 100.3%", "V100% = 95.4%", "Dmax = 105.9%"])],
        cons=[("Rectum (composite)", "V65Gy < 35%"), ("Bladder (composite)", "V65Gy < 50%"),
              ("Small bowel", "Dmax < 52 Gy"), ("Femoral heads", "Dmax < 50 Gy")],
        oach=[("Rectum (composite)", "V65Gy 21.8%"), ("Bladder (composite)", "V65Gy 30.6%"),
              ("Small bowel", "Dmax 46.2 Gy"), ("Femoral heads", "Dmax 36.1 Gy (L), 35.7 Gy (R)")],
        oars=["rectum", "bladder", "small bowel", "femoral heads"],
        cond={1: "The prostate bed lies within 2 mm of the anterior rectal wall, with the bladder neck directly above it."},
        isodose="107%, 100%, 95%, 80% and 50%"),
    "neck_reirr": dict(
        dx="Left level IV / low cervical nodal recurrence of breast cancer (ER positive, HER2 negative), biopsy proven; "
           "prior 2021 left breast and supraclavicular radiotherapy (50 Gy in 25 fractions)", icd="C77.0",
        sim="supine, thermoplastic head and shoulder mask, arms at the sides; 2021 field borders reconstructed from the "
            "outside plan", imaging="planning CT fused with the restaging PET/CT and the registered 2021 planning CT",
        plans=[dict(pid="LNECK_IMRT", targets=[("PTV_6000", 60.0, 30)], nfx=30,
                    beams=[fld("F1", 6, 300), fld("F2", 6, 330), fld("F3", 6, 0), fld("F4", 6, 30),
                           fld("F5", 6, 60), fld("F6", 6, 150), fld("F7", 6, 210)],
                    tach=["PTV_6000 D95% = 98.7%", "V100% = 94.8%", "Dmax = 107.2%"])],
        cons=[("Left brachial plexus (this course)", "Dmax < 60 Gy"), ("Spinal cord (this course)", "Dmax < 40 Gy"),
              ("Esophagus", "Dmax < 60 Gy"), ("Larynx", "Dmean < 35 Gy"), ("Left lung apex", "V20Gy < 15%")],
        oach=[("Left brachial plexus (this course)", "Dmax 57.4 Gy"), ("Spinal cord (this course)", "Dmax 31.6 Gy"),
              ("Esophagus", "Dmax 52.0 Gy"), ("Larynx", "Dmean 24.9 Gy"), ("Left lung apex", "V20Gy 6.1%")],
        oars=["left brachial plexus", "spinal cord", "esophagus", "larynx", "left lung apex"],
        cond={3: "The new target abuts the superior border of the 2021 left supraclavicular field, which was treated to "
                 "50 Gy; the junction with that previously irradiated field has to be matched with high precision so "
                 "that the cord and plexus are not overdosed by an overlap.",
              1: "The nodal mass lies within 3 mm of the left brachial plexus."},
        isodose="107%, 100%, 95%, 80% and 50%, with the 2021 field border overlaid"),
}
