"""A validated copy of the content, so a start skips reading the YAML of unchanged content.

The key is a hash of every content file's path and bytes, plus the code that validated them
(the model sources, this file, pydantic, Python), so any change to either means validating
afresh. Broken content is never cached: its problems are reported on every run.

The copy is JSON in the user's cache folder ($WORKSHOP_CACHE, else the platform's), and it is
not trusted: that folder may be synced or shared, so anyone who can write there can put any
bytes under the expected name. JSON names no code to run, and reading it validates it
against the same models as the YAML (strict, in one pass in pydantic's core) and checks that
it was made for this key. So the cache is only ever a shortcut: an entry that is missing,
damaged, foreign, oversized, not a plain file or unreadable is ignored and the content
validated afresh, and a cache folder that cannot be written is not an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.content.files import read_regular_file

if TYPE_CHECKING:
    from workshop.content.library import Library

CACHE_ENV = "WORKSHOP_CACHE"
KEPT = 4
"""Cached copies kept: one per set of content folders a trainer switches between."""
MAX_BYTES = 16 * 1024 * 1024
"""A larger entry is not read: the built-in content takes 0.12 MB."""
LEFTOVER_SECONDS = 60
"""A temporary file older than this is left from a write that was killed, not one under way."""
_PREFIX = "content-"
_SUFFIX = ".json"
_TEMP_SUFFIX = ".tmp"  # as workshop.store.atomic names its temporary files
_FORMAT = 2
_VALIDATING_CODE = ("model.py", "organisation.py", "tracks.py", "library.py", "cache.py")


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
    from workshop.content.files import read_regular_file

    try:
        for path in [*code, *files]:
            data = read_regular_file(path)  # never waits on a pipe named *.yaml
            digest.update(f"\0{path}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def cache_key(folders: Sequence[Path]) -> str | None:
    """The key for content made of `folders`; None when one is missing or unreadable."""
    from workshop.content.files import yaml_files

    return content_key(yaml_files(folders)) if all(f.is_dir() for f in folders) else None


def known_valid_key(extra_dirs: Sequence[Path] = ()) -> str | None:
    """The key of this content if it was validated before and is unchanged since, else None;
    quick, no pydantic.

    Only a guess (the entry is checked when it is read), for deciding whether to validate
    before the screen opens; a wrong guess costs time, never correctness.
    """
    from workshop.content.files import builtin_modules_dir

    key = cache_key((builtin_modules_dir(), *extra_dirs))
    return key if key is not None and _path(key).is_file() else None


def _path(key: str) -> Path:
    return cache_dir() / f"{_PREFIX}{key}{_SUFFIX}"


def read_cached(key: str) -> Library | None:
    """The content cached under `key`, validated; None for anything but a good entry."""
    data = read_cache_file(_path(key))
    if data is None:
        return None
    from pydantic import ValidationError

    from workshop.content.library import Library

    try:
        entry = _entry_model().model_validate_json(data)
    except ValidationError:  # damaged, truncated, or written by other code: validate afresh
        return None
    if entry.format != _FORMAT or entry.key != key:  # not made from this content
        return None
    return Library(
        modules=entry.modules,
        survey=entry.survey,
        policy=entry.policy,
        module_files={name: Path(path) for name, path in entry.module_files.items()},
        organisation=entry.organisation,
        tracks=entry.tracks,
    )


def read_cache_file(path: Path, limit: int = MAX_BYTES) -> bytes | None:
    """The bytes of the cached copy at `path` if it is a plain file of at most `limit` bytes,
    else None; temporary files that killed writes of it left are removed.

    Never follows a link in the last step, and never waits: a named pipe or a device under the
    entry's name is opened without blocking and then refused.
    """
    try:
        data = read_regular_file(path, limit, follow_links=False)
    except OSError:  # missing, a link, unreadable, not a plain file, too large
        return None
    _remove_leftovers(path)
    return data


def _remove_leftovers(path: Path) -> None:
    """Temporary files of killed writes of `path`: a later write tidies them only once they
    are old, and with the copy in place no write may come again (see workshop.store.atomic)."""
    stale = time.time() - LEFTOVER_SECONDS
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()


def write_cached(key: str, library: Library) -> None:
    """Keep `library` for the next run; quietly skipped where the cache cannot be written."""
    import json  # only when writing: a start from the cache does not need it

    entry = {
        "format": _FORMAT,
        "key": key,
        "modules": {name: _plain(module) for name, module in library.modules.items()},
        "module_files": {name: str(path) for name, path in library.module_files.items()},
        "survey": _plain(library.survey),
        "policy": _plain(library.policy),
        "organisation": _plain(library.organisation) if library.organisation else None,
        "tracks": library.tracks,
    }
    data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    if write_cache_file(_path(key), data, _PREFIX, KEPT):
        with contextlib.suppress(OSError):  # what versions before JSON wrote
            for pickle in _path(key).parent.glob(f"{_PREFIX}*.pickle"):
                with contextlib.suppress(OSError):
                    pickle.unlink()


def write_cache_file(path: Path, data: bytes, prefix: str, kept: int) -> bool:
    """Put `data` at `path` whole or not at all, and keep only the `kept` newest copies whose
    names start with `prefix`; whether it was written (not where the cache cannot be)."""
    if len(data) > MAX_BYTES:
        return False
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}{_TEMP_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "xb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    _tidy(path.parent, prefix, kept)
    return True


def _plain(model: Any) -> Any:
    return model.model_dump(mode="json")


def _tidy(folder: Path, prefix: str, kept: int) -> None:
    """Drop all but the `kept` most recently written copies, and temporary files of writes
    that were killed before they renamed theirs."""
    with contextlib.suppress(OSError):
        copies = sorted(
            folder.glob(f"{prefix}*{_SUFFIX}"),
            key=lambda p: p.stat().st_mtime_ns,
            reverse=True,
        )
        stale = time.time() - LEFTOVER_SECONDS
        leftovers = [
            p for p in folder.glob(f".{prefix}*{_TEMP_SUFFIX}") if p.stat().st_mtime < stale
        ]
        for old in [*copies[kept:], *leftovers]:
            with contextlib.suppress(OSError):
                old.unlink()


_ENTRY: Any = None


def _entry_model() -> Any:
    """The shape of an entry, as a pydantic model: made on first use, pydantic is not free."""
    global _ENTRY
    if _ENTRY is None:
        from pydantic import ConfigDict, create_model

        from workshop.content.model import Module, Policy, SurveyBank
        from workshop.content.organisation import Organisation

        _ENTRY = create_model(
            "CachedContent",
            __config__=ConfigDict(strict=True, extra="forbid"),
            format=(int, ...),
            key=(str, ...),
            modules=(dict[str, Module], ...),
            module_files=(dict[str, str], ...),
            survey=(SurveyBank, ...),
            policy=(Policy, ...),
            organisation=(Organisation | None, ...),
            tracks=(dict[str, list[str]], ...),
        )
    return _ENTRY
