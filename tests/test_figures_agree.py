"""The same figure reads the same in every command: one rounding, one decimal sign, one count.

Through the real command line, on real survey and session files in the test's data folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_export_support import run_session, without_example_note
from tests.test_survey_support import response, store
from workshop.cli import main
from workshop.content import load_library
from workshop.live import LiveSession
from workshop.store.sessions import read_session

CONTENT = str(Path(__file__).parent / "content")


def exported(capsys, data: Path, session: str, fmt: str) -> str:
    run(capsys, "export", session, "--format", fmt)
    return (data / "exports" / f"{session}.{fmt}").read_text("utf-8")


def run(capsys, *args: str) -> str:
    assert main([*args, "--modules", CONTENT]) == 0
    captured = capsys.readouterr()
    assert without_example_note(captured.err) == ""
    return " ".join(captured.out.split())  # the tables may wrap a cell: read it as a whole


@pytest.mark.parametrize(
    ("language", "mean", "floored"), [("en", "2.8", "2.7"), ("nl", "2,8", "2,7")]
)
def test_plan_and_report_give_the_same_share_and_mean(isolated, capsys, language, mean, floored):
    survey = load_library().survey
    # 14 respondents: LinkedIn right for 6 (3/7 = 42.86%), attitude 3 from 11 and 2 from 3 (2.79)
    store(
        isolated,
        "sales",
        [response(survey, {"linkedin": n < 6}, attitude=3 if n < 11 else 2) for n in range(14)],
    )
    report = run(capsys, "survey", "report", "--group", "sales", "--lang", language)
    plan = run(capsys, "plan", "--group", "sales", "--lang", language)
    linkedin = "LinkedIn: 43%"
    assert "43%" in report and "42%" not in report
    assert linkedin in plan and "LinkedIn: 42%" not in plan
    assert mean in report and mean in plan
    assert floored not in plan


def hands_session(library, data: Path) -> str:
    """Keys, a show of hands (6 hands), a withdrawn key answer and a hidden question."""
    data.mkdir(parents=True, exist_ok=True)
    live = LiveSession.start(library, data, "sales", "nl", ["test-quiz"])
    while live.round is None or live.round.question.id != "test-length":
        live.go_next()
    for value in (2, 2, 1):
        live.answer(value, now=10.0)
    live.answer(3, now=20.0)
    assert live.withdraw_last(now=21.0)
    live.set_hands({2: 4, 1: 2})  # 9 answers stand: 3 keys and 6 hands
    while live.round is None or live.round.question.id != "test-link":
        live.go_next()
    for value in (23, 23, 140):  # 3 answers: too few to show, in the list and in the export
        live.answer(value)
    while live.go_next():
        pass
    live.finish()
    live.close()
    return live.session.id


def test_sessions_list_and_export_count_the_same_answers(library, isolated, capsys):
    session = hands_session(library, isolated)
    stored = read_session(isolated / f"{session}.json")
    assert sum(answer.count for answer in stored.answers) == 12  # 9 shown and 3 hidden
    listing = json.loads(run(capsys, "sessions", "list", "--json"))
    summary = json.loads(exported(capsys, isolated, session, "json"))
    assert listing["sessions"][0]["answers"] == summary["answers"] == 9
    table = run(capsys, "sessions", "list", "--lang", "nl")
    markdown = exported(capsys, isolated, session, "md")
    assert " 9 " in table and "Antwoorden: 9" in markdown
    assert " 12 " not in table


def test_a_share_of_0_425_reads_43_percent_everywhere(library, isolated, capsys):
    session = run_session(library, isolated, "sales", {"test-length": [2] * 17 + [1] * 23})
    listing = run(capsys, "sessions", "list")
    scores = run(capsys, "scores")
    markdown = exported(capsys, isolated, session.id, "md")
    for text in (listing, scores, markdown):
        assert "43%" in text and "42%" not in text
