"""The README's commands, as a new trainer follows them: installed from this checkout into a
fresh virtual environment, then run in order in an empty folder.

The commands are read from the README's fenced code blocks, so the test breaks when the
README drifts from what the program does. `[optional parts]` and `# comments` are dropped;
commands that open the full-screen app (`start`, `survey run`) are not run: where the first
one stands, a session is played in-process instead, as the trainer would have run it.
Needs the package registry (pip installs the dependencies); a minute or two.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_export_support import run_session
from tests.test_survey_support import bank, cell, right, write_google_csv, wrong
from workshop.content import load_library

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
RUN_LINE = "python3 -m venv .venv && . .venv/bin/activate && pip install . && workshop start"
OPENS_THE_APP = (("start",), ("survey", "run"))
PIP_SECONDS = 600
COMMAND_SECONDS = 120
SESSION_ANSWERS = {  # a room of six in the first module of the standard agenda
    "why-marketing-only": [2, 2, 1, 2, 2, None],
    "why-own-network": [3, 3, 1, 3, 2, 3],
}


def fenced_lines(text: str) -> list[str]:
    """Every line inside the README's ``` blocks, in order."""
    lines, inside = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line.strip())
    return lines


def readme_commands(text: str) -> list[list[str]]:
    """The `workshop …` lines of the fenced blocks, without comments and `[optional parts]`."""
    commands = []
    for line in fenced_lines(text):
        if not line.startswith("workshop "):
            continue
        line = re.sub(r"\s*\[[^\]]*\]", "", line.split(" #")[0]).strip()
        commands.append(shlex.split(line))
    return commands


def test_the_readme_commands_are_found_and_read():
    commands = readme_commands(README.read_text("utf-8"))
    firsts = [" ".join(c[1:3]) for c in commands]
    for expected in ("survey questions", "survey import", "plan --group", "export --last"):
        assert any(first.startswith(expected) for first in firsts), expected
    assert ["workshop", "followup", "--group", "sales"] in commands
    assert all("[" not in word and "#" not in word for c in commands for word in c)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with this checkout installed as the README's run line does."""
    assert RUN_LINE in README.read_text("utf-8"), "the README's run line changed: follow it here"
    venv = tmp_path_factory.mktemp("readme") / ".venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=PIP_SECONDS)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=PIP_SECONDS,
        env=clean_environment(bin_dir, tmp_path_factory.mktemp("cache")),
    )
    assert pip.returncode == 0, pip.stderr[-3000:]
    return bin_dir


def clean_environment(bin_dir: Path, cache: Path) -> dict[str, str]:
    """As in a new terminal with the venv activated: no checkout on the path, no data folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "WORKSHOP_DATA", "PYTHONHOME", "PIP_REQUIRE_VIRTUALENV")
    }
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(bin_dir.parent)
    env["WORKSHOP_CACHE"] = str(cache)
    env["WORKSHOP_LANG"] = "en"
    return env


def forms_csv(path: Path, people: int = 6) -> None:
    """What Google Forms exports for `people` respondents, half of them right on everything."""
    survey = bank()
    questions = [*survey.knowledge(), *survey.attitude()]
    rows = []
    for person in range(people):
        answer = right if person % 2 == 0 else wrong
        knowledge = [cell(q, answer(q)) for q in survey.knowledge()]
        rows.append(knowledge + [str(2 + person % 3)] * len(survey.attitude()))
    write_google_csv(path, questions, rows)


@pytest.mark.readme
def test_a_new_trainer_runs_the_readme_commands(installed, tmp_path):
    home = tmp_path / "trainer"
    home.mkdir()
    env = clean_environment(installed, tmp_path / "cache")
    workshop = shutil.which("workshop", path=str(installed))
    assert workshop is not None, "pip did not install the workshop command"

    def run(command: list[str]) -> str:
        done = subprocess.run(
            [workshop, *command[1:]],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=COMMAND_SECONDS,
        )
        shown = " ".join(command)
        assert "Traceback" not in done.stderr + done.stdout, f"{shown}\n{done.stderr}"
        assert done.returncode == 0, f"{shown} exited {done.returncode}\n{done.stderr}"
        return done.stdout

    assert run(["workshop", "--version"]).startswith("workshop ")
    assert "survey" in run(["workshop", "--help"])

    session_played = False
    ran = []
    for command in readme_commands(README.read_text("utf-8")):
        if any(tuple(command[1 : 1 + len(app)]) == app for app in OPENS_THE_APP):
            if command[1] == "start" and not session_played:
                play_a_session(home / "sessions")
                session_played = True
            continue
        for word in command:
            if word.endswith(".csv") and not (home / word).exists():
                forms_csv(home / word)
            elif word.endswith("/") and not (home / word).exists():  # "your own" modules folder
                (home / word).mkdir(parents=True)
                shutil.copy(ROOT / "modules" / "why-ambassadors.yaml", home / word)
        run(command)
        ran.append(" ".join(command[1:3]))

    assert session_played, "the README never starts a workshop before the after-workshop commands"
    for expected in ("survey questions", "survey import", "plan --group", "export --last"):
        assert any(done.startswith(expected) for done in ran), f"never ran: workshop {expected}"
    assert any(done.startswith("followup --group") for done in ran)
    assert list((home / "sessions" / "exports").glob("*.html")), "export wrote no summary"
    assert (home / "sessions" / "followup" / "sales" / "weekly-moment.ics").is_file()


def play_a_session(data: Path) -> None:
    """The workshop the trainer ran with `workshop start --group sales`: one module, answered."""
    library = load_library()
    run_session(library, data, "sales", SESSION_ANSWERS, agenda=("why-ambassadors",))
