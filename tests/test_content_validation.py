"""`workshop modules validate`: every problem in every file, as FILE:LINE:COL: sentence."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.content import ContentError, load_library

BROKEN = Path(__file__).parent / "broken_modules"
MODULE = """\
id: {id}
title: {{en: "Title", nl: "Titel"}}
summary: {{en: "Summary", nl: "Samenvatting"}}
minutes: 10
topics: [x]
audience: [all]
tips: [2]
checked: 2026-11-01
steps:
  - kind: talk
    points: {{en: "- {text}", nl: "- {text}"}}
"""


def validate(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["modules", "validate", *args])
    return code, capsys.readouterr().out.splitlines()


def test_shipped_modules_validate(capsys):
    code, lines = validate(capsys)
    assert code == 0
    assert lines[-1].startswith("All good:")


@pytest.mark.parametrize(
    ("file", "line", "column", "words"),
    [
        ("missing-language.yaml", 3, 3, "Dutch text is missing"),
        ("wrong-type.yaml", 4, 10, "“minutes” should be a whole number"),
        ("answer-out-of-range.yaml", 16, 16, "answer out of range"),
        ("unknown-topic.yaml", 5, 13, "topic “tiktok” is not in the survey bank"),
        ("syntax-error.yaml", 3, 1, "not valid YAML"),
        ("missing-field.yaml", 1, 1, "required field “steps” is missing"),
        ("unknown-kind.yaml", 10, 5, "unknown kind “lecture”"),
        ("x-duplicate-id.yaml", 1, 5, "already used in"),
    ],
)
def test_each_broken_file_is_reported_at_its_place(capsys, file, line, column, words):
    code, lines = validate(capsys, str(BROKEN))
    assert code == 1
    prefix = f"{BROKEN / file}:{line}:{column}: "
    assert any(entry.startswith(prefix) and words in entry for entry in lines), lines


def test_every_problem_is_reported_not_just_the_first(capsys):
    code, lines = validate(capsys, str(BROKEN))
    assert code == 1
    reported_files = {entry.split(":", 1)[0] for entry in lines}
    assert len(reported_files) == len(list(BROKEN.glob("*.yaml")))


def test_problems_are_in_dutch_when_asked(capsys):
    code = main(["modules", "validate", "--lang", "nl", str(BROKEN / "missing-field.yaml")])
    assert code == 1
    assert "verplicht veld “steps” ontbreekt" in capsys.readouterr().out


def test_a_key_written_twice_is_a_problem(tmp_path, capsys):
    path = tmp_path / "twice.yaml"
    path.write_text(MODULE.format(id="twice", text="a") + "minutes: 20\n", encoding="utf-8")
    code, lines = validate(capsys, str(path))
    assert code == 1
    assert lines[0].startswith(f"{path}:12:1: “minutes” is written twice")


def test_a_yes_that_yaml_reads_as_true_gets_advice_on_quotes(tmp_path, capsys):
    path = tmp_path / "yes.yaml"
    path.write_text(
        MODULE.format(id="yes", text="a").replace('en: "Title"', "en: yes"), encoding="utf-8"
    )
    code, lines = validate(capsys, str(path))
    assert code == 1
    assert "between quotes" in lines[0]


def test_a_trainers_folder_adds_and_replaces_modules_by_id(tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    (own / "x-basics.yaml").write_text(MODULE.format(id="x-basics", text="mine"), "utf-8")
    (own / "extra.yaml").write_text(MODULE.format(id="extra", text="extra"), "utf-8")
    library = load_library([own])
    assert library.modules["x-basics"].steps[0].points("en") == "- mine"
    assert "extra" in library.modules


def test_loading_broken_content_raises_with_every_problem(tmp_path):
    own = tmp_path / "own"
    shutil.copytree(BROKEN, own)
    with pytest.raises(ContentError) as raised:
        load_library([own])
    assert len(raised.value.problems) >= 8


def test_a_command_that_loads_broken_content_names_the_file_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "modules", "list", "--modules", str(BROKEN)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{BROKEN / 'wrong-type.yaml'}:4:10:" in result.stderr


def test_schema_is_json_schema_for_modules(capsys):
    assert main(["modules", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"id", "title", "steps", "topics"} <= set(schema["required"])


def test_show_and_list(capsys):
    assert main(["modules", "show", "x-basics", "--lang", "nl"]) == 0
    assert "Posten op X" in capsys.readouterr().out
    assert main(["modules", "list"]) == 0
    assert "x-basics" in capsys.readouterr().out
    assert main(["modules", "show", "nope"]) == 1
    assert "there is no module “nope”" in capsys.readouterr().err


def test_dutch_list_and_show_say_everyone_exercise_minutes_and_the_quiz_role(capsys):
    """A Dutch screen shows no English audience word, and show lists what a trainer plans by."""
    assert main(["modules", "list", "--lang", "nl"]) == 0
    listing = capsys.readouterr().out
    assert "iedereen" in listing and not re.search(r"\ball\b", listing)
    assert all(module_id in listing for module_id in load_library().modules)  # never cut
    assert main(["modules", "show", "x-basics", "--lang", "nl"]) == 0
    shown = capsys.readouterr().out
    assert "voor: iedereen" in shown and "all" not in shown.split()
    exercise = next(s for s in load_library().modules["x-basics"].steps if s.kind == "exercise")
    assert f"{exercise.minutes} minuten" in shown
    assert "Controlevraag, na de uitleg: telt mee voor de leerwinst" in shown
