"""A session's summary: every figure the exports show, computed once, small groups protected.

Aggregates only: counts per option and shares, never a row per person. A figure from fewer
than `MIN_ANSWERS` answers is None here (the formats say "too few answers to show
anonymously"), and the session and topic figures count only questions that are shown
themselves (`shown_answers`), so no hidden figure can be worked out by subtraction.

Warm-up rounds (asked before the teaching) are listed with their own figures and marked, but
the group score, the topic results and the learning gain count `check` rounds only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from workshop.content import Library
from workshop.content.answers import (
    AnyQuestion,
    correct_options,
    is_correct,
    offers_dont_know,
    option_labels,
)
from workshop.content.describe import correct_answer_text
from workshop.content.model import NumberQuestion, QuizRole
from workshop.errors import UserError
from workshop.export.text import language_of, percent, quoted
from workshop.i18n import t
from workshop.planner import WEAK_SCORE, is_weak
from workshop.quiz import Confidence, confidence_of, round_result
from workshop.scores import (
    MIN_ANSWERS,
    question_index,
    question_roles,
    question_topics,
    shown_answers,
    shown_total,
    survey_baseline,
    tally,
)
from workshop.sessions_overview import modules_run, planned_minutes
from workshop.store import Answer
from workshop.store.sessions import SessionRecord, session_group

FORMAT_VERSION = 1
MOST_ADVICE_TOPICS = 3
"""Advice names modules for at most this many of the weakest topics: a short list gets done."""
MOST_MYTHS = 3
"""Per topic, the export lists at most this many confidently wrong questions."""


@dataclass(frozen=True)
class OptionCount:
    """One line of a question's distribution: how many chose it, and whether it is right."""

    label: str
    count: int
    share: float
    correct: bool
    value: float | None = None  # option number; None for "don't know" and number buckets
    dont_know: bool = False


@dataclass(frozen=True)
class QuestionSummary:
    """One question of the session; every figure None when it had too few answers."""

    round: int
    module: str
    id: str
    text: str
    kind: str
    scored: bool
    correct_answer: str
    answers: int | None
    share_correct: float | None
    mean: float | None
    distribution: list[OptionCount] | None
    role: QuizRole | None = None
    """`warm-up` or `check` for a quiz round; None for a poll or a question no longer known."""
    confidence: Confidence | None = None
    """Sure, not sure, sure but wrong: when the session asked it, for a scored question with
    enough answers to show; None otherwise."""

    @property
    def suppressed(self) -> bool:
        return self.answers is None

    @property
    def warm_up(self) -> bool:
        return self.role == "warm-up"

    @property
    def counted(self) -> bool:
        """Whether its answers count in the group score and the learning gain."""
        return self.scored and self.role == "check"


@dataclass(frozen=True)
class ModuleRun:
    id: str
    title: str
    minutes: int
    run: bool


@dataclass(frozen=True)
class TopicResult:
    """A topic's survey baseline against this session's result, and the learning gain."""

    topic: str
    name: str
    answers: int | None
    result: float | None
    baseline: float | None

    @property
    def gain(self) -> float | None:
        if self.result is None or self.baseline is None:
            return None
        return self.result - self.baseline

    @property
    def weak(self) -> bool:
        return self.result is not None and is_weak(self.result)


@dataclass(frozen=True)
class WeakTopic:
    """A topic below `WEAK_SCORE`: measured in this session, or else in the survey."""

    topic: str
    name: str
    score: float
    source: Literal["session", "survey"]
    modules: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Myth:
    """A topic's questions with the most answers wrong but given as sure, most first."""

    topic: str
    name: str
    questions: list[QuestionSummary]


@dataclass
class SessionSummary:
    id: str
    group: str
    date: str
    language: str
    finished: bool
    planned_minutes: int
    modules: list[ModuleRun]
    answers: int | None
    scored_answers: int | None
    score: float | None
    survey_respondents: int | None
    questions: list[QuestionSummary]
    topics: list[TopicResult]
    weak_topics: list[WeakTopic]
    advice: list[str]
    min_answers: int = MIN_ANSWERS
    weak_below: float = WEAK_SCORE
    curve: list[Any] = field(default_factory=list)
    """The group's learning curve per topic (`workshop.export.curve`), once it had a re-check."""
    confidence_asked: bool = False
    """Whether the session asked for confidence (at some point): then the myths are listed."""
    myths: list[Myth] = field(default_factory=list)

    @property
    def warm_ups(self) -> int:
        """How many warm-up questions were asked: listed, not counted."""
        return sum(question.warm_up for question in self.questions)

    @property
    def measured(self) -> bool:
        """Whether any topic has a figure to judge by: a shown result or a survey baseline."""
        return self.survey_respondents is not None or any(x.result is not None for x in self.topics)

    def to_json(self) -> dict[str, Any]:
        """The documented, stable JSON form (see the README, "Session summary JSON")."""
        return {
            "format_version": FORMAT_VERSION,
            "kind": "session-summary",
            "min_answers": self.min_answers,
            "weak_below": self.weak_below,
            "session": {
                "id": self.id,
                "group": self.group,
                "date": self.date,
                "language": self.language,
                "finished": self.finished,
                "planned_minutes": self.planned_minutes,
            },
            "modules": [
                {"id": m.id, "title": m.title, "minutes": m.minutes, "run": m.run}
                for m in self.modules
            ],
            "answers": self.answers,
            "score": {
                "answers": self.scored_answers,
                "share_correct": _rounded(self.score),
                "suppressed": self.score is None,
            },
            "survey_respondents": self.survey_respondents,
            "questions": [_question_json(q) for q in self.questions],
            "topics": [
                {
                    "topic": x.topic,
                    "name": x.name,
                    "answers": x.answers,
                    "baseline": _rounded(x.baseline),
                    "result": _rounded(x.result),
                    "gain": _rounded(x.gain),
                    "weak": x.weak,
                    "suppressed": x.result is None,
                }
                for x in self.topics
            ],
            "weak_topics": [
                {
                    "topic": w.topic,
                    "name": w.name,
                    "score": _rounded(w.score),
                    "source": w.source,
                    "modules": w.modules,
                }
                for w in self.weak_topics
            ],
            "advice": self.advice,
            "myths": [
                {
                    "topic": myth.topic,
                    "name": myth.name,
                    "questions": [
                        {
                            "module": q.module,
                            "question": q.id,
                            "sure_wrong": q.confidence.sure_wrong,
                            "sure_wrong_share": _rounded(q.confidence.sure_wrong_share),
                        }
                        for q in myth.questions
                        if q.confidence is not None
                    ],
                }
                for myth in self.myths
            ],
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _question_json(question: QuestionSummary) -> dict[str, Any]:
    return {
        "round": question.round,
        "module": question.module,
        "question": question.id,
        "text": question.text,
        "kind": question.kind,
        "scored": question.scored,
        "role": question.role,
        "counted": question.counted,
        "correct_answer": question.correct_answer or None,
        "answers": question.answers,
        "share_correct": _rounded(question.share_correct),
        "mean": _rounded(question.mean),
        "suppressed": question.suppressed,
        "confidence": _confidence_json(question.confidence),
        "distribution": None
        if question.distribution is None
        else [
            {
                "option": None if o.value is None else int(o.value),
                "dont_know": o.dont_know,
                "label": o.label,
                "correct": o.correct,
                "count": o.count,
                "share": _rounded(o.share),
            }
            for o in question.distribution
        ],
    }


def _confidence_json(confidence: Confidence | None) -> dict[str, Any] | None:
    if confidence is None:
        return None
    return {
        "sure": confidence.sure,
        "unsure": confidence.unsure,
        "sure_wrong": confidence.sure_wrong,
        "sure_wrong_share": _rounded(confidence.sure_wrong_share),
    }


def build_summary(record: SessionRecord, library: Library, data: Path) -> SessionSummary:
    """The summary of one session read from disk; a UserError when it has no answers."""
    if not record.answers:
        raise UserError(t("export.no_answers", id=record.id))
    info = record.info
    language = language_of(info)
    group = str(info.get("group") or session_group(record.id))
    index = question_index(library)
    roles = question_roles(library)
    shown = shown_answers(record.answers)
    overall, topic_shares = tally(library, shown, index, roles)
    respondents, baseline = survey_baseline(library, data, group)
    run = modules_run(info)

    modules = [
        ModuleRun(
            module,
            library.modules[module].title(language) if module in library.modules else module,
            library.modules[module].minutes if module in library.modules else 0,
            module in run,
        )
        for module in info.get("agenda") or []
    ]
    asked = bool(info.get("confidence")) or any(a.sure is not None for a in record.answers)
    questions = _questions(record.answers, index, roles, language, asked)

    topic_ids = list(topic_shares)
    for module in run:
        if module in library.modules:
            topic_ids += [x for x in library.modules[module].topics if x not in topic_ids]
    order = list(library.survey.topics)
    topic_ids.sort(key=lambda x: (order.index(x) if x in order else len(order), x))
    topics = []
    for topic in topic_ids:
        share = topic_shares.get(topic)
        shown_share = share if share is not None and share.value is not None else None
        topics.append(
            TopicResult(
                topic,
                library.topic_name(topic, language),
                shown_share.answered if shown_share else None,
                shown_share.value if shown_share else None,
                baseline.get(topic),
            )
        )

    weak = _weak_topics(library, group, topics, baseline, run, language)
    summary = SessionSummary(
        id=record.id,
        group=group,
        date=str(info.get("date") or record.id[:10]),
        language=language,
        finished=bool(info.get("finished")),
        planned_minutes=planned_minutes(info, library),
        modules=modules,
        answers=shown_total(record.answers),  # a hidden question's count stays hidden
        scored_answers=overall.answered if overall.value is not None else None,
        score=overall.value,
        survey_respondents=respondents if respondents >= MIN_ANSWERS else None,
        questions=questions,
        topics=topics,
        weak_topics=weak,
        advice=[],
        confidence_asked=asked,
        myths=_myths(library, questions, language) if asked else [],
    )
    summary.advice = advice(summary, library)
    from workshop.export.curve import curve_lines

    summary.curve = curve_lines(library, data, group, language)
    return summary


def _myths(library: Library, questions: list[QuestionSummary], language: str) -> list[Myth]:
    """Per topic (in the survey's order), the questions with the most confidently wrong
    answers, most first, at most `MOST_MYTHS`; only questions shown, warm-ups included
    (a warm-up finds exactly the misconceptions the group came in with)."""
    topics = question_topics(library)
    per_topic: dict[str, list[QuestionSummary]] = defaultdict(list)
    for question in questions:
        confidence = question.confidence
        if confidence is None or confidence.sure_wrong_share is None or not confidence.sure_wrong:
            continue
        topic = topics.get((question.module, question.id))
        if topic is not None:  # the one topic the question checks, as the figures count it
            per_topic[topic].append(question)
    order = list(library.survey.topics)
    myths = []
    for topic in sorted(per_topic, key=lambda x: (order.index(x) if x in order else len(order), x)):
        ranked = sorted(
            per_topic[topic],
            key=lambda q: (
                -q.confidence.sure_wrong,
                -(q.confidence.sure_wrong_share or 0),
                q.round,
            ),
        )
        myths.append(Myth(topic, library.topic_name(topic, language), ranked[:MOST_MYTHS]))
    return myths


def _questions(
    answers: list[Answer],
    index: dict[tuple[str, str], AnyQuestion],
    roles: Mapping[tuple[str, str], QuizRole],
    language: str,
    confidence_asked: bool = False,
) -> list[QuestionSummary]:
    """One entry per question answered, in the order the rounds were played."""
    tallies: dict[tuple[str, str], Counter[float | None]] = defaultdict(Counter)
    said: dict[tuple[str, str], Counter[tuple[float | None, bool | None]]] = defaultdict(Counter)
    first_round: dict[tuple[str, str], int] = {}
    for answer in answers:
        key = (answer.module, answer.question)
        tallies[key][answer.value] += answer.count
        said[key][answer.value, answer.sure] += answer.count
        first_round[key] = min(first_round.get(key, answer.round), answer.round)
    summaries = []
    for key in sorted(tallies, key=lambda k: (first_round[k], k)):
        question = index.get(key)
        summary = _question(first_round[key], key, question, tallies[key], language)
        role = roles.get(key) if question is not None else None
        confidence = None
        if confidence_asked and question is not None and not summary.suppressed:
            answered = [(value, sure, n) for (value, sure), n in said[key].items()]
            confidence = confidence_of(question, answered)
        summaries.append(replace(summary, role=role, confidence=confidence))
    return summaries


def _question(
    number: int,
    key: tuple[str, str],
    question: AnyQuestion | None,
    tallies: Counter[float | None],
    language: str,
) -> QuestionSummary:
    module, question_id = key
    total = sum(tallies.values())
    shown = total >= MIN_ANSWERS
    hidden = {"share_correct": None, "mean": None, "distribution": None}
    if question is None:  # no longer in the content: only what can be said without it
        return QuestionSummary(
            round=number,
            module=module,
            id=question_id,
            text=question_id,
            kind="unknown",
            scored=False,
            correct_answer="",
            answers=total if shown else None,
            **hidden,
        )
    common = {
        "round": number,
        "module": module,
        "id": question_id,
        "text": question.text(language),
        "kind": question.kind,
        "scored": question.scored,
        "correct_answer": correct_answer_text(question, language),
    }
    if not shown:
        return QuestionSummary(**common, answers=None, **hidden)
    result = round_result(question, tallies)
    return QuestionSummary(
        **common,
        answers=total,
        share_correct=result.score,
        mean=result.mean,
        distribution=_distribution(question, tallies, total, language),
    )


def _distribution(
    question: AnyQuestion, tallies: Counter[float | None], total: int, language: str
) -> list[OptionCount]:
    """Counts per option (and "don't know"); a number question in right / other buckets."""
    dont_know = t("quiz.dont_know", lang=language)
    lines: list[OptionCount] = []
    if isinstance(question, NumberQuestion):
        right = sum(n for v, n in tallies.items() if v is not None and is_correct(question, v))
        other = sum(n for v, n in tallies.items() if v is not None) - right
        answer = correct_answer_text(question, language)
        lines.append(OptionCount(answer, right, right / total, True))
        lines.append(
            OptionCount(t("summary.number_other", lang=language), other, other / total, False)
        )
    else:
        correct = set(correct_options(question))
        for number, label in enumerate(option_labels(question, language), start=1):
            count = tallies.get(number, 0)
            lines.append(OptionCount(label, count, count / total, number in correct, number))
    if offers_dont_know(question):
        count = tallies.get(None, 0)
        lines.append(OptionCount(dont_know, count, count / total, False, dont_know=True))
    return lines


def _weak_topics(
    library: Library,
    group: str,
    topics: list[TopicResult],
    baseline: dict[str, float],
    run: list[str],
    language: str,
) -> list[WeakTopic]:
    """Topics below the line: this session's result where shown, else the survey baseline."""
    weak: list[WeakTopic] = []
    measured = {x.topic for x in topics if x.result is not None}
    for result in topics:
        if result.weak and result.result is not None:
            teaching = [
                m for m in run if m in library.modules and result.topic in _topics(library, m)
            ]
            weak.append(WeakTopic(result.topic, result.name, result.result, "session", teaching))
    for topic, score in baseline.items():
        if topic in measured or not is_weak(score):
            continue
        candidates = [
            m.id for m in library.modules_for(group) if topic in m.topics and m.id not in run
        ] or [m for m in run if m in library.modules and topic in _topics(library, m)]
        name = library.topic_name(topic, language)
        weak.append(WeakTopic(topic, name, score, "survey", candidates[:2]))
    return sorted(weak, key=lambda w: (w.score, w.name))


def _topics(library: Library, module: str) -> list[str]:
    return list(library.modules[module].topics)


def advice(summary: SessionSummary, library: Library) -> list[str]:
    """Concrete next steps in the session's language, drawn from the weak topics."""
    language = summary.language
    run = {module.id for module in summary.modules if module.run}

    def titles(ids: list[str]) -> str:
        names = [library.modules[m].title(language) for m in ids if m in library.modules]
        return quoted(names, language)

    lines: list[str] = []
    if summary.score is None:
        lines.append(t("advice.too_few", lang=language, min=MIN_ANSWERS))
    for weak in summary.weak_topics[:MOST_ADVICE_TOPICS]:
        values = {"topic": weak.name, "percent": percent(weak.score)}
        if weak.source == "session" and weak.modules:
            lines.append(t("advice.repeat", lang=language, modules=titles(weak.modules), **values))
        elif weak.source == "session":
            lines.append(t("advice.practise", lang=language, **values))
        elif weak.modules and set(weak.modules) <= set(run):
            lines.append(t("advice.recheck", lang=language, modules=titles(weak.modules), **values))
        elif weak.modules:
            lines.append(t("advice.plan", lang=language, modules=titles(weak.modules), **values))
        else:
            lines.append(t("advice.no_module", lang=language, **values))
    if summary.weak_topics:
        weakest = summary.weak_topics[0].name
        lines.append(t("advice.weekly_weak", lang=language, topic=weakest, group=summary.group))
    elif not summary.measured:
        lines.append(t("advice.weekly_unknown", lang=language, group=summary.group))
    else:
        lines.append(
            t(
                "advice.weekly_strong",
                lang=language,
                percent=percent(WEAK_SCORE),
                group=summary.group,
            )
        )
    lines.append(t("advice.communicate", lang=language))
    return lines
