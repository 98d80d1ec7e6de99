"""Signature tables: a header row naming a signature column and a role, name or title column, then
one row per signer (Role | Name | Signature | Date, with Title or Credentials columns and blank cells)."""

from __future__ import annotations

import re

from ..dates import DATE_RE
from ..models import SignatureState as S
from ..models import Table
from ..signature_grammar import Grammar, credentials_in
from .lines import Read, _Head, _marker, _read_rest, _take_when, read_line
from .roles import RoleClues

_BLANK_CELL = re.compile(r"[\s_.\-–—]*")


def _columns(header: tuple[str, ...], g: Grammar) -> dict[str, int]:
    """Column kind -> index: exact header words first, then a header holding one ('Physician Signature')."""
    cols: dict[str, int] = {}
    cells = [" ".join(c.lower().split()) for c in header]
    joined = " | ".join(cells)
    if not any(w in joined for w in g.columns["signature"] + g.columns["action"] + g.columns["status"] + g.columns["step"]):
        return cols  # no signature, action, status or step column: most tables (fields, doses) stop here
    for exact in (True, False):
        for i, cell in enumerate(cells):
            if i in cols.values() or not cell:
                continue
            for kind, words in g.columns.items():
                if kind not in cols and any(cell == w if exact else len(w) > 2 and re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", cell)
                                            for w in words):  # a short word ("By") names a column only as the whole cell
                    cols[kind] = i
                    break
    return cols


def table_reads(table: Table, g: Grammar, day_first: bool = False) -> list[tuple[Read, str, str]]:
    """(Read, quote, key): key is the text to find the row by in the page text. A table may also stand
    on its side: one column per signer, headed by the role, and one row per field ('Name', 'Signature',
    'Date/Time'), as QA systems print their approvals."""
    rows = [tuple(c.strip() for c in r) for r in table.rows]
    for candidate in (rows, _turned(rows)):
        for h, header in enumerate(candidate[:4]):
            cols = _columns(header, g)
            if "signature" in cols and ({"role", "name"} & set(cols)):
                return [_row(row, cols, g, day_first) for row in candidate[h + 1:] if any(row)]
            if "action" in cols and "name" in cols:  # an audit trail: its signing rows only
                signing = [row for row in candidate[h + 1:] if any(row) and _signs_as_action(row, cols["action"], g)]
                return [_row(row, {**cols, "signature": cols["action"]}, g, day_first) for row in signing]
            if "step" in cols and "name" in cols and "date" in cols and not {"signature", "action", "status"} & set(cols):
                return [_row(row, {**cols, "signature": cols["date"]}, g, day_first) for row in candidate[h + 1:] if any(row)]
            if "status" in cols and "signature" not in cols and ({"role", "name"} & set(cols)):
                signing = [row for row in candidate[h + 1:] if any(row) and _signs_as_status(row, cols["status"], g)]
                return [_row(row, {**cols, "signature": cols["status"]}, g, day_first) for row in signing]
    return []


def _signs_as_status(row: tuple[str, ...], i: int, g: Grammar) -> bool:
    """A sign-off table's row whose status is a signing verb ('Approved', 'Signed', 'Verified') or an
    invalid marker ('Pending', 'Not approved'); any other status ('Scheduled', 'Complete') is no signature."""
    status = _said(row, i)
    if not status:
        return True  # a blank status cell beside a named signer: a blank signature
    v = g.verb.fullmatch(status)
    return bool((v and v.group("verb")) or g.mark.fullmatch(status) or _marker(status, g))


def _signs_as_action(row: tuple[str, ...], i: int, g: Grammar) -> bool:
    """An audit trail's row is a signature of its document when its action is a strong signing verb and
    nothing else ('Signed', 'Cosigned', 'E-signed'), or an invalid marker ('Pended for signature').
    'Created', 'Edited' and 'Routed' sign nothing; 'Planning note signed' in an activity journal says
    another document was signed (that document must show it)."""
    action = _said(row, i)
    return bool(action) and bool(g.strong_words.regex.fullmatch(action) or _marker(action, g))


def _said(row: tuple[str, ...], i: int) -> str:
    """Cell `i` of a row, its spaces collapsed and its closing punctuation dropped ('' past the row's end)."""
    return " ".join((row[i] if i < len(row) else "").split()).strip(" .:;")


def _turned(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The table on its side, when its first column names the fields: a blank corner becomes 'Role'."""
    if len(rows) < 2 or not rows[0]:
        return []
    width = max(len(r) for r in rows)
    cols = list(zip(*(r + ("",) * (width - len(r)) for r in rows)))
    if cols and not cols[0][0]:
        cols[0] = ("Role",) + cols[0][1:]
    return cols


def _row(row: tuple[str, ...], cols: dict[str, int], g: Grammar, day_first: bool) -> tuple[Read, str, str]:
    def cell(kind: str) -> str:
        i = cols.get(kind)
        return " ".join(row[i].split()) if i is not None and i < len(row) else ""

    sig, name_cell, title = cell("signature"), cell("name"), cell("role")
    date_cell = cell("date") if DATE_RE.search(cell("date")) else sig
    _, when, at, zone = _take_when(date_cell, g, day_first) if DATE_RE.search(date_cell) else ("", "", "", "")
    read = _read_rest(name_cell, _Head("label"), g, day_first) if name_cell else None
    in_sig = read_line(sig, [], g, day_first) if sig else None
    if in_sig is not None and in_sig.person is not None and (read is None or read.person is None):
        read = in_sig  # "Electronically signed - M. Okafor" in the signature cell, no name column
    creds = tuple(dict.fromkeys((read.credentials if read else ()) + tuple(credentials_in(cell("credential") + " " + sig, g))))
    quote = " | ".join(row)
    key = name_cell or sig or quote
    out = read or Read(S.BLANK)
    out.credentials = creds
    out.clues = RoleClues(title or (out.clues.title if read else ""), creds,
                          " ".join(x for x in ((out.clues.text if read else ""), title, cell("credential")) if x))
    if when:
        out.date, out.time, out.zone = when, at, zone
    out.placement = "table"
    marker = _marker(" ".join(row), g)
    if _BLANK_CELL.fullmatch(sig):
        out.state, out.reason = S.BLANK, "the signature cell is blank"
    elif marker:
        out.state, out.reason = marker
    elif read is not None and read.state is S.INVALID:
        pass  # "Gamma Index Summary" in the name cell: not a person (the reason says so)
    elif out.person is None and not name_cell:
        out.state, out.reason = S.INVALID, f"the signature cell is filled ('{sig[:40]}') but no signer is named"
    elif out.person is None:
        out.state, out.reason = S.UNRESOLVED, f"the signer '{name_cell[:40]}' could not be read as a person's name"
    else:  # a name, initials, a mark or an e-signature statement in the signature cell
        out.state, out.reason = S.SIGNED, ""
    return out, quote, key
