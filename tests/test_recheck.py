"""The re-check: which questions, the no-session message, and a Forms re-check imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from tests.test_survey_support import cell, right, write_google_csv, write_ms_xlsx, wrong
from workshop.cli import main
from workshop.recheck import choose_questions, describe_recheck, every_candidate
from workshop.store.rechecks import read_rechecks, recheck_path, save_recheck
from workshop.store.sessions import session_records

CONTENT = str(Path(__file__).parent / "content")
SURVEY_X = [  # 6 respondents, x: 6 of 12 right; two of the bank's x questions
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 2},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
]
UNSEEN_X = [  # the rule's order for a group that ran test-quiz and answered only test-length
    "x-basics/x-premium-colleague",  # a. checks of a module on x the group did not run
    "x-basics/x-link-weight",
    "x-basics/x-emoji-weight",
    "x-basics/x-hashtags",
    "test-quiz/test-link",  # b. a check of a module it ran that no session asked
    "survey/survey-x-link",  # c. survey questions on x that no response answered
    "survey/survey-x-emoji",
]


def cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*args, "--modules", CONTENT])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def group_after_session(library, data: Path) -> None:
    survey(data, "sales", SURVEY_X)
    run_session(library, data, "sales", {"test-length": [2, 2, 2, 1, 1, 1]})


def test_a_group_without_a_session_is_told_what_to_run_first(library, isolated, capsys):
    survey(isolated, "sales", SURVEY_X)
    code, out, err = cli(capsys, "recheck", "--group", "sales")
    assert code != 0 and out == ""
    (line,) = err.strip().splitlines()
    assert "no session" in line and "workshop start --group sales" in line
    code, _, err = cli(capsys, "recheck", "--group", "sales", "--questions", "--json")
    assert code != 0 and "workshop start --group sales" in err
    assert not (isolated / "rechecks").exists()
    code, _, err = cli(capsys, "--lang", "nl", "recheck", "--group", "it")
    assert code != 0 and "draai eerst `workshop start --group it`" in err
    csv_file = isolated.parent / "recheck.csv"
    csv_file.write_text("Timestamp,Question\n2026/12/01 10:00,1\n", "utf-8")
    code, _, err = cli(capsys, "survey", "import", str(csv_file), "--group", "sales", "--recheck")
    assert code != 0 and "workshop start --group sales" in err


def test_unseen_checks_first_never_a_survey_question_the_group_answered(library, isolated):
    group_after_session(library, isolated)
    first = choose_questions(library, isolated, "sales", "1w")
    assert [q.key for q in first] == UNSEEN_X
    assert {q.topic for q in first} == {"x"}
    assert "survey/survey-x-post-length" not in [q.key for q in first]  # in the baseline
    assert "test-quiz/test-length" not in [q.key for q in first]  # asked in the session
    # The whole pool fits in one re-check, so the 4-week one asks it again.
    assert [q.key for q in choose_questions(library, isolated, "sales", "4w")] == UNSEEN_X


def test_the_four_week_recheck_asks_first_what_the_first_did_not(library, isolated):
    run_session(library, isolated, "sales", {}, agenda=["why-ambassadors", "x-basics"])
    first = [q.key for q in choose_questions(library, isolated, "sales", "1w")]
    later = [q.key for q in choose_questions(library, isolated, "sales", "4w")]
    assert len(first) == len(later) == 10  # at most 10: 10 minutes at most
    topics = [q.topic for q in choose_questions(library, isolated, "sales", "1w")]
    assert topics[:4] == ["ambassador", "x", "ambassador", "x"]  # one per topic in turn
    # A question comes back only when its topic has no unasked one left.
    pool: dict[str, set[str]] = {}
    for question in every_candidate(library, isolated, "sales"):
        pool.setdefault(question.topic, set()).add(question.key)
    chosen = choose_questions(library, isolated, "sales", "4w")
    for question in chosen:
        if question.key in first:
            assert pool[question.topic] - set(first) <= set(later), question.key
    assert set(later) - set(first)


def test_questions_json_for_a_forms_recheck(library, isolated, capsys):
    group_after_session(library, isolated)
    code, out, _ = cli(capsys, "recheck", "--group", "sales", "--questions", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [entry["id"] for entry in listed] == UNSEEN_X
    link = listed[1]
    assert link["kind"] == "number" and link["answer"] == 23 and link["module"] == "x-basics"
    assert listed[-1]["module"] is None and listed[-1]["topic"] == "x"
    code, out, _ = cli(capsys, "--lang", "nl", "recheck", "--group", "sales", "--questions")
    assert code == 0 and "Vragen van de herhaalmeting voor sales" in out
    assert "--recheck" in out


def forms_rows(questions, pattern: list[list[bool | None]], language: str = "en"):
    return [
        [cell(q, None if ok is None else right(q) if ok else wrong(q), language) for q, ok in
         zip(questions, row, strict=True)]
        for row in pattern
    ]  # fmt: skip


def test_a_forms_recheck_is_imported_anonymously_into_its_week(library, isolated, capsys, tmp_path):
    group_after_session(library, isolated)
    questions = [q.question for q in choose_questions(library, isolated, "sales")][:3]
    pattern = [[True, True, False], [True, False, None], [False, False, False]]
    path = tmp_path / "Re-check (Responses).csv"
    write_google_csv(path, questions, forms_rows(questions, pattern))
    code, out, _ = cli(
        capsys, "survey", "import", str(path), "--group", "sales", "--recheck", "--week", "2026-w50"
    )
    assert code == 0, out
    assert "Stored 3 re-check responses for sales, week 2026-W50" in out
    assert "“Timestamp”" in out and "“Email Address”" in out  # dropped, and said so
    stored = json.loads(recheck_path(isolated, "sales", "2026-W50").read_text("utf-8"))
    assert next(iter(stored["responses"].values())) == {
        "answers": {
            "x-basics/x-premium-colleague": 1,
            "x-basics/x-link-weight": 23,
            "x-basics/x-emoji-weight": 2,
        },
        "imported": True,
    }
    assert read_rechecks(isolated, "sales").keys() == {"2026-W50"}
    text = recheck_path(isolated, "sales", "2026-W50").read_text("utf-8")
    assert "@" not in text and "2026/" not in text and "10:15" not in text
    # The survey file is untouched: a re-check never mixes into the baseline.
    assert len(json.loads((isolated / "surveys" / "sales.json").read_text())["responses"]) == 6

    # The export downloaded again, with one late answer: it replaces the import, never adds
    # to it; a kiosk response of that week stays.
    save_recheck(isolated, "sales", "2026-W50", [{"answers": {"x-basics/x-link-weight": 23}}])
    write_google_csv(path, questions, forms_rows(questions, [*pattern, [True, True, True]]))
    code, out, _ = cli(
        capsys, "survey", "import", str(path), "--group", "sales", "--recheck", "--week", "2026-W50"
    )
    assert code == 0 and "They replace the 3 responses imported for this week before" in out
    responses = read_rechecks(isolated, "sales")["2026-W50"]
    assert [bool(r.get("imported")) for r in responses].count(True) == 4
    assert len(responses) == 5  # 4 imported + 1 from the kiosk


def test_a_bad_forms_recheck_names_file_and_row_and_writes_nothing(
    library, isolated, capsys, tmp_path
):
    group_after_session(library, isolated)
    questions = [q.question for q in choose_questions(library, isolated, "sales")][:2]
    rows = forms_rows(questions, [[True, True], [True, False]])
    rows[1][0] = "Maybe"
    path = tmp_path / "recheck.csv"
    write_google_csv(path, questions, rows)
    code, out, err = cli(capsys, "survey", "import", str(path), "--group", "sales", "--recheck")
    assert code != 0 and out == ""
    assert any("recheck.csv" in line and "row 3" in line for line in err.splitlines())
    assert not (isolated / "rechecks").exists()
    for args in (
        ("--recheck",),  # no group
        ("--group", "sales", "--recheck", "--week", "2026-W60"),
        ("--group", "sales", "--week", "2026-W50"),
    ):
        code, _, err = cli(capsys, "survey", "import", str(path), *args)
        assert code == 2 and len(err.strip().splitlines()) >= 1
    assert not (isolated / "rechecks").exists()


def test_a_recheck_dated_before_the_session_is_refused(library, isolated, capsys, tmp_path):
    """A typo in --week once drew a re-check from before the training after it."""
    group_after_session(library, isolated)  # a session this week
    questions = [q.question for q in choose_questions(library, isolated, "sales")][:1]
    path = tmp_path / "recheck.csv"
    write_google_csv(path, questions, forms_rows(questions, [[True]] * 5))
    import datetime

    from workshop.store.rechecks import iso_week

    this_week = iso_week(datetime.date.today())
    code, out, err = cli(
        capsys, "survey", "import", str(path), "--group", "sales", "--recheck", "--week", "2020-W40"
    )
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        f"Error: week 2020-W40 is before the group's last session ({this_week}): a re-check "
        "comes after it; give the week the re-check was held with --week"
    ]
    assert not (isolated / "rechecks").exists()


def test_describe_keeps_the_question_texts_for_forms(library, isolated):
    group_after_session(library, isolated)
    chosen = choose_questions(library, isolated, "sales")
    described = describe_recheck(library, chosen, "nl")
    assert [d["text"] for d in described] == [q.question.text("nl") for q in chosen]


# --- The learning curve ------------------------------------------------------------------


def import_recheck(capsys, tmp_path, library, data, pattern, week: str) -> None:
    questions = [q.question for q in choose_questions(library, data, "sales")][: len(pattern[0])]
    path = tmp_path / f"recheck-{week}.xlsx"
    write_ms_xlsx(path, questions, forms_rows(questions, pattern))
    code, _, err = cli(
        capsys, "survey", "import", str(path), "--group", "sales", "--recheck", "--week", week
    )
    assert code == 0, err


def test_scores_group_json_is_the_learning_curve(library, isolated, capsys, tmp_path):
    group_after_session(library, isolated)  # baseline x 6/12, session x 3/6
    # Week 50: six people, three questions each: 14 of 18 right (don't know is wrong).
    six = [
        [True, True, True],
        [True, True, False],
        [True, False, None],
        [True, True, True],
        [True, True, True],
        [False, True, True],
    ]
    import_recheck(capsys, tmp_path, library, isolated, six, "2026-W50")
    # Week 53 of 2026: four people only: too few to show anonymously, however many answers.
    import_recheck(capsys, tmp_path, library, isolated, [[True] * 3] * 4, "2026-W53")
    code, out, _ = cli(capsys, "scores", "--group", "sales", "--json")
    assert code == 0
    assert json.loads(out) == {
        "group": "sales",
        "topics": {
            "x": {
                "baseline": 0.5,
                "session": 0.5,
                "rechecks": [
                    {"week": "2026-W50", "share": round(14 / 18, 4), "answers": 6},
                    {"week": "2026-W53", "share": None, "answers": 4},
                ],
            }
        },
    }
    code, out, _ = cli(capsys, "--lang", "nl", "scores", "--group", "sales")
    assert code == 0
    assert "Leercurve · sales" in out and "2026-W50" in out
    assert "78%" in out and "te weinig" in out
    # Without --group, the overview of every group is as it was.
    code, out, _ = cli(capsys, "scores", "--json")
    assert json.loads(out)["groups"][0]["topics"] == [
        {"topic": "x", "baseline": 0.5, "result": 0.5, "gain": 0.0}
    ]


def test_every_point_below_the_threshold_is_null(library, isolated, capsys):
    survey(isolated, "sales", SURVEY_X[:4])  # four respondents
    run_session(library, isolated, "sales", {"test-length": [2, 2, 1, 1]})  # four answers
    code, out, _ = cli(capsys, "scores", "--group", "sales", "--json")
    assert json.loads(out) == {
        "group": "sales",
        "topics": {"x": {"baseline": None, "session": None, "rechecks": []}},
    }
    code, out, _ = cli(capsys, "scores", "--group", "nobody", "--json")
    assert code == 0 and json.loads(out) == {"group": "nobody", "topics": {}}


# --- The follow-up kit's calendar ----------------------------------------------------------


def recheck_events(path: Path) -> list:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    found = [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("recheck-")]
    return sorted(found, key=lambda e: e.decoded("DTSTART"))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_followup_puts_both_rechecks_in_the_calendar(library, isolated, capsys, tmp_path, language):
    import datetime

    group_after_session(library, isolated)
    (record,) = [r for _, r in session_records(isolated, "sales")]
    held = datetime.date.fromisoformat(record.info["date"])
    code, _, err = cli(
        capsys, "followup", "--group", "sales", "-o", str(tmp_path / "kit"), "--lang", language
    )
    assert code == 0, err
    one, four = recheck_events(tmp_path / "kit" / "weekly-moment.ics")
    assert one.decoded("DTSTART") == datetime.datetime.combine(
        held + datetime.timedelta(weeks=1), datetime.time(15, 0)
    )
    assert four.decoded("DTSTART") == datetime.datetime.combine(
        held + datetime.timedelta(weeks=4), datetime.time(15, 0)
    )
    assert "RRULE" not in one and "RECURRENCE-ID" not in one
    summary = {"en": "Re-check sales: 4 weeks after the session",
               "nl": "Herhaalmeting sales: 4 weken na de sessie"}[language]  # fmt: skip
    assert str(four["SUMMARY"]) == summary
    assert "workshop recheck --group sales --after 1w" in str(one["DESCRIPTION"])
    assert "workshop recheck --group sales --after 4w" in str(four["DESCRIPTION"])
    assert "--recheck" in str(four["DESCRIPTION"])  # the Forms way too


def test_followup_without_a_session_has_no_recheck_events(library, isolated, capsys, tmp_path):
    survey(isolated, "sales", SURVEY_X)
    code, _, err = cli(capsys, "followup", "--group", "sales", "-o", str(tmp_path / "kit"))
    assert code == 0, err
    assert recheck_events(tmp_path / "kit" / "weekly-moment.ics") == []


# --- The curve in the HTML summary ---------------------------------------------------------


def test_the_html_summary_draws_the_curve_and_says_what_it_means(library, isolated, capsys):
    import datetime

    from workshop.export.curve import curve_lines
    from workshop.store.rechecks import iso_week, save_recheck

    survey(isolated, "sales", SURVEY_X)  # baseline x: 50%
    record = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 2, 2, 1]})  # 83%
    held = datetime.date.fromisoformat(record.info["date"])

    def people(right_ones: int, total: int) -> list[dict]:
        return [{"answers": {"x-basics/x-link-weight": 23 if n < right_ones else 5}}
                for n in range(total)]  # fmt: skip

    save_recheck(isolated, "sales", iso_week(held + datetime.timedelta(weeks=1)), people(5, 6))
    save_recheck(isolated, "sales", iso_week(held + datetime.timedelta(weeks=4)), people(5, 7))
    code, _, err = cli(capsys, "export", "--last", "--format", "html")
    assert code == 0, err
    page = (isolated / "exports" / f"{record.id}.html").read_text("utf-8")
    assert "<h2>Learning curve</h2>" in page
    assert page.count('<svg class="curve"') == 1 and "<polyline" in page
    assert "http://www.w3.org/2000/svg" in page and "https://" not in page.split("<svg")[1]
    expected = "X (formerly Twitter): 50% → 83% → 83% → 71% after 4 weeks: kept most of it."
    assert expected in page
    (line,) = curve_lines(library, isolated, "sales", "nl")
    assert line.sentence == (
        "X (voorheen Twitter): 50% → 83% → 83% → 71% na 4 weken: het meeste vastgehouden."
    )


def test_a_hidden_recheck_is_a_gap_never_a_number(library, isolated):
    from workshop.export.curve import curve_lines
    from workshop.store.rechecks import save_recheck

    group_after_session(library, isolated)  # 50% → 50%
    save_recheck(isolated, "sales", "2026-W50", [{"answers": {"x-basics/x-link-weight": 23}}] * 4)
    (line,) = curve_lines(library, isolated, "sales", "en")
    assert line.sentence.startswith("X (formerly Twitter): 50% → 50% → too few")
    assert "100%" not in line.svg and "too few" in line.svg
    assert curve_lines(library, isolated, "it", "en") == []


def test_the_curve_sentence_judges_only_its_last_re_check():
    """"… → 70% → too few after 6 weeks: kept all of it" judged a hidden point by an earlier one."""
    from workshop.export.curve import sentence
    from workshop.recheck import RecheckPoint, TopicCurve

    shown = RecheckPoint("2026-W51", 0.7, 5, 2)
    hidden = RecheckPoint("2027-W03", None, 3, 6)
    ends_hidden = TopicCurve("x", 0.0, 0.27, [shown, hidden])
    assert sentence(ends_hidden, "X", "en") == (
        "X: 0% → 27% → 70% → too few after 6 weeks."
    )
    ends_shown = TopicCurve("x", 0.0, 0.27, [hidden, shown])
    assert sentence(ends_shown, "X", "en").endswith("70% after 2 weeks: kept all of it.")


def test_followup_plans_no_recheck_when_nothing_is_left_to_ask(library, isolated, capsys, tmp_path):
    """A calendar once sent the trainer to a re-check that the command then refused."""
    facebook = library.modules["facebook-page"]
    asked = [q.id for q in facebook.questions()]
    survey_facebook = [q.id for q in library.survey.knowledge() if q.topic == "facebook"]
    survey(isolated, "sales", [dict.fromkeys(survey_facebook, 1)] * 5)  # every survey question
    run_session(library, isolated, "sales", {q: [1] * 5 for q in asked}, agenda=["facebook-page"])
    assert not any(candidates_of(library, isolated, "sales").values())
    code, _, err = cli(capsys, "followup", "--group", "sales", "-o", str(tmp_path / "kit"))
    assert code == 0, err
    assert recheck_events(tmp_path / "kit" / "weekly-moment.ics") == []


def candidates_of(library, data: Path, group: str) -> dict:
    from workshop.recheck import candidates, group_sessions

    return candidates(library, data, group, group_sessions(library, data, group))
