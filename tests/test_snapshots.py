"""Snapshots of the live session's screens, at 80×24 and 160×45, in English and Dutch.

Every screen is reached by pressing keys, as a trainer would, in the `every-kind` module
(one question of each kind, texts full of brackets and markup that must show as typed).
Nothing on screen depends on the clock, the date or the tmp folder: countdowns are stopped
at their full time, the discussion timer reads a frozen clock, the session is dated on a
fixed day and the data folder is a relative path.

A warm-up round (the `warm-up-and-check` module of tests/test_warm_ups.py) is snapshotted
open and revealed too: it says beside its heading that it does not count.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea
from textual.worker import WorkerState

from tests.screen import SessionNow
from tests.test_tui_session import opened
from workshop import i18n
from workshop.content import load_library
from workshop.plan import PlannedModule
from workshop.planner import default_plan
from workshop.quiz import RoundState
from workshop.store import sessions as session_store
from workshop.tui.app import WorkshopApp
from workshop.tui.screens.agenda import AgendaScreen
from workshop.tui.screens.dialogs import YesNoDialog
from workshop.tui.screens.finished import FinishedScreen
from workshop.tui.screens.scores import ScoresScreen
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets import talk
from workshop.tui.widgets.countdown import Countdown
from workshop.tui.widgets.exercise import ExerciseView
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView
from workshop.tui.widgets.talk import DiscussionView, TalkView

TESTS = Path(__file__).parent
MODULE = "every-kind"
GROUP = "sales"
SIZES = {"80x24": (80, 24), "160x45": (160, 45)}
LANGUAGES = ("en", "nl")
SESSION_DAY = datetime.date(2026, 3, 10)

# The steps of every-kind, by index.
TALK, CHOICE, MULTIPLE, TRUE_FALSE, NUMBER, SCALE, POLL, DISCUSSION, EXERCISE = range(9)

VIEWS = {TALK: TalkView, DISCUSSION: DiscussionView, EXERCISE: ExerciseView}
"""The view of each step that is not a round; a round opens with `QuizOpenView`."""

Scenario = Callable[[Pilot], Awaitable[None]]


@pytest.fixture(scope="module")
def every_kind_library():
    return load_library([TESTS / "content", TESTS / "rehearsal_content"])


@pytest.fixture(scope="module")
def warm_up_library(tmp_path_factory: pytest.TempPathFactory):
    from tests.test_warm_ups import MODULE_YAML

    folder = tmp_path_factory.mktemp("warm-up-content")
    (folder / "warm-up-and-check.yaml").write_text(MODULE_YAML, "utf-8")
    return load_library([folder])


class FixedDay(datetime.date):
    @classmethod
    def today(cls) -> FixedDay:
        return cls(SESSION_DAY.year, SESSION_DAY.month, SESSION_DAY.day)


@pytest.fixture
def steady(monkeypatch: pytest.MonkeyPatch) -> None:
    """The session file is named after a fixed day; the discussion timer reads a frozen clock."""
    monkeypatch.setattr(session_store, "datetime", SimpleNamespace(date=FixedDay))
    monkeypatch.setattr(talk, "time", SimpleNamespace(monotonic=lambda: 1000.0))


def agenda_app(library, language: str) -> WorkshopApp:
    """The group's standard agenda, with every-kind first; only every-kind is started."""
    plan = default_plan(library, GROUP, 90, language)
    plan.modules = [m for m in plan.modules if m.id != MODULE]
    plan.left_out = [m for m in plan.left_out if m.id != MODULE]
    plan.modules.insert(0, PlannedModule(MODULE, library.modules[MODULE].minutes, "test"))
    return opened(library, plan, Path("data"), language)


def session_app(library, language: str) -> WorkshopApp:
    """An agenda of every-kind alone, so its last step ends the session."""
    plan = default_plan(library, GROUP, 90, language)
    plan.modules = [PlannedModule(MODULE, library.modules[MODULE].minutes, "test")]
    plan.left_out = []
    return opened(library, plan, Path("data"), language)


# Waiting ---------------------------------------------------------------------------------------


async def until(pilot: Pilot, condition: Callable[[], bool], what: str) -> None:
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


async def prepared(pilot: Pilot) -> None:
    app = pilot.app
    await until(
        pilot,
        lambda: hasattr(app, "plan") and not any(w.name == "prepare" for w in app.workers),
        "the agenda",
    )


async def started(pilot: Pilot) -> SessionScreen:
    """From the agenda into the session; answers are timed by a clock one second per press."""
    await prepared(pilot)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, SessionScreen), "the session")
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    screen.clock = itertools.count(1000.0, 1.0).__next__  # no press is a repeat of the last
    return screen


def live(pilot: Pilot):
    return SessionNow(pilot.app)


async def go_to(pilot: Pilot, step: int) -> None:
    """→ until `step` is on screen; a round passed on the way is revealed unanswered."""
    while live(pilot).step_index != step:
        before = (live(pilot).step_index, live(pilot).round_open)
        await pilot.press("right")
        await until(
            pilot,
            lambda before=before: (live(pilot).step_index, live(pilot).round_open) != before,
            f"step {step}",
        )
    view = VIEWS.get(step, QuizOpenView)
    await until(pilot, lambda: pilot.app.screen.query(view), f"the {view.__name__}")
    if view is QuizOpenView:
        freeze_countdown(pilot)


def freeze_countdown(pilot: Pilot) -> None:
    """Stop the round's countdown and show its full time, as in the round's first second."""
    view = pilot.app.screen.query_one(QuizOpenView)
    view.stop_countdown()
    view.query_one(Countdown).update(Countdown.format(view.seconds))


async def answer(pilot: Pilot, *answers: str) -> None:
    """One participant after another: a key for a choice, digits and enter for a number."""
    expected = live(pilot).round.total + len(answers)
    for typed in answers:
        if live(pilot).step_index == NUMBER:
            await pilot.press(*typed, "enter")
        else:
            await pilot.press(typed)
    await until(pilot, lambda: live(pilot).round.total == expected, f"{expected} answers stored")
    view = pilot.app.screen.query_one(QuizOpenView)
    if view.fade is not None:  # "Answer received" stays, however slow the machine
        view.fade.stop()


async def reveal(pilot: Pilot) -> None:
    await pilot.press("r")
    await until(pilot, lambda: pilot.app.screen.query(RevealView), "the reveal")
    assert live(pilot).round.state is RoundState.REVEALED


# Screens ---------------------------------------------------------------------------------------


async def agenda(pilot: Pilot) -> None:
    await prepared(pilot)
    assert isinstance(pilot.app.screen, AgendaScreen)


async def talk_step(pilot: Pilot) -> None:
    await started(pilot)
    assert live(pilot).step_index == TALK


async def discussion_step(pilot: Pilot) -> None:
    await started(pilot)
    await go_to(pilot, DISCUSSION)


async def exercise_step(pilot: Pilot) -> None:
    await started(pilot)
    await go_to(pilot, EXERCISE)
    box = pilot.app.screen.query_one(TextArea)
    box.cursor_blink = False
    await until(pilot, lambda: box.has_focus, "the compose box to take the keyboard")
    await pilot.press(*"Hi [Company]! #tips")
    await until(pilot, lambda: box.text == "Hi [Company]! #tips", "the post typed")


async def open_choice(pilot: Pilot) -> None:
    await started(pilot)
    await go_to(pilot, CHOICE)
    await answer(pilot, "2", "1", "2")


async def open_number(pilot: Pilot) -> None:
    await started(pilot)
    await go_to(pilot, NUMBER)
    await answer(pilot, "280")
    await pilot.press("1", "4")  # the next participant is typing: two dots


def revealed(step: int, *answers: str) -> Scenario:
    async def scenario(pilot: Pilot) -> None:
        await started(pilot)
        await go_to(pilot, step)
        await answer(pilot, *answers)
        await reveal(pilot)

    return scenario


async def scores(pilot: Pilot) -> None:
    """The scores after the module, with figures for some rounds and too few for another."""
    await answered_session(pilot)
    await pilot.press("right")
    await until(pilot, lambda: isinstance(pilot.app.screen, ScoresScreen), "the scores")


async def finish(pilot: Pilot) -> None:
    await scores(pilot)
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(pilot.app.screen, YesNoDialog), "the summary question")
    await pilot.press("y")
    await until(pilot, lambda: isinstance(pilot.app.screen, FinishedScreen), "the finish screen")


async def answered_session(pilot: Pilot) -> None:
    """Every round of every-kind answered (true/false by too few), up to the exercise."""
    await started(pilot)
    plays = {
        CHOICE: ("2", "2", "1", "2", "3", "4"),
        MULTIPLE: ("1", "2", "2", "3", "5"),
        TRUE_FALSE: ("2", "1"),
        NUMBER: ("280", "140", "280", "300", "280"),
        SCALE: ("4", "5", "3", "4", "2"),
        POLL: ("1", "1", "3", "2", "1"),
    }
    for step, answers in plays.items():
        await go_to(pilot, step)
        await answer(pilot, *answers)
        await reveal(pilot)
    await go_to(pilot, EXERCISE)
    await pilot.press("escape")  # leave the compose box; → now moves on
    await until(pilot, lambda: pilot.app.screen.focused is None, "the compose box left")


SCREENS: dict[str, Scenario] = {
    "agenda": agenda,
    "talk": talk_step,
    "discussion": discussion_step,
    "exercise": exercise_step,
    "open-choice": open_choice,
    "open-number": open_number,
    # choice with one right answer (2), "don't know" is 4
    "reveal-choice": revealed(CHOICE, "2", "2", "1", "2", "3", "4", "2"),
    # two right answers (1 and 2), "don't know" is 5
    "reveal-multiple": revealed(MULTIPLE, "1", "2", "2", "3", "5", "1"),
    # 1 true, 2 false (right), 3 don't know
    "reveal-true-false": revealed(TRUE_FALSE, "2", "1", "2", "3", "2", "2"),
    "reveal-number": revealed(NUMBER, "280", "140", "280", "300", "23", "280", "1000"),
    "reveal-scale": revealed(SCALE, "4", "5", "3", "4", "2", "4", "1"),
    "reveal-poll": revealed(POLL, "1", "1", "3", "2", "1", "3"),
    "reveal-too-few": revealed(CHOICE, "2", "1"),
    "scores": scores,
    "finish": finish,
}

CASES = [
    pytest.param(screen, size, language, id=f"{screen}-{size}-{language}")
    for screen in SCREENS
    for size in SIZES
    for language in LANGUAGES
]


@pytest.mark.parametrize(("screen", "size", "language"), CASES)
def test_screen(snap_compare, every_kind_library, steady, screen, size, language):
    i18n.set_language(language)  # as `workshop --lang` sets it for the whole process
    app = (agenda_app if screen == "agenda" else session_app)(every_kind_library, language)
    Path("data").mkdir()
    assert snap_compare(app, terminal_size=SIZES[size], run_before=SCREENS[screen])


# A warm-up round -------------------------------------------------------------------------------


async def open_warm_up(pilot: Pilot) -> None:
    """The module's first step: the warm-up, open, three answers in."""
    await started(pilot)
    await until(pilot, lambda: pilot.app.screen.query(QuizOpenView), "the warm-up")
    freeze_countdown(pilot)
    await answer(pilot, "2", "1", "2")


async def reveal_warm_up(pilot: Pilot) -> None:
    await open_warm_up(pilot)
    await answer(pilot, "2", "3", "2")
    await reveal(pilot)


WARM_UP_SCREENS: dict[str, Scenario] = {
    "open-warm-up": open_warm_up,
    "reveal-warm-up": reveal_warm_up,
}


@pytest.mark.parametrize(
    ("screen", "size", "language"),
    [
        pytest.param(screen, size, language, id=f"{screen}-{size}-{language}")
        for screen in WARM_UP_SCREENS
        for size in SIZES
        for language in LANGUAGES
    ],
)
def test_warm_up_screen(snap_compare, warm_up_library, steady, screen, size, language):
    i18n.set_language(language)
    plan = default_plan(warm_up_library, GROUP, 90, language)
    module = warm_up_library.modules["warm-up-and-check"]
    plan.modules = [PlannedModule(module.id, module.minutes, "test")]
    plan.left_out = []
    app = opened(warm_up_library, plan, Path("data"), language)
    Path("data").mkdir()
    assert snap_compare(app, terminal_size=SIZES[size], run_before=WARM_UP_SCREENS[screen])


# Confidence ------------------------------------------------------------------------------------


async def answer_with_confidence(pilot: Pilot, *answers: tuple[str, str | None]) -> None:
    """Each participant's key, then ↑ (sure), ↓ (not sure) or nothing (`None`)."""
    expected = live(pilot).round.total + len(answers)
    for key, arrow in answers:
        await pilot.press(key, *([arrow] if arrow else []))
    await until(pilot, lambda: live(pilot).round.total == expected, f"{expected} answers stored")
    view = pilot.app.screen.query_one(QuizOpenView)
    if view.fade is not None:  # the last confirmation stays, however slow the machine
        view.fade.stop()


async def open_choice_confidence(pilot: Pilot) -> None:
    """Two answers with their arrows; the third person has just pressed their number."""
    await started(pilot)
    await go_to(pilot, CHOICE)
    await answer_with_confidence(pilot, ("2", "up"), ("1", "down"), ("2", None))


async def reveal_choice_confidence(pilot: Pilot) -> None:
    """7 answers: 1 and 3 wrong and sure, "don't know" sure (no myth): 2 of 7 confidently wrong."""
    await started(pilot)
    await go_to(pilot, CHOICE)
    await answer_with_confidence(
        pilot,
        ("2", "up"),
        ("2", "down"),
        ("1", "up"),
        ("2", "up"),
        ("3", "up"),
        ("4", "up"),
        ("2", None),
    )
    await reveal(pilot)


CONFIDENCE_SCREENS: dict[str, Scenario] = {
    "open-choice-confidence": open_choice_confidence,
    "reveal-choice-confidence": reveal_choice_confidence,
}


@pytest.mark.parametrize(
    ("screen", "size", "language"),
    [
        pytest.param(screen, size, language, id=f"{screen}-{size}-{language}")
        for screen in CONFIDENCE_SCREENS
        for size in SIZES
        for language in LANGUAGES
    ],
)
def test_confidence_screen(snap_compare, every_kind_library, steady, screen, size, language):
    """`workshop start … --confidence`: the open round says "then ↑ sure or ↓ not sure" and
    the footer names the arrows; the reveal adds the confidently wrong answers."""
    from workshop.tui.app import workshop_app

    i18n.set_language(language)
    plan = default_plan(every_kind_library, GROUP, 90, language)
    plan.modules = [PlannedModule(MODULE, every_kind_library.modules[MODULE].minutes, "test")]
    plan.left_out = []
    library = every_kind_library
    app = workshop_app(lambda: (library, plan), GROUP, Path("data"), language, confidence=True)
    Path("data").mkdir()
    assert snap_compare(app, terminal_size=SIZES[size], run_before=CONFIDENCE_SCREENS[screen])
