"""One thing wrong in one content file, at a place a trainer can find."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.errors import one_line


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at a place a trainer can find."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {one_line(self.message)}"
