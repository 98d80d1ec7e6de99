"""Document bodies, distractor prose and the format-neutral document model."""

import re
from dataclasses import dataclass, field

KINDS = ("qa_report", "plan_review", "prescription", "weekly_chart_check",
         "treatment_summary", "simulation_note")
SITES = (("Prostate", "prostate and seminal vesicles"), ("HN", "oropharynx, bilateral neck"),
         ("LBreast", "left breast and regional nodes"), ("Lung", "right upper lobe"),
         ("Pelvis", "cervix and pelvic nodes"), ("Brain", "left frontal resection cavity"))
CLINICS = ("Lakeside Cancer Center", "Riverbend Radiation Oncology", "North Valley Oncology",
           "Harbor Point Cancer Institute")
SCHEDULES = ((5, 725), (5, 800), (15, 267), (16, 266), (20, 250), (20, 300), (25, 180),
             (25, 200), (28, 180), (28, 250), (30, 200), (33, 212), (35, 200), (39, 200))
SYNTHETIC = "SYNTHETIC test document - no real patient data."
DRAFT_MARKERS = ("DRAFT - NOT FOR CLINICAL USE", "Document status: DRAFT", "*** DRAFT ***")
PRELIM_MARKERS = ("PRELIMINARY REPORT", "Report status: Preliminary",
                  "** PRELIMINARY - subject to change **")
SECTION_HEADINGS = ("Signatures", "Approvals", "Attestation", "")

# Words that must never appear in non-distractor body text, so that only the
# signature slots (and the distractor sentences) carry signing vocabulary.
BANNED = re.compile(
    r"\b(sign\w*|approv\w*|reviewed|verif\w*|authenticat\w*|attest\w*|finaliz\w*|releas\w*|"
    r"confirm\w*|pending|unsigned|draft|prelim\w*|stamp\w*|on file|dictat\w*|cosign\w*|"
    r"awaiting|by|dr|physician|physicist|dosimetrist|therapist|resident|fellow|attending|"
    r"nurse)\b", re.I)


@dataclass
class Doc:
    title: str
    pages: list = field(default_factory=lambda: [[]])  # items: ("p"|"h", text) | ("table", rows)
    header: list = field(default_factory=list)         # page-header lines
    footer: list = field(default_factory=list)         # page-footer lines


def body(kind, rng, d0, d1):
    """(title, lines) of a short realistic body; d0/d1 are rendered dates."""
    code, site = rng.choice(SITES)
    fx, per = rng.choice(SCHEDULES)
    pid = f"Patient ID: SYN-{rng.randrange(10000, 99999)}"
    if kind == "qa_report":
        return "IMRT Patient-Specific QA Report", [
            f"{pid}   Plan: {code}_VMAT_v{rng.randrange(1, 4)}",
            f"Measurement date: {d1}",
            "Device: " + rng.choice(("ArcCHECK", "MatriXX Resolution", "EPID portal dosimetry")),
            "Gamma criteria: 3%/2 mm, 10% low-dose threshold, global normalization",
            f"Passing rate: {rng.uniform(95.0, 99.9):.1f}% (action limit 90%, tolerance 95%)",
            f"Point dose difference: {rng.uniform(-2.5, 2.5):+.1f}% at isocenter",
            "Result: plan acceptable for treatment delivery."]
    if kind == "plan_review":
        return "Physics Plan Review", [
            f"{pid}   Plan: {code}_IMRT_v{rng.randrange(1, 4)}   Plan date: {d0}",
            f"Prescription: {per * fx} cGy in {fx} fractions to PTV",
            "Technique: " + rng.choice(("VMAT, 2 full arcs, 6 MV", "static IMRT, 7 fields, 6 MV",
                                        "VMAT, 3 arcs, 10 MV FFF")),
            f"OAR constraints: spinal cord max {rng.uniform(20, 44):.1f} Gy; all objectives met",
            f"Independent MU calculation: agreement within {rng.uniform(0.3, 3.0):.1f}%",
            "Plan parameters match the prescription; no deviations noted."]
    if kind == "prescription":
        return "Radiation Prescription", [
            pid, f"Site: {site}",
            f"Dose: {per * fx} cGy / {fx} fx, {per} cGy per fraction",
            "Modality: IMRT, 6 MV photons", "Image guidance: daily cone-beam CT",
            f"Start date: {d0}", "Frequency: 5 fractions per week"]
    if kind == "weekly_chart_check":
        k = rng.randrange(1, fx + 1)
        return "Weekly Physics Chart Check", [
            pid, f"Fractions delivered: {k} of {fx}", f"Cumulative dose: {k * per} cGy",
            f"Check date: {d1}", "Treatment parameters consistent with the plan.",
            "Imaging: couch shifts within 3 mm tolerance"]
    if kind == "treatment_summary":
        return "Radiation Treatment Summary", [
            pid, f"Course: {site}, {per * fx} cGy in {fx} fractions",
            f"Treatment dates: {d0} to {d1}",
            "Tolerance: mild fatigue, grade 1 skin erythema",
            "Follow-up in 6 weeks with imaging."]
    return "CT Simulation Note", [
        pid, f"Simulation date: {d1}", "Position: supine, arms up, wing board",
        "Immobilization: Vac-Lok bag, knee sponge", "Scan: 2 mm slices, no IV contrast",
        f"Treatment site: {site}", "Isocenter marked with three tattoos."]


def extra_page(n, rng):
    """Filler page for a multi-page packet."""
    if n % 2:
        return "Measurement Detail", [
            f"Beam {i}: gantry {rng.randrange(0, 360, 5)} deg, {rng.randrange(90, 400)} MU, "
            f"gamma pass {rng.uniform(94, 100):.1f}%" for i in range(1, 5)]
    structs = ("PTV", "Rectum", "Bladder", "Femoral heads", "Spinal cord", "Parotid L")
    return "DVH Summary", [
        f"{s}: Dmean {m:.1f} Gy, Dmax {m * rng.uniform(1.05, 1.4):.1f} Gy"
        for s, m in zip(rng.sample(structs, 4), (rng.uniform(8, 60) for _ in range(4)))]


DISTRACTORS = (
    "The plan was discussed with Dr. {fam} at chart rounds.",
    "The plan was reviewed and approved by Dr. {fam} at the weekly conference.",
    "Patient was seen in consultation by Dr. {fam} (Urology) last month.",
    "Per Dr. {fam}, the bladder filling protocol will continue.",
    "Setup was repeated after {giv} {fam} adjusted the immobilization.",
    "Dr. {fam} signed the consent form on {date}.",
    "Case was presented to {giv} {fam}, {cred} for peer review, who agreed with the plan.",
    "Questions may be directed to {giv} {fam} in the physics office.",
)


def distractor(rng, person, date_text):
    given, _mi, family, _kind = person
    tpl = rng.choice(DISTRACTORS)
    return tpl.format(fam=family, giv=given, cred=rng.choice(("MD", "PhD", "CMD")),
                      date=date_text)


def check_body(lines):
    for line in lines:
        m = BANNED.search(line)
        assert not m, f"signing vocabulary {m.group(0)!r} in body line {line!r}"
