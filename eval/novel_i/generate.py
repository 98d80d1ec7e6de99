#!/usr/bin/env python
"""novel_i: 12 blind synthetic IMRT charts from hospital-based departments in the South and Midwest
(legacy EHR + newer OIS). Deletes and rewrites eval/novel_i/charts/ and charts_index.csv.

    /work/main/.venv/bin/python eval/novel_i/generate.py [--out DIR] [--quiet]

Expectations are written by hand below (EXP defaults per clinic, then trap overrides), from the LCD
and docs/requirements.md, never from tool output.
"""
import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ni_render as R  # noqa: E402
from ni_docs import DOCS  # noqa: E402
from ni_world import CLINICS, SITES, bday  # noqa: E402

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
        "dvh-review", "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}

# id, clinic, site, patient (last, first, sex, dob), mrn, consult date, LCD conditions, trap
CHARTS = [
    ("ni01_tombigbee_helmsman_prostate", "tombigbee", "prostate_esc", ("Pettibone", "Arliss", "M", "1952-03-09"), "89104417", dt.date(2026, 1, 12), [1, 5], None),
    ("ni02_tombigbee_fields_without_angles_pancreas", "tombigbee", "pancreas", ("Culpepper", "Vernice", "F", "1958-11-23"), "89117302", dt.date(2026, 2, 9), [2], "portal_no_angles"),
    ("ni03_tombigbee_3d_tangents_breast", "tombigbee", "breast_3d", ("Hollowell", "Jodeen", "F", "1955-07-30"), "89120958", dt.date(2026, 3, 2), [], "3d"),
    ("ni04_wabash_dictation_oropharynx", "wabash", "oropharynx", ("Vandermolen", "Gerrit", "M", "1961-01-17"), "89133846", dt.date(2026, 2, 16), [1, 4], None),
    ("ni05_wabash_planning_note_dbnr_glioma", "wabash", "glioma", ("Szymanski", "Loretta", "F", "1956-09-02"), "89146025", dt.date(2026, 4, 6), [1], "dbnr"),
    ("ni06_wabash_dictation_lung", "wabash", "lung", ("Rademacher", "Orville", "M", "1949-05-14"), "89152291", dt.date(2026, 5, 11), [1], None),
    ("ni07_redriver_keelboat_cervix", "redriver", "cervix", ("Fontenot", "Claudette", "F", "1963-12-04"), "89168540", dt.date(2026, 3, 16), [4, 1], None),
    ("ni08_redriver_levee_qa_fail_anal", "redriver", "anal", ("Arceneaux", "Dolores", "F", "1957-04-19"), "89171167", dt.date(2026, 6, 8), [1, 4], "qa_fail"),
    ("ni09_redriver_reirradiation_spine", "redriver", "spine_reirr", ("Thibodeaux", "Lamar", "M", "1950-08-27"), "89185733", dt.date(2026, 7, 13), [3, 1], None),
    ("ni10_sangamon_cirrus_esophagus", "sangamon", "esophagus", ("Kozlowski", "Reinhold", "M", "1954-02-11"), "89190416", dt.date(2026, 4, 20), [1], None),
    ("ni11_sangamon_achieved_only_rectum", "sangamon", "rectum", ("Brandenburg", "Ilene", "F", "1960-06-25"), "89203378", dt.date(2026, 8, 10), [1], "achieved_only"),
    ("ni12_sangamon_np_necessity_prostate_bed", "sangamon", "prostate_bed", ("Oberholtzer", "Dale", "M", "1953-10-08"), "89214859", dt.date(2026, 9, 14), [1], "np_necessity"),
]

STYLE = {"tombigbee": "magnolia-txt+helmsman-ois+quadrascan",
         "wabash": "clearvoice-dictation+vantage-ois+helixmeter",
         "redriver": "parishlink-rtf+keelboat-ois+levee-txt",
         "sangamon": "prairiechart-txt+cirrus-ois+aurora"}


class Ctx:
    pass


def make_ctx(row):
    cid, kid, site, (last, first, sex, dob), mrn, d0, conds, trap = row
    rnd = random.Random(int(hashlib.sha256(cid.encode()).hexdigest()[:12], 16))
    c = Ctx()
    c.id, c.kid, c.S, c.last, c.first, c.sex, c.mrn, c.conds, c.trap = cid, kid, SITES[site], last, first, sex, mrn, conds, trap
    y, m, d = map(int, dob.split("-"))
    c.dob, c.dob_us = dob, "%02d/%02d/%d" % (m, d, y)
    c.is3d = trap == "3d"
    c.acct = "%07d" % rnd.randrange(1000000, 9999999)
    c.tr_initials = rnd.choice(["dmk", "jlm", "ptw", "sgr", "kab"])
    c.d0 = d0
    c.d0_sign = bday(d0, 1)
    c.sim = bday(d0, 2)
    c.rx = bday(d0, 3)
    c.plan = bday(d0, 7)
    c.rev = bday(d0, 8)       # physician review 08:3x; QA measured 16:4x; physicist signs 17:5x
    c.md_qa = bday(d0, 9)     # physician QA sign-off 08:0x
    c.fx1 = bday(d0, 10)
    c.end = bday(c.fx1, c.S["rx"][0][3] - 1)
    c.end_sign = bday(c.end, 1)
    B = c.S.get("arcs") or c.S.get("fields")
    c.mu = [rnd.randrange(140, 420) if c.S.get("fields") else rnd.randrange(380, 720) for _ in B]
    c.qa_rates = [round(rnd.uniform(96.0, 99.6), 1) for _ in B]
    if trap == "qa_fail":
        c.qa_rates[1] = 84.7
    c.qa_comp = round(sum(c.qa_rates) / len(c.qa_rates), 1)
    return c


# ------------------------------------------------------------------ expectations (by hand)
def E(status, why, criteria=None):
    e = {"status": status if isinstance(status, list) else [status], "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


MET = {
    "tombigbee": {
        "plan-goals-constraints": "Helmsman plan approval screen: Prescription table (target, dose/fx, fractions, total) and 'Clinical goals - critical structures' table with each limit ('<'); 'Rx approved by' the radiation oncologist with date/time",
        "necessity-statement": "Magnolia HIS consult, IMPRESSION AND PLAN: 'IMRT is requested in place of 3D conformal planning', names the organs at risk; fixed-width footer box 'Electronically authenticated by: <CAPS NAME> MD' with date/time, status FINAL",
        "image-review": "Magnolia plan review TXT: planning CT axial/sagittal/coronal with 105/100/95/50% isodose lines over targets and critical structures; authenticated footer box dated (MM/DD/YYYY HHMM zone), the morning after the plan was created",
        "dvh-review": "same authenticated plan review: 'Dose-volume histograms reviewed for all targets and critical structures' with values",
        "portal-description": "Helmsman 'Treatment fields' table with field IDs and gantry angles (arc start -> stop and direction for VMAT)",
        "dosimetric-verification": "QuadraScan 1500 measurement (true composite on the linac), per-beam gamma >= 96% vs action level 90%, OVERALL PASS; Sign-off table Role/Name/Signature ('e-signed in Helmsman')/Date with the physicist (evening of the measurement) and the radiation oncologist (next morning, before fraction 1). The DoseTwin second check is calculation only and is not the verification",
    },
    "wabash": {
        "plan-goals-constraints": "Vantage RT prescription DOCX: Rx table with dose/fx, fractions, totals and an 'Organ-at-risk dose limits' table; 'Prescription approved' row by the radiation oncologist with date/time",
        "necessity-statement": "ClearVoice-transcribed consult dictation, 'MEDICAL NECESSITY FOR IMRT': IMRT rather than 3D conformal, names the organs at risk; 'Electronically signed by <MD> on <date time zone>' (the day after dictation), above the D:/T:/Job #/TR: transcription footer",
        "image-review": "transcribed planning note (RTF): 'ISODOSE REVIEW: I went through the planning CT slice by slice with the isodose distribution overlaid ... targets ... critical structures'; e-signed with date the morning after the plan was created",
        "dvh-review": "same e-signed planning note: 'DVHs for every target and critical structure were reviewed' with values and goals",
        "portal-description": "Vantage RT plan approval print (landscape): beam table with 'Gantry start -> stop, direction' per arc (and couch)",
        "dosimetric-verification": "HelixMeter phantom measurement, per-arc gamma >= 96% vs action limit 90%, 'Result: PASS'; 'Physicist approval: Electronically signed by <PhD, DABR> on ...' (evening of the measurement) and 'Physician review: Electronically signed by <MD> on ...' (next morning, before fraction 1)",
    },
    "redriver": {
        "plan-goals-constraints": "Keelboat plan approval print: 'Prescription and planning objectives' table with target doses/fractionation and 'OAR limit' rows ('<'); Approvals table row 'Prescription' by the radiation oncologist with date/time",
        "necessity-statement": "ParishLink consult (RTF), 'Rationale for intensity modulation': a 3D conformal plan is not adequate, names the organs at risk; 'Authenticated by <MD> (Radiation Oncology) on dd-Mon-yyyy HH:MM zone'",
        "image-review": "Physician Plan Evaluation DOCX: isodose lines reviewed on the planning CT in three planes against targets and critical structures; 'Authenticated by ... on <date>' the morning after plan creation",
        "dvh-review": "same authenticated evaluation: cumulative DVHs for all targets and critical structures with values",
        "portal-description": "Keelboat 'Beam list' table with gantry (arc start -> stop, direction, or static angles) per beam",
        "dosimetric-verification": "Levee 2D TXT export: ion-chamber matrix measurement, every beam PASS (>= 96% vs action 90%), OVERALL PASS; 'Reviewed by: <MS, DABR> (Medical Physicist)' after the measurement and 'Reviewed by: <MD> (Radiation Oncologist)' the next morning, before fraction 1. Sextant is a calculation only",
    },
    "sangamon": {
        "plan-goals-constraints": "Cirrus plan approval PDF: Prescription table and 'Normal tissue dose constraints' (Constraint column with '<'); 'Prescription signed' by the radiation oncologist with ISO date/time",
        "necessity-statement": "Prairie Chart consult TXT [Plan]: 'Intensity-modulated radiation therapy is medically necessary ... rather than 3D conformal planning', names the organs at risk; right-indented footer 'Electronically signed by' / name, MD / Radiation Oncology / ISO date time (signer on the lines below the verb)",
        "image-review": "Prairie Chart plan review TXT [Images / isodose]: CT reviewed slice by slice with isodose curves over targets and critical structures; indented e-signature block dated the morning after plan creation",
        "dvh-review": "same signed plan review [DVH]: DVHs for all targets and critical structures with values",
        "portal-description": "Cirrus 'Arcs' table: gantry start-stop / direction per arc",
        "dosimetric-verification": "Aurora EPID measurement with the plan delivered to a phantom plus an ion-chamber point dose, per-arc gamma >= 96% vs action >= 90%, 'Verification PASSED'; 'Verified by: <MS, DABR> - Medical Physics' after the measurement and 'Approved by: <MD> - Radiation Oncology' the next morning, before fraction 1",
    },
}

CONDW = {1: "close proximity to critical structures", 2: "narrow margins to protect immediately adjacent structures",
         3: "adjacent area previously irradiated, abutting portals", 4: "concave target with critical tissue within the concavity",
         5: "dose escalation beyond conventional doses"}


def expectations(c):
    if c.is3d:
        why = ("3D-conformal course: consult and Helmsman screen affirm '3D conformal tangents with field-in-field segments (forward planned)'; "
               "no IMRT anywhere; summary bills 77295; DoseTwin is an MU check only. The IMRT checklist does not apply")
        return {r: E("not_applicable", why, [] if r == "necessity-criterion" else None) for r in REQS}
    M = MET[c.kid]
    ex = {r: E("met", M[r]) for r in REQS if r in M}
    ex["necessity-criterion"] = E("met", "the signed physician document states " + "; ".join(
        "condition %d (%s)" % (k, CONDW[k]) for k in c.conds), list(c.conds))
    ex["compensator-design"] = E("not_applicable", "MLC-delivered IMRT/VMAT; no compensator-based IMRT in the chart")
    if c.S.get("fields") and c.kid == "redriver":
        ex["portal-description"] = E("met", "Keelboat 'Beam list': seven static sliding-window IMRT fields with their gantry angles (100-260)")
    t = c.trap
    if t == "portal_no_angles":
        ex["portal-description"] = E("incomplete",
            "TRAP: the Helmsman field table lists F1-F9 with type, energy, MU and segments but no gantry column; the plan review says "
            "'nine-field step-and-shoot IMRT plan (fields F1 through F9)'; DoseTwin and QuadraScan name the fields only. A count "
            "without locations is incomplete")
    elif t == "dbnr":
        for r in ("image-review", "dvh-review"):
            ex[r] = E("incomplete",
                "TRAP: the only isodose/DVH review is the transcribed planning note, which ends 'Dictated by: <MD>' / '*** DICTATED BUT NOT READ ***' / "
                "'awaiting physician review and electronic signature'; no e-signature. The Vantage 'Treatment approval' row mentions no images or DVHs")
    elif t == "qa_fail":
        ex["dosimetric-verification"] = E("incomplete",
            "TRAP: the Levee 2D measurement fails: AN_2 84.7% below the 90% action level, 'OVERALL ........ FAIL - below action level; "
            "re-measurement to be scheduled'. Both roles signed it, but no repeat measurement is in the chart and treatment started; Sextant is a calculation only")
    elif t == "achieved_only":
        ex["plan-goals-constraints"] = E("incomplete",
            "TRAP: the Cirrus screen gives the prescription (PTV_5040 50.4 Gy/28) but organ doses only as 'Dose statistics (final calculation)' "
            "achieved values (small bowel V45Gy 112 cc, bladder V40Gy 38%, femoral heads Dmax); the plan review repeats them as results. No stated constraint")
    elif t == "np_necessity":
        ex["necessity-statement"] = E("incomplete",
            "TRAP: the only IMRT rationale (names rectum, bladder, femoral heads, penile bulb) is the letter of medical necessity e-signed by "
            "Marisa K. Dunleavy, APRN, FNP-BC, Nurse Practitioner, alone; the physician's consult defers technique to the planning team. A nurse practitioner does not stand in for the treating physician")
        ex["necessity-criterion"] = E(["incomplete", "missing"],
            "TRAP: condition 1 (prostate bed against bladder and rectum) is stated only in the NP-signed letter; no signed physician document "
            "names an LCD condition. incomplete (role missing) is the reading of docs/requirements.md; missing also accepted (no physician document names one)", [1])
    return {r: ex[r] for r in REQS}


# ------------------------------------------------------------------ build
def build(out, quiet=False):
    charts_dir = os.path.join(out, "charts")
    if os.path.isdir(charts_dir):
        shutil.rmtree(charts_dir)
    os.makedirs(charts_dir)
    index, errors, counts = [], [], {}
    for row in CHARTS:
        c = make_ctx(row)
        cdir = os.path.join(charts_dir, c.id)
        os.makedirs(cdir)
        key = "tombigbee3d" if c.is3d else c.kid
        docs = list(DOCS[key])
        if c.trap == "np_necessity":
            from ni_docs import sv_np_letter
            docs.insert(1, ("02_np_letter_of_medical_necessity.docx", sv_np_letter))
            docs = [("%02d_%s" % (i + 1, n.split("_", 1)[1]), f) for i, (n, f) in enumerate(docs)]
        hdr = "SYNTHETIC - %s - MRN %s" % (CLINICS[c.kid]["short"], c.mrn)
        for name, fn in docs:
            kind, payload = fn(c)
            p = os.path.join(cdir, name)
            if kind in ("pdf", "pdfw"):
                R.render_pdf(payload, p, hdr, "SYNTHETIC  %s, %s  MRN %s  DOB %s" % (c.last, c.first, c.mrn, c.dob_us),
                             wide=(kind == "pdfw"), screen=True)
            elif kind == "docx":
                R.render_docx(payload, p, hdr, "SYNTHETIC - MRN %s - %s" % (c.mrn, CLINICS[c.kid]["ehr"]))
            elif kind == "rtf":
                R.render_rtf([("p", hdr)] + payload, p)
            else:
                R.render_txt(payload, p, crlf=(c.kid == "tombigbee"))
            assert name.rsplit(".", 1)[1] in ("pdf", "docx", "rtf", "txt")
        ex = expectations(c)
        S = c.S
        exp = {"chart_id": c.id, "synthetic": True, "style": STYLE[c.kid],
               "description": DESC[c.id],
               "patient": {"name": "%s, %s" % (c.last, c.first), "mrn": c.mrn, "dob": c.dob},
               "requirements": ex, "document_problems": {}}
        with open(os.path.join(cdir, "expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
        # ---- validation
        files = sorted(x for x in os.listdir(cdir) if x != "expected.json")
        if not 3 <= len(files) <= 7:
            errors.append("%s: %d documents" % (c.id, len(files)))
        for fn_ in files:
            txt = R.extract(os.path.join(cdir, fn_))
            if "SYNTHETIC" not in txt or c.mrn not in txt:
                errors.append("%s/%s: SYNTHETIC or MRN missing from extracted text" % (c.id, fn_))
        if list(ex) != REQS:
            errors.append("%s: requirement ids/order" % c.id)
        for r, e in ex.items():
            if not e["status"] or any(s not in STATUSES for s in e["status"]) or not e["why"].strip():
                errors.append("%s: bad %s" % (c.id, r))
        if "criteria" not in ex["necessity-criterion"]:
            errors.append("%s: criteria" % c.id)
        gaps = ["%s %s" % (r, "|".join(e["status"])) for r, e in ex.items() if e["status"][0] not in ("met", "not_applicable")]
        for r, e in ex.items():
            counts.setdefault(e["status"][0], 0)
            counts[e["status"][0]] += 1
        index.append([c.id, STYLE[c.kid], c.trap or "complete", "; ".join(gaps) or ("all not_applicable (3D)" if c.is3d else "-")])
    with open(os.path.join(out, "charts_index.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(index)
    if not quiet:
        for r in index:
            print("%-46s %-14s %s" % (r[0], r[2], r[3]))
        print("cells by first status:", counts)
    if errors:
        print("VALIDATION ERRORS:\n  " + "\n  ".join(errors))
        sys.exit(1)
    if not quiet:
        print("validation OK: %d charts" % len(index))


DESC = {
    "ni01_tombigbee_helmsman_prostate": "Magnolia HIS fixed-width TXT notes with a boxed 'Electronically authenticated by: CAPS NAME MD' footer (MM/DD/YYYY HHMM); Helmsman OIS plan approval screen print; DoseTwin calc check; QuadraScan QA with a sign-off table. Complete; 79.2 Gy escalation, conditions 1 and 5.",
    "ni02_tombigbee_fields_without_angles_pancreas": "Same department. Trap: nine static step-and-shoot fields F1-F9 listed everywhere without gantry angles.",
    "ni03_tombigbee_3d_tangents_breast": "Same department. Deliberate 3D-conformal right breast tangents with field-in-field segments; MU check only; 77295. All not_applicable.",
    "ni04_wabash_dictation_oropharynx": "ClearVoice-transcribed dictations (D:/T:/Job #/TR: footer) e-signed 'Electronically signed by ... on M/D/YYYY h:mm AM EST'; Vantage RT Rx DOCX and landscape plan approval print; HelixMeter QA. Complete; conditions 1 and 4.",
    "ni05_wabash_planning_note_dbnr_glioma": "Same department. Trap: the transcribed planning note (only isodose/DVH review) is 'DICTATED BUT NOT READ'.",
    "ni06_wabash_dictation_lung": "Same department. Complete; left upper lobe partial arcs; condition 1.",
    "ni07_redriver_keelboat_cervix": "ParishLink RTF/DOCX notes 'Authenticated by ... on dd-Mon-yyyy HH:MM CDT'; Keelboat OIS plan approval print; Sextant calc; Levee 2D fixed-width QA export with two 'Reviewed by:' lines. Complete; conditions 4 and 1.",
    "ni08_redriver_levee_qa_fail_anal": "Same department. Trap: Levee QA OVERALL FAIL (one arc 84.7% < 90%), signed by both, no repeat.",
    "ni09_redriver_reirradiation_spine": "Same department. Complete; T10 re-irradiation with seven static IMRT fields abutting a 2024 T11-L1 portal; conditions 3 and 1.",
    "ni10_sangamon_cirrus_esophagus": "Prairie Chart TXT notes with a right-indented stacked e-signature block (ISO dates); Cirrus OIS plan approval PDF; Aurora EPID+phantom QA. Complete; condition 1.",
    "ni11_sangamon_achieved_only_rectum": "Same department. Trap: prescription states the target only; organ doses appear only as achieved dose statistics.",
    "ni12_sangamon_np_necessity_prostate_bed": "Same department. Trap: the only IMRT necessity statement is a letter e-signed by a nurse practitioner alone.",
}

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    build(a.out, a.quiet)
