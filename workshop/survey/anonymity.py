"""Who may be shown: the minimum group size, and hiding a second level against subtraction.

Employee-survey tools hide a group's results until enough people answered (5 by default, 3 at
the least, as in Viva Glint and Lattice). When exactly one level inside a shown group is hidden,
its results could be worked out from the group's total minus the other levels, so the
next-smallest level is hidden too (Viva Glint's second rule).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from workshop.errors import UserError
from workshop.i18n import t

DEFAULT_THRESHOLD = 5
MINIMUM_THRESHOLD = 3

HiddenBecause = Literal["too_few", "subtraction"]


def checked_threshold(value: int | None) -> int:
    """The threshold to use: the default, or a trainer's choice that is not below the minimum."""
    if value is None:
        return DEFAULT_THRESHOLD
    if value < MINIMUM_THRESHOLD:
        raise UserError(
            t("survey.threshold_too_low", value=value, minimum=MINIMUM_THRESHOLD), exit_code=2
        )
    return value


def is_shown(respondents: int, threshold: int) -> bool:
    return respondents >= threshold


def hidden_levels(counts: Mapping[str, int], threshold: int) -> dict[str, HiddenBecause]:
    """The levels (with respondents) to hide inside a shown group, and why.

    Ties for the next-smallest level go to the one listed first in `counts`.
    """
    present = {level: count for level, count in counts.items() if count > 0}
    hidden: dict[str, HiddenBecause] = {
        level: "too_few" for level, count in present.items() if not is_shown(count, threshold)
    }
    if len(hidden) == 1:
        shown = [level for level in present if level not in hidden]
        if shown:
            hidden[min(shown, key=present.__getitem__)] = "subtraction"
    return hidden


def hidden_reason(because: HiddenBecause, respondents: int, threshold: int, language: str) -> str:
    """The sentence that tells the trainer why a result is not shown."""
    if because == "subtraction":
        return t("survey.hidden_with_other", lang=language)
    return t("survey.too_few", lang=language, count=respondents, threshold=threshold)
