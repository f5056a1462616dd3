"""The levels a respondent may give (staff, manager, executive), in both languages."""

from __future__ import annotations

from workshop.i18n import LANGUAGES, t

LEVELS = ("staff", "manager", "executive")
UNSPECIFIED = "unspecified"
NOT_SAID = "not_said"
"""What `parse_level` returns for "Rather not say": a level left out on purpose."""

_DUTCH = {"medewerker": "staff", "leidinggevende": "manager", "directie": "executive"}


def level_question(language: str) -> str:
    """The level question exactly as the kiosk and the phones ask it."""
    return t("kiosk.level_question", lang=language)


def level_options(language: str) -> list[str]:
    """The level question's options as asked: the three levels, then "Rather not say"."""
    keys = [f"kiosk.level_{level}" for level in LEVELS] + ["kiosk.level_none"]
    return [t(key, lang=language) for key in keys]


def _not_said() -> set[str]:
    return {" ".join(t("kiosk.level_none", lang=lang).split()).casefold() for lang in LANGUAGES}


def level_name(level: str, language: str) -> str:
    """The level as the trainer reads it; `unspecified` for respondents who gave none."""
    return t(f"survey.level_{level}", lang=language)


def parse_level(text: str) -> str | None:
    """`staff`, `Manager `, `directie` … → the level's id; `NOT_SAID` for the option "Rather
    not say" (in either language); None when `text` is not a level."""
    word = " ".join(text.split()).casefold()
    if word in LEVELS:
        return word
    if word in _not_said():
        return NOT_SAID
    return _DUTCH.get(word)
