"""The short form (`workshop survey run --short`): which questions, on the kiosk and on phones,
marked in the report, and unanswered deeper questions counted as not asked in the plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_kiosk import GROUP, SIZE, give, start
from tests.test_kiosk import stored as kiosk_stored
from tests.test_survey_support import bank, right, store, wrong
from workshop.cli import main
from workshop.content.model import NumberQuestion, ScaleQuestion
from workshop.phone.server import PhoneServer, open_socket
from workshop.phone.survey import SurveyDesk
from workshop.planner import plan_for_group
from workshop.store import SurveyFile
from workshop.survey.order import SHORT, short_order, survey_order
from workshop.tui.kiosk import kiosk_app
from workshop.tui.kiosk.thanks import ThanksScreen
from workshop.tui.kiosk.welcome import WelcomeScreen


@pytest.fixture(scope="module")
def survey():
    return bank()


def short_response(survey, correct: bool = True, level: str | None = None) -> dict:
    """A short-form response as the kiosk stores it: only the short form's questions."""
    answers = {
        question.id: (4 if not question.scored else right(question) if correct else wrong(question))
        for question in short_order(survey)
    }
    return {"level": level, "answers": answers, "form": SHORT}


def test_the_short_form_is_one_basic_question_per_topic_and_every_attitude_scale(survey):
    short = short_order(survey)
    knowledge = [question for question in short if question.scored]
    topics = {question.topic for question in survey.knowledge()}
    assert sorted(q.topic for q in knowledge) == sorted(topics), "each topic exactly once"
    assert all(question.level == "basic" for question in knowledge)
    assert [q.id for q in short if not q.scored] == [q.id for q in survey.attitude()]
    assert len(short) == len(topics) + len(survey.attitude()) < len(survey.questions)
    full = [q.id for q in survey_order(survey)]
    assert [q.id for q in short] == [i for i in full if i in {q.id for q in short}], "same order"


async def test_the_kiosk_asks_and_stores_the_short_form(survey, isolated: Path) -> None:
    questions = short_order(survey)
    app = kiosk_app(survey, isolated, GROUP, "en", short=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.screen.question_count == len(questions)
        await start(pilot, level=1)
        for question in questions:
            value = 3 if isinstance(question, ScaleQuestion) else 1
            if isinstance(question, NumberQuestion):
                value = int(question.answer)
            await give(pilot, question, value)
        assert isinstance(app.screen, ThanksScreen)
    [response] = kiosk_stored(isolated)
    assert response["form"] == SHORT and response["level"] == "staff"
    assert list(response["answers"]) == [question.id for question in questions]


async def test_a_phone_walks_the_short_form(survey, isolated, aiohttp_server, aiohttp_client):
    isolated.mkdir(parents=True, exist_ok=True)
    with SurveyFile(isolated, "sales") as survey_file:

        async def keep(response):
            survey_file.add([response])

        desk = SurveyDesk(survey, "en", keep, short=True)
        server = PhoneServer(open_socket("127.0.0.1", 0), "en", code="SHORT1", wrong_code_delay=0)
        client = await aiohttp_client(await aiohttp_server(server.web_app(desk)))
        assert (await client.post("/api/join", json={"code": "SHORT1"})).status == 200
        questions = short_order(survey)
        assert (await client.post("/api/answer", json={"step": 0, "value": None})).status == 200
        for number, question in enumerate(questions, start=1):
            shown = await (await client.get("/api/state")).json()
            assert shown["total"] == len(questions) and shown["question"]["id"] == question.id
            value = 3 if not question.scored else None
            reply = await client.post("/api/answer", json={"step": number, "value": value})
            assert reply.status == 200
        server.sock.close()
        [response] = survey_file.responses()
    assert response["form"] == SHORT and set(response["answers"]) == {q.id for q in questions}


def test_the_report_says_how_many_answered_the_short_form(survey, isolated, capsys):
    from tests.test_survey_support import response

    store(isolated, "sales", [response(survey) for _ in range(3)])
    store(isolated, "sales", [short_response(survey) for _ in range(4)])
    capsys.readouterr()
    assert main(["survey", "report", "--group", "sales", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["respondents"] == 7 and report["short_form"] == 4
    assert main(["survey", "report", "--group", "sales", "--lang", "nl"]) == 0
    assert "4 van 7 vulden de korte versie in" in capsys.readouterr().out
    store(isolated, "hr", [short_response(survey) for _ in range(4)])  # too few to show
    assert main(["survey", "report", "--group", "hr", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["short_form"] is None


def test_planning_counts_deeper_questions_of_the_short_form_as_not_asked(survey, isolated):
    """Right on every basic question: no topic is weak, though no deeper one was answered."""
    store(isolated, "sales", [short_response(survey, correct=True) for _ in range(6)])
    plan = plan_for_group(bank_library(), isolated, "sales", 90, "en")
    assert plan.source == "group"
    assert "Every topic scored at least 70%" in plan.note
    from workshop.survey.responses import read_responses
    from workshop.survey.scoring import score

    scores = score(survey, read_responses(isolated, "sales"))
    assert {topic: result.score for topic, result in scores.topics.items()} == dict.fromkeys(
        {q.topic for q in survey.knowledge()}, 1.0
    )
    assert all(result.answered == 6 for result in scores.topics.values())
    taught = [module.id for module in plan.modules if "% correct" in module.reason]
    assert taught == [], "no module is chosen for a weak topic: none is weak"


def bank_library():
    from workshop.content import load_library

    return load_library()
