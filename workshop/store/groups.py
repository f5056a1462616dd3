"""The groups a data folder knows: those with a survey file or a session file."""

from __future__ import annotations

import re
from pathlib import Path

from workshop.store.folders import SESSION_SUFFIX, survey_groups

SESSION_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-(?P<group>[a-z0-9][a-z0-9_-]*)-\d+$")
"""A session file's name: date, group, number (2026-11-27-sales-1)."""


def known_groups(data: Path) -> list[str]:
    """Every group with a survey or a session in `data`, sorted; read from file names only."""
    groups = set(survey_groups(data))
    for path in data.glob(f"*{SESSION_SUFFIX}"):
        found = SESSION_NAME.match(path.stem)
        if found:
            groups.add(found["group"])
    return sorted(groups)
