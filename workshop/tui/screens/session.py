"""The live session: one step of the agenda at a time, filling the projector.

The screen only translates keys into intentions for the `SessionService` (which runs them on
the store thread) and shows the frozen state the service publishes; what is the app's
business (scores, the end) it asks for with a message. An answer's confirmation appears
only after the store has written it, and a press that is not counted says so.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Markdown, TextArea

from workshop.content.answers import offers_dont_know, option_labels
from workshop.content.model import (
    DiscussionStep,
    ExerciseStep,
    NumberQuestion,
    PollStep,
    QuizStep,
    RulesStep,
    TalkStep,
)
from workshop.errors import UserError
from workshop.i18n import number as shown_number
from workshop.i18n import parse_number, t
from workshop.quiz import InvalidAnswer, RoundClosed
from workshop.session_service import SessionService, SessionState
from workshop.tui.keypresses import RepeatFilter
from workshop.tui.language import in_language
from workshop.tui.screens.room_keys import ROOM_ACTIONS, RoomKeys
from workshop.tui.widgets.countdown import Countdown
from workshop.tui.widgets.exercise import ExerciseView
from workshop.tui.widgets.join import JoinBadge, JoinPanel
from workshop.tui.widgets.plain import Plain
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView
from workshop.tui.widgets.rules import RulesView
from workshop.tui.widgets.talk import DiscussionView, TalkView

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer

NUMBER_KEYS = set("0123456789")
SURE_KEYS = {"up": True, "down": False}
"""After an answer, while the session asks for confidence: ↑ sure, ↓ not sure."""
HINT_SECONDS = 3.0


class SessionScreen(RoomKeys, Screen[None]):
    # In footer order, most needed first, so that 80 columns keep the keys that matter
    # (→, r, f1, ^q): help and quit are the app's, repeated here to come before the rest.
    BINDINGS = [
        Binding("right,space", "next", "tui.key_next", id="next"),
        Binding("r", "reveal", "tui.key_reveal", id="reveal"),
        Binding("escape", "leave_text", "tui.key_leave_text", id="leave-text"),
        Binding("enter", "write", "tui.key_write", id="write"),
        Binding("f1", "app.help", "tui.key_help", id="session-help"),
        Binding("ctrl+q", "app.request_quit", "tui.quit", id="session-quit"),
        Binding("up", "sure(True)", "tui.key_sure", id="sure"),
        Binding("down", "sure(False)", "tui.key_unsure", id="unsure"),
        Binding("backspace", "undo", "tui.key_undo", id="undo"),
        Binding("h", "hands", "tui.key_hands", id="hands"),
        Binding("left", "back", "tui.key_back", id="back"),
        Binding("t", "notes", "tui.key_notes", id="notes"),
        Binding("s", "scores", "tui.key_scores", id="scores"),
        Binding("j", "join_panel", "phone.key_join", id="join-panel"),
        Binding("l", "lock_joining", "phone.key_lock", id="lock-joining"),
        Binding("l", "open_joining", "phone.key_unlock", id="open-joining"),
        Binding("c", "new_code", "phone.key_new_code", id="new-code"),
        Binding("e", "expect", "phone.key_expect", id="expect"),
        # Shown while on; while off only F1 and ctrl+p name it, so the footer stays as it was.
        Binding(
            "question_mark",
            "ask_confidence",
            "tui.key_ask_confidence",
            show=False,
            id="ask-confidence",
        ),
        Binding(
            "question_mark", "stop_confidence", "tui.key_stop_confidence", id="stop-confidence"
        ),
    ]
    HELP = "tui.help_session"
    AUTO_FOCUS = ""  # nothing takes ← → from the screen; a compose box focuses itself

    class ScoresRequested(Message):
        """Show the group's scores; after a module, `then` moves on once they are closed."""

        def __init__(
            self, after_module: bool, then: Callable[[], Awaitable[None]] | None = None
        ) -> None:
            super().__init__()
            self.after_module = after_module
            self.then = then

    class FinishRequested(Message):
        """The last step is done: final scores, then the offer to write the summary."""

    def __init__(
        self,
        service: SessionService,
        phones: PhoneServer | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`service`: the one owner of the session; this screen sends it intentions."""
        super().__init__()
        self.service = service
        self.phones = phones
        self.language = service.state.language
        self.notes_visible = False
        self.clock = clock
        self.repeats = RepeatFilter()
        self.hinted_at = float("-inf")
        self.drafts: dict[tuple[int, int], str] = {}
        """Posts typed in compose boxes, per step, kept while the app runs (never stored)."""
        self.reveal_when_back = False
        """The countdown ended while a dialog was open: reveal once the dialog is done."""

    # Layout --------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        phones = self.phones
        with Vertical(id="session-top"):
            yield Plain("", id="module-title")
            yield Plain("", id="progress")
            if phones is not None:
                yield JoinBadge(phones, self.language)
        if phones is not None:
            panel = JoinPanel(phones, self.language)
            panel.display = False
            yield panel
        yield Container(id="step")
        yield Markdown("", id="notes")
        yield Footer(compact=True, show_command_palette=False)  # ctrl+p works; F1 says so

    async def on_mount(self) -> None:
        self.service.subscribe(self._published)
        await self.show_step()

    def on_unmount(self) -> None:
        self.service.unsubscribe(self._published)

    @property
    def state(self) -> SessionState:
        """The session as last published: frozen, so nothing here can change it."""
        return self.service.state

    async def show_step(self) -> None:
        state = self.state
        self.query_one("#module-title", Plain).update(state.module.title(self.language))
        self.query_one("#progress", Plain).update(
            t(
                "tui.progress",
                lang=self.language,
                step=state.step_index + 1,
                steps=len(state.module.steps),
                module=state.module_index + 1,
                modules=len(state.agenda),
            )
        )
        notes = getattr(state.step, "notes", None)
        notes_panel = self.query_one("#notes", Markdown)
        await notes_panel.update(
            f"**{t('tui.notes_title', lang=self.language)}**\n\n{notes(self.language)}"
            if notes is not None
            else t("tui.no_notes", lang=self.language)
        )
        notes_panel.display = self.notes_visible
        container = self.query_one("#step", Container)
        await container.remove_children()
        await container.mount(self.view_for_step())
        self.refresh_bindings()

    def view_for_step(self):
        state, language = self.state, self.language
        step = state.step
        if isinstance(step, TalkStep):
            return TalkView(step, language)
        if isinstance(step, DiscussionStep):
            return DiscussionView(step, language)
        if isinstance(step, ExerciseStep):
            here = (state.module_index, state.step_index)
            return ExerciseView(step, language, self.drafts.get(here, ""))
        if isinstance(step, RulesStep):
            return in_language(RulesView, language)(state.library.policy, language)
        assert isinstance(step, QuizStep | PollStep) and state.round is not None
        if state.round.open:
            return QuizOpenView(
                self.question_heading(),
                step.question,
                state.round.number,
                state.round.total,
                state.round.seconds,
                language,
                self.phones.expected if self.phones is not None else None,
                warm_up=state.round.warm_up,
                confidence=state.round.asks_sure,
            )
        assert state.round.result is not None
        return RevealView(
            self.question_heading(),
            step.question,
            state.round.result,
            language,
            warm_up=state.round.warm_up,
        )

    def question_heading(self) -> str:
        module = self.state.module
        rounds = [i for i, s in enumerate(module.steps) if isinstance(s, QuizStep | PollStep)]
        return t(
            "tui.question_of",
            lang=self.language,
            module=module.title(self.language),
            number=rounds.index(self.state.step_index) + 1,
            total=len(rounds),
        )

    async def store(self, change, /, *args) -> tuple[bool, object]:
        """One change through the service: (saved, result). A full or read-only disk is one
        calm sentence, and the session goes on as it was before the failed change."""
        try:
            return True, await change(*args)
        except UserError as error:
            self.notify(str(error), severity="error", timeout=15)
            return False, None

    @property
    def round_open(self) -> bool:
        return self.state.round_open

    @property
    def writing(self) -> bool:
        """The trainer is typing in the compose box: every printable key is text."""
        return isinstance(self.focused, TextArea)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the keys that work on this step show in the footer."""
        if action in ("reveal", "undo"):
            return self.round_open
        if action == "sure":
            return self.state.asks_sure
        if action == "ask_confidence":
            return not self.state.confidence
        if action == "stop_confidence":
            return self.state.confidence
        if action == "hands":  # hands go up for options; a number is typed
            return self.round_open and not isinstance(self.state.round.question, NumberQuestion)
        if action == "leave_text":
            return self.writing
        if action == "write":
            return not self.writing and bool(self.query(TextArea))
        if action in ROOM_ACTIONS:
            return self.room_key_works(action)
        return True

    @on(TextArea.Changed)
    def _keep_draft(self, event: TextArea.Changed) -> None:
        self.drafts[(self.state.module_index, self.state.step_index)] = event.text_area.text

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    # Moving through the agenda ---------------------------------------------------------------

    async def action_next(self) -> None:
        """→ in an open round reveals it; the next → moves on. Clickers send → and space."""
        state = self.state
        if self.round_open:
            await self.action_reveal()
            return
        if state.at_end:
            self.post_message(self.FinishRequested())
            return
        if state.step_index == len(state.module.steps) - 1:
            self.post_message(self.ScoresRequested(after_module=True, then=self._move_next))
            return
        await self._move_next()

    async def _move_next(self) -> None:
        await self.store(self.service.go_next)
        await self.show_step()  # also after a failed save: show where the session stands

    async def action_back(self) -> None:
        """Back a step; from an open round only after asking, and the round stays open."""
        if self.state.at_start:
            return
        if self.round_open:
            from workshop.tui.screens.dialogs import YesNoDialog

            question = t("tui.leave_open_round", lang=self.language)
            dialog = in_language(YesNoDialog, self.language)(question, self.language)
            self.app.push_screen(dialog, self._back_answered)
            return
        await self._move_back()

    async def _back_answered(self, yes: bool | None) -> None:
        if yes:
            await self._move_back()

    async def _move_back(self) -> None:
        await self.store(self.service.go_back)
        await self.show_step()

    def action_notes(self) -> None:
        panel = self.query_one("#notes", Markdown)
        self.notes_visible = not self.notes_visible
        panel.display = self.notes_visible

    def action_scores(self) -> None:
        self.post_message(self.ScoresRequested(after_module=False))

    def action_leave_text(self) -> None:
        self.set_focus(None)

    def action_write(self) -> None:
        for view in self.query(ExerciseView):
            view.start_writing()

    # The round -----------------------------------------------------------------------------

    async def action_reveal(self) -> None:
        if not self.round_open:
            return
        saved, _ = await self.store(self.service.reveal)
        if saved:  # an unsaved reveal is not shown: the room sees only what resume would show
            await self.show_step()

    @on(Countdown.Finished)
    async def _time_up(self) -> None:
        if not self.is_current:  # a dialog is open (a show of hands, say): after it
            self.reveal_when_back = True
            return
        await self.action_reveal()

    def on_screen_resume(self) -> None:
        if self.reveal_when_back:
            self.reveal_when_back = False
            self.call_after_refresh(self.action_reveal)

    async def action_undo(self) -> None:
        view = self.open_view()
        if view is None:
            return
        if view.is_number and view.erase_digit():
            return
        saved, withdrawn = await self.store(self.service.withdraw_last, self.clock())
        if withdrawn:
            view.set_total(self.state.round.total)
            view.flash(t("tui.withdrawn", lang=self.language), pressed_at=self.clock())
        elif saved:
            self.notify(t("tui.nothing_to_undo", lang=self.language))

    def action_sure(self, sure: bool) -> None:
        """↑ sure, ↓ not sure: said of the answer just given (see `LiveSession.say_sure`)."""
        view = self.open_view()
        if view is None or not self.state.asks_sure:
            return
        now = self.clock()
        if view.is_number and view.typed:  # the digits wait for enter: no answer yet
            view.flash(t("tui.sure_enter_first", lang=self.language), pressed_at=now, warning=True)
            return
        self.send_sure(sure, now)

    @work(group="answers")
    async def send_sure(self, sure: bool, pressed_at: float) -> None:
        """In order with the answers (the same worker group, started in key order), so a
        burst of "2 ↑ 3 ↓" gives each answer its own confidence. The confirmation is the same
        for sure and not sure: the room does not learn who doubted."""
        try:
            said = await self.service.say_sure(sure, pressed_at)
        except UserError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        view = self.open_view()
        if view is None:
            return
        if said:
            view.flash(t("tui.sure_noted", lang=self.language), pressed_at=pressed_at)
        else:
            message = t("tui.sure_answer_first", lang=self.language)
            view.flash(message, pressed_at=pressed_at, warning=True)

    async def action_ask_confidence(self) -> None:
        await self._confidence(True)

    async def action_stop_confidence(self) -> None:
        await self._confidence(False)

    async def _confidence(self, asked: bool) -> None:
        """Switch asking "sure?" on or off; stored, so a resume keeps it."""
        saved, _ = await self.store(self.service.set_confidence, asked)
        if not saved:
            return
        key = "tui.confidence_on" if asked else "tui.confidence_off"
        self.notify(t(key, lang=self.language), timeout=5)
        view = self.open_view()
        if view is not None:
            view.set_confidence(self.state.asks_sure)
        self.refresh_bindings()

    def action_hands(self) -> None:
        if not self.round_open:
            return
        from workshop.tui.screens.hands import HandsScreen

        question = self.state.round.question
        earlier = dict(self.state.round.hands)
        hands = in_language(HandsScreen, self.language)(question, self.language, earlier)
        self.app.push_screen(hands, self._hands_counted)

    async def _hands_counted(self, counts: dict[float | None, int] | None) -> None:
        if counts is None:
            return
        if not self.round_open:
            self.notify(t("tui.hands_too_late", lang=self.language), severity="warning")
            return
        try:
            saved, _ = await self.store(self.service.set_hands, counts)
        except (RoundClosed, InvalidAnswer):
            self.notify(t("tui.hands_too_late", lang=self.language), severity="warning")
            return
        view = self.open_view()
        if saved and view is not None:
            view.set_total(self.state.round.total)
            view.flash(t("tui.hands_counted", lang=self.language), pressed_at=self.clock())

    def _published(self, state: SessionState) -> None:
        """The service stored a change (phone answers, say): the count follows, with no
        other sign of which answers they were."""
        view = self.open_view()
        if view is not None and state.round is not None and view.round_number == state.round.number:
            view.set_total(state.round.total)

    def open_view(self) -> QuizOpenView | None:
        views = self.query(QuizOpenView)
        return views.first() if views and self.round_open else None

    async def on_key(self, event) -> None:
        """Answer keys during an open round; a friendly word for a key that does nothing."""
        if self.writing:
            return
        view = self.open_view()
        key = event.character or ""
        if view is not None and event.key in SURE_KEYS and self.state.asks_sure:
            # Here, not through the binding: a binding runs only once the key has bubbled up
            # to the app, after the keys behind it in a burst, so "2 ↑ 3" would mark the 3.
            event.stop()
            self.action_sure(SURE_KEYS[event.key])
            return
        if view is not None and view.is_number:
            if key and (key in NUMBER_KEYS or (key in ",." and view.typed)):
                event.stop()
                view.type_digit(key)
                return
            if event.key == "enter":
                event.stop()
                typed = view.take_typed()
                if typed:
                    self.send_answer(typed, self.clock())
                return
        elif view is not None and key and key in NUMBER_KEYS:
            event.stop()
            now = self.clock()
            if self.repeats.is_repeat(key, now):
                message = t("tui.repeat_not_counted", lang=self.language)
                view.flash(message, pressed_at=now, warning=True)
                return
            number = int(key)
            if not 1 <= number <= view.option_count:
                self.notify(t("tui.press_a_number", lang=self.language, last=view.option_count))
                return
            self.send_answer(key, now)
            return
        if (
            event.is_printable
            and key not in self.active_bindings
            and event.key not in self.active_bindings
            and self.clock() - self.hinted_at > HINT_SECONDS  # one hint, not a pile on the slide
        ):
            self.hinted_at = self.clock()
            self.notify(t("tui.key_does_nothing", lang=self.language, key=key), timeout=3)

    @work(group="answers")
    async def send_answer(self, typed: str, pressed_at: float) -> None:
        """Store one answer, then confirm it the same way whichever answer it was; an answer
        that cannot be counted says why, so nobody walks away believing it was."""
        view = self.open_view()
        if view is None:
            self.notify(t("tui.round_closed", lang=self.language), severity="warning")
            return
        value: float | None
        if view.is_number:
            try:
                value = parse_number(typed, self.language)
            except ValueError:
                self.notify(self._not_an_answer(view.question), severity="warning")
                return
        else:
            number = int(typed)
            value = None if self._is_dont_know(number) else number
        try:
            recorded = await self.service.answer(value, "key", pressed_at)
        except InvalidAnswer:
            self.notify(self._not_an_answer(view.question), severity="warning")
            return
        except RoundClosed:
            self.notify(t("tui.round_closed", lang=self.language), severity="warning")
            return
        except UserError as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        view.set_total(recorded.total)
        key = "tui.received_sure" if self.state.asks_sure else "tui.received"
        view.flash(t(key, lang=self.language), pressed_at=pressed_at)

    def _not_an_answer(self, question) -> str:
        """Why a typed answer was not counted; for a number, the numbers that count."""
        if isinstance(question, NumberQuestion):
            low = shown_number(question.minimum, self.language)
            high = shown_number(question.maximum, self.language)
            return t("tui.not_a_number_answer", lang=self.language, low=low, high=high)
        return t("tui.not_an_answer", lang=self.language)

    def _is_dont_know(self, number: int) -> bool:
        question = self.state.round.question
        return offers_dont_know(question) and number == len(option_labels(question, "en")) + 1
