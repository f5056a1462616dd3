"""The reveal: a bar per option with count and share, the right answer marked by ✓ and colour."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from workshop.i18n import percent
from workshop.quiz import Bar
from workshop.symbols import CORRECT_MARK

FIGURES_WIDTH = 11
"""Count and share, right-aligned: "  123  45%"."""
MIN_BAR_WIDTH = 10


class ResultBars(Widget):
    """One row per option: label, ✓ for the right answer, bar, count and share.

    The figures never give way: when label and bar do not fit beside each other (80 columns,
    a long option), each label takes a line of its own, wrapped, above its bar.
    """

    DEFAULT_CSS = """
    ResultBars { height: auto; }
    """

    def __init__(self, rows: list[tuple[str, Bar]], correct_word: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows = rows
        self.correct_word = correct_word

    def heads(self) -> list[str]:
        return [
            f"{head}  {CORRECT_MARK} {self.correct_word}" if bar.correct else head
            for head, bar in self.rows
        ]

    def stacked(self, width: int) -> bool:
        widest = max((cell_len(head) for head in self.heads()), default=0)
        return widest + 2 + MIN_BAR_WIDTH + FIGURES_WIDTH > width

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self.render_lines_for(width)))

    def render(self) -> Text:
        return Text("\n").join(self.render_lines_for(self.size.width or 80))

    def render_lines_for(self, width: int) -> list[Text]:
        heads = self.heads()
        lines: list[Text] = []
        if self.stacked(width):
            bar_space = max(1, width - FIGURES_WIDTH - 2)
            for head, (_, bar) in zip(heads, self.rows, strict=True):
                label = Text(head, style="bold" if bar.correct else "")
                lines.extend(label.wrap(_console(), width) or [Text("")])
                lines.append(self.bar_line(bar, bar_space, indent=2))
            return lines
        label_width = max(cell_len(head) for head in heads) + 2
        bar_space = width - label_width - FIGURES_WIDTH
        for head, (_, bar) in zip(heads, self.rows, strict=True):
            line = Text(head, style="bold" if bar.correct else "")
            line.pad_right(label_width - cell_len(head))
            line.append_text(self.bar_line(bar, bar_space))
            lines.append(line)
        return lines

    @staticmethod
    def bar_line(bar: Bar, bar_space: int, indent: int = 0) -> Text:
        filled = round(bar.share * bar_space)
        line = Text(" " * indent)
        line.append("█" * filled, style="green" if bar.correct else "white")
        line.append(" " * (bar_space - filled))
        line.append(f"{bar.count:>5} {percent(bar.share):>5}")
        return line


def _console():
    """A console for wrapping text only; nothing is printed through it."""
    from rich.console import Console

    return Console(width=1000)
