"""An agenda as plain data: the modules planned and left out, each with its reason.

`workshop.planner` makes plans; the agenda screen and the plan cache only read them, so this
module imports neither pydantic nor the content. A plan's JSON form (`to_json`) is what
`workshop plan --json` prints and what the plan cache keeps; `from_json` reads it back and
refuses anything that is not exactly that form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from workshop.i18n import t
from workshop.survey.anonymity import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from workshop.content.model import Module

Source = Literal["group", "pooled", "default"]
PROGRAMME_STEPS = (1, 2, 3, 4, 5)
"""Measure, train on what the group lacks, a weekly habit, communicate and recognise, rules."""


class NotAPlan(ValueError):
    """Data that is not a plan's JSON form."""


@dataclass(frozen=True)
class PlannedModule:
    """A module on (or left off) the agenda, with the reason in the trainer's language."""

    id: str
    minutes: int
    reason: str
    steps: tuple[int, ...] = ()
    """The programme steps the module serves (its `tips`)."""


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
    def named(self) -> list[PlannedModule]:
        """Every module the plan names: those on the agenda, then those left out."""
        return [*self.modules, *self.left_out]

    @property
    def planned_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)

    @property
    def steps_served(self) -> list[int]:
        """The programme steps the planned modules serve, in order."""
        return sorted({step for planned in self.modules for step in planned.steps})

    @property
    def steps_missing(self) -> list[int]:
        return [step for step in PROGRAMME_STEPS if step not in self.steps_served]

    def add(self, module: Module, reason: str, language: str) -> bool:
        """Put `module` on the agenda if it fits in the time left, else on the left-out list;
        whether it fitted."""
        fits = self.planned_minutes + module.minutes <= self.minutes
        if fits:
            self.modules.append(_planned(module, reason))
        else:
            self.leave_out(module, t("plan.reason_no_time", lang=language))
        return fits

    def leave_out(self, module: Module, reason: str) -> None:
        self.left_out.append(_planned(module, reason))

    def to_json(self) -> dict[str, Any]:
        def entry(planned: PlannedModule) -> dict[str, Any]:
            return {
                "id": planned.id,
                "minutes": planned.minutes,
                "steps": list(planned.steps),
                "reason": planned.reason,
            }

        return {
            "group": self.group,
            "source": self.source,
            "minutes": self.minutes,
            "planned_minutes": self.planned_minutes,
            "respondents": self.respondents,
            "threshold": self.threshold,
            "note": self.note,
            "steps_served": self.steps_served,
            "steps_missing": self.steps_missing,
            "modules": [entry(planned) for planned in self.modules],
            "left_out": [entry(planned) for planned in self.left_out],
        }

    @classmethod
    def from_json(cls, data: object) -> Plan:
        """The plan `to_json` made `data` from; NotAPlan for anything else.

        Strict, as the data may come from a file anyone could have written: exactly the keys
        `to_json` writes, each of its type, and figures that agree with each other.
        """
        fields = _mapping(data, _PLAN_KEYS)
        source = fields["source"]
        if source not in get_args(Source):
            raise NotAPlan("source")
        plan = cls(
            group=_text(fields["group"]),
            source=source,
            minutes=_whole(fields["minutes"]),
            modules=_entries(fields["modules"]),
            left_out=_entries(fields["left_out"]),
            respondents=_whole(fields["respondents"]),
            note=_text(fields["note"]),
            threshold=_whole(fields["threshold"]),
        )
        if plan.to_json() != data:  # the figures derived from the rest disagree with it
            raise NotAPlan("derived figures")
        return plan


_PLAN_KEYS = frozenset(Plan("", "default", 0).to_json())
_ENTRY_KEYS = frozenset({"id", "minutes", "steps", "reason"})


def _planned(module: Module, reason: str) -> PlannedModule:
    return PlannedModule(module.id, module.minutes, reason, tuple(sorted(set(module.tips))))


def _mapping(data: object, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(data, dict) or data.keys() != keys:
        raise NotAPlan("keys")
    return data


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise NotAPlan("text")
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise NotAPlan("whole number")
    return value


def _entries(value: object) -> list[PlannedModule]:
    if not isinstance(value, list):
        raise NotAPlan("list")
    planned = []
    for item in value:
        entry = _mapping(item, _ENTRY_KEYS)
        steps = entry["steps"]
        if not isinstance(steps, list):
            raise NotAPlan("steps")
        planned.append(
            PlannedModule(
                _text(entry["id"]),
                _whole(entry["minutes"]),
                _text(entry["reason"]),
                tuple(_whole(step) for step in steps),
            )
        )
    return planned
