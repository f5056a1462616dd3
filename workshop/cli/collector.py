"""Starting without garbage-collector pauses.

A start creates many objects that live as long as the process: modules, pydantic and Textual
classes, the content. With the collector on, `workshop start` makes some 115 passes before
its agenda is shown (about 25 ms, measured with gc.callbacks; Textual's hello-world makes 86)
and more while the content loads, and they free nothing. So a command runs with the
collector paused; one that keeps running (a TUI, the phone server) calls `settled()` once it
has loaded, which freezes what exists (later passes skip it) and turns the collector back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for a command; as it was before once the command ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def settled() -> None:
    """Start-up is over: keep what exists out of later passes, and collect from here on."""
    gc.freeze()
    gc.enable()
