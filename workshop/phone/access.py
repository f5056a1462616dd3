"""Who may talk to the server: the join code, the phones' random tokens, and the brake on guesses.

Nothing here knows an address. A phone proves it read the code off the projector once and gets
a random token in a cookie; the token lives only in this process's memory and is never written
anywhere, least of all next to an answer.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""32 characters without the look-alikes 0/O and 1/I."""
CODE_LENGTH = 6
MAX_PHONES = 2000
"""More tokens than any room needs; a flood of joins cannot grow memory without bound."""


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a participant typed, without spaces or dashes, in capitals."""
    return "".join(text.split()).replace("-", "").upper()


def codes_match(typed: str, code: str) -> bool:
    """Compare in constant time, so the time taken tells nothing about the code."""
    return hmac.compare_digest(normalise_code(typed).encode(), code.encode())


class WrongCodeBrake:
    """A global limit on wrong codes: a bucket of `burst` guesses that refills at `rate` a second.

    Global on purpose: it needs no address, so none is ever held, not even in memory. While the
    bucket is empty every join is refused unchecked (429), so parallel guessing gains nothing:
    at the default rate a 6-character code (32^6 ≈ 1.07e9) takes decades to find. The cost is
    that someone hammering wrong codes keeps others out while they do; in a training room the
    trainer sees it at once, and correct joins never spend from the bucket.
    """

    def __init__(
        self, burst: int = 30, rate: float = 0.5, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst = burst
        self.rate = rate
        self.clock = clock
        self.tokens = float(burst)
        self.updated = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def open(self) -> bool:
        """Whether a code may be checked now."""
        self._refill()
        return self.tokens >= 1

    def wrong(self) -> None:
        self._refill()
        self.tokens = max(0.0, self.tokens - 1)

    def wait_seconds(self) -> int:
        """How long until the next guess is allowed, rounded up, at least 1."""
        self._refill()
        return max(1, int((1 - self.tokens) / self.rate + 0.999))


@dataclass
class Phone:
    """What the server remembers about one phone, in memory only: which rounds it answered
    (not what) and, during a survey, its own unfinished survey."""

    answered: set[int] = field(default_factory=set)
    survey: Any = None


class PhoneFull(Exception):
    """More phones than MAX_PHONES tried to join."""


class Phones:
    """The tokens handed out since the server started; forgotten when it stops."""

    def __init__(self, limit: int = MAX_PHONES) -> None:
        self.limit = limit
        self._phones: dict[str, Phone] = {}

    def join(self) -> tuple[str, Phone]:
        if len(self._phones) >= self.limit:
            raise PhoneFull
        token = secrets.token_urlsafe(24)
        phone = Phone()
        self._phones[token] = phone
        return token, phone

    def get(self, token: str | None) -> Phone | None:
        if not token or len(token) > 64:
            return None
        return self._phones.get(token)

    def __len__(self) -> int:
        return len(self._phones)
