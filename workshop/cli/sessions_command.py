"""`workshop sessions list [--group G] [--json]`: every session held, at a glance."""

from __future__ import annotations

import argparse
import json
import sys

from workshop.i18n import current_language, percent, t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sessions = commands.add_parser("sessions", parents=[common], help=t("sessions.help"))
    actions = sessions.add_subparsers(
        title=t("cli.commands"), metavar="ACTION", parser_class=type(sessions)
    )
    listing = actions.add_parser("list", parents=[common], help=t("sessions.list_help"))
    listing.add_argument("--group", help=t("sessions.opt_group"))
    listing.add_argument("--json", action="store_true", help=t("sessions.opt_json"))
    listing.set_defaults(run=run_list)
    sessions.set_defaults(run=lambda args: sessions.print_help() or 2)


def run_list(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library
    from workshop.scores import MIN_ANSWERS
    from workshop.sessions_overview import FORMAT_VERSION, list_sessions
    from workshop.store import group_name

    group = group_name(args.group) if args.group else None
    content = library(args)
    data = data_folder(args)
    listing = list_sessions(content, data, group)
    for path in listing.unreadable:
        print(t("sessions.unreadable", path=path), file=sys.stderr)
    if args.json:
        document = {
            "format_version": FORMAT_VERSION,
            "min_answers": MIN_ANSWERS,
            "sessions": [row.to_json() for row in listing.sessions],
            "unreadable": [str(path) for path in listing.unreadable],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not listing.sessions:
        key = "sessions.none_group" if group else "sessions.none"
        print(t(key, group=group, data=data))
        return 0

    from rich.console import Console
    from rich.table import Table

    language = current_language()
    table = Table(title=t("sessions.title"))
    for key in ("id", "group", "date", "modules", "answers", "score", "finished"):
        right = key in ("answers", "score")
        table.add_column(
            t(f"sessions.col_{key}"),
            justify="right" if right else "left",
            no_wrap=key in ("id", "date"),
        )
    for row in listing.sessions:
        titles = [
            content.modules[m].title(language) if m in content.modules else m
            for m in row.modules_run
        ]
        score = row.score.value
        table.add_row(
            row.id,
            row.group,
            row.date,
            ", ".join(titles),
            t("sessions.too_few") if row.answers is None else str(row.answers),
            t("sessions.too_few") if score is None else percent(score),
            t("sessions.yes" if row.finished else "sessions.no"),
        )
    console = Console()
    console.print(table)
    console.print(t("sessions.note", min=MIN_ANSWERS), style="dim")
    return 0
