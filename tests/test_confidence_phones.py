"""Confidence on phones: the option, then "sure / not sure", sent as one request and stored
whole, once per phone per round, on disk before the phone hears "received". Real HTTP against
a real session file, and a real headless Chromium for the page."""

from __future__ import annotations

import pytest

from tests.phone_browser import Browser, chromium_missing
from tests.phone_support import CODE, LiveRig, stored_answers

VISIBLE = "!document.getElementById('v-{}').hidden"


@pytest.fixture
def rig(library, isolated):
    rig = LiveRig(library, isolated, confidence=True)
    yield rig
    rig.close()


@pytest.fixture
def phone(rig, aiohttp_server, aiohttp_client):
    """A new joined phone (its own cookie jar) on the same server, each time it is called."""
    served = []

    async def new_phone():
        if not served:
            served.append(await aiohttp_server(rig.server.web_app(rig.desk)))
        client = await aiohttp_client(served[0])
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        return client

    return new_phone


async def post(client, body):
    response = await client.post("/api/answer", json=body)
    return response.status, await response.json()


async def test_phones_answer_sure_or_not_sure_once_each(rig, phone, isolated):
    first, second, third = await phone(), await phone(), await phone()
    await rig.go()  # the choice question
    shown = await (await first.get("/api/state")).json()
    assert shown["confidence"] is True and shown["phase"] == "open"
    number = shown["round"]
    assert await post(first, {"round": number, "value": 1, "sure": True}) == (
        200,
        {"status": "received"},
    )
    assert (await post(second, {"round": number, "value": 2, "sure": False}))[0] == 200
    assert (await post(third, {"round": number, "value": 3, "sure": None}))[0] == 200  # not said
    # One answer per phone, with or without a confidence.
    assert (await post(first, {"round": number, "value": 2, "sure": False}))[0] == 409
    assert (await post(second, {"round": number, "value": 2}))[0] == 409
    assert [(a["value"], a["source"], a.get("sure")) for a in stored_answers(isolated)] == [
        (1, "phone", True),
        (2, "phone", False),
        (3, "phone", None),
    ]
    assert "sure" not in stored_answers(isolated)[2]  # not said: not stored at all


@pytest.mark.parametrize("sure", ["yes", 1, 0, [], {}], ids=repr)
async def test_a_confidence_that_is_not_true_false_or_null_is_refused(rig, phone, isolated, sure):
    client = await phone()
    await rig.go()
    status, body = await post(client, {"round": rig.state.round.number, "value": 2, "sure": sure})
    assert status == 400 and body["error"] == "bad_request"
    assert stored_answers(isolated) == []
    status, _ = await post(client, {"round": rig.state.round.number, "value": 2, "sure": True})
    assert status == 200  # the refusal did not use up the phone's answer


async def test_a_session_that_does_not_ask_stores_no_confidence(
    library, isolated, aiohttp_server, aiohttp_client
):
    rig = LiveRig(library, isolated)
    try:
        client = await aiohttp_client(await aiohttp_server(rig.server.web_app(rig.desk)))
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        await rig.go()
        shown = await (await client.get("/api/state")).json()
        assert shown["confidence"] is False
        assert (await post(client, {"round": shown["round"], "value": 2, "sure": True}))[0] == 200
        assert stored_answers(isolated) == [
            {
                "round": shown["round"],
                "module": "test-quiz",
                "question": "test-length",
                "value": 2,
                "source": "phone",
                "count": 1,
            }
        ]
    finally:
        rig.close()


async def test_switching_confidence_during_a_round_reaches_the_phones(rig, phone):
    client = await phone()
    await rig.go()
    before = await (await client.get("/api/state")).json()
    await rig.service.set_confidence(False)
    after = await (await client.get("/api/state")).json()
    assert after["confidence"] is False and after["version"] != before["version"]


@pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing()))
async def test_a_phone_browser_taps_an_option_then_sure(library, isolated, tmp_path):
    rig = LiveRig(library, isolated, language="nl", confidence=True)
    await rig.server.start(rig.desk)
    try:
        async with Browser(tmp_path / "profile") as browser:
            await browser.send(
                "Emulation.setDeviceMetricsOverride",
                width=360,
                height=740,
                deviceScaleFactor=2,
                mobile=True,
            )
            await rig.go()
            await browser.send("Page.navigate", url=rig.server.join_link)
            await browser.wait_for(VISIBLE.format("question"))
            await browser.click("#q-options .opt:nth-child(3)")
            await browser.wait_for(VISIBLE.format("sure"))
            text = await browser.evaluate("document.getElementById('v-sure').innerText")
            assert "Weet je dit antwoord zeker?" in text and "500" in text
            assert "Zeker" in text and "Niet zeker" in text
            assert stored_answers(isolated) == []  # nothing stored before the second tap
            assert await browser.evaluate(
                "['s-sure', 's-unsure'].every(id => document.getElementById(id).offsetHeight >= 48)"
            )
            assert await browser.evaluate("document.documentElement.scrollWidth") <= 360

            await browser.click("#s-back")  # another answer after all
            await browser.wait_for(VISIBLE.format("question"))
            await browser.click("#q-options .opt:nth-child(1)")
            await browser.wait_for(VISIBLE.format("sure"))
            await browser.click("#s-unsure")
            await browser.wait_for(VISIBLE.format("received"))
            assert [(a["value"], a.get("sure")) for a in stored_answers(isolated)] == [(1, False)]

            await browser.send("Page.reload")  # no second vote, no second question
            await browser.wait_for(VISIBLE.format("received"))
            assert len(stored_answers(isolated)) == 1

            await rig.go("reveal")
            await rig.go()  # the number question
            await browser.wait_for(VISIBLE.format("question"))
            await browser.click("#number")
            await browser.type("23")
            await browser.click("#q-number button")
            await browser.wait_for(VISIBLE.format("sure"))
            assert "23" in await browser.evaluate("document.getElementById('s-chosen').innerText")
            await browser.click("#s-sure")
            await browser.wait_for(VISIBLE.format("received"))
        assert [p for p in browser.problems() if "status of 401" not in p] == []
        assert [(a["question"], a["value"], a.get("sure")) for a in stored_answers(isolated)] == [
            ("test-length", 1, False),
            ("test-link", 23, True),
        ]
    finally:
        await rig.server.stop()
        rig.close()
