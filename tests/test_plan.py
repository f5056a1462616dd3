"""The planner: always-modules first, weakest topic first, attitude, time, pooled and default."""

from __future__ import annotations

import json
import re

import pytest

from tests.test_survey_support import knowledge_by_topic, response, responses_scoring, store
from workshop.cli import main
from workshop.content import load_library
from workshop.planner import GETTING_STARTED, default_plan, plan_for_group

GROUP = "sales"


@pytest.fixture(scope="module")
def library():
    return load_library()


def always(library):
    """The always-modules in the programme's order: why we do this first, basic rules last."""
    modules = [m for m in library.modules.values() if m.always]
    return [m.id for m in sorted(modules, key=lambda m: min(m.tips))]


def taught(library, group=GROUP):
    """Topic → the modules (not always on the agenda) that teach it to `group`."""
    topics: dict[str, list[str]] = {}
    for module in library.modules_for(group):
        if not module.always and module.id != GETTING_STARTED:
            for topic in module.topics:
                topics.setdefault(topic, []).append(module.id)
    return topics


def two_topics(library):
    """Two knowledge topics that modules for the group teach, not taught by always-modules."""
    always_topics = {t for m in library.modules.values() if m.always for t in m.topics}
    starter = library.modules.get(GETTING_STARTED)
    starter_topics = set(starter.topics) if starter else set()
    usable = [
        topic
        for topic in knowledge_by_topic(library.survey)
        if topic in taught(library) and topic not in always_topics | starter_topics
    ]
    assert len(usable) >= 2, "the content needs two topics with modules for the group"
    return usable[0], usable[1]


def ids(modules):
    return [planned.id for planned in modules]


def known_step(planned):
    """A module left out because the group scored well on its programme step."""
    return re.fullmatch(r"step \d strong already: 100% on .+", planned.reason)


def test_always_first_then_the_weakest_topic_first(library, isolated):
    weakest, weaker = two_topics(library)
    store(isolated, GROUP, responses_scoring(library.survey, {weakest: 0.2, weaker: 0.5}))
    plan = plan_for_group(library, isolated, GROUP, 600, "en")
    assert plan.source == "group" and plan.respondents == 10
    first = always(library)
    assert ids(plan.modules)[: len(first)] == first
    rest = ids(plan.modules)[len(first) :]
    for_weakest = taught(library)[weakest]
    for_weaker = [m for m in taught(library)[weaker] if m not in for_weakest]
    assert rest == [m for m in rest if m in for_weakest] + [m for m in rest if m in for_weaker]
    assert set(rest) == set(for_weakest) | set(for_weaker)
    reasons = {planned.id: planned.reason for planned in plan.modules}
    weakest_name = library.topic_name(weakest, "en")
    assert reasons[for_weakest[0]].startswith(f"{weakest_name}: 20% correct in the survey")
    if for_weaker:
        weaker_name = library.topic_name(weaker, "en")
        assert f"{weaker_name}: 50% correct in the survey" in reasons[for_weaker[0]]
    assert all(reasons[m] == "always on the agenda" for m in first)
    # Nothing is left out for time; only the programme steps the group answered well on.
    assert plan.left_out and all(known_step(planned) for planned in plan.left_out)
    assert GETTING_STARTED not in rest


def test_only_topics_below_seventy_percent(library, isolated):
    at_the_bar, below = two_topics(library)
    store(isolated, GROUP, responses_scoring(library.survey, {at_the_bar: 0.7, below: 0.6}))
    planned = ids(plan_for_group(library, isolated, GROUP, 600, "en").modules)
    only_at_the_bar = [m for m in taught(library)[at_the_bar] if m not in taught(library)[below]]
    assert only_at_the_bar and not set(only_at_the_bar) & set(planned)
    assert set(taught(library)[below]) <= set(planned)


def test_only_modules_for_the_group(library, isolated):
    weak = {topic: 0.0 for topic in knowledge_by_topic(library.survey)}
    store(isolated, GROUP, responses_scoring(library.survey, weak))
    plan = plan_for_group(library, isolated, GROUP, 600, "en")
    assert all(library.modules[m].for_group(GROUP) for m in ids(plan.modules))
    elsewhere = [m.id for m in library.modules.values() if not m.for_group(GROUP)]
    assert elsewhere and not set(elsewhere) & set(ids(plan.modules))


def test_a_hesitant_group_starts_with_getting_started(library, isolated):
    answers = [response(library.survey, attitude=2) for _ in range(4)]
    answers += [response(library.survey, attitude=3) for _ in range(6)]
    store(isolated, GROUP, answers)
    plan = plan_for_group(library, isolated, GROUP, 600, "en")
    first = always(library)
    assert ids(plan.modules) == [*first, GETTING_STARTED]
    assert plan.modules[len(first)].reason == "attitude 2.6 of 5"
    dutch = plan_for_group(library, isolated, GROUP, 600, "nl")
    assert dutch.modules[len(first)].reason == "houding 2,6 van 5"


def test_a_confident_strong_group_gets_only_the_always_modules(library, isolated):
    store(isolated, GROUP, [response(library.survey, attitude=3) for _ in range(5)])
    plan = plan_for_group(library, isolated, GROUP, 600, "en")
    assert ids(plan.modules) == always(library)
    assert "at least 70%" in plan.note


def test_the_time_budget(library, isolated):
    weakest, _ = two_topics(library)
    store(isolated, GROUP, responses_scoring(library.survey, {weakest: 0.0}))
    first = always(library)
    first_minutes = sum(library.modules[m].minutes for m in first)
    candidates = taught(library)[weakest]
    minutes = first_minutes + library.modules[candidates[0]].minutes
    plan = plan_for_group(library, isolated, GROUP, minutes, "en")
    assert ids(plan.modules) == [*first, candidates[0]]
    assert plan.planned_minutes <= minutes
    no_time = [planned for planned in plan.left_out if not known_step(planned)]
    assert ids(no_time) == candidates[1:]
    assert all(planned.reason == "no time" for planned in no_time)

    tight = plan_for_group(library, isolated, GROUP, 5, "en")
    assert tight.planned_minutes <= 5
    assert tight.modules == []
    left_out = {p.id for p in tight.left_out if not known_step(p)}
    # Besides those, the modules tried for a programme step the always-modules left uncovered.
    assert left_out >= {*first, *candidates}
    assert all(p.reason == "no time" for p in tight.left_out if not known_step(p))


def test_a_small_group_is_planned_from_all_groups_without_giving_it_away(library, isolated):
    weakest, _ = two_topics(library)
    store(isolated, "tiny", responses_scoring(library.survey, {weakest: 0.0}, count=3))
    store(isolated, "big", responses_scoring(library.survey, {weakest: 0.8}, count=10))
    plan = plan_for_group(library, isolated, "tiny", 600, "en")
    assert plan.source == "pooled" and plan.respondents == 3
    assert "Too few answers from tiny" in plan.note and "13 respondents" in plan.note
    reasons = {planned.id: planned.reason for planned in plan.modules}
    # 8 of 13 right is below the bar; "big" shows 80%, so the pooled 61% would give away tiny.
    assert set(taught(library, "tiny")[weakest]) <= set(reasons)
    name = library.topic_name(weakest, "en")
    assert reasons[taught(library, "tiny")[weakest][0]] == (
        f"{name}: below 70% correct across all groups"
    )
    assert not any(re.search(r"(?<!below )\b\d+% correct", r) for r in reasons.values())


def test_pooled_figures_when_the_small_groups_together_meet_the_threshold(library, isolated):
    weakest, _ = two_topics(library)
    store(isolated, "tiny", responses_scoring(library.survey, {weakest: 0.0}, count=3))
    store(isolated, "small", responses_scoring(library.survey, {weakest: 0.0}, count=3))
    store(isolated, "big", responses_scoring(library.survey, {weakest: 0.8}, count=10))
    plan = plan_for_group(library, isolated, "tiny", 600, "en")
    assert plan.source == "pooled"
    name = library.topic_name(weakest, "en")
    reason = {p.id: p.reason for p in plan.modules}[taught(library, "tiny")[weakest][0]]
    assert reason == f"{name}: 50% correct across all groups"  # 8 of 16, never tiny's 0%


def test_without_a_usable_survey_the_default_agenda(library, isolated):
    plan = plan_for_group(library, isolated, GROUP, 90, "en")
    assert plan.source == "default" and "No survey for sales" in plan.note
    assert ids(plan.modules) == ids(default_plan(library, GROUP, 90, "en").modules)
    assert not (isolated / "surveys").exists() or not list((isolated / "surveys").iterdir())

    store(isolated, GROUP, [response(library.survey) for _ in range(4)])
    plan = plan_for_group(library, isolated, GROUP, 90, "en")
    assert plan.source == "default" and plan.respondents == 4
    assert "Too few answers to plan from anonymously" in plan.note
    assert all("%" not in planned.reason for planned in plan.modules)


def test_a_raised_threshold_applies_to_the_plan(library, isolated):
    weakest, _ = two_topics(library)
    store(isolated, GROUP, responses_scoring(library.survey, {weakest: 0.0}, count=6))
    assert plan_for_group(library, isolated, GROUP, 90, "en", threshold=5).source == "group"
    assert plan_for_group(library, isolated, GROUP, 90, "en", threshold=8).source == "default"


def test_plan_json_through_the_command_line(library, isolated, capsys):
    weakest, _ = two_topics(library)
    store(isolated, GROUP, responses_scoring(library.survey, {weakest: 0.3}, count=10))
    assert main(["plan", "--group", GROUP, "--minutes", "60", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["group"] == GROUP and plan["source"] == "group" and plan["minutes"] == 60
    assert plan["respondents"] == 10
    first = library.modules[always(library)[0]]
    assert plan["modules"] and plan["modules"][0] == {
        "id": first.id,
        "minutes": first.minutes,
        "steps": sorted(first.tips),
        "reason": "always on the agenda",
    }
    for entry in plan["modules"] + plan["left_out"]:
        assert set(entry) == {"id", "minutes", "steps", "reason"}
    assert sorted(plan["steps_served"] + plan["steps_missing"]) == [1, 2, 3, 4, 5]
    for step in plan["steps_missing"]:  # the group answered well on it
        assert any(e["reason"].startswith(f"step {step} ") for e in plan["left_out"])
    assert sum(entry["minutes"] for entry in plan["modules"]) <= 60
    assert any("30% correct in the survey" in entry["reason"] for entry in plan["modules"])


def test_plan_as_a_table_in_dutch(library, isolated, capsys):
    store(isolated, GROUP, [response(library.survey, attitude=2) for _ in range(5)])
    assert main(["plan", "--group", GROUP, "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Agenda voor sales" in out and "houding 2 van 5" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--min-group", "2"], "--min-group 2 is too low"),
        (["--minutes", "0"], "minutes must be a whole number"),
        (["--minutes", "lots"], "minutes must be a whole number"),
        (["--group", "Sales Team"], "group name “Sales Team”"),
    ],
)
def test_plan_refuses_bad_options(isolated, capsys, args, message):
    command = ["plan", *args] if "--group" in args else ["plan", "--group", GROUP, *args]
    try:
        code = main(command)
    except SystemExit as stop:  # argparse refuses a bad --minutes itself
        code = stop.code
    assert code == 2
    assert message in capsys.readouterr().err


def test_the_default_agenda_opens_with_why_and_puts_the_groups_own_modules_first(library):
    from workshop.planner import default_plan

    plan = default_plan(library, "sales", 600, "en")
    first = always(library)
    assert ids(plan.modules)[: len(first)] == first
    # After the modules for the programme steps: the group's track, its own modules first.
    track = [
        library.modules[p.id] for p in plan.modules if p.reason == "part of this group's track"
    ]
    assert ids(plan.modules)[-len(track) :] == [m.id for m in track]
    named = library.tracks["sales"]
    assert named and [m.id for m in track[: len(named)]] == named
    rest = track[len(named) :]
    assert rest and rest == sorted(rest, key=lambda m: "all" in m.audience)


def test_weak_and_hesitant_are_decided_on_the_figure_the_trainer_reads():
    from workshop.planner import is_hesitant, is_weak

    assert is_weak(0.694) and not is_weak(0.696)  # 69% is weak; 69.6% reads 70%
    assert not is_weak(0.7) and is_weak(3 / 7)
    assert is_hesitant(2.94) and not is_hesitant(2.96)  # 2.96 reads 3.0
