"""Read the cells of an .xlsx sheet quickly: openpyxl for the workbook, expat for the rows.

openpyxl's own row reader builds objects for every cell, so a 10,000-row Forms export took 4
to 10 s just to read. Here openpyxl still opens the workbook (shared strings, date styles,
which part is the first sheet), and the sheet's XML goes through expat with one handler that
only sees element starts.

A Python call per element is what costs, and a cell is two or three elements (`<c><v>12</v>
</c>`, `<c><is><t>…</t></is></c>`). So where it is safe, the plain `<v>`, `<is><t>` tags are
dropped from the XML before expat sees it (a byte replacement, not a parse), leaving
`<c …>12</c>`: one call per cell. Where it is not (a formula before a value, a rich or
phonetic inline string) the tags stay and the handler reads them the long way. A cell's text
is the text after its `<c>` up to the next element's start, or that of each `<v>` / `<t>` in it
(an end handler is set for just those elements, as it would otherwise run for every one).

Faster still, a sheet of only plain rows (each cell a reference, maybe a style and a type, and
its text: what Excel and Forms write for answers) is read with two regular expressions, which
take the rows and cells in C; a sheet with anything else in its rows goes through expat,
from its start, as soon as that shows.

Values are those of openpyxl's `iter_rows(values_only=True)`, except that text is trimmed
(the importer trims every cell anyway) and an empty text cell reads as None.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Callable, Generator, Iterator
from typing import IO, Any
from xml.sax.saxutils import unescape

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ROW, CELL, VALUE, TEXT, PHONETIC = (NS + name for name in ("row", "c", "v", "t", "rPh"))
# What may stand inside a cell (CT_Cell, CT_Rst, CT_RPrElt); any other element ends the cell.
# fmt: off
CELL_PARTS = {NS + name for name in [
    "f", "is", "r", "rPr", "phoneticPr", "extLst", "ext", "rFont", "charset", "family", "b",
    "i", "strike", "outline", "shadow", "condense", "extend", "color", "sz", "u", "vertAlign",
    "scheme",
]}
# fmt: on
CHUNK = 1 << 20
DIGITS = "0123456789"
ROW_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?row\s*>")
ROW_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b")
# A plain cell, with its column, style, type and text; and the same without groups, for a row.
PLAIN_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-zA-Z]+)")?(?:/>|>([^<]*)</c>)'
)
PLAIN_ROW = re.compile(
    rb'<row r="(\d+)"[^>/]*(?:/>|>((?:'
    rb'<c r="[A-Z]{1,3}\d+"(?: s="\d+")?(?: t="[a-zA-Z]+")?(?:/>|>[^<]*</c>)'
    rb")*)</row>)"
)
ENTITIES = {"&quot;": '"', "&apos;": "'"}


def sheet_rows(workbook: Any) -> Iterator[list[Any]] | None:
    """The rows of the first sheet, numbered from 1 with missing rows as []; None when this
    openpyxl lacks what the fast path uses (then use openpyxl's own `iter_rows`)."""
    try:
        sheet = workbook.worksheets[0]
        path = sheet._worksheet_path
        workbook._archive.getinfo(path)
        cells = _Cells(
            sheet._shared_strings,
            set(workbook._date_formats),
            set(workbook._timedelta_formats),
            workbook.epoch,
        )
    except (AttributeError, KeyError, IndexError):
        return None
    return cells.rows(lambda: workbook._archive.open(path))


def without_plain_tags(xml: bytes) -> bytes:
    """`xml` (whole rows) with the tags of plain values and plain inline strings dropped."""
    if b"<f" not in xml:  # with a formula, its text would run into the value's
        xml = xml.replace(b"<v>", b"").replace(b"</v>", b"")
    simple = xml.count(b"<is><t>")
    if simple and simple == xml.count(b"<t>") == xml.count(b"</t>") == xml.count(b"</t></is>"):
        # Every <t> is the one text of an inline string: no runs, no readings, no attributes.
        xml = xml.replace(b"<is><t>", b"").replace(b"</t></is>", b"")
    return xml


class _Cells:
    """Values from cell texts, as openpyxl reads them with `data_only=True`."""

    def __init__(self, shared: list[str], dates: set[int], durations: set[int], epoch) -> None:
        self.shared, self.dates, self.durations, self.epoch = shared, dates, durations, epoch

    def value(self, kind: str, style: int, text: str) -> Any:
        if not text:
            return None
        if kind == "s":
            return self.shared[int(text)]
        if kind == "n":
            number: int | float = (
                float(text) if "." in text or "e" in text or "E" in text else int(text)
            )
            if style in self.dates:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.durations)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return from_ISO8601(text)
        return text  # inlineStr, str (a formula's text result), e (an error such as #N/A)

    def rows(self, open_sheet: Callable[[], IO[bytes]]) -> Iterator[list[Any]]:
        """The rows numbered from 1, a row the sheet leaves out as []: read the plain way
        while the sheet is plain, else with expat from the start, skipping rows given."""

        def numbered() -> Iterator[tuple[int, list[Any]]]:
            if not (yield from self._plain_rows(open_sheet())):
                yield from self._parsed_rows(open_sheet())

        expected = 1
        for number, row in numbered():
            while expected < number:
                yield []
                expected += 1
            if number == expected:
                yield row
                expected += 1

    def _plain_rows(self, source: IO[bytes]) -> Generator[tuple[int, list[Any]], None, bool]:
        """Rows while every row is plain; returns whether the whole sheet was."""
        shared, value = self.shared, self.value
        columns: dict[bytes, int] = {}
        with source:
            for piece, _ in whole_rows(source):
                piece = without_plain_tags(piece)
                rows = PLAIN_ROW.findall(piece)
                if len(rows) != len(ROW_START.findall(piece)):
                    return False
                for number, cells in rows:
                    row: list[Any] = []
                    for letters, style, kind, raw in PLAIN_CELL.findall(cells):
                        column = columns.get(letters) or columns.setdefault(
                            letters, column_index_from_string(letters.decode())
                        )
                        if column > len(row) + 1:
                            row.extend([None] * (column - len(row) - 1))
                        elif column <= len(row):
                            return False  # a cell given twice or out of order
                        text = raw.decode()
                        if "&" in text:
                            if "&#" in text:  # a character reference: the long way
                                return False
                            text = unescape(text, ENTITIES)
                        if kind == b"s":
                            row.append(shared[int(text)] if text else None)
                        elif kind == b"inlineStr":
                            row.append(text.strip() or None)
                        else:
                            row.append(value(kind.decode() or "n", int(style or 0), text.strip()))
                    yield int(number), row
        return True

    def _parsed_rows(self, source: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
        """Every row, through expat; the handler is a closure, as it runs for every element."""
        texts: list[str] = []  # the text expat reports; trimmed after each chunk
        mark = -1  # where the text being read starts in `texts`, -1 when none is
        parts: list[str] = []  # the open cell's text read so far
        kind: str | None = None  # type of the open cell, None when no cell is open
        style = column = number = 0
        phonetic = False  # inside an <rPh>: a reading aid, not part of the text
        row: list[Any] = []
        done: list[tuple[int, list[Any]]] = []
        columns: dict[str, int] = {}
        shared, value = self.shared, self.value

        def place(found: Any) -> None:
            if column > len(row):
                row.extend([None] * (column - len(row)))
            row[column - 1] = found

        def close_cell() -> None:
            nonlocal kind, mark
            if mark >= 0:
                parts.append("".join(texts[mark:]))
                mark = -1
            text = "".join(parts).strip()
            parts.clear()
            place(shared[int(text)] if kind == "s" and text else value(kind, style, text))
            kind = None

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal mark, kind, style, column, number, phonetic, row
            if name == CELL:
                if kind is not None:
                    try:  # the usual cells without another call: anything else raises
                        if mark < 0 or parts or column != len(row) + 1:
                            raise ValueError
                        text = "".join(texts[mark:])
                        if kind == "s":
                            row.append(shared[int(text)])
                        elif kind == "inlineStr":
                            row.append(text.strip() or None)
                        else:
                            raise ValueError
                    except ValueError:  # even a shared string of blanks
                        close_cell()
                ref = attrs.get("r")
                if ref:
                    letters = ref.rstrip(DIGITS)
                    column = columns.get(letters) or columns.setdefault(
                        letters, column_index_from_string(letters)
                    )
                else:
                    column += 1
                kind, style = attrs.get("t", "n"), int(attrs.get("s") or 0)
                phonetic = False
                mark = len(texts)
                return
            if mark >= 0:
                parts.append("".join(texts[mark:]))
                mark = -1
            if name in (VALUE, TEXT):
                if kind is not None and not phonetic:
                    mark = len(texts)
                    parser.EndElementHandler = end  # only here: where the text ends matters
            elif name == PHONETIC:
                phonetic = True
            elif name == ROW:
                if kind is not None:
                    close_cell()
                if number:
                    done.append((number, row))
                row = []
                ref = attrs.get("r")
                number = int(float(ref)) if ref else number + 1
                column = 0
            elif name not in CELL_PARTS and kind is not None:
                close_cell()

        def end(name: str) -> None:
            nonlocal mark
            if name in (VALUE, TEXT) and mark >= 0:
                parts.append("".join(texts[mark:]))
                mark = -1
                parser.EndElementHandler = None

        parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = start
        parser.CharacterDataHandler = texts.append
        with source:
            for piece, last in whole_rows(source):
                parser.Parse(without_plain_tags(piece), last)
                if last:
                    start("", {})  # ends the last cell
                    if number:
                        done.append((number, row))
                if mark < 0:
                    texts.clear()
                else:
                    del texts[:mark]
                    mark = 0
                yield from done
                done.clear()


def whole_rows(source: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The sheet's XML in pieces of about a megabyte that end after a row, so that no tag or
    cell is split; with whether it is the last piece."""
    pending = b""
    while True:
        chunk = source.read(CHUNK)
        if not chunk:
            yield pending, True
            return
        pending += chunk
        ends = ROW_END.finditer(pending, max(0, len(pending) - len(chunk) - 64))
        last = max((found.end() for found in ends), default=0)
        if last:
            yield pending[:last], False
            pending = pending[last:]
