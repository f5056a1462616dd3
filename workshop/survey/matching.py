"""Match an export to the survey: which column is which question, and what each cell means.

Forms tools write the question text as the column header and the chosen option's label as the
cell, in whatever language the form was built. So headers match a question's text in either
language (or its id), and cells match option labels in either language, ignoring case, spacing,
curly quotes and trailing punctuation.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from workshop import i18n
from workshop.content.answers import is_correct, is_valid, offers_dont_know, option_labels
from workshop.content.model import (
    LANGUAGES,
    NumberQuestion,
    ScaleQuestion,
    SurveyBank,
    TrueFalseQuestion,
)
from workshop.content.model import SurveyQuestion as Question
from workshop.i18n import current_language, t
from workshop.survey.importers import Cell
from workshop.survey.levels import level_question

BLANK = object()
"""What `AnswerReader` returns for an empty cell: the question is left out of the response."""

LEVEL_HEADERS = {
    "level",
    "niveau",
    "functieniveau",
    "job level",
    "your level",
    "je niveau",
    "jouw niveau",
    "what is your level",
    "wat is je niveau",
    "wat is jouw niveau",
}
LEVEL_QUESTIONS = {level_question(language) for language in LANGUAGES}
"""The kiosk's level question, as `workshop survey questions` lists it for Forms."""
# Words in a header that point at a person or a moment (which can point at a person too).
# Only columns that match no question are tested, so a question about "time" is still a question.
IDENTIFYING = re.compile(
    r"\bid\b|name|naam|mail|time|tijd|\bdate\b|datum|\bip\b|phone|telefoon|respondent|user|"
    r"gebruiker|device|apparaat|address|\badres|personeelsnummer|employee|voltooi|completion|"
    r"modified|gewijzigd|wijziging|submitted|ingediend|ingevuld door"
)
DONT_KNOW = {"don't know", "dont know", "do not know", "i don't know", "weet ik niet", "weet niet"}
TRUE_WORDS = {"true", "waar", "yes", "ja", "juist"}
FALSE_WORDS = {"false", "niet waar", "onwaar", "no", "nee", "onjuist"}


def normalise(text: object) -> str:
    """Compare texts the way a person would: case, spacing, quotes, trailing punctuation."""
    return _normalise(str(text))


@functools.lru_cache(maxsize=4096)  # an export repeats the same few labels thousands of times
def _normalise(text: str) -> str:
    value = unicodedata.normalize("NFKC", text)
    for curly, straight in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        value = value.replace(curly, straight)
    return " ".join(value.split()).casefold().rstrip(" ?.!:;,").strip()


@dataclass
class Columns:
    """What each column of an export is; `problems` holds (column index, sentence)."""

    questions: dict[int, Question] = field(default_factory=dict)
    level: int | None = None
    group: int | None = None
    dropped: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def level_keys() -> set[str]:
    """Headers that name the level column: "Level", "Niveau" …, or the kiosk's level question."""
    return LEVEL_HEADERS | {normalise(text) for text in LEVEL_QUESTIONS}


def question_keys(bank: SurveyBank) -> dict[str, Question]:
    keys: dict[str, Question] = {}
    for question in bank.questions:
        for key in (question.id, *(question.text(language) for language in LANGUAGES)):
            keys.setdefault(normalise(key), question)
    return keys


def match_columns(header: list[str], bank: SurveyBank, group_column: str | None) -> Columns:
    """Sort every column into question, level, group, identifying (dropped) or ignored."""
    keys = question_keys(bank)
    levels = level_keys()
    columns = Columns()
    claimed: dict[str, int] = {}
    for index, name in enumerate(header):
        key = normalise(name)
        if group_column is not None and columns.group is None and key == normalise(group_column):
            columns.group = index
        elif key in keys:
            question = keys[key]
            if question.id in claimed:
                other = header[claimed[question.id]]
                columns.problems.append((index, t("survey.same_question_twice", other=other)))
            else:
                claimed[question.id] = index
                columns.questions[index] = question
        elif key in levels and columns.level is None:
            columns.level = index
        elif key and IDENTIFYING.search(key):
            columns.dropped.append(name)
        elif key:
            columns.ignored.append(name)
    return columns


class AnswerProblem(ValueError):
    """A cell that is not a possible answer; the message is the sentence to show."""


@dataclass(frozen=True)
class Adjusted:
    """A cell read as something other than what it says (`value`, BLANK to leave it out);
    `message` says what and is shown as a warning while the rest is imported."""

    value: object
    message: str


def cell_text(cell: Cell) -> str:
    """A cell as the trainer sees it in the spreadsheet (280.0 from Excel shows as 280)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime.datetime | datetime.date):
        return cell.isoformat()
    return str(cell).strip()


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


class AnswerReader:
    """Reads the cells of one question's column into stored values (workshop.content.answers).

    The labels of every language are normalised once here, not again for every cell, and each
    distinct cell is read once: an export repeats the same few answers thousands of times.
    """

    def __init__(self, question: Question) -> None:
        self.question = question
        self.known: dict[tuple[type, Cell], object] = {}
        self.labels: dict[str, int] = {}
        for language in LANGUAGES:
            labels = option_labels(question, language)
            for number, label in enumerate(labels, start=1):
                self.labels.setdefault(normalise(label), number)
            if isinstance(question, ScaleQuestion):
                for number, end in ((1, question.low), (len(labels), question.high)):
                    if end is not None:
                        self.labels.setdefault(normalise(end(language)), number)
        if isinstance(question, TrueFalseQuestion):
            self.labels.update(dict.fromkeys(TRUE_WORDS, 1) | dict.fromkeys(FALSE_WORDS, 2))

    def __call__(self, cell: Cell) -> object:
        """The stored value for `cell`, BLANK for an empty cell; AnswerProblem when impossible."""
        key = (type(cell), cell)  # the type too: True == 1, but they are different answers
        try:
            return self.known[key]
        except KeyError:
            value = self.known[key] = self.read(cell)
            return value
        except TypeError:  # an unhashable cell
            return self.read(cell)

    def read(self, cell: Cell) -> object:
        question = self.question
        if is_blank(cell):
            return BLANK
        if isinstance(cell, bool) and isinstance(question, TrueFalseQuestion):
            return 1 if cell else 2
        text = normalise(cell_text(cell))
        if text in DONT_KNOW:
            if not offers_dont_know(question):
                raise AnswerProblem(t("survey.no_dont_know"))
            return None
        if isinstance(question, NumberQuestion):
            return _number(question, cell, text)
        if isinstance(question, ScaleQuestion):
            value = parse_number(cell)
            if value is not None and is_valid(question, value):
                return int(value)
            if text in self.labels:
                return self.labels[text]
            raise AnswerProblem(t("survey.not_on_scale", value=cell_text(cell)))
        if text in self.labels:
            return self.labels[text]
        options = ", ".join(option_labels(question, current_language()))
        raise AnswerProblem(t("survey.unknown_option", value=cell_text(cell), options=options))


def parse_number(cell: Cell) -> float | None:
    """280, "280", "280,5" or "280.5" → a number; None when it is not one."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = "".join(str(cell).split())
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value


def _whole(value: float) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def _number(question: NumberQuestion, cell: Cell, text: str) -> int | float | Adjusted:
    """A number as typed in the import's language (`--lang`): "2.200" is 2200 in Dutch, "2,200"
    in English. What a respondent typed that is no number in range is read, with a warning,
    as the answer it amounts to: words ("ongeveer 300") as "don't know", a number out of range
    (12345) as a wrong answer, so one careless respondent does not stop a whole import."""
    value: float | None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        try:
            value = float(cell)
        except OverflowError:  # a whole number of 309 digits or more
            value = math.copysign(math.inf, cell)
    else:
        try:
            value = i18n.parse_number(text, current_language())
        except ValueError:
            value = None
    if value is not None and math.isnan(value):
        value = None
    shown = cell_text(cell)
    if value is None:
        if offers_dont_know(question):
            return Adjusted(None, t("survey.words_as_dont_know", value=shown))
        return Adjusted(BLANK, t("survey.words_left_out", value=shown))
    if is_valid(question, value):
        return _whole(value)
    low, high = _whole(question.minimum), _whole(question.maximum)
    if not question.scored:
        return Adjusted(BLANK, t("survey.out_of_range_left_out", value=shown, low=low, high=high))
    bound = low if value < question.minimum else high
    if is_correct(question, bound):  # a wrong answer that the nearest bound would make right
        return Adjusted(None, t("survey.out_of_range_as_wrong", value=shown, low=low, high=high))
    return Adjusted(bound, t("survey.out_of_range_as_wrong", value=shown, low=low, high=high))
