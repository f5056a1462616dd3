"""The projector theme: high contrast, readable from the back of the room."""

from __future__ import annotations

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
