"""The shipped quizzes measure knowledge, not test-taking skill, and the minutes are true.

A room that can pass a quiz by picking the longest option, or by spotting "always" in a
statement, learns nothing from it; a learning gain that counts the survey's own questions again
measures memory of the survey. These checks read the built-in content as a trainer gets it.
"""

from __future__ import annotations

import re
from functools import cache

from tests.test_builtin_content import library, localized_in, modules, numbers_in
from workshop.content.model import (
    ChoiceQuestion,
    DiscussionStep,
    ExerciseStep,
    Module,
    NumberQuestion,
    QuizStep,
    TrueFalseQuestion,
)

LANGUAGES = ("en", "nl")
GIVEAWAY = {
    "en": ("always", "only", "never", "all", "every", "everyone", "nobody"),
    "nl": ("altijd", "alleen", "nooit", "alle", "iedereen", "niemand"),
}
SECONDARY_ONLY = {63206, 1250, 1500}
"""FACTS.md: Facebook's post limit and LinkedIn's comment limit may be mentioned, never asked."""
STEP_MINUTES = {"talk": 2, "quiz": 2, "poll": 2, "rules": 5}
"""What a step takes in front of a room; exercises and discussions state their own minutes."""


@cache
def choice_questions() -> list[ChoiceQuestion]:
    """Every scored choice question a participant answers: module quizzes and the survey."""
    questions = [q for m in modules() for q in m.questions() if isinstance(q, ChoiceQuestion)]
    questions += [q for q in library().survey.knowledge() if isinstance(q, ChoiceQuestion)]
    return [question for question in questions if question.correct]


def right_is_longest(question: ChoiceQuestion, language: str) -> bool:
    """A right option at least as long as every wrong one gives the answer away by length."""
    lengths = [len(option(language)) for option in question.options]
    wrong = [n for i, n in enumerate(lengths, start=1) if i not in question.correct]
    right = max(lengths[i - 1] for i in question.correct)
    return bool(wrong) and right >= max(wrong)


def test_the_right_answer_is_the_longest_in_at_most_a_third_of_the_choice_questions():
    questions = choice_questions()
    assert len(questions) >= 40
    for language in LANGUAGES:
        longest = [q.id for q in questions if right_is_longest(q, language)]
        assert len(longest) * 3 <= len(questions), (language, len(questions), longest)


def test_true_false_statements_do_not_give_themselves_away():
    statements = [q for m in modules() for q in m.questions() if isinstance(q, TrueFalseQuestion)]
    statements += [q for q in library().survey.knowledge() if isinstance(q, TrueFalseQuestion)]
    for question in statements:
        for language in LANGUAGES:
            words = set(re.findall(r"\w+", question.text(language).lower()))
            assert not words & set(GIVEAWAY[language]), (question.id, language)
    answers = [question.correct for question in statements]
    assert answers.count(True) * 3 >= len(answers) and answers.count(False) * 3 >= len(answers)


def plain(text: str) -> str:
    return " ".join(re.sub(r"[“”\"'‘’*_?.!:]", " ", text).lower().split())


def test_no_survey_question_comes_back_word_for_word_in_a_module():
    """A check asks the survey's knowledge in other words or another case, so the gain is
    learning, not remembering the survey."""
    texts = {
        m.id: [plain(t) for loc in localized_in(m) for t in (loc.en, loc.nl)] for m in modules()
    }
    for question in library().survey.questions:
        for language in LANGUAGES:
            asked = plain(question.text(language))
            for module, module_texts in texts.items():
                assert not any(asked in text for text in module_texts), (question.id, module)


def test_every_survey_topic_has_basic_and_deeper_knowledge_questions():
    survey = library().survey
    levels: dict[str, set[str]] = {topic: set() for topic in survey.topics if topic != "attitude"}
    for question in survey.knowledge():
        levels[question.topic].add(question.level)
    assert {topic: found for topic, found in levels.items() if found != {"basic", "deeper"}} == {}


def answers_of(question) -> list[str]:
    if isinstance(question, ChoiceQuestion):
        return [question.options[n - 1](lang) for n in question.correct for lang in LANGUAGES]
    if isinstance(question, NumberQuestion):
        return [str(int(question.answer))]
    return []


def test_no_quiz_answer_rests_on_a_secondary_source_only_fact():
    questions = [*library().survey.knowledge(), *(q for m in modules() for q in m.questions())]
    for question in questions:
        for answer in answers_of(question):
            assert not numbers_in(answer) & SECONDARY_ONLY, (question.id, answer)


def teaching_starts(module: Module) -> int:
    """The index of the module's first step that teaches (everything but a quiz or poll)."""
    return next(i for i, step in enumerate(module.steps) if step.kind not in ("quiz", "poll"))


def test_warm_ups_come_before_the_teaching_and_checks_after_it():
    for module in modules():
        start = teaching_starts(module)
        quizzes = [(i, s) for i, s in enumerate(module.steps) if isinstance(s, QuizStep)]
        warm_ups = [i for i, step in quizzes if step.role == "warm-up"]
        checks = [i for i, step in quizzes if step.role == "check"]
        assert len(warm_ups) <= 1 and all(i < start for i in warm_ups), module.id
        assert all(i > start for i in checks), module.id
        assert checks or not quizzes, module.id


def planned_minutes(module: Module) -> int:
    total = 0
    for step in module.steps:
        if isinstance(step, ExerciseStep | DiscussionStep):
            total += step.minutes
        else:
            total += STEP_MINUTES[step.kind]
    return total


def test_a_modules_minutes_are_what_its_steps_take():
    """basic-rules once promised 11 rules, four quizzes and a discussion in 20 minutes."""
    assert {
        m.id: (m.minutes, planned_minutes(m))
        for m in modules()
        if abs(m.minutes - planned_minutes(m)) > 2
    } == {}
