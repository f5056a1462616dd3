"""A live session: where the trainer stands in the agenda, the open round, and durable answers.

Only `SessionService` calls these methods, on the one store thread; each one that changes
something returns only when the change is on disk, so whatever a face confirms survives a
crash, and `resume` continues at the same step with every answer kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from workshop.content import Library
from workshop.content.model import Module, PollStep, QuizStep
from workshop.quiz import InvalidAnswer, QuizRound, RoundClosed, RoundResult, RoundState
from workshop.store import Answer, SessionFile
from workshop.store.sessions import Source

UNDO_SECONDS = 5.0
CONFIDENCE_SECONDS = 10.0
"""How long after a key answer its "sure / not sure" press may follow."""


@dataclass(frozen=True)
class Recorded:
    """What the caller needs to confirm an answer; nothing that tells which option it was."""

    answer_id: int
    round: int
    total: int


class LiveSession:
    """One running session over its `SessionFile`; not thread-safe: its owner, the
    `SessionService`, runs every call on the store thread."""

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
        self.confidence: bool = bool(info.get("confidence", False))
        self.round: QuizRound | None = None
        self._last: tuple[int, float | None, int, float, bool | None] | None = None
        """The last key answer: id, value, round number, when, and its confidence."""
        here = _key(self.module_index, self.step_index)
        if self.agenda and here not in self.rounds and isinstance(self.step, QuizStep | PollStep):
            self._move_to(self.module_index, self.step_index)  # a round to number: saved
        else:
            self._enter_step()

    # Opening -------------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        library: Library,
        data: Path,
        group: str,
        language: str,
        agenda: list[str],
        confidence: bool = False,
    ) -> LiveSession:
        return cls(library, SessionFile.create(data, group, language, agenda, confidence))

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
        """Move one step on; False at the end of the agenda.

        An open round is left open, with its answers: the screen reveals it or asks first.
        """
        if self.at_end:
            return False
        if self.step_index + 1 < len(self.module.steps):
            self._move_to(self.module_index, self.step_index + 1)
        else:
            self._move_to(self.module_index + 1, 0)
        return True

    def go_back(self) -> bool:
        if self.at_start:
            return False
        if self.step_index > 0:
            self._move_to(self.module_index, self.step_index - 1)
        else:
            previous = self.library.modules[self.agenda[self.module_index - 1]]
            self._move_to(self.module_index - 1, len(previous.steps) - 1)
        return True

    def _move_to(self, module_index: int, step_index: int) -> None:
        """Save the new position (numbering a round seen for the first time), then go there;
        if the save fails, the session stays where it was."""
        rounds, next_round = dict(self.rounds), self.next_round
        step = self.library.modules[self.agenda[module_index]].steps[step_index]
        key = _key(module_index, step_index)
        if isinstance(step, QuizStep | PollStep) and key not in rounds:
            rounds[key] = {"number": next_round, "state": RoundState.OPEN.value}
            next_round += 1
        self._save_position(module_index, step_index, next_round, rounds)
        self.module_index, self.step_index = module_index, step_index
        self.next_round, self.rounds = next_round, rounds
        self._enter_step()

    def _enter_step(self) -> None:
        """The round of the current step rebuilt from the stored answers (None off a round)."""
        self.round = None
        self._last = None
        known = self.rounds.get(_key(self.module_index, self.step_index)) if self.agenda else None
        step = self.step if self.agenda else None
        if known is None or not isinstance(step, QuizStep | PollStep):
            return
        tallies: Counter[float | None] = Counter()
        hands: Counter[float | None] = Counter()
        said: Counter[tuple[float | None, bool]] = Counter()
        for answer in self.session.answers():
            if answer.round == known["number"]:
                tallies[answer.value] += answer.count
                if answer.source == "hands":
                    hands[answer.value] += answer.count
                if answer.sure is not None:
                    said[answer.value, answer.sure] += answer.count
        number, state = known["number"], RoundState(known["state"])
        self.round = QuizRound(
            number, self.module.id, step.question, state, tallies, hands, said, self.confidence
        )

    def _save_position(
        self,
        module_index: int | None = None,
        step_index: int | None = None,
        next_round: int | None = None,
        rounds: dict[str, dict] | None = None,
        **fields: object,
    ) -> None:
        """One write of where the session stands (and `fields`), defaults from the present."""
        rounds = self.rounds if rounds is None else rounds
        self.session.update_info(
            position={
                "module": self.module_index if module_index is None else module_index,
                "step": self.step_index if step_index is None else step_index,
                "next_round": self.next_round if next_round is None else next_round,
                "rounds": {key: dict(value) for key, value in rounds.items()},
            },
            **fields,
        )

    # Answers -------------------------------------------------------------------------------

    def answer(
        self,
        value: float | None,
        source: Source = "key",
        now: float = 0.0,
        sure: bool | None = None,
    ) -> Recorded:
        """Check, store durably, then count one answer. Raises RoundClosed or InvalidAnswer."""
        current = self._open_round()
        value = current.check(value)
        sure = sure if current.asks_sure else None
        answer_id = self.session.add_answer(
            Answer(current.number, current.module, current.question.id, value, source, sure=sure)
        )
        current.count(value, sure=sure)
        if source == "key":
            self._last = (answer_id, value, current.number, now, sure)
        return Recorded(answer_id, current.number, current.total)

    def say_sure(self, sure: bool, now: float, window: float = CONFIDENCE_SECONDS) -> bool:
        """The confidence of the last key answer, said within `window` seconds of it while
        the round is open and the session asks it.

        The answer is swapped for the same answer with its confidence in one atomic write.
        The first arrow counts: the same arrow again (a bounce, a key held) changes nothing,
        the other arrow is refused, so the next person pressing an arrow before their number
        never changes what the previous one said (a participant who pressed the wrong arrow
        withdraws the answer with backspace and answers again). False, nothing changed, when
        there is no answer to say it of: none yet, the other arrow already, or too late.
        """
        if self._last is None or not self.round_open or not self.round.asks_sure:
            return False
        answer_id, value, number, when, said = self._last
        if number != self.round.number or now - when > window:
            return False
        if said is not None:
            return said == sure
        current = self.round
        new_id = self.session.replace_answer(
            answer_id,
            Answer(current.number, current.module, current.question.id, value, "key", sure=sure),
        )
        current.uncount(value, sure=said)
        current.count(value, sure=sure)
        self._last = (new_id, value, number, when, sure)
        return True

    def set_confidence(self, asked: bool) -> None:
        """Ask for confidence from now on, or stop asking, in one write (a resume keeps it)."""
        self.session.update_info(confidence=asked)
        self.confidence = asked
        if self.round is not None:
            self.round.asks_confidence = asked

    def answer_group(
        self, pending: list[tuple[int, float | None, bool | None]]
    ) -> list[Recorded | Exception]:
        """Store many phone answers `(round number, value, sure)` in one atomic write, then
        count them.

        Each answer gets its own outcome, in order: a `Recorded`, or the RoundClosed or
        InvalidAnswer that refused it. If the write fails this raises and counts nothing: no
        answer of the group is on disk, so none may be acknowledged.
        """
        refused: dict[int, Exception] = {}
        accepted: list[tuple[int, float | None, bool | None]] = []
        for index, (number, value, sure) in enumerate(pending):
            try:
                if self.round is None or self.round.number != number:
                    raise RoundClosed(number)
                checked = self._open_round().check(value)
                asked = self._open_round().asks_sure
                accepted.append((index, checked, sure if asked else None))
            except (RoundClosed, InvalidAnswer) as error:
                refused[index] = error
        recorded: dict[int, Recorded] = {}
        if accepted:
            current = self._open_round()
            question = current.question.id
            ids = self.session.add_answers(
                [
                    Answer(current.number, current.module, question, value, "phone", sure=sure)
                    for _, value, sure in accepted
                ]
            )
            for (index, value, sure), answer_id in zip(accepted, ids, strict=True):
                current.count(value, sure=sure)
                recorded[index] = Recorded(answer_id, current.number, current.total)
        return [recorded[i] if i in recorded else refused[i] for i in range(len(pending))]

    def withdraw_last(self, now: float, window: float = UNDO_SECONDS) -> bool:
        """Take back the last key answer if within `window` seconds and the round is open."""
        if self.round is None or self._last is None:
            return False
        answer_id, value, number, when, sure = self._last
        if number != self.round.number or self.round.state is not RoundState.OPEN:
            return False
        if now - when > window:
            return False
        self.session.remove_answer(answer_id)
        self.round.uncount(value, sure=sure)
        self._last = None
        return True

    def set_hands(self, counts: dict[float | None, int]) -> None:
        """A show of hands: the trainer's counts replace earlier hand counts of this round,
        in one write, so a crash keeps either the old count or the new one."""
        current = self._open_round()
        checked: Counter[float | None] = Counter()
        for value, times in counts.items():
            if times > 0:
                checked[current.check(value)] += times
        old = [
            (answer_id, answer)
            for answer_id, answer in self.session.answers_with_ids()
            if answer.round == current.number and answer.source == "hands"
        ]
        new = [
            Answer(current.number, current.module, current.question.id, value, "hands", times)
            for value, times in checked.items()
        ]
        self.session.replace_answers([answer_id for answer_id, _ in old], new)
        for _, answer in old:
            current.uncount(answer.value, answer.count)
        for answer in new:
            current.count(answer.value, answer.count)
        current.hands = checked

    def _open_round(self) -> QuizRound:
        if self.round is None or not self.round_open:
            raise RoundClosed(self.round.number if self.round else 0)
        return self.round

    def reveal(self) -> RoundResult | None:
        """Close the round and show its result; the reveal is on disk before the room sees it."""
        if self.round is None:
            return None
        if self.round.state is not RoundState.REVEALED:
            self._save_position(rounds=self._revealed_rounds())
            self.rounds = self._revealed_rounds()
            self.round.reveal()
        return self.round.result()

    def _revealed_rounds(self) -> dict[str, dict]:
        """The rounds with the current one marked revealed (a copy: nothing changes yet)."""
        key = _key(self.module_index, self.step_index)
        return {**self.rounds, key: {**self.rounds[key], "state": RoundState.REVEALED.value}}

    @property
    def people(self) -> int | None:
        """How many people the trainer said are present, if they said."""
        return self.session.info.get("people")

    def set_people(self, people: int | None) -> None:
        """Remember how many people are present (None: not said), in one write."""
        self.session.update_info(people=people)

    def finish(self) -> None:
        """Mark the session finished, revealing a round still open, in one write."""
        rounds = self._revealed_rounds() if self.round_open else self.rounds
        self._save_position(rounds=rounds, finished=True)
        if self.round_open:
            self.rounds = rounds
            self.round.reveal()

    @property
    def round_open(self) -> bool:
        return self.round is not None and self.round.state is RoundState.OPEN

    def close(self) -> None:
        self.session.close()


def _key(module_index: int, step_index: int) -> str:
    """Where a round stands in the agenda, as stored in the session's position."""
    return f"{module_index}:{step_index}"
