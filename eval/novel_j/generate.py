#!/usr/bin/env python3
"""Build eval/novel_j: 12 synthetic IMRT charts from multi-site networks and satellite clinics.

Deletes and rewrites charts/ and charts_index.csv, validates every chart, prints a summary.
Expected statuses are hand-written below (EXPECT_* and TRAPS), never derived from any tool.
"""
import argparse
import copy
import csv
import hashlib
import json
import os
import random
import shutil
import sys
import datetime as dt

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from nj_world import NETWORKS, SITES, Stamp, bday  # noqa: E402
from nj_docs import BUILDERS  # noqa: E402
from nj_render import render, extract  # noqa: E402

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
        "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}

# id, network, site, conditions stated (in the order written), trap, consult date, patient (name, mrn, dob)
CHARTS = [
    ("nj01_cascade_telehealth_prostate", "cascade", "prostate", [1], None, (2026, 2, 9),
     ("Haverford, Linus", "88102457", "1954-03-11")),
    ("nj02_cascade_remote_physics_oropharynx", "cascade", "oropharynx", [1, 4], None, (2026, 6, 15),
     ("Okonkwo-Beale, Terrence", "88114630", "1958-09-02")),
    ("nj03_cascade_misrouted_plan_review_lung", "cascade", "lung", [1], "misrouted", (2026, 9, 8),
     ("Pruitt, Delphine", "88127794", "1950-12-19")),
    ("nj04_flint_cps_ticket_anal", "flint", "anal", [4, 1], None, (2026, 3, 2),
     ("Vasquez-Lindahl, Corinne", "88139021", "1960-07-08")),
    ("nj05_flint_ticket_autoapproved_esophagus", "flint", "esophagus", [1], "ticket_bot", (2026, 7, 13),
     ("Brightwater, Emmett", "88145568", "1952-02-26")),
    ("nj06_flint_3d_tangents_right_breast", "flint", "rbreast3d", [], "3d", (2026, 10, 5),
     ("Delacroix-Mbeki, Yvonne", "88150302", "1957-11-14")),
    ("nj07_trilakes_cosigned_glioblastoma", "trilakes", "gbm", [1], None, (2026, 3, 24),
     ("Szymanski, Harold", "88162279", "1958-04-03")),
    ("nj08_trilakes_achieved_dvh_no_limits_prostate_bed", "trilakes", "prosbed", [1, 2], "no_goals", (2026, 8, 3),
     ("Fairbanks, Otto", "88178846", "1955-08-21")),
    ("nj09_trilakes_reirradiation_spine", "trilakes", "spine", [3, 1], None, (2026, 1, 20),
     ("Quarles, Benedetta", "88183310", "1949-06-17")),
    ("nj10_sangre_telehealth_cervix", "sangre", "cervix", [4], None, (2026, 5, 18),
     ("Tafoya-Reinholt, Luz", "88196405", "1960-10-29")),
    ("nj11_sangre_np_telehealth_necessity_left_chest_wall", "sangre", "lbreast", [1], "np", (2026, 4, 13),
     ("Ashgrove, Wilhelmina", "88204718", "1956-01-07")),
    ("nj12_sangre_dvh_deferred_pancreas", "sangre", "pancreas", [1], "dvh_future", (2026, 10, 13),
     ("Etsitty, Raymond", "88219952", "1953-05-13")),
]

OTHER_PATIENT = {"name": "Thorsby, Arlen", "mrn": "88307715", "dob": "1947-05-30", "netid": "CRN-7730-1582"}

STYLE = {"cascade": "telehealth-docx+stratusplan-cloud+remote-physics+hexaplane",
         "flint": "bluestem+cps-nimbusplan-txt+prairiedesk-ticket",
         "trilakes": "laurel-cross-site-cosign+altocumulus-cloud+kestrel-txt",
         "sangre": "pinon-telehealth-txt+meridian-cloud+epid-iso-offsets"}

# (local offset in business days, hhmm) for each event
TIMELINE = {"consult": (0, 1412), "consult_sig": (0, 1505), "consult_co": (0, 1640), "rx": (3, 1620), "plan": (6, 1340),
            "physplan": (6, 1650), "review": (7, 830), "review_co": (7, 1015), "qa": (7, 1720),
            "qa_phys": (7, 1810), "qa_md": (8, 745), "fx1": (9, 905)}


TRAP_DESC = {
    None: "Complete: every applicable requirement met.",
    "3d": "3D conformal tangents with field-in-field: IMRT checklist not applicable.",
    "misrouted": "Trap: the physician plan review in the chart is another patient's, routed between sites.",
    "ticket_bot": "Trap: the QA ticket was resolved by a workflow rule; no person approved the QA.",
    "no_goals": "Trap: no organ-at-risk limits anywhere; only achieved DVH statistics.",
    "np": "Trap: the necessity statement is signed by a nurse practitioner, physician co-signature pending.",
    "dvh_future": "Trap: the plan review defers the DVH review to chart rounds; none follows.",
}


class Chart:
    pass


def seed(cid):
    return int(hashlib.sha256(cid.encode()).hexdigest()[:12], 16)


def build_context(row):
    cid, net, site, conds, trap, start, pt = row
    c = Chart()
    c.id, c.net_key, c.site_key, c.conds, c.trap = cid, net, site, conds, trap
    c.net = NETWORKS[net]
    s = copy.deepcopy(SITES[site])
    s["conds"] = {k: s["conds"][k] for k in conds}
    c.site = s
    c.pt = {"name": pt[0], "mrn": pt[1], "dob": pt[2]}
    rng = random.Random(seed(cid))
    day0 = dt.date(*start)
    c.t = {k: Stamp(c.net["z"], bday(day0, off), hhmm) for k, (off, hhmm) in TIMELINE.items()}
    c.netid = "%s-%04d-%04d" % ({"cascade": "CRN", "flint": "FHN", "trilakes": "31", "sangre": "SDC"}[net],
                                rng.randint(1000, 9999), rng.randint(1000, 9999))
    c.order = "RX%06d" % rng.randint(100000, 999999)
    c.uid = "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16))
    c.n5, c.n7 = rng.randint(10000, 89999), rng.randint(7000000, 7999999)
    beams = s["beams"][1]
    c.mu = [rng.randint(180, 720) if s["beams"][0] != "3d" else rng.randint(95, 140) for _ in beams]
    c.qa = [(b[0], round(rng.uniform(96.2, 99.8), 1), rng.randint(900, 2400)) for b in beams]
    c.other = OTHER_PATIENT
    return c


# ------------------------------------------------------------------ hand-written expectations
def beams_words(c):
    kind, beams = c.site["beams"]
    if kind == "arc":
        return "%d VMAT arcs with gantry start/stop, rotation and couch" % len(beams)
    return "%d static IMRT fields with gantry angles (%s)" % (len(beams), ", ".join(str(b[2]) for b in beams))


COND_WHY = {1: "proximity stated in mm / 'abuts' / 'directly against' (condition 1)",
            2: "posterior margin held at 4 mm so the immediately adjacent rectal wall is spared (condition 2)",
            3: "prior T5-T8 course with abutting portals to be matched with high precision (condition 3)",
            4: "concave target with the organs inside the concavity (condition 4)"}


def expect_met(c):
    t, n, s = c.t, c.net, c.site
    tg = "; ".join("%s %.4g Gy/%d" % (a, b, f) for a, b, f in s["targets"])
    crit = "; ".join(COND_WHY[k] for k in sorted(c.conds))
    if c.net_key == "cascade":
        return {
            "plan-goals-constraints": "Rx order PDF: target table (%s) and a 'Critical-structure dose constraints' table "
            "with comparators; 'Ordering physician: Electronically signed by %s %s'" % (tg, n["md"], t["rx"].iso_sp()),
            "necessity-statement": "telehealth consult DOCX, 'Technique decision: why IMRT and not a 3D conformal plan': "
            "3D comparison could not keep %s within limits; 'Electronically signed: %s (Radiation Oncology; signing at "
            "CRCN-BND for a CRCN-PRV encounter) %s'" % (s["organs"], n["md"], t["consult_sig"].iso_sp()),
            "necessity-criterion": "telehealth consult: " + crit,
            "image-review": "remote physician plan review (TXT): planning CT slice by slice with the isodose lines over "
            "every target and critical structure; 'Electronically signed: %s (Radiation Oncology) %s' (dated, the "
            "morning after the plan was calculated)" % (n["md"], t["review"].iso_sp()),
            "dvh-review": "same signed review: 'Dose-volume histograms reviewed for all targets and critical "
            "structures' with values",
            "portal-description": "StratusPlan Cloud plan PDF, Beams table: " + beams_words(c),
            "dosimetric-verification": "HexaPlane 4D measurement %s, every beam PASS above the 95%% tolerance (action "
            "90%%); 'Remote physics approval' / 'Approved by: %s (Medical Physicist, CRCN-BND hub) %s' and "
            "'Radiation oncologist review' / 'Reviewed by: %s (Radiation Oncology) %s', both after the measurement "
            "and before the first fraction %s" % (t["qa"].iso_off(), n["phys"], t["qa_phys"].iso_off(), n["md"],
                                                  t["qa_md"].iso_off(), t["fx1"].iso_sp()),
        }
    if c.net_key == "flint":
        return {
            "plan-goals-constraints": "Radiation Therapy Order DOCX: target table (%s) and 'Normal tissue constraints' "
            "table; 'Authenticated by: %s - %s'" % (tg, n["md"], t["rx"].us()),
            "necessity-statement": "consult PDF, 'Medical necessity for intensity modulation' section: 3D comparison "
            "could not keep %s within limits; 'Signed by %s (Radiation Oncology), FHN-01 Emporia, on %s'"
            % (s["organs"], n["md"], t["consult_sig"].us()),
            "necessity-criterion": "consult: " + crit,
            "image-review": "Physician Plan Evaluation PDF: 'Isodose review' on the planning CT with isodose lines over "
            "target and critical structures; 'Signed by %s (Radiation Oncology) on %s' (dated)" % (n["md"], t["review"].us()),
            "dvh-review": "same signed evaluation: 'DVH review: cumulative dose-volume histograms for the targets and "
            "critical structures were reviewed' with values",
            "portal-description": "CPS NimbusPlan Cloud TXT export, BEAMS list: " + beams_words(c),
            "dosimetric-verification": "PrairieDesk ticket: Tallgrass OctaArray measurement %s, all arcs PASS (action "
            "90%%, tolerance 95%%); 'Ticket #... status: Resolved / Approved by %s (Medical Physicist) %s' and "
            "'Physician approval: Approved by %s (Radiation Oncology) %s', the approval-history rows name the same "
            "people; both after the measurement, before the first fraction %s"
            % (t["qa"].iso_sp(), n["phys"], t["qa_phys"].iso_sp(), n["md"], t["qa_md"].iso_sp(), t["fx1"].us()),
        }
    if c.net_key == "trilakes":
        return {
            "plan-goals-constraints": "Rx PDF: target table (%s) and 'Dose constraints - critical structures' table; "
            "'Prescriber e-signature: %s | signed %s | TLO-SYL'" % (tg, n["md"], t["rx"].at()),
            "necessity-statement": "consult RTF, 'Why IMRT rather than 3D conformal radiation': 3D comparison could not "
            "keep %s within limits; 'Author signature (TLO-SYL): %s ... signed %s' and 'Cross-site co-signature "
            "(TLO-AVL): %s ... co-signed %s' (both radiation oncologists)" % (s["organs"], n["md"], t["consult_sig"].at(),
                                                                               n["md2"], t["consult_co"].at()),
            "necessity-criterion": "consult: " + crit,
            "image-review": "Physician Plan Review (cross-site) DOCX: planning CT with isodose distribution over each "
            "target and every critical structure; signature table Role / Name / Site / Signature 'e-signed' / "
            "Date/time: %s %s, co-signer %s %s" % (n["md"], t["review"].at(), n["md2"], t["review_co"].at()),
            "dvh-review": "same signed review: 'DVHs reviewed for all targets and critical structures' with values",
            "portal-description": "Altocumulus Planning Cloud plan PDF (landscape) beam table: " + beams_words(c),
            "dosimetric-verification": "Kestrel ArcArray QA TXT: measured %s, all PASS (action 90%%, tolerance 95%%); "
            "'PHYSICS RELEASE ...... %s (Medical Physicist, TLO-AVL) e-signed %s' and 'PHYSICIAN REVIEW ..... %s "
            "(Radiation Oncology, TLO-SYL) e-signed %s', after the measurement, before the first fraction %s"
            % (t["qa"].at(), n["phys"], t["qa_phys"].at(), n["md"], t["qa_md"].at(), t["fx1"].at()),
        }
    return {
        "plan-goals-constraints": "Prescription DOCX: target table (%s) and 'Organ-at-risk limits' table; 'Signed by: "
        "%s | Radiation Oncology | %s'" % (tg, n["md"], t["rx"].iso_sp()),
        "necessity-statement": "telehealth consult TXT, 'IMRT determination (3D conformal / conventional planning is "
        "not adequate)': 3D comparison could not keep %s within limits; 'Authenticated by: %s (Radiation Oncology) | "
        "%s | SDC-SAF'" % (s["organs"], n["md"], t["consult_sig"].iso_off(secs=True)),
        "necessity-criterion": "telehealth consult: " + crit,
        "image-review": "Remote Physician Plan Review RTF: axial/sagittal/coronal planning CT with the isodose lines "
        "over targets and critical structures; 'Authenticated by: %s (Radiation Oncology) | %s' (dated)"
        % (n["md"], t["review"].iso_off(secs=True)),
        "dvh-review": "same signed review: 'DVH review: the dose-volume histograms for the targets and critical "
        "structures were reviewed' with values",
        "portal-description": "Meridian Cloud RTP plan PDF beam table: " + beams_words(c),
        "dosimetric-verification": "Rio Grande EPID Dose portal dosimetry measured %s, all PASS (action 90%%, tolerance "
        "95%%); 'Physics approval (remote, SDC-SAF): %s, Medical Physicist - signed %s' and 'Radiation oncologist: %s "
        "- reviewed and signed %s', after the measurement and before the first fraction %s"
        % (t["qa"].iso_off(secs=True), n["phys"], t["qa_phys"].iso_off(secs=True), n["md"],
           t["qa_md"].iso_off(secs=True), t["fx1"].iso_sp()),
    }


def expectations(c):
    if c.trap == "3d":
        why = ("not an IMRT course: consult, order and CPS export all name two tangential 3D conformal fields with "
               "field-in-field segments; IMRT appears only as 'IMRT is not needed ... will not be requested'; physics "
               "made a secondary MU calculation only ('Patient-specific IMRT QA: not applicable'); 77295 billed")
        req = {r: {"status": ["not_applicable"], "why": why} for r in REQS}
        req["necessity-criterion"]["criteria"] = []
        return req, "-"
    met = expect_met(c)
    req = {r: {"status": ["met"], "why": met[r]} for r in REQS[:-1]}
    req["compensator-design"] = {"status": ["not_applicable"],
                                 "why": "MLC-delivered IMRT/VMAT; no compensator is documented"}
    req["necessity-criterion"]["criteria"] = sorted(c.conds)
    gaps = "-"
    n, t, s = c.net, c.t, c.site
    if c.trap == "misrouted":
        o = c.other
        for r, what in (("image-review", "isodose review"), ("dvh-review", "DVH review")):
            req[r] = {"status": ["missing"], "why": (
                "the only physician %s (04_physician_plan_review.txt) is another patient's: %s, MRN %s, DOB %s, plan "
                "LUL_IMRT, routed from the CRCN-BND outbox to the CRCN-PRV inbox and filed to this chart ('filed to "
                "chart MRN %s'); another patient's evidence does not count, and no other document holds a physician "
                "%s for this patient (the cloud plan carries objectives only, signed by the dosimetrist and the "
                "physicist)" % (what, o["name"], o["mrn"], o["dob"], c.pt["mrn"], what))}
        gaps = "image-review missing; dvh-review missing"
    elif c.trap == "ticket_bot":
        req["dosimetric-verification"] = {"status": ["incomplete"], "why": (
            "the measurement passed (all arcs above 95%%), but the ticket was resolved by the workflow: 'Status: "
            "Resolved / Approved by PrairieDesk workflow (auto-approval rule PSQA-PASS-95; no manual review "
            "recorded)'; the approval history shows 'system (rule PSQA-PASS-95) Auto-approved' and 'system (rule "
            "RO-ACK-AUTO) Auto-closed'. No person signs as physicist or radiation oncologist (a signature with no "
            "signer named), and no other document reviews the QA. The physicist's approval in the CPS export is a "
            "plan check, not the QA")}
        gaps = "dosimetric-verification incomplete"
    elif c.trap == "no_goals":
        req["plan-goals-constraints"] = {"status": ["incomplete"], "why": (
            "the signed Rx gives the target dose (PTV_6600 66 Gy in 33 fractions) but only 'Organs at risk contoured: "
            "...' with no limit; the Altocumulus plan gives 'DVH statistics (achieved, final calculation)' (rectum "
            "V65Gy 14.2%, bladder V65Gy 27.5% ...) and the plan review quotes the same achieved values; no comparator "
            "or constraint for any critical structure anywhere: target only")}
        req["dvh-review"]["why"] += " (achieved values count as the DVH review, not as goals)"
        gaps = "plan-goals-constraints incomplete"
    elif c.trap == "np":
        why = ("the only necessity statement (telehealth consult, 'IMRT determination' section, names the OARs and "
               "condition 1) is signed 'Signed by: %s (Nurse Practitioner, SDC-LVG)' and 'Co-signature: awaiting "
               "co-signature - routed to %s'; an NP's signature never stands in for the radiation oncologist's and "
               "the co-signature is pending; the Rx, plan review and QA signed by the physician state no necessity"
               % (n["np"], n["md"]))
        req["necessity-statement"] = {"status": ["incomplete"], "why": why}
        req["necessity-criterion"] = {"status": ["incomplete"], "why": why + " (criteria lists the condition the "
                                      "unsigned statement states, as un15/nb08 did)", "criteria": [1]}
        gaps = "necessity-statement incomplete; necessity-criterion incomplete"
    elif c.trap == "dvh_future":
        req["dvh-review"] = {"status": ["missing"], "why": (
            "the signed remote plan review says 'DVH review: deferred. The dose-volume histograms will be reviewed by "
            "the hub attending at Thursday network chart rounds ...; they were not reviewed at this sitting'; no later "
            "DVH review is in the chart (the cloud plan lists objectives only, signed by the dosimetrist and the "
            "physicist): only a future/negated mention, so no affirmative evidence")}
        gaps = "dvh-review missing"
    return req, gaps


# ------------------------------------------------------------------ build / validate
def validate(cid, exp, folder, mrn):
    errs = []
    if list(exp["requirements"]) != REQS:
        errs.append("requirement ids/order")
    for r, v in exp["requirements"].items():
        if not v["status"] or any(s not in STATUSES for s in v["status"]):
            errs.append("bad status " + r)
        if not v.get("why"):
            errs.append("empty why " + r)
    if "criteria" not in exp["requirements"]["necessity-criterion"]:
        errs.append("criteria missing")
    files = [f for f in sorted(os.listdir(folder)) if f != "expected.json"]
    if not 3 <= len(files) <= 7:
        errs.append("doc count %d" % len(files))
    for f in files:
        txt = extract(os.path.join(folder, f))
        if "SYNTHETIC" not in txt:
            errs.append("no SYNTHETIC in " + f)
        if mrn not in txt:
            errs.append("no MRN in " + f)
    return errs, files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    charts_dir = os.path.join(a.out, "charts")
    if os.path.isdir(charts_dir):
        shutil.rmtree(charts_dir)
    os.makedirs(charts_dir)
    rows, grid, bad = [], [], 0
    for row in CHARTS:
        c = build_context(row)
        folder = os.path.join(charts_dir, c.id)
        os.makedirs(folder)
        for fname, blocks, opts in BUILDERS[c.net_key](c):
            footer = opts.pop("footer", "SYNTHETIC | %s | MRN %s | %s" % (c.net["short"], c.pt["mrn"], c.pt["name"]))
            render(blocks, os.path.join(folder, fname), footer, **opts)
        req, gaps = expectations(c)
        desc = TRAP_DESC[c.trap]
        exp = {"chart_id": c.id, "synthetic": True, "style": STYLE[c.net_key],
               "description": "%s, %s to %s; %s. %s" % (c.net["name"], c.net["sat"][0], c.net["hub"][0],
                                                        c.site["dx"], desc),
               "patient": c.pt, "requirements": req, "document_problems": {}}
        with open(os.path.join(folder, "expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
        errs, files = validate(c.id, exp, folder, c.pt["mrn"])
        if errs:
            bad += 1
            print("INVALID", c.id, errs)
        rows.append([c.id, STYLE[c.net_key], c.trap or "complete", gaps])
        grid.append((c.id, [req[r]["status"][0] for r in REQS], len(files)))
    with open(os.path.join(a.out, "charts_index.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(rows)
    if not a.quiet:
        ab = {"met": "met", "incomplete": "INC", "missing": "MIS", "not_applicable": "n/a", "needs_review": "NR"}
        print("%-52s %s docs" % ("chart", " ".join("%-4s" % r[:4] for r in REQS)))
        for cid, st, nd in grid:
            print("%-52s %s %d" % (cid, " ".join("%-4s" % ab[x] for x in st), nd))
        cells = [x for _, st, _ in grid for x in st]
        print("cells: met %d, not met %d (incomplete %d, missing %d), not_applicable %d"
              % (cells.count("met"), cells.count("incomplete") + cells.count("missing"), cells.count("incomplete"),
                 cells.count("missing"), cells.count("not_applicable")))
    print("%d charts, %d invalid" % (len(CHARTS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
