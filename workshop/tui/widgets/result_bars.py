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
    """One row per option: key and label, ✓ for the right answer, bar, count and share.

    The figures never give way: when label and bar do not fit beside each other (80 columns,
    a long option), each label takes lines of its own, wrapped under its text, above its bar.
    """

    DEFAULT_CSS = """
    ResultBars { height: auto; }
    """

    def __init__(self, rows: list[tuple[str, str, Bar]], correct_word: str, **kwargs) -> None:
        """`rows`: (key, label, bar) with key "2 ◆" for an option, "" for a number typed."""
        super().__init__(**kwargs)
        self.rows = rows
        self.correct_word = correct_word

    def mark(self, bar: Bar) -> str:
        return f"  {CORRECT_MARK} {self.correct_word}" if bar.correct else ""

    def heads(self) -> list[str]:
        return [f"{key} {label}".lstrip() + self.mark(bar) for key, label, bar in self.rows]

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
            for key, label, bar in self.rows:
                indent = cell_len(key) + 1 if key else 0
                head = f"{key} {label}".lstrip()
                lines.extend(hanging(head, self.mark(bar), width, indent, bar.correct))
                lines.append(self.bar_line(bar, bar_space, indent=2))
            return lines
        label_width = max(cell_len(head) for head in heads) + 2
        bar_space = width - label_width - FIGURES_WIDTH
        for head, (_, _, bar) in zip(heads, self.rows, strict=True):
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


def hanging(text: str, mark: str, width: int, indent: int, bold: bool) -> list[Text]:
    """`text` wrapped to `width`, later lines indented under the text after the key, and
    `mark` ("✓ correct") at the end, whole, on the last line or on a line of its own."""
    style = "bold" if bold else ""
    first, *rest = Text(text, style=style).wrap(_console(), width) or [Text("")]
    lines = [first]
    if rest:
        remainder = Text(text[len(first.plain) :].lstrip(), style=style)
        for line in remainder.wrap(_console(), max(1, width - indent)):
            lines.append(Text(" " * indent, style=style) + line)
    if mark:
        if cell_len(lines[-1].plain + mark) <= width:
            lines[-1] = lines[-1] + Text(mark, style="bold green")
        else:
            lines.append(Text(" " * indent + mark.lstrip(), style="bold green"))
    return lines


def _console():
    """A console for wrapping text only; nothing is printed through it."""
    from rich.console import Console

    return Console(width=1000)
