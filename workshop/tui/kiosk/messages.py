"""What the kiosk's screens tell the app; the app alone changes the participant's state."""

from __future__ import annotations

from textual.message import Message

from workshop.tui.kiosk.flow import Value


class StartRequested(Message):
    """The participant pressed enter on the welcome screen."""


class LevelChosen(Message):
    """The level question is answered with option `choice` (the last one: rather not say)."""

    def __init__(self, choice: int) -> None:
        super().__init__()
        self.choice = choice


class Answered(Message):
    """Question `question_id` is answered with `value` (None: don't know)."""

    def __init__(self, question_id: str, value: Value) -> None:
        super().__init__()
        self.question_id = question_id
        self.value = value


class BackRequested(Message):
    """The participant wants to change the previous answer."""


class RetryRequested(Message):
    """Try storing the finished response again after a write error."""


class ThanksOver(Message):
    """The thank-you has been shown long enough: on to the next participant."""
