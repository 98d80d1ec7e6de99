"""Blind 'fresh' evaluation set: writes eval/fresh/charts/, charts_index.csv; validates; prints the tables.

    /work/main/.venv/bin/python eval/fresh/generate.py [--out DIR] [--quiet]
"""
import argparse, csv, hashlib, json, os, random, shutil, sys
sys.dont_write_bytecode = True
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fr_docs as F                      # noqa: E402
from fr_world import CLINICS, Patient, add_bd    # noqa: E402
from fr_sites import SITES               # noqa: E402
from fr_render import render, extract_text       # noqa: E402
from fr_charts import CHARTS, REQ, defaults      # noqa: E402

STATUSES = {"met", "incomplete", "missing", "not_applicable", "needs_review"}
SEVERITY = ["missing", "incomplete", "needs_review", "met", "not_applicable"]

PLAN_NAMES = {"prostate": "PROS_VMAT", "oropharynx": "HN_VMAT_2", "lung": "RUL_IMRT7", "cervix": "CX_VMAT",
              "brain": "BRAIN_VMAT3", "breast": "LBR_IMN_VMAT", "anal": "ANUS_VMAT", "pancreas": "PANC_VMAT",
              "spine": "T9T10_REIRR", "oesophagus": "OES_VMAT", "nasopharynx": "NPX_IMRT9", "larynx": "LX_VMAT",
              "stomach3d": "GAST_3D4F"}


class Ctx:
    pass


def make_ctx(ch):
    rnd = random.Random(int(hashlib.sha256(ch["id"].encode()).hexdigest()[:12], 16))
    x = Ctx()
    x.c = CLINICS[ch["clinic"]]
    p = ch["pt"]
    x.pt = Patient(p["family"], p["given"], p["mrn"], p["dob"], p["sex"])
    x.s = SITES[ch["site"]]
    x.conds = ch["conds"]
    x.targets = ch.get("targets") or x.s["targets"]
    x.beams = ch.get("beams") or x.s["beams"]
    x.plan_name = PLAN_NAMES[ch["site"]]
    x.achieved = ch.get("achieved") or x.s["achieved"]
    x.mus = [round(rnd.uniform(180, 420), 1) for _ in x.beams]
    x.total_mu = round(sum(x.mus), 1)
    x.rates = [round(rnd.uniform(96.6, 99.8), 1) for _ in range(12)]
    x.points = rnd.randint(1800, 4200)
    b = ch["base"]
    T = {"consult": b, "rx": add_bd(b, 4), "plan": add_bd(b, 7), "qa": add_bd(b, 7), "review": add_bd(b, 8),
         "qa_md": add_bd(b, 9), "fx1": add_bd(b, 11)}
    if ch.get("qa_after_fx"):
        T["qa"] = add_bd(T["fx1"], 2)
        T["qa_md"] = add_bd(T["fx1"], 3)
    x.T = T
    return x


def doc_kwargs(ch, x, fname, builder, kw):
    kw = dict(kw)
    if ch.get("boost"):
        pel = [("PTV_4500", 45.0, 25)]
        bst = [("PTV_7920_boost", 34.2, 19)]
        pb = [("arc", "P_ARC1", 181, 179, "CW", 30), ("arc", "P_ARC2", 179, 181, "CCW", 330)]
        bb = [("arc", "B_ARC1", 181, 179, "CW", 15), ("arc", "B_ARC2", 179, 181, "CCW", 345)]
        if builder is F.rx:
            kw["phases"] = [("Phase 1, PELV_VMAT (prostate, seminal vesicles, pelvic nodes)", pel),
                            ("Phase 2, BOOST_VMAT (prostate)", bst)]
        elif builder is F.plan:
            kw["plans"] = [("PELV_VMAT", pel, pb, x.mus[:2]), ("BOOST_VMAT", bst, bb, [x.mus[1] * 0.9, x.mus[0] * 0.95])]
        elif builder is F.review:
            kw["plans"] = [("PELV_VMAT",), ("BOOST_VMAT",)]
        elif builder is F.qa:
            if "BOOST" in fname:
                kw.update(plan_name="BOOST_VMAT", beams=bb, signers=("phys",), pass_rates=x.rates[4:6])
            else:
                kw.update(plan_name="PELV_VMAT", beams=pb)
        elif builder is F.record:
            kw["plans"] = [("PELV_VMAT", 3, 1, 0), ("BOOST_VMAT", 3, 26, 25)]
    if builder is F.qa and kw.get("other") is True:
        o = ch["other"]
        kw["other"] = Patient(o["family"], o["given"], o["mrn"], o["dob"], o["sex"])
        kw["plan_name"] = x.plan_name + "_1"
    if ch.get("three_d") and builder is F.plan:
        pass
    return kw


def expectations(ch):
    e = defaults(ch)
    if ch.get("three_d"):
        why = ("3D conformal course: every document names a forward-planned four-field 3D conformal technique, IMRT is "
               "mentioned only as 'not required', physics did an MU check only and 77295 is billed; the IMRT LCD does not apply")
        for r in REQ:
            e[r] = {"status": ["not_applicable"], "why": why}
        e["necessity-criterion"]["criteria"] = []
        e["necessity-criterion"] = {"status": ["not_applicable"], "why": why, "criteria": []}
    for k, v in ch.get("exp", {}).items():
        e[k] = v
    if ch.get("boost"):
        e["portal-description"]["why"] = ("hyperion_plan.pdf: PELV_VMAT 2 arcs and BOOST_VMAT 2 arcs, each with gantry start/stop and "
                                          "direction in the bilingual beam table")
        e["plan-goals-constraints"]["why"] = ("ordonnance_prescription.pdf: both phases (PTV_4500 45 Gy/25, PTV_7920_boost 34.2 Gy/19) "
                                              "and the OAR constraint table; signed by the radiation oncologist")
    return OrderedDict((r, e[r]) for r in REQ)


def validate(ch, exp, outdir, files, x, errors, mrns):
    cid = ch["id"]
    if list(exp.keys()) != REQ:
        errors.append("%s: requirement ids/order" % cid)
    for r, v in exp.items():
        st = v["status"]
        if not isinstance(st, list) or not 1 <= len(st) <= 2 or any(s not in STATUSES for s in st):
            errors.append("%s %s: bad status %r" % (cid, r, st))
        if len(st) == 2 and "accepted" not in v["why"]:
            errors.append("%s %s: two statuses without 'accepted'" % (cid, r))
        if not v.get("why") or "%" in v["why"].replace("%,", "").replace("%)", "").replace("%.", "").replace("% ", "").replace("%/", "").replace("%'", "").replace("%;", ""):
            errors.append("%s %s: why empty or has a placeholder" % (cid, r))
    nc = exp["necessity-criterion"]
    if "criteria" not in nc:
        errors.append("%s: criteria absent" % cid)
    else:
        if nc["status"][0] in ("met", "incomplete"):
            if not nc["criteria"] or any(c not in (1, 2, 3, 4, 5) for c in nc["criteria"]):
                errors.append("%s: criteria must be 1-5 and non-empty" % cid)
        elif nc["criteria"]:
            errors.append("%s: criteria must be empty for %s" % (cid, nc["status"]))
    na = [r for r in REQ[:-1] if exp[r]["status"] == ["not_applicable"]]
    if na and len(na) != 7:
        errors.append("%s: partly not_applicable" % cid)
    if not 3 <= len(files) <= 7:
        errors.append("%s: %d documents" % (cid, len(files)))
    for f in files:
        t = extract_text(os.path.join(outdir, f))
        if "SYNTHETIC" not in t:
            errors.append("%s/%s: no SYNTHETIC" % (cid, f))
        want = ch["other"]["mrn"] if (ch.get("other") and "qa" in f) else ch["pt"]["mrn"]
        if want not in t:
            errors.append("%s/%s: MRN %s not in text" % (cid, f, want))
    for m in [ch["pt"]["mrn"]] + ([ch["other"]["mrn"]] if ch.get("other") else []):
        if m in mrns:
            errors.append("%s: MRN %s reused" % (cid, m))
        mrns.add(m)
    T = x.T
    if exp["dosimetric-verification"]["status"] == ["met"]:
        if not (T["plan"] <= T["qa"] < T["fx1"] and T["qa"] <= T["qa_md"] < T["fx1"]):
            errors.append("%s: QA timeline does not support met" % cid)
    if exp["image-review"]["status"] == ["met"] and not (T["plan"] < T["review"] < T["fx1"]):
        errors.append("%s: review timeline does not support met" % cid)
    if ch.get("cross_qa") and exp["dosimetric-verification"]["status"] == ["met"] and not (T["review"] > T["qa"]):
        errors.append("%s: physician QA review before the measurement" % cid)


def first(exp, r):
    return exp[r]["status"][0]


def verdict(exp):
    firsts = [first(exp, r) for r in REQ]
    if all(s == "not_applicable" for s in firsts):
        return "not_imrt"
    if any(s in ("missing", "incomplete") for s in firsts):
        return "hold"
    if "needs_review" in firsts:
        return "needs_review"
    return "ready"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "charts"))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = a.out
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    errors, mrns, index, allexp = [], set(), [], []
    ndocs = Counter()
    for ch in CHARTS:
        x = make_ctx(ch)
        cdir = os.path.join(out, ch["id"])
        os.makedirs(cdir)
        files = []
        for fname, builder, kw in ch["docs"]:
            blocks = builder(x, **doc_kwargs(ch, x, fname, builder, kw))
            c = x.c
            render(blocks, os.path.join(cdir, fname), a4=c.a4, serif=c.serif,
                   footer="SYNTHETIC - invented record - %s" % c.name[:60])
            files.append(fname)
            ndocs[fname.rsplit(".", 1)[1]] += 1
        exp = expectations(ch)
        validate(ch, exp, cdir, files, x, errors, mrns)
        p = ch["pt"]
        doc = OrderedDict([("chart_id", ch["id"]), ("synthetic", True), ("style", ch["style"]),
                           ("description", ch["desc"]),
                           ("patient", OrderedDict([("name", "%s, %s" % (p["family"], p["given"])), ("mrn", p["mrn"]),
                                                    ("dob", p["dob"].isoformat())])),
                           ("requirements", exp), ("document_problems", {})])
        with open(os.path.join(cdir, "expected.json"), "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        allexp.append((ch, exp))
        index.append([ch["id"], ch["style"], ch.get("trap", "-"), len(files), verdict(exp)] +
                     ["|".join(exp[r]["status"]) for r in REQ] + [" ".join(map(str, exp["necessity-criterion"].get("criteria", [])))])
    idx_path = os.path.join(os.path.dirname(out), "charts_index.csv") if out == os.path.join(HERE, "charts") else os.path.join(out, "charts_index.csv")
    with open(idx_path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["chart_id", "style", "trap", "documents", "verdict"] + REQ + ["criteria"])
        w.writerows(index)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    if a.quiet:
        return
    print("%d charts, %d documents (%s)" % (len(CHARTS), sum(ndocs.values()),
                                            ", ".join("%d %s" % (n, k.upper()) for k, n in sorted(ndocs.items()))))
    print("verdicts:", dict(Counter(verdict(e) for _, e in allexp)))
    print()
    print("| requirement | met | incomplete | missing | needs_review | not_applicable | two-status |")
    print("|---|---|---|---|---|---|---|")
    for r in REQ:
        cnt = Counter(first(e, r) for _, e in allexp)
        two = Counter("|".join(e[r]["status"]) for _, e in allexp if len(e[r]["status"]) == 2)
        print("| %s | %s | %s |" % (r, " | ".join(str(cnt[s]) for s in ["met", "incomplete", "missing", "needs_review", "not_applicable"]),
                                   ", ".join("%s: %d" % kv for kv in two.items()) or "-"))
    cc = Counter(c for _, e in allexp for c in e["necessity-criterion"].get("criteria", []))
    print()
    print("LCD conditions stated (charts):", ", ".join("%d = %d" % (k, cc[k]) for k in sorted(cc)))
    print()
    ab = {"met": "M", "incomplete": "I", "missing": "X", "needs_review": "R", "not_applicable": "-"}
    print("%-48s %s" % ("chart", " ".join("%-3s" % r[:3] for r in REQ)))
    for ch, e in allexp:
        print("%-48s %s  %s" % (ch["id"], " ".join("%-3s" % "/".join(ab[s] for s in e[r]["status"]) for r in REQ), verdict(e)))


if __name__ == "__main__":
    main()
