"""The session service is the one owner of the live session: changes run on the store thread
in order, and every face reads frozen snapshots that never change under it."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from tests.disk import disk_full_beyond, needs_file_limits
from tests.store_thread import busy_store_thread
from workshop.errors import UserError
from workshop.live import LiveSession, Recorded
from workshop.quiz import InvalidAnswer, RoundClosed, RoundState
from workshop.runner import SerialRunner
from workshop.session_service import SessionService


@pytest.fixture
async def service(library, isolated):
    runner = SerialRunner()
    service = await SessionService.start(runner, library, isolated, "sales", "en", ["test-quiz"])
    yield service
    await service.close()
    runner.shutdown()


async def test_snapshots_are_frozen_and_each_change_publishes_a_new_one(service):
    seen = []
    service.subscribe(seen.append)
    first = service.state
    assert first.round is None and first.at_start
    assert await service.go_next()
    second = service.state
    assert seen == [second] and second.version == first.version + 1
    assert second.round is not None and second.round.open and second.round.total == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        second.step_index = 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        second.round.total = 5
    with pytest.raises(TypeError):
        second.round.hands[1] = 3

    await service.answer(2)
    await service.set_hands({1: 4})
    third = service.state
    assert third.round.total == 5 and dict(third.round.hands) == {1: 4}
    assert second.round.total == 0 and dict(second.round.hands) == {}  # old ones unchanged

    result = await service.reveal()
    revealed = service.state.round
    assert revealed.state is RoundState.REVEALED and revealed.result == result
    assert [bar.count for bar in result.bars][:2] == [4, 1]


async def test_a_face_reading_during_a_slow_write_sees_the_state_before_it(service):
    await service.go_next()
    before = service.state
    release, busy = await busy_store_thread(service.runner)
    answering = asyncio.ensure_future(service.answer(2))
    revealing = asyncio.ensure_future(service.reveal())
    await asyncio.sleep(0.1)
    assert service.state is before and before.round.open and before.round.total == 0
    release.set()
    await busy
    recorded = await answering
    await revealing
    assert recorded.total == 1
    after = service.state
    assert after.round.total == 1 and after.round.state is RoundState.REVEALED


async def test_a_refused_change_leaves_the_state_and_says_why(service):
    await service.go_next()
    with pytest.raises(InvalidAnswer):
        await service.answer(99)
    await service.reveal()
    with pytest.raises(RoundClosed):
        await service.answer(1)
    assert service.state.round.total == 0


@needs_file_limits
async def test_a_change_the_disk_refuses_is_not_in_the_state(service):
    await service.go_next()
    with disk_full_beyond(service.state.session_path.stat().st_size):
        with pytest.raises(UserError):
            await service.answer(2)
        with pytest.raises(UserError):
            await service.go_next()
    state = service.state
    assert state.round.total == 0 and state.step_index == 1 and state.round.open


async def test_phone_answers_during_a_write_share_the_next_one(service, monkeypatch):
    await service.go_next()
    groups = []
    answer_group = LiveSession.answer_group

    def counted(live, pending):
        groups.append(len(pending))
        return answer_group(live, pending)

    monkeypatch.setattr(LiveSession, "answer_group", counted)
    release, busy = await busy_store_thread(service.runner)
    sent = [asyncio.ensure_future(service.answer_from_phone(1, 1 + n % 3)) for n in range(30)]
    late = asyncio.ensure_future(service.answer_from_phone(7, 1))
    await asyncio.sleep(0.1)
    assert service.unsaved == 31 and service.state.round.total == 0
    release.set()
    await busy
    recorded = await asyncio.gather(*sent)
    assert all(isinstance(r, Recorded) for r in recorded)
    with pytest.raises(RoundClosed):
        await late
    assert groups == [31] and service.state.round.total == 30 and service.unsaved == 0
    stored = await service.stored_answers()
    assert len(stored) == 30 and {a.source for a in stored} == {"phone"}


def test_one_group_gives_each_answer_its_own_outcome(library, isolated):
    live = LiveSession.start(library, isolated, "sales", "en", ["test-quiz"])
    live.go_next()  # round 1, a choice of 4 (the last is don't know)
    outcomes = live.answer_group(
        [(1, 2, None), (7, 2, None), (1, 99, None), (1, None, None), (1, 2, None)]
    )
    assert isinstance(outcomes[1], RoundClosed) and isinstance(outcomes[2], InvalidAnswer)
    recorded = [outcomes[0], outcomes[3], outcomes[4]]
    assert all(isinstance(r, Recorded) for r in recorded)
    assert [r.total for r in recorded] == [1, 2, 3]
    assert len({r.answer_id for r in recorded}) == 3
    assert [a.value for a in live.session.answers()] == [2, None, 2]
    live.reveal()
    closed = live.answer_group([(1, 1, None)])
    assert isinstance(closed[0], RoundClosed) and live.round.total == 3
    live.close()
