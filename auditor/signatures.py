"""Signature and attestation lines, parsed into `Signature` records with a Medicare-validity state.

Regular expressions over lines, not spaCy: a signature block is a layout, not a sentence. Only a line
that *is* an attestation counts; a name inside a sentence ("reviewed and approved by Dr. X") is a
statement about a review, not a signature, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterable

from .dates import DATE_PATTERN, TIME_PATTERN, parse_date
from .lowercase import lowered
from .models import Document, Signature, SignatureState, Table

CREDENTIAL = r"(?:M\.?D\.?|D\.?O\.?|P[hH]\.?D\.?|M\.?S\.?(?:c)?|DABR|CMD|R\.?T\.?\(?T\)?|RTT|DMP|FACR|FASTRO|FAAPM|MBBS|CHP|NP|PA-C|APRN|RN)"
_CRED_RE = re.compile(rf"(?<![A-Za-z]){CREDENTIAL}(?![A-Za-z])")
_NAME = r"(?:Dr\.?\s+)?[A-Z][A-Za-z'’\-]+(?:,?\s+[A-Z][A-Za-z'’\-]*\.?){0,3}"
_LEAD = r"^[\s\-•*☒☑✓✔■\[\]xX]*"
_ATTEST = r"(?:electronically |digitally |e-)?(?:signed|approved|reviewed|authenticated|verified|finalized|finalised|attested|co-?signed|e-?signed|certified|sign(?:ed)? information)"
_WHAT = r"(?:(?:plan|report|document|note|physician|physics|qa|md|final|treatment plan|beam set)\s+)?"

_E_SIGNED = re.compile(_LEAD + _WHAT + rf"(?P<kw>{_ATTEST}(?:\s+and\s+{_ATTEST})?)\s*(?:by)?\s*[:\-]?\s*(?P<rest>.*)$", re.I)
_SLASH_S = re.compile(_LEAD + r"/s/\s*(?P<rest>.*)$", re.I)
_ROLE_LABEL = re.compile(
    _LEAD + r"(?P<label>(?:attending |treating |reviewing |approving |qualified )?(?:radiation oncologist|physician|medical physicist|physicist|dosimetrist|radiation therapist|therapist|rad onc|md|ro|mp)(?:'s)?)"
    r"(?P<sig>\s+(?:signature|sign-off|approval|attestation|sign))?\s*(?:\([^)]*\))?\s*:\s*(?P<rest>.*)$",
    re.I,
)
_SIG_LABEL = re.compile(_LEAD + r"(?P<label>(?:physician |e-?)?signature|signed|sign)\s*(?:\([^)]*\))?\s*:\s*(?P<rest>.*)$", re.I)
_KINDS = (("attest", _E_SIGNED), ("slash", _SLASH_S), ("sig", _SIG_LABEL), ("role", _ROLE_LABEL))
# The four in one pattern (named groups made plain, as a name may appear only once): most lines match
# none of them, and one match costs half of four.
_ANY_KIND = re.compile("|".join("(?:%s)" % re.sub(r"\(\?P<\w+>", "(?:", r.pattern) for _, r in _KINDS), re.I)
_BLANK = re.compile(r"^[\s_.\-–—]*$|^_{3,}|^\.{5,}")
_MARK_WORDS = ("signature", "signed", "dictated", "stamp")  # an invalid marker counts only beside one
_MARKED = re.compile("|".join(_MARK_WORDS), re.I)
# Every way parse_line can return a record needs one of these in the lower-cased line ("sign" covers
# signed/signature/co-signed/e-signed, ":" the role labels); most lines have none and are skipped.
_MAYBE = ("sign", "approved", "reviewed", "authenticated", "verified", "finali", "attested", "certified", "/s/", ":",
          "dictated", "stamp")
_DATE_LABEL = re.compile(rf"\b(?:date|dated|on|at)\b\s*:?\s*(?P<date>{DATE_PATTERN})?", re.I)

INVALID_MARKERS = [
    (re.compile(r"dictated\W+(?:but\s+)?not\s+(?:read|reviewed|signed)", re.I), SignatureState.INVALID, "dictated but not read"),
    (re.compile(r"signed\W+(?:but\s+)?not\s+read", re.I), SignatureState.INVALID, "signed but not read"),
    (re.compile(r"signature\s+on\s+file|\bS\.?O\.?F\.?\b", re.I), SignatureState.INVALID, "'signature on file' is not a signature"),
    (re.compile(r"\bstamp(?:ed)?\b", re.I), SignatureState.INVALID, "a signature stamp is not accepted by Medicare"),
    (re.compile(r"pending\s+(?:physician\s+|md\s+)?(?:signature|review|approval|co-?sign)|(?:signature|approval|review|co-?signature)\s+(?:is\s+)?pending|awaiting\s+(?:physician\s+)?(?:signature|approval|review)", re.I), SignatureState.PENDING, "marked pending"),
    (re.compile(r"\bun-?signed\b|\bnot\s+(?:yet\s+)?signed\b|\bun-?approved\b|\bnot\s+(?:yet\s+)?approved\b", re.I), SignatureState.PENDING, "marked unsigned"),
    (re.compile(r"\bpreliminary\b|\bdraft\b", re.I), SignatureState.INVALID, "a preliminary/draft document is not signed"),
]
_DOC_STATUS = re.compile(r"^\s*(?:report\s+|document\s+|plan\s+|note\s+)?(?:status\s*:\s*)?(?:\*+\s*)?(draft|preliminary|unsigned|unapproved|pending|not signed)\b", re.I)

ROLE_WORDS = [
    (re.compile(r"radiation oncolog|rad onc|\bphysician\b|\battending\b|\bMD\b|\bRO\b", re.I), "radiation_oncologist"),
    (re.compile(r"physicist|\bphysics\b|\bMP\b", re.I), "medical_physicist"),
    (re.compile(r"dosimetrist", re.I), "dosimetrist"),
    (re.compile(r"therapist", re.I), "therapist"),
]


def role_from(label: str, credentials: tuple[str, ...]) -> str:
    """A title label beats the credential guess: 'Physicist: ... MD' is unusual, but the label says it."""
    for pattern, role in ROLE_WORDS:
        if label and pattern.search(label):
            return role
    creds = {re.sub(r"[^A-Z]", "", c.upper()) for c in credentials}
    if creds & {"MD", "DO", "MBBS"}:
        return "radiation_oncologist"
    if creds & {"DABR", "PHD", "MS", "MSC", "DMP", "FAAPM"}:
        return "medical_physicist"
    if "CMD" in creds:
        return "dosimetrist"
    if any(c.startswith("RT") for c in creds):
        return "therapist"
    return ""


def _name_creds(rest: str) -> tuple[str, tuple[str, ...]]:
    rest = re.sub(r"\([^)]*\)", " ", rest)
    head = re.split(rf"\s+(?:on|at|date|dated)\b|\s{{2,}}|\t|\||{DATE_PATTERN}", rest, maxsplit=1, flags=re.I)[0]
    creds = tuple(dict.fromkeys(m.group(0) for m in _CRED_RE.finditer(head)))
    name = _CRED_RE.sub("", head)
    name = re.sub(r"\b(?:medical physicist|radiation oncologist|physicist|physician|dosimetrist|attending)\b", " ", name, flags=re.I)
    name = re.sub(r"[,;:/]+", " ", name)
    name = re.sub(r"\s+", " ", name).strip(" .-_")
    name = re.sub(r"^(?:by|dr\.?)\s+", lambda m: "Dr. " if m.group(0).lower().startswith("dr") else "", name, flags=re.I)
    return (name if re.search(r"[A-Za-z]{2}", name) else ""), creds


def _date_time(text: str) -> tuple[str, str]:
    when = parse_date(text)
    t = re.search(TIME_PATTERN, text)
    return when, (t.group(0) if t and when else "")


def _invalid(line: str) -> tuple[SignatureState, str] | None:
    for pattern, state, reason in INVALID_MARKERS:
        if pattern.search(line):
            return state, reason
    return None


def parse_line(line: str, next_line: str = "") -> dict | None:
    """One line -> signature fields, or None when the line is not a signature/attestation line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 220:
        return None
    if _ANY_KIND.match(stripped):
        for kind, regex in _KINDS:
            m = regex.match(stripped)
            if m:
                return _fields(kind, m, stripped, next_line)
    if not _marked(stripped):
        return None
    marker = _invalid(stripped)
    if marker:
        state, reason = marker
        by = re.search(r"(?:\bby\b|:)\s*(.*)", stripped, re.I)
        name, creds = _name_creds(by.group(1)) if by else ("", ())
        return dict(state=state, reason=reason, name=_plausible(name), credentials=creds, label="")
    return None


def _marked(line: str) -> bool:
    """One of `_MARK_WORDS` is in the line."""
    low = lowered(line)
    if low is None:  # lower() would not mirror re.I here
        return bool(_MARKED.search(line))
    for word in _MARK_WORDS:  # substring tests: the case-insensitive regex was the slowest step for most lines
        if word in low:
            return True
    return False


_PARTICLES = {"de", "van", "von", "da", "del", "la", "le", "di", "du", "st", "der", "den", "ter", "bin", "al"}


def _plausible(name: str) -> str:
    """A person's name, not prose: at most five words, each capitalised (particles aside)."""
    words = name.replace("Dr. ", "").split()
    if not words or len(words) > 5:
        return ""
    if any(w[0].islower() and w.lower() not in _PARTICLES for w in words):
        return ""
    return name


def _fields(kind: str, m: re.Match, line: str, next_line: str = "") -> dict | None:
    rest = m.group("rest").strip()
    label = m.groupdict().get("label") or ""
    paren = re.search(r"\(([^)]*)\)", rest)
    if not label and paren and any(p.search(paren.group(1)) for p, _ in ROLE_WORDS):
        label = paren.group(1)  # "Plan approved by: Ferrand, Lucia (Radiation Oncologist) 2025-05-25"
    if kind == "attest" and re.match(r"(?:reviewed|approved|verified)$", m.group("kw"), re.I) and not re.search(r":|\bby\b", line[: m.end("kw") + 4], re.I):
        return None  # "Reviewed." or "Reviewed the DVHs" is prose, not an attestation line
    marker = _invalid(line)
    if _BLANK.match(rest) or re.fullmatch(r"(?:date\s*:?\s*[_.\s]*)?", rest, re.I):
        state, reason = SignatureState.BLANK, "the signature line is blank"
    elif marker:
        state, reason = marker
    else:
        state, reason = SignatureState.SIGNED, ""
    name, creds = _name_creds(rest)
    if state is SignatureState.SIGNED and name and not _plausible(name):
        return None  # "Approved by tumor board, plan to proceed" is prose
    if state is SignatureState.SIGNED:
        if not name:
            return None if kind == "role" else dict(state=SignatureState.BLANK, reason="no name on the signature line", name="", credentials=creds, label=label)
        dated_below = bool(re.match(r"\s*date\s*:\s*\S", next_line, re.I) and parse_date(next_line))
        date_field = bool(creds and re.search(r"\bdate\b", rest, re.I))  # "Oncologist: V. Okafor, MD  Date: ____"
        if kind == "role" and not (parse_date(rest) or dated_below or date_field or re.search(r"/s/|signed", rest, re.I)):
            return None  # "Physician: Roe" in a header names the attending; it is not a signature
        if kind == "attest" and not (creds or parse_date(rest) or re.search(r"\bby\b|:", line, re.I)):
            return None
    return dict(state=state, reason=reason, name=name, credentials=creds, label=label)


_COLUMNS = ("role", "name", "signature", "date", "title", "credential")


def _table_signatures(table: Table) -> list[dict]:
    """Signature tables: a header row naming role/name/signature/date columns, then one row per signer."""
    rows = [tuple(c.strip() for c in r) for r in table.rows]
    for h, header in enumerate(rows):
        cols = {key: i for i, cell in enumerate(header) for low in (cell.lower(),) for key in _COLUMNS if key in low}
        if "signature" in cols and ("role" in cols or "name" in cols or "title" in cols):
            return [_table_row(row, cols) for row in rows[h + 1 :] if any(row)]
    return []


def _table_row(row: tuple[str, ...], cols: dict) -> dict:
    cell = lambda key: row[cols[key]] if key in cols and cols[key] < len(row) else ""  # noqa: E731
    sig, name_cell = cell("signature"), cell("name") or cell("signature")
    label = cell("role") or cell("title")
    name, creds = _name_creds(name_cell)
    creds = creds or _name_creds(sig)[1] or _name_creds(cell("credential"))[1]
    marker = _invalid(" ".join(row))
    if _BLANK.match(sig):
        state, reason = SignatureState.BLANK, "the signature cell is blank"
    elif marker:
        state, reason = marker
    else:
        state, reason = SignatureState.SIGNED, ""
    when = parse_date(cell("date")) or parse_date(sig)
    return dict(state=state, reason=reason, name=name, credentials=creds, label=label, date=when, quote=" | ".join(row), key=name_cell or sig)


def document_status(document: Document) -> str:
    """'draft'/'preliminary'/... when the document declares itself not final, else ''."""
    for page in document.pages[:1] + document.pages[-1:]:
        for line in page.text.split("\n", 12)[:12]:
            m = _DOC_STATUS.match(line) if len(line.strip()) < 60 else None
            if m:
                return m.group(1).lower()
    return ""


def _candidate_lines(text: str) -> Iterable[int]:
    """Start offsets of the lines holding one of `_MAYBE` (all lines if unsure), in order."""
    low = lowered(text)
    if low is None:
        pos = 0
        for line in text.split("\n"):
            yield pos
            pos += len(line) + 1
        return
    starts = set()
    for word in _MAYBE:  # str.find per word: one regex of them all was tried at every position
        i = low.find(word)
        while i >= 0:
            starts.add(low.rfind("\n", 0, i) + 1)
            i = low.find("\n", i)  # the rest of this line is taken already
            i = low.find(word, i) if i >= 0 else -1
    yield from sorted(starts)


def find_signatures(document: Document, roster: dict[str, str] | None = None,
                    section_at: Callable[[int, int], tuple[str, str, int]] | None = None) -> list[Signature]:
    section_at = section_at or (lambda page, offset: ("", "", 0))
    found: list[Signature] = []
    taken: set[tuple[int, int]] = set()
    for table in document.tables:
        page_text = next((p.text for p in document.pages if p.number == table.page), "")
        for f in _table_signatures(table):
            start = page_text.find(f.pop("key")) if f.get("quote") else -1
            quote = f.pop("quote")
            start = max(start, 0)
            line_start = page_text.rfind("\n", 0, start) + 1
            line_end = page_text.find("\n", start)
            line_end = len(page_text) if line_end < 0 else line_end
            taken.add((table.page, line_start))
            found.append(_make(document, table.page, line_start, line_end, quote, f, roster, section_at))
    for page in document.pages:
        text = page.text
        for pos in _candidate_lines(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if (page.number, pos) not in taken:
                after = text.find("\n", end + 1)
                next_line = text[end + 1 : len(text) if after < 0 else after] if end < len(text) else ""
                f = parse_line(text[pos:end], next_line)
                if f:
                    f.setdefault("date", "")
                    found.append(_make(document, page.number, pos, end, text[pos:end].strip(), f, roster, section_at, text))
    status = document_status(document)
    if status:
        reason = f"the document is marked '{status}'"
        found = [replace(s, state=SignatureState.INVALID if status in ("draft", "preliminary") else SignatureState.PENDING, reason=reason)
                 if s.state is SignatureState.SIGNED else s for s in found]
    return sorted(found, key=lambda s: (s.page, s.start))


def _make(document, page, start, end, quote, f, roster, section_at, page_text: str = "") -> Signature:
    when, at = _date_time(quote)
    when = f.get("date") or when
    if not when and page_text:
        # "Date: 01/16/2025" on the line right below the signature belongs to it.
        nxt = page_text[end + 1 : end + 80].split("\n", 1)[0]
        if re.match(r"\s*date\s*:", nxt, re.I):
            when = parse_date(nxt)
    role = role_from(f.get("label", ""), f["credentials"])
    if roster and f["name"]:
        role = roster.get(_roster_key(f["name"]), role)
    section, category, index = section_at(page, start)
    return Signature(
        document=document.path, page=page, start=start, end=end, quote=quote[:300], state=f["state"],
        name=f["name"], credentials=tuple(f["credentials"]), role=role, date=when, time=at,
        reason=f["reason"], section=section, section_index=index, section_category=category,
    )


def _roster_key(name: str) -> str:
    """'Roe, Jane' and 'Dr. Jane Roe' both become 'jane roe'."""
    name = re.sub(r"^dr\.?\s+", "", name.strip(), flags=re.I)
    if "," in name:
        last, first = name.split(",", 1)
        name = f"{first} {last}"
    return " ".join(re.findall(r"[a-z'\-]+", name.lower()))


roster_key = _roster_key
