"""A session file: the session's settings, where it stands, and every anonymous answer."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from workshop.i18n import t
from workshop.store.database import (
    META_TABLE,
    SCHEMA_VERSION,
    Database,
    StoreBusy,
    UnreadableFile,
    in_use,
)

KIND = "session"
INFO = "session"
ANSWERS = "answers"
SESSION_SUFFIX = ".json"
APPEND_ONLY = frozenset({ANSWERS})  # answers are added and removed, never changed
SEQUENCE = "sequence"
"""In a session's info: 1 + the highest sequence in the data folder when it was created."""

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


class SessionOpenElsewhere(StoreBusy):
    """Another window holds a session of this group open; a second one would split the room."""

    def __init__(self, path: Path) -> None:
        super().__init__(t("store.session_open_elsewhere", session=path.stem))
        self.path = path


class SessionFile:
    """One open session. Every method that changes it returns only once the change is on disk."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.path = database.path
        self.id = database.path.stem

    @classmethod
    def create(cls, folder: Path, group: str, language: str, agenda: list[str]) -> SessionFile:
        """A new session of `group`, numbered after every session in `folder`.

        Refused (SessionOpenElsewhere) while another window holds one of the group's sessions
        open: two windows would each keep part of the room's answers.
        """
        ensure_group_free(folder, group)
        sequence = 1 + max((_sequence(info) for _, info in session_infos(folder)), default=0)
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
            SEQUENCE: sequence,
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
    """Session files in the data folder (of `group`), oldest first; see `session_records`."""
    return [path for path, _ in session_infos(folder, group)]


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


def session_records(
    folder: Path, group: str | None = None
) -> list[tuple[Path, SessionRecord | None]]:
    """Each session file (of `group`) with its contents read once, lock-free; oldest first,
    in the order of `session_infos`."""
    return [(path, read_session(path)) for path, _ in session_infos(folder, group)]


def session_infos(folder: Path, group: str | None = None) -> list[tuple[Path, dict | None]]:
    """Each session file (of `group`) with its settings (None if unreadable); oldest first.

    Ordered by the sequence each session got when it was created, not by the date in its
    name, so a laptop with a wrong clock cannot hide today's session. Files from before the
    sequence, and unreadable ones, count as 0: first, by date and number in the name. Only
    the settings are parsed, not the answers, so a start stays quick with a long history.
    """
    paths = folder.glob(f"*{SESSION_SUFFIX}")
    if group is not None:
        paths = (p for p in paths if session_group(p.stem) == group)
    infos = [(path, read_info(path)) for path in paths]
    return sorted(infos, key=lambda item: (_sequence(item[1]), _name_order(item[0])))


def read_info(path: Path) -> dict | None:
    """A session's settings without parsing its answers, which follow them in the file as
    this tool writes it; a file laid out otherwise is read whole (`read_session`)."""
    try:
        tables = _leading_tables(path.read_text(encoding="utf-8"), 2)
        meta = next(iter(tables[META_TABLE].values()))
        if meta.get("kind") != KIND or meta.get("schema", 0) > SCHEMA_VERSION:
            return None
        info = next(iter(tables[INFO].values()))
        if isinstance(info, dict):
            return info
    except (OSError, ValueError, KeyError, IndexError, StopIteration, AttributeError):
        pass
    record = read_session(path)
    return record.info if record is not None else None


def _leading_tables(text: str, count: int) -> dict:
    """The first `count` members of the JSON object in `text`, parsing nothing after them."""
    decode = json.JSONDecoder().raw_decode
    tables: dict = {}
    position = _after_space(text, 0)
    if text[position] != "{":
        raise ValueError("not an object")
    for _ in range(count):
        key, position = decode(text, _after_space(text, position + 1))
        position = _after_space(text, position)
        if text[position] != ":":
            raise ValueError("no value")
        tables[key], position = decode(text, _after_space(text, position + 1))
        position = _after_space(text, position)
        if text[position] != ",":
            break
    return tables


def _after_space(text: str, position: int) -> int:
    while text[position] in " \t\r\n":
        position += 1
    return position


def _sequence(info: dict | None) -> int:
    value = info.get(SEQUENCE) if info is not None else None
    return value if type(value) is int and value > 0 else 0


def _name_order(path: Path) -> tuple[str, int, str]:
    """By the date in the name, then by number (2 before 10)."""
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

    Only the newest counts: an older unfinished one was left behind on purpose. A damaged
    newest file is returned too, so that opening it says what is wrong instead of silently
    starting anew.
    """
    infos = session_infos(data, group)
    if not infos:
        return None
    path, info = infos[-1]
    return path if info is None or not info.get("finished") else None


def resumable_sessions(data: Path, group: str) -> list[Path]:
    """The group's readable, unfinished sessions, oldest first: what `--resume ID` accepts."""
    return [
        path
        for path, info in session_infos(data, group)
        if info is not None and not info.get("finished")
    ]


def ensure_group_free(folder: Path, group: str) -> None:
    """Raise SessionOpenElsewhere if some window holds a session of `group` open right now."""
    for path in sorted(folder.glob(f"*{SESSION_SUFFIX}")):
        if session_group(path.stem) == group and in_use(path):
            raise SessionOpenElsewhere(path)
