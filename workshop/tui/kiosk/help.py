"""F1: the kiosk's keys, for participants and for the trainer, in Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown

from workshop.i18n import t


class HelpScreen(Screen[None]):
    """The keys of every kiosk screen; esc or f1 returns to where the participant was."""

    BINDINGS = [
        Binding("escape,f1", "close_help", "kiosk.key_close_help", id="kiosk.close_help"),
    ]

    def __init__(self, language: str) -> None:
        super().__init__(classes="kiosk-screen")
        self.language = language

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="page"):
            yield Markdown(t("kiosk.help", lang=self.language))
        yield Footer(show_command_palette=False)

    def action_close_help(self) -> None:
        self.dismiss()
