"""Confidence in the exports: per question `confidence` in JSON (exact, `null` below the
threshold and when the session did not ask), and per topic the myths to address in the weekly
moment, in English and Dutch. Real session files, written by a real live session."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_export_support import without_example_note
from workshop.cli import main
from workshop.export import build_summary
from workshop.export.formats import render
from workshop.live import LiveSession
from workshop.store.sessions import read_session

CONTENT = Path(__file__).parent / "content"

# test-length: 140 / 280 (right) / 500 / don't know; test-link: a number, 23 right.
SAID = {
    "test-length": [  # 7 answers: 3 wrong and sure, 1 wrong not sure, "don't know" sure
        (2, True),
        (1, True),
        (1, True),
        (3, True),
        (1, False),
        (None, True),
        (2, None),
    ],
    "test-link": [(23, True), (140, True), (1000, False), (23, None)],  # 4: below the threshold
}


def confidence_session(library, data: Path, language: str = "en", confidence: bool = True):
    data.mkdir(parents=True, exist_ok=True)
    live = LiveSession.start(library, data, "sales", language, ["test-quiz"], confidence)
    while True:
        current = live.round
        if current is not None and current.question.id in SAID:
            keys = SAID[current.question.id]
            for value, sure in keys[: len(keys) // 2]:
                live.answer(value, "key", 0.0, sure)
            phones = [(current.number, value, sure) for value, sure in keys[len(keys) // 2 :]]
            live.answer_group(phones)  # half from phones, half from keys
        if not live.go_next():
            break
    live.finish()
    live.close()
    record = read_session(live.session.path)
    assert record is not None
    return record


def question(document, question_id):
    (found,) = [q for q in document["questions"] if q["question"] == question_id]
    return found


def test_json_gives_exact_confidence_figures_and_null_below_five(library, isolated):
    record = confidence_session(library, isolated)
    document = json.loads(render(build_summary(record, library, isolated), "json"))
    assert question(document, "test-length")["confidence"] == {
        "sure": 5,
        "unsure": 1,
        "sure_wrong": 3,  # "don't know" is no myth, however sure
        "sure_wrong_share": round(3 / 7, 4),
    }
    assert question(document, "test-link")["confidence"] is None  # 4 answers: hidden
    assert document["myths"] == [
        {
            "topic": "x",
            "name": library.topic_name("x", "en"),
            "questions": [
                {
                    "module": "test-quiz",
                    "question": "test-length",
                    "sure_wrong": 3,
                    "sure_wrong_share": 0.4286,
                }
            ],
        }
    ]


def test_markdown_and_html_list_the_myths_per_topic_in_both_languages(library, isolated):
    english = build_summary(confidence_session(library, isolated / "en"), library, isolated)
    text = render(english, "md").decode()
    assert "## Myths to address in the weekly moment" in text
    assert (
        "“How many characters may a post on X have?”: 3 of 7 answers confidently wrong (43%); "
        "correct: 280"
    ) in text
    assert "3 confidently wrong (43%)" in text  # beside the question's own figures
    page = render(english, "html").decode()
    assert "Myths to address in the weekly moment" in page and "3 of 7 answers" in page

    dutch = build_summary(confidence_session(library, isolated / "nl", "nl"), library, isolated)
    text = render(dutch, "md").decode()
    assert "## Misverstanden voor het wekelijkse moment" in text
    assert "3 van 7 antwoorden zeker maar fout (43%); goed: 280" in text
    assert "Misverstanden voor het wekelijkse moment" in render(dutch, "html").decode()


def test_a_session_that_did_not_ask_has_null_confidence_and_no_myths(library, isolated):
    record = confidence_session(library, isolated, confidence=False)
    assert all(answer.sure is None for answer in record.answers)
    summary = build_summary(record, library, isolated)
    document = json.loads(render(summary, "json"))
    assert [q["confidence"] for q in document["questions"]] == [None, None]
    assert document["myths"] == []
    assert "Myths" not in render(summary, "md").decode()


def test_an_old_session_file_without_confidence_still_loads_and_exports(library, isolated, capsys):
    """A file as the version before confidence wrote it: no `confidence` in the settings, no
    `sure` in any answer."""
    record = confidence_session(library, isolated, confidence=False)
    document = json.loads(record.path.read_text("utf-8"))
    assert "confidence" not in document["session"]["1"]
    assert all("sure" not in answer for answer in document["answers"].values())
    live = LiveSession.resume(library, record.path)
    try:
        assert live.confidence is False and len(live.session.answers()) == 11
    finally:
        live.close()
    code = main(["export", "--last", "--format", "json", "--modules", str(CONTENT)])
    captured = capsys.readouterr()
    assert (code, without_example_note(captured.err)) == (0, "")
    written = json.loads((isolated / "exports" / f"{record.id}.json").read_text("utf-8"))
    assert question(written, "test-length")["confidence"] is None
    assert question(written, "test-length")["answers"] == 7


def test_a_wrong_confidence_in_a_file_names_the_field(library, isolated):
    from workshop.store.sessions import WrongValue, check_session

    record = confidence_session(library, isolated)
    document = json.loads(record.path.read_text("utf-8"))
    first = next(iter(document["answers"]))
    document["answers"][first]["sure"] = "yes"
    try:
        check_session(document)
    except WrongValue as error:
        assert error.field == f"answers.{first}.sure"
    else:
        raise AssertionError("a confidence of 'yes' was accepted")
    document["answers"][first]["sure"] = None
    document["session"]["1"]["confidence"] = "on"
    try:
        check_session(document)
    except WrongValue as error:
        assert error.field == "confidence"
    else:
        raise AssertionError("a confidence setting of 'on' was accepted")
