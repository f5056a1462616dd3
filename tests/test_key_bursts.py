"""Keys that arrive together, as in one read of the terminal (a quick hand, a clicker, a
paste, tmux): each is handled in the order it came, none is dropped.

Pilot's `press` waits between keys; here the keys are sent to the app's driver one after
another without waiting, exactly as Textual's input thread hands over one read.
"""

from __future__ import annotations

from textual import events

from tests.test_kiosk import GROUP, SIZE, small_bank, start, stored
from tests.test_live_screen import settle
from tests.test_tui_session import SIZE as SESSION_SIZE
from tests.test_tui_session import make_app, start_session
from workshop.content.model import NumberQuestion
from workshop.survey.order import survey_order
from workshop.tui.kiosk import kiosk_app
from workshop.tui.screens.hands import HandsScreen


def burst(app, *keys: str) -> None:
    """`keys` handed to the app in one go, as the driver does with one read."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)


async def test_a_choice_and_enter_together_answer_the_question(isolated):
    bank = small_bank()
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=1)
        for question in questions:
            keys = ("4", "2", "enter") if isinstance(question, NumberQuestion) else ("2", "enter")
            burst(app, *keys)
            await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
    (response,) = stored(isolated)
    assert response["answers"] == {
        q.id: 42 if isinstance(q, NumberQuestion) else 2 for q in questions
    }


async def test_counts_and_tabs_together_fill_one_row_each(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SESSION_SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HandsScreen)
        burst(app, "3", "tab", "2", "tab", "1")
        await pilot.pause(0.2)
        assert [i.value for i in app.screen.query("Input")][:3] == ["3", "2", "1"]
        burst(app, "enter")
        await settle(pilot)
        assert app.service.state.round.total == 6
