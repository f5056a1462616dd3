"""The room's guard against a script, over real HTTP to a real server on 127.0.0.1:

how many people are present (--expect), the lock, a new join code that drops silent phones,
idle tokens, the rate of new phones, and wrong codes counted per address so one guesser slows
only themselves. Every refusal is counted for the trainer's screen and tells a phone nothing
about any other phone.
"""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from tests.phone_support import CODE, LiveRig
from workshop.phone.access import (
    IDLE_SECONDS,
    JOIN_BURST,
    GuessBrake,
    WrongCodeBrake,
    address_key,
    room_margin,
)
from workshop.phone.survey import SurveyDesk


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def rig(library, isolated):
    rig = LiveRig(library, isolated)
    rig.refusals = []
    rig.joins = []
    await rig.server.start(
        rig.desk,
        on_joined=rig.joins.append,
        on_refused=lambda reason, count: rig.refusals.append(reason),
    )
    yield rig
    await rig.server.stop()
    rig.close()


class Phone:
    """One phone: its own cookie jar, and (if given) its own address on the loopback net."""

    def __init__(self, server, address: str | None = None) -> None:
        self.url = server.url
        connector = aiohttp.TCPConnector(local_addr=(address, 0)) if address else None
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), connector=connector
        )

    async def post(self, path: str, body: dict) -> tuple[int, dict, dict]:
        async with self.session.post(self.url + path, json=body) as response:
            return response.status, await response.json(), dict(response.headers)

    async def join(self, code: str = CODE) -> tuple[int, dict, dict]:
        return await self.post("api/join", {"code": code})

    async def state(self) -> tuple[int, dict]:
        async with self.session.get(self.url + "api/state") as response:
            return response.status, await response.json()

    async def close(self) -> None:
        await self.session.close()


@pytest.fixture
async def phones(rig):
    made: list[Phone] = []

    def new_phone(address: str | None = None) -> Phone:
        made.append(Phone(rig.server, address))
        return made[-1]

    yield new_phone
    for phone in made:
        await phone.close()


def assert_says_nothing_of_others(body: dict) -> None:
    """A refusal is its code and one sentence: no count, no token, no other phone."""
    assert set(body) == {"error", "message"}
    assert not any(ch.isdigit() for ch in body["message"])


# How many people are present ----------------------------------------------------------------


def test_the_margin_is_ten_percent_and_at_least_three():
    assert [room_margin(n) for n in (1, 5, 30, 31, 60, 100, 101)] == [3, 3, 3, 4, 6, 10, 11]


async def test_joins_beyond_the_people_expected_are_refused(rig, phones):
    rig.server.set_expected(5)  # 5 people, 3 more for a rough count
    joined = [phones() for _ in range(8)]
    for phone in joined:
        assert (await phone.join())[0] == 200
    status, body, _ = await phones().join()
    assert status == 503 and body["error"] == "room_full"
    assert_says_nothing_of_others(body)
    assert rig.refusals == ["room_full"]
    assert rig.joins == list(range(1, 9))
    assert (await joined[0].join())[0] == 200  # a refresh of a joined phone is no new join
    assert (await joined[0].state())[0] == 200


async def test_the_survey_over_phones_has_the_same_guard(rig, phones, library, isolated):
    stored = []

    async def store(response):
        stored.append(response)

    rig.server.desk = SurveyDesk(library.survey, "en", store)
    rig.server.set_expected(1)
    for _ in range(4):
        assert (await phones().join())[0] == 200
    status, body, _ = await phones().join()
    assert (status, body["error"]) == (503, "room_full")
    rig.server.lock()
    rig.server.set_expected(None)
    status, body, _ = await phones().join()
    assert (status, body["error"]) == (403, "locked")
    assert rig.refusals == ["room_full", "locked"]


# The lock and a new code ----------------------------------------------------------------------


async def test_a_locked_room_refuses_new_phones_and_keeps_the_joined(rig, phones):
    inside = phones()
    assert (await inside.join())[0] == 200
    rig.server.lock()
    for code in (CODE, "ZZZZZZ"):  # the code is not even looked at
        status, body, _ = await phones().join(code)
        assert (status, body["error"]) == (403, "locked")
        assert_says_nothing_of_others(body)
    assert rig.refusals == ["locked", "locked"]
    assert (await inside.state())[0] == 200
    await rig.go()
    status, shown = await inside.state()
    reply = await inside.post("api/answer", {"round": shown["round"], "value": 2})
    assert reply[0] == 200
    rig.server.lock(False)
    assert (await phones().join())[0] == 200
    assert rig.server.joined == 2


async def test_a_new_code_drops_the_phones_that_did_not_answer(rig, phones):
    answerer, silent, script = phones(), phones(), phones()
    for phone in (answerer, silent, script):
        assert (await phone.join())[0] == 200
    await rig.go()
    _, shown = await answerer.state()
    assert (await answerer.post("api/answer", {"round": shown["round"], "value": 2}))[0] == 200
    old = rig.server.code
    assert rig.server.new_code() == 2
    assert rig.server.code != old and rig.server.join_link.endswith("#" + rig.server.code)
    assert rig.joins[-1] == 1  # the screen hears the new count
    assert (await answerer.state())[0] == 200
    for dropped in (silent, script):
        status, body = await dropped.state()
        assert (status, body["error"]) == (401, "join_first")
    status, body, _ = await silent.join(old)
    assert (status, body["error"]) == (403, "wrong_code")
    assert (await silent.join(rig.server.code))[0] == 200
    # The next code drops whoever has not answered since this one, the answerer too.
    assert rig.server.new_code() == 2
    assert rig.server.joined == 0


# Idle tokens ----------------------------------------------------------------------------------


async def test_a_token_idle_for_half_an_hour_is_forgotten(rig, phones):
    clock = Clock()
    rig.server.phones.clock = clock
    rig.server.set_expected(1)  # 4 with the margin
    idle, busy = phones(), phones()
    assert (await idle.join())[0] == 200 and (await busy.join())[0] == 200
    for _ in range(3):
        clock.now += IDLE_SECONDS / 2
        assert (await busy.state())[0] == 200  # an open page asks all the time
    status, body = await idle.state()
    assert (status, body["error"]) == (401, "join_first")
    assert rig.server.joined == 1
    for _ in range(3):  # the forgotten token no longer takes a place in the room
        assert (await phones().join())[0] == 200
    assert (await phones().join())[0] == 503


# The rate of new phones -------------------------------------------------------------------------


async def test_a_room_of_sixty_joining_at_once_is_never_refused(rig, phones):
    room = [phones() for _ in range(60)]
    replies = await asyncio.gather(*(phone.join() for phone in room))
    assert [status for status, _, _ in replies] == [200] * 60
    assert rig.refusals == [] and rig.server.joined == 60
    assert JOIN_BURST >= 60


async def test_a_flood_of_joins_is_slowed_down(rig, phones):
    clock = Clock()
    rig.server.join_rate = WrongCodeBrake(burst=5, rate=2.0, clock=clock)
    for _ in range(5):
        assert (await phones().join())[0] == 200
    status, body, headers = await phones().join()
    assert (status, body["error"]) == (429, "slow_down")
    assert int(headers["Retry-After"]) == 1
    assert_says_nothing_of_others(body)
    assert rig.refusals == ["join_rate"]
    clock.now += 0.5
    assert (await phones().join())[0] == 200
    assert rig.server.joined == 6


async def test_a_room_larger_than_the_burst_joins_all_at_once(rig, phones):
    rig.server.set_expected(150)
    room = [phones(f"127.0.0.{2 + n % 50}") for n in range(150)]
    statuses = await asyncio.gather(*(phone.join() for phone in room))
    assert [status for status, _, _ in statuses] == [200] * 150
    assert rig.refusals == [] and rig.server.joined == 150
    with pytest.raises(ValueError):
        rig.server.set_expected(0)


# Wrong codes, per address ---------------------------------------------------------------------


async def test_one_guesser_does_not_keep_twenty_people_out(rig, phones):
    """The scene of issue 14: one client guesses all the time while 20 people join."""
    guesser = phones("127.0.0.2")
    stop = asyncio.Event()
    guesses: list[int] = []

    async def guess() -> None:
        n = 0
        while not stop.is_set():
            status, _, headers = await guesser.join(f"ZZZ{n:03d}"[-6:])
            guesses.append(status)
            if status == 429:
                assert int(headers["Retry-After"]) >= 1
            n += 1
            await asyncio.sleep(0.01)

    guessing = asyncio.create_task(guess())
    while len(guesses) < 15:  # the guesser is braked before anyone arrives
        await asyncio.sleep(0.01)
    people = [phones(f"127.0.0.{n}") for n in range(3, 23)]
    results = []
    for person in people:
        results.append((await person.join())[0])
        await asyncio.sleep(0.02)
    stop.set()
    await guessing
    assert results == [200] * 20
    assert rig.server.joined == 20
    assert guesses[:10] == [403] * 10 and set(guesses[10:]) == {429}
    # Braked, the guesser cannot get in even with the right code: they slowed only themselves.
    status, body, _ = await guesser.join(CODE)
    assert (status, body["error"]) == (429, "slow_down")
    assert rig.refusals.count("wrong_code") == 10
    assert rig.refusals.count("guess_brake") == len(guesses) - 10 + 1


async def test_the_global_ceiling_still_holds_for_many_addresses(rig, phones):
    clock = Clock()
    rig.server.brake = WrongCodeBrake(burst=4, rate=0.5, clock=clock)
    for n in range(2, 6):  # four guessers, one wrong code each
        assert (await phones(f"127.0.0.{n}").join("ZZZZZZ"))[0] == 403
    status, body, headers = await phones("127.0.0.9").join(CODE)
    assert (status, body["error"]) == (429, "slow_down") and int(headers["Retry-After"]) == 2
    clock.now += 2
    assert (await phones("127.0.0.9").join(CODE))[0] == 200


def test_the_guess_brake_forgets_addresses_and_holds_a_bounded_number():
    clock = Clock()
    brake = GuessBrake(burst=3, rate=0.5, limit=4, clock=clock)
    for _ in range(3):
        assert brake.open("10.0.0.1")
        brake.wrong("10.0.0.1")
    assert not brake.open("10.0.0.1") and brake.open("10.0.0.2")
    assert brake.wait_seconds("10.0.0.1") == 2
    clock.now += 2
    assert brake.open("10.0.0.1")
    clock.now += 4  # refilled: the address is forgotten altogether
    brake.wrong("10.0.0.2")
    assert len(brake) == 1
    for n in range(10):
        brake.wrong(f"10.0.1.{n}")
    assert len(brake) == 4  # the oldest went first


def test_an_ipv6_guesser_is_counted_by_their_64():
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9")
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("::ffff:192.168.1.7") == "192.168.1.7"
    assert address_key(None) == address_key("not an address") == ""
