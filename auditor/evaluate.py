"""Evidence + signatures -> one Finding per requirement. Pure: no spaCy, no files.

The costly error is a false `met`, so `met` needs everything: affirmative evidence in the patient's own
document, every element, every required role's valid signature, and a date where the LCD asks for one.
Anything less says exactly what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .checklist import Requirement
from .models import Evidence, Finding, Signature, Status

ROLE_NAMES = {
    "radiation_oncologist": "radiation oncologist",
    "medical_physicist": "medical physicist",
    "dosimetrist": "dosimetrist",
    "therapist": "radiation therapist",
}
MAX_EVIDENCE = 6


@dataclass
class ChartFacts:
    evidence: dict[str, list[Evidence]]
    applies: dict[str, list[Evidence]]
    signatures: dict[str, list[Signature]]
    foreign: dict[str, str] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)


def signatures_for(ev: Evidence, signatures: list[Signature]) -> list[Signature]:
    """Which signatures attest a passage.

    A sign-off section ("Signatures", "Approval") attests the whole document. A section with its own
    signature lines is attested by those. Otherwise a signature attests what stands above it: a note
    signed at its end is signed, an addendum written below the signature is not."""
    below = [s for s in signatures if (s.page, s.start) >= (ev.page, ev.start)]
    if ev.section_category == "addendum":  # written after the note was signed: only a later signature counts
        return below
    whole = [s for s in signatures if s.section_category == "signatures"]
    own = [s for s in signatures if s.section_index == ev.section_index and s.section_category != "signatures"]
    if own:
        return own + whole
    return [s for s in below if s not in whole] + whole


def _roles(sigs: list[Signature], dated: bool) -> set[str]:
    return {s.role for s in sigs if s.valid and s.role and (s.date or not dated)}


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _possessive(roles: list[str]) -> str:
    names = _join([ROLE_NAMES.get(r, r) for r in roles])
    return names + ("'s" if len(roles) == 1 else "'")


def _fix(req: Requirement, kind: str, ev: Evidence | None, roles: list[str], elements: list[str], date: str) -> str:
    template = (req.fix or {}).get(kind) or (req.fix or {}).get("incomplete", "")
    return template.format(
        document=ev.document if ev else "the chart",
        date=date,
        date_of=f" of {date}" if date else "",
        roles=_join([ROLE_NAMES.get(r, r) for r in roles]) if roles else "required signer",
        roles_s=_possessive(roles) if roles else "required",
        elements="; ".join(elements),
    )


def _finding(req: Requirement, status: Status, reason: str, evidence=(), sigs=(), fix="", responsible="", criteria=()) -> Finding:
    seen, unique = set(), []
    for e in evidence:  # one passage is shown once, however many of its words matched
        key = (e.document, e.page, e.quote)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    unique = tuple(unique[:MAX_EVIDENCE])
    return Finding(req.id, req.title, status, reason, fix, unique, tuple(dict.fromkeys(sigs)), responsible,
                   tuple(criteria), req.severity)


def evaluate(req: Requirement, facts: ChartFacts) -> Finding:
    if req.applies_when is not None:
        gate = [e for e in facts.applies.get(req.id, []) if e.affirmative and e.document not in facts.foreign]
        if not gate:
            note = f" ({len(facts.unreadable)} unreadable item(s) were not checked)" if facts.unreadable else ""
            return _finding(req, Status.NOT_APPLICABLE, f"Not applicable: the chart does not document {req.applies_when.description or req.applies_when.id}{note}.")
    all_ev = _partial_tables(req, [_counted(e, facts) for e in facts.evidence.get(req.id, [])])
    foreign = [e for e in all_ev if e.document in facts.foreign]
    own = [e for e in all_ev if e.document not in facts.foreign]
    positive = [e for e in own if e.affirmative]
    if not positive:
        return _absent(req, facts, own, foreign)
    wanted = [e.id for e in req.elements]
    complete = [e for e in positive if set(wanted) <= set(e.elements)]
    if not complete:
        best = max(positive, key=lambda e: len(e.elements))
        missing = [el.description or el.id for el in req.elements if el.id not in best.elements]
        reason = f"Found in {best.document} p.{best.page}, but it does not show: {'; '.join(missing)}."
        return _finding(req, Status.INCOMPLETE, reason, [best] + positive, fix=_fix(req, "incomplete", best, [], missing, ""),
                        responsible=ROLE_NAMES.get(req.signers[0], "") if req.signers else "")
    return _signed(req, facts, complete)


def _counted(ev: Evidence, facts: ChartFacts) -> Evidence:
    """A per-portal table with fewer rows than the plan has fields shows its elements only in part."""
    if not ev.rows_match:
        return ev
    wanted = max((e.rows for e in facts.evidence.get(ev.rows_match, []) if e.rows and e.document not in facts.foreign), default=0)
    if ev.rows >= wanted:
        return ev
    note = f"; but it has {ev.rows} row(s) for the {wanted} fields/portals of the plan"
    return replace(ev, elements=(), explanation=ev.explanation + note)


def _partial_tables(req: Requirement, evidence: list[Evidence]) -> list[Evidence]:
    """When a document's own per-portal table falls short, its prose ("one per field") cannot make up the count."""
    short = {e.document for e in evidence if e.rows_match and not e.elements}
    if not short:
        return evidence
    covered = {el for t in req.tables if t.rows_match for el in t.elements}
    return [replace(e, elements=tuple(x for x in e.elements if x not in covered)) if e.document in short and not e.rows_match else e
            for e in evidence]


def _absent(req: Requirement, facts: ChartFacts, own: list[Evidence], foreign: list[Evidence]) -> Finding:
    responsible = ROLE_NAMES.get(req.signers[0], "") if req.signers else ""
    if facts.unreadable:
        reason = "No readable evidence; it may be on what could not be read: " + "; ".join(facts.unreadable[:4]) + "."
        return _finding(req, Status.NEEDS_REVIEW, reason, own + foreign, fix="Review the unreadable document(s) by hand, or supply a readable copy.", responsible=responsible)
    if foreign:
        e = foreign[0]
        reason = f"The only evidence is in {e.document}, which {facts.foreign[e.document]}; it does not count for this patient."
    elif own:
        cues = "; ".join(f"'{e.quote[:90]}' ({e.document} p.{e.page})" for e in own[:2])
        reason = f"Only negated, pending or unticked mentions were found: {cues}."
    else:
        reason = "No documentation of this requirement was found in the chart."
    return _finding(req, Status.MISSING, reason, own + foreign, fix=_fix(req, "missing", None, list(req.signers), [], ""), responsible=responsible)


def _signed(req: Requirement, facts: ChartFacts, complete: list[Evidence]) -> Finding:
    criteria = sorted({int(e.label) for e in complete if e.label.isdigit()})
    if not req.signers:
        return _finding(req, Status.MET, f"Documented in {complete[0].document} p.{complete[0].page}.", complete, criteria=criteria)
    applied: dict[Evidence, list[Signature]] = {e: signatures_for(e, facts.signatures.get(e.document, [])) for e in complete}
    covered = set().union(*(_roles(s, req.date_required) for s in applied.values()))
    missing_roles = [r for r in req.signers if r not in covered]
    used = [s for sigs in applied.values() for s in sigs]
    if not missing_roles:
        good = [e for e in complete if _roles(applied[e], req.date_required) & set(req.signers)]
        if criteria:
            criteria = sorted({int(e.label) for e in good if e.label.isdigit()})
        signed = [s for s in used if s.valid and s.role in req.signers]
        who = ", ".join(f"{s.name or '?'} ({ROLE_NAMES.get(s.role, s.role)}{', ' + s.date if s.date else ''})" for s in dict.fromkeys(signed))
        return _finding(req, Status.MET, f"Documented in {good[0].document} p.{good[0].page}; signed by {who}.", good, signed, criteria=criteria)
    return _unsigned(req, complete, used, missing_roles, criteria)


def _unsigned(req, complete, used, missing_roles, criteria) -> Finding:
    e = complete[0]
    problems = [s for s in used if not s.valid]
    unknown = [s for s in used if s.valid and not s.role]
    undated = [s for s in used if s.valid and s.role in missing_roles and not s.date] if req.date_required else []
    roles = [ROLE_NAMES.get(r, r) for r in missing_roles]
    if undated:
        detail = f"the {_join(roles)}'s signature ({undated[0].name}) is not dated; the LCD requires it signed and dated"
    elif problems:
        s = problems[0]
        detail = f"no valid {_join(roles)} signature: {s.reason} ('{s.quote[:80]}', p.{s.page})"
    else:
        detail = f"no {_join(roles)} signature attests it"
    status = Status.INCOMPLETE
    if unknown and not problems and not undated:
        status = Status.NEEDS_REVIEW
        detail += f"; signed by {unknown[0].name}, whose role could not be determined (add them to --roster)"
    date = next((s.date for s in used if s.date), "")
    reason = f"Found in {e.document} p.{e.page}, but {detail}."
    return _finding(req, status, reason, complete, used, _fix(req, "unsigned", e, missing_roles, [], date),
                    responsible=_join(roles), criteria=criteria)
