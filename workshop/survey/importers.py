"""Read a survey export as a header and numbered rows: Google Forms .csv, Microsoft Forms .xlsx
(or a sheet saved as .xls or .ods).

Row numbers are the ones the spreadsheet shows (header = row 1), so an error message leads the
trainer straight to the cell. Cells keep their type (a spreadsheet's number stays a number).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            t("survey.cannot_read", path=path, reason=error.strerror or error)
        ) from error


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 (as Google Forms writes it, with or without BOM), else Windows text (Excel)."""
    if b"\0" in raw:
        raise UserError(t("survey.bad_encoding", path=path))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(t("survey.bad_encoding", path=path))


def read_csv(path: Path) -> Sheet:
    text = decode(path, _read_bytes(path))
    if not text.strip():
        raise UserError(t("survey.empty_file", path=path))
    first_line = text.split("\n", 1)[0]
    # Google Forms writes commas; Excel in a Dutch locale saves semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise UserError(t("survey.bad_csv", path=path, reason=error)) from error
    header = [cell.strip() for cell in records[0]]
    if not any(header):
        raise UserError(t("survey.empty_file", path=path))
    rows = ((number, list(record)) for number, record in enumerate(records[1:], start=2))
    return Sheet(path, header, rows, len(records))


def read_workbook(path: Path) -> Sheet:
    """An .xlsx, .xls or .ods file, read by python-calamine (workshop.survey.spreadsheet)."""
    from workshop.survey.spreadsheet import read_rows

    values, total = read_rows(path)
    first = next(values, None)
    if first is None or all(_blank(cell) for cell in first):
        raise UserError(t("survey.empty_file", path=path))
    header = ["" if cell is None else str(cell).strip() for cell in first]
    rows = ((number, row) for number, row in enumerate(values, start=2))
    return Sheet(path, header, rows, total)


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
