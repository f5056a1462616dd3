"""The follow-up kit: a weekly moment with a topic per week, the checklist and the rules page."""

from __future__ import annotations

import datetime
import re
from html import unescape
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.test_export_support import run_session, survey, without_example_note
from workshop.cli import main
from workshop.content import ContentError, load_library
from workshop.content.describe import policy_markdown
from workshop.content.organisation import load_organisation
from workshop.errors import UserError
from workshop.export import KIT_FILES, write_followup_kit
from workshop.export.kit import parse_day, parse_time
from workshop.export.output import write_files

CONTENT = str(Path(__file__).parent / "content")
FRIDAY = datetime.date(2026, 11, 27)
# linkedin 0%, instagram 50%, x 17% in the survey (but 100% in a session), facebook 100%
SURVEY = [
    {
        "survey-linkedin-headline-where": 2,
        "survey-linkedin-groups": 2,
        "survey-instagram-caption": 2 if n < 3 else 1,
        "survey-x-post-length": 2 if n == 0 else 1,
        "survey-facebook-share": 3,
    }
    for n in range(6)
]
WEAKEST_FIRST = [
    "LinkedIn",
    "Instagram",
    "X (formerly Twitter)",
    "Facebook",
    "Employees as ambassadors",
    "Internal networks (Viva Engage, Teams)",
    "Communicating about social media",
    "Basic rules",
]


def events(path: Path):
    calendar = Calendar.from_ical(path.read_bytes())
    found = list(calendar.walk("VEVENT"))
    (master,) = [e for e in found if "RRULE" in e]
    overrides = sorted(
        (e for e in found if "RECURRENCE-ID" in e), key=lambda e: e.decoded("RECURRENCE-ID")
    )
    return calendar, master, overrides


@pytest.fixture
def group_with_results(library, isolated):
    survey(isolated, "sales", SURVEY)
    run_session(library, isolated, "sales", {"test-length": [2] * 5})  # x: 100%, shown
    run_session(library, isolated, "sales", {"test-length": [1, 1, 1]})  # x: 0%, hidden
    return isolated


def test_calendar_is_one_weekly_rule_with_a_topic_per_week_weakest_first(
    library, group_with_results, tmp_path
):
    paths = write_followup_kit(
        library, group_with_results, "sales", "en", tmp_path / "kit", "thu", "15:00", 8,
        today=FRIDAY,
    )  # fmt: skip
    assert [p.name for p in paths] == list(KIT_FILES)
    calendar, master, overrides = events(tmp_path / "kit" / "weekly-moment.ics")
    assert str(calendar["VERSION"]) == "2.0"
    rule = master["RRULE"]
    # 8 moments from 3 December: 24 and 31 December fall in the Christmas break
    assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [10]
    excluded = [d.dt for exdate in _list(master["EXDATE"]) for d in exdate.dts]
    assert excluded == [datetime.datetime(2026, 12, 24, 15), datetime.datetime(2026, 12, 31, 15)]
    start = master.decoded("DTSTART")
    assert start == datetime.datetime(2026, 12, 3, 15, 0)  # the next Thursday, floating time
    assert start.tzinfo is None
    assert master.decoded("DTEND") - start == datetime.timedelta(minutes=30)
    assert str(master["SUMMARY"]) == "Weekly social-media moment"

    assert len(overrides) == 8
    assert {str(e["UID"]) for e in overrides} == {str(master["UID"])}
    held = [start + datetime.timedelta(weeks=week) for week in range(10)]
    held = [when for when in held if when.month != 12 or when.day < 24]
    for when, event in zip(held, overrides, strict=True):
        assert event.decoded("RECURRENCE-ID") == when == event.decoded("DTSTART")
        assert event.decoded("DTEND") - when == datetime.timedelta(minutes=30)
        assert str(event["SUMMARY"]) == "Weekly social-media moment"
    topics = [
        re.match(r"Topic of week \d+ of 8: (.+)", str(e["DESCRIPTION"]).splitlines()[0])[1]
        for e in overrides
    ]
    assert topics == WEAKEST_FIRST
    first = str(overrides[0]["DESCRIPTION"])
    assert "LinkedIn headline" in first  # a concrete prompt for the topic
    assert "Week 1 (3 December 2026): LinkedIn" in str(master["DESCRIPTION"])


def _list(value):
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize(
    ("country", "language", "skipped"),
    [
        (
            "NL",
            "nl",
            ["24 december 2026: kerstvakantie", "31 december 2026: kerstvakantie"],
        ),
        (
            "BE",
            "en",
            ["25 December 2026: Christmas Day", "1 January 2027: New Year's Day"],
        ),
    ],
)  # fmt: skip
def test_the_weekly_moment_skips_holidays_and_the_christmas_break(
    library, isolated, tmp_path, capsys, country, language, skipped
):
    """From early December the moment would fall on Christmas and New Year: those weeks
    move on, and the calendar says which were skipped and why, in the kit's language."""
    # Thursdays in NL (24 and 31 Dec in the break); Fridays in BE (25 Dec and 1 Jan holidays)
    day = "thu" if country == "NL" else "fri"
    write_followup_kit(
        library, isolated, "sales", language, tmp_path, day, "10:00", 6,
        today=datetime.date(2026, 12, 1),
        country=country,
    )  # fmt: skip
    _, master, overrides = events(tmp_path / "weekly-moment.ics")
    held = [event.decoded("DTSTART").date() for event in overrides]
    assert len(held) == 6
    excluded = [d.dt.date() for exdate in _list(master["EXDATE"]) for d in exdate.dts]
    assert not set(held) & set(excluded)
    for date in held:
        assert not (date.month == 12 and date.day >= 24) and date != datetime.date(2027, 1, 1)
    description = str(master["DESCRIPTION"])
    for line in skipped:
        assert f"- {line}" in description
    assert master["RRULE"]["COUNT"] == [6 + len(excluded)]


def test_cli_country_option_and_a_country_it_does_not_know(library, isolated, capsys):
    code, _, err = followup(capsys, "--group", "sales", "--country", "BE")
    assert (code, err) == (0, "")
    code, out, err = followup(capsys, "--group", "sales", "--country", "XX", "--force")
    assert code == 2 and out == ""
    assert "“XX” is not a country the holiday calendar knows" in one_error_line(err)


def test_small_figures_do_not_rank_topics(library, isolated, tmp_path):
    survey(isolated, "sales", SURVEY[:4])  # 4 respondents: no baseline
    run_session(library, isolated, "sales", {"test-length": [1, 1, 1]})  # hidden
    write_followup_kit(library, isolated, "sales", "en", tmp_path, weeks=3, today=FRIDAY)
    _, _, overrides = events(tmp_path / "weekly-moment.ics")
    first_lines = [str(e["DESCRIPTION"]).splitlines()[0] for e in overrides]
    assert first_lines == [  # the survey bank's order: nothing was big enough to rank by
        "Topic of week 1 of 3: Employees as ambassadors",
        "Topic of week 2 of 3: X (formerly Twitter)",
        "Topic of week 3 of 3: LinkedIn",
    ]


def test_weeks_beyond_the_topics_start_over_and_dutch_reads_dutch(library, isolated, tmp_path):
    topics = len(library.survey.topics)
    weeks = topics + 2
    write_followup_kit(library, isolated, "it", "nl", tmp_path, "ma", "9.30", weeks, today=FRIDAY)
    _, master, overrides = events(tmp_path / "weekly-moment.ics")
    assert master.decoded("DTSTART") == datetime.datetime(2026, 11, 30, 9, 30)
    assert str(master["SUMMARY"]) == "Wekelijks social-mediamoment"
    first = [str(e["DESCRIPTION"]).splitlines()[0] for e in overrides]
    assert first[0] == f"Onderwerp van week 1 van {weeks}: Medewerkers als ambassadeur"
    assert len({line.split(": ", 1)[1] for line in first[:topics]}) == topics  # each once
    assert first[topics].endswith("Medewerkers als ambassadeur")  # then again
    checklist = (tmp_path / "communication-checklist.md").read_text("utf-8")
    assert "bedrijfsaccounts" in checklist and "e-mailhandtekening" in checklist
    assert f"elke maandag om 09:30, {weeks} weken" in checklist
    assert "“Mooi werk bij klant X, Pieter!”" in checklist


def test_checklist_uses_the_organisations_details(library, isolated, tmp_path):
    write_followup_kit(library, isolated, "sales", "en", tmp_path, today=FRIDAY)
    text = (tmp_path / "communication-checklist.md").read_text("utf-8")
    organisation = library.organisation
    assert text.startswith(f"# Communication checklist · {organisation.name}")
    for account in organisation.accounts:
        assert f"<{account.url}>" in text
    assert organisation.signature("en") in text
    assert "team meeting" in text  # mentioning it at meetings
    assert "every Thursday at 15:00, for 8 weeks" in text
    assert "“Great work at client X, Pieter!”" in text
    assert organisation.contact.email in text
    assert text.count("- [ ]") >= 10


def test_handout_is_the_policy_on_one_printable_page(library, isolated, tmp_path):
    write_followup_kit(library, isolated, "sales", "en", tmp_path, today=FRIDAY)
    markdown = (tmp_path / "basic-rules.md").read_text("utf-8")
    assert markdown.startswith(policy_markdown(library.policy, "en").rstrip())
    page = (tmp_path / "basic-rules.html").read_text("utf-8")
    text = unescape(re.sub(r"<[^>]+>", " ", page))
    for rule in library.policy.rules:
        assert rule.rule("en") in text and rule.fine("en") in text and rule.not_fine("en") in text
    assert "@media print" in page and "@page" in page
    assert not re.search(r"<(link|script|img)\b", page)


BROKEN_ORGANISATION = """\
name: "Acme"
accounts:
  - platform: myspace
    url: "www.acme.example"
signature:
  en: "Follow us"
contact:
  name: "Team"
  email: "not-an-email"
"""


def test_organisation_yaml_errors_name_file_line_and_column(tmp_path, capsys):
    own = tmp_path / "own"
    own.mkdir()
    path = own / "organisation.yaml"
    path.write_text(BROKEN_ORGANISATION, "utf-8")
    with pytest.raises(ContentError) as caught:
        load_organisation(path)
    problems = {(p.line, p.column): p.message for p in caught.value.problems}
    assert "unknown platform “myspace”" in problems[3, 15]
    assert "not a web address" in problems[4, 10]
    assert "Dutch text is missing" in problems[6, 3]
    assert "not an e-mail address" in problems[9, 10]
    with pytest.raises(ContentError):
        load_library([own])
    assert main(["modules", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:4:10: “www.acme.example” is not a web address" in out


def test_the_shipped_organisation_file_is_valid(library):
    assert library.organisation is not None
    assert load_organisation(Path(__file__).parents[1] / "modules" / "organisation.yaml")


def test_own_organisation_file_replaces_the_example(isolated, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    (own / "organisation.yaml").write_text(
        BROKEN_ORGANISATION.replace("myspace", "linkedin")
        .replace('"www.acme.example"', '"https://www.linkedin.com/company/acme"')
        .replace('  en: "Follow us"', '  en: "Follow us"\n  nl: "Volg ons"')
        .replace("not-an-email", "social@acme.example"),
        "utf-8",
    )
    content = load_library([own])
    write_followup_kit(content, isolated, "sales", "nl", tmp_path / "kit", today=FRIDAY)
    text = (tmp_path / "kit" / "communication-checklist.md").read_text("utf-8")
    assert text.startswith("# Communicatiechecklist · Acme")
    assert "Volg ons" in text and "social@acme.example" in text


# The command line --------------------------------------------------------------------------


def followup(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["followup", "--modules", CONTENT, *args])
    captured = capsys.readouterr()
    return code, captured.out, without_example_note(captured.err)


def test_cli_writes_the_kit_in_the_groups_language(library, isolated, capsys):
    run_session(library, isolated, "sales", {"test-length": [2] * 5}, language="nl")
    code, out, err = followup(capsys, "--group", "sales")
    assert (code, err) == (0, "")
    folder = isolated / "followup" / "sales"
    assert out.splitlines()[0].startswith("Follow-up kit for sales written to")
    for name in KIT_FILES:
        assert (folder / name).is_file() and f"{name}" in out
    _, master, overrides = events(folder / "weekly-moment.ics")
    assert str(master["SUMMARY"]) == "Wekelijks social-mediamoment"  # the session's language
    start = master.decoded("DTSTART")
    assert start.weekday() == 3 and start.time() == datetime.time(15, 0)
    assert 1 <= (start.date() - datetime.date.today()).days <= 7
    assert len(overrides) == 8
    code, _, _ = followup(capsys, "--group", "sales", "--lang", "en", "--force")
    _, master, _ = events(folder / "weekly-moment.ics")
    assert code == 0 and str(master["SUMMARY"]) == "Weekly social-media moment"


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    return lines[0]


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--day", "someday", "is not a day"),
        ("--day", "", "is not a day"),
        ("--time", "25:00", "is not a time of day"),
        ("--time", "3pm", "is not a time of day"),
        ("--weeks", "0", "from 1 to 52"),
        ("--weeks", "53", "from 1 to 52"),
        ("--weeks", "eight", "from 1 to 52"),
    ],
)
def test_cli_bad_day_time_or_weeks(isolated, capsys, option, value, words):
    code, out, err = followup(capsys, "--group", "sales", option, value)
    assert code == 2 and out == ""
    assert words in one_error_line(err)
    assert not (isolated / "followup").exists()


def test_cli_refuses_existing_files_unless_forced(library, isolated, capsys, tmp_path):
    folder = tmp_path / "kit"
    assert followup(capsys, "--group", "sales", "-o", str(folder))[0] == 0
    before = {name: (folder / name).read_bytes() for name in KIT_FILES}
    (folder / "communication-checklist.md").write_text("my notes", "utf-8")
    code, _, err = followup(capsys, "--group", "sales", "-o", str(folder), "--weeks", "4")
    assert code == 1 and "already exists with other content; add --force" in one_error_line(err)
    assert (folder / "communication-checklist.md").read_text("utf-8") == "my notes"
    assert (folder / "weekly-moment.ics").read_bytes() == before["weekly-moment.ics"]
    # Only one file left: still refused, and the others are not written either.
    for name in KIT_FILES:
        if name != "communication-checklist.md":
            (folder / name).unlink()
    assert followup(capsys, "--group", "sales", "-o", str(folder))[0] == 1
    assert sorted(p.name for p in folder.iterdir()) == ["communication-checklist.md"]
    assert followup(capsys, "--group", "sales", "-o", str(folder), "--force")[0] == 0
    assert (folder / "communication-checklist.md").read_bytes() == before[
        "communication-checklist.md"
    ]


def test_cli_unwritable_folder_and_bad_group(isolated, capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    code, _, err = followup(capsys, "--group", "sales", "-o", str(blocker / "kit"))
    assert code == 1 and "cannot write" in one_error_line(err)
    assert blocker.read_text("utf-8") == "x"
    code, _, err = followup(capsys, "--group", "Sales & Marketing")
    assert code == 2 and "group name" in one_error_line(err)


def test_a_failed_write_puts_back_every_file_of_the_set(tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("old", "utf-8")
    fresh = tmp_path / "fresh.txt"
    too_long = tmp_path / ("x" * 250)  # its temporary file name is too long to create
    with pytest.raises(UserError, match="cannot write"):
        write_files({kept: b"new", fresh: b"new", too_long: b"new"}, force=True)
    assert kept.read_text("utf-8") == "old"
    assert not fresh.exists() and not too_long.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]


def test_day_and_time_parsing():
    assert [parse_day(d) for d in ("mon", "THU", "zo", "donderdag", "friday")] == [0, 3, 6, 3, 4]
    assert parse_time("9:05") == datetime.time(9, 5)
    assert parse_time(datetime.time(15, 0, 30)) == datetime.time(15, 0)
    with pytest.raises(UserError):
        parse_time("24:00")


def own_organisation(tmp_path: Path) -> Path:
    """A modules folder whose organisation.yaml holds a real organisation's details."""
    own = tmp_path / "own"
    own.mkdir()
    example = (Path(__file__).parents[1] / "modules" / "organisation.yaml").read_text("utf-8")
    real = (
        example.replace("Our organisation", "Acme")
        .replace("LifeAtOurOrganisation", "LifeAtAcme")
        .replace("our-organisation", "acme")
        .replace("ourorganisation", "acme")
        .replace("socialmedia@example.org", "social@acme.nl")
    )
    (own / "organisation.yaml").write_text(real, "utf-8")
    return own


def test_the_example_organisation_is_named_on_stderr_and_a_real_one_is_not(
    library, isolated, tmp_path, capsys
):
    """Handouts must not go out to a room with "Our organisation" unnoticed."""
    run_session(library, isolated, "sales", {"test-length": [2] * 5})
    code = main(["followup", "--modules", CONTENT, "--group", "sales", "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0 and out.startswith("Follow-up kit for sales written to")
    assert len(err.strip().splitlines()) == 1
    assert "organisation.yaml still holds the example's details (Our organisation" in err
    assert "socialmedia@example.org" in err or "…" in err
    assert main(["export", "--last", "--modules", CONTENT, "--lang", "en"]) == 0
    assert "organisation.yaml still holds the example's details" in capsys.readouterr().err

    own = str(own_organisation(tmp_path))
    code = main(["followup", "--modules", CONTENT, "--modules", own, "--group", "sales",
                 "--force", "--lang", "en"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    kit = (isolated / "followup" / "sales" / "communication-checklist.md").read_text("utf-8")
    assert "Acme" in kit and "Our organisation" not in kit
    assert main(["export", "--last", "--modules", CONTENT, "--modules", own, "--force"]) == 0
    assert capsys.readouterr().err == ""
