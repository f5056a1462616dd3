"""One background thread for all store work, so the screen never waits on the disk."""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor


class SerialRunner:
    """Runs store work on one background thread, in order, so the screen never waits on disk.

    Every face of the tool (keys, phones) goes through the same runner, so writes to the one
    session file never overlap.
    """

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")

    async def call(self, function, /, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(function, *args, **kwargs)
        )

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
