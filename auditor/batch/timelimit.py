"""The per-document time limit: a call that runs too long is abandoned, and the caller goes on.

In the main thread a SIGALRM timer raises inside the call; in other threads (Dask workers) an
asynchronous exception does the same. Both act between Python bytecodes, so a pool worker also runs
a watchdog thread that ends the process when a call stuck in native code overruns its hard deadline
(limit x HARD_FACTOR + HARD_GRACE_S).
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from typing import Callable, TypeVar

T = TypeVar("T")
HUNG_EXIT = 86  # exit status of a worker ended by its watchdog
HARD_FACTOR, HARD_GRACE_S = 1.5, 5.0


class _Timeout(BaseException):
    """Raised inside the call when its time is up; BaseException so readers' `except Exception` let it by."""


class Watchdog(threading.Thread):
    """Ends a pool worker whose call overran its hard deadline, or whose parent has gone away."""

    def __init__(self):
        super().__init__(name="chart-auditor-watchdog", daemon=True)
        self.deadline: float | None = None
        self.parent = os.getppid()

    def arm(self, limit: float) -> None:
        self.deadline = time.monotonic() + limit * HARD_FACTOR + HARD_GRACE_S

    def disarm(self) -> None:
        self.deadline = None

    def run(self) -> None:
        while True:
            time.sleep(0.25)
            if os.getppid() != self.parent:  # the scan was killed: do not linger as an orphan
                os._exit(HUNG_EXIT)
            deadline = self.deadline
            if deadline is not None and time.monotonic() > deadline:
                os._exit(HUNG_EXIT)


def within(limit: float | None, call: Callable[[], T], watchdog: Watchdog | None = None) -> tuple[T | None, bool]:
    """(call(), False), or (None, True) when it ran longer than `limit` seconds (None or <= 0: no limit)."""
    if not limit or limit <= 0:
        return call(), False
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _by_alarm(limit, call, watchdog)
    return _by_timer(limit, call)


def _on_alarm(signum, frame):
    raise _Timeout()


def _by_alarm(limit: float, call: Callable[[], T], watchdog: Watchdog | None) -> tuple[T | None, bool]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        try:
            if watchdog is not None:
                watchdog.arm(limit)
            signal.setitimer(signal.ITIMER_REAL, limit)
            return call(), False
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if watchdog is not None:
                watchdog.disarm()
    except _Timeout:
        return None, True
    finally:
        signal.signal(signal.SIGALRM, previous)


def _by_timer(limit: float, call: Callable[[], T]) -> tuple[T | None, bool]:
    """For threads that cannot take signals: a timer raises in this thread."""
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire():
        with lock:
            if not state["done"]:
                state["fired"] = True
                _async_raise(tid, _Timeout)

    timer = threading.Timer(limit, expire)
    timer.daemon = True
    try:
        try:
            timer.start()
            return call(), False
        finally:
            timer.cancel()
            with lock:
                state["done"] = True
            if state["fired"]:
                _async_raise(tid, None)  # not delivered yet: cancel it
    except _Timeout:
        return None, True


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedules `exc` in another thread (None cancels a pending one): CPython's PyThreadState_SetAsyncExc."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)
