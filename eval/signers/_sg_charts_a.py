"""Charts sg01-sg12: valid signatures in unusual layouts, and the resident / Delta4 traps with their twins.
Expectations are written by hand from docs/requirements.md, the LCD and the documents (SYNTHETIC)."""
from __future__ import annotations

import _sg_ehr as ehr
import _sg_qa as qa
import _sg_tps as tps
from _sg_kit import NA, NA_TOMO, PHYS, RO, C, S, doc, inc, met
from _sg_people import GRANITE, HARBOR, LAKESHORE, LINDEN, PINECREST, REDMESA, BAYOU, pt
from _sg_sites import (ANAL, BLADDER, CERVIX, ESOPHAGUS, GLIOMA, LARYNX, LUNG, OROPHARYNX, PANCREAS,
                       PROSTATE, PROSTATE_SBRT)

RX_MOSAIQ = "MOSAIQ-style Rx: {t} prescription table and a critical-structure dose constraint table ({o}); " \
            "'Approved By: <MD>  Date Approved: ...' on the same line"

CHARTS = [
    C("sg01_meditech_prostate", "meditech+mosaiq+verisoft",
      "Meditech notes signed 'Electronically Signed by Vance,Teodora MD on 01/13/25 at 1604'; MOSAIQ-style Rx "
      "'Approved By / Date Approved'; PTW VeriSoft report with role labels before each e-signature.",
      HARBOR, pt("Otis", "Bramwell", "1951-06-14", "70412268", "M"), PROSTATE, "2025-01-13",
      [doc("01_consult_meditech.txt", ehr.meditech, kind="consult", day=0, t="16:04", conds=(1,), opener=1),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="09:12"),
       doc("03_plan_review_meditech.rtf", ehr.meditech, kind="planreview", day=11, t="10:10", v=0),
       doc("04_imrt_qa_verisoft.pdf", qa.verisoft, day=13, sigs=(PHYS(), RO()))],
      pgc=met(RX_MOSAIQ.format(t="PTV_7000 70 Gy/28", o="rectum V65Gy < 17%, bladder, femoral heads, penile bulb")),
      nst=met("Meditech consult, IMPRESSION-style 'IMRT MEDICAL NECESSITY' section: 3D arrangements do not give "
              "acceptable normal-tissue doses; names rectum, bladder, femoral heads, penile bulb; Meditech "
              "e-signature 'Vance,Teodora MD'"),
      ncr=met("consult: prostate lies within 2 mm of the anterior rectal wall (condition 1)", [1]),
      img=met("Meditech plan review (RTF): axial/sagittal/coronal CT with 107/100/95/50% isodose lines over "
              "targets and critical structures; 'Electronically Signed by Vance,Teodora MD on <mm/dd/yy> at "
              "1010' (date present)"),
      dvh=met("same signed Meditech note: DVH evaluation for all targets and critical structures with values"),
      por=met("Rx & Site Setup field table: 2 VMAT arcs with gantry start/stop and rotation"),
      dos=met("VeriSoft Octavius 4D measurement, 'Gamma 2D - Parameters', per-arc results '(Green)'; "
              "'Medical Physicist: Electronically signed by Marcus Lindgren, PhD, DABR ...' and 'Radiation "
              "Oncologist: Electronically signed by Teodora Vance, MD ...' (role label before the e-signature)"),
      cmp=NA),

    C("sg02_cerner_oropharynx", "cerner+precision+snc",
      "Cerner notes whose signer comes on a later line (Signature Line / Electronically Signed on ... CST / "
      "____ / QUINTERO-BAIRD MD, RAFAEL) with 'Result Status: Auth (Verified)' in the header; Accuray "
      "Precision helical plan; SNC ArcCHECK DQA signed by the physicist and a separate Cerner QA review note.",
      REDMESA, pt("Irene", "Castellanos", "1962-11-03", "88130457"), OROPHARYNX, "2025-02-10",
      [doc("01_consult_cerner.pdf", ehr.cerner, kind="consult", day=0, t="14:15", conds=(4, 1), opener=3),
       doc("02_tomo_plan_report.pdf", tps.precision, day=11, t="10:41"),
       doc("03_plan_review_cerner.txt", ehr.cerner, kind="planreview", day=12, t="16:50", v=1),
       doc("04_dqa_arccheck.pdf", qa.snc, day=13, device="ArcCHECK (helical DQA)",
           sigs=(S("kv", "phys", "Physicist", 0),)),
       doc("05_qa_review_cerner.txt", ehr.cerner, kind="qareview", day=14, t="08:20",
           qa=("ArcCHECK helical DQA", "3%/2 mm"))],
      pgc=met("Precision plan report: PTV_7000 70 Gy to 95% in 35 fx and OAR optimisation objectives with "
              "limits (spinal cord Dmax < 45 Gy, brainstem, parotid, mandible, larynx); 'Approved By : "
              "Quintero-Baird, Rafael MD (Physician)' with date"),
      nst=met("Cerner consult necessity section (intensity modulation requested in place of standard 3D "
              "planning) naming spinal cord, brainstem, left parotid, mandible; Cerner signature block, signer "
              "on the line below the rule"),
      ncr=met("consult: C-shaped target wrapping around the spinal cord (4); tonsil primary within 3 mm of "
              "the spinal cord (1)", [1, 4]),
      img=met("Cerner plan-review note: isodose distributions inspected slice by slice on the CT for targets "
              "and every OAR; signature block 'Electronically Signed on <date> 16:50 CST' then the name below "
              "the line"),
      dvh=met("same note: DVH curves checked for target and OARs with values"),
      por=met("helical delivery: 20.6 gantry rotations, each a continuous 360-degree arc from 0 deg, with "
              "field width, pitch and couch travel (IEC Y range): count and location of the rotations"),
      dos=met("ArcCHECK helical DQA measured vs computed, gamma 3%/2 mm, signed 'Physicist: Yuki Tanabe, MS, "
              "DABR  Date:'; the MD's signed Cerner note reviews that QA (two-document co-signature)"),
      cmp=NA_TOMO),

    C("sg03_epic_header_lung", "epic-header+mosaiq+epic-physics",
      "Epic notes signed only through header metadata (Status: Signed, Author, Author Type: Physician, Filed), "
      "no closing signature line; the physics QA note is authored by the physicist with the attending in "
      "the Cosigner field.",
      LAKESHORE, pt("Walter", "Feeney", "1948-02-27", "31207795", "M"), LUNG, "2025-03-03",
      [doc("01_consult_epic.txt", ehr.epic, kind="consult", day=0, t="17:12", sig="header", conds=(1, 2),
           opener=0),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="13:30", form="full"),
       doc("03_plan_review_epic.txt", ehr.epic, kind="planreview", day=11, t="15:40", sig="header", v=1),
       doc("04_physics_qa_epic.txt", ehr.epic, kind="physqa", day=13, t="14:03", sig="header", signer="phys",
           cosigner="ro", t2="08:15", qa=("ArcCHECK", "3%/2 mm"))],
      pgc=met(RX_MOSAIQ.format(t="PTV_6000 60 Gy/30", o="lung V20Gy < 35%, MLD, heart, cord, esophagus")),
      nst=met("Epic consult: 'Medical necessity, IMRT versus 3D conformal radiotherapy' naming lungs, heart, "
              "spinal cord, esophagus; header 'Status: Signed', Author Ingrid Solberg, MD, Author Type: "
              "Physician - a valid signature shown as document status"),
      ncr=met("consult: subcarinal nodal PTV within 4 mm of the esophagus (1); 5 mm margin held to protect the "
              "immediately adjacent spinal cord (2)", [1, 2]),
      img=met("Epic plan review: isodose review slice by slice on the CT for targets and OARs; signed through "
              "the header (Status: Signed, Filed <date time>), so signed and dated"),
      dvh=met("same Epic note: dose-volume histograms for target and OAR curves with values"),
      por=met("MOSAIQ-style field table: 2 VMAT arcs with gantry start/stop"),
      dos=met("Epic physics note: ArcCHECK measurement vs calculation with per-arc gamma; Author Oluwaseun "
              "Adeyemi, PhD, DABR (Author Type: Medical Physicist), Cosigner: Ingrid Solberg, MD at <date>"),
      cmp=NA),

    C("sg04_packet_cervix", "packet+mmodal+portal-dosimetry",
      "A four-page planning packet (Rx, necessity, image and DVH review, beams) signed once, in an Attestation "
      "section on its last page, with a UTC offset and a written-out date; Portal Dosimetry QA.",
      PINECREST, pt("Grace", "Oduya", "1969-08-19", "54420913"), CERVIX, "2025-03-03",
      [doc("01_sim_mmodal.txt", ehr.mmodal, kind="sim", day=4, t="12:05"),
       doc("02_planning_packet.pdf", tps.packet, day=12, t="10:12", conds=(4,)),
       doc("03_portal_dosimetry.pdf", qa.portal, day=13,
           sigs=(S("kvt", "phys", "Approved by", 0, "14:03"), S("role", "ro", "Physician review", 1, "07:40",
                                                                  tz=True))),
       doc("04_otv_mmodal.txt", ehr.mmodal, kind="otv", day=24, t="13:30")],
      pgc=met("packet page 1: PTV_4500 45 Gy/25 and PTV_5500_LN prescription table plus critical-structure "
              "constraints (bowel bag V45Gy < 195 cc, bladder, rectum, femoral heads, marrow); attested by the "
              "single Attestation signature on page 4"),
      nst=met("packet page 2: special need for IMRT in place of conventional/3D planning, naming bowel bag, "
              "bladder, rectum, femoral heads; covered by the final Attestation"),
      ncr=met("packet: U-shaped target around small bowel and rectum (4)", [4]),
      img=met("packet 3a: CT with targets, critical structures and isodose lines in three planes; the "
              "Attestation signature (name, '/e-signed/', '<d Month yyyy> 10:12 (UTC-04:00)') signs and dates "
              "the whole packet"),
      dvh=met("packet 3b: DVH of each target and each critical structure with values; covered by the "
              "Attestation"),
      por=met("packet page 4: ruled field table of 9 IMRT fields with gantry angles, repeated in words"),
      dos=met("Portal Dosimetry area-gamma per field; 'Approved by: Arjun Mehta, PhD, DABR' and 'Physician "
              "review: Electronically signed by Helen Achterberg, MD'"),
      cmp=NA),

    C("sg05_brainlab_glioma", "brainlab+athena+docx-form+snc",
      "European-style dates (dd.mm.yyyy) with UTC offsets in a Brainlab Elements report ('Approved by: Dr. L. "
      "Hartmann (Physician) on dd.mm.yyyy'), a letter dated 'March 3rd, 2025', a DOCX review form signed "
      "'HARTMANN MD, LENA', and a QA sign-off 'Radiation Oncologist: HARTMANN LENA  Date: 17 March 2025'.",
      LINDEN, pt("Harold", "Pruett", "1957-04-22", "66031842", "M"), GLIOMA, "2025-03-03",
      [doc("01_necessity_letter.rtf", ehr.athena, kind="letter", day=0, t="14:32", conds=(1,), opener=4),
       doc("02_elements_plan_report.pdf", tps.brainlab, day=11, t="10:12"),
       doc("03_plan_review_form.docx", tps.review_form, day=12, t="16:40", ds="eu", form="cerner"),
       doc("04_srs_mapcheck_qa.pdf", qa.snc, day=13, device="SRS MapCHECK in StereoPHAN",
           sigs=(S("kv", "phys", "Medical Physicist", 0, ds="eu"),
                 S("kvt", "ro", "Radiation Oncologist", 1, "09:30", form="caps", ds="dmy")))],
      pgc=met("Elements report: 60 Gy to the median of PTV_6000 in 30 fx and an OAR constraint table "
              "(brainstem Dmax < 55 Gy, chiasm, optic nerve, cochlea, hippocampus); 'Approved by: Dr. L. "
              "Hartmann (Physician) on <dd.mm.yyyy> 10:12 (UTC-05:00)'"),
      nst=met("athena-style letter: special need for IMRT in place of conventional/3D planning; names "
              "brainstem, optic chiasm, right optic nerve, right cochlea; 'Electronically signed by Lena "
              "Hartmann MD at ... CST'"),
      ncr=met("letter: resection cavity PTV within 2 mm of the brainstem (1)", [1]),
      img=met("DOCX plan review form: CT with co-registered MRI, isodose distributions for targets and OARs; "
              "Role | Name | Signature | Date row 'Radiation Oncologist | HARTMANN MD, LENA | e-signed | "
              "<dd.mm.yyyy> 16:40'"),
      dvh=met("same form, DVH row: histograms for target and OAR curves with values"),
      por=met("Elements arc table: 4 arcs with table angle, gantry start/stop and direction"),
      dos=met("SRS MapCHECK measured vs computed, gamma 3%/2 mm; 'Medical Physicist: Anselm Voss, PhD, DABR  "
              "Date: <dd.mm.yyyy>' and 'Radiation Oncologist: HARTMANN LENA  Date: <d Month yyyy> 09:30' (the "
              "role label establishes the role though the name carries no credential)"),
      cmp=NA),

    C("sg06_powerscribe_esophagus", "ecw+mosaiq+powerscribe-final+snc",
      "PowerScribe-style plan review with '* Final Report *' in the header and 'Signed by: ... Signed on:' "
      "at the end; eClinicalWorks consult; SNC QA e-signed by a credentialed physicist (twin of sg23/sg27).",
      BAYOU, pt("Tamsin", "Reeve", "1955-12-09", "40987716"), ESOPHAGUS, "2025-02-24",
      [doc("01_consult_ecw.pdf", ehr.ecw, kind="consult", day=0, t="16:18", conds=(1,), opener=5),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="11:47", form="full"),
       doc("03_plan_review_powerscribe.txt", ehr.powerscribe, kind="planreview", day=12, t="10:12", v=2),
       doc("04_imrt_qa_snc.pdf", qa.snc, day=13,
           sigs=(S("esig", "phys", None, 0, "15:10", tz=True), S("esig", "ro", None, 1, "08:30", tz=True)))],
      pgc=met(RX_MOSAIQ.format(t="PTV_5040 50.4 Gy/28", o="heart Dmean < 30 Gy, lungs V20Gy, cord, liver")),
      nst=met("eCW consult: modulated fluence needed rather than 3D-CRT; names heart, lungs, spinal cord, "
              "liver; 'Electronically signed by Lucas Ferreira MD on ... CST', 'Sign off status: Completed'"),
      ncr=met("consult: distal esophageal PTV within 3 mm of the heart (1)", [1]),
      img=met("PowerScribe plan review, '* Final Report *': CT with target volumes, OARs and isodose lines in "
              "three planes; 'Signed by: Lucas Ferreira, MD  Signed on: <date> 10:12 AM CST'"),
      dvh=met("same report: histogram review of targets and OARs with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met("SNC ArcCHECK gamma per arc; 'Electronically signed by Kevin Marsh, MS, DABR ...' and "
              "'Electronically signed by Lucas Ferreira, MD ...'"),
      cmp=NA),

    C("sg07_mmodal_larynx", "mmodal+mosaiq+verisoft",
      "M*Modal-style transcriptions with 'D: ... T: ... Job #: ... / kls' footers, signed 'Electronically signed "
      "by: Helen Achterberg, MD on ... EST' (twin of sg26); attending named 'ACHTERBERG HELEN' in the header.",
      PINECREST, pt("Clement", "Dorsey", "1953-03-30", "21558804", "M"), LARYNX, "2025-01-27",
      [doc("01_consult_mmodal.txt", ehr.mmodal, kind="consult", day=1, t="07:55", conds=(4,), opener=2),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="15:20"),
       doc("03_plan_review_mmodal.txt", ehr.mmodal, kind="planreview", day=12, t="08:41", v=3,
           beams_words=True),
       doc("04_imrt_qa_verisoft.pdf", qa.verisoft, day=13,
           sigs=(S("kvt", "phys", "Medical Physicist", 0, "17:02"),
                 S("kvt", "ro", "Attending Physician", 1, "09:15", form="cerner")))],
      pgc=met(RX_MOSAIQ.format(t="PTV_7000/6300/5600 over 35 fx", o="cord Dmax < 45 Gy, brainstem, parotid")),
      nst=met("M*Modal consult: 3D field-in-field comparison plan failed spinal cord and brainstem limits; "
              "names spinal cord, brainstem, right parotid, cervical esophagus; e-signed by the attending"),
      ncr=met("consult: horseshoe-shaped target around the spinal cord (4)", [4]),
      img=met("M*Modal plan note: 'I went through the CT data set with the dose displayed as isodose lines "
              "over' targets and OARs; e-signed with date and time"),
      dvh=met("same note: DVH of each target and each critical structure with values"),
      por=met("field table: 7 IMRT fields with gantry angles; the note also lists the angles in words"),
      dos=met("VeriSoft measurement; 'Medical Physicist: Arjun Mehta, PhD, DABR  Date: ... 17:02' and "
              "'Attending Physician: ACHTERBERG MD, HELEN  Date: ...'"),
      cmp=NA),

    C("sg08_ethos_bladder", "nextgen-docx+ethos+mobius3d+snc",
      "Varian Ethos-style reference plan (Reviewed by dosimetrist / Approved by physician) and adaptive session "
      "summary; Mobius3D check of the adapted plan (a calculation) next to a measured ArcCHECK QA of the "
      "reference plan signed by both.",
      GRANITE, pt("Rosalind", "Maitland", "1946-10-11", "93370152"), BLADDER, "2025-02-03",
      [doc("01_consult_nextgen.docx", ehr.nextgen, kind="consult", day=0, t="09:12", conds=(2,), opener=3),
       doc("02_ethos_reference_plan.pdf", tps.ethos_plan, day=11, t="15:05"),
       doc("03_plan_review_nextgen.docx", ehr.nextgen, kind="planreview", day=12, t="11:30", v=0),
       doc("04_arccheck_reference_plan.pdf", qa.snc, day=13, sigs=(PHYS(), RO())),
       doc("05_mobius3d_adapted_fx1.pdf", qa.mobius3d, day=18, adaptive=True,
           sigs=(S("kvt", "phys", "Reviewed by", 0, "08:50"),)),
       doc("06_ethos_session_fx1.pdf", tps.ethos_session, day=18, t="08:31")],
      pgc=met("Ethos reference plan: PTV_5500 55 Gy/20 prescription and prioritised clinical goals (rectum "
              "V50Gy < 15%, bowel space, femoral heads); 'Approved by: Samuel Okonkwo-Reid, MD (Physician)'"),
      nst=met("NextGen consult (DOCX): intensity modulation requested in place of standard 3D planning; names "
              "rectum, bowel space, femoral heads; 'Electronically signed by Samuel Okonkwo-Reid, MD on ...'"),
      ncr=met("consult: 5 mm margin held to protect the immediately adjacent rectum (2)", [2]),
      img=met("NextGen plan review: CT, targets and OARs with 107/100/95/50% isodose lines; e-signed and dated"),
      dvh=met("same note: DVH evaluation for all targets and critical structures with values"),
      por=met("Ethos field table: 12 static IMRT fields with gantry angles 0-330"),
      dos=met("measured ArcCHECK QA of the reference plan with role-labelled e-signatures of the medical "
              "physicist and the radiation oncologist; the Mobius3D adapted-plan check is supplementary"),
      cmp=NA),

    C("sg09_unity_prostate", "nextgen+unity+docx-form+delta4",
      "Elekta Unity-style MR-Linac reference plan and session record with dd.mm.yyyy dates and a UTC offset; "
      "ScandiDos Delta4-style report with 'Approved By : <physicist>' and 'Reviewed By : <radiation "
      "oncologist>' filled in (compliant twin of sg10).",
      GRANITE, pt("Emmett", "Hargrove", "1950-01-25", "67214490", "M"), PROSTATE_SBRT, "2025-03-03",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="10:40", conds=(2,), opener=5),
       doc("02_unity_reference_plan.pdf", tps.unity_plan, day=9, t="09:02"),
       doc("03_plan_review_form.docx", tps.review_form, day=10, t="16:05", ds="eu", form="cerner"),
       doc("04_delta4_report.pdf", qa.delta4, day=11, reviewed="ro"),
       doc("05_session_fx1.pdf", tps.unity_session, day=14, t="08:14")],
      pgc=met("Unity reference plan: PTV_3625 36.25 Gy/5 and clinical objectives (rectum V36Gy < 1 cc, "
              "bladder, urethra PRV, femoral heads); 'Plan approved by: Okonkwo-Reid, Samuel MD (Radiation "
              "Oncologist) <dd.mm.yyyy> 09:02 (UTC-06:00)'"),
      nst=met("NextGen consult: modulated fluence needed rather than 3D-CRT; names rectum, bladder, urethra "
              "PRV, femoral heads; e-signed"),
      ncr=met("consult: 3 mm margin held to protect the immediately adjacent rectal wall (2)", [2]),
      img=met("DOCX review form: CT with co-registered MRI, targets and OARs with isodose distributions; "
              "signature row 'Radiation Oncologist | OKONKWO-REID MD, SAMUEL | e-signed | <dd.mm.yyyy>'"),
      dvh=met("same form: DVH row with target and OAR values"),
      por=met("Unity beam table: 9 step-and-shoot beams with gantry angles"),
      dos=met("Delta4 per-beam gamma; 'Approved By : Elise Fontaine, MS, DABR (Medical Physicist)' and "
              "'Reviewed By : Okonkwo-Reid, Samuel MD (Radiation Oncologist)'"),
      cmp=NA),

    C("sg10_unity_delta4_fieldlabel", "nextgen+unity+docx-form+delta4",
      "TRAP: the Delta4-style export left the 'Reviewed By' field empty and the next heading ran onto that "
      "line: 'Reviewed By : Gamma Index Summary'. Only the physicist signs the QA.",
      GRANITE, pt("Paul", "Quenneville", "1949-07-07", "67219083", "M"), PROSTATE_SBRT, "2025-04-07",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="10:05", conds=(1,), opener=0),
       doc("02_unity_reference_plan.pdf", tps.unity_plan, day=9, t="09:44"),
       doc("03_plan_review_form.docx", tps.review_form, day=10, t="15:12", ds="eu", form="cerner"),
       doc("04_delta4_report.pdf", qa.delta4, day=11, reviewed=None),
       doc("05_session_fx1.pdf", tps.unity_session, day=14, t="08:02")],
      pgc=met("Unity reference plan: PTV_3625 36.25 Gy/5 with clinical objectives (rectum V36Gy < 1 cc ...); "
              "'Plan approved by: Okonkwo-Reid, Samuel MD (Radiation Oncologist)'"),
      nst=met("NextGen consult: 'Medical necessity, IMRT versus 3D conformal radiotherapy' naming rectum, "
              "bladder, urethra PRV, femoral heads; e-signed"),
      ncr=met("consult: prostate within 3 mm of the rectum (1)", [1]),
      img=met("DOCX review form: images with isodose distributions; signature row filled and dated"),
      dvh=met("same form: DVH row with values"),
      por=met("Unity beam table: 9 beams with gantry angles"),
      dos=inc("Delta4 measurement approved by Elise Fontaine, MS, DABR (Medical Physicist), but 'Reviewed By : "
              "Gamma Index Summary' is a section heading, not a signer: no radiation oncologist signs the QA "
              "and no other document reviews it"),
      cmp=NA),

    C("sg11_epic_resident_cosign_needed", "epic+mosaiq+epic-physics",
      "TRAP: the plan review is written and e-signed by a PGY-3 resident only; Epic header 'Status: Cosign "
      "Needed' with the attending's name in the 'Cosign Needed' field.",
      LAKESHORE, pt("Louise", "Abernathy", "1960-05-16", "30118862"), PANCREAS, "2025-03-10",
      [doc("01_consult_epic.txt", ehr.epic, kind="consult", day=0, t="16:25", sig="signed", conds=(1,),
           opener=1),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="12:10", form="full"),
       doc("03_plan_review_resident.txt", ehr.epic, kind="planreview", day=12, t="18:02", sig="pending",
           signer="res", cosigner="ro", v=0),
       doc("04_physics_qa_epic.txt", ehr.epic, kind="physqa", day=13, t="13:40", sig="signed", signer="phys",
           cosigner="ro", t2="09:05")],
      pgc=met(RX_MOSAIQ.format(t="PTV_5040 50.4 Gy/28", o="duodenum Dmax < 55 Gy, stomach, kidneys, liver, cord")),
      nst=met("Epic consult by the attending: 3D arrangements do not give acceptable normal-tissue doses; "
              "names duodenum, stomach, kidneys, liver; 'Electronically signed by Ingrid Solberg, MD at ...'"),
      ncr=met("consult: pancreatic head target within 2 mm of the duodenum (1)", [1]),
      img=inc("plan review with CT/isodose review is signed only by Jonah Pereira, MD, PGY-3 Resident; Status "
              "'Cosign Needed', the attending appears only in the 'Cosign Needed' field: no radiation "
              "oncologist signature"),
      dvh=inc("the DVH evaluation is in the same resident-only note awaiting the attending's cosignature"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met("Epic physics note (ArcCHECK, per-arc gamma) authored by Oluwaseun Adeyemi, PhD, DABR and "
              "e-signed, Cosigner: Ingrid Solberg, MD at <date>"),
      cmp=NA),

    C("sg12_epic_resident_attested", "epic+mosaiq+epic-physics",
      "Compliant twin of sg11: the resident's plan review carries the attending's attestation ('I saw and "
      "examined the patient with Dr. Pereira ... I agree with the resident's note') e-signed by the attending.",
      LAKESHORE, pt("Tomas", "Ibarra", "1958-09-02", "30124479", "M"), ANAL, "2025-03-17",
      [doc("01_consult_epic.txt", ehr.epic, kind="consult", day=0, t="15:05", sig="signed", conds=(4,),
           opener=2),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="12:40", form="full"),
       doc("03_plan_review_resident.txt", ehr.epic, kind="planreview", day=12, t="18:02", sig="attested",
           signer="res", cosigner="ro", v=2),
       doc("04_physics_qa_epic.txt", ehr.epic, kind="physqa", day=13, t="13:40", sig="signed", signer="phys",
           cosigner="ro", t2="09:05")],
      pgc=met(RX_MOSAIQ.format(t="PTV_5400/PTV_4500 over 30 fx", o="small bowel V30Gy < 200 cc, femoral "
                                                                     "heads, bladder, genitalia")),
      nst=met("Epic consult by the attending: 3D field-in-field comparison plan failed small bowel and femoral "
              "head limits; names small bowel, femoral heads, bladder, external genitalia; e-signed"),
      ncr=met("consult: concave target with bladder and small bowel within its concavity (4)", [4]),
      img=met("resident's plan review (CT, targets, OARs, isodose lines in three planes) with the attending's "
              "attestation that she reviewed the images with isodose herself, 'Electronically signed by Ingrid "
              "Solberg, MD, Attending Radiation Oncologist at <date time>' and 'Cosigner:' in the header"),
      dvh=met("same note: histogram review with values, covered by the attending's attestation"),
      por=met("field table: 3 VMAT arcs with gantry start/stop"),
      dos=met("Epic physics note authored by the physicist, Cosigner: Ingrid Solberg, MD"),
      cmp=NA),
]
