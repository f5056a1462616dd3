"""The whole screen on a slow disk: every change waits its turn on the store thread, the
screen shows only published snapshots, and nothing is lost or shown before it is stored.

The store thread here sleeps before each job, as on a slow USB stick or a busy laptop, while
keys and a phone arrive faster than it writes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re

import aiohttp
import pytest

from tests.phone_support import stored_answers
from tests.store_thread import SlowRunner
from tests.test_phone_tui import CODE, serving_app
from tests.test_tui_session import SIZE, screen_text, start_session
from workshop.quiz import RoundState
from workshop.tui.widgets.quiz_reveal import RevealView

DELAY = 0.15


async def until(pilot, condition, what: str, seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never reached: {what}")


async def test_keys_a_phone_and_a_reveal_on_a_slow_disk(library, isolated):
    app = serving_app(library, isolated)
    app.runner.shutdown()
    app.runner = SlowRunner(DELAY)
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("right")  # the choice question: its round is numbered and saved
        await until(pilot, lambda: app.service.state.round_open, "the open round")
        opened = app.service.state
        url = app.phone_server.url
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as phone:
            async with phone.post(url + "api/join", json={"code": CODE}) as response:
                assert response.status == 200
            body = {"round": opened.round.number, "value": 3}
            sent = asyncio.ensure_future(phone.post(url + "api/answer", json=body))
            await pilot.press("1", "2", "1", "2")  # four people in a queue, faster than the disk
            with pytest.raises(dataclasses.FrozenInstanceError):
                opened.round.total = 4  # no face can change what it was given
            shown = []

            def counted_no_more_than_stored() -> bool:
                count = int(re.search(r"Answers: (\d+)", screen_text(app)).group(1))
                assert count <= len(stored_answers(isolated))  # never shown before it is on disk
                shown.append(count)
                return count == 5

            await until(pilot, counted_no_more_than_stored, "five answers shown")
            assert shown[0] < 5  # the disk was slower than the queue: the check meant something
            async with await sent as response:
                assert response.status == 200

        await pilot.press("r")
        await until(pilot, lambda: app.screen.query(RevealView), "the reveal")
        revealed = app.service.state.round
        assert revealed.state is RoundState.REVEALED and revealed.result.total == 5
        assert [bar.count for bar in revealed.result.bars][:3] == [2, 2, 1]
        assert opened.round.total == 0 and opened.round.open  # the old snapshot is as it was
    values = sorted((a["source"], a["value"]) for a in stored_answers(isolated))
    assert values == [("key", 1), ("key", 1), ("key", 2), ("key", 2), ("phone", 3)]
