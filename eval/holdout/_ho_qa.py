"""Patient-specific QA documents (PDF / tab TXT) and an MU second check."""
from __future__ import annotations

from _ho_model import MARK, fmt_date
from _ho_words import sig, sig_row

DEVICES = {
    "arccheck": ("ArcCHECK cylindrical diode array", "3%/2 mm, 10% threshold, global"),
    "delta4": ("Delta4 Phantom+ biplanar diode array", "3%/2 mm, 10% threshold"),
    "epid": ("EPID portal dosimetry (iViewDose)", "3%/3 mm, 10% threshold"),
    "film": ("PinPoint ion chamber in solid water plus EBT3 film", "3%/3 mm (film planes)"),
    "mapcheck": ("MapCHECK 2 planar diode array", "3%/2 mm, 10% threshold"),
}
LABEL = {"md": "Radiation Oncologist", "phys": "Medical Physicist", "dosim": "Dosimetrist"}


def _person(cx, key):
    return {"md": cx.md, "phys": cx.phys, "dosim": cx.dosim}[key]


def passing(cx):
    return [round(cx.rng.uniform(96.2, 99.9), 1) for _ in cx.beams]


def qa_summary(cx, device, uk=False, rates=None):
    name, crit = DEVICES[device]
    rates = rates or passing(cx)
    word = "optimised" if uk else "optimized"
    return (f"The {word} plan was delivered to the {name} and the measured dose compared with the "
            f"calculated dose (gamma {crit}): {min(rates):.1f}-{max(rates):.1f}% of points passing for the "
            f"{len(rates)} {'arcs' if cx.beams[0].is_arc else 'beams'}, within our action level of 95%.")


def qa_report(cx, device="arccheck", signers=(("row", "phys", "esig", True), ("row", "md", "esig", True)),
              status="Final", title=None, note=""):
    """signers: ("row", who, cell, dated) -> Role/Name/Signature/Date table row;
                ("line", sig kind, who) -> a signature line."""
    p = cx.pt
    name, crit = DEVICES[device]
    rates = passing(cx)
    unit = "Arc" if cx.beams[0].is_arc else "Beam"
    rows = [[f"{unit} {x.num}", f"{x.gantry:g}" + (f"-{x.stop:g} {x.rot}" if x.is_arc else ""), crit,
             f"{r:.1f} %", "Pass"] for x, r in zip(cx.beams, rates)]
    b = [("title", title or "Patient-Specific IMRT Delivery QA"),
         ("p", f"{cx.clinic}  -  Physics     {MARK}: fictional patient"),
         ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                 ("Measurement date", fmt_date(cx.day("qa"), "dmy")), ("Detector", name),
                 ("Report status", status)]),
         ("table", [unit, "Gantry", "Criteria", "Gamma pass", "Result"], rows, "ruled"),
         ("p", qa_summary(cx, device, rates=rates) + (" " + note if note else ""))]
    table = [sig_row(LABEL[w], _person(cx, w), cell, cx.day("qa") if dated else None)
             for kind, w, cell, dated in [s for s in signers if s[0] == "row"]]
    if table:
        b += [("h", "Signatures"), ("table", ["Role", "Name", "Signature", "Date"], table, "ruled")]
    for _, kind, w in [s for s in signers if s[0] == "line"]:
        b.append(("p", sig(kind, _person(cx, w), cx.stamp("qa", 17, 10), role=LABEL[w])))
    return b


def qa_tabs(cx, device="delta4", lines=(("reviewed_by", "phys"), ("reviewed_by", "md"))):
    p = cx.pt
    name, crit = DEVICES[device]
    rates = passing(cx)
    b = [("p", f"DQA EXPORT\t{MARK}\tfictional"),
         ("kv", [("Pt", f"{p.last},{p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "iso")),
                 ("Device", name), ("Date", fmt_date(cx.day("qa"), "iso"))], ),
         ("table", ["Beam", "Gantry", "DTA/Dose", "GammaPass%", "MedianDev%"],
          [[str(x.num), f"{x.gantry:g}", crit.split(",")[0], f"{r:.1f}", f"{cx.rng.uniform(-1.5, 1.5):+.1f}"]
           for x, r in zip(cx.beams, rates)], "tabs"),
         ("p", "Measurement-based verification complete. " + qa_summary(cx, device, rates=rates))]
    b += [("p", sig(k, _person(cx, w), cx.stamp("qa", 18, 0), role=LABEL[w])) for k, w in lines]
    return b


def second_check(cx, signers=(("label", "phys"), ("label", "md"))):
    """Independent MU calculation only - no measurement."""
    p = cx.pt
    rows = []
    for x in cx.beams:
        calc = x.mu * cx.rng.uniform(0.975, 1.025)
        rows.append([f"{x.num}", f"{x.mu:.1f}", f"{calc:.1f}", f"{100 * (calc - x.mu) / x.mu:+.1f}"])
    b = [("title", "Physics Second Check - Independent Dose/MU Calculation"),
         ("p", f"{cx.clinic}   {MARK} - fictional patient"),
         ("kv", [("Patient", f"{p.first} {p.last}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                 ("Software", "MUcheck 7 (Clarkson-type, independent of the TPS)")]),
         ("table", ["Beam", "TPS MU", "Independent MU", "Diff %"], rows, "ruled"),
         ("p", "All beams agree within the 3 % tolerance. Independent calculation agrees with the TPS; "
               "plan accepted for treatment.")]
    b += [("p", sig(k, _person(cx, w), cx.stamp("qa", 11, 20), role=LABEL[w])) for k, w in signers]
    return b
