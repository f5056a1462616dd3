"""A bundle: what a trainer hands over, aggregates only, under the threshold rules, with a checksum.

The format (`format_version` 1), one JSON object:

    {"format": "workshop-bundle", "format_version": 1, "min_answers": 5,
     "groups": {GROUP: {
        "survey": null | {"id", "respondents", "topics": null | {TOPIC: {"correct", "answered"}}},
        "sessions": [{"id", "week", "finished", "answers", "modules", "covered", "steps",
                      "topics": {TOPIC: {"correct", "answered"}}}],
        "rechecks": [{"id", "week",
                      "topics": {TOPIC: {"respondents", "correct", "answered"}}}]}},
     "checksum": "sha256:…"}

- Every figure stands on at least `MIN_ANSWERS` people or answers, or it is null (a survey's
  `topics`, a re-check topic's `correct` and `answered`) or left out (a session's topic). The
  counts are kept, not shares, so bundles add up exactly. A session's figures count only its
  shown questions (`workshop.scores.shown_answers`), as every written report does.
- `id`s are opaque: a session's is a hash of the random `uid` drawn when it was created (older
  files: of its name, sequence, date and agenda); a survey's or re-check's, of the random write
  token of the file's last write. So the same session or file counts once in a report, however
  often it arrives, and no id points at a person.
- No person, no answer, no time of day: weeks (2026-W49) instead of dates.
- `checksum` is sha256 over the canonical JSON (sorted keys, no spaces, UTF-8) of everything
  else: a damaged file is refused. A `format` other than "workshop-bundle" is foreign, a higher
  `format_version` newer: both are refused too (`read_bundle`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from workshop.content import Library
from workshop.errors import UserError
from workshop.i18n import t
from workshop.scores import MIN_ANSWERS, question_index, shown_answers, shown_total, tally
from workshop.store.database import META_TABLE, MISSING, SCHEMA_VERSION, writer_on_disk
from workshop.store.groups import known_groups
from workshop.store.rechecks import KIND as RECHECK_KIND
from workshop.store.rechecks import iso_week, recheck_path, recheck_weeks
from workshop.store.sessions import SEQUENCE, UID, SessionRecord, session_records
from workshop.store.surveys import KIND as SURVEY_KIND
from workshop.store.surveys import survey_path

FORMAT = "workshop-bundle"
FORMAT_VERSION = 1
CHECKSUM = "checksum"
_HEX = re.compile(r"^[0-9a-f]{16,64}$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
GROUP_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def canonical(document: dict[str, Any]) -> bytes:
    """The canonical JSON of `document`: sorted keys, no spaces, UTF-8."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def checksum(document: dict[str, Any]) -> str:
    """sha256 over the canonical JSON of `document` without its checksum."""
    body = {key: value for key, value in document.items() if key != CHECKSUM}
    return "sha256:" + hashlib.sha256(canonical(body)).hexdigest()


def _key(kind: str, basis: str) -> str:
    return hashlib.sha256(f"workshop-{kind}\0{basis}".encode()).hexdigest()[:32]


def session_key(record: SessionRecord) -> str:
    """The opaque id of a session: the same however often, and from wherever, it arrives."""
    info = record.info
    uid = info.get(UID)
    if isinstance(uid, str) and uid:
        return _key("session", f"uid\0{uid}")
    agenda = ",".join(str(module) for module in info.get("agenda") or [])
    return _key("session", f"{record.id}\0{info.get(SEQUENCE, 0)}\0{info.get('date')}\0{agenda}")


def file_key(kind: str, group: str, path: Path) -> str:
    """The opaque id of a survey or re-check file as it is now: its last write's random token
    (for a file without one, its bytes)."""
    writer = writer_on_disk(path)
    if writer and writer not in (MISSING, "?"):
        basis = f"writer\0{writer}"
    else:
        try:
            basis = "bytes\0" + hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            basis = "missing"
    return _key(kind, f"{group}\0{path.name}\0{basis}")


def _week(record: SessionRecord) -> str | None:
    try:
        day = datetime.date.fromisoformat(str(record.info.get("date") or record.id[:10]))
    except ValueError:
        return None
    return iso_week(day)


def snapshot(path: Path, kind: str) -> list[dict[str, Any]]:
    """The responses in a survey or re-check file, read without a lock and without writing
    anything (a colleague's folder may be read-only): every write replaces the file whole.
    A file that is not one of `kind` is a UserError naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = next(iter(data[META_TABLE].values()))
        if meta.get("kind") != kind or meta.get("schema", 0) > SCHEMA_VERSION:
            raise ValueError(kind)
        responses = [dict(document) for document in data.get("responses", {}).values()]
        if not all(isinstance(r.get("answers"), dict) for r in responses):
            raise ValueError("answers")
    except (OSError, ValueError, KeyError, TypeError, StopIteration, AttributeError):
        raise UserError(t("org.unreadable_file", path=path)) from None
    return responses


def session_entry(library: Library, record: SessionRecord) -> dict[str, Any]:
    """One session's aggregates: shown check figures per topic, modules, topics and steps."""
    from workshop.sessions_overview import modules_run

    _, topics = tally(library, shown_answers(record.answers), question_index(library))
    modules = [module for module in modules_run(record.info) if module in library.modules]
    return {
        "id": session_key(record),
        "week": _week(record),
        "finished": bool(record.info.get("finished")),
        "answers": shown_total(record.answers),
        "modules": modules,
        "covered": sorted({topic for m in modules for topic in library.modules[m].topics}),
        "steps": sorted({step for m in modules for step in library.modules[m].tips}),
        "topics": {
            topic: {"correct": share.correct, "answered": share.answered}
            for topic, share in sorted(topics.items())
            if share.answered >= MIN_ANSWERS
        },
    }


def survey_entry(library: Library, data: Path, group: str) -> dict[str, Any] | None:
    """The group's survey baseline as counts; the figures null below the threshold."""
    from workshop.survey.scoring import score

    path = survey_path(data, group)
    responses = snapshot(path, SURVEY_KIND) if path.is_file() else []
    if not responses:
        return None
    results = score(library.survey, responses)
    shown = results.respondents >= MIN_ANSWERS
    return {
        "id": file_key("survey", group, path),
        "respondents": results.respondents,
        "topics": (
            {
                topic: {"correct": share.correct, "answered": share.answered}
                for topic, share in results.topics.items()
            }
            if shown
            else None
        ),
    }


def recheck_entries(library: Library, data: Path, group: str) -> list[dict[str, Any]]:
    """Each re-check of the group by week: per topic the people, and the counts when shown."""
    from workshop.recheck import score_recheck

    entries = []
    for week in recheck_weeks(data, group):
        path = recheck_path(data, group, week)
        responses = snapshot(path, RECHECK_KIND)
        topics = {}
        for topic, point in sorted(score_recheck(library, responses).items()):
            shown = point.share is not None
            topics[topic] = {
                "respondents": point.respondents,
                "correct": point.correct if shown else None,
                "answered": point.answered if shown else None,
            }
        entries.append(
            {
                "id": file_key("recheck", group, path),
                "week": week,
                "topics": topics,
            }
        )
    return entries


def group_entry(library: Library, data: Path, group: str) -> dict[str, Any]:
    records = [record for _, record in session_records(data, group) if record is not None]
    return {
        "survey": survey_entry(library, data, group),
        "sessions": [session_entry(library, record) for record in records],
        "rechecks": recheck_entries(library, data, group),
    }


def build_bundle(library: Library, data: Path, groups: list[str] | None = None) -> dict[str, Any]:
    """The bundle of `groups` (default: every group the data folder knows), checksum included."""
    chosen = known_groups(data) if groups is None else groups
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "min_answers": MIN_ANSWERS,
        "groups": {group: group_entry(library, data, group) for group in sorted(chosen)},
    }
    document[CHECKSUM] = checksum(document)
    return document


def bundle_bytes(document: dict[str, Any]) -> bytes:
    """The bundle as written: indented for a curious reader, keys sorted."""
    text = json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


# Reading -------------------------------------------------------------------------------------


class BundleRefused(UserError):
    """A file that is not a bundle this version can merge: damaged, foreign or newer."""


class _Wrong(ValueError):
    pass


def _expect(condition: bool, field: str) -> None:
    if not condition:
        raise _Wrong(field)


def _count(value: Any, field: str, nullable: bool = False) -> None:
    if nullable and value is None:
        return
    _expect(type(value) is int and value >= 0, field)


def _counts(entry: Any, field: str) -> None:
    _expect(isinstance(entry, dict), field)
    _count(entry.get("correct"), f"{field}.correct")
    _count(entry.get("answered"), f"{field}.answered")
    _expect(entry["correct"] <= entry["answered"], f"{field}.correct")


def _strings(value: Any, field: str) -> None:
    _expect(isinstance(value, list) and all(isinstance(x, str) for x in value), field)


def check_groups(groups: Any) -> None:
    """Raise _Wrong naming the first field of the wrong type or value."""
    _expect(isinstance(groups, dict), "groups")
    for group, entry in groups.items():
        where = f"groups.{group}"
        _expect(isinstance(group, str) and bool(GROUP_NAME.match(group)), where)
        _expect(isinstance(entry, dict), where)
        survey = entry.get("survey")
        if survey is not None:
            _expect(isinstance(survey, dict), f"{where}.survey")
            _expect(bool(_HEX.match(str(survey.get("id")))), f"{where}.survey.id")
            _count(survey.get("respondents"), f"{where}.survey.respondents")
            topics = survey.get("topics")
            if topics is not None:
                _expect(isinstance(topics, dict), f"{where}.survey.topics")
                for topic, counts in topics.items():
                    _counts(counts, f"{where}.survey.topics.{topic}")
        sessions = entry.get("sessions", [])
        _expect(isinstance(sessions, list), f"{where}.sessions")
        for index, session in enumerate(sessions):
            field = f"{where}.sessions.{index}"
            _expect(isinstance(session, dict), field)
            _expect(bool(_HEX.match(str(session.get("id")))), f"{field}.id")
            week = session.get("week")
            _expect(week is None or bool(_WEEK.match(str(week))), f"{field}.week")
            _expect(isinstance(session.get("finished"), bool), f"{field}.finished")
            _count(session.get("answers"), f"{field}.answers", nullable=True)
            for name in ("modules", "covered"):
                _strings(session.get(name), f"{field}.{name}")
            steps = session.get("steps")
            _expect(
                isinstance(steps, list) and all(type(s) is int and 1 <= s <= 5 for s in steps),
                f"{field}.steps",
            )
            topics = session.get("topics")
            _expect(isinstance(topics, dict), f"{field}.topics")
            for topic, counts in topics.items():
                _counts(counts, f"{field}.topics.{topic}")
        rechecks = entry.get("rechecks", [])
        _expect(isinstance(rechecks, list), f"{where}.rechecks")
        for index, recheck in enumerate(rechecks):
            field = f"{where}.rechecks.{index}"
            _expect(isinstance(recheck, dict), field)
            _expect(bool(_HEX.match(str(recheck.get("id")))), f"{field}.id")
            _expect(bool(_WEEK.match(str(recheck.get("week")))), f"{field}.week")
            topics = recheck.get("topics")
            _expect(isinstance(topics, dict), f"{field}.topics")
            for topic, point in topics.items():
                at = f"{field}.topics.{topic}"
                _expect(isinstance(point, dict), at)
                _count(point.get("respondents"), f"{at}.respondents")
                if point.get("correct") is not None or point.get("answered") is not None:
                    _counts(point, at)


def read_bundle(path: Path) -> dict[str, Any]:
    """The bundle at `path`, checked; BundleRefused naming the file and what to do otherwise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleRefused(t("org.missing", path=path)) from None
    except OSError as error:
        raise BundleRefused(
            t("org.unreadable", path=path, reason=error.strerror or error)
        ) from None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleRefused(t("org.foreign", path=path)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleRefused(t("org.foreign", path=path))
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise BundleRefused(
            t("org.damaged", path=path, why=t("org.why_field", field="format_version"))
        )
    if version > FORMAT_VERSION:
        raise BundleRefused(t("org.newer", path=path, version=version, known=FORMAT_VERSION))
    if document.get(CHECKSUM) != checksum(document):
        raise BundleRefused(t("org.damaged", path=path, why=t("org.why_checksum")))
    try:
        check_groups(document.get("groups"))
    except _Wrong as wrong:
        raise BundleRefused(
            t("org.damaged", path=path, why=t("org.why_field", field=str(wrong)))
        ) from None
    return document
