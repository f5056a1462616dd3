"""The trainer's close dialog: close the survey, or continue."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label

from workshop.i18n import t


class ConfirmCloseScreen(ModalScreen[bool]):
    """Asks before closing and says how many responses this run stored; True closes.

    "Continue" has the focus, so an enter pressed by a participant never closes the survey;
    ctrl+q pressed again (handled by the app) closes.
    """

    BINDINGS = [
        Binding("escape", "continue", "kiosk.key_continue", id="kiosk.continue"),
        Binding("ctrl+q", "close_survey", "kiosk.key_close", id="kiosk.close_confirmed"),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(self, language: str, stored: int, unfinished: bool) -> None:
        super().__init__(classes="kiosk-screen")
        self.language = language
        self.stored = stored
        self.unfinished = unfinished

    def compose(self) -> ComposeResult:
        lang = self.language
        if self.stored == 1:
            stored = t("kiosk.close_stored_one", lang=lang)
        else:
            stored = t("kiosk.close_stored_many", lang=lang, count=self.stored)
        with Vertical(id="confirm-dialog"):
            yield Label(t("kiosk.close_question", lang=lang), id="confirm-question")
            yield Label(stored, id="confirm-stored")
            if self.unfinished:
                yield Label(t("kiosk.close_unfinished", lang=lang), id="confirm-unfinished")
            with Horizontal(id="confirm-buttons"):
                yield Button(t("kiosk.close_no", lang=lang), id="no", variant="primary")
                yield Button(t("kiosk.close_yes", lang=lang), id="yes", variant="error")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_continue(self) -> None:
        self.dismiss(False)

    def action_close_survey(self) -> None:
        self.dismiss(True)
