"""The one exception family a trainer may see: a calm sentence, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A mistake or situation the user can fix; `str()` is the translated one-line message.

    `exit_code` is 1 for a problem with input or data, 2 for a wrong command line.
    """

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


def one_line(text: str) -> str:
    """`text` as one printable line: line breaks and control characters written out (`\\n`),
    so a value from a damaged file can neither break a message nor steer the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
