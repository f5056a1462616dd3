"""The dialog that asks the trainer how many people are present, for the phone server's limit."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from workshop.i18n import t
from workshop.phone.options import MOST_EXPECTED
from workshop.tui.widgets.plain import Plain

NO_LIMIT = 0
"""The answer for an empty box: no number of people, no limit."""


class ExpectDialog(ModalScreen[int | None]):
    """A number of people (1–MOST_EXPECTED), NO_LIMIT for an empty box, None for escape."""

    BINDINGS = [Binding("escape", "cancel", "tui.cancel", id="expect-cancel")]

    def __init__(self, expected: int | None, language: str) -> None:
        super().__init__()
        self.expected = expected
        self.language = language

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(t("phone.expect_question", lang=self.language), classes="dialog-question")
            value = "" if self.expected is None else str(self.expected)
            yield Input(value, type="integer", max_length=4, id="expect-input")
            yield Plain("", id="expect-problem")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.dismiss(NO_LIMIT)
            return
        if text.isdigit() and 1 <= int(text) <= MOST_EXPECTED:
            self.dismiss(int(text))
            return
        problem = t("phone.expect_invalid", lang=self.language, most=MOST_EXPECTED)
        self.query_one("#expect-problem", Plain).update(problem)

    def action_cancel(self) -> None:
        self.dismiss(None)
