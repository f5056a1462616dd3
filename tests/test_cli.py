"""The command line: the parser for one command is built alone, and answers as the whole one."""

from __future__ import annotations

import pytest

from workshop.cli import main
from workshop.cli.parser import COMMANDS, command_in


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["start", "--group", "sales"], "start"),
        (["--lang", "nl", "plan", "--group", "sales"], "plan"),
        (["--data", "start", "plan"], "plan"),  # a folder named like a command
        (["--modules=own", "--data", "x", "export"], "export"),
        (["--help"], None),
        (["--version", "start"], None),
        (["frobnicate"], None),
        ([], None),
        (["--data"], None),
    ],
)
def test_the_command_is_found_past_the_options_before_it(argv, command):
    assert command_in(argv) == command


def test_every_command_is_listed_in_the_help(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    listed = capsys.readouterr().out
    assert all(f"    {name}" in listed for name in COMMANDS)


def test_one_commands_help_and_mistakes_read_as_before(capsys):
    with pytest.raises(SystemExit):
        main(["start", "--help"])
    assert "--group GROUP" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        main(["count", "--bogus", "text"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_an_unknown_command_names_the_known_ones(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in error and "'followup'" in error
