"""Evidence + signatures -> one Finding per requirement. Pure: no spaCy, no files.

The costly error is a false `met`, so `met` needs everything: affirmative evidence in the patient's own
document, every element, every required role's valid signature, and a date where the LCD asks for one.
Anything less says exactly what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .checklist import Requirement
from .models import Evidence, Finding, Signature, SignatureState, Status
from .signature_grammar import role_name

MAX_EVIDENCE = 6
# Why a valid signature in one of these roles does not stand in for the radiation oncologist's.
NOT_THE_PHYSICIAN = {
    "resident": "a resident's or fellow's signature counts only with the attending radiation oncologist's cosignature or attestation",
    "mid_level": "a nurse practitioner's, physician assistant's or nurse's signature does not satisfy a radiation oncologist requirement",
    "other_physician": "a physician of another specialty is not the treating radiation oncologist",
}


@dataclass
class ChartFacts:
    evidence: dict[str, list[Evidence]]
    applies: dict[str, list[Evidence]]
    signatures: dict[str, list[Signature]]
    foreign: dict[str, str] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)
    # document -> signatures of Medicare attestation statements that validate its author's unsigned entry
    attested: dict[str, list[Signature]] = field(default_factory=dict)
    judgement: object = None  # judge.ChartJudgement: technique, QA results, timeline (None: documentation only)
    foreign_pages: dict[tuple[str, int], str] = field(default_factory=dict)  # (path, page) -> why it is another patient's

    def alien(self, e: Evidence) -> str:
        """Why this evidence is another patient's ('' when it is this patient's): its document, or its page."""
        return self.foreign.get(e.document) or self.foreign_pages.get((e.document, e.page), "")


def signatures_for(ev: Evidence, signatures: list[Signature]) -> list[Signature]:
    """Which signatures attest a passage.

    A sign-off section ("Signatures", "Approval") attests the whole document. A section with its own
    signature lines is attested by those, and by the document's sign-off for the roles its own lines
    leave alone. Otherwise a signature attests what stands above it: a note signed at its end is
    signed, an addendum written below the signature is not."""
    below = [s for s in signatures if (s.page, s.start) >= (ev.page, ev.start)]
    if ev.section_category == "addendum":  # written after the note was signed: only a later signature counts
        return below
    whole = [s for s in signatures if s.section_category == "signatures"]
    own = [s for s in signatures if s.section_index == ev.section_index and s.section_category != "signatures"]
    if own:  # a section's own blank or invalid line for a role is not rescued by the document's sign-off
        unsigned_roles = {s.role for s in own if not s.valid}
        return own + [s for s in whole if s.role not in unsigned_roles]
    return [s for s in below if s not in whole] + whole


def _roles(sigs: list[Signature], dated: bool) -> set[str]:
    return {s.role for s in sigs if s.valid and s.role and (s.date or not dated)}


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _possessive(roles: list[str]) -> str:
    names = _join([role_name(r) for r in roles])
    return names + ("'s" if len(roles) == 1 else "'")


def _fix(req: Requirement, kind: str, ev: Evidence | None, roles: list[str], elements: list[str], date: str) -> str:
    template = (req.fix or {}).get(kind) or (req.fix or {}).get("incomplete", "")
    return template.format(
        document=ev.document if ev else "the chart",
        date=date,
        date_of=f" of {date}" if date else "",
        roles=_join([role_name(r) for r in roles]) if roles else "required signer",
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
    call = facts.judgement.technique if facts.judgement else None
    if call is not None and call.technique == "conventional":
        return _finding(req, Status.NOT_APPLICABLE, f"Not applicable: this is not an IMRT course. {call.reason} The IMRT checklist "
                        "does not apply; 77301 billed for this course is a charge finding (77295 is the 3D plan).", call.evidence)
    if req.applies_when is not None:
        gate = [e for e in facts.applies.get(req.id, []) if e.affirmative and not facts.alien(e)]
        if not gate:
            note = f" ({len(facts.unreadable)} unreadable item(s) were not checked)" if facts.unreadable else ""
            return _finding(req, Status.NOT_APPLICABLE, f"Not applicable: the chart does not document {req.applies_when.description or req.applies_when.id}{note}.")
    all_ev = _partial_tables(req, [_counted(e, facts) for e in facts.evidence.get(req.id, [])])
    foreign = [e for e in all_ev if facts.alien(e)]
    own = [e for e in all_ev if not facts.alien(e)]
    positive = [e for e in own if e.affirmative]
    if not positive:
        return _absent(req, facts, own, foreign)
    wanted = [e.id for e in req.elements]
    complete = [e for e in positive if set(wanted) <= set(e.elements)]
    complete, failed = _verified(facts, complete)
    if failed and not complete:
        return _qa_not_verified(req, facts, failed)
    if not complete:
        best = max(positive, key=lambda e: len(e.elements))
        missing = [el.description or el.id for el in req.elements if el.id not in best.elements]
        reason = f"Found in {best.document} p.{best.page}, but it does not show: {'; '.join(missing)}."
        return _finding(req, Status.INCOMPLETE, reason, [best] + positive, fix=_fix(req, "incomplete", best, [], missing, ""),
                        responsible=role_name(req.signers[0]) if req.signers else "")
    return _signed(req, facts, complete)


def _counted(ev: Evidence, facts: ChartFacts) -> Evidence:
    """A per-portal table with fewer rows than the plan has fields shows its elements only in part."""
    if not ev.rows_match:
        return ev
    wanted = max((e.rows for e in facts.evidence.get(ev.rows_match, []) if e.rows and not facts.alien(e)), default=0)
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
    responsible = role_name(req.signers[0]) if req.signers else ""
    if facts.unreadable:
        reason = "No readable evidence; it may be on what could not be read: " + "; ".join(facts.unreadable[:4]) + "."
        return _finding(req, Status.NEEDS_REVIEW, reason, own + foreign, fix="Review the unreadable document(s) by hand, or supply a readable copy.", responsible=responsible)
    if foreign:
        e = foreign[0]
        where = e.document if e.document in facts.foreign else f"{e.document} p.{e.page}"
        reason = f"The only evidence is in {where}, which {facts.alien(e)}; it does not count for this patient."
        fix = (f"Send {where} to health-information management: it belongs to another patient (a misfile, and a possible "
               "privacy incident to report). This chart still lacks its own documentation: " + _fix(req, "missing", None, list(req.signers), [], ""))
        return _finding(req, Status.MISSING, reason, own + foreign, fix=fix, responsible="health-information management and " + (responsible or "the care team"))
    elif own:
        cues = "; ".join(f"'{e.quote[:90]}' ({e.document} p.{e.page})" for e in own[:2])
        reason = f"Only negated, pending or unticked mentions were found: {cues}."
    else:
        reason = "No documentation of this requirement was found in the chart."
    fix = _fix(req, "missing", None, list(req.signers), [], "")
    started = facts.judgement.timeline.first_fraction if facts.judgement else ""
    if started and facts.judgement.policy.timeline and req.id in facts.judgement.policy.timeline.before_first_fraction:
        fix = (f"Treatment began on {started} without this pre-treatment documentation; it cannot be done before treatment now. "
               "Refer to compliance (and do not create documentation dated before it was written).")
    return _finding(req, Status.MISSING, reason, own + foreign, fix=fix, responsible=responsible)


def _verified(facts: ChartFacts, complete: list[Evidence]) -> tuple[list[Evidence], list[tuple[Evidence, str, str]]]:
    """QA evidence whose report failed, only calculated, or was measured after treatment began verifies
    nothing: (the rest, [(evidence, kind, why)])."""
    j = facts.judgement
    if j is None or not j.qa or not complete or complete[0].requirement != j.policy.qa.requirement:
        return complete, []
    kept, failed = [], []
    for e in complete:
        kind, why = j.qa_problem(e.document)
        if kind:
            failed.append((e, kind, why))
        else:
            kept.append(e)
    measured_kept = [e for e in kept if j.qa.get(e.document) and j.qa[e.document].outcome != "calculated"]
    return (kept if measured_kept or not failed else []), failed


def _qa_not_verified(req: Requirement, facts: ChartFacts, failed) -> Finding:
    e, kind, why = failed[0]
    if kind == "after-treatment":
        fix = ("Refer to compliance: pre-treatment dosimetric verification cannot be performed after treatment began; "
               "do not bill 77301's verification as pre-treatment QA. (Who acts: compliance officer, with the medical physicist.)")
    elif kind == "calculated":
        fix = ("Have the medical physicist document a measured patient-specific verification (phantom or detector measurement) "
               "of the delivered plan; a recalculation is not one. If treatment has started, refer to compliance.")
    else:
        fix = ("Have the medical physicist document a passing measurement of the plan that was delivered (replan and re-measure), "
               "signed by the physicist and the radiation oncologist; if the failing plan was treated, refer to compliance.")
    reason = f"Found, but it does not verify the plan: {why}" + ("; no later passing measurement is in the chart." if kind == "failed" else ".")
    return _finding(req, Status.INCOMPLETE, reason, [x[0] for x in failed], fix=fix, responsible="medical physicist")


def _applied(req: Requirement, facts: ChartFacts, e: Evidence) -> list[Signature]:
    """The signatures that attest a passage, with an author's attestation statement for a non-order."""
    sigs = signatures_for(e, [s for s in facts.signatures.get(e.document, []) if (s.document, s.page) not in facts.foreign_pages])
    return sigs if req.order else sigs + facts.attested.get(e.document, [])


def _signed(req: Requirement, facts: ChartFacts, complete: list[Evidence]) -> Finding:
    criteria = sorted({int(e.label) for e in complete if e.label.isdigit()})
    if not req.signers:
        return _finding(req, Status.MET, f"Documented in {complete[0].document} p.{complete[0].page}.", complete, criteria=criteria)
    applied: dict[Evidence, list[Signature]] = {e: _applied(req, facts, e) for e in complete}
    timing = {(e, s): facts.judgement.signature_timing(req, e, s) for e, sigs in applied.items() for s in sigs
              if s.valid} if facts.judgement else {}
    usable = {e: [s for s in sigs if not timing.get((e, s), ("", ""))[0]] for e, sigs in applied.items()}
    covered = set().union(*(_roles(s, req.date_required) for s in usable.values()))
    missing_roles = [r for r in req.signers if r not in covered]
    used = [s for sigs in applied.values() for s in sigs]
    if not missing_roles:
        applied = usable
        good = [e for e in complete if _roles(applied[e], req.date_required) & set(req.signers)]
        if criteria:
            criteria = sorted({int(e.label) for e in good if e.label.isdigit()})
        signed = [s for s in used if s.valid and s.role in req.signers]
        who = ", ".join(f"{s.name or '?'} ({role_name(s.role)}{', ' + s.date if s.date else ''}"
                        f"{', by attestation statement' if s.placement == 'attestation' else ''})" for s in dict.fromkeys(signed))
        return _finding(req, Status.MET, f"Documented in {good[0].document} p.{good[0].page}; signed by {who}.", good, signed, criteria=criteria)
    timed = [(s, kind, why) for (e, s), (kind, why) in timing.items() if kind and s.role in missing_roles]
    return _unsigned(req, facts, complete, used, missing_roles, criteria, timed)


def _unsigned(req, facts, complete, used, missing_roles, criteria, timed=()) -> Finding:
    e = complete[0]
    roles = [role_name(r) for r in missing_roles]
    if timed:
        return _mistimed(req, complete, used, roles, criteria, timed)
    status, detail = _why_unsigned(req, used, missing_roles, roles)
    if req.order and any(facts.attested.get(x.document) for x in complete):
        detail += "; an attestation statement cannot validate an unsigned order (the prescription must be signed by its author)"
    reason = f"Found in {e.document} p.{e.page}, but {detail}."
    fix_kind = "needs_review" if status is Status.NEEDS_REVIEW and (req.fix or {}).get("needs_review") else "unsigned"
    return _finding(req, status, reason, complete, used, _fix(req, fix_kind, e, missing_roles, [], ""),
                    responsible=_join(roles), criteria=criteria)


def _mistimed(req, complete, used, roles, criteria, timed) -> Finding:
    """The required role signed, but when it could not attest: before the work, or too late."""
    s, kind, why = next((t for t in timed if t[1] == "late-entry"), timed[0])
    e = complete[0]
    if kind == "late-entry":
        status, fix = Status.NEEDS_REVIEW, ("Compliance review: judge whether the late entry is a credible, clearly identified "
                                            "and dated addendum (PIM 100-08 3.3.2.5); do not add or change signatures.")
    elif kind == "before":
        status, fix = Status.INCOMPLETE, ("Refer to compliance: the sign-off is dated before the work it attests; it must not be "
                                          "re-dated. The attesting physician documents a review of the finished work, dated when done.")
    else:
        status, fix = Status.INCOMPLETE, ("Refer to compliance: this signature was added late; Medicare accepts late entries only "
                                          "as clearly identified, dated addenda, and pre-treatment reviews cannot be redone after "
                                          "treatment began. Do not backdate.")
    reason = f"Found in {e.document} p.{e.page}, but the {_join(roles)}'s signature does not count: {why}."
    return _finding(req, status, reason, complete, used, fix, responsible="compliance officer and " + _join(roles), criteria=criteria)


def _why_unsigned(req, used: list[Signature], missing_roles: list[str], roles: list[str]) -> tuple[Status, str]:
    """(status, the words after 'but'): the most specific reason the required roles are not covered."""
    valid = [s for s in used if s.valid]
    undated = [s for s in valid if s.role in missing_roles and not s.date] if req.date_required else []
    if undated:
        return Status.INCOMPLETE, f"the {_join(roles)}'s signature ({undated[0].name}) is not dated; the LCD requires it signed and dated"
    unread = [s for s in used if s.state is SignatureState.UNRESOLVED]
    # a role whose own line is blank, pending or invalid, and that no unread line could be (each names
    # another role), decides the finding: 'incomplete', whatever the unread lines turn out to be
    decided = {s.role for s in used if not s.valid and s.state is not SignatureState.UNRESOLVED and s.role in missing_roles}
    if any(not any(not u.role or u.role == r for u in unread) for r in decided):
        unread = []
    if unread:
        s = unread[0]
        return Status.NEEDS_REVIEW, (f"no {_join(roles)} signature could be read: {s.reason} ('{s.quote[:80]}', p.{s.page}); "
                                     "check it by hand, and add the layout to checklists/signatures.yaml if it is a signature")
    stand_in = [s for s in valid if s.role in NOT_THE_PHYSICIAN and "radiation_oncologist" in missing_roles]
    if stand_in:
        s = stand_in[0]
        why = f" ({s.qualifier})" if s.qualifier and s.qualifier != "roster" else ""
        return Status.INCOMPLETE, (f"it is signed by {s.name or '?'}, {role_name(s.role)}{why}, not by the radiation oncologist: "
                                   f"{NOT_THE_PHYSICIAN[s.role]}")
    problems = [s for s in used if not s.valid]
    if problems:
        s = problems[0]
        who = f"{s.name}, {role_name(s.role)}: " if s.name and s.role else f"{s.name}: " if s.name else ""
        return Status.INCOMPLETE, f"no valid {_join(roles)} signature: {s.reason} ({who}'{s.quote[:80]}', p.{s.page})"
    unknown = [s for s in valid if not s.role]
    if unknown:
        return Status.NEEDS_REVIEW, (f"no {_join(roles)} signature attests it; signed by {unknown[0].name}, whose role could not be "
                                     "determined (add them to --roster)")
    return Status.INCOMPLETE, f"no {_join(roles)} signature attests it"
