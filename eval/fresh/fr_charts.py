"""The chart table: documents and hand-written expectations."""
import datetime as dt
import fr_docs as F
from fr_sites import SITES

REQ = ["plan-goals-constraints", "necessity-statement", "necessity-criterion", "image-review", "dvh-review",
       "portal-description", "dosimetric-verification", "compensator-design"]

COND_NAME = {1: "close proximity to critical structures", 2: "narrow margins to protect immediately adjacent structures",
             3: "adjacent area previously irradiated, abutting portals", 4: "concave target with critical tissue around it",
             5: "dose escalation beyond conventional doses"}

SIGLAYOUT = {
    "uk": "'Sign-off: Dr I. R. Ashcombe (Consultant Clinical Oncologist), MB BS, FRCR -- <ordinal date>, hh:mm GMT/BST'",
    "ie": "'Verified and signed: Dr Aoife Ni Bhriain, MB BCh BAO, FFRRCSI, Consultant Radiation Oncologist -- yyyy.mm.dd hh:mm'",
    "au": "'E-Signature: Dr P. Venkataraman FRANZCR (Radiation Oncologist) | Date: dd-Mon-yyyy hh:mm AEDT'",
    "ca": "'Verified and signed by Dr. E. Bouchard-Lavoie, MD, FRCPC (Radiation Oncologist) -- yyyy/mm/dd hh:mm'",
    "acad": "'Verified and signed: Marcus Oyelaran-Whitby, MD (Attending Radiation Oncologist) -- <Month d, yyyy at h:mm AM/PM CST>'; on fellow-written notes the fellow's line plus an 'Attending attestation' block ending 'Attending: Marcus Oyelaran-Whitby, MD -- Verified and signed <date time>'",
    "es": "'Firmado electronicamente / Electronically signed: Lucia Ferrer Ibanez, MD (Radiation Oncology) -- dd/mm/yyyy hh:mm'",
    "fr": "'Validated and signed by Dr H. Marchetti-Roux, MD (Radiation Oncologist / oncologue radiotherapeute) on dd/mm/yyyy at HHhMM'",
    "smart": "'E-Signature: Nathaniel Brightwater, MD | Date: mm/dd/yyyy hh:mm'",
    "fax": "'Transcription verified and signed by Ingrid Halvorsen-Mbeki, MD (Radiation Oncology) on dd-Mon-yyyy hh:mm'",
    "twocol": "two-column sign-off block ('RADIATION ONCOLOGIST / Signed: Ximena Ortega-Fairbanks, MD / Date/time: ...')",
}
PHYSLAYOUT = {
    "uk": "'Authorised electronically by Dr T. Wielgosz, PhD, MIPEM (Clinical Scientist, Radiotherapy Physics)' on a patient-specific QA report",
    "ie": "'Verified and signed: Cathal O Murchu, MSc, MIPEM, Principal Physicist'",
    "au": "'E-Signature: L. O'Driscoll MSc, DABR (Medical Physicist)'",
    "ca": "'Verified and signed by N. Tremblay, PhD, MCCPM (Medical Physicist)'",
    "acad": "'Verified and signed: Gabriel Estevez, PhD, DABR (Medical Physicist)'",
    "es": "'Firmado electronicamente: Joaquin Arrieta Solis, PhD (Radiofisico / Medical Physicist)'",
    "fr": "'Validated and signed by A. Lefebvre-Daumal, PhD (Medical Physicist / physicien medical)'",
    "smart": "'E-Signature: Rosalind Achterhof, MS, DABR'",
    "fax": "'Transcription verified and signed by Oren Castellano, MS, DABR (Medical Physicist)'",
    "twocol": "two-column sign-off, left column 'MEDICAL PHYSICIST / Signed: Desmond Okonkwo-Hale, PhD, DABR'",
}


def D(fname, builder, **kw):
    return (fname, builder, kw)


def E(status, why, criteria=None):
    if isinstance(status, str):
        status = [status]
    e = {"status": status, "why": why}
    if criteria is not None:
        e["criteria"] = criteria
    return e


def Pt(family, given, mrn, dob, sex="F"):
    return dict(family=family, given=given, mrn=mrn, dob=dt.date(*dob), sex=sex)


def defaults(ch):
    """the 'met' reading of a chart's ordinary documents, written per chart from its layout"""
    k = ch["clinic"]
    s = SITES[ch["site"]]
    docs = {b.__name__: f for f, b, kw in ch["docs"]}
    tg = ch.get("targets") or s["targets"]
    beams = ch.get("beams") or s["beams"]
    nb = len(beams)
    kind = "arcs" if beams[0][0] == "arc" else "static IMRT fields"
    qa_doc = [f for f, b, kw in ch["docs"] if b is F.qa]
    cross = ch.get("cross_qa")
    e = {}
    e["plan-goals-constraints"] = E("met", "%s: %s %.4g Gy in %d fractions prescription table and an OAR limit table with comparators (%s %s %s %s); signed %s"
                                    % (docs.get("rx"), tg[0][0], tg[0][1], tg[0][2], s["oars"][0][0], s["oars"][0][1], s["oars"][0][2], s["oars"][0][3], SIGLAYOUT[k]))
    e["necessity-statement"] = E("met", "%s: necessity paragraph opening '%s...' explains why 3D conformal/conventional cannot hold the limits and names %s; signed %s"
                                 % (docs.get("consult"), F.OPENERS[k][:60], s["organs"], SIGLAYOUT[k]))
    e["necessity-criterion"] = E("met", "%s states: %s (%s)" % (docs.get("consult"), "; ".join(s["cond"][c] for c in ch["conds"]),
                                                                   ", ".join("condition %d, %s" % (c, COND_NAME[c]) for c in ch["conds"])), list(ch["conds"]))
    e["image-review"] = E("met", "%s: '%s...'; signed and dated before the first fraction, %s" % (docs.get("review"), F.IMAGE_PHRASE[k][:70], SIGLAYOUT[k]))
    e["dvh-review"] = E("met", "%s: '%s' with values for the target and every OAR, same signed review" % (docs.get("review"), F.DVH_PHRASE[k]))
    e["portal-description"] = E("met", "%s: %d %s, each with gantry %s (%s layout)" % (docs.get("plan"), nb, kind,
                                "start/stop and direction" if kind == "arcs" else "angle", F.TPS[k]))
    if cross:
        e["dosimetric-verification"] = E("met", "%s (%s): measured before the first fraction, every beam at or above the 95%% tolerance (action 90%%), PASS, signed by the physicist %s; the radiation oncologist's review of that QA is in the signed %s (two-document co-signature)"
                                         % (qa_doc[0], F.QA_TOOL[k][0], PHYSLAYOUT[k], cross))
    else:
        e["dosimetric-verification"] = E("met", "%s (%s): measured before the first fraction, every beam at or above the 95%% tolerance (action 90%%), PASS; signed by the physicist %s and by the radiation oncologist %s"
                                         % (qa_doc[0] if qa_doc else None, F.QA_TOOL[k][0], PHYSLAYOUT[k], SIGLAYOUT[k]))
    e["compensator-design"] = E("not_applicable", "MLC-delivered %s; no compensator-based IMRT is documented" % ("VMAT" if kind == "arcs" else "IMRT"))
    return e


B = dt.date
QA_REVIEW = "Patient-specific QA report for this plan reviewed: measured gamma pass rates at or above the tolerance level, result PASS. I accept the verification."

CHARTS = [
    # ------------------------------------------------------------------ complete charts
    dict(id="fr01_uk_letter_prostate", clinic="uk", site="prostate", conds=[1], base=B(2025, 2, 10),
         pt=Pt("Featherstonehaugh", "Alistair", "K4410927", (1952, 8, 19), "M"), cross_qa="consultant_plan_approval.docx",
         style="uk-nhs-letter+plato+compass",
         desc="UK NHS clinic letter to the GP with ordinal dates ('10th of February 2025'); 'Sign-off: Dr I. R. Ashcombe (Consultant Clinical Oncologist), MB BS, FRCR'; Plato-style beam table 'Seq | Beam label | Modality | Gantry (start > stop) | Sense'; COMPASS-style QA authorised by a Clinical Scientist; the consultant's QA review sits in the plan approval",
         docs=[D("clinic_letter.docx", F.consult), D("rt_prescription.pdf", F.rx), D("plato_plan_printout.pdf", F.plan),
               D("consultant_plan_approval.docx", F.review, qa_review=QA_REVIEW),
               D("compass_psqa.pdf", F.qa, signers=("phys",)), D("treatment_summary.txt", F.record)]),
    dict(id="fr02_ie_verified_brain", clinic="ie", site="brain", conds=[1], base=B(2025, 3, 3),
         pt=Pt("Cullinane", "Siobhan", "2093318", (1979, 11, 23)), style="irish-letter+iplan+filmqa",
         desc="Irish clinic letter (RTF), 'Verified and signed:' with FFRRCSI and 'Consultant Radiation Oncologist', dates 2025.03.03; iPlan-style table with arc length; FilmQA-style film QA signed by a Principal Physicist (MSc) and the consultant",
         docs=[D("clinic_letter.rtf", F.consult), D("rx_planning_intent.pdf", F.rx), D("iplan_report.pdf", F.plan),
               D("physician_plan_review.docx", F.review), D("film_qa.pdf", F.qa)]),
    dict(id="fr03_au_esig_lung", clinic="au", site="lung", conds=[1], base=B(2025, 3, 17),
         pt=Pt("Papadakis", "Georgios", "300412", (1957, 4, 2), "M"), style="australian+coreplan+omnipro",
         desc="Australian centre, FRANZCR, 'E-Signature: ... | Date: 17-Mar-2025 15:20 AEDT'; seven static step-and-shoot fields in a 'No. | ID | Delivery | Gantry | Coll | Couch | SSD | MU' table; OmniPro-I'mRT-style array QA",
         docs=[D("consultation.pdf", F.consult), D("prescription.docx", F.rx), D("coreplan_summary.pdf", F.plan),
               D("ro_plan_review.pdf", F.review), D("omnipro_imrt_qa.pdf", F.qa), D("delivery_record.txt", F.record)]),
    dict(id="fr04_ca_bilingual_cervix", clinic="ca", site="cervix", conds=[4], base=B(2025, 4, 7),
         pt=Pt("Lachance-Oduya", "Mireille", "LRC-0048213", (1968, 1, 30)), style="canadian-bilingual+hyperion+doselab",
         desc="Canadian bilingual headings, FRCPC and MCCPM, 'Verified and signed by ... -- 2025/04/07 15:20 EDT'; Hyperion-style bilingual beam table; review as RTF; DoseLab-style EPID QA",
         docs=[D("consultation.pdf", F.consult), D("ordonnance_prescription.pdf", F.rx), D("hyperion_plan.pdf", F.plan),
               D("revue_plan_review.rtf", F.review), D("doselab_epid_qa.pdf", F.qa)]),
    dict(id="fr05_acad_fellow_attested_oropharynx", clinic="acad", site="oropharynx", conds=[1, 4], base=B(2025, 2, 24),
         pt=Pt("Vandermolen", "Carl", "61184520", (1960, 5, 7), "M"), style="academic-attestation+inhouse+3dvh",
         desc="academic centre: fellow writes the consult and the planning note, each closed by an 'Attending attestation' block signed by the attending; Rx signed by the attending; in-house plan summary as 'beam[n]' lines (TXT); 3DVH-style QA",
         docs=[D("consult_fellow_attested.pdf", F.consult, author="fellow_attested"), D("planning_directive.docx", F.rx),
               D("plan_summary_export.txt", F.plan), D("planning_note.pdf", F.review, signer="fellow_attested"),
               D("3dvh_qa.pdf", F.qa), D("treatment_record.txt", F.record)]),
    dict(id="fr06_es_bilingual_pancreas", clinic="es", site="pancreas", conds=[2], base=B(2025, 3, 10),
         pt=Pt("Echeverria Pazos", "Manuel", "HC-771520", (1955, 9, 14), "M"), style="spanish-english+pcrt3d+rit",
         desc="Spanish-influenced English ('Firmado electronicamente / Electronically signed: ... (Radiation Oncology) -- 10/03/2025 15:20 CET', day-first dates declared in the header); PCRT3D-style 'Haz / Beam | Tipo | Gantry inicio-fin | Sentido' table; RIT-style film QA signed by a radiofisico (PhD) on a QA report",
         docs=[D("informe_consulta.docx", F.consult), D("prescripcion.pdf", F.rx), D("pcrt3d_informe.pdf", F.plan),
               D("validacion_medica.pdf", F.review), D("rit_film_qa.pdf", F.qa)]),
    dict(id="fr07_fr_validated_nasopharynx", clinic="fr", site="nasopharynx", conds=[4, 1], base=B(2025, 4, 14),
         pt=Pt("Benhamou", "Sarah", "IPP-5520147", (1971, 6, 3)), style="french-english+isogray+artiscan",
         desc="French-influenced English, 'Validated and signed by Dr H. Marchetti-Roux, MD (...) on 14/04/2025 at 15h20'; Isogray-style nine-field static IMRT (RCMI) table; Artiscan-style array QA",
         docs=[D("consultation.pdf", F.consult), D("prescription.pdf", F.rx), D("isogray_dosimetrie.pdf", F.plan),
               D("validation_medicale.docx", F.review), D("artiscan_cq.pdf", F.qa)]),
    dict(id="fr08_smartphrase_breast", clinic="smart", site="breast", conds=[4], base=B(2025, 5, 5),
         pt=Pt("Whitcombe", "Joanna", "50093371", (1966, 12, 11)), cross_qa="plan_review_note.txt",
         style="smartphrase+northstar+pipspro",
         desc="templated smart-phrase notes ('[.ROCONSULT v3]', '[.RONECESSITY]') closed by 'E-Signature: Nathaniel Brightwater, MD | Date: 05/05/2025 15:20 EDT'; Northstar-style plan with Start/Stop columns; PIPSpro-style EPID QA signed by the physicist, reviewed by the physician in the plan review note; charges",
         docs=[D("consult_note.txt", F.consult), D("rx_order.txt", F.rx), D("northstar_plan.pdf", F.plan),
               D("plan_review_note.txt", F.review, qa_review=QA_REVIEW), D("pipspro_qa.pdf", F.qa, signers=("phys",)),
               D("charges.txt", F.charges, codes=[("consult", "77263", "Clinical treatment planning, complex"),
                                                  ("plan", "77301", "IMRT treatment planning"),
                                                  ("qa", "77300", "Basic dosimetry calculation")])]),
    dict(id="fr09_fax_transcribed_prostate_escalation", clinic="fax", site="prostate", conds=[5, 1], base=B(2025, 2, 3),
         targets=[("PTV_7920", 79.2, 44), ("PTV_5600", 56.0, 44)],
         achieved=[("PTV_7920", "D95", "98.6%"), ("Rectum", "V65Gy", "14.9%"), ("Bladder", "V65Gy", "16.0%"),
                   ("Femoral heads", "Dmax", "40.2 Gy"), ("Penile bulb", "Dmean", "36.8 Gy")], pt=Pt("Okafor-Lind", "Reginald", "77021958", (1949, 3, 27), "M"),
         style="faxed-transcribed+words-beams+arcsure",
         desc="satellite documents received by fax and transcribed by HIM ('FAX RECEIVED ... TRANSCRIBED BY HIM SERVICES'), each signed after transcription ('Transcription verified and signed by ...'); beams only in words ('2 arcs -- ARC1 181-179 CW; ARC2 179-181 CCW'); dose escalation to 79.2 Gy",
         docs=[D("consult_fax_transcribed.txt", F.consult), D("rx_fax_transcribed.txt", F.rx), D("plan_summary_fax.txt", F.plan),
               D("plan_review_fax.txt", F.review), D("arcsure_qa.pdf", F.qa), D("treatment_record.txt", F.record)]),
    dict(id="fr10_twocol_stamp_spine_reirradiation", clinic="twocol", site="spine", conds=[3, 1], base=B(2025, 4, 21),
         pt=Pt("Montoya-Reyes", "Adelina", "40816627", (1958, 10, 9)), style="two-column+boxed-approval+interplan+epibeam",
         desc="two-column sign-off block on the QA (physicist left, radiation oncologist right); 'Signed: <name>, MD (Radiation Oncologist) -- 21 Apr 2025 15:20 MDT' on notes; the plan evaluation closed by a boxed '** ELECTRONICALLY APPROVED ** / Approved by: ... / On: ...' e-approval; re-irradiation abutting a prior T5-T8 field (condition 3)",
         docs=[D("consult_note.pdf", F.consult), D("planning_directive.docx", F.rx), D("interplan_parameters.pdf", F.plan),
               D("plan_evaluation.pdf", F.review, signer="stamp"), D("epibeam_qa.pdf", F.qa)]),
    # ------------------------------------------------------------------ traps
    dict(id="fr11_ca_dictated_unverified_prostate", clinic="ca", site="prostate", conds=[1], base=B(2025, 3, 24),
         pt=Pt("Desrosiers", "Gilles", "LRC-0051977", (1950, 2, 16), "M"), style="canadian-bilingual+hyperion+doselab",
         trap="plan review 'Dictated by: ... Status: not yet verified by author'",
         desc="the physician plan review exists only as a dictation 'Dictated by: Dr. E. Bouchard-Lavoie ... / Transcribed ... Status: not yet verified by author'",
         docs=[D("consultation.pdf", F.consult), D("ordonnance_prescription.pdf", F.rx), D("hyperion_plan.pdf", F.plan),
               D("revue_plan_dictee.txt", F.review, signer="dictated"), D("doselab_epid_qa.pdf", F.qa)],
         exp={"image-review": E("incomplete", "revue_plan_dictee.txt holds the CT/isodose review, but its only signature line is 'Dictated by: ...' followed by 'Status: not yet verified by author' (the dictated-but-not-read family); no other physician image review"),
              "dvh-review": E("incomplete", "the DVH review is in the same unverified dictation; no signed DVH review elsewhere")}),
    dict(id="fr12_smart_autoauth_necessity_oropharynx", clinic="smart", site="oropharynx", conds=[1], base=B(2025, 3, 31),
         pt=Pt("Pelletier", "Dwayne", "50107742", (1963, 7, 21), "M"), cross_qa="plan_review_note.txt",
         style="smartphrase+northstar+pipspro", trap="consult 'Auto-authenticated by system (no physician review)'",
         desc="the only necessity statement is in a smart-phrase consult whose signature line reads 'E-Signature: Auto-authenticated by system (no physician review of this note) | <name> | Date: <10 business days later> 00:00'",
         docs=[D("consult_note.txt", F.consult, state="auto"), D("rx_order.txt", F.rx), D("northstar_plan.pdf", F.plan),
               D("plan_review_note.txt", F.review, qa_review=QA_REVIEW), D("pipspro_qa.pdf", F.qa, signers=("phys",))],
         exp={"necessity-statement": E("incomplete", "consult_note.txt states the necessity with OARs, but it was auto-authenticated by the system with no physician review; auto-authentication is not the author's signature (Medicare signature rules, same family as 'signed but not read'); no other necessity statement"),
              "necessity-criterion": E("incomplete", "condition 1 (nodal target within 4 mm of the spinal cord) is stated only in the auto-authenticated consult, which is not a signed physician document", [1])}),
    dict(id="fr13_fr_qa_pending_review_lung", clinic="fr", site="lung", conds=[1], base=B(2025, 5, 12),
         pt=Pt("Gauthier-Nkemelu", "Jean-Baptiste", "IPP-5533902", (1954, 12, 1), "M"), style="french-english+isogray+artiscan",
         trap="QA 'Radiation Oncologist: signature pending review'",
         desc="Artiscan-style QA passed and validated by the physicist; the physician line reads 'Radiation Oncologist: signature pending review (routed to Dr H. Marchetti-Roux on ...)'; no other physician review of the QA",
         docs=[D("consultation.pdf", F.consult), D("prescription.pdf", F.rx), D("isogray_dosimetrie.pdf", F.plan),
               D("validation_medicale.docx", F.review), D("artiscan_cq.pdf", F.qa, signers=("phys", "pending"))],
         exp={"dosimetric-verification": E("incomplete", "artiscan_cq.pdf: passing measurement signed by the physicist only; the radiation oncologist's line is 'signature pending review (routed to ...)', and no other document reviews the QA")}),
    dict(id="fr14_uk_registrar_only_review_larynx", clinic="uk", site="larynx", conds=[2], base=B(2025, 3, 3),
         pt=Pt("Hargreaves", "Beverley", "K4438815", (1959, 3, 8)), style="uk-nhs-letter+plato+compass",
         trap="plan approval signed by a specialty registrar alone",
         desc="the plan approval (images, isodoses, DVHs) is signed 'Sign-off: Dr K. Mensah-Bright (Specialty Registrar (ST5), Clinical Oncology), MB ChB, MRCP' with no consultant countersignature; QA signed by the clinical scientist and the consultant on the QA report itself",
         docs=[D("clinic_letter.docx", F.consult), D("rt_prescription.pdf", F.rx), D("plato_plan_printout.pdf", F.plan),
               D("registrar_plan_approval.docx", F.review, signer="registrar"), D("compass_psqa.pdf", F.qa),
               D("treatment_summary.txt", F.record)],
         exp={"image-review": E("incomplete", "registrar_plan_approval.docx: CT/isodose review signed only by a Specialty Registrar (ST5) (a trainee); no consultant countersignature or attestation, and no other image review"),
              "dvh-review": E("incomplete", "the DVH review is in the same registrar-only approval")}),
    dict(id="fr15_au_therapist_physics_prostate", clinic="au", site="prostate", conds=[1], base=B(2025, 4, 28),
         pt=Pt("Tran", "Van Minh", "301877", (1953, 1, 12), "M"), style="australian+coreplan+omnipro",
         trap="QA signed by a radiation therapist as the only 'physics' signature",
         desc="OmniPro-style QA passed, e-signed by 'J. Moore (Radiation Therapist)' and the radiation oncologist; no medical physicist signs it anywhere",
         docs=[D("consultation.pdf", F.consult), D("prescription.docx", F.rx), D("coreplan_summary.pdf", F.plan),
               D("ro_plan_review.pdf", F.review), D("omnipro_imrt_qa.pdf", F.qa, signers=("rt", "md")),
               D("delivery_record.txt", F.record)],
         exp={"dosimetric-verification": E("incomplete", "omnipro_imrt_qa.pdf: passing measurement signed by the radiation oncologist and by a radiation therapist ('E-Signature: J. Moore (Radiation Therapist)'); the medical physicist's signature the LCD requires is absent")}),
    dict(id="fr16_acad_np_necessity_cervix", clinic="acad", site="cervix", conds=[4], base=B(2025, 5, 19),
         pt=Pt("Abernathy-Soto", "Lorraine", "61203398", (1974, 8, 25)), style="academic-attestation+inhouse+3dvh",
         trap="necessity statement signed by a nurse practitioner only",
         desc="the only necessity statement is the consult written and signed by 'Deborah Kincaid, MSN, APRN, NP-C (Nurse Practitioner, Radiation Oncology)' with no attending attestation; the planning note is fellow-written with the attending's attestation",
         docs=[D("consult_np.pdf", F.consult, author="np"), D("planning_directive.docx", F.rx),
               D("plan_summary_export.txt", F.plan), D("planning_note.pdf", F.review, signer="fellow_attested"),
               D("3dvh_qa.pdf", F.qa)],
         exp={"necessity-statement": E("incomplete", "consult_np.pdf has a full necessity statement with OARs, but it is signed by a nurse practitioner only; the LCD asks for the treating physician's statement and an NP does not stand in for the radiation oncologist"),
              "necessity-criterion": E("incomplete", "condition 4 (concave nodal/parametrial target around bowel and bladder) is stated only in the NP-signed consult", [4])}),
    dict(id="fr17_acad_fellow_rx_brain", clinic="acad", site="brain", conds=[1], base=B(2025, 6, 2),
         pt=Pt("Rasmussen", "Ottilie", "61219064", (1986, 2, 4)), style="academic-attestation+inhouse+3dvh",
         trap="prescription signed by the fellow alone",
         desc="the planning directive (targets and OAR limits) is signed by the clinical fellow alone, with no attending attestation; the attending-attested planning note gives the prescription and achieved DVH values only",
         docs=[D("consult_fellow_attested.pdf", F.consult, author="fellow_attested"),
               D("planning_directive_fellow.docx", F.rx, signer="fellow"), D("plan_summary_export.txt", F.plan),
               D("planning_note.pdf", F.review, signer="fellow_attested"), D("3dvh_qa.pdf", F.qa)],
         exp={"plan-goals-constraints": E("incomplete", "planning_directive_fellow.docx has the target prescription and OAR limits but is signed only by 'Sana Qureshi, MD (Clinical Fellow, Radiation Oncology)', a trainee, with no attending attestation; the radiation oncologist's own signed documents give the target dose only (the attested consult: PTV_5940 59.4 Gy in 33 fractions) and OAR doses only as achieved values (attested planning note); the plan summary export is not physician-signed")}),
    dict(id="fr18_ie_gamma_below_action_oropharynx", clinic="ie", site="oropharynx", conds=[1], base=B(2025, 4, 22),
         pt=Pt("Mac Giolla Phadraig", "Eoin", "2107764", (1961, 10, 17), "M"), style="irish-letter+iplan+filmqa",
         trap="QA pass rates below the report's own action level, signed by both",
         desc="FilmQA-style QA with 'Action level (gamma pass rate) 90%' and 'Tolerance level 95%'; arcs 87.6%, 88.9%, 86.4% (composite 87.6%); no PASS line, only a physicist comment; signed by both",
         docs=[D("clinic_letter.rtf", F.consult), D("rx_planning_intent.pdf", F.rx), D("iplan_report.pdf", F.plan),
               D("physician_plan_review.docx", F.review), D("film_qa.pdf", F.qa, pass_rates=[87.6, 88.9, 86.4])],
         exp={"dosimetric-verification": E("incomplete", "film_qa.pdf: every arc's gamma pass rate (87.6/88.9/86.4%, composite 87.6%) is below the report's own 90% action level; no later passing measurement; signatures of both roles attest a failed verification")}),
    dict(id="fr19_es_qa_after_fx1_prostate", clinic="es", site="prostate", conds=[1], base=B(2025, 5, 5),
         pt=Pt("Villanueva Roca", "Ernesto", "HC-780113", (1948, 7, 30), "M"), style="spanish-english+pcrt3d+rit",
         trap="QA measured after the first fraction",
         desc="RIT-style film QA passes and is signed by both, but it was measured two business days after the first fraction stated in the delivery record",
         qa_after_fx=True,
         docs=[D("informe_consulta.docx", F.consult), D("prescripcion.pdf", F.rx), D("pcrt3d_informe.pdf", F.plan),
               D("validacion_medica.pdf", F.review), D("rit_film_qa.pdf", F.qa), D("registro_tratamiento.txt", F.record)],
         exp={"dosimetric-verification": E("incomplete", "rit_film_qa.pdf was measured two business days after the first fraction recorded in registro_tratamiento.txt ('First fraction: ...'); pre-treatment verification after treatment began is incomplete even though it passed and both roles signed")}),
    dict(id="fr20_fax_rx_achieved_only_larynx", clinic="fax", site="larynx", conds=[2], base=B(2025, 3, 17),
         pt=Pt("Brzezinski", "Harold", "77048816", (1956, 5, 5), "M"), style="faxed-transcribed+words-beams+arcsure",
         trap="prescription lists only achieved plan statistics for the OARs",
         desc="transcribed prescription gives PTV_6600 66 Gy in 33 fractions and then 'Plan statistics at approval' (cord Dmax 40.7 Gy, parotids ...) with no limit or comparator; no other document states an OAR constraint",
         docs=[D("consult_fax_transcribed.txt", F.consult), D("rx_fax_transcribed.txt", F.rx, oar_mode="achieved"),
               D("plan_summary_fax.txt", F.plan), D("plan_review_fax.txt", F.review), D("arcsure_qa.pdf", F.qa)],
         exp={"plan-goals-constraints": E("incomplete", "rx_fax_transcribed.txt: target prescription PTV_6600 66 Gy / 33 fractions, but the organ doses are 'Plan statistics at approval' (achieved values, no comparator or limit); no critical-structure constraint anywhere in the chart")}),
    dict(id="fr21_twocol_conditional_necessity_oesophagus", clinic="twocol", site="oesophagus", conds=[], base=B(2025, 5, 27),
         pt=Pt("Kowalewski", "Teodor", "40833190", (1951, 9, 2), "M"), style="two-column+boxed-approval+interplan+epibeam",
         trap="necessity only conditional ('Should the 3D conformal plan not meet the limits..., IMRT may then be requested')",
         desc="the consult asks for a 3D plan first and says IMRT 'may then be requested and justified at that point'; no later statement exists, yet a VMAT plan was made, verified and delivered",
         docs=[D("consult_note.pdf", F.consult, necessity="conditional"), D("planning_directive.docx", F.rx),
               D("interplan_parameters.pdf", F.plan), D("plan_evaluation.pdf", F.review, signer="stamp"), D("epibeam_qa.pdf", F.qa)],
         exp={"necessity-statement": E("missing", "consult_note.pdf only says that, should a 3D conformal plan fail the limits, IMRT 'may then be requested and justified at that point': hypothetical, no affirmative statement; no other document states why IMRT"),
              "necessity-criterion": E("missing", "no LCD condition is documented; the conditional sentence names organs but no proximity, margin, prior field, concavity or escalation", [])}),
    dict(id="fr22_uk_3d_stomach", clinic="uk", site="stomach3d", conds=[], base=B(2025, 4, 7),
         pt=Pt("Oyelowo", "Patience", "K4452060", (1962, 1, 19)), style="uk-nhs-letter+plato (3D)",
         trap="3D conformal course",
         desc="adjuvant gastric 3D conformal, four forward-planned static fields; 'Intensity modulation is not required for this volume'; independent MU check only; 77295 billed",
         three_d=True,
         docs=[D("clinic_letter.docx", F.consult, necessity="3d"), D("rt_prescription.pdf", F.rx, three_d=True),
               D("plato_plan_printout.pdf", F.plan, three_d=True), D("consultant_plan_approval.docx", F.review, three_d=True),
               D("mu_check.pdf", F.mucheck),
               D("charges.txt", F.charges, codes=[("consult", "77263", "Clinical treatment planning, complex"),
                                                  ("plan", "77295", "3D radiotherapy plan, including DVH"),
                                                  ("plan", "77300", "Basic dosimetry calculation")])]),
    dict(id="fr23_ca_boost_qa_physicist_only_prostate", clinic="ca", site="prostate", conds=[1], base=B(2025, 5, 20),
         pt=Pt("Kaczmarek-Belanger", "Andre", "LRC-0055404", (1955, 11, 28), "M"), style="canadian-bilingual+hyperion+doselab",
         trap="boost plan's QA signed by the physicist only",
         desc="PELV_VMAT (45 Gy/25) then BOOST_VMAT (34.2 Gy/19); shared consult, prescription (both phases), plan report and review; each plan has its own DoseLab-style QA; the boost QA carries only the physicist's signature; delivery record names both plans",
         boost=True, targets=[("PTV_4500", 45.0, 25), ("PTV_7920_boost", 34.2, 19)],
         achieved=[("PTV_4500 (PELV_VMAT)", "D95", "99.0%"), ("PTV_7920_boost (composite)", "D95", "98.4%"),
                   ("Rectum", "V65Gy", "13.1%"), ("Bladder", "V65Gy", "15.7%"), ("Femoral heads", "Dmax", "39.9 Gy"),
                   ("Penile bulb", "Dmean", "33.0 Gy")],
         docs=[D("consultation.pdf", F.consult), D("ordonnance_prescription.pdf", F.rx), D("hyperion_plan.pdf", F.plan),
               D("revue_plan_review.rtf", F.review), D("qa_PELV_VMAT.pdf", F.qa), D("qa_BOOST_VMAT.pdf", F.qa),
               D("treatment_record.txt", F.record)],
         exp={"dosimetric-verification": E("incomplete", "course BOOST_VMAT: qa_BOOST_VMAT.pdf passes but is signed by the physicist only, and no physician review of that QA exists; PELV_VMAT's QA is signed by both (met); the chart takes the most severe course")}),
    dict(id="fr24_smart_vmat_only_anal", clinic="smart", site="anal", conds=[4], base=B(2025, 6, 9),
         pt=Pt("Delacroix-Ames", "Renata", "50118865", (1969, 4, 13)), cross_qa="plan_review_note.txt",
         style="smartphrase+northstar+pipspro", trap="portal description only 'VMAT'",
         desc="the plan summary says only 'Delivery: VMAT. Beam geometry and control points are held in the record-and-verify system'; the QA reports a composite only; no document gives the number of arcs or their angles",
         docs=[D("consult_note.txt", F.consult), D("rx_order.txt", F.rx), D("northstar_plan.pdf", F.plan, portal="vmat_only"),
               D("plan_review_note.txt", F.review, qa_review=QA_REVIEW), D("pipspro_qa.pdf", F.qa, signers=("phys",), no_beam_ids=True)],
         exp={"portal-description": E(["missing", "incomplete"], "northstar_plan.pdf only says 'Delivery: VMAT' with geometry 'held in the record-and-verify system'; the QA gives a composite only; neither the number of arcs nor any gantry angle is documented. The spec gives 'incomplete' for a count without locations; here even the count is absent, so missing and incomplete are both accepted")}),
    dict(id="fr25_au_qa_other_patient_pancreas", clinic="au", site="pancreas", conds=[2], base=B(2025, 6, 16),
         pt=Pt("Whitlam-Haddad", "Noor", "302265", (1967, 3, 29)), style="australian+coreplan+omnipro",
         trap="the QA report belongs to another patient",
         other=Pt("Whitford", "Norma", "298841", (1944, 7, 6)),
         desc="the only QA report in the chart (filed as omnipro_imrt_qa.pdf) is for 'Norma WHITFORD', UR No. 298841, born 6 July 1944, plan PANC_VMAT_1; the chart's patient is Noor Whitlam-Haddad, UR No. 302265",
         docs=[D("consultation.pdf", F.consult), D("prescription.docx", F.rx), D("coreplan_summary.pdf", F.plan),
               D("ro_plan_review.pdf", F.review), D("omnipro_imrt_qa.pdf", F.qa, other=True), D("delivery_record.txt", F.record)],
         exp={"dosimetric-verification": E("missing", "omnipro_imrt_qa.pdf names another patient (Norma WHITFORD, UR No. 298841, DOB 6 July 1944): misfile, its evidence does not count; no QA of the chart's own patient exists")}),
]
