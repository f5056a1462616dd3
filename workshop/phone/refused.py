"""A request the server turns down: an HTTP status and a short code the page translates."""

from __future__ import annotations

import math
from typing import Any


class Refused(Exception):
    """Answered as `{"error": code, "message": ...}` with `status`; nothing was changed."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(code)
        self.status = status
        self.code = code


def fields(body: Any, required: set[str]) -> dict[str, Any]:
    """`body` as an object with exactly the `required` keys, or 400."""
    if not isinstance(body, dict) or set(body) != required:
        raise Refused(400, "bad_request")
    return body


def whole_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1_000_000:
        raise Refused(400, "bad_request")
    return value


def answer_value(value: Any) -> float | None:
    """A value in the answer encoding's shape (a finite number or null); its meaning is checked
    against the question by `workshop.content.answers.is_valid`."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
        raise Refused(422, "not_an_answer")
    return value


def _finite(value: int | float) -> bool:
    """A finite float, or an int that fits one (a 309-digit int overflows `math.isfinite`)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False
