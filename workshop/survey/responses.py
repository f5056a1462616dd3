"""Reading a group's stored responses without creating files, and saving an import all at once.

Reading never creates a survey file, and still works while the kiosk holds the file's lock:
the store replaces files atomically, so the file on disk is always a whole snapshot.
Saving several groups is all or nothing: every file is locked before the first write, and the
files already written are put back as they were if a later one fails.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from workshop.store import StoreBusy, SurveyFile, survey_groups
from workshop.store.atomic import put_back
from workshop.store.surveys import RESPONSES, Response, survey_path


def read_responses(data: Path, group: str) -> list[Response]:
    """The group's responses; empty when it has no survey yet."""
    if not survey_path(data, group).is_file():
        return []
    try:
        with SurveyFile(data, group) as survey:
            return survey.responses()
    except StoreBusy as busy:
        try:
            return _read_snapshot(survey_path(data, group))
        except (OSError, ValueError, AttributeError, TypeError):
            raise busy from None


def read_all_responses(data: Path) -> dict[str, list[Response]]:
    """Every group's responses, by group."""
    return {group: read_responses(data, group) for group in survey_groups(data)}


def _read_snapshot(path: Path) -> list[Response]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [dict(document) for document in data.get(RESPONSES, {}).values()]


def save_responses(data: Path, by_group: Mapping[str, list[Response]]) -> None:
    """Add each group's responses to its survey file; on any failure nothing is changed."""
    before: dict[str, bytes | None] = {}
    opened: list[SurveyFile] = []
    try:
        for group in by_group:
            path = survey_path(data, group)
            before[group] = path.read_bytes() if path.is_file() else None
            opened.append(SurveyFile(data, group))
        for survey in opened:
            survey.add(by_group[survey.group])
    except BaseException:
        for survey in opened:  # still locked: put the file back, then let go
            put_back(survey_path(data, survey.group), before[survey.group])
            survey.close()
        raise
    for survey in opened:
        survey.close()
