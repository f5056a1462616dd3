"""The projector theme: high contrast, readable from the back of the room."""

from __future__ import annotations

from textual.app import App
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


def use_projector_theme(app: App) -> None:
    """Both apps take the theme one way, through Textual's public `theme`, before they run."""
    app.register_theme(PROJECTOR)
    app.theme = PROJECTOR.name
