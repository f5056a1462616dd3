"""The weekly social-media moment: which topic each week, and the calendar file that plans it.

Topics come weakest first: per topic the group's session result (the shown session figures
added up) or else its survey baseline, both only when large enough to show; topics without a
usable figure follow in the survey bank's order. Each week carries one topic and a concrete
prompt to discuss.

The calendar is one recurring event (RRULE FREQ=WEEKLY;COUNT=n) plus, per week, an override
with the same UID and a RECURRENCE-ID that carries that week's topic in its DESCRIPTION
(RFC 5545 §3.8.4.4). A week that falls on a public holiday or in the Christmas break is
skipped: COUNT then spans those weeks too and an EXDATE takes each one out (RFC 5545 §3.8.5.1),
and the description says which weeks were skipped and why. Times are floating local times:
the moment is "Thursday 15:00 wherever the team is", needs no VTIMEZONE, and a laptop's zone
has no portable IANA name on Windows.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from pathlib import Path

from workshop.content import Library
from workshop.content.model import DiscussionStep
from workshop.export.days_off import DEFAULT_COUNTRY, SkippedWeek, moment_dates
from workshop.export.text import long_date, weekday_name
from workshop.i18n import catalog, t
from workshop.sessions_overview import list_sessions, overview_of

MINUTES = 30
MOST_WEEKS = 52


@dataclass(frozen=True)
class WeekTopic:
    week: int
    date: datetime.date
    topic: str
    name: str
    prompt: str
    score: float | None


def topic_order(library: Library, data: Path, group: str) -> list[tuple[str, float | None]]:
    """Every survey topic with the figure that ranks it, weakest first; unknown ones last."""
    overview = overview_of(library, data, group, list_sessions(library, data, group).sessions)
    known: dict[str, float] = {}
    for score in overview.topics:
        value = score.session.value if score.session.value is not None else score.baseline
        if value is not None:
            known[score.topic] = value
    bank = list(library.survey.topics)
    ranked = sorted(known, key=lambda x: (known[x], bank.index(x) if x in bank else len(bank)))
    rest = [topic for topic in bank if topic not in known]
    return [(topic, known[topic]) for topic in ranked] + [(topic, None) for topic in rest]


def discussion_prompt(library: Library, topic: str, language: str) -> str:
    """A weekly-moment prompt for `topic`: the built-in one, else a module's discussion."""
    key = f"moment.prompt.{topic}"
    if key in catalog():
        return t(key, lang=language)
    for module in library.modules.values():
        if topic in module.topics:
            for step in module.steps:
                if isinstance(step, DiscussionStep):
                    return step.prompt(language)
    return t("moment.prompt_generic", lang=language, topic=library.topic_name(topic, language))


def first_day(today: datetime.date, weekday: int) -> datetime.date:
    """The first `weekday` (0 = Monday) after `today`."""
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + datetime.timedelta(days=ahead)


@dataclass(frozen=True)
class MomentPlan:
    """The weeks a moment is held, each with its topic, and the weeks skipped for a day off."""

    weeks: list[WeekTopic]
    skipped: list[SkippedWeek]


def plan_weeks(
    library: Library,
    data: Path,
    group: str,
    language: str,
    start: datetime.date,
    weeks: int,
    country: str = DEFAULT_COUNTRY,
) -> MomentPlan:
    """One topic per held week from `start`, weakest first, starting over when weeks remain;
    weeks on a public holiday of `country` or in the Christmas break are skipped."""
    order = topic_order(library, data, group)
    dates, skipped = moment_dates(start, weeks, country, language)
    plan = []
    for week, date in enumerate(dates):
        topic, score = order[week % len(order)]
        plan.append(
            WeekTopic(
                week + 1,
                date,
                topic,
                library.topic_name(topic, language),
                discussion_prompt(library, topic, language),
                score,
            )
        )
    return MomentPlan(plan, skipped)


RECHECK_WEEKS = {"1w": 1, "4w": 4}
RECHECK_MINUTES = 15


def recheck_dates(session: datetime.date | None) -> list[tuple[str, datetime.date]]:
    """The two re-checks, 1 and 4 weeks after the group's last session; none without one."""
    if session is None:
        return []
    return [
        (after, session + datetime.timedelta(weeks=weeks)) for after, weeks in RECHECK_WEEKS.items()
    ]


def calendar(
    moment: MomentPlan,
    group: str,
    language: str,
    at: datetime.time,
    now: datetime.datetime | None = None,
    rechecks: list[tuple[str, datetime.date]] | None = None,
) -> bytes:
    """The RFC 5545 calendar: the weekly master event and one override per week's topic, and
    one event per re-check (`recheck_dates`) that says the command to run."""
    from icalendar import Calendar, Event  # only the follow-up kit needs it

    plan = moment.weeks
    start = datetime.datetime.combine(plan[0].date, at)
    length = datetime.timedelta(minutes=MINUTES)
    stamp = now or datetime.datetime.now(datetime.UTC)
    digest = hashlib.sha256(f"{group}|{start.isoformat()}".encode()).hexdigest()[:16]
    uid = f"weekly-moment-{group}-{digest}@workshop"
    summary = t("moment.summary", lang=language)

    cal = Calendar()
    cal.add("prodid", "-//workshop//weekly social-media moment//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{summary} · {group}")

    master = Event()
    master.add("uid", uid)
    master.add("dtstamp", stamp)
    master.add("dtstart", start)
    master.add("dtend", start + length)
    master.add("rrule", {"freq": "weekly", "count": len(plan) + len(moment.skipped)})
    if moment.skipped:
        master.add("exdate", [datetime.datetime.combine(s.date, at) for s in moment.skipped])
    master.add("summary", summary)
    master.add("description", _master_description(moment, group, language, at))
    master.add("categories", [summary])
    cal.add_component(master)

    for week in plan:
        when = datetime.datetime.combine(week.date, at)
        override = Event()
        override.add("uid", uid)
        override.add("dtstamp", stamp)
        override.add("recurrence-id", when)
        override.add("dtstart", when)
        override.add("dtend", when + length)
        override.add("summary", summary)
        override.add("description", week_description(week, len(plan), language))
        cal.add_component(override)

    for after, day in rechecks or []:
        when = datetime.datetime.combine(day, at)
        weeks = RECHECK_WEEKS[after]
        event = Event()
        event.add("uid", f"recheck-{after}-{group}-{digest}@workshop")
        event.add("dtstamp", stamp)
        event.add("dtstart", when)
        event.add("dtend", when + datetime.timedelta(minutes=RECHECK_MINUTES))
        event.add("summary", t("recheck.event_summary", lang=language, group=group, count=weeks))
        command = f"workshop recheck --group {group} --after {after}"
        event.add(
            "description",
            t("recheck.event_description", lang=language, group=group, command=command),
        )
        cal.add_component(event)
    return cal.to_ical()


def week_description(week: WeekTopic, weeks: int, language: str) -> str:
    return "\n\n".join(
        [
            t("moment.week_topic", lang=language, week=week.week, weeks=weeks, topic=week.name),
            week.prompt,
            t("moment.how", lang=language),
        ]
    )


def _master_description(moment: MomentPlan, group: str, language: str, at: datetime.time) -> str:
    plan = moment.weeks
    when = t(
        "moment.every",
        lang=language,
        weekday=weekday_name(plan[0].date.weekday(), language),
        time=at.strftime("%H:%M"),
        minutes=MINUTES,
    )
    lines = [t("moment.intro", lang=language, group=group), when, ""]
    for week in plan:
        lines.append(
            t(
                "moment.schedule_line",
                lang=language,
                week=week.week,
                date=long_date(week.date.isoformat(), language),
                topic=week.name,
            )
        )
    if moment.skipped:
        lines += ["", t("moment.skipped", lang=language)]
        lines += [
            t(
                "moment.skipped_line",
                lang=language,
                date=long_date(skipped.date.isoformat(), language),
                reason=skipped.reason,
            )
            for skipped in moment.skipped
        ]
    lines += ["", t("moment.how", lang=language)]
    return "\n".join(lines)
