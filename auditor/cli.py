"""The `chart-audit` command: parse, call the library, map the result to an exit code.

Exit codes (lint style, for pre-bill gating): 0 every requirement met or not applicable; 1 gaps or
documents needing review; 2 usage or fatal error; 130 a scan interrupted with Ctrl-C. Heavy libraries are imported only by the commands
that need them, so `--help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for a program ended by SIGINT

EPILOG = """examples:
  chart-audit audit samples/c01_complete_hn_vmat  one chart: a table of findings, exit 0/1
  chart-audit audit samples/c01_complete_hn_vmat --json  the same chart as JSON
  chart-audit scan samples -o out                every subfolder of samples/ is a chart; writes out/results.json
  chart-audit scan charts -o out --roster staff.csv

exit codes: 0 no gaps; 1 gaps or documents needing review; 2 usage or fatal error;
  130 scan interrupted (Ctrl-C): finished charts are kept, --resume goes on
"""


class Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"chart-audit: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="chart-audit", description="Check radiation-oncology charts against Medicare's IMRT LCD documentation requirements.",
                    epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"chart-auditor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = Parser(add_help=False)
    common.add_argument("--checklist", default="imrt-lcd", metavar="NAME|FILE", help="bundled checklist name or a YAML file (default: imrt-lcd)")
    common.add_argument("--roster", type=Path, metavar="CSV", help="staff roster CSV with columns name, role (optionally npi, specialty): overrides the role guessed from titles and credentials")
    common.add_argument("--charges", type=Path, metavar="CSV", help="billing export with a chart_id column; else each chart's own charges.csv is checked")
    common.add_argument("--redact", action="store_true", help="mask patient names, MRNs and dates of birth in every output")
    common.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")

    audit = sub.add_parser("audit", parents=[common], help="audit one chart folder and print its findings",
                           description="Audit one chart folder (all documents below it) and print a table of findings.")
    audit.add_argument("chart", type=Path, metavar="CHART_DIR", help="folder holding one patient's chart documents")
    audit.add_argument("--json", action="store_true", help="print the chart's results as JSON instead of a table")
    audit.add_argument("-o", "--output", type=Path, metavar="FILE", help="also write the chart's report: HTML, or JSON when FILE ends in .json")

    scan = sub.add_parser("scan", parents=[common], help="audit every chart under a folder and write results.json",
                          description="Audit every immediate subfolder of ROOT as one chart (chart id = folder name).")
    scan.add_argument("root", type=Path, metavar="ROOT", help="folder whose subfolders are charts")
    scan.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="output folder (created; must not be inside ROOT)")
    scan.add_argument("--format", choices=["files", "json"], default="files", help="'json' also prints results.json to stdout")
    scan.add_argument("--jobs", "-j", type=int, metavar="N", help="charts audited in parallel (default: all cores; 1 runs in this process)")
    scan.add_argument("--resume", action="store_true", help="continue an interrupted scan into the same OUT folder")
    scan.add_argument("--no-cache", action="store_true", help="re-read every document (the cache in OUT/cache.sqlite holds document text)")
    scan.add_argument("--doc-timeout", type=float, default=60.0, metavar="S", help="seconds to read one document before it becomes a problem (default 60)")
    scan.add_argument("--max-file-mb", type=float, default=100.0, metavar="MB", help="larger files are not read (default 100)")
    scan.add_argument("--max-pages", type=int, default=2000, metavar="N", help="pages read from one PDF (default 2000)")
    scan.add_argument("--worker-memory-mb", type=int, default=3072, metavar="MB", help="address space of each worker process; a document past it fails alone (default 3072, 0 = no cap)")
    scan.add_argument("--scheduler", metavar="ADDR", help="run on a Dask cluster, e.g. tcp://host:8786 (workers must see ROOT at the same path)")
    return parser


def load_roster(path: Path | None):
    from .people import Roster, load_roster as read_roster

    return read_roster(path) if path is not None else Roster()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    from .checklist import ChecklistError

    os.umask(0o077)  # everything written holds patient data: owner-only, including the cache and journal
    try:
        if args.command == "audit":
            return cmd_audit(args)
        return cmd_scan(args)
    except (ChecklistError, ValueError, OSError) as exc:
        print(f"chart-audit: error: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _auditor(args):
    from .audit import Auditor

    if args.charges is not None and not args.charges.is_file():
        raise ValueError(f"{args.charges}: no such charges file")
    return Auditor(args.checklist, load_roster(args.roster), args.charges)


def has_gaps(chart: dict) -> bool:
    """Gaps in the documentation, or charges on hold / needing review: either blocks the claim."""
    charges = chart.get("charge_summary", {}).get("verdict", "ready")
    return chart["verdict"] != "ready" or charges in ("hold", "needs_review")


def cmd_audit(args) -> int:
    from .results import dumps, results_dict, write_atomic

    if not args.chart.is_dir():
        raise ValueError(f"{args.chart}: not a folder (give the folder that holds one chart's documents)")
    auditor = _auditor(args)
    chart = auditor.record(auditor.audit_chart(args.chart), args.chart)
    data = results_dict([chart], auditor.checklist)
    if args.redact:
        from .report import redact

        data = redact(data)
    if args.output and args.output.suffix.lower() == ".json":
        write_atomic(args.output, dumps(data))
    elif args.output:
        from .report import write_chart_report

        write_chart_report(data, data["charts"][0], args.output)
    if args.json:
        sys.stdout.write(dumps(data))
    elif not args.quiet:
        print_table(data["charts"][0])
        if args.output:
            print(f"report: {args.output}")
    return EXIT_GAPS if has_gaps(chart) else EXIT_OK


def shown(text: str) -> str:
    """Names from disk may hold newlines or escape codes: never let them drive the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def print_table(chart: dict) -> None:
    print(f"chart {shown(chart['chart_id'])}: {chart['verdict'].upper()}")
    width = max(len(f["requirement"]) for f in chart["findings"]) if chart["findings"] else 10
    for f in chart["findings"]:
        print(f"  {f['requirement']:<{width}}  {f['status']:<14}  {f['reason']}")
    for d in chart["documents"]:
        for p in d["problems"]:
            print(f"  ! {shown(d['path'])}: {p['message']}")
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
                print(f"    {f['rule']:<36} {f['status']:<9} {f['reason']}")


def cmd_scan(args) -> int:
    from .batch import ScanError, scan
    from .limits import Limits
    from .results import dumps, write_atomic

    if not args.root.is_dir():
        raise ValueError(f"{args.root}: not a folder")
    if args.charges is not None and not args.charges.is_file():
        raise ValueError(f"{args.charges}: no such charges file")
    progress = Progress(quiet=args.quiet or args.format == "json")
    limits = Limits(max_bytes=int(args.max_file_mb * 1024 * 1024), max_pages=args.max_pages, doc_timeout=args.doc_timeout,
                    worker_memory_mb=args.worker_memory_mb)
    try:
        data = scan(args.root, args.output, checklist=args.checklist, roster=load_roster(args.roster), jobs=args.jobs,
                    resume=args.resume, use_cache=not args.no_cache, doc_timeout=args.doc_timeout,
                    on_chart=progress.chart, scheduler=args.scheduler, charges_file=args.charges, limits=limits)
    except ScanError as exc:
        raise ValueError(str(exc)) from None
    except KeyboardInterrupt:
        progress.close()
        print(f"chart-audit: interrupted; every chart finished so far is kept in {args.output / 'charts.jsonl'}: "
              "run the same command with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        progress.close()
    from .report import redact, write_reports

    if args.charges is not None:
        data["charge_file_problems"] = _charge_file_problems(args.charges, data)
    if args.redact:
        data = redact(data)
    if args.redact or args.charges is not None:
        write_atomic(args.output / "results.json", dumps(data))
    write_reports(data, args.output)
    if args.format == "json":
        sys.stdout.write(dumps(data))
    elif not args.quiet:
        s = data["summary"]
        print(f"{s['charts']} charts: {s['ready']} ready, {s['hold']} on hold, {s['needs_review']} need review; "
              f"{s['documents']} documents, {s['document_problems']} problems -> {args.output / 'index.html'}")
    return EXIT_GAPS if any(has_gaps(c) for c in data["charts"]) else EXIT_OK


def _charge_file_problems(path: Path, data: dict) -> list[dict]:
    """Rows of --charges that belong to no chart (or to none at all) are reported, not dropped."""
    from .charges import read_batch

    _, problems = read_batch(path, [c["chart_id"] for c in data["charts"]])
    for p in problems:
        print(f"chart-audit: {path.name}: {shown(p.message)}", file=sys.stderr)
    return [p.to_dict() for p in problems]


class Progress:
    """A progress bar on a terminal, one line per chart otherwise; nothing in --quiet or CI."""

    def __init__(self, quiet: bool):
        import os

        self.quiet = quiet or os.environ.get("CI") == "true"
        self.tty = sys.stderr.isatty() and not self.quiet
        self.bar = None

    def chart(self, chart: dict, done: int, total: int | None) -> None:
        if self.quiet:
            return
        if self.tty:
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="chart", file=sys.stderr, leave=False)
            self.bar.update(1)
            self.bar.set_postfix_str(chart["verdict"])
        else:
            print(f"[{done}/{total or '?'}] {shown(chart['chart_id'])}: {chart['verdict']}", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


if __name__ == "__main__":
    sys.exit(main())
