"""The reveal: a bar per option with count and share, the right answer marked by ✓ and colour."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from workshop.quiz import Bar, RoundResult
from workshop.symbols import CORRECT_MARK, shape

MOST_COMMON_NUMBERS = 5


class ResultBars(Widget):
    """Draws bars to the widget's width; labels come from the caller in the session language."""

    DEFAULT_CSS = """
    ResultBars { height: auto; }
    """

    def __init__(
        self,
        result: RoundResult,
        labels: dict[float | None, str],
        correct_word: str,
        numbered: bool = True,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.labels = labels
        self.correct_word = correct_word
        self.numbered = numbered
        self.bars: list[Bar] = result.bars
        if not numbered:  # a number question: the most common numbers typed
            self.bars = sorted(self.bars, key=lambda bar: -bar.count)[:MOST_COMMON_NUMBERS]

    def get_content_height(self, container, viewport, width: int) -> int:
        return max(1, len(self.bars))

    def head(self, bar: Bar) -> str:
        label = self.labels.get(bar.value, "")
        if not self.numbered:
            return label
        position = len(self.bars) if bar.value is None else int(bar.value)
        return f"{position} {shape(position)} {label}"

    def render(self) -> Text:
        heads = [self.head(bar) for bar in self.bars]
        width = self.size.width or 80
        label_width = min(int(width * 0.45), max((len(h) for h in heads), default=8) + 2)
        mark_width = len(self.correct_word) + 4
        bar_space = max(6, width - label_width - mark_width - 12)
        text = Text()
        for index, (bar, head) in enumerate(zip(self.bars, heads, strict=True)):
            if index:
                text.append("\n")
            if len(head) > label_width - 2:
                head = head[: label_width - 3] + "…"
            text.append(head.ljust(label_width), style="bold" if bar.correct else "")
            mark = f"{CORRECT_MARK} {self.correct_word}" if bar.correct else ""
            text.append(mark.ljust(mark_width), style="bold green")
            filled = round(bar.share * bar_space)
            text.append("█" * filled, style="green" if bar.correct else "white")
            text.append(" " * (bar_space - filled))
            text.append(f"{bar.count:>5} {bar.share:>5.0%}")
        return text
