"""What went wrong in front of a room, each played through the real app with Pilot.

The number reveal that crashed (and crashed again on resume), typing in the compose box that
drove the session, → that closed a round without showing it, fast presses that vanished, and
trainer text read as markup.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual import events
from textual.widgets import TextArea

from tests.screen import SessionNow, flowing, screen_lines, screen_text
from tests.test_tui_session import make_app, prepared, start_session, stored_answers
from workshop.content import load_library
from workshop.quiz import RoundState
from workshop.store.sessions import read_session
from workshop.tui.keypresses import RepeatFilter
from workshop.tui.screens.dialogs import YesNoDialog
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView

SIZE = (80, 24)
REHEARSAL = Path(__file__).parent / "rehearsal_content"


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def to_the_exercise(pilot):
    """→ until the compose exercise is on screen (a round on the way: revealed, passed)."""
    live = SessionNow(pilot.app)
    while live.step.kind != "exercise":
        await pilot.press("right")
        await settle(pilot)
    return live


async def test_a_number_round_reveals_its_figures_and_resumes_revealed(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right", "right", "right")  # past the first round: open, revealed
        for typed in ("23", "23", "140", "280", "23", "1000"):
            await pilot.press(*typed, "enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert app.screen.query_one(RevealView)
        lines = screen_lines(app)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert sorted(a["value"] for a in stored_answers(isolated)) == [23, 23, 23, 140, 280, 1000]
    expected = [("23", "3", "50%"), ("140", "1", "17%"), ("280", "1", "17%"), ("1000", "1", "17%")]
    for label, count, share in expected:
        assert any(line.split()[:1] == [label] and line.split()[-2:] == [count, share]
                   for line in lines), (label, lines)
    assert any("Group score this round: 50%" in line for line in lines)

    again = make_app(library, isolated, resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(again.screen, SessionScreen)
        assert again.service.state.round.state is RoundState.REVEALED
        assert "Group score this round: 50%" in screen_text(again)


async def test_typing_in_the_compose_box_never_drives_the_session(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        live = await to_the_exercise(pilot)
        step = live.step_index
        assert isinstance(app.screen.focused, TextArea)  # the box takes the keyboard at once
        await pilot.press(*"so t space", "space", "left", "right", "h", "r", "s", "j")
        app.post_message(events.Paste("pasted [b]text[/] with s and t\nand a second line"))
        await settle(pilot)
        assert live.step_index == step and isinstance(app.screen, SessionScreen)
        assert not app.screen.query_one("#notes").display  # t did not show the notes
        box = app.screen.query_one(TextArea)
        assert box.text.startswith("so t space hrsj") and "pasted [b]text[/] with s" in box.text
        assert "esc leave text box" in screen_lines(app)[-1]
        await pilot.press("escape", "right")
        await settle(pilot)
        assert live.step_index == step + 1  # out of the box, → moves on again


async def test_right_reveals_an_open_round_before_it_moves_on(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        live = SessionNow(app)
        await pilot.press("2", "1", "2", "3", "2")
        await settle(pilot)
        await pilot.press("right")  # a presenter clicker: reveals, stays on the step
        await settle(pilot)
        assert (live.step_index, live.round.state) == (1, RoundState.REVEALED)
        assert "Group score this round: 60%" in screen_text(app)
        await pilot.press("space")
        await settle(pilot)
        assert live.step_index == 2 and live.round.state is RoundState.OPEN
        await pilot.press("left")  # leaving an open round otherwise: asked first
        await settle(pilot)
        assert isinstance(app.screen, YesNoDialog)
        await pilot.press("n")
        await settle(pilot)
        assert live.step_index == 2
        await pilot.press("left")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert live.step_index == 1
        stored = read_session(live.session_path).info["position"]["rounds"]
        assert stored["0:2"]["state"] == "open"  # left open on purpose, not closed unseen


async def test_different_keys_in_a_burst_are_all_counted(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        await pilot.press("1", "3", "2", "4", "1", "2")  # one after another, no pause at all
        await settle(pilot)
        assert "Answers: 6" in screen_text(app)
    values = [a["value"] for a in stored_answers(isolated)]
    assert values == [1, 3, 2, None, 1, 2]


async def test_a_key_held_down_counts_once_and_says_so(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        # Auto-repeat: the same key three times within 0.3 s, handed over together as the
        # terminal does (pilot.press waits between keys: on a busy machine, past the window).
        from tests.test_key_bursts import burst

        burst(app, "2", "2", "2")
        await settle(pilot)
        text = screen_text(app)
        assert "Answers: 1" in text
        assert "Same key again: not counted" in text
    assert [a["value"] for a in stored_answers(isolated)] == [2]


def test_the_repeat_filter_tells_a_repeat_from_a_new_press():
    keys = RepeatFilter(window=0.3)
    assert not keys.is_repeat("1", 10.0)
    assert not keys.is_repeat("3", 10.05)  # another key: always a new answer
    assert not keys.is_repeat("2", 10.1)
    assert keys.is_repeat("2", 10.2)
    assert keys.is_repeat("2", 10.45)  # still held: each repeat restarts the window
    assert not keys.is_repeat("2", 10.8)  # a new press of the same key, later


async def test_trainer_text_with_brackets_shows_as_written(isolated):
    library = load_library([REHEARSAL])
    app = make_app(library, isolated, modules=("every-kind",))
    async with app.run_test(size=(160, 45)) as pilot:
        await start_session(pilot)
        text = flowing(app)
        assert "Rules for [Company] [/]" in text
        assert "Say [b]hello[/b] to [@click=app.quit]everyone[/]" in text
        await pilot.press("t")
        await pilot.pause()
        assert "[link=https://example.org]a link[/link]" in flowing(app)
        await pilot.press("t", "right")
        await settle(pilot)
        text = flowing(app)
        assert "Which [tag] is right? [/]" in text
        assert "[red]first[/red]" in text and "[@click=app.quit]second[/]" in text
        await pilot.press("1", "2", "2", "3", "2", "right")
        await settle(pilot)
        assert app.is_running  # [@click=app.quit] stayed text
        text = flowing(app)
        assert "The [second] one, [link=x]really[/link]." in text
        assert "✓ Right answer: [@click=app.quit]second[/]" in text


async def test_phones_get_trainer_text_as_written_and_the_session_stays_up(isolated):
    import aiohttp

    from workshop.phone.server import PhoneServer, open_socket

    library = load_library([REHEARSAL])
    app = make_app(library, isolated, modules=("every-kind",))
    app.phone_server = server = PhoneServer(open_socket("127.0.0.1", 0), "en", code="XYZ789")
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            async with phone.post(server.url + "api/join", json={"code": "XYZ789"}) as response:
                assert response.status == 200
            async with phone.get(server.url + "api/state") as response:
                state = await response.json()
            assert "Which [tag] is right? [/]" in json.dumps(state, ensure_ascii=False)
            assert "[@click=app.quit]second[/]" in json.dumps(state, ensure_ascii=False)
            answer = {"round": state["round"], "value": 2}
            async with phone.post(server.url + "api/answer", json=answer) as response:
                assert response.status == 200
            await settle(pilot)
            assert app.is_running and "Answers: 1" in screen_text(app)


async def test_a_clicker_moves_through_the_scores_between_modules(library, isolated):
    """At the end of a module → shows the scores, and the next → continues: one step on."""
    from workshop.tui.screens.scores import ScoresScreen

    app = make_app(library, isolated, modules=("test-quiz", "x-basics"))
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        live = SessionNow(app)
        while live.step_index < len(live.module.steps) - 1:
            await pilot.press("escape", "right")  # escape leaves the compose box
            await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert isinstance(app.screen, ScoresScreen)
        await pilot.press("right", "right")  # a double click of the clicker
        await settle(pilot)
        assert not any(isinstance(s, ScoresScreen) for s in app.screen_stack)
        assert (live.module_index, live.step_index) == (1, 0)  # x-basics opens on a round
        assert live.round.state is RoundState.REVEALED  # which the second → revealed


async def test_keys_are_labelled_in_the_session_language_not_the_process_one(library, isolated):
    """A Dutch session under an English process (say `--lang en --resume`) stays Dutch."""
    app = make_app(library, isolated, language="nl")
    async with app.run_test(size=(160, 45)) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        footer = screen_lines(app)[-1]
        assert "antwoord tonen" in footer and "afsluiten" in footer, footer
        assert "reveal" not in footer and "tui." not in footer, footer



async def test_a_late_confirmation_never_covers_a_later_warning(library, isolated):
    """The first press's "received" may be stored after the second press was flagged."""
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        view = app.screen.query_one(QuizOpenView)
        view.flash("✗ not counted", pressed_at=2.0, warning=True)
        view.flash("✓ received", pressed_at=1.0)  # the earlier press, confirmed later
        await pilot.pause()
        assert "✗ not counted" in screen_text(app) and "✓ received" not in screen_text(app)


async def test_a_dutch_thousand_typed_with_a_point_is_a_thousand(library, isolated):
    app = make_app(library, isolated, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right", "right", "right")  # to the number round
        await pilot.press(*"1.000", "enter", *"2,5", "enter")
        await settle(pilot)
    assert [a["value"] for a in stored_answers(isolated)] == [1000, 2.5]


async def test_hands_are_for_options_and_a_recount_starts_from_the_last_count(library, isolated):
    from workshop.tui.screens.hands import HandsScreen

    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await settle(pilot)
        await pilot.press("h", "3", "tab", "9", "enter")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HandsScreen)
        assert "replaces the earlier one (12 hands)" in flowing(app)
        assert [i.value for i in app.screen.query("Input")][:2] == ["3", "9"]
        await pilot.press("escape", "right", "right")  # reveal, then the number round
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)  # nobody raises a hand for "23"
        assert "show of hands" not in screen_lines(app)[-1]


async def test_a_post_being_written_survives_a_step_back(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await to_the_exercise(pilot)
        await pilot.press(*"half a post", "escape", "left")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == "half a post"


def test_no_private_textual_or_openpyxl_attribute_is_used():
    """Nothing may depend on Textual's or openpyxl's insides: only their public names."""
    import re

    import workshop

    source = Path(workshop.__file__).parent
    private = re.compile(r"\b(?:node|app|screen|widget|workbook|sheet|self)\._(?!_)[a-z]\w*")
    found = []
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "textual" not in text and "openpyxl" not in text:
            continue
        for match in private.finditer(text):
            if not match.group().startswith("self."):
                found.append(f"{path.name}: {match.group()}")
    assert found == []


async def test_no_footer_shows_a_catalogue_key(library, isolated):
    """Every screen's keys are labelled in words: none reads "tui.key_start"."""
    app = make_app(library, isolated, language="nl")
    footers = []
    async with app.run_test(size=(160, 45)) as pilot:
        await prepared(pilot)
        footers.append(screen_lines(app)[-1])
        for keys in (["enter"], ["right"], ["h"], ["escape", "f1"], ["escape", "s"], ["escape"]):
            await pilot.press(*keys)
            await settle(pilot)
            footers.append(screen_lines(app)[-1])
        await pilot.press("ctrl+q")
        await settle(pilot)
        footers.append(screen_lines(app)[-1])
    assert all(footer.strip() for footer in footers), footers
    assert not [f for f in footers if "tui." in f or "kiosk." in f or "phone." in f], footers


async def test_the_screen_asks_the_app_for_scores_and_the_end_by_message(library, isolated):
    from workshop.tui.screens.scores import ScoresScreen

    seen = []
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await start_session(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ScoresScreen)
        asked = [m for m in seen if isinstance(m, SessionScreen.ScoresRequested)]
        assert {(m.after_module, m.then) for m in asked} == {(False, None)}  # up, and up again


async def test_a_number_out_of_range_says_which_numbers_count(library, isolated):
    app = make_app(library, isolated, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right", "right", "right")  # to the number round (0 to 1000)
        await pilot.press(*"5000", "enter")
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert "Niet geteld: typ een getal van 0 tot en met 1000." in messages
    assert stored_answers(isolated) == []
