"""The levels a respondent may give (staff, manager, executive), in both languages."""

from __future__ import annotations

from workshop.i18n import t

LEVELS = ("staff", "manager", "executive")
UNSPECIFIED = "unspecified"

_DUTCH = {"medewerker": "staff", "leidinggevende": "manager", "directie": "executive"}


def level_name(level: str, language: str) -> str:
    """The level as the trainer reads it; `unspecified` for respondents who gave none."""
    return t(f"survey.level_{level}", lang=language)


def parse_level(text: str) -> str | None:
    """`staff`, `Manager `, `directie` … → the level's id; None when `text` is not a level."""
    word = " ".join(text.split()).casefold()
    if word in LEVELS:
        return word
    return _DUTCH.get(word)
