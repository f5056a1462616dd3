"""The order in which a participant meets the survey, the same on the kiosk and on phones."""

from __future__ import annotations

from workshop.content.model import SurveyBank


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
