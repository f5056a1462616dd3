"""A validated copy of the content, so a start skips parsing and validating unchanged YAML.

The key is a hash of every content file's path and bytes, plus the code that validated them
(the model sources, pydantic, Python), so any change to either means validating afresh.
Broken content is never cached: its problems are reported on every run. The cache is only
ever a shortcut: a file that is missing, unreadable or from another version is ignored, and a
cache folder that cannot be written is not an error.

The copy is a pickle in the user's own cache folder ($WORKSHOP_CACHE, else the platform's
cache folder), trusted as the installed code itself is.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.content.library import Library

CACHE_ENV = "WORKSHOP_CACHE"
KEPT = 4
"""Cached copies kept: one per set of content folders a trainer switches between."""
_PREFIX = "content-"
_SUFFIX = ".pickle"
_VALIDATING_CODE = ("model.py", "organisation.py", "library.py")


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("workshop", appauthor=False)


def content_key(files: Sequence[Path]) -> str | None:
    """The hash of `files` and of the validating code; None when a file cannot be read.

    Quick, and without importing pydantic: pydantic's version is read from its version file.
    """
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{sys.version_info[:2]}".encode())
    here = Path(__file__).parent
    spec = importlib.util.find_spec("pydantic")
    code = [here / name for name in _VALIDATING_CODE]
    if spec is not None and spec.origin:
        code.append(Path(spec.origin).with_name("version.py"))
    try:
        for path in [*code, *files]:
            data = path.read_bytes()
            digest.update(f"\0{path}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def cache_key(folders: Sequence[Path]) -> str | None:
    """The key for content made of `folders`; None when one is missing or unreadable."""
    from workshop.content.files import yaml_files

    return content_key(yaml_files(folders)) if all(f.is_dir() for f in folders) else None


def is_known_valid(extra_dirs: Sequence[Path] = ()) -> bool:
    """Whether this content was validated before and is unchanged since; quick, no pydantic."""
    from workshop.content.files import builtin_modules_dir

    key = cache_key((builtin_modules_dir(), *extra_dirs))
    return key is not None and _path(key).is_file()


def _path(key: str) -> Path:
    return cache_dir() / f"{_PREFIX}{key}{_SUFFIX}"


def read_cached(key: str) -> Library | None:
    from workshop.content.library import Library

    try:
        library = pickle.loads(_path(key).read_bytes())
    except Exception:  # missing, truncated, or written by other code: validate afresh
        return None
    return library if isinstance(library, Library) else None


def write_cached(key: str, library: Library) -> None:
    """Keep `library` for the next run; quietly skipped where the cache cannot be written."""
    path = _path(key)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(library, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        _prune(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _prune(folder: Path) -> None:
    """Drop all but the most recently written copies."""
    copies = sorted(
        folder.glob(f"{_PREFIX}*{_SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for old in copies[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
