"""A round after the reveal: the bars, the right answer, the explanation and the group score.

A warm-up round is revealed like any other (the room sees its answers) and says beside the
heading that it does not count. When the session asks for confidence, a line says how many
answers were wrong but given as sure (from 5 answers on, never below).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll

from workshop.content.answers import AnyQuestion, option_labels
from workshop.content.describe import correct_answer_text
from workshop.content.model import NumberQuestion
from workshop.i18n import number, percent, t
from workshop.quiz import MIN_ANSWERS_TO_SHOW, Bar, RoundResult
from workshop.symbols import shape
from workshop.tui.widgets.plain import Plain
from workshop.tui.widgets.result_bars import ResultBars


class RevealView(Vertical):
    """Figures first: when the screen is small, the explanation scrolls, never a figure."""

    def __init__(
        self,
        heading: str,
        question: AnyQuestion,
        result: RoundResult,
        language: str,
        warm_up: bool = False,
    ) -> None:
        super().__init__(classes="step-view quiz reveal")
        self.heading = heading
        self.warm_up = warm_up
        self.question = question
        self.result = result
        self.language = language

    def rows(self) -> list[tuple[str, str, Bar]]:
        """Each bar with its key and label: "2 ◆", "280" for an option; "", "23" for a number."""
        if isinstance(self.question, NumberQuestion):
            return [("", self.number_label(bar), bar) for bar in self.result.bars]
        labels = [*option_labels(self.question, self.language), self.dont_know]
        bars = enumerate(self.result.bars, start=1)
        return [(f"{n} {shape(n)}", labels[n - 1], bar) for n, bar in bars]

    @property
    def dont_know(self) -> str:
        return t("quiz.dont_know", lang=self.language)

    def number_label(self, bar: Bar) -> str:
        if bar.correct:
            return correct_answer_text(self.question, self.language)
        if bar.rest:
            return t("tui.number_rest", lang=self.language)
        if bar.value is None:
            return self.dont_know
        return number(bar.value, self.language, decimals=2)

    def compose(self) -> ComposeResult:
        if self.warm_up:
            with Horizontal(classes="quiz-top"):
                yield Plain(self.heading, classes="quiz-heading")
                yield Plain(t("tui.warm_up_label", lang=self.language), id="warm-up")
        else:
            yield Plain(self.heading, classes="quiz-heading")
        yield Plain(self.question.text(self.language), classes="question")
        enough = self.result.total >= MIN_ANSWERS_TO_SHOW
        if enough:
            yield ResultBars(self.rows(), t("quiz.correct", lang=self.language))
        else:
            yield Plain(
                t("tui.too_few", lang=self.language, count=self.result.total), classes="too-few"
            )
        yield Plain(self.summary(enough), classes="round-score")
        confidently_wrong = self.confidently_wrong()
        if confidently_wrong:
            yield Plain(confidently_wrong, classes="confidently-wrong")
        answer = correct_answer_text(self.question, self.language)
        with VerticalScroll(classes="explanation-box", can_focus=False):
            if answer:
                yield Plain(
                    t("tui.right_answer", lang=self.language, answer=answer),
                    classes="right-answer",
                )
            yield Plain(self.question.explanation(self.language), classes="explanation")

    def confidently_wrong(self) -> str:
        """The answers wrong but given as sure, when the session asked and there are enough
        answers to show anonymously; "" otherwise."""
        confidence = self.result.confidence
        if confidence is None or confidence.sure_wrong_share is None:
            return ""
        return t(
            "tui.confidently_wrong",
            lang=self.language,
            count=confidence.sure_wrong,
            total=confidence.answers,
            share=percent(confidence.sure_wrong_share),
        )

    def summary(self, enough: bool) -> str:
        if not enough:
            return t("tui.next_hint", lang=self.language)
        if self.result.score is not None:
            return t("tui.round_score", lang=self.language, score=percent(self.result.score))
        if self.result.mean is not None:
            mean = number(self.result.mean, self.language)
            return t("tui.round_mean", lang=self.language, mean=mean)
        return t("tui.next_hint", lang=self.language)
