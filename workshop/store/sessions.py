"""A session file: the session's settings, where it stands, and every anonymous answer."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from workshop.store.database import META_TABLE, SCHEMA_VERSION, Database, UnreadableFile

KIND = "session"
INFO = "session"
ANSWERS = "answers"
SESSION_SUFFIX = ".json"
APPEND_ONLY = frozenset({ANSWERS})  # answers are added and removed, never changed

Source = Literal["key", "phone", "hands"]


@dataclass(frozen=True)
class Answer:
    """One anonymous answer (or, for a show of hands, `count` of them).

    Deliberately nothing else: no time, no token, no device. `value` is the option number,
    1 or 0 for true/false, the number typed, or the scale point; `None` means "don't know".
    """

    round: int
    module: str
    question: str
    value: float | None
    source: Source = "key"
    count: int = 1


class SessionFile:
    """One open session. Every method that changes it returns only once the change is on disk."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.path = database.path
        self.id = database.path.stem

    @classmethod
    def create(cls, folder: Path, group: str, language: str, agenda: list[str]) -> SessionFile:
        today = datetime.date.today().isoformat()
        number = 1
        while (folder / f"{today}-{group}-{number}{SESSION_SUFFIX}").exists():
            number += 1
        info = {
            "group": group,
            "date": today,
            "language": language,
            "agenda": agenda,
            "position": {},
            "finished": False,
        }
        path = folder / f"{today}-{group}-{number}{SESSION_SUFFIX}"
        return cls(Database(path, KIND, APPEND_ONLY, first={INFO: info}))

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        return cls(Database(path, KIND, APPEND_ONLY))

    @property
    def info(self) -> dict[str, Any]:
        return dict(self.database.table(INFO).all()[0])

    def update_info(self, **fields: Any) -> None:
        self.database.table(INFO).update(fields)

    def add_answer(self, answer: Answer) -> int:
        return self.database.table(ANSWERS).insert(asdict(answer))

    def remove_answer(self, answer_id: int) -> None:
        self.database.table(ANSWERS).remove(doc_ids=[answer_id])

    def replace_answers(self, old_ids: list[int], new: list[Answer]) -> None:
        """Remove `old_ids` and add `new` in one atomic write: a crash keeps one or the other."""
        answers = self.database.table(ANSWERS)
        with self.database.batch():
            if old_ids:
                answers.remove(doc_ids=old_ids)
            if new:
                answers.insert_multiple(asdict(answer) for answer in new)

    def answers(self) -> list[Answer]:
        return [Answer(**document) for document in self.database.table(ANSWERS).all()]

    def answers_with_ids(self) -> list[tuple[int, Answer]]:
        return [(doc.doc_id, Answer(**doc)) for doc in self.database.table(ANSWERS).all()]

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def session_paths(folder: Path, group: str | None = None) -> list[Path]:
    """Session files in the data folder, oldest first: by date, then by number (2 before 10)."""
    paths = sorted(folder.glob(f"*{SESSION_SUFFIX}"), key=_session_order)
    if group is not None:
        paths = [p for p in paths if session_group(p.stem) == group]
    return paths


@dataclass(frozen=True)
class SessionRecord:
    """A session as read from disk, without opening it for writing."""

    id: str
    path: Path
    info: dict[str, Any]
    answers: list[Answer]


def read_session(path: Path) -> SessionRecord | None:
    """Read a session file without taking its lock; None if it is not a readable session.

    Safe while another process writes it: every write replaces the file atomically, so a
    reader sees either the old or the new version, never half of one.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = next(iter(data[META_TABLE].values()))
        if meta.get("kind") != KIND or meta.get("schema", 0) > SCHEMA_VERSION:
            return None
        info = next(iter(data[INFO].values()))
        answers = [Answer(**doc) for doc in data.get(ANSWERS, {}).values()]
    except (OSError, ValueError, KeyError, TypeError, StopIteration, AttributeError):
        return None
    return SessionRecord(path.stem, path, info, answers)


def _session_order(path: Path) -> tuple[str, int, str]:
    number = path.stem.rsplit("-", 1)[-1]
    return path.stem[:10], int(number) if number.isdigit() else 0, path.stem


def session_group(session_id: str) -> str:
    """The group in an id such as 2026-11-27-sales-1 (date, group, number)."""
    return session_id[len("2026-11-27-") :].rsplit("-", 1)[0]


def read_sessions(folder: Path, group: str | None = None) -> Iterator[SessionFile | UnreadableFile]:
    """Open each session in turn (closing the previous); an unreadable one is yielded as its error.

    Callers report the error and go on, so one damaged file never hides the other sessions.
    """
    for path in session_paths(folder, group):
        try:
            session = SessionFile.open(path)
        except UnreadableFile as error:
            yield error
            continue
        try:
            yield session
        finally:
            session.close()


def unfinished_session(data: Path, group: str) -> Path | None:
    """The group's newest session if it was not finished (or cannot be read), else None.

    Only the newest counts: an older unfinished one was left behind on purpose, and reading one
    file keeps start-up quick however long the history. A damaged file is returned too, so that
    opening it says what is wrong instead of silently starting anew.
    """
    paths = session_paths(data, group)
    if not paths:
        return None
    record = read_session(paths[-1])
    return paths[-1] if record is None or not record.info.get("finished") else None
