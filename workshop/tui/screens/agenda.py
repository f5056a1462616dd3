"""The opening screen of `workshop start`: the planned agenda, each module with its reason.

It opens before the content is loaded, naming the group, and fills in once the plan is ready;
then the trainer can move modules, take them in or out and add others before starting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer

from workshop.i18n import t
from workshop.tui.language import in_language
from workshop.tui.widgets.plain import Plain

if TYPE_CHECKING:
    from textual.widgets import OptionList

    from workshop.content import Library
    from workshop.plan import Plan


@dataclass
class AgendaItem:
    """A module on the agenda screen; `reason` is the plan's, for where the plan put it."""

    id: str
    minutes: int
    reason: str
    included: bool
    planned: bool
    """Whether the plan put the module on the agenda (a module added with `a` was not)."""

    def why(self, language: str) -> str:
        """The plan's reason, or, once the trainer changed the plan, that the trainer did."""
        if self.included == self.planned:
            return self.reason
        return t("tui.reason_added" if self.included else "tui.reason_dropped", lang=language)


def fitted_widths(width: int, fixed: int, title: int, reason: int) -> tuple[int, int]:
    """The title and reason columns' widths in `width` cells, of which `fixed` are taken.

    Each gets what it needs when both fit; else the one that needs less keeps it if that is
    at most half, and the other wraps in the rest; else they share the width evenly.
    """
    room = max(width - fixed, 20)
    if title + reason <= room:
        return title, room - title
    half = room // 2
    if title <= half:
        return title, room - title
    if reason <= half:
        return room - reason, reason
    return half, room - half


class AgendaTable(DataTable):
    """The agenda rows; enter starts the session, and the footer says so once there are rows."""

    BINDINGS = [Binding("enter", "select_cursor", "tui.key_start", id="start")]

    def on_resize(self) -> None:
        """The columns are fitted to the width: fit them again when it changes."""
        screen = self.screen
        if isinstance(screen, AgendaScreen) and screen.plan is not None:
            screen.redraw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "select_cursor" and self.row_count == 0)


class AgendaScreen(Screen):
    """The app's first screen; says which modules to run, in order, with `Chosen`."""

    class Chosen(Message):
        def __init__(self, module_ids: list[str]) -> None:
            super().__init__()
            self.module_ids = module_ids

    BINDINGS = [
        Binding("space", "toggle", "tui.key_toggle", id="toggle"),
        Binding("ctrl+up", "move(-1)", "tui.key_move_up", id="move-up"),
        Binding("ctrl+down", "move(1)", "tui.key_move_down", id="move-down"),
        Binding("a", "add", "tui.key_add", id="add"),
    ]
    HELP = "tui.help_agenda"

    def __init__(self, group: str, language: str) -> None:
        super().__init__()
        self.group = group
        self.language = language
        self.library: Library | None = None
        self.plan: Plan | None = None
        self.items: list[AgendaItem] = []

    def compose(self) -> ComposeResult:
        yield Plain(
            t("tui.agenda_preparing", lang=self.language, group=self.group), id="agenda-header"
        )
        yield Plain("", id="agenda-note")
        table = in_language(AgendaTable, self.language)
        yield table(id="agenda", cursor_type="row", zebra_stripes=True)
        yield Plain("", id="agenda-total")
        yield Footer(compact=True, show_command_palette=False)  # ctrl+p works; F1 says so

    def on_mount(self) -> None:
        self.add_columns(self.query_one(DataTable))
        self.query_one("#agenda-note").display = False
        self.query_one(DataTable).focus()

    def add_columns(
        self,
        table: DataTable,
        title: int | None = None,
        minutes: int | None = None,
        reason: int | None = None,
    ) -> None:
        """Columns of the widths given: measured by us, so the table draws the same each time."""
        table.add_column("", key="mark", width=2)
        table.add_column("#", key="number", width=3)
        table.add_column(t("tui.col_module", lang=self.language), key="title", width=title)
        table.add_column(t("tui.col_minutes", lang=self.language), key="minutes", width=minutes)
        table.add_column(t("tui.col_reason", lang=self.language), key="reason", width=reason)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing to change before there is a plan; the footer shows only what works."""
        return not (action in ("toggle", "move", "add") and self.plan is None)

    def show_plan(self, library: Library, plan: Plan) -> None:
        """The plan is ready: show it, and let the trainer change it."""
        self.library = library
        self.plan = plan
        self.items = [AgendaItem(m.id, m.minutes, m.reason, True, True) for m in plan.modules]
        self.items += [AgendaItem(m.id, m.minutes, m.reason, False, False) for m in plan.left_out]
        self.query_one("#agenda-header", Plain).update(self.header(plan))
        if plan.respondents:  # without a survey the header already says so
            note = self.query_one("#agenda-note", Plain)
            note.update(plan.note)
            note.display = True
        self.redraw()
        self.refresh_bindings()

    def header(self, plan: Plan) -> str:
        title = t("tui.agenda_title", lang=self.language, group=plan.group, minutes=plan.minutes)
        if plan.source == "default" and not plan.respondents:
            survey = t("tui.agenda_default", lang=self.language, group=plan.group)
        else:
            survey = t("tui.agenda_respondents", lang=self.language, count=plan.respondents)
        return f"{title}    {survey}"

    def redraw(self, cursor: int | None = None) -> None:
        """The rows again, in columns fitted to the width: a long title or reason wraps."""
        assert self.library is not None and self.plan is not None
        table = self.query_one(AgendaTable)
        row = table.cursor_row if cursor is None else cursor
        rows = []
        number = 0
        for item in self.items:
            if item.included:
                number += 1
            rows.append(
                (
                    "✓" if item.included else "·",
                    str(number) if item.included else "",
                    self.library.modules[item.id].title(self.language),
                    f"{item.minutes} min",
                    item.why(self.language),
                )
            )
        table.clear(columns=True)
        self.add_columns(table, *self.fitted(table, rows))
        for item, cells in zip(self.items, rows, strict=True):
            table.add_row(*map(Text, cells), key=item.id, height=None)  # text, never markup
        table.move_cursor(row=max(0, min(row, len(self.items) - 1)))
        self.show_total()

    def fitted(self, table: DataTable, rows: list[tuple[str, ...]]) -> tuple[int, int, int]:
        """Widths for the title, minutes and reason columns that fit the table's width."""
        padding = 2 * table.cell_padding * 5
        minutes = max(len(t("tui.col_minutes", lang=self.language)), *(len(r[3]) for r in rows))
        title = max(len(t("tui.col_module", lang=self.language)), *(len(r[2]) for r in rows))
        reason = max(len(t("tui.col_reason", lang=self.language)), *(len(r[4]) for r in rows))
        width = table.scrollable_content_region.width
        title, reason = fitted_widths(width, padding + 2 + 3 + minutes, title, reason)
        return title, minutes, reason

    def show_total(self) -> None:
        """The minutes planned, and in words (not only colour) when they exceed the time."""
        assert self.plan is not None
        planned = sum(item.minutes for item in self.items if item.included)
        over = planned - self.plan.minutes
        values = {"planned": planned, "minutes": self.plan.minutes}
        total = self.query_one("#agenda-total", Plain)
        if over > 0:
            total.update(t("tui.planned_over", lang=self.language, count=over, **values))
        else:
            total.update(t("tui.planned_minutes", lang=self.language, **values))
        total.set_class(over > 0, "over")

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

    async def action_add(self) -> None:
        """A list of the modules not on the agenda; made only when asked for."""
        from textual.widgets import OptionList
        from textual.widgets.option_list import Option

        assert self.library is not None
        if self._chooser() is not None:
            return
        on_agenda = {item.id for item in self.items}
        options = [
            Option(Content(f"{module.title(self.language)} · {module.minutes} min"), id=module.id)
            for module in self.library.modules.values()
            if module.id not in on_agenda
        ]
        if not options:
            self.notify(t("tui.nothing_to_add", lang=self.language))
            return
        chooser = OptionList(*options, id="add-list")
        await self.mount(chooser, before=self.query_one(Footer))
        chooser.highlighted = 0
        chooser.focus()

    def _chooser(self) -> OptionList | None:
        return self.query_one_optional("#add-list")  # type: ignore[return-value]

    def _close_chooser(self) -> None:
        chooser = self._chooser()
        if chooser is not None:
            chooser.remove()
            self.query_one(DataTable).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        assert self.library is not None
        module = self.library.modules[str(event.option.id)]
        dropped = t("tui.reason_dropped", lang=self.language)
        self.items.append(AgendaItem(module.id, module.minutes, dropped, True, False))
        self._close_chooser()
        self.redraw(cursor=len(self.items) - 1)

    def key_escape(self) -> None:
        self._close_chooser()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on the table starts, as the footer says."""
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        if self._chooser() is not None:
            return
        chosen = [item.id for item in self.items if item.included]
        if not chosen:
            self.notify(t("tui.agenda_empty", lang=self.language), severity="warning")
            return
        self.post_message(self.Chosen(chosen))
