"""Confidence: each answer asked "sure or not sure?", stored anonymously with the answer.

With keys a participant presses their number, then ↑ sure or ↓ not sure; the next number is
the next person's answer. Played through the real app with Pilot and real session files.
"""

from __future__ import annotations

import json

from tests.screen import flowing, screen_lines
from tests.test_key_bursts import burst
from tests.test_live_screen import settle
from tests.test_tui_session import prepared, screen_text, start_session, stored_answers
from workshop.plan import PlannedModule
from workshop.planner import default_plan
from workshop.store import Answer, SessionFile
from workshop.store.sessions import read_session
from workshop.tui.app import workshop_app
from workshop.tui.screens.session import SessionScreen

SIZE = (120, 36)


def confidence_app(library, data, confidence=True, resume=False, language="en"):
    """The app as `workshop start --group sales --module test-quiz [--confidence]` makes it."""
    plan = default_plan(library, "sales", 90, language)
    plan.modules = [PlannedModule("test-quiz", 10, "test")]
    plan.left_out = []
    data.mkdir(parents=True, exist_ok=True)
    return workshop_app(
        lambda: (library, plan), "sales", data, language, resume=resume, confidence=confidence
    )


def said(data) -> list[tuple[float | None, bool | None]]:
    return [(a["value"], a.get("sure")) for a in stored_answers(data)]


async def to_the_first_round(pilot) -> None:
    await start_session(pilot)
    await pilot.press("right")
    await settle(pilot)


async def test_a_burst_of_numbers_and_arrows_gives_each_answer_its_own_confidence(
    library, isolated
):
    app = confidence_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        assert "then ↑ sure or ↓ not sure" in screen_text(app)
        assert "↑ sure" in screen_lines(app)[-1] and "↓ not sure" in screen_lines(app)[-1]
        # One read: the third person says nothing; the fourth's ↑ bounces (counted once), and
        # the ↓ after it cannot change what she said.
        burst(app, "2", "up", "3", "down", "1", "4", "up", "up", "down")
        await pilot.pause(0.2)
        await settle(pilot)
        assert "Answers: 4" in screen_text(app)
        assert "First press the number of your answer" in screen_text(app)
    assert said(isolated) == [(2, True), (3, False), (1, None), (None, True)]


async def test_an_arrow_before_any_answer_or_after_the_window_is_refused(library, isolated):
    app = confidence_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        screen = app.screen
        now = [100.0]
        screen.clock = lambda: now[0]
        await pilot.press("up")  # nobody answered yet
        await settle(pilot)
        assert "First press the number of your answer" in screen_text(app)
        await pilot.press("2")
        await settle(pilot)
        assert "now ↑ sure or ↓ not sure" in screen_text(app)
        now[0] += 10.5  # the next person, long after: not the previous person's answer
        await pilot.press("down")
        await settle(pilot)
        assert "First press the number of your answer" in screen_text(app)
        now[0] += 1
        await pilot.press("3", "up")
        await settle(pilot)
        assert "✓ Noted" in screen_text(app)  # the same word for sure and not sure
        await pilot.press("down")  # the next person's arrow before their number
        await settle(pilot)
        assert "First press the number of your answer" in screen_text(app)
        assert said(isolated) == [(2, None), (3, True)]
        now[0] += 1
        await pilot.press("backspace")  # undo takes back the answer with its confidence
        await settle(pilot)
        assert app.service.state.round.total == 1
    assert said(isolated) == [(2, None)]


async def test_a_number_answer_takes_its_arrow_after_enter(library, isolated):
    app = confidence_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        await pilot.press("right", "right")  # reveal the first round, on to the number round
        await settle(pilot)
        burst(app, "2", "3", "up")  # the arrow before enter: no answer yet
        await pilot.pause(0.2)
        await settle(pilot)
        assert "First press Enter" in screen_text(app)
        burst(app, "enter", "up", "1", "4", "0", "enter", "down")
        await pilot.pause(0.2)
        await settle(pilot)
    assert said(isolated) == [(23, True), (140, False)]


async def test_the_key_switches_asking_and_a_resume_keeps_it_with_the_answers(library, isolated):
    app = confidence_app(library, isolated, confidence=False)
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        footer = screen_lines(app)[-1]
        assert "sure" not in footer  # off: the footer is as it always was
        await pilot.press("2", "up")  # ↑ does nothing while not asking
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.service.state.confidence
        assert "then ↑ sure or ↓ not sure" in screen_text(app)
        assert "? stop sure?" in screen_lines(app)[-1]
        await pilot.press("1", "down")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
    (path,) = isolated.glob("*.json")
    assert read_session(path).info["confidence"] is True
    assert said(isolated) == [(2, None), (1, False)]

    again = confidence_app(library, isolated, confidence=False, resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(again.screen, SessionScreen)
        assert again.service.state.confidence
        assert "then ↑ sure or ↓ not sure" in screen_text(again)
        await pilot.press("3", "up", "question_mark")
        await settle(pilot)
        assert not again.service.state.confidence
        assert "then ↑" not in screen_text(again)
        await pilot.press("ctrl+q")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
    assert read_session(path).info["confidence"] is False
    assert said(isolated) == [(2, None), (1, False), (3, True)]


async def test_confidence_on_the_command_line_switches_a_resumed_session_on(library, isolated):
    isolated.mkdir(parents=True)
    with SessionFile.create(isolated, "sales", "en", ["test-quiz"]) as session:
        session.add_answer(Answer(1, "test-quiz", "test-length", 2))
    app = confidence_app(library, isolated, confidence=True, resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert app.service.state.confidence
        await pilot.press("ctrl+q")
        await settle(pilot)
    (path,) = isolated.glob("*.json")
    assert json.loads(path.read_text())["session"]["1"]["confidence"] is True


def test_an_answer_without_confidence_is_stored_as_before(tmp_path):
    with SessionFile.create(tmp_path, "sales", "en", ["test-quiz"]) as session:
        session.add_answer(Answer(1, "test-quiz", "test-length", 2))
        session.add_answer(Answer(1, "test-quiz", "test-length", 1, "phone", sure=False))
        documents = list(json.loads(session.path.read_text())["answers"].values())
        info = json.loads(session.path.read_text())["session"]["1"]
    assert "sure" not in documents[0] and documents[1]["sure"] is False
    assert "confidence" not in info  # a session that does not ask looks as it did


async def test_the_reveal_shows_the_confidently_wrong_from_five_answers_and_a_resume_keeps_it(
    library, isolated
):
    app = confidence_app(library, isolated)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_the_first_round(pilot)
        # right and sure, wrong and sure (twice), wrong and not sure, "don't know" and sure
        burst(app, "2", "up", "1", "up", "3", "up", "1", "down")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("4", "up")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        text = flowing(app)
        assert "Confidently wrong: 2 of 5 answers (40%) were wrong and given as sure" in text
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert said(isolated) == [(2, True), (1, True), (3, True), (1, False), (None, True)]

    again = confidence_app(library, isolated, resume=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await prepared(pilot)
        assert "Confidently wrong: 2 of 5 answers (40%)" in flowing(again)


async def test_the_reveal_shows_no_confidence_figure_below_five_answers(library, isolated):
    app = confidence_app(library, isolated, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        burst(app, "1", "up", "3", "up", "1", "up", "2", "up")
        await pilot.pause(0.2)
        await settle(pilot)
        assert "dan ↑ zeker of ↓ niet zeker" in screen_text(app)
        await pilot.press("r")
        await settle(pilot)
        text = flowing(app)
        assert "te weinig antwoorden om anoniem te tonen" in text
        assert "Zeker maar fout" not in text and "%" not in text
    assert len(said(isolated)) == 4


async def test_the_reveal_says_it_in_dutch_and_not_when_the_session_does_not_ask(library, isolated):
    app = confidence_app(library, isolated, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        burst(app, "1", "up", "3", "down", "1", "up", "2", "up", "1")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert "Zeker maar fout: 2 van 5 antwoorden (40%) fout, met ‘zeker’ erbij" in flowing(app)
    plain = confidence_app(library, isolated / "plain", confidence=False)
    async with plain.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        await pilot.press("1", "3", "1", "2", "1", "r")
        await settle(pilot)
        assert "Group score this round: 20%" in flowing(plain)
        assert "Confidently" not in flowing(plain)


async def test_an_opinion_is_never_asked_sure(library, isolated):
    app = confidence_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await to_the_first_round(pilot)
        while app.service.state.round is None or app.service.state.round.question.id != (
            "test-comfort"
        ):
            await pilot.press("right")
            await settle(pilot)
        assert app.service.state.round.open and not app.service.state.asks_sure
        assert "↑" not in screen_text(app) and "↑ sure" not in screen_lines(app)[-1]
        await pilot.press("4", "up")
        await settle(pilot)
        assert "Answer received" in screen_text(app) and "↑" not in screen_text(app)
    assert said(isolated) == [(4, None)]
