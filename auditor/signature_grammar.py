"""Loads `checklists/signatures.yaml`, validates it strictly and compiles it once per process.

The interpreter (`lines`, `tables`, `status`) sees only the compiled `Grammar`; every keyword
pre-scan is derived here from the same phrases the patterns are built from, so a phrase added to the
YAML can never be skipped by a shortcut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .checklist import YamlContext, read_yaml
from .lowercase import lowered
from .resources import checklists_dir

STATES = ("invalid", "pending")
_TOP = {"version", "roles", "specialties", "attestation", "labels", "not_names", "particles", "honorifics",
        "invalid", "beside", "document_status", "placement", "attestation_statement", "time_zones", "degrees",
        "degree_roles"}
_DEGREE_ROLE = {"role", "degrees", "context"}
_ROLE = {"name", "titles", "credentials", "markers"}
_MARKER = {"cue", "pattern"}
_ATTEST = {"strong", "weak", "objects", "marks"}
_LABELS = {"signature", "role_suffix", "date"}
_INVALID = {"state", "reason", "phrases", "except"}
_STATUS = {"lines", "labels", "signed", "unsigned", "banners", "authors", "author_dates"}
_STATUS_UNSIGNED = {"pending", "invalid"}
_BANNERS = {"signed", "pending", "invalid"}
_PLACEMENT = {"lookahead", "table_columns"}
_COLUMNS = {"role", "name", "signature", "action", "status", "step", "date", "credential"}
_SPECIALTIES = {"own", "other"}
_STATEMENT = {"phrases", "entry_authors"}


class _Ctx(YamlContext):
    noun = "entry"


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex: case by the caller's flag, a space or hyphen between words matches any run
    of spaces, hyphens and periods, a word '#' is a number ("fraction # of"), and the phrase stands as
    whole words."""
    return "".join(_tokens(phrase))


_SEP = r"[\s\-.]*"
_NUM = r"\d+"
_TAIL = r"(?![A-Za-z0-9])"
_HEAD = r"(?<![A-Za-z0-9])"


def _tokens(phrase: str) -> list[str]:
    """The phrase's regex, piece by piece: the head check, one piece per character, a separator between
    words, a number for '#', the tail check ('' where there is none)."""
    words = [w for w in re.split(r"[\s\-]+", phrase.strip()) if w]
    whole = lambda ch: ch.isalnum() or ch == "#"  # noqa: E731 (a number is a word too)
    out = [_HEAD if whole(phrase[:1]) else ""]
    for i, word in enumerate(words):
        if i:
            out.append(_SEP)
        out.extend([_NUM] if word == "#" else [re.escape(ch) for ch in word])
    out.append(_TAIL if whole(phrase[-1:]) else "")
    return out


# Words so common in charts that a pre-scan keyed on them would let most lines through; a phrase's cue
# is its longest other word ("co-sign needed" -> "sign"). Only speed depends on this list, never a result:
# any word of a phrase is a literal every match contains.
_COMMON = frozenset({"medical", "record", "report", "result", "results", "status", "document", "physician", "provider",
                     "clinical", "information", "needed", "required", "without", "error", "entry", "final", "file",
                     "attending", "review", "reviewed", "approved", "that", "the", "not", "and", "for", "this", "with"})


def phrase_cue(phrase: str) -> str:
    """A run of the phrase that any match must contain, lower-cased: the pre-scan literal (its longest
    word, passing over words common in every chart and short words)."""
    return max(_words(phrase), key=lambda w: (w not in _COMMON and len(w) > 2, len(w)))


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", phrase.strip().lower()) if w]


def phrase_cues(phrases, extra=()) -> set[str]:
    """Pre-scan literals for a phrase list: each phrase's cue, then every cue another cue makes needless
    dropped, the likeliest to be found first ("sig on file" is found by "file", which "on file" needs
    anyway; "sig" alone would stop at every "design"), then a cue inside another kept for both ("signed"
    holds "sign": one find is enough). Each phrase keeps a cue inside one of its words, so a line holding
    none of them holds no match. `extra`: literals kept as they are (":")."""
    words = [_words(p) for p in phrases]
    cues = {phrase_cue(p) for p in phrases}
    held = lambda c, ws: any(c in w for w in ws)  # noqa: E731
    for cue in sorted(cues, key=lambda c: (c not in _COMMON, len(c), c)):
        rest = cues - {cue}
        if all(any(held(c, ws) for c in rest) for ws in words if held(cue, ws)):
            cues = rest
    cues |= set(extra)
    return {c for c in cues if not any(o != c and o in c for o in cues)}


def alternation(phrases) -> str:
    """The phrases as one alternation, for a case-insensitive regex (or phrases already lower-cased).

    Longest first, so 'electronically signed' wins over 'signed'. The whole-word check before the phrases
    is made once, outside the alternation, and phrases are grouped by their leading characters as far as
    every phrase of a group goes on with a character ('pending review|pending approval' ->
    'pending (?:review|approval)'): the engine then tries, at a word's start, only the phrases that
    begin with its letter, in the same order as the flat list (groups that differ in a character never
    match at the same place), so every match is the flat list's own. A flat list of 80 phrases was tried
    phrase by phrase at every word, the slowest step of a line."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    worded = [_tokens(p)[1:] for p in ordered if _tokens(p)[0]]
    other = [_tokens(p)[1:] for p in ordered if not _tokens(p)[0]]
    parts = ([_HEAD + _group(worded, 0)] if worded else []) + ([_group(other, 0)] if other else [])
    return "|".join(parts)


def _group(items: list[list[str]], depth: int) -> str:
    """`items` (pieces, in the flat list's order) from piece `depth` on, as one regex. Grouped by the
    next character (lower-cased: the regex is case-insensitive, or the phrases are lower case) only when
    every item goes on with a character; a separator, number or end may match where another item's
    character does, so there the items are listed as they are."""
    if all(depth < len(it) - 1 and _is_char(it[depth]) for it in items):
        groups: dict[str, list[list[str]]] = {}
        for it in items:
            groups.setdefault(_key(it[depth]), []).append(it)
        parts = [key + _group(group, depth + 1) for key, group in groups.items()]
    else:
        parts = list(dict.fromkeys("".join(it[depth:]) for it in items))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _is_char(piece: str) -> bool:
    return piece not in (_SEP, _NUM, _TAIL, "")


def _key(piece: str) -> str:
    """A character piece, lower-cased (an escaped character stays escaped)."""
    return piece.lower()


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    titles: tuple[str, ...]
    credentials: tuple[str, ...]
    markers: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Phrases:
    """A phrase list compiled to one case-insensitive regex, with the lower-case literals every match
    must contain: a line or page holding none of them skips the regex (the pre-scan is generated from
    the same phrases, so it can never skip a match)."""

    regex: re.Pattern
    cues: tuple[str, ...]
    firsts: tuple[str, ...] = ()  # each phrase's first word, lower-cased: where a match can start
    # the same phrases lower-cased, without re.I, for `lowered` text (ASCII phrases only: there lower()
    # and re.I agree, letter for letter; re.I tried each alternative's case-folded letters, 4x slower)
    lower: re.Pattern | None = None

    @classmethod
    def of(cls, phrases) -> "Phrases":
        phrases = list(phrases)
        firsts = {re.split(r"[\s\-]+", p.strip().lower())[0] for p in phrases}
        cues = phrase_cues(phrases)
        plain = re.compile(alternation([p.lower() for p in phrases]) or r"(?!x)x") if all(p.isascii() for p in phrases) else None
        return cls(re.compile(alternation(phrases) or r"(?!x)x", re.I), tuple(sorted(cues)),
                   tuple(sorted(f for f in firsts if f)), plain)

    def spans(self, text: str, first: bool = False) -> list[tuple[int, int]]:
        """(start, end) of the matches in `text`, as `regex.finditer` finds them (`first`: the first only);
        over the lower-cased text with the plain regex when it can stand in, after the cue pre-scan."""
        low = lowered(text) if self.lower is not None else None
        if low is None:
            found = self.regex.finditer(text)
        elif self.gate.search(low) is None:
            return []
        else:
            found = self.lower.finditer(low)
        out = []
        for m in found:
            out.append(m.span())
            if first:
                break
        return out

    @property
    def gate(self) -> re.Pattern:
        """The cues as one pattern over lower-cased text (plain literals: the engine scans for them fast)."""
        gate = self.__dict__.get("_gate")
        if gate is None:
            gate = re.compile("|".join(re.escape(c) for c in sorted(self.cues, key=len, reverse=True)) or r"(?!x)x")
            object.__setattr__(self, "_gate", gate)
        return gate

    def search(self, text: str):
        """The first match: on a line, the regex once its cues are seen; on a page, tried only where a
        phrase's first word stands."""
        if len(text) < 400:
            found = self.spans(text, first=True)
            return self.regex.search(text, found[0][0]) if found else None  # the same match, its text as written
        return next(self.finditer(text), None)

    def finditer(self, text: str, low: str | None = ""):
        """Matches in `text`, tried only where a phrase's first word stands (every match starts with one;
        str.find per word, then one anchored match: a search of the alternation along whole lines, or of
        all the words at every position, cost several times more). `low`: `lowered(text)` when the caller
        has it (several phrase lists are searched in one page)."""
        low = lowered(text) if low == "" else low
        if low is None:
            yield from self.regex.finditer(text)
            return
        starts = set()
        for word in self.firsts:
            i = low.find(word)
            while i >= 0:
                starts.add(i)
                i = low.find(word, i + 1)
        done, plain = 0, self.lower
        for pos in sorted(starts):
            if pos < done or (plain is not None and plain.match(low, pos) is None):
                continue
            m = self.regex.match(text, pos)  # the match as written (the plain one found it: it is there)
            if m:
                done = m.end()
                yield m

    @property
    def pattern(self) -> str:
        return self.regex.pattern


@dataclass(frozen=True)
class Marker:
    regex: Phrases
    exceptions: re.Pattern | None
    state: str
    reason: str

    def search(self, text: str) -> bool:
        if self.exceptions is None:
            return bool(self.regex.spans(text, first=True))
        found = self.regex.spans(text)
        if not found:
            return False
        spared = [(x.start(), x.end()) for x in self.exceptions.finditer(text)]
        return any(not any(a <= start < b for a, b in spared) for start, _ in found)


@dataclass(frozen=True)
class Grammar:
    """The compiled signature grammar; `cues` is every literal the line pre-scan looks for."""

    version: str
    path: str
    roles: dict[str, Role]
    role_names: dict[str, str]
    title_role: dict[str, str]  # lower-case title -> role id
    credential_role: dict[str, str]  # normalised credential -> role id
    credential_re: re.Pattern  # any credential or degree, as a whole token, in any case (see `credentials_in`)
    credential_forms: frozenset[str]  # the forms as the grammar writes them ("PhD", "M.D.")
    degrees: frozenset[str]  # normalised credentials that imply no role (PhD, MS, MPH)
    degree_roles: tuple[tuple[str, frozenset[str], re.Pattern], ...]  # (role, degrees, document context)
    trainee: re.Pattern  # a trainee title or marker anywhere in a signer's text
    own_specialty: re.Pattern
    other_specialty: re.Pattern
    role_label: re.Pattern  # "Medical Physicist:", "Physician Signature (print):"
    signature_label: re.Pattern  # "Signature:", "Signed by:"
    verb: re.Pattern  # "Plan approved by", "Electronically signed", with groups verb/by
    strong: frozenset[str]
    signed_after: re.Pattern  # a name, then a strong verb or mark: "Ingrid Vasquez-Moreau, MD e-signed 2025-05-12T16:45"
    strong_words: "Phrases"  # the strong verbs and marks: a line with none holds no `signed_after`
    mark: re.Pattern  # "/s/"
    date_label: re.Pattern
    not_names: frozenset[str]
    particles: frozenset[str]
    honorifics: frozenset[str]
    invalid: tuple[Marker, ...]
    any_invalid: "Phrases"  # every marker's phrases at once: a line with none of their words skips them all
    beside: re.Pattern  # a word that ties a marker on a line of its own to a signature
    status_lines: int
    status_words: "Phrases"  # every status label and banner word: a zone line with none is no status line
    status_label: re.Pattern
    status_value: tuple[tuple[re.Pattern, str], ...]  # (value, signed|pending|invalid), longest first
    banner: tuple[tuple[re.Pattern, str], ...]
    author_label: re.Pattern
    author_date: re.Pattern
    lookahead: int
    columns: dict[str, tuple[str, ...]]
    statement: "Phrases"
    entry_author: re.Pattern  # "Provider: Kwame Asante, DO": who wrote an entry an attestation may validate
    zones: re.Pattern
    cues: tuple[str, ...]
    head_words: frozenset[str]  # first words of every title, label, object and verb a signature line can start with


def credentials_in(text: str, g: "Grammar") -> list[str]:
    """Credentials written in `text`: as the grammar writes them, or in capitals ("PHD" in an export);
    never a capitalised word that happens to spell one ("Do", a family name)."""
    return [m.group(0) for m in g.credential_re.finditer(text) if m.group(0) in g.credential_forms or m.group(0).isupper()]


def _role(ctx: _Ctx, rid: str, data) -> Role:
    ctx.keys(data, _ROLE, rid)
    markers = []
    for i, m in enumerate(data.get("markers", []) or []):
        prefix = f"markers[{i}]."
        ctx.keys(m, _MARKER, rid, prefix)
        cue, pattern = ctx.text(m, "cue", rid, prefix=prefix), ctx.text(m, "pattern", rid, prefix=prefix)
        if cue != cue.lower():
            ctx.fail(rid, prefix + "cue", "must be lower case (the pre-scan looks in lower-cased text)")
        markers.append(_compile(ctx, pattern, rid, prefix + "pattern"))
    return Role(rid, ctx.text(data, "name", rid), ctx.strings(data, "titles", rid),
                ctx.strings(data, "credentials", rid), tuple(markers))


def _compile(ctx: _Ctx, pattern: str, item: str, field: str, flags=re.I) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        ctx.fail(item, field, f"not a valid regular expression: {exc}")


def norm_credential(text: str) -> str:
    """'M.D.' -> 'MD', 'R.T.(T)' -> 'RTT', 'pa-c' -> 'PAC': how credentials compare."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _invalid(ctx: _Ctx, data) -> tuple[Marker, ...]:
    if not isinstance(data, list) or not data:
        ctx.fail("", "invalid", "must be a non-empty list of markers")
    out = []
    for i, entry in enumerate(data):
        item = f"invalid[{i}]"
        ctx.keys(entry, _INVALID, item)
        state = entry.get("state")
        if state not in STATES:
            ctx.fail(item, "state", f"must be one of {', '.join(STATES)}")
        phrases = ctx.strings(entry, "phrases", item, required=True)
        spared = ctx.strings(entry, "except", item)
        out.append(Marker(Phrases.of(phrases), re.compile(alternation(spared), re.I) if spared else None,
                          state, ctx.text(entry, "reason", item)))
    return tuple(out)


def _status(ctx: _Ctx, data) -> dict:
    item = "document_status"
    ctx.keys(data, _STATUS, item)
    lines = data.get("lines", 15)
    if not isinstance(lines, int) or lines < 1:
        ctx.fail(item, "lines", "must be a whole number >= 1")
    unsigned = data.get("unsigned") or {}
    ctx.keys(unsigned, _STATUS_UNSIGNED, item, "unsigned.")
    banners = data.get("banners") or {}
    ctx.keys(banners, _BANNERS, item, "banners.")
    values = [(p, "signed") for p in ctx.strings(data, "signed", item, required=True)]
    values += [(p, k) for k in ("pending", "invalid") for p in ctx.strings(unsigned, k, item, prefix="unsigned.")]
    flags = [(p, k) for k in ("signed", "pending", "invalid") for p in ctx.strings(banners, k, item, prefix="banners.")]

    def exact(pairs):
        """The phrase, alone or followed by a separator ("DRAFT - NOT APPROVED", "Signed (02/11/2025)"),
        never by more words ("Approved for treatment")."""
        return tuple((re.compile(r"[\s*#=\-]*(?:" + phrase_regex(p) + r")(?:[\s*#=.!]*$|\s*[\-–—:*(,;/|].*$|\s{2,}.*$)", re.I), k)
                     for p, k in sorted(pairs, key=lambda pk: -len(pk[0])))

    return dict(
        status_lines=lines,
        # "Status: Signed", and "Status   Signed (superseded)" (a two-column header table printed as text)
        status_label=re.compile(r"^\s*(?:" + alternation(ctx.strings(data, "labels", item, required=True)) + r")(?:\s*[:=|]\s*|\s+)(?P<value>.*)$", re.I),
        status_value=exact(values), banner=exact(flags),
        author_label=re.compile(r"^\s*(?:" + alternation(ctx.strings(data, "authors", item, required=True)) + r")\s*:\s*(?P<rest>.*)$", re.I),
        author_date=re.compile(r"(?:" + alternation(ctx.strings(data, "author_dates", item)) + r")\s*:", re.I),
        status_words=Phrases.of(list(ctx.strings(data, "labels", item)) + [p for p, _ in flags]),
    )


def _section(ctx: _Ctx, raw: dict, key: str, allowed: set[str]) -> dict:
    data = raw.get(key)
    ctx.keys(data, allowed, key)
    return data


def load_grammar(path: Path | None = None) -> Grammar:
    path = Path(path) if path else checklists_dir() / "signatures.yaml"
    ctx = _Ctx(path)
    raw = read_yaml(path, "signature grammar")
    ctx.keys(raw, _TOP, "")
    if not raw.get("version"):
        ctx.fail("", "version", "is required")
    roles_raw = raw.get("roles")
    if not isinstance(roles_raw, dict) or not roles_raw:
        ctx.fail("", "roles", "must map role ids to their titles and credentials")
    roles = {rid: _role(ctx, f"roles.{rid}", data) for rid, data in roles_raw.items()}
    for needed in ("radiation_oncologist", "medical_physicist", "resident", "mid_level", "other_physician"):
        if needed not in roles:
            ctx.fail("", "roles", f"role '{needed}' is required (the signature rules refer to it)")
    attest = _section(ctx, raw, "attestation", _ATTEST)
    labels = _section(ctx, raw, "labels", _LABELS)
    specialties = _section(ctx, raw, "specialties", _SPECIALTIES)
    placement = _section(ctx, raw, "placement", _PLACEMENT)
    columns = placement.get("table_columns") or {}
    ctx.keys(columns, _COLUMNS, "placement", "table_columns.")
    lookahead = placement.get("lookahead", 3)
    if not isinstance(lookahead, int) or not 0 <= lookahead <= 10:
        ctx.fail("placement", "lookahead", "must be a whole number from 0 to 10")
    statement = _section(ctx, raw, "attestation_statement", _STATEMENT)
    status = _status(ctx, raw.get("document_status"))
    strong, weak = ctx.strings(attest, "strong", "attestation", required=True), ctx.strings(attest, "weak", "attestation", required=True)
    return _build(ctx, path, raw, roles, attest, labels, specialties, columns, lookahead, statement, status, strong, weak)


def _build(ctx, path, raw, roles, attest, labels, specialties, columns, lookahead, statement, status, strong, weak) -> Grammar:
    titles = {t.lower(): rid for rid, r in roles.items() for t in r.titles}
    creds = {norm_credential(c): rid for rid, r in roles.items() for c in r.credentials}
    degrees = ctx.strings(raw, "degrees", "")
    all_creds = [c for r in roles.values() for c in r.credentials] + list(degrees)
    verbs = strong + weak
    objects = ctx.strings(attest, "objects", "attestation")
    marks = ctx.strings(attest, "marks", "attestation", required=True)
    sig_labels = ctx.strings(labels, "signature", "labels", required=True)
    suffixes = ctx.strings(labels, "role_suffix", "labels")
    trainee_titles = roles["resident"].titles
    invalid = _invalid(ctx, raw.get("invalid"))
    beside = ctx.strings(raw, "beside", "", required=True)
    zones = ctx.strings(raw, "time_zones", "")
    statement_phrases = ctx.strings(statement, "phrases", "attestation_statement", required=True)
    degree_roles = []
    for i, entry in enumerate(raw.get("degree_roles") or []):
        item = f"degree_roles[{i}]"
        ctx.keys(entry, _DEGREE_ROLE, item)
        if entry.get("role") not in roles:
            ctx.fail(item, "role", f"unknown role (known: {', '.join(roles)})")
        degree_roles.append((entry["role"], frozenset(norm_credential(d) for d in ctx.strings(entry, "degrees", item, required=True)),
                             re.compile(alternation(ctx.strings(entry, "context", item, required=True)), re.I)))
    role_label = (r"(?P<title>" + alternation(titles) + r")(?:'s)?(?:\s+(?P<suffix>" + alternation(suffixes) + r"))?"
                  r"\s*(?:\((?P<paren>[^)]{0,40})\))?\s*(?::|\s(?:--|[-–—])(?=\s))\s*")
    marker_phrases = [p for entry in raw.get("invalid") for p in entry.get("phrases", [])]
    # (status lines and attestation statements are read by their own passes, not line by line)
    cues = phrase_cues(list(verbs) + list(marks) + list(sig_labels) + marker_phrases, extra=(":",))
    return Grammar(
        version=str(raw["version"]), path=str(path), roles=roles,
        role_names={rid: r.name for rid, r in roles.items()},
        title_role=titles, credential_role=creds,
        credential_re=re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(c) for c in sorted(set(all_creds), key=lambda c: -len(c))) + r")(?![A-Za-z])", re.I),
        credential_forms=frozenset(all_creds),
        degrees=frozenset(norm_credential(d) for d in degrees), degree_roles=tuple(degree_roles),
        trainee=re.compile("|".join([alternation(trainee_titles)] + [m.pattern for m in roles["resident"].markers]), re.I),
        own_specialty=re.compile(alternation(ctx.strings(specialties, "own", "specialties", required=True)), re.I),
        other_specialty=re.compile(alternation(ctx.strings(specialties, "other", "specialties", required=True)), re.I),
        role_label=re.compile(role_label, re.I),
        signature_label=re.compile(r"(?P<label>" + alternation(sig_labels) + r")\s*(?:\([^)]{0,40}\))?\s*(?::|\s(?:--|[-–—])(?=\s))\s*", re.I),
        verb=re.compile(r"(?:(?:" + alternation(objects) + r")\s+){0,3}(?P<verb>" + alternation(verbs) + r")"
                        r"(?:\s*(?:and|&|/)\s*(?:" + alternation(verbs) + r"))?"
                        r"(?:\s+(?:electronically|digitally))?(?P<by>\s*(?:by\b\s*[:\-]?|:|-(?=\s)|–))?\s*", re.I),
        strong=frozenset(s.lower() for s in strong),
        mark=re.compile(r"(?P<mark>" + alternation(marks) + r")\s*", re.I),
        strong_words=Phrases.of(list(strong) + list(marks)),
        signed_after=re.compile(r"(?P<name>[^\W\d_][^:|;]{2,80}?)\s+(?:" + alternation(list(strong) + list(marks)) + r")\s*(?P<rest>.*)", re.I),
        date_label=re.compile(r"(?<![A-Za-z])(?:" + alternation(ctx.strings(labels, "date", "labels", required=True)) + r")\s*[:#|]?\s*", re.I),
        not_names=frozenset(w.lower() for w in ctx.strings(raw, "not_names", "", required=True)),
        particles=frozenset(w.lower() for w in ctx.strings(raw, "particles", "")),
        honorifics=frozenset(w.lower().rstrip(".") for w in ctx.strings(raw, "honorifics", "")),
        invalid=invalid, beside=re.compile(alternation(beside), re.I), any_invalid=Phrases.of(marker_phrases),
        lookahead=lookahead,
        columns={k: tuple(v.lower() for v in ctx.strings(columns, k, "placement", prefix="table_columns.")) for k in _COLUMNS},
        statement=Phrases.of(statement_phrases),
        entry_author=re.compile(r"(?<![A-Za-z])(?:" + alternation(ctx.strings(statement, "entry_authors", "attestation_statement", required=True))
                                + r")\s*:\s*(?P<rest>[^:]*?)(?=\s{2,}|\t|$|\s+\w+(?: \w+)?:)", re.I | re.M),
        zones=re.compile(r"\s*(?P<open>\()?(?P<zone>(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?|" + "|".join(re.escape(z) for z in sorted(zones, key=len, reverse=True))
                         + r"|[+\-]\d{2}:?\d{2})(?![A-Za-z])(?(open)\))"),
        cues=tuple(sorted(cues)),
        head_words=frozenset(re.split(r"[\s\-.]+", p.strip().lower())[0] for p in list(titles) + list(sig_labels) + list(objects) + list(verbs)),
        **status,
    )


@lru_cache(maxsize=4)
def grammar(path: str | None = None) -> Grammar:
    """The bundled grammar (or one at `path`), compiled once per process."""
    return load_grammar(Path(path) if path else None)


def role_name(role: str) -> str:
    """How reports say a role id ('radiation_oncologist' -> 'radiation oncologist'): the grammar's own words."""
    return grammar().role_names.get(role) or role.replace("_", " ")
