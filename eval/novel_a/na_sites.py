"""Clinical site profiles for eval/novel_a (invented cases; doses follow common practice).

rx:       [(target, description, total Gy, fractions)]
limits:   [(organ, metric, comparator)]              -> planning constraints (goals)
achieved: [(structure, metric, value)]               -> plan results (never goals)
beams:    ("arc", id, MV, start, stop, dir) | ("static", id, MV, gantry)
cond:     {LCD condition number: sentence a physician writes}
"""

SITES = {
    "prostate": dict(
        dx="adenocarcinoma of the prostate, Gleason 4+3=7 (grade group 3), cT2b N0 M0, PSA 11.8 ng/mL, "
           "unfavorable intermediate risk",
        icd="C61", plan="PROS_VMAT", energy=10,
        rx=[("PTV_7800", "prostate and proximal seminal vesicles + 5 mm (3 mm posterior)", 78.0, 39)],
        limits=[("Rectum", "V70Gy", "< 20%"), ("Rectum", "V50Gy", "< 50%"), ("Bladder", "V65Gy", "< 25%"),
                ("Femoral heads", "Dmax", "< 50 Gy"), ("Penile bulb", "Dmean", "< 52 Gy")],
        achieved=[("PTV_7800", "D95%", "78.2 Gy"), ("Rectum", "V70Gy", "11.8%"), ("Rectum", "V50Gy", "27.5%"),
                  ("Bladder", "V65Gy", "9.6%"), ("Femoral heads", "Dmax", "36.4 Gy"), ("Penile bulb", "Dmean", "31.0 Gy")],
        beams=[("arc", "ARC1", 10, 181.0, 179.0, "CW"), ("arc", "ARC2", 10, 179.0, 181.0, "CCW")],
        oars="rectum, bladder, femoral heads and penile bulb",
        cond={1: "The prostate lies within 2 mm of the anterior rectal wall on the planning MRI, so the rectum "
                 "sits directly against the high-dose region.",
              5: "The plan escalates the prostate to 78 Gy, above the 66 to 70 Gy that a conventional or 3D "
                 "conformal four-field arrangement can deliver here without exceeding rectal tolerance."},
        hist="He presented with a rising PSA on screening; MRI shows a PI-RADS 5 lesion in the left peripheral zone "
             "without extraprostatic extension. He has declined androgen deprivation beyond six months."),
    "pancreas": dict(
        dx="adenocarcinoma of the head of the pancreas, borderline resectable (SMV abutment), after four months "
           "of mFOLFIRINOX", icd="C25.0", plan="PANC_SBRT", energy=6,
        rx=[("PTV_5000", "GTV + 3 mm, excluding the duodenal and gastric PRVs", 50.0, 5)],
        limits=[("Duodenum", "D0.5cc", "< 33 Gy"), ("Stomach", "D0.5cc", "< 33 Gy"),
                ("Small bowel", "D0.5cc", "< 33 Gy"), ("Spinal cord", "Dmax", "< 20 Gy"),
                ("Kidneys (combined)", "Dmean", "< 10 Gy")],
        achieved=[("PTV_5000", "V95%", "93.1%"), ("Duodenum", "D0.5cc", "31.6 Gy"), ("Stomach", "D0.5cc", "28.9 Gy"),
                  ("Small bowel", "D0.5cc", "24.2 Gy"), ("Spinal cord", "Dmax", "11.7 Gy"),
                  ("Kidneys (combined)", "Dmean", "4.3 Gy")],
        beams=[("static", "B%02d" % (i + 1), 6, g) for i, g in
               enumerate([0, 24, 48, 72, 96, 120, 144, 168, 192, 216, 240, 264, 288, 312, 336])],
        oars="duodenum, stomach, small bowel, kidneys and spinal cord",
        cond={1: "The gross tumor lies within 2 mm of the second portion of the duodenum and within 4 mm of the "
                 "gastric antrum.",
              2: "The PTV margin is therefore limited to 3 mm so that the immediately adjacent duodenal wall is "
                 "spared, and the target must be covered with that narrow margin under MR gating."},
        hist="CA 19-9 fell from 612 to 88 U/mL on chemotherapy. Restaging CT shows stable 180-degree SMV abutment; "
             "the surgical team plans exploration after consolidative radiation."),
    "oropharynx": dict(
        dx="squamous cell carcinoma of the left tonsil, p16 positive, cT2 N1 (AJCC 8th) stage I",
        icd="C09.9", plan="OPX_IMRT9", energy=6,
        rx=[("PTV_7000", "gross tumor and involved left level II node + 5 mm", 70.0, 35),
            ("PTV_6300", "high-risk nodal levels II-IV left, right level II", 63.0, 35),
            ("PTV_5600", "elective nodal levels", 56.0, 35)],
        limits=[("Spinal cord", "Dmax", "< 45 Gy"), ("Brainstem", "Dmax", "< 54 Gy"),
                ("Right parotid", "Dmean", "< 26 Gy"), ("Mandible", "Dmax", "< 70 Gy"),
                ("Larynx", "Dmean", "< 44 Gy"), ("Oral cavity", "Dmean", "< 40 Gy")],
        achieved=[("PTV_7000", "D95%", "70.1 Gy"), ("Spinal cord", "Dmax", "38.7 Gy"), ("Brainstem", "Dmax", "41.3 Gy"),
                  ("Right parotid", "Dmean", "22.9 Gy"), ("Mandible", "Dmax", "69.2 Gy"), ("Larynx", "Dmean", "36.5 Gy"),
                  ("Oral cavity", "Dmean", "33.8 Gy")],
        beams=[("static", "F%d" % (i + 1), 6, g) for i, g in enumerate([200, 240, 280, 320, 0, 40, 80, 120, 160])],
        oars="spinal cord, brainstem, parotid glands, mandible, larynx and oral cavity",
        cond={4: "The bilateral nodal target is horseshoe-shaped and wraps around the spinal cord and brainstem, "
                 "which sit inside its concavity.",
              1: "The retropharyngeal and level II targets come within 5 mm of the spinal cord, and the right "
                 "parotid gland lies beside the contralateral level II volume."},
        hist="She noticed a left neck mass in December. PET/CT shows a 2.9 cm left tonsil primary and a single 2.4 cm "
             "left level IIA node; no distant disease. Concurrent weekly cisplatin is planned."),
    "spine": dict(
        dx="metastatic renal cell carcinoma to T11-T12 with epidural extension (Bilsky 1b), prior palliative "
           "radiation to T7-T10 (30 Gy in 10 fractions, 2023)", icd="C79.51", plan="T11T12_REIRR", energy=6,
        rx=[("PTV_2700", "T11-T12 vertebral bodies, pedicles and epidural disease", 27.0, 3)],
        limits=[("Spinal cord PRV", "Dmax", "< 18 Gy"), ("Cauda equina", "Dmax", "< 21.9 Gy"),
                ("Esophagus", "D5cc", "< 17.7 Gy"), ("Kidneys (combined)", "V12Gy", "< 25%"),
                ("Cord at T10 junction (cumulative EQD2)", "Dmax", "< 60 Gy")],
        achieved=[("PTV_2700", "V100%", "90.4%"), ("Spinal cord PRV", "Dmax", "16.9 Gy"), ("Cauda equina", "Dmax", "14.2 Gy"),
                  ("Esophagus", "D5cc", "9.8 Gy"), ("Kidneys (combined)", "V12Gy", "6.1%"),
                  ("Cord at T10 junction (cumulative EQD2)", "Dmax", "52.8 Gy")],
        beams=[("arc", "ARC_A", 6, 179.0, 181.0, "CCW"), ("arc", "ARC_B", 6, 181.0, 179.0, "CW")],
        oars="spinal cord, cauda equina, esophagus and kidneys",
        cond={3: "The T11-T12 target abuts the inferior border of the 2023 T7-T10 field, so the new portals must match "
                 "that previously irradiated segment of cord with high precision.",
              1: "Epidural disease lies within 2 mm of the spinal cord."},
        hist="He has known metastatic clear-cell renal carcinoma on cabozantinib. New mid-back pain; MRI shows T11-T12 "
             "disease with early epidural extension and no cord compression. The 2023 records from an outside "
             "facility were obtained and the prior dose was reconstructed."),
    "anal": dict(
        dx="squamous cell carcinoma of the anal canal, cT2 N1a M0 (left inguinal node)", icd="C21.1",
        plan="PELV_VMAT", energy=10,
        rx=[("PTV_4500", "anal canal, mesorectum, pelvic and inguinal nodes (phase 1, PELV_VMAT)", 45.0, 25),
            ("PTV_BST", "gross primary and involved node + 1 cm (phase 2, BST_VMAT)", 9.0, 5)],
        limits=[("Small bowel", "V45Gy", "< 195 cc"), ("Bladder", "V40Gy", "< 50%"),
                ("Femoral heads", "V30Gy", "< 50%"), ("External genitalia", "V20Gy", "< 50%"),
                ("Iliac crests", "V30Gy", "< 50%")],
        achieved=[("PTV_4500", "D95%", "45.3 Gy"), ("PTV_BST (composite)", "D95%", "54.1 Gy"),
                  ("Small bowel", "V45Gy", "88 cc"), ("Bladder", "V40Gy", "31%"), ("Femoral heads", "V30Gy", "18%"),
                  ("External genitalia", "V20Gy", "36%"), ("Iliac crests", "V30Gy", "29%")],
        beams=[("arc", "P_ARC1", 10, 181.0, 179.0, "CW"), ("arc", "P_ARC2", 10, 179.0, 181.0, "CCW")],
        boost_beams=[("arc", "B_ARC1", 10, 220.0, 140.0, "CW"), ("arc", "B_ARC2", 10, 140.0, 220.0, "CCW")],
        oars="small bowel, bladder, femoral heads, external genitalia and iliac crest marrow",
        cond={4: "The inguinal and pelvic nodal target is U-shaped and concave around the bladder and the small-bowel "
                 "loops, which lie inside that concavity.",
              2: "Small-bowel loops lie immediately adjacent to the external iliac nodal volume, so the PTV margin is "
                 "held to 5 mm there to protect them."},
        hist="She presented with rectal bleeding and an anal mass; biopsy confirmed basaloid squamous cell carcinoma. "
             "PET shows a 3.6 cm primary and one 1.8 cm left inguinal node. Concurrent 5-FU and mitomycin are planned.",
        boost_plan="BST_VMAT"),
    "breast": dict(
        dx="invasive ductal carcinoma of the left breast, pT2 N1a (2/14) M0, ER+/PR+/HER2-, after lumpectomy "
           "and axillary dissection", icd="C50.412", plan="LBR_IMN_VMAT", energy=6,
        rx=[("PTV_5000", "left breast, level I-III axilla, supraclavicular and internal mammary nodes", 50.0, 25)],
        limits=[("Heart", "Dmean", "< 4 Gy"), ("LAD", "Dmax", "< 20 Gy"), ("Left lung", "V20Gy", "< 30%"),
                ("Right breast", "Dmean", "< 3 Gy"), ("Spinal cord", "Dmax", "< 40 Gy")],
        achieved=[("PTV_5000", "V95%", "96.8%"), ("Heart", "Dmean", "3.1 Gy"), ("LAD", "Dmax", "15.2 Gy"),
                  ("Left lung", "V20Gy", "24.6%"), ("Right breast", "Dmean", "2.2 Gy"), ("Spinal cord", "Dmax", "18.9 Gy")],
        beams=[("arc", "ARC1", 6, 300.0, 150.0, "CW"), ("arc", "ARC2", 6, 150.0, 300.0, "CCW"),
               ("arc", "ARC3", 6, 310.0, 140.0, "CW")],
        oars="heart, left anterior descending artery, left lung and contralateral breast",
        cond={1: "With the internal mammary chain included, the anterior myocardium and LAD lie within 8 mm of the "
                 "target even in deep-inspiration breath hold.",
              4: "The chest-wall and internal mammary target is concave and curves around the heart and left lung."},
        hist="Screen-detected 2.6 cm mass; lumpectomy with clear margins, 2 of 14 axillary nodes positive. She "
             "completed dose-dense AC-T and will start an aromatase inhibitor after radiation."),
    "gbm": dict(
        dx="glioblastoma, IDH-wildtype, MGMT unmethylated, right temporal lobe, after gross total resection",
        icd="C71.2", plan="BRAIN_VMAT", energy=6,
        rx=[("PTV_6000", "resection cavity and T2/FLAIR abnormality + 2 cm CTV + 3 mm", 60.0, 30)],
        limits=[("Brainstem", "Dmax", "< 54 Gy"), ("Optic chiasm", "Dmax", "< 54 Gy"),
                ("Right optic nerve", "Dmax", "< 54 Gy"), ("Right cochlea", "Dmean", "< 45 Gy"),
                ("Left hippocampus", "D40%", "< 7.3 Gy")],
        achieved=[("PTV_6000", "D95%", "59.6 Gy"), ("Brainstem", "Dmax", "53.1 Gy"), ("Optic chiasm", "Dmax", "50.7 Gy"),
                  ("Right optic nerve", "Dmax", "44.0 Gy"), ("Right cochlea", "Dmean", "38.2 Gy"),
                  ("Left hippocampus", "D40%", "6.9 Gy")],
        beams=[("arc", "ARC1", 6, 181.0, 179.0, "CW"), ("arc", "ARC2", 6, 179.0, 181.0, "CCW"),
               ("arc", "ARC3_T270", 6, 10.0, 170.0, "CW")],
        oars="brainstem, optic chiasm, right optic nerve, cochleae and the left hippocampus",
        cond={1: "The medial PTV lies within 4 mm of the optic chiasm and directly against the right lateral "
                 "brainstem."},
        hist="Seizure followed by left-sided weakness; MRI showed a 4.8 cm enhancing right temporal mass. Gross total "
             "resection; pathology glioblastoma. Concurrent temozolomide is planned."),
    "lung": dict(
        dx="non-small cell lung cancer (squamous), right hilar, cT2b N2 (station 4R, 7) M0, stage IIIA",
        icd="C34.01", plan="LUNG_IMRT", energy=6,
        rx=[("PTV_6000", "primary, 4R and subcarinal nodes (ITV + 5 mm)", 60.0, 30)],
        limits=[("Spinal cord", "Dmax", "< 50 Gy"), ("Total lung", "V20Gy", "< 35%"), ("Total lung", "Dmean", "< 20 Gy"),
                ("Esophagus", "Dmean", "< 34 Gy"), ("Heart", "V50Gy", "< 25%")],
        achieved=[("PTV_6000", "D95%", "59.8 Gy"), ("Spinal cord", "Dmax", "41.2 Gy"), ("Total lung", "V20Gy", "27.9%"),
                  ("Total lung", "Dmean", "15.8 Gy"), ("Esophagus", "Dmean", "29.6 Gy"), ("Heart", "V50Gy", "8.3%")],
        beams=[("static", "B%02d" % (i + 1), 6, g) for i, g in
               enumerate([0, 30, 60, 150, 180, 210, 240, 270, 300, 330, 345])],
        oars="esophagus, spinal cord, heart and the remaining lung",
        cond={1: "The subcarinal nodal mass lies within 3 mm of the esophagus and rests on the posterior pericardium."},
        hist="Hemoptysis led to CT showing a 5.1 cm right hilar mass; EBUS confirmed N2 disease at 4R and 7. Concurrent "
             "carboplatin and paclitaxel are planned, followed by consolidation immunotherapy."),
    "esophagus": dict(
        dx="adenocarcinoma of the distal esophagus / gastroesophageal junction (Siewert I), cT3 N1 M0",
        icd="C15.5", plan="ESO_VMAT", energy=6,
        rx=[("PTV_5040", "primary, involved paraesophageal and celiac nodes + CTV + 7 mm", 50.4, 28)],
        limits=[("Spinal cord", "Dmax", "< 45 Gy"), ("Total lung", "V20Gy", "< 20%"), ("Heart", "Dmean", "< 26 Gy"),
                ("Liver", "Dmean", "< 25 Gy"), ("Kidneys", "V18Gy", "< 33%")],
        achieved=[("PTV_5040", "D95%", "50.3 Gy"), ("Spinal cord", "Dmax", "38.9 Gy"), ("Total lung", "V20Gy", "14.2%"),
                  ("Heart", "Dmean", "21.7 Gy"), ("Liver", "Dmean", "9.4 Gy"), ("Kidneys", "V18Gy", "7.8%")],
        beams=[("arc", "ARC1", 6, 181.0, 179.0, "CW"), ("arc", "ARC2", 6, 179.0, 181.0, "CCW")],
        oars="heart, lungs, spinal cord, liver and kidneys",
        cond={4: "The target curves around the posterior heart and left atrium, which sit within its anterior "
                 "concavity, with lung on either side."},
        hist="Progressive dysphagia; EGD showed a 6 cm distal esophageal mass. EUS cT3 N1; PET without distant disease. "
             "Neoadjuvant carboplatin and paclitaxel are planned, then esophagectomy."),
    "sinonasal": dict(
        dx="squamous cell carcinoma of the right maxillary sinus, pT4a N0, after partial maxillectomy (close "
           "posterior margin)", icd="C31.0", plan="MAX_VMAT", energy=6,
        rx=[("PTV_6600", "maxillectomy bed and close-margin region + 3 mm", 66.0, 33),
            ("PTV_5400", "ipsilateral elective nodal levels Ib-II", 54.0, 33)],
        limits=[("Optic chiasm", "Dmax", "< 54 Gy"), ("Right optic nerve", "Dmax", "< 54 Gy"),
                ("Right retina", "Dmax", "< 45 Gy"), ("Lenses", "Dmax", "< 7 Gy"), ("Brainstem", "Dmax", "< 54 Gy"),
                ("Left parotid", "Dmean", "< 26 Gy")],
        achieved=[("PTV_6600", "D95%", "65.8 Gy"), ("Optic chiasm", "Dmax", "48.2 Gy"), ("Right optic nerve", "Dmax", "52.6 Gy"),
                  ("Right retina", "Dmax", "41.0 Gy"), ("Lenses", "Dmax", "5.1 Gy"), ("Brainstem", "Dmax", "44.9 Gy"),
                  ("Left parotid", "Dmean", "8.7 Gy")],
        beams=[("arc", "ARC1", 6, 181.0, 20.0, "CW"), ("arc", "ARC2", 6, 20.0, 181.0, "CCW"),
               ("arc", "ARC3_NC", 6, 200.0, 340.0, "CW")],
        oars="optic chiasm, optic nerves, retina, lenses and brainstem",
        cond={1: "The maxillectomy bed lies within 3 mm of the right orbital floor and optic nerve."},
        hist="Right facial numbness and epistaxis; partial maxillectomy with orbital floor preservation. Margins "
             "close (1 mm) posteriorly; no perineural invasion; neck clinically negative."),
    "meningioma": dict(
        dx="WHO grade 2 (atypical) meningioma of the left petroclival region, after subtotal resection",
        icd="D32.0", plan="SKB_VMAT", energy=6,
        rx=[("PTV_5940", "residual tumor and resection bed + 1 cm CTV + 3 mm", 59.4, 33)],
        limits=[("Brainstem", "Dmax", "< 55 Gy"), ("Optic chiasm", "Dmax", "< 54 Gy"),
                ("Left optic nerve", "Dmax", "< 54 Gy"), ("Left cochlea", "Dmean", "< 45 Gy"),
                ("Pituitary", "Dmean", "< 45 Gy")],
        achieved=[],
        beams=[("arc", "ARC1", 6, 181.0, 179.0, "CW"), ("arc", "ARC2", 6, 179.0, 181.0, "CCW"),
               ("arc", "ARC3_T90", 6, 190.0, 350.0, "CW")],
        oars="brainstem, optic chiasm, left optic nerve, left cochlea and pituitary",
        cond={1: "Residual tumor lies within 2 mm of the left lateral pons.",
              4: "The clival portion of the target is concave and wraps around the ventral brainstem."},
        hist="Progressive left facial numbness and diplopia; subtotal resection with residual tumor along the clivus. "
             "Pathology: atypical meningioma, MIB-1 12%."),
    "sarcoma3d": dict(
        dx="myxoid liposarcoma of the right anterior thigh, 9 cm, cT2b N0 M0, for preoperative radiation",
        icd="C49.21", plan="RTHIGH_3D", energy=10,
        rx=[("PTV_5000", "GTV + 4 cm longitudinal / 1.5 cm radial CTV + 1 cm", 50.0, 25)],
        limits=[("Femur", "V40Gy", "< 64%"), ("Skin strip (anterior)", "V20Gy", "< 50%"),
                ("Right testis", "Dmax", "< 3 Gy")],
        achieved=[("PTV_5000", "D95%", "49.1 Gy"), ("Femur", "V40Gy", "41%"), ("Skin strip", "V20Gy", "38%")],
        beams=[("static", "ANT", 10, 0), ("static", "POST", 10, 180), ("static", "LAT_OBL", 10, 250)],
        oars="femur and an anterior skin strip",
        cond={},
        hist="A slowly enlarging painless thigh mass; MRI shows a 9 cm intramuscular lesion in the vastus intermedius. "
             "Core biopsy: myxoid liposarcoma. Resection is planned five weeks after radiation."),
}
