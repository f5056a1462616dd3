"""A session file: the session's settings, where it stands, and every anonymous answer."""

from __future__ import annotations

import datetime
import json
import math
import secrets
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
from workshop.store.folders import SESSION_SUFFIX

KIND = "session"
INFO = "session"
ANSWERS = "answers"
APPEND_ONLY = frozenset({ANSWERS})  # answers are added and removed, never changed
SEQUENCE = "sequence"
"""In a session's info: 1 + the highest sequence in the data folder when it was created."""
UID = "uid"
"""In a session's info: 16 random hex digits drawn when it was created, so a session handed
over twice (`workshop bundle`, `workshop report --org`) is known as one. Points at no one."""

Source = Literal["key", "phone", "hands"]


@dataclass(frozen=True)
class Answer:
    """One anonymous answer (or, for a show of hands, `count` of them).

    Deliberately nothing else: no time, no token, no device. `value` is the option number,
    1 or 0 for true/false, the number typed, or the scale point; `None` means "don't know".
    `sure` is the participant's confidence when the session asks for it (`True` sure, `False`
    not sure), `None` when not asked or not said; it is stored only when said, so a session
    without confidence writes the same answers as before.
    """

    round: int
    module: str
    question: str
    value: float | None
    source: Source = "key"
    count: int = 1
    sure: bool | None = None


def answer_document(answer: Answer) -> dict[str, Any]:
    """`answer` as stored: `sure` only when said."""
    document = asdict(answer)
    if document["sure"] is None:
        del document["sure"]
    return document


ROUND_STATES = frozenset({"open", "closed", "revealed"})  # the values of workshop.quiz.RoundState
SOURCES = frozenset({"key", "phone", "hands"})
POSITION_KEYS = frozenset({"module", "step", "next_round", "rounds"})


class WrongValue(ValueError):
    """A stored document parses but holds a wrong type or value at `field` (e.g.
    `position.module`). Unknown keys are never wrong: a newer version may have added them."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _whole(value: Any, field: str, minimum: int = 0) -> int:
    if type(value) is not int or value < minimum:
        raise WrongValue(field)
    return value


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise WrongValue(field)
    return value


def answer_from(document: Any, field: str = "answers") -> Answer:
    """The stored answer `document` as an Answer, its types checked; unknown keys ignored."""
    if not isinstance(document, dict):
        raise WrongValue(field)
    value = document.get("value")
    if value is not None and (type(value) not in (int, float) or not math.isfinite(value)):
        raise WrongValue(f"{field}.value")
    source = document.get("source", "key")
    if source not in SOURCES:
        raise WrongValue(f"{field}.source")
    return Answer(
        round=_whole(document.get("round"), f"{field}.round"),
        module=_text(document.get("module"), f"{field}.module"),
        question=_text(document.get("question"), f"{field}.question"),
        value=value,
        source=source,
        count=_whole(document.get("count", 1), f"{field}.count"),
        sure=_sure(document.get("sure"), f"{field}.sure"),
    )


def _sure(value: Any, field: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise WrongValue(field)
    return value


def session_position(info: dict[str, Any]) -> dict[str, Any]:
    """Where the session stood, checked: `module`, `step` (≥ 0), `next_round` (≥ 1) and
    `rounds` ({key: {"number": ≥ 1, "state": a RoundState value}}), defaults filled in.

    Raises WrongValue naming the field for a wrong type; unknown keys are left out."""
    position = info.get("position")
    if position is None:
        position = {}
    if not isinstance(position, dict):
        raise WrongValue("position")
    rounds = position.get("rounds", {})
    if not isinstance(rounds, dict):
        raise WrongValue("position.rounds")
    checked_rounds: dict[str, dict[str, Any]] = {}
    for key, known in rounds.items():
        field = f"position.rounds.{key}"
        if not isinstance(known, dict):
            raise WrongValue(field)
        if known.get("state") not in ROUND_STATES:
            raise WrongValue(f"{field}.state")
        checked_rounds[key] = {
            **known,
            "number": _whole(known.get("number"), f"{field}.number", 1),
        }
    return {
        "module": _whole(position.get("module", 0), "position.module"),
        "step": _whole(position.get("step", 0), "position.step"),
        "next_round": _whole(position.get("next_round", 1), "position.next_round", 1),
        "rounds": checked_rounds,
    }


PEOPLE = "people"
"""How many people the trainer said are present (`--expect`, `e`), so a resume keeps it."""
CONFIDENCE = "confidence"
"""Whether the session asks each answer's confidence (`--confidence`, `?`); absent: no."""


def checked_info(info: Any) -> dict[str, Any]:
    """A session's settings with every value this version uses checked (WrongValue naming
    the field otherwise); unknown keys are kept as they are."""
    if not isinstance(info, dict):
        raise WrongValue(INFO)
    _text(info.get("group"), "group")
    _text(info.get("language"), "language")
    agenda = info.get("agenda")
    if not isinstance(agenda, list) or not all(isinstance(m, str) for m in agenda):
        raise WrongValue("agenda")
    if not isinstance(info.get("finished", False), bool):
        raise WrongValue("finished")
    if not isinstance(info.get("date", ""), str):
        raise WrongValue("date")
    if SEQUENCE in info:
        _whole(info[SEQUENCE], SEQUENCE)
    if info.get(PEOPLE) is not None:
        _whole(info[PEOPLE], PEOPLE, 1)
    if not isinstance(info.get(CONFIDENCE, False), bool):
        raise WrongValue(CONFIDENCE)
    session_position(info)
    return info


def check_session(data: dict[str, Any]) -> None:
    """Raise WrongValue if a parsed session file holds a value of the wrong type."""
    infos = data.get(INFO)
    if not isinstance(infos, dict) or not infos:
        raise WrongValue(INFO)
    checked_info(next(iter(infos.values())))
    answers = data.get(ANSWERS, {})
    if not isinstance(answers, dict):
        raise WrongValue(ANSWERS)
    for doc_id, document in answers.items():
        answer_from(document, f"{ANSWERS}.{doc_id}")


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
    def create(
        cls,
        folder: Path,
        group: str,
        language: str,
        agenda: list[str],
        confidence: bool = False,
    ) -> SessionFile:
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
            UID: secrets.token_hex(8),
        }
        if confidence:
            info[CONFIDENCE] = True
        path = folder / f"{today}-{group}-{number}{SESSION_SUFFIX}"
        return cls(Database(path, KIND, APPEND_ONLY, first={INFO: info}, check=check_session))

    @classmethod
    def open(cls, path: Path) -> SessionFile:
        """Open a session to continue it; a file with a wrong value in it is kept aside
        (UnreadableFile naming it and the field), never overwritten."""
        return cls(Database(path, KIND, APPEND_ONLY, check=check_session))

    @property
    def info(self) -> dict[str, Any]:
        """The settings, checked when the file was opened; `position` holds checked values
        with its defaults filled in (`session_position`)."""
        info = dict(self.database.table(INFO).all()[0])
        info["position"] = session_position(info)
        return info

    def update_info(self, **fields: Any) -> None:
        """Change these settings; keys this version does not know (from a newer one) stay,
        in `position` too."""
        position = fields.get("position")
        if isinstance(position, dict):
            stored = self.database.table(INFO).all()[0].get("position")
            if isinstance(stored, dict):
                unknown = {k: v for k, v in stored.items() if k not in POSITION_KEYS}
                fields["position"] = {**unknown, **position}
        self.database.table(INFO).update(fields)

    def add_answer(self, answer: Answer) -> int:
        return self.database.table(ANSWERS).insert(answer_document(answer))

    def add_answers(self, answers: list[Answer]) -> list[int]:
        """Add all `answers` in one atomic write; their ids, in order."""
        return self.database.table(ANSWERS).insert_multiple(answer_document(a) for a in answers)

    def remove_answer(self, answer_id: int) -> None:
        self.database.table(ANSWERS).remove(doc_ids=[answer_id])

    def replace_answers(self, old_ids: list[int], new: list[Answer]) -> None:
        """Remove `old_ids` and add `new` in one atomic write: a crash keeps one or the other."""
        answers = self.database.table(ANSWERS)
        with self.database.batch():
            if old_ids:
                answers.remove(doc_ids=old_ids)
            if new:
                answers.insert_multiple(answer_document(answer) for answer in new)

    def replace_answer(self, old_id: int, new: Answer) -> int:
        """Swap one answer for `new` in one atomic write (stored answers are never changed in
        place); the new answer's id."""
        answers = self.database.table(ANSWERS)
        with self.database.batch():
            answers.remove(doc_ids=[old_id])
            return answers.insert(answer_document(new))

    def answers(self) -> list[Answer]:
        return [answer_from(document) for document in self.database.table(ANSWERS).all()]

    def answers_with_ids(self) -> list[tuple[int, Answer]]:
        return [(doc.doc_id, answer_from(doc)) for doc in self.database.table(ANSWERS).all()]

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
        check_session(data)
        info = next(iter(data[INFO].values()))
        answers = [answer_from(doc) for doc in data.get(ANSWERS, {}).values()]
    except (OSError, ValueError, KeyError, TypeError, StopIteration, AttributeError):
        return None  # WrongValue too: a file with a wrong value in it is not readable
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
            return checked_info(info)
    except WrongValue:
        return None
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
