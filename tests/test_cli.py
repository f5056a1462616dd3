"""The command line: the parser for one command is built alone, and answers as the whole one."""

from __future__ import annotations

import argparse
import inspect
import os
import subprocess
import sys

import pytest

from workshop.cli import main
from workshop.cli.parser import ARGPARSE_MESSAGES, COMMANDS, command_in, translate_argparse


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


ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments:",
    "show this help message and exit",
    "show program's version number and exit",
    "unrecognized arguments",
    "the following arguments are required",
    "invalid choice",
    "expected one argument",
    "did you mean",
    "maybe you meant",
)


def dutch_cli(*args: str, env_lang: bool = False) -> subprocess.CompletedProcess:
    """`workshop ARGS` in Dutch, by `--lang nl` or by WORKSHOP_LANG=nl."""
    environment = {**os.environ, "WORKSHOP_LANG": "nl" if env_lang else "en"}
    command = [sys.executable, "-m", "workshop", *args, *([] if env_lang else ["--lang", "nl"])]
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


def no_english(text: str) -> None:
    assert not [words for words in ARGPARSE_ENGLISH if words in text], text


@pytest.mark.parametrize("env_lang", [False, True])
def test_argparse_speaks_dutch_in_the_help(env_lang):
    result = dutch_cli("--help", env_lang=env_lang)
    assert result.returncode == 0
    assert result.stdout.startswith("gebruik: workshop [-h]")
    for words in ("opties:", "deze hulptekst tonen en stoppen", "het versienummer tonen"):
        assert words in result.stdout
    no_english(result.stdout)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("start",), "workshop start: fout: deze argumenten zijn verplicht: --group"),
        (
            ("plan", "--gruop", "x"),
            "workshop plan: fout: onbekend argument: --gruop (bedoelde je --group?)",
        ),
        (
            ("plan", "--group", "a", "--gruop", "x"),
            "workshop plan: fout: onbekend argument: --gruop (bedoelde je --group?)",
        ),
        (
            ("plan", "--group", "a", "--bogus", "x"),
            "workshop: fout: onbekende argumenten: --bogus x",
        ),
        (("plan", "--group"), "workshop plan: fout: argument --group: verwacht één waarde"),
        (
            ("frobnicate",),
            "workshop: fout: argument COMMAND: ongeldige keuze: 'frobnicate' (kies uit",
        ),
    ],
)
@pytest.mark.parametrize("env_lang", [False, True])
def test_argparse_speaks_dutch_in_its_mistakes(args, error, env_lang):
    result = dutch_cli(*args, env_lang=env_lang)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("gebruik: workshop")
    assert error in result.stderr.splitlines()[-1]
    no_english(result.stderr)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("plan", "--gruop", "sales"),
            "workshop plan: error: unrecognized argument: --gruop (did you mean --group?)",
        ),
        (("start", "--group", "sales", "--minuts", "30"), "(did you mean --minutes?)"),
        (
            ("survey", "questions", "--jsno"),
            "workshop survey questions: error: unrecognized argument: --jsno",
        ),
        (
            ("--lnag", "nl", "plan"),
            "workshop: error: unrecognized argument: --lnag (did you mean --lang?)",
        ),
        (("plan", "--group=sales", "--jsn"), "(did you mean --json?)"),
    ],
)
def test_a_mistyped_option_gets_the_one_it_resembles(capsys, args, line):
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == "" and line in captured.err.splitlines()[-1]


def test_abbreviations_and_values_are_not_mistakes(capsys):
    """`--gro` is argparse's abbreviation of `--group`; after `--` nothing is an option."""
    assert main(["plan", "--gro", "sales", "--json"]) == 0
    assert '"group": "sales"' in capsys.readouterr().out
    assert main(["count", "--", "--gruop"]) == 0


def test_every_argparse_message_translated_is_one_argparse_has():
    """The msgids are argparse's own (of this Python, or a later one's suggestion)."""
    source = inspect.getsource(argparse)
    later = {"invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"}
    for msgid in set(ARGPARSE_MESSAGES) - later:
        assert repr(msgid) in source, msgid
    assert translate_argparse("something argparse never says") == "something argparse never says"


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("expected 2 arguments", "verwacht 2 waarden"),
        ("expected 1 argument", "verwacht 1 waarde"),
        ("argument --minutes: invalid int value: 'x'", "argument --minutes: ongeldige waarde voor"),
        ("not allowed with argument --json", "niet toegestaan samen met argument --json"),
    ],
)
def test_argparse_messages_without_a_command_to_show_them(english, dutch):
    from workshop.i18n import current_language, set_language

    before = current_language()
    set_language("nl")
    try:
        assert translate_argparse(english).startswith(dutch)
    finally:
        set_language(before)
