"""Writing exports: checked first, written atomically, never half a file or half a kit.

Everything is rendered in memory before the first byte is written; an existing file that
already holds the same content is left as it is (the end of a session writes the summary and
the kit, and the commands the README gives next must not call that a conflict); an existing
file with other content is kept unless `force`; and when one file of a set cannot be written,
the ones already written are put back as they were.
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


VOLATILE_LINES = {".ics": (b"DTSTAMP",)}
"""Lines that change on every run although nothing changed: a calendar's DTSTAMP is the moment
the file was made (RFC 5545), so two kits made from the same data differ only there."""


def same_content(path: Path, data: bytes) -> bool:
    """Whether the file at `path` already holds `data` (volatile lines aside)."""
    volatile = VOLATILE_LINES.get(path.suffix.lower())
    try:
        if not path.is_file() or (not volatile and path.stat().st_size != len(data)):
            return False
        old = path.read_bytes()
    except OSError:
        return False
    if old == data:
        return True
    if not volatile:
        return False

    def steady(text: bytes) -> list[bytes]:
        return [line for line in text.splitlines() if not line.startswith(volatile)]

    return steady(old) == steady(data)


def check_target(path: Path, force: bool, same: bool = False) -> None:
    """Refuse a path that cannot take a new file, or that holds other content and `force` is
    off (`same`: it holds this content already)."""
    if path.is_dir():
        raise UserError(t("export.is_a_folder", path=path))
    if path.exists() and not force and not same:
        raise UserError(t("export.exists", path=path))
    parent = path.parent
    if not parent.exists():
        raise UserError(t("export.cannot_write", path=path, reason=t("export.no_folder")))
    if not parent.is_dir():
        raise UserError(t("export.cannot_write", path=path, reason=t("export.parent_not_folder")))


def write_files(
    contents: Mapping[Path, bytes], force: bool = False, unchanged: set[Path] | None = None
) -> list[Path]:
    """Write every file or none: checks all targets, then writes, undoing on a failure.

    Returns every path of `contents`. A file that already holds its content is not written
    again, with or without `force`; such paths are added to `unchanged` when it is given.
    """
    same = {path for path, data in contents.items() if same_content(path, data)}
    for path in contents:
        check_target(path, force, path in same)
    if unchanged is not None:
        unchanged |= same
    before: dict[Path, bytes | None] = {}
    written: list[Path] = []
    try:
        for path, data in contents.items():
            if path in same:
                continue
            before[path] = path.read_bytes() if path.is_file() else None
            remove_leftovers(path, min_age=LEFTOVER_SECONDS)  # from an export that was killed
            write_atomic(path, data)
            written.append(path)
    except OSError as error:
        for done in written:
            put_back(done, before[done])
        raise UserError(t("export.cannot_write", path=path, reason=_reason(error))) from error
    return list(contents)


def display(path: Path) -> str:
    """The path relative to the working folder when it is inside it, else in full."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)
