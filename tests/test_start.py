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

from textual.widgets import DataTable, Footer

from tests.test_hostile_files import one_line_naming
from tests.test_tui_session import SIZE, prepared
from workshop.content import load_library
from workshop.planner import default_plan
from workshop.tui.app import workshop_app

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


def test_the_first_frame_needs_neither_pydantic_nor_yaml(isolated):
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
    for heavy in ("pydantic", "yaml", "workshop.content.model", "workshop.planner"):
        assert heavy not in modules, heavy


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
        assert screen.query_one(DataTable).row_count == 0
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


async def test_modules_chosen_by_hand_still_say_the_group_has_a_survey(library, isolated):
    """`start --module …` once headed a surveyed group's agenda "No survey for it yet"."""
    import argparse

    from tests.test_survey_support import responses_scoring, store
    from workshop.cli.start_command import prepare

    store(isolated, "it", responses_scoring(library.survey, {"x": 0.5}, count=6))
    content_dir = str(Path(__file__).parent / "content")
    args = argparse.Namespace(module_ids=["test-quiz"], modules=[content_dir], minutes=90)
    content, plan = prepare(args, "it", isolated, "en")
    assert [m.id for m in plan.modules] == ["test-quiz"] and plan.respondents == 6
    app = workshop_app(lambda: (content, plan), "it", isolated, "en")
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        header = str(app.screen.query_one("#agenda-header").render())
        assert "survey: 6 respondents (this group)" in header and "No survey" not in header
