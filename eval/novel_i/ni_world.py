"""novel_i: clinics and staff, site profiles, calendar and time zones (all invented)."""
import datetime as dt

CLINICS = {
    "tombigbee": dict(
        name="Tombigbee Regional Medical Center - Department of Radiation Oncology",
        short="Tombigbee Regional", city="Tupelo, MS", zone="C",
        ehr="Magnolia HIS 5.2 (invented, legacy)", ois="Helmsman OIS (invented)",
        qa="QuadraScan 1500 diode array (invented)", check="DoseTwin independent calculation (invented)",
        md=("Lucille", "R.", "Beaumont-Pryor", "MD"), phys=("Rosalind", "", "Vey", "MS, DABR"),
        dosi=("Tamsin", "", "Okafor-Reed", "CMD"), ther=("Delmar", "", "Fitts", "RT(T)")),
    "wabash": dict(
        name="Wabash Valley Hospital - Hux Cancer Pavilion, Radiation Oncology",
        short="Wabash Valley Hospital", city="Terre Haute, IN", zone="E",
        ehr="Corvex ClinicalDocs (invented, legacy)", ois="Vantage RT (invented)",
        qa="HelixMeter cylindrical diode array (invented)", check="CrossCalc MU verification (invented)",
        md=("Harlan", "T.", "Ostrowski", "MD"), phys=("Priyanka", "", "Lindqvist-Rao", "PhD, DABR"),
        dosi=("Brenna", "", "Scheer", "CMD"), ther=("Quentin", "", "Marsh", "RT(T)"),
        tx=("ClearVoice Transcription Services (invented)",)),
    "redriver": dict(
        name="Red River Regional Hospital - Cancer Care Center, Radiation Therapy",
        short="Red River Regional", city="Alexandria, LA", zone="C",
        ehr="ParishLink HIS (invented, legacy)", ois="Keelboat Oncology (invented)",
        qa="Levee 2D ion-chamber matrix (invented)", check="Sextant second-check calculation (invented)",
        md=("Celestine", "A.", "Broussard-Nash", "MD"), phys=("Emile", "", "Thibault", "MS, DABR"),
        dosi=("Kendra", "", "Guidry", "CMD"), ther=("Ruston", "", "Delacroix", "RT(T)")),
    "sangamon": dict(
        name="Sangamon Valley Medical Center - Radiation Oncology Services",
        short="Sangamon Valley MC", city="Decatur, IL", zone="C",
        ehr="Prairie Chart 8 (invented, legacy)", ois="Cirrus Oncology (invented)",
        qa="Aurora EPID dosimetry with phantom cross-check (invented)", check="Lodestone MU check (invented)",
        md=("Wendell", "P.", "Aukerman", "MD"), phys=("Greta", "", "Solheim-Baptiste", "MS, DABR"),
        dosi=("Ansel", "", "Kuykendall", "CMD"), ther=("Dorrie", "", "Vantrease", "RT(T)"),
        np=("Marisa", "K.", "Dunleavy", "APRN, FNP-BC")),
}


def full(p):
    g, mi, f, cred = p
    return ("%s %s %s, %s" % (g, mi, f, cred)).replace("  ", " ")


def caps(p):
    g, mi, f, cred = p
    return ("%s, %s %s" % (f.upper(), g.upper(), mi.replace(".", "").upper())).strip() + " " + cred.split(",")[0]


# --- calendar ---------------------------------------------------------------
def bday(d0, n):
    d = d0
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            k += 1
    return d


def zone(d, z):
    dst = dt.date(2026, 3, 8) <= d < dt.date(2026, 11, 1)
    return {"C": "CDT" if dst else "CST", "E": "EDT" if dst else "EST"}[z] if z in "CE" else z


# --- sites ------------------------------------------------------------------
# beams: list of (id, kind, energy, gantry text, extra) ; arcs give start-stop and direction
SITES = {
    "prostate_esc": dict(
        dx="Adenocarcinoma of the prostate, Gleason 4+3=7, cT2c N0 M0, PSA 14.2 ng/mL (unfavorable intermediate risk)",
        icd="C61", site="prostate", plan="PROS_VMAT",
        rx=[("PTV_7920", "prostate + proximal seminal vesicles", 79.2, 44, 1.8)],
        oar=[("Rectum", "V70Gy < 20%", "V70Gy 11.8%"), ("Rectum", "V50Gy < 50%", "V50Gy 31.2%"),
             ("Bladder", "V70Gy < 30%", "V70Gy 14.6%"), ("Femoral head L", "Dmax < 50 Gy", "Dmax 38.1 Gy"),
             ("Femoral head R", "Dmax < 50 Gy", "Dmax 37.4 Gy"), ("Penile bulb", "Dmean < 52.5 Gy", "Dmean 33.0 Gy")],
        ptv_ach="PTV_7920 D95 98.9%, V100 95.4%, Dmax 106.1%",
        organs="the rectum, bladder, femoral heads and penile bulb",
        arcs=[("ARC1", "VMAT arc", "10 MV", "181.0 -> 179.0 CW", 0), ("ARC2", "VMAT arc", "10 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "the prostate lies directly against the anterior rectal wall, with under 3 mm of separation on the planning CT, and the bladder base sits immediately above the seminal vesicles",
              5: "the 79.2 Gy prescription is a dose escalation beyond the 66 to 70 Gy that a conventional four-field technique can deliver within rectal tolerance"}),
    "pancreas": dict(
        dx="Adenocarcinoma of the pancreatic head, borderline resectable, after neoadjuvant FOLFIRINOX",
        icd="C25.0", site="pancreatic head", plan="PANC_IMRT9",
        rx=[("PTV_5040", "pancreatic head tumor + abutting SMV segment", 50.4, 28, 1.8)],
        oar=[("Duodenum", "D1cc < 55 Gy", "D1cc 51.6 Gy"), ("Stomach", "Dmax < 54 Gy", "Dmax 49.9 Gy"),
             ("Kidneys (combined)", "Dmean < 18 Gy", "Dmean 9.7 Gy"), ("Liver", "Dmean < 28 Gy", "Dmean 11.2 Gy"),
             ("Spinal cord", "Dmax < 45 Gy", "Dmax 33.8 Gy")],
        ptv_ach="PTV_5040 D95 97.6%, Dmax 107.3%",
        organs="the duodenum, stomach, kidneys, liver and spinal cord",
        fields=[("F%d" % (i + 1), "IMRT (step-and-shoot)", "6 MV", str(g), 0) for i, g in
                enumerate([200, 240, 280, 320, 0, 40, 80, 120, 160])],
        cond={2: "the planning target volume has to be drawn with a 5 mm margin because the duodenal C-loop wraps around the pancreatic head and lies immediately against it"}),
    "breast_3d": dict(
        dx="Invasive ductal carcinoma of the right breast, pT1c N0, ER/PR positive, HER2 negative, after lumpectomy",
        icd="C50.411", site="right breast", plan="RBR_TAN",
        rx=[("PTV_BREAST", "whole right breast", 42.56, 16, 2.66)],
        organs="the right lung and the skin fold",
        fields=[("MED_TAN", "3D tangent (with field-in-field segments)", "6 MV", "52", 0),
                ("LAT_TAN", "3D tangent (with field-in-field segments)", "6 MV/15 MV", "232", 0)],
        cond={}),
    "oropharynx": dict(
        dx="Squamous cell carcinoma of the left palatine tonsil, p16 positive, cT2 N1 M0 (AJCC 8th)",
        icd="C09.9", site="left tonsil and bilateral neck", plan="OPX_VMAT",
        rx=[("PTV_7000", "gross tonsil primary + involved left level II node", 70.0, 35, 2.0),
            ("PTV_5600", "bilateral elective neck levels II-IV", 56.0, 35, 1.6)],
        oar=[("Spinal cord", "Dmax < 45 Gy", "Dmax 38.9 Gy"), ("Brainstem", "Dmax < 54 Gy", "Dmax 41.0 Gy"),
             ("Parotid R", "Dmean < 26 Gy", "Dmean 22.4 Gy"), ("Oral cavity", "Dmean < 40 Gy", "Dmean 34.7 Gy"),
             ("Mandible", "Dmax < 70 Gy", "Dmax 68.2 Gy"), ("Larynx", "Dmean < 45 Gy", "Dmean 36.1 Gy")],
        ptv_ach="PTV_7000 D95 99.2%; PTV_5600 D95 98.7%",
        organs="the spinal cord, brainstem, right parotid gland, oral cavity, mandible and larynx",
        arcs=[("A1", "VMAT arc", "6 MV", "181.0 -> 179.0 CW", 0), ("A2", "VMAT arc", "6 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "the gross nodal disease in left level II sits within 8 mm of the spinal cord and the brainstem lies just above the superior extent of the target",
              4: "the elective neck target is concave, wrapping around the spinal cord and the uninvolved right parotid gland"}),
    "glioma": dict(
        dx="Glioblastoma, IDH-wildtype, MGMT unmethylated, right temporal lobe, after subtotal resection",
        icd="C71.2", site="right temporal lobe", plan="BRN_VMAT",
        rx=[("PTV_6000", "resection cavity + residual enhancement + 2 cm CTV", 60.0, 30, 2.0)],
        oar=[("Brainstem", "Dmax < 54 Gy", "Dmax 52.7 Gy"), ("Optic chiasm", "Dmax < 54 Gy", "Dmax 47.9 Gy"),
             ("Optic nerve R", "Dmax < 54 Gy", "Dmax 44.2 Gy"), ("Cochlea R", "Dmean < 45 Gy", "Dmean 38.8 Gy"),
             ("Hippocampus L", "D40% < 7.3 Gy", "D40% 6.9 Gy")],
        ptv_ach="PTV_6000 D95 98.4%, Dmax 105.8%",
        organs="the brainstem, optic chiasm, right optic nerve, right cochlea and left hippocampus",
        arcs=[("ARC_1", "VMAT arc", "6 MV", "181.0 -> 179.0 CW", 0), ("ARC_2", "VMAT arc", "6 MV", "179.0 -> 181.0 CCW", 0),
              ("ARC_3", "VMAT partial arc, couch 270", "6 MV", "0.0 -> 179.0 CW", 270)],
        cond={1: "the medial margin of the target lies 4 mm from the brainstem and the optic chiasm sits just anterior to the superior extent of the cavity"}),
    "lung": dict(
        dx="Squamous cell carcinoma of the left upper lobe, stage IIIA (cT3 N2 M0), concurrent carboplatin/paclitaxel",
        icd="C34.12", site="left upper lobe and mediastinum", plan="LUL_VMAT",
        rx=[("PTV_6000", "primary + involved station 4L and 5 nodes", 60.0, 30, 2.0)],
        oar=[("Lungs - GTV", "V20Gy < 35%", "V20Gy 27.9%"), ("Lungs - GTV", "Dmean < 20 Gy", "Dmean 15.6 Gy"),
             ("Esophagus", "Dmean < 34 Gy", "Dmean 24.1 Gy"), ("Heart", "V50Gy < 25%", "V50Gy 6.3%"),
             ("Spinal cord", "Dmax < 50 Gy", "Dmax 41.5 Gy"), ("Brachial plexus L", "Dmax < 66 Gy", "Dmax 58.0 Gy")],
        ptv_ach="PTV_6000 D95 97.9%, Dmax 108.2%",
        organs="the lungs, esophagus, heart, spinal cord and left brachial plexus",
        arcs=[("LUL_A1", "VMAT partial arc", "6 MV", "330.0 -> 179.0 CW", 0), ("LUL_A2", "VMAT partial arc", "6 MV", "179.0 -> 330.0 CCW", 0)],
        cond={1: "the station 4L nodal mass is in contact with the esophagus and lies within 1 cm of the spinal canal, and the primary abuts the aortic arch and the left brachial plexus"}),
    "cervix": dict(
        dx="Squamous cell carcinoma of the uterine cervix, FIGO 2018 IIB, with left external iliac nodal disease; weekly cisplatin",
        icd="C53.9", site="pelvis", plan="CX_VMAT",
        rx=[("PTV_4500", "cervix, uterus, parametria, pelvic nodes", 45.0, 25, 1.8),
            ("PTV_5500", "left external iliac node (simultaneous boost)", 55.0, 25, 2.2)],
        oar=[("Bowel bag", "V45Gy < 195 cc", "V45Gy 141 cc"), ("Bladder", "V45Gy < 50%", "V45Gy 38%"),
             ("Rectum", "V40Gy < 80%", "V40Gy 61%"), ("Femoral heads", "V50Gy < 5%", "V50Gy 0.4%"),
             ("Pelvic bone marrow", "V20Gy < 65%", "V20Gy 58%")],
        ptv_ach="PTV_4500 D95 98.8%; PTV_5500 D95 98.1%",
        organs="the small bowel, bladder, rectum, femoral heads and pelvic bone marrow",
        arcs=[("CX1", "VMAT arc", "10 MV", "181.0 -> 179.0 CW", 0), ("CX2", "VMAT arc", "10 MV", "179.0 -> 181.0 CCW", 0)],
        cond={4: "the nodal target is a concave horseshoe along the pelvic side walls with the small bowel and bladder lying inside the concavity",
              1: "the boosted external iliac node lies directly against loops of small bowel"}),
    "anal": dict(
        dx="Squamous cell carcinoma of the anal canal, cT2 N1a M0; concurrent mitomycin/capecitabine",
        icd="C21.1", site="anal canal and pelvic/inguinal nodes", plan="ANAL_VMAT",
        rx=[("PTV_5400", "anal primary", 54.0, 30, 1.8), ("PTV_4500", "elective pelvic and inguinal nodes", 45.0, 30, 1.5)],
        oar=[("Small bowel", "V30Gy < 200 cc", "V30Gy 168 cc"), ("Femoral heads", "V30Gy < 50%", "V30Gy 22%"),
             ("Genitalia", "V20Gy < 50%", "V20Gy 41%"), ("Bladder", "V35Gy < 50%", "V35Gy 33%"),
             ("Iliac crests", "V30Gy < 50%", "V30Gy 39%")],
        ptv_ach="PTV_5400 D95 98.5%; PTV_4500 D95 98.0%",
        organs="the small bowel, femoral heads, external genitalia, bladder and iliac crests",
        arcs=[("AN_1", "VMAT arc", "10 MV", "181.0 -> 179.0 CW", 0), ("AN_2", "VMAT arc", "10 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "the inguinal and pelvic nodal targets lie directly against the femoral heads, bladder and small bowel",
              4: "the nodal target curves around the bladder and external genitalia, which sit within its concavity"}),
    "spine_reirr": dict(
        dx="Metastatic clear cell renal cell carcinoma, painful T10 vertebral body metastasis with epidural extension (Bilsky 1b); prior radiation T11-L1 30 Gy in 10 fractions, 2024",
        icd="C79.51", site="T10 vertebral body", plan="T10_IMRT7",
        rx=[("PTV_3000", "T10 vertebral body + epidural component", 30.0, 10, 3.0)],
        oar=[("Spinal cord PRV", "Dmax < 30 Gy (this course)", "Dmax 27.4 Gy"), ("Esophagus", "Dmax < 32 Gy", "Dmax 24.9 Gy"),
             ("Kidneys (combined)", "Dmean < 10 Gy", "Dmean 3.1 Gy"), ("Prior T11-L1 field overlap", "Cord EQD2 cumulative < 100 Gy", "cumulative cord EQD2 81 Gy")],
        ptv_ach="PTV_3000 D95 95.2%, Dmax 109.0%",
        organs="the spinal cord, esophagus and kidneys",
        fields=[("T10_F%d" % (i + 1), "IMRT (sliding window)", "6 MV", str(g), 0) for i, g in
                enumerate([100, 130, 155, 180, 205, 230, 260])],
        cond={3: "the T11-L1 segment immediately below was irradiated in 2024 (30 Gy in 10 fractions) and the new field must abut that prior portal with high precision",
              1: "the epidural component is in contact with the thecal sac, so the spinal cord lies within millimetres of the target"}),
    "esophagus": dict(
        dx="Adenocarcinoma of the distal esophagus / GE junction, cT3 N1 M0; neoadjuvant carboplatin/paclitaxel (CROSS)",
        icd="C15.5", site="distal esophagus", plan="ESO_VMAT",
        rx=[("PTV_4140", "distal esophageal primary + celiac/paraesophageal nodes", 41.4, 23, 1.8)],
        oar=[("Lungs", "V20Gy < 20%", "V20Gy 13.1%"), ("Heart", "Dmean < 26 Gy", "Dmean 18.4 Gy"),
             ("Liver", "Dmean < 25 Gy", "Dmean 9.8 Gy"), ("Spinal cord", "Dmax < 45 Gy", "Dmax 34.6 Gy"),
             ("Kidneys", "V18Gy < 30%", "V18Gy 7%")],
        ptv_ach="PTV_4140 D95 98.6%, Dmax 106.9%",
        organs="the heart, lungs, liver, spinal cord and kidneys",
        arcs=[("E1", "VMAT arc", "6 MV", "181.0 -> 179.0 CW", 0), ("E2", "VMAT arc", "6 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "the distal esophageal target lies against the posterior wall of the left atrium and the celiac nodal volume extends beside both kidneys and under the liver"}),
    "rectum": dict(
        dx="Adenocarcinoma of the mid rectum, cT3 N1 M0; long-course chemoradiation with capecitabine",
        icd="C20", site="rectum and mesorectal/pelvic nodes", plan="REC_VMAT",
        rx=[("PTV_5040", "rectal primary + mesorectum + pelvic nodes", 50.4, 28, 1.8)],
        ach_only=[("Small bowel", "V45Gy 112 cc"), ("Bladder", "V40Gy 38%"), ("Femoral head L", "Dmax 41.2 Gy"),
                  ("Femoral head R", "Dmax 40.6 Gy")],
        ptv_ach="PTV_5040 D95 98.3%, Dmax 106.4%",
        organs="the small bowel, bladder and femoral heads",
        arcs=[("R1", "VMAT arc", "10 MV", "181.0 -> 179.0 CW", 0), ("R2", "VMAT arc", "10 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "loops of small bowel lie in the anterior pelvis directly against the upper mesorectal target and the bladder is immediately anterior"}),
    "prostate_bed": dict(
        dx="Adenocarcinoma of the prostate, pT3a N0, after radical prostatectomy; PSA rising to 0.34 ng/mL",
        icd="C61", site="prostate bed", plan="PBED_VMAT",
        rx=[("PTV_6800", "prostate bed", 68.0, 34, 2.0)],
        oar=[("Rectum", "V65Gy < 35%", "V65Gy 17%"), ("Bladder", "V65Gy < 50%", "V65Gy 29%"),
             ("Femoral heads", "Dmax < 50 Gy", "Dmax 36.2 Gy"), ("Penile bulb", "Dmean < 52.5 Gy", "Dmean 29.5 Gy")],
        ptv_ach="PTV_6800 D95 98.7%",
        organs="the rectum, bladder, femoral heads and penile bulb",
        arcs=[("PB_1", "VMAT arc", "10 MV", "181.0 -> 179.0 CW", 0), ("PB_2", "VMAT arc", "10 MV", "179.0 -> 181.0 CCW", 0)],
        cond={1: "the prostate bed target is wedged between the posterior bladder wall and the anterior rectal wall, both in direct contact with it"}),
}
