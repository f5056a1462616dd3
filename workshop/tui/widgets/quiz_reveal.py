"""A round after the reveal: the bars, the right answer, the explanation and the group score."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from workshop.content.answers import AnyQuestion, option_labels
from workshop.content.describe import correct_answer_text
from workshop.content.model import NumberQuestion
from workshop.i18n import t
from workshop.quiz import MIN_ANSWERS_TO_SHOW, RoundResult
from workshop.tui.widgets.result_bars import ResultBars


class RevealView(Vertical):
    def __init__(
        self, heading: str, question: AnyQuestion, result: RoundResult, language: str
    ) -> None:
        super().__init__(classes="step-view quiz reveal")
        self.heading = heading
        self.question = question
        self.result = result
        self.language = language

    def labels(self) -> dict[float | None, str]:
        labels: dict[float | None, str] = {
            number: label
            for number, label in enumerate(option_labels(self.question, self.language), 1)
        }
        if isinstance(self.question, NumberQuestion):
            labels = {bar.value: f"{bar.value:g}" for bar in self.result.bars}
        labels[None] = t("quiz.dont_know", lang=self.language)
        return labels

    def compose(self) -> ComposeResult:
        yield Static(self.heading, classes="quiz-heading")
        yield Static(self.question.text(self.language), classes="question")
        enough = self.result.total >= MIN_ANSWERS_TO_SHOW
        if enough:
            yield ResultBars(
                self.result,
                self.labels(),
                t("quiz.correct", lang=self.language),
                numbered=not isinstance(self.question, NumberQuestion),
            )
        else:
            yield Static(
                t("tui.too_few", lang=self.language, count=self.result.total), classes="too-few"
            )
        answer = correct_answer_text(self.question, self.language)
        if answer:
            yield Static(
                t("tui.right_answer", lang=self.language, answer=answer), classes="right-answer"
            )
        yield Static(self.question.explanation(self.language), classes="explanation")
        yield Static(self.summary(enough), classes="round-score")

    def summary(self, enough: bool) -> str:
        if not enough:
            return t("tui.next_hint", lang=self.language)
        if self.result.score is not None:
            return t("tui.round_score", lang=self.language, score=f"{self.result.score:.0%}")
        if self.result.mean is not None:
            return t("tui.round_mean", lang=self.language, mean=f"{self.result.mean:.1f}")
        return t("tui.next_hint", lang=self.language)
