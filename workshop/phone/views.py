"""What a phone may see of a question: its text and options, and after the reveal the right
answer and explanation. Never a count, never anyone's answer.

Options carry the same number, shape (`workshop.symbols`) and colour as on the projector;
"don't know" is the position after the options, like any other option.
"""

from __future__ import annotations

from typing import Any

from workshop.content.answers import (
    AnyQuestion,
    correct_options,
    offers_dont_know,
    option_labels,
)
from workshop.content.model import NumberQuestion
from workshop.i18n import t
from workshop.symbols import shape

COLOURS = 7
"""Option colours 1–7 as on the projector (`.option-N` in workshop.tcss; `.cN` on the page)."""


def option_view(position: int, value: int | None, label: str) -> dict[str, Any]:
    """One button: its number, shape and colour by position; `value` is what it answers."""
    return {
        "number": position,
        "value": value,
        "label": label,
        "shape": shape(position),
        "colour": str((position - 1) % COLOURS + 1),
    }


def question_view(question: AnyQuestion, language: str) -> dict[str, Any]:
    """The question as the phone shows it; "don't know" is the number after the options."""
    view: dict[str, Any] = {
        "id": question.id,
        "kind": question.kind,
        "text": question.text(language),
    }
    labels = option_labels(question, language)
    options = [option_view(n, n, label) for n, label in enumerate(labels, start=1)]
    if offers_dont_know(question):
        options.append(option_view(len(labels) + 1, None, t("quiz.dont_know", lang=language)))
    view["options"] = options
    if isinstance(question, NumberQuestion):
        view["minimum"] = question.minimum
        view["maximum"] = question.maximum
        view["unit"] = question.unit(language) if question.unit else None
    return view


def reveal_view(question: AnyQuestion, language: str) -> dict[str, Any]:
    """The right answer and the explanation: the same for every phone."""
    view: dict[str, Any] = {
        "scored": question.scored,
        "correct": correct_options(question),
        "explanation": question.explanation(language),
    }
    if isinstance(question, NumberQuestion):
        view["answer"] = question.answer
        view["tolerance"] = question.tolerance
    return view
