"""Leave through the app's own quit path when the terminal goes away.

Unhandled, SIGTERM and SIGHUP kill the app where it stands: the terminal stays in the
alternate screen with mouse reporting on, and the open file is never closed. A terminal that
vanishes without a signal is worse: Textual's input thread is told the dead terminal is
readable, reads nothing, and asks again at once, so the app spins and keeps the file locked.

`ExitWatch` turns both into a normal exit, which restores the terminal (Textual's exit path)
and closes the file (the app's `leave`): signals through the event loop, where the platform
has them, and a check twice a second that the terminal the app started on is still one.

Once asked to leave, the process ends within `GRACE_SECONDS` whatever happens: Textual's
shutdown can block for ever writing to a terminal that has gone (seen after tmux closed a
window mid-burst), which kept the phone port taken until someone found the process. By then
every answer is on disk (each write is atomic), so ending the process loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import signal
import sys
import threading
from collections.abc import Callable

from textual.app import App

from workshop.i18n import t

SIGNALS = ("SIGTERM", "SIGHUP")
"""Asked to stop (`kill`, a shutdown), or the terminal hung up: leave as if the trainer quit."""
CHECK_SECONDS = 0.5
GRACE_SECONDS = 10.0
"""A normal exit takes well under a second; this is only for an exit that is stuck."""
STUCK_EXIT_CODE = 1


class ExitWatch:
    """Calls `leave` once, on SIGTERM or SIGHUP or when the app's terminal is gone.

    `start` from the app's `on_mount`, `stop` from its `on_unmount` (it gives the signals
    back, which matters when one process runs several apps, as the tests do).
    """

    def __init__(self, app: App, leave: Callable[[], object], language: str) -> None:
        self.app = app
        self.leave = leave
        self.language = language
        self.leaving = False
        self._signals: list[int] = []

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        for name in SIGNALS:
            number = getattr(signal, name, None)
            if number is None:
                continue  # Windows has no SIGHUP
            try:
                loop.add_signal_handler(number, self.leave_now)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # no signal handlers on this loop (Windows) or off the main thread
            self._signals.append(number)
        terminals = _terminals()
        if terminals and not self.app.is_headless:
            self.app.set_interval(CHECK_SECONDS, lambda: self._check(terminals))

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            loop = asyncio.get_running_loop()
            for number in self._signals:
                loop.remove_signal_handler(number)
        self._signals.clear()

    def _check(self, terminals: list[int]) -> None:
        if not all(os.isatty(descriptor) for descriptor in terminals):
            self.leave_now()

    def leave_now(self) -> None:
        """Leave once, however many signals or checks ask for it."""
        if self.leaving:
            return
        self.leaving = True
        stuck = threading.Timer(GRACE_SECONDS, self._end_stuck_exit)
        stuck.daemon = True  # a normal exit does not wait for it
        stuck.start()
        result = self.leave()
        if inspect.isawaitable(result):
            self.app.run_worker(result, name="leave", exclusive=False)

    def _end_stuck_exit(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.__stderr__.write(t("tui.exit_stuck", lang=self.language) + "\n")
            sys.__stderr__.flush()
        os._exit(STUCK_EXIT_CODE)


def _terminals() -> list[int]:
    """The descriptors Textual reads keys from and draws on, where they are terminals."""
    found = []
    for stream in (sys.__stdin__, sys.__stderr__, sys.__stdout__):
        try:
            descriptor = stream.fileno()  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            continue  # no such stream (pythonw) or a closed one
        if os.isatty(descriptor):
            found.append(descriptor)
    return found
