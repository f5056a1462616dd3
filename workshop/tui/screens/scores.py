"""Group scores on the projector: where the group is now per topic, and other groups.

The room sees this screen, so it never shows a fall by itself: no survey baseline beside the
session (the two would give the signed gain away) and a learning gain only where it is
positive ("+12"), in a column that is left out when no topic rose. The baseline and the
signed gain are the trainer's, in the export. Warm-up rounds count nowhere here.

The tables are drawn at the dialog's width on every resize: a topic name wraps onto a second
line, a figure never does, so on a projector at 80×24 every score and gain reads whole.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer

from workshop.content import Library
from workshop.i18n import percent, t, whole_percent
from workshop.scores import SessionScores, Share, TopicScore
from workshop.tui.widgets.plain import Plain


def shown(value: float | None, language: str) -> str:
    return t("tui.too_few_short", lang=language) if value is None else percent(value)


def rise(score: TopicScore) -> str:
    """The learning gain in points when it is positive ("+12"); else nothing, for the room."""
    result, baseline = score.session.value, score.baseline
    if result is None or baseline is None:
        return ""
    gained = whole_percent(result) - whole_percent(baseline)
    return f"+{gained}" if gained > 0 else ""


class FiguresTable:
    """A table whose first column wraps and whose figure columns never do, at any width.

    Each figure column gets a fixed width: its whole header where the screen is wide enough,
    else the longest word of the header (which then wraps) or its widest figure. The width a
    narrow screen lacks is taken from the first column only.
    """

    def __init__(self, header: list[str], rows: list[list[str]]) -> None:
        self.header = header
        self.rows = rows

    def table(self, whole_headers: bool) -> Table:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column(self.header[0], overflow="fold")
        for position, label in enumerate(self.header[1:], start=1):
            parts = [label] if whole_headers else label.split()
            widest = max(len(text) for text in [*parts, *(row[position] for row in self.rows)])
            table.add_column(label, justify="right", width=widest)
        for row in self.rows:
            table.add_row(Text(row[0]), *(Text(cell, no_wrap=True) for cell in row[1:]))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table(whole_headers=True)
        unlimited = options.update_width(10_000)
        if console.measure(table, options=unlimited).maximum > options.max_width:
            table = self.table(whole_headers=False)
        yield table


class ScoresScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,s,right,space,enter", "dismiss", "tui.continue", id="close")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]

    def __init__(
        self, scores: SessionScores, library: Library, group: str, language: str, title: str
    ) -> None:
        super().__init__()
        self.scores = scores
        self.library = library
        self.group = group
        self.language = language
        self.title_text = title

    def compose(self) -> ComposeResult:
        language = self.language
        overall = self.scores.overall
        with VerticalScroll(classes="dialog scores"):
            yield Plain(self.title_text, classes="dialog-question")
            if overall.value is None:
                yield Plain(
                    t("tui.too_few", lang=language, count=overall.answered), classes="too-few"
                )
            else:
                yield Plain(
                    t(
                        "tui.session_score",
                        lang=language,
                        group=self.group,
                        score=percent(overall.value),
                        count=overall.answered,
                    ),
                    classes="big-score",
                )
            yield Plain(self.topic_table(), id="topic-scores", classes="score-table")
            if self.scores.other_groups:
                yield Plain(self.group_table(), id="group-scores", classes="score-table")
            if self.scores.warm_ups:
                yield Plain(t("tui.warm_ups_not_counted", lang=language), classes="hint")
            yield Plain(t("tui.anonymity_note", lang=language), classes="hint")
        yield Footer()

    def topic_table(self) -> FiguresTable:
        """Topic and this session's score; a gain column only when some topic rose."""
        language = self.language
        topics = self.scores.topics
        rises = [rise(score) for score in topics]
        header = [t(f"tui.col_{key}", lang=language) for key in ("topic", "session")]
        rows = [
            [self.library.topic_name(score.topic, language), shown(score.session.value, language)]
            for score in topics
        ]
        if any(rises):
            header.append(t("tui.col_gain", lang=language))
            for row, gained in zip(rows, rises, strict=True):
                row.append(gained)
        return FiguresTable(header, rows)

    def group_table(self) -> FiguresTable:
        language = self.language
        header = [t(f"tui.col_{key}", lang=language) for key in ("group", "score", "answers")]
        shares: list[tuple[str, Share]] = [(self.group, self.scores.overall)]
        shares += sorted(self.scores.other_groups.items())
        rows = [
            [group, shown(share.value, language), str(share.answered)] for group, share in shares
        ]
        return FiguresTable(header, rows)
