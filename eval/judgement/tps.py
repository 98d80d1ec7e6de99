"""Treatment-planning-system printouts: Lodestar / Cadence / Meridian PDF (ruled, multi-page), Kestrel INI-like
TXT export, Vireo DOCX plan summary.  All vendor names are invented."""
from model import fmt, MARK
from render import render_pdf, render_docx

FOOT = "%s test record - invented patient and staff - not for clinical use" % MARK

VENDORS = {
    "lodestar": dict(product="Lodestar TPS 8.1", title="Treatment Plan Report", font="Helvetica",
                     accent="#1f3b57", rx="Prescription", goals="Clinical objectives", beams="Beam data",
                     stats="Dose statistics (calculated)", ok="Met", okh="Status"),
    "cadence": dict(product="Cadence Dose 5.0", title="Plan Document", font="Times-Roman", accent="#5a2d0c",
                    rx="Dose prescription", goals="Planning constraints", beams="Field geometry",
                    stats="DVH statistics", ok="Pass", okh="Result"),
    "meridian": dict(product="Meridian Plan 4.2", title="Plan Report", font="Helvetica", accent="#0b5d3b",
                     rx="Target prescription", goals="Dose-volume goals", beams="Delivery fields",
                     stats="Achieved dose metrics", ok="Yes", okh="Goal met"),
}


def gantry_text(b):
    if b["kind"] == "arc":
        return "%.1f %s %.1f" % (b["start"], b["dir"], b["stop"])
    return "%.1f" % b["gantry"]


def beam_type(b, technique):
    if b["kind"] == "arc":
        return "VMAT arc"
    if technique.startswith("IMRT"):
        return "IMRT (%s)" % ("sliding window" if "sliding" in technique else "step-and-shoot")
    if "field-in-field" in technique and "_s" in b["id"]:
        return "Static, FiF segment"
    return "Static, MLC-shaped"


def rx_rows(targets):
    return [[t, "%.2f Gy" % d, str(n), "%.3f Gy" % (d / n)] for t, d, n in targets]


def stats_rows(plan):
    rows = [[s, m, v] for s, m, v in plan["tstats"]]
    rows += [[s, m.replace(" (composite)", ""), a] for s, m, _lim, a in plan["oars"]]
    return rows


def plan_pdf(ctx, plan, vendor="lodestar", approvals=(), goals="limits", show_rx=True, a4=False):
    """goals: 'limits' (objective, limit, plan value), 'limits_noval' (objective and limit), 'none'."""
    v = VENDORS[vendor]
    p, c = ctx["patient"], ctx["clinic"]
    created, calc = plan["created"], plan["calculated"]
    B = [("title", "%s - %s" % (v["product"], v["title"])),
         ("p", "%s - %s. This printout is a %s document." % (c.name, c.city, MARK)),
         ("kv", [("Patient", p.lastfirst), ("MRN", p.mrn), ("Date of birth", fmt(p.dob)),
                 ("Course / plan", "%s / %s" % (plan.get("course", "C1"), plan["plan_id"])),
                 ("Technique", plan["technique"]), ("Treatment unit", plan.get("machine", "Vanguard LX-2")),
                 ("Plan created", "%s %s by %s" % (fmt(created[0]), created[1], c.dosim.full)),
                 ("Dose calculated", "%s %s (collapsed-cone, 2.5 mm grid)" % (fmt(calc[0]), calc[1])),
                 ("Plan status", plan.get("status", "Approved for treatment"))])]
    if show_rx:
        B += [("h", v["rx"]),
              ("table", ["Target", "Total dose", "Fractions", "Dose/fraction"], rx_rows(plan["targets"]))]
    if goals == "limits":
        B += [("h", v["goals"]),
              ("table", ["Structure", "Objective", "Limit", "Plan value", v["okh"]],
               [[s, m, lim, a, v["ok"]] for s, m, lim, a in plan["oars"]])]
    elif goals == "limits_noval":
        B += [("h", v["goals"]), ("table", ["Structure", "Objective", "Limit"],
                                  [[s, m, lim] for s, m, lim, _a in plan["oars"]])]
    B += [("break",), ("h", v["beams"]),
          ("table", ["Beam", "Type", "Energy", "Gantry (deg)", "Coll (deg)", "Couch (deg)", "MU"],
           [[b["id"], beam_type(b, plan["technique"]), b["energy"], gantry_text(b), "%.1f" % b["coll"],
             "%.1f" % b["couch"], "%.1f" % b["mu"]] for b in plan["beams"]]),
          ("p", "Isocentre: single isocentre; %d %s." % (len(plan["beams"]),
                                                        "arcs" if plan["beams"][0]["kind"] == "arc" else "fields")),
          ("break",), ("h", v["stats"]),
          ("table", ["Structure", "Metric", "Value"], stats_rows(plan))]
    if approvals:
        B += [("h", "Plan sign-off")] + list(approvals)
    header = ("%s  |  %s" % (c.name, v["product"]),
              "%s   MRN %s   DOB %s" % (p.lastfirst, p.mrn, fmt(p.dob)))
    return render_pdf(B, header=header, footer=FOOT, font=v["font"], accent=v["accent"], a4=a4,
                      title="%s %s" % (v["product"], plan["plan_id"]))


def kestrel_txt(ctx, plan, approvals=(), goals="limits"):
    """INI-like export from 'Kestrel Planning Station'.  approvals: plain lines appended after [End]."""
    p, c = ctx["patient"], ctx["clinic"]
    created, calc = plan["created"], plan["calculated"]
    L = ["; Kestrel Planning Station 5.2 - plan export - %s test record" % MARK,
         "; %s, %s" % (c.name, c.city), "",
         "[Patient]", "Name = %s" % p.lastfirst, "MRN = %s" % p.mrn, "BirthDate = %s" % p.dob.isoformat(),
         "Sex = %s" % p.sex, "",
         "[Plan]", "Label = %s" % plan["plan_id"], "Course = %s" % plan.get("course", "C1"),
         "Technique = %s" % plan["technique"], "Machine = %s" % plan.get("machine", "Vanguard LX-2"),
         "CreatedOn = %sT%s" % (created[0].isoformat(), created[1]),
         "CreatedBy = %s" % c.dosim.full,
         "DoseCalculatedOn = %sT%s" % (calc[0].isoformat(), calc[1]),
         "Status = %s" % plan.get("status", "Approved"), ""]
    L.append("[Prescription]")
    for i, (t, d, n) in enumerate(plan["targets"], 1):
        L.append("Target.%d = %s | %.2f Gy | %d fx | %.3f Gy/fx" % (i, t, d, n, d / n))
    L.append("")
    if goals != "none":
        L.append("[Objectives]")
        for i, (s, m, lim, a) in enumerate(plan["oars"], 1):
            extra = " | planned %s" % a if goals == "limits" else ""
            L.append("Objective.%d = %s | %s %s%s" % (i, s, m, lim, extra))
        L.append("")
    L.append("[Beams]")
    for i, b in enumerate(plan["beams"], 1):
        geo = ("arc %s" % gantry_text(b)) if b["kind"] == "arc" else ("gantry %s" % gantry_text(b))
        L.append("Beam.%d = %s | %s | %s | %s | coll %.1f | couch %.1f | MU %.1f" % (
            i, b["id"], beam_type(b, plan["technique"]), b["energy"], geo, b["coll"], b["couch"], b["mu"]))
    L += ["", "[DoseStatistics]"]
    for i, (s, m, val) in enumerate(stats_rows(plan), 1):
        L.append("Stat.%d = %s | %s | %s" % (i, s, m, val))
    L += ["", "[End]", ""]
    L += list(approvals)
    return ("\n".join(L) + "\n").encode("utf-8")


def vireo_docx(ctx, plan, approvals=(), goals="limits", evaluation_only=False):
    """Vireo Planning DOCX summary.  evaluation_only: a 'Plan Evaluation' printout with achieved values and
    beams but no prescription or objectives."""
    p, c = ctx["patient"], ctx["clinic"]
    created, calc = plan["created"], plan["calculated"]
    title = "Vireo Planning 3 - %s" % ("Plan Evaluation" if evaluation_only else "Plan Summary")
    B = [("title", title),
         ("table", None, [["Patient", p.lastfirst, "MRN", p.mrn],
                          ["DOB", fmt(p.dob, "long"), "Plan", plan["plan_id"]],
                          ["Technique", plan["technique"], "Unit", plan.get("machine", "Vanguard LX-2")],
                          ["Created", "%s %s" % (fmt(created[0], "long"), created[1]),
                           "Calculated", "%s %s" % (fmt(calc[0], "long"), calc[1])]])]
    if not evaluation_only:
        B += [("h", "Prescription"),
              ("table", ["Target", "Total dose", "Fractions", "Dose/fraction"], rx_rows(plan["targets"]))]
        if goals == "limits":
            B += [("h", "Dose constraints and objectives"),
                  ("table", ["Structure", "Objective", "Constraint", "Plan", "Achieved?"],
                   [[s, m, lim, a, "Yes"] for s, m, lim, a in plan["oars"]])]
    B += [("h", "Treatment fields"),
          ("table", ["Field", "Type", "Energy", "Gantry", "Collimator", "MU"],
           [[b["id"], beam_type(b, plan["technique"]), b["energy"], gantry_text(b), "%.0f" % b["coll"],
             "%.1f" % b["mu"]] for b in plan["beams"]]),
          ("h", "DVH results" if evaluation_only else "Dose statistics"),
          ("table", ["Structure", "Metric", "Result"], stats_rows(plan))]
    if approvals:
        B += [("h", "Sign-off")] + list(approvals)
    header = (c.name + "  -  Vireo Planning", "%s  |  MRN %s" % (p.lastfirst, p.mrn))
    return render_docx(B, header=header, footer=FOOT)
