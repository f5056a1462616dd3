"""SIGTERM, SIGHUP or a vanished terminal: the real app leaves as if the trainer quit.

`workshop` runs in a pseudo-terminal, as on a trainer's laptop. After the signal it must exit
within seconds, its last bytes must give the terminal back (main screen, no mouse reporting),
the session file's lock must be free and every answer kept. A terminal that disappears
without a signal (the pseudo-terminal's other end closed) must end the app the same way
instead of leaving it spinning on the dead terminal with the session locked.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from tests import test_crash_resume
from tests.test_crash_resume import CONTENT, RIGHT
from workshop.store import SessionFile, SurveyFile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals and a pty")

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
ENTER_ALTERNATE_SCREEN = b"\x1b[?1049h"
MOUSE_OFF = b"\x1b[?1000l"
MOUSE_ON = b"\x1b[?1000h"
EXIT_SECONDS = 5


class Terminal(test_crash_resume.Terminal):
    def kill_if_running(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


def started_session(tmp_path: Path) -> Terminal:
    """`workshop start` in a quiz round, one answer given and shown."""
    terminal = Terminal(
        *("start", "--group", "sales", "--module", "test-quiz", "--modules", str(CONTENT)),
        cwd=tmp_path,
    )
    terminal.wait_for(b"Test quiz")
    terminal.type("\r")
    terminal.wait_for(b"step 1 of")
    terminal.type(RIGHT)
    terminal.wait_for(b"Answers: 0")
    terminal.type("2")
    terminal.wait_for(b"Answers: 1")
    return terminal


def exits_within(terminal: Terminal, seconds: float) -> int:
    """Read what it writes until it exits; its exit code (fails if it is still running)."""
    deadline = time.monotonic() + seconds
    while terminal.process.poll() is None and time.monotonic() < deadline:
        terminal.read(0.1)
    if terminal.process.poll() is None:
        terminal.process.kill()
        terminal.process.wait(10)
        pytest.fail(f"still running {seconds} s later")
    terminal.read(0.3)  # what it wrote just before exiting
    return terminal.process.returncode


def gives_the_terminal_back(written: bytes) -> None:
    """Its last word on the alternate screen and on mouse reporting is "off"."""
    assert written.rfind(LEAVE_ALTERNATE_SCREEN) > written.rfind(ENTER_ALTERNATE_SCREEN) >= 0
    assert written.rfind(MOUSE_OFF) > written.rfind(MOUSE_ON) >= 0
    assert b"Traceback" not in written


def the_session_is_free_with_every_answer(data: Path) -> None:
    (path,) = data.glob("*.json")
    with SessionFile.open(path) as session:  # raises StoreBusy while the lock is held
        assert [answer.value for answer in session.answers()] == [2]


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_signal_ends_the_session_cleanly(tmp_path, isolated, signal_name):
    terminal = started_session(tmp_path)
    try:
        terminal.process.send_signal(getattr(signal, signal_name))
        assert exits_within(terminal, EXIT_SECONDS) == 0
    finally:
        terminal.kill_if_running()
    gives_the_terminal_back(terminal.screen)
    the_session_is_free_with_every_answer(isolated)


def test_a_vanished_terminal_ends_the_session_cleanly(tmp_path, isolated):
    terminal = started_session(tmp_path)
    try:
        os.close(terminal.master)  # the terminal window is gone; no signal is sent
        terminal.master = -1
        deadline = time.monotonic() + EXIT_SECONDS
        while terminal.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert terminal.process.poll() is not None, f"still running {EXIT_SECONDS} s later"
    finally:
        terminal.kill_if_running()
    the_session_is_free_with_every_answer(isolated)


def test_the_kiosk_survey_ends_cleanly_on_sigterm(tmp_path, isolated):
    terminal = Terminal("survey", "run", "--group", "sales", cwd=tmp_path)
    try:
        terminal.wait_for(b"anonymous")
        terminal.process.send_signal(signal.SIGTERM)
        assert exits_within(terminal, EXIT_SECONDS) == 0
    finally:
        terminal.kill_if_running()
    gives_the_terminal_back(terminal.screen)
    with SurveyFile(isolated, "sales"):  # raises StoreBusy while the lock is held
        pass


STUCK_APP = """
import sys
from pathlib import Path
from textual.app import App
from workshop.tui import exit_watch

exit_watch.GRACE_SECONDS = 0.5


class Stuck(App):
    '''An app whose way out never ends it, as when Textual blocks on a terminal gone away.'''

    def on_mount(self) -> None:
        self.watch = exit_watch.ExitWatch(self, lambda: None, "nl")
        self.watch.start()
        Path(sys.argv[1]).write_text("ready")


Stuck().run(headless=True)
"""


def test_an_exit_that_gets_stuck_still_ends_the_process(tmp_path):
    import subprocess

    ready = tmp_path / "ready"
    process = subprocess.Popen(
        [sys.executable, "-c", STUCK_APP, str(ready)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(200):
            if ready.exists():
                break
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=EXIT_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    assert process.returncode == 1
    assert "afsluiten duurde te lang" in errors.decode()
