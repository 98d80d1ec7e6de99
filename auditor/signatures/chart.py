"""Signatures across a chart: one key per person, and Medicare signature attestation statements.

An attestation statement ("I, Dana Roe, MD, hereby attest that the medical record entry for
02/11/2025 accurately reflects signatures/notations that I made...") signed by its author makes that
author's own unsigned entry of that date signed (PIM 3.3.2.4). It never signs an order: the
evaluation leaves it out for requirements marked `order` in the checklist.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Document, Signature
from ..people import Roster, parse_name, unify
from ..signature_grammar import Grammar
from .status import attestation_statements, dates_in_head, zone_lines


def one_key_per_person(signatures: dict[str, list[Signature]], roster: Roster | None = None) -> dict[str, list[Signature]]:
    """Every signature's `person` becomes the chart-wide key of the human it names ('Dr. D. Roe' and
    'ROE, DANA' are one person when nothing contradicts it; the roster's names anchor the choice)."""
    anchors = [e.person.key for e in roster.entries] if roster else []
    mapping = unify((s.person for sigs in signatures.values() for s in sigs if s.person), anchors)
    if all(mapping.get(s.person, s.person) == s.person for sigs in signatures.values() for s in sigs):
        return signatures
    return {doc: [replace(s, person=mapping.get(s.person, s.person)) for s in sigs] for doc, sigs in signatures.items()}


def attested_entries(documents: list[Document], signatures: dict[str, list[Signature]], g: Grammar) -> dict[str, list[Signature]]:
    """document -> the attestation signatures that validate it: the statement names a date the document
    carries in its head or signature lines, and the document names the attester as its (unsigned) signer."""
    statements = []
    for doc in documents:
        for page, dates in attestation_statements(doc, g, False):
            signers = [s for s in signatures.get(doc.path, []) if s.valid and s.person and s.page >= page]
            statements += [(doc.path, set(dates), s) for s in signers]
    if not statements:
        return {}
    out: dict[str, list[Signature]] = {}
    for doc in documents:
        own = signatures.get(doc.path, [])
        if any(s.valid for s in own):
            continue  # a signed document needs no attestation (a missing role is another matter)
        dated = dates_in_head(doc, g, False) | {s.date for s in own if s.date}
        authors = {s.person.split("|")[0] for s in own if s.person} | _named_authors(doc, g)
        for path, dates, signer in statements:
            if path != doc.path and dates & dated and signer.person.split("|")[0] in authors:
                out.setdefault(doc.path, []).append(replace(signer, placement="attestation", section_category="signatures"))
    return out


def _named_authors(doc: Document, g: Grammar) -> set[str]:
    """Family names of the people an entry names as its author in its first or last lines."""
    names = set()
    for _, _, line in zone_lines(doc, g):
        for m in g.entry_author.finditer(line):
            person, _ = parse_name(m.group("rest"), g, vouched=True)
            if person is not None:
                names.add(person.key.rstrip("~").split("|")[0])
    return names
