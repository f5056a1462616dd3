"""The one owner of a running session: every change on the store thread, every read a snapshot.

The shared screen, the phones and the app all change the session (keys, answers, reveals) and
all show it. `SessionService` is the only object that touches the `LiveSession`: each change
runs on the one store thread, in the order asked, and afterwards the service publishes a
`SessionState`, a frozen snapshot taken on that thread. Faces send intentions (`go_next`,
`answer`, …) and read `state`; none of them sees the live objects the store thread changes,
so nothing can read a half-made change or change the session behind the service's back.

Phone answers are committed in groups: every answer that arrives while a write runs waits for
the next write, which stores the whole group with one atomic write and one fsync. A room
answering at once costs a few writes, not one per phone, and each phone is still acknowledged
only once its own answer is on disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from workshop.content import Library
from workshop.content.model import Module, QuizRole, QuizStep
from workshop.live import LiveSession, Recorded
from workshop.quiz import RoundResult, RoundState
from workshop.runner import SerialRunner
from workshop.store import Answer
from workshop.store.sessions import Source


@dataclass(frozen=True)
class RoundSnapshot:
    """The round of the current step as it stood after the last change."""

    number: int
    module: str
    question: Any
    state: RoundState
    total: int
    seconds: int
    hands: Mapping[float | None, int]
    """The counts of the last show of hands (the part a re-count replaces)."""
    result: RoundResult | None
    """The reveal, once the round is revealed."""
    role: QuizRole | None = None
    """`warm-up` (shown, not counted) or `check` for a quiz round; None for a poll."""

    asks_sure: bool = False
    """Whether an answer is asked "sure or not sure?" (the session asks, and the question
    has a right answer)."""

    @property
    def warm_up(self) -> bool:
        return self.role == "warm-up"

    @property
    def open(self) -> bool:
        return self.state is RoundState.OPEN


@dataclass(frozen=True)
class SessionState:
    """Where the session stands, after the change numbered `version`."""

    version: int
    group: str
    language: str
    library: Library
    agenda: tuple[str, ...]
    module_index: int
    step_index: int
    at_start: bool
    at_end: bool
    round: RoundSnapshot | None
    session_id: str
    session_path: Path
    people: int | None
    """How many people the trainer said are present, if they said."""
    confidence: bool = False
    """Whether each answer is asked "sure or not sure?"."""

    @property
    def module(self) -> Module:
        return self.library.modules[self.agenda[self.module_index]]

    @property
    def step(self) -> Any:
        return self.module.steps[self.step_index]

    @property
    def round_open(self) -> bool:
        return self.round is not None and self.round.open

    @property
    def asks_sure(self) -> bool:
        """An open round whose answers are asked "sure or not sure?"."""
        return self.round is not None and self.round.open and self.round.asks_sure


def take_snapshot(live: LiveSession, version: int) -> SessionState:
    """The state of `live` now; call it on the store thread, right after a change."""
    current = live.round
    round_snapshot = None
    if current is not None:
        round_snapshot = RoundSnapshot(
            number=current.number,
            module=current.module,
            question=current.question,
            state=current.state,
            total=current.total,
            seconds=current.seconds,
            hands=MappingProxyType(dict(current.hands)),
            result=current.result() if current.state is RoundState.REVEALED else None,
            role=live.step.role if isinstance(live.step, QuizStep) else None,
            asks_sure=current.asks_sure,
        )
    return SessionState(
        version=version,
        group=live.group,
        language=live.language,
        library=live.library,
        agenda=tuple(live.agenda),
        module_index=live.module_index,
        step_index=live.step_index,
        at_start=live.at_start,
        at_end=live.at_end,
        round=round_snapshot,
        session_id=live.session.id,
        session_path=live.session.path,
        people=live.people,
        confidence=live.confidence,
    )


class SessionService:
    """Owns `live`; made on the store thread by `open`, used from the event loop after."""

    def __init__(self, live: LiveSession, runner: SerialRunner) -> None:
        self._live = live
        self.runner = runner
        self.state = take_snapshot(live, 0)
        self._listeners: list[Callable[[SessionState], None]] = []
        self._queue: list[tuple[int, float | None, bool | None, asyncio.Future[Recorded]]] = []
        self._committing: asyncio.Task[None] | None = None
        self._writing = 0

    @classmethod
    async def start(
        cls,
        runner: SerialRunner,
        library: Library,
        data: Path,
        group: str,
        language: str,
        agenda: list[str],
        confidence: bool = False,
    ) -> SessionService:
        """A new session of `agenda`, its file made on the store thread."""
        live = await runner.call(
            LiveSession.start, library, data, group, language, agenda, confidence
        )
        return cls(live, runner)

    @classmethod
    async def resume(cls, runner: SerialRunner, library: Library, path: Path) -> SessionService:
        """The session at `path`, opened on the store thread where it stopped."""
        return cls(await runner.call(LiveSession.resume, library, path), runner)

    def subscribe(self, listener: Callable[[SessionState], None]) -> None:
        """`listener(state)` after every change, on the event loop."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[SessionState], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # Changes -------------------------------------------------------------------------------

    async def _change(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run one change on the store thread and publish the state it left, even when it
        failed part-way (a failed save leaves the session as it was, which is then the
        state); the error is raised after publishing."""

        def change() -> tuple[Any, BaseException | None, SessionState]:
            try:
                result, error = function(*args), None
            except Exception as failure:  # published with the state it left, then raised
                result, error = None, failure
            return result, error, take_snapshot(self._live, self.state.version + 1)

        result, error, state = await self.runner.call(change)
        self._publish(state)
        if error is not None:
            raise error
        return result

    def _publish(self, state: SessionState) -> None:
        if state.version <= self.state.version:
            return
        self.state = state
        for listener in list(self._listeners):
            listener(state)

    async def go_next(self) -> bool:
        return await self._change(self._live.go_next)

    async def go_back(self) -> bool:
        return await self._change(self._live.go_back)

    async def reveal(self) -> RoundResult | None:
        return await self._change(self._live.reveal)

    async def finish(self) -> None:
        await self._change(self._live.finish)

    async def answer(
        self, value: float | None, source: Source = "key", now: float = 0.0
    ) -> Recorded:
        """One answer from the shared screen; raises RoundClosed, InvalidAnswer or UserError."""
        return await self._change(self._live.answer, value, source, now)

    async def say_sure(self, sure: bool, now: float) -> bool:
        """The confidence of the last key answer (see `LiveSession.say_sure`)."""
        return await self._change(self._live.say_sure, sure, now)

    async def set_confidence(self, asked: bool) -> None:
        """Ask each answer's confidence from now on, or stop asking."""
        await self._change(self._live.set_confidence, asked)

    async def withdraw_last(self, now: float) -> bool:
        return await self._change(self._live.withdraw_last, now)

    async def set_hands(self, counts: dict[float | None, int]) -> None:
        await self._change(self._live.set_hands, counts)

    async def set_people(self, people: int | None) -> None:
        await self._change(self._live.set_people, people)

    async def stored_answers(self) -> list[Answer]:
        """Every answer on disk (for the scores), read on the store thread."""
        return await self.runner.call(self._live.session.answers)

    async def close(self) -> None:
        await self.runner.call(self._live.close)

    # Phones --------------------------------------------------------------------------------

    @property
    def unsaved(self) -> int:
        """Phone answers received and not yet on disk: being written, or waiting to be."""
        return len(self._queue) + self._writing

    async def answer_from_phone(
        self, round_number: int, value: float | None, sure: bool | None = None
    ) -> Recorded:
        """Wait until this answer is on disk with its group; raises what refused it."""
        waiting: asyncio.Future[Recorded] = asyncio.get_running_loop().create_future()
        self._queue.append((round_number, value, sure, waiting))
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
                pending = [(number, value, sure) for number, value, sure, _ in group]
                outcomes = await self._change(self._live.answer_group, pending)
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
