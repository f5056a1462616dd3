"""The training content: modules, their steps and questions, the survey bank and the basic rules.

Everything a trainer writes in YAML is validated against these models; every text that reaches a
participant is a `Localized` pair, so both languages are always complete.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

LANGUAGES = ("en", "nl")
PLATFORMS = ("x", "linkedin", "instagram", "facebook")
GROUP_ALL = "all"

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
Platform = Literal["x", "linkedin", "instagram", "facebook"]


class _Strict(BaseModel):
    # defer_build: validators are built on first validation, not at import, so a start that
    # takes its content from the cache builds only the cache's own (workshop.content.cache).
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Localized(_Strict):
    """The same text in English and Dutch; both are required."""

    en: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    nl: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

    def __call__(self, language: str) -> str:
        return self.nl if language == "nl" else self.en


def _same_in_both(value: object) -> object:
    """An option label such as `280` may be written once for both languages."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        return {"en": value, "nl": value}
    return value


Label = Annotated[Localized, BeforeValidator(_same_in_both)]


class _Question(_Strict):
    id: Slug
    text: Localized
    explanation: Localized
    seconds: Annotated[int, Field(ge=5, le=600)] | None = None

    @property
    def scored(self) -> bool:
        """Whether the question has a right answer (a poll or attitude scale has none)."""
        return False


class ChoiceQuestion(_Question):
    """Pick one option; one or more options count as correct (none for a poll)."""

    kind: Literal["choice"]
    options: Annotated[list[Label], Field(min_length=2, max_length=6)]
    correct: list[int] = Field(default_factory=list)

    @field_validator("correct", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("correct")
    @classmethod
    def _within_options(cls, value: list[int], info: ValidationInfo) -> list[int]:
        options = info.data.get("options")
        if options is not None:
            for number in value:
                if not 1 <= number <= len(options):
                    raise PydanticCustomError(
                        "answer_out_of_range",
                        "correct answer {number} is not one of the options 1 to {count}",
                        {"number": number, "count": len(options)},
                    )
        if len(set(value)) != len(value):
            raise PydanticCustomError("answer_repeated", "a correct answer is listed twice", {})
        return value

    @property
    def scored(self) -> bool:
        return bool(self.correct)


class TrueFalseQuestion(_Question):
    kind: Literal["true_false"]
    correct: bool

    @property
    def scored(self) -> bool:
        return True


class NumberQuestion(_Question):
    """Type a number; within `tolerance` of `answer` counts as correct."""

    kind: Literal["number"]
    answer: float
    tolerance: Annotated[float, Field(ge=0)] = 0
    minimum: float = 0
    maximum: float = 1_000_000
    unit: Localized | None = None

    @field_validator("answer", "tolerance", "minimum", "maximum", mode="before")
    @classmethod
    def _int_is_a_number(cls, value: object) -> object:
        return float(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("answer")
    @classmethod
    def _within_bounds(cls, value: float, info: ValidationInfo) -> float:
        low, high = info.data.get("minimum"), info.data.get("maximum")
        if low is not None and high is not None and not low <= value <= high:
            raise PydanticCustomError(
                "answer_out_of_range",
                "the answer {number} is outside the range {low} to {high}",
                {"number": value, "low": low, "high": high},
            )
        return value

    @property
    def scored(self) -> bool:
        return True


class ScaleQuestion(_Question):
    """An attitude from 1 to 5; there is no right answer."""

    kind: Literal["scale"]
    low: Localized | None = None
    high: Localized | None = None


Question = Annotated[
    ChoiceQuestion | TrueFalseQuestion | NumberQuestion | ScaleQuestion,
    Field(discriminator="kind"),
]
ScoredQuestion = Annotated[
    ChoiceQuestion | TrueFalseQuestion | NumberQuestion, Field(discriminator="kind")
]
PollQuestion = Annotated[ChoiceQuestion | ScaleQuestion, Field(discriminator="kind")]
Minutes = Annotated[int, Field(ge=1, le=120)]


class TalkStep(_Strict):
    """Talking points on the screen; trainer notes only on request."""

    kind: Literal["talk"]
    title: Localized | None = None
    points: Localized
    notes: Localized | None = None


class DiscussionStep(_Strict):
    kind: Literal["discussion"]
    prompt: Localized
    minutes: Minutes
    notes: Localized | None = None


QuizRole = Literal["warm-up", "check"]


class QuizStep(_Strict):
    """A live round. A `warm-up` comes before the teaching, to activate: shown and revealed,
    but not counted in the learning gain. A `check` comes after it and is counted."""

    kind: Literal["quiz"]
    question: ScoredQuestion
    role: QuizRole = "check"
    topic: Slug | None = None
    """The module's topic this quiz checks; required when the module teaches several."""
    notes: Localized | None = None

    @field_validator("question")
    @classmethod
    def _has_answer(cls, value: ChoiceQuestion | TrueFalseQuestion | NumberQuestion):
        if not value.scored:
            raise PydanticCustomError(
                "quiz_without_answer", "a quiz question needs a correct answer", {}
            )
        return value


class ExerciseStep(_Strict):
    """Something participants do; a `compose` exercise checks a post's length live."""

    kind: Literal["exercise"]
    instructions: Localized
    minutes: Minutes
    compose: Platform | None = None
    notes: Localized | None = None


class PollStep(_Strict):
    kind: Literal["poll"]
    question: PollQuestion
    notes: Localized | None = None


class RulesStep(_Strict):
    """The organisation's own basic rules from policy.yaml, so an edited policy is taught."""

    kind: Literal["rules"]
    notes: Localized | None = None


Step = Annotated[
    TalkStep | DiscussionStep | QuizStep | ExerciseStep | PollStep | RulesStep,
    Field(discriminator="kind"),
]


class Module(_Strict):
    """One block of the training, 10 to 30 minutes, that teaches one or more survey topics."""

    id: Slug
    title: Localized
    summary: Localized
    minutes: Annotated[int, Field(ge=1, le=180)]
    topics: Annotated[list[Slug], Field(min_length=1)]
    audience: Annotated[list[Slug], Field(min_length=1)]
    tips: Annotated[list[Annotated[int, Field(ge=1, le=5)]], Field(min_length=1)]
    always: bool = False
    sources: list[str] = Field(default_factory=list)
    checked: datetime.date
    steps: Annotated[list[Step], Field(min_length=1)]

    def for_group(self, group: str) -> bool:
        return GROUP_ALL in self.audience or group in self.audience

    def quiz_topic(self, step: QuizStep) -> str:
        """The topic a quiz's answers count for: its own, or the module's only one."""
        return step.topic or self.topics[0]

    def questions(
        self,
    ) -> list[ChoiceQuestion | TrueFalseQuestion | NumberQuestion | ScaleQuestion]:
        return [step.question for step in self.steps if isinstance(step, QuizStep | PollStep)]


class _Surveyed(_Strict):
    """What a survey question adds: the topic it measures and how deep it goes."""

    topic: Slug
    level: Literal["basic", "deeper"]


class SurveyChoiceQuestion(ChoiceQuestion, _Surveyed):
    pass


class SurveyTrueFalseQuestion(TrueFalseQuestion, _Surveyed):
    pass


class SurveyNumberQuestion(NumberQuestion, _Surveyed):
    pass


class SurveyScaleQuestion(ScaleQuestion, _Surveyed):
    pass


SurveyQuestion = Annotated[
    SurveyChoiceQuestion | SurveyTrueFalseQuestion | SurveyNumberQuestion | SurveyScaleQuestion,
    Field(discriminator="kind"),
]


class SurveyBank(_Strict):
    """The anonymous knowledge survey: its topics (with names) and its questions.

    Knowledge questions are scored and always offer "don't know"; `scale` questions measure
    attitude and have no right answer.
    """

    topics: Annotated[dict[Slug, Localized], Field(min_length=1)]
    questions: Annotated[list[SurveyQuestion], Field(min_length=1)]

    def knowledge(
        self,
    ) -> list[SurveyChoiceQuestion | SurveyTrueFalseQuestion | SurveyNumberQuestion]:
        return [q for q in self.questions if q.scored]  # type: ignore[misc]

    def attitude(self) -> list[SurveyScaleQuestion]:
        return [q for q in self.questions if isinstance(q, SurveyScaleQuestion)]


class Rule(_Strict):
    """One basic rule, friendly rather than legal, with an example either way."""

    id: Slug
    rule: Localized
    fine: Localized
    not_fine: Localized


class Policy(_Strict):
    """The organisation's basic rules for social media (modules/policy.yaml)."""

    title: Localized
    intro: Localized
    rules: Annotated[list[Rule], Field(min_length=1, max_length=20)]
