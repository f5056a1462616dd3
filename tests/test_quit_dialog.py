"""Quitting during a round asks first, in plain words: no Markdown marks in a plain dialog."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.test_tui_session import make_app, start_session
from workshop.tui.screens.dialogs import YesNoDialog


@pytest.mark.parametrize("language", ["en", "nl"])
async def test_the_quit_question_names_the_command_without_backticks(library, isolated, language):
    app = make_app(library, isolated, language=language)
    async with app.run_test(size=(120, 36)) as pilot:
        await start_session(pilot)
        await pilot.press("right")  # a quiz round opens
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, YesNoDialog)
        text = str(app.screen.query_one(".dialog-question", Static).render())
        assert "workshop start --group sales --resume" in text, text
        assert "`" not in text
        await pilot.press("n")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_command_line_errors_name_commands_without_backticks(isolated, capsys, language):
    from workshop.cli import main

    isolated.mkdir(parents=True)
    assert main(["export", "2026-01-05-sales-9", "--lang", language]) != 0
    assert main(["survey", "report", "--group", "sales", "--lang", language]) != 0
    errors = capsys.readouterr().err
    assert "“workshop sessions list”" in errors and "“workshop survey run”" in errors
    assert "`" not in errors
