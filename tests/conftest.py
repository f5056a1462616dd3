"""Keep tests away from the real data folder and the machine's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop import i18n


@pytest.fixture(scope="session")
def content_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One content cache for the whole run, never the machine's own."""
    return tmp_path_factory.mktemp("content-cache")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content_cache: Path) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("WORKSHOP_DATA", str(data))
    monkeypatch.setenv("WORKSHOP_CACHE", str(content_cache))
    monkeypatch.setenv("WORKSHOP_LANG", "en")
    monkeypatch.chdir(tmp_path)
    i18n.set_language("en")
    return data


TEST_CONTENT = Path(__file__).parent / "content"


@pytest.fixture
def library():
    """The built-in content plus a small test module with one step of each kind."""
    from workshop.content import load_library

    return load_library([TEST_CONTENT])
