"""`--redact`: a copy of the results with the patients' names, MRNs and dates of birth masked everywhere.

Per chart, the terms are what the engine found identifying the patient (`identity.identifiers`, as
written, including another patient's named in a misfiled document), the name's parts (>= 3 letters,
whole words, any case), the MRN with or without separators, and the date of birth in any format the
date parser reads. Staff who sign (their names are in the signatures) are kept, unless a staff name is
itself one of the patient's identifiers.
"""

from __future__ import annotations

import copy
import re

from ..dates import DATE_RE, parse_date
from ..identity import name_key

REDACTED = "[REDACTED]"
_EDGE_L, _EDGE_R = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_NAME_PART = re.compile(r"[A-Za-z\u00C0-\u024F'’]+(?:-[A-Za-z\u00C0-\u024F'’]+)*")


def _patient_terms(identity: dict) -> tuple[set[str], set[str], set[str], set[str]]:
    """(names as written, name parts, MRN-like identifiers, ISO dates of birth)."""
    raw = [str(v).strip() for v in identity.get("identifiers") or [] if str(v).strip()]
    raw += [str(identity[k]).strip() for k in ("name", "mrn") if identity.get(k)]
    names, parts, numbers, dobs = set(), set(), set(), set()
    if identity.get("dob"):
        dobs.add(parse_date(str(identity["dob"])))
    for value in raw:
        if DATE_RE.fullmatch(value):
            dobs.add(parse_date(value))
        elif any(ch.isdigit() for ch in value):
            numbers.add(value)
        else:
            names.add(value)
            for word in _NAME_PART.findall(value):
                for piece in {word, *word.split("-")}:
                    if len(piece.strip("'’")) >= 3:
                        parts.add(piece.strip("'’"))
    return names, parts, numbers, dobs - {""}


def _number_pattern(value: str) -> str:
    """An MRN as written, or with its spaces/dashes moved or dropped ('990-145-20' = '99014520')."""
    chars = [c for c in value if c not in " -"]
    return r"[\s-]?".join(re.escape(c) for c in chars)


def _same_dob(text: str, dobs: set[str]) -> bool:
    iso = parse_date(text)
    if iso in dobs:
        return True
    two_digit_year = re.search(r"[/.\- ]\d{2}$", text.strip())
    return bool(iso and two_digit_year and any(iso[2:] == d[2:] for d in dobs))  # '02/11/49' parses as 2049


class Redactor:
    def __init__(self, identity: dict, staff_names: list[str]):
        names, parts, numbers, self.dobs = _patient_terms(identity)
        patient_keys = {name_key(n) for n in names} - {""}
        lowered = {t.lower() for t in names | parts | numbers}
        staff = sorted({s for s in staff_names if s and name_key(s) not in patient_keys and s.lower() not in lowered}, key=len, reverse=True)
        terms = sorted(names | parts, key=len, reverse=True)
        alts_pt = [re.escape(t) for t in terms] + [_number_pattern(n) for n in sorted(numbers, key=len, reverse=True)]
        self.pattern = None
        if alts_pt:
            staff_alt = f"(?P<staff>{'|'.join(re.escape(s) for s in staff)})|" if staff else ""
            self.pattern = re.compile(f"{_EDGE_L}(?:{staff_alt}(?P<pt>{'|'.join(alts_pt)})){_EDGE_R}", re.I)

    def text(self, value: str) -> str:
        if self.dobs:
            value = DATE_RE.sub(lambda m: REDACTED if _same_dob(m.group(0), self.dobs) else m.group(0), value)
        if self.pattern is not None:
            value = self.pattern.sub(lambda m: m.group(0) if m.group("pt") is None else REDACTED, value)
        return value

    def walk(self, data):
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, list):
            return [self.walk(v) for v in data]
        if isinstance(data, dict):
            return {k: self.walk(v) for k, v in data.items()}
        return data


def _staff_names(chart: dict) -> list[str]:
    return [s.get("name", "") for f in chart.get("findings", []) for s in f.get("signatures", [])]


def redact_chart(chart: dict) -> dict:
    return Redactor(chart.get("identity") or {}, _staff_names(chart)).walk(copy.deepcopy(chart))


def redact(results: dict) -> dict:
    """A deep copy of `results` with every chart's patient identifiers replaced by '[REDACTED]'."""
    out = copy.deepcopy(results)
    out["charts"] = [redact_chart(c) for c in results.get("charts", [])]
    return out
