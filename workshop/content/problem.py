"""What is wrong in the content: one problem at a place a trainer can find, and the error that
carries all of them. Light on purpose: catching the error loads neither pydantic nor YAML."""

from __future__ import annotations

from collections.abc import Sequence
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


class ContentError(Exception):
    """Content that cannot be used; `problems` says what and where."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = list(problems)
