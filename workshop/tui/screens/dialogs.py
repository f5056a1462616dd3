"""Small modal dialogs that return a typed answer to their caller."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from workshop.i18n import t
from workshop.tui.widgets.plain import Plain


class YesNoDialog(ModalScreen[bool]):
    """A question with yes and no; escape means no."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "tui.no", id="no"),
        Binding("y,j", "answer(True)", "tui.yes", id="yes"),
    ]

    def __init__(self, question: str, language: str) -> None:
        super().__init__()
        self.question = question
        self.language = language

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(self.question, classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.yes_button", lang=self.language), id="yes", variant="primary")
                yield Button(t("tui.no_button", lang=self.language), id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
