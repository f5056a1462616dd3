"""Read the first sheet of a workbook (.xlsx, .xls, .ods) with python-calamine.

calamine reads a sheet in Rust, about twice as fast as the regex/expat reader it replaced and
five to twelve times as fast as openpyxl's row reader, and it reads the older Excel (.xls) and
LibreOffice (.ods) files too. It reads the whole sheet first, as one rectangle from its first
cell to its last, and aborts the process (no exception) when that does not fit in memory. So a
file is checked before calamine sees it, cheaply, against what it would ask for:

- any file: at most `MAX_FILE_BYTES` on disk;
- a zipped one (.xlsx, .ods): at most `MAX_UNPACKED_BYTES` unpacked, as its directory says
  (a 1.5 MB .xlsx can unpack to 1.5 GB); zipfile refuses a part longer than its entry says;
- an .xlsx: the rectangle its sheets' cells span, at most `MAX_CELLS` (two cells, at A1 and at
  XFD1048576, span 17 billion); an .ods: the same for its first table, with repeated rows and
  cells counted out (read with expat: a LibreOffice sheet is rare and small). An .xlsx sheet's
  `<dimension>` names the rectangle; a few byte searches in C prove that no cell lies outside
  it, and only a sheet where they cannot (no dimension, cells without a reference, a namespace
  prefix) is scanned cell by cell.

An .xls is not checked beyond its size: its cells live in a binary stream inside an OLE file,
and its format allows at most 65,536 × 256 cells, which calamine reads in a few seconds and
about 1 GB (a 6 KB file with cells at A1 and IV65536).

Values are those openpyxl's `iter_rows(values_only=True)` gives, which the importer expects:
text trimmed and empty text as None, a whole number as int, a date as a datetime. Unlike
openpyxl, an error cell (#N/A, #DIV/0!) reads as None: calamine gives no error values.
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import re
import xml.parsers.expat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from workshop.errors import UserError
from workshop.i18n import t

FORMATS = (".xlsx", ".xls", ".ods")
ZIPPED = (".xlsx", ".ods")
MAX_FILE_BYTES = 64 * 2**20
MAX_UNPACKED_BYTES = 256 * 2**20
MAX_CELLS = 5_000_000
"""100,000 responses × 50 columns; calamine holds each cell in 32 bytes."""
EXACT = 2**53
"""Whole floats below this are ints exactly, as Excel wrote them."""

DIMENSION = re.compile(rb'<dimension\s+ref="\$?([A-Z]{1,3})\$?\d+(?::\$?([A-Z]{1,3})\$?(\d+))?"')
REF = re.compile(rb'\sr="([A-Z]{0,3})(\d+)"')
CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:c|row)[\s/>]")


def read_rows(path: Path) -> tuple[Iterator[list[Any]], int]:
    """The rows of the first sheet of the workbook at `path`, from row 1, and how many there are.

    UserError, naming the file, for a file that is not a workbook of its kind, a damaged one,
    or one that would take more memory than a survey export can need.
    """
    from python_calamine import CalamineWorkbook

    check_size(path)
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            sheet = workbook.get_sheet_by_index(0)
            start, end = sheet.start, sheet.end
            rows = sheet.iter_rows()  # from the first cell that holds something
    except Exception as error:  # calamine raises its own errors, and ValueError, for damage
        raise UserError(t("survey.bad_workbook", path=path, reason=_reason(error))) from error
    if start is None or end is None:
        return iter(()), 0
    return _from_a1(rows, start[1], path), end[0] + 1


def _from_a1(rows: Iterator[list[Any]], left: int, path: Path) -> Iterator[list[Any]]:
    """The rows from column A on: calamine gives every row from row 1, but from the first
    column that holds something. A cell calamine cannot convert (a time out of range in a
    damaged file) is a UserError naming the row, even when calamine's Rust code panics:
    pyo3 raises that as PanicException, a BaseException."""
    padding = [None] * left
    for number in itertools.count(1):
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as error:
            message = t("survey.bad_workbook_row", path=path, row=number, reason=_reason(error))
            raise UserError(message) from error
        except BaseException as error:
            if type(error).__name__ != "PanicException":
                raise  # Ctrl-C, SystemExit
            message = t("survey.bad_workbook_row", path=path, row=number, reason=error)
            raise UserError(message) from None
        yield padding + _values(row) if left else _values(row)


def check_size(path: Path) -> None:
    """UserError unless calamine can read `path` within the limits above."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as error:
        reason = error.strerror or error
        raise UserError(t("survey.cannot_read", path=path, reason=reason)) from error
    if size > MAX_FILE_BYTES:
        raise UserError(t("survey.too_large", path=path, limit=_megabytes(MAX_FILE_BYTES)))
    if suffix not in ZIPPED:
        return
    if not zipfile.is_zipfile(path):
        key = "survey.not_xlsx" if suffix == ".xlsx" else "survey.not_workbook"
        raise UserError(t(key, path=path, suffix=suffix))
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
                raise UserError(
                    t("survey.too_large", path=path, limit=_megabytes(MAX_UNPACKED_BYTES))
                )
            for entry in entries:
                if suffix == ".xlsx" and entry.filename.startswith("xl/worksheets/"):
                    cells = spanned_cells(archive.read(entry))
                elif suffix == ".ods" and entry.filename == "content.xml":
                    with archive.open(entry) as content:
                        cells = ods_spanned_cells(content)
                else:
                    continue
                if cells > MAX_CELLS:
                    raise UserError(t("survey.too_many_cells", path=path, limit=MAX_CELLS // 10**6))
    except UserError:
        raise
    except Exception as error:  # a damaged zip: zipfile raises many kinds
        raise UserError(t("survey.bad_workbook", path=path, reason=_reason(error))) from error


def spanned_cells(xml: bytes) -> int:
    """How many cells the rectangle from A1 to the sheet's last cell holds, or more."""
    claimed = DIMENSION.search(xml)
    start, end = xml.find(b"<sheetData"), xml.rfind(b"</sheetData>")
    # Every cell written `<c r="…` (a `<color>` in rich text, say, takes the long way), and
    # none of them after the claimed last column or row.
    if (
        claimed is not None
        and 0 <= start < end
        and xml.count(b"<c", start, end) == xml.count(b'<c r="', start, end)
    ):
        last_column, last_row = claimed[2] or claimed[1], int(claimed[3] or 1)
        if not _beyond(last_column, last_row).search(xml, start, end):
            return column_number(last_column) * last_row
    # The long way: every reference, and each cell or row without one as one more of each.
    rows = columns = 0
    references = REF.findall(xml)
    for letters, digits in references:
        rows = max(rows, int(digits))
        if letters:
            columns = max(columns, column_number(letters))
    unreferenced = max(len(CELL_TAG.findall(xml)) - len(references), 0)
    return (rows + unreferenced) * (columns + unreferenced)


def _beyond(column: bytes, row: int) -> re.Pattern[bytes]:
    """A cell reference (`<c r="…"`) with a column after `column` or a row after `row`, or
    with leading zeros (which this check does not follow)."""
    later_columns = [rb"[A-Z]{%d,}" % (len(column) + 1)]
    for index, letter in enumerate(column):
        if letter < ord("Z"):
            later = rb"%s[%c-Z][A-Z]{%d}" % (column[:index], letter + 1, len(column) - index - 1)
            later_columns.append(later)
    digits = str(row).encode()
    later_rows = [rb"\d{%d,}" % (len(digits) + 1), rb"0\d*"]
    for index, digit in enumerate(digits):
        if digit < ord("9"):
            later = rb"%s[%c-9]\d{%d}" % (digits[:index], digit + 1, len(digits) - index - 1)
            later_rows.append(later)
    # Atomic and possessive: each of the many `<c r="` is tried once, without backtracking.
    return re.compile(
        rb'<c r="(?>(?:%s)\d|[A-Z]++(?:%s)")' % (b"|".join(later_columns), b"|".join(later_rows))
    )


TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 "


class _FirstTableRead(Exception):
    pass


def ods_spanned_cells(content: IO[bytes]) -> int:
    """How many cells the first table of an .ods `content.xml` spans from A1 to its last cell
    that holds something, each row and cell counted as often as it is repeated: a row of 45
    cells repeated a million times is a few hundred bytes."""
    table, row, cell = TABLE_NS + "table", TABLE_NS + "table-row", TABLE_NS + "table-cell"
    covered, paragraph = TABLE_NS + "covered-table-cell", TEXT_NS + "p"
    rows_repeated, columns_repeated = (
        TABLE_NS + "number-rows-repeated",
        TABLE_NS + "number-columns-repeated",
    )
    value_type = OFFICE_NS + "value-type"
    state = {"tables": 0, "row": 0, "repeat": 1, "column": 0, "span": 0, "rows": 0, "columns": 0}

    def holds(until_column: int) -> None:
        state["rows"] = max(state["rows"], state["row"] + state["repeat"])
        state["columns"] = max(state["columns"], until_column)

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == table:
            state["tables"] += 1
            if state["tables"] > 1:
                raise _FirstTableRead
        elif name == row:
            state["repeat"], state["column"] = _count(attrs.get(rows_repeated)), 0
        elif name in (cell, covered):
            state["span"] = _count(attrs.get(columns_repeated))
            state["column"] += state["span"]
            if value_type in attrs:
                holds(state["column"])
        elif name == paragraph:
            holds(state["column"])

    def end(name: str) -> None:
        if name == row:
            state["row"] += state["repeat"]

    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    with contextlib.suppress(_FirstTableRead):
        parser.ParseFile(content)
    return state["rows"] * state["columns"]


def _count(text: str | None) -> int:
    try:
        return max(1, int(text or 1))
    except ValueError:
        return 1


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _values(row: list[Any]) -> list[Any]:
    """A row as openpyxl gives it: see the module's docstring."""
    return [(cell.strip() or None) if cell.__class__ is str else _value(cell) for cell in row]


def _value(cell: Any) -> Any:
    if cell.__class__ is float:
        return int(cell) if cell.is_integer() and -EXACT < cell < EXACT else cell
    if cell.__class__ is datetime.date:  # calamine's date for a date-time at midnight
        return datetime.datetime(cell.year, cell.month, cell.day)
    return cell


def _megabytes(size: int) -> int:
    return size // 2**20


def _reason(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
