"""Gap reports people act on: the chart report, the batch dashboard, the CSV worklist, redaction.

    from auditor.report import write_reports, redact
    paths = write_reports(results, Path("out"), redact_ids=False)   # index.html, charts/*.html, worklist.csv

Views (`chart_view`, `dashboard_view`) are plain dicts built from `results.json` and tested as data; the
Jinja2 templates in `templates/` only loop over them and look values up.
"""

from .chart import chart_view, highlight
from .dashboard import dashboard_view
from .paths import chart_file_names, chart_hrefs, safe_stem
from .redact import REDACTED, redact
from .render import CSP, render_chart_html, render_dashboard_html, write_chart_report, write_reports
from .worklist import COLUMNS, neutralise, worklist_csv, worklist_rows, write_worklist_csv

__all__ = [
    "COLUMNS", "CSP", "REDACTED", "chart_file_names", "chart_hrefs", "chart_view", "dashboard_view", "highlight",
    "neutralise", "redact", "render_chart_html", "render_dashboard_html", "safe_stem", "worklist_csv",
    "worklist_rows", "write_chart_report", "write_reports", "write_worklist_csv",
]
