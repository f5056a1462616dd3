"""The last screen of a session: what was written, and where.

Files are listed by folder, each folder once and each file by its name, so a long data folder
never pushes a file name off the screen; what does not fit scrolls.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer

from workshop.i18n import t
from workshop.tui.widgets.plain import Plain


def by_folder(paths: list[Path]) -> dict[Path, list[str]]:
    """The file names per folder, in the order they were written."""
    folders: dict[Path, list[str]] = {}
    for path in paths:
        folders.setdefault(path.parent, []).append(path.name)
    return folders


class FinishedScreen(Screen[None]):
    BINDINGS = [Binding("enter,escape,q", "dismiss", "tui.close", id="close")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def __init__(
        self, written: list[Path], problems: list[str], language: str, note: str | None = None
    ) -> None:
        super().__init__()
        self.written = written
        self.problems = problems
        self.language = language
        self.note = note
        """Said under the files: the handouts carry the example organisation's details."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog finished"):
            yield Plain(t("tui.finished_title", lang=self.language), classes="dialog-question")
            if self.written:
                yield Plain(t("tui.finished_written", lang=self.language))
                for folder, names in by_folder(self.written).items():
                    yield Plain(str(folder), classes="written-folder")
                    for name in names:
                        yield Plain(f"✓ {name}", classes="written-path")
            for problem in self.problems:
                yield Plain(f"✗ {problem}", classes="too-few")
            if self.note:
                yield Plain(f"⚠ {self.note}", classes="too-few")
            yield Plain(t("tui.finished_close", lang=self.language), classes="hint")
        yield Footer()
