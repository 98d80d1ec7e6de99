#!/usr/bin/env python3
"""Build eval/novel_h: 12 synthetic IMRT charts from form- and checklist-driven departments.

Deletes and rewrites eval/novel_h/charts/ and eval/novel_h/charts_index.csv, validates every chart and prints
a summary. Deterministic: random choices are seeded from the chart id, reportlab runs with invariant=1,
DOCX zips carry fixed dates.

    /work/main/.venv/bin/python eval/novel_h/generate.py [--out DIR] [--quiet]

Every expected status below was written by hand from docs/requirements.md, the LCD and the documents
this script renders. The tool was never run on these charts.
"""
import argparse
import csv
import datetime as dt
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from nh_common import Ctx                      # noqa: E402
from nh_world import full, short               # noqa: E402
from nh_render import render, extract          # noqa: E402
from nh_docs_a import shen, kew, llano         # noqa: E402
from nh_docs_b import chug, delta, sauk        # noqa: E402

REQS = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review",
        "dvh-review", "portal-description", "dosimetric-verification", "compensator-design"]
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
BUILD = dict(shen=shen, kew=kew, llano=llano, chug=chug, delta=delta, sauk=sauk)
STYLE = dict(
    shen="numbered Form RO-12 Rx + RO-21 checkbox approval + 'X /s/' blocks (Blue Ridge / MatrixLine)",
    kew="KS-RX directive + KS-PR [X]/initials review + tick-mark QA checklist (Superior Plan / ArcDiode)",
    llano="LE-IMRT-1 five-condition attestation (X)/( ) + LE-RX dotted form (Caprock / Mesquite EPID)",
    chug="SOP forms: RT-RX-002 order, RT-PL-007 checklist with initials, RT-QA-014 chart check (Denali / Turnagain)",
    delta="compensator IMRT: TD-7 Rx, Yazoo plan, compensator design record, TD-PR Yes answers, chamber+film",
    sauk="numbered structured consult + SP-RX form, e-signature manifestation blocks (Devil's Lake / ArcCube)")


def P(last, first, mrn, dob):
    return dict(last=last, first=first, mrn=mrn, dob=dt.date.fromisoformat(dob))


# chart id, clinic, site, patient, consult date, LCD conditions stated, trap, compensator, 3D
CHARTS = [
    ("nh01_shen_rx_form_prostate", "shen", "prostate", P("Tolliver", "Grady", "92041376", "1954-03-17"),
     "2026-01-12", [1], None, False, False),
    ("nh02_shen_dose_limits_see_attached_anal", "shen", "anal", P("Raskin", "Delphine", "92058813", "1961-09-02"),
     "2026-02-09", [1, 4], "see_attached", False, False),
    ("nh03_keweenaw_qa_checklist_lung", "kew", "lung", P("Heikkila", "Oren", "92063397", "1957-11-23"),
     "2026-01-26", [1], None, False, False),
    ("nh04_keweenaw_md_approval_before_qa_esophagus", "kew", "esoph", P("Brackett", "Luanne", "92071145", "1952-06-08"),
     "2026-02-23", [1, 2], "md_before_qa", False, False),
    ("nh05_llano_necessity_form_oropharynx", "llano", "oroph", P("Villarreal", "Santos", "92085520", "1963-02-14"),
     "2026-03-02", [1, 4], None, False, False),
    ("nh06_llano_unsigned_attestation_parotid", "llano", "parotid", P("Pickering", "Mavis", "92090617", "1949-12-30"),
     "2026-03-16", [1, 2], "unsigned_attestation", False, False),
    ("nh07_chugach_sop_checklist_glioblastoma", "chug", "gbm", P("Kashevaroff", "Dmitri", "92104482", "1959-05-21"),
     "2026-03-09", [1], None, False, False),
    ("nh08_chugach_isodose_unticked_pancreas", "chug", "pancreas", P("Ulmer", "Theodora", "92117369", "1955-08-11"),
     "2026-01-20", [1], "isodose_unticked", False, False),
    ("nh09_delta_compensator_design_base_of_tongue", "delta", "bot", P("Stallworth", "Cleon", "92123054", "1958-01-27"),
     "2026-03-23", [1, 4], None, True, False),
    ("nh10_delta_compensator_no_design_prostate", "delta", "prostate_esc", P("Dubose", "Everett", "92136641", "1950-10-05"),
     "2026-04-06", [5, 1], "no_comp_design", True, False),
    ("nh11_sauk_structured_esig_cervix", "sauk", "cervix", P("Gutowski", "Renata", "92148207", "1966-04-19"),
     "2026-04-20", [4, 1], None, False, False),
    ("nh12_sauk_3d_conformal_rectum", "sauk", "rectum3d", P("Marquardt", "Elwin", "92152938", "1953-07-29"),
     "2026-05-04", [], None, False, True),
]

TRAP_TEXT = {
    None: "complete",
    "see_attached": "Rx Form RO-12 field 7 'Dose limits: See attached'; nothing attached (Page 1 of 1); "
                    "OAR doses elsewhere only as achieved values",
    "md_before_qa": "QA checklist: physician's Approved ticks and sign-off dated the day before the measurement",
    "unsigned_attestation": "IMRT necessity attestation LE-IMRT-1 (the only necessity statement) has a blank "
                            "'X ____' physician signature and blank date",
    "isodose_unticked": "plan approval checklist item 2 (isodose review) left unticked, initials blank",
    "no_comp_design": "compensator-based IMRT; plan and Rx cite design record TD-CDR-6641 'see attached'; "
                      "no design record in the chart",
    "3d": "3D conformal three-field course; IMRT 'N/A'; MU check only; 77295",
}

COND_WORDS = {1: "close proximity", 2: "narrow margins / immediately adjacent structures",
              3: "previously irradiated abutting area", 4: "concave target around critical tissue",
              5: "dose escalation"}


def met_whys(c):
    """Reasons for the ordinary `met` cells, written per clinic layout."""
    md, ph, t = full(c.md), full(c.phys), c.t
    rx = c.rx_short()
    lim = "; ".join(c.oar_limits()[:2])
    gmin = min(c.gam)
    conds = ", ".join("%d (%s)" % (n, COND_WORDS[n]) for n in c.conds)
    nbeam = len(c.s["beams"])
    geo = ("%d VMAT arcs with gantry start -> stop and direction" % nbeam if c.s["beams"][0][0] == "arc"
           else "%d fixed fields with gantry angles %s" % (nbeam, ", ".join(str(b[2]) for b in c.s["beams"])))
    after = "after the measurement (%s) and before the first fraction (%s)" % (c.dt(t["qa"]), c.d(t["fx1"]))
    W = {}
    if c.ck == "shen":
        W["plan-goals-constraints"] = (
            "Form RO-12 field 6 gives the target dose (%s); field 7 'Dose limits: See attached - Attachment A "
            "(page 2)', and page 2 'Attachment A to Form RO-12 - Dose Limits for Critical Structures' lists the "
            "OAR limits (%s, ...); both pages signed 'X  /s/ %s' with typed name, date and time" % (rx, lim, md))
        W["necessity-statement"] = (
            "consultation (RTF), heading 'Need for intensity modulation in this patient (a 3D conformal or "
            "conventional plan was judged insufficient)': a 3D comparison plan could not hold the %s within "
            "limits; signed 'X  /s/ %s' with typed name and date" % (c.s["oar_names"], md))
        W["image-review"] = (
            "Form RO-21 (DOCX) item 2 ticked (☑): isodose distributions reviewed slice by slice on axial, "
            "sagittal and coronal CT through the target and all critical structures; signed 'X  /s/ %s', "
            "Date %s, after the plan was created (%s)" % (md, c.d(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = ("Form RO-21 item 3 ticked (☑): DVHs reviewed for all targets and critical "
                           "structures, with values; same signed, dated form")
        W["portal-description"] = "Blue Ridge Planner plan summary field table: " + geo
        W["dosimetric-verification"] = (
            "MatrixLine 2D diode-array measurement: per-arc gamma 3%%/2 mm >= %.1f%%, composite %.1f%%, "
            "tolerance 95%%, action < 90%%, 'Overall result: PASS'; 'Medical Physicist (measured and reviewed): "
            "X  /s/ %s' and 'Radiation Oncologist (reviewed): X  /s/ %s', both %s" % (gmin, c.gam_comp, ph, md, after))
    elif c.ck == "kew":
        W["plan-goals-constraints"] = (
            "Treatment Directive KS-RX (DOCX) item 5 target dose (%s) and item 7 dose limits (%s, ...); "
            "'Signature: /s/ %s' with printed name and signed date" % (rx, lim, md))
        W["necessity-statement"] = (
            "consult note (PDF), section 'IMRT versus 3D conformal - physician determination': 3D comparison "
            "plan could not hold the %s within limits; 'Signature: /s/ %s', signed %s" % (
                c.s["oar_names"], md, c.dt(t["consult"])))
        W["image-review"] = (
            "Plan review form KS-PR (PDF): 'Isodose distributions on axial / sagittal / coronal CT (targets and "
            "critical structures)' marked [X] with the physician's initials; form signed '/s/ %s', %s, after "
            "the plan was created (%s)" % (md, c.dt(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = ("KS-PR row 'Dose-volume histograms, all targets and critical structures' marked [X] "
                           "with initials and values; same signed form")
        W["portal-description"] = "Superior Plan TXT export, BEAMS list: " + geo
        W["dosimetric-verification"] = (
            "tick-mark QA checklist (DOCX): ArcDiode measurement %s, per-arc/field gamma >= %.1f%%, composite "
            "%.1f%% (tolerance >= 95%%, action < 90%%), chamber %+.1f%%; physicist ticks in 'Reviewed' and the "
            "physician's ticks in 'Approved'; sign-off table '/s/ %s' (Medical Physicist, %s) and '/s/ %s' "
            "(Radiation Oncologist, %s), both %s" % (
                c.dt(t["qa"]), gmin, c.gam_comp, c.chamber, short(c.phys), c.dt(t["qa_phys"]), short(c.md),
                c.dt(t["qa_md"]), after))
    elif c.ck == "llano":
        W["plan-goals-constraints"] = (
            "Radiation therapy order LE-RX (TXT) field 6 targets (%s) and field 7 dose limits (%s, ...); "
            "field 12 'X /s/ R. %s, MD (typed name: %s)' with date/time" % (rx, lim, c.md[1], md))
        W["necessity-statement"] = (
            "IMRT Medical Necessity Attestation LE-IMRT-1 (PDF): Section C lists the %s; Section D: a 3D "
            "comparison plan could not hold them within limits; 'Physician signature: X /s/ R. %s, MD', typed "
            "name and date/time" % (c.s["oar_names"], c.md[1]))
        W["image-review"] = (
            "physician plan review (RTF): isodose distributions examined on axial, sagittal and coronal slices "
            "through the targets and every critical structure; 'Physician signature: X /s/' with date/time %s, "
            "after the plan was created (%s)" % (c.dt(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = "same signed plan review: DVHs for all targets and critical structures, with values"
        W["portal-description"] = "Caprock Dose plan report arc table: " + geo
        W["dosimetric-verification"] = (
            "Mesquite EPID Check: measured portal dose vs predicted, per-arc gamma >= %.1f%%, composite %.1f%%, "
            "tolerance 95%%, action 90%%, 'Overall: PASS'; 'Physicist: X /s/ %s (..., Medical Physicist)' and "
            "'Radiation Oncologist: X /s/ R. %s, MD', both %s" % (gmin, c.gam_comp, short(c.phys), c.md[1], after))
    elif c.ck == "chug":
        W["plan-goals-constraints"] = (
            "Radiation Therapy Order SOP RT-RX-002 (PDF) field 4 target dose (%s) and field 7 dose limits "
            "(%s, ...); 'Attending radiation oncologist: /s/ %s' with date/time" % (rx, lim, md))
        W["necessity-statement"] = (
            "consult (RTF), heading 'Reason for ordering IMRT rather than 3D conformal or conventional fields': "
            "3D comparison plan could not hold the %s within limits; '/s/ %s' with date/time" % (c.s["oar_names"], md))
        W["image-review"] = (
            "Plan Approval Checklist RT-PL-007 (DOCX) item 2 ticked (☑) with initials: isodose distributions "
            "reviewed on axial/sagittal/coronal CT for targets and every critical structure; signed '/s/ %s "
            "%s', after the plan was created (%s)" % (md, c.dt(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = "RT-PL-007 item 3 ticked (☑) with initials and values; same signed checklist"
        W["portal-description"] = "Denali Plan report beam table: " + geo
        W["dosimetric-verification"] = (
            "Turnagain 3D diode phantom measurement %s: per-beam 3D gamma >= %.1f%%, composite %.1f%%, tolerance "
            "95%%, action 90%%, 'QA status: PASS'; review table rows 'Medical Physicist | %s | ... | /s/ %s' and "
            "'Radiation Oncologist | %s | ... | /s/ %s', both %s" % (
                c.dt(t["qa"]), gmin, c.gam_comp, ph, short(c.phys), md, short(c.md), after))
    elif c.ck == "delta":
        W["plan-goals-constraints"] = (
            "Radiation Prescription Form TD-7 (DOCX) item 6 target dose (%s) and item 7 dose limits (%s, ...); "
            "'Physician: /s/ %s (Radiation Oncology)' and Date" % (rx, lim, md))
        W["necessity-statement"] = (
            "consult (PDF), heading 'Compensator-modulated IMRT is ordered in place of 3D conformal or "
            "conventional fields because': 3D comparison plan could not hold the %s within limits; "
            "'Physician: /s/ %s' and Date" % (c.s["oar_names"], md))
        W["image-review"] = (
            "Physician Plan Review TD-PR (RTF) question 1 answered 'Yes': isodose distributions reviewed on "
            "axial/sagittal/coronal CT for the targets and all critical structures; '/s/' signature, Date %s, "
            "after the plan was created (%s)" % (c.dt(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = "TD-PR question 2 answered 'Yes' with values; same signed form"
        W["portal-description"] = "Yazoo Inverse field table: " + geo + ", each with its compensator ID"
        W["dosimetric-verification"] = (
            "per-field ion chamber and EBT film measurement with each compensator mounted, %s: film gamma >= "
            "%.1f%% (tolerance 95%%, action 90%%), chambers within 3%%, 'Overall result: PASS'; sign-off table "
            "'/s/ %s' (Medical Physicist) and '/s/ %s' (Radiation Oncologist), both %s" % (
                c.dt(t["qa"]), gmin, short(c.phys), short(c.md), after))
        W["compensator-design"] = (
            "Compensator Design Record TD-CDR-%s (PDF): one section per field (%d of %d), each with gantry, "
            "compensator ID, max/min thickness, thickness matrix, mill file and checksum; designed by the "
            "dosimetrist and approved by the physicist" % (c.mrn()[-4:], nbeam, nbeam))
    elif c.ck == "sauk":
        W["plan-goals-constraints"] = (
            "Form SP-RX (PDF) field 4 target dose (%s) and field 5 dose limits (%s, ...); e-signature block "
            "'Signed by: %s / Role: Attending Radiation Oncologist / Signed on: ...'" % (rx, lim, md))
        W["necessity-statement"] = (
            "structured consult (DOCX) items 13-14: organs at risk (%s) and 'Why 3D conformal / conventional "
            "planning is inadequate: ...'; e-signature block 'Signed by: %s'" % (c.s["oar_names"], md))
        W["image-review"] = (
            "Physician Plan Review (PDF) item 2: axial, sagittal and coronal CT through the target and all "
            "critical structures reviewed with the 107/100/95/50%% isodose lines; e-signature block 'Signed by: "
            "%s', 'Signed on: %s', after the plan was created (%s)" % (md, c.dt(t["review"]), c.dt(t["plan"])))
        W["dvh-review"] = "same signed review, item 3: DVHs for all targets and critical structures, with values"
        W["portal-description"] = "Devil's Lake Planning TXT plan document, Beams: " + geo
        W["dosimetric-verification"] = (
            "Prairie ArcCube 4D measurement %s: per-arc gamma >= %.1f%%, composite %.1f%%, tolerance 95%%, action "
            "90%%, 'Overall: PASS'; e-signature blocks 'Signed by: %s / Role: Medical Physicist / Meaning: QA "
            "performed and approved' and 'Signed by: %s / Role: Attending Radiation Oncologist / Meaning: QA "
            "results reviewed', both %s" % (c.dt(t["qa"]), gmin, c.gam_comp, ph, md, after))
    W["necessity-criterion"] = "the physician's necessity statement states condition(s) %s" % conds
    W.setdefault("compensator-design", "MLC-delivered IMRT/VMAT; the chart documents no compensator-based IMRT")
    return W


def expectations(c):
    W = met_whys(c)
    E = {}
    for r in REQS:
        st = ["not_applicable"] if r == "compensator-design" and not c.comp else ["met"]
        E[r] = {"status": st, "why": W[r]}
    E["necessity-criterion"]["criteria"] = list(c.conds)
    if c.ck == "llano":
        E["necessity-criterion"]["why"] = (
            "Form LE-IMRT-1 Section B prints all five LCD conditions; only %s are marked (X) (with patient "
            "details); the unmarked ( ) items do not count" % " and ".join(str(n) for n in c.conds))
    md = full(c.md)
    if c.trap == "see_attached":
        E["plan-goals-constraints"] = {"status": ["incomplete"], "why": (
            "Form RO-12 gives the target doses (%s) but field 7 reads 'Dose limits: See attached' and the form "
            "is 'Page 1 of 1' with no attachment anywhere in the chart; the signed consult names the organs "
            "without limits, the RO-21 approval gives OAR doses only as achieved values without comparators, "
            "and the plan summary has no objectives: target only" % c.rx_short())}
    elif c.trap == "md_before_qa":
        E["dosimetric-verification"] = {"status": ["incomplete"], "why": (
            "passing ArcDiode measurement on %s signed by the physicist %s, but the physician's 'Approved' "
            "ticks and sign-off row are dated %s, the day before the measurement (the plan had only just been "
            "created, %s); a sign-off dated before the QA it attests attests nothing, and no other physician "
            "review of the QA exists" % (c.dt(c.t["qa"]), c.dt(c.t["qa_phys"]),
                                        c.dt(c.t["plan"].replace(hour=16, minute=35)), c.dt(c.t["plan"])))}
    elif c.trap == "unsigned_attestation":
        why = ("the only necessity statement is Form LE-IMRT-1 (Sections C/D name the %s and reject 3D), but its "
               "signature block reads 'Physician signature: X ____' with a blank date/time and 'Form printed ... "
               "for physician signature'; the consult only says the attestation 'will be completed at treatment "
               "planning'; no signed physician document states the necessity" % c.s["oar_names"])
        E["necessity-statement"] = {"status": ["incomplete"], "why": why}
        E["necessity-criterion"] = {"status": ["incomplete"], "criteria": list(c.conds), "why": (
            "conditions %s are marked (X) only on the unsigned Form LE-IMRT-1; documented but not in a signed "
            "physician document" % " and ".join(str(n) for n in c.conds))}
    elif c.trap == "isodose_unticked":
        E["image-review"] = {"status": ["missing", "incomplete"], "why": (
            "Plan Approval Checklist RT-PL-007 item 2 (isodose distributions on the planning CT) is unticked "
            "(☐) with blank initials while items 1, 3, 4, 5 are ticked; an unticked box records that the step "
            "was not done, and no other document records a physician isodose review (contour approval in item 1 "
            "is not an isodose review). missing first; incomplete accepted (signed form, element absent)")}
    elif c.trap == "no_comp_design":
        E["compensator-design"] = {"status": ["missing", "incomplete"], "why": (
            "compensator-based IMRT (Rx item 5, plan field table with brass compensator IDs TD-%s-C1..C%d); "
            "the Rx and plan report say the design is in compensator design record TD-CDR-%s ('see attached'), "
            "but no design record for any field is in the chart. missing first; incomplete accepted (IDs per "
            "field, no design)" % (c.mrn()[-4:], len(c.s["beams"]), c.mrn()[-4:]))}
    if c.is3d:
        for r in REQS:
            E[r] = {"status": ["not_applicable"], "why": (
                "3D conformal course (not IMRT): consult item 10 'Technique: 3D conformal, forward planned, three "
                "fields', item 11 'IMRT requested: No', items 12/14 'N/A' (intensity modulation is not required); "
                "Rx 'IMRT necessity form: N/A - 3D conformal course'; plan three static fields with wedges; MU "
                "check only ('Patient-specific IMRT QA: N/A'); 77295 billed")}
        E["necessity-criterion"]["criteria"] = []
    return E


def gaps(E):
    return "; ".join("%s %s" % (r, "|".join(E[r]["status"])) for r in REQS
                     if E[r]["status"][0] not in ("met", "not_applicable")) or "-"


def validate(cid, folder, exp, mrn):
    assert list(exp["requirements"]) == REQS, cid
    for r, v in exp["requirements"].items():
        assert v["status"] and all(s in STATUSES for s in v["status"]), (cid, r)
        assert v["why"].strip(), (cid, r)
    assert "criteria" in exp["requirements"]["necessity-criterion"], cid
    files = sorted(f for f in os.listdir(folder) if f != "expected.json")
    assert 3 <= len(files) <= 7, (cid, len(files))
    for f in files:
        txt = extract(os.path.join(folder, f))
        assert "SYNTHETIC" in txt, (cid, f, "SYNTHETIC")
        assert mrn in txt, (cid, f, "MRN")
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    root = os.path.join(a.out, "charts")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    index, grid, fmt_count = [], [], {}
    for cid, ck, site, pt, start, conds, trap, comp, is3d in CHARTS:
        c = Ctx(cid, ck, site, pt, dt.date.fromisoformat(start), conds, trap, comp, is3d)
        folder = os.path.join(root, cid)
        os.makedirs(folder)
        for fname, blocks, opts in BUILD[ck](c):
            render(blocks, os.path.join(folder, fname), **opts)
        E = expectations(c)
        trapkey = "3d" if is3d else trap
        exp = {"chart_id": cid, "synthetic": True, "style": STYLE[ck],
               "description": "%s, %s. %s." % (c.cl["name"], c.s["dx"].split(",")[0],
                                               TRAP_TEXT[trapkey][0].upper() + TRAP_TEXT[trapkey][1:]),
               "patient": {"name": c.name_lf(), "mrn": c.mrn(), "dob": pt["dob"].isoformat()},
               "requirements": E, "document_problems": {}}
        text = json.dumps(exp, indent=2, ensure_ascii=False)
        # short lists of scalars on one line, as in the other sets' expected.json
        text = re.sub(r"\[\s*((?:\"[a-z_]+\"|\d+)(?:,\s*(?:\"[a-z_]+\"|\d+))*)\s*\]",
                      lambda m: "[" + re.sub(r",\s*", ", ", m.group(1)) + "]", text)
        assert json.loads(text) == exp
        with open(os.path.join(folder, "expected.json"), "w") as fh:
            fh.write(text + "\n")
        files = validate(cid, folder, exp, c.mrn())
        for f in files:
            ext = f.rsplit(".", 1)[1]
            fmt_count[ext] = fmt_count.get(ext, 0) + 1
        index.append([cid, STYLE[ck], TRAP_TEXT[trapkey], gaps(E)])
        grid.append((cid, [E[r]["status"] for r in REQS], len(files)))
    with open(os.path.join(a.out, "charts_index.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["chart_id", "style", "trap", "expected_gaps"])
        w.writerows(index)
    if a.quiet:
        return
    abbrev = {"met": "met", "incomplete": "INC", "missing": "MIS", "not_applicable": "n/a", "needs_review": "NR"}
    print("chart".ljust(48) + " docs  " + "  ".join(r[:6] for r in REQS))
    for cid, sts, n in grid:
        print(cid.ljust(48) + " %4d  " % n + "  ".join("|".join(abbrev[s] for s in st).ljust(6) for st in sts))
    print("\nrequirement                met  incomplete  missing  not_applicable  two-status")
    for i, r in enumerate(REQS):
        first = [g[1][i][0] for g in grid]
        two = sum(1 for g in grid if len(g[1][i]) > 1)
        print("%-26s %3d  %10d  %7d  %14d  %10d" % (r, first.count("met"), first.count("incomplete"),
                                                   first.count("missing"), first.count("not_applicable"), two))
    cells = [s[0] for g in grid for s in g[1]]
    print("\ncells: met %d, not met %d (incomplete %d, missing %d), not_applicable %d" % (
        cells.count("met"), cells.count("incomplete") + cells.count("missing"), cells.count("incomplete"),
        cells.count("missing"), cells.count("not_applicable")))
    print("documents: %d (%s)" % (sum(fmt_count.values()),
                                  ", ".join("%d %s" % (v, k.upper()) for k, v in sorted(fmt_count.items()))))


if __name__ == "__main__":
    main()
