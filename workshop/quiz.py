"""One quiz round as a state machine: open → closed → revealed.

Inputs (keys on the shared screen, phones, a show of hands) only feed it answers; it decides
what is accepted and what the room sees at the reveal. No I/O here: `workshop.live` stores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from workshop.content.answers import (
    AnyQuestion,
    correct_options,
    is_correct,
    is_valid,
    offers_dont_know,
    option_labels,
)
from workshop.content.model import NumberQuestion

DEFAULT_SECONDS = 30
MIN_ANSWERS_TO_SHOW = 5
COMMON_WRONG_NUMBERS = 3


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class RoundClosed(Exception):
    """An answer arrived after the round closed; it is refused, not counted."""


class InvalidAnswer(ValueError):
    """A value that is not an answer to this question (an option out of range, say)."""


@dataclass(frozen=True)
class Bar:
    """One line of the reveal: an option, how many chose it and whether it is right.

    For a number question: the right answer (every number within the tolerance), then the
    most common wrong numbers, then `rest` for all other numbers typed.
    """

    value: float | None  # option number, or the number typed; None for "don't know"
    count: int
    share: float
    correct: bool
    rest: bool = False


# Confidence ----------------------------------------------------------------------------------
# An answer given as "sure" but wrong is a myth the group holds (hypercorrection: the errors
# people were most confident about are the ones a correction fixes best), so the trainer sees
# it at the reveal and the export lists the questions with the most of them.
# `sure_wrong_share` is the share of *all* answers to the question that were wrong and given
# as sure: how much of the room holds the myth. "Don't know" is never a myth, however sure.


@dataclass(frozen=True)
class Confidence:
    """One question's answers by confidence; `answers` counts all of them, said or not."""

    sure: int
    unsure: int
    sure_wrong: int
    answers: int

    @property
    def shown(self) -> bool:
        return self.answers >= MIN_ANSWERS_TO_SHOW

    @property
    def sure_wrong_share(self) -> float | None:
        """Wrong and sure, out of all answers; None below the anonymity threshold."""
        return self.sure_wrong / self.answers if self.shown else None


def confidence_of(
    question: AnyQuestion, answers: Iterable[tuple[float | None, bool | None, int]]
) -> Confidence | None:
    """The confidence of `answers` `(value, sure, count)` to `question`; None for a question
    without a right answer (an opinion, a poll)."""
    if not question.scored:
        return None
    sure = unsure = sure_wrong = total = 0
    for value, said, count in answers:
        total += count
        if said is True:
            sure += count
            if value is not None and is_correct(question, value) is False:
                sure_wrong += count
        elif said is False:
            unsure += count
    return Confidence(sure, unsure, sure_wrong, total)


@dataclass(frozen=True)
class RoundResult:
    total: int
    bars: tuple[Bar, ...]
    score: float | None  # share correct; None for opinions or with no answers
    mean: float | None  # for scale and number questions
    confidence: Confidence | None = None
    """Sure, not sure, sure but wrong: when the session asked it, for a scored question."""


@dataclass
class QuizRound:
    """A live round of one question. `tallies` maps a value (None = don't know) to a count."""

    number: int
    module: str
    question: AnyQuestion
    state: RoundState = RoundState.OPEN
    tallies: Counter[float | None] = field(default_factory=Counter)
    hands: Counter[float | None] = field(default_factory=Counter)
    """The part of `tallies` from the last show of hands, which a re-count replaces."""
    said: Counter[tuple[float | None, bool]] = field(default_factory=Counter)
    """The answers whose confidence was said, by (value, sure)."""
    asks_confidence: bool = False
    """Whether the session asks for confidence: the reveal then shows it."""

    @property
    def seconds(self) -> int:
        return self.question.seconds or DEFAULT_SECONDS

    @property
    def asks_sure(self) -> bool:
        """Whether an answer to this round is asked "sure or not sure?": when the session
        asks and the question has a right answer (an opinion is never wrong)."""
        return self.asks_confidence and self.question.scored

    @property
    def total(self) -> int:
        return sum(self.tallies.values())

    def check(self, value: float | None) -> float | None:
        """The value normalised, or an exception saying why it cannot be counted."""
        if self.state is not RoundState.OPEN:
            raise RoundClosed(self.number)
        if not is_valid(self.question, value):
            raise InvalidAnswer(value)
        if value is not None and not isinstance(self.question, NumberQuestion):
            value = int(value)
        return value

    def count(self, value: float | None, times: int = 1, sure: bool | None = None) -> None:
        """Add an answer already checked and stored."""
        self.tallies[value] += times
        if sure is not None:
            self.said[value, sure] += times

    def uncount(self, value: float | None, times: int = 1, sure: bool | None = None) -> None:
        self.tallies[value] -= times
        if self.tallies[value] <= 0:
            del self.tallies[value]
        if sure is not None:
            self.said[value, sure] -= times
            if self.said[value, sure] <= 0:
                del self.said[value, sure]

    def close(self) -> None:
        if self.state is RoundState.OPEN:
            self.state = RoundState.CLOSED

    def reveal(self) -> RoundResult:
        self.close()
        self.state = RoundState.REVEALED
        return self.result()

    def result(self) -> RoundResult:
        result = round_result(self.question, self.tallies)
        if not (self.asks_confidence or self.said):
            return result
        unsaid = Counter(self.tallies)
        for (value, _), times in self.said.items():
            unsaid[value] -= times
        answers = [(value, sure, n) for (value, sure), n in self.said.items()]
        answers += [(value, None, n) for value, n in unsaid.items() if n > 0]
        return replace(result, confidence=confidence_of(self.question, answers))


def round_result(question: AnyQuestion, tallies: Counter[float | None]) -> RoundResult:
    """Counts, shares, the score and the mean of a set of answers to `question`."""
    total = sum(tallies.values())
    right = set(correct_options(question))
    bars: list[Bar] = []
    if isinstance(question, NumberQuestion):
        bars = _number_bars(question, tallies, total)
    else:
        for number in range(1, len(option_labels(question, "en")) + 1):
            count = tallies.get(number, 0)
            bars.append(Bar(number, count, count / total if total else 0.0, number in right))
    if offers_dont_know(question) and (None in tallies or not isinstance(question, NumberQuestion)):
        count = tallies.get(None, 0)  # a number round hears "don't know" only from phones
        bars.append(Bar(None, count, count / total if total else 0.0, False))
    score = None
    if question.scored and total:
        score = sum(n for v, n in tallies.items() if is_correct(question, v)) / total
    numbers = [(v, n) for v, n in tallies.items() if v is not None]
    answered = sum(n for _, n in numbers)
    mean = None
    if answered and (isinstance(question, NumberQuestion) or question.kind == "scale"):
        mean = sum(v * n for v, n in numbers) / answered
    return RoundResult(total=total, bars=tuple(bars), score=score, mean=mean)


def _number_bars(question: NumberQuestion, tallies: Counter[float | None], total: int) -> list[Bar]:
    """The right answer, the most common wrong numbers, and one bar for every other number."""
    typed = {v: n for v, n in tallies.items() if v is not None}
    right = sum(n for v, n in typed.items() if is_correct(question, v))
    wrong = sorted(
        ((v, n) for v, n in typed.items() if not is_correct(question, v)),
        key=lambda item: (-item[1], item[0]),
    )
    bars = [Bar(question.answer, right, right / total if total else 0.0, True)]
    bars += [Bar(v, n, n / total, False) for v, n in wrong[:COMMON_WRONG_NUMBERS]]
    rest = sum(n for _, n in wrong[COMMON_WRONG_NUMBERS:])
    if rest:
        bars.append(Bar(None, rest, rest / total, False, rest=True))
    return bars
