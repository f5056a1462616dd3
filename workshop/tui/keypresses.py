"""Telling a key held down (or bouncing) from the next participant's press."""

from __future__ import annotations

from dataclasses import dataclass

REPEAT_SECONDS = 0.3


@dataclass
class RepeatFilter:
    """A press of the same key within `window` seconds of the previous press is a repeat.

    A different key is always a new answer, however fast: a queue of people at one keyboard
    answers quicker than any debounce. A held-down key repeats every few hundredths of a
    second, so the whole run of repeats is one press. The clock is passed in, not read here.
    """

    window: float = REPEAT_SECONDS
    last_key: str | None = None
    last_at: float = float("-inf")

    def is_repeat(self, key: str, now: float) -> bool:
        repeat = key == self.last_key and now - self.last_at < self.window
        self.last_key, self.last_at = key, now
        return repeat
