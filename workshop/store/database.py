"""One TinyDB file per session (or per group's survey), written atomically by a single writer.

TinyDB's own JSONStorage rewrites its file in place, so a crash or a full disk mid-write leaves
it unreadable, and two processes on one file lose updates. Here each write goes through
`write_atomic`, a lock file keeps a second writer out, and a file that cannot be read is moved
aside, never overwritten.
"""

from __future__ import annotations

import errno
import json
import operator
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from workshop.errors import UserError, one_line
from workshop.i18n import catalog, t
from workshop.store.atomic import remove_leftovers, write_atomic

SCHEMA_VERSION = 1
META_TABLE = "_meta"
WRITER = "writer"
"""In `_meta`: a random token, new with every write, so a writer can tell that the file on
disk is still the one it wrote last. Nothing identifying: 16 random hex digits."""
_LEADING_WRITER = re.compile(rb'^\{"_meta":\{"1":\{[^{}]*"writer":"([0-9a-f]{1,64})"')
UNREADABLE_SUFFIX = ".unreadable"


class StoreBusy(UserError):
    """Another workshop process holds this file."""


class UnreadableFile(UserError):
    """The file could not be parsed; it was moved to `kept_at` and nothing overwrote it."""

    def __init__(self, message: str, path: Path, kept_at: Path) -> None:
        super().__init__(message)
        self.path = path
        self.kept_at = kept_at


class StoreWriteError(UserError):
    """A write did not reach the disk; the file still holds everything written before."""


class TakenOver(StoreWriteError):
    """Another process wrote the file since this one last did (its lock file was deleted, so
    the lock could not keep it out): this one writes no more, so it overwrites nothing."""


def _writer_of(data: Any) -> str | None:
    try:
        writer = next(iter(data[META_TABLE].values())).get(WRITER)
    except (KeyError, TypeError, AttributeError, StopIteration):
        return None
    return writer if isinstance(writer, str) else None


MISSING = "missing"
"""What `writer_on_disk` says when the file is not there: a write puts everything back."""


def writer_on_disk(path: Path) -> str | None:
    """The write token in the file as it is on disk now (None without one, MISSING without
    the file).

    Cheap: this tool writes `_meta` first, so the first bytes hold it; a file laid out
    otherwise is parsed whole."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256)
            found = _LEADING_WRITER.match(head)
            if found:
                return found.group(1).decode("ascii")
            head += handle.read()
    except FileNotFoundError:
        return MISSING
    try:
        return _writer_of(json.loads(head.decode("utf-8")))
    except ValueError:
        return "?"  # not what this process wrote: some other writer's


_CAUSES = {
    getattr(errno, name): cause
    for cause, names in {
        "permission": ("EACCES", "EPERM", "EROFS"),
        "gone": ("ENOENT", "ENOTDIR", "ESTALE", "ENODEV"),
        "handles": ("EMFILE", "ENFILE"),
        "full": ("ENOSPC", "EDQUOT", "EFBIG"),
    }.items()
    for name in names
    if hasattr(errno, name)  # not every platform has every one
}
_HELD_ON_WINDOWS = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def failed_write(path: Path, error: OSError) -> str:
    """The one-line message for a write of `path` that failed with `error`: the real cause
    (permission, folder gone, too many open files, disk full) and what to do about it."""
    cause = _CAUSES.get(error.errno or 0)
    if getattr(error, "winerror", None) in _HELD_ON_WINDOWS:
        cause = "held"
    reason = t(f"store.cause.{cause}") if cause else error.strerror or str(error)
    return t(
        "store.write_failed", path=path, reason=reason, advice=t(f"store.advice.{cause or 'other'}")
    )


def _encode(data: dict[str, Any]) -> bytes:
    return _dumps(data).encode("utf-8")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class AtomicStorage(Storage):
    """TinyDB storage that keeps the data in memory and replaces the file atomically on write.

    Safe to cache because a lock guarantees this process is the file's only writer.

    Every write rewrites the whole file, so encoding it is what grows with a long session. In
    an `append_only` table (answers, survey responses) documents are only ever added or
    removed, never changed in place, so each one is encoded once and its text reused for as
    long as TinyDB keeps handing over the same document object. The file is written from
    those texts part by part: no second copy of the whole file is ever built in memory.
    """

    def __init__(
        self,
        path: str,
        initial: dict[str, Any] | None = None,
        append_only: frozenset[str] = frozenset(),
    ) -> None:
        self.path = Path(path)
        self._data = initial
        self._writer = _writer_of(initial)  # the token the file on disk should carry
        self._append_only = append_only
        self._batching = False
        # Per append-only table: its ids, documents and their texts.
        self._encoded: dict[str, tuple[list[str], list[Any], list[str]]] = {}
        # The file's text as written last, in parts that share the documents' texts.
        self._last_written = self._encode(initial) if initial is not None else ["{}"]

    def read(self) -> dict[str, Any] | None:
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        if self._batching:
            self._data = data
            return
        self._write(data)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every change made inside reaches the disk in one atomic write at the end, or none
        does: an error inside, or a failed write, leaves the data as it was before."""
        if self._batching:
            raise RuntimeError("batches do not nest")
        self._batching = True
        try:
            yield
        except BaseException:
            self._undo()
            raise
        finally:
            self._batching = False
        if self._data is not None:
            self._write(self._data)

    def _write(self, data: dict[str, Any]) -> None:
        writer = secrets.token_hex(8)
        meta = data.get(META_TABLE)
        if isinstance(meta, dict) and isinstance(meta.get("1"), dict):
            data[META_TABLE] = {**meta, "1": {**meta["1"], WRITER: writer}}
        parts = self._encode(data)
        try:
            if writer_on_disk(self.path) not in (self._writer, MISSING):
                self._undo()
                raise TakenOver(t("store.taken_over", path=self.path))
            write_atomic(self.path, (part.encode() for part in parts))
        except OSError as error:
            self._undo()
            raise StoreWriteError(failed_write(self.path, error)) from error
        self._data = data
        self._last_written = parts
        self._writer = writer

    def _undo(self) -> None:
        """TinyDB changes the cached tables in place before it writes: back to the disk's."""
        self._data = json.loads("".join(self._last_written))

    def _encode(self, data: dict[str, Any]) -> list[str]:
        """The text of `_encode(data)` in parts, reusing the text of unchanged documents."""
        parts = ["{"]
        for name, table in data.items():
            if len(parts) > 1:
                parts.append(",")
            if name in self._append_only:
                parts.append(f"{_dumps(name)}:{{")
                for number, text in enumerate(self._encode_table(name, table)):
                    if number:
                        parts.append(",")
                    parts.append(text)
                parts.append("}")
            else:
                parts.append(f"{_dumps(name)}:{_dumps(table)}")
        parts.append("}")
        return parts

    def _encode_table(self, name: str, table: dict[str, Any]) -> list[str]:
        """The table's documents as `"id":{…}` texts; an append costs one document's encoding."""
        ids, documents = list(table), list(table.values())
        known = self._encoded.get(name)
        if known is not None:
            old_ids, old_documents, old_texts = known
            count = len(old_ids)
            if ids[:count] == old_ids and all(map(operator.is_, documents, old_documents)):
                texts = old_texts + [
                    _document_text(i, d)
                    for i, d in zip(ids[count:], documents[count:], strict=True)
                ]
                self._encoded[name] = (ids, documents, texts)
                return texts
            reuse = {  # after a withdrawal: the documents still there keep their text
                doc_id: text
                for doc_id, document, text in zip(old_ids, old_documents, old_texts, strict=True)
                if table.get(doc_id) is document
            }
        else:
            reuse = {}
        texts = [reuse.get(i) or _document_text(i, d) for i, d in zip(ids, documents, strict=True)]
        self._encoded[name] = (ids, documents, texts)
        return texts


def _document_text(doc_id: object, document: Any) -> str:
    return f"{_dumps(str(doc_id))}:{_dumps(document)}"


class Database:
    """An open, locked database file. Close it (or use `with`) to let another process in."""

    def __init__(
        self,
        path: Path,
        kind: str,
        append_only: frozenset[str] = frozenset(),
        first: dict[str, dict[str, Any]] | None = None,
        check: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        """Open (or create) `path`; a new file gets its schema and `first` (one document per
        table) in a single write, so a crash can never leave a file that has only half of it.

        `check` validates a file that parses: it raises ValueError (with a `field` attribute
        naming the wrong value, if it can) and the file is then kept aside like a damaged one.
        """
        self.path = path
        self.kind = kind
        self._check = check
        catalog()  # loaded now: a write that fails for want of file handles can still say so
        from filelock import FileLock, Timeout  # here: `workshop start` paints before any lock

        self._lock = FileLock(str(path) + ".lock", timeout=0)
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreBusy(t("store.busy", path=path)) from None
        except OSError as error:
            raise StoreWriteError(
                t("store.cannot_lock", path=path, reason=error.strerror or error)
            ) from error
        try:
            remove_leftovers(path)
            initial = self._load()
            self.db = TinyDB(
                str(path), storage=AtomicStorage, initial=initial, append_only=append_only
            )
            if initial is None:
                tables = {META_TABLE: {"1": {"schema": SCHEMA_VERSION, "kind": kind}}}
                tables |= {name: {"1": dict(doc)} for name, doc in (first or {}).items()}
                self.db.storage.write(tables)
        except BaseException:
            self._lock.release()
            raise

    def _load(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreWriteError(
                t("store.cannot_read", path=self.path, reason=error.strerror or error)
            ) from error
        try:
            data = json.loads(raw.decode("utf-8"))
            meta = next(iter(data[META_TABLE].values()))
            if not isinstance(meta, dict) or meta.get("kind") != self.kind:
                raise ValueError("not a workshop file of this kind")
        except (ValueError, KeyError, TypeError, StopIteration, AttributeError):
            kept_at = set_aside(self.path)
            raise UnreadableFile(
                t("store.unreadable", path=self.path, kept=kept_at), self.path, kept_at
            ) from None
        if meta.get("schema", 0) > SCHEMA_VERSION:
            raise UserError(t("store.newer_schema", path=self.path))
        if self._check is not None:
            try:
                self._check(data)
            except ValueError as error:
                field = getattr(error, "field", None) or "?"
                kept_at = set_aside(self.path)
                raise UnreadableFile(
                    t("store.wrong_value", path=self.path, field=one_line(field), kept=kept_at),
                    self.path,
                    kept_at,
                ) from None
        return data

    def table(self, name: str):
        return self.db.table(name)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one atomic write: all of them on disk, or none (see AtomicStorage)."""
        try:
            with self.db.storage.batch():
                yield
        finally:
            for name in self.db.tables():  # query results cached before an undo are stale
                self.db.table(name).clear_cache()

    def close(self) -> None:
        self.db.close()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def in_use(path: Path) -> bool:
    """Whether a `Database` (in this process or another) holds `path` open right now.

    Tries the same lock without waiting and lets go at once; a file that was never opened has
    no lock file, and nothing is created for it.
    """
    lock_path = Path(str(path) + ".lock")
    if not lock_path.exists():
        return False
    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    except OSError:
        return False  # cannot tell; opening the file reports the reason
    lock.release()
    return False


def set_aside(path: Path) -> Path:
    """Move an unreadable file out of the way under a name that says so; never overwrite."""
    number = 0
    while True:
        suffix = UNREADABLE_SUFFIX if number == 0 else f"{UNREADABLE_SUFFIX}-{number}"
        target = path.with_name(path.name + suffix)
        if not target.exists():
            path.rename(target)
            return target
        number += 1
