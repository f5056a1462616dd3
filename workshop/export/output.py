"""Writing exports: checked first, written atomically, never half a file or half a kit.

Everything is rendered in memory before the first byte is written; an existing file is kept
unless `force`; and when one file of a set cannot be written, the ones already written are
put back as they were.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from workshop.errors import UserError
from workshop.i18n import t
from workshop.store.atomic import put_back, remove_leftovers, write_atomic

LEFTOVER_SECONDS = 60
"""A temporary file older than this is left from an export that was killed, not one under way."""


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def make_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) for the default output; a UserError if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(t("export.cannot_write", path=folder, reason=_reason(error))) from error
    if not folder.is_dir():
        raise UserError(t("export.cannot_write", path=folder, reason=t("store.not_a_folder")))
    return folder


def check_target(path: Path, force: bool) -> None:
    """Refuse a path that cannot take a new file, or that holds one and `force` is off."""
    if path.is_dir():
        raise UserError(t("export.is_a_folder", path=path))
    if path.exists() and not force:
        raise UserError(t("export.exists", path=path))
    parent = path.parent
    if not parent.exists():
        raise UserError(t("export.cannot_write", path=path, reason=t("export.no_folder")))
    if not parent.is_dir():
        raise UserError(t("export.cannot_write", path=path, reason=t("export.parent_not_folder")))


def write_files(contents: Mapping[Path, bytes], force: bool = False) -> list[Path]:
    """Write every file or none: checks all targets, then writes, undoing on a failure."""
    for path in contents:
        check_target(path, force)
    before: dict[Path, bytes | None] = {}
    written: list[Path] = []
    try:
        for path, data in contents.items():
            before[path] = path.read_bytes() if path.is_file() else None
            remove_leftovers(path, min_age=LEFTOVER_SECONDS)  # from an export that was killed
            write_atomic(path, data)
            written.append(path)
    except OSError as error:
        for done in written:
            put_back(done, before[done])
        raise UserError(t("export.cannot_write", path=path, reason=_reason(error))) from error
    return written


def display(path: Path) -> str:
    """The path relative to the working folder when it is inside it, else in full."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)
