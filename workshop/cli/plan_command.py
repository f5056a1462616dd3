"""`workshop plan --group GROUP`: the group's agenda from its survey, each module with a reason."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from workshop.i18n import current_language, t

if TYPE_CHECKING:
    from workshop.plan import Plan

MAX_MINUTES = 600


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    plan = commands.add_parser("plan", parents=[common], help=t("plan.help"))
    plan.add_argument("--group", required=True, help=t("plan.opt_group"))
    plan.add_argument(
        "--minutes", type=minutes_option, default=90, metavar="N", help=t("plan.opt_minutes")
    )
    plan.add_argument("--json", action="store_true", help=t("plan.opt_json"))
    plan.add_argument("--min-group", type=int, metavar="N", help=t("plan.opt_min_group"))
    from workshop.cli.options import add_new_group_option

    add_new_group_option(plan)
    plan.set_defaults(run=run)


def minutes_option(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(t("plan.bad_minutes", value=text))
    return value


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, library
    from workshop.planner import plan_for_group
    from workshop.survey.anonymity import checked_threshold

    data = data_folder(args)
    group = checked_group(args, data)
    threshold = checked_threshold(args.min_group)
    content = library(args)
    language = current_language()
    plan = plan_for_group(content, data, group, args.minutes, language, threshold)
    if args.json:
        json.dump(plan.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0

    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(
        title=t("plan.title", group=group, planned=plan.planned_minutes, minutes=plan.minutes)
    )
    table.add_column(t("plan.col_number"), justify="right")
    table.add_column(t("plan.col_module"))
    table.add_column(t("plan.col_minutes"), justify="right")
    table.add_column(t("plan.col_steps"))
    table.add_column(t("plan.col_reason"))
    for number, planned in enumerate(plan.modules, start=1):
        title = content.modules[planned.id].title(language)
        steps = " ".join(map(str, planned.steps))
        table.add_row(str(number), title, str(planned.minutes), steps, planned.reason)
    console.print(table)
    console.print(steps_line(plan, language))
    if plan.left_out:
        console.print(t("plan.left_out_title"), style="bold")
        for planned in plan.left_out:
            title = content.modules[planned.id].title(language)
            console.print(f"  · {title} ({planned.minutes} min): {planned.reason}")
    if plan.note:
        console.print(plan.note)
    return 0


def steps_line(plan: Plan, language: str) -> str:
    """Which programme steps the agenda serves, each with its name, and which it does not."""
    from workshop.planner import step_name

    def named(steps: list[int]) -> str:
        return " · ".join(f"{step} {step_name(step, language)}" for step in steps)

    served, missing = plan.steps_served, plan.steps_missing
    if not missing:
        return t("plan.steps_all", steps=named(served))
    if not served:
        return t("plan.steps_none", missing=named(missing))
    return t("plan.steps_some", served=named(served), missing=named(missing))
