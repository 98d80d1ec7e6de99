"""Charts sg13-sg23: fellows, residents, other specialties, NP / PA-C / RN signers, a physicist without a
credential, and their compliant twins. Expectations hand-written (SYNTHETIC)."""
from __future__ import annotations

import _sg_ehr as ehr
import _sg_qa as qa
import _sg_tps as tps
from _sg_kit import NA, PHYS, RO, C, S, doc, inc, met
from _sg_people import BAYOU, CEDAR, LAKESHORE, SIERRA, pt
from _sg_sites import BREAST_L, CERVIX, ESOPHAGUS, GLIOMA, LARYNX, PANCREAS, PROSTATE, SPINE_REIRR

RX = "MOSAIQ-style Rx with prescription table and critical-structure constraints ({o}); 'Approved By: " \
     "{who}  Date Approved: ...'"
QA_BOTH = "{dev} measured vs calculated with per-beam gamma; role-labelled e-signatures of the medical physicist " \
          "({p}) and the radiation oncologist"

CHARTS = [
    C("sg13_allscripts_fellow_awaiting", "allscripts+mosaiq+verisoft",
      "TRAP: the only necessity statement is in a consult e-signed by a radiation oncology fellow, Document "
      "Status 'Pending Cosign', 'Awaiting attending co-signature: Priya Raman MD'.",
      SIERRA, pt("Dorothy", "Whitcombe", "1954-02-12", "81240037"), BREAST_L, "2025-02-03",
      [doc("01_consult_fellow.pdf", ehr.allscripts, kind="consult", day=0, t="14:32", sig="pending",
           signer="fellow", conds=(1,), opener=0),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:02"),
       doc("03_plan_review_allscripts.pdf", ehr.allscripts, kind="planreview", day=10, t="16:20", v=1),
       doc("04_imrt_qa_verisoft.pdf", qa.verisoft, day=11, sigs=(PHYS(), RO(t="07:50")))],
      pgc=met(RX.format(o="heart Dmean < 4 Gy, LAD, left lung V16Gy, right breast", who="Raman, Priya MD")),
      nst=inc("necessity statement (names heart, LAD, left lung, right breast) e-signed only by Sofia "
              "Marchetti MD, Radiation Oncology Fellow; 'Pending Cosign' / 'Awaiting attending co-signature': "
              "no radiation oncologist signature"),
      ncr=inc("condition 1 (left breast PTV within 8 mm of heart and LAD) is stated, but only in the fellow's "
              "unsigned-by-attending note", [1]),
      img=met("Allscripts plan review by the attending: isodose distributions on the CT for targets and OARs; "
              "'Electronically signed by: Priya Raman MD  <Mon d yyyy>  4:20PM PST (Author)'"),
      dvh=met("same note: dose-volume histograms with target and OAR values"),
      por=met("field table: 4 tangential IMRT fields with gantry angles"),
      dos=met(QA_BOTH.format(dev="VeriSoft/Octavius", p="Stefan Kowalczyk, PhD, DABR")),
      cmp=NA),

    C("sg14_allscripts_fellow_attested", "allscripts+mosaiq+snc",
      "Compliant twin of sg13: the fellow's consult is followed by an 'Attending Attestation' ('I have seen and "
      "examined the patient ... I agree with the fellow's note') e-signed by the attending as Cosigner.",
      SIERRA, pt("Hiro", "Nakamura", "1952-06-28", "81243315", "M"), SPINE_REIRR, "2025-02-17",
      [doc("01_consult_fellow.pdf", ehr.allscripts, kind="consult", day=0, t="11:05", sig="attested",
           signer="fellow", conds=(3,), opener=4, v=1),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:02"),
       doc("03_plan_review_allscripts.pdf", ehr.allscripts, kind="planreview", day=10, t="16:20", v=3),
       doc("04_imrt_qa_snc.pdf", qa.snc, day=11, sigs=(S("kv", "phys", "Physicist", 0),
                                                       S("kv", "ro", "Radiation Oncologist", 1)))],
      pgc=met(RX.format(o="spinal cord PRV Dmax < 14 Gy this course, esophagus, lungs", who="Raman, Priya MD")),
      nst=met("fellow's consult states the special need for IMRT in place of conventional/3D planning and names "
              "spinal cord PRV, esophagus, lungs; the attending's attestation agrees and is e-signed 'Priya "
              "Raman MD, Attending Radiation Oncologist ... (Cosigner)'"),
      ncr=met("consult: re-irradiation; the neighbouring T9-T12 segment received 30 Gy in 2022 and the abutting "
              "portals must match the old field with high precision (3)", [3]),
      img=met("Allscripts plan review by the attending, CT with isodose lines over targets and OARs; e-signed "
              "with date"),
      dvh=met("same note: DVH of each target and critical structure with values"),
      por=met("field table: 7 IMRT fields with gantry angles"),
      dos=met("SNC ArcCHECK gamma; 'Physicist: Stefan Kowalczyk, PhD, DABR  Date:' and 'Radiation Oncologist: "
              "Priya Raman, MD  Date:'"),
      cmp=NA),

    C("sg15_portal_resident_qa", "epic-header+mosaiq+portal-dosimetry",
      "TRAP: Portal Dosimetry QA approved by the physicist, with the physician review e-signed by a PGY-3 "
      "resident only.",
      LAKESHORE, pt("Angela", "Ferraro", "1959-03-21", "30139920"), PROSTATE, "2025-04-07",
      [doc("01_consult_epic.txt", ehr.epic, kind="consult", day=0, t="16:40", sig="header", conds=(2,),
           opener=5),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="12:10", form="full"),
       doc("03_plan_review_epic.txt", ehr.epic, kind="planreview", day=11, t="17:30", sig="signed", v=3),
       doc("04_portal_dosimetry.pdf", qa.portal, day=13,
           sigs=(S("kvt", "phys", "Approved by", 0, "14:03"),
                 S("role", "res", "Physician review", 1, "07:40", form="titled", tz=True)))],
      pgc=met(RX.format(o="rectum V65Gy < 17%, bladder, femoral heads, penile bulb", who="Ingrid Solberg, MD")),
      nst=met("Epic consult (Status: Signed, Author Type: Physician): modulated fluence needed rather than "
              "3D-CRT; names rectum, bladder, femoral heads, penile bulb"),
      ncr=met("consult: 4 mm margin held to protect the immediately adjacent rectum (2)", [2]),
      img=met("Epic plan review by the attending, e-signed with date: CT data set with isodose lines over "
              "targets and OARs"),
      dvh=met("same note: DVH of each target and each critical structure with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=inc("Portal Dosimetry area gamma approved by Oluwaseun Adeyemi, PhD, DABR, but the physician review "
              "is e-signed by Jonah Pereira, MD, PGY-3 Resident only; no attending radiation oncologist signs "
              "the QA"),
      cmp=NA),

    C("sg16_portal_attending_qa", "epic-header+mosaiq+portal-dosimetry",
      "Compliant twin of sg15: the Portal Dosimetry physician review is e-signed by the attending radiation "
      "oncologist.",
      LAKESHORE, pt("Simon", "Blackwood", "1947-12-01", "30141178", "M"), LARYNX, "2025-04-14",
      [doc("01_consult_epic.txt", ehr.epic, kind="consult", day=0, t="16:40", sig="header", conds=(1,),
           opener=4),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="12:10", form="full"),
       doc("03_plan_review_epic.txt", ehr.epic, kind="planreview", day=11, t="17:30", sig="signed", v=0),
       doc("04_portal_dosimetry.pdf", qa.portal, day=13,
           sigs=(S("kvt", "phys", "Approved by", 0, "14:03"),
                 S("role", "ro", "Physician review", 1, "07:40", form="titled", tz=True)))],
      pgc=met(RX.format(o="cord Dmax < 45 Gy, brainstem, right parotid, cervical esophagus",
                        who="Ingrid Solberg, MD")),
      nst=met("Epic consult: special need for IMRT in place of conventional/3D planning; names spinal cord, "
              "brainstem, right parotid, esophagus; signed through the Epic header"),
      ncr=met("consult: nodal target within 2 mm of the spinal cord (1)", [1]),
      img=met("Epic plan review, e-signed by the attending with date: CT with 107/100/95/50% isodose lines"),
      dvh=met("same note: DVH evaluation for all targets and critical structures"),
      por=met("field table: 7 IMRT fields with gantry angles"),
      dos=met("Portal Dosimetry per-field area gamma; 'Approved by: Oluwaseun Adeyemi, PhD, DABR' and 'Physician "
              "review: Electronically signed by Ingrid Solberg, MD, Attending Radiation Oncologist ...'"),
      cmp=NA),

    C("sg17_athena_urology_letter", "athena+nextgen+mosaiq+snc",
      "TRAP: the only IMRT necessity statement is a letter written and e-signed by the referring urologist "
      "(Gregory Haldane, MD, Urology), not by the radiation oncologist.",
      CEDAR, pt("Bernard", "Kowal", "1949-09-09", "55712640", "M"), PROSTATE, "2025-01-20",
      [doc("01_urology_letter.docx", ehr.athena, kind="letter", day=0, t="11:10", signer="uro", conds=(1,),
           opener=3, org="Cedar Valley Urology Associates",
           org_addr="12 Mill Race Lane, Hollins Ford, PA 17999", datestyle="long"),
       doc("02_sim_nextgen.txt", ehr.nextgen, kind="sim", day=6, t="13:00"),
       doc("03_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="09:40"),
       doc("04_plan_review_nextgen.pdf", ehr.nextgen, kind="planreview", day=11, t="15:15", v=2),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=12, sigs=(PHYS(), RO()))],
      pgc=met(RX.format(o="rectum V65Gy < 17%, bladder, femoral heads, penile bulb", who="Asante, Kwame DO")),
      nst=inc("the necessity statement (names rectum, bladder, femoral heads, penile bulb) is signed by Gregory "
              "Haldane, MD of Urology; an MD of another specialty is not the radiation oncologist, and no "
              "radiation oncology document states the need for IMRT"),
      ncr=inc("condition 1 (prostate within 2 mm of the anterior rectal wall) stated only in the urologist's "
              "letter", [1]),
      img=met("NextGen plan review: images with target volumes, OARs and isodose lines in three planes; "
              "'Electronically signed by Kwame Asante, DO on <date> at 03:15 PM'"),
      dvh=met("same note: histogram review of targets and OARs with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Beatriz Oliveira, MS, DABR")),
      cmp=NA),

    C("sg18_athena_ro_letter", "athena+nextgen+mosaiq+snc",
      "Compliant twin of sg17: the athena-style necessity letter is written and e-signed by the radiation "
      "oncologist, a DO ('Kwame Asante, DO').",
      CEDAR, pt("Maurice", "Delacroix", "1951-04-04", "55719923", "M"), PROSTATE, "2025-02-10",
      [doc("01_necessity_letter.docx", ehr.athena, kind="letter", day=0, t="11:10", conds=(1, 2), opener=3,
           datestyle="long"),
       doc("02_sim_nextgen.txt", ehr.nextgen, kind="sim", day=6, t="13:00"),
       doc("03_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="09:40"),
       doc("04_plan_review_nextgen.pdf", ehr.nextgen, kind="planreview", day=11, t="15:15", v=2),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=12, sigs=(PHYS(), RO()))],
      pgc=met(RX.format(o="rectum V65Gy < 17%, bladder, femoral heads, penile bulb", who="Asante, Kwame DO")),
      nst=met("letter by the radiation oncologist: intensity modulation requested in place of standard 3D "
              "planning; names rectum, bladder, femoral heads, penile bulb; 'Electronically signed by Kwame "
              "Asante DO at ... EST'"),
      ncr=met("letter: prostate within 2 mm of the anterior rectal wall (1); 4 mm margin to protect the "
              "immediately adjacent rectum (2)", [1, 2]),
      img=met("NextGen plan review e-signed by Kwame Asante, DO with date"),
      dvh=met("same note: histogram review with values"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Beatriz Oliveira, MS, DABR")),
      cmp=NA),

    C("sg19_powerscribe_radiologist", "ecw+mosaiq+powerscribe+snc",
      "TRAP: the planning image and isodose review is a PowerScribe-style final report signed by a "
      "neuroradiologist; the radiation oncologist signs the DVH review separately.",
      BAYOU, pt("Marta", "Sandoval", "1966-01-17", "40991205"), GLIOMA, "2025-03-10",
      [doc("01_consult_ecw.pdf", ehr.ecw, kind="consult", day=0, t="15:02", conds=(1,), opener=1),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="10:30", form="full"),
       doc("03_image_review_powerscribe.txt", ehr.powerscribe, kind="planreview", day=11, t="13:05",
           signer="rad", dvh=False, v=0, title="MR/CT Fusion and Planning Image Review"),
       doc("04_dvh_review_ecw.pdf", ehr.ecw, kind="planreview", day=12, t="09:20", image=False, v=2,
           title="Treatment Plan DVH Review"),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=13,
           sigs=(S("esig", "phys", None, 0, "15:10", tz=True), S("esig", "ro", None, 1, "08:30", tz=True)))],
      pgc=met(RX.format(o="brainstem Dmax < 55 Gy, chiasm, optic nerve, cochlea, hippocampus",
                        who="Lucas Ferreira, MD")),
      nst=met("eCW consult by the radiation oncologist: 3D arrangements do not give acceptable normal-tissue "
              "doses; names brainstem, optic chiasm, optic nerve, cochlea; e-signed"),
      ncr=met("consult: resection cavity PTV within 2 mm of the brainstem (1)", [1]),
      img=inc("the only review of the CT/MRI with isodose lines is signed by Nadia Petrov, MD (Neuroradiology, "
              "Department of Radiology) - a '* Final Report *' with 'Signed by:', but an MD of another "
              "specialty is not the radiation oncologist"),
      dvh=met("eCW DVH review by Lucas Ferreira MD: histograms for targets and OARs with values; e-signed"),
      por=met("field table: 4 VMAT arcs with couch angles and gantry start/stop"),
      dos=met("SNC ArcCHECK; 'Electronically signed by Kevin Marsh, MS, DABR ...' and 'Electronically signed by "
              "Lucas Ferreira, MD ...'"),
      cmp=NA),

    C("sg20_allscripts_np_dvh", "allscripts+mosaiq+verisoft",
      "TRAP: the DVH review is a separate Allscripts note e-signed by a nurse practitioner; the radiation "
      "oncologist signs the image/isodose review.",
      SIERRA, pt("Alice", "Thornbury", "1961-07-23", "81255561"), CERVIX, "2025-03-10",
      [doc("01_consult_allscripts.pdf", ehr.allscripts, kind="consult", day=0, t="13:20", conds=(4, 5), opener=5),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:02"),
       doc("03_isodose_review.pdf", ehr.allscripts, kind="planreview", day=10, t="16:20", dvh=False, v=0,
           title="Isodose Review"),
       doc("04_dvh_review_np.pdf", ehr.allscripts, kind="planreview", day=11, t="09:45", image=False,
           signer="np", v=1, title="DVH Review"),
       doc("05_imrt_qa_verisoft.pdf", qa.verisoft, day=12, sigs=(PHYS(), RO(t="07:50")))],
      pgc=met(RX.format(o="bowel bag V45Gy < 195 cc, bladder, rectum, femoral heads, marrow",
                        who="Raman, Priya MD")),
      nst=met("Allscripts consult by the attending: modulated fluence needed rather than 3D-CRT; names bowel "
              "bag, bladder, rectum, femoral heads; e-signed"),
      ncr=met("consult: U-shaped target around small bowel and rectum (4); the involved pelvic node is escalated "
              "to 55 Gy, above the dose commonly delivered with conventional treatment (5)", [4, 5]),
      img=met("Allscripts 'Isodose Review' by Priya Raman MD: CT with targets, OARs and isodose lines; "
              "e-signed with date"),
      dvh=inc("the DVH review (target and OAR curves with values) is e-signed by Renee Castillo NP, Nurse "
              "Practitioner; an NP does not satisfy the radiation oncologist requirement"),
      por=met("field table: 9 IMRT fields with gantry angles"),
      dos=met(QA_BOTH.format(dev="VeriSoft/Octavius", p="Stefan Kowalczyk, PhD, DABR")),
      cmp=NA),

    C("sg21_allscripts_pa_rx", "allscripts+mosaiq-setup+snc",
      "TRAP: the prescription with target dose and OAR limits is an Allscripts order e-signed by a PA-C; the "
      "R&V site setup signed by the radiation oncologist lists fields only.",
      SIERRA, pt("Nora", "Gallagher", "1956-10-30", "81261190"), PANCREAS, "2025-03-24",
      [doc("01_consult_allscripts.pdf", ehr.allscripts, kind="consult", day=0, t="13:20", conds=(4,), opener=0),
       doc("02_rx_order_pa.pdf", ehr.allscripts, kind="rx", day=8, t="17:05", signer="pa",
           title="Radiation Therapy Prescription (Order)"),
       doc("03_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:02", rx=False),
       doc("04_plan_review_allscripts.pdf", ehr.allscripts, kind="planreview", day=10, t="16:20", v=2),
       doc("05_imrt_qa_snc.pdf", qa.snc, day=11, sigs=(PHYS(), RO()))],
      pgc=inc("the prescription stating PTV_5040 50.4 Gy/28 and the normal tissue limits (duodenum Dmax < 55 "
              "Gy ...) is e-signed only by Derek Wu PA-C, Physician Assistant; the radiation oncologist's "
              "documents give the target dose only"),
      nst=met("Allscripts consult by the attending: 'Medical necessity, IMRT versus 3D conformal "
              "radiotherapy'; names duodenum, stomach, kidneys, liver; e-signed"),
      ncr=met("consult: concave target with the duodenum within the concavity (4)", [4]),
      img=met("Allscripts plan review by Priya Raman MD: images with isodose lines in three planes; e-signed"),
      dvh=met("same note: histogram review of targets and OARs with values"),
      por=met("site setup field table: 2 VMAT arcs with gantry start/stop"),
      dos=met(QA_BOTH.format(dev="SNC ArcCHECK", p="Stefan Kowalczyk, PhD, DABR")),
      cmp=NA),

    C("sg22_rn_priorauth_letter", "athena+allscripts+mosaiq+verisoft",
      "TRAP: the only necessity statement is a prior-authorisation letter prepared and e-signed by a nurse "
      "navigator (RN); the chart has no radiation oncologist consult.",
      SIERRA, pt("Vivian", "Esposito", "1952-08-08", "81266734"), BREAST_L, "2025-04-07",
      [doc("01_prior_auth_letter.rtf", ehr.athena, kind="letter", day=0, t="10:25", signer="rn", conds=(1,),
           opener=1, salute="Dear Prior Authorization Department:"),
       doc("02_sim_allscripts.pdf", ehr.allscripts, kind="sim", day=3, t="09:10"),
       doc("03_rx_site_setup.pdf", tps.mosaiq_rx, day=9, t="10:02"),
       doc("04_plan_review_allscripts.pdf", ehr.allscripts, kind="planreview", day=10, t="16:20", v=0),
       doc("05_imrt_qa_verisoft.pdf", qa.verisoft, day=11, sigs=(PHYS(), RO(t="07:50")))],
      pgc=met(RX.format(o="heart Dmean < 4 Gy, LAD, left lung, right breast", who="Raman, Priya MD")),
      nst=inc("the necessity statement (names heart, LAD, left lung, right breast) is in a letter e-signed by "
              "Lori Banks RN, Nurse Navigator; an RN does not satisfy the radiation oncologist requirement"),
      ncr=inc("condition 1 (left breast PTV within 8 mm of heart and LAD) stated only in the RN's letter", [1]),
      img=met("Allscripts plan review by Priya Raman MD: CT with 107/100/95/50% isodose lines; e-signed"),
      dvh=met("same note: DVH evaluation for all targets and critical structures"),
      por=met("field table: 4 IMRT fields with gantry angles"),
      dos=met(QA_BOTH.format(dev="VeriSoft/Octavius", p="Stefan Kowalczyk, PhD, DABR")),
      cmp=NA),

    C("sg23_physicist_no_credential", "ecw+mosaiq+powerscribe-final+snc",
      "TRAP: the QA report is e-signed 'Electronically signed by Kevin Marsh <date>' with no physicist title or "
      "credential anywhere, plus the radiation oncologist (twin: sg06).",
      BAYOU, pt("Elaine", "Broussard", "1957-05-05", "41002286"), ESOPHAGUS, "2025-04-14",
      [doc("01_consult_ecw.pdf", ehr.ecw, kind="consult", day=0, t="16:18", conds=(4,), opener=4),
       doc("02_rx_site_setup.pdf", tps.mosaiq_rx, day=10, t="11:47", form="full"),
       doc("03_plan_review_powerscribe.txt", ehr.powerscribe, kind="planreview", day=12, t="10:12", v=1),
       doc("04_imrt_qa_snc.pdf", qa.snc, day=13,
           sigs=(S("esig", "phys", None, 0, "15:10", form="plain", tz=True),
                 S("esig", "ro", None, 1, "08:30", tz=True)))],
      pgc=met(RX.format(o="heart Dmean < 30 Gy, lungs V20Gy, cord, liver", who="Lucas Ferreira, MD")),
      nst=met("eCW consult: special need for IMRT in place of conventional/3D planning; names heart, lungs, "
              "spinal cord, liver; e-signed"),
      ncr=met("consult: C-shaped target around the spinal cord (4)", [4]),
      img=met("PowerScribe '* Final Report *' plan review with isodose review; 'Signed by: Lucas Ferreira, MD'"),
      dvh=met("same report: dose-volume histograms for target and OAR curves"),
      por=met("field table: 2 VMAT arcs with gantry start/stop"),
      dos=inc("ArcCHECK QA signed by Lucas Ferreira, MD and by 'Kevin Marsh' with no title, credential or role "
              "label: the medical physicist role is not established"),
      cmp=NA),
]
