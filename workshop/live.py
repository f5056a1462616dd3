"""A live session: where the trainer stands in the agenda, the open round, and durable answers.

The TUI (and later the phone server) call these methods; each one that changes something
returns only when the change is on disk, so whatever the screen confirms survives a crash,
and `resume` continues at the same step with every answer kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workshop.content import Library
from workshop.content.model import Module, PollStep, QuizStep
from workshop.quiz import QuizRound, RoundClosed, RoundResult, RoundState
from workshop.store import Answer, SessionFile
from workshop.store.sessions import Source

UNDO_SECONDS = 5.0


@dataclass(frozen=True)
class Recorded:
    """What the caller needs to confirm an answer; nothing that tells which option it was."""

    answer_id: int
    round: int
    total: int


class LiveSession:
    """One running session over its `SessionFile`; single-threaded, callers serialise calls."""

    def __init__(self, library: Library, session: SessionFile) -> None:
        self.library = library
        self.session = session
        info = session.info
        self.group: str = info["group"]
        self.language: str = info["language"]
        self.agenda: list[str] = [m for m in info["agenda"] if m in library.modules]
        position = info.get("position") or {}
        self.module_index: int = min(position.get("module", 0), max(len(self.agenda) - 1, 0))
        self.step_index: int = position.get("step", 0)
        self.next_round: int = position.get("next_round", 1)
        self.rounds: dict[str, dict] = dict(position.get("rounds", {}))
        self.round: QuizRound | None = None
        self._last: tuple[int, float | None, int, float] | None = None
        self._enter_step(save=False)

    # Opening -------------------------------------------------------------------------------

    @classmethod
    def start(
        cls, library: Library, data: Path, group: str, language: str, agenda: list[str]
    ) -> LiveSession:
        return cls(library, SessionFile.create(data, group, language, agenda))

    @classmethod
    def resume(cls, library: Library, path: Path) -> LiveSession:
        return cls(library, SessionFile.open(path))

    # Where we are --------------------------------------------------------------------------

    @property
    def module(self) -> Module:
        return self.library.modules[self.agenda[self.module_index]]

    @property
    def step(self):
        return self.module.steps[self.step_index]

    @property
    def at_start(self) -> bool:
        return self.module_index == 0 and self.step_index == 0

    @property
    def at_end(self) -> bool:
        return (
            self.module_index == len(self.agenda) - 1
            and self.step_index == len(self.module.steps) - 1
        )

    def go_next(self) -> bool:
        """Move one step on (revealing an open round first); False at the end of the agenda."""
        if self.at_end:
            return False
        self._leave_step()
        if self.step_index + 1 < len(self.module.steps):
            self.step_index += 1
        else:
            self.module_index += 1
            self.step_index = 0
        self._enter_step()
        return True

    def go_back(self) -> bool:
        if self.at_start:
            return False
        self._leave_step()
        if self.step_index > 0:
            self.step_index -= 1
        else:
            self.module_index -= 1
            self.step_index = len(self.module.steps) - 1
        self._enter_step()
        return True

    def _key(self) -> str:
        return f"{self.module_index}:{self.step_index}"

    def _leave_step(self) -> None:
        if self.round is not None and self.round.state is RoundState.OPEN:
            self.reveal()

    def _enter_step(self, save: bool = True) -> None:
        """Open a round on a quiz or poll step seen for the first time; rebuild a known one."""
        self.round = None
        self._last = None
        step = self.step if self.agenda else None
        if isinstance(step, QuizStep | PollStep):
            known = self.rounds.get(self._key())
            if known is None:
                known = {"number": self.next_round, "state": RoundState.OPEN.value}
                self.rounds[self._key()] = known
                self.next_round += 1
            tallies: Counter[float | None] = Counter()
            for answer in self.session.answers():
                if answer.round == known["number"]:
                    tallies[answer.value] += answer.count
            self.round = QuizRound(
                known["number"], self.module.id, step.question, RoundState(known["state"]), tallies
            )
        if save:
            self._save_position()

    def _save_position(self) -> None:
        self.session.update_info(
            position={
                "module": self.module_index,
                "step": self.step_index,
                "next_round": self.next_round,
                "rounds": self.rounds,
            }
        )

    # Answers -------------------------------------------------------------------------------

    def answer(self, value: float | None, source: Source = "key", now: float = 0.0) -> Recorded:
        """Check, store durably, then count one answer. Raises RoundClosed or InvalidAnswer."""
        current = self._open_round()
        value = current.check(value)
        answer_id = self.session.add_answer(
            Answer(current.number, current.module, current.question.id, value, source)
        )
        current.count(value)
        if source == "key":
            self._last = (answer_id, value, current.number, now)
        return Recorded(answer_id, current.number, current.total)

    def withdraw_last(self, now: float, window: float = UNDO_SECONDS) -> bool:
        """Take back the last key answer if within `window` seconds and the round is open."""
        if self.round is None or self._last is None:
            return False
        answer_id, value, number, when = self._last
        if number != self.round.number or self.round.state is not RoundState.OPEN:
            return False
        if now - when > window:
            return False
        self.session.remove_answer(answer_id)
        self.round.uncount(value)
        self._last = None
        return True

    def set_hands(self, counts: dict[float | None, int]) -> None:
        """A show of hands: the trainer's counts replace earlier hand counts of this round."""
        current = self._open_round()
        for value in counts:
            current.check(value)
        for answer_id, answer in self.session.answers_with_ids():
            if answer.round == current.number and answer.source == "hands":
                self.session.remove_answer(answer_id)
                current.uncount(answer.value, answer.count)
        for value, times in counts.items():
            if times > 0:
                self.session.add_answer(
                    Answer(
                        current.number, current.module, current.question.id, value, "hands", times
                    )
                )
                current.count(value, times)

    def _open_round(self) -> QuizRound:
        if self.round is None or self.round.state is not RoundState.OPEN:
            raise RoundClosed(self.round.number if self.round else 0)
        return self.round

    def reveal(self) -> RoundResult | None:
        if self.round is None:
            return None
        result = self.round.reveal()
        self.rounds[self._key()]["state"] = RoundState.REVEALED.value
        self._save_position()
        return result

    def finish(self) -> None:
        self._leave_step()
        self.session.update_info(finished=True)

    def close(self) -> None:
        self.session.close()
