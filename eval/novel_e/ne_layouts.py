"""The four release layouts of eval/novel_e (all invented):
  aldric    - St. Aldric: release-of-information chart copy, one PDF packet with cover sheet, running
              header/footer, "Page x of y", each embedded document with its own signature block;
              plus the HIM accounting-of-disclosures line (TXT)
  prairie   - Prairie Hollow: documents printed one by one from an EHR viewer ("Printed by ... on ...",
              CONFIDENTIAL, Page x of y), with version banners (Amended / Corrected copy / Superseded)
  merrimack - Merrimack Valley: fixed-width HIM legal-record extract (TXT) with a document index, plus
              imported PDFs and a printed Word prescription
  penobscot - Penobscot Bay: legal medical record copies (DOCX / RTF) with revision-history tables,
              and a paginated PDF chart copy of plan reports, QA reports and the treatment record
"""
import os

from ne_world import CLINICS, fmt_dt, fmt_date, dob_fmt, full, rng, zone
from ne_text import site, md_sig, phys_name, md_name, technique, qa_results
from ne_docs import consult, prescription, plan_report, plan_review, qa_body, summary, mu_check, is3d
from ne_render import render_pdf, render_docx, render_rtf, render_txt, blocks_to_lines, wrap


def tm(c, key, hour):
    return (hour, rng(c["id"], key).randint(2, 57))


def pname(pt):
    return "%s, %s" % (pt["last"].upper(), pt["first"].upper())


# ============================================================================= St. Aldric ROI packet
def aldric(c, folder):
    cl = "aldric"
    C = CLINICS[cl]
    s, pt, d = site(c), c["pt"], c["d"]
    plan = s["plans"][0]
    pid = plan["pid"]
    md, phys, dosi = full(C["md"]), full(C["phys"]), full(C["dosi"])
    req = c["roi"]
    parts = []
    parts.append(("consult", "Radiation Oncology Consultation", d["consult"], md, consult(c),
                  [md_sig(c, d["consult"], tm(c, "consult", 16))], None))
    parts.append(("rx", "Radiation Prescription (Order)", d["rx"], md, prescription(c),
                  ["Ordering physician: %s" % md, md_sig(c, d["rx"], tm(c, "rx", 10))], None))
    parts.append(("plan", "Treatment Plan Report - %s" % C["tps"], d["plan"][pid], dosi,
                  plan_report(c, plan, C["tps"]), [], None))
    if is3d(c):
        parts.append(("mu", "Independent Monitor Unit Verification", d["plan"][pid], phys, mu_check(c, plan), [], None))
    parts.append(("review", "Physician Plan Review and Approval", d["review"][pid], md, plan_review(c, [plan]),
                  [md_sig(c, d["review"][pid], tm(c, "review", 11))], None))
    if not is3d(c):
        other = c.get("qa_other")
        qa_sigs = ["Medical Physicist: %s   Signed: %s" % (phys, fmt_dt(cl, d["qa"][pid], tm(c, "qa", 17))),
                   "Radiation Oncologist: %s   Signed: %s" % (md, fmt_dt(cl, d["mdqa"][pid], tm(c, "mdqa", 8)))]
        parts.append(("qa", "Patient-Specific IMRT QA Report - %s" % C["qa"], d["qa"][pid], phys,
                      qa_body(c, pid, C["qa"], other=other), qa_sigs, other))
    parts.append(("summary", "Radiation Treatment Summary", d["summary"], md, summary(c),
                  [md_sig(c, d["summary"], tm(c, "summary", 14))], None))

    rel = d["release"]
    cover = [
        ("title", "RELEASE OF INFORMATION - CERTIFIED CHART COPY"),
        ("kv", [("Facility", "%s, %s - %s" % (C["name"], C["city"], C["dept"])),
                ("Request no.", req), ("Request received", fmt_date(cl, d["request"])),
                ("Requester", "Medicare Administrative Contractor - Additional Documentation Request (invented "
                              "contractor, ADR letter on file with HIM)"),
                ("Purpose", "payment review"), ("Record source", C["ehr"]),
                ("Date range", "%s - %s" % (fmt_date(cl, d["consult"]), fmt_date(cl, d["summary"]))),
                ("Patient", "%s   MRN %s   DOB %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"])))]),
        ("h", "Documents included in this copy"),
        ("table", [["#", "Document", "Date of service", "Author", "In this copy"]] +
         [[str(i + 1), p[1], fmt_date(cl, p[2]), p[3], "@@%s@@" % p[0]] for i, p in enumerate(parts)]),
        ("p", "This is a true and complete copy of the documents listed above as maintained in the legal medical "
              "record. Each document is reproduced with its own electronic signature block. SYNTHETIC record for "
              "software testing."),
        ("sig", "Copy prepared by: %s, Release of Information Specialist - %s" % (full(C["him"]), fmt_date(cl, rel))),
    ]
    blocks = [("mark", "cover")] + cover
    for i, (key, title, dd, author, body, sigs, other) in enumerate(parts):
        who = other if other else pt
        blocks += [("break",), ("mark", key),
                   ("banner", "Document %d of %d  |  %s" % (i + 1, len(parts), title)),
                   ("kv", [("Patient", "%s   MRN %s   DOB %s" % (pname(who), who["mrn"], dob_fmt(cl, who["dob"]))),
                           ("Date of service", fmt_date(cl, dd)), ("Author", author),
                           ("Document status", "Final" if sigs or key == "plan" else "Final")])]
        blocks += body
        for sg in sigs:
            blocks.append(("sig", sg))
        blocks.append(("p", "-- end of document %d --" % (i + 1)))
    header = ["ST. ALDRIC MEDICAL CENTER  |  Health Information Management  |  CERTIFIED CHART COPY  |  SYNTHETIC",
              "Patient: %s    MRN: %s    DOB: %s    ROI request: %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]), req)]
    footer = ("CONFIDENTIAL - released %s under %s; redisclosure prohibited.                              "
              "Page {page} of {total}" % (fmt_date(cl, rel), req))
    total = render_pdf(blocks, os.path.join(folder, "roi_chart_copy_%s.pdf" % req.lower()), header=header, footer=footer)

    log = [
        "ST. ALDRIC MEDICAL CENTER - HIM ACCOUNTING OF DISCLOSURES            %s      SYNTHETIC" % C["ehr"],
        "PATIENT: %-30s MRN: %s   DOB: %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"])),
        "",
        "%-14s %-10s %-10s %-34s %-14s %-5s %s" % ("REQUEST", "RECEIVED", "RELEASED", "RECIPIENT", "PURPOSE", "PAGES", "METHOD"),
        "%-14s %-10s %-10s %-34s %-14s %-5s %s" % ("-" * 14, "-" * 10, "-" * 10, "-" * 34, "-" * 14, "-" * 5, "-" * 12),
        "%-14s %-10s %-10s %-34s %-14s %-5d %s" % (req, fmt_date(cl, d["request"]), fmt_date(cl, rel),
                                                   "MAC ADR reviewer (invented)", "Payment review", total, "Portal upload"),
        "",
        "ITEMS RELEASED: " + "; ".join(p[1] for p in parts),
        "RELEASED BY: %s, ROI SPECIALIST" % full(C["him"]).upper(),
        "This log is an HIM disclosure record; it is not part of the clinical documentation.",
    ]
    render_txt(log, os.path.join(folder, "him_disclosure_log.txt"))
    return ["roi_chart_copy_%s.pdf" % req.lower(), "him_disclosure_log.txt"]


# ======================================================================== Prairie Hollow viewer prints
def _prairie_pdf(c, folder, fname, title, meta, body, sigs, banner=None):
    cl = "prairie"
    C = CLINICS[cl]
    pt = c["pt"]
    pr = c["d"]["release"]
    hdr = ["Printed by: KBOLLINGER (%s) on %s from %s" % (full(C["him"]), fmt_dt(cl, pr, (10, 41)), C["ehr"]),
           "CONFIDENTIAL - protected health information - SYNTHETIC RECORD - %s" % C["name"]]
    foot = "%s  |  MRN %s  |  DOB %s  |  %s  |  Page {page} of {total}" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]), title)
    blocks = []
    if banner:
        blocks.append(("banner", banner))
    blocks += [("title", title), ("kv", meta)] + body + [("sig", x) for x in sigs]
    render_pdf(blocks, os.path.join(folder, fname), header=hdr, footer=foot)
    return fname


def prairie(c, folder):
    cl = "prairie"
    C = CLINICS[cl]
    s, pt, d = site(c), c["pt"], c["d"]
    plan = s["plans"][0]
    pid = plan["pid"]
    md, phys = full(C["md"]), full(C["phys"])
    files = []

    def meta(doc, dd, author, ver="1 of 1 (current)", status="Signed"):
        return [("Document", doc), ("Service date", fmt_date(cl, dd)), ("Author", author),
                ("Version", ver), ("Status", status)]

    files.append(_prairie_pdf(c, folder, "01_consult_note.pdf", "Radiation Oncology Consult",
                              meta("Consult - Radiation Oncology", d["consult"], md), consult(c),
                              [md_sig(c, d["consult"], tm(c, "consult", 15))]))
    # prescription: one version, or the ne05 pair (signed v1 superseded by an unsigned corrected copy)
    if c.get("rx_corrected_unsigned"):
        v1d, v2d = d["rx"], d["rx_v2"]
        files.append(_prairie_pdf(
            c, folder, "02a_prescription_v1_superseded.pdf", "Radiation Prescription",
            meta("Radiation Prescription", v1d, md, "1 of 2 - SUPERSEDED", "Signed (superseded)"),
            prescription(c, version="v1_error"), [md_sig(c, v1d, tm(c, "rx", 9))],
            banner="SUPERSEDED - replaced by version 2 (Corrected copy) on %s. Printed for the legal record only." %
                   fmt_dt(cl, v2d, tm(c, "rxv2", 13))))
        body = [("p", "CORRECTED COPY - supersedes version 1. Correction: fractionation corrected to 30 fractions "
                      "(version 1 listed 27) and the full organ-at-risk constraint set added.")] + prescription(c)
        files.append(_prairie_pdf(
            c, folder, "02b_prescription_v2_corrected_copy.pdf", "Radiation Prescription - Corrected copy",
            meta("Radiation Prescription", v2d, md, "2 of 2 - CORRECTED COPY (current)", "Pending signature"),
            body, ["Corrected copy entered by: %s (Dosimetrist) on %s" % (full(C["dosi"]), fmt_dt(cl, v2d, tm(c, "rxv2", 13))),
                   "Provider signature: ______________________   Date/time: ______________",
                   "Awaiting authentication by %s" % md]))
    else:
        files.append(_prairie_pdf(c, folder, "02_prescription.pdf", "Radiation Prescription",
                                  meta("Radiation Prescription", d["rx"], md), prescription(c),
                                  [md_sig(c, d["rx"], tm(c, "rx", 9))]))
    files.append(_prairie_pdf(c, folder, "03_plan_report.pdf", "Plan Report - %s" % C["tps"],
                              meta("Treatment plan report (imported from %s)" % C["tps"], d["plan"][pid],
                                   full(C["dosi"]), status="Final"),
                              plan_report(c, plan, C["tps"]), []))
    # plan review: one version, or ne04's amended pair
    rv = d["review"][pid]
    if c.get("review_amended"):
        v2 = d["review_v2"]
        files.append(_prairie_pdf(
            c, folder, "04a_plan_review_v1_superseded.pdf", "Physician Plan Review",
            meta("Physician Plan Review", rv, md, "1 of 2 - SUPERSEDED", "Signed (superseded by amendment)"),
            plan_review(c, [plan], variant="no_optics"), [md_sig(c, rv, tm(c, "review", 11))],
            banner="SUPERSEDED - an amended version (version 2) was signed on %s." % fmt_dt(cl, v2, tm(c, "rv2", 8))))
        body = [("p", "AMENDED - version 2 replaces version 1. Reason for amendment: the isodose and DVH review of the "
                      "optic chiasm and optic nerves was left out of version 1 and is added here.")] + plan_review(c, [plan])
        files.append(_prairie_pdf(
            c, folder, "04b_plan_review_v2_amended.pdf", "Physician Plan Review - Amended",
            meta("Physician Plan Review", rv, md, "2 of 2 - AMENDED (current)", "Signed"),
            body, ["Amended by Rosalind Achterberg, MD on %s" % fmt_dt(cl, v2, tm(c, "rv2", 8)),
                   md_sig(c, v2, tm(c, "rv2", 8))]))
    else:
        body = plan_review(c, [plan])
        sigs = [md_sig(c, rv, tm(c, "review", 11))]
        if c.get("qa_addendum"):
            mq = d["mdqa"][pid]
            res, comp = qa_results(c, pid)
            sigs += ["", "ADDENDUM - %s" % fmt_dt(cl, mq, tm(c, "mdqa", 8)),
                     "Patient-specific QA for %s reviewed: %s measured on %s, composite gamma %.1f%% at 3%%/2 mm "
                     "(tolerance 95%%, action level 90%%), every field passing (lowest %.1f%%). I accept the measured "
                     "verification and the plan may be treated." % (pid, C["qa"], fmt_date(cl, d["qa"][pid]), comp,
                                                                    min(v for _, v in res)),
                     md_sig(c, mq, tm(c, "mdqa", 8))]
        files.append(_prairie_pdf(c, folder, "04_plan_review.pdf", "Physician Plan Review",
                                  meta("Physician Plan Review", rv, md,
                                       "1 of 1 (current) - addendum attached" if c.get("qa_addendum") else "1 of 1 (current)"),
                                  body, sigs))
    # QA
    q = d["qa"][pid]
    rows = [["Role", "Name", "Signature", "Date/time"],
            ["Medical Physicist", phys, "e-signed G. Strand", fmt_dt(cl, q, tm(c, "qa", 17))]]
    if not c.get("qa_addendum"):
        rows.append(["Radiation Oncologist", md, "e-signed R. Achterberg", fmt_dt(cl, d["mdqa"][pid], tm(c, "mdqa", 8))])
    files.append(_prairie_pdf(c, folder, "05_imrt_qa_report.pdf", "Patient-Specific IMRT QA",
                              meta("Physics - IMRT QA", q, phys, status="Final"),
                              qa_body(c, pid, C["qa"]) + [("h", "Sign-off"), ("table", rows)], []))
    # summary as a text print from the viewer
    lines = ["Printed by: KBOLLINGER (%s) on %s from %s" % (full(C["him"]), fmt_dt(cl, d["release"], (10, 44)), C["ehr"]),
             "CONFIDENTIAL - protected health information - SYNTHETIC RECORD",
             "%s   MRN %s   DOB %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"])),
             "Document: Radiation Treatment Summary   Version: 1 of 1 (current)   Status: Signed", ""]
    lines += blocks_to_lines(summary(c))
    lines += ["", md_sig(c, d["summary"], tm(c, "summary", 14)), "", "Page 1 of 1"]
    render_txt(lines, os.path.join(folder, "06_treatment_summary.txt"))
    files.append("06_treatment_summary.txt")
    return files


# ==================================================================== Merrimack Valley HIM extract
def merrimack(c, folder):
    cl = "merrimack"
    C = CLINICS[cl]
    s, pt, d = site(c), c["pt"], c["d"]
    plan = s["plans"][0]
    pid = plan["pid"]
    mdp, res = C["md"], C["resident"]
    md_caps = "%s, %s %s %s" % (mdp[1].upper(), mdp[0].upper(), mdp[3], mdp[2])
    res_caps = "%s, %s %s %s" % (res[1].upper(), res[0].upper(), res[3], res[2])
    base = int(rng(c["id"], "docid").randint(7710000, 7790000))
    W = 92

    docs = []   # (doc_id, type, svc, status, author, auth_dt, body_lines, footer_lines)
    # consult
    if c.get("resident_consult"):
        ct = tm(c, "consult", 17)
        foot = ["AUTHENTICATED BY: %s (RESIDENT, PGY-4, RADIATION ONCOLOGY)   ON: %s" % (res_caps, fmt_dt(cl, d["consult"], ct)),
                "COSIGNATURE REQUIRED: %s (ATTENDING)  --  STATUS: NOT RECEIVED" % md_caps]
        docs.append(("RO-%d" % base, "RAD ONC CONSULTATION", d["consult"], "CSREQ", res_caps[:22],
                     fmt_dt(cl, d["consult"], ct)[:16], consult(c), foot))
    else:
        ct = tm(c, "consult", 16)
        docs.append(("RO-%d" % base, "RAD ONC CONSULTATION", d["consult"], "AUTH", md_caps[:22],
                     fmt_dt(cl, d["consult"], ct)[:16], consult(c), [md_sig(c, d["consult"], ct)]))
    rv = d["review"][pid]
    if c.get("review_dbnr"):
        dt1, dt2 = tm(c, "review", 11), tm(c, "trans", 14)
        foot = ["DICTATED BY: %s   DICTATED: %s" % (md_caps, fmt_dt(cl, rv, dt1)),
                "TRANSCRIBED BY: JT/4471   TRANSCRIBED: %s" % fmt_dt(cl, rv, dt2),
                "*** DICTATED BUT NOT READ - THIS REPORT HAS NOT BEEN AUTHENTICATED BY THE DICTATING PHYSICIAN ***"]
        docs.append(("RO-%d" % (base + 311), "RAD ONC PLAN REVIEW", rv, "DICT-NR", md_caps[:22], "", plan_review(c, [plan]), foot))
    else:
        rt = tm(c, "review", 11)
        docs.append(("RO-%d" % (base + 311), "RAD ONC PLAN REVIEW", rv, "AUTH", md_caps[:22],
                     fmt_dt(cl, rv, rt)[:16], plan_review(c, [plan]),
                     ["DICTATED BY: %s   DICTATED: %s" % (md_caps, fmt_dt(cl, rv, (rt[0] - 1, rt[1]))),
                      md_sig(c, rv, rt)]))
    st = tm(c, "summary", 15)
    docs.append(("RO-%d" % (base + 958), "RAD ONC TREATMENT SUMMARY", d["summary"], "AUTH", md_caps[:22],
                 fmt_dt(cl, d["summary"], st)[:16], summary(c), [md_sig(c, d["summary"], st)]))

    run = d["release"]
    L = ["LEDGERLINE HIM (invented) - LEGAL MEDICAL RECORD EXTRACT".ljust(W - 16) + "*** SYNTHETIC ***",
         "FACILITY : %-48s RUN: %s" % ("%s, %s" % (C["name"].upper(), C["city"].upper()), fmt_dt(cl, run, (7, 2))),
         "REQUEST  : %-48s OPERATOR: HIM\\RGOULET" % ("%s (PAYER AUDIT)" % c["roi"]),
         "PATIENT  : %-30s MRN: %s   DOB: %s   SEX: %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]), pt["sex"]),
         "=" * W,
         "%-3s %-10s %-26s %-10s %-6s %-22s %-16s" % ("SEQ", "DOC ID", "DOC TYPE", "SVC DATE", "STATUS", "AUTHOR", "AUTH DATE/TIME"),
         "%-3s %-10s %-26s %-10s %-6s %-22s %-16s" % ("---", "-" * 10, "-" * 26, "-" * 10, "-" * 6, "-" * 22, "-" * 16)]
    for i, dc in enumerate(docs):
        L.append("%03d %-10s %-26s %-10s %-6s %-22s %-16s" % (i + 1, dc[0], dc[1], dc[2].isoformat(), dc[3], dc[4], dc[5]))
    L += ["STATUS KEY: AUTH=AUTHENTICATED  CSREQ=COSIGNATURE REQUIRED  DICT-NR=DICTATED, NOT READ",
          "RELEASED SEPARATELY: RADIATION PRESCRIPTION (PRINTED COPY), PLAN REPORT AND IMRT QA REPORT (IMPORTED PDF)",
          "=" * W]
    for i, dc in enumerate(docs):
        body = blocks_to_lines(dc[6], width=W)
        L += ["", "-" * W,
              "SEQ %03d | %s | %s | SVC %s | STATUS %s" % (i + 1, dc[0], dc[1], dc[2].isoformat(), dc[3]),
              "PATIENT: %s   MRN: %s" % (pname(pt), pt["mrn"]),
              "-" * W] + body + [""] + dc[7]
    L += ["", "=" * W, "*** END OF EXTRACT - %d DOCUMENTS - MRN %s - SYNTHETIC ***" % (len(docs), pt["mrn"])]
    render_txt(L, os.path.join(folder, "ledgerline_extract_%s.txt" % c["roi"].lower()), crlf=True)
    files = ["ledgerline_extract_%s.txt" % c["roi"].lower()]

    # printed Word prescription
    rxt = tm(c, "rx", 10)
    rx = [("p", "Ledgerline HIM (invented) - PRINTED COPY of an OIS order - SYNTHETIC"),
          ("p", "%s   MRN: %s   DOB: %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]))),
          ("title", "RADIATION PRESCRIPTION"),
          ("kv", [("Order date", fmt_date(cl, d["rx"])), ("Diagnosis", s["dx"]), ("Ordering physician", md_name(cl))])]
    rx += prescription(c)
    rx += [("sig", "Approved by: %s (Radiation Oncologist)   %s" % ("Claire M. Duchesne, MD", fmt_dt(cl, d["rx"], rxt))),
           ("p", "Printed %s by HIM\\RGOULET - page 1 of 1" % fmt_dt(cl, run, (7, 5)))]
    render_docx(rx, os.path.join(folder, "radiation_prescription_printed.docx"))
    files.append("radiation_prescription_printed.docx")

    def imported(fname, docid, title, dd, body):
        hdr = ["MERRIMACK VALLEY CANCER CENTER  -  Ledgerline HIM imported document  -  SYNTHETIC",
               "%s   MRN %s   DOB %s   DOC ID %s   %s" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]), docid, title)]
        foot = "Imported %s by HIM\\RGOULET  |  released under %s  |  Image {page} of {total}" % (fmt_date(cl, dd), c["roi"])
        render_pdf([("title", title)] + body, os.path.join(folder, fname), header=hdr, footer=foot, serif=True)
        files.append(fname)

    imported("plan_report_%s.pdf" % pid.lower(), "RO-%d" % (base + 207), "Kittiwake Plan (invented) - Plan Summary",
             d["plan"][pid], plan_report(c, plan, C["tps"]))
    q, mq = d["qa"][pid], d["mdqa"][pid]
    qa = qa_body(c, pid, C["qa"]) + [
        ("h", "Review and approval"),
        ("sig", "Verified by: %s (Medical Physicist)   %s" % (phys_name(cl), fmt_dt(cl, q, tm(c, "qa", 18)))),
        ("sig", "Approved by: Claire M. Duchesne, MD (Radiation Oncologist)   %s" % fmt_dt(cl, mq, tm(c, "mdqa", 8)))]
    imported("imrt_qa_%s.pdf" % pid.lower(), "RO-%d" % (base + 402), "Halyard ArcScan (invented) - Patient QA Report", q, qa)
    return files


# ====================================================================== Penobscot Bay legal copies
def _legal_head(c, doc, ver, status, history):
    cl = "penobscot"
    C = CLINICS[cl]
    pt = c["pt"]
    pr = c["d"]["release"]
    return [("p", "PENOBSCOT BAY REGIONAL HOSPITAL - %s" % C["dept"]),
            ("p", "LEGAL MEDICAL RECORD COPY - printed %s by HIM\\mlarrabee (%s) - SYNTHETIC" %
             (fmt_dt(cl, pr, (8, 12)), C["ehr"])),
            ("kv", [("Patient", pname(pt)), ("MRN", pt["mrn"]), ("DOB", dob_fmt(cl, pt["dob"])), ("Document", doc),
                    ("Version", ver), ("Status", status)]),
            ("table", [["Ver", "Action", "Date/time", "User"]] + history)]


def penobscot(c, folder):
    cl = "penobscot"
    C = CLINICS[cl]
    s, pt, d = site(c), c["pt"], c["d"]
    md, phys, dosi = full(C["md"]), full(C["phys"]), full(C["dosi"])
    user_md = "%s (Radiation Oncology)" % md
    files = []
    # consult (RTF)
    ct = tm(c, "consult", 15)
    b = _legal_head(c, "Radiation Oncology Consultation", "1 of 1 (current)", "Authenticated",
                    [["1", "Created", fmt_dt(cl, d["consult"], (ct[0] - 2, ct[1])), user_md],
                     ["1", "Authenticated", fmt_dt(cl, d["consult"], ct), user_md]])
    b += [("title", "Radiation Oncology Consultation")] + consult(c) + [("sig", md_sig(c, d["consult"], ct)),
                                                                      ("p", "-- End of document -- Page 1 of 1 --")]
    render_rtf(b, os.path.join(folder, "consultation_legal_copy.rtf"))
    files.append("consultation_legal_copy.rtf")
    # prescription (DOCX)
    rt = tm(c, "rx", 10)
    b = _legal_head(c, "Radiation Prescription and Dose Constraints", "1 of 1 (current)", "Authenticated",
                    [["1", "Created", fmt_dt(cl, d["rx"], (rt[0] - 1, rt[1])), "%s (Dosimetrist)" % dosi],
                     ["1", "Authenticated", fmt_dt(cl, d["rx"], rt), user_md]])
    b += [("title", "Radiation Prescription")] + prescription(c) + [("sig", md_sig(c, d["rx"], rt)),
                                                                   ("p", "-- End of document -- Page 1 of 1 --")]
    render_docx(b, os.path.join(folder, "prescription_legal_copy.docx"))
    files.append("prescription_legal_copy.docx")
    # planning notes
    for plan in s["plans"]:
        pid = plan["pid"]
        rv = d["review"][pid]
        rt = tm(c, "review" + pid, 11)
        if c.get("review_corrected"):
            v2 = d["review_v2"]
            rt2 = tm(c, "rv2", 9)
            hist = [["1", "Created", fmt_dt(cl, rv, (rt[0] - 1, rt[1])), user_md],
                    ["1", "Authenticated", fmt_dt(cl, rv, rt), user_md],
                    ["2", "Corrected copy created", fmt_dt(cl, v2, (rt2[0], max(rt2[1] - 1, 0))), user_md],
                    ["2", "Authenticated", fmt_dt(cl, v2, rt2), user_md]]
            b = _legal_head(c, "Treatment Planning Note - %s" % pid, "1 of 2 - SUPERSEDED by corrected copy",
                            "Authenticated (superseded)", hist[:2] + [["2", "Corrected copy - see version 2", fmt_dt(cl, v2, rt2), user_md]])
            b += [("banner", "SUPERSEDED - printed for the legal record; the corrected copy (version 2) is current"),
                  ("title", "Treatment Planning Note")] + plan_review(c, [plan], variant="wrong_side") + \
                 [("sig", md_sig(c, rv, rt)), ("p", "-- End of document -- Page 1 of 1 --")]
            render_docx(b, os.path.join(folder, "planning_note_v1_superseded.docx"))
            files.append("planning_note_v1_superseded.docx")
            b = _legal_head(c, "Treatment Planning Note - %s" % pid, "2 of 2 - CORRECTED COPY (current)", "Authenticated", hist)
            b += [("title", "Treatment Planning Note - Corrected copy"),
                  ("p", "Correction: version 1 named the right brachial plexus in the isodose paragraph; the structure "
                        "reviewed is the left brachial plexus. No other change.")] + plan_review(c, [plan]) + \
                 [("sig", md_sig(c, v2, rt2)), ("p", "-- End of document -- Page 1 of 1 --")]
            render_docx(b, os.path.join(folder, "planning_note_v2_corrected_copy.docx"))
            files.append("planning_note_v2_corrected_copy.docx")
        else:
            b = _legal_head(c, "Treatment Planning Note - %s" % pid, "1 of 1 (current)", "Authenticated",
                            [["1", "Created", fmt_dt(cl, rv, (rt[0] - 1, rt[1])), user_md],
                             ["1", "Authenticated", fmt_dt(cl, rv, rt), user_md]])
            b += [("title", "Treatment Planning Note - %s" % pid)] + plan_review(c, [plan]) + \
                 [("sig", md_sig(c, rv, rt)), ("p", "-- End of document -- Page 1 of 1 --")]
            fn = "planning_note_%s.docx" % pid.lower()
            render_docx(b, os.path.join(folder, fn))
            files.append(fn)
    # chart copy PDF: plan reports, QA reports, treatment record
    blocks = []
    for plan in s["plans"]:
        pid = plan["pid"]
        blocks += [("banner", "Plan report - %s - %s" % (pid, C["tps"]))] + plan_report(c, plan, C["tps"]) + [("break",)]
    for plan in s["plans"]:
        pid = plan["pid"]
        q, mq = d["qa"][pid], d["mdqa"][pid]
        unsigned = pid in c.get("qa_unsigned", ())
        if unsigned:
            rows = [["Role", "Name", "Signature", "Date/time"],
                    ["Medical Physicist", "", "", ""], ["Radiation Oncologist", "", "", ""]]
            status = "Report status: PRELIMINARY - awaiting physics and physician approval"
        else:
            rows = [["Role", "Name", "Signature", "Date/time"],
                    ["Medical Physicist", phys, "/s/ Casimir Nowak", fmt_dt(cl, q, tm(c, "qa" + pid, 18))],
                    ["Radiation Oncologist", md, "/s/ Imogen Thackeray-Wells", fmt_dt(cl, mq, tm(c, "mdqa" + pid, 8))]]
            status = "Report status: APPROVED"
        body = qa_body(c, pid, C["qa"])
        if unsigned:
            body[-1] = ("p", "Analysis complete; all beams and the composite are above the 95% tolerance. Report "
                             "routed for approval.")
        blocks += [("banner", "Patient-specific IMRT QA - %s - %s" % (pid, C["qa"])), ("p", status)] + body + \
                  [("h", "Approval"), ("table", rows), ("break",)]
    blocks += [("banner", "Radiation treatment record")] + summary(c, with_log=len(s["plans"]) > 1) + \
              [("sig", md_sig(c, d["summary"], tm(c, "summary", 13)))]
    hdr = ["PENOBSCOT BAY REGIONAL HOSPITAL  |  LEGAL MEDICAL RECORD COPY  |  printed %s by HIM\\mlarrabee" %
           fmt_dt(cl, d["release"], (8, 15)),
           "Radiation oncology planning and physics records (%s export)  |  SYNTHETIC" % C["ehr"]]
    foot = "Patient %s  |  MRN %s  |  DOB %s  |  Page {page} of {total}" % (pname(pt), pt["mrn"], dob_fmt(cl, pt["dob"]))
    render_pdf(blocks, os.path.join(folder, "chart_copy_planning_physics.pdf"), header=hdr, footer=foot)
    files.append("chart_copy_planning_physics.pdf")
    return files


LAYOUT = {"aldric": aldric, "prairie": prairie, "merrimack": merrimack, "penobscot": penobscot}
