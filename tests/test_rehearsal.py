"""The dress rehearsal: every built-in module, and one question of every kind, played through
the real app as a trainer plays it, in English and Dutch, at 80×24 and at 160×45.

Every step is shown and checked on screen. Every round is answered 0, 3, 5 or 20 times (the
four variants between them give each round each count): keys one participant after another,
one burst of different keys with no pause, or a show of hands followed by a re-count. Every
round is revealed with →, its figures read back from the screen whole, its answers read back
from the file, and then the app is closed and the session resumed on that very reveal.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from textual.widgets import TextArea

from tests.screen import SessionNow, flowing, screen_lines, widget_text
from tests.test_tui_session import opened, prepared
from workshop.content import load_library
from workshop.content.answers import offers_dont_know, option_labels
from workshop.content.model import NumberQuestion
from workshop.i18n import number, percent, t
from workshop.plan import Plan, PlannedModule
from workshop.quiz import MIN_ANSWERS_TO_SHOW, round_result
from workshop.tui.screens.dialogs import YesNoDialog
from workshop.tui.screens.scores import ScoresScreen
from workshop.tui.screens.session import SessionScreen
from workshop.tui.widgets.quiz_open import QuizOpenView
from workshop.tui.widgets.quiz_reveal import RevealView
from workshop.tui.widgets.rules import RulesView

pytestmark = pytest.mark.rehearsal

REHEARSAL = Path(__file__).parent / "rehearsal_content"
COUNTS = (0, 3, 5, 20)
VARIANTS = [("en", (80, 24)), ("nl", (80, 24)), ("en", (160, 45)), ("nl", (160, 45))]
FIGURES = re.compile(r"(\d+)\s+(\d+%)$")


class Rehearsal:
    """One trainer playing one agenda, closing and resuming the app after every reveal."""

    def __init__(self, library, data: Path, language: str, size: tuple[int, int], variant: int):
        self.library = library
        self.data = data
        self.language = language
        self.size = size
        self.variant = variant
        self.rounds_played = 0
        self.expected: dict[int, Counter] = {}
        """Per round number, the answers the file must hold."""
        self.revealed_figures: list[tuple[str, str]] | None = None
        agenda = [m for m in library.modules if m != "every-kind"] + ["every-kind"]
        self.plan = Plan(
            group="sales",
            source="default",
            minutes=sum(library.modules[m].minutes for m in agenda),
            modules=[PlannedModule(m, library.modules[m].minutes, "rehearsal") for m in agenda],
        )

    def t(self, key: str, **values) -> str:
        """A message as `flowing` reads it from the screen: white space folded."""
        return " ".join(t(key, lang=self.language, **values).split())

    async def play(self) -> None:
        started = finished = False
        while not finished:
            app = opened(self.library, self.plan, self.data, self.language, resume=started)
            async with app.run_test(size=self.size) as pilot:
                await prepared(pilot)
                if not started:
                    await pilot.press("enter")
                    await settle(pilot)
                    started = True
                assert isinstance(app.screen, SessionScreen), "the session did not resume"
                finished = await self.play_until_reveal(pilot)
        info = self.stored()["session"]["1"]
        assert info["finished"] is True

    async def play_until_reveal(self, pilot) -> bool:
        """Play on from where the app opened; True when the agenda is done."""
        app = pilot.app
        if self.revealed_figures is not None:  # resumed on the reveal just seen
            assert app.screen.query(RevealView), "resume did not land on the reveal"
            assert self.figures(app) == self.revealed_figures
            self.revealed_figures = None
        while True:
            live = SessionNow(app)
            if live.round_open:
                await self.play_round(pilot)
                await pilot.press("ctrl+q")  # close the app right on the reveal
                await settle(pilot)
                return False
            await self.check_step(pilot)
            if live.at_end:
                await pilot.press("right")
                await settle(pilot)
                assert isinstance(app.screen, ScoresScreen)
                await pilot.press("escape")
                await settle(pilot)
                assert isinstance(app.screen, YesNoDialog)
                await pilot.press("n")
                await settle(pilot)
                return True
            last_of_module = live.step_index == len(live.module.steps) - 1
            await pilot.press("right")
            await settle(pilot)
            if last_of_module:
                assert isinstance(app.screen, ScoresScreen)
                await pilot.press("escape")
                await settle(pilot)

    async def check_step(self, pilot) -> None:
        """What a step that is not a round must show, and must not do."""
        app, step = pilot.app, SessionNow(pilot.app).step
        text = flowing(app)
        assert SessionNow(app).module.title(self.language) in text
        if step.kind == "talk" and step.title is not None:
            assert step.title(self.language) in text
        elif step.kind == "rules":
            assert app.screen.query(RulesView)
        elif step.kind == "exercise" and step.compose is not None:
            before = SessionNow(app).step_index
            assert isinstance(app.screen.focused, TextArea)
            await pilot.press("t", "s", "space", "right")
            await settle(pilot)
            assert SessionNow(app).step_index == before and app.screen.focused.text == "ts "
            await pilot.press("escape")
            await settle(pilot)
        elif step.kind == "quiz" or step.kind == "poll":  # a round revealed before the resume
            assert app.screen.query(RevealView)

    async def play_round(self, pilot) -> None:
        app = pilot.app
        live = SessionNow(app)
        question = live.round.question
        assert app.screen.query(QuizOpenView)
        text = flowing(app)
        assert question.text(self.language) in text
        drawn = [widget_text(app, w) for w in app.screen.query(".option-label")]
        expected = option_labels(question, self.language)
        assert drawn[: len(expected)] == [" ".join(label.split()) for label in expected], drawn
        footer = screen_lines(app)[-1]
        assert "f1" in footer and "^q" in footer, footer

        count = COUNTS[(self.rounds_played + self.variant) % len(COUNTS)]
        self.rounds_played += 1
        values = answers_for(question, count, self.rounds_played)
        if count == 3:
            await self.one_by_one(pilot, question, values)
        elif count == 5 or isinstance(question, NumberQuestion):
            await self.burst(pilot, question, values)
        elif count == 20:
            await self.hands_and_recount(pilot, question, values)
        number_of_round = live.round.number
        self.expected[number_of_round] = Counter(values)
        assert self.t("tui.answers", count=count) in flowing(app)

        await pilot.press("right")  # → reveals an open round
        await settle(pilot)
        assert app.screen.query(RevealView), "→ did not reveal the round"
        self.check_reveal(app, question, values)
        stored = self.stored()
        tallies: Counter = Counter()
        for answer in stored.get("answers", {}).values():
            if answer["round"] == number_of_round:
                tallies[answer["value"]] += answer["count"]
        assert tallies == self.expected[number_of_round]
        key = f"{live.module_index}:{live.step_index}"
        assert stored["session"]["1"]["position"]["rounds"][key]["state"] == "revealed"
        self.revealed_figures = self.figures(app)

    async def one_by_one(self, pilot, question, values) -> None:
        for value in values:
            await pilot.press(*keys_for(question, value))
            await settle(pilot)
            assert self.t("tui.received") in flowing(pilot.app)

    async def burst(self, pilot, question, values) -> None:
        keys = [key for value in values for key in keys_for(question, value)]
        await pilot.press(*keys)
        await settle(pilot)

    async def hands_and_recount(self, pilot, question, values) -> None:
        """A first count of hands, then the trainer counts again: the second replaces it."""
        wrong = answers_for(question, 12, 0)
        for counted in (wrong, values):
            await pilot.press("h")
            await settle(pilot)
            per_option = Counter(counted)
            keys: list[str] = []
            for position, value in enumerate(hand_values(question)):
                if position:
                    keys.append("tab")
                keys.extend(str(per_option.get(value, 0)))
            await pilot.press(*keys, "enter")
            await settle(pilot)
            assert isinstance(pilot.app.screen, SessionScreen)

    def check_reveal(self, app, question, values) -> None:
        result = round_result(question, Counter(values))
        text = flowing(app)
        if result.total < MIN_ANSWERS_TO_SHOW:
            assert self.t("tui.too_few", count=result.total) in text
            assert self.figures(app) == []
            return
        assert self.figures(app) == [(str(bar.count), percent(bar.share)) for bar in result.bars]
        if result.score is not None:
            assert self.t("tui.round_score", score=percent(result.score)) in text
        elif result.mean is not None:
            assert self.t("tui.round_mean", mean=number(result.mean, self.language)) in text

    @staticmethod
    def figures(app) -> list[tuple[str, str]]:
        """Every count and share at the end of a line: the reveal's bars, read off the screen."""
        found = [FIGURES.search(line) for line in screen_lines(app)]
        return [(match[1], match[2]) for match in found if match]

    def stored(self) -> dict:
        (path,) = self.data.glob("*.json")
        return json.loads(path.read_text(encoding="utf-8"))


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def hand_values(question) -> list[float | None]:
    values: list[float | None] = list(range(1, len(option_labels(question, "en")) + 1))
    return [*values, None] if offers_dont_know(question) else values


def answers_for(question, count: int, seed: int) -> list[float | None]:
    """`count` answers, no two in a row the same (a repeated key would be a held key)."""
    if isinstance(question, NumberQuestion):
        typed = [question.answer, question.answer + 1, question.minimum, question.answer * 2]
        return [typed[(seed + i) % len(typed)] for i in range(count)]
    choices = hand_values(question)
    return [choices[(seed + i) % len(choices)] for i in range(count)]


def keys_for(question, value: float | None) -> list[str]:
    if isinstance(question, NumberQuestion):
        return [*number(value, "en", decimals=2), "enter"]
    if value is None:
        return [str(len(option_labels(question, "en")) + 1)]
    return [str(int(value))]


@pytest.mark.parametrize(
    "variant", range(len(VARIANTS)), ids=[f"{lang}-{w}x{h}" for lang, (w, h) in VARIANTS]
)
async def test_dress_rehearsal(variant, isolated, monkeypatch):
    from workshop.tui.widgets import quiz_open

    # "Answer received" stays until the next flash, however slow the machine is between a
    # press and the look at the screen (it fades after 1.2 s on a real projector).
    monkeypatch.setattr(quiz_open, "FLASH_SECONDS", 600.0)
    language, size = VARIANTS[variant]
    library = load_library([REHEARSAL])
    assert {"every-kind", "x-basics", "basic-rules"} <= set(library.modules)
    kinds = {s.question.kind for m in library.modules.values() for s in m.steps
             if s.kind in ("quiz", "poll")}
    assert kinds == {"choice", "true_false", "number", "scale"}
    isolated.mkdir(parents=True, exist_ok=True)
    await Rehearsal(library, isolated, language, size, variant).play()
