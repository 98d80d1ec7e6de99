"""Treatment-planning and R&V layouts (SYNTHETIC): MOSAIQ-style Rx, Accuray Precision, Brainlab Elements,
Varian Ethos, Elekta Unity, a multi-page planning packet, a compensator design sheet, a DOCX review form."""
from __future__ import annotations

from _sg_model import Doc, fd
from _sg_sigs import brainlab_approved, mosaiq_approved, sig_line
from _sg_text import beams_words, dvh_review, image_review, necessity


def _pt(ctx, form="lf", ds="us"):
    return f"Patient: {ctx.pt.f(form)}   ID: {ctx.pt.mrn}   Birth Date: {fd(ctx.pt.dob, ds)}"


def rx_table(site):
    return ("table", ["Target", "Dose / Fx (Gy)", "Fractions", "Total (Gy)", "Technique", "Energy"],
            [[t[0], f"{t[1] / t[2]:.2f}", t[2], f"{t[1]:g}", site.technique, site.energy] for t in site.targets])


def oar_table(site, head="Dose constraint"):
    return ("table", ["Structure", head], [[o[0], o[1]] for o in site.oars])


def field_table(site, ruled=True, comp=False):
    b = site.beams
    k = "table" if ruled else "utable"
    if b[0]["kind"] == "arc":
        return (k, ["Field", "Type", "Energy", "Gantry start", "Gantry stop", "Rotation", "Coll", "Couch", "MU"],
                [[x["id"], "VMAT", x["energy"], f"{x['g']:.1f}", f"{x['g2']:.1f}", x["dir"], x["coll"],
                  x["couch"], x["mu"]] for x in b])
    head = ["Field", "Type", "Energy", "Gantry", "Coll", "Couch", "MU"] + (["Modulator"] if comp else [])
    return (k, head, [[x["id"], "IMRT", x["energy"], f"{x['g']:.1f}", x["coll"], x["couch"], x["mu"]]
                      + ([f"Compensator C{i + 1:02d}"] if comp else []) for i, x in enumerate(b)])


# ------------------------------------------------------------------------------------- MOSAIQ
def mosaiq_rx(ctx, day=10, t="09:12", approver="ro", sig="approved", constraints=True, beams=True, rx=True,
              form="lfc", comp=False, **o):
    d = ctx.day(day)
    blocks = [("title", "Prescription & Site Setup" if rx else "Site Setup"), ("p", _pt(ctx)),
              ("p", f"Site: {ctx.site.area}    Diagnosis: {ctx.site.dx}")]
    if rx:
        blocks += [("h", "Prescription"), rx_table(ctx.site)]
    if rx and constraints:
        blocks += [("h", "Dose constraints (critical structures)"), oar_table(ctx.site)]
    if beams:
        blocks += [("h", "Treatment fields"), field_table(ctx.site, comp=comp)]
    blocks.append(("sp",))
    if sig == "approved":
        a, b = mosaiq_approved(ctx.s(approver), d, t, form)
        blocks.append(("pre", [f"{a}        {b}"]))
    elif sig == "unsigned":
        blocks.append(("pre", ["Approved By:                        Date Approved:"]))
    for s in o.get("extra_sigs", ()):
        blocks.append(("pre", [sig_line(ctx, day, s)]))
    return Doc(blocks, [f"{ctx.clinic.name}  |  Radiation Oncology  |  SYNTHETIC"],
               ["Printed from record-and-verify (MOSAIQ-style layout) - SYNTHETIC - Page {page} of {pages}"],
               title="Prescription")


# ------------------------------------------------------------------------------- Accuray Precision
def precision(ctx, day=11, t="10:41", approver="ro", **o):
    site, d = ctx.site, ctx.day(day)
    h = site.beams[0]
    blocks = [("title", "Treatment Plan Report"), ("p", _pt(ctx, "LF")),
              ("kv", [("Plan Name", "HN_Tomo_v2"), ("Delivery Type", "TomoHelical"),
                      ("Plan Status", "Approved"), ("Machine", "TomoTx_0417 (SYNTHETIC)")]),
              ("h", "Prescription"),
              ("p", f"{site.targets[0][0]}: {site.targets[0][1]:.2f} Gy to 95% of the volume in "
                    f"{site.targets[0][2]} fractions; " + "; ".join(
                        f"{x[0]} {x[1]:.2f} Gy" for x in site.targets[1:])),
              ("h", "Optimization Objectives"),
              ("table", ["Structure", "Type", "Objective", "Importance"],
               [[x[0], "Target", f"min/max about {x[1]:g} Gy", "100"] for x in site.targets]
               + [[o_[0], "OAR", o_[1], str(40 - 5 * i)] for i, o_ in enumerate(site.oars)]),
              ("h", "Delivery Parameters"),
              ("table", ["Parameter", "Value"],
               [["Field width", h["fw"]], ["Pitch", h["pitch"]], ["Modulation factor (planned)", h["mf"]],
                ["Gantry period", f"{h['period']} s"], ["Gantry rotations", h["rotations"]],
                ["Gantry start angle", "0.0 deg (continuous 360 deg rotations)"],
                ["Projections per rotation", "51"],
                ["Couch travel", f"{h['travel']} (IEC Y {h['y0']} to {h['y1']} cm)"]]),
              ("h", "Plan Approval")]
    p = ctx.s(approver)
    blocks.append(("pre", ["Approval Status : Approved",
                           f"Approved By     : {p.f('lfc')} (Physician)",
                           f"Approval Date   : {fd(d)} {t}:07 {ctx.clinic.tz(d)}"]))
    return Doc(blocks, ["Accuray Precision(TM)-style plan report  |  SYNTHETIC  |  " + ctx.clinic.name],
               ["Page {page} of {pages}  -  fictional patient"], title="Tomo plan report")


# ---------------------------------------------------------------------------------- Brainlab
def brainlab(ctx, day=11, t="10:12", approver="ro", **o):
    site, d = ctx.site, ctx.day(day)
    blocks = [("title", "Elements Treatment Plan Report"), ("p", _pt(ctx, "LF", "eu")),
              ("kv", [("Plan", "GBM_R_temporal_VMAT"), ("Plan state", "Approved"),
                      ("Printed", f"{fd(d, 'eu')} {t}")]),
              ("h", "Prescription"),
              ("p", f"{site.targets[0][1]:.2f} Gy to the median of {site.targets[0][0]}, "
                    f"{site.targets[0][2]} fractions x {site.targets[0][1] / site.targets[0][2]:.2f} Gy"),
              ("h", "Organ at risk constraints"), oar_table(site, "Constraint"),
              ("h", "Arcs"),
              ("table", ["Arc", "Table angle", "Gantry start", "Gantry stop", "Direction", "Collimator", "MU"],
               [[x["id"].replace("Arc", "Arc "), f"{x['couch']}°", f"{x['g']}°", f"{x['g2']}°", x["dir"],
                 f"{x['coll']}°", x["mu"]] for x in site.beams]),
              ("h", "Approval"),
              ("p", brainlab_approved(ctx.s(approver), d, t, ctx.clinic.utc(d)))]
    return Doc(blocks, ["Brainlab Elements-style report  -  SYNTHETIC  -  " + ctx.clinic.name],
               ["{page}/{pages}"], title="Elements plan", a4=True)


# ------------------------------------------------------------------------------------- Ethos
def ethos_plan(ctx, day=11, t="15:05", approver="ro", **o):
    site, d = ctx.site, ctx.day(day)
    goals = [[f"Priority {min(i + 1, 3)}", x[0], x[1]] for i, x in enumerate(site.oars)]
    blocks = [("title", "Reference Plan Summary"), ("p", _pt(ctx, "fl")),
              ("kv", [("Treatment approach", "Bladder_adaptive 55Gy/20"), ("Plan type", "IMRT 12-field")]),
              ("h", "Prescription"), rx_table(site),
              ("h", "Clinical goals"), ("table", ["Priority", "Structure", "Goal"], goals),
              ("h", "Fields"), field_table(site),
              ("h", "Plan status"),
              ("pre", [f"Reviewed by:  {ctx.s('dosi').f('full')} (Dosimetrist)  {fd(d)} {t}",
                       f"Approved by:  {ctx.s(approver).f('full')} (Physician)  {fd(d)} {t} {ctx.clinic.tz(d)}"])]
    return Doc(blocks, ["Ethos(TM)-style export  |  SYNTHETIC  |  " + ctx.clinic.name],
               ["Page {page} of {pages}"], title="Ethos reference plan")


def ethos_session(ctx, day=18, t="08:31", approver="ro", **o):
    site, d = ctx.site, ctx.day(day)
    blocks = [("title", "Adaptive Session Summary - Fraction 1"), ("p", _pt(ctx, "fl")),
              ("kv", [("Session date", f"{fd(d)} {t} {ctx.clinic.tz(d)}"), ("Workflow", "Online adaptive"),
                      ("Plan selected", "Adapted")]),
              ("h", "Structure review"),
              ("p", "Influencer structures (bladder, rectum, bowel) and the generated target contour were "
                    "reviewed on the session CBCT and edited where needed."),
              ("h", "Plan comparison (scheduled vs adapted)"),
              ("table", ["Structure", "Scheduled", "Adapted"],
               [[x[0], x[2], x[2]] for x in site.oars]),
              ("h", "Session approval"),
              ("pre", [f"Session approved by: {ctx.s(approver).f('full')} (Physician) {fd(d)} {t}",
                       f"Physicist present:   {ctx.s('phys').f('full')}"])]
    return Doc(blocks, ["Ethos(TM)-style adaptive session  |  SYNTHETIC"], ["Page {page} of {pages}"],
               title="Ethos session")


# ------------------------------------------------------------------------------------- Unity
def unity_plan(ctx, day=9, t="09:02", approver="ro", **o):
    site, d = ctx.site, ctx.day(day)
    blocks = [("title", "MR-Linac Reference Plan"), ("p", _pt(ctx, "LF", "eu")),
              ("kv", [("Plan", "PRO_SBRT_ref"), ("Dose calculation", "Monte Carlo, 1.5 T field on"),
                      ("Plan date", fd(d, "eu"))]),
              ("h", "Prescription"), rx_table(site),
              ("h", "Clinical objectives"), oar_table(site, "Objective"),
              ("h", "Beams (step-and-shoot)"),
              ("table", ["Beam", "Gantry", "Segments", "MU"],
               [[x["id"], f"{x['g']}°", 6 + i % 4, x["mu"]] for i, x in enumerate(site.beams)]),
              ("h", "Approval"),
              ("p", f"Plan approved by: {ctx.s(approver).f('lfc')} (Radiation Oncologist) {fd(d, 'eu')} {t} "
                    f"(UTC{ctx.clinic.utc(d)})")]
    return Doc(blocks, ["SYNTHETIC  -  Unity-style MR-Linac report  -  " + ctx.clinic.name],
               ["Page {page} of {pages}"], title="Unity reference plan", a4=True)


def unity_session(ctx, day=16, t="08:14", approver="ro", **o):
    d = ctx.day(day)
    blocks = [("title", "Online Session Record - Fraction 1 of 5"), ("p", _pt(ctx, "LF", "eu")),
              ("kv", [("Workflow", "Adapt to Shape (ATS)"), ("Session start", f"{fd(d, 'eu')} {t}")]),
              ("p", "Daily MRI registered to the reference; prostate and rectum contours adjusted; adapted "
                    "plan re-optimised before delivery."),
              ("pre", [f"Adapted plan approved: {ctx.s(approver).f('lfc')}  {fd(d, 'eu')} {t}",
                       f"Session physicist:     {ctx.s('phys').f('full')}"])]
    return Doc(blocks, ["SYNTHETIC  -  Unity-style session record"], [], title="Unity session", a4=True)


# ------------------------------------------------------------------------------------- packet
def packet(ctx, day=12, t="10:12", signer="ro", conds=(4,), scope_trap=False, **o):
    """Four-page planning packet signed once on its last page. scope_trap: the image-review section
    carries its own physician signature line, left blank."""
    site, d, p = ctx.site, ctx.day(day), ctx.s(signer)
    blocks = [("title", "IMRT Treatment Planning Packet"), ("p", _pt(ctx)),
              ("h", "Section 1 - Prescription"), rx_table(site),
              ("h", "Critical structure dose constraints"), oar_table(site), ("break",),
              ("h", "Section 2 - Medical necessity")]
    blocks += [("p", x) for x in necessity(site, conds, o.get("opener", 4), o.get("v", 0))]
    blocks += [("break",), ("h", "Section 3 - Plan evaluation"), ("h", "3a. Images and isodose distribution"),
               ("p", image_review(site, o.get("iv", 2)))]
    if scope_trap:
        blocks.append(("pre", ["Image review - physician signature: ______________________   Date: __________"]))
    blocks += [("h", "3b. Dose-volume histograms"), ("p", dvh_review(site, o.get("dv", 3))), ("break",),
               ("h", "Section 4 - Beam arrangement"), field_table(site), ("p", beams_words(site)),
               ("h", "Physician sign-off" if scope_trap else "Attestation"),
               ("p", "I have reviewed this packet." if scope_trap else
                "I attest that I reviewed every section of this packet (prescription, necessity, plan "
                "evaluation and beam arrangement) and approve it."),
               ("pre", [f"Attending Radiation Oncologist: {p.f('full')}",
                        f"e-signature: /e-signed/ {p.f('plain')}",
                        f"Signed: {fd(d, 'dmy')} {t} (UTC{ctx.clinic.utc(d)})"])]
    return Doc(blocks, [f"{ctx.clinic.name} - IMRT planning packet - {ctx.pt.f('lf')} ({ctx.pt.mrn})"],
               ["SYNTHETIC - Page {page} of {pages}" + ("" if scope_trap else
                                                     " - this packet is signed once, on its final page")],
               title="IMRT packet", font="Times-Roman", size=10)


# -------------------------------------------------------------------------------- compensators
def comp_design(ctx, day=11, **o):
    site = ctx.site
    rows = []
    for i, x in enumerate(site.beams):
        rows.append([x["id"], f"{x['g']:.0f}", f"C{i + 1:02d}-{ctx.pt.mrn[-4:]}", "Brass",
                     f"{2.1 + 0.37 * ((i * 3) % 5):.2f}", f"{12 + i % 3}.{(i * 7) % 10} x {10 + i % 4}.{i % 10}",
                     f"C{i + 1:02d}_{ctx.pt.mrn[-4:]}.dcm"])
    blocks = [("title", "Compensator Design Report"), ("p", _pt(ctx)),
              ("p", "Milled brass compensators, one per treatment field, designed from the optimised "
                    "fluence of each field; tray at 65.4 cm from source."),
              ("table", ["Field", "Gantry", "Compensator ID", "Material", "Max thickness (cm)",
                         "Milled area (cm)", "Design file"], rows)]
    blocks += [("pre", [sig_line(ctx, day, s) for s in o.get("sigs", ())])]
    return Doc(blocks, [f"{ctx.clinic.name} - physics - SYNTHETIC"], ["Page {page} of {pages}"],
               title="Compensator design")


# ------------------------------------------------------------------------------ DOCX review form
def review_form(ctx, day=12, t="16:40", signer="ro", ds="eu", **o):
    site, d, p = ctx.site, ctx.day(day), ctx.s(signer)
    blocks = [("title", "Physician Plan Review"), ("p", _pt(ctx, "fl", ds)),
              ("table", ["Item", "Finding"],
               [["Images / isodose", image_review(site, o.get("iv", 1))],
                ["DVH", dvh_review(site, o.get("dv", 2))],
                ["Beams", beams_words(site)]]),
              ("h", "Sign-off"),
              ("table", ["Role", "Name", "Signature", "Date"],
               [["Radiation Oncologist", p.f(o.get("form", "cerner")), "e-signed", f"{fd(d, ds)} {t}"]])]
    return Doc(blocks, [f"{ctx.clinic.name} - Radiation Oncology - SYNTHETIC"],
               [f"{ctx.pt.f('lf')} | {ctx.pt.mrn} | form RO-PR-7 | SYNTHETIC"], title="Plan review")
