#!/usr/bin/env python3
"""Build eval/novel_e: 12 synthetic IMRT charts in the layouts in which hospitals release records
(ROI chart-copy packets, EHR viewer prints with version banners, fixed-width HIM extracts, legal-copy
prints). Deletes and rewrites charts/ and charts_index.csv, validates, prints a summary.

    /work/main/.venv/bin/python eval/novel_e/generate.py [--out DIR] [--quiet]

Every expected status below is written by hand from docs/requirements.md, the LCD and the documents
this script renders. The tool was never read or run.
"""
import argparse
import copy
import csv
import datetime as dt
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ne_world                                       # noqa: E402
from ne_world import D, wd, fractions, SITES, CLINICS, fmt_date   # noqa: E402
from ne_text import assign_mu                         # noqa: E402
from ne_layouts import LAYOUT                         # noqa: E402
from ne_render import extract_text                    # noqa: E402

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
        "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}

STYLE = {"aldric": "roi-packet (St. Aldric)", "prairie": "viewer-print (Prairie Hollow)",
         "merrimack": "him-extract (Merrimack Valley)", "penobscot": "legal-copy (Penobscot Bay)"}

HISTORY = {
    "prostate": "PSA rose from 6.8 to 11.2 ng/mL over 18 months. MRI showed a PI-RADS 5 lesion in the left mid-gland; "
                "biopsy 7 of 12 cores positive. Staging bone scan and CT negative.",
    "oropharynx": "Two months of left throat discomfort and a left level II node. Biopsy of the base of tongue showed "
                  "p16-positive squamous cell carcinoma. PET/CT: primary and a single ipsilateral node, no distant disease.",
    "breast3d": "Screen-detected 9 mm right breast mass; lumpectomy and sentinel node biopsy with negative margins, 0 of 2 "
                "nodes. Endocrine therapy planned after radiotherapy.",
    "gbm": "New seizures and word-finding difficulty. MRI showed a 4.1 cm enhancing right temporal mass; gross total "
           "resection three weeks ago. Concurrent temozolomide planned.",
    "anal": "Rectal bleeding and a palpable anal canal mass. Biopsy showed squamous cell carcinoma; PET/CT with a 3.4 cm "
            "primary and a left inguinal node. Concurrent mitomycin and capecitabine planned.",
    "pancreas": "Painless jaundice in October 2024, biliary stent placed. CT showed a 2.8 cm pancreatic head mass abutting "
                "the SMV. CA 19-9 fell from 412 to 61 U/mL on chemotherapy. Surgical oncology asks for chemoradiation "
                "before resection.",
    "nasopharynx": "Six months of right nasal obstruction, epistaxis and neck swelling. Nasopharyngeal biopsy: "
                   "non-keratinizing carcinoma, EBV positive. MRI: clival invasion, bilateral retropharyngeal and level II "
                   "nodes. Induction chemotherapy completed.",
    "esophagus": "Progressive dysphagia to solids and 6 kg weight loss. EGD: distal esophageal mass at 36-41 cm, biopsy "
                 "adenocarcinoma. EUS uT3 N1; PET/CT without distant disease.",
    "lung": "Hemoptysis and cough. CT: 5.4 cm right upper lobe mass with enlarged right paratracheal and subcarinal "
            "nodes; EBUS positive at stations 4R and 7. Brain MRI negative.",
    "prostate_nodes": "PSA 24.6 ng/mL; MRI with right-sided extracapsular extension; Gleason 4+5 in 9 of 12 cores. PSMA PET "
                      "without nodal or distant disease. Androgen deprivation started six weeks ago, planned for 24 months.",
    "prostate_bed": "Radical prostatectomy in 2022 (pT3a N0, focal positive apical margin). PSA undetectable until 2024, "
                    "now 0.42 ng/mL and rising. PSMA PET: no nodal or distant uptake.",
    "neck_reirr": "Left breast cancer treated in 2021 with lumpectomy, chemotherapy and radiotherapy to the breast and "
                  "supraclavicular region (50 Gy in 25 fractions; outside records and plan obtained). Now a 2.2 cm left "
                  "level IV node, biopsy consistent with recurrence; restaging otherwise negative.",
}


def P(last, first, sex, dob, mrn):
    return dict(last=last, first=first, sex=sex, dob=D(*dob), mrn=mrn)


CHARTS = [
    dict(id="ne01_aldric_roi_packet_prostate", clinic="aldric", site="prostate", conds=[1], consult=D(2025, 2, 10),
         pt=P("Delacroix-Henley", "Warren", "M", (1951, 8, 23), "97310452"), roi="ROI-25-061447",
         referrer="Dr. Amos Whitcombe (Urology)", trap="-",
         point="ROI packet: cover sheet with page ranges, running header/footer, Page x of y; 7 embedded documents, "
               "each with its own signature block; QA signed by both roles with role labels; condition 1"),
    dict(id="ne02_aldric_roi_packet_misfiled_qa_oropharynx", clinic="aldric", site="oropharynx", conds=[4, 1],
         consult=D(2025, 3, 3), pt=P("Ashgrove", "Pauline", "F", (1961, 3, 5), "97326618"), roi="ROI-25-072210",
         referrer="Dr. Celia Marchbanks (Otolaryngology)",
         qa_other=dict(last="Halvorsen-Pike", first="Dorothea", mrn="97388106", dob=D(1958, 11, 2), pid="LARYNX_VMAT1"),
         trap="the packet's only patient-specific QA report (document 5) is another patient's: Halvorsen-Pike, "
              "Dorothea, MRN 97388106, other DOB, plan LARYNX_VMAT1; the running header still shows this patient"),
    dict(id="ne03_aldric_roi_packet_3d_breast", clinic="aldric", site="breast3d", conds=[], consult=D(2025, 4, 7),
         pt=P("Kittredge", "Loretta", "F", (1960, 4, 15), "97341975"), roi="ROI-25-080935", three_d=True,
         referrer="Dr. Nadia Petrosyan (Breast Surgery)", trap="3D",
         point="3D conformal tangents with field-in-field segments, forward planned; 'intensity-modulated planning ... "
               "will not be used'; MU check only; 77295 / 77412"),
    dict(id="ne04_prairie_viewer_amended_review_gbm", clinic="prairie", site="gbm", conds=[1], consult=D(2025, 2, 24),
         pt=P("Stroud", "Benedict", "M", (1962, 2, 17), "97403381"), review_amended=True,
         referrer="Dr. Lionel Okafor-Grant (Neurosurgery)", trap="-",
         point="viewer prints; plan review v1 (signed, SUPERSEDED, optic structures omitted) and v2 AMENDED (current, "
               "signed next day, before QA and first fraction); QA table signed by both; condition 1"),
    dict(id="ne05_prairie_viewer_rx_corrected_unsigned_anal", clinic="prairie", site="anal", conds=[4],
         consult=D(2025, 3, 17), pt=P("Meriwether", "Constance", "F", (1957, 9, 30), "97417759"),
         rx_corrected_unsigned=True, referrer="Dr. Hugo Lindqvist-Amari (Colorectal Surgery)",
         trap="the signed Rx v1 (54 Gy in 27 fractions, two constraints) is SUPERSEDED by a 'Corrected copy' v2 "
              "(54/45 Gy in 30 fractions, full OAR constraints) whose provider signature is blank: 'Awaiting "
              "authentication'"),
    dict(id="ne06_prairie_viewer_addendum_qa_pancreas", clinic="prairie", site="pancreas", conds=[2],
         consult=D(2025, 4, 14), pt=P("Thibault-Orr", "Franklin", "M", (1955, 12, 4), "97429046"), qa_addendum=True,
         referrer="Dr. Priyanka Desrosiers (Surgical Oncology)", trap="-",
         point="viewer prints; physicist-only QA table + the plan review's signed ADDENDUM (next morning, before fraction "
               "1) reviewing the measurement (two-document co-signature); seven static IMRT fields; condition 2"),
    dict(id="ne07_merrimack_him_extract_nasopharynx", clinic="merrimack", site="nasopharynx", conds=[4, 1],
         consult=D(2025, 1, 27), pt=P("Nguyen-Aldous", "Vivian", "F", (1968, 6, 9), "97455120"), roi="LGL-25-04471",
         referrer="Dr. Bartholomew Yates (Otolaryngology)", trap="-",
         point="fixed-width HIM extract (CRLF) with document index and STATUS column, AUTHENTICATED BY lines; printed "
               "Word Rx; imported plan and QA PDFs ('Image x of y'); conditions 4, 1"),
    dict(id="ne08_merrimack_resident_only_necessity_esophagus", clinic="merrimack", site="esophagus", conds=[1],
         consult=D(2025, 3, 10), pt=P("Brackenridge", "Hollis", "M", (1953, 1, 27), "97462287"), roi="LGL-25-05102",
         resident_consult=True, referrer="Dr. Sunniva Ekberg (Thoracic Surgery)",
         trap="the only necessity statement is in a consult authenticated by a PGY-4 resident; 'COSIGNATURE "
              "REQUIRED: <attending> -- STATUS: NOT RECEIVED'; index status CSREQ"),
    dict(id="ne09_merrimack_review_dictated_not_read_lung", clinic="merrimack", site="lung", conds=[1],
         consult=D(2025, 5, 5), pt=P("Fairweather", "Odessa", "F", (1949, 10, 19), "97470314"), roi="LGL-25-06630",
         review_dbnr=True, referrer="Dr. Ignatius Moreau (Pulmonology)",
         trap="the only isodose and DVH review is a transcribed plan review with '*** DICTATED BUT NOT READ ***', "
              "index status DICT-NR, no authentication"),
    dict(id="ne10_penobscot_legal_copy_two_phase_prostate", clinic="penobscot", site="prostate_nodes", conds=[1, 5],
         consult=D(2025, 2, 3), pt=P("Quimby", "Ellsworth", "M", (1949, 5, 2), "97508842"),
         referrer="Dr. Harriet Colby-Mayhew (Urology)", trap="-",
         point="legal-copy DOCX/RTF with revision-history tables; two courses (PELV_VMAT fx 1-25, BOOST_VMAT fx 26-44) "
               "named by the delivery record, each with its own planning note and QA signed by both; conditions 1, 5"),
    dict(id="ne11_penobscot_boost_qa_unsigned_prostate_bed", clinic="penobscot", site="prostate_bed", conds=[1],
         consult=D(2025, 4, 21), pt=P("Pettengill", "Roscoe", "M", (1956, 3, 14), "97513390"),
         qa_unsigned=["BOOST_VMAT"], referrer="Dr. Owen Trask (Urology)",
         trap="two courses; BOOST_VMAT's QA report is 'PRELIMINARY - awaiting physics and physician approval' with "
              "empty Name / Signature / Date cells (PELV_VMAT's QA is signed by both)"),
    dict(id="ne12_penobscot_corrected_copy_neck_reirradiation", clinic="penobscot", site="neck_reirr", conds=[3, 1],
         consult=D(2025, 5, 19), pt=P("Haskell-Moody", "Verna", "F", (1963, 7, 21), "97520067"), review_corrected=True,
         referrer="Dr. Eliza Cormier (Medical Oncology)", trap="-",
         point="planning note v1 SUPERSEDED (laterality typo) and v2 CORRECTED COPY, both authenticated, v2 before QA "
               "sign-off and fraction 1; re-irradiation abutting the 2021 supraclavicular field; seven static fields; "
               "conditions 3, 1"),
]


# ------------------------------------------------------------------------------------------ timeline
def timeline(c):
    s = SITES[c["site"]]
    d = {"consult": c["consult"], "plan": {}, "review": {}, "qa": {}, "mdqa": {}}
    d["sim"] = wd(c["consult"], 5)
    d["rx"] = wd(d["sim"], 1)
    d["rx_v2"] = wd(d["rx"], 2)
    p0 = s["plans"][0]["pid"]
    d["plan"][p0] = wd(d["sim"], 7)
    d["review"][p0] = wd(d["plan"][p0], 1)
    d["review_v2"] = wd(d["review"][p0], 1)
    d["qa"][p0] = wd(d["plan"][p0], 2)
    d["mdqa"][p0] = wd(d["qa"][p0], 1)
    first = wd(d["plan"][p0], 3) if c.get("three_d") else wd(d["mdqa"][p0], 1)
    fx = [(x, p0) for x in fractions(first, s["plans"][0]["nfx"])]
    if len(s["plans"]) > 1:
        p1 = s["plans"][1]["pid"]
        base = fx[len(fx) - 8][0]
        d["plan"][p1] = base
        d["review"][p1] = wd(base, 1)
        d["qa"][p1] = wd(base, 2)
        d["mdqa"][p1] = wd(base, 3)
        b_first = wd(fx[-1][0], 1)
        assert d["mdqa"][p1] < b_first
        fx += [(x, p1) for x in fractions(b_first, s["plans"][1]["nfx"])]
    d["fx"] = fx
    d["summary"] = wd(fx[-1][0], 1)
    d["request"] = wd(fx[-1][0] + dt.timedelta(days=34), 0)
    d["release"] = wd(d["request"], 2)
    # sanity: every pre-treatment signature before the first fraction of its plan
    assert d["review_v2"] < first and d["rx_v2"] < d["plan"][p0] and d["mdqa"][p0] < first or c.get("three_d")
    return d


# ------------------------------------------------------------------------------------- expectations
def E(status, why, criteria=None):
    e = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


def default_expect(c):
    cl, s = c["clinic"], SITES[c["site"]]
    pids = [p["pid"] for p in s["plans"]]
    cons = ", ".join("%s %s" % (o, v) for o, v in s["cons"][:3])
    tgt = "; ".join("%s %s Gy/%d" % (t.split(" ")[0], ne_world_gy(dd), n) for p in s["plans"] for t, dd, n in p["targets"])
    arcs = s["plans"][0]["beams"][0]["kind"] == "arc"
    conds = c["conds"]
    where = {
        "aldric": ("ROI packet document 2 'Radiation Prescription (Order)'", "packet document 1 (consultation)",
                   "packet document 4 'Physician Plan Review and Approval'",
                   "'Electronically signed by: Harriet Vandermeer, MD (Radiation Oncology) on <mm/dd/yyyy hh:mm EST>'",
                   "packet document 3 (Altair plan report)",
                   "packet document 5 (Sirius 2D QA): 'Medical Physicist: Tobias Keane, MS, DABR   Signed: ...' and "
                   "'Radiation Oncologist: Harriet Vandermeer, MD   Signed: ...' (role label, name, date)"),
        "prairie": ("viewer print 02_prescription.pdf", "viewer print 01_consult_note.pdf",
                    "viewer print 04_plan_review.pdf",
                    "'Signed by Rosalind Achterberg, MD (Radiation Oncology) on <Mon d, yyyy h:mm AM/PM CDT>'",
                    "03_plan_report.pdf (Foxglove)",
                    "05_imrt_qa_report.pdf (Quadrant EPID): sign-off table Medical Physicist / Radiation Oncologist rows "
                    "with 'e-signed' cells and dates"),
        "merrimack": ("radiation_prescription_printed.docx", "HIM extract SEQ 001 (consultation)",
                      "HIM extract SEQ 002 (plan review)",
                      "'AUTHENTICATED BY: DUCHESNE, CLAIRE M MD (RADIATION ONCOLOGY)   ON: <yyyy-mm-dd hh:mm zone>' "
                      "(index status AUTH)",
                      "imported Kittiwake plan summary PDF",
                      "imported Halyard ArcScan QA PDF: 'Verified by: Wendell Osei-Bonsu, PhD, DABR (Medical "
                      "Physicist)' and 'Approved by: Claire M. Duchesne, MD (Radiation Oncologist)', both dated"),
        "penobscot": ("prescription_legal_copy.docx", "consultation_legal_copy.rtf",
                      "planning_note_<plan>.docx",
                      "'Authenticated by: Imogen Thackeray-Wells, MD (Radiation Oncology) | <dd-Mon-yyyy hh:mm EDT>'",
                      "chart_copy_planning_physics.pdf (Seaward plan reports)",
                      "chart_copy_planning_physics.pdf (Fathom 3D QA per plan): Role | Name | Signature | Date/time "
                      "table with '/s/' cells for the physicist and the radiation oncologist"),
    }[cl]
    rxw, conw, revw, sigw, planw, qaw = where
    ex = {}
    rxsig = {"aldric": "its own 'Electronically signed by: Harriet Vandermeer, MD (Radiation Oncology) on ...' block",
             "prairie": "'Signed by Rosalind Achterberg, MD (Radiation Oncology) on ...'",
             "merrimack": "'Approved by: Claire M. Duchesne, MD (Radiation Oncologist) <date time>'",
             "penobscot": "'Authenticated by: Imogen Thackeray-Wells, MD (Radiation Oncology) | ...'"}[cl]
    ex["plan-goals-constraints"] = E("met", "%s: %s plus an organ-at-risk dose-constraint table (%s, ...); signed by "
                                            "the radiation oncologist, %s" % (rxw, tgt, cons, rxsig))
    ex["necessity-statement"] = E("met", "%s, 'Medical necessity for IMRT' section: 3D conformal comparison could not "
                                         "cover the PTV within the limits for the %s; signed by the radiation oncologist"
                                  % (conw, ", ".join(s["oars"])))
    cw = {1: "within N mm of a critical structure (1)", 2: "PTV margin reduced to 3 mm to protect the immediately "
          "adjacent duodenum and stomach (2)", 3: "target abuts the 2021 supraclavicular field, junction matched with "
          "high precision (3)", 4: "concave target with critical structures inside the concavity (4)",
          5: "escalation to 79.2 Gy above the 70 Gy of conventional treatment (5)"}
    ex["necessity-criterion"] = E("met", "%s: %s" % (conw, "; ".join(cw[n] for n in conds)), sorted(conds))
    ex["image-review"] = E("met", "%s: %s with targets, critical structures and isodose lines reviewed slice by slice; "
                                  "signed and dated %s, after the plan was created and before the first fraction"
                           % (revw, s["imaging"], sigw))
    ex["dvh-review"] = E("met", "%s: DVHs of all targets and critical structures reviewed, values quoted; same signature"
                         % revw)
    ex["portal-description"] = E("met", "%s: %s table with %s" % (
        planw, "arc" if arcs else "field", "gantry start/stop and rotation per arc" if arcs else "gantry angle per field")
        + (" for each plan (%s)" % ", ".join(pids) if len(pids) > 1 else ""))
    ex["dosimetric-verification"] = E("met", "%s; gamma 3%%/2 mm, every beam and the composite above the 95%% tolerance "
                                             "and 90%% action level, PASS; measured and signed before the first fraction%s"
                                      % (qaw, " of each plan" if len(pids) > 1 else ""))
    ex["compensator-design"] = E("not_applicable", "MLC-delivered IMRT (%s); the chart documents no compensator-based IMRT"
                                 % ("VMAT" if arcs else "static-gantry step-and-shoot"))
    return ex


def ne_world_gy(x):
    return ("%.2f" % x).rstrip("0").rstrip(".")


def expectations(c):
    ex = default_expect(c)
    cid = c["id"][:4]
    if cid == "ne03":
        why = ("3D conformal course: every document names forward-planned tangential fields with field-in-field "
               "segments; the only intensity-modulation wording rejects it ('will not be used'); MU check only; 77295 / "
               "77412 billed. The IMRT checklist does not apply (verdict not_imrt)")
        for r in REQS:
            ex[r] = E("not_applicable", why, [] if r == "necessity-criterion" else None)
    elif cid == "ne01":
        pass
    elif cid == "ne02":
        ex["dosimetric-verification"] = E("missing", "Misfile: the only patient-specific QA report in the packet "
            "(document 5, Sirius 2D) names Halvorsen-Pike, Dorothea, MRN 97388106, another DOB and plan LARYNX_VMAT1; "
            "its evidence does not count even though the packet's running header shows this patient. No QA of BOT_VMAT "
            "exists, and no physician note reviews one. Refer to HIM as a misfile / possible privacy incident")
    elif cid == "ne04":
        ex["image-review"]["why"] = ("04b_plan_review_v2_amended.pdf (version 2, AMENDED, current): %s with targets, the "
            "optic structures and other critical structures and isodose lines reviewed; 'Signed by Rosalind Achterberg, "
            "MD ... on <date>' the day after version 1, before QA and fraction 1. Version 1 (signed, SUPERSEDED) omitted "
            "the optic structures; it is history" % SITES["gbm"]["imaging"])
        ex["dvh-review"]["why"] = ("amended version 2: DVHs of PTV_6000 and every critical structure including the "
                                   "optic chiasm and nerves; signed")
    elif cid == "ne05":
        ex["plan-goals-constraints"] = E("incomplete", "The current prescription is 02b 'Corrected copy' (version 2: "
            "PTV_5400 54 Gy/30, PTV_4500 45 Gy/30 and the OAR constraint table), entered by the dosimetrist, 'Provider "
            "signature: ____', 'Awaiting authentication': unsigned. Version 1, the only signed prescription, is "
            "SUPERSEDED (wrong fractionation, 27 fx; only two constraints) and does not define the treated plan. The "
            "signed consult gives target doses only; organ doses elsewhere are achieved values. Target-only signed "
            "evidence / unsigned order: incomplete (an attestation could not fix an order)")
    elif cid == "ne06":
        ex["dosimetric-verification"]["why"] = ("05_imrt_qa_report.pdf (Quadrant EPID, measured, PASS) signed only by "
            "the medical physicist (Gideon Strand, PhD, DABR); the radiation oncologist's review is the signed "
            "ADDENDUM of 04_plan_review.pdf, dated the morning after the measurement and before fraction 1, quoting the "
            "composite gamma and accepting it: two-document co-signature")
    elif cid == "ne08":
        why = ("The only necessity statement (and the LCD condition) is in the HIM extract's consultation (SEQ 001), "
               "authenticated by Temperance A. Oyelowo, MD, a PGY-4 resident, with 'COSIGNATURE REQUIRED: DUCHESNE, "
               "CLAIRE M MD (ATTENDING) -- STATUS: NOT RECEIVED' (index status CSREQ). A resident's signature does not "
               "stand in for the radiation oncologist's; no attending document states the need for IMRT")
        ex["necessity-statement"] = E("incomplete", why)
        ex["necessity-criterion"] = E("incomplete", why + ". Condition 1 (target within 4 mm of the left atrium) is "
                                      "documented, but not in a signed attending document", [1])
    elif cid == "ne09":
        why = ("The only isodose / DVH review is the HIM extract's RAD ONC PLAN REVIEW (SEQ 002): 'DICTATED BY: "
               "DUCHESNE ...', transcribed, '*** DICTATED BUT NOT READ - THIS REPORT HAS NOT BEEN AUTHENTICATED ***', "
               "index status DICT-NR with an empty AUTH DATE/TIME. Documentation present, signature absent")
        ex["image-review"] = E("incomplete", why)
        ex["dvh-review"] = E("incomplete", why)
    elif cid == "ne10":
        pass
    elif cid == "ne11":
        ex["dosimetric-verification"] = E("incomplete", "Course BOOST_VMAT (fx 26-39 in the treatment delivery record): "
            "its Fathom 3D QA report passed, but it is 'Report status: PRELIMINARY - awaiting physics and physician "
            "approval' and the Approval table's Name / Signature / Date cells are empty for both roles. PELV_VMAT's QA "
            "is signed by both (met). Chart = most severe course")
    elif cid == "ne12":
        ex["image-review"]["why"] = ("planning_note_v2_corrected_copy.docx (version 2, CORRECTED COPY, current): CT with "
            "the 2021 field border, targets, critical structures and isodose lines reviewed; authenticated and dated "
            "the day after version 1, before QA sign-off and fraction 1. Version 1 (authenticated, SUPERSEDED for a "
            "laterality typo) is history")
        ex["dvh-review"]["why"] = "corrected copy (version 2): DVHs of PTV_6000 and every critical structure; authenticated"
    return ex


# --------------------------------------------------------------------------------------------- build
def build(out, quiet=False):
    charts_dir = os.path.join(out, "charts")
    if os.path.isdir(charts_dir):
        shutil.rmtree(charts_dir)
    os.makedirs(charts_dir)
    rows, grid = [], []
    for base in CHARTS:
        c = copy.deepcopy(base)
        c["history"] = HISTORY[c["site"]]
        saved = copy.deepcopy(SITES[c["site"]])
        assign_mu(c)
        c["d"] = timeline(c)
        folder = os.path.join(charts_dir, c["id"])
        os.makedirs(folder)
        files = LAYOUT[c["clinic"]](c, folder)
        ex = expectations(c)
        pt = c["pt"]
        exp = {"chart_id": c["id"], "synthetic": True, "style": STYLE[c["clinic"]],
               "description": (c.get("point") if c["trap"] in ("-", "3D") else "TRAP: " + c["trap"]),
               "patient": {"name": "%s, %s" % (pt["last"], pt["first"]), "mrn": pt["mrn"], "dob": pt["dob"].isoformat()},
               "requirements": {r: ex[r] for r in REQS}, "document_problems": {}}
        with open(os.path.join(folder, "expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
        validate(c, folder, files, exp)
        SITES[c["site"]] = saved
        gaps = ["%s %s" % (r, "|".join(exp["requirements"][r]["status"])) for r in REQS
                if exp["requirements"][r]["status"][0] not in ("met", "not_applicable")]
        if c.get("three_d"):
            gaps = ["all not_applicable (3D)"]
        rows.append([c["id"], STYLE[c["clinic"]], c["trap"] if c["trap"] not in ("-",) else "complete",
                     "; ".join(gaps) or "-"])
        grid.append((c["id"], [exp["requirements"][r]["status"][0] for r in REQS], len(files)))
    with open(os.path.join(out, "charts_index.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(rows)
    if not quiet:
        report(grid, charts_dir)


def validate(c, folder, files, exp):
    assert list(exp["requirements"]) == REQS
    for r, e in exp["requirements"].items():
        assert e["status"] and all(s in STATUSES for s in e["status"]), (c["id"], r)
        assert e["why"].strip(), (c["id"], r)
    assert "criteria" in exp["requirements"]["necessity-criterion"]
    assert 2 <= len(files) <= 7, (c["id"], files)
    assert sorted(files + ["expected.json"]) == sorted(os.listdir(folder)), (c["id"], files)
    for fn in files:
        text = extract_text(os.path.join(folder, fn))
        assert "SYNTHETIC" in text, (c["id"], fn, "SYNTHETIC")
        assert c["pt"]["mrn"] in text, (c["id"], fn, "MRN")
        if c.get("qa_other") and fn.endswith(".pdf"):
            assert c["qa_other"]["mrn"] in text


def report(grid, charts_dir):
    short = {"met": "met", "incomplete": "INC", "missing": "MISS", "not_applicable": "n/a", "needs_review": "REV"}
    abbr = ["goals", "nec", "crit", "image", "dvh", "portal", "dosim", "comp"]
    print("%-52s %s  files" % ("chart", " ".join("%-6s" % a for a in abbr)))
    for cid, st, n in grid:
        print("%-52s %s  %d" % (cid, " ".join("%-6s" % short[s] for s in st), n))
    print()
    print("%-26s %5s %5s %5s %5s %5s" % ("requirement", "met", "inc", "miss", "rev", "n/a"))
    tot = dict(met=0, incomplete=0, missing=0, needs_review=0, not_applicable=0)
    for i, r in enumerate(REQS):
        cnt = dict(met=0, incomplete=0, missing=0, needs_review=0, not_applicable=0)
        for _, st, _ in grid:
            cnt[st[i]] += 1
            tot[st[i]] += 1
        print("%-26s %5d %5d %5d %5d %5d" % (r, cnt["met"], cnt["incomplete"], cnt["missing"], cnt["needs_review"],
                                             cnt["not_applicable"]))
    print("%-26s %5d %5d %5d %5d %5d" % ("all", tot["met"], tot["incomplete"], tot["missing"], tot["needs_review"],
                                         tot["not_applicable"]))
    nfiles = sum(n for _, _, n in grid)
    exts = {}
    for cid, _, _ in grid:
        for fn in os.listdir(os.path.join(charts_dir, cid)):
            if fn != "expected.json":
                e = fn.rsplit(".", 1)[1]
                exts[e] = exts.get(e, 0) + 1
    print("\n%d charts, %d documents (%s); validation passed" % (len(grid), nfiles,
                                                                ", ".join("%d %s" % (v, k.upper()) for k, v in sorted(exts.items()))))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    build(a.out, a.quiet)
