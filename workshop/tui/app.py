"""The workshop app: the trainer's screen on the projector, over a `SessionService`.

The agenda screen opens at once, naming the group; everything else is read on the store
thread after that first frame. The agenda shown last time for the same content, survey and
settings comes first, without the content (`CachedPlan`); then the content is loaded and the
plan made, and shown instead if it differs. So the room sees the tool start, and the trainer
the agenda, without waiting for the content.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

from workshop.errors import UserError
from workshop.i18n import t
from workshop.runner import SerialRunner
from workshop.tui.exit_watch import ExitWatch
from workshop.tui.language import in_language
from workshop.tui.screens.agenda import AgendaScreen
from workshop.tui.theme import ProjectorApp

if TYPE_CHECKING:
    from workshop.content import Library
    from workshop.phone.server import PhoneServer
    from workshop.plan import Plan
    from workshop.plan_cache import CachedPlan
    from workshop.session_service import SessionService
    from workshop.store import Answer
    from workshop.tui.screens.session import SessionScreen

COMMAND_AREAS = {"SessionScreen": "tui.area_session", "AgendaScreen": "tui.area_agenda"}

Prepare = Callable[[], "tuple[Library, Plan]"]
"""Loads the content and plans the agenda; run on the store thread, so it may read the disk."""
Cached = Callable[[], "CachedPlan | None"]
"""The agenda shown last time for the same content, survey and settings, if any; quick, and
run on the store thread before `Prepare`."""


class WorkshopApp(ProjectorApp[int]):
    """Steps the trainer through a group's agenda; answers go through one store thread."""

    CSS_PATH = "workshop.tcss"
    TITLE = "workshop"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("f1", "help", "tui.key_help", id="help"),
        Binding("ctrl+q", "request_quit", "tui.quit", priority=True, id="quit"),
    ]

    library: Library
    """The content, once prepared."""
    plan: Plan
    """The planned agenda, once prepared."""

    def __init__(
        self,
        prepare: Prepare,
        group: str,
        data: Path,
        language: str,
        resume: bool | Path = False,
        phone_server: PhoneServer | None = None,
        confidence: bool = False,
        cached: Cached | None = None,
    ) -> None:
        """`resume`: True for the group's unfinished session, or the path of the one to resume.
        `confidence`: ask each answer "sure or not sure?" (a resumed session: from now on)."""
        super().__init__()
        self.confidence = confidence
        self.prepare = prepare
        self.cached = cached
        self.content_loaded = False
        """Whether `library` and `plan` are there: the session needs them."""
        self.chosen_early: list[str] | None = None
        """The modules the trainer started with before the content was ready: started then."""
        self.group = group
        self.data = data
        self.language = language
        self.resume = resume
        self.service: SessionService | None = None
        """The running session's one owner, once the trainer starts or resumes one."""
        self.runner = SerialRunner()
        self.phone_server = phone_server
        self.failure: Exception | None = None
        """Why preparing failed (broken content, say); the command reports it after closing."""
        self.shutting_down = False
        self.exit_watch = ExitWatch(self, self.shut_down, language)
        """SIGTERM, SIGHUP or a vanished terminal leave as ctrl+q does."""

    # Start ---------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The agenda is the first screen and stays beneath every other."""
        self.agenda = in_language(AgendaScreen, self.language)(self.group, self.language)
        return self.agenda

    async def on_mount(self) -> None:
        self.exit_watch.start()
        if self.phone_server is not None:
            await self.start_phones(self.phone_server)
            self.call_later(self._add_join_panel, self.agenda)

    @on(AgendaScreen.Drawn)
    def _prepare(self) -> None:
        """The first frame is out: now read what it did without."""
        self.run_worker(self._prepared(), name="prepare")

    async def _prepared(self) -> None:
        """Prepare on the store thread, then fill in the agenda or offer to resume.

        A group whose session is open in another window ends here, with that message: a
        second window would split the room's answers over two sessions.
        """
        early = None
        try:
            if self.cached is not None:
                early = await self.run_store(self.cached)
            if early is not None:
                await self.agenda.show_plan(early.plan, early.titles)
                await self._painted()  # the trainer sees the agenda before the content loads
            await self.run_store(_ensure_group_free, self.data, self.group)
            library, plan = await self.run_store(self.prepare)
            if isinstance(self.resume, Path):
                unfinished: Path | None = self.resume
            else:
                unfinished = await self.run_store(_unfinished_session, self.data, self.group)
        except _preparing_failures() as error:
            self.failure = error
            await self.shut_down(return_code=1)
            return
        self.library, self.plan = library, plan
        self.content_loaded = True
        titles = {m.id: library.modules[m.id].title(self.language) for m in plan.named}
        if early is None or early.plan != plan or early.titles != titles:
            self.chosen_early = None  # chosen from another agenda than the one now shown
            await self.agenda.show_plan(plan, titles)
        self.agenda.content_ready(library)
        chosen, self.chosen_early = self.chosen_early, None
        if unfinished is None:
            if self.resume:
                self.notify(t("tui.nothing_to_resume", lang=self.language, group=self.group))
            if chosen is not None:
                await self.begin(AgendaScreen.Chosen(chosen))
        elif self.resume:
            await self.open_session(unfinished)
        else:
            from workshop.tui.screens.dialogs import YesNoDialog

            question = t("tui.resume_question", lang=self.language, session=unfinished.stem)
            self.push_screen(
                in_language(YesNoDialog, self.language)(question, self.language),
                lambda yes: self._resume_answered(yes, unfinished),
            )

    async def _painted(self) -> None:
        """Until the screen has been drawn with what was just changed."""
        import asyncio

        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        await drawn.wait()

    async def _resume_answered(self, yes: bool | None, path: Path) -> None:
        if yes:
            await self.open_session(path)

    async def _add_join_panel(self, screen: Screen) -> None:
        from workshop.tui.widgets.join import JoinPanel

        if self.phone_server is not None and screen.is_attached:
            await screen.mount(JoinPanel(self.phone_server, self.language))

    @on(AgendaScreen.Chosen)
    async def begin(self, chosen: AgendaScreen.Chosen) -> None:
        """Start a session with the modules the trainer kept on the agenda; before the content
        is loaded, as soon as it is (unless the agenda changes or a session waits to resume)."""
        if not self.content_loaded:
            self.chosen_early = chosen.module_ids
            self.notify(t("tui.agenda_starting_soon", lang=self.language))
            return
        from workshop.session_service import SessionService

        try:
            self.service = await SessionService.start(
                self.runner,
                self.library,
                self.data,
                self.group,
                self.language,
                chosen.module_ids,
                self.confidence,
            )
        except UserError as error:  # a read-only or full data folder: say so, keep the agenda
            self.notify(str(error), severity="error", timeout=15)
            return
        await self._show_session()

    async def open_session(self, path: Path) -> None:
        """Resume the session at `path`; on failure the agenda beneath stays, with the reason."""
        from workshop.session_service import SessionService

        try:
            self.service = await SessionService.resume(self.runner, self.library, path)
        except UserError as error:
            self.notify(str(error), severity="error", timeout=15)
            return
        await self._show_session()
        if self.phone_server is not None and self.service.state.round_open:
            # Phones' tokens died with the old process: they join again and the server
            # cannot tell who already answered this round before the stop.
            self.notify(t("tui.resumed_open_round", lang=self.language), timeout=15)

    async def _show_session(self) -> None:
        from workshop.tui.screens.session import SessionScreen

        assert self.service is not None
        await self._agree_on_people(self.service)
        if self.confidence and not self.service.state.confidence:  # --confidence on a resume
            try:
                await self.service.set_confidence(True)
            except UserError as error:
                self.notify(str(error), severity="error", timeout=15)
        screen = in_language(SessionScreen, self.language)
        await self.push_screen(screen(self.service, self.phone_server))

    async def _agree_on_people(self, service: SessionService) -> None:
        """The people present: `--expect` is stored with the session; without it, a resumed
        session's number limits the phones again."""
        server = self.phone_server
        if server is None:
            return
        if server.expected is None and service.state.people is not None:
            from workshop.tui.widgets.join import RoomChanged

            server.set_expected(service.state.people)
            self.post_message(RoomChanged())
        elif server.expected is not None and server.expected != service.state.people:
            try:
                await service.set_people(server.expected)
            except UserError as error:
                self.notify(str(error), severity="error", timeout=15)

    # Services for the screens ------------------------------------------------------------------

    async def run_store(self, function: Callable[..., Any], /, *args: Any) -> Any:
        """Run store work on the store thread; the screen keeps drawing meanwhile."""
        return await self.runner.call(function, *args)

    def show_scores(
        self, after_module: bool, then: Callable[[], Awaitable[None]] | None = None
    ) -> None:
        self.run_worker(self._show_scores(after_module, then), group="scores", exclusive=True)

    async def _show_scores(
        self, after_module: bool, then: Callable[[], Awaitable[None]] | None
    ) -> None:
        from workshop.tui.screens.scores import ScoresScreen

        service = self.service
        if service is None:  # the session was closed meanwhile (ctrl+q, a signal)
            return
        state = service.state
        answers = await service.stored_answers()
        scores = await self.run_store(self.session_scores, answers, state.session_id)
        key = "tui.scores_after_module" if after_module else "tui.scores_title"
        title = t(key, lang=self.language, module=state.module.title(self.language))

        async def done(_: None) -> None:
            if then is not None:
                await then()

        screen = in_language(ScoresScreen, self.language)
        self.push_screen(screen(scores, self.library, self.group, self.language, title), done)

    def session_scores(self, answers: list[Answer], session_id: str):
        """This session's scores beside the group's earlier ones (which it reads from disk)."""
        from workshop.scores import session_scores, topic_baseline

        baseline = topic_baseline(self.library, self.data, self.group)
        return session_scores(
            self.library,
            answers,
            self.group,
            self.data,
            baseline=baseline,
            exclude=session_id,
            shown_only=True,
        )

    def on_session_screen_scores_requested(self, request: SessionScreen.ScoresRequested) -> None:
        self.show_scores(request.after_module, request.then)

    def on_session_screen_finish_requested(self) -> None:
        self.action_finish_session()

    def action_finish_session(self) -> None:
        """After the last step: final scores, then offer the summary and the follow-up kit."""
        from workshop.tui.screens.dialogs import YesNoDialog

        async def finished() -> None:
            if self.service is None:
                return
            try:
                await self.service.finish()
            except UserError as error:  # the answers are kept; only "finished" is not saved
                self.notify(str(error), severity="error", timeout=15)
            question = t("tui.finished_question", lang=self.language)
            self.push_screen(
                in_language(YesNoDialog, self.language)(question, self.language),
                self._export_answered,
            )

        self.show_scores(after_module=True, then=finished)

    async def _export_answered(self, yes: bool | None) -> None:
        if not yes:
            await self.shut_down()
            return
        from workshop.content.organisation import example_note
        from workshop.export.session_end import write_session_end
        from workshop.tui.screens.finished import FinishedScreen

        assert self.service is not None
        written, problems = await self.run_store(
            write_session_end,
            self.library,
            self.data,
            self.group,
            self.language,
            self.service.state.session_path,
        )

        async def close(_: None) -> None:
            await self.shut_down()

        note = example_note(self.library.organisation, self.language) if written else None
        screen = in_language(FinishedScreen, self.language)
        self.push_screen(screen(written, problems, self.language, note), close)

    # Phones ---------------------------------------------------------------------------------

    async def start_phones(self, server: PhoneServer) -> None:
        """Serve phones from this event loop; their answers go through the same store thread."""
        from workshop.phone.feed import LiveSessionFeed
        from workshop.phone.quiz import QuizDesk
        from workshop.tui.refusals import RefusalWarnings
        from workshop.tui.widgets.join import PhonesJoined

        feed = LiveSessionFeed(lambda: self.service)
        await server.start(
            QuizDesk(feed),
            on_joined=lambda n: self.post_message(PhonesJoined(n)),
            on_refused=RefusalWarnings(self, self.language).refused,
        )

    def on_phones_joined(self) -> None:
        """`PhonesJoined` (by name: the join widgets are imported only with phones)."""
        self.show_room()

    def on_room_changed(self) -> None:
        """`RoomChanged`, by name as `PhonesJoined`."""
        self.show_room()

    def show_room(self) -> None:
        """Every join panel and badge redrawn from the server: count, code, QR, lock."""
        from workshop.tui.screens.session import SessionScreen
        from workshop.tui.widgets.join import JoinBadge, JoinPanel

        for screen in self.screen_stack:
            for kind in (JoinPanel, JoinBadge):
                for widget in screen.query(kind):
                    widget.show_room()
            if isinstance(screen, SessionScreen):
                screen.show_expected()

    async def stop_phones(self) -> None:
        if self.phone_server is not None:
            await self.phone_server.stop()

    async def on_unmount(self) -> None:
        self.exit_watch.stop()
        await self.stop_phones()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notice is plain text (they name files, groups and modules): never markup,
        whatever a caller asks."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # Help, commands, quitting ----------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette, its search line in the session's language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = t("tui.palette_placeholder", lang=self.language)
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def action_help(self) -> None:
        from workshop.tui.screens.help import HelpScreen

        key = getattr(self.screen, "HELP", None) or "tui.help_general"
        self.push_screen(in_language(HelpScreen, self.language)(t(key, lang=self.language)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every key of the current screen by name in the palette, e.g. "quiz: reveal"."""
        area = t(COMMAND_AREAS.get(type(screen).__name__, "tui.area_app"), lang=self.language)
        for binding in screen.BINDINGS:
            if not isinstance(binding, Binding) or binding.action.startswith("app."):
                continue  # help and quit come once, as the app's own, below
            if screen.check_action(binding.action, ()) is True:
                action = binding.action
                yield SystemCommand(
                    f"{area}: {binding.description}",
                    binding.tooltip or "",
                    lambda a=action, s=screen: self.run_action(a, s),
                )
        yield SystemCommand(
            f"{t('tui.area_app', lang=self.language)}: {t('tui.key_help', lang=self.language)}",
            "",
            self.action_help,
        )
        yield SystemCommand(
            f"{t('tui.area_app', lang=self.language)}: {t('tui.quit')}",
            "",
            self.action_request_quit,
        )

    def action_request_quit(self) -> None:
        if self.service is not None and self.service.state.round_open:
            from workshop.tui.screens.dialogs import YesNoDialog

            self.push_screen(
                in_language(YesNoDialog, self.language)(
                    t("tui.quit_during_round", lang=self.language, group=self.group),
                    self.language,
                ),
                self._quit_answered,
            )
            return
        self.run_worker(self.shut_down())

    async def _quit_answered(self, yes: bool | None) -> None:
        if yes:
            await self.shut_down()

    async def shut_down(self, return_code: int = 0) -> None:
        """Release the session file and leave; an unfinished session can be resumed.

        Once only: a signal may arrive while the trainer's quit is already on its way.
        """
        if self.shutting_down:
            return
        self.shutting_down = True
        await self.stop_phones()
        if self.service is not None:
            await self.service.close()
            self.service = None
        self.runner.shutdown()
        self.exit(return_code)


def _preparing_failures() -> tuple[type[Exception], ...]:
    """What preparing may fail with and the command reports: imported only when it fails (an
    `except` clause evaluates its classes only then), as the agenda should not wait for it."""
    from workshop.content import ContentError

    return (ContentError, UserError)


def _ensure_group_free(data: Path, group: str) -> None:
    """On the store thread: the session store is not needed before then."""
    from workshop.store.sessions import ensure_group_free

    ensure_group_free(data, group)


def _unfinished_session(data: Path, group: str) -> Path | None:
    from workshop.store.sessions import unfinished_session

    return unfinished_session(data, group)


def workshop_app(
    prepare: Prepare,
    group: str,
    data: Path,
    language: str,
    resume: bool | Path = False,
    phone_server: PhoneServer | None = None,
    confidence: bool = False,
    cached: Cached | None = None,
) -> WorkshopApp:
    """The app with its keys labelled in `language`: made this way by the CLI and the tests."""
    return in_language(WorkshopApp, language)(
        prepare,
        group,
        data,
        language,
        resume=resume,
        phone_server=phone_server,
        confidence=confidence,
        cached=cached,
    )
