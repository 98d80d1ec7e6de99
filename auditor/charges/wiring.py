"""The two calls the CLI needs: one chart's charge keys for results.json, and a batch file split by chart."""

from __future__ import annotations

from pathlib import Path

from ..models import ChartResult
from .engine import check_charges
from .output import charges_dict
from .reading import ChargeProblem, read_charges_csv, rows_by_chart

CHARGES_FILE = "charges.csv"  # the optional billing export inside a chart folder


def chart_charges(result: ChartResult, chart_dir: Path | None = None, *, rows=None, problems=(), rules=None,
                  fees=None) -> dict:
    """`charges`, `charge_findings`, `charge_summary` for one chart, or {} when it has no charges.

    `rows`/`problems`: this chart's part of a batch file (`--charges FILE`); when None, the chart folder's
    own `charges.csv` is read if there is one."""
    if rules is None or fees is None:
        from .fees import load_fees
        from .rules import load_coding_rules

        rules, fees = rules or load_coding_rules(), fees or load_fees()
    if rows is None:
        path = Path(chart_dir) / CHARGES_FILE if chart_dir is not None else None
        if path is None or not path.is_file():
            return {}
        rows, problems = read_charges_csv(path, rules=rules)
    elif not rows and not problems:
        return {}
    findings = check_charges(list(rows), result, rules, fees, problems=list(problems))
    return charges_dict(list(rows), findings, fees)


def read_batch(path: str | Path, chart_ids, *, rules=None) -> tuple[dict[str, tuple[list, list]], list[ChargeProblem]]:
    """A batch export split by chart: ({chart_id: (rows, problems)}, file-level problems), where the
    file-level problems include rows without a chart_id and chart ids that match no chart folder."""
    rows, problems = read_charges_csv(path, batch=True, rules=rules)
    groups = rows_by_chart(rows, problems)
    general = list(groups.pop("", ([], []))[1])
    known = set(chart_ids)
    for cid in sorted(set(groups) - known):
        r, p = groups.pop(cid)
        numbers = sorted({x.row for x in r} | {x.row for x in p})
        general.append(ChargeProblem(numbers[0], "unknown-chart",
                                     f"rows {', '.join(map(str, numbers))}: chart_id '{cid}' matches no chart folder", cid))
    return groups, general
