"""The live session as the phone server sees it: a snapshot to show and a way to answer.

`LiveFeed` is the whole interface; `LiveSessionFeed` implements it over a `LiveSession` and the
one `SerialRunner` that every face shares, so a phone's answer is written by the same thread,
in the same order, as the keys on the shared screen.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any, Protocol

from workshop.live import LiveSession, Recorded
from workshop.phone.views import question_view, reveal_view
from workshop.quiz import RoundClosed, RoundState
from workshop.runner import SerialRunner

SNAPSHOT_SECONDS = 0.25
"""How long one snapshot serves every phone that polls: 200 phones cost ~4 reads a second."""


class LiveFeed(Protocol):
    async def snapshot(self) -> dict[str, Any]:
        """{"version", "phase": waiting|open|revealed, "round", "question", "reveal"}."""
        ...

    async def answer(self, round_number: int, value: float | None) -> Recorded:
        """Store one answer to `round_number`; raises RoundClosed or InvalidAnswer."""
        ...


def live_snapshot(live: LiveSession | None) -> dict[str, Any]:
    """What every phone may see now. Reads the session, so call it on the store thread."""
    current = live.round if live is not None else None
    if live is None or current is None or current.state is RoundState.CLOSED:
        return {"version": "waiting", "phase": "waiting"}
    phase = "open" if current.state is RoundState.OPEN else "revealed"
    snapshot: dict[str, Any] = {
        "version": f"{phase}:{current.number}",
        "phase": phase,
        "round": current.number,
        "question": question_view(current.question, live.language),
    }
    if phase == "revealed":
        snapshot["reveal"] = reveal_view(current.question, live.language)
    return snapshot


class LiveSessionFeed:
    """A `LiveFeed` over whatever session `live()` returns (None before the trainer starts)."""

    def __init__(
        self,
        runner: SerialRunner,
        live: Callable[[], LiveSession | None],
        on_answer: Callable[[Recorded], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.runner = runner
        self.live = live
        self.on_answer = on_answer
        self.clock = clock
        self._snapshot: dict[str, Any] | None = None
        self._taken = 0.0
        self._pending: asyncio.Future[dict[str, Any]] | None = None

    async def snapshot(self) -> dict[str, Any]:
        """A recent snapshot; phones polling at once share one read on the store thread."""
        if self._snapshot is not None and self.clock() - self._taken < SNAPSHOT_SECONDS:
            return self._snapshot
        if self._pending is None:
            self._pending = asyncio.ensure_future(self._take())
        pending = self._pending
        try:
            return await asyncio.shield(pending)
        finally:
            if pending.done() and self._pending is pending:
                self._pending = None

    async def _take(self) -> dict[str, Any]:
        snapshot = await self.runner.call(self._read)
        self._snapshot, self._taken = snapshot, self.clock()
        return snapshot

    def _read(self) -> dict[str, Any]:
        return live_snapshot(self.live())

    def changed(self) -> None:
        """Forget the snapshot, e.g. right after the trainer moved on or revealed."""
        self._snapshot = None

    async def answer(self, round_number: int, value: float | None) -> Recorded:
        recorded = await self.runner.call(self._answer, round_number, value)
        if self.on_answer is not None:
            self.on_answer(recorded)
        return recorded

    def _answer(self, round_number: int, value: float | None) -> Recorded:
        live = self.live()
        if live is None or live.round is None or live.round.number != round_number:
            raise RoundClosed(round_number)
        return live.answer(value, "phone")
