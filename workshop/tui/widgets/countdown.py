"""A big countdown that computes the time left from the clock, not by counting ticks."""

from __future__ import annotations

import time

from textual.message import Message
from textual.widgets import Digits


class Countdown(Digits):
    """Shows m:ss until the deadline, then posts `Finished` once."""

    class Finished(Message):
        pass

    def __init__(self, seconds: float, **kwargs) -> None:
        super().__init__(self.format(seconds), **kwargs)
        self.deadline = time.monotonic() + seconds
        self.finished = False

    @staticmethod
    def format(seconds: float) -> str:
        whole = max(0, int(seconds + 0.999))
        return f"{whole // 60}:{whole % 60:02d}"

    @property
    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def on_mount(self) -> None:
        self._timer = self.set_interval(0.2, self.tick)

    def tick(self) -> None:
        left = self.remaining
        self.update(self.format(left))
        if left <= 0 and not self.finished:
            self.finished = True
            self._timer.stop()
            self.post_message(self.Finished())

    def stop(self) -> None:
        self.finished = True
        self._timer.stop()
