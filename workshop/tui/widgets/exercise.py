"""An exercise; a `compose` exercise shows the post's length as the platform counts it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown, Static, TextArea

from workshop.content.model import ExerciseStep
from workshop.i18n import t
from workshop.textcount import measure


class ExerciseView(Vertical):
    def __init__(self, step: ExerciseStep, language: str) -> None:
        super().__init__(classes="step-view")
        self.step = step
        self.language = language

    def compose(self) -> ComposeResult:
        yield Static(t("tui.exercise", lang=self.language), classes="step-kind")
        yield Markdown(self.step.instructions(self.language), classes="points")
        if self.step.compose is not None:
            yield TextArea(id="compose", soft_wrap=True)
            yield Static(self.length_text(""), id="compose-length")
            yield Static(t("tui.compose_hint", lang=self.language), classes="hint")

    def length_text(self, text: str) -> str:
        assert self.step.compose is not None
        result = measure(text, self.step.compose)
        key = "tui.compose_over" if result.over else "tui.compose_ok"
        return t(
            key,
            lang=self.language,
            platform=t(f"platform.{self.step.compose}"),
            length=result.length,
            limit=result.limit,
            over=result.length - result.limit,
        )

    @on(TextArea.Changed, "#compose")
    def _recount(self, event: TextArea.Changed) -> None:
        label = self.query_one("#compose-length", Static)
        label.update(self.length_text(event.text_area.text))
        label.set_class(measure(event.text_area.text, self.step.compose or "x").over, "over")
