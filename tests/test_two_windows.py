"""One group, one open session: a second `workshop start` never splits the room's answers.

The other window is a real second process holding the session file's lock; `--resume` can
name the session to continue, so an older unfinished one is never out of reach.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.test_hostile_files import one_line_naming
from tests.test_start import workshop
from tests.test_tui_session import SIZE, make_app, prepared
from workshop.cli import main
from workshop.store import Answer, SessionFile
from workshop.tui.screens.agenda import AgendaScreen
from workshop.tui.screens.dialogs import YesNoDialog
from workshop.tui.screens.session import SessionScreen

HOLD = """
import sys
from pathlib import Path
from workshop.store import SessionFile
session = SessionFile.open(Path(sys.argv[1]))
print("holding", flush=True)
sys.stdin.read()
"""


class OtherWindow:
    """A second process that holds a session open, as a running `workshop start` does."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(HOLD), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "holding"

    def close(self) -> None:
        self.process.communicate("", timeout=30)


def unfinished(data: Path, answers: int = 0) -> Path:
    """An unfinished session of sales on the test quiz, with `answers` answers."""
    data.mkdir(parents=True, exist_ok=True)
    with SessionFile.create(data, "sales", "en", ["test-quiz"]) as session:
        for _ in range(answers):
            session.add_answer(Answer(1, "test-quiz", "test-length", 2))
        return session.path


def session_ids(data: Path) -> list[str]:
    return sorted(path.stem for path in data.glob("*.json"))


def notifications(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def test_a_second_start_says_where_the_session_is_open_and_creates_nothing(library, isolated):
    path = unfinished(isolated, answers=26)
    other = OtherWindow(path)
    try:
        result = workshop("start", "--group", "sales", data=isolated)
    finally:
        other.close()
    one_line_naming(result, path.stem)
    assert "open in another workshop window; close that one first" in result.stderr
    assert session_ids(isolated) == [path.stem]
    assert len(json.loads(path.read_text())["answers"]) == 26


async def test_a_session_taken_by_another_window_meanwhile_leaves_no_way_to_a_second(
    library, isolated
):
    """The other window opens the session while this one asks whether to resume it."""
    path = unfinished(isolated)
    app = make_app(library, isolated)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(app.screen, YesNoDialog)
        other = OtherWindow(path)
        try:
            await pilot.press("y")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, AgendaScreen)
            await pilot.press("enter")  # start a new session instead: refused as well
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, AgendaScreen)
        finally:
            other.close()
        expected = f"session {path.stem} is open in another workshop window"
        assert any(expected in message for message in notifications(app)), notifications(app)
    assert session_ids(isolated) == [path.stem]


async def test_resume_with_an_id_continues_that_session_not_the_newest(library, isolated):
    older = unfinished(isolated, answers=3)
    newest = unfinished(isolated)
    app = make_app(library, isolated, resume=older)
    async with app.run_test(size=SIZE) as pilot:
        await prepared(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.service.state.session_path == older
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert session_ids(isolated) == sorted([older.stem, newest.stem])


@pytest.mark.parametrize("named", ["2026-01-01-sales-9", "it", "../sales"])
def test_resume_with_an_unknown_id_lists_what_can_be_resumed(isolated, capsys, named):
    resumable = [unfinished(isolated).stem, unfinished(isolated).stem]
    with SessionFile.create(isolated, "it", "en", []) as other_group:
        pass
    named = other_group.id if named == "it" else named
    assert main(["start", "--group", "sales", "--resume", named]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{named} is not an unfinished session of sales; to resume: " in err
    assert ", ".join(resumable) in err


def test_resume_with_an_id_when_nothing_can_be_resumed(isolated, capsys):
    isolated.mkdir(parents=True)
    assert main(["start", "--group", "sales", "--resume", "2026-01-01-sales-1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sales has none to resume; leave out --resume to start a new one" in err


WINDOW = """
import sys
from pathlib import Path
from workshop.errors import UserError
from workshop.store import Answer, SessionFile
session = SessionFile.open(Path(sys.argv[1]))
print("holding", flush=True)
for line in sys.stdin:
    try:
        session.add_answer(Answer(1, "test-quiz", "test-length", int(line)))
        print("saved", flush=True)
    except UserError as error:
        print(error, flush=True)
"""


class Window:
    """A second real process with a session open, saving an answer per line it is sent."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(WINDOW), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "holding"

    def answer(self, value: int) -> str:
        self.process.stdin.write(f"{value}\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.communicate("", timeout=30)


@pytest.mark.parametrize("first", ["old window", "new window"])
def test_a_deleted_lock_file_lets_no_window_overwrite_another(isolated, first):
    path = unfinished(isolated, answers=3)
    old = Window(path)
    Path(str(path) + ".lock").unlink()  # a clean-up tool or a sync client
    new = Window(path)  # nothing keeps it out now
    try:
        writer, other = (old, new) if first == "old window" else (new, old)
        assert writer.answer(1) == "saved"
        refused = other.answer(2)
        assert str(path) in refused and "another workshop window now writes" in refused
        assert "\n" not in refused
        assert writer.answer(3) == "saved"
        assert other.answer(4) == refused  # it stays out: it never overwrites
    finally:
        old.close()
        new.close()
    values = [a["value"] for a in json.loads(path.read_text())["answers"].values()]
    assert values == [2, 2, 2, 1, 3]  # every saved answer, none of the refused ones
