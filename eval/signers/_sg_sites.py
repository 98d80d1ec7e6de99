"""Treatment-site profiles: prescription, OAR limits, achieved DVH values, beams, necessity facts.

Limits are plausible teaching values for fictional patients, not clinical guidance (SYNTHETIC).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Site:
    key: str
    dx: str
    area: str                      # short name of the treated area
    targets: tuple                 # (structure, dose Gy, fractions)
    oars: tuple                    # (structure, limit text, achieved text)
    beams: tuple                   # dicts, see _static/_arc
    energy: str
    technique: str                 # "VMAT" | "step-and-shoot IMRT" | "sliding-window IMRT" | "helical"
    cond: dict = field(default_factory=dict)   # LCD condition -> facts used in necessity text
    imaging: str = "CT"

    @property
    def rx(self):
        return self.targets[0]

    def oar_names(self, n=4):
        return [o[0] for o in self.oars[:n]]


def _static(gantries, energy="6X", couch=0, mu0=61, step=7):
    return tuple({"id": f"F{i + 1}", "kind": "static", "g": g, "couch": couch, "coll": 0,
                  "mu": mu0 + (i * step) % 37, "energy": energy} for i, g in enumerate(gantries))


def _arc(*specs, energy="6X", mu0=288):
    out = []
    for i, (g1, g2, d, couch, coll) in enumerate(specs):
        out.append({"id": f"Arc{i + 1}", "kind": "arc", "g": g1, "g2": g2, "dir": d, "couch": couch,
                    "coll": coll, "mu": mu0 + 23 * i, "energy": energy})
    return tuple(out)


PROSTATE = Site(
    "prostate", "Adenocarcinoma of the prostate, Gleason 4+3=7, cT2b N0 M0, PSA 11.4 ng/mL",
    "prostate and proximal seminal vesicles",
    (("PTV_7000", 70.0, 28), ("PTV_5600", 56.0, 28)),
    (("Rectum", "V65Gy < 17%", "V65Gy 9.8%"), ("Bladder", "V65Gy < 25%", "V65Gy 12.1%"),
     ("Femoral heads", "Dmax < 45 Gy", "Dmax 31.4 Gy"), ("Penile bulb", "Dmean < 50 Gy", "Dmean 22.7 Gy")),
    _arc((181, 179, "CW", 0, 30), (179, 181, "CCW", 0, 330)), "6X", "VMAT",
    {1: ("prostate", 2, "anterior rectal wall"), 2: (4, "rectum"), 4: ("horseshoe-shaped", "rectum"),
     5: ("the MRI-defined dominant lesion", "78 Gy")})

PROSTATE_SBRT = Site(
    "prostate_sbrt", "Adenocarcinoma of the prostate, Gleason 3+4=7, cT1c N0 M0, PSA 7.9 ng/mL",
    "prostate", (("PTV_3625", 36.25, 5),),
    (("Rectum", "V36Gy < 1 cc", "V36Gy 0.4 cc"), ("Bladder", "V37Gy < 10 cc", "V37Gy 4.2 cc"),
     ("Urethra PRV", "Dmax < 42 Gy", "Dmax 39.9 Gy"), ("Femoral heads", "Dmax < 30 Gy", "Dmax 17.5 Gy")),
    _static((0, 40, 80, 120, 160, 200, 240, 280, 320), energy="7 MV FFF", mu0=88), "7 MV FFF",
    "step-and-shoot IMRT",
    {1: ("prostate", 3, "rectum"), 2: (3, "rectal wall"), 4: ("crescent-shaped", "urethra")},
    imaging="CT/MRI")

OROPHARYNX = Site(
    "oropharynx", "Squamous cell carcinoma of the right tonsil, p16 positive, cT2 N1 M0",
    "right tonsil and bilateral neck",
    (("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)),
    (("Spinal cord", "Dmax < 45 Gy", "Dmax 40.8 Gy"), ("Brainstem", "Dmax < 54 Gy", "Dmax 33.2 Gy"),
     ("Left parotid", "Dmean < 26 Gy", "Dmean 23.9 Gy"), ("Mandible", "Dmax < 72 Gy", "Dmax 68.0 Gy"),
     ("Larynx", "Dmean < 40 Gy", "Dmean 34.5 Gy")),
    ({"id": "TomoHelical", "kind": "helical", "rotations": 20.6, "fw": "2.5 cm", "pitch": 0.287,
      "mf": 2.4, "period": 17.8, "travel": "51.5 cm", "y0": "-25.8", "y1": "+25.7", "energy": "6 MV"},),
    "6 MV", "helical tomotherapy IMRT",
    {1: ("tonsil primary", 3, "spinal cord"), 4: ("C-shaped", "spinal cord"), 2: (3, "left parotid")})

OROPHARYNX_COMP = Site(
    "oropharynx_comp", "Squamous cell carcinoma of the base of tongue, p16 positive, cT3 N1 M0",
    "base of tongue and bilateral neck", (("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)),
    OROPHARYNX.oars,
    _static((0, 51, 103, 154, 206, 257, 309), mu0=112), "6X", "compensator IMRT",
    {1: ("base of tongue primary", 2, "spinal cord"), 4: ("U-shaped", "spinal cord")})

LARYNX = Site(
    "larynx", "Squamous cell carcinoma of the supraglottic larynx, cT3 N2b M0", "larynx and bilateral neck",
    (("PTV_7000", 70.0, 35), ("PTV_6300", 63.0, 35), ("PTV_5600", 56.0, 35)),
    (("Spinal cord", "Dmax < 45 Gy", "Dmax 42.1 Gy"), ("Brainstem", "Dmax < 54 Gy", "Dmax 28.6 Gy"),
     ("Right parotid", "Dmean < 26 Gy", "Dmean 21.4 Gy"), ("Esophagus (cervical)", "Dmean < 45 Gy", "Dmean 39.8 Gy")),
    _static((200, 250, 300, 0, 60, 110, 160), mu0=97), "6X", "sliding-window IMRT",
    {1: ("nodal target", 2, "spinal cord"), 4: ("horseshoe-shaped", "spinal cord")})

LUNG = Site(
    "lung", "Non-small cell lung cancer, adenocarcinoma, right upper lobe, cT3 N2 M0",
    "right upper lobe and mediastinum",
    (("PTV_6000", 60.0, 30),),
    (("Lungs minus GTV", "V20Gy < 35%", "V20Gy 24.3%"), ("Lungs minus GTV", "Dmean < 20 Gy", "Dmean 13.1 Gy"),
     ("Heart", "Dmean < 20 Gy", "Dmean 6.2 Gy"), ("Spinal cord", "Dmax < 50 Gy", "Dmax 36.9 Gy"),
     ("Esophagus", "Dmean < 34 Gy", "Dmean 18.4 Gy")),
    _arc((181, 30, "CW", 0, 10), (30, 181, "CCW", 0, 350)), "6X", "VMAT",
    {1: ("subcarinal nodal PTV", 4, "esophagus"), 2: (5, "spinal cord")})

GLIOMA = Site(
    "glioma", "Glioblastoma, IDH-wildtype, right temporal lobe, status post subtotal resection",
    "right temporal resection cavity", (("PTV_6000", 60.0, 30),),
    (("Brainstem", "Dmax < 55 Gy", "Dmax 52.1 Gy"), ("Optic chiasm", "Dmax < 54 Gy", "Dmax 47.6 Gy"),
     ("Right optic nerve", "Dmax < 54 Gy", "Dmax 44.0 Gy"), ("Right cochlea", "Dmean < 45 Gy", "Dmean 31.7 Gy"),
     ("Left hippocampus", "D40% < 7.3 Gy", "D40% 6.8 Gy")),
    _arc((181, 179, "CW", 0, 10), (179, 181, "CCW", 0, 80), (0, 179, "CW", 45, 30), (181, 0, "CW", 315, 330)),
    "6X", "VMAT",
    {1: ("resection cavity PTV", 2, "brainstem"), 4: ("concave", "brainstem")}, imaging="CT/MRI")

ESOPHAGUS = Site(
    "esophagus", "Adenocarcinoma of the distal esophagus, cT3 N1 M0", "distal esophagus and celiac nodes",
    (("PTV_5040", 50.4, 28),),
    (("Heart", "Dmean < 30 Gy", "Dmean 21.7 Gy"), ("Lungs", "V20Gy < 25%", "V20Gy 14.2%"),
     ("Spinal cord", "Dmax < 45 Gy", "Dmax 36.3 Gy"), ("Liver", "Dmean < 25 Gy", "Dmean 8.1 Gy")),
    _arc((181, 179, "CW", 0, 15), (179, 181, "CCW", 0, 345)), "10X", "VMAT",
    {1: ("distal esophageal PTV", 3, "heart"), 4: ("C-shaped", "spinal cord")})

CERVIX = Site(
    "cervix", "Squamous cell carcinoma of the cervix, FIGO IIIC1", "cervix, uterus, parametria and pelvic nodes",
    (("PTV_4500", 45.0, 25), ("PTV_5500_LN", 55.0, 25)),
    (("Bowel bag", "V45Gy < 195 cc", "V45Gy 152 cc"), ("Bladder", "V45Gy < 50%", "V45Gy 38%"),
     ("Rectum", "V45Gy < 60%", "V45Gy 51%"), ("Femoral heads", "V30Gy < 15%", "V30Gy 8%"),
     ("Pelvic bone marrow", "V20Gy < 65%", "V20Gy 58%")),
    _static((180, 220, 260, 300, 340, 20, 60, 100, 140), mu0=104), "6X", "step-and-shoot IMRT",
    {4: ("U-shaped", "small bowel and rectum"), 5: ("the involved pelvic node", "55 Gy")})

BLADDER = Site(
    "bladder", "Urothelial carcinoma of the bladder, cT2 N0 M0, bladder-preservation course",
    "whole bladder", (("PTV_5500", 55.0, 20),),
    (("Rectum", "V50Gy < 15%", "V50Gy 9.2%"), ("Bowel space", "V45Gy < 120 cc", "V45Gy 61 cc"),
     ("Femoral heads", "Dmax < 45 Gy", "Dmax 36.4 Gy")),
    _static((0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330), mu0=71), "6X FFF",
    "step-and-shoot IMRT",
    {1: ("bladder PTV", 3, "small bowel"), 2: (5, "rectum")})

PANCREAS = Site(
    "pancreas", "Adenocarcinoma of the pancreatic head, borderline resectable", "pancreatic head",
    (("PTV_5040", 50.4, 28),),
    (("Duodenum", "Dmax < 55 Gy", "Dmax 53.6 Gy"), ("Stomach", "Dmax < 54 Gy", "Dmax 50.2 Gy"),
     ("Kidneys", "Dmean < 18 Gy", "Dmean 9.8 Gy"), ("Liver", "Dmean < 28 Gy", "Dmean 11.5 Gy"),
     ("Spinal cord", "Dmax < 45 Gy", "Dmax 31.0 Gy")),
    _arc((181, 179, "CW", 0, 20), (179, 181, "CCW", 0, 340)), "10X", "VMAT",
    {1: ("pancreatic head target", 2, "duodenum"), 4: ("concave", "duodenum")})

BREAST_L = Site(
    "breast_left", "Invasive ductal carcinoma of the left breast, pT1c N0, after lumpectomy", "left breast",
    (("PTV_Breast_L", 42.56, 16),),
    (("Heart", "Dmean < 4 Gy", "Dmean 1.9 Gy"), ("LAD", "Dmax < 20 Gy", "Dmax 12.6 Gy"),
     ("Left lung", "V16Gy < 15%", "V16Gy 11.3%"), ("Right breast", "Dmean < 3 Gy", "Dmean 0.7 Gy")),
    _static((302, 318, 125, 140), mu0=138), "6X", "sliding-window IMRT",
    {1: ("left breast PTV", 8, "heart and LAD"), 4: ("convex", "heart")})

ANAL = Site(
    "anal", "Squamous cell carcinoma of the anal canal, T2 N1a M0", "anal canal, mesorectum and inguinal nodes",
    (("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)),
    (("Small bowel", "V30Gy < 200 cc", "V30Gy 141 cc"), ("Femoral heads", "V44Gy < 5%", "V44Gy 1.2%"),
     ("Bladder", "V35Gy < 50%", "V35Gy 33%"), ("External genitalia", "V20Gy < 50%", "V20Gy 37%")),
    _arc((181, 179, "CW", 0, 30), (179, 181, "CCW", 0, 330), (181, 179, "CW", 0, 90)), "6X", "VMAT",
    {4: ("concave", "bladder and small bowel"), 1: ("nodal PTV", 3, "femoral heads")})

SPINE_REIRR = Site(
    "spine_reirr", "Metastatic renal cell carcinoma, new T8 vertebral body lesion directly above the T9-T12 "
    "segment irradiated in 2022", "T8 vertebral body", (("PTV_T8", 30.0, 10),),
    (("Spinal cord PRV", "Dmax < 14 Gy (this course)", "Dmax 12.9 Gy"), ("Esophagus", "Dmax < 27 Gy", "Dmax 22.4 Gy"),
     ("Lungs", "V10Gy < 15%", "V10Gy 6.1%")),
    _static((180, 210, 240, 150, 120, 270, 90), mu0=132), "6X", "step-and-shoot IMRT",
    {3: ("T9-T12 segment", "30 Gy in 10 fractions", "2022"), 4: ("horseshoe-shaped", "spinal cord"),
     1: ("vertebral body PTV", 2, "spinal cord")})

SITES = {s.key: s for s in (PROSTATE, PROSTATE_SBRT, OROPHARYNX, OROPHARYNX_COMP, LARYNX, LUNG, GLIOMA,
                            ESOPHAGUS, CERVIX, BLADDER, PANCREAS, BREAST_L, ANAL, SPINE_REIRR)}


def rx_phrase(site, unit="Gy") -> str:
    parts = []
    for name, dose, fx in site.targets:
        d = f"{dose:g} Gy" if unit == "Gy" else f"{int(round(dose * 100))} cGy"
        parts.append(f"{name} {d} in {fx} fractions")
    return "; ".join(parts)


def achieved(site, n=5) -> str:
    t = site.targets[0]
    vals = [f"{t[0]} D95% {t[1] * 1.004:.1f} Gy"]
    vals += [f"{o[0]} {o[2]}" for o in site.oars[:n]]
    return "; ".join(vals)
