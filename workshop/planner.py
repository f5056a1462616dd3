"""Choose a group's agenda: which modules, in what order, within the time, and why each one.

The survey decides: modules that teach the group's weakest topics come first, and a hesitant
group (low attitude) starts with `getting-started`. A group too small to show anonymously is
planned from all groups together; without a usable survey the standard agenda is used. A
reason never carries a figure that would give away a small group's answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from workshop.content import Library
from workshop.content.model import GROUP_ALL, Module
from workshop.i18n import number, t, whole_percent
from workshop.survey.anonymity import DEFAULT_THRESHOLD, is_shown
from workshop.survey.responses import read_all_responses, read_responses
from workshop.survey.scoring import Scores, score

Source = Literal["group", "pooled", "default"]

WEAK_SCORE = 0.7
"""A topic is taught when fewer than this share of its answers were correct."""
LOW_ATTITUDE = 3.0
"""Below this mean (of 5) the group starts with the `getting-started` module."""


def is_weak(share: float) -> bool:
    """Below `WEAK_SCORE` as the trainer reads it: 69.6% shows as 70%, so it is not weak."""
    return whole_percent(share) < whole_percent(WEAK_SCORE)


def is_hesitant(mean: float) -> bool:
    """Below `LOW_ATTITUDE` as the mean is shown, to one decimal: 2.96 reads 3, not hesitant."""
    return round(mean, 1) < LOW_ATTITUDE
GETTING_STARTED = "getting-started"


@dataclass(frozen=True)
class PlannedModule:
    """A module on (or left off) the agenda, with the reason in the trainer's language."""

    id: str
    minutes: int
    reason: str


@dataclass
class Plan:
    group: str
    source: Source
    minutes: int
    modules: list[PlannedModule] = field(default_factory=list)
    left_out: list[PlannedModule] = field(default_factory=list)
    respondents: int = 0
    """The group's own respondents (also when the plan is pooled or default)."""
    note: str = ""
    """One or two sentences on what the plan is based on."""
    threshold: int = DEFAULT_THRESHOLD

    @property
    def planned_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)

    def add(self, module: Module, reason: str, language: str) -> None:
        """Put `module` on the agenda if it fits in the time left, else on the left-out list."""
        if self.planned_minutes + module.minutes <= self.minutes:
            self.modules.append(PlannedModule(module.id, module.minutes, reason))
        else:
            no_time = t("plan.reason_no_time", lang=language)
            self.left_out.append(PlannedModule(module.id, module.minutes, no_time))

    def to_json(self) -> dict[str, Any]:
        def entry(planned: PlannedModule) -> dict[str, Any]:
            return {"id": planned.id, "minutes": planned.minutes, "reason": planned.reason}

        return {
            "group": self.group,
            "source": self.source,
            "minutes": self.minutes,
            "planned_minutes": self.planned_minutes,
            "respondents": self.respondents,
            "threshold": self.threshold,
            "note": self.note,
            "modules": [entry(planned) for planned in self.modules],
            "left_out": [entry(planned) for planned in self.left_out],
        }


def always_modules(library: Library) -> list[Module]:
    """The modules on every agenda, in the programme's order (why first, basic rules last)."""
    return sorted((m for m in library.modules.values() if m.always), key=lambda m: min(m.tips))


def default_plan(library: Library, group: str, minutes: int, language: str) -> Plan:
    """Without a usable survey: the always-modules, then the group's own track, then the rest."""
    plan = Plan(group=group, source="default", minutes=minutes)
    for module in always_modules(library):
        plan.add(module, t("plan.reason_always", lang=language), language)
    track = [m for m in library.modules_for(group) if not m.always]
    for module in sorted(track, key=lambda m: GROUP_ALL in m.audience):
        plan.add(module, t("plan.reason_track", lang=language), language)
    return plan


def plan_for_group(
    library: Library,
    data: Path,
    group: str,
    minutes: int,
    language: str,
    threshold: int = DEFAULT_THRESHOLD,
) -> Plan:
    """The agenda for `group` from the survey answers stored in the data folder `data`."""
    own = read_responses(data, group)
    if not own:
        plan = default_plan(library, group, minutes, language)
        notes = [t("plan.note_no_survey", lang=language, group=group)]
    elif is_shown(len(own), threshold):
        plan = plan_from_scores(library, group, minutes, language, score(library.survey, own))
        notes = [t("plan.note_group", lang=language, group=group, count=len(own))]
    else:
        plan, notes = _pooled_plan(library, data, group, minutes, language, threshold, len(own))
    plan.note = " ".join([*notes, plan.note]).strip()
    plan.respondents = len(own)
    plan.threshold = threshold
    return plan


def _pooled_plan(
    library: Library,
    data: Path,
    group: str,
    minutes: int,
    language: str,
    threshold: int,
    respondents: int,
) -> tuple[Plan, list[str]]:
    """A small group's plan from every group's answers together, else the default agenda."""
    everyone = read_all_responses(data)
    pooled = [response for responses in everyone.values() for response in responses]
    values = {"group": group, "respondents": respondents, "threshold": threshold}
    if not is_shown(len(pooled), threshold):
        plan = default_plan(library, group, minutes, language)
        return plan, [t("plan.note_too_few", lang=language, pooled=len(pooled), **values)]
    # The pool minus the shown groups' own reports is what the small groups answered:
    # pooled figures are shown only when that remainder is itself large enough.
    small = sum(len(rs) for rs in everyone.values() if not is_shown(len(rs), threshold))
    figures = is_shown(small, threshold)
    scores = score(library.survey, pooled)
    plan = plan_from_scores(library, group, minutes, language, scores, pooled=True, figures=figures)
    notes = [t("plan.note_pooled", lang=language, pooled=len(pooled), **values)]
    if not figures:
        notes.append(t("plan.note_pooled_hidden", lang=language))
    return plan, notes


def plan_from_scores(
    library: Library,
    group: str,
    minutes: int,
    language: str,
    scores: Scores,
    pooled: bool = False,
    figures: bool = True,
) -> Plan:
    """Always-modules, then `getting-started` for a hesitant group, then weakest topic first."""
    plan = Plan(group=group, source="pooled" if pooled else "group", minutes=minutes)
    reasons = _Reasons(library, language, pooled, figures)
    weak = {
        topic: result.score for topic, result in scores.topics.items() if is_weak(result.score)
    }
    chosen: list[tuple[Module, str]] = [
        (module, t("plan.reason_always", lang=language)) for module in always_modules(library)
    ]
    starter = library.modules.get(GETTING_STARTED)
    hesitant = scores.attitude is not None and is_hesitant(scores.attitude.mean)
    if hesitant and starter and not starter.always and starter.for_group(group):
        assert scores.attitude is not None
        topics = [reasons.topic(topic, weak[topic]) for topic in _weak_topics(starter, weak)]
        reason = "; ".join([reasons.attitude(scores.attitude.mean), *topics])
        chosen.append((starter, reason))
    taken = {module.id for module, _ in chosen}
    ranked = []
    for position, module in enumerate(library.modules_for(group)):
        topics = _weak_topics(module, weak)
        if topics and module.id not in taken:
            reason = "; ".join(reasons.topic(topic, weak[topic]) for topic in topics)
            ranked.append((weak[topics[0]], position, module, reason))
    ranked.sort(key=lambda item: item[:2])
    chosen.extend((module, reason) for _, _, module, reason in ranked)
    for module, reason in chosen:
        plan.add(module, reason, language)
    if not weak and not hesitant:
        plan.note = t("plan.note_all_strong", lang=language, percent=whole_percent(WEAK_SCORE))
    return plan


def _weak_topics(module: Module, weak: dict[str, float]) -> list[str]:
    """The module's topics that scored below the bar, weakest first."""
    return sorted((topic for topic in module.topics if topic in weak), key=weak.__getitem__)


@dataclass(frozen=True)
class _Reasons:
    """The sentences behind each choice, with or without figures."""

    library: Library
    language: str
    pooled: bool
    figures: bool

    def topic(self, topic: str, share: float) -> str:
        name = self.library.topic_name(topic, self.language)
        if not self.pooled:
            key, percent = "plan.reason_topic", whole_percent(share)
        elif self.figures:
            key, percent = "plan.reason_topic_pooled", whole_percent(share)
        else:
            key, percent = "plan.reason_topic_pooled_hidden", whole_percent(WEAK_SCORE)
        return t(key, lang=self.language, topic=name, percent=percent)

    def attitude(self, mean: float) -> str:
        if not self.pooled:
            key, value = "plan.reason_attitude", number(mean, self.language)
        elif self.figures:
            key, value = "plan.reason_attitude_pooled", number(mean, self.language)
        else:
            key, value = "plan.reason_attitude_pooled_hidden", number(LOW_ATTITUDE, self.language)
        return t(key, lang=self.language, mean=value)
