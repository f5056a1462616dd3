"""Import a Forms export into one or more groups' surveys: every row checked, then all saved.

Nothing identifying is kept: each response holds only the level (if given) and the answers.
Any problem in any row stops the import before anything is written, and every problem is
reported at once, so the trainer fixes the file in one go. What one respondent typed carelessly
in a number field (words, a number out of range) and a row cut short do not stop it: they are
imported as what they amount to and listed as warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workshop.content.model import SurveyBank
from workshop.errors import UserError
from workshop.i18n import t
from workshop.store import group_name
from workshop.store.surveys import Response
from workshop.survey.importers import Cell, read_sheet
from workshop.survey.levels import NOT_SAID, parse_level
from workshop.survey.matching import (
    BLANK,
    Adjusted,
    AnswerProblem,
    AnswerReader,
    Columns,
    cell_text,
    is_blank,
    match_columns,
)
from workshop.survey.responses import save_responses

Progress = Callable[[int, int | None], None]
"""Called with (rows read, total rows or None) while a file is read."""


class SurveyImportError(UserError):
    """The file cannot be imported; `problems` lists every one, `str()` sums them up."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(t("survey.import_failed", count=len(problems), path=path))
        self.problems = problems


@dataclass
class ImportResult:
    path: Path
    by_group: dict[str, list[Response]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Lines naming file, row (and column): cells read as something else, cut-off rows."""
    skipped: int = 0

    @property
    def count(self) -> int:
        return sum(len(responses) for responses in self.by_group.values())


def import_survey(
    path: Path,
    bank: SurveyBank,
    data: Path,
    group: str | None,
    group_column: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read and check the whole file, then store every group's responses, all or nothing."""
    result = read_survey(path, bank, group, group_column, progress)
    save_responses(data, result.by_group)
    return result


def read_survey(
    path: Path,
    bank: SurveyBank,
    group: str | None,
    group_column: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """The responses in `path` by group; SurveyImportError (or UserError) when unusable."""
    if group is None and group_column is None:
        raise UserError(t("survey.need_group"), exit_code=2)
    fallback = group_name(group) if group is not None else None
    sheet = read_sheet(path)
    columns = match_columns(sheet.header, bank, group_column)
    listed = ", ".join(f"“{name}”" for name in sheet.header if name) or "—"
    if group_column is not None and columns.group is None:
        raise UserError(t("survey.no_group_column", path=path, column=group_column, columns=listed))
    if not columns.questions:
        raise UserError(t("survey.no_question_columns", path=path, columns=listed))
    result = ImportResult(path, dropped=columns.dropped, ignored=columns.ignored)
    problems = [
        _problem(path, 1, sheet.header[index], message) for index, message in columns.problems
    ]
    readers = {index: AnswerReader(question) for index, question in columns.questions.items()}
    for number, cells in sheet.rows:
        if progress is not None:
            progress(number, sheet.total)
        response, row_problems, row_warnings = _response(cells, columns, readers)
        problems.extend(_problem(path, number, sheet.header[i], m) for i, m in row_problems)
        result.warnings.extend(_problem(path, number, sheet.header[i], m) for i, m in row_warnings)
        if len(cells) < len(sheet.header) and not all(is_blank(c) for c in cells):
            result.warnings.append(
                t(
                    "survey.short_row",
                    path=path,
                    row=number,
                    cells=len(cells),
                    columns=len(sheet.header),
                )
            )
        if response is None:
            if not row_problems:
                result.skipped += 1
            continue
        target, group_problem = _group(cells, columns, fallback)
        if group_problem is not None:
            problems.append(_problem(path, number, sheet.header[columns.group], group_problem))
        if target is not None and not row_problems:
            result.by_group.setdefault(target, []).append(response)
    if problems:
        raise SurveyImportError(path, problems)
    if not result.by_group:
        raise UserError(t("survey.no_responses", path=path))
    return result


def _problem(path: Path, row: int, column: str, message: str) -> str:
    return t("survey.problem", path=path, row=row, column=column, message=message)


def _cell(cells: list[Cell], index: int | None) -> Cell:
    return cells[index] if index is not None and index < len(cells) else None


def _response(
    cells: list[Cell], columns: Columns, readers: dict[int, AnswerReader]
) -> tuple[Response | None, list[tuple[int, str]], list[tuple[int, str]]]:
    """The row as a response (None when no question is answered), its problems and warnings."""
    answers: dict[str, object] = {}
    problems: list[tuple[int, str]] = []
    warnings: list[tuple[int, str]] = []
    for index, read in readers.items():
        try:
            value = read(_cell(cells, index))
        except AnswerProblem as problem:
            problems.append((index, str(problem)))
            continue
        if isinstance(value, Adjusted):
            warnings.append((index, value.message))
            value = value.value
        if value is not BLANK:
            answers[read.question.id] = value
    level = None
    raw_level = _cell(cells, columns.level)
    if columns.level is not None and not is_blank(raw_level):
        level = parse_level(cell_text(raw_level))
        if level is None and (answers or problems):
            problems.append((columns.level, t("survey.unknown_level", value=cell_text(raw_level))))
        elif level == NOT_SAID:
            level = None
    if not answers:
        return None, problems, warnings
    return {"level": level, "answers": answers}, problems, warnings


def _group(
    cells: list[Cell], columns: Columns, fallback: str | None
) -> tuple[str | None, str | None]:
    """The row's group and, if it has none that works, the sentence why."""
    if columns.group is None:
        return fallback, None
    raw = _cell(cells, columns.group)
    if is_blank(raw):
        return (fallback, None) if fallback else (None, t("survey.no_group_value"))
    try:
        return group_name(cell_text(raw)), None
    except UserError as error:
        return None, str(error)
