"""novel_c chart table: documents per chart and the hand-written expectations.

Expectations are written from the LCD, docs/requirements.md and the documents below; a clinic layout gives
the `met` reasons, and each trap overrides the cells it breaks.
"""
import datetime as dt

import nc_docs_a as A
import nc_docs_b as B

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]

D = dt.date

# ------------------------------------------------------------------ document sets per clinic layout
DOCS = {
    "paragon": [("consult.rtf", A.par_consult), ("rx_order.pdf", A.par_rx), ("aster_plan_report.pdf", A.par_plan),
                ("plan_review.pdf", A.par_review), ("veritas_ring_qa.pdf", A.par_qa), ("treatment_record.txt", A.par_record)],
    "kareo": [("consult_note.pdf", A.kar_consult), ("treatment_order.pdf", A.kar_rx), ("halden_plan_export.txt", A.kar_plan),
              ("plan_review_note.pdf", A.kar_review), ("gammalens_qa.pdf", A.kar_qa), ("qa_review_note.pdf", A.kar_qa_review),
              ("delivery_summary.txt", A.kar_record)],
    "modmed": [("consult_visit.docx", A.mm_consult), ("prescription.docx", A.mm_rx), ("wayfarer_plan.pdf", A.mm_plan),
               ("plan_review_visit.docx", A.mm_review), ("prism4_qa_worksheet.docx", A.mm_qa),
               ("treatment_history.txt", A.mm_record)],
    "elation": [("consult_visit_note.txt", B.el_consult), ("prescription.pdf", B.el_rx), ("orrery_plan.pdf", B.el_plan),
                ("planning_visit_note.txt", B.el_plannote), ("helix3_qa_export.pdf", B.el_qa),
                ("treatment_summary.txt", B.el_record)],
    "expanse": [("consult_note.pdf", B.ex_consult), ("rx_order.pdf", B.ex_rx), ("keel_plan_summary.docx", B.ex_plan),
                ("plan_review_note.pdf", B.ex_review), ("sextant_qa.pdf", B.ex_qa), ("treatment_log.txt", B.ex_record)],
    "dms": [("imrt_necessity_form.docx", B.dms_necessity), ("rx_form.docx", B.dms_rx), ("lantern_plan.pdf", B.dms_plan),
            ("plan_review_form.txt", B.dms_review), ("crossplane_qa_worksheet.docx", B.dms_qa),
            ("outside_treatment_summary_2022.txt", B.dms_prior), ("delivery_record.txt", B.dms_record)],
    "dms3d": [("consult.docx", B.dms_consult3d), ("rx_form.docx", B.dms_rx), ("lantern_plan_3d.pdf", B.dms_plan),
              ("mu_check.txt", B.dms_mucheck), ("delivery_record.txt", B.dms_record)],
}

STYLE = {
    "paragon": "paragon+aster+veritas-ring",
    "kareo": "kareo+halden+gammalens",
    "modmed": "modmed-scribed+wayfarer+prism4",
    "elation": "elation-addenda+orrery+helix3",
    "expanse": "expanse-np-attested+keel+sextant",
    "dms": "dms-forms+lantern+crossplane",
    "dms3d": "dms-forms+lantern-3d",
}


def P(given, mi, family, mrn, dob, sex):
    return dict(given=given, mi=mi, family=family, mrn=mrn, dob=dob, sex=sex)


CHARTS = [
    dict(id="nc01_paragon_authenticated_prostate", clinic="paragon", site="prostate", conds=[1], base=D(2025, 2, 3),
         pt=P("Harold", "J", "Wendt", "95104417", D(1950, 3, 14), "M"),
         desc="Paragon-style hospital documents with a boxed patient band and an 'Electronic Signature(s)' section "
              "('Authenticated: KESSLER, AUGUSTINE R MD (Radiation Oncology) <date> <time> CST'); Aster plan report "
              "(landscape, ruled); Veritas Ring QA with physicist and physician 'Authentication' lines."),
    dict(id="nc02_paragon_qa_not_passed_lung", clinic="paragon", site="lung", conds=[1, 4], base=D(2025, 2, 18),
         pt=P("Loretta", "M", "Szymanski", "95117082", D(1953, 10, 2), "F"), trap="qa_failed",
         desc="Twin layout of nc01. Trap: the only QA (Veritas Ring) composite is below its own 90% action level, "
              "'Overall result: NOT PASSED'; a repeat is only 'to be scheduled'; both roles authenticated it and the "
              "physician wrote 'proceed with treatment as planned'; the same plan is treated."),
    dict(id="nc03_kareo_esigned_oropharynx", clinic="kareo", site="oropharynx", conds=[1, 4], base=D(2025, 3, 3),
         pt=P("Estevan", "R", "Quintana-Lowe", "95123906", D(1962, 5, 27), "M"),
         desc="Tebra/Kareo-style practice PDFs (SOAP consult, order, planning note) closed by 'E-signed by <MD> "
              "(Radiation Oncology) on Mar 3, 2025 at 4:12 PM MST'; Halden TPS key=value TXT export; GammaLens EPID "
              "QA signed by the physicist only, reviewed in a separate signed physician QA note."),
    dict(id="nc04_kareo_gbm_oar_doses_achieved_only", clinic="kareo", site="gbm", conds=[1], base=D(2025, 3, 17),
         pt=P("Bernadette", "A", "Yazzie-Coler", "95130574", D(1958, 7, 2), "F"), trap="achieved_only",
         desc="Twin layout of nc03. Trap: the order gives PTV_6000 60 Gy/30 and 'Normal tissues: to be evaluated on "
              "the plan's dose statistics at plan review'; organ doses appear only as achieved values (Halden "
              "[DOSE_STATISTICS] and the planning note)."),
    dict(id="nc05_modmed_scribed_finalized_pancreas", clinic="modmed", site="pancreas", conds=[2], base=D(2025, 3, 31),
         pt=P("Cornelius", "T", "Ravenel", "95142263", D(1955, 1, 19), "M"),
         desc="ModMed-style DOCX visit notes written by a medical scribe, with a provider attestation and "
              "'Finalized by: <MD> on <date> at <time> EDT'; Wayfarer plan (landscape); Prism4 DOCX QA worksheet "
              "with 'Physicist approval: / Physician approval: Electronically approved by ...'."),
    dict(id="nc06_modmed_review_pending_finalization_rectum", clinic="modmed", site="rectum", conds=[4, 1],
         base=D(2025, 4, 14), pt=P("Adaeze", "N", "Middleton-Obi", "95150819", D(1967, 9, 8), "F"), trap="scribe_pending",
         desc="Twin layout of nc05. Trap: the only image/isodose and DVH review is a scribed planning note with "
              "'Provider attestation: not completed' and 'Finalization status: PENDING PROVIDER REVIEW - routed to "
              "<MD> ...; the note has not been finalized by the provider'."),
    dict(id="nc07_elation_addendum_qa_left_breast", clinic="elation", site="breast", conds=[4, 1], base=D(2025, 4, 28),
         pt=P("Marisa", "K", "Tollefsen", "95163358", D(1961, 8, 22), "F"),
         desc="Elation-style TXT visit notes 'Signed by <MD> on <mm/dd/yyyy> at <h:mm AM> PDT'; the planning note "
              "carries a later ADDENDUM (signed separately, next morning) reviewing the Helix3 QA that the physicist "
              "alone signed; Orrery plan (Times)."),
    dict(id="nc08_elation_isodose_review_deferred_cervix", clinic="elation", site="cervix", conds=[4],
         base=D(2025, 5, 12), pt=P("Rosalind", "E", "Achterkirk", "95178041", D(1972, 12, 5), "F"), trap="isodose_deferred",
         desc="Twin layout of nc07. Trap: the signed planning note says 'Isodose distributions: not yet reviewed on the "
              "planning CT. I will go through them with physics at chart rounds before the first treatment.'; "
              "no later isodose review in the chart (the addendum covers only the QA)."),
    dict(id="nc09_expanse_np_consult_attested_anal", clinic="expanse", site="anal", conds=[4, 2], base=D(2025, 6, 2),
         pt=P("Darlene", "M", "Holloway-Reese", "95184725", D(1956, 4, 19), "F"), np_consult=True,
         desc="MEDITECH Expanse web-style notes (boxed banner, 'Status: Signed', 'Electronically Signed by: <name> on "
              "mm/dd/yy at hhmm'); the consult with the necessity statement is written by a nurse practitioner and "
              "closed by an Attending Attestation 'Electronically Co-Signed by: <MD>'; Keel plan DOCX; Sextant QA "
              "sign-off table (step / signed by / credentials / e-signature / date-time)."),
    dict(id="nc10_expanse_np_only_necessity_prostate_bed", clinic="expanse", site="prostatebed", conds=[1],
         base=D(2025, 6, 16), pt=P("Lyle", "G", "Farnsworth", "95191360", D(1954, 11, 30), "M"), trap="np_necessity",
         desc="Twin layout of nc09. Trap: the physician's own consult leaves the technique open; the only necessity "
              "statement is an 'IMRT Medical Necessity Statement' e-signed by 'Ainsley Frey, APRN, FNP-C' with "
              "'Co-signature: not routed'."),
    dict(id="nc11_dms_forms_spine_reirradiation", clinic="dms", site="spine", conds=[3, 1], base=D(2025, 7, 7),
         pt=P("Ellis", "B", "Westergaard", "95205593", D(1949, 11, 2), "M"),
         desc="Typed forms exported from a document-management system: each file opens with an index band (MRN, "
              "document type, batch/page) and closes with '/s/ <MD>  Signed: 2025-07-07 15:12 CDT' plus a DMS "
              "signature-audit line; Lantern plan (seven static IMRT fields); CrossPlane film + chamber QA with a Role / "
              "Name / Signature / Date table; an outside 2022 treatment summary as a distractor."),
    dict(id="nc12_dms_3d_conformal_acetabulum", clinic="dms3d", site="hip3d", conds=[], base=D(2025, 7, 21),
         pt=P("Gwendolyn", "F", "Oyelaran-Pike", "95212048", D(1959, 6, 11), "F"), trap="3d",
         desc="Deliberate 3D conformal course in the DMS layout: three forward-planned static fields (AP, PA, right "
              "lateral with a wedge); consult 'Intensity modulation is not indicated for this target'; independent MU "
              "calculation only."),
]

TRAP_LABEL = {"qa_failed": "QA below its own action level, NOT PASSED, no passing repeat",
              "achieved_only": "OAR doses only as achieved values; no constraint stated",
              "scribe_pending": "scribed plan review never finalized by the provider",
              "isodose_deferred": "isodose review deferred ('not yet reviewed ... I will go through them')",
              "np_necessity": "necessity statement signed by a nurse practitioner alone",
              "3d": "3D conformal course (not IMRT)"}


# ------------------------------------------------------------------ expectations
def met_whys(ch, x):
    ck = ch["clinic"]
    s = x.s
    tg = ", ".join("%s %g Gy/%d" % (t, d, n) for t, d, n in s["rx"])
    oars = ", ".join(sorted(set(o for o, _ in s["oar"])))
    conds = ch["conds"]
    cw = {1: "close proximity", 2: "narrow margins to protect an immediately adjacent organ", 3: "abutting a previously "
          "irradiated field", 4: "concave/convex target around critical tissue", 5: "dose escalation"}
    cond_txt = "; ".join("%d %s" % (n, cw[n]) for n in conds)
    F = {  # file names per layout: (goals, necessity, review, portal, qa, qa_md)
        "paragon": ("rx_order.pdf", "consult.rtf", "plan_review.pdf", "aster_plan_report.pdf", "veritas_ring_qa.pdf", None),
        "kareo": ("treatment_order.pdf", "consult_note.pdf", "plan_review_note.pdf", "halden_plan_export.txt",
                  "gammalens_qa.pdf", "qa_review_note.pdf"),
        "modmed": ("prescription.docx", "consult_visit.docx", "plan_review_visit.docx", "wayfarer_plan.pdf",
                   "prism4_qa_worksheet.docx", None),
        "elation": ("prescription.pdf", "consult_visit_note.txt", "planning_visit_note.txt", "orrery_plan.pdf",
                    "helix3_qa_export.pdf", "planning_visit_note.txt (ADDENDUM)"),
        "expanse": ("rx_order.pdf", "consult_note.pdf", "plan_review_note.pdf", "keel_plan_summary.docx", "sextant_qa.pdf", None),
        "dms": ("rx_form.docx", "imrt_necessity_form.docx", "plan_review_form.txt", "lantern_plan.pdf",
                "crossplane_qa_worksheet.docx", None),
    }[ck]
    SIG = {
        "paragon": "'Authenticated: KESSLER, AUGUSTINE R MD (Radiation Oncology) <date time>' in the Electronic Signature(s) section",
        "kareo": "'E-signed by Marisol Ybarra-Keane, MD (Radiation Oncology) on <Mon d, yyyy> at <time> MST/MDT'",
        "modmed": "scribed note with the provider attestation and 'Finalized by: Renata Okonkwo-Pryce, MD on <date> at <time> EDT'",
        "elation": "'Signed by Lena Marchetti-Yoon, MD on <date> at <time> PDT'",
        "expanse": "'Electronically Signed by: Thaddeus Brennan-Ruiz, MD on <mm/dd/yy> at <hhmm>'",
        "dms": "'Attending radiation oncologist e-signature: /s/ Gunnar Holmquist, MD  Signed: <ISO date time>' plus the DMS signature audit",
    }[ck]
    if ck == "expanse" and ch.get("np_consult"):
        nec_sig = ("written by Ainsley Frey, APRN, FNP-C, and closed by an 'Attending Attestation' that confirms the IMRT "
                   "recommendation and its rationale, 'Electronically Co-Signed by: Thaddeus Brennan-Ruiz, MD' (the attending's own "
                   "attestation counts)")
    elif ck == "dms":
        nec_sig = SIG.replace("Attending radiation oncologist", "Section B of the typed form; Attending radiation oncologist")
    else:
        nec_sig = SIG
    rx_sig = SIG if ck != "dms" else SIG.replace("Attending radiation oncologist", "Prescribing physician")
    QA = {
        "paragon": "Veritas Ring measurement (%s), every beam and the composite >= 95%% tolerance, 'Overall result: PASSED'; "
                   "'Physicist Authentication: NAKASHIMA-BELL, CORA L MS DABR <date time>' and 'Physician Authentication: "
                   "KESSLER, AUGUSTINE R MD <next morning>', both after the measurement and before the first fraction (%s)",
        "kareo": "GammaLens EPID measurement (%s), all fields >= 95%%, 'Analyzed and signed: Dov Ferreira-Lund, PhD, DABR "
                 "(Medical Physicist)'; the radiation oncologist's signed 'Physician Note - IMRT QA Review' (qa_review_note.pdf, "
                 "next morning) reviews that measurement by date and pass rates; both before the first fraction (%s)",
        "modmed": "Prism4 chamber-array measurement (%s), all arcs above tolerance, 'Overall: PASS'; 'Physicist approval: "
                  "Electronically approved by Ibrahim Castellanos, MS, DABR' and 'Physician approval: Electronically approved by "
                  "Renata Okonkwo-Pryce, MD' (next morning), before the first fraction (%s)",
        "elation": "Helix3 diode measurement (%s), every arc PASS at 3%%/2 mm, 'Physicist: Soren Abernathy-Kwan, PhD, DABR | "
                   "Signed ...'; the radiation oncologist's signed ADDENDUM in planning_visit_note.txt (next morning) reviews "
                   "that QA by date and pass rates; both before the first fraction (%s)",
        "expanse": "Sextant 3D measurement (%s), all beams PASS; sign-off table rows 'Medical physics approval | Wendell Osei-Park "
                   "| MS, DABR | e-signed' and 'Radiation oncologist approval | Thaddeus Brennan-Ruiz | MD | e-signed', dated after "
                   "the measurement and before the first fraction (%s)",
        "dms": "CrossPlane film + ion chamber measurement (%s), every field passes (film gamma >= 95%%, chamber within 3%%); "
               "Role / Name / Signature / Date table with '/s/' cells for the Medical Physicist and the Radiation Oncologist, "
               "dated after the measurement and before the first fraction (%s)",
    }[ck] % (x.T["qa"].isoformat(), x.T["fx1"].isoformat())
    beams = s["beams"]
    if beams[0][1] == "arc":
        portal = "%s: %d VMAT arcs with gantry start/stop and rotation direction (%s)" % (
            F[3], len(beams), ", ".join("%s %d-%d %s" % (b[0], b[2], b[3], b[4]) for b in beams))
    else:
        portal = "%s: %d static IMRT fields with gantry angles (%s)" % (F[3], len(beams), ", ".join(str(b[2]) for b in beams))
    e = {
        "plan-goals-constraints": {"status": ["met"], "why": "%s: prescription %s and an OAR constraint table (%s) with "
                                   "comparators; %s" % (F[0], tg, oars, rx_sig)},
        "necessity-statement": {"status": ["met"], "why": "%s: physician explains why IMRT rather than 3D conformal / "
                                "conventional and names the %s; %s" % (F[1], s["oars_named"], nec_sig)},
        "necessity-criterion": {"status": ["met"], "why": "%s states condition(s) %s" % (F[1], cond_txt), "criteria": list(conds)},
        "image-review": {"status": ["met"], "why": "%s: radiation oncologist's review of the planning CT with isodose lines "
                         "over the targets and critical structures; dated signature %s; after the plan (%s), before the first "
                         "fraction" % (F[2], SIG, x.T["plan"].isoformat())},
        "dvh-review": {"status": ["met"], "why": "%s: DVHs reviewed for every target and the critical structures; same signed "
                       "note" % F[2]},
        "portal-description": {"status": ["met"], "why": portal},
        "dosimetric-verification": {"status": ["met"], "why": "%s: %s" % (F[4], QA)},
        "compensator-design": {"status": ["not_applicable"], "why": "MLC-delivered IMRT/VMAT; no compensator-based IMRT "
                               "anywhere in the chart"},
    }
    if ck == "dms":
        e["necessity-criterion"]["why"] += ("; the 2022 outside summary and the plan-review form's junction line support "
                                            "condition 3")
    return e


def expectations(ch, x):
    trap = ch.get("trap")
    if trap == "3d":
        why = ("3D conformal course: consult, prescription and plan all name a forward-planned three-field 3D conformal "
               "technique (AP, PA, right lateral with a wedge); intensity modulation appears only as 'not indicated'; "
               "physics did an independent MU calculation only. The IMRT LCD checklist does not apply")
        e = {r: {"status": ["not_applicable"], "why": why} for r in REQ}
        e["necessity-criterion"]["criteria"] = []
        return e
    e = met_whys(ch, x)
    if trap == "qa_failed":
        e["dosimetric-verification"] = {"status": ["incomplete"], "why": (
            "veritas_ring_qa.pdf: composite %.1f%% and beams %s below the report's own 90%% action level, 'Overall result: NOT "
            "PASSED'; 'Repeat measurement to be scheduled' but no repeat in the chart; authenticated by physicist and "
            "physician ('proceed with treatment as planned') and the same plan %s is treated from %s. A failed measurement "
            "verifies nothing, signatures notwithstanding" % (x.fail_comp, ", ".join(x.fail_beams), x.s["plan"], x.T["fx1"].isoformat()))}
    elif trap == "achieved_only":
        e["plan-goals-constraints"] = {"status": ["incomplete"], "why": (
            "treatment_order.pdf (signed) gives the target prescription PTV_6000 60 Gy/30 but 'Normal tissues: to be evaluated "
            "on the plan's dose statistics at plan review': no limit for any organ. Organ doses appear only as achieved "
            "values (halden_plan_export.txt [DOSE_STATISTICS] 'achieved, from final dose'; plan_review_note.pdf 'brainstem "
            "Dmax 53.8 Gy ... Acceptable', no comparator). Target only: incomplete")}
        e["dvh-review"]["why"] = ("plan_review_note.pdf: 'Dose-volume histograms: reviewed for PTV_6000 and for the optic "
                                  "chiasm, optic nerves, brainstem and right cochlea' with values; e-signed by the radiation "
                                  "oncologist. (The values are results, which is why the goals cell fails, not this one)")
    elif trap == "scribe_pending":
        w = ("plan_review_visit.docx is the only isodose/DVH review. It was documented by the medical scribe; 'Provider "
             "attestation: not completed' and 'Finalization status: PENDING PROVIDER REVIEW - routed to Renata "
             "Okonkwo-Pryce, MD ...; the note has not been finalized by the provider'. The scribe is not the radiation "
             "oncologist and the physician never signed: incomplete")
        e["image-review"] = {"status": ["incomplete"], "why": w}
        e["dvh-review"] = {"status": ["incomplete"], "why": w + " (same note)"}
    elif trap == "isodose_deferred":
        e["image-review"] = {"status": ["missing"], "why": (
            "planning_visit_note.txt (signed) says 'Isodose distributions: not yet reviewed on the planning CT. I will go "
            "through them with physics at chart rounds before the first treatment.' A negated/future mention; no later "
            "isodose review anywhere (the signed ADDENDUM reviews the QA only). No affirmative evidence: missing")}
    elif trap == "np_necessity":
        e["necessity-statement"] = {"status": ["incomplete"], "why": (
            "np_necessity_statement.rtf is the only necessity statement (why IMRT rather than 3D, names rectum, bladder and "
            "femoral heads), but it is 'Electronically Signed by: Ainsley Frey, APRN, FNP-C' with 'Co-signature: not routed'; "
            "the physician's own consult says 'Technique will be selected after CT simulation'. A nurse practitioner's "
            "signature does not stand in for the radiation oncologist's: incomplete (the documentation exists, the required "
            "role is missing)")}
        e["necessity-criterion"] = {"status": ["incomplete"], "why": (
            "condition 1 (prostate-bed target within 2 mm of the anterior rectal wall) is stated only in the NP-signed "
            "statement; not a signed physician document: incomplete"), "criteria": [1]}
    return e
