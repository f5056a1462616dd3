"""Re-check responses: one file per group and ISO week, each response one anonymous re-quiz.

`<data>/rechecks/<group>/<2026-W51>.json`. The week is the only time stored: never a day or a
time of day, which could point at the person standing at the kiosk.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

from workshop.errors import UserError
from workshop.i18n import t
from workshop.store.atomic import put_back
from workshop.store.database import Database, StoreBusy, StoreWriteError

KIND = "recheck"
RESPONSES = "responses"
IMPORTED = "imported"
"""Marks a response that came from a Forms export, so importing the export again replaces it."""
FOLDER = "rechecks"
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")

# A response: {"answers": {question_key: value}}, the key as in workshop.recheck
# ("module/question" or "survey/question"), the value encoded as a survey answer.
RecheckResponse = dict[str, Any]


def iso_week(day: datetime.date) -> str:
    """The ISO week of `day`, as 2026-W51."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(value: str) -> str:
    """A week as typed (2026-W51, 2026-w5): the canonical 2026-W51, or a UserError."""
    match = re.match(r"^(\d{4})-?W(\d{1,2})$", value.strip().upper())
    if match is not None:
        year, week = int(match[1]), int(match[2])
        try:
            datetime.date.fromisocalendar(year, week, 1)
        except ValueError:
            pass
        else:
            return f"{year}-W{week:02d}"
    raise UserError(t("recheck.bad_week", value=value), exit_code=2)


def recheck_path(data: Path, group: str, week: str) -> Path:
    return data / FOLDER / group / f"{week}.json"


def recheck_weeks(data: Path, group: str) -> list[str]:
    """The weeks with a re-check file for `group`, oldest first."""
    folder = data / FOLDER / group
    return sorted(p.stem for p in folder.glob("*.json") if _WEEK.match(p.stem))


class RecheckFile:
    """The re-check responses of one group in one week, locked for writing while open."""

    def __init__(self, data: Path, group: str, week: str) -> None:
        path = recheck_path(data, group, week)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreWriteError(
                t("store.cannot_lock", path=path, reason=error.strerror or error)
            ) from error
        self.group = group
        self.week = week
        self.path = path
        self.database = Database(path, KIND, frozenset({RESPONSES}))

    def add(self, responses: list[RecheckResponse]) -> None:
        """Store all `responses` in one atomic write; only their answers, nothing else."""
        self.database.table(RESPONSES).insert_multiple(
            {"answers": dict(r["answers"])} for r in responses
        )

    def replace_imported(self, responses: list[RecheckResponse]) -> int:
        """Store a Forms export's `responses` in place of the week's earlier import, in one
        atomic write: an export downloaded again (with late answers) holds the earlier rows
        too, so adding it would count them twice. Kiosk and phone responses stay. Returns how
        many imported responses it replaced."""
        table = self.database.table(RESPONSES)
        with self.database.batch():
            replaced = table.remove(lambda document: bool(document.get(IMPORTED)))
            table.insert_multiple(
                {"answers": dict(r["answers"]), IMPORTED: True} for r in responses
            )
        return len(replaced)

    def responses(self) -> list[RecheckResponse]:
        return [dict(document) for document in self.database.table(RESPONSES).all()]

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> RecheckFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_recheck(data: Path, group: str, week: str) -> list[RecheckResponse]:
    """The responses of one re-check; empty without a file. Works while a kiosk holds it."""
    path = recheck_path(data, group, week)
    if not path.is_file():
        return []
    try:
        with RecheckFile(data, group, week) as recheck:
            return recheck.responses()
    except StoreBusy as busy:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            return [dict(d) for d in document.get(RESPONSES, {}).values()]
        except (OSError, ValueError, AttributeError, TypeError):
            raise busy from None


def read_rechecks(data: Path, group: str) -> dict[str, list[RecheckResponse]]:
    """Every re-check of `group` by week, oldest first."""
    return {week: read_recheck(data, group, week) for week in recheck_weeks(data, group)}


def save_recheck(
    data: Path, group: str, week: str, responses: list[RecheckResponse], imported: bool = False
) -> int:
    """Add `responses` to the group's re-check of `week` in one write; on failure nothing.
    `imported`: they are a Forms export that replaces the week's earlier import; returns how
    many earlier imported responses it replaced."""
    path = recheck_path(data, group, week)
    before = path.read_bytes() if path.is_file() else None
    recheck = RecheckFile(data, group, week)
    try:
        if imported:
            return recheck.replace_imported(responses)
        recheck.add(responses)
        return 0
    except BaseException:
        put_back(path, before)
        raise
    finally:
        recheck.close()
