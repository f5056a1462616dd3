"""Option numbers come with a shape as well as a colour, so colour is never the only signal."""

SHAPES = ("▲", "◆", "●", "■", "★", "✚", "?")
CORRECT_MARK = "✓"


def shape(number: int | None) -> str:
    """The shape of option `number` (1-based); "don't know" (None) gets a question mark."""
    if number is None:
        return SHAPES[-1]
    return SHAPES[(number - 1) % (len(SHAPES) - 1)]


def colour_class(number: int | None) -> str:
    return "option-dk" if number is None else f"option-{(number - 1) % 6 + 1}"
