"""Read a survey export as a header and numbered rows: Google Forms .csv, Microsoft Forms .xlsx.

Row numbers are the ones the spreadsheet shows (header = row 1), so an error message leads the
trainer straight to the cell. Cells keep their type (an .xlsx number stays a number).
"""

from __future__ import annotations

import csv
import io
import zipfile
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
    if suffix not in (".csv", ".xlsx"):
        key = "survey.old_excel" if suffix == ".xls" else "survey.wrong_type"
        raise UserError(t(key, path=path))
    if not path.is_file():
        raise UserError(t("survey.no_such_file", path=path))
    return read_csv(path) if suffix == ".csv" else read_xlsx(path)


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


def read_xlsx(path: Path) -> Sheet:
    if not zipfile.is_zipfile(path):
        raise UserError(t("survey.not_xlsx", path=path))
    from openpyxl import load_workbook

    from workshop.survey.xlsx import sheet_rows

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        total = sheet.max_row
        values = sheet_rows(workbook)  # openpyxl's own row reader takes ~30 µs a cell
        if values is None:
            # Some exporters write a wrong size; reading without it reads every row there is.
            sheet.reset_dimensions()
            values = sheet.iter_rows(values_only=True)
        first = next(values, None)
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise UserError(t("survey.bad_xlsx", path=path, reason=error)) from error
    if first is None or all(_blank(cell) for cell in first):
        workbook.close()
        raise UserError(t("survey.empty_file", path=path))
    header = ["" if cell is None else str(cell).strip() for cell in first]
    return Sheet(path, header, _xlsx_rows(path, workbook, values), total)


def _xlsx_rows(path: Path, workbook: Any, values: Iterator[tuple[Cell, ...]]) -> Iterator[Row]:
    try:
        for number, row in enumerate(values, start=2):
            yield number, list(row)
    except Exception as error:
        raise UserError(t("survey.bad_xlsx", path=path, reason=error)) from error
    finally:
        workbook.close()


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
