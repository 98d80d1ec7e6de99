"""Forms: DOCX Yes/No checklists, the necessity worksheet, a [x]/[ ] text checklist,
a prescription order and a fax wrapper."""
from __future__ import annotations

from _ho_model import MARK, fmt_date
from _ho_qa import LABEL, _person
from _ho_words import sig, sig_row


def yes_no_form(cx, title, items, sigrows, layout="cols", intro="", ds="us0"):
    """items: [(text, 'Yes'|'No'|'')]. layout 'cols' -> Item | Yes | No | Comment with an X;
    'answer' -> Item | Response. sigrows: [(who, cell, dated)]."""
    p = cx.pt
    dob = fmt_date(p.dob, "dmy" if ds in ("uk", "dot") else ds)     # never an ambiguous dd/mm birth date
    b = [("title", title), ("p", f"{cx.clinic}   -   {MARK} FORM (fictional patient)"),
         ("table", None, [["Patient", f"{p.first} {p.last}", "MRN", p.mrn],
                          ["DOB", dob, "Site", cx.site.label.split(",")[0]]], "ruled")]
    if intro:
        b.append(("p", intro))
    if layout == "cols":
        rows = [[t, "X" if a == "Yes" else "", "X" if a == "No" else "", ""] for t, a in items]
        b.append(("table", ["Item", "Yes", "No", "Comment"], rows, "ruled"))
    else:
        b.append(("table", ["Item", "Response"], [[t, a] for t, a in items], "ruled"))
    b += [("h", "Sign-off"),
          ("table", ["Role", "Name", "Signature", "Date"],
           [sig_row(LABEL[w], _person(cx, w), cell, cx.day("review") if dated else None, ds)
            for w, cell, dated in sigrows], "ruled")]
    return b


LCD_CONDITIONS = [
    "1. Target in close proximity to critical structures that must be protected",
    "2. Volume of interest covered with narrow margins to protect immediately adjacent structures",
    "3. Immediately adjacent area previously irradiated; abutting portals need high precision",
    "4. Concave or convex target with critical normal tissue within or around it",
    "5. Dose escalation beyond doses commonly used with conventional treatment",
]


def necessity_form(cx, yes=(1,), statement="", oars="", sigrows=(("md", "esig", True),), ds="us0"):
    p = cx.pt
    rows = [[c, "X" if i + 1 in yes else "", "" if i + 1 in yes else "X"] for i, c in enumerate(LCD_CONDITIONS)]
    b = [("title", "IMRT Medical Necessity Worksheet"),
         ("p", f"{cx.clinic}   {MARK} - fictional"),
         ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "iso"))]),
         ("table", ["LCD condition", "Yes", "No"], rows, "ruled")]
    if oars:
        b.append(("kv", [("Critical structures at risk", oars)]))
    if statement:
        b.append(("kv", [("Physician statement", statement)]))
    b += [("table", ["Role", "Name", "Signature", "Date"],
           [sig_row(LABEL[w], _person(cx, w), cell, cx.day("sim") if dated else None, ds)
            for w, cell, dated in sigrows],
           "ruled")]
    return b


def bracket_checklist(cx, title, items, sig_kind="signed_uk"):
    """Plain-text checklist: items [(text, True|False)] -> '[x] text' / '[ ] text'."""
    p = cx.pt
    b = [("p", f"{cx.clinic}\t{MARK} - fictional patient"),
         ("kv", [("Name", f"{p.first} {p.last}"), ("Hospital no.", p.mrn), ("DOB", fmt_date(p.dob, "long"))]),
         ("title", title)]
    b.append(("p", "\n".join(f"[{'x' if ok else ' '}] {t}" for t, ok in items)))
    b.append(("p", sig(sig_kind, cx.md, cx.stamp("review", 12, 40), role="Radiation Oncologist")))
    return b


def rx_order(cx, sig_kind="esig_by"):
    """Prescription order with normal-tissue limits."""
    p = cx.pt
    rows = [[n, f"{d:g} Gy", str(f), f"{d / f:.2f} Gy"] for n, d, f in cx.site.targets]
    lim = [[n, c] for n, c in cx.site.constraints]
    return [("title", "Radiation Therapy Prescription"),
            ("p", f"{MARK} - fictional patient - {cx.clinic}"),
            ("kv", [("Patient", f"{p.last}, {p.first}"), ("MRN", p.mrn), ("DOB", fmt_date(p.dob, "us0")),
                    ("Modality", f"IMRT, {cx.site.energy} photons")]),
            ("table", ["Target", "Total dose", "Fractions", "Dose/fraction"], rows, "ruled"),
            ("h", "Normal tissue dose limits"),
            ("table", ["Organ at risk", "Limit"], lim, "ruled"),
            ("p", sig(sig_kind, cx.md, cx.stamp("sim", 17, 0)))]


def fax(cx, inner, pages_note="2"):
    """Fax: cover page (text) + the inner document on page 2 (made image-only by the caller)."""
    p = cx.pt
    return [("title", "FAX TRANSMITTAL"),
            ("p", f"{MARK} - fictional patient\nFrom: Sunhaven Satellite Clinic\nTo: {cx.clinic}"),
            ("kv", [("Re", f"{p.first} {p.last}  MRN {p.mrn}"), ("Pages", f"{pages_note} including cover")]),
            ("p", "Confidential health information enclosed. If received in error please call the sender."),
            ("page",)] + inner


def faxed_rx(cx):
    """Fax whose page 2 carries the prescription order (pass image_pages=(2,) to make it a scan)."""
    return fax(cx, rx_order(cx))
