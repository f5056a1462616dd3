"""A full disk on demand: no file this process writes may grow past a size (POSIX only)."""

from __future__ import annotations

import contextlib
import signal

import pytest

try:
    import resource
except ImportError:  # Windows
    resource = None

needs_file_limits = pytest.mark.skipif(
    resource is None or not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits"
)


@contextlib.contextmanager
def disk_full_beyond(size: int):
    """Every write that would make a file larger than `size` bytes fails as on a full disk."""
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
