"""The live workshop through Textual's Pilot: agenda → talk → quiz → reveal → scores → resume."""

from __future__ import annotations

import json
import signal

import pytest

from tests.screen import SessionNow

try:
    import resource
except ImportError:  # Windows
    resource = None

from textual.widgets import DataTable, Markdown, Static

from workshop.planner import default_plan
from workshop.quiz import RoundState
from workshop.tui.app import WorkshopApp, workshop_app
from workshop.tui.screens.agenda import AgendaScreen
from workshop.tui.screens.dialogs import YesNoDialog
from workshop.tui.screens.scores import ScoresScreen
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView

SIZE = (120, 36)


def make_app(library, data, language="en", resume=False, modules=("test-quiz",)):
    plan = default_plan(library, "sales", 90, language)
    plan.modules = [m for m in plan.modules if m.id in modules] or plan.modules
    from workshop.plan import PlannedModule

    plan.modules = [PlannedModule(m, library.modules[m].minutes, "test") for m in modules]
    plan.left_out = []
    data.mkdir(parents=True, exist_ok=True)
    return opened(library, plan, data, language, resume=resume)


def opened(library, plan, data, language="en", resume=False) -> WorkshopApp:
    """The app as `workshop start` makes it, preparing the given content and plan."""
    return workshop_app(lambda: (library, plan), "sales", data, language, resume=resume)


async def prepared(pilot) -> None:
    """Until the app has its content and plan: they come from the store thread."""
    for _ in range(250):
        await pilot.pause(0.02)
        preparing = any(worker.name == "prepare" for worker in pilot.app.workers)
        if hasattr(pilot.app, "plan") and not preparing:
            await pilot.pause()
            return
    raise AssertionError("the agenda was never prepared")


def screen_text(app) -> str:
    """Everything the room can read on the current screen."""
    parts = []
    for widget in app.screen.query(Static):
        parts.append(str(widget.render()))
    for markdown in app.screen.query(Markdown):
        parts.append(markdown.source)
    return "\n".join(parts)


def stored_answers(data):
    files = sorted(data.glob("*.json"))
    assert len(files) == 1
    return list(json.loads(files[0].read_text()).get("answers", {}).values())


async def answer_in_turn(pilot, keys):
    """One participant after another presses a key: past the debounce, all stored."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause(0.4)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def start_session(pilot):
    await prepared(pilot)
    assert isinstance(pilot.app.screen, AgendaScreen)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SessionScreen)


async def test_a_whole_session_from_agenda_to_scores(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        await start_session(pilot)
        assert "Large" in screen_text(app)
        assert not app.screen.query_one("#notes").display  # notes hidden by default
        await pilot.press("t")
        assert app.screen.query_one("#notes").display
        assert "Secret trainer note" in screen_text(app)
        await pilot.press("t")

        await pilot.press("right")
        await pilot.pause()
        view = app.screen.query_one(QuizOpenView)
        assert "How many characters may a post on X have?" in screen_text(app)
        await answer_in_turn(pilot, "221243")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Answers: 6" in screen_text(app)
        assert "Answer received" in screen_text(app)
        assert "%" not in screen_text(app)  # no distribution while the round is open
        answers = stored_answers(isolated)
        assert sorted(a["value"] if a["value"] is not None else 0 for a in answers) == [
            0,
            1,
            2,
            2,
            2,
            3,
        ]
        assert all(
            set(a) == {"round", "module", "question", "value", "source", "count"} for a in answers
        )

        await pilot.press("r")
        await pilot.pause()
        assert app.screen.query(RevealView)
        assert not view.is_attached
        text = screen_text(app)
        assert "Right answer: 280" in text
        assert "Group score this round: 50%" in text
        assert "280 since November 2017." in text

        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ScoresScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)


async def test_backspace_withdraws_the_last_answer_and_debounce_ignores_a_repeat(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await pilot.press("1", "1")  # a bounce: the second press comes within the debounce
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(stored_answers(isolated)) == 1
        await pilot.press("backspace")
        await pilot.pause()
        assert stored_answers(isolated) == []
        assert "Answers: 0" in screen_text(app)


async def test_a_number_question_takes_hidden_digits_and_enter(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right", "right", "right")  # the first round: open, revealed, past
        await pilot.pause()
        await pilot.press("2", "3")
        await pilot.pause()
        assert "●●" in screen_text(app) and "23" not in screen_text(app)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [a["value"] for a in stored_answers(isolated)] == [23]
        assert "●" not in screen_text(app)  # the box clears for the next participant


async def test_show_of_hands_records_counts(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("3", "tab", "9", "enter")
        await pilot.pause()
        await pilot.pause()
        answers = stored_answers(isolated)
        assert sorted((a["value"], a["count"], a["source"]) for a in answers) == [
            (1, 3, "hands"),
            (2, 9, "hands"),
        ]
        assert "Answers: 12" in screen_text(app)


async def test_a_key_that_means_nothing_gets_a_calm_message(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert any("does nothing here" in str(n.message) for n in app._notifications)
        await pilot.press("right")
        await pilot.pause()
        await pilot.press("9")
        await pilot.pause()
        assert any("Press a number from 1 to 4" in str(n.message) for n in app._notifications)


async def test_quit_asks_during_a_round_and_resume_keeps_every_answer(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await answer_in_turn(pilot, "123")
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, YesNoDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert len(stored_answers(isolated)) == 3

    again = make_app(library, isolated, resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(again.screen, SessionScreen)
        assert again.service.state.round.state is RoundState.OPEN
        assert "Answers: 3" in screen_text(again)
        await pilot.press("2")
        await again.workers.wait_for_complete()
    assert len(stored_answers(isolated)) == 4


async def test_start_offers_to_resume_an_unfinished_session(library, isolated):
    first = make_app(library, isolated)
    async with first.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    second = make_app(library, isolated)
    async with second.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(second.screen, YesNoDialog)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(second.screen, SessionScreen)


async def test_the_agenda_can_be_reordered_toggled_and_extended(library, isolated):
    app = make_app(library, isolated, modules=("test-quiz", "x-basics"))
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        screen = app.screen
        await pilot.press("ctrl+down")
        assert [item.id for item in screen.items] == ["x-basics", "test-quiz"]
        await pilot.press("space")
        assert not screen.items[1].included
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert len(screen.items) == 3 and screen.items[2].included
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        agenda = app.service.state.agenda
        assert agenda[0] == "x-basics" and "test-quiz" not in agenda


async def test_dutch_session_text(library, isolated):
    app = make_app(library, isolated, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Antwoorden: 0" in text
        assert "Weet ik niet" in text
        assert "stap 2 van" in text


async def test_the_layout_holds_at_80_by_24_and_200_by_60(library, isolated):
    for size in ((80, 24), (200, 60)):
        app = make_app(library, isolated / f"{size[0]}x{size[1]}")
        async with app.run_test(size=size) as pilot:
            await start_session(pilot)
            await pilot.press("right")
            await pilot.pause()
            options = app.screen.query(".option")
            assert len(options) == 4
            assert all(o.region.width > 0 and o.region.bottom <= size[1] for o in options)
            await pilot.press("ctrl+q")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()


async def test_every_action_is_in_the_command_palette(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "session: reveal" in titles and "session: show of hands" in titles
        assert [title for title in titles if title.endswith((": quit", ": help"))] == [
            "workshop: help",
            "workshop: quit",
        ]  # once each, not also as the screen's
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"session: reveal")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.5)
        assert SessionNow(app).round.state is RoundState.REVEALED


async def test_the_last_step_offers_the_summary_and_the_follow_up_kit(library, isolated):
    from workshop.tui.screens.finished import FinishedScreen

    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await answer_in_turn(pilot, "22213")
        await app.workers.wait_for_complete()
        while not SessionNow(app).at_end:
            await pilot.press("escape", "right")  # escape leaves the compose box
            await pilot.pause()
        await pilot.press("right")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ScoresScreen)
        await pilot.press("escape")
        await pilot.pause(0.5)
        assert isinstance(app.screen, YesNoDialog)
        await pilot.press("y")
        await pilot.pause(1.0)
        assert isinstance(app.screen, FinishedScreen)
        text = screen_text(app)
    written = sorted(p.name for p in (isolated / "exports").iterdir())
    assert [p.rsplit(".", 1)[1] for p in written] == ["html", "md"]
    assert "weekly-moment.ics" in [p.name for p in (isolated / "followup" / "sales").iterdir()]
    assert "weekly-moment.ics" in text
    # The shipped organisation.yaml is the example: the trainer hears it before printing.
    assert "⚠ Note: organisation.yaml still holds the example's details" in " ".join(text.split())
    (session,) = isolated.glob("*.json")
    assert json.loads(session.read_text())["session"]["1"]["finished"] is True


async def test_the_agenda_shows_the_surveys_reasons(library, isolated):
    from tests.test_survey_support import responses_scoring, store
    from workshop.planner import plan_for_group

    store(isolated, "sales", responses_scoring(library.survey, {"linkedin": 0.2}, count=10))
    plan = plan_for_group(library, isolated, "sales", 90, "en")
    app = opened(library, plan, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        text = screen_text(app)
        assert "survey: 10 respondents" in text
        table = app.screen.query_one(DataTable)
        reasons = [str(table.get_row_at(row)[4]) for row in range(table.row_count)]
        assert any(reason.startswith("LinkedIn: 20% correct") for reason in reasons), reasons


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
async def test_a_full_disk_mid_session_is_one_calm_message(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await pilot.press("2")
        await app.workers.wait_for_complete()
        size = next(isolated.glob("*.json")).stat().st_size
        previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, limits[1]))  # nothing grows: disk full
        try:
            await pilot.press("r")
            await pilot.pause()
            await pilot.press("right")
            await pilot.pause()
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)
            signal.signal(signal.SIGXFSZ, previous)
        messages = [str(n.message) for n in app._notifications]
        assert any("could not save" in m and "everything saved before is kept" in m
                   for m in messages), messages
        assert isinstance(app.screen, SessionScreen)  # the session goes on
        await pilot.press("right")
        await pilot.pause()
    assert [a["value"] for a in stored_answers(isolated)] == [2]


async def test_resuming_a_damaged_session_says_so_and_keeps_the_file(library, isolated):
    isolated.mkdir(parents=True)
    damaged = isolated / "2026-01-05-sales-1.json"
    damaged.write_text('{"_meta": {"1": {"schema": 1, "kind": "session"}}, "sess')
    app = make_app(library, isolated, resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(app.screen, AgendaScreen)  # a new session can still start
        messages = [str(n.message) for n in app._notifications]
        assert any("cannot be read and was kept aside" in m for m in messages), messages
    assert (isolated / "2026-01-05-sales-1.json.unreadable").exists()
