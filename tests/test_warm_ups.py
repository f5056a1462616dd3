"""Warm-up rounds are shown and revealed, but only check rounds count in scores and the gain.

A module written to tmp_path asks a warm-up before its talk and a check after it. The room
gets the warm-up right and does worse on the check than in the survey (or better, in the
last tests): every figure must follow the check alone, so counting the warm-up shows.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from html import unescape
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerState

from tests.screen import SessionNow, widget_text
from tests.test_export_support import run_session, survey
from tests.test_tui_session import make_app, prepared
from workshop.cli import main
from workshop.content import load_library
from workshop.export import build_summary
from workshop.export.formats import markdown, render
from workshop.scores import Share, session_scores, tally, topic_baseline
from workshop.sessions_overview import group_overview
from workshop.tui.screens.scores import ScoresScreen
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView

MODULE = "warm-up-and-check"
MODULE_YAML = """\
id: warm-up-and-check
title: {en: "Warm-up and check", nl: "Opwarmen en controleren"}
summary: {en: "A warm-up, the teaching, a check.", nl: "Opwarmen, uitleg, controle."}
minutes: 10
topics: [x]
audience: [all]
tips: [2]
checked: 2026-12-01
steps:
  - kind: quiz
    role: warm-up
    question:
      id: roles-warm-up
      kind: choice
      text: {en: "Which network do you use most?", nl: "Welk netwerk gebruik je het meest?"}
      options: [X, LinkedIn, Bluesky]
      correct: 2
      explanation: {en: "Most of us: LinkedIn.", nl: "De meesten: LinkedIn."}
  - kind: talk
    points: {en: "- What counts on X", nl: "- Wat telt op X"}
  - kind: quiz
    role: check
    question:
      id: roles-check
      kind: choice
      text: {en: "What does a link count for on X?", nl: "Voor hoeveel telt een link op X?"}
      options: [Its length, A fixed number, Nothing]
      correct: 2
      explanation: {en: "Every link counts the same.", nl: "Elke link telt even zwaar."}
"""
WARM_UP, CHECK = "roles-warm-up", "roles-check"

# Survey for x (post length: 2 right; mention: 1 right), 6 respondents each.
SURVEY_67 = [  # 8 of 12 right: the group did better in the survey than in the check
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 1},
]
SURVEY_25 = [  # 3 of 12 right: the check goes far above it
    {"survey-x-post-length": 2, "survey-x-mention": 2},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 3, "survey-x-mention": None},
]
# The warm-up all right, the check 3 of 6: counting the warm-up would make it 9 of 12 (75%,
# a gain of +8 over the survey's 67%) where the check alone is 50% (-17).
ANSWERS = {WARM_UP: [2] * 6, CHECK: [2, 2, 2, 1, 3, None]}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / f"{MODULE}.yaml").write_text(MODULE_YAML, "utf-8")
    return folder


@pytest.fixture
def roles_library(content: Path):
    return load_library([content])


def played(library, data: Path, language: str = "en"):
    survey(data, "sales", SURVEY_67)
    return run_session(library, data, "sales", ANSWERS, language=language, agenda=(MODULE,))


# Scores --------------------------------------------------------------------------------------


def test_scores_and_gain_count_the_check_only(roles_library, isolated):
    record = played(roles_library, isolated)
    assert {a.question for a in record.answers} == {WARM_UP, CHECK}  # both stored
    overall, topics = tally(roles_library, record.answers)
    assert overall == Share(3, 6)
    assert topics == {"x": Share(3, 6)}
    baseline = topic_baseline(roles_library, isolated, "sales")
    scores = session_scores(
        roles_library, record.answers, "sales", isolated, baseline=baseline, shown_only=True
    )
    assert scores.overall == Share(3, 6)
    (x,) = scores.topics
    assert x.session == Share(3, 6)
    assert x.gain == pytest.approx(0.5 - 8 / 12)
    assert scores.warm_ups == 1


def test_a_warm_up_of_another_group_does_not_count_either(roles_library, isolated):
    run_session(roles_library, isolated, "it", ANSWERS, agenda=(MODULE,))
    record = played(roles_library, isolated)
    scores = session_scores(roles_library, record.answers, "sales", isolated, shown_only=True)
    assert scores.other_groups == {"it": Share(3, 6)}


# The export ----------------------------------------------------------------------------------


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_export_marks_the_warm_up_and_its_gain_is_from_checks(roles_library, isolated):
    record = played(roles_library, isolated)
    summary = build_summary(record, roles_library, isolated)
    document = json.loads(render(summary, "json"))
    questions = {q["question"]: q for q in document["questions"]}
    assert (questions[WARM_UP]["role"], questions[WARM_UP]["counted"]) == ("warm-up", False)
    assert (questions[CHECK]["role"], questions[CHECK]["counted"]) == ("check", True)
    assert questions[WARM_UP]["share_correct"] == 1.0  # its own figures are still shown
    assert document["score"] == {"answers": 6, "share_correct": 0.5, "suppressed": False}
    assert document["answers"] == 12  # every answer stored and shown, warm-ups too
    (x,) = document["topics"]
    assert (x["baseline"], x["result"], x["gain"]) == (0.6667, 0.5, round(0.5 - 8 / 12, 4))

    text = markdown(summary)
    name = roles_library.topic_name("x", "en")
    assert f"| {name} | 67% | 50% | -17 |" in text
    warm_up, check = text.split("### ")[1:3]  # the two rounds, in the order played
    assert warm_up.startswith("1. Which network") and "Warm-up (not counted) · " in warm_up
    assert check.startswith("2. What does a link") and "not counted" not in check
    assert "50% correct (6 answers to quiz questions) · warm-ups not counted" in text
    assert "not counted in the group score or the learning gain" in text

    rows = list(csv.DictReader(io.StringIO(render(summary, "csv").decode("utf-8-sig"))))
    assert [(r["question_id"], r["role"]) for r in rows] == [
        (WARM_UP, "Warm-up (not counted)"),
        (CHECK, "Check (counted)"),
    ]

    page = render(summary, "html").decode("utf-8")
    blocks = [_text(block) for block in page.split('<div class="question')[1:]]
    assert "Warm-up (not counted)" in blocks[0] and "not counted" not in blocks[1]
    assert "warm-ups not counted" in _text(page.split("<h2>")[0])  # beside the group score


def test_the_dutch_export_marks_the_warm_up_too(roles_library, isolated):
    record = played(roles_library, isolated, language="nl")
    summary = build_summary(record, roles_library, isolated)
    text = markdown(summary)
    assert "Opwarmvraag (telt niet mee) · " in text
    assert "opwarmvragen tellen niet mee" in text
    assert "-17 |" in text
    table = render(summary, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(table), delimiter=";"))
    assert [r["rol"] for r in rows] == ["Opwarmvraag (telt niet mee)", "Controlevraag (telt mee)"]


# `workshop scores` ---------------------------------------------------------------------------


def test_workshop_scores_counts_the_check_only(roles_library, isolated, content, capsys):
    played(roles_library, isolated)
    (sales,) = group_overview(roles_library, isolated).groups
    assert sales.trend == [0.5]
    assert main(["scores", "--json", "--modules", str(content)]) == 0
    (group,) = json.loads(capsys.readouterr().out)["groups"]
    assert group["trend"] == [0.5] and group["mean_score"] == 0.5
    assert group["topics"] == [
        {"topic": "x", "baseline": 0.6667, "result": 0.5, "gain": round(0.5 - 8 / 12, 4)}
    ]
    assert main(["scores", "--modules", str(content)]) == 0
    out = " ".join(capsys.readouterr().out.replace("│", " ").split())
    assert "67% 50% -17" in out and "75%" not in out
    assert "not the warm-ups" in out


# The projector -------------------------------------------------------------------------------


async def until(pilot: Pilot, condition, what: str) -> None:
    """Pause until `condition` holds, with the store worker done; never longer than 10 s."""
    for _ in range(500):
        await pilot.pause(0.02)
        failed = [w for w in pilot.app.workers if w.state is WorkerState.ERROR]
        assert not failed, f"a worker failed: {failed[0].error!r}"
        if condition():
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            return
    raise AssertionError(f"never reached: {what}")


async def play_round(pilot: Pilot, keys: str) -> None:
    """One participant after another presses a key; then the trainer reveals."""
    now = SessionNow(pilot.app)
    expected = now.round.total + len(keys)
    for key in keys:
        await pilot.press(key)
    await until(pilot, lambda: now.round.total == expected, f"{expected} answers stored")
    await pilot.press("r")
    await until(pilot, lambda: pilot.app.screen.query(RevealView), "the reveal")


LABEL = {"en": "Warm-up · not counted", "nl": "Opwarmvraag · telt niet mee"}
NOT_COUNTED = {"en": "Warm-up questions are not counted.", "nl": "Opwarmvragen tellen niet mee."}


async def scores_on_the_projector(
    app, size: tuple[int, int], language: str, warm_up_keys: str, check_keys: str
) -> str:
    """Play the module with keys as the room would; the scores dialog's words after it."""
    async with app.run_test(size=size) as pilot:
        await prepared(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        screen = app.screen
        screen.clock = itertools.count(1000.0, 1.0).__next__  # no press is a repeat
        now = SessionNow(app)
        assert now.round.role == "warm-up" and now.round.open
        view = screen.query_one(QuizOpenView)
        assert widget_text(app, view.query_one("#warm-up")) == LABEL[language]
        await play_round(pilot, warm_up_keys)
        assert widget_text(app, screen.query_one("#warm-up")) == LABEL[language]
        for _ in range(2):  # → the talk, → the check
            await pilot.press("right")
        await until(pilot, lambda: now.step_index == 2 and now.round.open, "the check")
        assert now.round.role == "check" and not screen.query("#warm-up")
        await play_round(pilot, check_keys)
        assert not screen.query("#warm-up")
        await pilot.press("right")  # the end of the module: its scores
        await until(pilot, lambda: isinstance(app.screen, ScoresScreen), "the scores")
        dialog = app.screen.query_one(".scores")
        assert dialog.max_scroll_y == 0  # everything on the screen, at 80×24 too
        return widget_text(app, dialog)


SIZES = {"80x24": (80, 24), "160x45": (160, 45)}


@pytest.mark.parametrize(("size", "language"), [("80x24", "en"), ("160x45", "nl")])
async def test_the_projector_shows_no_fall_below_the_survey(
    roles_library, isolated, size, language
):
    survey(isolated, "sales", SURVEY_67)
    app = make_app(roles_library, isolated, language=language, modules=(MODULE,))
    text = await scores_on_the_projector(app, SIZES[size], language, "222222", "222134")
    assert "50%" in text  # where the group is now: the check alone
    assert "75%" not in text  # the warm-up counted in
    assert "67%" not in text and "-17" not in text and "+" not in text  # no survey, no fall
    assert {"en": "Learning gain", "nl": "Leerwinst"}[language] not in text
    assert NOT_COUNTED[language] in text


@pytest.mark.parametrize(("size", "language"), [("160x45", "en"), ("80x24", "nl")])
async def test_the_projector_shows_a_rise_above_the_survey(roles_library, isolated, size, language):
    survey(isolated, "sales", SURVEY_25)
    app = make_app(roles_library, isolated, language=language, modules=(MODULE,))
    # The warm-up all wrong: counted in, it would make the gain +25 instead of +75.
    text = await scores_on_the_projector(app, SIZES[size], language, "33333", "22222")
    assert "100%" in text and "+75" in text
    assert "+25" not in text and "25%" not in text  # no survey figure on the projector
    assert {"en": "Learning gain", "nl": "Leerwinst"}[language] in text
