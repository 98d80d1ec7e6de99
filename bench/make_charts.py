"""Writes N synthetic IMRT charts of realistic size for the batch benchmark (bench/scan_bench.py).

    /tmp/venv/bin/python bench/make_charts.py [--charts 500] [--out bench/data/charts] [--jobs 2]

Each chart is one folder `chart-00042/` with five documents, about 15 pages, mixed like the samples:
  plan_report.pdf     4-6 pages: prescription and constraints, a ruled field table, DVH and isodose
                      review, signature block (reportlab; ~1 page in 20 drawn out of content order)
  physics_qa.pdf      2-3 pages: patient-specific QA with a ruled gamma table, physicist signature
  necessity.docx      1-2 pages: the physician's IMRT necessity statement and a signature table
  image_review.docx   2-3 pages (explicit page breaks): image/isodose review, signature table
  treatment_notes.txt 3-4 pages (form feeds): weekly on-treatment notes, "Electronically signed by"
Prose pages hold ~300-450 words. Some charts have gaps (a blank signature, a missing constraint,
a pending QA sign-off), so verdicts vary as in a real batch.

Deterministic: chart i is drawn from random.Random(i) (plus a fixed seed), reportlab runs in
invariant mode and DOCX archives get fixed timestamps, so the same N gives the same bytes. Existing
charts are kept when a stamp file says they were written by this generator version, so growing the
set from N to 4N writes only the new charts. Every name, MRN and clinic is fictional; every document
says "SYNTHETIC - FOR TESTING ONLY". bench/data/ is git-ignored.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
import zipfile
from datetime import date, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "charts"
GENERATOR_VERSION = "4"
SEED = 20250115
FIXED_TIME = datetime(2025, 1, 15, 12, 0, 0)
SYNTHETIC = "SYNTHETIC - FOR TESTING ONLY"

FIRST = ["Jane", "John", "Maria", "Wei", "Aisha", "Carlos", "Olga", "Samuel", "Priya", "Tomas", "Grace", "Omar"]
LAST = ["Roe", "Doe", "Testa", "Sample", "Fictus", "Example", "Placeholder", "Mock", "Dummy", "Specimen"]
SITES = {
    "prostate": (["PTV_7920", "CTV_prostate"], ["rectum", "bladder", "femoral heads", "penile bulb", "small bowel"], (79.2, 44)),
    "head and neck": (["PTV_70", "PTV_56"], ["spinal cord", "brainstem", "parotid", "mandible", "larynx", "oral cavity"], (70.0, 35)),
    "lung": (["PTV_60", "ITV"], ["spinal cord", "esophagus", "heart", "lungs", "brachial plexus"], (60.0, 30)),
    "brain": (["PTV_60", "GTV"], ["brainstem", "optic chiasm", "optic nerves", "cochlea", "hippocampus"], (60.0, 30)),
    "pancreas": (["PTV_50.4", "CTV"], ["duodenum", "stomach", "kidneys", "liver", "spinal cord"], (50.4, 28)),
}
CONSTRAINT = ["Dmax < {a} Gy", "V{b} < {c}%", "mean dose < {a} Gy", "D0.03cc < {a} Gy"]
FILLER = [
    "The patient tolerated simulation well and was immobilized in the supine position with a custom device.",
    "Daily image guidance with cone beam CT will be used to verify the target position before each fraction.",
    "Target volumes were contoured on the planning CT with fusion of the diagnostic MRI where available.",
    "The planning target volume was generated with a uniform expansion of the clinical target volume.",
    "Organs at risk were contoured slice by slice and reviewed for consistency with institutional atlases.",
    "The plan was optimized with inverse planning and normalized so that the prescription covers the target.",
    "Hot spots were confined to the target and no clinically significant hot spot lies in normal tissue.",
    "Setup instructions, bolus requirements and couch parameters were documented in the treatment record.",
    "The patient was counseled regarding acute and late effects of treatment and questions were answered.",
    "Concurrent systemic therapy is managed by medical oncology and weekly labs are being followed.",
    "Weight, performance status and nutrition were reviewed and supportive care was offered as needed.",
    "Skin care instructions were given and the patient will be seen weekly during the course of treatment.",
    "Prior imaging, pathology and operative reports were reviewed and summarized in the consultation note.",
    "Fiducial markers were visualized on the planning scan and will be matched on daily imaging.",
    "Respiratory motion was assessed on four dimensional CT and an internal target volume was created.",
]
CHARTS_STAMP = ".generator"


def person(rnd: random.Random) -> str:
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def chart_spec(index: int) -> dict:
    rnd = random.Random(SEED * 1000 + index)
    site = rnd.choice(sorted(SITES))
    targets, oars, (dose, fx) = SITES[site]
    base = date(2024, 1, 8) + timedelta(days=rnd.randrange(300))
    patient_first, patient_last = rnd.choice(FIRST), rnd.choice(LAST) + rnd.choice(["", "son", "ez", "ova", "ini"])
    gaps = {g for g in ("blank-signature", "no-constraints", "qa-pending", "no-necessity-oars") if rnd.random() < 0.12}
    return {
        "index": index, "rnd": rnd, "site": site, "targets": targets, "oars": oars, "dose": dose, "fx": fx,
        "base": base, "patient": f"{patient_last.upper()}, {patient_first.upper()}",
        "mrn": f"{700000 + index:07d}", "dob": f"{rnd.randrange(1,13):02d}/{rnd.randrange(1,28):02d}/{rnd.randrange(1935,1975)}",
        "md": person(rnd), "phys": person(rnd), "dosi": person(rnd), "gaps": gaps,
        "fields": rnd.choice([5, 7, 9]) if rnd.random() < 0.6 else 0,  # 0: VMAT arcs
    }


def _d(spec: dict, days: int) -> str:
    return (spec["base"] + timedelta(days=days)).strftime("%m/%d/%Y")


def header_lines(spec: dict, title: str) -> list[str]:
    return [
        "Synthetic Cancer Center - Department of Radiation Oncology",
        SYNTHETIC,
        title,
        f"Patient Name: {spec['patient']}   MRN: {spec['mrn']}   DOB: {spec['dob']}",
        f"Treatment site: {spec['site']}   Attending: {spec['md']}, MD",
    ]


def prose(rnd: random.Random, words: int, extra: list[str] = ()) -> list[str]:
    """Paragraphs of filler sentences with the given clinical sentences mixed in, ~`words` words."""
    sentences = list(extra)
    count = sum(len(s.split()) for s in sentences)
    while count < words:
        s = rnd.choice(FILLER)
        sentences.insert(rnd.randrange(len(sentences) + 1), s)
        count += len(s.split())
    paragraphs, cur = [], []
    for s in sentences:
        cur.append(s)
        if len(cur) >= rnd.randrange(3, 6):
            paragraphs.append(" ".join(cur))
            cur = []
    if cur:
        paragraphs.append(" ".join(cur))
    return paragraphs


def constraints(spec: dict) -> list[str]:
    rnd = spec["rnd"]
    out = []
    for oar in spec["oars"]:
        c = rnd.choice(CONSTRAINT).format(a=rnd.randrange(20, 55), b=rnd.randrange(20, 70), c=rnd.randrange(10, 50))
        out.append(f"{oar.capitalize()} {c}")
    return out


def plan_pages(spec: dict) -> list[list]:
    rnd = spec["rnd"]
    t0, t1 = spec["targets"]
    rx = f"Prescription: {t0} {spec['dose']} Gy in {spec['fx']} fractions of {spec['dose'] / spec['fx']:.2f} Gy, {t1} per protocol."
    cons = [] if "no-constraints" in spec["gaps"] else ["Dose constraints: " + "; ".join(constraints(spec)) + "."]
    pages = [["PLAN SUMMARY", *prose(rnd, 330, [rx, *cons, f"Planning technique: {'IMRT' if spec['fields'] else 'VMAT'}."])]]
    if spec["fields"]:
        rows = [("Field", "Gantry", "Collimator", "Couch", "MU", "Energy")]
        for f in range(spec["fields"]):
            rows.append((str(f + 1), str((200 + f * 40) % 360), str(rnd.choice([0, 15, 30, 345])), "0",
                         f"{rnd.uniform(60, 160):.1f}", rnd.choice(["6X", "10X"])))
        beam = f"{spec['fields']} static IMRT fields at the gantry angles listed in the field table."
    else:
        rows = [("Arc", "Start", "Stop", "Direction", "MU", "Energy"),
                ("1", "181", "179", "CW", f"{rnd.uniform(250, 400):.1f}", "6X"),
                ("2", "179", "181", "CCW", f"{rnd.uniform(250, 400):.1f}", "6X")]
        beam = "Two full VMAT arcs, gantry 181 to 179 clockwise and 179 to 181 counterclockwise."
    pages.append(["BEAM ARRANGEMENT", rows, *prose(rnd, 230, [beam])])
    review = [
        f"I have reviewed the dose volume histograms for {t0}, {t1} and all critical structures including the "
        f"{', '.join(spec['oars'][:3])}; target coverage and normal tissue doses are acceptable.",
        "The isodose distributions were reviewed on the axial, sagittal and coronal CT images slice by slice "
        "and the prescription isodose line conforms to the target.",
    ]
    pages.append(["DVH REVIEW", *prose(rnd, 400, review[:1])])
    pages.append(["IMAGE AND ISODOSE REVIEW", *prose(rnd, 400, review[1:])])
    for _ in range(rnd.randrange(0, 3)):
        pages.append(["PLAN DETAILS (CONTINUED)", *prose(rnd, 420)])
    sig = ("Physician signature: ____________________   Date: ________" if "blank-signature" in spec["gaps"]
           else f"Electronically signed by {spec['md']}, MD on {_d(spec, 10)} 16:{rnd.randrange(10, 59)}")
    pages[-1] += ["APPROVAL", f"Plan prepared by: {spec['dosi']}, CMD  Date: {_d(spec, 9)}", sig]
    return pages


def qa_pages(spec: dict) -> list[list]:
    rnd = spec["rnd"]
    rows = [("Measurement", "Device", "Criteria", "Pass rate", "Result")]
    for arc in range(rnd.randrange(2, 5)):
        rows.append((f"Field group {arc + 1}", rnd.choice(["ArcCHECK", "MapCHECK", "portal dosimetry"]),
                     "3%/2mm", f"{rnd.uniform(95, 99.9):.1f}%", "Pass"))
    qa = [f"Patient specific IMRT QA was performed on {_d(spec, 11)} with a phantom measurement of the verification plan.",
          "The gamma pass rate exceeded the institutional action level for every field group and the plan is acceptable for treatment."]
    pages = [["PATIENT SPECIFIC QA", rows, *prose(rnd, 300, qa)]]
    for _ in range(rnd.randrange(1, 3)):
        pages.append(["QA NOTES", *prose(rnd, 420)])
    sig = ("Medical physicist review: pending signature" if "qa-pending" in spec["gaps"]
           else f"Medical Physicist: {spec['phys']}, MS, DABR   Date: {_d(spec, 11)}")
    pages[-1] += ["SIGNATURES", sig, f"Reviewed by: {spec['md']}, MD   Date: {_d(spec, 12)}"]
    return pages


def necessity_pages(spec: dict) -> list[list]:
    rnd = spec["rnd"]
    oars = "" if "no-necessity-oars" in spec["gaps"] else f" including the {', '.join(spec['oars'][:2])}"
    stmt = [
        f"IMRT is medically necessary for this patient rather than 3D conformal planning because the target is in close "
        f"proximity to critical structures{oars} that must be protected.",
        "A 3D conformal plan cannot achieve the dose constraints while covering the target with narrow margins.",
    ]
    pages = [["IMRT MEDICAL NECESSITY", *prose(rnd, 320, stmt)]]
    if rnd.random() < 0.5:
        pages.append(["DISCUSSION", *prose(rnd, 380)])
    pages[-1] += [[("Role", "Name", "Signature", "Date"),
                   ("Radiation Oncologist", f"{spec['md']}, MD", "Electronically signed", f"{_d(spec, 2)} 09:15")]]
    return pages


def image_pages(spec: dict) -> list[list]:
    rnd = spec["rnd"]
    pages = [["SIMULATION AND IMAGE REVIEW", *prose(rnd, 380, [
        f"CT simulation was performed on {_d(spec, 0)} with 2 mm slices and the images were reviewed with the "
        "isodose distributions for the target and all critical structures."])]]
    for _ in range(rnd.randrange(1, 3)):
        pages.append(["IMAGE REVIEW (CONTINUED)", *prose(rnd, 420)])
    pages[-1] += [[("Role", "Name", "Signature", "Date"),
                   ("Radiation Oncologist", f"{spec['md']}, MD", "Electronically signed", f"{_d(spec, 10)} 17:02")]]
    return pages


def note_pages(spec: dict) -> list[str]:
    rnd = spec["rnd"]
    out = []
    for week in range(rnd.randrange(3, 5)):
        text = [*header_lines(spec, f"ON-TREATMENT VISIT - WEEK {week + 1}"), "",
                f"Fraction {week * 5 + 5} of {spec['fx']} delivered. Cumulative dose {(week + 1) * 5 * spec['dose'] / spec['fx']:.1f} Gy.",
                ""]
        text += prose(rnd, 330)
        text += ["", f"Electronically signed by {spec['md']}, MD on {_d(spec, 15 + week * 7)} 12:{rnd.randrange(10, 59)}"]
        out.append("\n".join(text))
    return out


# ---------------------------------------------------------------- renderers


def render_pdf(path: Path, spec: dict, title: str, pages: list[list]) -> None:
    import textwrap

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    rnd = spec["rnd"]
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for page in pages:
        scrambled = rnd.random() < 0.05  # some exporters write content out of visual order
        lines: list[tuple[float, float, str, str]] = []  # x, y, font, text
        y = 750.0
        for line in header_lines(spec, title):
            lines.append((72, y, "Helvetica-Bold", line))
            y -= 13
        y -= 6
        grids = []
        for block in page:
            if isinstance(block, list):  # a table: cells + ruled grid
                widths = [80] * len(block[0])
                xs = [72 + sum(widths[:i]) for i in range(len(widths) + 1)]
                top = y + 4
                for r, row in enumerate(block):
                    for ci, cell in enumerate(row):
                        lines.append((xs[ci] + 3, y - 10, "Helvetica", cell))
                    y -= 16
                grids.append((xs, [top - 16 * i for i in range(len(block) + 1)]))
                y -= 10
                continue
            font = "Helvetica-Bold" if block.isupper() else "Helvetica"
            for part in textwrap.wrap(block, 100):  # ~468 pt of 9 pt Helvetica
                lines.append((72, y, font, part))
                y -= 11
            y -= 4
        if scrambled:
            lines.reverse()
        for x, yy, font, text in lines:
            c.setFont(font, 9)
            c.drawString(x, yy, text)
        for xs, ys in grids:
            c.grid(xs, ys)
        c.showPage()
    c.save()


_DOCX_BASE: bytes | None = None
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_base() -> bytes:
    """python-docx's default template, minus word/document.xml, zipped once with fixed timestamps."""
    global _DOCX_BASE
    if _DOCX_BASE is None:
        import docx

        template = Path(docx.__file__).parent / "templates" / "default.docx"
        buf = io.BytesIO()
        with zipfile.ZipFile(template) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    dst.writestr(_info(item.filename), src.read(item.filename))
        _DOCX_BASE = buf.getvalue()
    return _DOCX_BASE


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'


def _table(rows) -> str:
    cols = len(rows[0])
    grid = "".join('<w:gridCol w:w="2800"/>' for _ in range(cols))
    body = "".join(
        "<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/></w:tcPr>{_para(cell)}</w:tc>' for cell in row) + "</w:tr>"
        for row in rows
    )
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def render_docx(path: Path, spec: dict, title: str, pages: list[list]) -> None:
    """A DOCX as Word writes it (paragraphs, headings, ruled tables, page breaks), built as XML.

    The document part is written directly into a copy of python-docx's default template: ~50x
    faster than python-docx's object API, and the reader sees the same XML either way.
    """
    parts = [_para(line) for line in header_lines(spec, title)]
    for n, page in enumerate(pages):
        if n:
            parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        for block in page:
            if isinstance(block, list):
                parts.append(_table(block))
                parts.append(_para(""))
            elif block.isupper():
                parts.append(_para(block.title(), "Heading2"))
            else:
                parts.append(_para(block))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(parts)
           + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
           'w:left="1800" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO(_docx_base())
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr(_info("word/document.xml"), xml.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def write_chart(out: Path, index: int) -> int:
    """Writes chart `index`; returns its page count."""
    spec = chart_spec(index)
    folder = out / f"chart-{index:05d}"
    tmp = out / f".tmp-chart-{index:05d}"
    tmp.mkdir(parents=True, exist_ok=True)
    plan, qa, nec, img = plan_pages(spec), qa_pages(spec), necessity_pages(spec), image_pages(spec)
    notes = note_pages(spec)
    render_pdf(tmp / "plan_report.pdf", spec, "IMRT TREATMENT PLAN REPORT", plan)
    render_pdf(tmp / "physics_qa.pdf", spec, "IMRT PHYSICS QA REPORT", qa)
    render_docx(tmp / "necessity.docx", spec, "IMRT Medical Necessity Statement", nec)
    render_docx(tmp / "image_review.docx", spec, "Simulation and Image Review", img)
    (tmp / "treatment_notes.txt").write_text("\f".join(notes) + "\n", encoding="utf-8")
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    tmp.rename(folder)
    return len(plan) + len(qa) + len(nec) + len(img) + len(notes)


def _write_one(args) -> int:
    out, index = args
    return write_chart(Path(out), index)


def make_charts(count: int, out: Path = DEFAULT_OUT, jobs: int = 2, quiet: bool = False) -> Path:
    """Ensures charts 0..count-1 exist under `out` (writes only missing ones); returns `out`."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = out / CHARTS_STAMP
    if not stamp.exists() or stamp.read_text().strip() != GENERATOR_VERSION:
        import shutil

        for old in out.glob("chart-*"):
            shutil.rmtree(old)
        stamp.write_text(GENERATOR_VERSION + "\n")
    missing = [i for i in range(count) if not (out / f"chart-{i:05d}").is_dir()]
    if missing:
        start = time.perf_counter()
        ctx = get_context("fork")
        with ctx.Pool(jobs) as pool:
            pages = sum(pool.imap_unordered(_write_one, [(str(out), i) for i in missing], chunksize=4))
        if not quiet:
            print(f"generated {len(missing)} charts ({pages} pages) in {time.perf_counter() - start:.1f} s into {out}",
                  file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=500)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    make_charts(args.charts, args.out, args.jobs)


if __name__ == "__main__":
    main()
