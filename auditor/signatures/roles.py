"""A signer's role from what the chart writes beside the name, in the grammar's order of precedence.

The roster beats everything; then a trainee marker (a resident is not the attending, whatever the
label); a mid-level credential or title; a physician qualified with another specialty; a role title
(the label beats the credential guess); a credential. What names no role leaves it unknown ("").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..people import Person, Roster
from ..signature_grammar import Grammar, norm_credential


@dataclass(frozen=True)
class RoleClues:
    title: str = ""  # a role label or a table's role cell: "Medical Physicist", "Attending"
    credentials: tuple[str, ...] = ()
    text: str = ""  # everything else written about the signer: "(Urology)", "PGY-3 Resident"
    context: str = ""  # what the document says it is (its first and last lines, the section heading)


def role_of(clues: RoleClues, person: Person | None, g: Grammar, roster: Roster | None = None) -> tuple[str, str]:
    """(role id, qualifier): the qualifier names what decided an exception ('PGY-3', 'Urology')."""
    entry = roster.lookup(person) if roster else None
    if entry:
        return entry.role, "roster"
    every = " ".join(x for x in (clues.title, clues.text, " ".join(clues.credentials)) if x)
    trainee = g.trainee.search(every)
    if trainee:
        return "resident", trainee.group(0)
    creds = [norm_credential(c) for c in clues.credentials]
    title_role = _title_role(clues.title, g)
    if title_role == "mid_level" or any(g.credential_role.get(c) == "mid_level" for c in creds):
        return "mid_level", next((c for c in clues.credentials if g.credential_role.get(norm_credential(c)) == "mid_level"), clues.title)
    other = g.other_specialty.search(every)
    if other and not g.own_specialty.search(every) and title_role in ("", "radiation_oncologist"):
        physician = title_role == "radiation_oncologist" or any(g.credential_role.get(c) == "radiation_oncologist" for c in creds)
        if physician or not title_role:
            return "other_physician", other.group(0)
    if title_role:
        return title_role, ""
    for c in creds:
        role = g.credential_role.get(c)
        if role:
            return role, ""
    for role, degrees, context in g.degree_roles:
        degree = next((d for d, n in zip(clues.credentials, creds) if n in degrees), "")
        if degree and context.search(clues.context):
            return role, f"{degree} on a {context.search(clues.context).group(0).lower()} document"
    return "", ""


def _title_role(title: str, g: Grammar) -> str:
    """The role a title names: exact title first ('Medical Physicist'), then the longest title inside
    a longer label ('Attending Radiation Oncologist (Treating)')."""
    low = " ".join(title.lower().replace("'s", "").split())
    if not low:
        return ""
    if low in g.title_role:
        return g.title_role[low]
    best = ""
    for t, role in g.title_role.items():
        if len(t) > len(best) and f" {t} " in f" {low} ":
            best, found = t, role
    return found if best else ""
