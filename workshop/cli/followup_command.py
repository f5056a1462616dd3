"""`workshop followup --group G`: the follow-up kit (weekly moment, checklist, basic rules)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.i18n import current_language, t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    followup = commands.add_parser("followup", parents=[common], help=t("followup.help"))
    followup.add_argument("--group", required=True, help=t("followup.opt_group"))
    followup.add_argument("-o", "--output", metavar="DIR", type=Path, help=t("followup.opt_output"))
    followup.add_argument("--day", help=t("followup.opt_day"))
    followup.add_argument("--time", help=t("followup.opt_time"))
    followup.add_argument("--weeks", help=t("followup.opt_weeks"))
    followup.add_argument("--country", metavar="CODE", help=t("followup.opt_country"))
    followup.add_argument("--force", action="store_true", help=t("followup.opt_force"))
    from workshop.cli.options import add_new_group_option

    add_new_group_option(followup)
    followup.set_defaults(run=run)


def kit_language(args: argparse.Namespace, data: Path, group: str) -> str:
    """--lang if given, else the language of the group's newest session, else the interface's."""
    if hasattr(args, "lang"):
        return args.lang
    from workshop.export.text import language_of
    from workshop.store.sessions import session_records

    for _, record in reversed(session_records(data, group)):
        if record is not None:
            return language_of(record.info)
    return current_language()


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import (
        checked_group,
        data_folder,
        library,
        warn_if_example_organisation,
    )
    from workshop.export import write_followup_kit
    from workshop.export.days_off import DEFAULT_COUNTRY
    from workshop.export.kit import (
        DEFAULT_DAY,
        DEFAULT_TIME,
        DEFAULT_WEEKS,
        check_weeks,
        parse_day,
        parse_time,
    )
    from workshop.export.output import display

    data = data_folder(args)
    group = checked_group(args, data)
    day = parse_day(DEFAULT_DAY if args.day is None else args.day)
    time = parse_time(DEFAULT_TIME if args.time is None else args.time)
    weeks = check_weeks(DEFAULT_WEEKS if args.weeks is None else args.weeks)
    content = library(args)
    language = kit_language(args, data, group)
    unchanged: set[Path] = set()
    paths = write_followup_kit(
        content,
        data,
        group,
        language,
        args.output,
        day,
        time,
        weeks,
        args.force,
        unchanged=unchanged,
        country=DEFAULT_COUNTRY if args.country is None else args.country,
    )
    heading = "followup.unchanged" if unchanged == set(paths) else "followup.written"
    print(t(heading, group=group, folder=display(paths[0].parent)))
    for path in paths:
        if path in unchanged and unchanged != set(paths):
            print(t("followup.file_unchanged", path=display(path)))
        else:
            print(f"  {display(path)}")
    sys.stdout.flush()
    warn_if_example_organisation(content)
    return 0
