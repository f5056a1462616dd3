"""The kiosk's small widgets: a numbered option row, the progress line, the number input."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalGroup
from textual.message import Message
from textual.widgets import Input, Label, ProgressBar, Static

from workshop.i18n import t

MARKER = "▶"


class OptionRow(HorizontalGroup):
    """One answer: its key, its shape and its text; the chosen row gets ▶ and a colour."""

    class Clicked(Message):
        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    def __init__(
        self,
        number: int,
        label: str,
        *,
        key: str | None = None,
        shape: str | None = None,
        chosen: bool = False,
    ) -> None:
        super().__init__(classes=f"option option-{number}")
        self.number = number
        self.label = label
        self.key = key or str(number)
        self.shape = shape
        self.set_class(chosen, "-chosen")

    @property
    def chosen(self) -> bool:
        return self.has_class("-chosen")

    def compose(self) -> ComposeResult:
        yield Label(MARKER if self.chosen else " ", classes="marker")
        yield Label(self.key, classes="key", markup=False)
        if self.shape:
            yield Label(self.shape, classes=f"shape shape-{self.number}")
        yield Static(self.label, classes="label", markup=False)

    def set_chosen(self, chosen: bool) -> None:
        self.set_class(chosen, "-chosen")
        if self.is_mounted:
            self.query_one(".marker", Label).update(MARKER if chosen else " ")

    def on_click(self) -> None:
        self.post_message(self.Clicked(self.number))


class SurveyProgress(HorizontalGroup):
    """ "Question 5 of 28 · topic" with a bar, so the room sees how far the survey is."""

    def __init__(self, number: int, total: int, topic: str, language: str) -> None:
        super().__init__(id="progress")
        self.number = number
        self.total = total
        self.topic = topic
        self.language = language

    def compose(self) -> ComposeResult:
        text = t("kiosk.progress", lang=self.language, number=self.number, total=self.total)
        yield Label(text, id="progress-text", markup=False)
        bar = ProgressBar(
            total=self.total, show_percentage=False, show_eta=False, id="progress-bar"
        )
        bar.progress = self.number - 1
        yield bar
        yield Label(self.topic, id="progress-topic", markup=False)


class NumberInput(Input):
    """An input for a number that leaves every other key (such as ? for "don't know") alone."""

    ACCEPTED = "0123456789.,"

    def __init__(self, value: str = "", placeholder: str = "") -> None:
        super().__init__(
            value=value,
            placeholder=placeholder,
            restrict=r"[0-9]*([.,][0-9]*)?",
            max_length=12,
            id="number-input",
        )

    def check_consume_key(self, key: str, character: str | None) -> bool:
        return character is not None and character in self.ACCEPTED
