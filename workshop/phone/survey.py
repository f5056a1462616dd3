"""The knowledge survey on phones: each phone walks the bank on its own and the whole response
is stored in one write when, and only when, the last question is answered.

Basic questions first, then the deeper ones per topic, then the attitude scales
(`workshop.survey.order`, as on the kiosk). "Don't know"
is always possible on knowledge questions; the level question may be left unsaid. Nothing
personal: the stored response is the level and the answers, as from the kiosk.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from workshop.content.answers import is_valid
from workshop.content.model import NumberQuestion, SurveyBank
from workshop.errors import UserError
from workshop.i18n import t
from workshop.phone.access import Phone
from workshop.phone.refused import Refused, answer_value, fields, whole_number
from workshop.phone.views import option_view, question_view
from workshop.store.surveys import Response
from workshop.survey.levels import LEVELS
from workshop.survey.order import SHORT, form_order

Store = Callable[[Response], Awaitable[None]]


@dataclass
class SurveyWalk:
    """One phone's survey in progress, in memory only: step 0 is the level question."""

    step: int = 0
    level: str | None = None
    answers: dict[str, float | None] = field(default_factory=dict)
    done: bool = False


class SurveyDesk:
    """Serves the survey bank to phones; `store` saves one finished response (one write)."""

    mode = "survey"

    def __init__(
        self,
        bank: SurveyBank,
        language: str,
        store: Store,
        short: bool = False,
        recheck: bool = False,
    ) -> None:
        self.bank = bank
        self.language = language
        self.store = store
        self.short = short
        self.recheck = recheck
        """A re-check: the bank's questions as given, and no level question (step 1 first)."""
        self.first_step = 1 if recheck else 0
        self.questions = list(bank.questions) if recheck else form_order(bank, short)
        self.stored_count = 0

    def _walk(self, phone: Phone) -> SurveyWalk:
        if phone.survey is None:
            phone.survey = SurveyWalk(step=self.first_step)
        return phone.survey

    async def state(self, phone: Phone) -> dict[str, Any]:
        walk = self._walk(phone)
        total = len(self.questions)
        state: dict[str, Any] = {"mode": self.mode, "step": walk.step, "total": total}
        if walk.done:
            state["phase"] = "done"
        elif walk.step == 0:
            state["phase"] = "level"
            state["question"] = self._level_view()
        else:
            question = self.questions[walk.step - 1]
            topic = self.bank.topics.get(question.topic)
            state["phase"] = "question"
            state["question"] = question_view(question, self.language)
            state["topic"] = topic(self.language) if topic else question.topic
            if question.id in walk.answers:  # this phone's own answer, when it went back
                state["chosen"] = walk.answers[question.id]
        state["version"] = f"survey:{state['phase']}:{walk.step}"
        return state

    def _level_view(self) -> dict[str, Any]:
        language = self.language
        labels = [t(f"phone.level_{level}", lang=language) for level in LEVELS]
        options = [option_view(n, n, label) for n, label in enumerate(labels, start=1)]
        options.append(option_view(len(labels) + 1, None, t("phone.level_none", lang=language)))
        return {
            "id": "level",
            "kind": "level",
            "text": t("phone.level_question", lang=language),
            "options": options,
        }

    async def answer(self, phone: Phone, body: Any) -> dict[str, Any]:
        body = fields(body, {"step", "value"})
        walk = self._walk(phone)
        step = whole_number(body["step"])
        value = answer_value(body["value"])
        if walk.done:
            raise Refused(409, "survey_done")
        if step != walk.step:
            raise Refused(409, "out_of_step")
        if step == 0:
            if value is not None and not (float(value).is_integer() and 1 <= value <= 3):
                raise Refused(422, "not_an_answer")
            walk.level = LEVELS[int(value) - 1] if value is not None else None
            walk.step = 1
            return {"status": "received"}
        question = self.questions[step - 1]
        if not is_valid(question, value):
            raise Refused(422, "not_an_answer")
        if value is not None and not isinstance(question, NumberQuestion):
            value = int(value)
        walk.answers[question.id] = value
        if step < len(self.questions):
            walk.step += 1
            return {"status": "received"}
        await self._finish(walk)
        return {"status": "stored"}

    async def _finish(self, walk: SurveyWalk) -> None:
        walk.done = True  # first, so a second tap while writing cannot store twice
        response: Response = {
            "level": walk.level,
            "answers": {question.id: walk.answers[question.id] for question in self.questions},
        }
        if self.short:
            response["form"] = SHORT
        try:
            await self.store(response)
        except UserError:
            walk.done = False
            raise Refused(503, "not_saved") from None
        walk.answers = {}
        self.stored_count += 1

    async def back(self, phone: Phone, body: Any) -> dict[str, Any]:
        body = fields(body, {"step"})
        walk = self._walk(phone)
        if walk.done:
            raise Refused(409, "survey_done")
        if whole_number(body["step"]) != walk.step:
            raise Refused(409, "out_of_step")
        walk.step = max(self.first_step, walk.step - 1)
        return {"status": "back"}
