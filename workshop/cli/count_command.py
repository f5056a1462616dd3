"""`workshop count TEXT`: a post's length as the platform counts it."""

from __future__ import annotations

import argparse

from workshop.i18n import t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    count = commands.add_parser("count", parents=[common], help=t("cli.count_help"))
    count.add_argument("text", metavar="TEXT", help=t("cli.count_text"))
    count.add_argument(
        "--platform",
        choices=("x", "linkedin", "instagram", "facebook"),
        default="x",
        help=t("cli.count_platform"),
    )
    count.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.textcount import measure

    result = measure(args.text, args.platform)
    name = t(f"platform.{args.platform}")
    if result.over:
        print(
            t(
                "cli.count_over",
                platform=name,
                length=result.length,
                limit=result.limit,
                over=result.length - result.limit,
            )
        )
        return 1
    print(t("cli.count_ok", platform=name, length=result.length, limit=result.limit))
    return 0
