"""People: a signer's name read as a person's name, one key per human, and the staff roster.

`ROE, DANA J`, `Dana Roe, MD`, `Dr. D. Roe` and `ROE MD, DANA` are one person when nothing contradicts
it; a field value after a signature label ("Gamma Index Summary") is not a person at all. The roster
(`--roster`) names people and their roles; it wins over any guess from titles or credentials.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .signature_grammar import Grammar, credentials_in, grammar, norm_credential

_EDGE = "'’-."


@dataclass(frozen=True)
class Person:
    family: str  # as written: "Roe", "van der Berg", "O'Neil"
    given: str = ""  # "Dana", "D", or "" when only the family name is written
    middle: str = ""
    order_known: bool = True  # False for "OKAFOR MIRIAM": all capitals, no comma, either order possible

    @property
    def key(self) -> str:
        """'roe|dana', 'roe|d', 'roe|': family and given name, lower-case letters only; '~' at the end
        when the order is not known ('okafor|miriam~' from "OKAFOR MIRIAM")."""
        return f"{_letters(self.family)}|{_letters(self.given)}" + ("" if self.order_known else "~")

    @property
    def display(self) -> str:
        given = self.given + ("." if len(self.given) == 1 else "")
        middle = self.middle + ("." if len(self.middle) == 1 else "")
        return " ".join(w for w in (_cased(given), _cased(middle), _cased(self.family)) if w)

    def swapped(self) -> "Person":
        return Person(self.given, self.family, self.middle, True)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def _cased(text: str) -> str:
    """'OKAFOR' -> 'Okafor' for display; mixed case is kept as written ('McAllister', 'van der Berg')."""
    if not text.isupper():
        return text
    return "-".join("'".join(p.capitalize() for p in part.split("'")) for part in text.split("-")).replace(" ", " ")


def _token_ok(token: str, g: Grammar) -> str:
    """'' when `token` can be part of a name, else why not ('not-a-name': a word names never hold)."""
    bare = token.strip(_EDGE)
    low = bare.lower()
    if not bare:
        return "unparsed"
    if low in g.not_names:
        return "not-a-name"
    if low in g.particles:
        return ""
    if not all(ch.isalpha() or ch in _EDGE for ch in bare):
        return "unparsed"
    if not bare[0].isupper():
        return "not-a-name"  # prose: "reviewed with the team"
    return ""


def parse_name(text: str, g: Grammar | None = None, *, vouched: bool = False) -> tuple[Person | None, str]:
    """(Person, '') or (None, why): 'not-a-name' for a field value or prose, 'unparsed' when the text
    is not recognisably a name. `vouched`: a title or credential came with it, so one word is enough."""
    g = g or grammar()
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–|")
    if not text:
        return None, "no-name"
    words = text.split(" ")
    titled = False
    while words and words[0].lower().rstrip(".") in g.honorifics:
        words, titled = words[1:], True
    comma = "," in " ".join(words)
    parts = [p.strip() for p in " ".join(words).split(",")]
    names = []
    for part in parts:
        if part and " ".join(credentials_in(part, g)) == part:
            continue  # a credential of several words: "MB BCh BAO", "MB BS"
        kept = [w for w in part.split() if not _is_credential(w, g)]
        if kept:
            names.append(kept)
    if not names:
        return None, "no-name"
    tokens = [t for part in names for t in part]
    if len(tokens) > 6:
        return None, "not-a-name" if any(_token_ok(t, g) == "not-a-name" for t in tokens) else "unparsed"
    for t in tokens:
        why = _token_ok(t, g)
        if why:
            return None, why
    return _assemble(names, comma, titled or vouched, g)


def _is_credential(word: str, g: Grammar) -> bool:
    word = word.strip(",;")
    return credentials_in(word, g) == [word] or norm_credential(word) in g.degrees and word.strip(".").isupper()


def _assemble(names: list[list[str]], comma: bool, vouched: bool, g: Grammar) -> tuple[Person | None, str]:
    clean = [[t.strip(",;") for t in part] for part in names]
    if comma and len(clean) >= 2:  # "Roe, Dana J" / "ROE MD, DANA"
        family, rest = " ".join(clean[0]), clean[1]
        return Person(family, rest[0].rstrip("."), " ".join(x.rstrip(".") for x in rest[1:])), ""
    tokens = clean[0] if len(clean) == 1 else [t for p in clean for t in p]
    if len(tokens) == 1:
        return (Person(tokens[0]), "") if vouched and len(tokens[0].strip(_EDGE)) > 1 else (None, "unparsed")
    if all(t.isupper() and len(t.strip(_EDGE)) > 1 for t in tokens):  # "OKAFOR MIRIAM": surname first, as exports write it
        return Person(tokens[0], tokens[1], " ".join(tokens[2:]), order_known=False), ""
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in g.particles:  # "Pieter van der Berg"
        i -= 1
    if tokens[0].lower() in g.particles:  # "Dr van Dijk": a family name alone
        return (Person(" ".join(tokens)), "") if vouched else (None, "unparsed")
    given, middle, family = tokens[0], tokens[1:i], " ".join(tokens[i:])
    return Person(family, given.rstrip("."), " ".join(m.rstrip(".") for m in middle)), ""


def unify(keys: Iterable[str], anchors: Iterable[str] = ()) -> dict[str, str]:
    """person key -> the key of the human it most likely is, within one chart or batch.

    An initial merges into the one full given name of that family that starts with it; a family name
    alone into the only full name of that family; a name of unknown order ('~') takes the order that
    matches someone else (or the roster). Two different full given names stay two people."""
    keys = [k for k in dict.fromkeys(keys) if k]
    split = {k: tuple(k.rstrip("~").split("|", 1)) for k in keys}
    settled = [split[k] for k in keys if not k.endswith("~")] + [tuple(a.rstrip("~").split("|", 1)) for a in anchors]
    families = {f for f, _ in settled}
    placed = {}
    for k in keys:
        fam, giv = split[k]
        if k.endswith("~") and fam not in families and giv in families:
            fam, giv = giv, fam
        placed[k] = (fam, giv)
    full: dict[str, set[str]] = defaultdict(set)
    for fam, giv in list(placed.values()) + settled:
        if len(giv) > 1:
            full[fam].add(giv)
    out = {}
    for k, (fam, giv) in placed.items():
        if len(giv) <= 1:
            matches = sorted(n for n in full[fam] if n.startswith(giv))
            if len(matches) == 1:
                giv = matches[0]
        out[k] = f"{fam}|{giv}"
    return out


@dataclass(frozen=True)
class RosterEntry:
    person: Person
    role: str
    npi: str = ""
    specialty: str = ""


class RosterError(ValueError):
    """A roster file that cannot be used; the message names the file and the row."""


class Roster:
    """Staff of the practice with their roles: the roster's word beats any title or credential."""

    def __init__(self, entries: Iterable[RosterEntry] = ()):
        self.entries = list(entries)
        self._by_key = {e.person.key: e for e in self.entries}
        self._by_family: dict[str, list[RosterEntry]] = defaultdict(list)
        for e in self.entries:
            self._by_family[_letters(e.person.family)].append(e)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def lookup(self, person: Person | None) -> RosterEntry | None:
        if person is None:
            return None
        for p in (person, person.swapped()) if not person.order_known else (person,):
            if p.key in self._by_key:
                return self._by_key[p.key]
            giv = _letters(p.given)
            close = [e for e in self._by_family.get(_letters(p.family), []) if _letters(e.person.given).startswith(giv[:1])
                     and (len(giv) <= 1 or len(_letters(e.person.given)) <= 1 or _letters(e.person.given) == giv)]
            if len(close) == 1:
                return close[0]
        return None

    @classmethod
    def from_mapping(cls, mapping: dict[str, str]) -> "Roster":
        """{'J. Smith': 'radiation_oncologist'}: for library callers and tests."""
        entries = []
        for name, role in mapping.items():
            person, _ = parse_name(name, vouched=True)
            if person:
                entries.append(RosterEntry(person, role))
        return cls(entries)


def roster_role(text: str, specialty: str = "", g: Grammar | None = None) -> str:
    """A roster's role column in words ('Radiation Oncologist', 'NP', 'medical_physicist') -> role id."""
    g = g or grammar()
    low = text.strip().lower()
    role = low.replace(" ", "_") if low.replace(" ", "_") in g.roles else g.title_role.get(low) or g.credential_role.get(norm_credential(text), "")
    if role == "radiation_oncologist" and specialty and g.other_specialty.search(specialty) and not g.own_specialty.search(specialty):
        return "other_physician"
    return role


def load_roster(path: Path) -> Roster:
    """A CSV with columns name and role (and optionally npi, specialty), UTF-8 or UTF-16."""
    g = grammar()
    rows = csv.DictReader(_roster_text(path).splitlines())
    if not {"name", "role"} <= {(c or "").strip().lower() for c in rows.fieldnames or []}:
        raise RosterError(f"{path}: a roster needs the columns name and role (found: {', '.join(rows.fieldnames or []) or 'none'})")
    entries = []
    for n, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        person, why = parse_name(row.get("name", ""), g, vouched=True)
        if person is None:
            raise RosterError(f"{path}: row {n}: name '{row.get('name', '')}' is not a person's name ({why})")
        role = roster_role(row.get("role", ""), row.get("specialty", ""), g)
        if not role:
            raise RosterError(f"{path}: row {n}: role '{row.get('role', '')}' is not one of {', '.join(g.roles)} "
                              "(or a title or credential the signature grammar knows)")
        entries.append(RosterEntry(person, role, row.get("npi", ""), row.get("specialty", "")))
    return Roster(entries)


def _roster_text(path: Path) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with its mark (Excel's 'Unicode text')."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(f"{path}: no such roster file") from None
    except OSError as exc:
        raise RosterError(f"{path}: the roster cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(f"{path}: the roster is not UTF-8 or UTF-16 text; save it as 'CSV UTF-8'") from None
