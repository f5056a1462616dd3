"""Choose a group's agenda: which modules, in what order, within the time, and why each one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from workshop.content import Library
from workshop.i18n import t

Source = Literal["group", "pooled", "default"]


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

    @property
    def planned_minutes(self) -> int:
        return sum(module.minutes for module in self.modules)


def default_plan(library: Library, group: str, minutes: int, language: str) -> Plan:
    """Without a usable survey: the always-modules, then the group's track in file order."""
    plan = Plan(group=group, source="default", minutes=minutes)
    always = [m for m in library.modules.values() if m.always]
    track = [m for m in library.modules_for(group) if not m.always]
    for module in always:
        plan.modules.append(
            PlannedModule(module.id, module.minutes, t("plan.reason_always", lang=language))
        )
    for module in track:
        if plan.planned_minutes + module.minutes <= minutes:
            plan.modules.append(
                PlannedModule(module.id, module.minutes, t("plan.reason_track", lang=language))
            )
        else:
            plan.left_out.append(
                PlannedModule(module.id, module.minutes, t("plan.reason_no_time", lang=language))
            )
    return plan
