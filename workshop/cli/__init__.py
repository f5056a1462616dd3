"""The command line: `workshop COMMAND …`. Textual is imported only by commands that open it."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from workshop.i18n import LANGUAGES, detect_language, set_language, t


def language_from_argv(argv: Sequence[str]) -> str:
    """`--lang` read before parsing, so that even `--help` and parse errors use it."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return detect_language()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a user mistake ends in one translated line on stderr, never a traceback."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(language_from_argv(args_list))
    _utf8_output()

    from workshop.cli.collector import paused

    try:
        with paused():
            try:
                return _run(args_list)
            finally:
                if sys.stdout is not None:
                    sys.stdout.flush()  # here, where a closed pipe can still be caught
    except BrokenPipeError:
        _quiet_stdout()
        return 1


def _run(args_list: list[str]) -> int:
    from workshop.cli.parser import build_parser, command_in
    from workshop.errors import UserError, one_line

    parser = build_parser(only=command_in(args_list))
    args = parser.parse_args(args_list)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except UserError as error:
        print(t("cli.error", message=one_line(str(error))), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except _content_error() as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(t("cli.content_broken", count=len(error.problems)), file=sys.stderr)
        return 1


def _quiet_stdout() -> None:
    """The reader of our output went away (`| head`, `| grep -q`): end quietly, as Unix tools do.

    Python's "Note on SIGPIPE": point stdout at devnull, so that flushing it at exit cannot
    raise again, and exit 1.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout without a file descriptor
        pass


def _content_error() -> type[Exception]:
    """ContentError, imported only once a command fails: `--help` never loads the content.

    An `except` clause evaluates its class only when an exception reaches it.
    """
    from workshop.content import ContentError

    return ContentError


def _utf8_output() -> None:
    """Windows consoles may default to a code page that cannot print “quotes” or ✓."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(errors="replace")
