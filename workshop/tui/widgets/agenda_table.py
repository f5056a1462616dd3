"""The agenda's table: one row per module, and the widths of its columns."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable


def fitted_widths(width: int, fixed: int, title: int, reason: int) -> tuple[int, int]:
    """The title and reason columns' widths in `width` cells, of which `fixed` are taken.

    Each gets what it needs when both fit; else the one that needs less keeps it if that is
    at most half, and the other wraps in the rest; else they share the width evenly.
    """
    room = max(width - fixed, 20)
    if title + reason <= room:
        return title, room - title
    half = room // 2
    if title <= half:
        return title, room - title
    if reason <= half:
        return room - reason, reason
    return half, room - half


class AgendaTable(DataTable):
    """The agenda rows; enter starts the session, and the footer says so once there are rows."""

    BINDINGS = [Binding("enter", "select_cursor", "tui.key_start", id="start")]

    class Resized(Message):
        """The table's width may have changed: its columns are fitted to it."""

    def on_resize(self) -> None:
        self.post_message(self.Resized())

    def expected_width(self, screen_width: int) -> int:
        """The width for cells, before the first layout: the screen's less margins, border,
        padding and the scrollbar's place (the layout may give less, with the join panel)."""
        styles = self.styles
        scrollbar = styles.scrollbar_size_vertical if styles.scrollbar_gutter == "stable" else 0
        return screen_width - styles.margin.width - styles.gutter.width - scrollbar

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "select_cursor" and self.row_count == 0)
