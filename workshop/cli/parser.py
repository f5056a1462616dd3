"""The argument parser, built in the chosen language from each command's `register`."""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Sequence
from difflib import get_close_matches
from importlib import import_module

from workshop import __version__
from workshop.i18n import LANGUAGES, t

ARGPARSE_MESSAGES = {
    "unrecognized arguments: %s": "cli.argparse_unrecognized",
    "the following arguments are required: %s": "cli.argparse_required",
    "argument %(argument_name)s: %(message)s": "cli.argparse_argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse_invalid_choice",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "cli.argparse_did_you_mean"
    ),
    "expected one argument": "cli.argparse_expected_one",
    "expected at most one argument": "cli.argparse_expected_at_most_one",
    "expected at least one argument": "cli.argparse_expected_at_least_one",
    "expected %s argument": "cli.argparse_expected_count",
    "expected %s arguments": "cli.argparse_expected_count",
    "invalid %(type)s value: %(value)r": "cli.argparse_invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse_ambiguous",
    "not allowed with argument %s": "cli.argparse_not_allowed_with",
    "one of the arguments %s is required": "cli.argparse_one_required",
    "ignored explicit argument %r": "cli.argparse_ignored_explicit",
}
"""argparse's own error messages (its gettext msgids, Python 3.11 to 3.14), by catalogue key."""
HEADINGS = {"options": "cli.argparse_options", "positional arguments": "cli.argparse_positional"}


def _pattern(msgid: str) -> re.Pattern[str]:
    """A msgid as a pattern that matches the message made from it, each value a group."""
    parts = re.split(r"%(?:\((\w+)\))?[sr]", msgid)
    pattern = re.escape(parts[0])
    for index in range(1, len(parts), 2):
        name = parts[index] or f"value{index}"
        pattern += f"(?P<{name}>.+?)" + re.escape(parts[index + 1])
    return re.compile(pattern + r"\Z", re.DOTALL)


@functools.cache
def patterns() -> list[tuple[re.Pattern[str], str]]:
    """The msgids as patterns, made on the first error: a command that parses needs none."""
    return [(_pattern(msgid), key) for msgid, key in ARGPARSE_MESSAGES.items()]


def translate_argparse(message: str) -> str:
    """One of argparse's error messages in the chosen language; any other as it is."""
    for pattern, key in patterns():
        found = pattern.match(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:
            values["message"] = translate_argparse(values["message"])
        # A msgid's one unnamed %s is `args` in the catalogue; a number of arguments, `count`.
        named = {k: v for k, v in values.items() if not k.startswith("value") or k == "value"}
        unnamed = [v for k, v in values.items() if k.startswith("value") and k != "value"]
        if unnamed and key == "cli.argparse_expected_count":
            named["count"] = int(unnamed[0])
        elif unnamed:
            named["args"] = unnamed[0]
        return t(key, **named)
    return message


class Formatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:", "options:") in the chosen language."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(
            usage, actions, groups, t("cli.argparse_usage") if prefix is None else prefix
        )

    def start_section(self, heading):  # type: ignore[no-untyped-def]
        key = HEADINGS.get(heading or "")
        super().start_section(t(key) if key else heading)


class Parser(argparse.ArgumentParser):
    """argparse in the chosen language (help, usage and errors), and exit code 2 on a mistake.

    argparse asks gettext for its words through a name inside its module; rather than replace
    that, the parser gives its own `-h` help, and a formatter and `error` translate the rest.
    """

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", Formatter)
        if add_help:  # first, as argparse's own -h would be
            kwargs["parents"] = [_help_option(), *kwargs.get("parents", ())]
        super().__init__(*args, add_help=False, **kwargs)

    _commands: argparse._SubParsersAction | None = None

    def add_subparsers(self, **kwargs):  # type: ignore[no-untyped-def]
        self._commands = super().add_subparsers(**kwargs)
        return self._commands

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        """argparse's, after a look for a mistyped option: `--gruop` is told about `--group`.

        Before argparse itself, which would complain of the missing `--group` instead. Python
        3.11's argparse suggests nothing for options (3.12's `suggest_on_error` neither).
        """
        mistyped = self.mistyped_option(sys.argv[1:] if args is None else list(args))
        if mistyped is not None:
            option, closest = mistyped
            self.error(t("cli.argparse_unknown_option", option=option, closest=closest))
        return super().parse_known_args(args, namespace)

    def mistyped_option(self, args: Sequence[str]) -> tuple[str, str] | None:
        """The first option this parser does not know that is close to one it does, with it.

        Only this parser's own part of `args`: up to its command's name, if it has commands.
        """
        commands = self._commands.choices if self._commands is not None else {}
        known = [o for o in self._option_string_actions if o.startswith("--")]
        for arg in args:
            if arg == "--" or arg in commands:
                break
            if not arg.startswith("--"):
                continue
            name = arg.split("=", 1)[0]
            if name in self._option_string_actions:
                continue
            if self.allow_abbrev and any(o.startswith(name) for o in known):
                continue  # an abbreviation: argparse takes it, or says it is ambiguous
            # Without the dashes, which every option shares: `--bogus` is not like `--modules`.
            closest = get_close_matches(name[2:], [o[2:] for o in known], n=1)
            if closest:
                return name, f"--{closest[0]}"
        return None

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)  # with the error, as argparse's own `error` does
        message = translate_argparse(message)
        self.exit(2, t("cli.usage_error", prog=self.prog, message=message) + "\n")


def _help_option() -> argparse.ArgumentParser:
    """`-h/--help` with its help in the chosen language, to give a parser as a parent."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.opt_help")
    )
    return parent


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
    "recheck",
    "bundle",
    "report",
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
    parser.add_argument(
        "--version", action="version", version=f"workshop {__version__}", help=t("cli.opt_version")
    )
    commands = parser.add_subparsers(
        title=t("cli.commands"), metavar="COMMAND", parser_class=Parser
    )
    for name in COMMANDS if only is None else (only,):
        import_module(f"workshop.cli.{name}_command").register(commands, common)
    return parser
