"""`workshop survey report`: scores per topic, attitude, levels, and the anonymity threshold."""

from __future__ import annotations

import json

import pytest

from tests.test_survey_support import bank, knowledge_by_topic, response, right, store, wrong
from workshop.cli import main
from workshop.store import SurveyFile
from workshop.survey.anonymity import hidden_levels


@pytest.fixture(scope="module")
def survey():
    return bank()


def report(capsys, group: str, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["survey", "report", "--group", group, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_dont_know_counts_as_not_correct_and_a_blank_is_left_out(survey, isolated, capsys):
    topic, questions = next((t, qs) for t, qs in knowledge_by_topic(survey).items() if len(qs) > 1)
    first, second = questions[:2]
    attitude = survey.attitude()[0]
    store(
        isolated,
        "sales",
        [
            {"level": None, "answers": {first.id: right(first), second.id: right(second)}},
            {"level": None, "answers": {first.id: right(first), second.id: None}},
            {"level": None, "answers": {first.id: wrong(first)}},
            {"level": None, "answers": {first.id: right(first)}},
            {"level": None, "answers": {attitude.id: 2}},
            {"level": None, "answers": {attitude.id: 5}},
        ],
    )
    result = report(capsys, "sales")
    assert result["group"] == "sales"
    assert result["respondents"] == 6
    assert result["threshold"] == 5
    assert result["suppressed"] is False
    assert result["topics"] == {topic: {"score": pytest.approx(4 / 6), "answered": 6}}
    assert result["attitude"] == {"mean": pytest.approx(3.5), "answered": 2}
    assert result["levels"] == {}


def test_every_topic_and_the_attitude_mean(survey, isolated, capsys):
    topics = list(knowledge_by_topic(survey))
    weak = topics[0]
    responses = [response(survey, {weak: index < 2}, attitude=index % 5 + 1) for index in range(8)]
    store(isolated, "it", responses)
    result = report(capsys, "it")
    assert set(result["topics"]) == set(topics)
    assert result["topics"][weak]["score"] == pytest.approx(2 / 8)
    assert all(result["topics"][t]["score"] == 1 for t in topics[1:])
    per_topic = {t: len(qs) * 8 for t, qs in knowledge_by_topic(survey).items()}
    assert {t: v["answered"] for t, v in result["topics"].items()} == per_topic
    means = [index % 5 + 1 for index in range(8)]
    assert result["attitude"]["mean"] == pytest.approx(sum(means) / 8)
    assert result["attitude"]["answered"] == 8 * len(survey.attitude())


def test_four_respondents_are_not_shown(survey, isolated, capsys):
    store(isolated, "hr", [response(survey) for _ in range(4)])
    result = report(capsys, "hr")
    assert result["respondents"] == 4
    assert result["suppressed"] is True
    assert result["topics"] == {}
    assert result["attitude"] is None
    assert result["levels"] == {}
    assert "too few answers to show anonymously" in result["reason"]
    capsys.readouterr()
    assert main(["survey", "report", "--group", "hr"]) == 0
    out = capsys.readouterr().out
    assert "too few answers to show anonymously" in out and "%" not in out


def test_five_respondents_are_shown(survey, isolated, capsys):
    store(isolated, "hr", [response(survey) for _ in range(5)])
    result = report(capsys, "hr")
    assert result["suppressed"] is False
    assert result["topics"] and all(v["score"] == 1 for v in result["topics"].values())
    capsys.readouterr()
    assert main(["survey", "report", "--group", "hr", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "100%" in out
    attitude = next(line for line in out.splitlines() if "Houding (1–5)" in line)
    assert attitude.split("│")[-2].strip() == "4"  # a whole mean without ",0"


def test_the_report_reads_while_the_kiosk_holds_the_file(survey, isolated, capsys):
    store(isolated, "hr", [response(survey) for _ in range(5)])
    with SurveyFile(isolated, "hr"):  # the kiosk keeps its group's file locked while it runs
        assert report(capsys, "hr")["respondents"] == 5


def test_survey_run_opens_the_kiosk_for_the_group(survey, isolated, monkeypatch):
    opened = []

    class Kiosk:
        return_code = 0

        def run(self):
            opened.append("ran")

    def kiosk_app(bank, data, group, language, phone_server=None, short=False):
        opened.append((bank, data, group, language, short))
        assert phone_server is None  # nothing listens without --serve
        return Kiosk()

    monkeypatch.setattr("workshop.tui.kiosk.kiosk_app", kiosk_app)
    assert main(["survey", "run", "--group", "Sales", "--lang", "nl"]) == 0
    assert opened == [(survey, isolated, "sales", "nl", False), "ran"]
    opened.clear()
    assert main(["survey", "run", "--group", "Sales", "--short"]) == 0
    assert opened == [(survey, isolated, "sales", "en", True), "ran"]
    assert main(["survey", "run", "--group", "sales team"]) == 2


def test_min_group_can_be_raised_but_not_below_three(survey, isolated, capsys):
    store(isolated, "sales", [response(survey) for _ in range(6)])
    assert report(capsys, "sales", "--min-group", "8")["suppressed"] is True
    assert report(capsys, "sales", "--min-group", "8")["threshold"] == 8
    assert report(capsys, "sales", "--min-group", "6")["suppressed"] is False
    capsys.readouterr()
    assert main(["survey", "report", "--group", "sales", "--min-group", "2"]) == 2
    err = capsys.readouterr().err
    assert "--min-group 2 is too low" in err and "at least 3" in err


def test_a_small_level_hides_the_next_smallest_too(survey, isolated, capsys):
    levels = ["staff"] * 9 + ["manager"] * 6 + ["executive"] * 2
    store(isolated, "management", [response(survey, level=level) for level in levels])
    result = report(capsys, "management")
    assert result["suppressed"] is False
    shown = {level: part["suppressed"] for level, part in result["levels"].items()}
    assert shown == {"staff": False, "manager": True, "executive": True}
    assert result["levels"]["staff"]["topics"]
    for hidden in ("manager", "executive"):
        assert result["levels"][hidden]["topics"] == {}
        assert result["levels"][hidden]["attitude"] is None
    assert "too few" in result["levels"]["executive"]["reason"]
    assert "subtraction" in result["levels"]["manager"]["reason"]


def test_two_small_levels_hide_only_themselves(survey, isolated, capsys):
    levels = ["staff"] * 10 + ["manager"] * 3 + ["executive"] * 2 + [None] * 6
    store(isolated, "sales", [response(survey, level=level) for level in levels])
    result = report(capsys, "sales")
    shown = {level: part["suppressed"] for level, part in result["levels"].items()}
    assert shown == {"staff": False, "manager": True, "executive": True, "unspecified": False}
    assert result["levels"]["unspecified"]["respondents"] == 6


def test_respondents_without_a_level_count_as_a_level_of_their_own(survey, isolated, capsys):
    levels = ["staff"] * 8 + [None] * 2
    store(isolated, "it", [response(survey, level=level) for level in levels])
    result = report(capsys, "it")
    shown = {level: part["suppressed"] for level, part in result["levels"].items()}
    assert shown == {"staff": True, "unspecified": True}


def test_the_subtraction_rule_on_its_own():
    assert hidden_levels({"staff": 9, "manager": 6, "executive": 2}, 5) == {
        "executive": "too_few",
        "manager": "subtraction",
    }
    assert hidden_levels({"staff": 9, "manager": 6, "executive": 0}, 5) == {}
    assert hidden_levels({"staff": 4, "manager": 3, "executive": 9}, 5) == {
        "staff": "too_few",
        "manager": "too_few",
    }
    assert hidden_levels({"staff": 5, "manager": 5}, 5) == {}


def test_a_group_without_a_survey(survey, isolated, capsys):
    store(isolated, "sales", [response(survey)])
    assert main(["survey", "report", "--group", "hr"]) == 1
    err = capsys.readouterr().err
    assert "no survey answers for hr yet" in err and "sales" in err
    assert not (isolated / "surveys" / "hr.json").exists()


def test_the_questions_for_building_a_form(survey, capsys):
    assert main(["survey", "questions", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [q["id"] for q in listed] == ["level", *(q.id for q in survey.questions)]
    assert listed[0]["kind"] == "level" and listed[0]["text"] == "At which level do you work?"
    assert listed[0]["options"] == ["Staff", "Manager", "Executive", "Rather not say"]
    by_id = {q["id"]: q for q in listed}
    for question in survey.knowledge():
        entry = by_id[question.id]
        assert entry["topic"] == question.topic and entry["level"] == question.level
        assert entry["text"] == question.text("en")
        assert entry["dont_know"] == "Don't know"
        if question.kind == "number":
            assert entry["answer"] == right(question)
        else:
            assert entry["correct"] == [right(question)]
    for question in survey.attitude():
        assert by_id[question.id]["kind"] == "scale" and by_id[question.id]["dont_know"] is None
    assert main(["survey", "questions", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Enquêtevragen" in out and "Weet ik niet" in out
    assert "Op welk niveau werk je?" in out and "4. Zeg ik liever" in out
    assert main(["survey", "questions", "--lang", "nl", "--json"]) == 0
    level = json.loads(capsys.readouterr().out)[0]
    assert level["text"] == "Op welk niveau werk je?"
    assert level["options"] == ["Medewerker", "Leidinggevende", "Directie", "Zeg ik liever niet"]


def test_a_group_without_answers_is_pointed_to_groups_that_have_them(survey, isolated, capsys):
    store(isolated, "it", [response(survey) for _ in range(5)])
    store(isolated, "hr", [])  # a kiosk opened and closed without a response
    assert main(["survey", "report", "--group", "sales"]) == 1
    err = capsys.readouterr().err
    assert "(groups with answers: it)" in err
