"""A module written out as Markdown, for `workshop modules show` and for trainers' handouts."""

from __future__ import annotations

from workshop import i18n
from workshop.content.library import Library
from workshop.content.model import (
    GROUP_ALL,
    ChoiceQuestion,
    DiscussionStep,
    ExerciseStep,
    Module,
    NumberQuestion,
    Policy,
    PollStep,
    QuizStep,
    RulesStep,
    ScaleQuestion,
    TalkStep,
    TrueFalseQuestion,
)
from workshop.i18n import t


def correct_answer_text(question: object, language: str) -> str:
    """The right answer in words, or an empty string for a poll or scale."""
    if isinstance(question, ChoiceQuestion):
        return " / ".join(question.options[n - 1](language) for n in question.correct)
    if isinstance(question, TrueFalseQuestion):
        return t("quiz.true" if question.correct else "quiz.false", lang=language)
    if isinstance(question, NumberQuestion):
        answer = i18n.number(question.answer, language, decimals=2)
        if question.tolerance:
            answer += f" ± {i18n.number(question.tolerance, language, decimals=2)}"
        return answer
    return ""


ROLE_KEYS = {"warm-up": "describe.warm_up", "check": "describe.check"}


def audience_text(module: Module, language: str) -> str:
    """Whom a module is for, with "all" in the reader's language (group names stay as they are)."""
    everyone = t("describe.audience_all", lang=language)
    return ", ".join(everyone if group == GROUP_ALL else group for group in module.audience)


def module_markdown(module: Module, library: Library, language: str) -> str:
    lines = [
        f"# {module.title(language)}",
        "",
        module.summary(language),
        "",
        t(
            "describe.facts",
            lang=language,
            id=module.id,
            minutes=module.minutes,
            topics=", ".join(library.topic_name(x, language) for x in module.topics),
            audience=audience_text(module, language),
        ),
        "",
    ]
    for number, step in enumerate(module.steps, start=1):
        heading = t(f"describe.step_{step.kind}", lang=language)
        lines += [f"## {number}. {heading}", ""]
        if isinstance(step, TalkStep):
            lines += [step.points(language), ""]
        elif isinstance(step, DiscussionStep):
            lines += [
                step.prompt(language),
                "",
                t("describe.minutes", lang=language, minutes=step.minutes),
                "",
            ]
        elif isinstance(step, ExerciseStep):
            minutes = t("describe.minutes", lang=language, minutes=step.minutes)
            lines += [step.instructions(language), "", minutes, ""]
        elif isinstance(step, RulesStep):
            lines += [policy_markdown(library.policy, language, heading_level=3), ""]
        elif isinstance(step, QuizStep | PollStep):
            question = step.question
            if isinstance(step, QuizStep):
                lines += [f"_{t(ROLE_KEYS[step.role], lang=language)}_", ""]
            lines += [f"**{question.text(language)}**", ""]
            if isinstance(question, ChoiceQuestion):
                lines += [f"{i}. {o(language)}" for i, o in enumerate(question.options, 1)]
                lines.append("")
            elif isinstance(question, ScaleQuestion):
                lines += [t("describe.scale", lang=language), ""]
            answer = correct_answer_text(question, language)
            if answer:
                lines += [t("describe.answer", lang=language, answer=answer), ""]
            lines += [f"_{question.explanation(language)}_", ""]
        notes = getattr(step, "notes", None)
        if notes is not None:
            lines += [f"> {t('describe.notes', lang=language)}: {notes(language)}", ""]
    if module.sources:
        lines += [f"## {t('describe.sources', lang=language)}", ""]
        lines += [f"- {source}" for source in module.sources]
    return "\n".join(lines)


def policy_markdown(policy: Policy, language: str, heading_level: int = 1) -> str:
    """The basic rules, each with what is fine and what is not, as Markdown."""
    hashes = "#" * heading_level
    lines = [f"{hashes} {policy.title(language)}", "", policy.intro(language), ""]
    for number, rule in enumerate(policy.rules, start=1):
        lines += [
            f"{hashes}# {number}. {rule.rule(language)}",
            "",
            f"- ✓ {t('describe.fine', lang=language)}: {rule.fine(language)}",
            f"- ✗ {t('describe.not_fine', lang=language)}: {rule.not_fine(language)}",
            "",
        ]
    return "\n".join(lines)
