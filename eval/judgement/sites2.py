"""More sites: 3D courses, two-phase courses, parotid, hypopharynx.  Invented content."""
from sites import S, arcs, static

S["breast_fif"] = dict(
    dx="Invasive ductal carcinoma of the left breast, upper outer quadrant, pT1c N0, after lumpectomy",
    icd="C50.412", technique="3D conformal tangents with field-in-field segments",
    targets=[("PTV_Breast_L", 42.56, 16)],
    oars=[("Heart", "Dmean", "< 4 Gy", "1.6 Gy"), ("Lung_L", "V16Gy", "< 15%", "9.8%"),
          ("LAD", "Dmax", "< 20 Gy", "11.2 Gy")],
    tstats=[("PTV_Breast_L", "V95%", "96.1%")],
    beams=[{"id": "MED_TAN", "kind": "static", "energy": "6X", "gantry": 304, "coll": 8, "couch": 0, "mu": 118},
           {"id": "MED_TAN_s1", "kind": "static", "energy": "6X", "gantry": 304, "coll": 8, "couch": 0, "mu": 21},
           {"id": "LAT_TAN", "kind": "static", "energy": "6X", "gantry": 126, "coll": 352, "couch": 0, "mu": 114},
           {"id": "LAT_TAN_s1", "kind": "static", "energy": "15X", "gantry": 126, "coll": 352, "couch": 0, "mu": 19}],
    hpi="had a screen-detected left breast mass. Lumpectomy and sentinel node biopsy: 1.4 cm grade 2 invasive "
        "ductal carcinoma, margins negative, 0 of 2 nodes. ER/PR positive, HER2 negative.",
    oar_words="heart, left anterior descending artery and left lung",
    imrt_rejected="Inverse-planned IMRT is not indicated. With deep-inspiration breath hold the heart falls "
                  "well away from the tangents, and forward-planned field-in-field tangents give a homogeneous "
                  "dose that meets every constraint. The field-in-field segments are shaped by hand by the "
                  "dosimetrist (forward planning, no optimiser); no compensator is used.",
)

S["rectum3d"] = dict(
    dx="Adenocarcinoma of the mid rectum, cT3 N1 M0, for short-course preoperative radiation", icd="C20",
    technique="3D conformal, three-field",
    targets=[("PTV_2500", 25.0, 5)],
    oars=[("BowelBag", "V20Gy", "< 150 cc", "88 cc"), ("Bladder", "Dmax", "< 26.5 Gy", "25.9 Gy"),
          ("FemoralHeads", "Dmax", "< 25 Gy", "19.7 Gy")],
    tstats=[("PTV_2500", "D95", "24.8 Gy")],
    beams=static("15X", [0, 90, 270], [188, 141, 139]),
    hpi="had a change in bowel habit and anaemia. Colonoscopy: mid-rectal adenocarcinoma 8 cm from the anal "
        "verge. MRI: T3b, one mesorectal node, clear mesorectal fascia.",
    oar_words="small bowel, bladder and femoral heads",
    imrt_rejected="A three-field 3D conformal arrangement is standard for a five-fraction preoperative course; "
                  "it keeps the small bowel and bladder within limits and IMRT is not required.",
)

# prostate and pelvic nodes, two phases (sequential boost), both IMRT
S["prost_nodes"] = dict(
    dx="Adenocarcinoma of the prostate, Gleason 4+5, PSA 24.6, cT3a N0, high risk", icd="C61",
    technique="VMAT",
    phases=[
        dict(name="Phase 1 (pelvis)", plan="PELV_VMAT", targets=[("PTV_Pelvis_4500", 45.0, 25)],
             oars=[("BowelBag", "V45Gy", "< 195 cc", "118 cc"), ("Rectum", "V40Gy", "< 60%", "44%"),
                   ("Bladder", "V40Gy", "< 60%", "37%"), ("FemoralHeads", "Dmax", "< 45 Gy", "33.1 Gy")],
             tstats=[("PTV_Pelvis_4500", "D95", "45.1 Gy")],
             beams=arcs("10X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(20, 340), mu=(402.3, 395.8))),
        dict(name="Phase 2 (prostate boost)", plan="BOOST_VMAT", targets=[("PTV_Prostate_3420", 34.2, 19)],
             oars=[("Rectum", "V70Gy (composite)", "< 20%", "12.6%"), ("Bladder", "V75Gy (composite)", "< 25%", "11.0%"),
                   ("Rectum", "Dmax (composite)", "< 80 Gy", "79.4 Gy")],
             tstats=[("PTV_Prostate_3420", "D95", "34.3 Gy")],
             beams=arcs("10X", [(200, 160, "CW"), (160, 200, "CCW")], coll=(15, 345), mu=(288.4, 281.0))),
    ],
    hpi="has a PSA of 24.6. Biopsy showed Gleason 4+5 in eight of twelve cores with extracapsular extension on "
        "MRI. Bone scan and PSMA PET show no nodal or distant disease. Androgen deprivation started in January.",
    oar_words="rectum, bladder, small bowel and femoral heads",
    necessity={4: "the pelvic nodal target curves around the small bowel and bladder, which sit within its "
                  "concavity",
               5: "the prostate boost brings the total to 79.2 Gy, beyond the dose a conventional technique "
                  "can safely give next to the rectum"},
)

# 3D pelvis then IMRT prostate boost
S["prost_3d_boost"] = dict(
    dx="Adenocarcinoma of the prostate, Gleason 4+4, PSA 18.9, cT2c N0, high risk", icd="C61",
    technique="3D conformal (phase 1) / VMAT (phase 2)",
    phases=[
        dict(name="Phase 1 (pelvis, 3D conformal)", plan="PELV_4FLD", technique="3d",
             targets=[("PTV_Pelvis_4500", 45.0, 25)],
             oars=[("BowelBag", "V45Gy", "< 195 cc", "176 cc"), ("FemoralHeads", "Dmax", "< 45 Gy", "44.1 Gy")],
             tstats=[("PTV_Pelvis_4500", "D95", "44.8 Gy")],
             beams=static("18X", [0, 90, 180, 270], [126, 119, 124, 117])),
        dict(name="Phase 2 (prostate boost, VMAT)", plan="PROS_BOOST_VMAT", technique="imrt",
             targets=[("PTV_Prostate_3420", 34.2, 19)],
             oars=[("Rectum", "V70Gy (composite)", "< 20%", "13.9%"), ("Bladder", "V75Gy (composite)", "< 25%", "10.2%"),
                   ("FemoralHead_L", "Dmax (composite)", "< 50 Gy", "46.9 Gy")],
             tstats=[("PTV_Prostate_3420", "D95", "34.2 Gy")],
             beams=arcs("10X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(15, 345), mu=(297.5, 290.6))),
    ],
    hpi="has high-risk disease: Gleason 4+4 in six cores, PSA 18.9, no metastases on PSMA PET. He is on "
        "androgen deprivation.",
    oar_words="rectum, bladder and femoral heads",
    necessity={5: "the boost takes the prostate to 79.2 Gy, an escalated dose that a conventional or 3D "
                  "technique cannot deliver without overdosing the rectum",
               1: "the prostate lies directly against the anterior rectal wall, which must be protected"},
    phase1_3d_words="The pelvic phase is treated with a standard four-field 3D conformal box; the nodes are "
                    "covered well and the bowel stays within limits, so modulation is not needed for phase 1.",
)

# base of tongue, adaptive replan after weight loss
S["bot_adaptive"] = dict(
    dx="Squamous cell carcinoma of the base of tongue, cT3 N2 M0, p16 positive", icd="C01",
    technique="VMAT",
    phases=[
        dict(name="Initial plan", plan="BOT_VMAT_1", targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
             oars=[("SpinalCord_PRV", "Dmax", "< 45 Gy", "39.0 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "37.2 Gy"),
                   ("Parotid_L", "Dmean", "< 26 Gy", "24.8 Gy"), ("Larynx", "Dmean", "< 40 Gy", "36.1 Gy")],
             tstats=[("PTV_7000", "D95", "70.1 Gy"), ("PTV_5600", "D95", "56.4 Gy")],
             beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")])),
        dict(name="Adaptive replan (fractions 16-35)", plan="BOT_VMAT_2R",
             targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
             oars=[("SpinalCord_PRV", "Dmax (composite)", "< 45 Gy", "41.6 Gy"),
                   ("Brainstem", "Dmax (composite)", "< 54 Gy", "38.0 Gy"),
                   ("Parotid_L", "Dmean (composite)", "< 26 Gy", "25.7 Gy"),
                   ("Larynx", "Dmean (composite)", "< 40 Gy", "37.3 Gy")],
             tstats=[("PTV_7000", "D95 (composite)", "69.8 Gy"), ("PTV_5600", "D95 (composite)", "56.2 Gy")],
             beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")], mu=(309.6, 297.3))),
    ],
    hpi="noticed a left neck mass. Base-of-tongue biopsy: p16-positive squamous cell carcinoma; bilateral level "
        "II-III nodes on PET. Concurrent cisplatin is planned.",
    oar_words="spinal cord, brainstem, left parotid and larynx",
    necessity={4: "the bilateral nodal target wraps around the spinal cord in a horseshoe, with the cord inside "
                  "the concavity",
               1: "the base-of-tongue primary sits directly in front of the larynx and close to the cord, which "
                  "must be protected"},
)

S["parotid"] = dict(
    dx="Mucoepidermoid carcinoma of the right parotid, high grade, pT3 N0, after total parotidectomy",
    icd="C07", technique="IMRT (static, step-and-shoot)",
    targets=[("PTV_6000", 60.0, 30)],
    oars=[("Cochlea_R", "Dmean", "< 45 Gy", "36.7 Gy"), ("SpinalCord", "Dmax", "< 45 Gy", "30.8 Gy"),
          ("Brainstem", "Dmax", "< 54 Gy", "33.1 Gy"), ("OralCavity", "Dmean", "< 30 Gy", "17.9 Gy"),
          ("Parotid_L", "Dmean", "< 20 Gy", "3.2 Gy")],
    tstats=[("PTV_6000", "D95", "59.6 Gy")],
    beams=static("6X", [0, 30, 60, 100, 140, 180, 330], [171, 166, 183, 190, 178, 162, 158]),
    hpi="had a firm right preauricular mass. Total parotidectomy with facial nerve preservation: high-grade "
        "mucoepidermoid carcinoma, 4.6 cm, perineural invasion, close deep margin.",
    oar_words="right cochlea, spinal cord, brainstem, oral cavity and left parotid",
    necessity={1: "the parotid bed lies against the right cochlea and temporal bone and close to the brainstem, "
                  "structures that must be protected"},
)

S["hypopharynx"] = dict(
    dx="Squamous cell carcinoma of the pyriform sinus, T2 N2b M0", icd="C12",
    technique="VMAT",
    targets=[("PTV_7000", 70.0, 35), ("PTV_5600", 56.0, 35)],
    oars=[("SpinalCord", "Dmax", "< 45 Gy", "41.4 Gy"), ("Parotid_R", "Dmean", "< 26 Gy", "20.1 Gy"),
          ("Esophagus_Cerv", "Dmean", "< 45 Gy", "43.2 Gy"), ("Brainstem", "Dmax", "< 54 Gy", "30.9 Gy")],
    tstats=[("PTV_7000", "D95", "69.7 Gy"), ("PTV_5600", "D95", "56.2 Gy")],
    beams=arcs("6X", [(181, 179, "CW"), (179, 181, "CCW")], coll=(25, 335)),
    hpi="presented with otalgia and dysphagia. Endoscopy: left pyriform sinus tumour; CT shows two left level "
        "II-III nodes. Concurrent cisplatin is planned.",
    oar_words="spinal cord, right parotid, cervical esophagus and brainstem",
    necessity={4: "the bilateral neck volume wraps around the spinal cord, which sits within the concavity",
               1: "the involved nodes lie directly against the cervical esophagus and near the cord, which must "
                  "be protected"},
)
