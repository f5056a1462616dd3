"""The store's promises, on real files: durable, atomic, one writer, damage kept aside."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.disk import disk_full_beyond, needs_file_limits
from workshop.cli import main
from workshop.errors import UserError
from workshop.store import (
    Answer,
    SessionFile,
    StoreBusy,
    SurveyFile,
    UnreadableFile,
    data_dir,
    group_name,
    read_sessions,
    session_paths,
)
from workshop.store.atomic import write_atomic
from workshop.store.database import SCHEMA_VERSION
from workshop.store.sessions import SessionOpenElsewhere, unfinished_session


def run_python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def stored(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_an_answer_is_on_disk_when_add_answer_returns(tmp_path):
    with SessionFile.create(tmp_path, "sales", "en", ["x-basics"]) as session:
        session.add_answer(Answer(1, "x-basics", "x-post-length", 2))
        answers = stored(session.path)["answers"]
    assert list(answers.values()) == [
        {
            "round": 1,
            "module": "x-basics",
            "question": "x-post-length",
            "value": 2,
            "source": "key",
            "count": 1,
        }
    ]


def test_every_acknowledged_answer_survives_sigkill(tmp_path):
    writer = run_python(
        """
        import sys
        from pathlib import Path
        from workshop.store import Answer, SessionFile
        session = SessionFile.create(Path(sys.argv[1]), "it", "en", [])
        print(session.path, flush=True)
        number = 0
        while True:
            number += 1
            session.add_answer(Answer(1, "m", "q", number % 4 + 1))
            print(number, flush=True)
        """,
        str(tmp_path),
    )
    path = Path(writer.stdout.readline().strip())
    acknowledged = 0
    while acknowledged < 200:
        acknowledged = int(writer.stdout.readline())
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert len(stored(path)["answers"]) >= acknowledged
    with SessionFile.open(path) as session:
        assert len(session.answers()) >= acknowledged


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    holder = run_python(
        """
        import sys
        from pathlib import Path
        from workshop.store import SessionFile
        session = SessionFile.create(Path(sys.argv[1]), "hr", "en", [])
        print(session.path, flush=True)
        sys.stdin.read()
        """,
        str(tmp_path),
    )
    path = Path(holder.stdout.readline().strip())
    try:
        with pytest.raises(StoreBusy, match="in use by another workshop window"):
            SessionFile.open(path)
    finally:
        holder.communicate("")
    with SessionFile.open(path) as session:  # free again once the holder stops
        assert session.info["group"] == "hr"


def test_an_unreadable_file_is_kept_aside_and_reported(tmp_path):
    with SessionFile.create(tmp_path, "sales", "en", []) as good:
        good.add_answer(Answer(1, "m", "q", 1))
    damaged = tmp_path / "2026-01-05-sales-1.json"
    damaged.write_bytes(b'{"_meta": {"1": {"schema": 1, "kind": "sess')
    with pytest.raises(UnreadableFile) as raised:
        SessionFile.open(damaged)
    assert raised.value.kept_at.read_bytes() == b'{"_meta": {"1": {"schema": 1, "kind": "sess'
    assert not damaged.exists()
    assert str(damaged) in str(raised.value)
    results = list(read_sessions(tmp_path))
    assert [type(r) for r in results] == [SessionFile]  # the good one still opens


def test_a_file_of_another_kind_is_not_taken_for_a_session(tmp_path):
    path = tmp_path / "2026-01-05-sales-1.json"
    path.write_text('{"answers": {}}', encoding="utf-8")
    with pytest.raises(UnreadableFile):
        SessionFile.open(path)
    assert (tmp_path / "2026-01-05-sales-1.json.unreadable").exists()


def test_leftover_temporary_files_are_cleaned_at_start(tmp_path):
    with SessionFile.create(tmp_path, "it", "en", []) as session:
        path = session.path
    leftover = path.with_name(f".{path.name}.dead.tmp")
    leftover.write_text("half a write")
    with SessionFile.open(path):
        assert not leftover.exists()


def test_each_file_records_its_schema_version(tmp_path):
    with SessionFile.create(tmp_path, "it", "en", []) as session:
        meta = stored(session.path)["_meta"]
    ((only,),) = [list(meta.values())]
    writer = only.pop("writer")  # a random token per write, see test_two_windows
    assert only == {"schema": SCHEMA_VERSION, "kind": "session"}
    assert len(writer) == 16 and int(writer, 16) >= 0


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "2026-01-05-it-1.json"
    content = '{"_meta": {"1": {"schema": 99, "kind": "session"}}}'
    path.write_text(content)
    with pytest.raises(UserError, match="newer version"):
        SessionFile.open(path)
    assert path.read_text() == content


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "file.json"
    path.write_text("old")

    with pytest.raises(TypeError):
        write_atomic(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_text() == "old"
    assert list(tmp_path.iterdir()) == [path]


def test_an_atomic_write_in_parts_writes_them_in_order_or_not_at_all(tmp_path):
    path = tmp_path / "file.json"
    write_atomic(path, (part.encode() for part in ["{", '"a":1', "}"]))
    assert path.read_bytes() == b'{"a":1}'

    def parts_that_fail():
        yield b"{"
        raise ValueError("cannot encode the rest")

    with pytest.raises(ValueError):
        write_atomic(path, parts_that_fail())
    assert path.read_bytes() == b'{"a":1}'
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
def test_a_full_disk_ends_in_one_message_and_keeps_every_saved_answer(tmp_path):
    child = run_python(
        """
        import resource, signal, sys
        from pathlib import Path
        from workshop.store import Answer, SessionFile, StoreWriteError
        session = SessionFile.create(Path(sys.argv[1]), "it", "en", [])
        print(session.path, flush=True)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4000, 4000))
        saved = 0
        try:
            while True:
                session.add_answer(Answer(1, "m", "q", 1))
                saved += 1
        except StoreWriteError as error:
            print(saved, flush=True)
            print(error, flush=True)
        # After the failure the session still holds exactly what was saved.
        print(len(session.answers()), flush=True)
        """,
        str(tmp_path),
    )
    out, err = child.communicate(timeout=60)
    path, saved, message, in_memory = out.strip().splitlines()
    assert err == ""
    assert "could not save" in message and "everything saved before is kept" in message
    assert int(in_memory) == int(saved) > 0
    assert len(stored(Path(path))["answers"]) == int(saved)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_survey_responses_live_in_one_file_per_group(tmp_path):
    with SurveyFile(tmp_path, "sales") as survey:
        survey.add([{"level": "staff", "answers": {"q1": 2}}, {"answers": {"q1": None}}])
    with SurveyFile(tmp_path, "sales") as survey:
        assert survey.responses() == [
            {"level": "staff", "answers": {"q1": 2}},
            {"level": None, "answers": {"q1": None}},
        ]
    assert (tmp_path / "surveys" / "sales.json").is_file()


def test_sessions_are_found_by_group(tmp_path):
    for group in ("sales", "it", "sales-it"):
        SessionFile.create(tmp_path, group, "en", []).close()
    assert [p.stem[11:] for p in session_paths(tmp_path, "it")] == ["it-1"]
    assert len(session_paths(tmp_path)) == 3


@pytest.mark.parametrize("bad", ["", "sales/../x", "Sales Team", "é", "a" * 41, "../etc"])
def test_odd_group_names_are_refused(bad):
    with pytest.raises(UserError):
        group_name(bad)


def test_group_names_are_folded_to_lower_case():
    assert group_name(" Sales ") == "sales"


def test_the_data_folder_comes_from_option_env_or_default(tmp_path, monkeypatch):
    assert data_dir(tmp_path / "chosen") == tmp_path / "chosen"
    monkeypatch.setenv("WORKSHOP_DATA", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    monkeypatch.delenv("WORKSHOP_DATA")
    assert data_dir() == Path("sessions")


def test_a_data_folder_that_is_a_file_gets_a_message(tmp_path, capsys):
    blocker = tmp_path / "afile"
    blocker.write_text("")
    with pytest.raises(UserError, match="cannot use data folder"):
        data_dir(blocker)
    assert main(["start", "--group", "sales", "--data", str(blocker)]) == 1
    assert "cannot use data folder" in capsys.readouterr().err


def test_nothing_identifying_can_be_part_of_an_answer():
    assert set(Answer.__dataclass_fields__) == {
        "round",
        "module",
        "question",
        "value",
        "source",
        "count",
        "sure",  # the participant's own confidence: no time, no device, no person
    }
    assert os.environ.get("WORKSHOP_DATA")  # the autouse fixture keeps tests off real data


def test_sessions_are_ordered_by_date_then_number(tmp_path):
    for _ in range(11):
        SessionFile.create(tmp_path, "it", "en", []).close()
    numbers = [int(p.stem.rsplit("-", 1)[1]) for p in session_paths(tmp_path, "it")]
    assert numbers == list(range(1, 12))


def as_if_created_on(path: Path, date: str) -> Path:
    """The session as a laptop with its clock at `date` would have named and dated it."""
    data = stored(path)
    next(iter(data["session"].values()))["date"] = date
    moved = path.with_name(date + path.name[10:])
    moved.write_text(json.dumps(data), encoding="utf-8")
    path.unlink()
    return moved


def without_sequence(path: Path) -> None:
    """The session as a version before the sequence wrote it."""
    data = stored(path)
    del next(iter(data["session"].values()))["sequence"]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_wrong_clock_never_hides_todays_unfinished_session(tmp_path, library):
    from workshop.sessions_overview import last_session, list_sessions

    with SessionFile.create(tmp_path, "sales", "en", []) as wrong_clock:
        wrong_clock.update_info(finished=True)
    future = as_if_created_on(wrong_clock.path, "2099-12-31")
    with SessionFile.create(tmp_path, "sales", "en", []) as today:
        today.add_answer(Answer(1, "m", "q", 2))
    assert session_paths(tmp_path, "sales") == [future, today.path]
    assert unfinished_session(tmp_path, "sales") == today.path
    assert last_session(tmp_path, "sales").path == today.path  # export --last
    listed = list_sessions(library, tmp_path, "sales").sessions  # sessions list
    assert [row.path for row in listed] == [future, today.path]


def test_sessions_are_numbered_across_groups_and_older_files_come_first(tmp_path):
    old = []
    for _ in range(3):
        with SessionFile.create(tmp_path, "sales", "en", []) as session:
            old.append(session.path)
    for path in old:
        without_sequence(path)
    first_it = SessionFile.create(tmp_path, "it", "en", [])
    first_it.close()
    newest = SessionFile.create(tmp_path, "sales", "en", [])
    newest.close()
    assert stored(first_it.path)["session"]["1"]["sequence"] == 1
    assert stored(newest.path)["session"]["1"]["sequence"] == 2  # after it's, in any group
    assert session_paths(tmp_path, "sales") == [*old, newest.path]
    assert session_paths(tmp_path) == [*old, first_it.path, newest.path]


def test_no_second_session_of_a_group_while_another_window_holds_one(tmp_path):
    with SessionFile.create(tmp_path, "sales", "en", []) as session:
        path = session.path
    holder = run_python(
        """
        import sys
        from pathlib import Path
        from workshop.store import SessionFile
        session = SessionFile.open(Path(sys.argv[1]))
        print("holding", flush=True)
        sys.stdin.read()
        """,
        str(path),
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(SessionOpenElsewhere) as refused:
            SessionFile.create(tmp_path, "sales", "en", [])
        assert str(refused.value) == (
            f"session {path.stem} is open in another workshop window; "
            "close that one first, then start again"
        )
        SessionFile.create(tmp_path, "it", "en", []).close()  # another group may start
    finally:
        holder.communicate("")
    assert [p.stem[11:] for p in session_paths(tmp_path, "sales")] == ["sales-1"]
    SessionFile.create(tmp_path, "sales", "en", []).close()  # free once that window closed


def test_the_settings_are_read_without_the_answers_and_any_layout_still_reads(tmp_path):
    from workshop.store.sessions import read_info, read_session

    session = SessionFile.create(tmp_path, "sales", "en", ["x-basics"])
    for _ in range(3):
        session.add_answer(Answer(1, "x-basics", "q", 1))
    session.update_info(position={"module": 0, "step": 1})
    path = session.path
    session.close()
    assert read_info(path) == read_session(path).info
    assert read_info(path)["position"] == {"module": 0, "step": 1}
    pretty = tmp_path / "2026-01-01-sales-9.json"  # as a trainer's editor might save it
    pretty.write_text(json.dumps(json.loads(path.read_text()), indent=2))
    assert read_info(pretty) == read_session(path).info
    survey_like = tmp_path / "2026-01-01-sales-8.json"
    survey_like.write_text(path.read_text().replace('"kind":"session"', '"kind":"survey"'))
    assert read_info(survey_like) is None


# --- portability: Windows names and renames, macOS flushes, and what a failed write says ---


@pytest.mark.parametrize(
    "name", ["con", "NUL", "Aux", "prn", "com1", "COM9", "lpt1", "Lpt9", "con.txt", "nul.json"]
)
def test_group_names_windows_keeps_for_devices_are_refused_in_one_line(name, capsys):
    with pytest.raises(UserError) as raised:
        group_name(name)
    message = str(raised.value)
    assert "\n" not in message and f"“{name}”" in message and "Windows" in message
    assert raised.value.exit_code == 2
    assert main(["sessions", "list", "--group", name]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "kept by Windows for a device" in line


@pytest.mark.parametrize("name", ["console", "com10", "lpt", "com", "null", "auxiliary", "con-1"])
def test_group_names_that_only_look_like_devices_are_fine(name):
    assert group_name(name) == name


def test_a_rename_refused_for_a_moment_is_tried_again(tmp_path):
    from workshop.store.atomic import WINDOWS_REPLACE_WAITS

    path = tmp_path / "file.json"
    path.write_bytes(b"old")
    calls = []

    def held_twice(source, target):  # as a virus scanner holding the file for a moment
        calls.append(target)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        os.replace(source, target)

    write_atomic(path, b"new", replace=held_twice, waits=(0.01,) * 6)
    assert path.read_bytes() == b"new" and len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]
    assert 0.8 <= sum(WINDOWS_REPLACE_WAITS) <= 1.5  # briefly: about a second in all


def test_a_rename_refused_for_longer_is_reported_and_the_old_file_kept(tmp_path):
    path = tmp_path / "file.json"
    path.write_bytes(b"old")
    calls = []

    def held(source, target):
        calls.append(target)
        raise PermissionError(13, "The process cannot access the file")

    with pytest.raises(PermissionError):
        write_atomic(path, b"new", replace=held, waits=(0.01,) * 6)
    assert len(calls) == 7 and path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]


class Fcntl:
    """What the fcntl module offers on macOS: F_FULLFSYNC, which some drives refuse."""

    F_FULLFSYNC = 51

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.calls: list[tuple[int, int]] = []

    def fcntl(self, descriptor: int, command: int) -> int:
        self.calls.append((descriptor, command))
        if self.refuse:
            raise OSError(45, "Operation not supported")
        return 0


@pytest.mark.parametrize("refuse", [False, True])
def test_a_full_flush_is_asked_for_where_the_platform_has_it(tmp_path, refuse):
    from workshop.store.atomic import full_fsync

    macos = Fcntl(refuse)
    with open(tmp_path / "file", "wb") as handle:
        handle.write(b"x")
        handle.flush()
        full_fsync(handle.fileno(), macos)  # refused: falls back to fsync, no error
        assert macos.calls == [(handle.fileno(), Fcntl.F_FULLFSYNC)]
        full_fsync(handle.fileno(), object())  # no F_FULLFSYNC (Linux): plain fsync


def test_a_write_to_a_folder_that_is_gone_says_so(tmp_path):
    import shutil

    from workshop import i18n
    from workshop.store import StoreWriteError

    data = tmp_path / "usb-stick"
    data.mkdir()
    session = SessionFile.create(data, "sales", "en", ["x-basics"])
    try:
        session.add_answer(Answer(1, "x-basics", "x-post-length", 2))
        shutil.rmtree(data)  # the stick pulled out, the network share gone
        with pytest.raises(StoreWriteError) as raised:
            session.add_answer(Answer(1, "x-basics", "x-post-length", 3))
        message = str(raised.value)
        assert "\n" not in message and str(session.path) in message
        assert "the folder is gone" in message and "reconnect the drive" in message
        assert "disk space" not in message
        i18n.set_language("nl")
        with pytest.raises(StoreWriteError) as raised:
            session.add_answer(Answer(1, "x-basics", "x-post-length", 3))
        assert "de map is verdwenen" in str(raised.value)
    finally:
        session.database._lock.release()


@needs_file_limits
def test_a_write_onto_a_full_disk_says_the_disk_is_full(tmp_path):
    from workshop.store import StoreWriteError

    with SessionFile.create(tmp_path, "sales", "en", ["x-basics"]) as session:
        size = session.path.stat().st_size
        with disk_full_beyond(size + 400), pytest.raises(StoreWriteError) as raised:
            for _ in range(100):
                session.add_answer(Answer(1, "x-basics", "x-post-length", 2))
    message = str(raised.value)
    assert "the disk is full" in message and "free some disk space" in message


CHILD_WRITES = """
import os, resource, sys
from pathlib import Path
from workshop.store import Answer, SessionFile, StoreWriteError
data = Path(sys.argv[1])
data.mkdir()
session = SessionFile.create(data, "sales", "en", ["x-basics"])
if sys.argv[2] == "handles":
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    try:
        while True:  # every handle the limit allows taken, as by a leaking program
            os.open(os.devnull, os.O_RDONLY)
    except OSError:
        pass
else:
    data.chmod(0o555)
try:
    session.add_answer(Answer(1, "x-basics", "x-post-length", 2))
except StoreWriteError as error:
    print(error)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits")
def test_a_write_with_too_many_files_open_says_so(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD_WRITES), str(tmp_path / "data"), "handles"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "WORKSHOP_LANG": "en"},
    )
    assert result.stderr == ""
    (line,) = result.stdout.strip().splitlines()
    assert "too many files are open" in line and "close other programs" in line


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_write_without_permission_says_so(tmp_path):
    from tests.test_hostile_files import without_write_permission

    child = without_write_permission()
    tmp_path.chmod(0o777)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD_WRITES), str(tmp_path / "data"), "perm"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "WORKSHOP_LANG": "en"},
        preexec_fn=child,
    )
    (tmp_path / "data").chmod(0o755)
    assert result.stderr == ""
    (line,) = result.stdout.strip().splitlines()
    assert "no permission to write there" in line and "check the folder's permissions" in line
