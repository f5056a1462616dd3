"""The kiosk's pure rules: the order of the questions and one participant's answers so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.content.model import (
    SurveyBank,
    SurveyChoiceQuestion,
    SurveyNumberQuestion,
    SurveyScaleQuestion,
    SurveyTrueFalseQuestion,
)
from workshop.store.surveys import Response

LEVELS = ("staff", "manager", "executive")
"""The optional level question's answers, numbered from 1; the number after them is "rather
not say" (stored as None)."""

KioskQuestion = (
    SurveyChoiceQuestion | SurveyTrueFalseQuestion | SurveyNumberQuestion | SurveyScaleQuestion
)
Value = int | float | None
"""An answer in the one encoding of `workshop.content.answers` (None: "don't know")."""


def survey_order(bank: SurveyBank) -> list[KioskQuestion]:
    """The questions in the order the kiosk asks them: knowledge first, basic to deeper.

    1. every basic knowledge question, in bank order;
    2. the deeper knowledge questions grouped by topic: topics in the order the bank lists them
       (a topic it does not list comes after, in order of first use), each group in bank order;
    3. the attitude (scale) questions last, in bank order, whatever their level: the knowledge
       part runs without interruption, and the bank keeps them at its end too.
    """
    knowledge = [question for question in bank.questions if question.scored]
    attitude = [question for question in bank.questions if not question.scored]
    basic = [question for question in knowledge if question.level == "basic"]
    deeper = [question for question in knowledge if question.level == "deeper"]
    rank = {topic: index for index, topic in enumerate(bank.topics)}
    for question in deeper:
        rank.setdefault(question.topic, len(rank))
    return [*basic, *sorted(deeper, key=lambda question: rank[question.topic]), *attitude]


def level_for(choice: int | None) -> str | None:
    """The stored level for the level screen's option number (None: rather not say)."""
    if choice is not None and 1 <= choice <= len(LEVELS):
        return LEVELS[choice - 1]
    return None


@dataclass
class Participation:
    """One participant's survey while it is being filled in; only kept in memory.

    `step` 0 is the level question, step n the n-th question. Nothing here is stored until the
    last question is answered; a new participant always gets a new Participation.
    """

    step: int = 0
    level_choice: int | None = None
    answers: dict[str, Value] = field(default_factory=dict)
    stored: bool = False

    @property
    def started(self) -> bool:
        return self.level_choice is not None or bool(self.answers)

    def response(self, questions: list[KioskQuestion]) -> Response:
        """The anonymous response: the level and every answer in asking order, nothing else."""
        return {
            "level": level_for(self.level_choice),
            "answers": {question.id: self.answers[question.id] for question in questions},
        }
