"""The phone server against a real live session on a real session file, through aiohttp's client.

Joining, answering once per phone, refresh without a second vote, closed rounds, every kind of
bad input, and that nothing another phone answered (or any stored file) ever leaves the server.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.phone_support import CODE, LiveRig, stored_answers
from workshop.errors import UserError
from workshop.phone.access import CODE_ALPHABET, WrongCodeBrake, new_join_code
from workshop.phone.page import render_page
from workshop.phone.server import open_socket

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@pytest.fixture
def rig(library, isolated):
    rig = LiveRig(library, isolated)
    yield rig
    rig.close()


@pytest.fixture
async def app_server(rig, aiohttp_server):
    return await aiohttp_server(rig.server.web_app(rig.desk))


@pytest.fixture
def phone(app_server, aiohttp_client):
    """A new phone (its own cookie jar) on the same server, each time it is called."""

    async def new_phone(join: bool = True):
        client = await aiohttp_client(app_server)
        if join:
            response = await client.post("/api/join", json={"code": CODE})
            assert response.status == 200
        return client

    return new_phone


async def state(client) -> dict:
    response = await client.get("/api/state")
    assert response.status == 200
    return await response.json()


async def answer(client, round_number, value):
    return await client.post("/api/answer", json={"round": round_number, "value": value})


# Joining ----------------------------------------------------------------------------------


def test_join_codes_avoid_look_alikes():
    codes = {new_join_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        assert len(code) == 6 and set(code) <= set(CODE_ALPHABET)
        assert not set(code) & set("0O1I")


async def test_the_page_needs_no_code_and_holds_no_question(phone):
    client = await phone(join=False)
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    page = await response.text()
    csp = response.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([\w-]+)'", csp).group(1)
    assert f'<script nonce="{nonce}">' in page and f'<style nonce="{nonce}">' in page
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "How many characters" not in page
    assert "http://" not in page and "https://" not in page  # no external asset
    again = await client.get("/")
    assert again.headers["Content-Security-Policy"] != csp  # a fresh nonce per response


def test_the_page_announces_a_received_answer_and_hides_shapes_from_screen_readers():
    page = render_page("en", "nonce")
    assert re.search(r'<p id="announce"[^>]* role="status" aria-live="polite"', page)
    assert '$("announce").textContent = view === "received" ? W.received' in page
    assert 'if (cls === "s") span.setAttribute("aria-hidden", "true")' in page


async def test_the_right_code_gives_an_httponly_strict_cookie(phone):
    client = await phone(join=False)
    response = await client.post("/api/join", json={"code": " abc-234 "})
    assert response.status == 200
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert (await state(client))["phase"] == "waiting"


async def test_a_wrong_code_is_refused_and_reads_nothing(phone):
    client = await phone(join=False)
    response = await client.post("/api/join", json={"code": "ABC235"})
    assert response.status == 403
    assert (await response.json())["error"] == "wrong_code"
    assert "Set-Cookie" not in response.headers
    for path in ("/api/state",):
        refused = await client.get(path)
        assert refused.status == 401
    refused = await answer(client, 1, 2)
    assert refused.status == 401


async def test_a_made_up_cookie_is_not_a_phone(phone, app_server, aiohttp_client):
    client = await aiohttp_client(app_server, cookies={"workshop_phone": "x" * 32})
    assert (await client.get("/api/state")).status == 401


def test_the_brake_allows_a_burst_then_refills():
    now = [0.0]
    brake = WrongCodeBrake(burst=3, rate=0.5, clock=lambda: now[0])
    for _ in range(3):
        assert brake.open()
        brake.wrong()
    assert not brake.open()
    assert brake.wait_seconds() == 2
    now[0] += 2.0
    assert brake.open()


async def test_the_global_ceiling_on_wrong_codes_slows_everyone(rig, phone):
    now = [0.0]
    rig.server.brake = WrongCodeBrake(burst=2, rate=0.5, clock=lambda: now[0])
    guesser = await phone(join=False)
    for _ in range(2):
        assert (await guesser.post("/api/join", json={"code": "ZZZZZZ"})).status == 403
    braked = await guesser.post("/api/join", json={"code": "ZZZZZZ"})
    assert braked.status == 429
    assert int(braked.headers["Retry-After"]) >= 1
    # While braked, even the right code is not checked: guessing in parallel gains nothing.
    late = await phone(join=False)
    assert (await late.post("/api/join", json={"code": CODE})).status == 429
    now[0] += 10
    assert (await late.post("/api/join", json={"code": CODE})).status == 200
    assert rig.server.joined == 1


async def test_joining_again_keeps_the_same_phone(rig, phone):
    client = await phone()
    await phone()
    again = await client.post("/api/join", json={"code": CODE})
    assert again.status == 200 and "Set-Cookie" not in again.headers
    assert rig.server.joined == 2


# Answering --------------------------------------------------------------------------------


async def test_a_phone_answers_once_and_a_refresh_shows_it_received(rig, phone, isolated):
    client = await phone()
    assert (await state(client))["phase"] == "waiting"
    await rig.go()  # the choice question
    shown = await state(client)
    assert shown["phase"] == "open" and shown["answered"] is False
    question = shown["question"]
    assert question["text"] == "How many characters may a post on X have?"
    assert [(o["number"], o["value"], o["shape"], o["colour"]) for o in question["options"]] == [
        (1, 1, "▲", "1"),
        (2, 2, "◆", "2"),
        (3, 3, "●", "3"),
        (4, None, "■", "4"),
    ]
    assert (await answer(client, shown["round"], 2)).status == 200
    assert rig.state.round.total == 1

    again = await state(client)  # a refresh, or a phone back from a dropped connection
    assert again["answered"] is True and again["version"] != shown["version"]
    replay = await answer(client, shown["round"], 2)
    assert replay.status == 409 and (await replay.json())["error"] == "already_answered"
    other = await answer(client, shown["round"], 1)
    assert other.status == 409

    answers = stored_answers(isolated)
    assert answers == [
        {
            "round": shown["round"],
            "module": "test-quiz",
            "question": "test-length",
            "value": 2,
            "source": "phone",
            "count": 1,
        }
    ]


async def test_dont_know_number_and_scale_questions(rig, phone, isolated):
    first, second = await phone(), await phone()
    await rig.go()
    round_number = (await state(first))["round"]
    assert (await answer(first, round_number, None)).status == 200  # don't know
    await rig.go()  # number question: the open round is revealed when the trainer moves on
    shown = await state(first)
    assert shown["question"]["kind"] == "number"
    assert shown["question"]["minimum"] == 0 and shown["question"]["maximum"] == 1000
    assert (await answer(first, shown["round"], 1001)).status == 422
    assert (await answer(first, shown["round"], -1)).status == 422
    assert (await answer(first, shown["round"], 23.5)).status == 200
    assert (await answer(second, shown["round"], None)).status == 200
    await rig.go()  # the scale poll: no "don't know", values 1–5
    poll = await state(first)
    assert [o["value"] for o in poll["question"]["options"]] == [1, 2, 3, 4, 5]
    assert (await answer(first, poll["round"], None)).status == 422
    assert (await answer(first, poll["round"], 6)).status == 422
    assert (await answer(first, poll["round"], 2.5)).status == 422
    assert (await answer(first, poll["round"], 5)).status == 200
    values = [(a["question"], a["value"]) for a in stored_answers(isolated)]
    assert values == [
        ("test-length", None),
        ("test-link", 23.5),
        ("test-link", None),
        ("test-comfort", 5),
    ]


async def test_a_closed_round_refuses_late_answers(rig, phone, isolated):
    client = await phone()
    await rig.go()
    round_number = (await state(client))["round"]
    await rig.go("reveal")
    shown = await state(client)
    assert shown["phase"] == "revealed"
    assert shown["reveal"] == {
        "scored": True,
        "correct": [2],
        "explanation": "280 since November 2017.",
    }
    late = await answer(client, round_number, 2)
    assert late.status == 409 and (await late.json())["error"] == "closed"
    await rig.go()  # next question open, but an answer meant for the old round is refused
    stale = await answer(client, round_number, 2)
    assert stale.status == 409
    assert stored_answers(isolated) == []
    # Refused answers leave the phone free to answer the open round.
    current = (await state(client))["round"]
    assert (await answer(client, current, 23)).status == 200


async def test_keys_and_phones_count_together(rig, phone):
    client = await phone()
    await rig.go()
    round_number = (await state(client))["round"]
    await rig.service.answer(1, "key", 0.0)
    assert (await answer(client, round_number, 2)).status == 200
    await rig.service.answer(3, "key", 0.0)
    assert rig.state.round.total == 3


# Bad input --------------------------------------------------------------------------------

BAD_BODIES = [
    ("malformed JSON", b'{"round": 1, "value": ', "application/json", 400, "bad_json"),
    ("not an object", b"[1, 2]", "application/json", 400, "bad_request"),
    ("missing value", b'{"round": 1}', "application/json", 400, "bad_request"),
    ("extra key", b'{"round": 1, "value": 2, "x": 1}', "application/json", 400, "bad_request"),
    ("round as text", b'{"round": "1", "value": 2}', "application/json", 400, "bad_request"),
    ("negative round", b'{"round": -1, "value": 2}', "application/json", 400, "bad_request"),
    ("value as text", b'{"round": 1, "value": "2"}', "application/json", 422, "not_an_answer"),
    ("value true", b'{"round": 1, "value": true}', "application/json", 422, "not_an_answer"),
    ("value a list", b'{"round": 1, "value": [2]}', "application/json", 422, "not_an_answer"),
    ("NaN", b'{"round": 1, "value": NaN}', "application/json", 400, "bad_json"),
    ("huge number", b'{"round": 1, "value": 1e400}', "application/json", 422, "not_an_answer"),
    (
        "309-digit integer",  # no float holds it: math.isfinite overflows
        b'{"round": 1, "value": ' + b"9" * 309 + b"}",
        "application/json",
        422,
        "not_an_answer",
    ),
    ("option 0", b'{"round": 1, "value": 0}', "application/json", 422, "not_an_answer"),
    ("option 5", b'{"round": 1, "value": 5}', "application/json", 422, "not_an_answer"),
    ("option 2.5", b'{"round": 1, "value": 2.5}', "application/json", 422, "not_an_answer"),
    ("form post", b"round=1&value=2", "application/x-www-form-urlencoded", 415, "content_type"),
    ("plain text", b'{"round": 1, "value": 2}', "text/plain", 415, "content_type"),
    ("not UTF-8", b'{"round": 1, "value": "\xff"}', "application/json", 400, "bad_json"),
    (
        "oversized",
        b'{"round": 1, "value": 2, "pad": "' + b"x" * 2000 + b'"}',
        "application/json",
        413,
        "too_large",
    ),
]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "error"),
    [case[1:] for case in BAD_BODIES],
    ids=[case[0] for case in BAD_BODIES],
)
async def test_bad_answers_get_a_short_4xx_and_change_nothing(
    rig, phone, isolated, body, content_type, status, error
):
    client = await phone()
    await rig.go()
    response = await client.post("/api/answer", data=body, headers={"Content-Type": content_type})
    assert response.status == status
    refused = await response.json()
    assert refused["error"] == error and refused["message"]
    assert stored_answers(isolated) == []
    assert rig.state.round.total == 0
    # The phone was not marked as having answered: a good answer still counts.
    assert (await answer(client, 1, 2)).status == 200


async def test_an_oversized_body_without_length_is_cut_off(rig, phone, isolated):
    client = await phone()
    await rig.go()

    async def chunks():
        yield b'{"round": 1, "value": 2, "pad": "'
        for _ in range(64):
            yield b"x" * 1024
        yield b'"}'

    response = await client.post(
        "/api/answer", data=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status == 413
    assert stored_answers(isolated) == []


@pytest.mark.parametrize(
    ("method", "path", "status", "error"),
    [
        ("GET", "/api/answer", 405, "wrong_method"),
        ("PUT", "/api/join", 405, "wrong_method"),
        ("DELETE", "/api/state", 405, "wrong_method"),
        ("POST", "/", 405, "wrong_method"),
        ("GET", "/api/unknown", 404, "not_found"),
        ("GET", "/index.html", 404, "not_found"),
        ("GET", "/static/page.html", 404, "not_found"),
        ("GET", "/../sessions", 404, "not_found"),
        ("GET", "/%2e%2e/%2e%2e/pyproject.toml", 404, "not_found"),
        ("GET", "/api/state/../../data", 404, "not_found"),
        ("POST", "/api/back", 404, "not_found"),  # the quiz has no "back"
    ],
)
async def test_unknown_paths_and_wrong_methods(phone, isolated, method, path, status, error):
    client = await phone()
    kwargs = {"json": {"step": 1}} if method == "POST" else {}
    response = await client.request(method, path, **kwargs)
    assert response.status == status
    assert response.content_type == "application/json"
    body = await response.text()
    assert json.loads(body)["error"] == error
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


async def test_a_foreign_host_or_origin_is_refused(phone):
    client = await phone()
    rebound = await client.get("/api/state", headers={"Host": "evil.example:8765"})
    assert rebound.status == 403 and (await rebound.json())["error"] == "bad_host"
    cross = await client.post(
        "/api/join", json={"code": CODE}, headers={"Origin": "http://evil.example"}
    )
    assert cross.status == 403 and (await cross.json())["error"] == "bad_origin"


# Privacy ----------------------------------------------------------------------------------


async def test_no_response_holds_another_phones_answer_or_a_file(rig, phone, isolated):
    watcher, answerer = await phone(), await phone()
    await rig.go()
    before = await state(watcher)
    round_number = before["round"]
    replies = [before]
    for value in (1, 3, None):
        other = await phone()
        assert (await answer(other, round_number, value)).status == 200
        after = await state(watcher)
        assert after == before  # others' answers change nothing a phone can see
    assert (await answer(answerer, round_number, 2)).status == 200
    replies.append(await (await answer(answerer, round_number, 2)).json())
    replies.append(await state(answerer))
    await rig.go("reveal")
    revealed = await state(watcher)
    replies.append(revealed)
    assert set(revealed) == {
        "version", "phase", "round", "question", "reveal", "mode", "answered", "warm_up"
    }
    assert revealed == {**await state(answerer), "answered": False, "version": revealed["version"]}

    forbidden = {"tallies", "total", "count", "source", "answers", "bars", "share", "score"}
    for reply in replies:
        assert not keys_of(reply) & forbidden
    page = await (await watcher.get("/")).text()
    session_file = next(isolated.glob("*.json"))
    for text in [page, *map(json.dumps, replies)]:
        assert session_file.stem not in text and str(isolated) not in text
        assert "sales" not in text


def keys_of(value) -> set[str]:
    """Every key anywhere in a JSON value."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_of(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_of(v)}
    return set()


# Life cycle -------------------------------------------------------------------------------


async def test_a_port_in_use_is_one_clear_message():
    taken = open_socket("127.0.0.1", 0)
    try:
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(UserError) as raised:
            open_socket("127.0.0.1", port)
        assert f"port {port} on 127.0.0.1 is already in use" in str(raised.value)
        assert "--port" in str(raised.value)
    finally:
        taken.close()


async def test_the_server_starts_and_stops_in_the_running_loop(rig):
    import aiohttp

    joined = []
    await rig.server.start(rig.desk, on_joined=joined.append)
    url = rig.server.url
    assert url == f"http://127.0.0.1:{rig.server.port}/"
    assert rig.server.join_link == url + "#" + CODE
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        async with session.post(url + "api/join", json={"code": CODE}) as response:
            assert response.status == 200
            assert "aiohttp" not in response.headers.get("Server", "")  # no version given away
        async with session.get(url + "api/state") as response:
            assert (await response.json())["phase"] == "waiting"
    assert joined == [1]
    await rig.server.stop()
    await rig.server.stop()
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectionError):
            await session.get(url)


async def test_polls_never_wait_for_the_store_thread(rig, phone):
    """A slow disk write holds up answers, not the phones reading the question."""
    import asyncio
    import threading

    client = await phone()
    await rig.go()
    release = threading.Event()
    busy = asyncio.ensure_future(rig.runner.call(release.wait, 30))
    try:
        shown = await asyncio.wait_for(
            asyncio.gather(*(state(client) for _ in range(20))), timeout=5
        )
        assert {s["phase"] for s in shown} == {"open"}
        first = await rig.feed.snapshot()
        again = [await rig.feed.snapshot() for _ in range(5)]
        assert all(snapshot is first for snapshot in again)  # made once per state
    finally:
        release.set()
        await busy
    await rig.go("reveal")  # a new state: a new snapshot
    assert (await state(client))["phase"] == "revealed"
