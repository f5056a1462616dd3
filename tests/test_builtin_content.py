"""The shipped training content: enough modules for every group, both languages complete, and
every number a module states taken from the checked facts, with its source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import BaseModel

from workshop.content.library import Library, load_library
from workshop.content.model import (
    ChoiceQuestion,
    DiscussionStep,
    ExerciseStep,
    Localized,
    Module,
    NumberQuestion,
    QuizStep,
    ScaleQuestion,
    TalkStep,
)

GROUPS = ("sales", "it", "hr", "management")

# The numbers in FACTS.md (checked 2026-11) with the sources a module must list to state them.
X_DOCS = "https://docs.x.com/resources/fundamentals/counting-characters"
X_PREMIUM = "https://www.engadget.com/you-can-write-long-form-articles-on-x-if-you-pay-for-premium-005707599.html"
LINKEDIN = (
    "https://lettercounter.org/blog/linkedin-character-limit-guide",
    "https://www.linkedinsights.com/maximum-linkedin-character-counts-and-image-sizes-for-2020/",
)
INSTAGRAM_CAPTION = "https://charcounter.io/articles/instagram-caption-character-limit"
INSTAGRAM_HASHTAGS = (
    "https://immediatefuture.co.uk/blog/surprising-hashtag-limits-introduced-on-instagram"
)
FACEBOOK = "https://ferryman.io/character-limits/facebook"
X_HASHTAGS = "https://everywheremarketer.com/blog/how-do-hashtags-work-on-twitter"
AI_ACT = (
    "https://www.mccannfitzgerald.com/knowledge/technology-and-innovation/"
    "one-month-to-go-eu-ai-act-transparency-compliance"
)
FACT_SOURCES: dict[int, tuple[str, ...]] = {
    280: (X_DOCS,),
    140: (X_DOCS,),
    2017: (X_DOCS,),
    23: (X_DOCS,),
    25000: (X_PREMIUM,),
    3000: LINKEDIN,
    220: LINKEDIN,
    120: LINKEDIN,
    2020: LINKEDIN,
    2600: LINKEDIN,
    2200: (INSTAGRAM_CAPTION,),
    125: (INSTAGRAM_CAPTION,),
    150: (INSTAGRAM_CAPTION,),
    30: (INSTAGRAM_HASHTAGS,),
    2025: (INSTAGRAM_HASHTAGS,),
    63206: (FACEBOOK,),
    1250: LINKEDIN,  # a comment: may be stated, never an answer
    2024: (X_HASHTAGS,),
    50: (AI_ACT,),  # AI Act art. 50
    2026: (AI_ACT,),  # its disclosure duty starts 2 August 2026
    16: ("UAVG art. 5",),  # a child under 16 needs a parent's consent
    27: ("WOR art. 27",),  # the works council consents to tracking per person
}
# Below this, a number is a count or a step ("2 for an emoji", "step 3"), not a statistic.
SMALL = 10
NUMBER = re.compile(r"\d+(?:[.,]\d{3})*")
DONT_KNOW = {"don't know", "don’t know", "weet ik niet"}


@cache
def library() -> Library:
    return load_library()


def modules() -> list[Module]:
    return list(library().modules.values())


def localized_in(value: object) -> Iterator[Localized]:
    """Every Localized text inside a model, however deep."""
    if isinstance(value, Localized):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from localized_in(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from localized_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from localized_in(item)


def stated_texts(value: object) -> Iterator[str]:
    """The texts that state something: everything except the wrong options of a question."""
    if isinstance(value, Localized):
        yield value.en
        yield value.nl
    elif isinstance(value, ChoiceQuestion):
        for name in type(value).model_fields:
            if name != "options":
                yield from stated_texts(getattr(value, name))
        for number, option in enumerate(value.options, start=1):
            if number in value.correct:
                yield from stated_texts(option)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from stated_texts(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from stated_texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from stated_texts(item)


def numbers_in(text: str) -> set[int]:
    return {int(re.sub(r"[.,]", "", match)) for match in NUMBER.findall(text)}


def stated_numbers(value: object) -> set[int]:
    found = {n for text in stated_texts(value) for n in numbers_in(text)}
    if isinstance(value, Module):
        for question in value.questions():
            if isinstance(question, NumberQuestion):
                found.add(int(question.answer))
    return {n for n in found if n >= SMALL}


def test_at_least_twelve_modules_of_ten_to_thirty_minutes():
    assert len(modules()) >= 12
    for module in modules():
        assert 10 <= module.minutes <= 30, module.id


def test_each_module_mixes_talk_activity_and_quizzes():
    for module in modules():
        kinds = [type(step) for step in module.steps]
        assert kinds.count(QuizStep) >= 2, module.id
        assert any(isinstance(s, TalkStep) and s.notes for s in module.steps), module.id
        assert DiscussionStep in kinds or ExerciseStep in kinds, module.id


def test_module_files_are_named_after_their_id():
    for module_id, path in library().module_files.items():
        assert path.name == f"{module_id}.yaml"


def test_talk_points_fit_a_projector():
    for module in modules():
        for step in module.steps:
            if not isinstance(step, TalkStep):
                continue
            for text in (step.points.en, step.points.nl):
                lines = [line for line in text.splitlines() if line.strip()]
                assert 3 <= len(lines) <= 5, (module.id, text)
                for line in lines:
                    assert re.match(r"^(- |\d\. )", line), (module.id, line)
                    assert len(line.replace("**", "")) <= 60, (module.id, line)


def test_x_basics_has_a_compose_exercise_for_x():
    steps = library().modules["x-basics"].steps
    assert any(isinstance(s, ExerciseStep) and s.compose == "x" for s in steps)


def test_survey_has_enough_knowledge_questions_basic_and_deeper():
    survey = library().survey
    knowledge = survey.knowledge()
    assert len(knowledge) >= 24
    levels: dict[str, set[str]] = {}
    for question in knowledge:
        levels.setdefault(question.topic, set()).add(question.level)
    assert len(levels) >= 6
    for topic, found in levels.items():
        assert found == {"basic", "deeper"}, topic
    assert "attitude" not in levels


def test_survey_starts_with_basics_and_the_x_post_length():
    knowledge = library().survey.knowledge()
    assert knowledge[0].id == "survey-x-post-length"
    order = [question.level for question in knowledge]
    assert order == sorted(order, key=["basic", "deeper"].index)


def test_survey_measures_attitude_on_a_scale():
    survey = library().survey
    attitude = survey.attitude()
    assert len(attitude) >= 4
    for question in attitude:
        assert question.topic == "attitude"
        assert question.low is not None and question.high is not None
    assert "attitude" in survey.topics


def test_module_topics_are_survey_topics_and_every_topic_is_taught():
    lib = library()
    taught = {topic for module in modules() for topic in module.topics}
    assert taught <= set(lib.survey.topics)
    assert {question.topic for question in lib.survey.knowledge()} <= taught


def test_every_group_has_an_hour_of_modules():
    for group in GROUPS:
        minutes = sum(module.minutes for module in library().modules_for(group))
        assert minutes >= 60, group
        assert any(group in module.audience for module in modules()), group


def test_all_five_programme_steps_are_served():
    assert {tip for module in modules() for tip in module.tips} >= {1, 2, 3, 4, 5}


def test_getting_started_and_always_modules_exist():
    lib = library()
    assert "getting-started" in lib.modules
    always = [module for module in modules() if module.always]
    assert always
    assert any("rules" in module.topics for module in always)


def test_policy_has_eight_to_twelve_rules():
    assert 8 <= len(library().policy.rules) <= 12


def test_both_languages_are_complete_and_translated():
    lib = library()
    for item in (*modules(), lib.survey, lib.policy):
        for text in localized_in(item):
            assert text.en.strip() and text.nl.strip()
            if len(text.en) >= 25:
                assert text.en != text.nl, text.en
    for module in modules():
        for step in module.steps:
            if isinstance(step, TalkStep):
                assert step.points.en != step.points.nl, module.id


def test_question_ids_are_unique_across_all_files():
    lib = library()
    ids = [q.id for q in lib.survey.questions]
    ids += [q.id for module in modules() for q in module.questions()]
    assert len(ids) == len(set(ids))


def test_no_dont_know_option_the_app_adds_it():
    lib = library()
    questions = [*lib.survey.questions, *(q for m in modules() for q in m.questions())]
    for question in questions:
        if isinstance(question, ChoiceQuestion):
            for option in question.options:
                assert option.en.lower() not in DONT_KNOW, question.id
                assert option.nl.lower() not in DONT_KNOW, question.id


def test_x_post_length_is_280():
    lib = library()
    questions = {q.id: q for m in modules() for q in m.questions()}
    questions.update({q.id: q for q in lib.survey.questions})
    for question_id in ("x-post-length", "survey-x-post-length"):
        question = questions[question_id]
        assert isinstance(question, ChoiceQuestion)
        assert [question.options[n - 1].en for n in question.correct] == ["280"]


def test_every_number_stated_is_a_checked_fact_with_its_source():
    for module in modules():
        for number in stated_numbers(module):
            assert number in FACT_SOURCES, (module.id, number)
            assert set(FACT_SOURCES[number]) & set(module.sources), (module.id, number)
        assert module.checked.isoformat() >= "2026-11-01", module.id
    for question in library().survey.knowledge():
        for number in stated_numbers(question):
            assert number in FACT_SOURCES, (question.id, number)


def test_linkedin_comment_length_is_never_an_answer():
    lib = library()
    for question in [*lib.survey.knowledge(), *(q for m in modules() for q in m.questions())]:
        assert not stated_numbers(question) & {1250, 1500}, question.id


def test_scale_questions_only_in_polls_and_the_survey():
    for module in modules():
        for step in module.steps:
            if isinstance(step, QuizStep):
                assert not isinstance(step.question, ScaleQuestion), module.id
