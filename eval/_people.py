"""Fictional staff, patients, facilities and treatment sites for the synthetic evaluation charts.

Every person and place here is invented. Sites carry what the documents need to sound clinical
(targets, organ-at-risk constraints, beam geometry) plus the words each LCD necessity condition
uses for that anatomy, so a chart definition only has to say which conditions it states.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    cred: str  # "MD", "PhD, DABR", "CMD", ...

    @property
    def full(self) -> str:  # "Miriam Okafor, MD"
        return f"{self.first} {self.last}, {self.cred}"

    @property
    def caps(self) -> str:  # "OKAFOR, MIRIAM MD"
        return f"{self.last.upper()}, {self.first.upper()} {self.cred.split(',')[0].upper()}"

    @property
    def dr(self) -> str:
        return f"Dr. {self.last}"

    @property
    def initial(self) -> str:  # "M. Okafor"
        return f"{self.first[0]}. {self.last}"


STAFF = {
    # radiation oncologists
    "okafor": Person("Miriam", "Okafor", "MD"),
    "vance": Person("Thomas", "Vance", "MD"),
    "sandoval": Person("Elena", "Sandoval", "MD"),
    "menon": Person("Rajiv", "Menon", "DO"),
    "whitfield": Person("Claire", "Whitfield", "MD"),
    "adeyemi": Person("Samuel", "Adeyemi", "MD"),
    "kowalczyk": Person("Hana", "Kowalczyk", "MD"),
    # medical physicists
    "chen": Person("Li", "Chen", "PhD, DABR"),
    "feld": Person("Marcus", "Feld", "MS, DABR"),
    "raman": Person("Priya", "Raman", "PhD"),
    "brandt": Person("Owen", "Brandt", "MS, DABR"),
    "serrano": Person("Julia", "Serrano", "PhD, DABR"),
    # dosimetrists and therapists
    "reyes": Person("Tomas", "Reyes", "CMD"),
    "duarte": Person("Ana", "Duarte", "CMD"),
    "pham": Person("Kevin", "Pham", "CMD"),
    "moore": Person("Jessica", "Moore", "RT(T)"),
}

FACILITIES = [
    "Harbor Valley Cancer Institute - Radiation Oncology",
    "Lakeside Radiation Oncology Associates",
    "St. Brendan Regional Medical Center, Dept. of Radiation Oncology",
    "Mesa Verde Oncology Center",
    "Northfork Community Hospital Radiation Therapy",
    "Cedar Plains Cancer Care",
]

# (last, first, sex) - invented names
PATIENT_NAMES = [
    ("Harlan", "Rose", "F"), ("Pettigrew", "Arthur", "M"), ("Quintero", "Luis", "M"),
    ("Abernathy", "Joan", "F"), ("Lindqvist", "Karl", "M"), ("Oduya", "Grace", "F"),
    ("Marchetti", "Paul", "M"), ("Fairbanks", "Edith", "F"), ("Nakamura", "Hiro", "M"),
    ("Thibodeaux", "Lorraine", "F"), ("Kesler", "Dwight", "M"), ("Villanueva", "Marta", "F"),
    ("Brennan", "Colm", "M"), ("Szabo", "Ilona", "F"), ("Whitlock", "Gerald", "M"),
    ("Amadi", "Chinwe", "F"), ("Rourke", "Dennis", "M"), ("Castellanos", "Ines", "F"),
    ("Holmgren", "Sven", "M"), ("Delacroix", "Yvette", "F"), ("Pruitt", "Wendell", "M"),
    ("Okonkwo", "Ada", "F"), ("Baranski", "Stefan", "M"), ("Tremblay", "Monique", "F"),
    ("Galloway", "Hugh", "M"), ("Ferreira", "Beatriz", "F"), ("Lundgren", "Nils", "M"),
    ("Mbeki", "Thandi", "F"), ("Ashworth", "Clive", "M"), ("Yamada", "Keiko", "F"),
    ("Dunleavy", "Martin", "M"), ("Esposito", "Carla", "F"), ("Radcliffe", "Simon", "M"),
    ("Varga", "Erzsebet", "F"), ("Coleridge", "Amos", "M"), ("Sorensen", "Birgit", "F"),
    ("Okoro", "Emeka", "M"), ("Langley", "Patrice", "F"), ("Hargrove", "Willis", "M"),
    ("Moreau", "Celine", "F"), ("Kowal", "Bogdan", "M"), ("Iverson", "Dagny", "F"),
    ("Treadwell", "Roscoe", "M"), ("Balogun", "Funmi", "F"), ("Pelletier", "Andre", "M"),
    ("Gustafson", "Ingrid", "F"), ("Mulcahy", "Seamus", "M"), ("Renwick", "Opal", "F"),
    ("Ostrowski", "Leon", "M"), ("Calloway", "Bernice", "F"), ("Demir", "Kaan", "M"),
    ("Ashby", "Thelma", "F"), ("Fontaine", "Remy", "M"), ("Stroud", "Verna", "F"),
    ("Kincaid", "Rufus", "M"), ("Albrecht", "Hedda", "F"), ("Nwosu", "Obinna", "M"),
    ("Quigley", "Maeve", "F"), ("Sandberg", "Lars", "M"), ("Whitcombe", "Dora", "F"),
]


@dataclass(frozen=True)
class Site:
    key: str
    label: str
    dx: str
    targets: tuple  # ((name, dose Gy), ...) first is the primary
    fx: int
    oars: tuple  # ((structure, constraint, achieved), ...)
    geometry: tuple  # ("static", (angles...)) or ("vmat", ((start, stop, dir), ...))
    energy: str = "6X"
    near: str = ""  # condition 1: what the target is close to
    margin_oar: str = ""  # condition 2
    prior: str = ""  # condition 3
    concave: str = ""  # condition 4: what sits in the concavity
    escalation: str = ""  # condition 5
    sex: str = ""  # "M"/"F" when the anatomy decides it
    extra: dict = field(default_factory=dict)

    @property
    def rx(self) -> tuple:
        name, dose = self.targets[0]
        return name, dose, self.fx


SITES = {s.key: s for s in [
    Site("oropharynx", "Oropharynx", "squamous cell carcinoma of the left tonsil, cT2 N1 M0, p16 positive",
         (("PTV_7000", 70.0), ("PTV_6300", 63.0), ("PTV_5600", 56.0)), 35,
         (("Spinal Cord", "Dmax < 45 Gy", "39.8 Gy"), ("Brainstem", "Dmax < 54 Gy", "44.1 Gy"),
          ("Parotid_R", "Dmean < 26 Gy", "21.7 Gy"), ("Mandible", "Dmax < 70 Gy", "68.9 Gy"),
          ("Larynx", "Dmean < 45 Gy", "36.2 Gy")),
         ("static", (200, 240, 280, 320, 0, 40, 80, 120, 160)),
         near="spinal cord, brainstem and parotid glands", concave="spinal cord",
         margin_oar="mandible"),
    Site("prostate", "Prostate", "adenocarcinoma of the prostate, Gleason 4+3=7, cT2b, PSA 11.4, intermediate risk",
         (("PTV_7920", 79.2),), 44,
         (("Rectum", "V70 < 20%", "V70 12.6%"), ("Bladder", "V65 < 50%", "V65 18.3%"),
          ("Femoral heads", "V50 < 5%", "V50 0%"), ("Penile bulb", "Dmean < 52.5 Gy", "31.0 Gy")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"))), energy="10X",
         near="rectum and bladder", concave="anterior rectal wall",
         escalation="79.2 Gy in 44 fractions", margin_oar="anterior rectal wall", sex="M"),
    Site("lung", "Lung", "non-small cell carcinoma of the right upper lobe, cT2a N2 M0, stage IIIA",
         (("PTV_6000", 60.0),), 30,
         (("SpinalCord", "Dmax < 50 Gy", "43.7 Gy"), ("Lungs-GTV", "V20 < 35%, mean < 20 Gy", "V20 27%, mean 15.8 Gy"),
          ("Heart", "V50 < 25%", "V50 6%"), ("Esophagus", "Dmean < 34 Gy", "24.9 Gy")),
         ("vmat", ((179, 330, "CCW"), (330, 179, "CW"))),
         near="esophagus, spinal cord and heart", concave="esophagus"),
    Site("brain", "Brain", "glioblastoma, IDH-wildtype, right temporal lobe, status post subtotal resection",
         (("PTV_6000", 60.0), ("PTV_4600", 46.0)), 30,
         (("Brainstem", "Dmax < 55 Gy", "53.1 Gy"), ("Optic chiasm", "Dmax < 54 Gy", "47.2 Gy"),
          ("Optic nerve R", "Dmax < 54 Gy", "38.5 Gy"), ("Cochlea R", "Dmean < 45 Gy", "33.0 Gy")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"), (10, 170, "CW"))),
         near="brainstem, optic chiasm and right optic nerve", margin_oar="brainstem"),
    Site("breast_l", "Left breast", "invasive ductal carcinoma of the left breast, pT1c N0, status post lumpectomy",
         (("PTV_Breast_L", 42.56),), 16,
         (("Heart", "Dmean < 4 Gy", "2.1 Gy"), ("LAD", "Dmax < 20 Gy", "11.8 Gy"),
          ("Lung_L", "V20 < 30%", "V20 14%"), ("Breast_R", "Dmean < 3 Gy", "0.9 Gy")),
         ("static", (300, 320, 340, 120, 135, 150)),
         near="heart, left anterior descending artery and left lung", sex="F"),
    Site("nasopharynx", "Nasopharynx", "nonkeratinizing carcinoma of the nasopharynx, T3 N2 M0",
         (("PTV_7000", 70.0), ("PTV_5940", 59.4)), 33,
         (("Brainstem", "Dmax < 54 Gy", "52.6 Gy"), ("Optic chiasm", "Dmax < 54 Gy", "49.9 Gy"),
          ("Spinal cord", "Dmax < 45 Gy", "40.3 Gy"), ("Cochlea_L", "Dmean < 45 Gy", "42.0 Gy"),
          ("Temporal lobes", "D1cc < 65 Gy", "63.8 Gy")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"), (181, 179, "CW"))),
         near="brainstem, optic chiasm and temporal lobes", concave="brainstem",
         margin_oar="optic chiasm"),
    Site("anal", "Anal canal", "squamous cell carcinoma of the anal canal, T2 N1 M0",
         (("PTV_5400", 54.0), ("PTV_4500", 45.0)), 30,
         (("Bowel bag", "V45 < 195 cc", "V45 138 cc"), ("Bladder", "V40 < 35%", "V40 28%"),
          ("Femoral heads", "V44 < 5%", "V44 1.2%"), ("Genitalia", "V30 < 50%", "V30 39%")),
         ("static", (0, 40, 80, 120, 160, 200, 240, 280, 320)), energy="10X",
         near="small bowel, bladder and femoral heads", concave="small bowel and bladder"),
    Site("cervix", "Cervix", "squamous cell carcinoma of the cervix, FIGO IIB",
         (("PTV_4500", 45.0), ("PTV_Nodes_5500", 55.0)), 25,
         (("Bowel bag", "V45 < 195 cc", "V45 160 cc"), ("Rectum", "V40 < 80%", "V40 66%"),
          ("Bladder", "V45 < 35%", "V45 29%"), ("Pelvic bone marrow", "V10 < 90%", "V10 84%")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"))), energy="10X",
         near="small bowel, rectum and bladder", concave="bladder and rectum", sex="F"),
    Site("esophagus", "Esophagus", "adenocarcinoma of the distal esophagus, cT3 N1 M0",
         (("PTV_5040", 50.4),), 28,
         (("Lungs", "V20 < 20%", "V20 14%"), ("Heart", "V30 < 30%", "V30 22%"),
          ("Spinal cord", "Dmax < 45 Gy", "36.4 Gy"), ("Liver", "Dmean < 25 Gy", "9.6 Gy")),
         ("static", (180, 215, 250, 310, 345, 20, 145)), energy="10X",
         near="heart, lungs and spinal cord"),
    Site("pancreas", "Pancreas", "adenocarcinoma of the pancreatic head, borderline resectable",
         (("PTV_5040", 50.4),), 28,
         (("Duodenum", "Dmax < 55 Gy", "52.0 Gy"), ("Kidneys (combined)", "V18 < 33%", "V18 11%"),
          ("Liver", "Dmean < 30 Gy", "14.2 Gy"), ("Spinal cord", "Dmax < 45 Gy", "31.5 Gy")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"))), energy="10X",
         near="duodenum, stomach, kidneys and spinal cord", concave="duodenum"),
    Site("spine_reirr", "Thoracic spine (re-irradiation)", "metastatic renal cell carcinoma to T9-T10 with progression after prior radiotherapy",
         (("PTV_2000", 20.0),), 5,
         (("Spinal cord PRV", "Dmax < 12 Gy (cumulative EQD2 limit respected)", "10.6 Gy"),
          ("Esophagus", "Dmax < 25 Gy", "17.4 Gy"), ("Kidneys", "Dmean < 8 Gy", "3.1 Gy")),
         ("static", (160, 180, 200, 220, 140, 120, 240)),
         near="spinal cord", prior="30 Gy in 10 fractions to T5-T8 in 2022",
         concave="spinal cord"),
    Site("hn_reirr", "Recurrent head and neck (re-irradiation)", "recurrent squamous cell carcinoma of the right neck after prior chemoradiation",
         (("PTV_6000", 60.0),), 30,
         (("Spinal cord", "Dmax < 20 Gy (cumulative)", "14.8 Gy"), ("Carotid R", "Dmax < 60 Gy", "58.0 Gy"),
          ("Brainstem", "Dmax < 20 Gy", "9.9 Gy")),
         ("vmat", ((181, 179, "CW"), (179, 181, "CCW"))),
         near="spinal cord and right carotid artery", prior="70 Gy in 35 fractions to the bilateral neck in 2021"),
    Site("rectum", "Rectum", "adenocarcinoma of the mid rectum, cT3 N1 M0",
         (("PTV_5040", 50.4), ("PTV_4500", 45.0)), 28,
         (("Small bowel", "V45 < 195 cc", "V45 91 cc"), ("Bladder", "V50 < 50%", "V50 22%"),
          ("Femoral heads", "Dmax < 50 Gy", "44.3 Gy")),
         ("static", (180, 230, 280, 330, 30, 80, 130)), energy="10X",
         near="small bowel and bladder", concave="small bowel"),
    Site("meningioma", "Skull base", "WHO grade I meningioma of the left cavernous sinus",
         (("PTV_5400", 54.0),), 30,
         (("Optic chiasm", "Dmax < 54 Gy", "51.9 Gy"), ("Optic nerve L", "Dmax < 54 Gy", "52.8 Gy"),
          ("Brainstem", "Dmax < 54 Gy", "50.2 Gy"), ("Pituitary", "Dmean < 45 Gy", "40.7 Gy")),
         ("vmat", ((181, 179, "CW"), (0, 180, "CW"))),
         near="left optic nerve and optic chiasm", margin_oar="left optic nerve"),
    Site("larynx", "Larynx", "squamous cell carcinoma of the supraglottic larynx, T3 N0 M0",
         (("PTV_7000", 70.0), ("PTV_5600", 56.0)), 35,
         (("Spinal cord", "Dmax < 45 Gy", "41.2 Gy"), ("Parotid_L", "Dmean < 26 Gy", "18.5 Gy"),
          ("Parotid_R", "Dmean < 26 Gy", "17.9 Gy"), ("Esophagus", "Dmean < 45 Gy", "38.0 Gy")),
         ("static", (0, 50, 100, 150, 210, 260, 310)),
         near="spinal cord and both parotid glands", margin_oar="spinal cord", concave="spinal cord"),
    Site("endometrium", "Endometrium (post-op pelvis)", "endometrioid adenocarcinoma of the endometrium, FIGO IIIA, status post hysterectomy",
         (("PTV_4500", 45.0),), 25,
         (("Bowel bag", "V45 < 195 cc", "V45 150 cc"), ("Rectum", "V40 < 80%", "V40 61%"),
          ("Bladder", "V45 < 35%", "V45 27%")),
         ("static", (0, 40, 80, 120, 160, 200, 240, 280, 320)), energy="10X",
         near="small bowel, rectum and bladder", concave="small bowel", sex="F"),
    Site("breast_3d", "Right breast (tangents)", "ductal carcinoma in situ of the right breast, status post lumpectomy",
         (("Breast_R", 40.05),), 15,
         (("Lung_R", "V20 < 30%", "V20 16%"), ("Heart", "Dmean < 4 Gy", "0.6 Gy")),
         ("static", (52, 232)), sex="F"),
    Site("bladder_3d", "Bladder", "muscle-invasive urothelial carcinoma of the bladder, cT2 N0",
         (("PTV_Bladder", 55.0),), 20,
         (("Rectum", "V50 < 50%", "V50 33%"), ("Femoral heads", "Dmax < 45 Gy", "38.0 Gy"),
          ("Small bowel", "Dmax < 50 Gy", "47.5 Gy")),
         ("static", (0, 90, 180, 270)), energy="15X"),
]}
