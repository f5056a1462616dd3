"""Where the data lives: the data folder, and the safe file names inside it.

Names and paths only, no TinyDB: `workshop start` checks its group with these before its
first frame.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import t

DEFAULT_DATA_DIR = "sessions"
DATA_ENV = "WORKSHOP_DATA"
SESSION_SUFFIX = ".json"
"""A session file: `<date>-<group>-<number>.json`, directly in the data folder."""
SURVEY_FOLDER = "surveys"
"""The survey files, one per group: `surveys/<group>.json` in the data folder."""
_GROUP = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
"""Names Windows keeps for devices, with any extension: a file `con.json` cannot be made."""


def data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """`--data`, else $WORKSHOP_DATA, else ./sessions; created when missing."""
    chosen = Path(option or os.environ.get(DATA_ENV) or DEFAULT_DATA_DIR)
    try:
        chosen.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            t("store.bad_data_dir", path=chosen, reason=error.strerror or error)
        ) from error
    if not chosen.is_dir():
        raise UserError(t("store.bad_data_dir", path=chosen, reason=t("store.not_a_folder")))
    return chosen


def group_name(raw: str) -> str:
    """A group name safe for file names: lower case letters, digits, - and _ (max 40), and
    not a name Windows keeps for a device (con, nul, com1, …)."""
    name = raw.strip().lower()
    if name.split(".", 1)[0].rstrip(" ") in RESERVED:
        raise UserError(t("store.reserved_group", group=raw.strip()), exit_code=2)
    if not _GROUP.match(name):
        raise UserError(t("store.bad_group", group=raw), exit_code=2)
    return name


def survey_path(data: Path, group: str) -> Path:
    return data / SURVEY_FOLDER / f"{group}.json"


def survey_groups(data: Path) -> list[str]:
    return sorted(path.stem for path in (data / SURVEY_FOLDER).glob("*.json"))
