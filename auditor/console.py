"""What `chart-audit` prints: the chart table, scan progress and the closing lines.

Nothing printed here carries a chart id or a document name from a scan's progress (they may be patient
names, and --redact must mean every byte); names that are printed go through `shown`.
"""

from __future__ import annotations

import json
import os
import sys
import time


def shown(text: str) -> str:
    """Names from disk may hold newlines, escape codes or bytes that are not UTF-8: never let them
    drive (or break) the terminal."""
    from .results import shown_bytes

    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in shown_bytes(text))


def print_table(chart: dict) -> None:
    print(f"chart {shown(chart['chart_id'])}: {chart['verdict'].upper()}")
    width = max(len(f["requirement"]) for f in chart["findings"]) if chart["findings"] else 10
    for f in chart["findings"]:
        print(f"  {f['requirement']:<{width}}  {f['status']:<14}  {shown(f['reason'])}")
    for d in chart["documents"]:
        for p in d["problems"]:
            print(f"  ! {shown(d['path'])}: {shown(p['message'])}")
    skipped = [p["message"].split(": skipped")[0] for p in chart["problems"] if p["code"] == "skipped"]
    for p in chart["problems"]:
        if p["code"] != "skipped":
            print(f"  ! {shown(p['message'])}")
    if skipped:
        print(f"  ({len(skipped)} file(s) not audited as documents: {shown(', '.join(skipped))})")
    summary = chart.get("charge_summary")
    if summary:
        at_risk = f", ${summary['amount_at_risk']:,.2f} at risk" if summary.get("amount_at_risk") else ""
        print(f"  charges: {summary['verdict'].upper()}{at_risk}")
        for f in chart.get("charge_findings", []):
            if f["status"] != "ok":
                print(f"    {f['rule']:<36} {f['status']:<9} {shown(f['reason'])}")


def scan_lines(data: dict, index) -> list[str]:
    """The human summary of a scan (stdout)."""
    s = data["summary"]
    na = s["not_audited"]
    lines = [f"{s['charts']} charts: {s['ready']} ready, {s['hold']} on hold, {s['needs_review']} need review; "
             f"{s['documents']} documents, {s['document_problems']} document problems, "
             f"{s['chart_problems']} chart problems -> {index}"]
    if na["charts"] or na["documents"]:
        lines.append(f"not audited: {na['charts']} chart(s) failed inside the tool, {na['documents']} document(s) or "
                     "folder(s) could not be read or timed out; each is on the worklist as needing review")
    return lines


def notes(data: dict) -> list[str]:
    """Warnings and the entries of ROOT that are not charts (stderr)."""
    out = [f"chart-audit: warning: {shown(w)}" for w in data["run"].get("warnings", [])]
    skipped = data.get("skipped") or []
    by_reason: dict[str, list[str]] = {}
    for entry in skipped:
        by_reason.setdefault(entry["reason"], []).append(shown(entry["path"]))
    for reason, names in by_reason.items():
        more = f", and {len(names) - 5} more" if len(names) > 5 else ""
        out.append(f"chart-audit: not a chart, not audited: {', '.join(names[:5])}{more}: {reason}")
    for p in data.get("charge_file_problems") or []:
        out.append(f"chart-audit: charges file: {shown(p['message'])}")
    return out


def summary_line(data: dict, code: int, results_path) -> str:
    """One line a scheduler can parse: `chart-audit: summary {json}`, always the last line on stderr."""
    s = data["summary"]
    fields = {"exit_code": code, "charts": s["charts"], "ready": s["ready"], "hold": s["hold"],
              "needs_review": s["needs_review"], "charts_not_audited": s["not_audited"]["charts"],
              "documents_not_audited": s["not_audited"]["documents"], "documents": s["documents"],
              "results": str(results_path)}
    return "chart-audit: summary " + json.dumps(fields, ensure_ascii=True)


class Progress:
    """A bar with rate and ETA on a terminal. Elsewhere (cron, CI logs) a line at each tenth of the
    charts or every INTERVAL_S, whichever comes first, instead of one line per chart. Nothing in --quiet."""

    INTERVAL_S = 60.0

    def __init__(self, quiet: bool, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = not quiet and self.stream.isatty() and os.environ.get("CI") != "true"
        self.bar = None
        self.started = time.monotonic()
        self.last_line = self.started
        self.last_tenth = 0
        self.base: int | None = None  # charts already done (resumed) when the first one arrived

    def chart(self, chart: dict, done: int, total: int | None) -> None:
        if self.quiet:
            return
        if self.base is None:
            self.base = done - 1
        if self.tty:
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, initial=done - 1, unit="chart", file=self.stream, leave=False)
            self.bar.update(1)
            self.bar.set_postfix_str(chart["verdict"], refresh=False)
            return
        now = time.monotonic()
        tenth = 10 * done // total if total else 0
        if tenth > self.last_tenth or now - self.last_line >= self.INTERVAL_S or done == total:
            self.last_tenth, self.last_line = tenth, now
            print(self._line(done, total, now), file=self.stream, flush=True)

    def _line(self, done: int, total: int | None, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = (done - (self.base or 0)) / elapsed
        text = f"chart-audit: {done}/{total or '?'} charts"
        if total:
            text += f" ({100 * done // total}%)"
            if done < total and rate > 0:
                text += f", about {_duration((total - done) / rate)} left"
        return text + f", {rate:.1f} charts/s"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
