"""What the level and question screens share: numbered rows, a number chooses, enter confirms."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from workshop.tui.kiosk.keys import number_keys
from workshop.tui.kiosk.messages import BackRequested
from workshop.tui.kiosk.widgets import OptionRow


class ChoosingScreen(Screen[None]):
    """A screen of numbered options; subclasses compose the rows and say what a choice means.

    Each screen is answered once: after enter or left it ignores further keys, so a key pressed
    twice in a hurry cannot answer the next question as well.
    """

    BINDINGS = [
        *number_keys(),
        Binding("enter", "confirm", "kiosk.key_next", priority=True, id="kiosk.next"),
        Binding("left", "back", "kiosk.key_back", priority=True, id="kiosk.back"),
    ]

    choice: reactive[int | None] = reactive(None, init=False)
    """The option number chosen but not yet confirmed."""

    def __init__(self, option_count: int, language: str, chosen: int | None = None) -> None:
        super().__init__(classes="kiosk-screen")
        self.option_count = option_count
        self.language = language
        self.answered = False
        self.set_reactive(ChoosingScreen.choice, chosen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            (number,) = parameters
            return isinstance(number, int) and number <= self.option_count
        if action == "confirm":
            return True if self.choice is not None else None
        return True

    def watch_choice(self, choice: int | None) -> None:
        for row in self.query(OptionRow):
            row.set_chosen(row.number == choice)
        self.refresh_bindings()

    def action_choose(self, number: int) -> None:
        if not self.answered and 1 <= number <= self.option_count:
            self.choice = number

    @on(OptionRow.Clicked)
    def _clicked(self, event: OptionRow.Clicked) -> None:
        event.stop()
        self.action_choose(event.number)

    def action_confirm(self) -> None:
        if self.answered or self.choice is None:
            return
        self.answered = True
        self.confirmed(self.choice)

    def action_back(self) -> None:
        if not self.answered:
            self.answered = True
            self.post_message(BackRequested())

    def confirmed(self, choice: int) -> None:
        """Tell the app what option `choice` means; called once."""
        raise NotImplementedError
