"""The survey on phones: each phone walks the bank; a response is stored whole, once, at the end."""

from __future__ import annotations

import pytest

from workshop.content.model import NumberQuestion, ScaleQuestion
from workshop.phone.server import PhoneServer, open_socket
from workshop.phone.survey import SurveyDesk
from workshop.store import SurveyFile
from workshop.store.database import StoreWriteError
from workshop.survey.order import survey_order

CODE = "SURV23"


@pytest.fixture
def survey_file(isolated):
    isolated.mkdir(parents=True, exist_ok=True)
    survey = SurveyFile(isolated, "sales")
    yield survey
    survey.close()


@pytest.fixture
async def desk(library, survey_file):
    async def store(response):
        survey_file.add([response])

    return SurveyDesk(library.survey, "en", store)


@pytest.fixture
async def phone(desk, aiohttp_server, aiohttp_client):
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE, wrong_code_delay=0)
    app_server = await aiohttp_server(server.web_app(desk))

    async def new_phone():
        client = await aiohttp_client(app_server)
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        return client

    yield new_phone
    server.sock.close()


async def state(client):
    response = await client.get("/api/state")
    assert response.status == 200
    return await response.json()


async def step(client, number, value):
    return await client.post("/api/answer", json={"step": number, "value": value})


def an_answer(question):
    """Something valid for every kind: the first option, the answer, the middle of a scale."""
    if isinstance(question, NumberQuestion):
        return question.answer
    if isinstance(question, ScaleQuestion):
        return 3
    return 1


def test_the_order_is_basic_first(library):
    levels = [q.level for q in survey_order(library.survey) if q.scored]
    assert levels == sorted(levels)  # "basic" before "deeper"


async def test_a_phone_fills_in_the_whole_survey_and_it_is_stored_once(
    desk, phone, survey_file, library
):
    client = await phone()
    first = await state(client)
    assert first["phase"] == "level" and first["step"] == 0
    assert [o["label"] for o in first["question"]["options"]] == [
        "Staff",
        "Manager",
        "Executive",
        "Rather not say",
    ]
    assert (await step(client, 0, 2)).status == 200  # manager
    questions = survey_order(library.survey)
    expected = {}
    for number, question in enumerate(questions, start=1):
        shown = await state(client)
        assert shown["phase"] == "question" and shown["step"] == number
        assert shown["total"] == len(questions) and shown["question"]["id"] == question.id
        dont_know = [o for o in shown["question"]["options"] if o["value"] is None]
        assert bool(dont_know) == question.scored  # "don't know" on every knowledge question
        value = None if question.scored and number % 3 == 0 else an_answer(question)
        expected[question.id] = value
        assert survey_file.responses() == []  # nothing stored before the end
        reply = await step(client, number, value)
        assert reply.status == 200, await reply.text()
    assert (await state(client))["phase"] == "done"
    assert survey_file.responses() == [{"level": "manager", "answers": expected}]
    assert desk.stored_count == 1

    again = await step(client, len(questions), 1)  # a replay after the end
    assert again.status == 409 and (await again.json())["error"] == "survey_done"
    assert len(survey_file.responses()) == 1


async def test_back_keeps_the_phones_own_answer_and_refresh_keeps_the_place(phone, survey_file):
    client = await phone()
    assert (await step(client, 0, None)).status == 200  # rather not say
    assert (await step(client, 1, 2)).status == 200
    assert (await state(client))["step"] == 2
    back = await client.post("/api/back", json={"step": 2})
    assert back.status == 200
    shown = await state(client)
    assert shown["step"] == 1 and shown["chosen"] == 2
    stale = await step(client, 3, 1)  # a tab left open on an older question
    assert stale.status == 409 and (await stale.json())["error"] == "out_of_step"
    other = await phone()  # another phone starts at the beginning and sees nothing of this one
    fresh = await state(other)
    assert fresh["step"] == 0 and "chosen" not in fresh
    assert survey_file.responses() == []


@pytest.mark.parametrize(
    ("number", "value", "status"),
    [
        (0, 4, 422),  # "rather not say" is null, not 4
        (0, 0, 422),
        (0, 1.5, 422),
        (0, "staff", 422),
        (1, 2, 409),  # not yet at step 1
        (-1, 1, 400),
    ],
)
async def test_bad_survey_answers_are_refused(phone, survey_file, number, value, status):
    client = await phone()
    reply = await step(client, number, value)
    assert reply.status == status
    assert (await state(client))["step"] == 0
    assert survey_file.responses() == []


async def test_an_option_out_of_range_is_refused(phone, library):
    client = await phone()
    await step(client, 0, None)
    question = survey_order(library.survey)[0]
    count = len(question.options) if hasattr(question, "options") else 2
    assert (await step(client, 1, count + 1)).status == 422
    assert (await step(client, 1, True)).status == 422
    assert (await state(client))["step"] == 1


async def test_a_failed_write_keeps_the_answers_for_a_retry(
    library, aiohttp_server, aiohttp_client
):
    stored = []
    failing = [True]

    async def store(response):
        if failing[0]:
            raise StoreWriteError("disk full")
        stored.append(response)

    desk = SurveyDesk(library.survey, "en", store)
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE, wrong_code_delay=0)
    client = await aiohttp_client(await aiohttp_server(server.web_app(desk)))
    try:
        await client.post("/api/join", json={"code": CODE})
        await step(client, 0, 1)
        questions = survey_order(library.survey)
        for number, question in enumerate(questions[:-1], start=1):
            assert (await step(client, number, an_answer(question))).status == 200
        last = len(questions)
        reply = await step(client, last, an_answer(questions[-1]))
        assert reply.status == 503 and (await reply.json())["error"] == "not_saved"
        assert (await state(client))["phase"] == "question"
        failing[0] = False
        assert (await step(client, last, an_answer(questions[-1]))).status == 200
        assert len(stored) == 1 and len(stored[0]["answers"]) == len(questions)
    finally:
        server.sock.close()
