"""The argument parser, built in the chosen language from each command's `register`."""

from __future__ import annotations

import argparse

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


def build_parser() -> Parser:
    from workshop.cli import (
        count_command,
        export_command,
        followup_command,
        modules_command,
        plan_command,
        scores_command,
        sessions_command,
        start_command,
        survey_command,
    )

    common = common_options()
    parser = Parser(prog="workshop", description=t("cli.description"), parents=[common])
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    commands = parser.add_subparsers(
        title=t("cli.commands"), metavar="COMMAND", parser_class=Parser
    )
    for command in (
        survey_command,
        plan_command,
        start_command,
        sessions_command,
        scores_command,
        export_command,
        followup_command,
        modules_command,
        count_command,
    ):
        command.register(commands, common)
    return parser
