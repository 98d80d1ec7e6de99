"""novel_k: 12 blind synthetic IMRT charts from physician-owned and urology-integrated practices with contracted
services. Renders every chart into charts/<chart_id>/, writes expected.json (hand-written in nk_expect.py) and
charts_index.csv, validates everything, and prints the grid.

    /work/main/.venv/bin/python eval/novel_k/generate.py               # rewrites eval/novel_k/charts/
    /work/main/.venv/bin/python eval/novel_k/generate.py --out /tmp/x --quiet
"""
import sys

sys.dont_write_bytecode = True

import argparse  # noqa: E402
import csv  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import nk_kaw  # noqa: E402
import nk_pecan  # noqa: E402
import nk_piedmont  # noqa: E402
import nk_suwannee  # noqa: E402
from nk_common import Chart  # noqa: E402
from nk_expect import EXPECT, IDS  # noqa: E402
from nk_render import extract, render  # noqa: E402
from nk_world import D, bday  # noqa: E402

# chart id, slug, practice, trap ("" = complete, "3d" = 3D conformal course), consult date, fx1 offset, style
CHARTS = [
    ("nk01", "suwannee_physlink_prostate", "suwannee", "", D(2025, 2, 4), 9,
     "uroledger+cobalt-ridge+physlink-contract-physics"),
    ("nk02", "suwannee_urologist_directive_prostate_bed", "suwannee", "urologist_directive", D(2025, 4, 7), 9,
     "uroledger+pathway-directive+cobalt-ridge+physlink-contract-physics"),
    ("nk03", "suwannee_3d_iliac_metastasis", "suwannee", "3d", D(2025, 5, 14), 4,
     "uroledger+cobalt-ridge-3d+contract-mu-check"),
    ("nk04", "pecan_locum_dictara_prostate_escalation", "pecan", "", D(2025, 2, 25), 9,
     "dictara-vr+radsuite+halyard+per-diem-physics"),
    ("nk05", "pecan_locum_review_never_authenticated_prostate_nodes", "pecan", "locum_unauthenticated",
     D(2025, 3, 3), 10, "dictara-vr+radsuite+halyard+per-diem-physics"),
    ("nk06", "pecan_dictara_bladder_preservation", "pecan", "", D(2025, 4, 16), 9,
     "dictara-vr+radsuite+halyard+per-diem-physics+urology-op-note"),
    ("nk07", "piedmont_prebill_packet_oropharynx", "piedmont", "", D(2025, 1, 27), 9,
     "claimwright-prebill-packet+medacorn+sequoia+qavault-remote-physics"),
    ("nk08", "piedmont_packet_arc_count_only_anal", "piedmont", "arcs_without_geometry", D(2025, 3, 18), 9,
     "claimwright-prebill-packet+medacorn+sequoia-summary+qavault-remote-physics"),
    ("nk09", "piedmont_lung_abutting_2019_breast", "piedmont", "", D(2025, 6, 5), 9,
     "medacorn+sequoia+qavault-remote-physics"),
    ("nk10", "kaw_fax_two_phase_prostate", "kaw", "", D(2025, 2, 24), 10,
     "fax-cover+urostream+plainsong+konza-fax-qa+faxharbor-log"),
    ("nk11", "kaw_fax_qa_acknowledged_by_therapist_prostate", "kaw", "therapist_ack", D(2025, 4, 2), 9,
     "fax-cover+urostream+plainsong+konza-fax-qa+faxharbor-log"),
    ("nk12", "kaw_fax_escalation_necessity_no_oars_prostate", "kaw", "necessity_no_oars", D(2025, 5, 6), 9,
     "fax-cover+urostream+plainsong+konza-fax-qa+faxharbor-log"),
]

BUILDERS = {"suwannee": nk_suwannee, "pecan": nk_pecan, "piedmont": nk_piedmont, "kaw": nk_kaw}
STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}


def make_chart(row):
    cid, slug, practice, trap, consult, fx_after, style = row
    c = Chart(cid, slug, practice, trap, consult, fx_after)
    c.style = style
    if cid == "nk03":  # palliative: simulation next day, plan and start within the week
        c.T.rx = bday(consult, 1)
        c.T.plan = bday(consult, 2)
    if cid == "nk05":  # the locum's assignment ends two business days after his planning dictation
        c.locum_end = bday(c.T.review, 2)
    if cid == "nk10":  # boost plan during phase 1; its review and QA before fraction 26
        fx = [c.T.fx1]
        for _ in range(41):
            fx.append(bday(fx[-1], 1))
        c.fx_dates = fx
        c.boost_plan, c.boost_review, c.boost_qa, c.boost_ack = fx[18], fx[20], fx[20], fx[21]
        c.boost_fx1 = fx[25]
    return c


def validate_expected(cid, e):
    assert e["chart_id"].startswith(cid), cid
    assert e["synthetic"] is True
    for k in ("style", "description"):
        assert e[k], (cid, k)
    assert set(e["patient"]) == {"name", "mrn", "dob"} and e["patient"]["mrn"].startswith("83"), cid
    assert list(e["requirements"]) == IDS, (cid, list(e["requirements"]))
    for rid, r in e["requirements"].items():
        assert r["status"] and set(r["status"]) <= STATUSES, (cid, rid, r["status"])
        assert len(r["status"]) <= 2 and r["why"].strip(), (cid, rid)
        if len(r["status"]) == 2:
            assert "accepted" in r["why"], (cid, rid)
    crit = e["requirements"]["necessity-criterion"]
    assert "criteria" in crit and all(1 <= x <= 5 for x in crit["criteria"]), cid
    if crit["status"][0] in ("met", "incomplete"):
        assert crit["criteria"], cid
    else:
        assert not crit["criteria"], cid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    charts_dir = os.path.join(out, "charts")
    if os.path.isdir(charts_dir):
        shutil.rmtree(charts_dir)
    os.makedirs(charts_dir)
    index = []
    n_files, n_pdf, mrns = 0, 0, set()
    for row in CHARTS:
        c = make_chart(row)
        folder = os.path.join(charts_dir, c.id)
        os.makedirs(folder)
        docs = BUILDERS[c.practice].build(c)
        assert 3 <= len(docs) <= 7, c.id
        for name, doc in docs:
            path = os.path.join(folder, name)
            render(doc, path)
            text = extract(path)
            assert "SYNTHETIC" in text, (c.id, name)
            assert c.mrn in text, (c.id, name)
            n_files += 1
            n_pdf += name.endswith(".pdf")
        assert c.mrn.startswith("83") and c.mrn not in mrns
        mrns.add(c.mrn)
        e = EXPECT[c.cid](c)
        e = dict(chart_id=c.id, synthetic=True, style=c.style, description=e["description"],
                 patient=dict(name=c.lf, mrn=c.mrn, dob=c.dob.isoformat()), requirements=e["requirements"],
                 document_problems={})
        validate_expected(c.cid, e)
        with open(os.path.join(folder, "expected.json"), "w") as f:
            json.dump(e, f, indent=2, ensure_ascii=False)
            f.write("\n")
        gaps = ["%s %s" % (rid, "|".join(r["status"])) for rid, r in e["requirements"].items()
                if r["status"][0] not in ("met", "not_applicable")]
        trap = "3d" if c.trap == "3d" else (c.trap or "complete")
        index.append([c.id, c.style, trap, "; ".join(gaps) if gaps else ("all not_applicable" if trap == "3d" else "-")])
    assert n_pdf * 3 >= n_files, (n_pdf, n_files)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["chart_id", "style", "trap", "expected_gaps"])
    w.writerows(index)
    with open(os.path.join(out, "charts_index.csv"), "w") as f:
        f.write(buf.getvalue())
    if not a.quiet:
        short = {"plan-goals-constraints": "goals", "necessity-statement": "nec", "necessity-criterion": "crit",
                 "image-review": "img", "dvh-review": "dvh", "portal-description": "portal",
                 "dosimetric-verification": "dv", "compensator-design": "comp"}
        print("%-58s %s" % ("chart", " ".join("%-10s" % short[i] for i in IDS)))
        for row in CHARTS:
            cid = row[0]
            ej = json.load(open(os.path.join(charts_dir, "%s_%s" % (cid, row[1]), "expected.json")))
            print("%-58s %s" % (ej["chart_id"][:58], " ".join("%-10s" % "|".join(ej["requirements"][i]["status"])[:10]
                                                              for i in IDS)))
        print("%d charts, %d files (%d PDF)" % (len(CHARTS), n_files, n_pdf))


if __name__ == "__main__":
    main()
