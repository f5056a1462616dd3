"""Write a file so that it is either wholly the old or wholly the new version, and on disk.

Temporary file in the same folder, flush, fsync, `os.replace`, then fsync the folder so the
rename itself survives a power cut. Portable: `os.replace` is atomic on Windows too, and the
folder fsync is skipped where the platform cannot open a folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, durably; on any error the old file is untouched."""
    temporary = temp_name(path)
    try:
        with open(temporary, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename itself.
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_leftovers(path: Path, min_age: float = 0) -> int:
    """Delete temporary files an interrupted write of `path` left behind; returns how many.

    `min_age` (seconds) spares younger ones: where no lock keeps other writers out (exports,
    the content cache), a young temporary file may be another process's write under way."""
    removed = 0
    stale = time.time() - min_age
    with contextlib.suppress(OSError):  # a folder that cannot be listed has nothing to clean
        for leftover in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if min_age and leftover.stat().st_mtime >= stale:
                    continue
                leftover.unlink()
                removed += 1
    return removed


def put_back(path: Path, old: bytes | None) -> None:
    """Undo a write of `path`: restore its `old` bytes, or remove it if it did not exist."""
    with contextlib.suppress(OSError):
        if old is None:
            path.unlink(missing_ok=True)
        else:
            write_atomic(path, old)
