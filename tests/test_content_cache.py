"""The content cache: a shortcut that is never wrong, never required and never holds errors."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from workshop.content import ContentError, load_library
from workshop.content.cache import KEPT

TEST_CONTENT = Path(__file__).parent / "content"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("WORKSHOP_CACHE", str(folder))
    return folder


@pytest.fixture
def own(tmp_path: Path) -> Path:
    """A trainer's own copy of the test module, free to edit."""
    folder = tmp_path / "own"
    shutil.copytree(TEST_CONTENT, folder)
    return folder


def copies(cache: Path) -> list[Path]:
    return sorted(cache.glob("content-*"))


class RunsACommand:
    """Unpickling this runs a command that creates `marker`: what a crafted cache file does."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        touch = "import pathlib, sys; pathlib.Path(sys.argv[1]).touch()"
        return subprocess.call, ([sys.executable, "-c", touch, str(self.marker)],)


def crafted_pickle(marker: Path) -> bytes:
    data = pickle.dumps(RunsACommand(marker))
    pickle.loads(data)  # the file is as harmful as it looks: loading it does run the command
    assert marker.exists()
    marker.unlink()
    return data


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts validations of the content from its YAML (not from the cache)."""
    from workshop.content import library

    calls: list[int] = []
    validated = library._validated_library

    def counted(folders):
        calls.append(1)
        return validated(folders)

    monkeypatch.setattr(library, "_validated_library", counted)
    return calls


def test_a_second_load_comes_from_the_cache_and_equals_the_first(cache, own, monkeypatch):
    first = load_library([own])
    [copy] = copies(cache)
    copy_written = copy.stat().st_mtime_ns

    def not_again(folders):
        raise AssertionError("validated again instead of read from the cache")

    monkeypatch.setattr("workshop.content.library._validated_library", not_again)
    second = load_library([own])
    assert copy.stat().st_mtime_ns == copy_written
    assert second.modules == first.modules
    assert second.survey == first.survey
    assert second.policy == first.policy
    assert second.organisation == first.organisation
    assert second.module_files == first.module_files


def test_a_cached_module_still_validates_what_it_is_given(cache, own):
    """defer_build: the models build their validators on first use, even after the cache."""
    load_library([own])
    library = load_library([own])
    module = next(iter(library.modules.values()))
    again = type(module).model_validate(module.model_dump())
    assert again == module


def test_an_edited_file_is_validated_afresh(cache, own):
    load_library([own])
    [module_file] = [p for p in own.glob("*.yaml")][:1]
    text = module_file.read_text(encoding="utf-8")
    module_file.write_text(text.replace("minutes: ", "minutes: x", 1), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_library([own])
    assert str(module_file) in str(raised.value)


def test_broken_content_is_never_cached(cache, own):
    (own / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ContentError):
            load_library([own])
    assert copies(cache) == []


def test_a_damaged_copy_is_ignored_and_replaced(cache, own):
    first = load_library([own])
    [copy] = copies(cache)
    copy.write_bytes(b"half a pickle")
    assert load_library([own]).modules == first.modules
    assert len(copy.read_bytes()) > 1000


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch, own):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("WORKSHOP_CACHE", str(blocked / "cache"))
    assert load_library([own]).modules


def test_only_the_newest_copies_are_kept(cache, tmp_path):
    folders = []
    for number in range(KEPT + 2):
        folder = tmp_path / f"set-{number}"
        shutil.copytree(TEST_CONTENT, folder)
        folders.append(folder)
        load_library([folder])
    assert len(copies(cache)) == KEPT


def test_a_crafted_pickle_in_the_cache_runs_nothing(cache, own, tmp_path, validations):
    first = load_library([own])
    marker = tmp_path / "the-command-ran"
    crafted = crafted_pickle(marker)
    for copy in copies(cache):
        copy.write_bytes(crafted)
    assert load_library([own]).modules == first.modules
    assert not marker.exists()
    assert len(validations) == 2


def test_a_crafted_pickle_runs_nothing_on_modules_list(tmp_path):
    """The report: a file under the expected name ran a command on `workshop modules list`."""
    cache = tmp_path / "shared-cache"
    env = {**os.environ, "WORKSHOP_CACHE": str(cache), "WORKSHOP_LANG": "en"}
    command = [sys.executable, "-m", "workshop", "modules", "list"]
    subprocess.run(command, env=env, check=True, capture_output=True)
    marker = tmp_path / "the-command-ran"
    crafted = crafted_pickle(marker)
    assert copies(cache)
    for copy in copies(cache):
        copy.write_bytes(crafted)
    listed = subprocess.run(command, env=env, capture_output=True, text=True)
    assert not marker.exists()
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    assert "x-basics" in listed.stdout


def test_the_cache_holds_plain_data(cache, own):
    """JSON: nothing in it names code to run, whatever is written there."""
    load_library([own])
    [copy] = copies(cache)
    data = json.loads(copy.read_bytes())
    assert isinstance(data, dict)


def _entry(copy: Path) -> dict:
    return json.loads(copy.read_bytes())


def _garbage(copy: Path) -> None:
    copy.write_bytes(os.urandom(5000))


def _truncated(copy: Path) -> None:
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])


def _empty(copy: Path) -> None:
    copy.write_bytes(b"")


def _wrong_shape(copy: Path) -> None:
    copy.write_text(json.dumps({"modules": [1, 2, 3], "survey": "yes"}), encoding="utf-8")


def _a_list(copy: Path) -> None:
    copy.write_text(json.dumps([_entry(copy)]), encoding="utf-8")


def _invalid_content(copy: Path) -> None:
    """The right shape, but a module the models would reject: the cache is validated too."""
    entry = _entry(copy)
    module = next(iter(entry["modules"].values()))
    module["minutes"] = "ninety"
    copy.write_text(json.dumps(entry), encoding="utf-8")


def _oversized(copy: Path) -> None:
    """Valid JSON followed by more blanks than any content needs."""
    from workshop.content import cache

    with copy.open("ab") as handle:
        handle.write(b" " * getattr(cache, "MAX_BYTES", 16 << 20))


def _a_directory(copy: Path) -> None:
    copy.unlink()
    copy.mkdir()
    (copy / "inside").write_text("x", encoding="utf-8")


def _a_pipe(copy: Path) -> None:
    """A named pipe: reading it would wait for a writer for ever."""
    copy.unlink()
    os.mkfifo(copy)


def _unreadable(copy: Path) -> None:
    copy.chmod(0)


DAMAGE = [
    _garbage,
    _truncated,
    _empty,
    _wrong_shape,
    _a_list,
    _invalid_content,
    _oversized,
    _a_directory,
    pytest.param(
        _a_pipe, marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
    ),
    pytest.param(
        _unreadable,
        marks=pytest.mark.skipif(
            not hasattr(os, "geteuid") or os.geteuid() == 0,
            reason="root reads a file without read permission",
        ),
    ),
]


def _load_within(seconds: float, own: Path):
    """load_library([own]) in a thread, so that a read that blocks fails instead of hanging."""
    outcome: dict = {}

    def load() -> None:
        try:
            outcome["library"] = load_library([own])
        except BaseException as error:  # reported by the test, not lost in the thread
            outcome["error"] = error

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        for pipe in [p for p in copies(Path(os.environ["WORKSHOP_CACHE"])) if p.is_fifo()]:
            descriptor = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)  # let the reader go
            os.close(descriptor)
        thread.join(seconds)  # so that it does not go on into the next test
        pytest.fail(f"loading the content still waits after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["library"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_bad_entry_is_ignored_and_the_content_validated_afresh(
    cache, own, validations, damage, capsys
):
    first = load_library([own])
    [copy] = copies(cache)
    damage(copy)
    try:
        again = _load_within(10, own)
    finally:
        if copy.exists() and not copy.is_dir():
            copy.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert again.modules == first.modules
    assert again.survey == first.survey
    assert len(validations) == 2
    assert capsys.readouterr().err == ""
    if copy.is_file():  # rebuilt: the next start reads it without validating
        load_library([own])
        assert len(validations) == 2


def test_a_copy_made_for_other_content_is_not_used(cache, tmp_path, validations):
    """An entry is only ever used for the content it was made from, whatever its name."""
    ours, other = tmp_path / "ours", tmp_path / "other"
    shutil.copytree(TEST_CONTENT, ours)
    shutil.copytree(TEST_CONTENT, other)
    [module_file] = sorted(other.glob("*.yaml"))
    text = module_file.read_text(encoding="utf-8")
    module_file.write_text(text.replace("minutes: 10", "minutes: 110", 1), encoding="utf-8")
    mine = load_library([ours])
    [our_copy] = copies(cache)
    theirs = load_library([other])
    [their_copy] = [c for c in copies(cache) if c != our_copy]
    shutil.copyfile(their_copy, our_copy)
    again = load_library([ours])
    assert len(validations) == 3
    assert again.modules == mine.modules != theirs.modules
    assert again.module_files == mine.module_files


def test_leftovers_of_interrupted_writes_are_removed(cache, own):
    """A write killed between creating its temporary file and renaming it leaves the file;
    the next write removes it, as the session store does its own."""
    cache.mkdir(parents=True)
    leftover = cache / ".content-0123456789abcdef.json.5a5a5a5a.tmp"
    leftover.write_bytes(b'{"half": ')
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    load_library([own])
    assert not leftover.exists()
    assert [p.name for p in cache.iterdir() if p.name.endswith(".tmp")] == []


def test_pickles_earlier_versions_left_are_removed(cache, own):
    cache.mkdir(parents=True)
    earlier = cache / ("content-" + "0" * 40 + ".pickle")
    earlier.write_bytes(pickle.dumps({"modules": {}}))
    load_library([own])
    assert not earlier.exists()
    assert [p.suffix for p in copies(cache)] == [".json"]


def test_a_killed_write_leaves_no_temporary_file_for_long(cache, own):
    load_library([own])
    (entry,) = copies(cache)
    old = cache / f".{entry.name}.0badcafe.tmp"  # a write killed before its rename
    young = cache / f".{entry.name}.1badcafe.tmp"  # another process's write under way
    for leftover in (old, young):
        leftover.write_bytes(b'{"format":1,"key":"')
    os.utime(old, (time.time() - 3600,) * 2)
    load_library([own])  # from the copy: nothing is written, leftovers go all the same
    assert copies(cache) == [entry]
    assert not old.exists() and young.exists()
