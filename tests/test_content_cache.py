"""The content cache: a shortcut that is never wrong, never required and never holds errors."""

from __future__ import annotations

import shutil
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
    return sorted(cache.glob("content-*.pickle"))


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
