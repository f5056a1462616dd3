"""`workshop survey import`: real Google Forms and Microsoft Forms files, through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.test_survey_support import (
    PEOPLE,
    bank,
    cell,
    data_folder_text,
    knowledge_by_topic,
    ms_table,
    right,
    stored,
    write_google_csv,
    write_ms_xlsx,
    write_ods,
    write_xls,
    wrong,
)
from workshop.cli import main
from workshop.content.model import NumberQuestion
from workshop.store import SurveyFile
from workshop.store.surveys import survey_path


@pytest.fixture(scope="module")
def survey():
    return bank()


def first_choice(survey):
    return next(q for q in survey.knowledge() if q.kind == "choice")


def no_survey_files(data: Path) -> bool:
    return not list((data / "surveys").glob("*.json")) if (data / "surveys").exists() else True


def report(capsys, group: str, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["survey", "report", "--group", group, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


# --- Google Forms (.csv) -------------------------------------------------------------------


def test_google_forms_csv_is_imported_without_anything_identifying(tmp_path, isolated, capsys):
    survey = bank()
    questions = [*survey.knowledge(), *survey.attitude()]
    rows = [
        [cell(q, right(q)) for q in survey.knowledge()] + ["4"] * len(survey.attitude()),
        [cell(q, wrong(q)) for q in survey.knowledge()] + ["2"] * len(survey.attitude()),
    ]
    path = tmp_path / "Ambassador survey (Responses) - Form responses 1.csv"
    write_google_csv(path, questions, rows)

    assert main(["survey", "import", str(path), "--group", "sales"]) == 0
    out = capsys.readouterr().out
    assert "2 responses" in out
    assert "sales: 2" in out
    assert "“Timestamp”" in out and "“Email Address”" in out

    responses = stored(isolated, "sales")
    assert len(responses) == 2
    assert responses[0] == {
        "level": None,
        "answers": {
            **{q.id: right(q) for q in survey.knowledge()},
            **{q.id: 4 for q in survey.attitude()},
        },
    }
    assert responses[1]["answers"] == {
        **{q.id: wrong(q) for q in survey.knowledge()},
        **{q.id: 2 for q in survey.attitude()},
    }
    text = data_folder_text(isolated)
    for name, mail in PEOPLE:
        assert name not in text and mail not in text
    assert "Timestamp" not in text and "10:15:03" not in text and "2026/11/20" not in text


def test_dutch_google_form_with_dont_know_and_blanks(tmp_path, isolated, capsys):
    survey = bank()
    questions = survey.knowledge()[:4]
    rows = [
        [cell(questions[0], right(questions[0]), "nl"), "Weet ik niet", "", " "],
        ["", "", "", ""],  # nobody answered anything: skipped
        [cell(q, right(q), "nl").upper() + "  " for q in questions],
    ]
    path = tmp_path / "enquete.csv"
    header = write_google_csv(path, questions, rows, language="nl")
    assert header[:2] == ["Tijdstempel", "E-mailadres"]

    assert main(["survey", "import", str(path), "--group", "hr"]) == 0
    out = capsys.readouterr().out
    assert "Skipped 1 row without" in out
    responses = stored(isolated, "hr")
    assert [r["answers"] for r in responses] == [
        {questions[0].id: right(questions[0]), questions[1].id: None},
        {q.id: right(q) for q in questions},
    ]


def test_true_false_words_in_either_language(tmp_path, isolated):
    survey = bank()
    question = next(q for q in survey.knowledge() if q.kind == "true_false")
    words = ["True", "waar", "YES", "ja", "False", "Niet waar", "no", "nee"]
    path = tmp_path / "tf.csv"
    write_google_csv(path, [question], [[word] for word in words], email=False)
    assert main(["survey", "import", str(path), "--group", "it"]) == 0
    assert [r["answers"][question.id] for r in stored(isolated, "it")] == [1] * 4 + [2] * 4


def test_columns_by_question_id_and_a_number_with_a_decimal_comma(tmp_path, isolated):
    survey = bank()
    number = next(q for q in survey.knowledge() if isinstance(q, NumberQuestion))
    value = int(number.answer)
    path = tmp_path / "by-id.csv"
    path.write_text(
        f"{number.id};Opmerking\n{value},0;hoi\n {value} ;\n",
        encoding="utf-8",
    )
    assert main(["survey", "import", str(path), "--group", "it"]) == 0
    assert [r["answers"] for r in stored(isolated, "it")] == [{number.id: value}] * 2


def test_windows_text_is_read_when_it_is_not_utf8(tmp_path, isolated, capsys):
    survey = bank()
    question = first_choice(survey)
    path = tmp_path / "excel.csv"
    write_google_csv(
        path,
        [question],
        [[cell(question, right(question)), "ideeën"]],
        extra=["Ideeën?"],
        encoding="cp1252",
    )
    assert main(["survey", "import", str(path), "--group", "it"]) == 0
    assert "“Ideeën?”" in capsys.readouterr().out
    assert stored(isolated, "it")[0]["answers"] == {question.id: right(question)}
    assert "ideeën" not in data_folder_text(isolated)


def test_a_level_column_is_kept_as_the_level_only(tmp_path, isolated):
    survey = bank()
    question = first_choice(survey)
    path = tmp_path / "levels.csv"
    levels = ["Medewerker", "manager", " directie ", "", "Staff"]
    write_google_csv(
        path,
        [question],
        [[cell(question, right(question)), level] for level in levels],
        extra=["Niveau"],
    )
    assert main(["survey", "import", str(path), "--group", "sales"]) == 0
    assert [r["level"] for r in stored(isolated, "sales")] == [
        "staff",
        "manager",
        "executive",
        None,
        "staff",
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_kiosks_level_question_from_a_forms_export_is_the_level(tmp_path, isolated, language):
    """A Microsoft Forms survey built from `workshop survey questions` has the level question
    as its column, and the kiosk's option labels (with "Rather not say") as its cells."""
    from workshop.survey.levels import level_options, level_question

    survey = bank()
    question = first_choice(survey)
    path = tmp_path / "forms.xlsx"
    options = level_options(language)  # staff, manager, executive, rather not say
    write_ms_xlsx(
        path,
        [question],
        [[cell(question, right(question), language), option] for option in [*options, None]],
        language=language,
        extra=[level_question(language)],
    )
    assert main(["survey", "import", str(path), "--group", "sales", "--lang", language]) == 0
    assert [r["level"] for r in stored(isolated, "sales")] == [
        "staff",
        "manager",
        "executive",
        None,
        None,
    ]


# --- Microsoft Forms (.xlsx) ----------------------------------------------------------------


def test_microsoft_forms_xlsx_is_imported_without_anything_identifying(tmp_path, isolated, capsys):
    survey = bank()
    questions = [*survey.knowledge(), *survey.attitude()]
    rows = []
    for index in range(6):
        answers = [
            # Excel keeps a typed number a number: a number question arrives as 23, not "23".
            right(q) if isinstance(q, NumberQuestion) else cell(q, right(q) if index % 2 else None)
            for q in survey.knowledge()
        ]
        rows.append(answers + [index % 5 + 1] * len(survey.attitude()))
    path = tmp_path / "Ambassador survey(1-6).xlsx"
    write_ms_xlsx(path, questions, rows)

    assert main(["survey", "import", str(path), "--group", "management"]) == 0
    out = capsys.readouterr().out
    for column in ("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"):
        assert f"“{column}”" in out
    responses = stored(isolated, "management")
    assert len(responses) == 6
    numbers = [q for q in survey.knowledge() if isinstance(q, NumberQuestion)]
    for index, response in enumerate(responses):
        for question in survey.knowledge():
            expected = right(question) if index % 2 or question in numbers else None
            assert response["answers"][question.id] == expected
        assert {response["answers"][q.id] for q in survey.attitude()} == {index % 5 + 1}
    text = data_folder_text(isolated)
    for name, mail in PEOPLE:
        assert name not in text and mail not in text
    assert "2026-11-20" not in text

    result = report(capsys, "management")
    assert result["respondents"] == 6 and result["suppressed"] is False


@pytest.mark.parametrize(("suffix", "write"), [(".ods", write_ods), (".xls", write_xls)])
def test_an_ods_or_xls_sheet_is_imported_as_the_xlsx_is(tmp_path, isolated, capsys, suffix, write):
    """LibreOffice's .ods and old Excel's .xls: the same export, the same responses."""
    survey = bank()
    questions = [*survey.knowledge(), *survey.attitude()]
    rows = []
    for index in range(4):
        answers = [
            right(q) if isinstance(q, NumberQuestion) else cell(q, right(q) if index else wrong(q))
            for q in survey.knowledge()
        ]
        rows.append(answers + [index % 5 + 1] * len(survey.attitude()))
    xlsx = tmp_path / "export.xlsx"
    write_ms_xlsx(xlsx, questions, rows)
    other = tmp_path / f"export{suffix}"
    write(other, ms_table(questions, rows))

    assert main(["survey", "import", str(xlsx), "--group", "as-xlsx"]) == 0
    capsys.readouterr()
    assert main(["survey", "import", str(other), "--group", "other", "--new-group"]) == 0
    out = capsys.readouterr().out
    assert "Imported 4 responses" in out
    for column in ("ID", "Start time", "Completion time", "Email", "Name"):
        assert f"“{column}”" in out
    assert stored(isolated, "other") == stored(isolated, "as-xlsx")
    text = data_folder_text(isolated)
    assert not any(name in text or mail in text for name, mail in PEOPLE)


def test_dutch_microsoft_form_splits_groups_by_a_column(tmp_path, isolated, capsys):
    survey = bank()
    question = first_choice(survey)
    rows = [
        [cell(question, right(question), "nl"), group]
        for group in ["Sales", "IT", "sales", "  it ", "HR", ""]
    ]
    path = tmp_path / "afdelingen.xlsx"
    write_ms_xlsx(path, [question], rows, language="nl", extra=["Afdeling"])

    code = main(
        [
            "survey",
            "import",
            str(path),
            "--group-column",
            "afdeling",
            "--group",
            "overig",
            "--lang",
            "nl",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "sales: 2" in out and "it: 2" in out and "hr: 1" in out and "overig: 1" in out
    assert len(stored(isolated, "sales")) == 2
    assert len(stored(isolated, "it")) == 2
    assert len(stored(isolated, "hr")) == 1
    assert len(stored(isolated, "overig")) == 1


# --- bad input: one line per problem, non-zero exit, nothing stored --------------------------


def test_every_bad_row_is_listed_and_nothing_is_stored(tmp_path, isolated, capsys):
    survey = bank()
    questions = survey.knowledge()[:2]
    scale = survey.attitude()[0]
    path = tmp_path / "bad.csv"
    header = write_google_csv(
        path,
        [*questions, scale],
        [
            [cell(questions[0], right(questions[0])), cell(questions[1], right(questions[1])), "3"],
            ["Maybe", cell(questions[1], right(questions[1])), "3"],
            [cell(questions[0], right(questions[0])), "", "7"],
            ["", "nonsense", "Don't know"],
        ],
    )
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    err = capsys.readouterr().err
    assert f'{path}:row 3: column "{header[2]}": “Maybe” is not one of the options' in err
    assert f'{path}:row 4: column "{header[4]}": “7” is not a point on the scale' in err
    assert f'{path}:row 5: column "{header[3]}": “nonsense”' in err
    assert f'{path}:row 5: column "{header[4]}": this question has no “don\'t know”' in err
    assert f"4 problems in {path}; nothing was imported" in err
    assert "Traceback" not in err
    assert no_survey_files(isolated)


def test_a_bad_row_leaves_an_existing_survey_untouched(tmp_path, isolated, capsys):
    survey = bank()
    question = first_choice(survey)
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    write_google_csv(good, [question], [[cell(question, right(question))]])
    write_google_csv(bad, [question], [[cell(question, right(question))], ["??"]])
    assert main(["survey", "import", str(good), "--group", "sales"]) == 0
    before = survey_path(isolated, "sales").read_bytes()
    assert main(["survey", "import", str(bad), "--group", "sales"]) == 1
    assert f"{bad}:row 3:" in capsys.readouterr().err
    assert survey_path(isolated, "sales").read_bytes() == before


def number_question():
    return next(q for q in bank().knowledge() if isinstance(q, NumberQuestion))


def test_numbers_out_of_range_or_words_are_warned_and_the_rest_imported(tmp_path, isolated, capsys):
    """A respondent's 12345 counts as a wrong answer, "ongeveer 300" as "don't know"."""
    number = number_question()
    other = first_choice(bank())
    path = tmp_path / "numbers.xlsx"
    rows = [
        [int(number.maximum) + 11345, cell(other, right(other))],
        ["ongeveer 300", cell(other, right(other))],
        [int(number.answer), cell(other, wrong(other))],
    ]
    header = write_ms_xlsx(path, [number, other], rows)
    assert main(["survey", "import", str(path), "--group", "sales"]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 responses" in out and "2 answers were read with a warning:" in out
    column = header[6]
    high = int(number.maximum)
    assert (
        f'{path}:row 2: column "{column}": {high + 11345} is outside the range '
        f"{int(number.minimum)} to {high}; counted as a wrong answer"
    ) in out
    words = f'{path}:row 3: column "{column}": “ongeveer 300” is not a number; counted as “don'
    assert words in out
    first, second, third = (r["answers"] for r in stored(isolated, "sales"))
    assert first[number.id] not in (None, number.answer) and first[other.id] == right(other)
    assert second[number.id] is None and second[other.id] == right(other)
    assert third[number.id] == number.answer


@pytest.mark.parametrize(
    ("language", "typed", "meant"),
    [
        ("nl", "1.000", 1000),
        ("en", "1,000", 1000),
        ("nl", "2.200", 2200),
        ("en", "2,200", 2200),
        ("nl", "2,5", 2.5),
        ("en", "2.5", 2.5),
        ("en", "2.200", 2.2),
    ],
)
def test_numbers_are_read_as_the_import_language_writes_them(
    tmp_path, isolated, capsys, language, typed, meant
):
    """`--lang` says how the respondents typed numbers: "2.200" is 2200 in Dutch; the only
    number question in the bank goes up to 1000, so 2200 shows as out of range."""
    number = number_question()
    assert number.maximum == 1000
    path = tmp_path / "numbers.csv"
    write_google_csv(path, [number], [[typed]], language=language)
    args = ["survey", "import", str(path), "--group", "sales", "--lang", language]
    assert main(args) == 0, capsys.readouterr()
    (response,) = stored(isolated, "sales")
    out = capsys.readouterr().out
    if meant <= number.maximum:
        assert response["answers"][number.id] == meant and typed not in out
    else:
        assert f": {typed} " in out and ("outside the range" in out or "buiten" in out)


def test_a_cut_off_row_is_imported_with_a_warning(tmp_path, isolated, capsys):
    survey = bank()
    questions = list(survey.knowledge()[:4])
    path = tmp_path / "cut.csv"
    full = [cell(q, right(q)) for q in questions]
    write_google_csv(path, questions, [full, full])
    text = path.read_text(encoding="utf-8").rstrip("\r\n")
    last = text.rsplit("\n", 1)[1]
    kept = last[: last.index(full[1]) + len(full[1])]  # the row ends after its second answer
    path.write_text(text.rsplit("\n", 1)[0] + "\n" + kept + "\n", encoding="utf-8")
    assert main(["survey", "import", str(path), "--group", "sales"]) == 0
    out = capsys.readouterr().out
    assert f"{path}:row 3: only 4 of the 6 columns are there (the file may be cut off)" in out
    assert f"{path}:row 2:" not in out
    first, second = (r["answers"] for r in stored(isolated, "sales"))
    assert len(first) == 4 and len(second) == 2


def test_a_password_protected_xlsx_says_so(tmp_path, isolated, capsys):
    """Excel encrypts a workbook with a password into an OLE file, still named .xlsx."""
    path = tmp_path / "Survey(1-40).xlsx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + os.urandom(4096))
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert str(path) in line and "protected with a password" in line
    assert "save it without a password" in line and "download" not in line
    assert no_survey_files(isolated)


def test_an_unknown_level_is_a_problem(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "level.csv"
    write_google_csv(
        path, [question], [[cell(question, right(question)), "intern"]], extra=["Level"]
    )
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    assert f'{path}:row 2: column "Level": “intern” is not a level' in capsys.readouterr().err
    assert no_survey_files(isolated)


def test_odd_group_values_in_the_group_column_are_problems(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "groups.csv"
    rows = [[cell(question, right(question)), g] for g in ["sales", "Human Resources", ""]]
    write_google_csv(path, [question], rows, extra=["Department"])
    assert main(["survey", "import", str(path), "--group-column", "Department"]) == 1
    err = capsys.readouterr().err
    assert f'{path}:row 3: column "Department": group name “Human Resources”' in err
    assert f'{path}:row 4: column "Department": no group given' in err
    assert no_survey_files(isolated)


def test_a_missing_group_column_is_an_error(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "groups.csv"
    write_google_csv(path, [question], [[cell(question, right(question))]])
    assert main(["survey", "import", str(path), "--group-column", "Afdeling"]) == 1
    assert "there is no column “Afdeling”" in capsys.readouterr().err
    assert no_survey_files(isolated)


def test_an_odd_group_name_is_refused(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "ok.csv"
    write_google_csv(path, [question], [[cell(question, right(question))]])
    assert main(["survey", "import", str(path), "--group", "../sales"]) == 2
    assert "group name “../sales”" in capsys.readouterr().err
    assert main(["survey", "import", str(path)]) == 2
    assert "--group GROUP" in capsys.readouterr().err
    assert no_survey_files(isolated)


def test_the_same_question_twice_is_a_problem(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "twice.csv"
    value = cell(question, right(question))
    path.write_text(
        f'"{question.text("en")}","{question.text("nl")}"\n"{value}","{value}"\n',
        encoding="utf-8",
    )
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    err = capsys.readouterr().err
    assert f'{path}:row 1: column "{question.text("nl")}": this column answers the same' in err
    assert no_survey_files(isolated)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("blank.csv", b"\r\n\r\n", "the file is empty"),
        ("only-header.csv", b"Timestamp,Email Address\r\n", "no column matches a survey question"),
        ("bad.txt", b"a,b\n", "not a survey export"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "the spreadsheet cannot be read"),
        ("fake.xlsx", b"ID,Name\n1,Jan\n", "not an Excel workbook"),
        ("fake.ods", b"ID,Name\n1,Jan\n", "not a spreadsheet (.ods)"),
        ("fake.xls", b"ID,Name\n1,Jan\n", "the spreadsheet cannot be read"),
        ("binary.csv", b"\x81\x8d\x8f\x90\x9d,\x81\n", "text encoding"),
    ],
)
def test_files_that_cannot_be_imported(tmp_path, isolated, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and message in err
    assert len(err.strip().splitlines()) == 1
    assert no_survey_files(isolated)


def test_a_file_with_headers_but_no_answers(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "no-answers.csv"
    write_google_csv(path, [question], [[""], [" "]])
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    assert f"{path}: the file holds no answers" in capsys.readouterr().err
    assert no_survey_files(isolated)


def test_a_missing_file_and_an_empty_workbook(tmp_path, isolated, capsys):
    assert main(["survey", "import", str(tmp_path / "nope.csv"), "--group", "sales"]) == 1
    assert "there is no such file" in capsys.readouterr().err
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    assert f"{path}: the file is empty" in capsys.readouterr().err
    assert no_survey_files(isolated)


def test_a_busy_group_stops_the_whole_split_import(tmp_path, isolated, capsys):
    question = first_choice(bank())
    path = tmp_path / "split.csv"
    rows = [[cell(question, right(question)), g] for g in ["alpha", "beta"]]
    write_google_csv(path, [question], rows, extra=["Group"])
    with SurveyFile(isolated, "beta"):  # a kiosk is collecting beta's survey right now
        before = survey_path(isolated, "beta").read_bytes()
        assert main(["survey", "import", str(path), "--group-column", "group"]) == 1
        assert "in use by another workshop window" in capsys.readouterr().err
        assert survey_path(isolated, "beta").read_bytes() == before
    assert not survey_path(isolated, "alpha").exists()


def test_import_runs_as_a_program(tmp_path, isolated):
    survey = bank()
    topic, questions = next(iter(knowledge_by_topic(survey).items()))
    path = tmp_path / "responses.csv"
    write_google_csv(path, questions, [[cell(q, right(q)) for q in questions]] * 3)
    env = {**os.environ, "WORKSHOP_DATA": str(isolated), "WORKSHOP_LANG": "nl"}
    done = subprocess.run(
        [sys.executable, "-m", "workshop", "survey", "import", str(path), "--group", "sales"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "3 antwoorden geïmporteerd" in done.stdout
    assert "“Email Address”" in done.stdout
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
    assert len(stored(isolated, "sales")) == 3
    assert topic in {q.topic for q in questions}


def test_a_large_file_on_a_terminal_gets_a_progress_bar(tmp_path, isolated, capsys, monkeypatch):
    question = first_choice(bank())
    path = tmp_path / "large.csv"
    write_google_csv(path, [question], [[cell(question, right(question))]] * 600)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["survey", "import", str(path), "--group", "sales"]) == 0
    assert "600 responses" in capsys.readouterr().out
    assert len(stored(isolated, "sales")) == 600


@pytest.mark.parametrize(
    ("value", "number_format"),
    [(-1e20, "hh:mm:ss"), (-1e20, "yyyy-mm-dd"), (1e20, "[h]:mm:ss")],
)
def test_a_time_cell_out_of_range_names_its_row(tmp_path, isolated, capsys, value, number_format):
    """calamine panics in Rust (pyo3's PanicException, not an Exception) or overflows on a
    date or time far out of range, as a damaged or tampered export can hold."""
    from openpyxl import load_workbook

    question = first_choice(bank())
    path = tmp_path / "Survey(1-3).xlsx"
    write_ms_xlsx(path, [question], [[cell(question, right(question))]] * 3)
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet["B3"] = value  # the second response's start time
    sheet["B3"].number_format = number_format
    workbook.save(path)
    assert main(["survey", "import", str(path), "--group", "sales"]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"{path}:row 3: a cell cannot be read (" in line and "save" in line
    assert no_survey_files(isolated)
