"""Kill a real `workshop start` mid-round; `--resume` keeps every answer it confirmed.

The app runs in a pseudo-terminal, as on a trainer's laptop; keys are typed into it and the
screen is read back, so "acknowledged" means what the room saw: the `Answers: N` counter.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

CONTENT = Path(__file__).parent / "content"
RIGHT = "\x1b[C"
ANSWERS = re.compile(rb"Answers: (\d+)")


class Terminal:
    """A `workshop` process on a pseudo-terminal of 120×36."""

    def __init__(self, *args: str, cwd: Path) -> None:
        import fcntl
        import termios

        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "workshop", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.screen = b""

    def read(self, seconds: float) -> bytes:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    self.screen += os.read(self.master, 65536)
                except OSError:
                    break
        return self.screen

    def wait_for(self, pattern: bytes, seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        while pattern not in self.screen:
            assert time.monotonic() < end, f"never saw {pattern!r}"
            self.read(0.2)

    def type(self, keys: str, pause: float = 0.5) -> None:
        os.write(self.master, keys.encode())
        self.read(pause)

    def acknowledged(self) -> int:
        return max((int(n) for n in ANSWERS.findall(self.screen)), default=0)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        os.close(self.master)


def stored_answers(data: Path) -> list[dict]:
    (session,) = data.glob("*.json")
    return list(json.loads(session.read_text())["answers"].values())


def test_a_killed_session_resumes_with_every_acknowledged_answer(tmp_path):
    data = tmp_path / "data"
    args = (
        "start",
        "--group",
        "sales",
        "--module",
        "test-quiz",
        "--modules",
        str(CONTENT),
        "--data",
        str(data),
        "--lang",
        "en",
    )
    first = Terminal(*args, cwd=tmp_path)
    try:
        first.wait_for(b"Test quiz")
        first.type("\r")
        first.wait_for(b"step 1 of")
        first.type(RIGHT)
        first.wait_for(b"Answers: 0")
        for key in "1223412":
            first.type(key, pause=0.45)
        first.read(1.0)
        acknowledged = first.acknowledged()
        first.type("3", pause=0.05)  # one more, killed while it may still be on its way
    finally:
        first.kill()
    assert acknowledged >= 5
    assert len(stored_answers(data)) >= acknowledged

    second = Terminal(*args, "--resume", cwd=tmp_path)
    try:
        second.wait_for(b"Answers: ")
        second.read(1.0)
        shown = second.acknowledged()
        assert shown == len(stored_answers(data)) >= acknowledged
        second.type("2", pause=1.0)
        assert second.acknowledged() == shown + 1
    finally:
        second.kill()
    assert len(stored_answers(data)) == shown + 1
