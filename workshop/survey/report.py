"""A group's survey report: its scores, by level, with every too-small part withheld."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workshop.content.model import SurveyBank
from workshop.store.surveys import Response
from workshop.survey.anonymity import hidden_levels, hidden_reason, is_shown
from workshop.survey.levels import LEVELS, UNSPECIFIED
from workshop.survey.order import is_short
from workshop.survey.scoring import Scores, score


@dataclass(frozen=True)
class Part:
    """The results of a group or one level in it; `scores` is None when withheld."""

    respondents: int
    scores: Scores | None
    reason: str | None = None

    @property
    def suppressed(self) -> bool:
        return self.scores is None

    def to_json(self) -> dict[str, Any]:
        scores = self.scores
        return {
            "respondents": self.respondents,
            "suppressed": self.suppressed,
            "reason": self.reason,
            "topics": {
                topic: {"score": result.score, "answered": result.answered}
                for topic, result in (scores.topics.items() if scores else ())
            },
            "attitude": (
                {"mean": scores.attitude.mean, "answered": scores.attitude.answered}
                if scores and scores.attitude
                else None
            ),
        }


@dataclass(frozen=True)
class GroupReport:
    group: str
    threshold: int
    whole: Part
    levels: dict[str, Part] = field(default_factory=dict)
    short_form: int | None = None
    """How many responses answered the short form (deeper questions not asked); None when
    the group is withheld."""

    @property
    def suppressed(self) -> bool:
        return self.whole.suppressed

    def to_json(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "threshold": self.threshold,
            **self.whole.to_json(),
            "short_form": self.short_form,
            "levels": {level: part.to_json() for level, part in self.levels.items()},
        }


def build_report(
    bank: SurveyBank,
    group: str,
    responses: Sequence[Response],
    threshold: int,
    language: str,
) -> GroupReport:
    """The report of `responses`; a group below `threshold` shows no scores and no levels.

    Levels are broken down only when some respondents gave one; those who did not form a level
    of their own (`unspecified`), since they could otherwise be found by subtraction too.
    """
    count = len(responses)
    if not is_shown(count, threshold):
        reason = hidden_reason("too_few", count, threshold, language)
        return GroupReport(group, threshold, Part(count, None, reason))
    whole = Part(count, score(bank, responses))
    by_level: dict[str, list[Response]] = {}
    if any(response.get("level") in LEVELS for response in responses):
        for level in (*LEVELS, UNSPECIFIED):
            chosen = [r for r in responses if _level(r) == level]
            if chosen:
                by_level[level] = chosen
    hidden = hidden_levels({level: len(rs) for level, rs in by_level.items()}, threshold)
    levels = {}
    for level, chosen in by_level.items():
        if level in hidden:
            reason = hidden_reason(hidden[level], len(chosen), threshold, language)
            levels[level] = Part(len(chosen), None, reason)
        else:
            levels[level] = Part(len(chosen), score(bank, chosen))
    short_form = sum(1 for response in responses if is_short(response))
    return GroupReport(group, threshold, whole, levels, short_form)


def _level(response: Response) -> str:
    level = response.get("level")
    return level if level in LEVELS else UNSPECIFIED
