"""`workshop survey import|questions|report|run`: the anonymous knowledge survey."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workshop.errors import UserError, one_line
from workshop.i18n import current_language, number, percent, t

LARGE_FILE_ROWS = 500
"""From this many rows a progress bar is shown while a file is read."""


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    survey = commands.add_parser("survey", parents=[common], help=t("survey.help"))
    actions = survey.add_subparsers(
        title=t("cli.commands"), metavar="ACTION", parser_class=type(survey)
    )
    importing = actions.add_parser("import", parents=[common], help=t("survey.import_help"))
    importing.add_argument("file", metavar="FILE", type=Path, help=t("survey.opt_file"))
    importing.add_argument("--group", help=t("survey.opt_group"))
    importing.add_argument("--group-column", metavar="NAME", help=t("survey.opt_group_column"))
    from workshop.cli.options import add_new_group_option

    importing.add_argument("--recheck", action="store_true", help=t("recheck.opt_import"))
    importing.add_argument("--week", metavar="YYYY-Www", help=t("recheck.opt_week"))
    add_new_group_option(importing)
    importing.set_defaults(run=run_import)

    questions = actions.add_parser("questions", parents=[common], help=t("survey.questions_help"))
    questions.add_argument("--json", action="store_true", help=t("survey.opt_json"))
    questions.set_defaults(run=run_questions)

    report = actions.add_parser("report", parents=[common], help=t("survey.report_help"))
    report.add_argument("--group", required=True, help=t("survey.opt_group"))
    report.add_argument("--json", action="store_true", help=t("survey.opt_json"))
    report.add_argument("--min-group", type=int, metavar="N", help=t("survey.opt_min_group"))
    report.set_defaults(run=run_report)

    kiosk = actions.add_parser("run", parents=[common], help=t("survey.run_help"))
    kiosk.add_argument("--group", required=True, help=t("survey.opt_group"))
    kiosk.add_argument("--short", action="store_true", help=t("survey.opt_short"))
    from workshop.phone.options import add_serve_arguments

    add_new_group_option(kiosk)
    add_serve_arguments(kiosk)
    kiosk.set_defaults(run=run_kiosk)
    survey.set_defaults(run=lambda args: survey.print_help() or 2)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


class _ProgressBar:
    """A rich progress bar on stderr, started only for a large file on a terminal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.progress: Any = None
        self.task: Any = None

    def __call__(self, row: int, total: int | None) -> None:
        if self.progress is None:
            if total is None or total < LARGE_FILE_ROWS or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import Progress

            self.progress = Progress(console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task(
                t("survey.reading", name=self.path.name), total=total
            )
        if row % 100 == 0 or row == total:
            self.progress.update(self.task, completed=row)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None


def run_import(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, library
    from workshop.survey.importing import SurveyImportError, import_survey

    if args.recheck or args.week is not None:
        return run_recheck_import(args)
    data = data_folder(args)
    if args.group is not None and args.group_column is None:
        checked_group(args, data)  # a column names the groups itself: they come from the file
    content = library(args)
    progress = _ProgressBar(args.file)
    try:
        result = import_survey(
            args.file, content.survey, data, args.group, args.group_column, progress
        )
    except SurveyImportError as error:
        progress.close()
        for problem in error.problems:
            print(one_line(problem), file=sys.stderr)
        raise
    finally:
        progress.close()
    print(t("survey.imported", count=result.count, path=args.file))
    for group, responses in sorted(result.by_group.items()):
        print(t("survey.imported_group", group=group, count=len(responses)))
    print_import_notes(result)
    return 0


def print_import_notes(result) -> None:
    """What an import left out or doubted: the same for a survey and a re-check."""
    if result.dropped:
        print(t("survey.dropped", columns=", ".join(f"“{c}”" for c in result.dropped)))
    if result.ignored:
        print(t("survey.ignored", columns=", ".join(f"“{c}”" for c in result.ignored)))
    if result.skipped:
        print(t("survey.skipped", count=result.skipped))
    if result.warnings:
        print(t("survey.warnings", count=len(result.warnings)))
        for warning in result.warnings:
            print(one_line(warning))


def run_recheck_import(args: argparse.Namespace) -> int:
    """`survey import FILE --group G --recheck [--week W]`: a Forms re-check, all or nothing."""
    import datetime

    from workshop.cli.options import data_folder, library
    from workshop.recheck import every_candidate, group_sessions, recheck_bank
    from workshop.store import group_name
    from workshop.store.rechecks import iso_week, parse_week, recheck_path, save_recheck
    from workshop.survey.importing import SurveyImportError, read_survey

    if not args.recheck:
        raise UserError(t("recheck.week_needs_recheck"), exit_code=2)
    if args.group is None or args.group_column is not None:
        raise UserError(t("recheck.needs_group"), exit_code=2)
    group = group_name(args.group)
    week = parse_week(args.week) if args.week is not None else iso_week(datetime.date.today())
    data = data_folder(args)
    content = library(args)
    questions = every_candidate(content, data, group)
    sessions = group_sessions(content, data, group)
    if sessions.last_date is not None and week < iso_week(sessions.last_date):
        session_week = iso_week(sessions.last_date)
        raise UserError(t("recheck.week_before_session", week=week, session=session_week))
    progress = _ProgressBar(args.file)
    try:
        result = read_survey(args.file, recheck_bank(content, questions), group, None, progress)
    except SurveyImportError as error:
        progress.close()
        for problem in error.problems:
            print(one_line(problem), file=sys.stderr)
        raise
    finally:
        progress.close()
    responses = [{"answers": r["answers"]} for r in result.by_group[group]]
    replaced = save_recheck(data, group, week, responses, imported=True)
    print(t("recheck.imported", count=len(responses), group=group, week=week, path=args.file))
    if replaced:
        print(t("recheck.replaced_import", count=replaced))
    print(f"  {recheck_path(data, group, week)}")
    print_import_notes(result)
    return 0


def run_questions(args: argparse.Namespace) -> int:
    from workshop.cli.options import library
    from workshop.survey.questions import describe_questions

    language = current_language()
    described = describe_questions(library(args).survey, language)
    if args.json:
        _print_json(described)
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=t("survey.questions_title"), show_lines=True, expand=True)
    table.add_column(t("survey.col_id"), overflow="fold", ratio=2)
    table.add_column(t("survey.col_question"), ratio=3)
    table.add_column(t("survey.col_options"), ratio=2)
    for entry in described:
        about = Text(entry["id"])
        facts = (
            entry["topic_name"],
            t(f"survey.depth_{entry['level']}") if entry["level"] else None,
            t(f"survey.kind_{entry['kind']}"),
        )
        about.append("\n" + " · ".join(fact for fact in facts if fact), style="dim")
        table.add_row(about, Text(entry["text"]), _options_text(entry))
    console = Console()
    console.print(table)
    console.print(t("survey.questions_tip", dont_know=t("quiz.dont_know")))
    return 0


def _options_text(entry: dict[str, Any]) -> Any:
    """Numbered options with the right one(s) marked ✓; a number question shows its answer."""
    from rich.text import Text

    from workshop.survey.questions import correct_text

    text = Text()
    if entry["kind"] == "number":
        text.append(t("survey.answer_line", answer=correct_text(entry)), style="bold")
    for position, label in enumerate(entry["options"], start=1):
        right = position in entry["correct"]
        shown = label if entry["kind"] == "scale" else f"{position}. {label}"
        text.append(shown + (" ✓" if right else ""), style="bold" if right else "")
        text.append("\n")
    if entry["dont_know"]:
        text.append(f"·  {entry['dont_know']}", style="dim")
    text.rstrip()
    return text


def run_report(args: argparse.Namespace) -> int:
    from workshop.cli.options import data_folder, library
    from workshop.store import group_name
    from workshop.survey.anonymity import checked_threshold
    from workshop.survey.report import build_report
    from workshop.survey.responses import read_all_responses, read_responses

    group = group_name(args.group)
    threshold = checked_threshold(args.min_group)
    content = library(args)
    data = data_folder(args)
    responses = read_responses(data, group)
    if not responses:
        groups = [name for name, found in read_all_responses(data).items() if found]
        known = t("survey.known_groups", groups=", ".join(groups)) if groups else ""
        raise UserError(t("survey.no_survey", group=group, known=known))
    language = current_language()
    report = build_report(content.survey, group, responses, threshold, language)
    if args.json:
        _print_json(report.to_json())
        return 0
    _print_report(report, content, language)
    return 0


def _print_report(report: Any, content: Any, language: str) -> None:
    """One table: a row per topic, a column for the group and one per level (hidden: —)."""
    from rich.console import Console
    from rich.table import Table

    from workshop.survey.levels import level_name

    console = Console()
    whole = report.whole
    console.print(
        t(
            "survey.report_title",
            group=report.group,
            count=whole.respondents,
            threshold=report.threshold,
        ),
        style="bold",
    )
    if whole.suppressed:
        console.print(whole.reason)
        return
    if report.short_form:
        console.print(t("survey.report_short", count=report.short_form, total=whole.respondents))
    parts = {report.group: whole} | {
        level_name(level, language): part for level, part in report.levels.items()
    }
    table = Table()
    table.add_column(t("survey.col_topic"))
    table.add_column(t("survey.col_answered"), justify="right")
    for name in parts:
        table.add_column(name, justify="right")
    table.add_row(
        t("survey.col_respondents"), "", *(str(part.respondents) for part in parts.values())
    )
    for topic, result in whole.scores.topics.items():
        cells = [
            percent(part.scores.topics[topic].score)
            if not part.suppressed and topic in part.scores.topics
            else "—"
            for part in parts.values()
        ]
        table.add_row(content.topic_name(topic, language), str(result.answered), *cells)
    if whole.scores.attitude is not None:
        cells = [
            number(part.scores.attitude.mean, language)
            if not part.suppressed and part.scores.attitude
            else "—"
            for part in parts.values()
        ]
        attitude = t("survey.attitude_row")
        table.add_row(attitude, str(whole.scores.attitude.answered), *cells)
    console.print(table)
    for name, part in parts.items():
        if part.suppressed:
            console.print(f"{name}: {part.reason}")


def run_kiosk(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, library
    from workshop.phone.options import server_from_args

    data = data_folder(args)
    group = checked_group(args, data)
    content = library(args)
    language = current_language()
    phone_server = server_from_args(args, language)
    try:
        from workshop.tui.kiosk import kiosk_app
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("workshop.tui"):
            raise
        raise UserError(t("survey.kiosk_missing")) from error
    app = kiosk_app(
        content.survey, data, group, language, phone_server=phone_server, short=args.short
    )
    from workshop.cli.collector import settled

    settled()
    app.run()
    return app.return_code or 0
