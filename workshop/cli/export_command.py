"""`workshop export [SESSION_ID | --last] --format md|html|json|csv`: a session's summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import t

FORMATS = ("md", "html", "json", "csv")
DEFAULT_FORMAT = "html"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common], help=t("export.help"))
    export.add_argument("session", nargs="?", metavar="SESSION_ID", help=t("export.opt_session"))
    export.add_argument("--last", action="store_true", help=t("export.opt_last"))
    export.add_argument("--group", help=t("export.opt_group"))
    export.add_argument(
        "--format", choices=FORMATS, default=DEFAULT_FORMAT, help=t("export.opt_format")
    )
    export.add_argument("-o", "--output", metavar="PATH", type=Path, help=t("export.opt_output"))
    export.add_argument("--force", action="store_true", help=t("export.opt_force"))
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library, warn_if_example_organisation
    from workshop.export import write_summary
    from workshop.export.output import display
    from workshop.sessions_overview import find_session, last_session
    from workshop.store import group_name

    if args.session and args.last:
        raise UserError(t("export.both"), exit_code=2)
    if not args.session and not args.last:
        raise UserError(t("export.neither"), exit_code=2)
    data = data_folder(args)
    if args.last:
        record = last_session(data, group_name(args.group) if args.group else None)
    else:
        record = find_session(data, args.session.strip())
    content = library(args)
    unchanged: set[Path] = set()
    path = write_summary(record, content, data, args.format, args.output, args.force, unchanged)
    print(t("export.unchanged" if path in unchanged else "export.written", path=display(path)))
    warn_if_example_organisation(content)
    return 0
