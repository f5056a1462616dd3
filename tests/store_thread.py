"""A slow disk for the tests: the one store thread, busy or slowed, as on a USB stick."""

from __future__ import annotations

import asyncio
import threading
import time

from workshop.runner import SerialRunner


async def busy_store_thread(runner: SerialRunner) -> tuple[threading.Event, asyncio.Future]:
    """Keep the store thread busy until the event is set (then await the future)."""
    release = threading.Event()
    busy = asyncio.ensure_future(runner.call(release.wait, 30))
    await asyncio.sleep(0.05)
    return release, busy


class SlowRunner(SerialRunner):
    """The one store thread, of a slow disk: each job waits `delay` seconds, then runs."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    async def call(self, function, /, *args, **kwargs):
        def slowly():
            time.sleep(self.delay)
            return function(*args, **kwargs)

        return await super().call(slowly)
