"""The store writes exactly what it holds, however answers come and go.

`AtomicStorage` reuses the encoded text of answers it has written before (a long session
would otherwise re-encode every answer on every key press); whatever the order of adding,
withdrawing and moving on, the file must hold byte for byte what a full encoding of the
session gives, and read back as the same session.
"""

from __future__ import annotations

import json
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.store import Answer, SessionFile, SurveyFile
from workshop.store.database import _encode
from workshop.store.sessions import answer_document

EXAMPLES = int(os.environ.get("WORKSHOP_HOSTILE_EXAMPLES", "60"))

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(1, 9), st.none() | st.integers(1, 5)),
        st.tuples(st.just("withdraw"), st.integers(0, 50), st.none()),
        st.tuples(st.just("move"), st.integers(0, 9), st.none()),
        st.tuples(st.just("reopen"), st.none(), st.none()),
    ),
    max_size=40,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(operations=OPERATIONS)
def test_the_file_is_always_exactly_the_session(tmp_path_factory, operations):
    folder = tmp_path_factory.mktemp("store")
    session = SessionFile.create(folder, "sales", "en", ["test-quiz"])
    expected: dict[int, dict] = {}
    try:
        for action, number, value in operations:
            if action == "add":
                answer = Answer(number, "test-quiz", "test-length", value, "key", 1)
                expected[session.add_answer(answer)] = answer_document(answer)
            elif action == "withdraw" and expected:
                answer_id = sorted(expected)[number % len(expected)]
                session.remove_answer(answer_id)
                del expected[answer_id]
            elif action == "move":
                session.update_info(position={"module": 0, "step": number})
            elif action == "reopen":
                session.close()
                session = SessionFile.open(session.path)
            raw = session.path.read_bytes()
            assert raw == _encode(session.database.db.storage.read())
            stored = json.loads(raw)
            assert {int(k): v for k, v in stored.get("answers", {}).items()} == expected
    finally:
        session.close()
    with SessionFile.open(session.path) as again:
        assert {i: answer_document(a) for i, a in again.answers_with_ids()} == expected


def test_survey_responses_written_twice_read_back_whole(tmp_path):
    first = [{"level": "staff", "answers": {"q1": 1}}] * 3
    second = [{"level": None, "answers": {"q1": None, "q2": 2.5}}] * 2
    with SurveyFile(tmp_path, "sales") as survey:
        survey.add(first)
        survey.add(second)
        raw = survey.database.path.read_bytes()
        assert raw == _encode(survey.database.db.storage.read())
    with SurveyFile(tmp_path, "sales") as survey:
        assert survey.responses() == first + second
