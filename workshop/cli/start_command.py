"""`workshop start --group GROUP`: open the live workshop on the projector."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.errors import UserError
from workshop.i18n import current_language, t

if TYPE_CHECKING:
    from workshop.content import Library
    from workshop.plan import Plan
    from workshop.plan_cache import CachedPlan, PlanRequest


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
    start.add_argument("--confidence", action="store_true", help=t("cli.start_confidence"))
    from workshop.cli.options import add_new_group_option
    from workshop.phone.options import add_serve_arguments

    add_new_group_option(start)
    add_serve_arguments(start)
    start.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workshop.cli.options import checked_group, data_folder, extra_modules, library
    from workshop.content.cache import known_valid_key

    if args.minutes <= 0:
        raise UserError(t("cli.bad_minutes", minutes=args.minutes), exit_code=2)
    folder = data_folder(args)
    group = checked_group(args, folder)
    resume = args.resume
    if isinstance(resume, str):
        resume = resumable_session(folder, group, resume.strip())
    language = current_language()
    content_key = known_valid_key(extra_modules(args))
    if content_key is None:
        library(args)  # content changed since it was last checked: report problems before opening
    from workshop.phone.options import server_from_args

    phone_server = server_from_args(args, language)
    from workshop.tui.app import workshop_app

    preparation = Preparation(args, group, folder, language, content_key)
    app = workshop_app(
        preparation,
        group,
        folder,
        language,
        resume=resume,
        phone_server=phone_server,
        confidence=args.confidence,
        cached=preparation.cached,
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


class Preparation:
    """What the app prepares behind its first frame, on its store thread: the agenda shown last
    time for the same content, survey and settings (`cached`, without the content), then the
    content and the plan made from it (calling it), kept for the next start."""

    def __init__(
        self,
        args: argparse.Namespace,
        group: str,
        folder: Path,
        language: str,
        content_key: str | None = None,
    ) -> None:
        """`content_key`: the content's key, if taken already (`known_valid_key`)."""
        self.args = args
        self.group = group
        self.folder = folder
        self.language = language
        self.content_key = content_key
        self.key: str | None = None
        """The plan's key, taken before the content and the survey are read."""
        self.shown: CachedPlan | None = None

    def request(self) -> PlanRequest:
        from workshop.plan_cache import PlanRequest
        from workshop.survey.anonymity import DEFAULT_THRESHOLD

        module_ids = tuple(self.args.module_ids or ())
        return PlanRequest(
            self.folder, self.group, self.args.minutes, self.language, DEFAULT_THRESHOLD, module_ids
        )

    def plan_key(self) -> str | None:
        from workshop.cli.options import extra_modules
        from workshop.content.cache import cache_key
        from workshop.content.files import builtin_modules_dir
        from workshop.plan_cache import plan_key

        content = self.content_key or cache_key([builtin_modules_dir(), *extra_modules(self.args)])
        return plan_key(self.request(), content) if content else None

    def cached(self) -> CachedPlan | None:
        from workshop.plan_cache import read_plan

        self.key = self.plan_key()
        self.shown = read_plan(self.key, self.request()) if self.key else None
        return self.shown

    def __call__(self) -> tuple[Library, Plan]:
        """The content and the agenda: the modules asked for, else the plan from the survey.

        With the content loaded all that lives as long as the app exists, so the garbage
        collector may resume.
        """
        from workshop.cli.collector import settled
        from workshop.cli.options import library
        from workshop.plan_cache import CachedPlan, write_plan

        key = self.key or self.plan_key()  # before the content and the survey are read
        content = library(self.args)
        settled()
        plan = make_plan(content, self.request())
        titles = {m.id: content.modules[m.id].title(self.language) for m in plan.named}
        made = CachedPlan(plan, titles)
        if key is not None and made != self.shown:
            write_plan(key, made)
        return content, plan


def make_plan(content: Library, request: PlanRequest) -> Plan:
    """The modules asked for, in order, else the plan from the group's survey."""
    from workshop.plan import Plan, PlannedModule
    from workshop.planner import plan_for_group

    if not request.module_ids:
        return plan_for_group(
            content,
            request.data,
            request.group,
            request.minutes,
            request.language,
            request.threshold,
        )
    unknown = [m for m in request.module_ids if m not in content.modules]
    if unknown:
        raise UserError(t("cli.unknown_module", id=unknown[0], known=", ".join(content.modules)))
    reason = t("cli.reason_chosen")
    chosen = [content.modules[m] for m in dict.fromkeys(request.module_ids)]
    from workshop.survey.responses import read_responses

    return Plan(
        group=request.group,
        source="default",
        minutes=sum(m.minutes for m in chosen),
        modules=[PlannedModule(m.id, m.minutes, reason) for m in chosen],
        # The header says the group's survey is there, also for an agenda chosen by hand.
        respondents=len(read_responses(request.data, request.group)),
    )
