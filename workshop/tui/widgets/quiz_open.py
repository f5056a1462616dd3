"""A quiz round while it is open: question, numbered options, big countdown, answer count.

Nothing here hints at the distribution (no groupthink), and the confirmation looks the same
whichever key was pressed. A number question shows the digits typed as dots, for the same
reason. When phones answer and the trainer said how many people are present, more answers
than people bring a warning line: someone is voting twice. A warm-up round says so beside the
heading, so the room knows it does not count.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.timer import Timer

from workshop.content.answers import AnyQuestion, offers_dont_know, option_labels
from workshop.content.model import NumberQuestion
from workshop.i18n import t
from workshop.symbols import shape
from workshop.tui.widgets.countdown import Countdown
from workshop.tui.widgets.plain import Plain
from workshop.tui.widgets.symbols import colour_class

FLASH_SECONDS = 1.2


class QuizOpenView(Vertical):
    def __init__(
        self,
        heading: str,
        question: AnyQuestion,
        round_number: int,
        total: int,
        seconds: float,
        language: str,
        expected: int | None = None,
        warm_up: bool = False,
        confidence: bool = False,
    ) -> None:
        super().__init__(classes="step-view quiz")
        self.confidence = confidence
        self.heading = heading
        self.warm_up = warm_up
        self.round_number = round_number
        self.question = question
        self.language = language
        self.total = total
        self.expected = expected
        self.seconds = seconds
        self.typed = ""
        self.fade: Timer | None = None
        self.flashed_at = float("-inf")

    @property
    def is_number(self) -> bool:
        return isinstance(self.question, NumberQuestion)

    @property
    def option_count(self) -> int:
        """Keys that count as answers: the options, plus "don't know" as the last number."""
        count = len(option_labels(self.question, self.language))
        return count + 1 if offers_dont_know(self.question) else count

    def compose(self) -> ComposeResult:
        with Horizontal(classes="quiz-top"):
            yield Plain(self.heading, classes="quiz-heading")
            if self.warm_up:
                yield Plain(t("tui.warm_up_label", lang=self.language), id="warm-up")
            yield Plain(self.count_text(), id="answer-count")
        more = Plain(self.more_answers_text(), id="more-answers")
        more.display = self.too_many
        yield more
        yield Plain(self.question.text(self.language), classes="question")
        if self.is_number:
            yield Plain(self.typed_text(), id="number-box")
        else:
            labels = option_labels(self.question, self.language)
            if offers_dont_know(self.question):
                labels.append(t("quiz.dont_know", lang=self.language))
            with Grid(id="options"):
                for number, label in enumerate(labels, start=1):
                    with Horizontal(classes=f"option {colour_class(number)}"):
                        yield Plain(f"{number} {shape(number)}", classes="option-key")
                        yield Plain(label, classes="option-label")  # wraps under itself
        with Horizontal(classes="quiz-bottom"):
            yield Plain(self.instruction(), classes="instruction")
            yield Countdown(self.seconds, id="countdown")
        yield Plain("", id="received")

    def instruction(self) -> str:
        sure = "_sure" if self.confidence else ""
        if self.is_number:
            return t(f"tui.number_instruction{sure}", lang=self.language)
        return t(f"tui.key_instruction{sure}", lang=self.language, last=self.option_count)

    def set_confidence(self, confidence: bool) -> None:
        """The trainer switched asking "sure?": the instruction follows."""
        self.confidence = confidence
        self.query_one(".instruction", Plain).update(self.instruction())

    def count_text(self) -> str:
        return t("tui.answers", lang=self.language, count=self.total)

    def typed_text(self) -> str:
        dots = "●" * len(self.typed)
        return t("tui.number_box", lang=self.language, dots=dots or "_")

    @property
    def too_many(self) -> bool:
        return self.expected is not None and self.total > self.expected

    def more_answers_text(self) -> str:
        if self.expected is None:
            return ""
        return t("phone.more_answers", lang=self.language, expected=self.expected)

    def set_total(self, total: int) -> None:
        self.total = total
        self.query_one("#answer-count", Plain).update(self.count_text())
        self._show_too_many()

    def set_expected(self, expected: int | None) -> None:
        self.expected = expected
        self._show_too_many()

    def _show_too_many(self) -> None:
        more = self.query_one("#more-answers", Plain)
        more.update(self.more_answers_text())
        more.display = self.too_many

    def type_digit(self, character: str) -> None:
        if len(self.typed) < 12:
            self.typed += character
            self.query_one("#number-box", Plain).update(self.typed_text())

    def erase_digit(self) -> bool:
        if not self.typed:
            return False
        self.typed = self.typed[:-1]
        self.query_one("#number-box", Plain).update(self.typed_text())
        return True

    def take_typed(self) -> str:
        typed, self.typed = self.typed, ""
        self.query_one("#number-box", Plain).update(self.typed_text())
        return typed

    def flash(self, message: str, pressed_at: float, warning: bool = False) -> None:
        """The same neutral confirmation whatever was answered; it fades after a moment.

        The latest press is what shows: a confirmation stored after a later press was
        flagged ("not counted") does not cover that flag.
        """
        if pressed_at < self.flashed_at:
            return
        self.flashed_at = pressed_at
        received = self.query_one("#received", Plain)
        received.update(message)
        received.set_class(warning, "warning")
        received.add_class("visible")
        if self.fade is not None:
            self.fade.stop()
        self.fade = self.set_timer(FLASH_SECONDS, lambda: received.remove_class("visible"))

    def stop_countdown(self) -> None:
        self.query_one(Countdown).stop()
