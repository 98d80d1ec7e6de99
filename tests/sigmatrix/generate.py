"""Seeded generator of the signature test matrix.

    python -m tests.sigmatrix.generate            # counts per dimension value
    python -m tests.sigmatrix.generate --check    # + determinism check (two processes)
"""

import datetime as dt
import hashlib
import random
import re
import sys

from . import compose, sigtext
from .dates import DATE_FORMS, DECLARATION, TIME_FORMS, ZONES, fmt_date
from .model import Case, Deck, Sig
from .people import NAME_FORMS
from .render import render_pdf, render_txt
from .render_docx import render_docx
from .resolve import resolve
from .vocab import (CREDENTIALS, LABELS, MP, ML, NEUTRAL_LABELS, OTH, PEOPLE, REASONS, RES,
                    RO, ROLE_LABELS, TH, DOS, VERBS)

SEED = 20250211
N_CASES = 2520                      # 8 placements x 3 formats x 105
FORMATS = ("txt", "pdf", "docx")
PLACEMENTS = ("same-line", "next-line", "rule-line", "cerner-block", "table",
              "page-header", "page-footer", "last-page")
INNER = ("same-line", "next-line", "rule-line", "cerner-block", "table")
VALIDITY = ("valid",) + REASONS
VALIDITY_WEIGHTS = [11] + [1] * len(REASONS)       # ~52% valid focus slots
SLOT_REASONS = tuple(r for r in REASONS if r not in ("draft", "preliminary"))
RENDERERS = {"txt": render_txt, "pdf": render_pdf, "docx": render_docx}
LINE_RENDER = {"same-line": sigtext.same_line, "next-line": sigtext.next_line,
               "rule-line": sigtext.rule_line, "cerner-block": sigtext.cerner}
DIMENSION_DECKS = {
    "label": LABELS, "verb": VERBS, "name_form": NAME_FORMS,
    "credentials": tuple(CREDENTIALS), "date_form": DATE_FORMS, "time_form": TIME_FORMS,
    "zone": ZONES, "validity": VALIDITY, "inner": INNER, "kind": compose.KINDS,
    "person": PEOPLE, "n_signatures": (1, 2, 3), "distractors": (0, 1, 2),
}
DECK_WEIGHTS = {"validity": VALIDITY_WEIGHTS, "n_signatures": [2, 2, 1],
                "distractors": [2, 2, 1]}


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "none"


# Secondary signers follow a realistic mix of roles (the focus slot is the balanced one).
SECONDARY_ROLES = ((RO, 7), (MP, 6), (DOS, 3), (TH, 2), (RES, 1), (ML, 1), (OTH, 1))


def _random_sig(rng, reason, used):
    person = rng.choice([p for p in PEOPLE if p[2] not in used])
    role = rng.choice([r for r, w in SECONDARY_ROLES for _ in range(w)])
    titles = [lab for lab, r in ROLE_LABELS.items() if r == role]
    label = rng.choice(titles) if titles and rng.random() < 0.55 else rng.choice(
        NEUTRAL_LABELS + ("none",))
    creds = [c for c, r in CREDENTIALS.items() if r == role]
    cred = rng.choice(creds) if rng.random() < 0.9 else "none"
    return Sig(label=label, verb=rng.choice(VERBS), person=person,
               name_form=rng.choice(NAME_FORMS), cred=cred,
               date_form=DATE_FORMS[0], time_form=rng.choice(TIME_FORMS),
               zone=rng.choice(ZONES), reason=reason)


def _random_date(rng, ambiguous):
    """A date in 2024-2025 whose day is <= 12 (ambiguous) or > 12."""
    while True:
        d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730))
        if (d.day <= 12) == ambiguous:
            return d


def _materialize(sigs, doc_form, rng):
    """Give each slot its date/time values; returns the base date."""
    base = _random_date(rng, ambiguous=rng.random() < 0.5)
    for k, s in enumerate(sigs):
        if s.date_form == "none":
            continue
        s.date_form = doc_form
        s.date = base + dt.timedelta(days=k and rng.randrange(0, 3))
        if s.time_form != "none":
            s.time = (rng.randrange(7, 20), rng.randrange(60), rng.randrange(60))
    return base


def _role_source(sig):
    """Where the focus slot's expected role comes from (for coverage counts)."""
    label_role = ROLE_LABELS.get(sig.label, "")
    cred_role = CREDENTIALS.get(sig.cred, "") if sig.person else ""
    if sig.reason == "not-a-name" or not (label_role or cred_role):
        return "none"
    if label_role and cred_role and label_role != cred_role:
        return "label-beats-credentials"
    return "label" if label_role else "credentials"


def build_case(i, placement, fmt, draw, seed):
    rng = random.Random(f"{seed}:case:{i}")
    inner = draw["inner"] if placement == "last-page" else (
        "same-line" if placement in ("page-header", "page-footer") else placement)
    reason = "" if draw["validity"] == "valid" else draw["validity"]
    doc_reason = reason if reason in ("draft", "preliminary") else ""
    focus = Sig(label=draw["label"], verb=draw["verb"], person=draw["person"],
                name_form=draw["name_form"], cred=draw["credentials"],
                date_form=draw["date_form"], time_form=draw["time_form"],
                zone=draw["zone"], reason=reason)
    resolve(focus, inner, rng)
    n, focus_at = draw["n_signatures"], rng.randrange(draw["n_signatures"])
    sigs, used = [], {focus.person[2]} if focus.person else set()
    for k in range(n):
        if k == focus_at:
            sigs.append(focus)
            continue
        r = doc_reason or ("" if rng.random() < 0.75 else rng.choice(SLOT_REASONS))
        s = _random_sig(rng, r, used)
        if rng.random() < 0.2:
            s.date_form = "none"
        resolve(s, inner, rng)
        if s.person:
            used.add(s.person[2])
        sigs.append(s)
    doc_form = focus.date_form if focus.date_form != "none" else rng.choice(DATE_FORMS[:-1])
    base = _materialize(sigs, doc_form, rng)
    declare = doc_form == "dmy-dot" and any(s.date and s.date.day <= 12 for s in sigs)

    # ---- signature items -------------------------------------------------------
    if inner == "table":
        layouts = list(sigtext.TABLE_LAYOUTS)
        if any(s.label in ("Reviewed By", "Approved By", "Authenticated By", "Verified By")
               for s in sigs):
            layouts = [lay for lay in layouts if lay.startswith("role")]
        layout = rng.choice(layouts)
        rows = [list(sigtext.TABLE_LAYOUTS[layout])]
        rows += [sigtext.table_row(s, rng, layout) for s in sigs]
        items = [("table", rows)]
    else:
        layout, items = "-", []
        for k, s in enumerate(sigs):
            if k and (inner != "same-line" or rng.random() < 0.3):
                items.append(("p", ""))
            lines = LINE_RENDER[inner](s, rng)
            items += [("p", line) for line in ([lines] if isinstance(lines, str) else lines)]

    # ---- body --------------------------------------------------------------------
    def body_date(delta):
        d = base - dt.timedelta(days=delta)
        while doc_form == "dmy-dot" and not declare and d.day <= 12:
            d -= dt.timedelta(days=1)
        return fmt_date(d, doc_form)

    kind = draw["kind"]
    title, lines = compose.body(kind, rng, body_date(rng.randrange(5, 40)),
                                body_date(rng.randrange(0, 4)))
    clinic = rng.choice(compose.CLINICS) + " - Department of Radiation Oncology"
    pre = [clinic, compose.SYNTHETIC]
    if doc_reason:
        marker = rng.choice(compose.DRAFT_MARKERS if doc_reason == "draft"
                            else compose.PRELIM_MARKERS)
        pre.insert(0, marker)
    if declare:
        pre.append(DECLARATION)
    compose.check_body(lines + pre[1 if doc_reason else 0:])
    n_distract = draw["distractors"]
    for _ in range(n_distract):
        who = rng.choice([s.person for s in sigs if s.person] or [rng.choice(PEOPLE)])
        if rng.random() < 0.5:
            who = rng.choice(PEOPLE)
        lines.insert(rng.randrange(1, len(lines) + 1),
                     compose.distractor(rng, who, body_date(rng.randrange(2, 20))))
    doc = compose.Doc(title=title)
    page = [("p", x) for x in pre + lines]
    heading = rng.choice(compose.SECTION_HEADINGS)
    if placement in ("page-header", "page-footer"):
        sig_lines = [v for _, v in items if v]
        if placement == "page-header":
            doc.header = sig_lines
        else:
            doc.footer = sig_lines + (["Page 1 of 1"] if rng.random() < 0.5 else [])
        doc.pages = [page]
    elif placement == "last-page":
        extra = [compose.extra_page(k, rng) for k in range(1, rng.choice((2, 3)))]
        pages = [page] + [[("h", t)] + [("p", x) for x in ls] for t, ls in extra]
        pages.append([("h", "Approvals")] + items)
        for k, pg in enumerate(pages):
            pg.append(("p", ""))
            pg.append(("p", f"Page {k + 1} of {len(pages)}"))
        doc.pages = pages
    else:
        doc.pages = [page + [("p", "")] + ([("h", heading)] if heading else []) + items]

    validity = reason or "valid"
    dims = {
        "label": focus.label, "verb": focus.verb,
        "name_form": focus.name_form if focus.person else "-",
        "credentials": focus.cred if focus.person else "-",
        "date_form": focus.date_form, "time_form": focus.time_form, "zone": focus.zone,
        "placement": placement, "inner_placement": inner, "format": fmt,
        "validity": validity, "surname_kind": focus.person[3] if focus.person else "-",
        "n_signatures": n, "focus_index": focus_at, "kind": kind,
        "distractors": n_distract, "table_layout": layout,
        "date_declared": declare, "role_source": _role_source(focus),
    }
    case_id = f"{validity}/{_slug(focus.label)}/{dims['name_form']}/{fmt}-{placement}/{i:04d}"
    stem = "treatment_packet" if placement == "last-page" else kind
    return Case(id=case_id, format=fmt, filename=f"{stem}.{fmt}",
                data=RENDERERS[fmt](doc), expected=[s.expected() for s in sigs],
                dimensions=dims)


def cases(seed=SEED, count=N_CASES):
    """The deterministic list of cases (regenerated on every call, nothing cached on disk)."""
    decks = {k: Deck(v, random.Random(f"{seed}:deck:{k}"), DECK_WEIGHTS.get(k))
             for k, v in DIMENSION_DECKS.items()}
    out = []
    for i in range(count):
        placement = PLACEMENTS[i % len(PLACEMENTS)]
        fmt = FORMATS[(i // len(PLACEMENTS)) % len(FORMATS)]
        draw = {k: d.draw() for k, d in decks.items()}
        out.append(build_case(i, placement, fmt, draw, seed))
    return out


def digest(all_cases):
    h = hashlib.sha256()
    for c in all_cases:
        h.update(repr((c.id, c.format, c.filename, c.expected, sorted(c.dimensions.items())))
                 .encode())
        h.update(hashlib.sha256(c.data).digest())
    return h.hexdigest()


if __name__ == "__main__":
    from .report import main
    sys.exit(main(sys.argv[1:]))
