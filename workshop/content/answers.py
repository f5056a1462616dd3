"""What an answer to a question means: its options, its valid values, and whether it is right.

One encoding everywhere (kiosk, imports, live rounds, phones, exports): a choice or true/false
answer is its option number (true = 1, false = 2), a number question the number typed, a scale
the point 1–5, and "don't know" is None.
"""

from __future__ import annotations

from workshop.content.model import (
    ChoiceQuestion,
    NumberQuestion,
    ScaleQuestion,
    TrueFalseQuestion,
)
from workshop.i18n import t

SCALE_POINTS = 5
AnyQuestion = ChoiceQuestion | TrueFalseQuestion | NumberQuestion | ScaleQuestion


def option_labels(question: AnyQuestion, language: str) -> list[str]:
    """The options numbered from 1, without "don't know"; empty for a number question."""
    if isinstance(question, ChoiceQuestion):
        return [option(language) for option in question.options]
    if isinstance(question, TrueFalseQuestion):
        return [t("quiz.true", lang=language), t("quiz.false", lang=language)]
    if isinstance(question, ScaleQuestion):
        labels = [str(point) for point in range(1, SCALE_POINTS + 1)]
        if question.low is not None:
            labels[0] = f"1 · {question.low(language)}"
        if question.high is not None:
            labels[-1] = f"{SCALE_POINTS} · {question.high(language)}"
        return labels
    return []


def offers_dont_know(question: AnyQuestion) -> bool:
    """Knowledge questions always offer "don't know"; opinions do not need it."""
    return question.scored


def correct_options(question: AnyQuestion) -> list[int]:
    if isinstance(question, ChoiceQuestion):
        return list(question.correct)
    if isinstance(question, TrueFalseQuestion):
        return [1 if question.correct else 2]
    return []


def is_valid(question: AnyQuestion, value: float | None) -> bool:
    """Whether `value` is a possible answer to `question` (None: "don't know")."""
    if value is None:
        return offers_dont_know(question)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(question, NumberQuestion):
        return question.minimum <= value <= question.maximum
    count = len(option_labels(question, "en"))
    return float(value).is_integer() and 1 <= value <= count


def is_correct(question: AnyQuestion, value: float | None) -> bool | None:
    """True or False for a knowledge question ("don't know" is not correct); None for opinions."""
    if not question.scored:
        return None
    if value is None:
        return False
    if isinstance(question, NumberQuestion):
        return abs(value - question.answer) <= question.tolerance
    return int(value) in correct_options(question)
