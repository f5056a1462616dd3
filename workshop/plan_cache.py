"""The agenda `workshop start` showed last time, so the next start shows it without the content.

Making a plan needs the content (pydantic, the models, the validated copy: most of a start's
time) and the group's survey. The plan itself is small: the module ids, titles in the
language, minutes, steps and reasons, and the note. So it is kept as JSON under a key made of
everything it was made from: the content's key (its files, the validating code, pydantic and
Python), the code of this package, the survey files of the data folder (name, size, time of
last change, file id), and the group, minutes, language, anonymity threshold and modules asked
for. Anything changed, the key changes and the plan is made afresh.

Like the content cache, an entry is not trusted: it is plain JSON, read strictly
(`Plan.from_json`), and used only if it was made for this key; anything else is ignored and
the plan made again. The start still loads the content and makes the plan behind the screen
and shows that one instead if it differs, so even an entry someone forged is shown only until
then.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from workshop.content.cache import cache_dir, read_cache_file, write_cache_file
from workshop.plan import Plan
from workshop.store.folders import SURVEY_FOLDER

KEPT = 16
"""Plans kept: a trainer starts a few groups, in one or two languages."""
MAX_BYTES = 1024 * 1024
"""A larger entry is not read: a plan naming every built-in module takes about 4 KB."""
_PREFIX = "plan-"
_FORMAT = 1
_PACKAGE = Path(__file__).parent


class PlanRequest(NamedTuple):
    """What a plan is made from, apart from the content: what `workshop start` was asked."""

    data: Path
    group: str
    minutes: int
    language: str
    threshold: int
    module_ids: tuple[str, ...] = ()
    """The modules asked for with `--module`, in order; none to plan from the survey."""


class CachedPlan(NamedTuple):
    plan: Plan
    titles: Mapping[str, str]
    """Each module's title in the plan's language, for every module the plan names."""


def plan_key(request: PlanRequest, content: str) -> str | None:
    """The key of the plan for `request` from the content whose key (`cache_key`) is
    `content`, with the survey as it is now; None when the data folder cannot be read."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        fields = [
            _FORMAT,
            content,
            str(request.data.resolve()),
            request.group,
            request.minutes,
            request.language,
            request.threshold,
            list(request.module_ids),
        ]
        digest.update(json.dumps(fields).encode())
        for stamp in (*_stamps(request.data / SURVEY_FOLDER, ".json"), *_code_stamps()):
            digest.update(stamp.encode())
    except (OSError, RuntimeError):  # unreadable, or a loop of links
        return None
    return digest.hexdigest()


def _stamps(folder: Path, suffix: str) -> list[str]:
    """Name, size, time of last change and file id of each `suffix` file in `folder`.

    The store replaces a file to change it, so every write gives a new file id and time."""
    if not folder.is_dir():
        return []
    stamps = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(suffix):
                status = entry.stat()
                stamps.append(
                    f"\0{entry.name}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ino}"
                )
    return sorted(stamps)


def _code_stamps() -> list[str]:
    """The stamps of this package's code: the planner, the survey scoring, the catalogue…"""
    stamps = []
    for folder, subfolders, _ in os.walk(_PACKAGE):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        stamps += [f"{folder}{stamp}" for stamp in _stamps(Path(folder), ".py")]
    return sorted(stamps)


def plan_path(key: str) -> Path:
    """Where the plan for `key` is kept."""
    return cache_dir() / f"{_PREFIX}{key}.json"


def read_plan(key: str, request: PlanRequest) -> CachedPlan | None:
    """The plan cached under `key` for `request`; None for anything but a good entry."""
    data = read_cache_file(plan_path(key), MAX_BYTES)
    if data is None:
        return None
    try:
        entry = json.loads(data)
        if not isinstance(entry, dict) or entry.keys() != {"format", "key", "plan", "titles"}:
            return None
        plan = Plan.from_json(entry["plan"])
    except (ValueError, RecursionError):  # not JSON (or nested too deep), or NotAPlan
        return None
    titles = entry["titles"]
    named = {planned.id for planned in plan.named}
    if (
        entry["format"] != _FORMAT
        or entry["key"] != key
        or plan.group != request.group
        or not isinstance(titles, dict)
        or titles.keys() != named
        or not all(isinstance(title, str) for title in titles.values())
    ):
        return None
    return CachedPlan(plan, titles)


def write_plan(key: str, cached: CachedPlan) -> None:
    """Keep `cached` for the next start; quietly skipped where the cache cannot be written."""
    entry = {
        "format": _FORMAT,
        "key": key,
        "plan": cached.plan.to_json(),
        "titles": dict(cached.titles),
    }
    data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    if len(data) <= MAX_BYTES:
        write_cache_file(plan_path(key), data, _PREFIX, KEPT)
