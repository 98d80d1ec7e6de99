"""One signature line (and, where its signer stands below it, the next few lines) -> a `Read`.

A line is a signature only when it *starts* as one: a role label ("Medical Physicist:"), a signature
label ("Signature:"), an attestation verb ("Electronically signed", "Plan approved by") or a mark
("/s/"). A name inside a sentence ("reviewed and approved by Dr. X") is a statement about a review,
not a signature, and is left alone. What starts as a signature but cannot be read is returned as
`unresolved`, so that the finding says so instead of calling the item unsigned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import DATE_RE, TIME_RE, clock, date_of
from ..models import SignatureState as S
from ..people import Person, parse_name
from ..signature_grammar import Grammar, credentials_in, norm_credential
from .roles import RoleClues

MAX_LINE = 220
_LEAD = re.compile(r"[\s\-•*☒☑✓✔■>\[\]|│║┃]*(?:[xX](?![A-Za-z'’])[\s\]\-:]*)?")
_BOX = re.compile(r"^[|│║┃]\s+|\s+[|│║┃]$")  # a text box's side borders: "| Electronically authenticated by: ... |"
_FORM_COLUMNS = re.compile(r"\s{2,}|\t|\s[|│]\s")
_RULE = re.compile(r"_{3,}|\.{5,}|-{5,}")
_EMPTY = re.compile(r"[\s_.\-–—=*:]*")
_ROLE_FIELD = re.compile(r"(?:role|title|position|capacity|function)\s*:\s*", re.I)
_SEPARATORS = re.compile(r"\s{2,}|\t|\||;|\s[\-–—]{1,2}\s")  # " - ", " -- "
_BY = re.compile(r"^(?:by|:)\s*|\bby\s+", re.I)
_SIGNATURE_HEADING = re.compile(r"(?:electronic\s+)?signatures?(?:\s+(?:line|block|section))?", re.I)
_CONNECTORS = {"on", "at", "by", "electronically", "digitally", "and", "&"}
_LABEL_START = re.compile(r"^[A-Za-z][A-Za-z /&'()#\-]{0,40}:")


@dataclass
class Read:
    """A signature as read from the text, before it is placed in a document."""

    state: S
    reason: str = ""
    person: Person | None = None
    credentials: tuple[str, ...] = ()
    clues: RoleClues = field(default_factory=RoleClues)
    date: str = ""
    time: str = ""
    zone: str = ""
    lines_used: int = 1  # the signature line, plus lines read below it for its signer
    placement: str = "line"
    crossed_rule: bool = False  # the signer was read below a rule line ("______")
    closes: bool = False  # the line names the section it signs ("Image review - physician signature:")
    attests: bool = False  # the signer's own line is an attestation ("/s/ ...", "Electronically signed by ...")
    role_labelled: bool = False  # "Physician review: Electronically signed by ...": a role's sign-off label starts the line


@dataclass
class _Head:
    kind: str  # role (a role label only), label, verb, mark
    title: str = ""
    strong: bool = False
    by: bool = False
    suffix: bool = False
    rest: str = ""
    closes: bool = False  # "Image review - physician signature: ___" closes the section above it
    qualifier: str = ""  # words before the label: "Ordering" of "Ordering physician: Electronically signed by"


_PREFIX = re.compile(r"[^:\n]{2,40}?\s[-–—]\s+")  # "Image review - physician signature: ____"


_FIRST_WORD = re.compile(r"[^\W\d_]+")
_PRINTED_NAME = re.compile(r"(?:printed|typed|print)\s+name\s*[:\-]\s*", re.I)
_NOTE_FIRST = re.compile(r"^\([^()]{0,120}\)\s*")
_USER_ID = re.compile(r"\[[^\[\]]{1,40}\]")
_ROLE_IN_PARENS = re.compile(r"\(\s*(?P<title>[^()]{2,40}?)\s*\)\s*:\s*")


def head_of(line: str, g: Grammar):
    """The signature head a line starts with (a label, verb or mark), or None: for the page loop's filter."""
    return _head(_unboxed(line), g)


def _starts(line: str, g: Grammar) -> tuple[int, bool]:
    """(where the head would start, whether it may): every head starts with a title, label, object or
    verb of the grammar, or a mark ("/s/"); a line whose first word is none of them skips the head
    patterns (the set is built from the same phrases)."""
    pos = _LEAD.match(line).end()
    if line[pos:pos + 1] == "/":
        return pos, True
    word = _FIRST_WORD.match(line, pos)
    return pos, word is not None and (not word.group(0).isascii() or word.group(0).lower() in g.head_words)  # ſ, ı, K: re.I's folding


def _dashed(line: str) -> bool:
    return "- " in line or "– " in line or "— " in line


def _head(line: str, g: Grammar) -> _Head | None:
    pos, starts = _starts(line, g)
    head = _head_at(line, pos, g) if starts else None
    if head is None and _dashed(line):
        m = _PREFIX.match(line)
        if m and (g.role_label.match(line, m.end()) or g.signature_label.match(line, m.end())):
            head = _head_at(line, m.end(), g)
            if head is not None:
                head.closes = True
    if head is None and ":" in line:
        head = _qualified(line, pos, g)
    return head


_QUALIFIER = re.compile(r"[^\W\d_][\w'’\-]*\s+")


def _qualified(line: str, pos: int, g: Grammar) -> _Head | None:
    """'Ordering physician: Electronically signed by ...', 'Remote physics approval: ...', 'Author
    signature (TLO-SYL): ...': one or two words before a signature or sign-off label, or before a role
    label followed by a strong verb, or a role whose signer is said to have signed ('Prescribing radiation
    oncologist: Delphine Achebe-Marlow, MD - e-signed 05/15/2025'). The words stay with the signer's clues
    ('Urology attending signature:' is not the radiation oncologist's). A bare role after them ('Referring
    physician: Ann Roe, MD 01/02/2026') names a person, and a weak verb ('Planning CT reviewed: the targets
    ...') is prose: neither signs."""
    colon = line.find(":", pos)
    if colon < 0 or colon - pos > 50:
        return None
    at = pos
    for _ in range(2):
        m = _QUALIFIER.match(line, at)
        if m is None or m.end() > colon:
            return None
        at = m.end()
        head = _head_at(line, at, g) if _FIRST_WORD.match(line, at) and _FIRST_WORD.match(line, at).group(0).lower() in g.head_words else None
        signing = head is not None and (head.kind in ("label", "mark") or head.strong
                                        or (head.kind == "role" and bool(g.strong_words.spans(head.rest, first=True))))
        if signing and len(line) - len(head.rest) > colon:
            head.qualifier = line[pos:at].strip()
            return head
    return None


def _head_at(line: str, pos: int, g: Grammar) -> _Head | None:
    title, suffix, label = "", False, False
    m = g.role_label.match(line, pos)
    if m:
        title, suffix, pos = m.group("title"), bool(m.group("suffix")), m.end()
        if m.group("paren") and g.title_role.get(m.group("paren").strip().lower()):
            title = m.group("paren").strip()  # "Signature (Physicist):"
    else:
        m = g.signature_label.match(line, pos)
        if m:
            label, pos = True, m.end()
    kind, strong, by = "", False, False
    for _ in range(3):  # "Reviewed By : E-SIGNED BY: ...", "Approved By: /s/ ...": a label, then the signature's own verb
        v = g.verb.match(line, pos)
        if v and v.group("verb"):
            verb = " ".join(v.group("verb").lower().split())
            kind, pos = "verb", v.end()
            strong = strong or verb in g.strong or _any_strong(verb, g)
            by = by or bool((v.group("by") or "").strip())
            continue
        if kind == "verb" and not title:  # the role signed as, after the verb: "Approved by physicist:", "Approved (physics):"
            r = g.role_label.match(line, pos) or _ROLE_IN_PARENS.match(line, pos)
            named = r.group("title").strip() if r else ""
            if named and " ".join(named.lower().split()) in g.title_role:
                title, by, pos = named, True, r.end()
                continue
        mk = g.mark.match(line, pos)
        if mk:
            kind, strong, by, pos = "mark", True, True, mk.end()
            continue
        break
    if kind:
        return _Head(kind, title, strong, by or label or bool(title), suffix, line[pos:])
    if label:
        return _Head("label", title, True, True, True, line[pos:])
    if title:
        return _Head("label" if suffix else "role", title, suffix, True, suffix, line[pos:])
    return None


def _any_strong(verb: str, g: Grammar) -> bool:
    return any(w in g.strong for w in re.split(r"\s*(?:and|&|/)\s*", verb))


def _unboxed(line: str) -> str:
    """The line without a text box's side borders, and with a dot leader after its label read as the label's
    colon ('PHYSICS RELEASE ...... Yusuf Brandvold, MS, DABR  e-signed ...'); a leader with nothing after
    it is a blank line to sign on, and stays."""
    line = _BOX.sub("", line.strip()) if "|" in line or not line.isascii() else line.strip()
    if ".." in line:
        m = _LEADER.match(line)
        if m:
            line = f"{m.group(1)}: {line[m.end():]}"
    return line


_LEADER = re.compile(r"([^\W\d_][^.:\n]{1,40}?)\s*\.{3,}\s*(?=[^\s._])")


def read_line(line: str, below: list[str], g: Grammar, day_first: bool = False, signoff: bool = False,
              above: list[str] = ()) -> Read | None:
    """`below`: the next lines of the page, where a signer written under its verb may stand, or a
    marker that voids the signature ("(signature on file)"). `signoff`: the line sits in a sign-off
    section ("Approvals", "Signatures"), where a role label with a name is a signature. `above`: the
    lines just above, nearest first, where a letter's signature block types the signer's specialty."""
    line = _unboxed(line)
    if not line or len(line) > MAX_LINE:
        return None
    below = [_unboxed(b) for b in below]
    head = _head(line, g)
    if head is None:
        return _marker_only(line, g, day_first)
    rest = head.rest
    marker = _marker(line, g)
    if head.kind == "verb" and not head.by and not marker:
        first = rest.split(" ", 1)[0].lower()
        if head.strong and rest[:1].islower() and first not in _CONNECTORS:
            return None  # "Signed consent obtained": prose
        if not head.strong and not re.search(r"\bby\b", rest, re.I) and not credentials_in(rest, g) and not DATE_RE.search(rest):
            return None  # "Reviewed the DVHs", "Approved for treatment"
    read = _read_rest(rest, head, g, day_first)
    if head.qualifier:
        read.clues = RoleClues(read.clues.title, read.clues.credentials, f"{head.qualifier} {read.clues.text}".strip())
    read.closes = head.closes
    read.role_labelled = bool(head.title and head.suffix)
    if marker:
        read.state, read.reason = marker
        return read
    if read.state in (S.BLANK, S.INVALID) and read.person is None and not _RULE.search(rest) and g.lookahead:
        read = _signer_below(read, head, below, g, day_first)
    if not read.date and read.state is not S.BLANK:
        _dated_below(read, below, g, day_first)
    if head.kind == "role" and read.state is S.SIGNED and not (signoff or read.attests or _signs(rest, read)):
        return None  # "Physician: Roe" in a header names the attending; it is not a signature
    if head.kind == "role" and read.state in (S.BLANK, S.UNRESOLVED):
        if read.state is S.UNRESOLVED or not (_RULE.search(rest) or read.lines_used > 1 or signoff):
            return None
    if read.state is S.UNRESOLVED and not head.strong:
        return None
    return with_surroundings(read, below, g, above, day_first)


def with_surroundings(read: Read, below: list[str], g: Grammar, above: list[str] = (), day_first: bool = False) -> Read:
    """What the lines around a signature add: the block's specialty typed above it, a title alone on the
    line below (and the date under that title), a marker below that voids it."""
    if read.person is not None and above:
        _block_above(read, above, g)
    if read.person is not None and _title_below(read, below, g) and not read.date:
        _dated_below(read, below, g, day_first)  # "/es/ DANIEL J. ROE, MD" / "RESIDENT (PGY-4)" / "Signed: 05/02/2025"
    return _voided_below(read, below, g)


def read_signed_after(line: str, g: Grammar, day_first: bool = False) -> Read | None:
    """'Ingrid Vasquez-Moreau, MD e-signed 2025-05-12T16:45-04:00': a signature written name first (a
    sign-off table's row read as text), a strong verb or mark after the name and nothing but a date
    after that. Anything else after the verb is prose ("Dr. Roe e-signed the plan"): not read. (The page
    loop tries only lines holding a cue of `g.strong_words`.)"""
    m = g.signed_after.fullmatch(line.strip())
    if m is None:
        return None
    bare, _, _, _ = _take_when(m.group("rest"), g, day_first)
    if g.date_label.sub(" ", bare).strip(" ,;:()-–—|"):
        return None
    read = _read_rest(m.group("name") + " " + m.group("rest"), _Head("verb", strong=True, by=True), g, day_first)
    return read if read.person is not None and read.state is S.SIGNED else None


def _title_below(read: Read, below: list[str], g: Grammar) -> bool:
    """'ROE MD, DANA' / 'Qualified Medical Physicist': a title or specialty alone on the line under the
    signer (Cerner's block) describes the signer; the line is taken with it. A trainee's line may say
    more ('RADIATION ONCOLOGY RESIDENT (PGY-4)'): it holds a trainee title, and no date or label."""
    i = read.lines_used - 1
    nxt = below[i].strip() if i < len(below) else ""
    labelled = _ROLE_FIELD.match(nxt)
    if labelled:  # "Role: Radiation Oncologist" under "Approved by: Ximena Ortega-Fairbanks, MD"
        nxt = nxt[labelled.end():].strip()
    if not nxt or len(nxt) > 50:
        return False
    low = " ".join(nxt.lower().split())
    if low in g.title_role or g.other_specialty.fullmatch(nxt) or g.own_specialty.fullmatch(nxt) or g.trainee.fullmatch(nxt) \
            or (g.trainee.search(nxt) and ":" not in nxt and not DATE_RE.search(nxt)):
        read.clues = RoleClues(read.clues.title or (nxt if low in g.title_role else ""), read.credentials,
                               " ".join(x for x in (read.clues.text, nxt) if x))
        read.lines_used += 1
        return True
    return False


def _block_above(read: Read, above: list[str], g: Grammar) -> None:
    """'Gregory Haldane, MD' / 'Urology' typed above 'Electronically signed by Gregory Haldane MD': the
    block's specialty and title describe the signer."""
    extra, creds = [], list(read.credentials)
    for line in above[:2]:
        s = line.strip()
        if not s or len(s) > 50 or ":" in s:
            break
        if g.other_specialty.fullmatch(s) or g.own_specialty.fullmatch(s) or s.lower() in g.title_role or g.trainee.fullmatch(s):
            extra.append(s)
            continue
        person, _ = parse_name(s, g, vouched=True)
        if person is None or person.key.rstrip("~").split("|")[0] != read.person.key.rstrip("~").split("|")[0]:
            break
        creds += [c for c in credentials_in(s, g) if c not in creds]
    if extra or len(creds) > len(read.credentials):
        read.credentials = tuple(creds)
        read.clues = RoleClues(read.clues.title, tuple(creds), " ".join([read.clues.text] + extra).strip())


def _signer_below(read: Read, head: _Head, below: list[str], g: Grammar, day_first: bool) -> Read:
    """The label or verb's own line names nobody: the signer may stand below it."""
    found = _look_below(below, g, day_first)
    if found is None:
        return read
    if found.person is None:  # a field value below the label
        found.date, found.time, found.zone = found.date or read.date, found.time or read.time, found.zone or read.zone
        return found
    found.date = found.date or read.date
    found.time, found.zone = found.time or read.time, found.zone or read.zone
    found.clues = RoleClues(head.title or found.clues.title, found.credentials, found.clues.text)
    completed = head.strong and bool(read.date)  # Cerner: "Electronically Signed on <date>", a rule, the signer
    if found.crossed_rule and not completed and not found.attests and found.state is S.SIGNED:
        found.state, found.reason = S.BLANK, "the signature line is blank (a name is printed under it)"
    return found


def _voided_below(read: Read, below: list[str], g: Grammar) -> Read:
    """A marker on the line right below a named signature ("(signature on file)", "Dictated but not
    read", "- signature pending") voids it; the marker line is taken with it."""
    i = read.lines_used - 1
    nxt = below[i].strip() if i < len(below) else ""
    if read.state is not S.SIGNED or read.person is None or not nxt or len(nxt) > 60 or nxt.endswith(":"):
        return read  # "Awaiting co-signature:" introduces the next signer, not this one
    marker = _marker(nxt, g)
    if marker and _head(nxt, g) is not None:  # "Signed but not read" has a verb of its own: a marker only if it names nobody
        alone = read_line(nxt, [], g)
        marker = marker if alone is None or alone.person is None else None
    if marker:
        read.state, read.reason = marker
        read.lines_used += 1
    return read


def _signs(rest: str, read: Read) -> bool:
    """A role label with a name signs only with a date (on its line or the next), a date field with
    credentials ("Oncologist: V. Okafor, MD  Date: ____"), '/s/' or 'signed' beside it."""
    return bool(read.date or re.search(r"/s/|signed", rest, re.I) or (read.credentials and re.search(r"\bdate\b", rest, re.I)))


def _read_rest(rest: str, head: _Head, g: Grammar, day_first: bool) -> Read:
    """Name, credentials, date, time and zone from what follows the signature's label or verb."""
    text, when, at, zone = _take_when(rest, g, day_first)
    if "(" in text:  # "R.T.(T)" is a credential, not a parenthesis
        text = g.credential_re.sub(lambda m: norm_credential(m.group(0)) if "(" in m.group(0) and credentials_in(m.group(0), g) else m.group(0), text)
    parens = re.findall(r"\(([^)]*)\)", text)
    text = re.sub(r"\([^)]*\)", " ", text)
    if "[" in text:  # "Callahan, Wren, MD [wcallahan]": the system's user id, not part of the name
        text = _USER_ID.sub(" ", text)
    text = g.date_label.sub(" ", text) if g.date_label.search(text) else text
    text = _BY.sub(" ", text, count=1).strip()
    chunks = [c.strip(" ,-–—") for c in _SEPARATORS.split(text) if c and c.strip(" ,-–—")]  # "Roe, MD, Radiation Oncology - <date>"
    name_chunk = chunks[0] if chunks else ""
    clue_text = list(parens) + chunks[1:]
    credentials = tuple(dict.fromkeys(credentials_in(name_chunk, g)))
    name_parts, title = [], head.title
    for part in name_chunk.split(","):
        low = " ".join(part.lower().split())
        if low and _describes(part, low, g):
            clue_text.append(part.strip())
            title = title or (part.strip() if low in g.title_role else "")
            continue
        after = _AFTER_CREDENTIALS.match(part) if credentials else None  # "MD Radiation Oncology": no comma after the credential
        if after and after.group(2) and _describes(after.group(2), " ".join(after.group(2).lower().split()), g):
            clue_text.append(after.group(2).strip())
            title = title or (after.group(2).strip() if " ".join(after.group(2).lower().split()) in g.title_role else "")
            part = after.group(1)
        name_parts.append(part)
    for p in parens:  # "Ferrand, Lucia (Radiation Oncologist)"
        if not title and p.strip().lower() in g.title_role:
            title = p.strip()
    clues = RoleClues(title, credentials, " ".join(clue_text))
    read = Read(S.SIGNED, credentials=credentials, clues=clues, date=when, time=at, zone=zone)
    name_text = ",".join(name_parts).strip(" ,")
    if head.kind == "mark" and _RULE.search(name_text):  # "X /s/ Dana Roe, MD ______": the mark signs; the rule after is the form's
        lead = _RULE.split(name_text, 1)[0].strip(" ,")
        if lead and not _RULE.sub(" ", name_text[len(lead):]).strip(" ,"):
            name_text = lead
    if _RULE.search(name_text):  # "Signature: ______ Dana Roe, MD": a blank line with the name printed beside it
        printed, _ = parse_name(_RULE.sub(" ", name_text), g, vouched=True)
        read.state, read.reason, read.person = S.BLANK, "the signature line is blank", printed
        return read
    if not name_text or _EMPTY.fullmatch(name_text):
        if when:  # "Electronically signed on <date>" with nobody named: signed by no one Medicare can identify
            read.state, read.reason = S.INVALID, "no signer is named on the signature line"
        else:
            read.state, read.reason = S.BLANK, "the signature line is blank"
        return read
    person, why = parse_name(name_text, g, vouched=bool(credentials or title or re.match(r"dr\.?\s", name_text, re.I)))
    if person is None:
        if why == "not-a-name":
            read.state, read.reason = S.INVALID, f"'{name_text[:60]}' is not a person's name"
        elif why == "no-name":
            read.state, read.reason = S.INVALID, "no signer is named on the signature line"
        else:
            read.state, read.reason = S.UNRESOLVED, f"a line that looks like a signature was not understood ('{name_text[:60]}')"
        return read
    read.person = person
    return read


_AFTER_CREDENTIALS = re.compile(r"(\s*(?:[A-Z][A-Za-z.()]{1,7}\s+)+?)([A-Z][a-z].*)$")  # " MD " + "Radiation Oncology"


def _describes(part: str, low: str, g: Grammar) -> bool:
    """A comma-separated part that describes the signer (a title, a specialty, a trainee marker), not their name."""
    return bool(low in g.title_role or g.trainee.search(part) or g.other_specialty.fullmatch(part.strip())
                or g.own_specialty.fullmatch(part.strip()))


def _take_when(text: str, g: Grammar, day_first: bool) -> tuple[str, str, str, str]:
    """(text without its date/time/zone, ISO date, HH:MM, zone): the first date, the time after it."""
    when = at = zone = ""
    m = DATE_RE.search(text)
    if m:
        when = date_of(m.group(0), day_first)
        end = m.end() + (text[m.end(): m.end() + 1] in ("T", "t") and TIME_RE.match(text, m.end() + 1) is not None)  # ISO 8601
        text = text[: m.start()] + " " + text[end:]
    t = TIME_RE.search(text)
    if t:
        at = clock(t.group(0))
        z = g.zones.match(text, t.end())
        if z:
            zone = z.group("zone")
            text = text[: t.start()] + " " + text[z.end():]
        else:
            text = text[: t.start()] + " " + text[t.end():]
    return text, when, at, zone


def _dated_below(read: Read, below: list[str], g: Grammar, day_first: bool) -> None:
    """'Date: 01/16/2025', or a signature label with nothing but a date ('Signed: 15 March 2025 10:12'),
    on the line right below an undated signature is its date; the line is taken with it."""
    i = read.lines_used - 1
    line = below[i].strip() if i < len(below) else ""
    if not line or not DATE_RE.search(line):
        return
    line = _NOTE_FIRST.sub("", line)  # "(typed name: Dana Roe, MD - Radiation Oncology)  Date: 01/15/2026"
    printed = _PRINTED_NAME.match(line)
    if printed and read.person is not None and read.person.display.split()[-1].lower() in line.lower():
        # "Printed name: Ingrid Paavola-Reyes, MD, Radiation Oncology  Signed: 2026-02-05 08:44 EST": the signer
        # named again, then the date's own label
        for d in g.date_label.finditer(line, printed.end()):
            if _dated_after(read, line, d.end(), g, day_first):
                break
        return
    m = g.date_label.match(line)
    if m:  # "Date: 01/16/2025", "On: 01 May 2025 09:15 MDT"
        _dated_after(read, line, m.end(), g, day_first)
        return
    columns = _FORM_COLUMNS.split(line)
    if len(columns) > 1 and all(_LABEL_START.match(c) for c in columns if c) and _head(line, g) is None:
        for c in columns[1:]:  # a row of labelled fields, none a signature: "Service: RADIATION ONCOLOGY    Date/Time: 01/22/2026 0831 CST"
            d = g.date_label.match(c)
            if d and _dated_after(read, c, d.end(), g, day_first):
                return
    head = _head(line, g)
    if head is None:  # a bare date (and time) on the line below
        bare, when, at, zone = _take_when(line, g, day_first)
        if when and not bare.strip(" ,;:()-"):
            read.date, read.time, read.zone, read.lines_used = when, at, zone, read.lines_used + 1
        return
    if head.kind == "role":
        return
    bare, when, at, zone = _take_when(head.rest, g, day_first)
    if when and not g.date_label.sub(" ", bare).strip(" ,;:()-"):
        read.date, read.time, read.zone, read.lines_used = when, at, zone, read.lines_used + 1


def _dated_after(read: Read, line: str, at: int, g: Grammar, day_first: bool) -> bool:
    """A date right after a date label at `at` dates the signature; its line is taken with it."""
    if not DATE_RE.match(line, at):
        return False
    _, read.date, read.time, read.zone = _take_when(line[at:], g, day_first)
    read.lines_used += 1
    return True


def _look_below(below: list[str], g: Grammar, day_first: bool) -> Read | None:
    """A signer on one of the next lines, across blank, rule and date lines and a 'Signature Line'
    heading: Cerner writes the attestation, a rule, then 'ROE MD, DANA'. Whether a crossed rule
    leaves it blank is the caller's; a marker on the signer's line ("- signature pending") voids it."""
    when, used, crossed = "", 1, False
    for i, line in enumerate(below[: g.lookahead + 3]):
        used += 1
        s = line.strip()
        if not s or _EMPTY.fullmatch(s):
            crossed = crossed or bool(_RULE.search(s))
            continue
        bare, d, _, _ = _take_when(s, g, day_first)
        if not g.date_label.sub("", bare).strip(" :,-") and d:
            when = when or d  # a date line between the verb and the name
            continue
        if _SIGNATURE_HEADING.fullmatch(s):
            continue
        own = _head(s, g)
        if own is not None and own.kind in ("verb", "mark"):  # "/s/ Dr. M. Goldberg ..." under "Authenticated By:"
            read = read_line(s, below[i + 1:], g, day_first)
            attests = True
        elif _LABEL_START.match(s) or len(s) > 80:
            return None
        else:
            read = _read_rest(s, _Head("label", strong=True, by=True), g, day_first)
            marker = _marker(s, g)
            if marker and read.person is not None:
                read.state, read.reason = marker
            attests = False
        if read is not None and read.person is None and read.state is S.INVALID and read.reason.endswith("is not a person's name"):
            read.lines_used = used  # "Reviewed By:" / "Gamma Index Summary": a field value, not a signer
            return read
        if read is None or read.person is None:
            return None
        read.date, read.lines_used, read.placement = read.date or when, used + read.lines_used - 1, "next-line"
        read.crossed_rule, read.attests = crossed, attests
        return read
    return None


def _marker(line: str, g: Grammar) -> tuple[S, str] | None:
    if not g.any_invalid.spans(line, first=True):
        return None
    for marker in g.invalid:
        if marker.search(line):
            return S(marker.state), marker.reason
    return None


def _self_tied(line: str, g: Grammar) -> bool:
    """A marker that speaks of a signature itself ('unsigned', 'signature on file', 'dictated but not read')."""
    return any(g.beside.search(line[a:b]) or "sign" in line[a:b].lower() for marker in g.invalid
               for a, b in marker.regex.spans(line, first=True))


def _marker_only(line: str, g: Grammar, day_first: bool) -> Read | None:
    """'Signature on file', 'Dictated but not read', 'UNSIGNED - Jane Roe, MD': a marker on a line of
    its own, beside a word that ties it to a signature."""
    marker = _marker(line, g)
    if not marker or not (g.beside.search(line) or _self_tied(line, g)):
        return None
    by = re.search(r"(?:\bby\b|:)\s*(.*)", line, re.I)
    read = _read_rest(by.group(1), _Head("label"), g, day_first) if by else Read(S.BLANK)
    if read.state is not S.SIGNED:
        read.person, read.credentials = None, ()
    read.state, read.reason = marker
    return read
