"""Render one signature slot (model.Sig) as text for each placement.

Line placements return a list of lines; the table placement returns cells.
Rendering fills ``sig.family`` / ``sig.given`` from the name actually written.
"""

from .dates import fmt_date, fmt_time
from .people import render_name, short_name
from .vocab import ACTION_LABELS, CERNER_VERB, ROLE_LABELS, VERB_CELL


def rule(rng):
    return "_" * rng.choice((24, 32, 40, 48))


def label_text(label, rng):
    text = label.upper() if rng.random() < 0.15 else label
    if label in ACTION_LABELS and rng.random() < 0.3:
        return text + " :"
    return text + (" -" if rng.random() < 0.08 else ":")


def verb_text(verb, rng, colon=False):
    if verb == "/s/":
        return "/s/"
    x = rng.random()
    text = verb.upper() if x < 0.12 else (verb.title() if x < 0.3 else verb)
    return text + (":" if colon else "")


def stamp_text(sig):
    """'02/11/2025 11:20 CST' for the slot's date/time/zone ('' without a date)."""
    if not sig.date:
        return ""
    d = fmt_date(sig.date, sig.date_form)
    if not sig.time:
        return d
    zone = f" {sig.zone}" if sig.zone != "none" else ""
    return f"{d} {fmt_time(sig.time, sig.time_form)}{zone}"


def when(sig, rng, styles=(0, 1, 2, 3)):
    if not sig.date:
        return ""
    style = rng.choice(styles)
    if style == 1:
        d = fmt_date(sig.date, sig.date_form)
        if not sig.time:
            return f"  Date: {d}"
        zone = f" {sig.zone}" if sig.zone != "none" else ""
        return f"  Date: {d}  Time: {fmt_time(sig.time, sig.time_form)}{zone}"
    return (f" on {stamp_text(sig)}", None, f"  {stamp_text(sig)}",
            f" ({stamp_text(sig)})")[style]


def name(sig, rng, cred=None):
    text, sig.family, sig.given = render_name(
        sig.person, sig.name_form, sig.cred if cred is None else cred, rng)
    return text


def signed_phrase(sig, rng, who):
    if sig.verb == "none":
        return who
    if sig.verb == "/s/":
        return f"/s/ {who}"
    return f"{verb_text(sig.verb, rng, colon=rng.random() < 0.2)} {who}"


def blank_label(sig, rng):
    if sig.label in ROLE_LABELS:
        return f"{sig.label} {rng.choice(('Signature', 'signature'))}:"
    return label_text(sig.label, rng)


def same_line(sig, rng):
    rs = sig.reason
    pre = label_text(sig.label, rng) + " " if sig.label != "none" else ""
    if rs == "not-a-name":
        return f"{pre}{sig.thing}{when(sig, rng, (1, 3))}"
    if rs == "no-name":
        return f"{pre}{verb_text(sig.verb, rng, colon=rng.random() < 0.4)}{when(sig, rng, (0, 1, 3))}"
    if rs == "blank":
        tail = f"Printed name: {name(sig, rng)}" if sig.person else "Date: ___________"
        return f"{blank_label(sig, rng)} {rule(rng)}  {tail}"
    who = name(sig, rng)
    w = when(sig, rng)
    if rs in ("", "draft", "preliminary"):
        return f"{pre}{signed_phrase(sig, rng, who)}{w}"
    if rs == "pending":
        if not pre:
            return rng.choice((f"Awaiting co-signature: {who}", f"{who} - pending signature"))
        return rng.choice((f"{pre}{who} - pending signature", f"{pre}Signature pending ({who})",
                           f"{pre}{who} - awaiting co-signature"))
    if rs == "unsigned":
        return rng.choice((f"{pre}{who} (UNSIGNED)", f"{pre}{who}  Status: Unsigned",
                           f"{pre}Unsigned: {who}"))
    if rs == "signature-on-file":
        return rng.choice((f"{pre}Signature on file - {who}", f"{pre}{who} (signature on file)"))
    if rs == "dictated-not-read":
        return rng.choice((f"{pre}{signed_phrase(sig, rng, who)}{w} - Dictated but not read",
                           f"{pre}{signed_phrase(sig, rng, who)}{w} (signed but not read)",
                           f"{pre}Dictated but not read: {who}{w}"))
    if rs == "stamp":
        return rng.choice((f"{pre}{signed_phrase(sig, rng, who)}{w} (stamp)",
                           f"{pre}[Signature stamp] {who}{w}",
                           f"{pre}{who} - signature stamp applied{w}"))
    raise ValueError(rs)


def _date_line(sig, rng):
    stamp = stamp_text(sig)
    return [rng.choice((f"Date: {stamp}", f"Date/Time: {stamp}", stamp))] if stamp else []


def next_line(sig, rng):
    rs = sig.reason
    lab = label_text(sig.label, rng) if sig.label != "none" else ""
    if rs == "blank":
        tail = [f"Printed name: {name(sig, rng)}"] if sig.person else ["Date: __________"]
        return [blank_label(sig, rng), rule(rng)] + tail
    if rs == "not-a-name":
        return [lab, sig.thing] + _date_line(sig, rng)
    if rs == "no-name":
        if lab:
            return [lab, verb_text(sig.verb, rng) + when(sig, rng, (0, 3))]
        return [verb_text(sig.verb, rng, colon=True)] + _date_line(sig, rng)
    who = name(sig, rng)
    if rs in ("", "draft", "preliminary", "dictated-not-read", "stamp"):
        if lab:
            head, body = [lab], signed_phrase(sig, rng, who)
        else:
            head, body = [verb_text(sig.verb, rng, colon=rng.random() < 0.6)], who
        if rs == "stamp":
            body += " (stamp)"
        if rng.random() < 0.5:
            out = head + [body + when(sig, rng)]
        else:
            out = head + [body] + _date_line(sig, rng)
        if rs == "dictated-not-read":
            out.append(rng.choice(("Dictated but not read", "Signed but not read")))
        return out
    marker = {"pending": ("Signature pending", "Pending signature", "Awaiting co-signature"),
              "unsigned": ("Status: UNSIGNED", "Unsigned"),
              "signature-on-file": ("Signature on file", "(signature on file)")}[rs]
    if lab:
        return [lab, who, rng.choice(marker)]
    lead = {"pending": ("Signature pending:", "Awaiting co-signature:"), "unsigned": ("Unsigned:",),
            "signature-on-file": ("Signature on file:",)}[rs]
    return [rng.choice(lead), who]


def rule_line(sig, rng):
    rs = sig.reason
    head = [label_text(sig.label, rng)] if sig.label != "none" else []
    if rs == "blank":
        out = [blank_label(sig, rng), rule(rng)]
        if sig.person:
            out.append(name(sig, rng))
        return out + (["Date: __________"] if rng.random() < 0.5 else [])
    if rs == "not-a-name":
        return head + [rule(rng), sig.thing + when(sig, rng, (1, 2))]
    if rs == "no-name":
        return head + [rule(rng), verb_text(sig.verb, rng) + when(sig, rng, (0, 2))]
    who = name(sig, rng)
    if rs in ("", "draft", "preliminary", "dictated-not-read", "stamp"):
        line = signed_phrase(sig, rng, who) + when(sig, rng)
        line += {"dictated-not-read": " - dictated but not read", "stamp": " (stamp)"}.get(rs, "")
        return head + [rule(rng), line]
    line = {"pending": f"{who} - signature pending", "unsigned": f"{who} (unsigned)",
            "signature-on-file": f"Signature on file: {who}"}[rs]
    return head + [rule(rng), line]


def cerner(sig, rng):
    rs = sig.reason
    head = [label_text(sig.label, rng)] if sig.label in ACTION_LABELS else []
    title = [sig.label] if sig.label in ROLE_LABELS else []
    eline = f"{CERNER_VERB} {stamp_text(sig)}" if sig.date else ""
    if rs == "not-a-name":
        return head + ["Signature Line"] + ([eline] if eline else []) + [rule(rng), sig.thing]
    if rs == "no-name":
        return head + ["Signature Line", eline, rule(rng)] + title
    if rs == "blank":
        who = [name(sig, rng)] if sig.person else ["Date: __________"]
        return head + ["Signature Line", rule(rng)] + who + title
    who = name(sig, rng)
    mid = {"": eline, "draft": eline, "preliminary": eline,
           "dictated-not-read": f"{eline} (Dictated but not read)",
           "stamp": f"Signature stamp applied {stamp_text(sig)}".strip(),
           "pending": "Pending Signature", "unsigned": "UNSIGNED",
           "signature-on-file": "Signature on file"}[rs]
    return head + ["Signature Line", mid, rule(rng), who] + title


TABLE_LAYOUTS = {
    "role-name-sig-date": ("Role", "Name", "Signature", "Date"),
    "name-title-sig-date": ("Name", "Title", "Signature", "Date"),
    "role-name-cred-sig-date": ("Role", "Name", "Credentials", "Signature", "Date"),
    "name-cred-title-sig-datetime": ("Name", "Credentials", "Title", "Signature", "Date/Time"),
}


def table_row(sig, rng, layout):
    cols = TABLE_LAYOUTS[layout]
    has_cred_col = "Credentials" in cols
    rs = sig.reason
    who, short = "", ""
    if sig.person:
        inline = sig.name_form == "upper-last-cred-first"
        who = name(sig, rng, cred=None if (inline or not has_cred_col) else "none")
        short = short_name(sig.person)
    elif rs == "not-a-name":
        who = sig.thing
    if rs in ("", "draft", "preliminary", "no-name", "not-a-name"):
        cell = VERB_CELL.get(sig.verb, "Signed")
        if sig.verb == "/s/":
            cell = f"/s/ {short}".strip()
        elif sig.verb == "none" and short:
            cell = short
    else:
        cell = rng.choice({
            "blank": ("",), "pending": ("Pending", "Awaiting co-signature"),
            "unsigned": ("Unsigned", "UNSIGNED"),
            "dictated-not-read": ("Dictated, not read", "Signed but not read"),
            "signature-on-file": ("Signature on file", "On file"),
            "stamp": ("Stamp", "Signature stamp")}[rs])
    values = {"Role": sig.label if sig.label != "none" else "",
              "Title": sig.label if sig.label != "none" else "",
              "Name": who, "Credentials": "" if sig.cred == "none" or not sig.person else sig.cred,
              "Signature": cell, "Date": stamp_text(sig), "Date/Time": stamp_text(sig)}
    return [values[c] for c in cols]
