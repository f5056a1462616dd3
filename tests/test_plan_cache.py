"""The plan cache: the agenda a start shows before the content is loaded is the plan made now.

Through `Preparation`, as `workshop start` uses it: `cached()` is what the first agenda shows,
calling it loads the content, makes the plan and keeps it. Real files in tmp_path throughout.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_content_cache import (
    RunsACommand,
    _a_directory,
    _a_list,
    _a_pipe,
    _empty,
    _garbage,
    _truncated,
    _unreadable,
    _wrong_shape,
)
from tests.test_survey_support import responses_scoring, store
from workshop.cli.start_command import Preparation
from workshop.content import Library, load_library
from workshop.plan import Plan
from workshop.plan_cache import MAX_BYTES, CachedPlan, plan_path
from workshop.planner import plan_for_group

TEST_CONTENT = Path(__file__).parent / "content"
WEAK = {"linkedin": 3 / 7, "x": 0.4, "ambassador": 0.5, "instagram": 4 / 7}


@pytest.fixture
def own(tmp_path: Path) -> Path:
    """A trainer's own copy of the test module, free to edit."""
    folder = tmp_path / "own"
    shutil.copytree(TEST_CONTENT, folder)
    return folder


def preparation(
    data: Path, own: Path, language: str = "en", module_ids: list[str] | None = None
) -> Preparation:
    """What `workshop start --group sales --modules OWN [--module ID…]` prepares behind its
    first frame."""
    args = argparse.Namespace(minutes=90, module_ids=module_ids, modules=[str(own)])
    return Preparation(args, "sales", data, language)


def titles(library: Library, plan: Plan, language: str) -> dict[str, str]:
    return {m.id: library.modules[m.id].title(language) for m in plan.named}


def made_now(data: Path, own: Path, language: str) -> CachedPlan:
    """The agenda the planner makes from the files as they are now, without any cache."""
    library = load_library([own])
    plan = plan_for_group(library, data, "sales", 90, language)
    return CachedPlan(plan, titles(library, plan, language))


def start(data: Path, own: Path, language: str = "en") -> CachedPlan | None:
    """One start: what its first agenda showed; the content is loaded and the plan kept."""
    prepared = preparation(data, own, language)
    shown = prepared.cached()
    prepared()
    return shown


def test_the_cached_agenda_is_the_plan_made_now_after_each_change(isolated, own):
    assert start(isolated, own) is None  # the first start has nothing to show early
    assert start(isolated, own) == made_now(isolated, own, "en")

    library = load_library([own])
    store(isolated, "sales", responses_scoring(library.survey, WEAK, count=14, attitude=2))
    before = made_now(isolated, own, "en")
    assert start(isolated, own) is None  # the group's survey changed
    assert start(isolated, own) == before
    store(isolated, "sales", responses_scoring(library.survey, {"x": 0.9}, count=6))
    assert made_now(isolated, own, "en") != before  # more answers, another plan
    assert start(isolated, own) is None
    assert start(isolated, own) == made_now(isolated, own, "en")

    store(isolated, "it", responses_scoring(library.survey, WEAK, count=3))
    assert start(isolated, own) is None  # another group's survey: pooled plans read it
    assert start(isolated, own) == made_now(isolated, own, "en")

    module = own / "test-quiz.yaml"
    text = module.read_text(encoding="utf-8")
    edited = text.replace("minutes: 10", "minutes: 15", 1).replace('"Test quiz"', '"Quiz"')
    module.write_text(edited, encoding="utf-8")
    after = made_now(isolated, own, "en")
    assert after.titles["test-quiz"] == "Quiz"
    assert start(isolated, own) is None  # a module file changed
    assert start(isolated, own) == after

    assert start(isolated, own, "nl") is None  # another language: other titles and reasons
    assert start(isolated, own, "nl") == made_now(isolated, own, "nl") != after
    assert start(isolated, own, "en") == after  # each language keeps its own


def test_the_modules_asked_for_are_part_of_the_key(isolated, own):
    start(isolated, own)
    chosen = ["test-quiz", "basic-rules"]
    first = preparation(isolated, own, module_ids=chosen)
    assert first.cached() is None
    library, plan = first()
    assert [m.id for m in plan.modules] == chosen
    again = preparation(isolated, own, module_ids=chosen).cached()
    assert again == CachedPlan(plan, titles(library, plan, "en"))


def test_reading_the_cached_agenda_loads_neither_pydantic_nor_yaml(isolated, own):
    """What makes it quick: run in a fresh interpreter, as a start does."""
    start(isolated, own)
    script = f"""
import argparse, sys
from pathlib import Path
from workshop.cli.start_command import Preparation
args = argparse.Namespace(minutes=90, module_ids=None, modules=[{str(own)!r}])
shown = Preparation(args, "sales", Path({str(isolated)!r}), "en").cached()
print(shown is not None, *sorted(m for m in sys.modules if m.split(".")[0] in
      ("pydantic", "yaml", "tinydb") or m in ("workshop.planner", "workshop.content.model")))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True"]


# A damaged, foreign or unreadable entry -----------------------------------------------------


def _entry(path: Path) -> dict:
    return json.loads(path.read_bytes())


def _rewritten(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        entry = _entry(path)
        change(entry)
        path.write_text(json.dumps(entry), encoding="utf-8")

    damage.__name__ = change.__name__
    return damage


def _minutes_in_words(entry: dict) -> None:
    entry["plan"]["modules"][0]["minutes"] = "ninety"


def _minutes_as_yes(entry: dict) -> None:
    entry["plan"]["minutes"] = True


def _figures_that_disagree(entry: dict) -> None:
    entry["plan"]["planned_minutes"] += 5


def _an_unknown_field(entry: dict) -> None:
    entry["plan"]["modules"][0]["command"] = "rm -rf ~"


def _a_title_missing(entry: dict) -> None:
    entry["titles"].popitem()


def _a_title_not_text(entry: dict) -> None:
    entry["titles"][next(iter(entry["titles"]))] = ["a", "list"]


def _made_for_another_key(entry: dict) -> None:
    entry["key"] = "0" * 40


def _another_group(entry: dict) -> None:
    entry["plan"]["group"] = "it"


def _another_format(entry: dict) -> None:
    entry["format"] = 99


def _nested_too_deep(path: Path) -> None:
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)


def _oversized(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(b" " * MAX_BYTES)


def _a_pickle(path: Path) -> None:
    path.write_bytes(pickle.dumps(RunsACommand(path.with_name("the-command-ran"))))


DAMAGE = [
    _garbage,
    _truncated,
    _empty,
    _wrong_shape,
    _a_list,
    _nested_too_deep,
    _oversized,
    _a_directory,
    _a_pickle,
    *(
        _rewritten(change)
        for change in (
            _minutes_in_words,
            _minutes_as_yes,
            _figures_that_disagree,
            _an_unknown_field,
            _a_title_missing,
            _a_title_not_text,
            _made_for_another_key,
            _another_group,
            _another_format,
        )
    ),
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


def _within(seconds: float, read: Callable[[], CachedPlan | None]) -> CachedPlan | None:
    """`read()` in a thread, so that a read that blocks fails instead of hanging."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["shown"] = read()
        except BaseException as error:  # reported by the test, not lost in the thread
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"reading the plan cache still waits after {seconds} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["shown"]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda damage: damage.__name__.strip("_"))
def test_a_bad_entry_is_ignored_and_the_plan_made_again(isolated, own, damage, capsys):
    library = load_library([own])
    store(isolated, "sales", responses_scoring(library.survey, WEAK, count=14))
    first = preparation(isolated, own)
    first.cached()
    first()
    assert first.key is not None
    path = plan_path(first.key)
    damage(path)
    try:
        again = preparation(isolated, own)
        assert _within(10, again.cached) is None
        library_now, plan = again()  # made afresh, without a traceback
        assert CachedPlan(plan, titles(library_now, plan, "en")) == made_now(isolated, own, "en")
    finally:
        if path.exists() and not path.is_dir():
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert capsys.readouterr().err == ""
    assert not path.with_name("the-command-ran").exists()
    if not path.is_dir():  # rebuilt: the next start shows it early again
        assert preparation(isolated, own).cached() == made_now(isolated, own, "en")


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, isolated, own, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    start(isolated, own)  # the content is validated into the usual cache first
    monkeypatch.setenv("WORKSHOP_CACHE", str(blocked / "cache"))
    assert start(isolated, own) is None
    assert start(isolated, own) is None
