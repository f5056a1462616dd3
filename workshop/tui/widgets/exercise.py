"""An exercise; a `compose` exercise shows the post's length as the platform counts it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown, TextArea

from workshop.content.model import ExerciseStep
from workshop.i18n import t
from workshop.textcount import measure
from workshop.tui.widgets.plain import Plain


class ExerciseView(Vertical):
    """The compose box takes the keyboard as soon as it appears: the screen says "type your
    post", so typing must never drive the session (a space would move on)."""

    def __init__(self, step: ExerciseStep, language: str, draft: str = "") -> None:
        super().__init__(classes="step-view")
        self.step = step
        self.language = language
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield Plain(t("tui.exercise", lang=self.language), classes="step-kind")
        yield Markdown(self.step.instructions(self.language), classes="points")
        if self.step.compose is not None:
            yield TextArea(self.draft, id="compose", soft_wrap=True, show_line_numbers=False)
            yield Plain(self.length_text(self.draft), id="compose-length")
            yield Plain(t("tui.compose_hint", lang=self.language), classes="hint")

    def on_mount(self) -> None:
        self.start_writing()

    def start_writing(self) -> None:
        for box in self.query(TextArea):
            box.focus()

    def length_text(self, text: str) -> str:
        assert self.step.compose is not None
        result = measure(text, self.step.compose)
        key = "tui.compose_over" if result.over else "tui.compose_ok"
        platform = t(f"platform.{self.step.compose}", lang=self.language)
        over = result.length - result.limit
        line = t(
            key,
            lang=self.language,
            platform=platform,
            length=result.length,
            limit=result.limit,
            over=over,
        )
        if result.too_many_hashtags:
            tags = t(
                "count.hashtags",
                lang=self.language,
                platform=platform,
                limit=result.hashtag_limit,
                count=result.hashtags,
            )
            line = f"{line}\n✗ {tags}"
        return line

    @on(TextArea.Changed, "#compose")
    def _recount(self, event: TextArea.Changed) -> None:
        label = self.query_one("#compose-length", Plain)
        label.update(self.length_text(event.text_area.text))
        result = measure(event.text_area.text, self.step.compose or "x")
        label.set_class(result.over or result.too_many_hashtags, "over")
