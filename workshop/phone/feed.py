"""The live session as the phone server sees it: a snapshot to show and a way to answer.

`LiveFeed` is the whole interface; `LiveSessionFeed` implements it over the `SessionService`
that every face shares. A poll reads the service's published state and never waits for the
store thread; an answer goes to the service, which writes it with the others that arrived
meanwhile, in order with the keys on the shared screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from workshop.phone.views import question_view, reveal_view
from workshop.quiz import RoundClosed, RoundState
from workshop.session_service import Recorded, SessionService, SessionState


class LiveFeed(Protocol):
    async def snapshot(self) -> dict[str, Any]:
        """{"version", "phase": waiting|open|revealed, "round", "question", "reveal"}."""
        ...

    async def answer(
        self, round_number: int, value: float | None, sure: bool | None = None
    ) -> Recorded:
        """Store one answer to `round_number` (with its confidence, if asked and said);
        raises RoundClosed or InvalidAnswer."""
        ...


def live_snapshot(state: SessionState | None) -> dict[str, Any]:
    """What every phone may see in `state`: the question, and after the reveal the answer,
    never the counts."""
    current = state.round if state is not None else None
    if state is None or current is None or current.state is RoundState.CLOSED:
        return {"version": "waiting", "phase": "waiting"}
    phase = "open" if current.open else "revealed"
    asks = state.asks_sure  # switched during a round: phones follow
    snapshot: dict[str, Any] = {
        "version": f"{phase}:{current.number}" + (":sure" if asks else ""),
        "phase": phase,
        "round": current.number,
        "question": question_view(current.question, state.language),
        "warm_up": current.warm_up,
    }
    if phase == "open":
        snapshot["confidence"] = asks  # then the page asks "sure / not sure" after the option
    if phase == "revealed":
        snapshot["reveal"] = reveal_view(current.question, state.language)
    return snapshot


class LiveSessionFeed:
    """A `LiveFeed` over whatever service `service()` returns (None before the trainer starts)."""

    def __init__(self, service: Callable[[], SessionService | None]) -> None:
        self.service = service
        self._made_from: SessionState | None = None
        self._snapshot = live_snapshot(None)

    async def snapshot(self) -> dict[str, Any]:
        """The snapshot of the latest state, made once per state however many phones poll."""
        service = self.service()
        state = service.state if service is not None else None
        if state is not self._made_from:
            self._snapshot, self._made_from = live_snapshot(state), state
        return self._snapshot

    async def answer(
        self, round_number: int, value: float | None, sure: bool | None = None
    ) -> Recorded:
        service = self.service()
        if service is None:
            raise RoundClosed(round_number)
        return await service.answer_from_phone(round_number, value, sure)
