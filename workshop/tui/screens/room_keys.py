"""The trainer's say over the room during a session: the join panel, the lock, a new join
code and the people present. A part of `SessionScreen`, kept apart because it is one idea:
the phones in the room, not the agenda or the round."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.i18n import t
from workshop.tui.language import in_language
from workshop.tui.widgets.join import JoinPanel, RoomChanged

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer
    from workshop.session_service import SessionService

ROOM_ACTIONS = frozenset({"join_panel", "new_code", "expect", "lock_joining", "open_joining"})


class RoomKeys:
    """The room's keys; the screen provides `phones`, `service`, `language` and `store`."""

    phones: PhoneServer | None
    service: SessionService
    language: str

    def room_key_works(self, action: str) -> bool:
        """Whether a room key shows in the footer: only with phones, and one of lock/open."""
        if self.phones is None:
            return False
        if action == "lock_joining":
            return not self.phones.locked
        if action == "open_joining":
            return self.phones.locked
        return True

    def action_join_panel(self) -> None:
        """The big QR code for late joiners, and away again."""
        for panel in self.query(JoinPanel):
            panel.display = not panel.display

    def action_lock_joining(self) -> None:
        """No new phones (a script, a neighbour); the joined ones go on answering."""
        self._lock(True)

    def action_open_joining(self) -> None:
        self._lock(False)

    def _lock(self, locked: bool) -> None:
        if self.phones is None:
            return
        self.phones.lock(locked)
        key = "phone.locked_notice" if locked else "phone.unlocked_notice"
        self.notify(t(key, lang=self.language), timeout=5)
        self.post_message(RoomChanged())
        self.refresh_bindings()

    def action_new_code(self) -> None:
        """A new code on the projector, after asking: it drops the phones that did not answer
        since the last one, so a script's tokens go and the room joins again."""
        if self.phones is None:
            return
        from workshop.tui.screens.dialogs import YesNoDialog

        question = t("phone.new_code_question", lang=self.language)
        dialog = in_language(YesNoDialog, self.language)(question, self.language)
        self.app.push_screen(dialog, self._new_code_answered)

    def _new_code_answered(self, yes: bool | None) -> None:
        if not yes or self.phones is None:
            return
        dropped = self.phones.new_code()
        code = self.phones.code
        self.notify(t("phone.new_code_done", lang=self.language, code=code, dropped=dropped))
        self.post_message(RoomChanged())

    def action_expect(self) -> None:
        """Ask how many people are present: the phone server's limit and the warning line."""
        if self.phones is None:
            return
        from workshop.tui.screens.expect import ExpectDialog

        dialog = in_language(ExpectDialog, self.language)(self.phones.expected, self.language)
        self.app.push_screen(dialog, self._expect_answered)

    async def _expect_answered(self, expected: int | None) -> None:
        if expected is None or self.phones is None:
            return
        self.phones.set_expected(expected or None)
        self.post_message(RoomChanged())
        await self.store(self.service.set_people, expected or None)  # a resume keeps it

    def show_expected(self) -> None:
        """The people expected changed: the open round's warning line follows."""
        view = self.open_view()
        if view is not None and self.phones is not None:
            view.set_expected(self.phones.expected)

