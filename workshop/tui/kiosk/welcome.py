"""The welcome screen: what the survey is, that it is anonymous, and how to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Digits, Footer, Label

from workshop.i18n import t
from workshop.tui.kiosk.messages import StartRequested

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer


class WelcomeScreen(Screen[None]):
    """Large and calm: group, anonymity, number of questions, "press enter to start"."""

    BINDINGS = [Binding("enter", "start", "kiosk.key_start", id="kiosk.start")]

    def __init__(self, group: str, question_count: int, language: str,
                 phone_server: PhoneServer | None = None, title: str | None = None) -> None:
        super().__init__(classes="kiosk-screen")
        self.phone_server = phone_server
        self.group = group
        self.question_count = question_count
        self.language = language
        self.heading = title

    def compose(self) -> ComposeResult:
        lang = self.language
        count_key = (
            "kiosk.question_count_one"
            if self.question_count == 1
            else ("kiosk.question_count_many")
        )
        with Vertical(id="welcome", classes="page"):
            yield Label(
                self.heading or t("kiosk.title", lang=lang, group=self.group),
                id="welcome-title",
                markup=False,
            )
            yield Label(t("kiosk.anonymous", lang=lang), id="welcome-anonymous")
            with Center():
                yield Digits(str(self.question_count), id="welcome-count")
            with Center():
                yield Label(t(count_key, lang=lang), id="welcome-count-label")
            yield Label(t("kiosk.dont_know_anytime", lang=lang), id="welcome-dont-know")
            yield Label(t("kiosk.press_enter", lang=lang), id="welcome-start")
        if self.phone_server is not None:
            from workshop.tui.widgets.join import JoinPanel

            yield JoinPanel(self.phone_server, lang)
        yield Footer(show_command_palette=False)

    def action_start(self) -> None:
        self.post_message(StartRequested())
