"""A typo in a group name (`salse` for `sales`) is caught before it plans, starts or collects."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from workshop.cli import main
from workshop.store.groups import known_groups

CONTENT = str(Path(__file__).parent / "content")
ROW = {"survey-x-post-length": 2, "survey-x-mention": 1}


@pytest.fixture
def three_groups(library, isolated):
    """sales and it with a survey, hr with only a session."""
    survey(isolated, "sales", [ROW] * 5)
    survey(isolated, "it", [ROW] * 5)
    run_session(library, isolated, "hr", {"test-length": [2] * 5})
    return isolated


def workshop(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--modules", CONTENT])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def files(data: Path) -> set[Path]:
    return {path for path in data.rglob("*") if path.is_file()}


def test_known_groups_come_from_survey_and_session_files(three_groups):
    (three_groups / "notes.json").write_text("{}", "utf-8")  # not a session's name
    assert known_groups(three_groups) == ["hr", "it", "sales"]


@pytest.mark.parametrize(
    "command",
    [
        ("plan", "--group", "salse"),
        ("plan", "--group", "salse", "--json"),
        ("followup", "--group", "salse"),
        ("start", "--group", "salse"),
        ("survey", "run", "--group", "salse"),
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_typo_names_the_known_groups_and_writes_nothing(three_groups, capsys, command):
    before = files(three_groups)
    code, out, err = workshop(capsys, *command)
    assert code == 2 and out == ""
    assert err == (
        "Error: no group “salse” yet; known: hr, it, sales (did you mean sales?); check the "
        "name, or add --new-group to begin a new group\n"
    )
    assert files(three_groups) == before


def test_in_the_trainers_language_and_without_a_close_one(three_groups, capsys):
    code, _, err = workshop(capsys, "plan", "--group", "sals", "--lang", "nl")
    assert code == 2
    assert err == (
        "Fout: nog geen groep “sals”; bekend: hr, it, sales (bedoelde je sales?); controleer "
        "de naam, of voeg --new-group toe om een nieuwe groep te beginnen\n"
    )
    code, _, err = workshop(capsys, "plan", "--group", "marketing")
    assert code == 2 and "known: hr, it, sales; check the name" in err
    assert "did you mean" not in err


def test_a_known_group_and_a_new_group_go_on(three_groups, capsys):
    assert workshop(capsys, "plan", "--group", "sales", "--json")[0] == 0
    assert workshop(capsys, "plan", "--group", "HR", "--json")[0] == 0  # names are lower case
    code, out, _ = workshop(capsys, "plan", "--group", "marketing", "--new-group", "--json")
    assert code == 0 and '"group": "marketing"' in out
    code, out, _ = workshop(capsys, "followup", "--group", "marketing", "--new-group")
    assert code == 0 and out.startswith("Follow-up kit for marketing written to")


def test_a_first_group_in_an_empty_data_folder_needs_no_flag(isolated, capsys):
    """What a new trainer types first, following the README, just works."""
    code, out, err = workshop(capsys, "plan", "--group", "sales", "--json")
    assert (code, err) == (0, "") and '"source": "default"' in out
    assert workshop(capsys, "followup", "--group", "sales")[0] == 0


def test_a_survey_import_for_a_typo_is_refused_but_a_group_column_is_not(
    three_groups, capsys, tmp_path
):
    export = tmp_path / "forms.csv"
    export.write_text("Department\nsales\n", "utf-8")
    code, _, err = workshop(capsys, "survey", "import", str(export), "--group", "salse")
    assert code == 2 and "(did you mean sales?)" in err
    assert not (three_groups / "surveys" / "salse.json").exists()
    code, _, err = workshop(capsys, "survey", "import", str(export), "--group-column", "Department")
    assert "no group" not in err  # groups from a column come from the file itself
