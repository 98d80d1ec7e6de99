"""The `chart-audit` command: parse, call the library, print, map the result to an exit code.

Exit codes, for pre-bill gating and schedulers (the first that applies): 2 usage or fatal error;
130 interrupted (Ctrl-C) or 143 terminated (SIGTERM); 3 the scan completed but charts or documents could
not be audited (the tool's failure or the machine's, not the chart's); 1 gaps, documents needing review
or charges on hold; 0 every requirement met or not applicable. 141: the output pipe was closed early.
Heavy libraries are imported only by the commands that need them, so `--help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .console import Progress, notes, print_table, scan_lines, shown, summary_line
from .options import above_zero, load_roster, report_file, worker_memory_mb
from .stopping import (EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_TERMINATED, interrupted, os_error, silence_stdout,
                       sigterm_as_interrupt)

EXIT_OK, EXIT_GAPS, EXIT_ERROR, EXIT_NOT_AUDITED = 0, 1, 2, 3
__all__ = ["main", "build_parser", "load_roster", "EXIT_OK", "EXIT_GAPS", "EXIT_ERROR", "EXIT_NOT_AUDITED",
           "EXIT_INTERRUPTED", "EXIT_TERMINATED", "EXIT_BROKEN_PIPE"]

EXIT_CODES = """exit codes (the first that applies):
  2    usage or fatal error (bad option, unreadable checklist or roster, missing folder, no charts)
  130  interrupted (Ctrl-C), 143 terminated (SIGTERM): finished charts are kept, --resume goes on
  3    completed, but charts or documents could not be audited (internal error, crash, time limit,
       a file or folder that cannot be opened): each is on the worklist as needing review
  1    gaps, documents or requirements needing review, or charges on hold
  0    every requirement met or not applicable, and no charge on hold
  (141: the output pipe was closed early, e.g. by `| head`)
"""

EPILOG = """examples:
  chart-audit audit samples/c01_complete_hn_vmat  one chart: a table of findings, exit 0/1
  chart-audit audit samples/c01_complete_hn_vmat --json  the same chart as JSON
  chart-audit scan samples -o out                every subfolder of samples/ is a chart; writes out/results.json
  chart-audit scan charts -o out --roster staff.csv

""" + EXIT_CODES


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
    common.add_argument("--redact", action="store_true", help="mask patient names, MRNs and dates of birth in every output and message (not in the cache: see --no-cache)")
    common.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors (and, for scan, the closing summary line)")

    audit = sub.add_parser("audit", parents=[common], help="audit one chart folder and print its findings",
                           description="Audit one chart folder (all documents below it) and print a table of findings.",
                           epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    audit.add_argument("chart", type=Path, metavar="CHART_DIR", help="folder holding one patient's chart documents")
    audit.add_argument("--json", action="store_true", help="print the chart's results as JSON instead of a table")
    audit.add_argument("-o", "--output", type=report_file, metavar="FILE", help="also write the chart's report: HTML (.html, .htm), or JSON (.json)")

    scan = sub.add_parser("scan", parents=[common], help="audit every chart under a folder and write results.json",
                          description="Audit every immediate subfolder of ROOT as one chart (chart id = folder name).",
                          epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    scan.add_argument("root", type=Path, metavar="ROOT", help="folder whose subfolders are charts")
    scan.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="output folder (created; must not be inside ROOT)")
    scan.add_argument("--format", choices=["files", "json"], default="files", help="'json' also prints results.json to stdout")
    scan.add_argument("--jobs", "-j", type=above_zero(int, "jobs"), metavar="N", help="charts audited in parallel (default: all cores; 1 runs in this process)")
    scan.add_argument("--resume", action="store_true", help="continue an interrupted scan into the same OUT folder (charts whose files changed are audited again)")
    scan.add_argument("--force", action="store_true", help="replace an earlier scan's outputs in OUT (refused without it; the cache is kept)")
    scan.add_argument("--no-cache", action="store_true", help="re-read every document (the cache in OUT/cache.sqlite holds document text)")
    scan.add_argument("--doc-timeout", type=above_zero(float, "seconds"), default=60.0, metavar="S", help="seconds to read one document before it becomes a problem (default 60)")
    scan.add_argument("--max-file-mb", type=above_zero(float, "MB"), default=100.0, metavar="MB", help="larger files are not read (default 100)")
    scan.add_argument("--max-pages", type=above_zero(int, "pages"), default=2000, metavar="N", help="pages read from one PDF (default 2000)")
    scan.add_argument("--worker-memory-mb", type=worker_memory_mb, default=3072, metavar="MB", help="address space of each worker process; a document past it fails alone (default 3072, 0 = no cap)")
    scan.add_argument("--scheduler", metavar="ADDR", help="run on a Dask cluster, e.g. tcp://host:8786 (workers must see ROOT at the same path)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    os.umask(0o077)  # everything written holds patient data: owner-only, including the cache and journal
    state = {"phase": "starting"}
    try:
        with sigterm_as_interrupt():
            return _run(args, state)
    except KeyboardInterrupt as exc:
        return interrupted(args.command, getattr(args, "output", None), state["phase"], exc)
    except BrokenPipeError:
        silence_stdout()  # the reader went away (`| head`): no traceback, nothing more to say
        return EXIT_BROKEN_PIPE


def _run(args, state: dict) -> int:
    from .checklist import ChecklistError

    try:
        return cmd_audit(args) if args.command == "audit" else cmd_scan(args, state)
    except (ChecklistError, ValueError) as exc:
        print(f"chart-audit: error: {shown(str(exc))}", file=sys.stderr)
    except BrokenPipeError:
        raise  # not an error of ours: main() ends quietly
    except OSError as exc:
        print(f"chart-audit: error: {shown(os_error(exc))}", file=sys.stderr)
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


def exit_code(data: dict) -> int:
    """3 before 1: 'the tool could not audit N charts/documents' must not hide behind 'gaps found'."""
    missed = data["summary"]["not_audited"]
    if missed["charts"] or missed["documents"]:
        return EXIT_NOT_AUDITED
    return EXIT_GAPS if any(has_gaps(c) for c in data["charts"]) else EXIT_OK


def cmd_audit(args) -> int:
    from .results import dumps, results_dict, write_atomic

    if not args.chart.is_dir():
        raise ValueError(f"{args.chart}: not a folder (give the folder that holds one chart's documents)")
    auditor = _auditor(args)
    chart = auditor.record(auditor.audit_chart(args.chart), args.chart)
    _refuse_a_folder_of_charts(args.chart, chart)
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
            print(f"report: {shown(str(args.output))}")
    return exit_code(data)


def _refuse_a_folder_of_charts(folder: Path, chart: dict) -> None:
    """`audit ROOT` by mistake merges several patients' charts into one. Subfolders of which every
    document names another patient than the chart's are what a folder of charts looks like."""
    by_folder: dict[str, list[str]] = {}
    for d in chart["documents"]:
        if "/" in d["path"]:
            by_folder.setdefault(d["path"].split("/", 1)[0], []).append(d["path"])
    foreign = {x["document"] for x in (chart.get("identity") or {}).get("documents_naming_another_patient") or []}
    others = sorted(name for name, docs in by_folder.items() if set(docs) <= foreign)
    if len(by_folder) >= 2 and others:
        raise ValueError(f"{folder} looks like a folder of charts, not one chart: {len(by_folder)} subfolders, and the "
                         f"documents of {len(others)} of them ({', '.join(others[:3])}{', ...' if len(others) > 3 else ''}) "
                         f"name another patient. Did you mean `chart-audit scan {folder} -o OUT`?")


def cmd_scan(args, state: dict) -> int:
    from .batch import ScanError, scan
    from .limits import Limits

    if not args.root.is_dir():
        raise ValueError(f"{args.root}: not a folder")
    if args.charges is not None and not args.charges.is_file():
        raise ValueError(f"{args.charges}: no such charges file")
    progress = Progress(quiet=args.quiet or args.format == "json")
    limits = Limits(max_bytes=max(1, int(args.max_file_mb * 1024 * 1024)), max_pages=args.max_pages,
                    doc_timeout=args.doc_timeout, worker_memory_mb=args.worker_memory_mb)
    roster = load_roster(args.roster)
    state["phase"] = "scanning"  # from here on, --resume goes on from whatever the journal holds
    try:
        data = scan(args.root, args.output, checklist=args.checklist, roster=roster, jobs=args.jobs,
                    resume=args.resume, force=args.force, redact=args.redact, use_cache=not args.no_cache,
                    doc_timeout=args.doc_timeout, on_chart=progress.chart, scheduler=args.scheduler,
                    charges_file=args.charges, limits=limits)
    except ScanError as exc:
        raise ValueError(str(exc)) from None
    finally:
        progress.close()
    state["phase"] = "reports"
    from .report import write_reports
    from .results import dumps

    write_reports(data, args.output)
    code = exit_code(data)
    if args.format == "json":
        sys.stdout.write(dumps(data))
    elif not args.quiet:
        for line in scan_lines(data, args.output / "index.html"):
            print(shown(line))
    if not args.quiet:
        for line in notes(data):
            print(line, file=sys.stderr)
    print(summary_line(data, code, args.output / "results.json"), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
