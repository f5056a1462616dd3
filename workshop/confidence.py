"""How sure the room was: sure and not-sure answers, and the answers both sure and wrong.

An answer given as "sure" but wrong is a myth the group holds (hypercorrection: the errors
people were most confident about are the ones a correction fixes best), so the trainer sees
it at the reveal and the export lists the questions with the most of them.

`sure_wrong_share` is the share of *all* answers to the question that were wrong and given
as sure: how much of the room holds the myth. "Don't know" is never a myth, however sure.
No share from fewer than `MIN_ANSWERS` answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop.content.answers import AnyQuestion, is_correct
from workshop.quiz import MIN_ANSWERS_TO_SHOW

MIN_ANSWERS = MIN_ANSWERS_TO_SHOW


@dataclass(frozen=True)
class Confidence:
    """One question's answers by confidence; `answers` counts all of them, said or not."""

    sure: int
    unsure: int
    sure_wrong: int
    answers: int

    @property
    def shown(self) -> bool:
        return self.answers >= MIN_ANSWERS

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
