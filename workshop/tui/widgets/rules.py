"""The organisation's basic rules on the projector, scrolled with ↑ ↓ (← → stay next/back)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from workshop.content.describe import policy_markdown
from workshop.content.model import Policy


class RulesView(VerticalScroll, inherit_bindings=False):
    BINDINGS = [
        Binding("up", "scroll_up", "tui.key_scroll", show=False),
        Binding("down", "scroll_down", "tui.key_scroll", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
    ]

    def __init__(self, policy: Policy, language: str) -> None:
        super().__init__(classes="step-view")
        self.policy = policy
        self.language = language

    def compose(self) -> ComposeResult:
        yield Markdown(policy_markdown(self.policy, self.language), classes="points")

    def on_mount(self) -> None:
        self.focus()
