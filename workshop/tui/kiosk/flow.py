"""The kiosk's pure rules: the order of the questions and one participant's answers so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.content.model import (
    SurveyChoiceQuestion,
    SurveyNumberQuestion,
    SurveyScaleQuestion,
    SurveyTrueFalseQuestion,
)
from workshop.store.surveys import Response
from workshop.survey.levels import LEVELS
from workshop.survey.order import SHORT, form_order, survey_order

__all__ = [
    "LEVELS",
    "KioskQuestion",
    "Participation",
    "Value",
    "form_order",
    "level_for",
    "survey_order",
]


KioskQuestion = (
    SurveyChoiceQuestion | SurveyTrueFalseQuestion | SurveyNumberQuestion | SurveyScaleQuestion
)
Value = int | float | None
"""An answer in the one encoding of `workshop.content.answers` (None: "don't know")."""


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
    saving: bool = False
    """The finished response is on its way to disk."""

    @property
    def started(self) -> bool:
        return self.level_choice is not None or bool(self.answers)

    def response(self, questions: list[KioskQuestion], short: bool = False) -> Response:
        """The anonymous response: the level and every answer in asking order, and whether it
        was the short form; nothing else."""
        response: Response = {
            "level": level_for(self.level_choice),
            "answers": {question.id: self.answers[question.id] for question in questions},
        }
        if short:
            response["form"] = SHORT
        return response
