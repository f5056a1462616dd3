"""Who may talk to the server: the join code, the phones' random tokens, the room's size and
lock, and the brakes on joins and on guesses.

A phone proves it read the code off the projector once and gets a random token in a cookie; the
token lives only in this process's memory and is never written anywhere, least of all next to an
answer. The only address ever held is the key of `GuessBrake`: in memory, a bounded number of
them, each forgotten within minutes, never logged or stored.
"""

from __future__ import annotations

import hmac
import ipaddress
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""32 characters without the look-alikes 0/O and 1/I."""
CODE_LENGTH = 6
MAX_PHONES = 2000
"""More tokens than any room needs; a flood of joins cannot grow memory without bound."""
IDLE_SECONDS = 30 * 60
"""A token unused this long is forgotten. An open page asks every few seconds, and a phone put
away for one discussion or exercise stays joined; a phone left from the lunch break types the
code again. Abandoned and scripted tokens stop counting towards the room."""
JOIN_BURST = 100
JOIN_RATE = 2.0
"""New phones per second once the burst is spent. A room of 60 joining within 10 s (even all in
the same second) fits in the burst; a script is held to a couple of joins a second, and with
--expect the room limit stops it long before."""


def room_margin(expected: int) -> int:
    """Joins allowed beyond the people expected: a trainer's count is rough, someone arrives
    late, someone switches phones. 10 %, at least 3, rounded up."""
    return max(3, math.ceil(expected * 0.1))


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a participant typed, without spaces or dashes, in capitals."""
    return "".join(text.split()).replace("-", "").upper()


def codes_match(typed: str, code: str) -> bool:
    """Compare in constant time, so the time taken tells nothing about the code."""
    return hmac.compare_digest(normalise_code(typed).encode(), code.encode())


class WrongCodeBrake:
    """A token bucket: `burst` at once, refilled at `rate` a second.

    As the server's `brake` it is the global ceiling on wrong codes, a backstop behind the
    per-address `GuessBrake` for a guesser with many addresses: while it is empty every join
    is refused unchecked (429), so parallel guessing gains nothing; at its rate a 6-character
    code (32^6 ≈ 1.07e9) takes decades to find. It is generous, so a guesser on one address
    empties their own bucket long before this one. As the server's `join_rate` it limits new
    phones (correct codes) a second.
    """

    def __init__(
        self, burst: int = 100, rate: float = 1.0, clock: Callable[[], float] = time.monotonic
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

    def spend(self) -> None:
        """One wrong code (or one new phone) taken from the bucket."""
        self._refill()
        self.tokens = max(0.0, self.tokens - 1)

    wrong = spend

    def grow(self, burst: int) -> None:
        """A bigger bucket, filled by the difference at once: a room announced as larger
        may join all at once now, not at `rate` a second."""
        if burst > self.burst:
            self._refill()
            self.tokens += burst - self.burst
            self.burst = burst

    def wait_seconds(self) -> int:
        """How long until the next guess is allowed, rounded up, at least 1."""
        self._refill()
        return max(1, int((1 - self.tokens) / self.rate + 0.999))


def address_key(address: str | None) -> str:
    """Whose guesses these are: an IPv4 address, or an IPv6 address's /64 (one device can
    pick any address in its /64, so counting single addresses would count nothing)."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return ""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


class GuessBrake:
    """Wrong codes counted per client address, so a guesser slows down only themselves.

    Each address has a bucket of `burst` wrong codes refilled at `rate` a second; a typo or
    three cost nothing, a guesser soon waits minutes per try, and people at other addresses
    join as before. In memory only, never logged or stored: an entry is dropped as soon as
    its bucket is full again (at most `burst / rate` seconds after the last wrong code), and
    at most `limit` addresses are held (the oldest goes first; the global ceiling still
    holds for everyone).
    """

    def __init__(
        self,
        burst: int = 10,
        rate: float = 0.1,
        limit: int = 4096,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.rate = rate
        self.limit = limit
        self.clock = clock
        self._spent: OrderedDict[str, tuple[float, float]] = OrderedDict()
        """address → (guesses spent, when), oldest change first."""

    def _spent_now(self, key: str) -> float:
        entry = self._spent.get(key)
        if entry is None:
            return 0.0
        spent, when = entry
        return max(0.0, spent - (self.clock() - when) * self.rate)

    def _forget_refilled(self) -> None:
        now = self.clock()
        while self._spent:
            key, (spent, when) = next(iter(self._spent.items()))
            if spent - (now - when) * self.rate > 0 and len(self._spent) <= self.limit:
                break
            del self._spent[key]

    def open(self, address: str | None) -> bool:
        """Whether a code from `address` may be checked now."""
        self._forget_refilled()
        return self._spent_now(address_key(address)) <= self.burst - 1

    def wrong(self, address: str | None) -> None:
        key = address_key(address)
        spent = min(float(self.burst), self._spent_now(key) + 1)
        self._spent.pop(key, None)
        self._spent[key] = (spent, self.clock())
        self._forget_refilled()

    def wait_seconds(self, address: str | None) -> int:
        """How long until `address` may guess again, rounded up, at least 1."""
        over = self._spent_now(address_key(address)) - (self.burst - 1)
        return max(1, math.ceil(over / self.rate))

    def __len__(self) -> int:
        return len(self._spent)


@dataclass
class Phone:
    """What the server remembers about one phone, in memory only: which rounds it answered
    (not what), during a survey its own unfinished survey, when it last asked for anything,
    and whether it answered since the join code last changed."""

    answered: set[int] = field(default_factory=set)
    survey: Any = None
    seen: float = 0.0
    answered_since_code: bool = False


class JoinRefused(Exception):
    """A join the room does not take: `code` is the refusal's code ("locked", "room_full",
    "full")."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Phones:
    """The tokens handed out since the server started; forgotten when it stops.

    The trainer can say how many people are present (`expected`): joins beyond that plus a
    margin are refused. `locked` refuses every new phone. A token unused for `idle_seconds`
    is forgotten and no longer counts.
    """

    def __init__(
        self,
        limit: int = MAX_PHONES,
        idle_seconds: float = IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.expected: int | None = None
        self.locked = False
        self._phones: dict[str, Phone] = {}

    @property
    def room_limit(self) -> int:
        """How many phones may be joined at once."""
        if self.expected is None:
            return self.limit
        return min(self.limit, self.expected + room_margin(self.expected))

    def join(self) -> tuple[str, Phone]:
        if self.locked:
            raise JoinRefused("locked")
        self.forget_idle()
        if len(self._phones) >= self.room_limit:
            raise JoinRefused("full" if self.expected is None else "room_full")
        token = secrets.token_urlsafe(24)
        phone = Phone(seen=self.clock())
        self._phones[token] = phone
        return token, phone

    def get(self, token: str | None) -> Phone | None:
        """The phone with this token, now seen; None for an unknown or expired token."""
        if not token or len(token) > 64:
            return None
        phone = self._phones.get(token)
        if phone is None:
            return None
        now = self.clock()
        if now - phone.seen > self.idle_seconds:
            del self._phones[token]
            return None
        phone.seen = now
        return phone

    def forget_idle(self) -> int:
        """Forget every token idle too long; how many were forgotten."""
        now = self.clock()
        idle = [t for t, p in self._phones.items() if now - p.seen > self.idle_seconds]
        for token in idle:
            del self._phones[token]
        return len(idle)

    def drop_silent(self) -> int:
        """A new join code: forget every phone that has not answered since the last one, and
        start counting again for the phones that stay. How many were dropped."""
        silent = [t for t, p in self._phones.items() if not p.answered_since_code]
        for token in silent:
            del self._phones[token]
        for phone in self._phones.values():
            phone.answered_since_code = False
        return len(silent)

    def __len__(self) -> int:
        self.forget_idle()
        return len(self._phones)
