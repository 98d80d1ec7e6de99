"""Pre-bill charge check: a chart's charge lines against the IMRT coding rules and its documentation.

    from auditor.charges import chart_charges, load_coding_rules, load_fees

    rules, fees = load_coding_rules(), load_fees()
    chart_json.update(chart_charges(result, chart_dir, rules=rules, fees=fees))  # {} without charges.csv

or step by step: read_charges_csv -> check_charges -> charges_dict (docs/charges.md, "API").

Rules are data (`checklists/imrt-coding.yaml`, fees in `checklists/fees.yaml`); see docs/charges.md.
"""

from .codes import parse_modifiers
from .engine import check_charges, problem_findings, split_courses
from .fees import Fees, load_fees
from .findings import ChargeFinding, ChargeLine
from .icd10 import code_book_version
from .output import batch_charge_summary, charge_summary, charges_dict, worklist_rows_for_charges
from .reading import ChargeProblem, ChargeRow, read_charges_csv, rows_by_chart
from .rules import load_coding_rules
from .spec import CodingRules, Rule
from .wiring import CHARGES_FILE, chart_charges, read_batch

__all__ = [
    "CHARGES_FILE", "ChargeFinding", "ChargeLine", "ChargeProblem", "ChargeRow", "CodingRules", "Fees", "Rule",
    "batch_charge_summary", "charge_summary", "chart_charges", "charges_dict", "check_charges", "code_book_version",
    "load_coding_rules", "load_fees", "parse_modifiers", "problem_findings", "read_batch", "read_charges_csv",
    "rows_by_chart", "split_courses", "worklist_rows_for_charges",
]
