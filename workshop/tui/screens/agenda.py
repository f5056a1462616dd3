"""The opening screen of `workshop start`: the planned agenda, each module with its reason."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from workshop.content import Library
from workshop.i18n import t
from workshop.planner import Plan


class AgendaScreen(Screen[None]):
    def __init__(self, library: Library, plan: Plan, language: str) -> None:
        super().__init__()
        self.library = library
        self.plan = plan
        self.language = language

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="agenda-header")
        yield DataTable(id="agenda", cursor_type="row", zebra_stripes=True)
        yield Static(
            t(
                "tui.planned_minutes",
                lang=self.language,
                planned=self.plan.planned_minutes,
                minutes=self.plan.minutes,
            ),
            id="agenda-total",
        )
        yield Footer()

    def _header(self) -> str:
        group = self.plan.group
        if self.plan.source == "default":
            return t("tui.agenda_default", lang=self.language, group=group)
        return t("tui.agenda_title", lang=self.language, group=group, minutes=self.plan.minutes)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            "",
            "#",
            t("tui.col_module", lang=self.language),
            t("tui.col_minutes", lang=self.language),
            t("tui.col_reason", lang=self.language),
        )
        for number, planned in enumerate(self.plan.modules, start=1):
            module = self.library.modules[planned.id]
            table.add_row(
                "✓",
                str(number),
                module.title(self.language),
                f"{planned.minutes} min",
                planned.reason,
                key=planned.id,
            )
        for planned in self.plan.left_out:
            module = self.library.modules[planned.id]
            table.add_row(
                "·",
                "",
                module.title(self.language),
                f"{planned.minutes} min",
                planned.reason,
                key=planned.id,
            )
