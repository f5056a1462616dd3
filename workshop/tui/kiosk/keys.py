"""The kiosk's number keys; their labels are put in the kiosk's language by `in_language`."""

from __future__ import annotations

from textual.binding import Binding

CHOOSE = Binding.Group("kiosk.key_choose", compact=False)
"""The number keys share one label in the footer: "1 2 3 4 choose"."""


def number_keys(count: int = 9) -> list[Binding]:
    """Keys 1 to `count`, each bound to `choose(n)`; a screen hides those without an option.

    Priority, like enter: keys that arrive together ("4" then enter, from one read of the
    terminal) are then handled in the order they came, so enter sees the choice just made."""
    return [
        Binding(str(number), f"choose({number})", "kiosk.key_choose", group=CHOOSE, priority=True)
        for number in range(1, count + 1)
    ]
