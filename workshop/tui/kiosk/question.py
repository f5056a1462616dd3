"""One survey question per screen: progress, the question in large type, its numbered options."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Digits, Footer, Input, Label, Static

from workshop.content.answers import SCALE_POINTS, is_valid, offers_dont_know, option_labels
from workshop.content.model import NumberQuestion, ScaleQuestion
from workshop.i18n import t
from workshop.symbols import shape as shape_for
from workshop.tui.kiosk.choosing import ChoosingScreen
from workshop.tui.kiosk.flow import KioskQuestion, Value
from workshop.tui.kiosk.messages import Answered, BackRequested
from workshop.tui.kiosk.widgets import NumberInput, OptionRow, SurveyProgress
from workshop.tui.language import in_language


def question_screen(
    question: KioskQuestion,
    number: int,
    total: int,
    topic: str,
    language: str,
    answers: Mapping[str, Value],
) -> Screen[None]:
    """The screen for `question`, showing the participant's earlier answer if there is one."""
    if isinstance(question, NumberQuestion):
        return in_language(NumberQuestionScreen, language)(
            question, number, total, topic, language, answers
        )
    return in_language(ChoiceQuestionScreen, language)(
        question, number, total, topic, language, answers
    )


def _scale_labels(question: ScaleQuestion, language: str) -> list[str]:
    """Points 1–5 drawn as ●○○○○ … ●●●●●, with the words for both ends (the key is the number)."""
    labels = ["●" * point + "○" * (SCALE_POINTS - point) for point in range(1, SCALE_POINTS + 1)]
    if question.low is not None:
        labels[0] += f"  {question.low(language)}"
    if question.high is not None:
        labels[-1] += f"  {question.high(language)}"
    return labels


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class ChoiceQuestionScreen(ChoosingScreen):
    """A choice, true/false or scale question; knowledge questions add "Don't know" last."""

    def __init__(
        self,
        question: KioskQuestion,
        number: int,
        total: int,
        topic: str,
        language: str,
        answers: Mapping[str, Value],
    ) -> None:
        self.question = question
        self.number = number
        self.total = total
        self.topic = topic
        if isinstance(question, ScaleQuestion):
            self.labels = _scale_labels(question, language)
        else:
            self.labels = option_labels(question, language)
        self.dont_know = len(self.labels) + 1 if offers_dont_know(question) else None
        chosen: int | None = None
        if question.id in answers:
            value = answers[question.id]
            chosen = self.dont_know if value is None else int(value)
        super().__init__(len(self.labels) + (self.dont_know is not None), language, chosen)

    def compose(self) -> ComposeResult:
        lang = self.language
        shaped = not isinstance(self.question, ScaleQuestion)
        with Vertical(classes="page"):
            yield SurveyProgress(self.number, self.total, self.topic, lang)
            yield Static(self.question.text(lang), id="question-text", markup=False)
            with Vertical(id="options"):
                for number, label in enumerate(self.labels, 1):
                    yield OptionRow(
                        number,
                        label,
                        shape=shape_for(number) if shaped else None,
                        chosen=number == self.choice,
                    )
                if self.dont_know is not None:
                    yield OptionRow(
                        self.dont_know,
                        t("kiosk.dont_know", lang=lang),
                        shape=shape_for(self.dont_know) if shaped else None,
                        chosen=self.dont_know == self.choice,
                    )
            yield Label(t("kiosk.hint_choose", lang=lang), id="hint")
        yield Footer(show_command_palette=False)

    def confirmed(self, choice: int) -> None:
        value = None if choice == self.dont_know else choice
        self.post_message(Answered(self.question.id, value))


class NumberQuestionScreen(Screen[None]):
    """A question answered by typing a number; ? chooses "Don't know"."""

    # Priority: left and ? act before the input sees them (it only needs digits and
    # backspace), so they mean the same here as on every other question. Enter is the
    # input's own (Input.Submitted): it then comes after the digits typed before it, even
    # when they arrive together.
    BINDINGS = [
        Binding("enter", "confirm", "kiosk.key_next", id="kiosk.next"),
        Binding("left", "back", "kiosk.key_back", priority=True, id="kiosk.back"),
        Binding(
            "question_mark",
            "dont_know",
            "kiosk.key_dont_know",
            key_display="?",
            priority=True,
            id="kiosk.dont_know",
        ),
    ]

    dont_know: reactive[bool] = reactive(False, init=False)

    def __init__(
        self,
        question: NumberQuestion,
        number: int,
        total: int,
        topic: str,
        language: str,
        answers: Mapping[str, Value],
    ) -> None:
        super().__init__(classes="kiosk-screen")
        self.question = question
        self.number = number
        self.total = total
        self.topic = topic
        self.language = language
        self.answered = False
        self.typed = ""
        if question.id in answers:
            value = answers[question.id]
            if value is None:
                self.set_reactive(NumberQuestionScreen.dont_know, True)
            else:
                self.typed = _number_text(value)

    def compose(self) -> ComposeResult:
        lang = self.language
        unit = self.question.unit(lang) if self.question.unit else ""
        with Vertical(classes="page"):
            yield SurveyProgress(self.number, self.total, self.topic, lang)
            yield Static(self.question.text(lang), id="question-text", markup=False)
            with HorizontalGroup(id="number-row"):
                yield NumberInput(self.typed, t("kiosk.number_placeholder", lang=lang))
                yield Label(unit, id="number-unit", markup=False)
            yield Digits(self.typed, id="number-digits")
            with Vertical(id="options"):
                yield OptionRow(1, t("kiosk.dont_know", lang=lang), key="?", chosen=self.dont_know)
            yield Label(t("kiosk.hint_number", lang=lang), id="hint")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(NumberInput).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "confirm":
            return True if self.dont_know or self.typed else None
        return True

    @on(Input.Submitted, "#number-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.typed = event.value
        self.action_confirm()

    @on(Input.Changed, "#number-input")
    def _typed(self, event: Input.Changed) -> None:
        self.typed = event.value
        self.query_one("#number-digits", Digits).update(event.value)
        if event.value:
            self.dont_know = False
        self.refresh_bindings()

    def watch_dont_know(self, dont_know: bool) -> None:
        self.query_one(OptionRow).set_chosen(dont_know)
        self.refresh_bindings()

    def action_dont_know(self) -> None:
        if self.answered:
            return
        self.query_one(NumberInput).clear()
        self.dont_know = True

    @on(OptionRow.Clicked)
    def _clicked(self, event: OptionRow.Clicked) -> None:
        event.stop()
        self.action_dont_know()

    def parsed(self) -> float | None:
        """The typed number if it is a possible answer, else None."""
        try:
            value = float(self.typed.replace(",", "."))
        except ValueError:
            return None
        if not is_valid(self.question, value):
            return None
        return int(value) if value.is_integer() else value

    def action_confirm(self) -> None:
        if self.answered:
            return
        if self.dont_know:
            self.answered = True
            self.post_message(Answered(self.question.id, None))
            return
        value = self.parsed()
        if value is None:
            low, high = (_number_text(self.question.minimum), _number_text(self.question.maximum))
            hint = self.query_one("#hint", Label)
            hint.update(t("kiosk.number_range", lang=self.language, low=low, high=high))
            hint.add_class("-problem")
            return
        self.answered = True
        self.post_message(Answered(self.question.id, value))

    def action_back(self) -> None:
        if not self.answered:
            self.answered = True
            self.post_message(BackRequested())
