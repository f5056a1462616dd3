"""Each option's number comes with a shape, the same on the projector, the kiosk and phones.

Colour is never the only signal: a participant who cannot tell red from green still finds
"2 ◆". "Don't know" takes the shape of its position, like any other option.
"""

SHAPES = "▲◆●■★✚"
EXTRA_SHAPE = "✱"
"""A seventh position: "don't know" after six options."""
CORRECT_MARK = "✓"


def shape(position: int) -> str:
    """The shape of the option at `position` (1-based)."""
    return SHAPES[position - 1] if 1 <= position <= len(SHAPES) else EXTRA_SHAPE
