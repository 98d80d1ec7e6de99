"""novel_l world: three invented academic departments, their people, the 2026 calendar, and site profiles.

Everything here is invented. Product names are marked "(invented)" where they first appear in a document.
"""
import datetime as dt
import random

HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 19), dt.date(2026, 2, 16), dt.date(2026, 5, 25),
            dt.date(2026, 7, 3), dt.date(2026, 9, 7), dt.date(2026, 11, 26), dt.date(2026, 12, 25)}
DST_START, DST_END = dt.date(2026, 3, 8), dt.date(2026, 11, 1)


def bday(d, n):
    """n business days after (n >= 0) or before (n < 0) date d."""
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        d = d + dt.timedelta(days=step)
        if d.weekday() < 5 and d not in HOLIDAYS:
            left -= 1
    return d


def next_bday(d):
    while d.weekday() >= 5 or d in HOLIDAYS:
        d = d + dt.timedelta(days=1)
    return d


def zone(d, std, dst):
    return dst if DST_START <= d < DST_END else std


class T:
    """A date-time in a department's local zone."""

    def __init__(self, d, hhmm, dept):
        self.d = d
        self.h, self.m = int(hhmm[:2]), int(hhmm[3:])
        self.dept = dept

    @property
    def z(self):
        return zone(self.d, *self.dept["zones"])

    def key(self):
        return (self.d, self.h, self.m)

    def us(self):            # 04/13/2026 17:05 EDT
        return "%s %02d:%02d %s" % (self.d.strftime("%m/%d/%Y"), self.h, self.m, self.z)

    def usd(self):
        return self.d.strftime("%m/%d/%Y")

    def iso(self):           # 2026-09-14 17:20 CDT
        return "%s %02d:%02d %s" % (self.d.isoformat(), self.h, self.m, self.z)

    def isod(self):
        return self.d.isoformat()

    def long(self):          # Monday, January 12, 2026 at 4:05 PM MST
        h12 = self.h % 12 or 12
        ap = "AM" if self.h < 12 else "PM"
        return "%s, %s %d, %d at %d:%02d %s %s" % (self.d.strftime("%A"), self.d.strftime("%B"), self.d.day,
                                                    self.d.year, h12, self.m, ap, self.z)

    def dmy(self):           # 12-Jan-2026
        return self.d.strftime("%d-%b-%Y")


DEPTS = {
    "bw": {
        "key": "bw",
        "name": "Brightwater University Hospital",
        "dept": "Department of Radiation Oncology - Teaching Service B",
        "city": "Rochester, NY",
        "zones": ("EST", "EDT"),
        "ehr": "Quadrangle EHR (invented)",
        "tps": "Ostrander TPS (invented)",
        "qa": "Lumisphere 4D (invented)",
        "attending": ("Evelyn Marchbanks-Odu", "MD"),
        "attending2": ("Laurence Fairclough-Ibe", "MD"),
        "residents": [("Joon-ho Park", "MD", "PGY-3"), ("Amara Delacroix-Nwosu", "MD", "PGY-4"),
                      ("Benedikt Szalay", "MD", "PGY-2")],
        "phys_res": ("Priya Venkatesan", "MS", "Medical Physics Resident, PGY-2"),
        "physicist": ("Gideon Ashworth-Lamb", "PhD, DABR"),
        "student": "Hollis Brandvold",
        "cmd": ("Marisa Quenneville", "CMD"),
        "therapist": ("Dana Whitsett", "RT(T)"),
    },
    "lm": {
        "key": "lm",
        "name": "Larchmont University Medical Center",
        "dept": "Holloway Cancer Pavilion - Radiation Oncology (Clinical Trials Office affiliated)",
        "city": "Omaha, NE",
        "zones": ("CST", "CDT"),
        "ehr": "Lattice EHR (invented)",
        "tps": "Sandpiper Planning (invented)",
        "qa": "Quorum ArcDiode (invented)",
        "attending": ("Adaeze Holloway-Brandt", "MD"),
        "attending2": ("Rainer Oyelowo-Fisk", "MD"),
        "fellow": ("Tomasz Wierzbicki-Lane", "MD", "Clinical Fellow, Radiation Oncology (PGY-6)"),
        "resident": ("Siobhan Mbatha-Reilly", "MD", "PGY-4"),
        "phys_res": ("Ines Carvalho-Whitt", "MS", "Medical Physics Resident, PGY-2"),
        "physicist": ("Harlan Petrosyan", "MS, DABR"),
        "dosimetrist": ("Ruben Okafor-Lind", "CMD"),
        "crc": ("Keziah Lindgren", "BS, CCRP"),
        "tb_coord": ("Marguerite Dovey", "RN, OCN"),
        "medonc": ("Faisal Ahn-Castellanos", "MD"),
        "surgeon": ("Beatrix Vollmer-Aziz", "MD"),
    },
    "wc": {
        "key": "wc",
        "name": "Whitcombe College of Medicine - Harmon Memorial Radiation Oncology",
        "dept": "Academic Radiation Oncology Clinic",
        "city": "Denver, CO",
        "zones": ("MST", "MDT"),
        "ehr": "Cairn Notes (invented)",
        "tps": "Ridgeback RTP (invented)",
        "qa": "Petrel Cylinder (invented)",
        "attending": ("Rosalind Teague-Obi", "MD"),
        "attending2": ("Caspar Vandermolen", "MD"),
        "fellow": ("Leilani Kahale-Brooks", "MD", "Clinical Fellow, Radiation Oncology"),
        "resident": ("Oskar Nyberg-Adjei", "MD", "PGY-2"),
        "phys_fellow": ("Yusuf Abernathy-Kroll", "PhD", "Medical Physics Fellow"),
        "physicist": ("Ngaio Whitlock", "MS, DABR"),
        "dosimetrist": ("Delphine Arceneaux", "CMD"),
    },
}


def rng(chart_id, salt=""):
    return random.Random("novel_l/" + chart_id + "/" + salt)


# ----------------------------------------------------------------------------------------------------------
# Site profiles. Each plan: id, targets [(name, dose Gy, fractions)], beams, fx range.
# oars: (structure, metric, limit text, protocol variation text or None, achieved text)
# cond: LCD condition number -> the physician's sentence.
# ----------------------------------------------------------------------------------------------------------

def arc(i, start, stop, rot, coll, couch=0.0, energy="6X"):
    return {"id": "ARC%d" % i, "kind": "arc", "start": start, "stop": stop, "rot": rot, "coll": coll,
            "couch": couch, "energy": energy}


def fld(i, g, coll=0.0, couch=0.0, energy="6X"):
    return {"id": "F%d" % i, "kind": "static", "gantry": g, "coll": coll, "couch": couch, "energy": energy}


SITES = {
    "prostate_esc": {
        "dx": "Adenocarcinoma of the prostate, Gleason 4+3=7 (grade group 3), cT2c N0 M0, PSA 12.6 ng/mL; "
              "NCCN unfavorable intermediate risk",
        "short": "prostate",
        "icd": "C61",
        "plans": [{"id": "PROS_VMAT", "targets": [("PTV_7920", 79.2, 44)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 30.0), arc(2, 179.0, 181.0, "CCW", 330.0)]}],
        "oars": [("Rectum", "V70Gy", "< 20%", None, "12.4%"), ("Rectum", "V50Gy", "< 50%", None, "31.8%"),
                 ("Bladder", "V70Gy", "< 30%", None, "14.6%"), ("Femoral head L", "Dmax", "< 50 Gy", None, "38.2 Gy"),
                 ("Femoral head R", "Dmax", "< 50 Gy", None, "37.5 Gy"),
                 ("Penile bulb", "Dmean", "< 52.5 Gy", None, "31.0 Gy")],
        "oar_words": "the rectum, bladder, femoral heads and penile bulb",
        "cond": {1: "The anterior rectal wall lies directly against the posterior prostate, within 2 mm of the PTV, "
                    "and the bladder base sits on the superior margin of the target.",
                 5: "The plan escalates the prostate to 79.2 Gy, well above the 70 Gy or less that a conventional "
                    "four-field arrangement can deliver here."},
        "ct": "Supine, knee-and-foot immobilization, comfortably full bladder and empty rectum; three gold fiducials",
    },
    "oropharynx": {
        "dx": "Squamous cell carcinoma of the right palatine tonsil, p16-positive, cT2 N1 M0 (AJCC 8th, stage I)",
        "short": "oropharynx",
        "icd": "C09.9",
        "plans": [{"id": "OPX_VMAT", "targets": [("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 20.0), arc(2, 179.0, 181.0, "CCW", 340.0),
                             arc(3, 181.0, 179.0, "CW", 90.0)]}],
        "oars": [("Spinal cord", "Dmax", "< 45 Gy", None, "38.6 Gy"), ("Brainstem", "Dmax", "< 54 Gy", None, "31.2 Gy"),
                 ("Parotid L (contralateral)", "Dmean", "< 26 Gy", None, "22.4 Gy"),
                 ("Mandible", "Dmax", "< 70 Gy", None, "69.1 Gy"), ("Oral cavity", "Dmean", "< 40 Gy", None, "36.0 Gy"),
                 ("Larynx", "Dmean", "< 45 Gy", None, "33.7 Gy")],
        "oar_words": "the spinal cord, brainstem, contralateral parotid, mandible and oral cavity",
        "cond": {1: "The primary extends to within 6 mm of the mandible, and the level II nodal CTV lies within "
                    "8 mm of the spinal cord.",
                 4: "The bilateral nodal volume is concave posteriorly and wraps around the spinal cord and "
                    "brainstem, which sit inside that concavity."},
        "ct": "Supine, five-point thermoplastic head-neck-shoulder mask, mouth-opening bite block",
    },
    "lung_protocol": {
        "dx": "Non-small cell lung cancer, adenocarcinoma of the right upper lobe, cT2b N2 M0 (stage IIIA), "
              "PD-L1 40%",
        "short": "lung",
        "icd": "C34.11",
        "plans": [{"id": "RUL_VMAT", "targets": [("PTV_6000", 60.0, 30)],
                   "beams": [arc(1, 330.0, 179.0, "CW", 10.0), arc(2, 179.0, 330.0, "CCW", 350.0)]}],
        "oars": [("Spinal cord", "Dmax", "<= 50 Gy", "<= 52 Gy", "44.1 Gy"),
                 ("Lungs minus GTV", "V20Gy", "<= 35%", "<= 37%", "27.6%"),
                 ("Lungs minus GTV", "Dmean", "<= 20 Gy", "<= 22 Gy", "15.9 Gy"),
                 ("Heart", "V50Gy", "<= 25%", "<= 30%", "6.2%"),
                 ("Esophagus", "Dmean", "<= 34 Gy", "<= 36 Gy", "24.8 Gy")],
        "oar_words": "the esophagus, spinal cord, both lungs and the heart",
        "cond": {1: "The subcarinal and right paratracheal nodes lie within 5 mm of the esophagus, and the PTV "
                    "comes to 9 mm of the spinal cord canal."},
        "ct": "Supine on a wing board with arms up; 4D CT with an internal target volume from ten phases",
        "protocol": ("LUMC-TH-2402", "A phase II study of consolidative immunotherapy after concurrent "
                     "chemoradiation for unresectable stage III NSCLC (invented)", "Arm B"),
    },
    "cervix": {
        "dx": "Squamous cell carcinoma of the cervix, FIGO 2018 stage IIIC1r, with a 1.8 cm left external iliac "
              "node",
        "short": "cervix",
        "icd": "C53.9",
        "plans": [{"id": "CVX_VMAT", "targets": [("PTV_4500", 45.0, 25), ("PTV_5500_LEIN", 55.0, 25)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 30.0, energy="10X"),
                             arc(2, 179.0, 181.0, "CCW", 330.0, energy="10X")]}],
        "oars": [("Bowel bag", "V45Gy", "< 195 cc", None, "141 cc"), ("Bladder", "V45Gy", "< 80%", None, "62%"),
                 ("Rectum", "V45Gy", "< 85%", None, "71%"), ("Femoral heads", "V30Gy", "< 15%", None, "6.4%"),
                 ("Pelvic bone marrow", "V20Gy", "< 65%", None, "58.9%")],
        "oar_words": "the small bowel, bladder, rectum, femoral heads and pelvic bone marrow",
        "cond": {4: "The nodal CTV is concave: it curves around the small-bowel loops and the bladder, which lie "
                    "inside its concavity.",
                 1: "The involved left external iliac node lies within 4 mm of a loop of small bowel."},
        "ct": "Supine, full bladder protocol, Vac-Lok cradle, IV contrast",
    },
    "anal_twophase": {
        "dx": "Squamous cell carcinoma of the anal canal, cT2 N1a M0 (left inguinal node, FNA positive)",
        "short": "anal canal",
        "icd": "C21.1",
        "plans": [{"id": "PELV_VMAT", "targets": [("PTV_4500", 45.0, 25)], "fx": (1, 25),
                   "beams": [arc(1, 181.0, 179.0, "CW", 15.0), arc(2, 179.0, 181.0, "CCW", 345.0)]},
                  {"id": "BOOST_VMAT", "targets": [("PTV_BOOST", 9.0, 5)], "fx": (26, 30),
                   "beams": [arc(1, 200.0, 160.0, "CW", 30.0), arc(2, 160.0, 200.0, "CCW", 330.0)]}],
        "oars": [("Small bowel", "V45Gy", "< 20 cc", None, "8.6 cc"), ("Bladder", "V40Gy", "< 35%", None, "27.1%"),
                 ("Femoral heads", "V44Gy", "< 5%", None, "0.8%"), ("External genitalia", "V30Gy", "< 20%", None,
                                                                        "14.2%"),
                 ("Iliac crests", "V40Gy", "< 25%", None, "11.5%")],
        "oar_words": "the small bowel, bladder, external genitalia and femoral heads",
        "cond": {4: "The pelvic and inguinal nodal CTV forms a horseshoe around the bladder and small bowel, "
                    "which sit inside its concavity.",
                 2: "The anterior PTV margin on the primary is held to 5 mm so that the immediately adjacent "
                    "external genitalia and bladder base are spared."},
        "ct": "Supine, frog-leg position in a vacuum cushion, bolus-free, comfortably full bladder",
        "total": "54 Gy",
    },
    "spine_reirr": {
        "dx": "Metastatic clear-cell renal cell carcinoma to the T8-T9 vertebral bodies with epidural extension "
              "(Bilsky 1b); prior palliative radiation to T10-L1, 30 Gy in 10 fractions (2024)",
        "short": "thoracic spine (re-irradiation)",
        "icd": "C79.51",
        "plans": [{"id": "T8T9_IMRT", "targets": [("PTV_3000", 30.0, 10)],
                   "beams": [fld(1, 130.0, energy="6X"), fld(2, 150.0), fld(3, 165.0), fld(4, 180.0),
                             fld(5, 195.0), fld(6, 210.0), fld(7, 230.0)]}],
        "oars": [("Spinal cord PRV", "Dmax", "< 25 Gy", None, "22.7 Gy"), ("Esophagus", "Dmax", "< 32 Gy", None,
                                                                          "28.9 Gy"),
                 ("Lungs", "V20Gy", "< 10%", None, "3.1%"), ("Heart", "Dmean", "< 8 Gy", None, "3.6 Gy")],
        "oar_words": "the spinal cord, esophagus and lungs",
        "cond": {3: "The new T8-T9 target abuts the superior border of the 2024 T10-L1 field, so the junction "
                    "must be matched with high precision to avoid overlap on the previously irradiated cord.",
                 1: "The epidural component lies within 2 mm of the spinal cord."},
        "ct": "Supine, arms above the head on a wing board, indexed vacuum cushion",
        "prior": "T10-L1, 30 Gy in 10 fractions, AP/PA, completed 2024-08-16 at Front Range Oncology (invented)",
    },
    "chest_wall": {
        "dx": "Invasive ductal carcinoma of the left breast, pT2 pN2a (5/14 nodes), ER+/PR+/HER2-negative, "
              "status post left mastectomy and adjuvant chemotherapy",
        "short": "left chest wall and regional nodes",
        "icd": "C50.912",
        "plans": [{"id": "LCW_VMAT", "targets": [("PTV_5000", 50.0, 25)],
                   "beams": [arc(1, 300.0, 160.0, "CW", 10.0), arc(2, 160.0, 300.0, "CCW", 350.0)]}],
        "oars": [("Heart", "Dmean", "< 4 Gy", None, "3.2 Gy"), ("LAD", "Dmean", "< 10 Gy", None, "7.9 Gy"),
                 ("Lung L", "V20Gy", "< 30%", None, "24.5%"), ("Breast R", "Dmean", "< 3 Gy", None, "2.1 Gy"),
                 ("Spinal cord", "Dmax", "< 30 Gy", None, "11.8 Gy"),
                 ("Brachial plexus L", "Dmax", "< 52 Gy", None, "51.0 Gy")],
        "oar_words": "the heart, left anterior descending artery, left lung and right breast",
        "cond": {1: "The internal mammary nodal chain lies within 5 mm of the heart and the LAD.",
                 4: "The chest-wall target is convex over the heart and left lung, which lie inside its "
                    "curvature."},
        "ct": "Supine on a breast board, both arms up, deep-inspiration breath hold with surface guidance",
    },
    "esophagus_protocol": {
        "dx": "Adenocarcinoma of the distal esophagus / gastroesophageal junction (Siewert I), cT3 N1 M0",
        "short": "distal esophagus",
        "icd": "C15.5",
        "plans": [{"id": "ESO_VMAT", "targets": [("PTV_5040", 50.4, 28)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 10.0), arc(2, 179.0, 181.0, "CCW", 350.0)]}],
        "oars": [("Lungs", "V20Gy", "<= 20%", "<= 25%", "14.8%"), ("Lungs", "Dmean", "<= 15 Gy", "<= 17 Gy",
                                                                  "11.9 Gy"),
                 ("Heart", "V30Gy", "<= 30%", "<= 40%", "22.6%"), ("Heart", "Dmean", "<= 26 Gy", "<= 30 Gy",
                                                                  "19.4 Gy"),
                 ("Spinal cord", "Dmax", "<= 45 Gy", "<= 47 Gy", "36.2 Gy"),
                 ("Liver", "Dmean", "<= 25 Gy", "<= 28 Gy", "9.1 Gy")],
        "oar_words": "",
        "cond": {},
        "ct": "Supine, arms up on a wing board, fasting 3 hours, 4D CT",
        "protocol": ("LUMC-GI-2405", "A randomized phase II study of neoadjuvant chemoradiation with or "
                     "without an oral radiosensitizer before esophagectomy (invented)", "Arm B"),
    },
    "nasopharynx": {
        "dx": "Nonkeratinizing carcinoma of the nasopharynx, EBV DNA positive, cT3 N2 M0 (AJCC 8th, stage III)",
        "short": "nasopharynx",
        "icd": "C11.9",
        "plans": [{"id": "NPX_VMAT", "targets": [("PTV_7000", 70.0, 33), ("PTV_5940", 59.4, 33),
                                                 ("PTV_5412", 54.12, 33)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 15.0), arc(2, 179.0, 181.0, "CCW", 345.0),
                             arc(3, 181.0, 179.0, "CW", 80.0)]}],
        "oars": [("Brainstem", "Dmax", "< 54 Gy", None, "53.1 Gy"), ("Spinal cord", "Dmax", "< 45 Gy", None,
                                                                  "39.4 Gy"),
                 ("Optic chiasm", "Dmax", "< 54 Gy", None, "47.8 Gy"),
                 ("Parotid R", "Dmean", "< 26 Gy", None, "25.3 Gy"),
                 ("Cochlea L", "Dmean", "< 45 Gy", None, "38.0 Gy"), ("Temporal lobes", "D1cc", "< 65 Gy", None,
                                                                      "63.2 Gy")],
        "oar_words": "the brainstem, optic chiasm, spinal cord, parotids, cochleae and temporal lobes",
        "cond": {1: "The primary extends to the clivus, within 3 mm of the brainstem and 5 mm of the optic "
                    "chiasm.",
                 4: "The high-dose PTV is concave posteriorly around the brainstem, which lies inside that "
                    "concavity."},
        "ct": "Supine, five-point thermoplastic mask, MRI fusion (T1 post-contrast, T2)",
    },
    "gbm": {
        "dx": "Glioblastoma, IDH-wildtype, MGMT promoter unmethylated, right temporal lobe, status post gross "
              "total resection",
        "short": "brain (right temporal)",
        "icd": "C71.2",
        "plans": [{"id": "RTEMP_VMAT", "targets": [("PTV_6000", 60.0, 30)],
                   "beams": [arc(1, 181.0, 179.0, "CW", 10.0), arc(2, 179.0, 181.0, "CCW", 350.0),
                             arc(3, 10.0, 170.0, "CW", 45.0, couch=270.0)]}],
        "oars": [("Brainstem", "Dmax", "< 54 Gy", None, "51.7 Gy"), ("Optic chiasm", "Dmax", "< 54 Gy", None,
                                                                  "44.0 Gy"),
                 ("Optic nerve R", "Dmax", "< 54 Gy", None, "49.6 Gy"), ("Cochlea R", "Dmean", "< 45 Gy", None,
                                                                        "33.5 Gy"),
                 ("Lens R", "Dmax", "< 7 Gy", None, "4.1 Gy")],
        "oar_words": "the right optic nerve, optic chiasm, brainstem and right cochlea",
        "cond": {1: "The PTV lies within 4 mm of the right optic nerve and 6 mm of the brainstem."},
        "ct": "Supine, thermoplastic head mask, fused post-operative MRI (T1 post-contrast, FLAIR)",
    },
    "prostate_nodes_twophase": {
        "dx": "Adenocarcinoma of the prostate, Gleason 4+4=8 (grade group 4), cT3a N0 M0, PSA 24.3 ng/mL; "
              "NCCN high risk, on androgen deprivation",
        "short": "prostate and pelvic nodes",
        "icd": "C61",
        "plans": [{"id": "PELV_VMAT", "targets": [("PTV_4500", 45.0, 25)], "fx": (1, 25),
                   "beams": [arc(1, 181.0, 179.0, "CW", 30.0, energy="10X"),
                             arc(2, 179.0, 181.0, "CCW", 330.0, energy="10X")]},
                  {"id": "BOOST_VMAT", "targets": [("PTV_BST", 34.2, 19)], "fx": (26, 44),
                   "beams": [arc(1, 181.0, 179.0, "CW", 30.0), arc(2, 179.0, 181.0, "CCW", 330.0)]}],
        "oars": [("Rectum (composite)", "V70Gy", "< 20%", None, "13.5%"),
                 ("Bladder (composite)", "V70Gy", "< 30%", None, "17.2%"),
                 ("Bowel bag", "V45Gy", "< 195 cc", None, "88 cc"), ("Femoral heads", "Dmax", "< 50 Gy", None,
                                                                     "41.3 Gy")],
        "oar_words": "the rectum, bladder, small bowel and femoral heads",
        "cond": {2: "A 5 mm posterior margin is used on the prostate so that the immediately adjacent anterior "
                    "rectal wall is protected.",
                 1: "The pelvic nodal CTV lies within 3 mm of small-bowel loops along the common iliac vessels."},
        "ct": "Supine, knee-and-foot immobilization, full bladder, rectal balloon not used; fiducials placed",
        "total": "79.2 Gy",
    },
    "apbi_3d": {
        "dx": "Invasive ductal carcinoma of the right breast, pT1a N0 (sentinel 0/2), ER+/PR+/HER2-negative, grade "
              "1, status post lumpectomy with negative margins",
        "short": "right breast (partial breast)",
        "icd": "C50.911",
        "plans": [{"id": "RBR_APBI_3D", "targets": [("PTV_EVAL", 38.5, 10)],
                   "beams": [fld(1, 30.0, 10.0, 0.0), fld(2, 70.0, 350.0, 15.0), fld(3, 210.0, 10.0, 0.0),
                             fld(4, 250.0, 350.0, 345.0)]}],
        "oars": [("Ipsilateral breast", "V19.25Gy", "< 50%", None, "38%"),
                 ("Ipsilateral lung", "V10Gy", "< 15%", None, "4.2%"),
                 ("Contralateral breast", "Dmax", "< 1.16 Gy", None, "0.6 Gy"),
                 ("Heart", "V5Gy", "< 5%", None, "0%"), ("Thyroid", "Dmax", "< 1.16 Gy", None, "0.2 Gy")],
        "oar_words": "",
        "cond": {},
        "ct": "Supine on a breast board, right arm up, lumpectomy clips marked",
        "bid": True,
    },
}


PATIENTS = {
    "nl01": ("Castellan", "Walter", "84102217", "1951-08-14", "M"),
    "nl02": ("Okonkwo-Reyes", "Dennis", "84103385", "1960-02-27", "M"),
    "nl03": ("Lindahl", "Marjorie", "84204416", "1952-11-03", "F"),
    "nl04": ("Ferreira-Quist", "Annalise", "84305527", "1958-06-19", "F"),
    "nl05": ("Baptiste", "Odile", "84206638", "1957-04-09", "F"),
    "nl06": ("Hrabal", "Stanislav", "84307749", "1949-12-22", "M"),
    "nl07": ("Ashdown", "Philippa", "84108850", "1955-09-30", "F"),
    "nl08": ("Greer-Montague", "Ellis", "84209961", "1950-03-16", "M"),
    "nl09": ("Tran-Whitaker", "Minh", "84110072", "1959-07-05", "M"),
    "nl10": ("Pemberton-Sato", "Lorraine", "84311183", "1953-10-11", "F"),
    "nl11": ("Vasquez-Hollis", "Arturo", "84212294", "1954-01-28", "M"),
    "nl12": ("Kowalewski", "Dorota", "84313305", "1947-05-17", "F"),
}
