"""Whatever the phone server turns down reaches the trainer's screen: a burst as one warning
with its count, in the session's language, and again while refusals keep coming."""

from __future__ import annotations

import asyncio

import aiohttp

from tests.disk import disk_full_beyond, needs_file_limits
from tests.test_phone_tui import CODE, serving_app
from tests.test_tui_session import SIZE, prepared, start_session
from workshop.phone.access import Phones


def warnings(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def join(url: str) -> tuple[aiohttp.ClientSession, int]:
    phone = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with phone.post(url + "api/join", json={"code": CODE}) as response:
        return phone, response.status


async def test_a_crowd_turned_away_is_one_warning_that_counts_it(library, isolated):
    app = serving_app(library, isolated, "nl")
    app.phone_server.phones = Phones(limit=2)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        results = await asyncio.gather(*(join(app.phone_server.url) for _ in range(7)))
        try:
            assert sorted(status for _, status in results) == [200, 200, 503, 503, 503, 503, 503]
            await pilot.pause(0.8)  # the burst is gathered before it is shown
            shown = [w for w in warnings(app) if "geweigerd" in w]
            assert shown == [
                "5 telefoons geweigerd: de server neemt geen telefoons meer aan. Wie geen plek "
                "heeft, antwoordt met de toetsen op het gedeelde scherm."
            ]
            late, status = await join(app.phone_server.url)  # one more, soon after
            await late.close()
            assert status == 503
            await pilot.pause(0.8)
            assert len([w for w in warnings(app) if "geweigerd" in w]) == 1  # not yet again
        finally:
            await asyncio.gather(*(phone.close() for phone, _ in results))


@needs_file_limits
async def test_a_phone_answer_the_disk_refused_is_an_error_on_the_projector(library, isolated):
    app = serving_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")  # the choice question
        await pilot.pause()
        phone, status = await join(app.phone_server.url)
        async with phone:
            assert status == 200
            async with phone.get(app.phone_server.url + "api/state") as response:
                state = await response.json()
            session_file = next(isolated.glob("*.json"))
            with disk_full_beyond(session_file.stat().st_size):
                body = {"round": state["round"], "value": 2}
                async with phone.post(app.phone_server.url + "api/answer", json=body) as response:
                    assert response.status == 503
            await pilot.pause(0.8)
        errors = [n for n in app._notifications if "not saved" in str(n.message)]
        assert [n.severity for n in errors] == ["error"]
        assert str(errors[0].message).startswith("1 phone answer not saved: the disk refused")


def test_every_refusal_the_server_reports_has_its_own_advice():
    """Each reason code in the phone server's source has a message of its own, not the
    generic one: the trainer is told what happened and what to do."""
    import re
    from pathlib import Path

    from workshop.i18n import catalog
    from workshop.phone import access, server

    source = Path(server.__file__).read_text() + Path(access.__file__).read_text()
    reasons = set(re.findall(r'(?:note_refused|_turned_away|JoinRefused)\(\s*"([a-z_]+)"', source))
    reasons |= set(re.findall(r'JoinRefused\("(\w+)" if .* else "(\w+)"\)', source)[0])
    reasons |= set(server.TRAINER_SEES)
    assert {"connections", "full", "room_full", "locked", "join_rate", "wrong_code"} <= reasons
    missing = sorted(r for r in reasons if f"tui.refused_{r}" not in catalog())
    assert missing == []


async def test_a_locked_room_tells_the_trainer_how_to_open_it(library, isolated):
    app = serving_app(library, isolated, "nl")
    app.phone_server.lock()
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        phone, status = await join(app.phone_server.url)
        await phone.close()
        assert status == 403
        await pilot.pause(0.8)
        assert "1 telefoon geweigerd: meedoen is gesloten. Druk op l om het weer te openen." in (
            warnings(app)
        )
