"""Every session in the data folder at a glance, and each group's scores across its sessions.

Read without locking (`read_session`), so it works while a session is running. Figures follow
the written reports' rule (`workshop.scores.shown_answers`): a score combines only questions
with enough answers to be shown, and a group's figure only combines session figures that are
shown themselves, so no hidden figure can be worked out by subtraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.content import Library
from workshop.errors import UserError
from workshop.i18n import t
from workshop.scores import (
    MIN_ANSWERS,
    Share,
    TopicScore,
    question_index,
    shown_answers,
    shown_total,
    survey_baseline,
    tally,
)
from workshop.store.sessions import SessionRecord, read_session, session_group, session_records

FORMAT_VERSION = 1
_SESSION_ID = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9][a-z0-9_-]*-\d+$")


@dataclass(frozen=True)
class SessionRow:
    """One session as the overview shows it; `score` counts only shown questions."""

    id: str
    path: Path
    group: str
    date: str
    language: str
    agenda: list[str]
    modules_run: list[str]
    planned_minutes: int
    answers: int | None
    """Answers to the shown questions (`shown_total`); None when too few to show."""
    score: Share
    finished: bool
    topics: dict[str, Share] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "date": self.date,
            "language": self.language,
            "modules_run": self.modules_run,
            "planned_minutes": self.planned_minutes,
            "answers": self.answers,
            "score": _rounded(self.score.value),
            "finished": self.finished,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def modules_run(info: dict[str, Any]) -> list[str]:
    """The agenda's modules up to where the session stood (all of them once finished)."""
    agenda = list(info.get("agenda") or [])
    if info.get("finished"):
        return agenda
    position = info.get("position") or {}
    reached = position.get("module", 0) if position else 0
    return agenda[: max(0, int(reached)) + 1] if agenda else []


def planned_minutes(info: dict[str, Any], library: Library) -> int:
    """The agenda's planned minutes: no clock time is stored, by design."""
    return sum(
        library.modules[module].minutes
        for module in info.get("agenda") or []
        if module in library.modules
    )


def session_row(record: SessionRecord, library: Library) -> SessionRow:
    info = record.info
    shown = shown_answers(record.answers)
    overall, topics = tally(library, shown, question_index(library))
    return SessionRow(
        id=record.id,
        path=record.path,
        group=str(info.get("group") or session_group(record.id)),
        date=str(info.get("date") or record.id[:10]),
        language=str(info.get("language") or "en"),
        agenda=list(info.get("agenda") or []),
        modules_run=modules_run(info),
        planned_minutes=planned_minutes(info, library),
        answers=shown_total(record.answers),
        score=overall,
        finished=bool(info.get("finished")),
        topics=topics,
    )


@dataclass
class SessionListing:
    sessions: list[SessionRow]
    unreadable: list[Path]


def list_sessions(library: Library, data: Path, group: str | None = None) -> SessionListing:
    """Every readable session (oldest first), and the files that could not be read."""
    listing = SessionListing([], [])
    for path, record in session_records(data, group):
        if record is None:
            listing.unreadable.append(path)
        else:
            listing.sessions.append(session_row(record, library))
    return listing


def find_session(data: Path, session_id: str) -> SessionRecord:
    """The session with this id, or a UserError a trainer can act on."""
    path = data / f"{session_id}.json"
    if not _SESSION_ID.match(session_id) or not path.is_file():
        raise UserError(t("export.unknown_session", id=session_id, data=data))
    record = read_session(path)
    if record is None:
        raise UserError(t("export.unreadable_session", path=path))
    return record


def last_session(data: Path, group: str | None = None) -> SessionRecord:
    """The newest readable session (of `group`): the one created last (`session_records`)."""
    records = session_records(data, group)
    readable = [record for _, record in records if record is not None]
    if not readable and records:  # only damaged ones: name the newest, not "no sessions"
        raise UserError(t("export.unreadable_session", path=records[-1][0]))
    if not readable:
        if group is None:
            raise UserError(t("export.no_sessions", data=data))
        raise UserError(t("export.no_group_sessions", group=group, data=data))
    return readable[-1]


@dataclass
class GroupOverview:
    """One group across its sessions: the trend and, per topic, what it learned."""

    group: str
    sessions: list[SessionRow]
    topics: list[TopicScore]
    survey_respondents: int = 0

    @property
    def answers(self) -> int:
        return sum(row.answers or 0 for row in self.sessions)

    @property
    def trend(self) -> list[float | None]:
        """Each session's score, oldest first; None where it is too small to show."""
        return [row.score.value for row in self.sessions]

    @property
    def mean(self) -> float | None:
        """The mean of the shown session scores; None when no session can be shown."""
        shown = [value for value in self.trend if value is not None]
        return sum(shown) / len(shown) if shown else None

    def to_json(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "sessions": [
                {
                    "id": row.id,
                    "date": row.date,
                    "answers": row.answers,
                    "score": _rounded(row.score.value),
                }
                for row in self.sessions
            ],
            "answers": self.answers,
            "mean_score": _rounded(self.mean),
            "trend": [_rounded(value) for value in self.trend],
            "topics": [
                {
                    "topic": score.topic,
                    "baseline": _rounded(score.baseline),
                    "result": _rounded(score.session.value),
                    "gain": _rounded(score.gain),
                }
                for score in self.topics
            ],
        }


@dataclass
class Overview:
    groups: list[GroupOverview]
    unreadable: list[Path]

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "min_answers": MIN_ANSWERS,
            "groups": [group.to_json() for group in self.groups],
            "unreadable": [str(path) for path in self.unreadable],
        }


def pooled_topics(rows: list[SessionRow]) -> dict[str, Share]:
    """Per topic, the sessions' shown topic figures added up (hidden ones left out)."""
    pooled: dict[str, list[int]] = {}
    for row in rows:
        for topic, share in row.topics.items():
            if share.answered >= MIN_ANSWERS:
                total = pooled.setdefault(topic, [0, 0])
                total[0] += share.correct
                total[1] += share.answered
    return {topic: Share(correct, answered) for topic, (correct, answered) in pooled.items()}


def group_topics(
    library: Library, rows: list[SessionRow], baseline: dict[str, float]
) -> list[TopicScore]:
    """TopicScores for every topic with a session result or a baseline, in the bank's order."""
    pooled = pooled_topics(rows)
    order = list(library.survey.topics)
    topics = sorted(
        set(pooled) | set(baseline), key=lambda x: (order.index(x) if x in order else len(order), x)
    )
    return [TopicScore(x, pooled.get(x, Share(0, 0)), baseline.get(x)) for x in topics]


def overview_of(library: Library, data: Path, group: str, rows: list[SessionRow]) -> GroupOverview:
    respondents, baseline = survey_baseline(library, data, group)
    return GroupOverview(group, rows, group_topics(library, rows, baseline), respondents)


def group_overview(library: Library, data: Path, group: str | None = None) -> Overview:
    """Every group with sessions (or just `group`): sessions, trend, mean and learning gain."""
    listing = list_sessions(library, data, group)
    by_group: dict[str, list[SessionRow]] = {}
    for row in listing.sessions:
        by_group.setdefault(row.group, []).append(row)
    groups = [overview_of(library, data, name, rows) for name, rows in sorted(by_group.items())]
    return Overview(groups, listing.unreadable)
