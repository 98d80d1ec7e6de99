"""Write the bundled sample charts: samples/<chart_id>/ (documents + expected.json) and samples/README.md.

    /tmp/venv/bin/python samples/generate.py

Deterministic (fixed dates, seeded noise, invariant PDFs, fixed DOCX timestamps). Each chart folder
it owns (every folder named c<NN>_...) is deleted and written again. Every patient, clinician and
facility is fictional; every document carries the line "SYNTHETIC - FOR TESTING ONLY".

Expected statuses below are written by hand from docs/requirements.md and the documents themselves;
`check()` only confirms they agree with what each builder says it put on the page.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

sys.dont_write_bytecode = True  # no samples/__pycache__ folder that a scan would take for a chart

import _docs as D  # noqa: E402
from _charts import CHARTS, LCD, REQS  # noqa: E402
from _people import Sig  # noqa: E402
from _render import render  # noqa: E402
from _sites import SITES  # noqa: E402

HERE = Path(__file__).resolve().parent
ROLES = {"plan-goals-constraints": {"ro"}, "necessity-statement": {"ro"}, "necessity-criterion": {"ro"},
         "image-review": {"ro"}, "dvh-review": {"ro"}, "portal-description": set(),
         "dosimetric-verification": {"ro", "phys"}, "compensator-design": set()}
DATED = {"image-review"}
OFFSET = {"sim": 0, "rx": 2, "nec": 2, "plan": 9, "review": 10, "qa": 11, "start": 15}


def dates(base: date) -> dict[str, date]:
    return {k: base + timedelta(days=v) for k, v in OFFSET.items()}


def build_chart(ch: dict) -> list[D.Built]:
    site = SITES[ch["site"]]
    staff = {"ro": ch["ro"], "phys": ch["phys"], "dosi": ch["dosi"]}
    dd = dates(ch["base"])
    ctx = D.Ctx(ch["patient"], site, ch["facility"])
    out = []
    for kind, fname, sigspec, kw in ch["docs"]:
        sigs = [Sig(style, staff[role], D.when(dd[day], *hm)) for style, role, day, *hm in sigspec]
        kw = {k: (dd[v] if k in ("on", "start") and isinstance(v, str) else v) for k, v in kw.items()}
        builder = getattr(D, kind)
        b = builder(ctx, fname, **kw) if kind == "status_note" else builder(ctx, fname, sigs, **kw)
        b.readable = b.variant not in ("scanned", "truncated")
        out.append(b)
    return out


def derive(ch: dict, built: list[D.Built]) -> tuple[dict[str, str], list[int]]:
    """What the spec says follows from the builders' own account of each document."""
    own = [b for b in built if b.readable and b.patient is None]
    unreadable = any(not b.readable for b in built)
    result, criteria = {}, set()
    for req in REQS:
        if req == "compensator-design" and not ch.get("compensator"):
            result[req] = "not_applicable"
            continue
        oks = []
        for b in own:
            if req not in b.content:
                continue
            valid = {s.who.role for s in b.sigs if s.valid}
            dated = {s.who.role for s in b.sigs if s.dated}
            ok = ROLES[req] <= valid and (req not in DATED or ROLES[req] <= dated) and b.content[req].complete
            oks.append(ok)
            if ok and req == "necessity-criterion":
                criteria |= set(b.content[req].criteria)
        result[req] = ("met" if any(oks) else "incomplete" if oks else
                       "needs_review" if unreadable else "missing")
    return result, sorted(criteria)


def met_why(req: str, built: list[D.Built]) -> str:
    for b in built:
        ev = b.content.get(req)
        if not (b.readable and b.patient is None and ev and ev.complete):
            continue
        signed = [line for s in b.sigs if s.valid and s.who.role in ROLES[req] for line in s.lines()]
        if not signed and ROLES[req]:
            continue
        sig = f' Signed: "{" | ".join(signed)}".' if ROLES[req] else ""
        stop = "" if ev.quote.endswith('."') else "."
        return f"{b.doc.filename}: {ev.quote}{stop}{sig} {LCD[req]}"
    raise AssertionError(f"no complete evidence for {req}")


def expected(ch: dict, built: list[D.Built]) -> dict:
    reqs = {}
    for req in REQS:
        status, why = ch["expect"].get(req, (None, None))
        if status is None:
            status = ["not_applicable"] if req == "compensator-design" and not ch.get("compensator") else ["met"]
        if why is None:
            why = (LCD["compensator-design-na"] if status == ["not_applicable"] else met_why(req, built))
        reqs[req] = {"status": status, "why": why}
        if req == "necessity-criterion":
            reqs[req] = {"status": status, "criteria": ch.get("criteria", []), "why": why}
    p = ch["patient"]
    return {"chart_id": ch["id"], "synthetic": True, "description": ch["description"],
            "patient": {"name": p.listed, "mrn": p.mrn, "dob": p.dob.isoformat()},
            "requirements": reqs, "document_problems": ch.get("problems", {})}


def check(ch: dict, built: list[D.Built], exp: dict) -> None:
    derived, criteria = derive(ch, built)
    for req, st in derived.items():
        want = exp["requirements"][req]["status"]
        assert st in want, f"{ch['id']} {req}: documents give {st}, expected.json says {want}"
    assert criteria == ch.get("criteria", []), f"{ch['id']}: criteria {criteria} != {ch.get('criteria')}"


def write_chart(ch: dict) -> dict:
    folder = HERE / ch["id"]
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    built = build_chart(ch)
    for n, b in enumerate(built):
        (folder / b.doc.filename).write_bytes(render(b.doc, b.variant, seed=n + len(ch["id"])))
    exp = expected(ch, built)
    check(ch, built, exp)
    (folder / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


NOTES = [
    "Chart folders also hold `expected.json`; the top level of `samples/` holds this README and the generator "
    "(`generate.py`, `_*.py`), which are not chart documents.",
    "`c02 .../imrt_plan_report.pdf` is drawn with the reportlab canvas in a scrambled order: the approval block "
    "first, then the field table cell by cell, column by column, then the rest bottom-up. Extract by position.",
    "`c15 .../scanned_isodose_review.pdf` is one image-only page (no text layer); the synthetic banner, patient "
    "header and signature are pixels in the image.",
    "`c16 .../imrt_qa_report.pdf` is the first fifth of a PDF (no xref, no trailer); its banner survives only as a "
    "`%` comment line after the header.",
    "`c05 .../physician_plan_review.docx` carries its only signature in the DOCX section footer.",
    "`c07 .../plan_approval_checklist.docx` uses \u2612 (ticked) and \u2610 (unticked) checkbox glyphs. It and "
    "documents in c01, c02, c06 and c08 are signed in a Role | Name | Signature | Date table.",
    "`c13 .../field_summary.txt` has CRLF line ends and a fixed-width field table.",
    "`c17 .../dvh_review.txt` names a different patient (name, MRN and DOB) from the rest of the chart.",
    "`c12 .../image_review.docx` contains no date at all apart from the DOB (the signature's date is blank).",
]


def verdicts(e: dict) -> list[str]:
    """Every chart verdict that some combination of the acceptable statuses gives."""
    out = []
    for combo in itertools.product(*(r["status"] for r in e["requirements"].values())):
        v = ("hold" if {"missing", "incomplete"} & set(combo) else
             "needs_review" if "needs_review" in combo else "ready")
        if v not in out:
            out.append(v)
    return out


def readme(exps: list[dict]) -> str:
    short = {"met": "met", "missing": "MISSING", "incomplete": "INCOMPLETE", "needs_review": "REVIEW",
             "not_applicable": "n/a"}
    cols = ["plan", "stmt", "crit", "image", "dvh", "portal", "QA", "comp"]
    out = ["# Sample charts (synthetic)", "",
           "Every patient, clinician and facility here is invented; every document says "
           "\"SYNTHETIC - FOR TESTING ONLY\".",
           "Written by `generate.py` (run `/tmp/venv/bin/python samples/generate.py`; deterministic; it "
           "deletes and rewrites every `c<NN>_*` folder and this README).", "",
           "Each folder is one chart: its documents plus `expected.json` (acceptable statuses per requirement, "
           "written from `docs/requirements.md`, with the reason). `expected.json` is the answer key, not a "
           "chart document.", "",
           "Columns: plan-goals-constraints, necessity-statement, necessity-criterion, image-review, "
           "dvh-review, portal-description, dosimetric-verification, compensator-design.", "",
           "| chart | demonstrates | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 2)]
    for e in exps:
        cells = ["/".join(short[s] for s in r["status"]) for r in e["requirements"].values()]
        out.append(f"| `{e['chart_id']}` | {e['description']} | " + " | ".join(cells) + " |")
    out += ["", "Chart verdicts implied by the table (docs/requirements.md: hold if anything is missing or incomplete, "
            "else needs_review if anything needs review, else ready): " + "; ".join(
                f"`{e['chart_id'][:3]}` {'/'.join(verdicts(e))}" for e in exps) + ".", ""]
    out += ["Format details worth knowing:", ""] + [f"- {n}" for n in NOTES]
    out += ["", "Documents by chart:", ""]
    for e in exps:
        files = sorted(p.name for p in (HERE / e["chart_id"]).iterdir() if p.name != "expected.json")
        probs = e["document_problems"]
        note = "; document problems: " + ", ".join(f"`{k}` {v}" for k, v in probs.items()) if probs else ""
        out.append(f"- `{e['chart_id']}`: " + ", ".join(f"`{f}`" for f in files) + note)
    return "\n".join(out) + "\n"


def main() -> None:
    for stale in HERE.iterdir():
        if stale.is_dir() and re.match(r"c\d\d_", stale.name):
            shutil.rmtree(stale)
    exps = [write_chart(ch) for ch in CHARTS]
    (HERE / "README.md").write_text(readme(exps), encoding="utf-8")
    print(f"wrote {len(exps)} charts to {HERE}")


if __name__ == "__main__":
    main()
