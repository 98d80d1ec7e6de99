"""How a command stops other than by finishing: Ctrl-C, SIGTERM, a full disk, a reader that closed the pipe.
Each ends with one line that says what was kept and what to do, never a traceback."""

from __future__ import annotations

import io
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # the shell's convention: 128 + SIGINT, 128 + SIGTERM
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what `cmd | head` shows for a program the pipe ended


class Interrupted(KeyboardInterrupt):
    """SIGTERM (a scheduler, systemd, `kill`): handled like Ctrl-C, with its own exit code."""


def os_error(exc: OSError) -> str:
    """'No space left on device: out/results.json', never a bare '[Errno 28]' without the path."""
    where = exc.filename if exc.filename is not None else "(file not known)"
    return f"{exc.strerror or exc}: {where}"


@contextmanager
def sigterm_as_interrupt():
    def terminate(signum, frame):
        raise Interrupted()

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (the CLI called from a library): leave signals alone
        previous = None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def interrupted(command: str, output: Path | None, phase: str, exc: KeyboardInterrupt) -> int:
    what = "terminated" if isinstance(exc, Interrupted) else "interrupted"
    if command != "scan":
        message = f"{what}; nothing was written"
    elif phase == "starting":
        message = f"{what} before any chart was audited; run the same command again"
    elif phase == "scanning":
        message = (f"{what}; every chart finished so far is kept in {output / 'charts.jsonl'}: "
                   "run the same command with --resume to go on")
    else:
        message = (f"{what} while writing the reports: every chart is in {output / 'results.json'}; the reports "
                   "are incomplete: run the same command with --resume to write them")
    print(f"chart-audit: {message}", file=sys.stderr)
    return EXIT_TERMINATED if isinstance(exc, Interrupted) else EXIT_INTERRUPTED


def silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
