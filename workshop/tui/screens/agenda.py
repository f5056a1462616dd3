"""The opening screen of `workshop start`: the planned agenda, each module with its reason.

The trainer can move modules, take them in or out and add others before starting.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static
from textual.widgets.option_list import Option

from workshop.content import Library
from workshop.i18n import t
from workshop.planner import Plan


@dataclass
class AgendaItem:
    id: str
    minutes: int
    reason: str
    included: bool


class AgendaTable(DataTable):
    """The agenda rows; enter starts the session, and the footer says so."""

    BINDINGS = [Binding("enter", "select_cursor", t("tui.key_start"), id="start")]


class AgendaScreen(Screen[list[str]]):
    """Dismisses with the module ids to run, in order."""

    BINDINGS = [
        Binding("space", "toggle", t("tui.key_toggle"), id="toggle"),
        Binding("ctrl+up", "move(-1)", t("tui.key_move_up"), id="move-up"),
        Binding("ctrl+down", "move(1)", t("tui.key_move_down"), id="move-down"),
        Binding("a", "add", t("tui.key_add"), id="add"),
    ]
    HELP = "tui.help_agenda"

    def __init__(self, library: Library, plan: Plan, language: str) -> None:
        super().__init__()
        self.library = library
        self.plan = plan
        self.language = language
        self.items = [AgendaItem(m.id, m.minutes, m.reason, True) for m in plan.modules]
        self.items += [AgendaItem(m.id, m.minutes, m.reason, False) for m in plan.left_out]

    def compose(self) -> ComposeResult:
        yield Static(self.header(), id="agenda-header")
        if self.plan.respondents:  # without a survey the header already says so
            yield Static(self.plan.note, id="agenda-note")
        yield AgendaTable(id="agenda", cursor_type="row", zebra_stripes=True)
        yield Static("", id="agenda-total")
        yield OptionList(id="add-list")
        yield Footer()

    def header(self) -> str:
        plan = self.plan
        if plan.source == "default" and not plan.respondents:
            return t("tui.agenda_default", lang=self.language, group=plan.group)
        title = t("tui.agenda_title", lang=self.language, group=plan.group, minutes=plan.minutes)
        survey = t("tui.agenda_respondents", lang=self.language, count=plan.respondents)
        return f"{title}    {survey}"

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", key="mark", width=2)
        table.add_column("#", key="number", width=3)
        table.add_column(t("tui.col_module", lang=self.language), key="title")
        table.add_column(t("tui.col_minutes", lang=self.language), key="minutes")
        table.add_column(t("tui.col_reason", lang=self.language), key="reason")
        self.query_one("#add-list", OptionList).display = False
        self.redraw()
        table.focus()

    def redraw(self, cursor: int | None = None) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        number = 0
        for item in self.items:
            module = self.library.modules[item.id]
            if item.included:
                number += 1
            table.add_row(
                "✓" if item.included else "·",
                str(number) if item.included else "",
                module.title(self.language),
                f"{item.minutes} min",
                item.reason,
                key=item.id,
            )
        table.move_cursor(row=max(0, min(row, len(self.items) - 1)))
        planned = sum(item.minutes for item in self.items if item.included)
        self.query_one("#agenda-total", Static).update(
            t("tui.planned_minutes", lang=self.language, planned=planned, minutes=self.plan.minutes)
        )

    def selected(self) -> int:
        return self.query_one(DataTable).cursor_row

    def action_toggle(self) -> None:
        if self.items:
            item = self.items[self.selected()]
            item.included = not item.included
            self.redraw()

    def action_move(self, offset: int) -> None:
        index = self.selected()
        target = index + offset
        if 0 <= target < len(self.items):
            self.items[index], self.items[target] = self.items[target], self.items[index]
            self.redraw(cursor=target)

    def action_add(self) -> None:
        on_agenda = {item.id for item in self.items}
        options = [
            Option(f"{module.title(self.language)} · {module.minutes} min", id=module.id)
            for module in self.library.modules.values()
            if module.id not in on_agenda
        ]
        if not options:
            self.notify(t("tui.nothing_to_add", lang=self.language))
            return
        chooser = self.query_one("#add-list", OptionList)
        chooser.clear_options()
        chooser.add_options(options)
        chooser.highlighted = 0
        chooser.display = True
        chooser.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        module = self.library.modules[str(event.option.id)]
        self.items.append(
            AgendaItem(module.id, module.minutes, t("tui.reason_added", lang=self.language), True)
        )
        event.option_list.display = False
        self.query_one(DataTable).focus()
        self.redraw(cursor=len(self.items) - 1)

    def key_escape(self) -> None:
        chooser = self.query_one("#add-list", OptionList)
        if chooser.display:
            chooser.display = False
            self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on the table starts, as the footer says."""
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        if self.query_one("#add-list", OptionList).display:
            return
        chosen = [item.id for item in self.items if item.included]
        if not chosen:
            self.notify(t("tui.agenda_empty", lang=self.language), severity="warning")
            return
        self.dismiss(chosen)
