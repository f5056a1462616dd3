"""The projector with phones: join code and QR on screen, and a phone's answer in the count."""

from __future__ import annotations

import aiohttp
from textual.widgets import Static

from tests.phone_support import stored_answers
from tests.test_tui_session import SIZE, make_app, prepared, screen_text, start_session
from workshop.phone.server import PhoneServer, open_socket
from workshop.tui.widgets.join import JoinBadge, JoinPanel, qr_text, spaced
from workshop.tui.widgets.quiz_open import QuizOpenView

CODE = "XYZ789"


def serving_app(library, data, language="en"):
    app = make_app(library, data, language)
    app.phone_server = PhoneServer(open_socket("127.0.0.1", 0), language, code=CODE)
    return app


async def test_a_phone_answer_raises_the_count_on_the_projector(library, isolated):
    app = serving_app(library, isolated)
    server = app.phone_server
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        panel = app.screen.query_one(JoinPanel)  # on the agenda screen
        text = screen_text(app)
        assert server.url in text and spaced(CODE) in text and "Phones joined: 0" in text
        assert qr_text(server.join_link) in text

        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            async with phone.post(server.url + "api/join", json={"code": CODE}) as response:
                assert response.status == 200
            await pilot.pause()
            assert "Phones joined: 1" in str(panel.query_one("#join-count", Static).render())

            await start_session(pilot)
            badge = app.screen.query_one(JoinBadge)
            assert CODE in str(badge.render()) and "joined: 1" in str(badge.render())
            assert not app.screen.query_one(JoinPanel).display  # compact during the session
            await pilot.press("j")
            assert app.screen.query_one(JoinPanel).display
            await pilot.press("j")
            assert not app.screen.query_one(JoinPanel).display

            await pilot.press("right")
            await pilot.pause()
            assert app.screen.query_one(QuizOpenView)
            await pilot.press("1")  # one participant at the keyboard
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Answers: 1" in screen_text(app)

            async with phone.get(server.url + "api/state") as response:
                state = await response.json()
            assert state["phase"] == "open"
            answer = {"round": state["round"], "value": 2}
            async with phone.post(server.url + "api/answer", json=answer) as response:
                assert response.status == 200
            await pilot.pause()
            assert "Answers: 2" in screen_text(app)
            async with phone.post(server.url + "api/answer", json=answer) as response:
                assert response.status == 409
            await pilot.pause()
            assert "Answers: 2" in screen_text(app)
    assert sorted(a["source"] for a in stored_answers(isolated)) == ["key", "phone"]
    async with aiohttp.ClientSession() as late:  # the server stopped with the app
        try:
            await late.get(server.url)
        except aiohttp.ClientConnectionError:
            pass
        else:
            raise AssertionError("the server still listens after the app ended")


async def test_without_serve_there_is_no_panel_and_no_join_key(library, isolated):
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        assert not app.screen.query(JoinPanel) and not app.screen.query(JoinBadge)
        assert app.screen.check_action("join_panel", ()) is False  # not in the footer
        await pilot.press("j")
        await pilot.pause()
        assert any("does nothing here" in str(n.message) for n in app._notifications)


def test_the_qr_text_is_the_qr_matrix():
    """Half blocks back to modules give segno's matrix: nothing lost in the drawing."""
    import segno

    link = "http://192.168.178.23:8765/#ABC234"
    matrix = [list(map(bool, row)) for row in segno.make(link, error="m").matrix_iter(border=2)]
    dark = {"█": (False, False), "▀": (False, True), "▄": (True, False), " ": (True, True)}
    rows = []
    for line in qr_text(link).splitlines():
        pairs = [dark[ch] for ch in line]
        rows.append([top for top, _ in pairs])
        rows.append([bottom for _, bottom in pairs])
    assert rows[: len(matrix)] == matrix
    assert all(not any(row) for row in rows[len(matrix) :])  # only light padding below


async def test_the_kiosk_serves_the_survey_to_phones(library, isolated):
    from workshop.survey.order import survey_order
    from workshop.tui.kiosk import kiosk_app
    from workshop.tui.kiosk.welcome import WelcomeScreen

    isolated.mkdir(parents=True, exist_ok=True)
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE)
    app = kiosk_app(library.survey, isolated, "sales", "en", phone_server=server)
    questions = survey_order(library.survey)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.query_one(JoinPanel)
        assert spaced(CODE) in screen_text(app)
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            async with phone.post(server.url + "api/join", json={"code": CODE}) as response:
                assert response.status == 200
            answers = [(0, 1)] + [(n, None if q.scored else 3) for n, q in enumerate(questions, 1)]
            for number, value in answers:
                body = {"step": number, "value": value}
                async with phone.post(server.url + "api/answer", json=body) as response:
                    assert response.status == 200
        await pilot.pause()
        assert await app.survey.responses() == [
            {"level": "staff", "answers": {q.id: None if q.scored else 3 for q in questions}}
        ]
        await pilot.press("ctrl+q")  # the close dialog counts the phone's response too
        await pilot.pause()
        assert "1 response stored this time." in screen_text(app)
