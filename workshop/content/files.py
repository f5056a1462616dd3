"""Where the content lives: the shipped folder, the files a folder holds, their special names."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

SURVEY_FILE = "survey.yaml"
POLICY_FILE = "policy.yaml"
ORGANISATION_FILE = "organisation.yaml"
TRACKS_FILE = "tracks.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
MAX_CONTENT_BYTES = 2 * 2**20
"""A content file is written by hand: the largest shipped one is 28 KB."""


class NotAFile(OSError):
    """The name is there but is no regular file (a folder, a named pipe, a device)."""


class TooLarge(OSError):
    """The file is larger than MAX_CONTENT_BYTES."""


def read_regular_file(
    path: Path, limit: int = MAX_CONTENT_BYTES, follow_links: bool = True
) -> bytes:
    """The bytes of the regular file at `path`, never waiting on a pipe.

    Opened without blocking and checked before reading: NotAFile for a folder, named pipe or
    device, TooLarge beyond `limit` (also for a file that grows while it is read), any other
    OSError as it comes (a link in the last step, without `follow_links`).
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError:
        raise NotAFile(path) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotAFile(path)
        if status.st_size > limit:
            raise TooLarge(path)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooLarge(path)
    return data


def builtin_modules_dir() -> Path:
    """The shipped `modules/` folder: inside the wheel, or beside the package in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_builtin_modules"
    return packaged if packaged.is_dir() else here.parent / "modules"


def yaml_files(paths: Iterable[Path]) -> list[Path]:
    """The YAML files named, and those directly inside the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in YAML_SUFFIXES))
        else:
            found.append(path)
    return found
