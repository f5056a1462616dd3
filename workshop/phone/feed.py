"""The live session as the phone server sees it: a snapshot to show and a way to answer.

`LiveFeed` is the whole interface; `LiveSessionFeed` implements it over a `LiveSession` and the
one `SerialRunner` that every face shares, so a phone's answer is written by the same thread,
in the same order, as the keys on the shared screen.

Phone answers are committed in groups: every answer that arrives while a write is running
waits for the next one, which stores the whole group with one atomic write and one fsync.
A room answering at once costs a few writes, not one per phone, and each phone is still
acknowledged only once its own answer is on disk.
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
        self._queue: list[tuple[int, float | None, asyncio.Future[Recorded]]] = []
        self._committing: asyncio.Task[None] | None = None
        self._writing = 0

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

    @property
    def unsaved(self) -> int:
        """Answers received and not yet on disk: being written, or waiting for the next write."""
        return len(self._queue) + self._writing

    async def answer(self, round_number: int, value: float | None) -> Recorded:
        """Wait until this answer is on disk with its group; raises what refused it."""
        waiting: asyncio.Future[Recorded] = asyncio.get_running_loop().create_future()
        self._queue.append((round_number, value, waiting))
        if self._committing is None or self._committing.done():
            self._committing = asyncio.ensure_future(self._commit())
        return await waiting

    async def _commit(self) -> None:
        """Write the waiting answers, group after group, until none waits."""
        while self._queue:
            group, self._queue = self._queue, []
            self._writing = len(group)
            outcomes: list[Recorded | Exception]
            try:
                outcomes = await self.runner.call(self._answer_group, [a[:2] for a in group])
            except Exception as error:  # the write failed: no answer of the group is stored
                outcomes = [error] * len(group)
            finally:
                self._writing = 0
            for (*_, waiting), outcome in zip(group, outcomes, strict=True):
                if waiting.done():  # the phone went away; its answer is stored all the same
                    continue
                if isinstance(outcome, Exception):
                    waiting.set_exception(outcome)
                else:
                    waiting.set_result(outcome)
            recorded = [o for o in outcomes if isinstance(o, Recorded)]
            if recorded and self.on_answer is not None:
                self.on_answer(recorded[-1])  # the last holds the round's newest total

    def _answer_group(self, pending: list[tuple[int, float | None]]) -> list[Recorded | Exception]:
        live = self.live()
        if live is None:
            return [RoundClosed(number) for number, _ in pending]
        return live.answer_group(pending)
