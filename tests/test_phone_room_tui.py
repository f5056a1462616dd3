"""The trainer's say over the room on the projector, with a real phone server and real phones:

the people present (e), the lock (l), a new join code (c) that the panel and badge show at once,
the warning when a round has more answers than people, and the survey's count of phones.
"""

from __future__ import annotations

import aiohttp
from textual.widgets import Input, Static

from tests.phone_support import stored_answers
from tests.test_tui_session import SIZE, answer_in_turn, make_app, screen_text, start_session
from workshop.phone.server import PhoneServer, open_socket
from workshop.tui.screens.expect import ExpectDialog
from workshop.tui.widgets.join import JoinBadge, JoinPanel, qr_text, spaced
from workshop.tui.widgets.quiz_open import QuizOpenView

CODE = "XYZ789"


def serving_app(library, data, language="en"):
    app = make_app(library, data, language)
    app.phone_server = PhoneServer(open_socket("127.0.0.1", 0), language, code=CODE)
    return app


def phone_session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def join(phone, server, code=None) -> int:
    async with phone.post(server.url + "api/join", json={"code": code or server.code}) as reply:
        return reply.status


def footer_keys(app) -> dict[str, str]:
    return {key: b.binding.description for key, b in app.screen.active_bindings.items()}


async def test_people_present_and_the_warning_when_answers_outnumber_them(library, isolated):
    app = serving_app(library, isolated)
    server = app.phone_server
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        assert footer_keys(app)["e"] == "people present"
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExpectDialog)
        await pilot.press("x", "2", "enter")  # a letter is not typed into a number box
        await pilot.pause()
        assert server.expected == 2
        badge = str(app.screen.query_one(JoinBadge).render())
        assert "people: 2" in badge and CODE in badge

        await pilot.press("right")
        await pilot.pause()
        view = app.screen.query_one(QuizOpenView)
        warning = view.query_one("#more-answers", Static)
        await answer_in_turn(pilot, ["1", "2"])
        assert view.total == 2 and not warning.display
        async with phone_session() as phone:
            assert await join(phone, server) == 200
            async with phone.get(server.url + "api/state") as reply:
                round_number = (await reply.json())["round"]
            body = {"round": round_number, "value": 3}
            async with phone.post(server.url + "api/answer", json=body) as reply:
                assert reply.status == 200
        await pilot.pause()
        await pilot.pause()
        assert "Answers: 3" in screen_text(app)
        assert warning.display
        assert "More answers than people present (2)" in screen_text(app)

        await pilot.press("e")  # the trainer miscounted: 5 people after all
        await pilot.pause()
        box = app.screen.query_one(Input)
        box.value = ""
        await pilot.press("5", "enter")
        await pilot.pause()
        assert server.expected == 5 and not warning.display
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")  # empty: no limit
        await pilot.pause()
        assert server.expected is None
    assert sorted(a["source"] for a in stored_answers(isolated)) == ["key", "key", "phone"]


async def test_the_lock_key_refuses_new_phones_and_shows_it(library, isolated):
    app = serving_app(library, isolated)
    server = app.phone_server
    refused = []
    async with app.run_test(size=SIZE) as pilot:
        server.on_refused = lambda reason, count: refused.append(reason)
        await start_session(pilot)
        assert footer_keys(app)["l"] == "lock joining"
        await pilot.press("l")
        await pilot.pause()
        assert server.locked
        assert footer_keys(app)["l"] == "open joining"
        assert "joining locked" in str(app.screen.query_one(JoinBadge).render())
        async with phone_session() as phone:
            assert await join(phone, server) == 403
            assert refused == ["locked"]
            await pilot.press("l")
            await pilot.pause()
            assert not server.locked
            assert "joining locked" not in str(app.screen.query_one(JoinBadge).render())
            assert await join(phone, server) == 200
        await pilot.pause()
        assert "joined: 1" in str(app.screen.query_one(JoinBadge).render())


async def test_a_new_code_shows_on_panel_and_badge_and_drops_silent_phones(library, isolated):
    app = serving_app(library, isolated)
    server = app.phone_server
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        async with phone_session() as answerer, phone_session() as silent:
            assert await join(answerer, server) == 200
            assert await join(silent, server) == 200
            await pilot.press("right")
            await pilot.pause()
            async with answerer.get(server.url + "api/state") as reply:
                body = {"round": (await reply.json())["round"], "value": 2}
            async with answerer.post(server.url + "api/answer", json=body) as reply:
                assert reply.status == 200
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("n")  # asked first: no keeps the code
            await pilot.pause()
            assert server.code == CODE
            await pilot.press("c")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            await pilot.pause()
            assert server.code != CODE
            badge = str(app.screen.query_one(JoinBadge).render())
            assert server.code in badge and CODE not in badge and "joined: 1" in badge
            await pilot.press("j")
            await pilot.pause()
            panel = app.screen.query_one(JoinPanel)
            assert str(panel.query_one("#join-qr", Static).render()) == qr_text(server.join_link)
            assert spaced(server.code) in str(panel.query_one("#join-code", Static).render())
            assert "Phones joined: 1" in str(panel.query_one("#join-count", Static).render())
            async with silent.get(server.url + "api/state") as reply:
                assert reply.status == 401
            async with answerer.get(server.url + "api/state") as reply:
                assert reply.status == 200
            assert await join(silent, server, CODE) == 403
            assert await join(silent, server) == 200


async def test_without_serve_the_room_keys_are_not_there(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        for action in ("lock_joining", "open_joining", "new_code", "expect"):
            assert app.screen.check_action(action, ()) is False
        assert not {"l", "c", "e"} & set(footer_keys(app))


async def fill_in_survey(phone, server, questions) -> None:
    answers = [(0, 1)] + [(n, None if q.scored else 3) for n, q in enumerate(questions, 1)]
    for number, value in answers:
        body = {"step": number, "value": value}
        async with phone.post(server.url + "api/answer", json=body) as reply:
            assert reply.status == 200


async def test_the_survey_screen_counts_the_phones_that_joined(library, isolated):
    from workshop.survey.order import survey_order
    from workshop.tui.kiosk import kiosk_app

    isolated.mkdir(parents=True, exist_ok=True)
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE, expected=1)
    app = kiosk_app(library.survey, isolated, "sales", "en", phone_server=server)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        count = app.screen.query_one(JoinPanel).query_one("#join-count", Static)
        assert str(count.render()) == "Phones joined: 0 · people: 1"
        async with phone_session() as first, phone_session() as second:
            assert await join(first, server) == 200
            assert await join(second, server) == 200
            await pilot.pause()
            assert str(count.render()) == "Phones joined: 2 · people: 1"
            warning = app.screen.query_one(JoinPanel).query_one("#join-warning", Static)
            questions = survey_order(library.survey)
            await fill_in_survey(first, server, questions)
            await pilot.pause()
            assert not warning.display  # one response for one person
            await fill_in_survey(second, server, questions)
            await pilot.pause()
            assert warning.display
            assert "More survey responses than people present (1)" in str(warning.render())
            assert len(await app.survey.responses()) == 2  # warned, not refused: both count


async def test_a_resume_keeps_the_people_present_and_warns_about_an_open_round(
    library, isolated
):
    from tests.test_tui_session import prepared
    from workshop.store.sessions import read_session

    app = serving_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("e", "2", "enter")
        await pilot.pause()
        await pilot.press("right")  # the round is open when the trainer quits
        await pilot.pause()
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
    (path,) = isolated.glob("*.json")
    assert read_session(path).info["people"] == 2

    again = make_app(library, isolated, resume=True)
    again.phone_server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE)  # no --expect
    async with again.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        await pilot.pause()
        assert again.phone_server.expected == 2
        assert "people: 2" in str(again.screen.query_one(JoinBadge).render())
        messages = [str(n.message) for n in again._notifications]
        assert any(m.startswith("Resumed in an open round: every stored answer") for m in messages)


async def test_expect_on_the_command_is_kept_with_the_session(library, isolated):
    from workshop.store.sessions import read_session

    app = serving_app(library, isolated)
    app.phone_server.set_expected(30)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await app.workers.wait_for_complete()
    (path,) = isolated.glob("*.json")
    assert read_session(path).info["people"] == 30
