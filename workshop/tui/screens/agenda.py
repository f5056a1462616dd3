"""The opening screen of `workshop start`: the planned agenda, each module with its reason.

Its first frame is one line naming the group, drawn before anything else is read. The table
and the footer come with the plan, which needs only titles (`show_plan`), so the trainer can
move modules and take them in or out while the content still loads; adding a module waits
for the content (`content_ready`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen

from workshop.i18n import t
from workshop.tui.language import in_language
from workshop.tui.widgets.plain import Plain

if TYPE_CHECKING:
    from textual.widgets import DataTable, OptionList

    from workshop.content import Library
    from workshop.plan import Plan
    from workshop.tui.widgets.agenda_table import AgendaTable


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


class AgendaScreen(Screen):
    """The app's first screen; says which modules to run, in order, with `Chosen`."""

    class Chosen(Message):
        def __init__(self, module_ids: list[str]) -> None:
            super().__init__()
            self.module_ids = module_ids

    class Drawn(Message):
        """The screen's first frame is drawn: what it did without may be read now."""

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
        """The content, once loaded: only adding a module needs it."""
        self.plan: Plan | None = None
        self.titles: dict[str, str] = {}
        """Each module's title in the language, for every module on the table."""
        self.items: list[AgendaItem] = []
        self.table: AgendaTable | None = None
        """The rows, once there is a plan."""
        self.fitted_width = 0
        """The width the columns were last fitted to."""
        self.drawn = False

    def compose(self) -> ComposeResult:
        yield Plain(
            t("tui.agenda_preparing", lang=self.language, group=self.group), id="agenda-header"
        )

    def on_screen_resume(self) -> None:
        """Said once the first frame is drawn: after this event, in whose handling Textual
        draws it, rather than after the next refresh (Textual's timer, up to 1/60 s later)."""
        if not self.drawn:
            self.drawn = True
            self.call_later(self.post_message, self.Drawn())

    async def _mount_table(self) -> None:
        """The rest of the screen, once there is a plan to show in it (imported only then: the
        first frame does without the table and the footer).

        The footer follows a frame after the rows (1/60 s): it costs as much as the table,
        and mounted once the table has the focus and the plan is there, it lists the right
        keys at once instead of being composed twice."""
        from workshop.tui.widgets.agenda_table import AgendaTable

        note = Plain("", id="agenda-note")
        note.display = False
        table = in_language(AgendaTable, self.language)(
            id="agenda", cursor_type="row", zebra_stripes=True
        )
        total = Plain("", id="agenda-total")
        await self.mount_all([note, table, total], after="#agenda-header")
        self.table = table
        table.focus()
        self.call_after_refresh(self._mount_footer)

    async def _mount_footer(self) -> None:
        from textual.widgets import Footer

        await self.mount(Footer(compact=True, show_command_palette=False))  # F1 says ctrl+p

    def add_columns(
        self,
        table: AgendaTable,
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
        """Nothing to change before there is a plan, nothing to add before the content; the
        footer shows only what works."""
        if action in ("toggle", "move"):
            return self.plan is not None
        if action == "add":
            return self.library is not None
        return True

    async def show_plan(self, plan: Plan, titles: Mapping[str, str]) -> None:
        """The plan is ready (`titles` names its modules): show it, and let the trainer
        change it. Shown again, it replaces the trainer's changes.

        Drawn in one frame: no repaint of a half-built screen while the table is mounted."""
        with self.app.batch_update():
            if self.plan is None:
                await self._mount_table()
            self.plan = plan
            self.titles = dict(titles)
            self.items = [AgendaItem(m.id, m.minutes, m.reason, True, True) for m in plan.modules]
            self.items += [
                AgendaItem(m.id, m.minutes, m.reason, False, False) for m in plan.left_out
            ]
            self.query_one("#agenda-header", Plain).update(self.header(plan))
            note = self.query_one("#agenda-note", Plain)
            text = self.note(plan)
            note.update(text)
            note.display = bool(text)
            self.redraw()
            self.refresh_bindings()

    def content_ready(self, library: Library) -> None:
        """The content is loaded: modules can be added from it."""
        self.library = library
        self.refresh_bindings()

    def note(self, plan: Plan) -> str:
        """What the header does not say already: without a survey, or planned from the group's
        own survey, the header names the basis, so only the rest of the note is shown."""
        if not plan.respondents:
            return ""
        if plan.source != "group":
            return plan.note
        basis = t("plan.note_group", lang=self.language, group=plan.group, count=plan.respondents)
        return plan.note.removeprefix(basis).strip()

    def header(self, plan: Plan) -> str:
        title = t("tui.agenda_title", lang=self.language, group=plan.group, minutes=plan.minutes)
        if plan.source == "default" and not plan.respondents:
            survey = t("tui.agenda_default", lang=self.language, group=plan.group)
        else:
            survey = t("tui.agenda_respondents", lang=self.language, count=plan.respondents)
        return f"{title}    {survey}"

    def redraw(self, cursor: int | None = None) -> None:
        """The rows again, in columns fitted to the width: a long title or reason wraps."""
        assert self.plan is not None
        table = self.table
        assert table is not None
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
                    self.titles[item.id],
                    f"{item.minutes} min",
                    item.why(self.language),
                )
            )
        table.clear(columns=True)
        widths = self.fitted(table, rows)
        self.add_columns(table, *widths)
        title_width, _, reason_width = widths
        console = self.app.console

        def lines(text: Text, width: int) -> int:
            if text.cell_len <= width and "\n" not in text.plain:
                return 1
            return len(text.wrap(console, width))

        for item, cells in zip(self.items, rows, strict=True):
            texts = [Text(cell) for cell in cells]  # text, never markup
            # Each row as high as its title or reason wraps to: measured here, as the table
            # would, but once (the table renders every cell of an automatic row twice).
            height = max(lines(texts[2], title_width), lines(texts[4], reason_width))
            table.add_row(*texts, key=item.id, height=height)
        table.move_cursor(row=max(0, min(row, len(self.items) - 1)))
        self.show_total()

    def fitted(self, table: AgendaTable, rows: list[tuple[str, ...]]) -> tuple[int, int, int]:
        """Widths for the title, minutes and reason columns that fit the table's width."""
        from workshop.tui.widgets.agenda_table import fitted_widths

        padding = 2 * table.cell_padding * 5
        minutes = max(len(t("tui.col_minutes", lang=self.language)), *(len(r[3]) for r in rows))
        title = max(len(t("tui.col_module", lang=self.language)), *(len(r[2]) for r in rows))
        reason = max(len(t("tui.col_reason", lang=self.language)), *(len(r[4]) for r in rows))
        if table.size.width:
            self.fitted_width = table.scrollable_content_region.width
        else:  # not laid out yet: filled now, the rows come in the same frame as the header
            self.fitted_width = table.expected_width(self.size.width)
        title, reason = fitted_widths(self.fitted_width, padding + 2 + 3 + minutes, title, reason)
        return title, minutes, reason

    def on_agenda_table_resized(self) -> None:
        """The columns are fitted to the width: fit them again when it changes."""
        table = self.table
        if table is not None and table.scrollable_content_region.width != self.fitted_width:
            self.redraw()

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
        assert self.table is not None
        return self.table.cursor_row

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
        await self.mount(chooser, after=self.query_one("#agenda-total"))
        chooser.highlighted = 0
        chooser.focus()

    def _chooser(self) -> OptionList | None:
        return self.query_one_optional("#add-list")  # type: ignore[return-value]

    def _close_chooser(self) -> None:
        chooser = self._chooser()
        if chooser is not None:
            chooser.remove()
            if self.table is not None:
                self.table.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        assert self.library is not None
        module = self.library.modules[str(event.option.id)]
        dropped = t("tui.reason_dropped", lang=self.language)
        self.titles[module.id] = module.title(self.language)
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
