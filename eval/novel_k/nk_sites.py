"""novel_k site profiles, one per chart: targets, organ-at-risk limits with achieved values, beams, and the
sentences a physician of that chart writes for each LCD condition.

limits: (structure, limit as written on the prescription, achieved value as the plan reports it)
beams:  arcs ("arc", id, energy, start, stop, direction, collimator, couch) or static fields
        ("static", id, energy, gantry, collimator, couch)
"""


def arcs(*spec):
    return [("arc",) + s for s in spec]


def fields(energy, angles, coll=0):
    return [("static", "F%d_G%03d" % (i + 1, g), energy, g, coll, 0) for i, g in enumerate(angles)]


SITES = {
    "nk01": dict(
        dx="adenocarcinoma of the prostate, Gleason 4+3=7 (grade group 3), PSA 8.9 ng/mL, cT2a, unfavorable "
           "intermediate risk", icd="C61", plan_id="PROS_VMAT", energy="6 MV FFF",
        targets=[("PTV_7000", 2.5, 28, 70.0), ("PTV_5600", 2.0, 28, 56.0)],
        limits=[("Rectum", "V65Gy < 15%", "7.9%"), ("Rectum", "V50Gy < 35%", "18.4%"),
                ("Bladder", "V65Gy < 25%", "11.2%"), ("Bladder", "V40Gy < 50%", "21.7%"),
                ("Femoral head L", "Dmax < 45 Gy", "31.5 Gy"), ("Femoral head R", "Dmax < 45 Gy", "30.8 Gy"),
                ("Penile bulb", "Dmean < 50 Gy", "22.6 Gy"), ("Bowel bag", "Dmax < 50 Gy", "38.0 Gy")],
        cover=[("PTV_7000", "D95%", "70.3 Gy"), ("PTV_5600", "D95%", "56.4 Gy")],
        beams=arcs(("ARC1", "6X-FFF", 181, 179, "CW", 30, 0), ("ARC2", "6X-FFF", 179, 181, "CCW", 330, 0)),
        oars="the rectum, bladder, penile bulb and femoral heads",
        cond={1: "The gland sits directly on the anterior rectal wall; even with the hydrogel spacer the rectal "
                 "separation is only 8 mm at mid-gland, and the bladder base rests on the superior gland and the "
                 "seminal vesicles.",
              2: "The planning margin is 5 mm, narrowed to 3 mm posteriorly, so that the immediately adjacent "
                 "anterior rectal wall is protected; daily fiducial-matched cone-beam CT supports margins this "
                 "narrow."}),
    "nk02": dict(
        dx="biochemical recurrence of prostate adenocarcinoma after radical prostatectomy (pT3a N0, Gleason 4+3, "
           "negative margins), PSA 0.38 ng/mL rising, PSMA PET without nodal or distant uptake", icd="C61",
        plan_id="PBED_VMAT", energy="6 MV",
        targets=[("PTV_7020", 1.8, 39, 70.2)],
        limits=[("Rectum", "V65Gy", "21.3%"), ("Rectum", "V40Gy", "44.0%"), ("Bladder", "V65Gy", "30.8%"),
                ("Bladder", "V40Gy", "52.5%"), ("Femoral head L", "Dmax", "38.9 Gy"),
                ("Femoral head R", "Dmax", "37.6 Gy"), ("Penile bulb", "Dmean", "31.0 Gy"),
                ("Bowel bag", "Dmax", "46.2 Gy")],
        directive_limits=[("Rectum", "V65 Gy < 35%; V40 Gy < 55%"), ("Bladder", "V65 Gy < 50%; V40 Gy < 70%"),
                          ("Femoral heads", "Dmax < 45 Gy"), ("Penile bulb", "Dmean < 52 Gy"),
                          ("Bowel bag", "Dmax < 52 Gy")],
        cover=[("PTV_7020", "D95%", "70.4 Gy")],
        beams=arcs(("ARC1", "6X", 181, 179, "CW", 10, 0), ("ARC2", "6X", 179, 181, "CCW", 350, 0)),
        oars="the rectum, bladder, penile bulb and femoral heads",
        cond={1: "The bed target lies between the posterior bladder wall and the anterior rectal wall, with the "
                 "vesicourethral anastomosis within 2 to 3 mm of each.",
              4: "The prostate-bed target is concave posteriorly: it wraps around the anterior rectal wall, which "
                 "sits inside that concavity, and its upper part cups the bladder neck."}),
    "nk03": dict(
        dx="metastatic castration-resistant prostate cancer with a painful lytic/blastic metastasis of the left "
           "iliac wing and sacroiliac joint", icd="C79.51", plan_id="L_ILIUM_3D", energy="6/10 MV",
        targets=[("PTV_3000", 3.0, 10, 30.0)],
        beams=[("static", "AP", "6X", 0, 0, 0), ("static", "PA", "10X", 180, 0, 0),
               ("static", "LPO_W30", "10X", 135, 90, 0)]),
    "nk04": dict(
        dx="adenocarcinoma of the prostate, Gleason 4+3=7, PSA 11.2 ng/mL, cT2b, unfavorable intermediate risk",
        icd="C61", plan_id="PROS78_VMAT", energy="6 MV",
        targets=[("PTV_7800", 2.0, 39, 78.0)],
        limits=[("Rectum", "V75 < 15%", "6.1%"), ("Rectum", "V70 < 20%", "10.4%"), ("Rectum", "V50 < 50%", "27.9%"),
                ("Bladder", "V75 < 25%", "9.8%"), ("Bladder", "V70 < 35%", "14.2%"),
                ("Femoral heads", "V50 < 5%", "0.0%"), ("Penile bulb", "mean < 52.5 Gy", "28.3 Gy"),
                ("Bowel", "max < 52 Gy", "41.7 Gy")],
        cover=[("PTV_7800", "D95", "78.2 Gy")],
        beams=arcs(("A1", "6X", 182, 178, "CW", 15, 0), ("A2", "6X", 178, 182, "CCW", 345, 0)),
        oars="the rectum, the bladder, the femoral heads and the penile bulb",
        cond={1: "The prostate sits right up against the anterior rectal wall and the bladder base rests on top of "
                 "the gland.",
              5: "I am escalating the prostate dose to 78 Gray in 39 fractions, which is beyond the roughly 70 Gray "
                 "that conventional or three D conformal treatment delivers for this disease."}),
    "nk05": dict(
        dx="high-risk adenocarcinoma of the prostate, Gleason 4+5=9, PSA 24.6 ng/mL, cT3a, clinically node "
           "negative", icd="C61", plan_id="PROSLN_VMAT", energy="6 MV",
        targets=[("PTV_7000", 2.5, 28, 70.0), ("PTV_5040", 1.8, 28, 50.4)],
        limits=[("Rectum", "V65 < 17%", "9.6%"), ("Rectum", "V50 < 40%", "24.9%"), ("Bladder", "V65 < 25%", "12.0%"),
                ("Bowel bag", "V45 < 195 cc", "88 cc"), ("Femoral heads", "max < 45 Gy", "38.2 Gy"),
                ("Penile bulb", "mean < 50 Gy", "27.5 Gy")],
        cover=[("PTV_7000", "D95", "70.1 Gy"), ("PTV_5040", "D95", "50.6 Gy")],
        beams=arcs(("A1", "6X", 181, 179, "CW", 20, 0), ("A2", "6X", 179, 181, "CCW", 340, 0)),
        oars="the rectum, bladder, small bowel, femoral heads and penile bulb",
        cond={1: "The prostate is directly against the rectum and the bladder base, and the pelvic nodal chains run "
                 "right alongside loops of small bowel and the sigmoid.",
              4: "The pelvic nodal target is a concave, horseshoe-shaped volume that wraps around the bladder and "
                 "the small bowel lying inside it."}),
    "nk06": dict(
        dx="muscle-invasive urothelial carcinoma of the bladder, cT2 N0 M0, after maximal transurethral resection, "
           "bladder preservation with concurrent chemotherapy", icd="C67.2", plan_id="BLAD_IMRT7", energy="10 MV",
        targets=[("PTV_5500", 2.75, 20, 55.0)],
        limits=[("Rectum", "V50 < 15%", "4.8%"), ("Rectum", "V40 < 35%", "21.0%"),
                ("Bowel bag", "V40 < 100 cc", "46 cc"), ("Bowel bag", "D1cc < 54 Gy", "51.8 Gy"),
                ("Femoral heads", "max < 40 Gy", "29.4 Gy")],
        cover=[("PTV_5500", "D95", "55.3 Gy")],
        beams=fields("10X", [0, 52, 104, 154, 206, 256, 308]),
        oars="the small bowel, the rectum and the femoral heads",
        cond={1: "The bladder dome lies directly against loops of small bowel and the sigmoid colon, and the "
                 "posterior bladder wall rests on the anterior rectal wall."}),
    "nk07": dict(
        dx="squamous cell carcinoma of the left base of tongue, p16 positive, cT2 N1 M0 (AJCC 8th, stage I)",
        icd="C01", plan_id="BOT_VMAT", energy="6 MV",
        targets=[("PTV_7000", 2.0, 35, 70.0), ("PTV_6300", 1.8, 35, 63.0), ("PTV_5600", 1.6, 35, 56.0)],
        limits=[("Spinal cord", "Dmax < 45 Gy", "36.8 Gy"), ("Brainstem", "Dmax < 54 Gy", "31.2 Gy"),
                ("Parotid R", "Dmean < 26 Gy", "21.4 Gy"), ("Mandible", "Dmax < 70 Gy", "68.9 Gy"),
                ("Larynx", "Dmean < 40 Gy", "35.1 Gy"), ("Oral cavity", "Dmean < 40 Gy", "37.3 Gy")],
        cover=[("PTV_7000", "D95", "70.2 Gy"), ("PTV_6300", "D95", "63.4 Gy"), ("PTV_5600", "D95", "56.5 Gy")],
        beams=arcs(("ARC_1", "6X", 181, 179, "CW", 30, 0), ("ARC_2", "6X", 179, 181, "CCW", 330, 0),
                   ("ARC_3", "6X", 181, 179, "CW", 90, 0)),
        oars="the spinal cord, brainstem, right parotid, mandible, larynx and oral cavity",
        cond={1: "The base-of-tongue primary and the left level II nodes lie within a few millimetres of the "
                 "mandible and the pharyngeal constrictors, and the spinal cord and brainstem sit 1.5 to 2 cm "
                 "behind the nodal targets.",
              4: "The bilateral nodal target is concave around the spinal cord and wraps around the right parotid, "
                 "which lies inside that concavity and has to be spared."}),
    "nk08": dict(
        dx="squamous cell carcinoma of the anal canal, cT2 N1a M0, HIV negative", icd="C21.1", plan_id="ANAL_VMAT",
        energy="6 MV",
        targets=[("PTV_5400", 1.8, 30, 54.0), ("PTV_4500", 1.5, 30, 45.0)],
        limits=[("Bowel bag", "V45 < 20 cc", "11 cc"), ("Bowel bag", "V30 < 200 cc", "164 cc"),
                ("Bladder", "V35 < 50%", "31%"), ("Femoral heads", "V44 < 5%", "1.2%"),
                ("Femoral heads", "V30 < 50%", "27%"), ("External genitalia", "V30 < 20%", "12%"),
                ("Iliac crests", "V30 < 50%", "38%")],
        cover=[("PTV_5400", "D95", "54.2 Gy"), ("PTV_4500", "D95", "45.4 Gy")],
        beams=arcs(("Arc 1", "6X", 181, 179, "CW", 20, 0), ("Arc 2", "6X", 179, 181, "CCW", 340, 0)),
        oars="the small bowel, bladder, femoral heads, external genitalia and iliac crests",
        cond={4: "The elective nodal target (inguinal, external and internal iliac, presacral) is a concave volume "
                 "that wraps around the bladder and the small bowel loops lying inside it.",
              1: "The primary lies against the posterior vaginal wall, and the inguinal nodes sit directly over the "
                 "femoral heads with the external genitalia between the two groins."}),
    "nk09": dict(
        dx="non-small cell lung cancer (adenocarcinoma) of the left upper lobe with left hilar and AP-window "
           "nodes, cT2a N2 M0, stage IIIA; prior left breast radiotherapy in 2019", icd="C34.12",
        plan_id="LUL_IMRT7", energy="6 MV",
        targets=[("PTV_6000", 2.0, 30, 60.0)],
        limits=[("Spinal cord", "Dmax < 50 Gy", "39.4 Gy"), ("Lungs (total)", "V20 < 35%", "27.8%"),
                ("Lungs (total)", "mean < 20 Gy", "15.6 Gy"), ("Heart", "V50 < 25%", "6.3%"),
                ("Heart", "mean < 20 Gy", "9.1 Gy"), ("Esophagus", "mean < 34 Gy", "22.7 Gy"),
                ("L lung, composite with 2019 course", "V20 < 40%", "33.5%")],
        cover=[("PTV_6000", "D95", "60.1 Gy")],
        beams=fields("6X", [330, 0, 30, 60, 150, 180, 210]),
        oars="the spinal cord, esophagus, heart and both lungs",
        cond={3: "In 2019 she received 50 Gy in 25 fractions to the left breast with tangential fields at this "
                 "center; the new target abuts the superior edge of that prior tangent volume, so the new portals "
                 "must be matched to the old field edge with high precision to avoid overlap in previously "
                 "irradiated lung and chest wall.",
              1: "The nodal PTV lies against the aortic arch and within 6 mm of the esophagus, with the spinal cord "
                 "2 cm posterior."}),
    "nk10": dict(
        dx="high-risk adenocarcinoma of the prostate, Gleason 4+4=8, PSA 18.3 ng/mL, cT2c, PSMA PET without nodal or "
           "distant disease", icd="C61", plan_id="PELV_IMRT", plan2_id="PROS_BST_VMAT", energy="10 MV / 6 MV",
        targets=[("PTV_4500 (prostate, SV, pelvic nodes)", 1.8, 25, 45.0),
                 ("PTV_BST (prostate + proximal SV)", 1.8, 17, 30.6)],
        limits=[("Rectum", "V70 < 20%", "12.6%"), ("Rectum", "V50 < 50%", "33.0%"), ("Bladder", "V70 < 30%", "13.9%"),
                ("Bowel bag", "V45 < 195 cc", "102 cc"), ("Femoral heads", "V50 < 5%", "0.4%"),
                ("Penile bulb", "mean < 52.5 Gy", "36.1 Gy")],
        cover=[("PTV_4500", "D95", "45.3 Gy"), ("PTV_BST", "D95", "30.8 Gy")],
        beams=fields("10X", [0, 40, 80, 120, 160, 200, 240, 280, 320]),
        beams2=arcs(("BST_A1", "6X", 181, 179, "CW", 15, 0), ("BST_A2", "6X", 179, 181, "CCW", 345, 0)),
        oars="the rectum, bladder, small bowel, femoral heads and penile bulb",
        cond={1: "The prostate lies against the anterior rectal wall and the bladder base, and the pelvic nodal "
                 "volumes run next to small bowel loops and the sigmoid colon.",
              4: "The pelvic nodal target is concave, curving around the bladder and the small bowel, which lie "
                 "within that concavity."}),
    "nk11": dict(
        dx="adenocarcinoma of the prostate, Gleason 3+4=7, PSA 7.4 ng/mL, cT2a, favorable intermediate risk",
        icd="C61", plan_id="PROS60_VMAT", energy="6 MV",
        targets=[("PTV_6000", 3.0, 20, 60.0), ("PTV_4860", 2.43, 20, 48.6)],
        limits=[("Rectum", "V40.8 < 60%", "31.0%"), ("Rectum", "V48.6 < 50%", "20.5%"),
                ("Rectum", "V52.7 < 35%", "14.8%"), ("Rectum", "V56.8 < 15%", "6.9%"), ("Rectum", "V60 < 3%", "0.4%"),
                ("Bladder", "V48.6 < 25%", "10.3%"), ("Bladder", "V56.8 < 5%", "3.1%"),
                ("Femoral heads", "V40.8 < 50%", "0.0%")],
        cover=[("PTV_6000", "D95", "60.1 Gy"), ("PTV_4860", "D95", "48.9 Gy")],
        beams=arcs(("VA_1", "6X", 182, 178, "CW", 20, 0), ("VA_2", "6X", 178, 182, "CCW", 340, 0)),
        oars="the rectum, bladder and femoral heads",
        cond={1: "The prostate is in direct contact with the anterior rectal wall, and the bladder base sits on its "
                 "superior surface.",
              2: "The PTV margin is 5 mm, 3 mm toward the rectum, so that the immediately adjacent rectal wall is "
                 "protected; daily fiducial matching makes these narrow margins safe."}),
    "nk12": dict(
        dx="adenocarcinoma of the prostate, Gleason 4+3=7, PSA 12.7 ng/mL, cT2b, unfavorable intermediate risk",
        icd="C61", plan_id="PROS_IMRT7", energy="10 MV",
        targets=[("PTV_7920", 1.8, 44, 79.2)],
        limits=[("Rectum", "V75 < 15%", "8.2%"), ("Rectum", "V70 < 20%", "12.7%"), ("Rectum", "V65 < 25%", "16.9%"),
                ("Rectum", "V50 < 50%", "31.4%"), ("Bladder", "V80 < 15%", "4.0%"), ("Bladder", "V75 < 25%", "9.1%"),
                ("Bladder", "V70 < 35%", "13.6%"), ("Femoral heads", "V50 < 5%", "0.2%"),
                ("Penile bulb", "mean < 52.5 Gy", "33.8 Gy")],
        cover=[("PTV_7920", "D95", "79.4 Gy")],
        beams=fields("10X", [180, 230, 280, 330, 30, 80, 130]),
        cond={5: "The plan escalates the dose to the prostate to 79.2 Gy in 44 fractions, well above the 70 Gy "
                 "commonly delivered with conventional technique for tumors like his."}),
}
