"""`workshop recheck --group G [--after 1w|4w] [--questions [--json]] [--serve]`: the re-check."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import Any

from workshop.errors import UserError
from workshop.i18n import current_language, t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    recheck = commands.add_parser("recheck", parents=[common], help=t("recheck.help"))
    recheck.add_argument("--group", required=True, help=t("recheck.opt_group"))
    recheck.add_argument("--after", default="1w", metavar="1w|4w", help=t("recheck.opt_after"))
    recheck.add_argument("--questions", action="store_true", help=t("recheck.opt_questions"))
    recheck.add_argument("--json", action="store_true", help=t("recheck.opt_json"))
    from workshop.phone.options import add_serve_arguments

    add_serve_arguments(recheck)
    recheck.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library
    from workshop.recheck import choose_questions, describe_recheck
    from workshop.store import group_name

    group = group_name(args.group)
    data = data_folder(args)
    content = library(args)
    questions = choose_questions(content, data, group, args.after)
    language = current_language()
    if args.questions:
        described = describe_recheck(content, questions, language)
        if args.json:
            json.dump(described, sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            _print_questions(described, group, args.after, content, language)
        return 0
    from workshop.phone.options import server_from_args
    from workshop.store.rechecks import iso_week

    phone_server = server_from_args(args, language)
    app = recheck_app(
        content, data, group, language, questions, iso_week(datetime.date.today()), phone_server
    )
    from workshop.cli.collector import settled

    settled()
    app.run()
    return app.return_code or 0


def recheck_app(
    content: Any,
    data: Path,
    group: str,
    language: str,
    questions: list,
    week: str,
    phone_server: Any = None,
) -> Any:
    """The kiosk (and phones) asking `questions`, writing to the group's re-check of `week`:
    made this way by the command and by the tests."""
    from workshop.recheck import recheck_bank
    from workshop.store.rechecks import RecheckFile

    try:
        from workshop.tui.kiosk import kiosk_app
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("workshop.tui"):
            raise
        raise UserError(t("survey.kiosk_missing")) from error
    return kiosk_app(
        recheck_bank(content, questions),
        data,
        group,
        language,
        phone_server=phone_server,
        store=RecheckFile(data, group, week),
        title=t("recheck.title", lang=language, group=group),
    )


def _print_questions(described: list, group: str, after: str, content, language: str) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from workshop.cli.survey_command import _options_text

    title = t("recheck.questions_title", group=group, after=t(f"recheck.after_{after}"))
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column(t("survey.col_id"), overflow="fold", ratio=2)
    table.add_column(t("survey.col_question"), ratio=3)
    table.add_column(t("survey.col_options"), ratio=2)
    for entry in described:
        about = Text(entry["id"])
        source = (
            content.modules[entry["module"]].title(language)
            if entry["module"]
            else t("recheck.from_survey")
        )
        about.append(f"\n{entry['topic_name']} · {source}", style="dim")
        table.add_row(about, Text(entry["text"]), _options_text(entry))
    console = Console()
    console.print(table)
    console.print(t("recheck.questions_tip", group=group))
