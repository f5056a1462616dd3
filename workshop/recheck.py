"""The re-check: a short anonymous re-quiz 1 and 4 weeks after a session, and the learning curve.

Which questions (`choose_questions`), the rule in full:

1. The topics: those of the modules the group's sessions ran (`modules_run`), in the survey
   bank's order. A group without such a session has nothing to re-check: UserError.
2. Per topic, the candidates, in this order, each question once (the first topic claims it):
   a. the `check` questions of modules that teach the topic and that the group's sessions did
      not run (modules meant for the group first, then the others): the same knowledge, a
      form the group has not seen;
   b. the `check` questions of modules it ran that no session of the group ever asked (a
      session stopped early, a question skipped);
   c. the survey's knowledge questions of the topic that none of the group's survey responses
      answered (a deeper question when it took the short form).
   A survey question the group answered is never taken: it measured the baseline, so asking it
   again measures memory of that question rather than of the topic. Warm-ups are never taken.
3. One question per topic in turn, until `MOST_QUESTIONS` (10 minutes at most, about a minute
   each) or no candidates are left.
4. `--after 4w` first asks what the 1-week re-check did not: per topic, the questions the
   1-week choice took go to the back of the line.

Stored answers are keyed `module/question` or `survey/question`. A module question counts for
every topic of its module, as a session's check does (`workshop.scores.tally`); a survey
question for its own topic. "Don't know" counts as answered and not correct.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from workshop.content import Library
from workshop.content.answers import AnyQuestion, is_correct, is_valid
from workshop.content.model import (
    ChoiceQuestion,
    NumberQuestion,
    QuizStep,
    SurveyBank,
    SurveyChoiceQuestion,
    SurveyNumberQuestion,
    SurveyTrueFalseQuestion,
    TrueFalseQuestion,
)
from workshop.errors import UserError
from workshop.i18n import current_language, t
from workshop.scores import MIN_ANSWERS
from workshop.store.rechecks import iso_week, read_rechecks
from workshop.store.sessions import SessionRecord, session_records

MOST_QUESTIONS = 10
AFTER = ("1w", "4w")
SURVEY = "survey"

Tier = Literal["unplayed-module", "unasked-check", "unanswered-survey"]


@dataclass(frozen=True)
class RecheckQuestion:
    key: str
    """`module/question` or `survey/question`: how the answer is stored."""
    topic: str
    """The topic it was chosen for."""
    question: AnyQuestion
    module: str | None
    tier: Tier


@dataclass(frozen=True)
class GroupSessions:
    records: list[SessionRecord]
    played: list[str]
    asked: set[tuple[str, str]]
    topics: list[str]
    last_date: datetime.date | None


def group_sessions(library: Library, data: Path, group: str) -> GroupSessions:
    """What the group's sessions covered: modules run, questions asked, topics, last date."""
    from workshop.sessions_overview import modules_run

    records = [record for _, record in session_records(data, group) if record is not None]
    played: list[str] = []
    asked: set[tuple[str, str]] = set()
    last: datetime.date | None = None
    for record in records:
        for module in modules_run(record.info):
            if module in library.modules and module not in played:
                played.append(module)
        asked |= {(answer.module, answer.question) for answer in record.answers}
        try:
            day = datetime.date.fromisoformat(str(record.info.get("date") or record.id[:10]))
        except ValueError:
            continue
        last = day if last is None or day > last else last
    topics = _in_bank_order(
        library, {topic for module in played for topic in library.modules[module].topics}
    )
    return GroupSessions(records, played, asked, topics, last)


def _in_bank_order(library: Library, topics: set[str]) -> list[str]:
    order = list(library.survey.topics)
    return sorted(topics, key=lambda x: (order.index(x) if x in order else len(order), x))


def require_session(library: Library, data: Path, group: str) -> GroupSessions:
    """The group's sessions, or the one-line UserError that says to run a session first."""
    sessions = group_sessions(library, data, group)
    if not sessions.played:
        raise UserError(t("recheck.no_session", group=group))
    return sessions


def candidates(
    library: Library, data: Path, group: str, sessions: GroupSessions
) -> dict[str, list[RecheckQuestion]]:
    """Per covered topic, the questions the group has not seen, in the rule's order."""
    from workshop.survey.responses import read_responses

    answered_survey = {
        question for response in read_responses(data, group) for question in response["answers"]
    }
    taken: set[str] = set()
    found: dict[str, list[RecheckQuestion]] = {}
    unplayed = sorted(
        (m for m in library.modules.values() if m.id not in sessions.played),
        key=lambda m: not m.for_group(group),
    )
    played = [library.modules[module] for module in sessions.played]
    for topic in sessions.topics:
        line: list[RecheckQuestion] = []
        for modules, tier in ((unplayed, "unplayed-module"), (played, "unasked-check")):
            for module in modules:
                if topic not in module.topics:
                    continue
                for step in module.steps:
                    if not isinstance(step, QuizStep) or step.role != "check":
                        continue
                    if module.quiz_topic(step) != topic:
                        continue
                    key = f"{module.id}/{step.question.id}"
                    if key in taken or (module.id, step.question.id) in sessions.asked:
                        continue
                    taken.add(key)
                    question = RecheckQuestion(key, topic, step.question, module.id, tier)  # type: ignore[arg-type]
                    line.append(question)
        for question in library.survey.knowledge():
            key = f"{SURVEY}/{question.id}"
            if question.topic != topic or question.id in answered_survey or key in taken:
                continue
            taken.add(key)
            line.append(RecheckQuestion(key, topic, question, None, "unanswered-survey"))
        found[topic] = line
    return found


def _round_robin(lines: dict[str, list[RecheckQuestion]]) -> list[RecheckQuestion]:
    chosen: list[RecheckQuestion] = []
    depth = 0
    while len(chosen) < MOST_QUESTIONS and any(depth < len(line) for line in lines.values()):
        for line in lines.values():
            if depth < len(line) and len(chosen) < MOST_QUESTIONS:
                chosen.append(line[depth])
        depth += 1
    return chosen


def choose_questions(
    library: Library, data: Path, group: str, after: str = "1w"
) -> list[RecheckQuestion]:
    """The re-check's questions for `group` (see the module's rule); UserError if none."""
    if after not in AFTER:
        raise UserError(t("recheck.bad_after", value=after), exit_code=2)
    sessions = require_session(library, data, group)
    lines = candidates(library, data, group, sessions)
    if after == "4w":
        first = {question.key for question in _round_robin(lines)}
        lines = {
            topic: [q for q in line if q.key not in first] + [q for q in line if q.key in first]
            for topic, line in lines.items()
        }
    chosen = _round_robin(lines)
    if not chosen:
        language = current_language()
        names = ", ".join(library.topic_name(x, language) for x in sessions.topics)
        raise UserError(t("recheck.nothing_left", group=group, topics=names))
    return chosen


def every_candidate(library: Library, data: Path, group: str) -> list[RecheckQuestion]:
    """Every question a re-check of `group` may ask: what a Forms re-check import matches."""
    sessions = require_session(library, data, group)
    return [q for line in candidates(library, data, group, sessions).values() for q in line]


_SURVEY_KIND = {
    ChoiceQuestion: SurveyChoiceQuestion,
    TrueFalseQuestion: SurveyTrueFalseQuestion,
    NumberQuestion: SurveyNumberQuestion,
}


def recheck_bank(library: Library, questions: list[RecheckQuestion]) -> SurveyBank:
    """The re-check as a survey bank, so the kiosk, the phones and the Forms import take it as
    they take the survey: each question's id is its key, its topic the one it was chosen for."""
    converted = []
    for item in questions:
        question = item.question
        kind = next(k for base, k in _SURVEY_KIND.items() if isinstance(question, base))
        fields = {name: getattr(question, name) for name in type(question).model_fields}
        fields |= {"id": item.key, "topic": item.topic, "level": "basic"}
        converted.append(kind.model_construct(**fields))
    return SurveyBank.model_construct(topics=library.survey.topics, questions=converted)


def describe_recheck(
    library: Library, questions: list[RecheckQuestion], language: str
) -> list[dict[str, Any]]:
    """The questions as `survey questions` lists them, for a Forms re-check (no level)."""
    from workshop.survey.questions import describe_questions

    described = describe_questions(recheck_bank(library, questions), language)[1:]
    for entry, item in zip(described, questions, strict=True):
        entry["level"] = None
        entry["module"] = item.module
    return described


# The learning curve


@dataclass(frozen=True)
class Point:
    correct: int
    answered: int
    respondents: int

    @property
    def share(self) -> float | None:
        """Correct out of answered; None when fewer than MIN_ANSWERS people answered."""
        if self.respondents < MIN_ANSWERS or not self.answered:
            return None
        return self.correct / self.answered


def _lookup(library: Library, key: str) -> tuple[AnyQuestion, list[str]] | None:
    source, _, question_id = key.partition("/")
    if source == SURVEY:
        for question in library.survey.questions:
            if question.id == question_id:
                return question, [question.topic]
        return None
    module = library.modules.get(source)
    if module is None:
        return None
    for step in module.steps:
        if isinstance(step, QuizStep) and step.question.id == question_id:
            return step.question, [module.quiz_topic(step)]
    return None


def score_recheck(library: Library, responses: list[dict[str, Any]]) -> dict[str, Point]:
    """Per topic: correct and scored answers, and how many people answered it."""
    totals: dict[str, list[int]] = {}
    for response in responses:
        seen: set[str] = set()
        for key, value in response.get("answers", {}).items():
            found = _lookup(library, key)
            if found is None:
                continue
            question, topics = found
            if not question.scored or not is_valid(question, value):
                continue
            verdict = bool(is_correct(question, value))
            for topic in topics:
                total = totals.setdefault(topic, [0, 0, 0])
                total[0] += verdict
                total[1] += 1
                if topic not in seen:
                    total[2] += 1
                    seen.add(topic)
    return {topic: Point(c, n, people) for topic, (c, n, people) in totals.items()}


@dataclass(frozen=True)
class RecheckPoint:
    week: str
    share: float | None
    answers: int
    weeks_after: int | None
    """Whole weeks from the last session's week to this re-check's week."""


@dataclass
class TopicCurve:
    topic: str
    baseline: float | None
    session: float | None
    rechecks: list[RecheckPoint]
    measured: tuple[bool, ...] = ()
    """Per point (baseline, session, each re-check): whether it has any answers at all, so a
    screen can tell "not measured" from "too few answers to show anonymously"."""


@dataclass
class LearningCurve:
    group: str
    topics: list[TopicCurve]

    def to_json(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "topics": {
                curve.topic: {
                    "baseline": _rounded(curve.baseline),
                    "session": _rounded(curve.session),
                    "rechecks": [
                        {"week": p.week, "share": _rounded(p.share), "answers": p.answers}
                        for p in curve.rechecks
                    ],
                }
                for curve in self.topics
            },
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _monday(week: str) -> datetime.date:
    year, number = week.split("-W")
    return datetime.date.fromisocalendar(int(year), int(number), 1)


def learning_curve(library: Library, data: Path, group: str) -> LearningCurve:
    """Per topic: the survey baseline, the sessions' checks and each re-check, all thresholded.

    Topics: those the sessions covered and any a re-check measured; without either, the
    baseline's topics. The session point is the sessions' shown check figures added up, as
    `workshop scores` computes it.
    """
    from workshop.sessions_overview import list_sessions, overview_of

    rows = list_sessions(library, data, group).sessions
    overview = overview_of(library, data, group, rows)
    by_topic = {score.topic: score for score in overview.topics}
    sessions = group_sessions(library, data, group)
    rechecks = {week: score_recheck(library, r) for week, r in read_rechecks(data, group).items()}
    measured = {topic for points in rechecks.values() for topic in points}
    topics = _in_bank_order(library, set(sessions.topics) | measured)
    if not topics:
        measured = {score.topic for score in overview.topics if score.baseline is not None}
        topics = _in_bank_order(library, measured)
    session_week = iso_week(sessions.last_date) if sessions.last_date else None
    curves = []
    for topic in topics:
        score = by_topic.get(topic)
        points = []
        for week, scored in rechecks.items():
            point = scored.get(topic, Point(0, 0, 0))
            after = (_monday(week) - _monday(session_week)).days // 7 if session_week else None
            points.append(RecheckPoint(week, point.share, point.respondents, after))
        measured_points = (
            overview.survey_respondents > 0,
            bool(score and score.session.answered),
            *(p.answers > 0 for p in points),
        )
        curves.append(
            TopicCurve(
                topic,
                score.baseline if score else None,
                score.session.value if score else None,
                points,
                measured_points,
            )
        )
    return LearningCurve(group, curves)
