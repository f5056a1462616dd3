"""The order in which a participant meets the survey, the same on the kiosk and on phones."""

from __future__ import annotations

from workshop.content.model import SurveyBank

SHORT = "short"
"""A response's `form` when it answered the short form; the full form stores no `form`."""


def survey_order(bank: SurveyBank) -> list:
    """Knowledge first, basic to deeper, then attitude:

    1. every basic knowledge question, in bank order;
    2. the deeper knowledge questions grouped by topic: topics in the order the bank lists them
       (a topic it does not list comes after, in order of first use), each group in bank order;
    3. the attitude (scale) questions last, in bank order, whatever their level, so the
       knowledge part runs without interruption.
    """
    knowledge = [question for question in bank.questions if question.scored]
    attitude = [question for question in bank.questions if not question.scored]
    basic = [question for question in knowledge if question.level == "basic"]
    deeper = [question for question in knowledge if question.level == "deeper"]
    rank = {topic: index for index, topic in enumerate(bank.topics)}
    for question in deeper:
        rank.setdefault(question.topic, len(rank))
    return [*basic, *sorted(deeper, key=lambda question: rank[question.topic]), *attitude]


def short_order(bank: SurveyBank) -> list:
    """The short form for the kiosk and phones: per topic its first basic knowledge question
    (every topic keeps a baseline), then every attitude scale: 21 of the bank's 56.

    The deeper questions are not asked, so a short response holds no answer to them: scoring
    and planning leave them out as not asked, never count them as wrong.
    """
    full = survey_order(bank)
    seen: set[str] = set()
    short = []
    for question in full:
        if not question.scored:
            short.append(question)
        elif question.level == "basic" and question.topic not in seen:
            seen.add(question.topic)
            short.append(question)
    return short


def form_order(bank: SurveyBank, short: bool) -> list:
    """The questions of the short or the full form, in asking order."""
    return short_order(bank) if short else survey_order(bank)


def is_short(response: dict) -> bool:
    """Whether a stored response answered the short form."""
    return response.get("form") == SHORT
