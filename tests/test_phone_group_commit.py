"""Phone answers are committed in groups: one atomic write for all that arrived while the
previous write ran, each phone acknowledged only once its answer is on disk."""

from __future__ import annotations

import asyncio

import pytest

from tests.disk import disk_full_beyond, needs_file_limits
from tests.phone_support import CODE, LiveRig, stored_answers
from tests.store_thread import busy_store_thread
from workshop.live import LiveSession

PHONES = 40


@pytest.fixture
def rig(library, isolated):
    rig = LiveRig(library, isolated)
    yield rig
    rig.close()


@pytest.fixture
async def phones(rig, aiohttp_server, aiohttp_client):
    server = await aiohttp_server(rig.server.web_app(rig.desk))
    clients = []
    for _ in range(PHONES):
        client = await aiohttp_client(server)
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        clients.append(client)
    await rig.go()  # the choice question, round 1
    return clients


def count_writes(monkeypatch, live: LiveSession) -> list[int]:
    """The size of each group written (the real write still happens)."""
    sizes: list[int] = []
    add_answers = live.session.add_answers

    def counted(answers):
        sizes.append(len(answers))
        return add_answers(answers)

    monkeypatch.setattr(live.session, "add_answers", counted)
    return sizes


async def wait_until(condition, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def test_answers_that_arrive_during_a_write_share_the_next_one(
    rig, phones, isolated, monkeypatch
):
    writes = count_writes(monkeypatch, rig.live)
    heard = []
    rig.service.subscribe(heard.append)
    release, busy = await busy_store_thread(rig.runner)
    sent = [
        asyncio.ensure_future(client.post("/api/answer", json={"round": 1, "value": 1 + n % 3}))
        for n, client in enumerate(phones)
    ]
    await wait_until(lambda: rig.service.unsaved == PHONES)
    assert not any(request.done() for request in sent)  # nobody acknowledged before the disk
    assert stored_answers(isolated) == []

    release.set()
    await busy
    responses = await asyncio.gather(*sent)
    assert [response.status for response in responses] == [200] * PHONES
    assert len(stored_answers(isolated)) == PHONES
    assert rig.state.round.total == PHONES
    assert sum(writes) == PHONES and len(writes) <= 2  # the first alone, then all the others
    assert heard[-1].round.total == PHONES  # the screen hears the newest total


@needs_file_limits
async def test_a_group_that_cannot_be_saved_is_refused_whole_and_the_trainer_hears(
    rig, phones, isolated
):
    heard = []
    rig.server.on_refused = lambda reason, times: heard.append((reason, times))
    release, busy = await busy_store_thread(rig.runner)
    sent = [
        asyncio.ensure_future(client.post("/api/answer", json={"round": 1, "value": 2}))
        for client in phones[:10]
    ]
    await wait_until(lambda: rig.service.unsaved == 10)
    size = rig.state.session_path.stat().st_size
    with disk_full_beyond(size):
        release.set()
        await busy
        responses = await asyncio.gather(*sent)
    assert {response.status for response in responses} == {503}
    assert {(await r.json())["error"] for r in responses} == {"not_saved"}
    assert stored_answers(isolated) == [] and rig.state.round.total == 0
    assert heard[-1] == ("not_saved", 10)

    # The disk has room again: the same phones may answer now, and are counted.
    again = await asyncio.gather(
        *(client.post("/api/answer", json={"round": 1, "value": 2}) for client in phones[:10])
    )
    assert {response.status for response in again} == {200}
    assert len(stored_answers(isolated)) == 10
