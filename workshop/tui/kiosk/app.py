"""The kiosk survey app: one participant after another fills in the survey on the shared screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.binding import Binding
from textual.screen import Screen

from workshop.content.model import SurveyBank
from workshop.errors import UserError
from workshop.i18n import t
from workshop.runner import SerialRunner
from workshop.store.database import StoreWriteError
from workshop.store.surveys import Response, SurveyFile
from workshop.survey_collector import SurveyCollector
from workshop.tui.exit_watch import ExitWatch
from workshop.tui.kiosk.confirm import ConfirmCloseScreen
from workshop.tui.kiosk.flow import Participation, form_order
from workshop.tui.kiosk.help import HelpScreen
from workshop.tui.kiosk.level import LevelScreen
from workshop.tui.kiosk.messages import (
    Answered,
    BackRequested,
    LevelChosen,
    RetryRequested,
    StartRequested,
    ThanksOver,
)
from workshop.tui.kiosk.question import (
    ChoiceQuestionScreen,
    NumberQuestionScreen,
    question_screen,
)
from workshop.tui.kiosk.thanks import SaveFailedScreen, ThanksScreen
from workshop.tui.kiosk.welcome import WelcomeScreen
from workshop.tui.language import in_language
from workshop.tui.theme import ProjectorApp
from workshop.tui.widgets.join import JoinPanel, PhonesJoined

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer


class KioskApp(ProjectorApp[None]):
    """The anonymous survey on the trainer's laptop: welcome, level, questions, thank-you, again.

    The group's survey file is opened (and locked) on construction, so a busy or unreadable
    file raises its UserError before the screen is taken over; from then on the
    `SurveyCollector` owns it and writes on the store thread. A response is written only when
    a participant has answered every question, and it holds the level and the answers: no
    name, no time. The screens only post messages; this class alone changes the state.
    """

    CSS_PATH = "kiosk.tcss"
    TITLE = "workshop"
    ENABLE_COMMAND_PALETTE = False  # participants use this keyboard: no way around the dialog
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    BINDINGS = [
        Binding("ctrl+q", "close_survey", "kiosk.key_close", priority=True, id="kiosk.close"),
        Binding("f1", "help", "kiosk.key_help", id="kiosk.help"),
    ]

    THANKS_SECONDS = 5.0
    """How long the thank-you stays before the welcome returns for the next participant."""
    IDLE_SECONDS = 180.0
    """Three minutes without a key: the participant has walked away, so the next one must not
    find (or finish) their answers; no one reads one question that long."""
    IDLE_CHECK_SECONDS = 1.0
    """How often the idle time is looked at."""

    def __init__(
        self,
        bank: SurveyBank,
        data: Path,
        group: str,
        language: str,
        phone_server: PhoneServer | None = None,
        short: bool = False,
        store: Any = None,
        title: str | None = None,
    ) -> None:
        self.survey: SurveyCollector | None = SurveyCollector(
            store if store is not None else SurveyFile(data, group), SerialRunner()
        )
        super().__init__()
        self.phone_server = phone_server
        self.bank = bank
        self.group = group
        self.language = language
        self.short = short
        """The short form (`workshop survey run --short`), here and on the phones."""
        self.recheck = store is not None
        """A re-check (`workshop recheck`): the bank's questions as given, no level question,
        written to `store`, the re-check's own file."""
        self.welcome_title = title
        self.questions = list(bank.questions) if self.recheck else form_order(bank, short)
        self.participation = Participation()
        self.clock: Callable[[], float] = time.monotonic
        """The idle reset's clock; a test passes its own instead of waiting minutes."""
        self.last_activity = self.clock()
        self.exit_watch = ExitWatch(self, self.exit, language)
        """SIGTERM, SIGHUP or a vanished terminal close the survey, keeping every response."""

    def run(self, *args: Any, **kwargs: Any) -> None:
        try:
            return super().run(*args, **kwargs)
        finally:
            self.close_survey_file()

    def close_survey_file(self) -> None:
        """Let go of the group's survey file (and its lock) once its writes are done; safe to
        call twice."""
        survey, self.survey = self.survey, None
        if survey is not None:
            survey.close()

    async def on_mount(self) -> None:
        self.exit_watch.start()
        if self.phone_server is not None:
            from workshop.phone.survey import SurveyDesk
            from workshop.tui.refusals import RefusalWarnings

            desk = SurveyDesk(
                self.bank,
                self.language,
                self._store_phone_response,
                short=self.short,
                recheck=self.recheck,
            )
            refusals = RefusalWarnings(self, self.language)
            await self.phone_server.start(
                desk,
                on_joined=lambda count: self.post_message(PhonesJoined(count)),
                on_refused=refusals.refused,
            )
        self.push_screen(self._welcome())
        self.last_activity = self.clock()
        self.set_interval(self.IDLE_CHECK_SECONDS, self.reset_if_idle)

    async def on_event(self, event: events.Event) -> None:
        """Every key or click, whichever screen or binding takes it, counts as activity."""
        if isinstance(event, events.Key | events.MouseDown):
            self.last_activity = self.clock()
        await super().on_event(event)

    def reset_if_idle(self) -> None:
        """Discard an unfinished survey left alone for `IDLE_SECONDS` and show the welcome.

        Only a level or question screen on top is reset: nothing is stored yet there. A
        response being saved, a failed save (its answers wait for a retry), the thank-you and
        any dialog the trainer opened are left as they are.
        """
        if self.clock() - self.last_activity < self.IDLE_SECONDS:
            return
        screen = self.screen
        if self.participation.saving or not isinstance(
            screen, LevelScreen | ChoiceQuestionScreen | NumberQuestionScreen
        ):
            return
        self.last_activity = self.clock()
        self.start_over()

    async def on_unmount(self) -> None:
        self.exit_watch.stop()
        if self.phone_server is not None:
            await self.phone_server.stop()
        self.close_survey_file()

    @on(PhonesJoined)
    def _show_phones_joined(self) -> None:
        """The welcome's join panel follows the phones joined (and a new code), and warns
        when more responses came in than people are present."""
        server = self.phone_server
        expected = server.expected if server is not None else None
        warning = None
        stored = self.survey.stored if self.survey is not None else 0
        if expected is not None and stored > expected:
            warning = t("phone.more_responses", lang=self.language, expected=expected)
        for screen in self.screen_stack:
            for panel in screen.query(JoinPanel):
                panel.show_room()
                panel.warn(warning)

    async def _store_phone_response(self, response: Response) -> None:
        """A phone's finished survey, through the same collector as the kiosk's own."""
        if self.survey is None:
            raise StoreWriteError(t("phone.error_not_saved", lang=self.language))
        await self.survey.add(response)
        self._show_phones_joined()

    # The participant's way through the survey

    def _welcome(self) -> WelcomeScreen:
        welcome = in_language(WelcomeScreen, self.language)(
            self.group, len(self.questions), self.language, self.phone_server, self.welcome_title
        )
        if self.phone_server is not None:
            self.call_after_refresh(self._show_phones_joined)  # the warning, if any, stays
        return welcome

    def _show(self, screen: Screen[None]) -> None:
        self.switch_screen(screen)

    def _show_step(self, step: int) -> None:
        participation = self.participation
        participation.step = step
        if step == 0:
            self._show(
                in_language(LevelScreen, self.language)(self.language, participation.level_choice)
            )
            return
        question = self.questions[step - 1]
        topic = self.bank.topics.get(question.topic)
        self._show(
            question_screen(
                question,
                step,
                len(self.questions),
                topic(self.language) if topic else question.topic,
                self.language,
                participation.answers,
            )
        )

    def start_over(self) -> None:
        """Forget the participant completely and show the welcome for the next one."""
        self.participation = Participation()
        self._show(self._welcome())

    @on(StartRequested)
    def _begin(self) -> None:
        self._show_step(1 if self.recheck else 0)

    @on(LevelChosen)
    def _level_chosen(self, message: LevelChosen) -> None:
        if self.participation.step == 0:
            self.participation.level_choice = message.choice
            self._show_step(1)

    @on(Answered)
    def _answered(self, message: Answered) -> None:
        participation = self.participation
        step = participation.step
        if participation.saving or step < 1 or self.questions[step - 1].id != message.question_id:
            return
        participation.answers[message.question_id] = message.value
        if step < len(self.questions):
            self._show_step(step + 1)
        else:
            self._store()

    @on(BackRequested)
    def _back(self) -> None:
        if self.participation.saving:
            return
        if self.participation.step == 0 or (self.recheck and self.participation.step == 1):
            self.start_over()
        else:
            self._show_step(self.participation.step - 1)

    @on(RetryRequested)
    def _retry(self) -> None:
        self._store()

    @on(ThanksOver)
    def _thanks_over(self) -> None:
        if isinstance(self.screen, ThanksScreen):
            self.start_over()

    @work(group="store")
    async def _store(self) -> None:
        """Write the finished response on the store thread; the thank-you shows only once it
        is on disk. Meanwhile the participation is `saving`: keys cannot change or resend it.
        A write error keeps the answers for a retry.
        """
        participation = self.participation
        if participation.stored or participation.saving or self.survey is None:
            return
        participation.saving = True
        try:
            await self.survey.add(participation.response(self.questions, self.short))
        except UserError as error:
            self._show(in_language(SaveFailedScreen, self.language)(self.language, str(error)))
            return
        finally:
            participation.saving = False
        participation.stored = True
        self._show(in_language(ThanksScreen, self.language)(self.language, self.THANKS_SECONDS))

    # The trainer's keys

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen | ConfirmCloseScreen):
            self.push_screen(in_language(HelpScreen, self.language)(self.language))

    def action_close_survey(self) -> None:
        """Ask before closing; ctrl+q pressed again in the dialog confirms."""
        if isinstance(self.screen, ConfirmCloseScreen):
            self.screen.dismiss(True)
            return
        unfinished = self.participation.started and not self.participation.stored
        self.push_screen(
            in_language(ConfirmCloseScreen, self.language)(
                self.language, self.survey.stored if self.survey else 0, unfinished
            ),
            self._close_answered,
        )

    def _close_answered(self, close: bool | None) -> None:
        if close:
            self.exit()

    def action_help_quit(self) -> None:
        """ctrl+c, pressed out of habit, asks the same question as ctrl+q."""
        self.action_close_survey()

    async def action_quit(self) -> None:
        self.action_close_survey()


def kiosk_app(
    bank: SurveyBank,
    data: Path,
    group: str,
    language: str,
    phone_server: PhoneServer | None = None,
    short: bool = False,
    store: Any = None,
    title: str | None = None,
) -> KioskApp:
    """The kiosk with its keys labelled in `language`: made this way by the CLI and the tests;
    `short` asks the short form (`workshop.survey.order.short_order`). A re-check passes its
    `store` (a `RecheckFile`) and `title`: its bank's questions are asked in order."""
    return in_language(KioskApp, language)(
        bank, data, group, language, phone_server=phone_server, short=short, store=store,
        title=title,
    )
