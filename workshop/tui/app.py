"""The workshop app: the trainer's screen on the projector."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding

from workshop.content import Library
from workshop.i18n import t
from workshop.planner import Plan, default_plan
from workshop.tui.theme import PROJECTOR


class WorkshopApp(App[int]):
    """Steps the trainer through a group's agenda."""

    CSS_PATH = "workshop.tcss"
    TITLE = "workshop"
    BINDINGS = [
        Binding("ctrl+q", "quit", t("tui.quit"), priority=True, id="quit"),
    ]

    def __init__(
        self,
        library: Library,
        group: str,
        minutes: int,
        data: Path,
        language: str | None = None,
        plan: Plan | None = None,
    ) -> None:
        super().__init__()
        from workshop.i18n import current_language

        self.library = library
        self.group = group
        self.data = data
        self.language = language or current_language()
        self.plan = plan or default_plan(library, group, minutes, self.language)

    def on_mount(self) -> None:
        from workshop.tui.screens.agenda import AgendaScreen

        self.register_theme(PROJECTOR)
        self.theme = PROJECTOR.name
        self.push_screen(AgendaScreen(self.library, self.plan, self.language))
