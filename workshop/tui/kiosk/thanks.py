"""The thank-you after a stored response, and the calm retry screen when storing failed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label

from workshop.i18n import t
from workshop.tui.kiosk.messages import RetryRequested, ThanksOver


class ThanksScreen(Screen[None]):
    """Thanks the participant, then hands over to the next one after `seconds`.

    If the trainer has help or the close dialog open when the time is up, the hand-over waits
    until this screen is on top again, so nothing is switched away under a dialog.
    """

    def __init__(self, language: str, seconds: float) -> None:
        super().__init__(classes="kiosk-screen")
        self.language = language
        self.seconds = seconds
        self.expired = False

    def compose(self) -> ComposeResult:
        lang = self.language
        with Vertical(id="thanks", classes="page"):
            yield Label(t("kiosk.thanks", lang=lang), id="thanks-title")
            yield Label(t("kiosk.thanks_saved", lang=lang), classes="subtitle")
            yield Label(t("kiosk.thanks_next", lang=lang), classes="subtitle")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.set_timer(self.seconds, self._time_up)

    def _time_up(self) -> None:
        self.expired = True
        if self.is_active:
            self.post_message(ThanksOver())

    def on_screen_resume(self) -> None:
        if self.expired:
            self.post_message(ThanksOver())


class SaveFailedScreen(Screen[None]):
    """One calm sentence when the response could not be written; enter tries again.

    The answers stay in memory meanwhile; the technical reason is shown small, for the trainer.
    """

    BINDINGS = [Binding("enter", "retry", "kiosk.key_retry", id="kiosk.retry")]

    def __init__(self, language: str, reason: str) -> None:
        super().__init__(classes="kiosk-screen")
        self.language = language
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(id="save-failed", classes="page"):
            yield Label(t("kiosk.save_failed", lang=self.language), id="save-failed-text")
            yield Label(self.reason, id="save-failed-reason", markup=False)
        yield Footer(show_command_palette=False)

    def action_retry(self) -> None:
        self.post_message(RetryRequested())
