"""How the exports write figures and dates, the same way in every format and language."""

from __future__ import annotations

import datetime

from workshop.i18n import LANGUAGES, t
from workshop.i18n import number as _number
from workshop.i18n import percent as _percent
from workshop.i18n import points as _points


def language_of(info: dict) -> str:
    """A session's language, English when the file names none we know."""
    language = info.get("language")
    return language if language in LANGUAGES else "en"


def percent(value: float | None) -> str:
    """71% (`i18n.percent`, the one rounding); an empty string for a hidden figure."""
    return "" if value is None else _percent(value)


def points(result: float | None, baseline: float | None) -> str:
    """The learning gain as the two shown percentages differ, such as +33; empty when hidden."""
    return "" if result is None or baseline is None else _points(result, baseline)


def number(value: float | None, language: str = "en") -> str:
    """A mean to one decimal, without a pointless .0 (3.5 / 3,5; 23); empty when hidden."""
    return "" if value is None else _number(value, language)


def long_date(iso: str, language: str) -> str:
    """27 November 2026 / 27 november 2026; the text as it is when it is not a date."""
    try:
        day = datetime.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    month = t(f"date.month_{day.month}", lang=language)
    return f"{day.day} {month} {day.year}"


def weekday_name(weekday: int, language: str) -> str:
    """Monday … Sunday (0 … 6) in `language`."""
    return t(f"date.weekday_{weekday}", lang=language)


def quoted(titles: list[str], language: str) -> str:
    """“A”, “B” and “C” / “A”, “B” en “C”."""
    items = [f"“{title}”" for title in titles]
    if len(items) <= 1:
        return "".join(items)
    return t("export.and_list", lang=language, items=", ".join(items[:-1]), last=items[-1])
