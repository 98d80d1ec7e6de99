"""Clinical content per treatment site: diagnosis, prescription, OAR limits and achieved values, beams,
necessity reasons per LCD condition (the wording is this set's own)."""
from dataclasses import dataclass, field


@dataclass
class Target:
    name: str
    dose: float        # Gy
    fx: int
    desc: str

    @property
    def per_fx(self):
        return self.dose / self.fx


@dataclass
class Beam:
    kind: str          # arc | static
    bid: str
    gantry: float = 0.0          # static
    start: float = 0.0           # arc
    stop: float = 0.0
    rot: str = ""                # CW | CCW
    coll: float = 0.0
    couch: float = 0.0
    energy: str = "6X"
    mu: int = 0
    segments: int = 0

    def where(self):
        if self.kind == "arc":
            return "%s %.1f-%.1f %s" % (self.bid, self.start, self.stop, self.rot)
        return "%s gantry %.0f" % (self.bid, self.gantry)


@dataclass
class Site:
    key: str
    label: str
    dx: str
    icd: str
    targets: list
    constraints: list            # (structure, metric, limit)  e.g. ("Rectum", "V65Gy", "< 17%")
    achieved: dict               # structure -> achieved text (same order as constraints)
    target_achieved: list        # strings like "PTV_7000 D95% = 70.1 Gy"
    oars: list                   # prose names
    beams: list
    technique: str               # VMAT | step-and-shoot IMRT | fixed-beam-angle IMRT | compensator IMRT | 3D conformal
    reasons: dict                # LCD condition -> sentence
    history: str
    sim: str                     # simulation / immobilisation sentence
    extra: dict = field(default_factory=dict)

    @property
    def fx(self):
        return self.targets[0].fx


def arcs(*spec, energy="6X"):
    out = []
    for i, (s, e, r, c, mu) in enumerate(spec, 1):
        out.append(Beam("arc", "ARC%d" % i, start=s, stop=e, rot=r, coll=c, energy=energy, mu=mu))
    return out


def fields(angles, mus, energy="6X", segs=None, prefix="F"):
    out = []
    for i, (g, mu) in enumerate(zip(angles, mus), 1):
        out.append(Beam("static", "%s%d_G%03d" % (prefix, i, g), gantry=g, coll=0.0, energy=energy, mu=mu,
                        segments=(segs[i - 1] if segs else 0)))
    return out


SITES = {}


def _s(s):
    SITES[s.key] = s
    return s


_s(Site(
    "prostate", "prostate", "Adenocarcinoma of the prostate, Gleason 4+3=7 (Grade Group 3), cT2b N0 M0, PSA 11.4 ng/mL",
    "C61", [Target("PTV_7000", 70.0, 28, "prostate and proximal 1 cm of seminal vesicles + 5 mm (4 mm posterior)")],
    [("Rectum", "V65Gy", "< 17%"), ("Rectum", "V50Gy", "< 35%"), ("Bladder", "V65Gy", "< 25%"),
     ("Femoral head L", "Dmax", "< 45 Gy"), ("Femoral head R", "Dmax", "< 45 Gy"), ("Penile bulb", "Dmean", "< 50 Gy")],
    {"Rectum V65Gy": "9.8%", "Rectum V50Gy": "21.4%", "Bladder V65Gy": "11.2%", "Femoral head L Dmax": "31.6 Gy",
     "Femoral head R Dmax": "30.9 Gy", "Penile bulb Dmean": "27.3 Gy"},
    ["PTV_7000 D95% = 70.0 Gy", "PTV_7000 V107% = 0.0%", "Global max 74.6 Gy"],
    ["rectum", "bladder", "femoral heads", "penile bulb"],
    arcs((181, 179, "CW", 30, 318), (179, 181, "CCW", 330, 306), energy="6X-FFF"),
    "VMAT",
    {1: "The prostate sits directly on the anterior rectal wall; on the planning MRI fusion the posterior capsule is within 2 mm of the rectum, and the bladder base drapes over the superior gland.",
     4: "The seminal-vesicle extension makes the target concave posteriorly, cupping the rectum between the two vesicles."},
    "He has nocturia twice nightly, IPSS 9, no prior pelvic radiotherapy, and good erectile function on no medication.",
    "CT simulation supine with a knee cushion and foot holder, comfortably full bladder and empty rectum protocol, three fiducial markers in place."))

_s(Site(
    "oropharynx", "oropharynx", "Squamous cell carcinoma of the left tonsil, p16 positive, cT2 N1 M0 (AJCC 8th, stage I)",
    "C09.9", [Target("PTV_7000", 70.0, 35, "gross primary and involved level II node + 5 mm"),
              Target("PTV_6300", 63.0, 35, "high-risk nodal levels II-III left"),
              Target("PTV_5600", 56.0, 35, "elective levels II-IV bilaterally and left level Va")],
    [("Spinal cord PRV", "Dmax", "< 45 Gy"), ("Brainstem", "Dmax", "< 54 Gy"), ("Parotid R (contralateral)", "Dmean", "< 26 Gy"),
     ("Mandible", "Dmax", "< 70 Gy"), ("Larynx", "Dmean", "< 44 Gy"), ("Oral cavity", "Dmean", "< 40 Gy")],
    {"Spinal cord PRV Dmax": "38.6 Gy", "Brainstem Dmax": "41.2 Gy", "Parotid R (contralateral) Dmean": "22.9 Gy",
     "Mandible Dmax": "69.1 Gy", "Larynx Dmean": "38.3 Gy", "Oral cavity Dmean": "34.7 Gy"},
    ["PTV_7000 D95% = 69.8 Gy", "PTV_6300 D95% = 62.9 Gy", "PTV_5600 D95% = 56.2 Gy", "Global max 75.1 Gy"],
    ["spinal cord", "brainstem", "right parotid", "mandible", "larynx", "oral cavity"],
    fields([200, 240, 280, 320, 0, 40, 80, 120, 160], [142, 131, 118, 127, 139, 121, 116, 133, 140],
           segs=[11, 9, 10, 12, 10, 9, 11, 10, 12]),
    "step-and-shoot IMRT",
    {1: "The retropharyngeal and level II targets lie within 5 mm of the spinal cord PRV and the brainstem is a few millimetres above the superior nodal volume.",
     4: "The bilateral nodal volume is horseshoe-shaped, wrapping around the spinal cord and brainstem posteriorly and around the larynx anteriorly, so critical tissue sits inside the concavity."},
    "He is a former smoker (8 pack-years, quit 2009) with an ECOG performance status of 0.",
    "CT simulation supine with a 5-point thermoplastic mask, bite block and shoulder retractors; IV contrast given."))

_s(Site(
    "lung", "left lung", "Non-small cell lung cancer, adenocarcinoma, left upper lobe, cT2a N2 M0 (stage IIIA)",
    "C34.12", [Target("PTV_6000", 60.0, 30, "ITV from 4D-CT (primary and station 4L/5 nodes) + 5 mm")],
    [("Spinal cord", "Dmax", "< 50 Gy"), ("Lungs-GTV", "V20Gy", "< 35%"), ("Lungs-GTV", "Dmean", "< 20 Gy"),
     ("Heart", "Dmean", "< 20 Gy"), ("Heart", "V50Gy", "< 25%"), ("Esophagus", "Dmean", "< 34 Gy")],
    {"Spinal cord Dmax": "41.8 Gy", "Lungs-GTV V20Gy": "27.6%", "Lungs-GTV Dmean": "15.9 Gy", "Heart Dmean": "9.4 Gy",
     "Heart V50Gy": "3.1%", "Esophagus Dmean": "22.7 Gy"},
    ["PTV_6000 D95% = 59.7 Gy", "PTV_6000 Dmax = 65.3 Gy"],
    ["spinal cord", "lungs", "heart", "esophagus"],
    arcs((340, 170, "CW", 15, 287), (170, 340, "CCW", 345, 279), energy="6X"),
    "VMAT",
    {1: "The station 4L and 5 nodal disease lies against the esophagus and within 8 mm of the spinal cord, and the primary abuts the aortic arch and pericardium.",
     4: "The nodal ITV curves around the esophagus and the left main bronchus, so those tissues sit within the concavity of the target."},
    "She has a 40 pack-year history, FEV1 1.9 L (68% predicted), DLCO 61%, and will receive weekly carboplatin and paclitaxel.",
    "4D-CT simulation supine, arms up on a wing board with vacuum cushion; ITV from all ten phases."))

_s(Site(
    "spine_reirr", "lumbar spine (re-irradiation)", "Metastatic renal cell carcinoma to L1 and L2 with epidural extension (Bilsky 1b); prior T9-T12 radiotherapy",
    "C79.51", [Target("PTV_3000", 30.0, 10, "L1-L2 vertebral bodies, pedicles and epidural component + 3 mm")],
    [("Spinal cord / conus", "Dmax", "< 28 Gy"), ("Cauda equina", "Dmax", "< 30 Gy"), ("Kidney L", "Dmean", "< 10 Gy"),
     ("Kidney R", "Dmean", "< 10 Gy"), ("Small bowel", "Dmax", "< 30 Gy"), ("Cord at T12 junction (cumulative EQD2)", "Dmax", "< 60 Gy")],
    {"Spinal cord / conus Dmax": "25.7 Gy", "Cauda equina Dmax": "28.9 Gy", "Kidney L Dmean": "6.1 Gy",
     "Kidney R Dmean": "5.4 Gy", "Small bowel Dmax": "24.8 Gy", "Cord at T12 junction (cumulative EQD2) Dmax": "54.2 Gy"},
    ["PTV_3000 D95% = 29.4 Gy", "PTV_3000 Dmax = 32.6 Gy"],
    ["spinal cord and conus medullaris", "cauda equina", "kidneys", "small bowel"],
    fields([120, 145, 165, 180, 195, 215, 240], [98, 104, 112, 121, 110, 102, 96], segs=[8, 9, 9, 10, 9, 8, 8]),
    "step-and-shoot IMRT",
    {3: "T9 through T12 were treated here in June 2023 (30 Gy in 10 fractions, PA/AP fields); the new volume begins at the T12/L1 interspace, immediately below that field, so the new portals must abut the old inferior border with millimetre precision to avoid an overlap on the cord.",
     1: "The epidural component at L1 is within 2 mm of the conus medullaris."},
    "He has left flank and upper lumbar pain, 6/10, controlled on oxycodone; no weakness, no bowel or bladder change.",
    "CT simulation supine in a full-body vacuum bag with arms on chest; the 2023 plan and its CT were registered to the new scan to reconstruct the prior dose."))

_s(Site(
    "left_breast", "left breast", "Invasive ductal carcinoma of the left breast, upper inner quadrant, pT1c N0 (0/2 SLN), ER+/PR+/HER2-, after lumpectomy",
    "C50.212", [Target("PTV_4005", 40.05, 15, "whole left breast (cropped 5 mm from skin)")],
    [("Heart", "Dmean", "< 4 Gy"), ("LAD", "D0.1cc", "< 20 Gy"), ("Lung L", "V16Gy", "< 15%"),
     ("Breast R (contralateral)", "Dmean", "< 3 Gy")],
    {"Heart Dmean": "1.9 Gy", "LAD D0.1cc": "11.6 Gy", "Lung L V16Gy": "9.8%", "Breast R (contralateral) Dmean": "0.8 Gy"},
    ["PTV_4005 D95% = 38.6 Gy", "PTV_4005 V107% = 0.4%"],
    ["heart", "left anterior descending artery", "left lung", "right breast"],
    [Beam("static", "TD1_G298", gantry=298, energy="6X", mu=0), Beam("static", "TD2_G318", gantry=318, energy="6X", mu=0),
     Beam("static", "TD3_G118", gantry=118, energy="6X", mu=0), Beam("static", "TD4_G138", gantry=138, energy="6X", mu=0)],
    "fixed-beam-angle IMRT",
    {1: "The heart and the left anterior descending artery lie immediately beneath the chest wall under the tumour bed; in the free-breathing scan the LAD is 4 mm from the posterior breast PTV.",
     4: "The medial breast PTV is concave over the anterior heart border, so the heart sits within the curve of the target."},
    "Post-menopausal, on letrozole, with a history of hypertension treated with amlodipine.",
    "CT simulation supine on a breast board, both arms up, free breathing (she could not tolerate breath hold)."))

_s(Site(
    "right_breast", "right breast and regional nodes", "Invasive lobular carcinoma of the right breast, pT2 N1a (2/14), ER+/HER2-, after mastectomy",
    "C50.911", [Target("PTV_5000", 50.0, 25, "right chest wall, level III axilla, supraclavicular and internal mammary nodes")],
    [("Lung R", "V20Gy", "< 30%"), ("Lung R", "Dmean", "< 16 Gy"), ("Heart", "Dmean", "< 4 Gy"), ("Esophagus", "Dmax", "< 45 Gy"),
     ("Thyroid", "Dmean", "< 25 Gy"), ("Breast L (contralateral)", "Dmean", "< 3 Gy")],
    {"Lung R V20Gy": "26.3%", "Lung R Dmean": "13.8 Gy", "Heart Dmean": "2.2 Gy", "Esophagus Dmax": "39.9 Gy",
     "Thyroid Dmean": "18.4 Gy", "Breast L (contralateral) Dmean": "1.7 Gy"},
    ["PTV_5000 D95% = 48.1 Gy", "PTV_5000 V107% = 1.2%"],
    ["right lung", "heart", "esophagus", "thyroid", "left breast"],
    [Beam("static", "TD1_G020", gantry=20, energy="6X"), Beam("static", "TD2_G050", gantry=50, energy="6X"),
     Beam("static", "TD3_G080", gantry=80, energy="6X"), Beam("static", "TD4_G210", gantry=210, energy="6X"),
     Beam("static", "TD5_G235", gantry=235, energy="6X"), Beam("static", "TD6_G340", gantry=340, energy="6X")],
    "fixed-beam-angle IMRT",
    {4: "The chest-wall and internal-mammary target is convex anteriorly and concave over the right lung, which fills the curve of the target along its whole length, with the esophagus medial to the supraclavicular volume.",
     1: "The internal mammary nodes lie within 5 mm of the pleura and the esophagus."},
    "Adjuvant dose-dense AC-T completed; reconstruction deferred.",
    "CT simulation supine on an inclined board, right arm abducted, wire on the mastectomy scar, bolus planned on alternate days."))

_s(Site(
    "cervix", "cervix", "Squamous cell carcinoma of the cervix, FIGO 2018 IIIC1r, left external iliac node 2.1 cm",
    "C53.9", [Target("PTV_4500", 45.0, 25, "cervix, uterus, parametria, upper vagina and pelvic nodes"),
              Target("PTV_5500", 55.0, 25, "gross left external iliac node (simultaneous boost)")],
    [("Bowel bag", "V45Gy", "< 195 cc"), ("Rectum", "V40Gy", "< 80%"), ("Bladder", "V45Gy", "< 80%"),
     ("Femoral heads", "V30Gy", "< 15%"), ("Pelvic bone marrow", "V10Gy", "< 90%"), ("Pelvic bone marrow", "V20Gy", "< 75%")],
    {"Bowel bag V45Gy": "141 cc", "Rectum V40Gy": "71%", "Bladder V45Gy": "52%", "Femoral heads V30Gy": "6%",
     "Pelvic bone marrow V10Gy": "86%", "Pelvic bone marrow V20Gy": "68%"},
    ["PTV_4500 D95% = 44.7 Gy", "PTV_5500 D95% = 54.6 Gy", "Global max 58.4 Gy"],
    ["small bowel", "rectum", "bladder", "femoral heads", "pelvic bone marrow"],
    arcs((181, 179, "CW", 30, 402), (179, 181, "CCW", 330, 396), energy="10X"),
    "VMAT",
    {4: "The pelvic nodal CTV runs along both iliac chains and is concave anteriorly, so the small bowel loops lie inside the curve of the target between the nodal chains.",
     1: "The bowel loops rest directly on the uterine fundus and the rectum is against the posterior cervix."},
    "G3P3, with post-coital bleeding since the autumn; creatinine is normal and there is no hydronephrosis.",
    "CT simulation supine with an indexed knee and foot immobiliser, full-bladder and empty-bladder scans for the ITV, vaginal marker in place."))

_s(Site(
    "esophagus", "distal esophagus", "Adenocarcinoma of the distal esophagus / GE junction (Siewert I), cT3 N1 M0",
    "C15.5", [Target("PTV_5040", 50.4, 28, "distal esophagus tumour, celiac and paraesophageal nodes")],
    [("Heart", "Dmean", "< 26 Gy"), ("Heart", "V30Gy", "< 30%"), ("Lungs", "V20Gy", "< 20%"), ("Lungs", "Dmean", "< 15 Gy"),
     ("Spinal cord", "Dmax", "< 45 Gy"), ("Liver", "Dmean", "< 25 Gy")],
    {"Heart Dmean": "17.3 Gy", "Heart V30Gy": "14.8%", "Lungs V20Gy": "12.1%", "Lungs Dmean": "10.4 Gy",
     "Spinal cord Dmax": "36.1 Gy", "Liver Dmean": "8.2 Gy"},
    ["PTV_5040 D95% = 49.9 Gy", "PTV_5040 Dmax = 54.1 Gy"],
    ["heart", "lungs", "spinal cord", "liver"],
    fields([0, 35, 145, 180, 215, 300, 330], [131, 118, 122, 140, 119, 112, 126], energy="10X", segs=[9, 8, 8, 10, 8, 7, 9]),
    "step-and-shoot IMRT",
    {1: "The tumour lies directly on the posterior wall of the left atrium and within 6 mm of the spinal cord; the celiac nodes sit against the liver and stomach.",
     4: "The paraesophageal nodal target curves around the posterior heart, which lies within the concave face of the volume."},
    "He has dysphagia to solids, 6 kg weight loss, and will have weekly carboplatin and paclitaxel followed by surgery.",
    "CT simulation supine, arms up, 4D-CT with oral contrast, fasting for 3 hours."))

_s(Site(
    "bot_comp", "base of tongue", "Squamous cell carcinoma of the base of tongue, p16 positive, cT3 N2 M0",
    "C01", [Target("PTV_7000", 70.0, 35, "primary and involved nodes + 5 mm"),
            Target("PTV_5600", 56.0, 35, "elective neck levels Ib-V bilaterally")],
    [("Spinal cord", "Dmax", "< 45 Gy"), ("Brainstem", "Dmax", "< 54 Gy"), ("Parotid L", "Dmean", "< 26 Gy"),
     ("Parotid R", "Dmean", "< 26 Gy"), ("Larynx", "Dmean", "< 45 Gy"), ("Mandible", "Dmax", "< 70 Gy")],
    {"Spinal cord Dmax": "40.4 Gy", "Brainstem Dmax": "37.2 Gy", "Parotid L Dmean": "24.8 Gy", "Parotid R Dmean": "23.6 Gy",
     "Larynx Dmean": "41.9 Gy", "Mandible Dmax": "68.8 Gy"},
    ["PTV_7000 D95% = 69.5 Gy", "PTV_5600 D95% = 55.8 Gy"],
    ["spinal cord", "brainstem", "parotid glands", "larynx", "mandible"],
    fields([0, 52, 103, 154, 206, 257, 308], [156, 149, 160, 171, 166, 152, 147], prefix="C"),
    "compensator IMRT",
    {4: "The bilateral neck volume is concave posteriorly around the spinal cord and brainstem, which sit inside the curve of the target from C1 to C6.",
     1: "The retropharyngeal nodes are within 4 mm of the cord."},
    "A lifelong non-smoker, with otalgia and a 3 cm left level II node.",
    "CT simulation supine with a thermoplastic head-and-shoulder mask and mouthpiece."))

_s(Site(
    "prostate_dil", "prostate (focal boost)", "Adenocarcinoma of the prostate, Gleason 4+4=8, cT2c N0 M0, PSA 14.9 ng/mL; PI-RADS 5 lesion in the left posterior peripheral zone",
    "C61", [Target("PTV_7700", 77.0, 35, "prostate + 5 mm (3 mm posterior)"),
            Target("GTV_DIL_9500", 95.0, 35, "MRI-defined dominant intraprostatic lesion, simultaneous integrated boost")],
    [("Rectum", "V72Gy", "< 10%"), ("Rectum", "V64Gy", "< 25%"), ("Bladder", "V72Gy", "< 10%"),
     ("Urethra PRV", "Dmax", "< 80 Gy"), ("Femoral heads", "Dmax", "< 50 Gy")],
    {"Rectum V72Gy": "3.4%", "Rectum V64Gy": "9.8%", "Bladder V72Gy": "4.2%", "Urethra PRV Dmax": "79.1 Gy",
     "Femoral heads Dmax": "33.1 Gy"},
    ["PTV_7700 D98% = 75.9 Gy", "GTV_DIL_9500 D98% = 93.4 Gy"],
    ["rectum", "bladder", "urethra", "femoral heads"],
    arcs((181, 179, "CW", 15, 428), (179, 181, "CCW", 345, 417), energy="10X"),
    "VMAT",
    {5: "The MRI-visible lesion will be escalated to 95 Gy in 35 fractions as a simultaneous integrated boost, far above the 70-78 Gy a prostate receives with conventional or 3D conformal treatment.",
     1: "The lesion is in the left posterior peripheral zone, within 4 mm of the anterior rectal wall."},
    "He has a strong urinary stream, IPSS 6, and will take 18 months of androgen deprivation.",
    "CT and 3 T MRI simulation on the same day, supine, knee and foot fixation, rectal spacer hydrogel placed two weeks earlier."))

_s(Site(
    "prostate_nodes", "prostate and pelvic nodes", "Adenocarcinoma of the prostate, Gleason 4+5=9, cT3a N0 M0, PSA 22.0 ng/mL (NCCN very high risk)",
    "C61", [Target("PTV_4500", 45.0, 25, "prostate, seminal vesicles and pelvic lymph nodes (plan PELV_NODES_VMAT)"),
            Target("PTV_BST_3420", 34.2, 19, "prostate and proximal seminal vesicles, sequential boost (plan PROS_BST_VMAT); 79.2 Gy cumulative")],
    [("Bowel bag", "V45Gy", "< 195 cc"), ("Rectum", "V70Gy", "< 20%"), ("Rectum", "V50Gy", "< 50%"),
     ("Bladder", "V70Gy", "< 35%"), ("Femoral heads", "V50Gy", "< 5%"), ("Penile bulb", "Dmean", "< 52.5 Gy")],
    {"Bowel bag V45Gy": "88 cc", "Rectum V70Gy": "12.7%", "Rectum V50Gy": "33.0%", "Bladder V70Gy": "17.9%",
     "Femoral heads V50Gy": "0.0%", "Penile bulb Dmean": "38.4 Gy"},
    ["PTV_4500 D95% = 44.8 Gy", "PTV_BST_3420 D95% = 34.1 Gy (79.0 Gy composite)"],
    ["small bowel", "rectum", "bladder", "femoral heads", "penile bulb"],
    arcs((181, 179, "CW", 20, 341), (179, 181, "CCW", 340, 336), energy="10X"),
    "VMAT",
    {4: "The pelvic nodal CTV follows both iliac chains and is concave anteriorly, with loops of small bowel and the bladder dome lying within the concavity between the nodal volumes.",
     1: "The prostate boost volume is within 2 mm of the anterior rectal wall."},
    "He has mild obstructive voiding symptoms and has started leuprolide for a planned 24 months.",
    "CT simulation supine with knee and foot fixation, full bladder, empty rectum; three gold fiducials."))

_s(Site(
    "pancreas", "pancreas (SBRT)", "Adenocarcinoma of the pancreatic head, borderline resectable (SMV abutment 180 degrees), after 4 months of FOLFIRINOX",
    "C25.0", [Target("PTV_3300", 33.0, 5, "pancreatic head tumour and tumour-vessel interface + 3 mm (2 mm toward the duodenum)")],
    [("Duodenum", "D0.5cc", "< 35 Gy"), ("Duodenum", "V33Gy", "< 1 cc"), ("Stomach", "D0.5cc", "< 35 Gy"),
     ("Small bowel", "D0.5cc", "< 35 Gy"), ("Kidneys (combined)", "V12Gy", "< 25%"), ("Spinal cord", "Dmax", "< 20 Gy")],
    {"Duodenum D0.5cc": "32.8 Gy", "Duodenum V33Gy": "0.4 cc", "Stomach D0.5cc": "30.1 Gy", "Small bowel D0.5cc": "27.4 Gy",
     "Kidneys (combined) V12Gy": "6.3%", "Spinal cord Dmax": "11.9 Gy"},
    ["PTV_3300 D90% = 33.2 Gy", "PTV_3300 Dmax = 39.7 Gy"],
    ["duodenum", "stomach", "small bowel", "kidneys", "spinal cord"],
    arcs((181, 179, "CW", 10, 1462), (179, 181, "CCW", 350, 1418), energy="10X-FFF"),
    "VMAT",
    {2: "The duodenal C-loop is immediately adjacent to the tumour along its lateral border, so the PTV margin there has been reduced to 2 mm (3 mm elsewhere) with daily cone-beam CT and breath-hold gating to keep the duodenum out of the high-dose region.",
     1: "The tumour abuts the duodenum and lies within 3 mm of the stomach antrum."},
    "ECOG 1; CA 19-9 down from 812 to 96 U/mL on chemotherapy; biliary stent in place.",
    "CT simulation with IV contrast in end-exhale breath hold, arms up, vacuum cushion; fiducials placed by EUS."))

_s(Site(
    "anal", "anal canal", "Squamous cell carcinoma of the anal canal, cT2 N1a M0",
    "C21.1", [Target("PTV_5400", 54.0, 30, "primary tumour and involved inguinal node + 1 cm"),
              Target("PTV_4500", 45.0, 30, "elective pelvic and inguinal nodes")],
    [("Small bowel", "V45Gy", "< 20 cc"), ("Bladder", "V40Gy", "< 35%"), ("Femoral heads", "V40Gy", "< 35%"),
     ("External genitalia", "V20Gy", "< 50%"), ("Iliac crest", "V30Gy", "< 50%")],
    {"Small bowel V45Gy": "6.2 cc", "Bladder V40Gy": "24%", "Femoral heads V40Gy": "12%",
     "External genitalia V20Gy": "41%", "Iliac crest V30Gy": "38%"},
    ["PTV_5400 D95% = 53.6 Gy", "PTV_4500 D95% = 44.9 Gy"],
    ["small bowel", "bladder", "femoral heads", "external genitalia", "iliac crests"],
    arcs((182, 178, "CW", 10, 372), (178, 182, "CCW", 350, 365), energy="6X"),
    "VMAT",
    {4: "The inguinal and pelvic nodal volumes form a concave target around the bladder and external genitalia, which lie inside its curve.",
     1: "The small bowel lies directly above the upper pelvic nodes."},
    "HIV negative, with rectal bleeding and a palpable right inguinal node; mitomycin and capecitabine are planned.",
    "CT simulation supine, frog-leg with vacuum cushion, anal marker, full bladder."))

_s(Site(
    "gbm", "brain", "Glioblastoma, IDH wild-type, MGMT unmethylated, right temporal lobe, after gross total resection",
    "C71.2", [Target("PTV_6000", 60.0, 30, "resection cavity and FLAIR abnormality + 2 cm (CTV) + 3 mm")],
    [("Brainstem", "Dmax", "< 54 Gy"), ("Optic chiasm", "Dmax", "< 54 Gy"), ("Optic nerve R", "Dmax", "< 54 Gy"),
     ("Optic nerve L", "Dmax", "< 54 Gy"), ("Cochlea R", "Dmean", "< 45 Gy"), ("Lens R", "Dmax", "< 7 Gy")],
    {"Brainstem Dmax": "53.1 Gy", "Optic chiasm Dmax": "51.8 Gy", "Optic nerve R Dmax": "47.6 Gy",
     "Optic nerve L Dmax": "22.4 Gy", "Cochlea R Dmean": "39.5 Gy", "Lens R Dmax": "4.1 Gy"},
    ["PTV_6000 D95% = 58.9 Gy", "PTV_6000 Dmax = 63.2 Gy"],
    ["brainstem", "optic chiasm", "optic nerves", "right cochlea", "lenses"],
    [Beam("arc", "ARC1", start=181, stop=179, rot="CW", coll=30, couch=0, energy="6X", mu=341),
     Beam("arc", "ARC2", start=179.9, stop=30, rot="CCW", coll=330, couch=315, energy="6X", mu=212)],
    "VMAT",
    {1: "The medial CTV reaches the right cerebral peduncle and lies within 3 mm of the brainstem and 4 mm of the optic chiasm.",
     4: "The target wraps around the temporal horn and curves medially around the brainstem."},
    "Headaches and left homonymous field cut before surgery; Karnofsky 80; temozolomide planned.",
    "CT simulation supine in a thermoplastic head mask, registered to the post-operative MRI (T1 post-contrast and FLAIR)."))

_s(Site(
    "larynx", "larynx", "Squamous cell carcinoma of the supraglottic larynx, cT3 N1 M0",
    "C32.1", [Target("PTV_7000", 70.0, 35, "primary and involved node + 5 mm"),
              Target("PTV_5600", 56.0, 35, "elective levels II-IV bilaterally")],
    [("Spinal cord", "Dmax", "< 45 Gy"), ("Parotid L", "Dmean", "< 26 Gy"), ("Parotid R", "Dmean", "< 26 Gy"),
     ("Oral cavity", "Dmean", "< 35 Gy"), ("Esophagus (cervical)", "Dmean", "< 40 Gy")],
    {"Spinal cord Dmax": "39.2 Gy", "Parotid L Dmean": "21.6 Gy", "Parotid R Dmean": "19.8 Gy",
     "Oral cavity Dmean": "28.3 Gy", "Esophagus (cervical) Dmean": "37.5 Gy"},
    ["PTV_7000 D95% = 69.6 Gy", "PTV_5600 D95% = 55.9 Gy"],
    ["spinal cord", "parotid glands", "oral cavity", "cervical esophagus"],
    arcs((181, 179, "CW", 10, 361), (179, 181, "CCW", 350, 354), energy="6X-FFF"),
    "VMAT",
    {4: "The bilateral level II-IV volume wraps around the spinal cord posteriorly, so the cord lies within the concavity of the target.",
     1: "The involved level III node is within 6 mm of the spinal cord."},
    "A current smoker, hoarse for five months, with a fixed left hemilarynx on laryngoscopy.",
    "CT simulation supine in a 5-point mask with shoulder pulls; IV contrast."))

_s(Site(
    "rectum", "rectum", "Adenocarcinoma of the mid rectum, 7 cm from the anal verge, cT3c N1 M0 (MRI: CRM clear)",
    "C20", [Target("PTV_5040", 50.4, 28, "rectum, mesorectum, presacral and internal iliac nodes")],
    [("Bowel bag", "V45Gy", "< 195 cc"), ("Bladder", "V50Gy", "< 50%"), ("Femoral heads", "V45Gy", "< 25%")],
    {"Bowel bag V45Gy": "112 cc", "Bladder V50Gy": "27%", "Femoral heads V45Gy": "4%"},
    ["PTV_5040 D95% = 49.8 Gy"],
    ["small bowel", "bladder", "femoral heads"],
    arcs((181, 179, "CW", 15, 352), (179, 181, "CCW", 345, 347), energy="10X"),
    "VMAT",
    {1: "Loops of small bowel lie directly on the superior presacral nodal target."},
    "Rectal bleeding for four months; CEA 4.1; capecitabine planned concurrently.",
    "CT simulation prone on a belly board, full bladder, IV and oral contrast."))

_s(Site(
    "endometrium", "pelvis (post-operative endometrium)", "Endometrioid adenocarcinoma of the endometrium, FIGO 2009 IIIC1, after TH/BSO and pelvic lymphadenectomy",
    "C54.1", [Target("PTV_4500", 45.0, 25, "vaginal cuff, upper vagina, parametria and pelvic nodes (ITV for cuff motion)")],
    [("Bowel bag", "V40Gy", "< 30%"), ("Rectum", "V30Gy", "< 60%"), ("Bladder", "V45Gy", "< 35%"),
     ("Femoral heads", "V30Gy", "< 15%"), ("Pelvic bone marrow", "V10Gy", "< 90%")],
    {"Bowel bag V40Gy": "17%", "Rectum V30Gy": "52%", "Bladder V45Gy": "21%", "Femoral heads V30Gy": "5%",
     "Pelvic bone marrow V10Gy": "84%"},
    ["PTV_4500 D95% = 44.6 Gy"],
    ["small bowel", "rectum", "bladder", "femoral heads", "pelvic bone marrow"],
    fields([180, 230, 280, 330, 30, 80, 130], [164, 151, 148, 159, 156, 147, 152], energy="10X", segs=[10, 9, 9, 10, 9, 9, 10]),
    "step-and-shoot IMRT",
    {4: "The nodal CTV wraps around the small bowel and the bladder, which fill the concavity between the iliac chains and the vaginal cuff.",
     1: "The vaginal cuff target lies directly between the bladder base and the rectum."},
    "Recovering well from surgery; carboplatin and paclitaxel will follow radiotherapy.",
    "CT simulation supine, full and empty bladder scans, vaginal marker, knee and foot fixation."))

_s(Site(
    "prostate_bed", "prostate bed", "Biochemically recurrent adenocarcinoma of the prostate after radical prostatectomy (pT3a N0, Gleason 4+3), PSA 0.42 ng/mL and rising",
    "C61", [Target("PTV_6600", 66.0, 33, "prostate bed per consensus contours + 7 mm (5 mm posterior)")],
    [("Rectum", "V65Gy", "< 35%"), ("Rectum", "V40Gy", "< 55%"), ("Bladder", "V65Gy", "< 50%"),
     ("Femoral heads", "Dmax", "< 50 Gy"), ("Penile bulb", "Dmean", "< 52 Gy")],
    {"Rectum V65Gy": "14.1%", "Rectum V40Gy": "41.9%", "Bladder V65Gy": "23.6%", "Femoral heads Dmax": "37.0 Gy",
     "Penile bulb Dmean": "30.2 Gy"},
    ["PTV_6600 D95% = 65.6 Gy"],
    ["rectum", "bladder", "femoral heads", "penile bulb"],
    fields([180, 230, 280, 330, 30, 80, 130], [118, 112, 109, 114, 113, 108, 116], segs=[9, 8, 8, 9, 8, 8, 9]),
    "step-and-shoot IMRT",
    {1: "The prostate-bed target is wedged between the bladder neck and the anterior rectal wall, which are in direct contact with it along its whole length.",
     4: "The bed target is concave posteriorly around the rectum."},
    "Continent, with mild erectile dysfunction; PSMA PET showed no extra-pelvic disease.",
    "CT simulation supine, knee and foot fixation, comfortably full bladder, rectal emptying protocol."))

_s(Site(
    "bladder3d", "bladder", "Urothelial carcinoma of the bladder, muscle-invasive, cT2 N0 M0, after maximal TURBT (bladder-preservation)",
    "C67.9", [Target("PTV_5500", 55.0, 20, "whole bladder + 1.5 cm")],
    [("Rectum", "V50Gy", "< 50%"), ("Femoral heads", "Dmax", "< 50 Gy"), ("Small bowel", "Dmax", "< 52 Gy")],
    {"Rectum V50Gy": "24%", "Femoral heads Dmax": "44.1 Gy", "Small bowel Dmax": "49.7 Gy"},
    ["PTV_5500 D95% = 53.9 Gy"],
    ["rectum", "femoral heads", "small bowel"],
    [Beam("static", "AP", gantry=0, energy="15X", mu=201), Beam("static", "PA", gantry=180, energy="15X", mu=198),
     Beam("static", "RT_LAT", gantry=270, energy="15X", mu=189), Beam("static", "LT_LAT", gantry=90, energy="15X", mu=190)],
    "3D conformal",
    {},
    "COPD and chronic kidney disease (eGFR 44); not a cystectomy candidate; weekly gemcitabine is planned.",
    "CT simulation supine with an empty bladder, knee and foot fixation."))

_s(Site(
    "prostate_esc", "prostate (dose-escalated)", "Adenocarcinoma of the prostate, Gleason 3+4=7 (Grade Group 2), cT2a N0 M0, PSA 7.8 ng/mL",
    "C61", [Target("PTV_7920", 79.2, 44, "prostate and proximal seminal vesicles + 6 mm (4 mm posterior)")],
    [("Rectum", "V70Gy", "< 20%"), ("Rectum", "V50Gy", "< 50%"), ("Bladder", "V70Gy", "< 35%"),
     ("Femoral heads", "V50Gy", "< 5%"), ("Penile bulb", "Dmean", "< 52.5 Gy")],
    {"Rectum V70Gy": "11.9%", "Rectum V50Gy": "29.4%", "Bladder V70Gy": "14.2%", "Femoral heads V50Gy": "0.0%",
     "Penile bulb Dmean": "34.6 Gy"},
    ["PTV_7920 D95% = 78.9 Gy"],
    ["rectum", "bladder", "femoral heads", "penile bulb"],
    arcs((181, 179, "CW", 20, 301), (179, 181, "CCW", 340, 297), energy="6X"),
    "VMAT",
    {5: "The prostate will be taken to 79.2 Gy, which is beyond the 66-70 Gy that a conventional or 3D conformal technique could deliver to this gland."},
    "Hypertension and well-controlled type 2 diabetes; IPSS 11.",
    "CT simulation supine with knee and foot fixation, full bladder, fiducials."))
