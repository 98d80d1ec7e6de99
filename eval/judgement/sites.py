"""Clinical content per treatment site.  Invented; no sentence taken from any corpus.

oars: (structure, objective, limit, achieved).  Necessity texts never quote numeric limits, so that the
only dose constraints in a chart are the ones the prescription/plan deliberately carries.
"""


def arcs(energy, spec, coll=(30, 330), mu=(318.4, 301.7, 290.2)):
    """spec: [(start, stop, dir)]"""
    return [{"id": "Arc%d" % (i + 1), "kind": "arc", "energy": energy, "start": s, "stop": e,
             "dir": d, "coll": coll[i % len(coll)], "couch": 0, "mu": mu[i % len(mu)]}
            for i, (s, e, d) in enumerate(spec)]


def static(energy, angles, mus, prefix="F", couch=0):
    return [{"id": "%s%d" % (prefix, i + 1), "kind": "static", "energy": energy, "gantry": g,
             "coll": 0, "couch": couch, "mu": m} for i, (g, m) in enumerate(zip(angles, mus))]


S = {}

S["tonsil"] = dict(
    dx="Squamous cell carcinoma of the left palatine tonsil, cT2 N1 M0, p16 positive", icd="C09.9",
    technique="VMAT", machine_energy="6X",
    targets=[("PTV_High", 70.0, 35), ("PTV_Low", 56.0, 35)],
    oars=[("SpinalCord_PRV", "Dmax", "< 45 Gy", "38.2 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "40.9 Gy"),
          ("Parotid_R", "Dmean", "< 26 Gy", "19.6 Gy"), ("Mandible", "Dmax", "< 70 Gy", "69.1 Gy"),
          ("Larynx", "Dmean", "< 40 Gy", "33.4 Gy")],
    tstats=[("PTV_High", "D95", "70.2 Gy"), ("PTV_Low", "D95", "56.5 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")]),
    hpi="presented with a left neck mass; biopsy of the left tonsil showed p16-positive squamous cell "
        "carcinoma. PET-CT shows a single ipsilateral level II node and no distant disease.",
    oar_words="spinal cord, brainstem, right parotid, mandible and larynx",
    necessity={1: "the tonsillar primary and the involved level II node sit directly against the spinal cord "
                  "and brainstem, which must be protected",
               4: "the retropharyngeal and level II nodal volume curves around the cord in a horseshoe, so the "
                  "cord lies inside the concavity of the target"},
)

S["tonsil2"] = dict(S["tonsil"], dx="Squamous cell carcinoma of the right palatine tonsil, cT1 N2 M0, p16 positive",
                    oars=[("SpinalCord_PRV", "Dmax", "< 45 Gy", "36.8 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "39.5 Gy"),
                          ("Parotid_L", "Dmean", "< 26 Gy", "21.2 Gy"), ("Mandible", "Dmax", "< 70 Gy", "68.7 Gy"),
                          ("Larynx", "Dmean", "< 40 Gy", "35.0 Gy")],
                    hpi="noted a painless right neck mass for two months. Tonsil biopsy showed p16-positive squamous "
                        "cell carcinoma; two right level II nodes are enlarged on CT and PET.",
                    oar_words="spinal cord, brainstem, left parotid, mandible and larynx")

S["prostate"] = dict(
    dx="Adenocarcinoma of the prostate, Gleason 4+3, PSA 11.2, cT2b, NCCN unfavourable intermediate risk",
    icd="C61", technique="VMAT",
    targets=[("PTV_Prostate", 78.0, 39)],
    oars=[("Rectum", "V70Gy", "< 20%", "11.8%"), ("Rectum", "V50Gy", "< 50%", "29.3%"),
          ("Bladder", "V75Gy", "< 25%", "9.6%"), ("FemoralHead_L", "Dmax", "< 50 Gy", "31.0 Gy"),
          ("FemoralHead_R", "Dmax", "< 50 Gy", "30.4 Gy")],
    tstats=[("PTV_Prostate", "D95", "78.1 Gy"), ("CTV_Prostate", "D99", "79.0 Gy")],
    beams=arcs("10X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(15, 345), mu=(341.9, 336.5)),
    hpi="was found to have a rising PSA. Twelve-core biopsy: Gleason 4+3 in five cores, left base and mid gland. "
        "Bone scan and pelvic MRI show no spread beyond the gland.",
    oar_words="rectum, bladder and femoral heads",
    necessity={5: "the plan escalates the prostate to 78 Gy, above what a conventional four-field technique can "
                  "deliver without excess rectal dose",
               2: "the PTV margin is only 5 mm posteriorly so that the immediately adjacent anterior rectal wall is "
                  "protected"},
)

S["nasopharynx"] = dict(
    dx="Non-keratinizing carcinoma of the nasopharynx, T3 N2 M0, EBV DNA positive", icd="C11.9",
    technique="VMAT",
    targets=[("PTV_High", 70.0, 33), ("PTV_Low", 59.4, 33)],
    oars=[("Brainstem", "Dmax", "< 54 Gy", "51.8 Gy"), ("OpticChiasm", "Dmax", "< 54 Gy", "47.3 Gy"),
          ("SpinalCord", "Dmax", "< 45 Gy", "39.9 Gy"), ("TemporalLobe_L", "D1cc", "< 65 Gy", "61.7 Gy"),
          ("Parotid_R", "Dmean", "< 26 Gy", "24.4 Gy")],
    tstats=[("PTV_High", "D95", "69.6 Gy"), ("PTV_Low", "D95", "59.8 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW"), (181, 179, "CW")], coll=(20, 340, 90)),
    hpi="had nasal obstruction and a right neck mass. Nasopharyngeal biopsy: non-keratinizing carcinoma. MRI "
        "shows clival erosion and extension toward the right cavernous sinus.",
    oar_words="brainstem, optic chiasm, spinal cord, temporal lobes and parotids",
    necessity={1: "the primary extends up the clivus to lie against the brainstem and close to the optic chiasm, "
                  "both of which must be protected",
               4: "the target drapes around the brainstem at the skull base, leaving the brainstem in its "
                  "concavity"},
)

S["gbm"] = dict(
    dx="Glioblastoma, IDH wild-type, MGMT unmethylated, right temporal lobe, status post subtotal resection",
    icd="C71.2", technique="IMRT (static, sliding window)",
    targets=[("PTV_6000", 60.0, 30)],
    oars=[("Brainstem", "Dmax", "< 54 Gy", "52.6 Gy"), ("OpticChiasm", "Dmax", "< 54 Gy", "44.1 Gy"),
          ("OpticNerve_R", "Dmax", "< 54 Gy", "41.3 Gy"), ("Cochlea_R", "Dmean", "< 45 Gy", "38.9 Gy"),
          ("Hippocampus_L", "D40%", "< 7.3 Gy", "6.1 Gy")],
    tstats=[("PTV_6000", "D95", "59.4 Gy"), ("GTV", "Dmin", "59.8 Gy")],
    beams=static("6X", [0, 40, 80, 120, 240, 280, 320], [188, 172, 205, 166, 159, 193, 181]),
    hpi="presented with a seizure and left-sided weakness. MRI showed an enhancing right temporal mass; "
        "subtotal resection confirmed glioblastoma. Post-operative MRI shows residual enhancement medially.",
    oar_words="brainstem, optic chiasm, right optic nerve and right cochlea",
    necessity={1: "the residual enhancing tumour and its margin reach the right side of the brainstem and sit "
                  "close to the optic chiasm, which must be protected"},
)

S["larynx"] = dict(
    dx="Squamous cell carcinoma of the supraglottic larynx, T3 N1 M0", icd="C32.1", technique="VMAT",
    targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
    oars=[("SpinalCord", "Dmax", "< 45 Gy", "40.1 Gy"), ("Parotid_L", "Dmean", "< 26 Gy", "23.9 Gy"),
          ("Parotid_R", "Dmean", "< 26 Gy", "22.7 Gy"), ("Esophagus_Cerv", "Dmean", "< 45 Gy", "41.0 Gy")],
    tstats=[("PTV_7000", "D95", "69.9 Gy"), ("PTV_5600", "D95", "56.3 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(10, 350)),
    hpi="reports hoarseness and odynophagia. Laryngoscopy showed an epiglottic and aryepiglottic fold tumour "
        "with vocal cord fixation. CT shows a single left level III node.",
    oar_words="spinal cord, both parotids and cervical esophagus",
    necessity={4: "the bilateral neck target wraps around the spinal cord, which sits within its concavity",
               1: "the posterior pharyngeal extent of the target lies close to the cord, which must be "
                  "protected"},
)

S["anal"] = dict(
    dx="Squamous cell carcinoma of the anal canal, T2 N1a M0", icd="C21.1", technique="IMRT (static, step-and-shoot)",
    targets=[("PTV_5400", 54.0, 30), ("PTV_4500", 45.0, 30)],
    oars=[("BowelBag", "V45Gy", "< 195 cc", "142 cc"), ("Bladder", "V40Gy", "< 35%", "22%"),
          ("FemoralHeads", "V40Gy", "< 5%", "1.8%"), ("Genitalia", "V30Gy", "< 20%", "14%")],
    tstats=[("PTV_5400", "D95", "53.7 Gy"), ("PTV_4500", "D95", "45.2 Gy")],
    beams=static("10X", [0, 51, 102, 153, 207, 258, 309], [214, 198, 187, 205, 190, 201, 209]),
    hpi="had rectal bleeding. Examination under anaesthesia showed a 4 cm anal canal mass; biopsy squamous cell "
        "carcinoma. PET shows a single avid left perirectal node.",
    oar_words="small bowel, bladder, femoral heads and external genitalia",
    necessity={4: "the inguinal and pelvic nodal target curves around the bladder and small bowel, which lie "
                  "inside its concavity",
               1: "the primary sits immediately against the femoral-head and genital structures that must be "
                  "protected"},
)

S["esophagus"] = dict(
    dx="Adenocarcinoma of the distal esophagus, cT3 N1 M0", icd="C15.5", technique="VMAT",
    targets=[("PTV_5040", 50.4, 28)],
    oars=[("Heart", "Dmean", "< 26 Gy", "21.4 Gy"), ("Lungs-GTV", "V20Gy", "< 20%", "14.2%"),
          ("Lungs-GTV", "Dmean", "< 15 Gy", "11.8 Gy"), ("SpinalCord", "Dmax", "< 45 Gy", "37.6 Gy"),
          ("Liver", "Dmean", "< 25 Gy", "9.1 Gy")],
    tstats=[("PTV_5040", "D95", "50.2 Gy")],
    beams=arcs("6X", [(210, 150, "CW"), (150, 210, "CCW")], coll=(5, 355)),
    hpi="has dysphagia to solids and a 7 kg weight loss. EGD: distal esophageal adenocarcinoma; EUS shows "
        "T3 disease with one paraesophageal node.",
    oar_words="heart, lungs, spinal cord and liver",
    necessity={1: "the distal esophageal target lies directly against the heart and between both lungs, and "
                  "the heart in particular must be protected"},
)

S["pancreas"] = dict(
    dx="Adenocarcinoma of the pancreatic head, borderline resectable, after neoadjuvant chemotherapy",
    icd="C25.0", technique="VMAT",
    targets=[("PTV_5040", 50.4, 28)],
    oars=[("Duodenum", "Dmax", "< 55 Gy", "52.3 Gy"), ("Stomach", "Dmax", "< 55 Gy", "48.0 Gy"),
          ("Kidneys", "V18Gy", "< 30%", "12%"), ("Liver", "Dmean", "< 30 Gy", "14.6 Gy"),
          ("SpinalCord", "Dmax", "< 45 Gy", "31.2 Gy")],
    tstats=[("PTV_5040", "D95", "50.1 Gy")],
    beams=arcs("10X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(10, 350)),
    hpi="presented with painless jaundice. CT shows a 2.8 cm pancreatic head mass abutting the superior "
        "mesenteric vein. He completed four months of chemotherapy with a partial response.",
    oar_words="duodenum, stomach, kidneys, liver and spinal cord",
    necessity={1: "the pancreatic head target is wrapped by and touches the duodenum and lies close to the stomach, "
                  "which must be protected",
               4: "the duodenal C-loop curves around the target, so critical bowel lies within its concavity"},
)

S["cervix"] = dict(
    dx="Squamous cell carcinoma of the cervix, FIGO IIIC1r", icd="C53.9", technique="VMAT",
    targets=[("PTV_4500", 45.0, 25), ("PTV_Node_5500", 55.0, 25)],
    oars=[("BowelBag", "V45Gy", "< 195 cc", "171 cc"), ("Rectum", "V45Gy", "< 85%", "63%"),
          ("Bladder", "V45Gy", "< 85%", "58%"), ("BoneMarrow_Pelvis", "V20Gy", "< 75%", "68%"),
          ("Kidney_R", "Dmean", "< 15 Gy", "4.2 Gy")],
    tstats=[("PTV_4500", "D95", "45.3 Gy"), ("PTV_Node_5500", "D95", "55.1 Gy")],
    beams=arcs("10X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(20, 340)),
    hpi="had postcoital bleeding. Biopsy: squamous cell carcinoma. PET-CT shows right external iliac nodal "
        "disease; brachytherapy will follow external beam.",
    oar_words="small bowel, rectum, bladder and pelvic bone marrow",
    necessity={4: "the pelvic nodal target curves around the small bowel and bladder, which sit within its "
                  "concavity",
               1: "the involved right external iliac node lies directly on loops of small bowel that must be "
                  "protected"},
)

S["tongue"] = dict(
    dx="Squamous cell carcinoma of the left lateral oral tongue, pT2 N1, after partial glossectomy and neck "
       "dissection", icd="C02.1", technique="VMAT",
    targets=[("PTV_6000", 60.0, 30), ("PTV_5400", 54.0, 30)],
    oars=[("SpinalCord", "Dmax", "< 45 Gy", "35.9 Gy"), ("Parotid_R", "Dmean", "< 26 Gy", "15.2 Gy"),
          ("Mandible", "Dmax", "< 66 Gy", "62.4 Gy"), ("Larynx", "Dmean", "< 35 Gy", "27.5 Gy")],
    tstats=[("PTV_6000", "D95", "59.9 Gy"), ("PTV_5400", "D95", "54.3 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(30, 330)),
    hpi="underwent partial glossectomy and left neck dissection; pathology showed a 3.1 cm tumour with "
        "perineural invasion and one positive level II node without extranodal extension.",
    oar_words="mandible, right parotid, larynx and spinal cord",
    necessity={1: "the tumour bed lies on the mandible and the neck target abuts the larynx, and both must "
                  "be protected"},
)

S["maxillary"] = dict(
    dx="Squamous cell carcinoma of the right maxillary sinus, pT4a N0, after maxillectomy", icd="C31.0",
    technique="VMAT",
    targets=[("PTV_6600", 66.0, 33), ("PTV_5400", 54.0, 33)],
    oars=[("OpticNerve_R", "Dmax", "< 54 Gy", "52.9 Gy"), ("OpticChiasm", "Dmax", "< 54 Gy", "43.0 Gy"),
          ("Globe_R", "Dmean", "< 35 Gy", "28.6 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "29.7 Gy")],
    tstats=[("PTV_6600", "D95", "65.5 Gy"), ("PTV_5400", "D95", "54.2 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW"), (300, 60, "CW")], coll=(30, 330, 0)),
    hpi="had right facial numbness and epistaxis. Right maxillectomy showed squamous cell carcinoma eroding "
        "the orbital floor with a close superior margin.",
    oar_words="right optic nerve, optic chiasm and right globe",
    necessity={1: "the resection cavity reaches the orbital floor, within millimetres of the right optic nerve "
                  "and globe that must be protected",
               2: "the superior margin is close, so the target must be covered with tight margins to spare the "
                  "immediately adjacent optic nerve"},
)

S["lung"] = dict(
    dx="Non-small cell lung cancer, squamous, right upper lobe, cT2a N2 M0", icd="C34.11", technique="VMAT",
    targets=[("PTV_6000", 60.0, 30)],
    oars=[("SpinalCord", "Dmax", "< 50 Gy", "44.2 Gy"), ("Lungs-ITV", "V20Gy", "< 35%", "28.7%"),
          ("Lungs-ITV", "Dmean", "< 20 Gy", "16.4 Gy"), ("Esophagus", "Dmean", "< 34 Gy", "29.8 Gy"),
          ("Heart", "V50Gy", "< 25%", "6.1%"), ("BrachialPlexus_R", "Dmax", "< 66 Gy", "61.5 Gy")],
    tstats=[("PTV_6000", "D95", "59.7 Gy"), ("ITV", "Dmin", "58.9 Gy")],
    beams=arcs("6X", [(181, 30, "CCW"), (30, 181, "CW")], coll=(10, 350)),
    hpi="had haemoptysis. CT showed a 4.2 cm right upper lobe mass and an enlarged right paratracheal node; "
        "EBUS confirmed squamous carcinoma in station 4R. Concurrent weekly chemotherapy is planned.",
    oar_words="spinal cord, esophagus, right brachial plexus and the uninvolved lung",
    necessity={1: "the paratracheal nodal target abuts the esophagus and lies close to the spinal cord, both of "
                  "which must be protected",
               4: "the nodal volume bends around the esophagus and trachea, which sit inside its concavity"},
)

S["lung3d"] = dict(
    S["lung"], dx="Non-small cell lung cancer, adenocarcinoma, left lower lobe, cT2b N1 M0, medically inoperable",
    icd="C34.32", technique="3D conformal",
    oars=[("SpinalCord", "Dmax", "< 50 Gy", "21.3 Gy"), ("Lungs-ITV", "V20Gy", "< 35%", "24.9%"),
          ("Lungs-ITV", "Dmean", "< 20 Gy", "14.8 Gy"), ("Esophagus", "Dmean", "< 34 Gy", "12.6 Gy"),
          ("Heart", "V50Gy", "< 25%", "4.4%")],
    beams=static("6X", [150, 190, 225, 320], [142, 96, 131, 88]),
    hpi="was found to have a 5.6 cm peripheral left lower lobe mass on screening CT; biopsy adenocarcinoma, one "
        "hilar node involved. Pulmonary function is too poor for lobectomy.",
    oar_words="spinal cord, esophagus, heart and the uninvolved lung",
    imrt_rejected="IMRT was considered and is not needed. The tumour is peripheral, away from the cord, "
                  "esophagus and heart, and a four-field 3D conformal plan meets every dose constraint with "
                  "margin, so intensity modulation would add nothing for this patient.",
)
