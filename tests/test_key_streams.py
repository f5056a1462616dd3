"""Random key streams into a running session, as a room full of hands and a nervous trainer
produce them: the app never crashes, and what the screen says a round holds is what the file
holds, also after the session is closed and resumed.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_tui_session import make_app, prepared
from workshop.content import load_library
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView

KEYS = [
    *"1234567890",
    "right", "left", "space", "enter", "backspace", "escape", "tab",
    "r", "h", "t", "s", "j", "x", "y", "n", "ctrl+q", ".",
]  # fmt: skip
CHUNKS = st.lists(st.lists(st.sampled_from(KEYS), min_size=1, max_size=6), max_size=14)
"""Keys in bursts: within a burst no pause at all, between bursts the app settles."""


def shown_total(app) -> tuple[int, int] | None:
    """(round number, answers) as the session screen shows them for the current round."""
    screen = app.screen
    if not isinstance(screen, SessionScreen) or app.service is None:
        return None
    current = app.service.state.round
    if current is None:
        return None
    number = current.number
    for view in screen.query(QuizOpenView):
        return number, view.total
    for view in screen.query(RevealView):
        return number, view.result.total
    return None


def check_screen_matches_file(app, data: Path) -> None:
    shown = shown_total(app)
    if shown is not None:
        number, total = shown
        (path,) = data.glob("*.json")
        answers = json.loads(path.read_text()).get("answers", {}).values()
        assert sum(a["count"] for a in answers if a["round"] == number) == total


async def play(library, chunks: list[list[str]]) -> None:
    data = Path(tempfile.mkdtemp(prefix="keys-")) / "data"
    app = make_app(library, data, modules=("test-quiz", "x-basics"))
    async with app.run_test(size=(80, 24)) as pilot:
        await prepared(pilot)
        await pilot.press("enter")
        await pilot.pause()
        for chunk in chunks:
            for key in chunk:
                if not app.is_running:
                    break
                await pilot.press(key)
            if not app.is_running:
                break
            await app.workers.wait_for_complete()
            await pilot.pause()
            check_screen_matches_file(app, data)
        if app.is_running:
            await pilot.press("escape", "escape", "ctrl+q", "y")  # close dialogs, then quit
            await pilot.pause()
    if not list(data.glob("*.json")):
        return
    again = make_app(library, data, resume=True, modules=("test-quiz", "x-basics"))
    async with again.run_test(size=(80, 24)) as pilot:
        await prepared(pilot)
        if isinstance(again.screen, SessionScreen):
            check_screen_matches_file(again, data)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(chunks=CHUNKS)
def test_random_keys_never_crash_and_never_lose_a_shown_answer(chunks):
    library = load_library([Path(__file__).parent / "content"])
    asyncio.run(play(library, chunks))
