"""Kill a recording `workshop` with SIGKILL at random moments: nothing acknowledged is lost.

Most runs use `tests/answer_driver.py`, which drives `LiveSession` through the store thread
exactly as the TUI's key handler does and prints a line only once a call has returned; a few
runs use the real `workshop start` in a pseudo-terminal. After every kill: each file in the
data folder parses, every acknowledged answer is stored (and at most the one answer that was
on its way besides), and resuming continues at the saved step with every answer kept.

20 driver runs by default; WORKSHOP_CRASH_RUNS=100 for more, WORKSHOP_CRASH_SEED to replay.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from workshop.store.atomic import TEMP_SUFFIX
from workshop.store.sessions import read_session

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")

RUNS = int(os.environ.get("WORKSHOP_CRASH_RUNS", "20"))
SEED = int(os.environ.get("WORKSHOP_CRASH_SEED", "20261127"))
TERMINAL_RUNS = 3
DRIVER = Path(__file__).parent / "answer_driver.py"


@dataclass
class Acknowledged:
    """What the killed processes said, across all runs on one data folder."""

    answers: dict[int, tuple[int, object]] = field(default_factory=dict)  # id → round, value
    excused: set[int] = field(default_factory=set)  # a withdrawal was asked for these
    position: str | None = None  # the step the last finished move reached
    moving: bool = False  # a move was asked and had not returned when killed

    def hear(self, line: str) -> None:
        word, *rest = line.split()
        if word == "ack":
            self.answers[int(rest[0])] = (int(rest[1]), json.loads(rest[2]))
        elif word == "undo":
            self.excused.add(int(rest[0]))
        elif word == "moving":
            self.moving = True
        elif word == "moved":
            self.position, self.moving = rest[0], False


def start_driver(data: Path, mode: str, seed: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(data), mode, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def lines_until(process: subprocess.Popen, deadline: float, stop) -> list[str]:
    """Lines the process prints until `stop(lines)` is true or the deadline passes."""
    lines: list[str] = []
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while not stop(lines) and (left := deadline - time.monotonic()) > 0:
            if selector.select(left):
                line = process.stdout.readline()
                if not line.endswith("\n"):
                    break
                lines.append(line.strip())
    return lines


def kill(process: subprocess.Popen) -> list[str]:
    """SIGKILL; then the lines it had already printed (printed means acknowledged)."""
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    rest = process.stdout.read()  # through the same buffer as the lines read before
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert "Traceback" not in errors, errors
    whole = rest.split("\n")[:-1]  # a line cut short by the kill acknowledged nothing
    return [line.strip() for line in whole if line.strip()]


def stored_answers(path: Path) -> dict[int, tuple[int, object]]:
    answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    return {int(key): (doc["round"], doc["value"]) for key, doc in answers.items()}


def check_every_file(data: Path) -> None:
    """Each file in the data folder is whole: it parses, and a session reads as one."""
    for path in data.rglob("*"):
        if path.is_dir() or path.name.endswith(".lock"):
            continue
        if path.name.endswith(TEMP_SUFFIX):
            continue  # an interrupted write's leftover: removed when the file is opened next
        assert not path.name.endswith(".unreadable"), f"{path} was set aside as unreadable"
        json.loads(path.read_text(encoding="utf-8"))
        if path.suffix == ".json" and path.parent == data:
            assert read_session(path) is not None, f"{path} is not a whole session"


def check_nothing_lost(path: Path, heard: Acknowledged) -> dict[int, tuple[int, object]]:
    stored = stored_answers(path)
    for answer_id, answer in heard.answers.items():
        if answer_id not in heard.excused:
            assert stored.get(answer_id) == answer, f"acknowledged answer {answer_id} lost"
    # The store thread runs one call at a time: at most one answer was unacknowledged.
    unacknowledged = set(stored) - set(heard.answers)
    assert len(unacknowledged) <= 1, unacknowledged
    for answer_id in unacknowledged:
        heard.answers[answer_id] = stored[answer_id]  # it is part of the session now
        heard.excused.add(answer_id)  # its value was never shown, so it is not checked
    return stored


def test_sigkill_at_random_moments_loses_no_acknowledged_answer(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    chance = random.Random(SEED)
    heard = Acknowledged()
    session: Path | None = None
    total_acknowledged = 0
    for _ in range(RUNS):
        mode = "start" if session is None else "resume"
        before = len(stored_answers(session)) if session is not None else 0
        process = start_driver(data, mode, chance.randrange(1 << 30))
        started = time.monotonic()
        try:
            if chance.random() < 0.15:  # now and then while it is still starting
                lines = lines_until(process, started + chance.uniform(0, 1.0), lambda _: False)
            else:
                ready = lines_until(process, started + 60, lambda seen: bool(seen))
                assert ready and ready[0].startswith("ready"), ready
                lines = ready + lines_until(
                    process, time.monotonic() + chance.uniform(0, 0.6), lambda _: False
                )
        finally:
            lines += kill(process)
        check_every_file(data)
        if lines and lines[0].startswith("ready"):
            _, path, count, position = lines[0].split()
            if session is not None:  # a resume: everything stored so far, at the saved step
                assert Path(path) == session
                assert int(count) == before
                if not heard.moving and heard.position is not None:
                    assert position == heard.position
            session = Path(path)
            heard.position, heard.moving = position, False
            for line in lines[1:]:
                heard.hear(line)
                total_acknowledged += line.startswith("ack")
        if session is not None:
            check_nothing_lost(session, heard)
    assert session is not None
    assert total_acknowledged > RUNS  # the kills did land among answers, not only at start
    stored = check_nothing_lost(session, heard)
    kept = [a for a in heard.answers if a not in heard.excused]
    assert set(kept) <= set(stored)


def test_a_real_workshop_start_killed_at_random_moments_resumes_with_every_answer(tmp_path):
    from tests.test_crash_resume import RIGHT, Terminal, stored_answers

    content = str(Path(__file__).parent / "content")
    chance = random.Random(SEED)
    for run in range(TERMINAL_RUNS):
        data = tmp_path / f"data-{run}"
        args = (
            *("start", "--group", "sales", "--module", "test-quiz", "--modules", content),
            *("--data", str(data), "--lang", "en"),
        )
        first = Terminal(*args, cwd=tmp_path)
        try:
            first.wait_for(b"Test quiz")
            first.type("\r")
            first.wait_for(b"step 1 of")
            first.type(RIGHT)
            first.wait_for(b"Answers: 0")
            for _ in range(chance.randint(1, 6)):
                first.type(chance.choice("123"), pause=0.4)  # the screen ignores faster keys
            first.read(chance.uniform(0, 0.4))
            acknowledged = first.acknowledged()
        finally:
            first.kill()
        check_every_file(data)
        kept = len(stored_answers(data))
        assert kept >= acknowledged

        second = Terminal(*args, "--resume", cwd=tmp_path)
        try:
            second.wait_for(b"Answers: ")
            second.read(1.0)
            assert second.acknowledged() == kept
            second.type("2", pause=1.0)
            assert second.acknowledged() == kept + 1
        finally:
            second.kill()
        assert len(stored_answers(data)) == kept + 1
