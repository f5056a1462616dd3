"""Survey responses, one file per group: each response is one anonymous, complete survey."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop.i18n import t
from workshop.store.database import Database, StoreWriteError
from workshop.store.folders import survey_groups as survey_groups
from workshop.store.folders import survey_path

KIND = "survey"
RESPONSES = "responses"

# A response: {"level": "staff" | "manager" | "executive" | None,
#              "answers": {question_id: value}} where value is encoded as in
# workshop.content.answers (option number, true = 1 and false = 2, the number, the scale
# point, None for "don't know"), plus "form": "short" for a short-form response (its deeper
# questions were not asked). Nothing else, ever.
Response = dict[str, Any]


class SurveyFile:
    """The survey responses of one group, locked for writing while open."""

    def __init__(self, data: Path, group: str) -> None:
        path = survey_path(data, group)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a read-only data folder, say
            raise StoreWriteError(
                t("store.cannot_lock", path=path, reason=error.strerror or error)
            ) from error
        self.group = group
        self.database = Database(path, KIND, frozenset({RESPONSES}))

    def add(self, responses: list[Response]) -> None:
        """Store all `responses` in one atomic write: all or nothing.

        The stored documents share the responses' answers (100,000 imported responses would
        otherwise be held twice): a response must not be changed once added."""
        self.database.table(RESPONSES).insert_multiple(
            {"level": r.get("level"), "answers": r["answers"]}
            | ({"form": "short"} if r.get("form") == "short" else {})
            for r in responses
        )

    def responses(self) -> list[Response]:
        return [dict(document) for document in self.database.table(RESPONSES).all()]

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> SurveyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
