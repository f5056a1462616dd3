"""The quiz round state machine and the live session over a real session file."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from workshop.live import LiveSession
from workshop.quiz import Bar, InvalidAnswer, QuizRound, RoundClosed, RoundState, round_result
from workshop.store import StoreWriteError
from workshop.store.sessions import unfinished_session

from .disk import disk_full_beyond, needs_file_limits


def question(library, step):
    return library.modules["test-quiz"].steps[step].question


def test_a_round_counts_only_valid_answers_while_open(library):
    current = QuizRound(1, "test-quiz", question(library, 1))
    for value in (2, 2, 1, None):
        current.count(current.check(value))
    with pytest.raises(InvalidAnswer):
        current.check(5)
    with pytest.raises(InvalidAnswer):
        current.check(2.5)
    result = current.reveal()
    assert current.state is RoundState.REVEALED
    with pytest.raises(RoundClosed):
        current.check(2)
    assert result.total == 4
    assert [(b.value, b.count, b.correct) for b in result.bars] == [
        (1, 1, False),
        (2, 2, True),
        (3, 0, False),
        (None, 1, False),
    ]
    assert result.score == pytest.approx(0.5)


def test_number_and_scale_results_have_a_mean(library):
    number = round_result(question(library, 2), Counter({23: 3, 140: 1}))
    assert number.score == pytest.approx(0.75)
    assert number.mean == pytest.approx((23 * 3 + 140) / 4)
    scale = round_result(question(library, 3), Counter({4: 2, 2: 2}))
    assert scale.score is None
    assert scale.mean == pytest.approx(3.0)
    assert [b.value for b in scale.bars] == [1, 2, 3, 4, 5]  # no "don't know" for opinions


def start(library, tmp_path):
    return LiveSession.start(library, tmp_path, "sales", "en", ["test-quiz", "x-basics"])


def test_answers_are_on_disk_when_acknowledged(library, tmp_path):
    live = start(library, tmp_path)
    live.go_next()
    recorded = live.answer(2, now=1.0)
    assert recorded.total == 1
    stored = json.loads(live.session.path.read_text())["answers"]
    assert [a["value"] for a in stored.values()] == [2]
    live.close()


def test_a_revealed_round_refuses_answers(library, tmp_path):
    live = start(library, tmp_path)
    live.go_next()
    live.answer(1)
    live.reveal()
    live.go_next()
    live.go_back()
    assert live.round.state is RoundState.REVEALED
    with pytest.raises(RoundClosed):
        live.answer(2)
    assert live.round.total == 1
    live.close()


def test_moving_away_leaves_an_open_round_open_with_its_answers(library, tmp_path):
    """Only the screen decides to reveal: stepping away never closes a round unseen."""
    live = start(library, tmp_path)
    live.go_next()
    live.answer(1)
    live.go_next()
    live.go_back()
    assert live.round.state is RoundState.OPEN
    live.answer(2)
    assert (live.round.number, live.round.total) == (1, 2)
    path = live.session.path
    live.close()
    again = LiveSession.resume(library, path)
    assert again.round.state is RoundState.OPEN and again.round.total == 2
    again.close()


def test_a_number_reveal_has_the_right_answer_and_the_common_wrong_numbers(library):
    link = question(library, 2)  # answer 23, no tolerance
    typed = Counter({23: 4, 140: 3, 280: 2, 24: 2, 1: 1, 2: 1, None: 1})
    result = round_result(link, typed)
    assert [(b.value, b.count, b.correct, b.rest) for b in result.bars] == [
        (23, 4, True, False),
        (140, 3, False, False),
        (24, 2, False, False),
        (280, 2, False, False),
        (None, 2, False, True),  # 1 and 2: every other number typed
        (None, 1, False, False),  # don't know
    ]
    assert sum(b.count for b in result.bars) == result.total == 14
    nobody_right = round_result(link, Counter({5: 5}))
    assert nobody_right.bars[0] == Bar(23, 0, 0.0, True)


@needs_file_limits
def test_a_failed_reveal_leaves_the_round_open_everywhere(library, tmp_path):
    """The room never sees an answer that the file does not know was revealed."""
    live = start(library, tmp_path)
    live.go_next()
    live.answer(2)
    with disk_full_beyond(live.session.path.stat().st_size), pytest.raises(StoreWriteError):
        live.reveal()
    assert live.round.state is RoundState.OPEN
    live.answer(1)
    path = live.session.path
    live.close()
    again = LiveSession.resume(library, path)
    assert again.round.state is RoundState.OPEN and again.round.total == 2
    again.close()


@needs_file_limits
def test_a_recount_of_hands_is_one_write(library, tmp_path):
    """A re-count that cannot be saved keeps the earlier count, on disk and on screen."""
    live = start(library, tmp_path)
    live.go_next()
    live.set_hands({1: 4, 2: 6})
    with disk_full_beyond(live.session.path.stat().st_size), pytest.raises(StoreWriteError):
        live.set_hands({1: 5, 2: 12, None: 2})
    assert live.round.total == 10
    stored = json.loads(live.session.path.read_text())["answers"].values()
    assert sorted((a["value"], a["count"]) for a in stored) == [(1, 4), (2, 6)]
    live.close()


def test_undo_takes_back_only_a_recent_key_answer(library, tmp_path):
    live = start(library, tmp_path)
    live.go_next()
    live.answer(1, now=10.0)
    assert not live.withdraw_last(now=16.0)
    live.answer(3, now=20.0)
    assert live.withdraw_last(now=22.0)
    assert not live.withdraw_last(now=22.5)  # only the last one
    assert [a.value for a in live.session.answers()] == [1]
    live.close()


def test_show_of_hands_counts_replace_each_other(library, tmp_path):
    live = start(library, tmp_path)
    live.go_next()
    live.answer(2)
    live.set_hands({1: 4, 2: 10})
    live.set_hands({1: 5, 2: 12, None: 2})
    assert live.round.total == 1 + 5 + 12 + 2
    with pytest.raises(InvalidAnswer):
        live.set_hands({7: 1})
    hands = [a for a in live.session.answers() if a.source == "hands"]
    assert sorted((a.value is None, a.value or 0, a.count) for a in hands) == [
        (False, 1, 5),
        (False, 2, 12),
        (True, 0, 2),
    ]
    live.close()


def test_resume_continues_at_the_same_step_with_every_answer(library, tmp_path):
    live = start(library, tmp_path)
    live.go_next()
    for value in (1, 2, 2):
        live.answer(value)
    path = live.session.path
    live.close()  # as after a crash: nothing else was written
    assert unfinished_session(tmp_path, "sales") == path
    again = LiveSession.resume(library, path)
    assert (again.module_index, again.step_index) == (0, 1)
    assert again.round.state is RoundState.OPEN
    assert again.round.total == 3
    again.answer(2)
    assert again.round.number == 1
    again.finish()
    again.close()
    assert unfinished_session(tmp_path, "sales") is None


def test_the_agenda_walks_through_modules_and_stops_at_the_end(library, tmp_path):
    live = start(library, tmp_path)
    steps = 1
    while live.go_next():
        steps += 1
    expected = len(library.modules["test-quiz"].steps) + len(library.modules["x-basics"].steps)
    assert steps == expected
    assert live.at_end
    while live.go_back():
        pass
    assert live.at_start
    live.close()
