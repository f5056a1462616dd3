"""Group scores: this session against the survey baseline and against other groups' sessions.

Only `check` rounds count: a `warm-up` round is asked before the teaching, to activate, so its
answers are stored and revealed but left out of every score and learning gain here.

Aggregates only, and no figure from fewer than `MIN_ANSWERS` answers: such a figure is None,
and the screens and exports say "too few answers to show anonymously".

Written reports (exports, the cross-session overview) go one step further with `shown_answers`:
a figure only combines questions that are shown themselves, so a hidden question's answers
cannot be worked out by subtracting the shown questions from a session or topic total.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workshop.content import Library
from workshop.content.answers import AnyQuestion, is_correct
from workshop.content.model import QuizRole, QuizStep
from workshop.store import Answer
from workshop.store.sessions import session_group, session_records

MIN_ANSWERS = 5


@dataclass(frozen=True)
class Share:
    """Correct answers out of all scored answers; `value` is None below the threshold."""

    correct: int
    answered: int

    @property
    def value(self) -> float | None:
        return self.correct / self.answered if self.answered >= MIN_ANSWERS else None


@dataclass
class TopicScore:
    topic: str
    session: Share
    baseline: float | None = None  # the survey's share correct, None if absent or suppressed

    @property
    def gain(self) -> float | None:
        if self.baseline is None or self.session.value is None:
            return None
        return self.session.value - self.baseline


@dataclass
class SessionScores:
    overall: Share
    topics: list[TopicScore] = field(default_factory=list)
    other_groups: dict[str, Share] = field(default_factory=dict)
    warm_ups: int = 0
    """How many warm-up questions this session answered: shown, but not counted above."""


def question_index(library: Library) -> dict[tuple[str, str], AnyQuestion]:
    """Every module question by (module id, question id)."""
    return {
        (module.id, question.id): question
        for module in library.modules.values()
        for question in module.questions()
    }


def question_roles(library: Library) -> dict[tuple[str, str], QuizRole]:
    """The role of every quiz question by (module id, question id); a poll has none."""
    return {
        (module.id, step.question.id): step.role
        for module in library.modules.values()
        for step in module.steps
        if isinstance(step, QuizStep)
    }


def question_topics(library: Library) -> dict[tuple[str, str], str]:
    """The topic each quiz question counts for, by (module id, question id)."""
    return {
        (module.id, step.question.id): module.quiz_topic(step)
        for module in library.modules.values()
        for step in module.steps
        if isinstance(step, QuizStep)
    }


def is_warm_up(roles: Mapping[tuple[str, str], QuizRole], answer: Answer) -> bool:
    """Whether `answer` went to a warm-up round: stored and revealed, never counted."""
    return roles.get((answer.module, answer.question)) == "warm-up"


def tally(
    library: Library,
    answers: Iterable[Answer],
    index: dict[tuple[str, str], AnyQuestion] | None = None,
    roles: Mapping[tuple[str, str], QuizRole] | None = None,
) -> tuple[Share, dict[str, Share]]:
    """The overall share correct, and the share per topic each quiz checks.

    Only answers to `check` questions count: a warm-up's answers are left out.
    """
    index = index if index is not None else question_index(library)
    roles = roles if roles is not None else question_roles(library)
    topics = question_topics(library)
    correct = answered = 0
    per_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for answer in answers:
        if is_warm_up(roles, answer):
            continue
        question = index.get((answer.module, answer.question))
        verdict = is_correct(question, answer.value) if question is not None else None
        if verdict is None:
            continue
        answered += answer.count
        correct += answer.count if verdict else 0
        topic = topics.get((answer.module, answer.question))
        if topic is not None:
            per_topic[topic][0] += answer.count if verdict else 0
            per_topic[topic][1] += answer.count
    return Share(correct, answered), {k: Share(c, n) for k, (c, n) in per_topic.items()}


def shown_answers(answers: Iterable[Answer]) -> list[Answer]:
    """The answers to questions that have at least `MIN_ANSWERS` answers among `answers`.

    Apply it to one session's answers: a total built from what it returns holds no hidden
    question, so no hidden figure follows from a total minus the shown questions.
    """
    answers = list(answers)
    counts: Counter[tuple[str, str]] = Counter()
    for answer in answers:
        counts[answer.module, answer.question] += answer.count
    return [a for a in answers if counts[a.module, a.question] >= MIN_ANSWERS]


def shown_total(answers: Iterable[Answer]) -> int | None:
    """How many answers a session's written figures stand on: those to shown questions.

    Hands count by their `count`, a withdrawn answer is no longer stored; None when fewer than
    `MIN_ANSWERS`. The sessions list and the exports both say this number, so they agree.
    """
    total = sum(answer.count for answer in shown_answers(answers))
    return total if total >= MIN_ANSWERS else None


def survey_baseline(library: Library, data: Path, group: str) -> tuple[int, dict[str, float]]:
    """The group's survey respondents and score per topic (empty below the threshold)."""
    from workshop.survey.responses import read_responses
    from workshop.survey.scoring import score

    results = score(library.survey, read_responses(data, group))
    if results.respondents < MIN_ANSWERS:
        return results.respondents, {}
    return results.respondents, {topic: share.score for topic, share in results.topics.items()}


def topic_baseline(library: Library, data: Path, group: str) -> dict[str, float | None]:
    """The group's survey score per topic; empty when the group is below the threshold."""
    return dict(survey_baseline(library, data, group)[1])


def session_scores(
    library: Library,
    answers: list[Answer],
    group: str,
    data: Path,
    baseline: dict[str, float | None] | None = None,
    exclude: str | None = None,
    shown_only: bool = False,
) -> SessionScores:
    """Scores of one session's `answers`, with the baseline per topic and other groups' sessions.

    `shown_only` counts only questions with enough answers to be shown (see `shown_answers`),
    in this session and in each of the other sessions, as the written exports do. Warm-up
    rounds count nowhere (see `tally`).
    """
    index = question_index(library)
    roles = question_roles(library)
    warm_ups = {(a.module, a.question) for a in answers if is_warm_up(roles, a)}
    if shown_only:
        answers = shown_answers(answers)
    overall, topics = tally(library, answers, index, roles)
    scores = SessionScores(overall, warm_ups=len(warm_ups))
    for topic, share in sorted(topics.items()):
        scores.topics.append(TopicScore(topic, share, (baseline or {}).get(topic)))
    others: dict[str, list[Answer]] = defaultdict(list)
    for path, record in session_records(data):
        if path.stem == exclude or session_group(path.stem) == group:
            continue
        if record is not None:
            counted = shown_answers(record.answers) if shown_only else record.answers
            others[record.info["group"]].extend(counted)
    for other, other_answers in sorted(others.items()):
        scores.other_groups[other] = tally(library, other_answers, index, roles)[0]
    return scores
