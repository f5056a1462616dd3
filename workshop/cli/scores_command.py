"""`workshop scores [--group G] [--json]`: each group across its sessions, and what it learned.

With `--group`, also the learning curve per topic (`workshop.recheck.learning_curve`): the
survey baseline, the sessions' checks and each re-check; `--json` then gives that curve.
"""

from __future__ import annotations

import argparse
import json
import sys

from workshop.i18n import current_language, percent, points, t


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    scores = commands.add_parser("scores", parents=[common], help=t("scores.help"))
    scores.add_argument("--group", help=t("scores.opt_group"))
    scores.add_argument("--json", action="store_true", help=t("sessions.opt_json"))
    scores.set_defaults(run=run)


def _percent(value: float | None) -> str:
    return t("sessions.too_few") if value is None else percent(value)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library
    from workshop.scores import MIN_ANSWERS
    from workshop.sessions_overview import group_overview
    from workshop.store import group_name

    group = group_name(args.group) if args.group else None
    content = library(args)
    data = data_folder(args)
    overview = group_overview(content, data, group)
    for path in overview.unreadable:
        print(t("sessions.unreadable", path=path), file=sys.stderr)
    if group is not None:
        from workshop.recheck import learning_curve

        curve = learning_curve(content, data, group)
        if args.json:
            json.dump(curve.to_json(), sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 0
    if args.json:
        json.dump(overview.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not overview.groups:
        if group is not None and curve.topics:
            _print_curve(curve, content)
            return 0
        key = "sessions.none_group" if group else "scores.none"
        print(t(key, group=group, data=data))
        return 0

    from rich.console import Console
    from rich.table import Table

    language = current_language()
    groups = Table(title=t("scores.title"))
    groups.add_column(t("scores.col_group"))
    for key in ("sessions", "answers", "mean"):
        groups.add_column(t(f"scores.col_{key}"), justify="right")
    groups.add_column(t("scores.col_trend"))
    for item in overview.groups:
        groups.add_row(
            item.group,
            str(len(item.sessions)),
            str(item.answers),
            _percent(item.mean),
            " → ".join(_percent(value) for value in item.trend),
        )
    gains = Table(title=t("scores.gain_title"))
    gains.add_column(t("scores.col_group"))
    gains.add_column(t("scores.col_topic"))
    for key in ("baseline", "result", "gain"):
        gains.add_column(t(f"scores.col_{key}"), justify="right")
    for item in overview.groups:
        for score in item.topics:
            result, baseline = score.session.value, score.baseline
            gains.add_row(
                item.group,
                content.topic_name(score.topic, language),
                "—" if baseline is None else percent(baseline),
                _percent(result),
                "—" if result is None or baseline is None else points(result, baseline),
            )
    console = Console()
    console.print(groups)
    if gains.row_count:
        console.print(gains)
    console.print(t("scores.note", min=MIN_ANSWERS), style="dim")
    if group is not None and curve.topics:
        _print_curve(curve, content)
    return 0


def _print_curve(curve, content) -> None:  # type: ignore[no-untyped-def]
    """The learning curve: a row per topic, a column per point (too few: said so)."""
    from rich.console import Console
    from rich.table import Table

    from workshop.scores import MIN_ANSWERS

    language = current_language()
    weeks = [point.week for point in curve.topics[0].rechecks] if curve.topics else []
    table = Table(title=t("curve.title", group=curve.group))
    table.add_column(t("curve.col_topic"))
    table.add_column(t("curve.col_baseline"), justify="right")
    table.add_column(t("curve.col_session"), justify="right")
    for week in weeks:
        table.add_column(t("curve.col_recheck", week=week), justify="right")
    for topic in curve.topics:
        values = [topic.baseline, topic.session, *(p.share for p in topic.rechecks)]
        table.add_row(
            content.topic_name(topic.topic, language),
            *(
                percent(value) if value is not None else t("curve.too_few_short") if seen else "—"
                for value, seen in zip(values, topic.measured, strict=True)
            ),
        )
    console = Console()
    console.print(table)
    console.print(t("curve.note", min=MIN_ANSWERS), style="dim")
