"""novel_l clinical narrative per site: history, examination, data, recommendation. All invented."""

NARR = {
    "prostate_esc": {
        "reason": "Newly diagnosed intermediate-risk prostate cancer; discussion of definitive radiation.",
        "hpi": "{age}-year-old man referred by urology after a PSA rise from 6.8 to 12.6 ng/mL over 18 months. "
               "MRI showed a PI-RADS 5 lesion at the left mid-gland peripheral zone without extraprostatic "
               "extension. Transperineal biopsy: Gleason 4+3 in 5 of 14 cores, maximum 70% core involvement. "
               "PSMA PET negative for nodal or distant disease. IPSS 9, SHIM 17.",
        "pmh": "Hypertension, hyperlipidemia, remote appendectomy. No inflammatory bowel disease. Anticoagulation: none.",
        "exam": "ECOG 0. DRE: firm nodularity at the left mid-gland, confined to the gland. Abdomen benign.",
        "data": "Pathology and MRI reviewed with the resident at the workstation; PSMA PET report reviewed.",
        "rec": "Definitive external beam radiation with 6 months of androgen deprivation (urology to start "
               "leuprolide). Fiducial placement before simulation.",
    },
    "oropharynx": {
        "reason": "p16-positive squamous cell carcinoma of the right tonsil.",
        "hpi": "{age}-year-old man with a right neck mass for three months. Exam under anesthesia and biopsy: "
               "p16-positive SCC of the right palatine tonsil, 2.8 cm. PET/CT: avid right tonsil primary and a "
               "single 2.1 cm right level II node, no distant disease. 20 pack-years, quit 2009.",
        "pmh": "Type 2 diabetes (diet controlled), GERD. Dental evaluation completed; two extractions healed.",
        "exam": "ECOG 0. Exophytic right tonsillar mass not crossing midline, no base-of-tongue extension. Mobile "
                "2 cm right level II node. Cranial nerves intact.",
        "data": "PET/CT, CT neck with contrast and pathology reviewed; case discussed at head and neck tumor board.",
        "rec": "Definitive chemoradiation with weekly cisplatin (medical oncology), 70 Gy to gross disease and 56 Gy "
               "elective nodal coverage in 35 fractions.",
    },
    "lung_protocol": {
        "reason": "Unresectable stage IIIA NSCLC; chemoradiation and protocol screening.",
        "hpi": "{age}-year-old woman with cough and a 4.6 cm right upper lobe mass. EBUS: adenocarcinoma in stations "
               "4R and 7. PET/CT without distant disease; brain MRI negative. Thoracic surgery judged the disease "
               "unresectable (bulky multistation N2). PFTs: FEV1 71% predicted, DLCO 64%.",
        "pmh": "COPD (GOLD 1), osteoarthritis. Former smoker, 35 pack-years.",
        "exam": "ECOG 1. Scattered expiratory wheeze. No supraclavicular adenopathy.",
        "data": "PET/CT, EBUS pathology, PFTs and the thoracic tumor board disposition reviewed.",
        "rec": "Concurrent chemoradiation (carboplatin/paclitaxel weekly) to 60 Gy in 30 fractions, followed by "
               "consolidation per protocol. Consented to LUMC-TH-2402 (invented) today; randomized to Arm B.",
    },
    "cervix": {
        "reason": "Locally advanced cervical cancer, definitive chemoradiation.",
        "hpi": "{age}-year-old woman with postmenopausal bleeding. Biopsy: squamous cell carcinoma of the cervix. "
               "MRI: 4.2 cm cervical mass with left parametrial involvement; PET/CT: FDG-avid 1.8 cm left external "
               "iliac node, no para-aortic disease.",
        "pmh": "Hypothyroidism, obesity (BMI 34). G3P3.",
        "exam": "ECOG 1. Exophytic cervical mass, left parametrium involved to the mid-portion, not to the sidewall. "
                "Vagina uninvolved.",
        "data": "MRI pelvis, PET/CT and pathology reviewed; gynecologic oncology note reviewed.",
        "rec": "External beam to the pelvis with a simultaneous integrated nodal boost, weekly cisplatin, then "
               "image-guided HDR brachytherapy (separate planning).",
    },
    "anal_twophase": {
        "reason": "Squamous cell carcinoma of the anal canal with a left inguinal node.",
        "hpi": "{age}-year-old woman with rectal bleeding and pain. Biopsy: invasive SCC of the anal canal, 3.5 cm. "
               "PET/CT: left inguinal node SUV 6.4, FNA positive. HIV negative.",
        "pmh": "Osteoporosis, prior hysterectomy for fibroids.",
        "exam": "ECOG 1. Firm 3.5 cm mass at the left posterior anal canal. Palpable 2 cm left inguinal node.",
        "data": "PET/CT, MRI pelvis, pathology and FNA cytology reviewed.",
        "rec": "Definitive chemoradiation with mitomycin/capecitabine: pelvic and inguinal nodes to 45 Gy in 25 "
               "fractions, then a sequential boost of 9 Gy in 5 fractions to the primary and involved node "
               "(total 54 Gy).",
    },
    "spine_reirr": {
        "reason": "Painful T8-T9 metastasis with epidural extension in a previously irradiated region.",
        "hpi": "{age}-year-old man with metastatic clear-cell renal cell carcinoma on cabozantinib, now with mid-back "
               "pain (6/10) for five weeks. MRI: T8-T9 vertebral body disease with Bilsky 1b epidural extension, "
               "no cord compression. Spine surgery: not a surgical candidate; no instability (SINS 7). Prior "
               "radiation: T10-L1, 30 Gy in 10 fractions, completed 08/2024 elsewhere.",
        "pmh": "Left nephrectomy 2021, hypertension, CKD stage 3a.",
        "exam": "ECOG 1. Tender over T8. Strength 5/5, sensation intact, no sphincter symptoms.",
        "data": "MRI thoracic spine, the outside 2024 treatment summary and DICOM plan reviewed with physics.",
        "rec": "Re-irradiation of T8-T9, 30 Gy in 10 fractions, matched to the superior border of the 2024 field. "
               "Cabozantinib held during treatment per medical oncology.",
    },
    "chest_wall": {
        "reason": "Post-mastectomy radiation, left chest wall and regional nodes including the internal mammary chain.",
        "hpi": "{age}-year-old woman, left mastectomy and axillary dissection for a 3.4 cm IDC with 5 of 14 nodes "
               "positive, completed dose-dense AC-T six weeks ago. Started letrozole. No reconstruction.",
        "pmh": "Hypertension, mild aortic stenosis (echo: EF 60%).",
        "exam": "ECOG 0. Healed mastectomy incision without erythema; full shoulder range of motion.",
        "data": "Surgical pathology, chemotherapy summary and echocardiogram reviewed.",
        "rec": "Post-mastectomy radiation to the left chest wall, supraclavicular, axillary apex and internal mammary "
               "nodes, 50 Gy in 25 fractions, deep-inspiration breath hold.",
    },
    "esophagus_protocol": {
        "reason": "Locally advanced distal esophageal adenocarcinoma, trimodality therapy on protocol.",
        "hpi": "{age}-year-old man with dysphagia to solids and 6 kg weight loss. EGD: circumferential mass 36-41 cm "
               "from the incisors, biopsy adenocarcinoma. EUS: uT3 N1. PET/CT: no distant disease.",
        "pmh": "Barrett esophagus, atrial fibrillation on apixaban, former smoker.",
        "exam": "ECOG 1. Weight 71 kg. No cervical or supraclavicular adenopathy.",
        "data": "EGD/EUS reports, PET/CT and the GI tumor board disposition reviewed.",
        "rec": "Neoadjuvant chemoradiation, 50.4 Gy in 28 fractions with weekly carboplatin/paclitaxel, then "
               "esophagectomy (thoracic surgery). Consented to LUMC-GI-2405 (invented) today; randomized to Arm B.",
    },
    "nasopharynx": {
        "reason": "Locoregionally advanced nasopharyngeal carcinoma.",
        "hpi": "{age}-year-old man with right aural fullness and bilateral neck masses. Nasopharyngeal biopsy: "
               "nonkeratinizing carcinoma, EBER positive. MRI: primary extends to the clivus and right "
               "parapharyngeal space; bilateral level II nodes up to 3.4 cm. Plasma EBV DNA 2,400 copies/mL.",
        "pmh": "Hepatitis B (treated), hypertension.",
        "exam": "ECOG 0. Right serous otitis media. Bilateral level II adenopathy. Cranial nerves II-XII intact.",
        "data": "MRI, PET/CT, pathology and audiogram reviewed.",
        "rec": "Induction gemcitabine/cisplatin (medical oncology) followed by concurrent cisplatin with "
               "radiation: 70 Gy / 59.4 Gy / 54.12 Gy in 33 fractions.",
    },
    "gbm": {
        "reason": "Newly diagnosed glioblastoma after resection.",
        "hpi": "{age}-year-old woman with word-finding difficulty and a right temporal enhancing mass. Gross total "
               "resection three weeks ago: glioblastoma, IDH-wildtype, MGMT unmethylated. KPS 80. On "
               "levetiracetam; dexamethasone tapered off.",
        "pmh": "Hypothyroidism, osteopenia.",
        "exam": "KPS 80. Healing right temporal craniotomy. Mild anomia; no motor deficit; visual fields full to "
                "confrontation.",
        "data": "Pre- and post-operative MRI and neuropathology reviewed; neuro-oncology note reviewed.",
        "rec": "60 Gy in 30 fractions with concurrent temozolomide, then adjuvant temozolomide (neuro-oncology).",
    },
    "prostate_nodes_twophase": {
        "reason": "High-risk prostate cancer; definitive radiation to the prostate and pelvic nodes.",
        "hpi": "{age}-year-old man with PSA 24.3 ng/mL. Biopsy: Gleason 4+4 in 9 of 12 cores. MRI: right "
               "extraprostatic extension, seminal vesicles clear, no adenopathy. PSMA PET: no nodal or distant "
               "disease. Started ADT (degarelix) two months ago; planned for 18-24 months.",
        "pmh": "Coronary artery disease (stent 2019), type 2 diabetes, BPH.",
        "exam": "ECOG 1. DRE: right-sided induration extending beyond the capsule.",
        "data": "MRI, PSMA PET and pathology reviewed.",
        "rec": "Pelvic nodes, prostate and seminal vesicles to 45 Gy in 25 fractions, then a sequential boost to the "
               "prostate of 34.2 Gy in 19 fractions (total 79.2 Gy), with long-term ADT.",
    },
    "apbi_3d": {
        "reason": "Early-stage right breast cancer after lumpectomy; adjuvant radiation options.",
        "hpi": "{age}-year-old woman, screen-detected 0.4 cm grade 1 IDC of the right upper outer quadrant, "
               "lumpectomy with margins of 6 mm or more, sentinel nodes 0/2. ER/PR positive, HER2 negative. "
               "Started anastrozole.",
        "pmh": "Atrial fibrillation (rate controlled), osteoarthritis.",
        "exam": "ECOG 1. Well-healed right upper outer quadrant incision; lumpectomy cavity clips on imaging.",
        "data": "Pathology, mammogram and planning CT reviewed.",
        "rec": "Accelerated partial-breast irradiation, 38.5 Gy in 10 fractions twice daily, 3D conformal.",
    },
}
