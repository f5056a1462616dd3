"""What the room sees: the current screen as lines of text, read from Textual's own SVG export.

The export is the composed screen, after layout, wrapping and clipping: a figure cut off on
the projector is cut off here too, which the widgets' own text would not show.
"""

from __future__ import annotations

import html
import re

CELL_WIDTH = 12.2  # the width of one terminal cell in Textual's SVG export
_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>'
)


def screen_lines(app) -> list[str]:
    """The screen, one string per terminal row, spaces where nothing is drawn."""
    width, height = app.size
    return svg_lines(app.export_screenshot(), width, height)


def svg_lines(svg: str, width: int, height: int) -> list[str]:
    """A saved SVG screenshot of `width`×`height` cells, one string per terminal row."""
    rows = [[" "] * width for _ in range(height)]
    for x, line, text in _TEXT.findall(svg):
        column = round(float(x) / CELL_WIDTH)
        for offset, character in enumerate(html.unescape(text).replace("\xa0", " ")):
            if 0 <= column + offset < width and int(line) < height:
                rows[int(line)][column + offset] = character
    return ["".join(row).rstrip() for row in rows]


def screen_text(app) -> str:
    """The screen as one string, rows joined by newlines."""
    return "\n".join(screen_lines(app))


def flowing(app) -> str:
    """The screen's words with every run of white space as one space: for wrapped text."""
    return " ".join(screen_text(app).split())


def widget_text(app, widget) -> str:
    """What is drawn inside `widget`'s region, its words joined as `flowing` joins them."""
    region = widget.content_region
    lines = screen_lines(app)
    rows = [lines[y][region.x : region.right] for y in range(region.y, region.bottom)]
    return " ".join(" ".join(rows).split())


class SessionNow:
    """The app's session as last published by its service, read afresh at every attribute,
    so a test can keep one and watch the session move (the states themselves are frozen)."""

    def __init__(self, app) -> None:
        self.app = app

    def __getattr__(self, name: str):
        return getattr(self.app.service.state, name)
