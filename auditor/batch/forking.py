"""Starting worker processes without losing a Ctrl-C or SIGTERM.

A signal that arrives while the parent forks runs its Python handler inside fork's callbacks (logging's
lock release, for one), where CPython prints the exception ('Exception ignored in ...', a traceback)
and drops it: the scan went on as if nothing was pressed. So the parent holds both signals while it
forks and takes them right after, in plain code. A child sets its own handling and lets them in at
once, from fork itself (a child's SIGTERM is how the pool stops it: it must never stay held, even in a
child whose start hangs).
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager

_HELD = {signal.SIGINT, signal.SIGTERM}
_holding = False  # the parent is inside signals_held(): a child forked now starts with them blocked


@contextmanager
def signals_held():
    global _holding
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    _holding = True
    try:
        yield
    finally:
        _holding = False
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)  # a held signal's handler runs here


def _after_fork_in_child() -> None:
    global _holding
    if _holding:
        _holding = False
        child_signals()


def child_signals() -> None:
    """In a forked child: Ctrl-C is the parent's to handle, SIGTERM ends the child (not the parent's
    handler, which raises to end a scan); then the signals held across the fork are let in."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
