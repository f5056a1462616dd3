"""Helpers for the survey and plan tests: answers from the real bank, files as Forms writes them.

Questions are read from the loaded bank, never hard-coded, so the tests follow the content.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from workshop.content import load_library
from workshop.content.answers import option_labels
from workshop.content.model import NumberQuestion, SurveyBank, TrueFalseQuestion
from workshop.store import SurveyFile
from workshop.store.surveys import survey_path

GOOGLE_TIME = "2026/11/20 10:15:03 AM GMT+1"
MS_START = datetime.datetime(2026, 11, 20, 10, 15, 3)
PEOPLE = [("Jan Jansen", "jan.jansen@example.com"), ("Fatima el Idrissi", "fatima@example.com")]


def bank() -> SurveyBank:
    return load_library().survey


def knowledge_by_topic(survey: SurveyBank) -> dict[str, list[Any]]:
    topics: dict[str, list[Any]] = {}
    for question in survey.knowledge():
        topics.setdefault(question.topic, []).append(question)
    return topics


def right(question: Any) -> float:
    if isinstance(question, NumberQuestion):
        return int(question.answer) if question.answer.is_integer() else question.answer
    if isinstance(question, TrueFalseQuestion):
        return 1 if question.correct else 2
    return question.correct[0]


def wrong(question: Any) -> float:
    if isinstance(question, NumberQuestion):
        away = question.answer + question.tolerance + 1
        return away if away <= question.maximum else question.answer - question.tolerance - 1
    if isinstance(question, TrueFalseQuestion):
        return 2 if question.correct else 1
    return next(n for n in range(1, len(question.options) + 1) if n not in question.correct)


def cell(question: Any, value: float | None, language: str = "en") -> str:
    """The text a Forms export holds for `value`."""
    if value is None:
        return "Weet ik niet" if language == "nl" else "Don't know"
    if question.kind in ("number", "scale"):
        return str(int(value)) if float(value).is_integer() else str(value)
    return option_labels(question, language)[int(value) - 1]


def response(
    survey: SurveyBank,
    correct: dict[str, bool] | None = None,
    attitude: int | None = 4,
    level: str | None = None,
) -> dict[str, Any]:
    """Every knowledge question answered: right on the topics marked True (default), else wrong."""
    correct = correct or {}
    answers: dict[str, Any] = {}
    for question in survey.knowledge():
        answers[question.id] = (
            right(question) if correct.get(question.topic, True) else wrong(question)
        )
    if attitude is not None:
        for question in survey.attitude():
            answers[question.id] = attitude
    return {"level": level, "answers": answers}


def responses_scoring(
    survey: SurveyBank, shares: dict[str, float], count: int = 10, **kwargs: Any
) -> list[dict[str, Any]]:
    """`count` responses in which each topic in `shares` is right in that share of them."""
    made = []
    for index in range(count):
        correct = {topic: index < round(share * count) for topic, share in shares.items()}
        made.append(response(survey, correct, **kwargs))
    return made


def store(data: Path, group: str, responses: Iterable[dict[str, Any]]) -> None:
    with SurveyFile(data, group) as survey:
        survey.add(list(responses))


def stored(data: Path, group: str) -> list[dict[str, Any]]:
    raw = json.loads(survey_path(data, group).read_text(encoding="utf-8"))
    return list(raw["responses"].values())


def write_google_csv(
    path: Path,
    questions: Sequence[Any],
    rows: Sequence[Sequence[str]],
    language: str = "en",
    email: bool = True,
    extra: Sequence[str] = (),
    encoding: str = "utf-8",
) -> list[str]:
    """A Google Forms export: timestamp, optional e-mail, one column per question, `extra`."""
    stamp = "Tijdstempel" if language == "nl" else "Timestamp"
    mail = "E-mailadres" if language == "nl" else "Email Address"
    header = [stamp, *([mail] if email else []), *(q.text(language) for q in questions), *extra]
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for number, row in enumerate(rows):
            person = PEOPLE[number % len(PEOPLE)]
            writer.writerow([GOOGLE_TIME, *([person[1]] if email else []), *row])
    return header


def ms_table(
    questions: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    language: str = "en",
    extra: Sequence[str] = (),
) -> list[list[Any]]:
    """A Microsoft Forms export as a table: ID, times, e-mail, name, one column per question."""
    header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Last modified time",
        *(q.text(language) for q in questions),
        *extra,
    ]
    table: list[list[Any]] = [header]
    for number, row in enumerate(rows, start=1):
        name, mail = PEOPLE[number % len(PEOPLE)]
        done = MS_START + datetime.timedelta(minutes=number)
        table.append([number, MS_START, done, mail, name, None, *row])
    return table


def write_ms_xlsx(
    path: Path,
    questions: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    language: str = "en",
    extra: Sequence[str] = (),
) -> list[str]:
    """A Microsoft Forms export: ID, times, e-mail, name, then one column per question."""
    table = ms_table(questions, rows, language, extra)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for row in table:
        sheet.append(row)
    workbook.save(path)
    return table[0]


def write_ods(path: Path, table: Sequence[Sequence[Any]]) -> None:
    """The table as LibreOffice saves it (.ods): numbers, dates and text typed as such."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    sheet = Table(name="Sheet1")
    for row in table:
        line = TableRow()
        for value in row:
            if value is None:
                line.addElement(TableCell())
                continue
            if isinstance(value, datetime.datetime):
                field = TableCell(valuetype="date", datevalue=value.isoformat())
            elif isinstance(value, int | float) and not isinstance(value, bool):
                field = TableCell(valuetype="float", value=value)
            else:
                field = TableCell(valuetype="string")
            field.addElement(P(text=str(value)))
            line.addElement(field)
        sheet.addElement(line)
    document.spreadsheet.addElement(sheet)
    document.save(str(path))


def write_xls(path: Path, table: Sequence[Sequence[Any]]) -> None:
    """The table as Excel 97-2003 saves it (.xls), dates formatted as dates."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Sheet1")
    when = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    for number, row in enumerate(table):
        for column, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                sheet.write(number, column, value, when)
            elif value is not None:
                sheet.write(number, column, value)
    workbook.save(str(path))


def data_folder_text(data: Path) -> str:
    """Everything stored under the data folder, as one text to search."""
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in sorted(data.rglob("*")) if p.is_file()
    )
