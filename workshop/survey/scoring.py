"""Scores of a set of survey responses: share correct per topic, mean attitude.

"Don't know" counts as answered and not correct (the person does not know); a blank question
is left out entirely, so skipping a question neither helps nor hurts a topic's score.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workshop.content.answers import is_correct, is_valid
from workshop.content.model import SurveyBank
from workshop.store.surveys import Response


@dataclass(frozen=True)
class TopicScore:
    correct: int
    answered: int

    @property
    def score(self) -> float:
        """Share of answers that were correct, 0 to 1."""
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Attitude:
    total: float
    answered: int

    @property
    def mean(self) -> float:
        """Mean point on the 1–5 scale."""
        return self.total / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Scores:
    """What a set of responses says; topics appear in the bank's order, only when answered."""

    respondents: int
    topics: dict[str, TopicScore] = field(default_factory=dict)
    attitude: Attitude | None = None


def score(bank: SurveyBank, responses: Iterable[Response]) -> Scores:
    """Score `responses` against `bank`; answers to questions no longer in the bank are ignored."""
    questions = {question.id: question for question in bank.questions}
    correct: dict[str, int] = {}
    answered: dict[str, int] = {}
    scale_total, scale_answered, respondents = 0.0, 0, 0
    for response in responses:
        respondents += 1
        for question_id, value in response.get("answers", {}).items():
            question = questions.get(question_id)
            if question is None or not is_valid(question, value):
                continue
            if question.scored:
                answered[question.topic] = answered.get(question.topic, 0) + 1
                if is_correct(question, value):
                    correct[question.topic] = correct.get(question.topic, 0) + 1
            elif question.kind == "scale":
                scale_total += value
                scale_answered += 1
    topics = {
        topic: TopicScore(correct.get(topic, 0), answered[topic])
        for topic in bank.topics
        if answered.get(topic)
    }
    attitude = Attitude(scale_total, scale_answered) if scale_answered else None
    return Scores(respondents, topics, attitude)
