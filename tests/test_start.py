"""`workshop start` opens its screen first and prepares the content and the plan behind it.

No timings here (see bench/startup.py); these check the order of things: what the first frame
needs, what it shows, and that every problem still ends in a message and exit code 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from textual.notifications import Notify
from textual.widgets import DataTable, Footer

from tests.test_hostile_files import one_line_naming
from tests.test_tui_session import SIZE, prepared
from workshop.content import load_library
from workshop.plan import Plan, PlannedModule
from workshop.plan_cache import CachedPlan
from workshop.planner import default_plan
from workshop.tui.app import workshop_app
from workshop.tui.screens.session import SessionScreen

BROKEN = Path(__file__).parent / "broken_modules"
FIRST_FRAME_IMPORTS = """
import sys
import textual.app

def run(self, *args, **kwargs):
    print(" ".join(sorted(sys.modules)))
    return 0

textual.app.App.run = run
from workshop.cli import main
main(["start", "--group", "sales", "--lang", "en"])
"""


def workshop(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "WORKSHOP_DATA": str(data), "WORKSHOP_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_the_first_frame_needs_neither_pydantic_nor_yaml_nor_tinydb(isolated):
    """Content validated before and unchanged since: the screen opens before it is read."""
    load_library()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_IMPORTS],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WORKSHOP_DATA": str(isolated)},
    )
    assert result.returncode == 0, result.stderr
    modules = result.stdout.split()
    assert "workshop.tui.app" in modules
    heavy = ("pydantic", "yaml", "tinydb", "workshop.content.model", "workshop.planner")
    later = ("workshop.plan_cache", "textual.widgets._data_table", "textual.widgets._footer")
    for name in (*heavy, *later):  # the table and the footer come with the agenda
        assert name not in modules, name


def test_changed_content_with_problems_is_reported_before_the_screen_opens(tmp_path, isolated):
    result = workshop("start", "--group", "sales", "--modules", str(BROKEN), data=isolated)
    assert result.returncode == 1
    assert "\x1b[?1049h" not in result.stderr  # the screen never opened
    assert f"{BROKEN / 'wrong-type.yaml'}:4:10:" in result.stderr


def test_an_unknown_module_ends_in_one_line_once_the_screen_has_closed(library, isolated):
    result = workshop("start", "--group", "sales", "--module", "no-such-module", data=isolated)
    one_line_naming(result, "no-such-module")


async def test_the_agenda_opens_before_the_plan_and_fills_in_when_it_is_ready(library, isolated):
    release = threading.Event()

    def prepare():
        release.wait(10)
        return library, default_plan(library, "sales", 90, "en")

    app = workshop_app(prepare, "sales", isolated, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert "workshop · sales · preparing the agenda" in str(
            screen.query_one("#agenda-header").render()
        )
        assert not screen.query(DataTable)  # the first frame is the one line: the rest comes
        keys = [key for key, active in screen.active_bindings.items() if active.enabled]
        assert "space" not in keys and "a" not in keys and "enter" not in keys
        await pilot.press("space", "a", "enter")  # nothing to act on yet, and nothing breaks
        assert app.screen is screen
        release.set()
        await prepared(pilot)
        assert "No survey for sales yet" in str(screen.query_one("#agenda-header").render())
        assert screen.query_one(DataTable).row_count >= 4
        keys = [key for key, active in screen.active_bindings.items() if active.enabled]
        assert {"space", "a", "enter"} <= set(keys)
        assert screen.query_one(Footer)


def cached_agenda(library, plan) -> CachedPlan:
    return CachedPlan(plan, {m.id: library.modules[m.id].title("en") for m in plan.named})


async def until(pilot, condition, what: str) -> None:
    for _ in range(250):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"never: {what}")


def rows(screen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(row.value) for row in table.rows]


async def test_the_cached_agenda_shows_before_the_content_and_enter_waits_for_it(library, isolated):
    """Moving and leaving out work at once; starting waits, says so, and then starts."""
    plan = default_plan(library, "sales", 90, "en")
    release = threading.Event()

    def prepare():
        release.wait(10)
        return library, default_plan(library, "sales", 90, "en")

    seen: list = []
    app = workshop_app(
        prepare, "sales", isolated, "en", cached=lambda: cached_agenda(library, plan)
    )
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.query(DataTable), "the agenda from the cache")
        await pilot.pause()
        assert rows(screen) == [m.id for m in plan.named]
        assert "No survey for sales yet" in str(screen.query_one("#agenda-header").render())
        keys = [key for key, active in screen.active_bindings.items() if active.enabled]
        assert {"space", "enter"} <= set(keys) and "a" not in keys  # adding needs the content
        await pilot.press("space")  # the first module left out
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and not app.content_loaded
        notices = [m.notification.message for m in seen if isinstance(m, Notify)]
        assert "Preparing the content… the session starts as soon as it is ready." in notices
        release.set()
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        await pilot.pause()
        assert app.service is not None
        assert list(app.service.state.agenda) == [m.id for m in plan.modules[1:]]


async def test_a_cached_agenda_that_differs_gives_way_to_the_plan_made_now(library, isolated):
    """Whatever the cache held (a forged entry, say), the trainer ends up with today's plan,
    and a start chosen from the other agenda is not made."""
    plan = default_plan(library, "sales", 90, "en")
    forged = Plan("sales", "default", 90, [PlannedModule("no-such-module", 5, "[b]forged[/]")])
    release = threading.Event()

    def prepare():
        release.wait(10)
        return library, plan

    app = workshop_app(
        prepare,
        "sales",
        isolated,
        "en",
        cached=lambda: CachedPlan(forged, {"no-such-module": "[@click=app.quit]Forged[/]"}),
    )
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen.query(DataTable), "the agenda from the cache")
        await pilot.pause()
        assert rows(screen) == ["no-such-module"]
        title = screen.query_one(DataTable).get_row("no-such-module")[2]
        assert str(title) == "[@click=app.quit]Forged[/]"  # shown as written, never run
        await pilot.press("enter")
        release.set()
        await prepared(pilot)
        assert rows(screen) == [m.id for m in plan.named]
        assert app.screen is screen and app.service is None


async def test_modules_chosen_by_hand_still_say_the_group_has_a_survey(library, isolated):
    """`start --module …` once headed a surveyed group's agenda "No survey for it yet"."""
    from tests.test_survey_support import responses_scoring, store
    from workshop.cli.start_command import make_plan
    from workshop.plan_cache import PlanRequest

    store(isolated, "it", responses_scoring(library.survey, {"x": 0.5}, count=6))
    plan = make_plan(library, PlanRequest(isolated, "it", 90, "en", 5, ("test-quiz",)))
    assert [m.id for m in plan.modules] == ["test-quiz"] and plan.respondents == 6
    app = workshop_app(lambda: (library, plan), "it", isolated, "en")
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        header = str(app.screen.query_one("#agenda-header").render())
        assert "survey: 6 respondents (this group)" in header and "No survey" not in header
