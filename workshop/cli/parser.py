"""The argument parser, built in the chosen language from each command's `register`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from importlib import import_module

from workshop import __version__
from workshop.i18n import LANGUAGES, t


class Parser(argparse.ArgumentParser):
    """argparse with its error line translated and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage()
        self.exit(2, t("cli.usage_error", prog=self.prog, message=message) + "\n")


def common_options() -> argparse.ArgumentParser:
    """Options every command takes, accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=t("cli.opt_lang")
    )
    common.add_argument("--data", metavar="DIR", default=argparse.SUPPRESS, help=t("cli.opt_data"))
    common.add_argument(
        "--modules",
        metavar="DIR",
        action="append",
        default=argparse.SUPPRESS,
        help=t("cli.opt_modules"),
    )
    return common


COMMANDS = (
    "survey",
    "plan",
    "start",
    "sessions",
    "scores",
    "export",
    "followup",
    "modules",
    "count",
)
"""Every command, in the order `workshop --help` lists them; each has a `NAME_command` module."""
VALUE_OPTIONS = ("--lang", "--data", "--modules")
"""The options before a command that take a value (see `common_options`)."""


def command_in(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, if it names one before any help or version option."""
    values_left = 0
    for arg in argv:
        if values_left:
            values_left -= 1
        elif arg in VALUE_OPTIONS:
            values_left = 1
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
        elif arg.split("=", 1)[0] not in VALUE_OPTIONS:
            return None  # --help, --version or a mistake: the whole parser answers
    return None


def build_parser(only: str | None = None) -> Parser:
    """The parser for every command, or only for command `only`: a start need not pay for all."""
    common = common_options()
    parser = Parser(prog="workshop", description=t("cli.description"), parents=[common])
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    commands = parser.add_subparsers(
        title=t("cli.commands"), metavar="COMMAND", parser_class=Parser
    )
    for name in COMMANDS if only is None else (only,):
        import_module(f"workshop.cli.{name}_command").register(commands, common)
    return parser
