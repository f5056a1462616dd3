"""Talking points and discussion prompts: large Markdown, a quiet timer for discussions."""

from __future__ import annotations

import math
import time

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown

from workshop.content.model import DiscussionStep, TalkStep
from workshop.i18n import t
from workshop.tui.widgets.plain import Plain


class TalkView(Vertical):
    def __init__(self, step: TalkStep, language: str) -> None:
        super().__init__(classes="step-view")
        self.step = step
        self.language = language

    def compose(self) -> ComposeResult:
        if self.step.title is not None:
            yield Plain(self.step.title(self.language), classes="step-title")
        yield Markdown(self.step.points(self.language), classes="points")


class DiscussionView(Vertical):
    """The prompt, and a timer that counts the agreed minutes down without drawing attention."""

    def __init__(self, step: DiscussionStep, language: str) -> None:
        super().__init__(classes="step-view")
        self.step = step
        self.language = language
        self.deadline = time.monotonic() + step.minutes * 60

    def compose(self) -> ComposeResult:
        yield Plain(t("tui.discussion", lang=self.language), classes="step-kind")
        yield Markdown(self.step.prompt(self.language), classes="points")
        yield Plain(self._left(), id="discussion-timer")

    def on_mount(self) -> None:
        self.set_interval(1, self._tick)

    def _left(self) -> str:
        left = max(0, math.ceil(self.deadline - time.monotonic()))  # 3:00 first, as the quiz
        if left == 0:
            return t("tui.discussion_time_up", lang=self.language)
        return t("tui.discussion_left", lang=self.language, time=f"{left // 60}:{left % 60:02d}")

    def _tick(self) -> None:
        self.query_one("#discussion-timer", Plain).update(self._left())
