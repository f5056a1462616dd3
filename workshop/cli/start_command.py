"""`workshop start --group GROUP`: open the live workshop on the projector."""

from __future__ import annotations

import argparse

from workshop.i18n import t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    start = commands.add_parser("start", parents=[common], help=t("cli.start_help"))
    start.add_argument("--group", required=True, help=t("cli.start_group"))
    start.add_argument("--minutes", type=int, default=90, help=t("cli.start_minutes"))
    start.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library
    from workshop.store import group_name

    group = group_name(args.group)
    folder = data_folder(args)
    content = library(args)
    from workshop.tui.app import WorkshopApp

    app = WorkshopApp(content, group=group, minutes=args.minutes, data=folder)
    app.run()
    return app.return_code or 0
