"""The projector theme: high contrast, readable from the back of the room."""

from __future__ import annotations

from typing import TypeVar

from textual.app import App
from textual.reactive import Reactive
from textual.theme import Theme

PROJECTOR = Theme(
    name="workshop-projector",
    primary="#4FC3F7",
    secondary="#FFD54F",
    accent="#FFB300",
    warning="#FFB300",
    error="#FF5252",
    success="#69F0AE",
    foreground="#FFFFFF",
    background="#000000",
    surface="#111111",
    panel="#1C1C1C",
    dark=True,
)

ReturnType = TypeVar("ReturnType")


class ProjectorApp(App[ReturnType]):
    """An app in the projector theme from its first style pass: both apps derive from it.

    The theme is the default value of Textual's public `theme`, and `get_theme` knows it
    before it is registered, so the stylesheet is parsed once, with its colours. Setting
    `theme` after construction would parse every stylesheet a second time.
    """

    theme: Reactive[str] = Reactive(PROJECTOR.name)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.register_theme(PROJECTOR)  # listed in the palette, chosen again after another

    def get_theme(self, theme_name: str) -> Theme | None:
        if theme_name == PROJECTOR.name:
            return PROJECTOR
        return super().get_theme(theme_name)
