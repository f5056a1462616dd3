"""Where the data lives: the data folder, and the safe file names inside it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import t

DEFAULT_DATA_DIR = "sessions"
DATA_ENV = "WORKSHOP_DATA"
_GROUP = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


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
    """A group name safe for file names: lower case letters, digits, - and _ (max 40)."""
    name = raw.strip().lower()
    if not _GROUP.match(name):
        raise UserError(t("store.bad_group", group=raw), exit_code=2)
    return name
