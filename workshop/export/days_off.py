"""The days a weekly moment is not held: public holidays of the organisation's country (from
the `holidays` package) and the Christmas break, 24 December to 1 January."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache

from workshop.errors import UserError
from workshop.i18n import t

DEFAULT_COUNTRY = "NL"
CHRISTMAS_BREAK = ((12, 24), (1, 1))
"""First and last day (month, day) of the break most Dutch and Belgian offices close for."""
_HOLIDAY_LANGUAGE = {"en": "en_US", "nl": "nl"}


@dataclass(frozen=True)
class SkippedWeek:
    date: datetime.date
    reason: str


def check_country(value: str) -> str:
    """An ISO 3166 country code that `holidays` knows (NL, BE, DE …); UserError otherwise."""
    import holidays

    code = str(value).strip().upper()
    if code not in holidays.list_supported_countries():
        raise UserError(t("followup.bad_country", value=value), exit_code=2)
    return code


@cache
def _public_holidays(country: str, year: int, language: str) -> dict[datetime.date, str]:
    import holidays

    names = holidays.country_holidays(country, years=year)
    wanted = _HOLIDAY_LANGUAGE.get(language, "en_US")
    if wanted in getattr(names, "supported_languages", ()):
        names = holidays.country_holidays(country, years=year, language=wanted)
    return dict(names.items())


def in_christmas_break(day: datetime.date) -> bool:
    (first_month, first_day), (last_month, last_day) = CHRISTMAS_BREAK
    return (day.month, day.day) >= (first_month, first_day) or (day.month, day.day) <= (
        last_month,
        last_day,
    )


def day_off(day: datetime.date, country: str, language: str) -> str | None:
    """Why no moment is held on `day` (in `language`), or None on an ordinary working day."""
    holiday = _public_holidays(country, day.year, language).get(day)
    if holiday is not None:
        return holiday
    if in_christmas_break(day):
        return t("moment.christmas_break", lang=language)
    return None


def moment_dates(
    start: datetime.date, weeks: int, country: str, language: str
) -> tuple[list[datetime.date], list[SkippedWeek]]:
    """`weeks` dates a week apart from `start`, each week that falls on a day off moved past:
    the dates held and the weeks skipped, with why."""
    held: list[datetime.date] = []
    skipped: list[SkippedWeek] = []
    day = start
    while len(held) < weeks:
        reason = day_off(day, country, language)
        if reason is None:
            held.append(day)
        else:
            skipped.append(SkippedWeek(day, reason))
        day += datetime.timedelta(weeks=1)
    return held, skipped
