"""Data types of the signature matrix."""

import datetime as dt
from dataclasses import dataclass, field

from .dates import hhmm
from .vocab import REASON_STATE, role_for


@dataclass(frozen=True)
class ExpectedSignature:
    family: str          # family name as written ("" when no person is named)
    given: str           # given name or initial as written, no trailing period
    role: str            # one of vocab.ROLES or ""
    date: str            # ISO YYYY-MM-DD or ""
    time: str            # HH:MM 24h as written (no zone conversion) or ""
    valid: bool          # a signature Medicare accepts
    state: str           # signed | blank | pending | invalid
    reason: str          # "" when valid, else a vocab.REASONS value


@dataclass(frozen=True)
class Case:
    id: str
    format: str          # txt | pdf | docx
    filename: str
    data: bytes
    expected: list       # list[ExpectedSignature], document order
    dimensions: dict


@dataclass
class Sig:
    """One signature slot as the generator decided it, before rendering."""
    label: str = "none"
    verb: str = "none"
    person: tuple | None = None
    name_form: str = "-"
    cred: str = "none"
    date: dt.date | None = None
    date_form: str = "none"
    time: tuple | None = None
    time_form: str = "none"
    zone: str = "none"
    reason: str = ""
    thing: str = ""                   # not-a-name field value
    family: str = field(default="")   # filled by rendering
    given: str = field(default="")

    def expected(self):
        no_person = self.person is None
        role = role_for(self.label, "none" if no_person else self.cred)
        if self.reason == "not-a-name":
            role = ""
        return ExpectedSignature(
            family="" if no_person else self.family,
            given="" if no_person else self.given,
            role=role,
            date=self.date.isoformat() if self.date else "",
            time=hhmm(self.time) if (self.date and self.time) else "",
            valid=self.reason == "",
            state=REASON_STATE[self.reason],
            reason=self.reason,
        )


class Deck:
    """Balanced seeded sampler: deals every value (weighted) before reshuffling."""

    def __init__(self, values, rng, weights=None):
        weights = weights or [1] * len(values)
        self._pool = [v for v, w in zip(values, weights) for _ in range(w)]
        self._rng = rng
        self._hand = []

    def draw(self):
        if not self._hand:
            self._hand = list(self._pool)
            self._rng.shuffle(self._hand)
        return self._hand.pop()
