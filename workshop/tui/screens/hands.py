"""Show of hands for big rooms: the trainer types how many hands went up for each option."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from workshop.content.answers import AnyQuestion, offers_dont_know, option_labels
from workshop.i18n import number, t
from workshop.symbols import shape
from workshop.tui.widgets.plain import Plain

MAX_HANDS = 10_000


class HandsScreen(ModalScreen[dict[float | None, int] | None]):
    # Tab is a priority binding here: keys that arrive together ("3", tab, "2" from one read of
    # the terminal) then move on before the next digit is handed out, so "2" lands in the next
    # row instead of the first.
    BINDINGS = [
        Binding("escape", "cancel", "tui.cancel", id="cancel"),
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def __init__(
        self, question: AnyQuestion, language: str, earlier: dict[float | None, int] | None = None
    ) -> None:
        """`earlier`: the round's hand count so far, which a new count replaces (shown filled
        in, so a re-count is a correction rather than a surprise)."""
        super().__init__()
        self.question = question
        self.language = language
        self.earlier = earlier or {}
        self.values: list[float | None] = list(range(1, len(option_labels(question, language)) + 1))
        if offers_dont_know(question):
            self.values.append(None)

    def label(self, value: float | None) -> str:
        if value is None:
            position = len(self.values)
            return f"{position} {shape(position)}  {t('quiz.dont_know', lang=self.language)}"
        number = int(value)
        text = option_labels(self.question, self.language)[number - 1]
        return f"{number} {shape(number)}  {text}"

    def compose(self) -> ComposeResult:
        language = self.language
        with Vertical(classes="dialog hands"):
            yield Plain(t("tui.hands_title", lang=language), classes="dialog-question")
            if self.earlier:
                counted = sum(self.earlier.values())
                yield Plain(t("tui.hands_recount", lang=language, count=counted), classes="hint")
            with VerticalScroll(classes="hands-rows", can_focus=False):
                for index, value in enumerate(self.values):
                    with Horizontal(classes="hands-row"):
                        yield Plain(self.label(value), classes="hands-label")
                        yield Input(
                            str(self.earlier[value]) if value in self.earlier else None,
                            placeholder="0",
                            restrict=r"[0-9]*",
                            max_length=5,
                            id=f"hands-{index}",
                            classes="hands-input",
                            compact=True,
                        )
            yield Plain("", id="hands-error")
            with Horizontal(classes="dialog-buttons"):
                save = t("tui.hands_save", lang=language)
                yield Button(save, id="save", variant="primary", compact=True)
                yield Button(t("tui.cancel", lang=language), id="cancel", compact=True)

    def on_input_submitted(self) -> None:
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.save()
        else:
            self.dismiss(None)

    def save(self) -> None:
        counts: dict[float | None, int] = {}
        error = self.query_one("#hands-error", Plain)
        for index, value in enumerate(self.values):
            raw = self.query_one(f"#hands-{index}", Input).value.strip() or "0"
            counts[value] = int(raw)
            if counts[value] > MAX_HANDS:  # a typo, not a room: say so rather than cut it
                most = number(MAX_HANDS, self.language, 0)
                error.update(t("tui.hands_too_many", lang=self.language, most=most))
                self.query_one(f"#hands-{index}", Input).focus()
                return
        if not any(counts.values()):
            error.update(t("tui.hands_empty", lang=self.language))
            return
        self.dismiss(counts)

    def action_cancel(self) -> None:
        self.dismiss(None)
