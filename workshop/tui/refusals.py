"""The phone server's refusals as warnings on the trainer's screen.

A crowd is refused in bursts (hundreds of phones in a second), so one warning per reason
gathers the burst and names how many so far; while refusals keep coming, it repeats at most
every `REPEAT_SECONDS` with the new count. Nothing is refused without the trainer knowing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.app import App

from workshop.i18n import catalog, t

GATHER_SECONDS = 0.5
"""Wait this long after the first refusal of a burst, so one warning counts the whole burst."""
REPEAT_SECONDS = 5.0
"""At most one warning per reason this often: the count grows, the slide stays readable."""
ERRORS = frozenset({"not_saved"})
"""Reasons where answers were lost to the room unless the trainer acts: shown as errors."""


class RefusalWarnings:
    """Call `refused(reason, count)` from the loop (it is `PhoneServer.on_refused`)."""

    def __init__(self, app: App, language: str, clock: Callable[[], float] = time.monotonic):
        self.app = app
        self.language = language
        self.clock = clock
        self.counts: dict[str, int] = {}
        self.shown_at: dict[str, float] = {}
        self.pending: set[str] = set()

    def refused(self, reason: str, count: int) -> None:
        self.counts[reason] = count
        if reason in self.pending:
            return
        self.pending.add(reason)
        since = self.clock() - self.shown_at.get(reason, float("-inf"))
        delay = max(GATHER_SECONDS, REPEAT_SECONDS - since)
        self.app.set_timer(delay, lambda: self._show(reason))

    def _show(self, reason: str) -> None:
        self.pending.discard(reason)
        self.shown_at[reason] = self.clock()
        key = f"tui.refused_{reason}"
        if key not in catalog():
            key = "tui.refused_other"
        severity = "error" if reason in ERRORS else "warning"
        message = t(key, lang=self.language, count=self.counts[reason])
        self.app.notify(message, severity=severity, timeout=2 * REPEAT_SECONDS)
