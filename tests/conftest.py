"""Keep tests away from the real data folder and the machine's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop import i18n


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("WORKSHOP_DATA", str(data))
    monkeypatch.setenv("WORKSHOP_LANG", "en")
    monkeypatch.chdir(tmp_path)
    i18n.set_language("en")
    return data
