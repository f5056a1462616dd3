"""Read a survey export as a header and numbered rows: Google Forms .csv, Microsoft Forms .xlsx
(or a sheet saved as .xls or .ods).

Row numbers are the ones the spreadsheet shows (header = row 1), so an error message leads the
trainer straight to the cell. Cells keep their type (a spreadsheet's number stays a number).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from workshop.errors import UserError
from workshop.i18n import t

Cell = Any  # str, int, float, datetime or None
Row = tuple[int, list[Cell]]


@dataclass
class Sheet:
    """The first sheet of an export: its header and an iterator over the rows below it.

    `total` is the number of rows (header included) when known beforehand, for progress.
    """

    path: Path
    header: list[str]
    rows: Iterator[Row]
    total: int | None


def read_sheet(path: Path) -> Sheet:
    """Open `path` by its extension; UserError for a missing, wrong or unreadable file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xls", ".ods"):
        raise UserError(t("survey.wrong_type", path=path))
    if not path.is_file():
        raise UserError(t("survey.no_such_file", path=path))
    return read_csv(path) if suffix == ".csv" else read_workbook(path)


def _cannot_read(path: Path, error: OSError) -> UserError:
    return UserError(t("survey.cannot_read", path=path, reason=error.strerror or error))


CHUNK = 1 << 20


def encoding_of(path: Path) -> tuple[str, int]:
    """The encoding of the text file at `path` and how many lines it has, read in chunks.

    UTF-8 (as Google Forms writes it, with or without BOM), else Windows text (Excel);
    UserError for a file that is neither, or that holds a NUL byte (UTF-16, a binary file).
    """
    import codecs

    candidates = {name: codecs.getincrementaldecoder(name)() for name in ("utf-8-sig", "cp1252")}
    lines = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                if b"\0" in chunk:
                    raise UserError(t("survey.bad_encoding", path=path))
                lines += chunk.count(b"\n")
                for name, decoder in list(candidates.items()):
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        del candidates[name]
                if not candidates:
                    break
    except OSError as error:
        raise _cannot_read(path, error) from error
    for name, decoder in candidates.items():
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return name, lines + 1
    raise UserError(t("survey.bad_encoding", path=path))


def read_csv(path: Path) -> Sheet:
    """The header now and the rows as they are read: a file is never held in memory whole.

    The file is read twice, once to learn its encoding, then row by row; `total` counts its
    lines, which is the number of rows unless an answer spans lines.
    """
    encoding, lines = encoding_of(path)
    try:
        handle = path.open(encoding=encoding, newline="")
    except OSError as error:
        raise _cannot_read(path, error) from error
    try:
        first_line = handle.readline()
        handle.seek(0)
        # Google Forms writes commas; Excel in a Dutch locale saves semicolons.
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        records = _records(path, handle, delimiter)
        first = next(records, None)
    except BaseException:
        handle.close()
        raise
    header = [cell.strip() for cell in first or []]
    if not any(header):
        handle.close()
        raise UserError(t("survey.empty_file", path=path))
    rows = ((number, record) for number, record in enumerate(records, start=2))
    return Sheet(path, header, rows, lines)


def _records(path: Path, handle: IO[str], delimiter: str) -> Iterator[list[str]]:
    """The file's records, closing it at the end; UserError naming the file for a broken one."""
    with handle:
        try:
            yield from csv.reader(handle, delimiter=delimiter)
        except csv.Error as error:
            raise UserError(t("survey.bad_csv", path=path, reason=error)) from error
        except OSError as error:
            raise _cannot_read(path, error) from error


def read_workbook(path: Path) -> Sheet:
    """An .xlsx, .xls or .ods file, read by python-calamine (workshop.survey.spreadsheet)."""
    from workshop.survey.spreadsheet import ZIPPED, read_rows

    if path.suffix.lower() in ZIPPED and _starts_with(path, OLE_SIGNATURE):
        # Excel saves a workbook with a password as an encrypted OLE file, whatever its name
        raise UserError(t("survey.password_protected", path=path))
    values, total = read_rows(path)
    first = next(values, None)
    if first is None or all(_blank(cell) for cell in first):
        raise UserError(t("survey.empty_file", path=path))
    header = ["" if cell is None else str(cell).strip() for cell in first]
    rows = ((number, row) for number, row in enumerate(values, start=2))
    return Sheet(path, header, rows, total)


OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


def _starts_with(path: Path, signature: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(signature)) == signature
    except OSError as error:
        raise _cannot_read(path, error) from error


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
