"""The follow-up kit (vervolgpakket): the weekly moment, the checklist and the rules handout.

`write_followup_kit` renders every file in memory, checks every target, then writes them all
or none, so a trainer never finds half a kit.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from workshop.content import Library
from workshop.errors import UserError
from workshop.export.checklist import checklist_markdown
from workshop.export.days_off import DEFAULT_COUNTRY, check_country
from workshop.export.handout import handout_html, handout_markdown
from workshop.export.moment import MOST_WEEKS, calendar, first_day, plan_weeks, recheck_dates
from workshop.export.output import make_folder, write_files
from workshop.i18n import LANGUAGES, t
from workshop.store import group_name

FOLLOWUP_FOLDER = "followup"
CALENDAR_FILE = "weekly-moment.ics"
CHECKLIST_FILE = "communication-checklist.md"
HANDOUT_HTML = "basic-rules.html"
HANDOUT_MD = "basic-rules.md"
KIT_FILES = (CALENDAR_FILE, CHECKLIST_FILE, HANDOUT_HTML, HANDOUT_MD)

DEFAULT_DAY = "thu"
DEFAULT_TIME = "15:00"
DEFAULT_WEEKS = 8

DAYS = {
    **{name: n for n, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: n for n, name in enumerate(("ma", "di", "wo", "do", "vr", "za", "zo"))},
    **{
        name: n
        for n, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{
        name: n
        for n, name in enumerate(
            ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        )
    },
}
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_day(value: str | int) -> int:
    """0 (Monday) to 6 (Sunday) from mon…sun, ma…zo or a full day name in either language."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
        return value
    day = DAYS.get(str(value).strip().lower())
    if day is None:
        raise UserError(t("followup.bad_day", value=value), exit_code=2)
    return day


def parse_time(value: str | datetime.time) -> datetime.time:
    """A time of day from HH:MM (15:00, 9:30, also 15.00)."""
    if isinstance(value, datetime.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    match = _TIME.match(str(value).strip())
    if match:
        hour, minute = int(match[1]), int(match[2])
        if hour < 24 and minute < 60:
            return datetime.time(hour, minute)
    raise UserError(t("followup.bad_time", value=value), exit_code=2)


def check_weeks(value: int | str) -> int:
    try:
        weeks = int(value)
    except (TypeError, ValueError):
        weeks = 0
    if not 1 <= weeks <= MOST_WEEKS:
        raise UserError(t("followup.bad_weeks", value=value, most=MOST_WEEKS), exit_code=2)
    return weeks


def default_kit_folder(data: Path, group: str) -> Path:
    return data / FOLLOWUP_FOLDER / group


def render_kit(
    library: Library,
    data: Path,
    group: str,
    language: str,
    day: str | int = DEFAULT_DAY,
    time: str | datetime.time = DEFAULT_TIME,
    weeks: int | str = DEFAULT_WEEKS,
    today: datetime.date | None = None,
    country: str = DEFAULT_COUNTRY,
) -> dict[str, bytes]:
    """Every file of the kit by name, in `language`; nothing is written. The weekly moment
    skips the public holidays of `country` and the Christmas break."""
    group = group_name(group)
    if language not in LANGUAGES:
        raise UserError(t("followup.bad_language", value=language), exit_code=2)
    weekday, at, count = parse_day(day), parse_time(time), check_weeks(weeks)
    country = check_country(country)
    start = first_day(today or datetime.date.today(), weekday)
    plan = plan_weeks(library, data, group, language, start, count, country)
    checklist = checklist_markdown(library.organisation, group, language, weekday, at, count)
    from workshop.recheck import candidates, group_sessions

    sessions = group_sessions(library, data, group)
    # A re-check is put in the calendar only when there is something left to ask.
    unseen = sessions.played and any(candidates(library, data, group, sessions).values())
    rechecks = recheck_dates(sessions.last_date) if unseen else []
    return {
        CALENDAR_FILE: calendar(plan, group, language, at, rechecks=rechecks),
        CHECKLIST_FILE: checklist.encode("utf-8"),
        HANDOUT_HTML: handout_html(library, language).encode("utf-8"),
        HANDOUT_MD: handout_markdown(library, language).encode("utf-8"),
    }


def write_followup_kit(
    library: Library,
    data: Path,
    group: str,
    language: str,
    out_dir: Path | None = None,
    day: str | int = DEFAULT_DAY,
    time: str | datetime.time = DEFAULT_TIME,
    weeks: int | str = DEFAULT_WEEKS,
    force: bool = False,
    today: datetime.date | None = None,
    unchanged: set[Path] | None = None,
    country: str = DEFAULT_COUNTRY,
) -> list[Path]:
    """Write the kit for `group` into `out_dir` (default `<data>/followup/<group>/`).

    Returns the kit's files, in KIT_FILES order. Raises UserError, with nothing written,
    for a bad day, time, number of weeks or country, an existing file with other content
    without `force`, or a folder that cannot be written. A file that already holds its
    content is left as it is (and added to `unchanged`, when given).
    """
    group = group_name(group)
    files = render_kit(library, data, group, language, day, time, weeks, today, country)
    folder = make_folder(out_dir if out_dir is not None else default_kit_folder(data, group))
    contents = {folder / name: content for name, content in files.items()}
    return write_files(contents, force, unchanged)
