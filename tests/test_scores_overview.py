"""Group scores across sessions: trend, mean and learning gain, small figures withheld."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from workshop.cli import main
from workshop.scores import Share, session_scores, shown_answers, tally
from workshop.sessions_overview import group_overview

CONTENT = str(Path(__file__).parent / "content")
SURVEY_X = [  # 6 respondents, x: 6 of 12 right
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 2},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
]


def test_shown_answers_leave_out_questions_with_too_few_answers(library, isolated):
    record = run_session(
        library, isolated, "sales", {"test-length": [2] * 5, "test-link": [23, 1, 1, 1]}
    )
    kept = shown_answers(record.answers)
    assert {a.question for a in kept} == {"test-length"}
    # Counting every answer would let 6 of 9 minus the shown 5 of 5 give the hidden one away.
    assert tally(library, record.answers)[0] == Share(6, 9)
    assert tally(library, kept)[0] == Share(5, 5)
    scores = session_scores(library, record.answers, "sales", isolated, shown_only=True)
    assert scores.overall == Share(5, 5)


def test_trend_mean_and_gain_across_sessions(library, isolated):
    survey(isolated, "sales", SURVEY_X)
    run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, 1, 1]})  # 50%
    run_session(library, isolated, "sales", {"test-length": [1, 1, 2]})  # hidden
    run_session(library, isolated, "sales", {"test-length": [2] * 5})  # 100%
    run_session(library, isolated, "it", {"test-length": [1] * 5})
    overview = group_overview(library, isolated)
    assert [g.group for g in overview.groups] == ["it", "sales"]
    sales = overview.groups[1]
    assert sales.trend == [0.5, None, 1.0]
    assert sales.mean == pytest.approx(0.75)
    assert sales.answers == 6 + 5  # the hidden session's 3 answers are not added in
    (x,) = sales.topics
    # Only the shown sessions add up: 3 + 5 right of 6 + 5, never the hidden 3 answers.
    assert x.session == Share(8, 11)
    assert x.baseline == pytest.approx(6 / 12)
    assert x.gain == pytest.approx(8 / 11 - 6 / 12)
    it = overview.groups[0]
    assert it.topics[0].baseline is None and it.topics[0].gain is None  # no survey for it


def test_gain_is_withheld_when_the_survey_is_too_small(library, isolated):
    survey(isolated, "sales", SURVEY_X[:4])
    run_session(library, isolated, "sales", {"test-length": [2] * 6})
    (sales,) = group_overview(library, isolated, "sales").groups
    (x,) = sales.topics
    assert x.session.value == 1.0 and x.baseline is None and x.gain is None


def test_cli_json_and_table(library, isolated, capsys):
    survey(isolated, "sales", SURVEY_X)
    run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, 1, 1]})
    run_session(library, isolated, "sales", {"test-length": [1, 1, 2]})
    (isolated / "2026-01-01-hr-1.json").write_text("garbage", "utf-8")
    assert main(["scores", "--json", "--modules", CONTENT]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert "cannot be read as a session file" in captured.err
    (sales,) = document["groups"]
    assert sales["trend"] == [0.5, None]
    assert sales["mean_score"] == 0.5
    assert sales["topics"] == [{"topic": "x", "baseline": 0.5, "result": 0.5, "gain": 0.0}]
    assert document["unreadable"] == [str(isolated / "2026-01-01-hr-1.json")]

    assert main(["scores", "--modules", CONTENT, "--group", "sales", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Groepsscores" in out and "50% → te weinig" in out and "Leerwinst" in out
