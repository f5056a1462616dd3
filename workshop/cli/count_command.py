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
        over = result.length - result.limit
        print(
            t("cli.count_over", platform=name, length=result.length, limit=result.limit, over=over)
        )
    else:
        print(t("cli.count_ok", platform=name, length=result.length, limit=result.limit))
    if result.too_many_hashtags:
        print(t("count.hashtags", platform=name, limit=result.hashtag_limit, count=result.hashtags))
    return 1 if result.over or result.too_many_hashtags else 0
