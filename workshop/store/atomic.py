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
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

TEMP_SUFFIX = ".tmp"


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


WINDOWS_REPLACE_WAITS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.25)
REPLACE_WAITS: tuple[float, ...] = WINDOWS_REPLACE_WAITS if os.name == "nt" else ()
"""Seconds to wait before each new try of a refused rename: on Windows a virus scanner or a
sync client holding the file for a moment makes `os.replace` fail (about 1 s in all). Not
elsewhere: there a refused rename is a real lack of permission, and waiting changes nothing."""


def write_atomic(
    path: Path,
    data: bytes | Iterable[bytes],
    replace: Callable[[Path, Path], None] = os.replace,
    waits: Sequence[float] = REPLACE_WAITS,
) -> None:
    """Replace `path` with `data` (bytes, or its parts in order), durably; on any error,
    in writing or in producing the parts, the old file is untouched.

    A rename refused with PermissionError is tried again after each of `waits` seconds."""
    temporary = temp_name(path)
    try:
        with open(temporary, "xb") as handle:
            for part in [data] if isinstance(data, bytes) else data:
                handle.write(part)
            handle.flush()
            full_fsync(handle.fileno())
        _replace_patiently(temporary, path, replace, waits)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_folder(path.parent)


def _replace_patiently(
    source: Path, target: Path, replace: Callable[[Path, Path], None], waits: Sequence[float]
) -> None:
    for wait in waits:
        try:
            replace(source, target)
            return
        except PermissionError:
            time.sleep(wait)
    replace(source, target)


def full_fsync(descriptor: int, fcntl_module: Any = None) -> None:
    """Flush a file to the disk itself. On macOS `fsync` only reaches the drive's cache:
    `F_FULLFSYNC` asks the drive to write it out; where that is refused, plain `fsync`."""
    if fcntl_module is None:
        try:
            import fcntl as fcntl_module
        except ImportError:  # Windows
            fcntl_module = None
    full = getattr(fcntl_module, "F_FULLFSYNC", None)
    if full is not None:
        try:
            fcntl_module.fcntl(descriptor, full)
            return
        except OSError:
            pass  # a file system or drive without it
    os.fsync(descriptor)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename itself.
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        full_fsync(descriptor)
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
