"""The re-check on the kiosk (Pilot) and on phones (real HTTP), and the whole learning curve:
a survey, a session, a re-check on the kiosk and one imported, then `scores --group --json`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from tests.test_kiosk import give, press, screen_text
from tests.test_recheck import SURVEY_X, UNSEEN_X, cli, forms_rows
from tests.test_survey_support import right, write_google_csv, wrong
from workshop.cli.recheck_command import recheck_app
from workshop.phone.server import PhoneServer, open_socket
from workshop.phone.survey import SurveyDesk
from workshop.recheck import choose_questions, recheck_bank
from workshop.store.rechecks import RecheckFile, recheck_path
from workshop.tui.kiosk.question import ChoiceQuestionScreen, NumberQuestionScreen
from workshop.tui.kiosk.thanks import ThanksScreen
from workshop.tui.kiosk.welcome import WelcomeScreen

SIZE = (120, 36)
CODE = "RECH23"


@pytest.fixture
def sales(library, isolated):
    survey(isolated, "sales", SURVEY_X)  # baseline x: 6 of 12
    # x: 3 of 6, with confidence asked: two of the three wrong were given as sure.
    run_session(
        library,
        isolated,
        "sales",
        {"test-length": [2, 2, 2, 1, 1, 1]},
        sure={"test-length": [True, False, None, True, True, False]},
    )
    return isolated


def stored(data: Path, week: str) -> list[dict]:
    raw = json.loads(recheck_path(data, "sales", week).read_text("utf-8"))
    assert set(raw) <= {"_meta", "responses"}
    return list(raw.get("responses", {}).values())


async def kiosk_recheck(library, data: Path, week: str, people: list[list[bool]]) -> list:
    """Each person answers every re-check question on the kiosk: right or wrong as given."""
    questions = choose_questions(library, data, "sales", "1w")
    app = recheck_app(library, data, "sales", "en", questions, week)
    app.THANKS_SECONDS = 0.05
    asked = recheck_bank(library, questions).questions
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert "Re-check · sales" in screen_text(pilot)
        for count, person in enumerate(people, start=1):
            await press(pilot, "enter")  # no level question: straight to the first question
            assert isinstance(app.screen, ChoiceQuestionScreen | NumberQuestionScreen)
            for question, ok in zip(asked, person, strict=True):
                await give(pilot, question, right(question) if ok else wrong(question))
            assert isinstance(app.screen, ThanksScreen | WelcomeScreen)
            for _ in range(50):
                await pilot.pause(0.05)
                if isinstance(app.screen, WelcomeScreen):
                    break
            assert isinstance(app.screen, WelcomeScreen)
            assert app.survey.stored == count
    return asked


async def test_the_kiosk_asks_the_recheck_without_a_level_and_stores_only_answers(library, sales):
    asked = await kiosk_recheck(library, sales, "2026-W50", [[True] * 7])
    assert [q.id for q in asked] == UNSEEN_X
    (response,) = stored(sales, "2026-W50")
    assert response == {"answers": {q.id: right(q) for q in asked}}
    raw = recheck_path(sales, "sales", "2026-W50").read_text("utf-8")
    assert not re.search(r"\d{4}-\d\d-\d\d|\d\d:\d\d", raw), "no date or time in the file"


async def test_back_on_the_first_question_returns_to_the_welcome(library, sales):
    questions = choose_questions(library, sales, "sales")
    app = recheck_app(library, sales, "sales", "en", questions, "2026-W50")
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "enter")
        assert app.screen.question.id == UNSEEN_X[0]
        await press(pilot, "left")
        assert isinstance(app.screen, WelcomeScreen)
    assert not recheck_path(sales, "sales", "2026-W50").exists() or stored(sales, "2026-W50") == []


@pytest.fixture
def recheck_file(sales):
    recheck = RecheckFile(sales, "sales", "2026-W51")
    yield recheck
    recheck.close()


async def test_a_phone_answers_the_recheck_over_http(
    library, sales, recheck_file, aiohttp_server, aiohttp_client
):
    questions = choose_questions(library, sales, "sales")
    bank = recheck_bank(library, questions)

    async def store(response):
        recheck_file.add([response])

    desk = SurveyDesk(bank, "en", store, recheck=True)
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE, wrong_code_delay=0)
    client = await aiohttp_client(await aiohttp_server(server.web_app(desk)))
    try:
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        for number, question in enumerate(bank.questions, start=1):
            state = await (await client.get("/api/state")).json()
            assert state["phase"] == "question" and state["step"] == number
            assert state["total"] == len(UNSEEN_X) and state["question"]["id"] == question.id
            if number == 1:  # back on the first question stays there: there is no level
                back = await client.post("/api/back", json={"step": 1})
                assert back.status == 200
                assert (await (await client.get("/api/state")).json())["step"] == 1
            value = None if number == 2 else right(question)
            reply = await client.post("/api/answer", json={"step": number, "value": value})
            assert reply.status == 200, await reply.text()
        assert (await (await client.get("/api/state")).json())["phase"] == "done"
    finally:
        server.sock.close()
    expected = {q.id: right(q) for q in bank.questions} | {UNSEEN_X[1]: None}
    assert recheck_file.responses() == [{"answers": expected}]


async def test_done_when_survey_session_two_rechecks_and_the_exact_curve(
    library, sales, capsys, tmp_path
):
    # 1 week after: six people on the kiosk, 7 questions each.
    people = [
        [True] * 7,  # 7
        [True, True, True, True, True, False, False],  # 5
        [False] * 7,  # 0
        [True, False, True, False, True, False, True],  # 4
        [True] * 6 + [False],  # 6
        [True, True, False, False, False, False, False],  # 2
    ]
    await kiosk_recheck(library, sales, "2026-W50", people)
    # 4 weeks after: a Forms re-check of the first two questions, five people.
    questions = [q.question for q in choose_questions(library, sales, "sales", "4w")][:2]
    pattern = [[True, True], [True, False], [False, None], [True, True], [True, True]]
    path = tmp_path / "recheck.csv"
    write_google_csv(path, questions, forms_rows(questions, pattern))
    code, _, err = cli(
        capsys, "survey", "import", str(path), "--group", "sales", "--recheck", "--week", "2027-W01"
    )
    assert code == 0, err

    code, out, _ = cli(capsys, "export", "--last", "--format", "json", "-o", str(tmp_path))
    assert code == 0
    exported = json.loads(next(tmp_path.glob("*.json")).read_text("utf-8"))
    (length,) = [q for q in exported["questions"] if q["question"] == "test-length"]
    assert length["confidence"] == {
        "sure": 3, "unsure": 2, "sure_wrong": 2, "sure_wrong_share": round(2 / 6, 4)
    }

    code, out, _ = cli(capsys, "scores", "--group", "sales", "--json")
    assert code == 0
    assert json.loads(out) == {
        "group": "sales",
        "topics": {
            "x": {
                "baseline": 0.5,  # 6 of 12
                "session": 0.5,  # 3 of 6
                "rechecks": [
                    {"week": "2026-W50", "share": round(24 / 42, 4), "answers": 6},
                    {"week": "2027-W01", "share": 0.7, "answers": 5},  # 7 of 10
                ],
            }
        },
    }
