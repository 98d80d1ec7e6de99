"""Reading a chart's `charges.csv` (or a batch export with a `chart_id` column).

Every bad row becomes a `ChargeProblem` with its spreadsheet row number (the header is row 1) and is left
out; the other rows are still returned and checked. Nothing is raised for a bad file: an unreadable or
empty file is one problem.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..dates import DATE_RE, parse_date
from .codes import normalise_code, parse_modifiers, split_list, well_formed

COLUMNS = ("date_of_service", "code", "modifiers", "units", "icd10", "rendering_provider")
# Values no real IMRT charge line has: a typo or an export overflow (units 99999999999999999999 put
# $1.8e23 at risk on the dashboard). A date before IMRT was billed or past any real export is one too.
MAX_UNITS = 999
FIRST_DATE, LAST_DATE = "1990-01-01", "2099-12-31"
REQUIRED = ("date_of_service", "code", "units")  # without these no row can be checked
ALIASES = {
    "dos": "date_of_service", "date": "date_of_service", "service_date": "date_of_service",
    "cpt": "code", "hcpcs": "code", "cpt_code": "code", "cpt_hcpcs": "code", "procedure_code": "code",
    "modifier": "modifiers", "mods": "modifiers", "unit": "units", "qty": "units",
    "icd_10": "icd10", "icd10_codes": "icd10", "icd_10_cm": "icd10", "diagnosis": "icd10", "dx": "icd10",
    "provider": "rendering_provider", "chart": "chart_id", "chartid": "chart_id",
}


@dataclass(frozen=True)
class ChargeRow:
    row: int  # spreadsheet row number (header = 1)
    date: str  # ISO date of service
    code: str
    modifiers: tuple[str, ...] = ()
    units: int = 1
    icd10: tuple[str, ...] = ()
    rendering_provider: str = ""
    chart_id: str = ""

    def to_dict(self) -> dict:
        data = {"row": self.row, "date_of_service": self.date, "code": self.code, "modifiers": list(self.modifiers),
                "units": self.units, "icd10": list(self.icd10), "rendering_provider": self.rendering_provider}
        if self.chart_id:
            data["chart_id"] = self.chart_id
        return data


@dataclass(frozen=True)
class ChargeProblem:
    row: int  # 0 = the file as a whole, 1 = the header
    code: str  # unreadable, empty-file, missing-column, missing-value, bad-date, bad-code, unknown-code, bad-units, bad-modifier
    message: str
    chart_id: str = ""

    def to_dict(self) -> dict:
        return {"row": self.row, "code": self.code, "message": self.message, "chart_id": self.chart_id}


def _header(cells: list[str]) -> list[str]:
    names = []
    for c in cells:
        key = re.sub(r"[\s\-]+", "_", c.strip().lstrip("\ufeff").lower())
        names.append(ALIASES.get(key, key))
    return names


def _date(text: str) -> str:
    text = text.strip()
    return parse_date(text) if DATE_RE.fullmatch(text) else ""


def _units(text: str) -> int | None:
    text = text.strip()
    if re.fullmatch(r"\d+(\.0+)?", text):
        n = int(float(text))
        return n if n >= 1 else None
    return None


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # spreadsheet exports on Windows


def _check_row(n: int, get, catalog, batch: bool) -> tuple[ChargeRow | None, list[ChargeProblem]]:
    chart_id = get("chart_id").strip() if batch else ""
    probs: list[ChargeProblem] = []

    def bad(code: str, message: str):
        probs.append(ChargeProblem(n, code, f"row {n}: {message}", chart_id))

    if batch and not chart_id:
        bad("missing-value", "chart_id is empty")
    raw_date, raw_code, raw_units = get("date_of_service"), get("code"), get("units")
    date = _date(raw_date)
    if not raw_date.strip():
        bad("missing-value", "date_of_service is empty")
    elif not date:
        bad("bad-date", f"date_of_service '{raw_date.strip()}' is not a date (use YYYY-MM-DD or MM/DD/YYYY)")
    elif not FIRST_DATE <= date <= LAST_DATE:
        bad("bad-date", f"date_of_service '{raw_date.strip()}' is outside {FIRST_DATE} to {LAST_DATE}: a typo?")
    code = normalise_code(raw_code)
    if not code:
        bad("missing-value", "code is empty")
    elif not well_formed(code):
        bad("bad-code", f"code '{raw_code.strip()}' is not a CPT/HCPCS code (5 digits, or a letter and 4 digits)")
    elif catalog is not None and code not in catalog:
        bad("unknown-code", f"code {code} is not in the coding rules' catalog (checklists/imrt-coding.yaml)")
    units = _units(raw_units)
    if not raw_units.strip():
        bad("missing-value", "units is empty")
    elif units is None:
        bad("bad-units", f"units '{raw_units.strip()}' is not a whole number >= 1")
    elif units > MAX_UNITS:
        bad("bad-units", f"units '{raw_units.strip()}' is more than {MAX_UNITS}: a typo or an export overflow?")
    modifiers, bad_mods = parse_modifiers(get("modifiers"))
    if bad_mods:
        bad("bad-modifier", f"modifier(s) {', '.join(repr(m) for m in bad_mods)} are not two-character modifiers")
    if probs:
        return None, probs
    return ChargeRow(n, date, code, modifiers, units, split_list(get("icd10")),
                     get("rendering_provider").strip(), chart_id), []


def read_charges_csv(path: str | Path, *, batch: bool = False, rules=None) -> tuple[list[ChargeRow], list[ChargeProblem]]:
    """Rows that can be checked, and a row-numbered problem for each row (or file) that cannot.

    `batch`: the file also has a `chart_id` column (one export for many charts). `rules`: the coding rules
    whose catalog decides which codes are known (default: the bundled rules).
    """
    path = Path(path)
    if rules is None:
        from .rules import load_coding_rules

        rules = load_coding_rules()
    try:
        text = _read_text(path)
    except OSError as exc:
        return [], [ChargeProblem(0, "unreadable", f"{path.name}: cannot be read ({exc.strerror or type(exc).__name__})")]
    records = list(csv.reader(io.StringIO(text)))
    if not records or not any(c.strip() for c in records[0]):
        return [], [ChargeProblem(0, "empty-file", f"{path.name}: no header row (expected {', '.join(COLUMNS)})")]
    header = _header(records[0])
    expected = COLUMNS + (("chart_id",) if batch else ())
    missing = [c for c in expected if c not in header]
    problems: list[ChargeProblem] = []
    if missing:
        problems.append(ChargeProblem(1, "missing-column", f"row 1: missing column(s) {', '.join(missing)}"))
        if set(missing) & set(REQUIRED + (("chart_id",) if batch else ())):
            return [], problems
    rows: list[ChargeRow] = []
    for n, cells in enumerate(records[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        values = dict(zip(header, cells))
        short = [c for c in REQUIRED if c in header and header.index(c) >= len(cells)]
        if short:
            problems.append(ChargeProblem(n, "missing-column", f"row {n}: no value for column(s) {', '.join(short)} "
                                          f"(the row has {len(cells)} of {len(header)} cells)",
                                          values.get("chart_id", "").strip() if batch else ""))
            continue
        row, probs = _check_row(n, lambda k: values.get(k) or "", rules.catalog, batch)
        problems += probs
        if row:
            rows.append(row)
    return rows, problems


def rows_by_chart(rows: list[ChargeRow], problems: list[ChargeProblem]) -> dict[str, tuple[list, list]]:
    """Batch file -> {chart_id: (rows, problems)}; file-level problems are under ''."""
    out: dict[str, tuple[list, list]] = {}
    for r in rows:
        out.setdefault(r.chart_id, ([], []))[0].append(r)
    for p in problems:
        out.setdefault(p.chart_id, ([], []))[1].append(p)
    return out
