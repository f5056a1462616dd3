"""Text on screen exactly as it was written: content is data, never Textual markup."""

from __future__ import annotations

from textual.widgets import Static


class Plain(Static):
    """A `Static` that never reads markup: `[Company]`, `[/]` or `[@click=…]` show as typed.

    Every text in the live session goes through it, whether a trainer wrote it in YAML or it
    comes from the catalogue with content filled in (a module title, a group name).
    """

    def __init__(self, content: str = "", **kwargs) -> None:
        super().__init__(content, markup=False, **kwargs)
