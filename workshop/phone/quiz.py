"""The live quiz for phones: the current round to show and one answer per phone per round."""

from __future__ import annotations

from typing import Any

from workshop.errors import UserError
from workshop.phone.access import Phone
from workshop.phone.feed import LiveFeed
from workshop.phone.refused import Refused, answer_value, fields, whole_number
from workshop.quiz import InvalidAnswer, RoundClosed


class QuizDesk:
    """Serves the live session to phones through a `LiveFeed`.

    A phone's token remembers the numbers of the rounds it answered, not what it answered, so
    a refresh or a reconnect shows "Answer received" and a second answer is refused.
    """

    mode = "quiz"

    def __init__(self, feed: LiveFeed) -> None:
        self.feed = feed

    async def state(self, phone: Phone) -> dict[str, Any]:
        snapshot = await self.feed.snapshot()
        answered = snapshot.get("round") in phone.answered
        return {
            **snapshot,
            "mode": self.mode,
            "answered": answered,
            "version": f"quiz:{snapshot['version']}:{int(answered)}",
        }

    async def answer(self, phone: Phone, body: Any) -> dict[str, Any]:
        """One answer, with its confidence in the same request when the session asks for it
        (`"sure": true|false|null`): stored whole or not at all, once per phone per round."""
        with_sure = isinstance(body, dict) and "sure" in body
        body = fields(body, {"round", "value", "sure"} if with_sure else {"round", "value"})
        round_number = whole_number(body["round"])
        value = answer_value(body["value"])
        sure = body.get("sure")
        if sure is not None and not isinstance(sure, bool):
            raise Refused(400, "bad_request")
        if round_number in phone.answered:
            raise Refused(409, "already_answered")
        phone.answered.add(round_number)  # before the wait, so a double tap cannot pass
        try:
            await self.feed.answer(round_number, value, sure)
        except RoundClosed:
            phone.answered.discard(round_number)
            raise Refused(409, "closed") from None
        except InvalidAnswer:
            phone.answered.discard(round_number)
            raise Refused(422, "not_an_answer") from None
        except UserError:
            phone.answered.discard(round_number)
            raise Refused(503, "not_saved") from None
        return {"status": "received"}

    async def back(self, phone: Phone, body: Any) -> dict[str, Any]:
        raise Refused(404, "not_found")
