"""How the room joins from their phones: the address as text and as a QR code, the join code,
how many phones joined (of the people expected), and whether joining is locked. `JoinPanel` is
the big version, `JoinBadge` the one-line one; both redraw from the server on `show_room`.

The QR code is drawn with half blocks (two modules per character cell), light modules in
white on black, so it scans from the projector without any image support in the terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from workshop.i18n import t

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer

HALF_BLOCKS = {(False, False): "█", (False, True): "▀", (True, False): "▄", (True, True): " "}
"""(top dark, bottom dark) → the character that shows the light part in the foreground."""


def qr_text(data: str, border: int = 2) -> str:
    """`data` as a QR code in text: each line two rows of modules, light drawn as █."""
    rows = [
        [bool(m) for m in row] for row in _segno().make(data, error="m").matrix_iter(border=border)
    ]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))  # a light row below: part of the quiet zone
    lines = []
    for top, bottom in zip(rows[::2], rows[1::2], strict=True):
        lines.append("".join(HALF_BLOCKS[pair] for pair in zip(top, bottom, strict=True)))
    return "\n".join(lines)


def spaced(code: str) -> str:
    """A join code readable from the back of the room: A B C 2 3 4."""
    return " ".join(code)


class PhonesJoined(Message):
    """The number of phones joined changed (a join, or a new code that dropped some)."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count


class RoomChanged(Message):
    """The trainer locked or opened joining, issued a new code, or said how many are present."""


def room_text(server: PhoneServer, language: str) -> str:
    """The count of phones joined, with the people expected and the lock when there are any."""
    count = server.joined
    if server.expected is None:
        text = t("phone.panel_joined", lang=language, count=count)
    else:
        text = t("phone.panel_joined_of", lang=language, count=count, expected=server.expected)
    if server.locked:
        text += " · " + t("phone.locked", lang=language)
    return text


class JoinPanel(Vertical):
    """The QR code, the address, the join code and the number of phones joined."""

    DEFAULT_CSS = """
    JoinPanel {
        dock: right; width: auto; height: auto; max-height: 100%;
        padding: 0 2; background: $surface; border-left: thick $accent;
    }
    JoinPanel .join-title { text-style: bold; color: $secondary; padding: 1 0 1 0; }
    JoinPanel #join-qr { width: auto; color: #FFFFFF; background: #000000; }
    JoinPanel #join-url { text-style: bold; padding-top: 1; }
    JoinPanel #join-code { text-style: bold; color: $secondary; }
    JoinPanel #join-count { color: $text-muted; }
    JoinPanel #join-count.locked { color: $warning; text-style: bold; }
    JoinPanel #join-warning { color: $warning; text-style: bold; max-width: 40; }
    """

    def __init__(self, server: PhoneServer, language: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.server = server
        self.language = language
        self.drawn_link = server.join_link
        """The link the QR code shows: drawing one takes milliseconds, a room joins in one."""

    def compose(self) -> ComposeResult:
        language = self.language
        yield Static(t("phone.panel_title", lang=language), classes="join-title")
        yield Static(qr_text(self.drawn_link), id="join-qr", markup=False)
        yield Static(self.server.url, id="join-url", markup=False)
        code = t("phone.panel_code", lang=language, code=spaced(self.server.code))
        yield Static(code, id="join-code", markup=False)
        yield Static(room_text(self.server, language), id="join-count", markup=False)
        warning = Static("", id="join-warning", markup=False)
        warning.display = False
        yield warning

    def warn(self, text: str | None) -> None:
        """A warning line under the count (more responses than people), or none."""
        warning = self.query_one("#join-warning", Static)
        warning.update(text or "")
        warning.display = bool(text)

    def show_room(self) -> None:
        """Redraw from the server: a new code (and its QR), the count, the lock."""
        server, language = self.server, self.language
        if server.join_link != self.drawn_link:
            self.drawn_link = server.join_link
            self.query_one("#join-qr", Static).update(qr_text(self.drawn_link))
        code = t("phone.panel_code", lang=language, code=spaced(server.code))
        self.query_one("#join-code", Static).update(code)
        count = self.query_one("#join-count", Static)
        count.update(room_text(server, language))
        count.set_class(server.locked, "locked")


class JoinBadge(Static):
    """One line for the session screen: address, code, phones joined."""

    DEFAULT_CSS = "JoinBadge { color: $text-muted; height: 1; }"

    def __init__(self, server: PhoneServer, language: str, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.server = server
        self.language = language
        self.show_room()

    def show_room(self) -> None:
        server, language = self.server, self.language
        room = room_text(server, language)
        self.update(t("phone.badge", lang=language, url=server.url, code=server.code, room=room))


def _segno():
    """segno only when phones are served: it costs start-up time for every other session."""
    import segno

    return segno
