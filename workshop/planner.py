"""Choose a group's agenda: which modules, in what order, within the time, and why each one.

Every agenda serves the five programme steps (a module's `tips`): after the modules that are
always on it comes one module for each step they leave out. Without a usable survey the
group's track follows (tracks.yaml). With one, the survey decides: a step is left out only when
the group scored well on what its module teaches, a hesitant group (low attitude) starts with
`getting-started`, and the modules that teach the group's weakest topics follow, weakest first.
A group too small to show anonymously is planned from all groups together. A reason never
carries a figure that would give away a small group's answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop.content import Library
from workshop.content.model import Module
from workshop.i18n import number, t, whole_percent
from workshop.plan import PROGRAMME_STEPS, Plan
from workshop.survey.anonymity import DEFAULT_THRESHOLD, is_shown
from workshop.survey.responses import read_all_responses, read_responses
from workshop.survey.scoring import Scores, score

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


def step_name(step: int, language: str) -> str:
    """The programme step's short name: 3 → "the weekly habit"."""
    return t(f"plan.step_{step}", lang=language)


def always_modules(library: Library) -> list[Module]:
    """The modules on every agenda, in the programme's order (why first, basic rules last)."""
    return sorted((m for m in library.modules.values() if m.always), key=lambda m: min(m.tips))


def step_modules(library: Library, group: str, step: int, taken: set[str]) -> list[Module]:
    """The group's modules that serve programme `step`, best first, none of those `taken`.

    Best is the step's own module (serving that step alone, as `internal-networks` does step
    3), then one meant for the group by name rather than for everyone, then the shortest, then
    the first in the group's track.
    """
    track = [module.id for module in library.track(group)]
    candidates = [
        module
        for module in library.modules_for(group)
        if step in module.tips and module.id not in taken and not module.always
    ]
    return sorted(
        candidates,
        key=lambda m: (
            set(m.tips) != {step},
            group not in m.audience,
            m.minutes,
            track.index(m.id),
        ),
    )


def step_reason(step: int, language: str) -> str:
    return t("plan.reason_step", lang=language, step=step, name=step_name(step, language))


def default_plan(library: Library, group: str, minutes: int, language: str) -> Plan:
    """Without a usable survey: the always-modules, a module for each programme step they leave
    out, then the group's track (tracks.yaml), then the modules for everyone."""
    plan = Plan(group=group, source="default", minutes=minutes)
    for module in always_modules(library):
        plan.add(module, t("plan.reason_always", lang=language), language)
    taken = {planned.id for planned in plan.modules + plan.left_out}
    for step in PROGRAMME_STEPS:
        if step in plan.steps_served:
            continue
        for module in step_modules(library, group, step, taken):
            taken.add(module.id)
            if plan.add(module, step_reason(step, language), language):
                break
    for module in library.track(group):
        if module.id not in taken:
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
    """Always-modules, `getting-started` for a hesitant group, a module for each programme
    step still missing unless the group scored well on it, then the weakest topic first."""
    plan = Plan(group=group, source="pooled" if pooled else "group", minutes=minutes)
    reasons = _Reasons(library, language, pooled, figures)
    scored = {topic: result.score for topic, result in scores.topics.items()}
    weak = {topic: share for topic, share in scored.items() if is_weak(share)}
    always = always_modules(library)
    for module in always:
        plan.add(module, t("plan.reason_always", lang=language), language)
    starter = library.modules.get(GETTING_STARTED)
    hesitant = scores.attitude is not None and is_hesitant(scores.attitude.mean)
    if hesitant and starter and not starter.always and starter.for_group(group):
        assert scores.attitude is not None
        topics = [reasons.topic(topic, weak[topic]) for topic in _weak_topics(starter, weak)]
        plan.add(starter, "; ".join([reasons.attitude(scores.attitude.mean), *topics]), language)
    taken = {planned.id for planned in plan.modules + plan.left_out}
    for step in PROGRAMME_STEPS:
        if step not in plan.steps_served:
            _serve_step(plan, library, group, step, taken, reasons, scored, weak)
    ranked = []
    for position, module in enumerate(library.modules_for(group)):
        topics = _weak_topics(module, weak)
        if topics and module.id not in taken:
            reason = "; ".join(reasons.topic(topic, weak[topic]) for topic in topics)
            ranked.append((weak[topics[0]], position, module, reason))
    ranked.sort(key=lambda item: item[:2])
    for _, _, module, reason in ranked:
        plan.add(module, reason, language)
    only_always = {planned.id for planned in plan.modules} <= {module.id for module in always}
    if not weak and not hesitant and only_always:
        plan.note = t("plan.note_all_strong", lang=language, percent=whole_percent(WEAK_SCORE))
    return plan


def _serve_step(
    plan: Plan,
    library: Library,
    group: str,
    step: int,
    taken: set[str],
    reasons: _Reasons,
    scored: dict[str, float],
    weak: dict[str, float],
) -> None:
    """Plan a module for programme `step`, or leave the step out when the group knows it.

    The module is the one that teaches the step's weakest topic, else the step's best module
    (`step_modules`). It is left out only when the survey measured every one of its topics and
    none is weak; a module that does not fit in the time gives way to the next one.
    """
    language = reasons.language
    candidates = step_modules(library, group, step, taken)
    for module in sorted(candidates, key=lambda m: _weakest(m, weak)):  # stable: best first
        taken.add(module.id)
        topics = _weak_topics(module, weak)
        if not topics and all(topic in scored for topic in module.topics):
            plan.leave_out(module, reasons.step_known(step, module, scored))
            return
        # With topic reasons beside it the step's number is enough: the row must fit 80 columns.
        step_said = t("plan.reason_step_number", lang=language, step=step) if topics else None
        reason = "; ".join(
            [step_said or step_reason(step, language), *(reasons.topic(x, weak[x]) for x in topics)]
        )
        if plan.add(module, reason, language):
            return


def _weakest(module: Module, weak: dict[str, float]) -> float:
    """The score of the module's weakest topic; 1 when none is weak."""
    return min((weak[topic] for topic in module.topics if topic in weak), default=1.0)


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

    def step_known(self, step: int, module: Module, scored: dict[str, float]) -> str:
        """Why `step` is left out: what the group scored on each topic of its `module`."""
        if self.figures:
            key = "plan.score_on"
            parts = [(topic, whole_percent(scored[topic])) for topic in module.topics]
        else:
            key = "plan.score_on_hidden"
            parts = [(topic, whole_percent(WEAK_SCORE)) for topic in module.topics]
        scores = ", ".join(
            t(
                key,
                lang=self.language,
                topic=self.library.topic_name(topic, self.language),
                percent=percent,
            )
            for topic, percent in parts
        )
        sentence = "plan.reason_step_known_pooled" if self.pooled else "plan.reason_step_known"
        name = step_name(step, self.language)
        return t(sentence, lang=self.language, step=step, name=name, scores=scores)

    def attitude(self, mean: float) -> str:
        if not self.pooled:
            key, value = "plan.reason_attitude", number(mean, self.language)
        elif self.figures:
            key, value = "plan.reason_attitude_pooled", number(mean, self.language)
        else:
            key, value = "plan.reason_attitude_pooled_hidden", number(LOW_ATTITUDE, self.language)
        return t(key, lang=self.language, mean=value)
