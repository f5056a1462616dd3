"""The last screen of a session: what was written, and where."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from workshop.i18n import t


class FinishedScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape,q", "dismiss", t("tui.close"), id="close")]

    def __init__(self, written: list[Path], problems: list[str], language: str) -> None:
        super().__init__()
        self.written = written
        self.problems = problems
        self.language = language

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog finished"):
            yield Static(t("tui.finished_title", lang=self.language), classes="dialog-question")
            if self.written:
                yield Static(t("tui.finished_written", lang=self.language))
                for path in self.written:
                    yield Static(f"  ✓ {path}", classes="written-path")
            for problem in self.problems:
                yield Static(f"  ✗ {problem}", classes="too-few")
            yield Static(t("tui.finished_close", lang=self.language), classes="hint")
        yield Footer()
