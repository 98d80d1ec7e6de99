"""Treatment-site profiles: prescription, organ-at-risk constraints, beam arrangement, set-up and the
wording a physician would use for each of the LCD's five necessity conditions at that site.

Doses and constraints are typical textbook values chosen to look plausible; they are not advice.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    name: str
    dose: str  # Gy, as printed
    fx: int
    goal: str = "D95 >= 100%"

    @property
    def per_fx(self) -> str:
        return f"{float(self.dose) / self.fx:.2f}"


@dataclass(frozen=True)
class Beam:
    fid: str
    name: str
    technique: str
    energy: str
    gantry: str
    coll: str
    couch: str
    mu: str


def fields(angles, energy="6X", technique="IMRT (sliding window)", coll="0.0", couch=None, mu0=101):
    out = []
    for i, g in enumerate(angles, 1):
        c = couch[i - 1] if couch else "0.0"
        out.append(Beam(str(i), f"G{g}", technique, energy, f"{g}.0", coll, c, str(mu0 + (i * 37) % 61)))
    return out


def arcs(specs, energy="6X", mu=(312, 298)):
    out = []
    for i, (start, stop, dirn, coll) in enumerate(specs, 1):
        out.append(Beam(str(i), f"ARC{i}_{dirn}", "VMAT", energy, f"{start}.0 -> {stop}.0 {dirn}",
                        f"{coll}.0", "0.0", str(mu[(i - 1) % len(mu)])))
    return out


SEVEN = [0, 51, 103, 154, 206, 257, 309]
NINE = [0, 40, 80, 120, 160, 200, 240, 280, 320]
FIVE = [0, 72, 144, 216, 288]
TWO_ARCS = [(181, 179, "CW", 30), (179, 181, "CCW", 330)]


@dataclass(frozen=True)
class Site:
    key: str
    diagnosis: str
    icd: str
    region: str
    plan: str
    machine: str
    technique: str
    targets: list[Target]
    constraints: list[tuple[str, str]]
    oars: list[str]
    beams: list[Beam]
    position: str
    immobilization: str
    scan: str
    criteria: dict[int, str] = field(default_factory=dict)
    dvh_results: list[tuple[str, str, str]] = field(default_factory=list)
    mri: bool = False

    @property
    def oar_text(self) -> str:
        return ", ".join(self.oars[:-1]) + " and " + self.oars[-1]

    @property
    def target_text(self) -> str:
        return ", ".join(t.name for t in self.targets)


SITES = {s.key: s for s in [
    Site("oropharynx", "squamous cell carcinoma of the left base of tongue, cT2 N1 M0, p16 positive", "C01",
         "oropharynx and bilateral neck", "HN_VMAT", "LINAC-2", "VMAT (2 arcs), 6 MV",
         [Target("PTV70", "70", 35), Target("PTV63", "63", 35), Target("PTV56", "56", 35)],
         [("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Parotids (each)", "mean < 26 Gy"),
          ("Mandible", "Dmax < 70 Gy"), ("Larynx", "mean < 44 Gy")],
         ["spinal cord", "brainstem", "parotid glands", "mandible", "larynx"], arcs(TWO_ARCS),
         "supine, head neutral on a standard headrest, shoulders pulled down",
         "a 5-point thermoplastic head, neck and shoulder mask", "from the vertex to the carina, 2 mm slices, IV contrast",
         {1: "The target volume is in close proximity to critical structures that must be protected: the spinal "
             "cord lies within 1 cm of the retropharyngeal nodal PTV and both parotid glands border the level II nodal volumes.",
          4: "The nodal target is concave and wraps around the spinal cord and brainstem, which sit within that concavity."},
         [("PTV70", "D95", "100.4%"), ("Spinal cord", "Dmax", "39.8 Gy"), ("Brainstem", "Dmax", "41.2 Gy"),
          ("Right parotid", "mean", "23.1 Gy"), ("Left parotid", "mean", "25.4 Gy"), ("Larynx", "mean", "38.0 Gy")]),
    Site("prostate", "adenocarcinoma of the prostate, Gleason 4+3, cT2b, PSA 11.2", "C61",
         "prostate and proximal seminal vesicles", "PROS_IMRT", "LINAC-1", "7-field IMRT, 10 MV",
         [Target("PTV79.2", "79.2", 44)],
         [("Rectum", "V70 < 20%"), ("Rectum", "V50 < 50%"), ("Bladder", "V70 < 35%"),
          ("Femoral heads", "Dmax < 50 Gy"), ("Penile bulb", "mean < 52.5 Gy")],
         ["rectum", "bladder", "femoral heads", "penile bulb"], fields(SEVEN, "10X"),
         "supine with arms on chest", "a knee and foot immobilizer (Vac-Lok style cushion)",
         "from L3 to mid-femur, 2 mm slices, with a full bladder and empty rectum; three gold fiducials were confirmed",
         {1: "The prostate PTV lies in close proximity to the anterior rectal wall and bladder base, critical "
             "structures that must be protected.",
          5: "Dose escalation to 79.2 Gy is planned, in excess of the doses commonly delivered for this tumor "
             "with conventional treatment."},
         [("PTV79.2", "D95", "100.1%"), ("Rectum", "V70", "12.4%"), ("Rectum", "V50", "31.0%"),
          ("Bladder", "V70", "18.2%"), ("Femoral heads", "Dmax", "41.5 Gy")]),
    Site("brain", "glioblastoma of the right temporal lobe, IDH wild-type, status post subtotal resection", "C71.2",
         "right temporal lobe", "BRAIN_IMRT", "LINAC-2", "5-field non-coplanar IMRT, 6 MV",
         [Target("PTV60", "60", 30)],
         [("Brainstem", "Dmax < 54 Gy"), ("Optic chiasm", "Dmax < 54 Gy"), ("Optic nerves", "Dmax < 54 Gy"),
          ("Cochlea (right)", "mean < 45 Gy"), ("Lenses", "Dmax < 7 Gy")],
         ["brainstem", "optic chiasm", "optic nerves", "right cochlea"],
         fields([300, 250, 200, 330, 30], couch=["0.0", "0.0", "0.0", "90.0", "270.0"]),
         "supine, head on a neutral headrest", "a thermoplastic head mask",
         "of the whole head, 1.25 mm slices, fused with the post-operative T1 contrast MRI",
         {1: "The target volume is in close proximity to critical structures that must be protected, namely the "
             "brainstem medially and the optic chiasm anteriorly."}, mri=True),
    Site("lung", "non-small cell lung cancer of the left upper lobe, cT3 N2 M0, squamous histology", "C34.12",
         "left upper lobe and mediastinum", "LUNG_IMRT", "LINAC-1", "7-field IMRT, 6 MV",
         [Target("PTV60", "60", 30)],
         [("Spinal cord", "Dmax < 50 Gy"), ("Total lung", "V20 < 35%"), ("Heart", "mean < 20 Gy"),
          ("Esophagus", "mean < 34 Gy")],
         ["spinal cord", "lungs", "heart", "esophagus"], fields([180, 210, 240, 300, 330, 0, 30]),
         "supine with both arms raised on a wing board", "a wing board and a vacuum cushion under the knees",
         "of the chest, 2.5 mm slices, free breathing plus a 4D-CT to measure tumor motion",
         {1: "The mediastinal nodal target is in close proximity to the esophagus and spinal cord, critical "
             "structures that must be protected, and the heart lies directly below the subcarinal nodes."}),
    Site("endometrium", "endometrioid adenocarcinoma of the endometrium, FIGO IIIC1, status post hysterectomy", "C54.1",
         "pelvis (vaginal cuff and pelvic lymph nodes)", "PELV_IMRT", "LINAC-2", "9-field IMRT, 6 MV",
         [Target("PTV45", "45", 25)],
         [("Bowel bag", "V45 < 195 cc"), ("Rectum", "V40 < 80%"), ("Bladder", "V45 < 35%"),
          ("Femoral heads", "Dmax < 45 Gy")],
         ["small bowel", "rectum", "bladder", "femoral heads"], fields(NINE),
         "supine with arms on chest", "a vacuum cushion from the waist to the feet",
         "from L2 to the mid-femur, 2.5 mm slices, full bladder, with a vaginal marker", {}),
    Site("prostate_bed", "adenocarcinoma of the prostate, pT3a N0, detectable PSA after radical prostatectomy", "C61",
         "prostate bed", "PB_VMAT", "LINAC-1", "VMAT (2 arcs), 10 MV",
         [Target("PTV66", "66", 33)],
         [("Rectum", "V65 < 35%"), ("Bladder", "V65 < 50%"), ("Femoral heads", "Dmax < 50 Gy")],
         ["rectum", "bladder", "femoral heads", "small bowel"], arcs(TWO_ARCS, "10X", (402, 388)),
         "supine with arms on chest", "a knee and foot immobilizer",
         "from L4 to mid-femur, 2 mm slices, with a comfortably full bladder", {}),
    Site("nasopharynx_rt2", "recurrent nasopharyngeal carcinoma, rT2 N0, previously irradiated in 2019", "C11.9",
         "nasopharynx (re-irradiation)", "NPX_RE_IMRT", "LINAC-2", "9-field IMRT, 6 MV",
         [Target("PTV60", "60", 30)],
         [("Brainstem", "Dmax < 30 Gy (this course)"), ("Spinal cord", "Dmax < 20 Gy (this course)"),
          ("Optic chiasm", "Dmax < 25 Gy (this course)"), ("Temporal lobes", "D1cc < 40 Gy (this course)")],
         ["brainstem", "spinal cord", "optic chiasm", "temporal lobes"], fields(NINE),
         "supine, head neutral", "a 5-point thermoplastic mask with a custom head cushion",
         "from the vertex to the clavicles, 1.25 mm slices, fused with MRI",
         {1: "The recurrent tumor is in close proximity to the brainstem and optic chiasm, critical structures "
             "that must be protected.",
          3: "The immediately adjacent region was previously irradiated in 2019 (70 Gy in 35 fractions to the "
             "nasopharynx and neck), so the new portals must abut that volume with high precision."}, mri=True),
    Site("left_breast", "invasive ductal carcinoma of the left breast, pT1c N0, status post lumpectomy", "C50.412",
         "left breast", "LBR_IMRT", "LINAC-1", "inverse-planned IMRT with deep-inspiration breath hold, 6 MV",
         [Target("PTV_Breast_L", "42.56", 16, "V95% >= 95%")],
         [("Heart", "mean < 4 Gy"), ("LAD", "Dmax < 20 Gy"), ("Left lung", "V16 < 15%"),
          ("Right breast", "Dmax < 3 Gy")],
         ["heart", "left anterior descending artery", "left lung", "right breast"], [],
         "supine on a breast board with both arms raised", "a breast board with arm supports and a knee wedge",
         "free breathing and in deep-inspiration breath hold, 2.5 mm slices",
         {1: "The left breast target lies in close proximity to the heart and the left anterior descending artery, "
             "critical structures that must be protected."}),
    Site("larynx", "squamous cell carcinoma of the supraglottic larynx, cT3 N1 M0", "C32.1",
         "larynx and bilateral neck", "LARYNX_VMAT", "LINAC-2", "VMAT (2 arcs), 6 MV",
         [Target("PTV70", "70", 35), Target("PTV56", "56", 35)],
         [("Spinal cord", "Dmax < 45 Gy"), ("Brainstem", "Dmax < 54 Gy"), ("Parotids (each)", "mean < 26 Gy"),
          ("Esophagus", "mean < 35 Gy")],
         ["spinal cord", "parotid glands", "brainstem", "esophagus"], arcs(TWO_ARCS),
         "supine, neck slightly extended", "a 5-point thermoplastic mask",
         "from the vertex to the carina, 2 mm slices, IV contrast",
         {1: "The nodal target is in close proximity to the spinal cord and parotid glands, critical structures "
             "that must be protected."}),
    Site("prostate_nodes", "high-risk adenocarcinoma of the prostate, Gleason 4+5, cT3a N0, on androgen deprivation", "C61",
         "prostate, seminal vesicles and pelvic lymph nodes", "PROS_LN_VMAT", "LINAC-1", "VMAT (2 arcs), 10 MV",
         [Target("PTV70", "70", 28), Target("PTV50.4", "50.4", 28)],
         [("Rectum", "V70 < 20%"), ("Bowel bag", "V45 < 195 cc"), ("Bladder", "V65 < 25%"),
          ("Femoral heads", "Dmax < 45 Gy")],
         ["rectum", "bladder", "small bowel", "femoral heads"], arcs(TWO_ARCS, "10X", (455, 441)),
         "supine with arms on chest", "a knee and foot immobilizer",
         "from L2 to mid-femur, 2 mm slices, full bladder and empty rectum",
         {1: "The prostate PTV is in close proximity to the rectum and bladder, critical structures that must be "
             "protected.",
          2: "The prostate and nodal volumes must be covered with narrow margins (5 mm, 3 mm posteriorly) to "
             "adequately protect the immediately adjacent rectum, bladder and small bowel."}),
    Site("skull_base", "meningioma of the left cavernous sinus, progressive on imaging", "D32.0",
         "left cavernous sinus", "SKB_VMAT", "LINAC-2", "VMAT (2 coplanar arcs and 1 non-coplanar arc), 6 MV",
         [Target("PTV54", "54", 30)],
         [("Optic chiasm", "Dmax < 54 Gy"), ("Optic nerves", "Dmax < 54 Gy"), ("Brainstem", "Dmax < 54 Gy"),
          ("Left cochlea", "mean < 45 Gy")],
         ["optic chiasm", "optic nerves", "brainstem", "left cochlea"],
         arcs(TWO_ARCS) + [Beam("3", "ARC3_NC", "VMAT", "6X", "181.0 -> 0.0 CW", "10.0", "270.0", "187")],
         "supine, head neutral", "a thermoplastic head mask", "of the head, 1.25 mm slices, fused with MRI",
         {1: "The meningioma is in close proximity to the optic chiasm and brainstem, critical structures that "
             "must be protected."}, mri=True),
    Site("rectum", "adenocarcinoma of the mid rectum, cT3 N1 M0, for neoadjuvant chemoradiation", "C20",
         "rectum, mesorectum and pelvic lymph nodes", "RECT_IMRT", "LINAC-1", "7-field IMRT, 6 MV",
         [Target("PTV50.4", "50.4", 28)],
         [("Small bowel", "V45 < 195 cc"), ("Bladder", "V50 < 50%"), ("Femoral heads", "V45 < 25%")],
         ["small bowel", "bladder", "femoral heads"], fields(SEVEN),
         "prone on a belly board", "a belly board and foot rest", "from L1 to below the perineum, 2.5 mm slices",
         {1: "The pelvic nodal target is in close proximity to small bowel loops and the bladder, critical "
             "structures that must be protected."}),
    Site("pancreas", "adenocarcinoma of the head of the pancreas, borderline resectable", "C25.0",
         "pancreatic head and regional nodes", "PANC_COMP", "LINAC-3", "compensator-based IMRT, 5 portals, 6 MV",
         [Target("PTV50.4", "50.4", 28)],
         [("Duodenum", "Dmax < 55 Gy"), ("Kidneys (combined)", "mean < 18 Gy"), ("Liver", "mean < 30 Gy"),
          ("Spinal cord", "Dmax < 45 Gy"), ("Stomach", "Dmax < 54 Gy")],
         ["duodenum", "stomach", "kidneys", "spinal cord", "liver"],
         fields(FIVE, technique="Compensator IMRT", mu0=140),
         "supine with both arms raised", "a wing board and knee cushion",
         "of the abdomen, 2.5 mm slices, oral and IV contrast, 4D-CT for motion",
         {1: "The pancreatic head target is in close proximity to the duodenum, stomach and kidneys, critical "
             "structures that must be protected.",
          2: "The pancreatic target must be covered with narrow margins to adequately protect the immediately "
             "adjacent duodenum and stomach."}),
    Site("prostate_comp", "adenocarcinoma of the prostate, Gleason 3+4, cT2a, PSA 8.1", "C61",
         "prostate", "PROS_COMP", "LINAC-3", "compensator-based IMRT, 5 portals, 10 MV",
         [Target("PTV78", "78", 39)],
         [("Rectum", "V70 < 20%"), ("Bladder", "V70 < 35%"), ("Femoral heads", "Dmax < 50 Gy")],
         ["rectum", "bladder", "femoral heads"], fields(FIVE, "10X", "Compensator IMRT", mu0=150),
         "supine with arms on chest", "a knee and foot immobilizer",
         "from L3 to mid-femur, 2 mm slices, full bladder",
         {1: "The prostate target is in close proximity to the rectum and bladder, critical structures that must "
             "be protected."}),
    Site("esophagus", "adenocarcinoma of the distal esophagus, cT3 N1 M0, for neoadjuvant chemoradiation", "C15.5",
         "distal esophagus and celiac nodes", "ESO_VMAT", "LINAC-2", "VMAT (2 arcs), 6 MV",
         [Target("PTV50.4", "50.4", 28)],
         [("Spinal cord", "Dmax < 45 Gy"), ("Total lung", "V20 < 25%"), ("Heart", "mean < 26 Gy"),
          ("Liver", "mean < 30 Gy")],
         ["heart", "lungs", "spinal cord", "liver"], arcs([(181, 179, "CW", 10), (179, 181, "CCW", 350)]),
         "supine with arms raised", "a wing board and knee cushion",
         "of the chest and upper abdomen, 2.5 mm slices, 4D-CT",
         {1: "The esophageal target is in close proximity to the heart and spinal cord, critical structures that "
             "must be protected."}),
    Site("oral_cavity", "squamous cell carcinoma of the right oral tongue, pT2 N1, status post partial glossectomy", "C02.1",
         "oral tongue bed and bilateral neck", "OC_IMRT", "LINAC-1", "7-field IMRT, 6 MV",
         [Target("PTV60", "60", 30), Target("PTV54", "54", 30)],
         [("Spinal cord", "Dmax < 45 Gy"), ("Left parotid", "mean < 20 Gy"), ("Mandible", "Dmax < 66 Gy"),
          ("Brainstem", "Dmax < 54 Gy")],
         ["spinal cord", "left parotid gland", "mandible", "brainstem"], fields(SEVEN),
         "supine, head neutral with a mouth bite block", "a 5-point thermoplastic mask and a tongue-depressing bite block",
         "from the vertex to the carina, 2 mm slices, IV contrast",
         {1: "The surgical bed and nodal targets are in close proximity to the spinal cord and the left parotid "
             "gland, critical structures that must be protected."}),
    Site("anal_canal", "squamous cell carcinoma of the anal canal, cT2 N1a M0", "C21.1",
         "anal canal, perirectal, pelvic and inguinal nodes", "ANAL_IMRT", "LINAC-1", "9-field IMRT, 6 MV",
         [Target("PTV54", "54", 30), Target("PTV45", "45", 30)],
         [("Small bowel", "V45 < 20 cc"), ("Femoral heads", "V44 < 5%"), ("Bladder", "V40 < 35%"),
          ("External genitalia", "V30 < 20%")],
         ["small bowel", "bladder", "femoral heads", "external genitalia"], fields(NINE),
         "supine in a frog-leg position", "a vacuum cushion with the legs in frog-leg position",
         "from L1 to mid-femur, 2.5 mm slices, with an anal marker",
         {4: "The nodal target is concave, wrapping around the bladder and small bowel, critical normal tissues "
             "that sit within that concavity."}),
]}
