"""The survey bank as a list a trainer can copy into Microsoft Forms or Google Forms.

Texts are given exactly as the import matches them, so a form built from this list imports
without renaming a single column.
"""

from __future__ import annotations

from typing import Any

from workshop.content.answers import correct_options, offers_dont_know, option_labels
from workshop.content.model import NumberQuestion, SurveyBank
from workshop.i18n import t
from workshop.survey.levels import level_options, level_question

LEVEL_ID = "level"
"""The id of the level question in the list; stored responses keep it as their "level"."""


def _whole(value: float) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def describe_level(language: str) -> dict[str, Any]:
    """The optional level question as the kiosk asks it first; kind `level`, no topic."""
    return {
        "id": LEVEL_ID,
        "topic": None,
        "topic_name": None,
        "level": None,
        "kind": "level",
        "text": level_question(language),
        "options": level_options(language),
        "dont_know": None,
        "correct": [],
    }


def describe_questions(bank: SurveyBank, language: str) -> list[dict[str, Any]]:
    """One plain dict per question: id, topic, level, kind, text, options and correct answer.

    The level question comes first (`describe_level`), as on the kiosk; a Forms question with
    its text imports as the response's level.

    `correct` holds option numbers (from 1) for choice and true/false questions; a number
    question has `answer` (with `tolerance`, `minimum`, `maximum`, `unit`); a scale has neither.
    """
    described = [describe_level(language)]
    for question in bank.questions:
        entry: dict[str, Any] = {
            "id": question.id,
            "topic": question.topic,
            "topic_name": bank.topics[question.topic](language)
            if question.topic in bank.topics
            else question.topic,
            "level": question.level,
            "kind": question.kind,
            "text": question.text(language),
            "options": option_labels(question, language),
            "dont_know": t("quiz.dont_know", lang=language) if offers_dont_know(question) else None,
            "correct": correct_options(question),
        }
        if isinstance(question, NumberQuestion):
            entry.update(
                answer=_whole(question.answer),
                tolerance=_whole(question.tolerance),
                minimum=_whole(question.minimum),
                maximum=_whole(question.maximum),
                unit=question.unit(language) if question.unit else None,
            )
        described.append(entry)
    return described


def correct_text(entry: dict[str, Any]) -> str:
    """The right answer as a trainer reads it: the option label(s), or the number (± tolerance)."""
    if entry["kind"] == "number":
        unit = f" {entry['unit']}" if entry["unit"] else ""
        spread = f" ± {entry['tolerance']}" if entry["tolerance"] else ""
        return f"{entry['answer']}{spread}{unit}"
    return " / ".join(entry["options"][number - 1] for number in entry["correct"])
