"""Option colours on the projector; shapes come from `workshop.symbols`, shared by every face."""


def colour_class(position: int) -> str:
    """The CSS class that colours the option at `position` (1-based)."""
    return f"option-{(position - 1) % 7 + 1}"
