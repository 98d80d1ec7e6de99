"""Charts sg24-sg34: signature states that do not count (no name, on file, dictated-not-read, preliminary,
draft, unauthenticated), Medicare signature attestations, a calculation-only QA, compensators and a
packet section with its own blank line. Expectations hand-written (SYNTHETIC)."""
from __future__ import annotations

import _sg_ehr as ehr
import _sg_qa as qa
import _sg_tps as tps
from _sg_kit import NA, PHYS, RO, C, E, S, doc, inc, met
from _sg_people import BAYOU, CEDAR, GRANITE, HARBOR, PINECREST, REDMESA, pt
from _sg_sites import ANAL, CERVIX, ESOPHAGUS, LARYNX, LUNG, OROPHARYNX_COMP, PANCREAS, PROSTATE, SPINE_REIRR

RX = "MOSAIQ-style Rx with prescription table and critical-structure constraints ({o}); 'Approved By: " \
     "{who}  Date Approved: ...'"
QA_BOTH = "{dev} measured vs calculated with per-beam gamma; e-signatures of the medical physicist ({p}) and " \
          "the radiation oncologist"
SETUP = "R&V site setup with the field table only, approved by the radiation oncologist"

CHARTS = [
    C("sg24_ecw_esig_noname", "ecw+mosaiq+portal-dosimetry",
      "TRAP: the eCW plan review ends 'Electronically signed by on <date> at 04:18 PM CST' with no name, "
      "'Sign off status: Completed', and no provider in the header.",
      BAYOU, pt("Raymond", "Fontenot", "1950-11-19", "41007713", "M"), LUNG, "2025-01-06",
      [doc("01_consult_ecw.pdf", ehr.ecw, kind="consult", day=0, t="15:40", conds=(1,), opener=3),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="11:47", form="full"),
       doc("03_plan_review_ecw.pdf", ehr.ecw, kind="planreview", day=12, t="16:18", sig="noname", v=0),
       doc("04_portal_dosimetry.pdf", qa.portal, day=13,
           sigs=(S("kvt", "phys", "Approved by", 0, "14:03"), S("role", "ro", "Physician review", 1, "07:40",
                                                                  tz=True)))],
      pgc=met(RX.format(o="lung V20Gy < 35%, MLD, heart, cord, esophagus", who="Lucas Ferreira, MD")),
      nst=met("eCW consult (Provider Lucas Ferreira MD, e-signed with name): intensity modulation requested in "
              "place of standard 3D planning; names lungs, heart, spinal cord, esophagus"),
      ncr=met("consult: subcarinal nodal PTV within 4 mm of the esophagus (1)", [1]),
      img=inc("plan review with CT/isodose review, but its e-signature names nobody ('Electronically signed by "
              "on ...') and the note has no provider field: the signer cannot be identified"),
      dvh=inc("the DVH evaluation is in the same note with the nameless e-signature"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met("Portal Dosimetry; 'Approved by: Kevin Marsh, MS, DABR' and 'Physician review: Electronically "
              "signed by Lucas Ferreira, MD ...'"),
      cmp=NA),

    C("sg25_nextgen_rx_sig_on_file", "nextgen-docx+mosaiq-setup+snc",
      "TRAP: the NextGen prescription with target dose and OAR limits ends with the typed name and 'Signature "
      "on File'.",
      CEDAR, pt("Ruth", "Yoder", "1953-06-06", "55724418"), ANAL, "2025-01-13",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="09:12", conds=(4,), opener=1),
       doc("02_rx_nextgen.docx", ehr.nextgen, kind="rx", day=8, t="16:45", sig="on_file",
           title="Radiation Therapy Prescription"),
       doc("03_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:30", rx=False),
       doc("04_plan_review_nextgen.pdf", ehr.nextgen, kind="planreview", day=11, t="14:20", v=1),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=12, sigs=(PHYS(), RO()))],
      pgc=inc("the prescription (PTV_5400/PTV_4500 doses and normal tissue limits: small bowel V30Gy < 200 cc "
              "...) is authenticated only by 'Signature on File' under the typed name; the signed documents "
              "give the target dose only"),
      nst=met("NextGen consult: 3D arrangements do not give acceptable normal-tissue doses; names small bowel, "
              "femoral heads, bladder, external genitalia; 'Electronically signed by Kwame Asante, DO on ...'"),
      ncr=met("consult: concave target with bladder and small bowel within it (4)", [4]),
      img=met("NextGen plan review: isodose distributions slice by slice on the CT for targets and OARs; "
              "e-signed with date"),
      dvh=met("same note: dose-volume histograms with values"),
      por=met("site setup field table: 3 VMAT arcs with gantry start/stop"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Beatriz Oliveira, MS, DABR")),
      cmp=NA),

    C("sg26_mmodal_dbnr", "mmodal+mosaiq+verisoft",
      "TRAP: the M*Modal-style plan review transcription ends 'Dictated by Helen Achterberg, MD. This document "
      "was dictated but not read.' (twin: sg07).",
      PINECREST, pt("Arthur", "Pemberton", "1948-04-15", "21563390", "M"), PROSTATE, "2025-02-17",
      [doc("01_consult_mmodal.txt", ehr.mmodal, kind="consult", day=1, t="07:55", conds=(2,), opener=0),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="15:20"),
       doc("03_plan_review_mmodal.txt", ehr.mmodal, kind="planreview", day=12, t="08:41", sig="dbnr", v=1),
       doc("04_imrt_qa_verisoft.pdf", qa.verisoft, day=13,
           sigs=(S("kvt", "phys", "Medical Physicist", 0, "17:02"),
                 S("kvt", "ro", "Attending Physician", 1, "09:15", form="cerner")))],
      pgc=met(RX.format(o="rectum V65Gy < 17%, bladder, femoral heads, penile bulb", who="Achterberg, Helen MD")),
      nst=met("M*Modal consult: 'Medical necessity, IMRT versus 3D conformal radiotherapy'; names rectum, "
              "bladder, femoral heads, penile bulb; e-signed by Helen Achterberg, MD"),
      ncr=met("consult: 4 mm margin held to protect the immediately adjacent rectum (2)", [2]),
      img=inc("the image/isodose review is in a transcription marked 'dictated but not read': not signed"),
      dvh=inc("the DVH review is in the same dictated-but-not-read transcription"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met("VeriSoft; 'Medical Physicist: Arjun Mehta, PhD, DABR' and 'Attending Physician: ACHTERBERG MD, "
              "HELEN' with dates"),
      cmp=NA),

    C("sg27_powerscribe_preliminary", "ecw+mosaiq+powerscribe-prelim+snc",
      "TRAP: the planning image and isodose review is a PowerScribe-style '* Preliminary Report *' with "
      "'Dictated by:' but no 'Signed by:' line (twin: sg06).",
      BAYOU, pt("Rosa", "Villanueva", "1964-09-27", "41013357"), SPINE_REIRR, "2025-03-17",
      [doc("01_consult_ecw.pdf", ehr.ecw, kind="consult", day=0, t="15:02", conds=(3,), opener=0),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="10:30", form="full"),
       doc("03_image_review_powerscribe.txt", ehr.powerscribe, kind="planreview", day=11, t="13:05",
           sig="prelim", dvh=False, v=3, title="Planning Image and Isodose Review"),
       doc("04_dvh_review_ecw.pdf", ehr.ecw, kind="planreview", day=12, t="09:20", image=False, v=0,
           title="Treatment Plan DVH Review"),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=13,
           sigs=(S("esig", "phys", None, 0, "15:10", tz=True), S("esig", "ro", None, 1, "08:30", tz=True)))],
      pgc=met(RX.format(o="spinal cord PRV Dmax < 14 Gy this course, esophagus, lungs", who="Lucas Ferreira, MD")),
      nst=met("eCW consult: 'Medical necessity, IMRT versus 3D conformal radiotherapy'; names spinal cord PRV, "
              "esophagus, lungs; e-signed"),
      ncr=met("consult: second course; T9-T12 received 30 Gy in 2022 and the new portals must abut the earlier "
              "field edge with high precision (3)", [3]),
      img=inc("the only image/isodose review is a '* Preliminary Report *' (Report Status: Preliminary) with "
              "'Dictated by: Lucas Ferreira, MD' and no signature"),
      dvh=met("eCW DVH review by Lucas Ferreira MD with values; e-signed"),
      por=met("field table: 7 IMRT fields with gantry angles"),
      dos=met("SNC ArcCHECK; e-signed by Kevin Marsh, MS, DABR and Lucas Ferreira, MD"),
      cmp=NA),

    C("sg28_meditech_draft_qa_review", "meditech+mosaiq+verisoft",
      "TRAP: the VeriSoft QA carries only the physicist's role-labelled e-signature; the physician's QA review "
      "note is a Meditech document with 'Status: DRAFT' in the header, not signed.",
      HARBOR, pt("Harriet", "Crane", "1955-01-31", "70425519"), LUNG, "2025-02-03",
      [doc("01_consult_meditech.txt", ehr.meditech, kind="consult", day=0, t="16:04", conds=(1,), opener=4),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="09:12"),
       doc("03_plan_review_meditech.rtf", ehr.meditech, kind="planreview", day=11, t="10:10", v=2),
       doc("04_imrt_qa_verisoft.pdf", qa.verisoft, day=13, sigs=(PHYS(),)),
       doc("05_qa_review_meditech.txt", ehr.meditech, kind="qareview", day=14, t="08:40", sig="draft",
           qa=("Octavius 4D", "3%/2 mm"))],
      pgc=met(RX.format(o="lung V20Gy < 35%, MLD, heart, cord, esophagus", who="Vance, Teodora MD")),
      nst=met("Meditech consult: special need for IMRT in place of conventional/3D planning; names lungs, "
              "heart, spinal cord, esophagus; Meditech e-signature"),
      ncr=met("consult: subcarinal nodal PTV within 4 mm of the esophagus (1)", [1]),
      img=met("Meditech plan review: CT with isodose lines in three planes; 'Electronically Signed by "
              "Vance,Teodora MD on ... at 1010'"),
      dvh=met("same note: histogram review of targets and OARs with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=inc("VeriSoft measurement signed 'Medical Physicist: Electronically signed by Marcus Lindgren, PhD, "
              "DABR'; the physician's review of it is a DRAFT ('saved as DRAFT, not signed'): no radiation "
              "oncologist signature"),
      cmp=NA),

    C("sg29_cerner_unauth_consult", "cerner+mosaiq+portal-dosimetry",
      "TRAP: the Cerner consult holding the necessity statement has 'Result Status: Unauth' and a signature "
      "block that prints the physician's name under an empty line with 'awaiting signature' (twin: sg02).",
      REDMESA, pt("Curtis", "Holloway", "1958-12-12", "88136602", "M"), CERVIX, "2025-01-20",
      [doc("01_consult_cerner.pdf", ehr.cerner, kind="consult", day=0, t="14:15", sig="unauth", conds=(4,),
           opener=2),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="13:05"),
       doc("03_plan_review_cerner.txt", ehr.cerner, kind="planreview", day=12, t="16:50", v=0),
       doc("04_portal_dosimetry.pdf", qa.portal, day=13,
           sigs=(S("kvt", "phys", "Approved by", 0, "14:03"), S("role", "ro", "Physician review", 1, "07:40",
                                                                  tz=True)))],
      pgc=met(RX.format(o="bowel bag V45Gy < 195 cc, bladder, rectum, femoral heads, marrow",
                        who="Quintero-Baird, Rafael MD")),
      nst=inc("necessity statement (3D field-in-field comparison failed bowel bag and bladder limits; names "
              "bowel bag, bladder, rectum, femoral heads) in a consult with Result Status 'Unauth' and "
              "'Signature requested ... awaiting signature': not signed"),
      ncr=inc("condition 4 (U-shaped target around small bowel and rectum) stated only in the unsigned consult",
              [4]),
      img=met("Cerner plan review, Result Status 'Auth (Verified)': CT, targets and OARs with isodose lines; "
              "signed block with date, name below the rule"),
      dvh=met("same note: DVH evaluation for all targets and critical structures"),
      por=met("field table: 9 IMRT fields with gantry angles"),
      dos=met("Portal Dosimetry; 'Approved by: Yuki Tanabe, MS, DABR' and 'Physician review: Electronically "
              "signed by Rafael Quintero-Baird, MD ...'"),
      cmp=NA),

    C("sg30_attestation_plan_review", "nextgen+attestation+mosaiq+snc",
      "The plan review was left unsigned in NextGen; a later Medicare signature attestation statement by its "
      "author (the radiation oncologist) validates it.",
      CEDAR, pt("Frances", "Lindley", "1950-03-03", "55730081"), ESOPHAGUS, "2025-02-24",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="09:12", conds=(1,), opener=1),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:30"),
       doc("03_plan_review_nextgen.txt", ehr.nextgen, kind="planreview", day=12, t="14:20", sig="unsigned", v=3),
       doc("04_signature_attestation.pdf", ehr.attest_doc, day=22, t="09:12", entry_day=12,
           entry_desc="treatment planning note: image/isodose and DVH review"),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=13, sigs=(PHYS(), RO()))],
      pgc=met(RX.format(o="heart Dmean < 30 Gy, lungs V20Gy, cord, liver", who="Asante, Kwame DO")),
      nst=met("NextGen consult: 3D arrangements do not give acceptable normal-tissue doses; names heart, lungs, "
              "spinal cord, liver; e-signed"),
      ncr=met("consult: distal esophageal PTV within 3 mm of the heart (1)", [1]),
      img=met("the planning note (CT with isodose lines over targets and OARs, dated) was unsigned, but its "
              "author's signed and dated Medicare signature attestation names that entry; an attestation "
              "validates a note (not an order)"),
      dvh=met("same planning note (DVH of each target and critical structure), validated by the attestation"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Beatriz Oliveira, MS, DABR")),
      cmp=NA),

    C("sg31_attestation_rx", "nextgen+attestation+mosaiq-setup+snc",
      "TRAP: the unsigned NextGen prescription (target dose and OAR limits) is followed by a Medicare signature "
      "attestation; an attestation cannot authenticate an order.",
      CEDAR, pt("Douglas", "Mercer", "1947-06-18", "55736644", "M"), LARYNX, "2025-03-10",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="09:12", conds=(4,), opener=0),
       doc("02_rx_nextgen.txt", ehr.nextgen, kind="rx", day=8, t="16:45", sig="unsigned",
           title="Radiation Therapy Prescription"),
       doc("03_signature_attestation.pdf", ehr.attest_doc, day=20, t="09:12", entry_day=8,
           entry_desc="radiation therapy prescription"),
       doc("04_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:30", rx=False),
       doc("05_plan_review_nextgen.pdf", ehr.nextgen, kind="planreview", day=11, t="14:20", v=0),
       doc("06_imrt_qa_snc.pdf", qa.snc, day=12, sigs=(PHYS(), RO()))],
      pgc=inc("the prescription with PTV doses and normal tissue limits (cord Dmax < 45 Gy ...) is UNSIGNED; "
              "the later signature attestation cannot stand in for the signature on an order, and the signed "
              "documents give the target dose only"),
      nst=met("NextGen consult: 'Medical necessity, IMRT versus 3D conformal radiotherapy'; names spinal cord, "
              "brainstem, right parotid, esophagus; e-signed"),
      ncr=met("consult: horseshoe-shaped target around the spinal cord (4)", [4]),
      img=met("NextGen plan review: CT with 107/100/95/50% isodose lines over targets and OARs; e-signed, dated"),
      dvh=met("same note: DVH evaluation for all targets and critical structures"),
      por=met("site setup field table: 7 IMRT fields with gantry angles"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Beatriz Oliveira, MS, DABR")),
      cmp=NA),

    C("sg32_mobius_only", "nextgen+mosaiq+mobius3d",
      "TRAP: the only plan check is a Mobius3D recalculation (3D gamma of Mobius3D vs TPS dose), signed by the "
      "physicist and the radiation oncologist; nothing was measured.",
      GRANITE, pt("Eva", "Szabo", "1962-02-20", "93375527"), PANCREAS, "2025-04-14",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="10:40", conds=(1,), opener=2),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="12:15"),
       doc("03_plan_review_nextgen.docx", ehr.nextgen, kind="planreview", day=10, t="11:30", v=1),
       doc("04_mobius3d_check.pdf", qa.mobius3d, day=11, sigs=(PHYS(), RO()))],
      pgc=met(RX.format(o="duodenum Dmax < 55 Gy, stomach, kidneys, liver, cord", who="Okonkwo-Reid, Samuel MD")),
      nst=met("NextGen consult: 3D field-in-field comparison plan failed duodenum and stomach limits; names "
              "duodenum, stomach, kidneys, liver; e-signed"),
      ncr=met("consult: pancreatic head target within 2 mm of the duodenum (1)", [1]),
      img=met("NextGen plan review (DOCX): isodose review slice by slice on the CT; e-signed with date"),
      dvh=met("same note: dose-volume histograms for target and OAR curves with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=E(["missing", "incomplete"],
            "Mobius3D is an independent recalculation of the plan: no dose was delivered or measured, so it is not "
            "dosimetric verification of treatment setup and delivery (the LCD cites physical dose measurements). "
            "Both missing and incomplete are accepted: the spec does not say whether the wrong kind of check is "
            "no evidence or evidence lacking an element"),
      cmp=NA),

    C("sg33_compensator_brass", "nextgen+mosaiq+compensator+snc",
      "Compensator-based IMRT with a brass compensator per field: field table with a Modulator column and a "
      "compensator design report signed by dosimetrist and physicist.",
      CEDAR, pt("Amos", "Rutledge", "1955-10-05", "55741109", "M"), OROPHARYNX_COMP, "2025-04-21",
      [doc("01_consult_nextgen.pdf", ehr.nextgen, kind="consult", day=0, t="09:12", conds=(1, 4), opener=5),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="10:30", comp=True),
       doc("03_compensator_design.pdf", tps.comp_design, day=11,
           sigs=(S("kvt", "dosi", "Designed by", 0, "15:30"), S("kvt", "phys", "Checked by", 1, "10:05"))),
       doc("04_plan_review_nextgen.pdf", ehr.nextgen, kind="planreview", day=12, t="14:20", v=2),
       doc("05_imrt_qa_mapcheck.pdf", qa.snc, day=13, device="MapCHECK 2 (compensators mounted)",
           sigs=(PHYS(), RO()))],
      pgc=met(RX.format(o="cord Dmax < 45 Gy, brainstem, parotid, mandible, larynx", who="Asante, Kwame DO")),
      nst=met("NextGen consult: modulated fluence needed rather than 3D-CRT; names spinal cord, brainstem, left "
              "parotid, mandible; e-signed"),
      ncr=met("consult: primary within 2 mm of the spinal cord (1); U-shaped target around the cord (4)", [1, 4]),
      img=met("NextGen plan review: CT with target volumes, OARs and isodose lines in three planes; e-signed"),
      dvh=met("same note: histogram review with values"),
      por=met("field table: 7 IMRT fields with gantry angles, each with its compensator"),
      dos=met(QA_BOTH.format(dev="MapCHECK 2 with compensators", p="Beatriz Oliveira, MS, DABR")),
      cmp=met("compensator design report: for each of the 7 fields a unique compensator ID, material, maximum "
              "thickness, milled area and design file")),

    C("sg34_packet_blank_section", "packet+mmodal+verisoft",
      "TRAP: the planning packet is signed once on its last page, but its image-review section carries its "
      "own physician signature line, left blank (twin: sg04).",
      PINECREST, pt("Adaeze", "Nwosu", "1967-07-12", "21569975"), ANAL, "2025-04-21",
      [doc("01_sim_mmodal.txt", ehr.mmodal, kind="sim", day=4, t="12:05"),
       doc("02_planning_packet.pdf", tps.packet, day=12, t="10:12", conds=(4,), scope_trap=True, opener=3),
       doc("03_imrt_qa_verisoft.pdf", qa.verisoft, day=13,
           sigs=(S("kvt", "phys", "Medical Physicist", 0, "17:02"),
                 S("kvt", "ro", "Attending Physician", 1, "09:15", form="cerner"))),
       doc("04_otv_mmodal.txt", ehr.mmodal, kind="otv", day=24, t="13:30")],
      pgc=met("packet page 1: PTV_5400/PTV_4500 prescription and critical-structure constraints; covered by "
              "the final physician sign-off"),
      nst=met("packet page 2: intensity modulation requested in place of standard 3D planning; names small "
              "bowel, femoral heads, bladder, genitalia; covered by the final sign-off"),
      ncr=met("packet: concave target with bladder and small bowel within it (4)", [4]),
      img=inc("section 3a (CT with isodose lines) has its own line 'Image review - physician signature: ____ "
              "Date: ____', left blank; a section with its own signature line is not rescued by the packet's "
              "final sign-off"),
      dvh=met("section 3b (DVH of each target and critical structure) has no line of its own and is covered "
              "by the final sign-off"),
      por=met("packet page 4: field table of 3 VMAT arcs, repeated in words"),
      dos=met("VeriSoft; 'Medical Physicist: Arjun Mehta, PhD, DABR' and 'Attending Physician: ACHTERBERG MD, "
              "HELEN' with dates"),
      cmp=NA),
]
