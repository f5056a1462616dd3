"""The kiosk survey through Textual's Pilot, on a real data folder and the real survey bank."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label

from workshop.content import load_library
from workshop.content.answers import offers_dont_know, option_labels
from workshop.content.model import NumberQuestion, ScaleQuestion, SurveyBank
from workshop.store import StoreBusy, StoreWriteError, SurveyFile
from workshop.store.surveys import survey_path
from workshop.survey.order import survey_order
from workshop.tui.kiosk import kiosk_app
from workshop.tui.kiosk.confirm import ConfirmCloseScreen
from workshop.tui.kiosk.flow import KioskQuestion
from workshop.tui.kiosk.help import HelpScreen
from workshop.tui.kiosk.level import LevelScreen
from workshop.tui.kiosk.question import (
    ChoiceQuestionScreen,
    NumberQuestionScreen,
    question_screen,
)
from workshop.tui.kiosk.thanks import SaveFailedScreen, ThanksScreen
from workshop.tui.kiosk.welcome import WelcomeScreen
from workshop.tui.kiosk.widgets import OptionRow

SIZE = (120, 36)
GROUP = "sales"


@pytest.fixture(scope="module")
def bank() -> SurveyBank:
    return load_library().survey


@pytest.fixture(scope="module")
def sample(bank: SurveyBank) -> SurveyBank:
    """The real bank cut down to its first question of each kind and level, to keep tests quick."""
    seen: set[tuple[str, str]] = set()
    picked = []
    for question in survey_order(bank):
        if (question.kind, question.level) not in seen:
            seen.add((question.kind, question.level))
            picked.append(question)
    return bank.model_copy(update={"questions": picked})


def small_bank() -> SurveyBank:
    """A bank with one question of each kind, deliberately out of order."""

    def text(en: str) -> dict[str, str]:
        return {"en": en, "nl": f"NL {en}"}

    return SurveyBank.model_validate(
        {
            "topics": {"x": text("X"), "linkedin": text("LinkedIn"), "mood": text("Mood")},
            "questions": [
                {
                    "id": "li-deep",
                    "topic": "linkedin",
                    "level": "deeper",
                    "kind": "true_false",
                    "correct": True,
                    "text": text("LinkedIn deeper?"),
                    "explanation": text("Because."),
                },
                {
                    "id": "mood",
                    "topic": "mood",
                    "level": "basic",
                    "kind": "scale",
                    "text": text("How do you feel?"),
                    "explanation": text("No right answer."),
                },
                {
                    "id": "x-deep",
                    "topic": "x",
                    "level": "deeper",
                    "kind": "number",
                    "answer": 23,
                    "minimum": 0,
                    "maximum": 1000,
                    "unit": text("characters"),
                    "text": text("How many characters does a link count for?"),
                    "explanation": text("Every link counts 23."),
                },
                {
                    "id": "x-basic",
                    "topic": "x",
                    "level": "basic",
                    "kind": "choice",
                    "options": [140, 280, 500],
                    "correct": 2,
                    "text": text("How long may a post on X be?"),
                    "explanation": text("280."),
                },
            ],
        }
    )


def stored(data: Path, group: str = GROUP) -> list[dict[str, Any]]:
    """The responses as they are in the JSON file on disk."""
    path = survey_path(data, group)
    if not path.exists():
        return []
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) <= {"_meta", "responses"}
    return list(raw.get("responses", {}).values())


def planned_answers(questions: list[KioskQuestion]) -> dict[str, Any]:
    """One answer per question: varied options, one "don't know", the number typed."""
    answers: dict[str, Any] = {}
    dont_know_given = False
    for index, question in enumerate(questions):
        if isinstance(question, NumberQuestion):
            answers[question.id] = int(question.answer)
        elif not dont_know_given and offers_dont_know(question):
            answers[question.id] = None
            dont_know_given = True
        else:
            count = len(option_labels(question, "en"))
            answers[question.id] = index % count + 1
    return answers


async def press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def give(pilot, question: KioskQuestion, value: Any) -> None:
    """Answer the question on screen with `value`, the way a participant would."""
    screen = pilot.app.screen
    assert screen.question.id == question.id
    if isinstance(question, NumberQuestion):
        assert isinstance(screen, NumberQuestionScreen)
        keys = ["question_mark"] if value is None else list(str(value))
        await press(pilot, *keys, "enter")
        return
    assert isinstance(screen, ChoiceQuestionScreen)
    if value is None:
        value = len(option_labels(question, "en")) + 1
    await press(pilot, str(value), "enter")


async def start(pilot, level: int = 2) -> None:
    await press(pilot, "enter")
    assert isinstance(pilot.app.screen, LevelScreen)
    await press(pilot, str(level), "enter")


def chosen_rows(pilot) -> list[int]:
    return [row.number for row in pilot.app.screen.query(OptionRow) if row.chosen]


def screen_text(pilot) -> str:
    """Every label's text on the current screen."""
    return "\n".join(str(label.content) for label in pilot.app.screen.query(Label))


# The order of the questions


def test_order_basic_then_deeper_by_topic_then_attitude() -> None:
    order = [question.id for question in survey_order(small_bank())]
    assert order == ["x-basic", "x-deep", "li-deep", "mood"]


def test_order_of_the_real_bank(bank: SurveyBank) -> None:
    order = survey_order(bank)
    assert sorted(q.id for q in order) == sorted(q.id for q in bank.questions)
    levels = ["attitude" if isinstance(q, ScaleQuestion) else q.level for q in order]
    assert levels == sorted(levels, key=["basic", "deeper", "attitude"].index)
    deeper_topics = [q.topic for q in order if q.level == "deeper" and q.scored]
    topic_rank = list(bank.topics)
    assert deeper_topics == sorted(deeper_topics, key=topic_rank.index)


# A participant's way through the survey


async def test_whole_run_stores_exactly_one_complete_response(
    bank: SurveyBank, isolated: Path
) -> None:
    questions = survey_order(bank)
    answers = planned_answers(questions)
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert "no name, no e-mail, no time is stored" in screen_text(pilot)
        await start(pilot, level=2)
        for question in questions:
            await give(pilot, question, answers[question.id])
        assert isinstance(app.screen, ThanksScreen)
        # On disk before the thank-you shows, while the kiosk still runs.
        assert stored(isolated) == [{"level": "manager", "answers": answers}]
    assert None in answers.values()
    raw = survey_path(isolated, GROUP).read_text(encoding="utf-8")
    assert not re.search(r"\d{4}-\d\d-\d\d|\d\d:\d\d", raw), "no time or date in the file"


async def test_rather_not_say_stores_no_level(isolated: Path) -> None:
    bank = small_bank()
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=4)
        for question in survey_order(bank):
            await give(pilot, question, None if question.scored else 3)
    assert stored(isolated) == [
        {"level": None, "answers": {"x-basic": None, "x-deep": None, "li-deep": None, "mood": 3}}
    ]


async def test_going_back_changes_an_answer(sample: SurveyBank, isolated: Path) -> None:
    bank = sample
    questions = survey_order(bank)
    first, second = questions[0], questions[1]
    answers = planned_answers(questions)
    answers[first.id] = 1
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=1)
        await give(pilot, first, 2)
        assert app.screen.question.id == second.id
        await press(pilot, "left")
        assert app.screen.question.id == first.id
        assert chosen_rows(pilot) == [2], "the earlier answer is shown"
        await press(pilot, "left")
        assert isinstance(app.screen, LevelScreen)
        assert chosen_rows(pilot) == [1]
        await press(pilot, "enter")
        await give(pilot, first, 1)
        for question in questions[1:]:
            await give(pilot, question, answers[question.id])
    assert stored(isolated) == [{"level": "staff", "answers": answers}]


async def test_abandoning_midway_stores_nothing(sample: SurveyBank, isolated: Path) -> None:
    bank = sample
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        for question in questions[:3]:
            await give(pilot, question, 1)
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, ConfirmCloseScreen)
        assert "participant who is busy now are not stored" in screen_text(pilot)
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0
    assert stored(isolated) == []
    with SurveyFile(isolated, GROUP) as survey:  # the kiosk let go of its lock
        assert survey.responses() == []


async def test_thanks_returns_to_a_clean_welcome(sample: SurveyBank, isolated: Path) -> None:
    bank = sample
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.THANKS_SECONDS = 2.0  # long enough to see the thank-you on a busy machine
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=3)
        for question in questions:
            await give(pilot, question, 1 if not isinstance(question, NumberQuestion) else 5)
        assert isinstance(app.screen, ThanksScreen)
        for _ in range(100):  # then it goes back by itself
            await pilot.pause(0.1)
            if isinstance(app.screen, WelcomeScreen):
                break
        assert isinstance(app.screen, WelcomeScreen)
        assert app.participation.answers == {} and app.participation.level_choice is None
        await press(pilot, "enter")
        assert chosen_rows(pilot) == [], "the level screen shows no earlier choice"
        await press(pilot, "1", "enter")
        assert app.screen.question.id == questions[0].id
        assert chosen_rows(pilot) == [], "the question shows no earlier choice"
        await press(pilot, "enter")
        assert app.screen.question.id == questions[0].id, "enter needs a choice first"
    assert len(stored(isolated)) == 1


async def test_two_participants_two_responses(isolated: Path) -> None:
    bank = small_bank()
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.THANKS_SECONDS = 0.05
    async with app.run_test(size=SIZE) as pilot:
        for level, value in ((1, 1), (3, 2)):
            await start(pilot, level=level)
            for question in questions:
                await give(pilot, question, 42 if isinstance(question, NumberQuestion) else value)
            await pilot.pause(0.2)
            await pilot.pause()
            assert isinstance(app.screen, WelcomeScreen)
        assert app.survey.stored == 2
    assert stored(isolated) == [
        {"level": "staff", "answers": {"x-basic": 1, "x-deep": 42, "li-deep": 1, "mood": 1}},
        {"level": "executive", "answers": {"x-basic": 2, "x-deep": 42, "li-deep": 2, "mood": 2}},
    ]


async def test_number_question_typed_checked_and_dont_know(isolated: Path) -> None:
    bank = small_bank()
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await press(pilot, "1", "enter")
        screen = app.screen
        assert isinstance(screen, NumberQuestionScreen)
        await press(pilot, "2", "0", "0", "0", "enter")
        assert app.screen is screen, "outside 0–1000: not accepted"
        assert screen.query_one("#hint", Label).has_class("-problem")
        await press(pilot, "backspace", "backspace", "backspace", "backspace", "question_mark")
        assert chosen_rows(pilot) == [1], "? chooses don't know"
        await press(pilot, "7")
        assert chosen_rows(pilot) == [], "typing a number replaces don't know"
        await press(pilot, "enter")
        assert app.screen.question.id == "li-deep"
        await press(pilot, "left")
        assert app.screen.query_one("#number-input").value == "7"
        await press(pilot, "backspace", "question_mark", "enter")
        await press(pilot, "1", "enter", "5", "enter")
    assert stored(isolated) == [
        {"level": "manager", "answers": {"x-basic": 1, "x-deep": None, "li-deep": 1, "mood": 5}}
    ]


async def test_write_error_keeps_the_answers_for_a_retry(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = small_bank()
    app = kiosk_app(bank, isolated, GROUP, "en")
    real_add = SurveyFile.add

    def failing_add(self: SurveyFile, responses: list[dict[str, Any]]) -> None:
        raise StoreWriteError("could not save (disk full)")

    monkeypatch.setattr(SurveyFile, "add", failing_add)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=1)
        for question in survey_order(bank):
            await give(pilot, question, 9 if isinstance(question, NumberQuestion) else 1)
        assert isinstance(app.screen, SaveFailedScreen)
        assert "press enter to try again" in screen_text(pilot)
        assert stored(isolated) == []
        await press(pilot, "enter")
        assert isinstance(app.screen, SaveFailedScreen), "still failing: still waiting"
        monkeypatch.setattr(SurveyFile, "add", real_add)
        await press(pilot, "enter")
        assert isinstance(app.screen, ThanksScreen)
        await press(pilot, "enter")
    assert stored(isolated) == [
        {"level": "staff", "answers": {"x-basic": 1, "x-deep": 9, "li-deep": 1, "mood": 1}}
    ]


# The trainer's keys


async def test_close_asks_and_no_keeps_running(isolated: Path) -> None:
    bank = small_bank()
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.THANKS_SECONDS = 60
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        for question in survey_order(bank):
            await give(pilot, question, 3 if isinstance(question, NumberQuestion) else 1)
        await press(pilot, "ctrl+q")
        assert isinstance(app.screen, ConfirmCloseScreen)
        assert "1 response stored this time." in screen_text(pilot)
        await press(pilot, "escape")
        assert isinstance(app.screen, ThanksScreen)
        await press(pilot, "ctrl+q")
        await pilot.click("#no")
        await pilot.pause()
        assert isinstance(app.screen, ThanksScreen)
        assert app.return_code is None
        await press(pilot, "ctrl+q")
        assert "participant who is busy" not in screen_text(pilot)
        await press(pilot, "ctrl+q")  # a second ctrl+q confirms
    assert app.return_code == 0


async def test_thanks_waits_for_an_open_dialog(isolated: Path) -> None:
    bank = small_bank()
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.THANKS_SECONDS = 0.5
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        for question in survey_order(bank):
            await give(pilot, question, 3 if isinstance(question, NumberQuestion) else 1)
        await press(pilot, "ctrl+q")
        await pilot.pause(0.8)
        assert isinstance(app.screen, ConfirmCloseScreen), "the dialog stays up"
        await press(pilot, "escape")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)


async def test_help_opens_and_closes(isolated: Path) -> None:
    app = kiosk_app(small_bank(), isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ChoiceQuestionScreen)


async def test_footer_shows_only_working_number_keys(bank: SurveyBank, isolated: Path) -> None:
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        question = questions[0]
        count = len(option_labels(question, "en")) + offers_dont_know(question)
        choose_keys = {
            key
            for key, active in app.screen.active_bindings.items()
            if active.binding.action.startswith("choose")
        }
        assert choose_keys == {str(number) for number in range(1, count + 1)}
        assert not app.screen.active_bindings["enter"].enabled, "enter waits for a choice"
        await press(pilot, "1")
        assert app.screen.active_bindings["enter"].enabled


async def test_the_group_file_is_locked_while_the_kiosk_is_open(isolated: Path) -> None:
    with SurveyFile(isolated, GROUP), pytest.raises(StoreBusy):
        kiosk_app(small_bank(), isolated, GROUP, "en")
    app = kiosk_app(small_bank(), isolated, GROUP, "en")
    with pytest.raises(StoreBusy):
        SurveyFile(isolated, GROUP)
    app.close_survey_file()


# Languages and sizes


async def test_dutch(bank: SurveyBank, isolated: Path) -> None:
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "nl")
    async with app.run_test(size=SIZE) as pilot:
        assert "Deze enquête is anoniem" in screen_text(pilot)
        assert "Druk op enter om te beginnen" in screen_text(pilot)
        await press(pilot, "enter")
        labels = [str(row.label) for row in app.screen.query(OptionRow)]
        assert labels == ["Medewerker", "Leidinggevende", "Directie", "Zeg ik liever niet"]
        await press(pilot, "1", "enter")
        assert f"Vraag 1 van {len(questions)}" in screen_text(pilot)
        if offers_dont_know(questions[0]):
            assert app.screen.query(OptionRow).last().label == "Weet ik niet"
        assert app.screen.active_bindings["left"].binding.description == "terug"


def row_count(question: KioskQuestion) -> int:
    return len(option_labels(question, "en")) + offers_dont_know(question)


def hardest_to_fit(bank: SurveyBank, language: str) -> list[KioskQuestion]:
    """The questions with the most options, the longest text, and the longest option."""
    questions = survey_order(bank)
    return [
        max(questions, key=row_count),
        max(questions, key=lambda q: len(q.text(language))),
        max(questions, key=lambda q: max(map(len, option_labels(q, language)), default=0)),
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
async def test_options_and_progress_visible_at_80_by_24(
    bank: SurveyBank, isolated: Path, language: str
) -> None:
    width, height = 80, 24
    app = kiosk_app(bank, isolated, GROUP, language)
    total = len(survey_order(bank))
    async with app.run_test(size=(width, height)) as pilot:
        for question in hardest_to_fit(bank, language):
            await app.switch_screen(question_screen(question, total, total, "X", language, {}))
            await pilot.pause()
            screen = app.screen
            visible = [*screen.query(OptionRow), screen.query_one("#progress-text")]
            assert len(visible) == max(row_count(question), 1) + 1
            for widget in visible:
                region = widget.region
                assert region.height >= 1 and region.width >= 1, (question.id, widget)
                assert region.right <= width and region.bottom <= height - 1, (question.id, widget)
                shown, _ = screen.get_widget_at(region.x + 1, region.y)
                assert shown is widget or widget in shown.ancestors, (question.id, widget)


async def test_small_screen_runs_through(sample: SurveyBank, isolated: Path) -> None:
    app = kiosk_app(sample, isolated, GROUP, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot)
        for question in survey_order(sample):
            await give(pilot, question, 3 if isinstance(question, NumberQuestion) else 1)
        assert isinstance(app.screen, ThanksScreen)
    assert len(stored(isolated)) == 1


async def test_large_screen_renders(isolated: Path) -> None:
    app = kiosk_app(small_bank(), isolated, GROUP, "en")
    async with app.run_test(size=(200, 60)) as pilot:
        await start(pilot)
        assert app.screen.has_class("-tall") and app.screen.has_class("-wide")
        await press(pilot, "1", "enter", "2", "3")
        assert app.screen.query_one("#number-digits").display


async def test_on_a_slow_disk_the_last_answer_is_stored_once_whatever_is_pressed(
    isolated: Path,
) -> None:
    """The write runs on the store thread; keys pressed meanwhile neither resend the response
    nor change it, and the thank-you comes only once it is on disk."""
    from tests.store_thread import SlowRunner

    bank = small_bank()
    questions = survey_order(bank)
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.survey.runner.shutdown()
    app.survey.runner = SlowRunner(0.5)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=1)
        for question in questions[:-1]:
            await give(pilot, question, 42 if isinstance(question, NumberQuestion) else 1)
        last = questions[-1]
        await pilot.press("1", "enter")  # the last answer: the write begins
        await pilot.press("2", "enter", "escape", "enter")  # impatient keys while it runs
        assert app.participation.saving and stored(isolated) == []
        assert not isinstance(app.screen, ThanksScreen)  # no thanks before it is on disk
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ThanksScreen)
    responses = stored(isolated)
    assert len(responses) == 1 and responses[0]["answers"][last.id] == 1


# The idle reset


class Clock:
    """A monotonic clock the test moves on by hand: minutes pass without waiting for them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def wait_for(pilot, condition) -> None:
    for _ in range(100):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition()


async def test_an_unfinished_survey_left_alone_returns_to_the_welcome(
    sample: SurveyBank, isolated: Path
) -> None:
    questions = survey_order(sample)
    clock = Clock()
    app = kiosk_app(sample, isolated, GROUP, "en")
    app.clock = clock
    app.IDLE_CHECK_SECONDS = 0.01
    assert app.IDLE_SECONDS == 180.0
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot, level=3)
        await give(pilot, questions[0], 1)
        clock.now += 179  # reading the question for almost three minutes: nothing happens
        await pilot.pause(0.1)
        assert app.screen.question.id == questions[1].id
        await press(pilot, "2")  # a key starts the three minutes again
        clock.now += 179
        await pilot.pause(0.1)
        assert app.screen.question.id == questions[1].id and chosen_rows(pilot) == [2]
        clock.now += 2
        await wait_for(pilot, lambda: isinstance(app.screen, WelcomeScreen))
        assert app.participation.answers == {} and app.participation.level_choice is None
        await start(pilot, level=1)  # the next participant starts afresh
        assert app.screen.question.id == questions[0].id and chosen_rows(pilot) == []
    assert stored(isolated) == [], "the walked-away participant's answers were never stored"


async def test_the_idle_reset_leaves_the_welcome_and_a_dialog_alone(
    isolated: Path,
) -> None:
    bank = small_bank()
    clock = Clock()
    app = kiosk_app(bank, isolated, GROUP, "en")
    app.clock = clock
    app.IDLE_CHECK_SECONDS = 0.01
    async with app.run_test(size=SIZE) as pilot:
        clock.now += 600
        await pilot.pause(0.1)
        assert isinstance(app.screen, WelcomeScreen)
        await start(pilot)
        await press(pilot, "f1")
        assert isinstance(app.screen, HelpScreen)
        clock.now += 600  # the trainer's help stays open, and the question under it
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, ChoiceQuestionScreen)
