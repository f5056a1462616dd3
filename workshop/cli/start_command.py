"""`workshop start --group GROUP`: open the live workshop on the projector."""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.errors import UserError
from workshop.i18n import current_language, t

if TYPE_CHECKING:
    from workshop.content import Library
    from workshop.plan import Plan


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    start = commands.add_parser("start", parents=[common], help=t("cli.start_help"))
    start.add_argument("--group", required=True, help=t("cli.start_group"))
    start.add_argument("--minutes", type=int, default=90, help=t("cli.start_minutes"))
    start.add_argument(
        "--module", action="append", metavar="ID", dest="module_ids", help=t("cli.start_module")
    )
    start.add_argument(
        "--resume",
        nargs="?",
        const=True,
        default=False,
        metavar="SESSION_ID",
        help=t("cli.start_resume"),
    )
    from workshop.cli.options import add_new_group_option
    from workshop.phone.options import add_serve_arguments

    add_new_group_option(start)
    add_serve_arguments(start)
    start.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, extra_modules, library
    from workshop.content.cache import is_known_valid

    if args.minutes <= 0:
        raise UserError(t("cli.bad_minutes", minutes=args.minutes), exit_code=2)
    folder = data_folder(args)
    group = checked_group(args, folder)
    resume = args.resume
    if isinstance(resume, str):
        resume = resumable_session(folder, group, resume.strip())
    language = current_language()
    if not is_known_valid(extra_modules(args)):
        library(args)  # content changed since it was last checked: report problems before opening
    from workshop.phone.options import server_from_args

    phone_server = server_from_args(args, language)
    from workshop.tui.app import workshop_app

    app = workshop_app(
        partial(prepare, args, group, folder, language),
        group,
        folder,
        language,
        resume=resume,
        phone_server=phone_server,
    )
    app.run()
    if app.failure is not None:
        raise app.failure
    return app.return_code or 0


def resumable_session(folder: Path, group: str, session_id: str) -> Path:
    """The session `--resume SESSION_ID` names, if it is one of the group's unfinished ones."""
    from workshop.store.sessions import resumable_sessions

    resumable = resumable_sessions(folder, group)
    for path in resumable:
        if path.stem == session_id:
            return path
    if not resumable:
        raise UserError(t("cli.resume_none", id=session_id, group=group), exit_code=2)
    ids = ", ".join(path.stem for path in resumable)
    raise UserError(t("cli.resume_unknown", id=session_id, group=group, ids=ids), exit_code=2)


def prepare(
    args: argparse.Namespace, group: str, folder: Path, language: str
) -> tuple[Library, Plan]:
    """The content and the agenda: the modules asked for, else the plan from the survey.

    Run on the app's store thread once its first frame is up. With the content loaded all
    that lives as long as the app exists, so the garbage collector may resume.
    """
    from workshop.cli.collector import settled
    from workshop.cli.options import library
    from workshop.planner import Plan, PlannedModule, plan_for_group

    content = library(args)
    settled()
    if not args.module_ids:
        return content, plan_for_group(content, folder, group, args.minutes, language)
    unknown = [m for m in args.module_ids if m not in content.modules]
    if unknown:
        raise UserError(t("cli.unknown_module", id=unknown[0], known=", ".join(content.modules)))
    reason = t("cli.reason_chosen")
    chosen = [content.modules[m] for m in dict.fromkeys(args.module_ids)]
    plan = Plan(
        group=group,
        source="default",
        minutes=sum(m.minutes for m in chosen),
        modules=[PlannedModule(m.id, m.minutes, reason) for m in chosen],
    )
    return content, plan
