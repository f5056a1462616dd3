"""The phone server's connections: how many may be open, how long a slow one may take, and
aiohttp's own 400 answers made short and bare.

A room holds a few hundred phones; a trickling or idle socket must never take the file handle
that saving the next answer needs. Client addresses are held in memory only while their
connection is open, and never logged.

aiohttp (checked against 3.14) has no limit on the time a request head may take, nor a hook for
its own 400 answers, so this subclasses `web.RequestHandler` (exported by `aiohttp.web`) and
overrides its public `connection_made`, `data_received`, `connection_lost` and `handle_error`;
`PhoneServer.start` builds one per socket itself with the `web.Server` from `AppRunner.server`.
No `_`-prefixed aiohttp name is used. tests/test_phone_transport.py fails if this breaks.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections import Counter
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

HEADER_TIMEOUT = 10.0
"""A request's head (a few hundred bytes) must arrive whole this long after its first byte."""
BODY_TIMEOUT = 10.0
"""A body (at most 1 KB) must arrive whole this long after its head."""
IDLE_TIMEOUT = 20.0
"""An open connection with no request is closed after this; phones poll every few seconds."""
PER_ADDRESS = 16
"""Open connections per client address: a browser opens up to 6 to one host, a reload more."""
WANTED_FILES = 4096
"""The soft limit on open files is raised this far (within the hard limit) at start."""
RESERVED_FILES = 128
"""File handles never given to connections: the session file, its temporary copy, exports,
logs and the TUI, so that an answer can always be saved."""

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
JSON_CSP = "default-src 'none'; frame-ancestors 'none'"


def raise_file_limit(wanted: int = WANTED_FILES) -> int | None:
    """Raise the soft limit on open files towards `wanted` (never above the hard limit) and
    return the soft limit now in force; None where there is no such limit (Windows)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        except (ValueError, OSError):  # e.g. macOS refuses more than its OPEN_MAX
            return soft
        soft = target
    return None if soft == resource.RLIM_INFINITY else soft


def connection_cap(soft_limit: int | None) -> int:
    """How many connections may be open at once: the open-file limit less the reserve (at least
    half the limit), and no more than a room needs."""
    files = WANTED_FILES if soft_limit is None else min(soft_limit, WANTED_FILES)
    return max(files // 2, files - RESERVED_FILES)


class Doors:
    """Counts open connections in total and per client address; an address is forgotten as
    soon as its last connection closes."""

    def __init__(self, total: int, per_address: int, *, cap_loopback: bool = False) -> None:
        self.total = total
        self.per_address = per_address
        self.cap_loopback = cap_loopback
        self.open = 0
        self._by_address: Counter[str] = Counter()

    def enter(self, address: str) -> bool:
        """Let one more connection from `address` in, or say no."""
        if self.open >= self.total:
            return False
        # Loopback is this laptop itself (the trainer's browser, the bench's crowd of phones),
        # never a device in the room: only the total applies to it.
        capped = self.cap_loopback or not _is_loopback(address)
        if capped and self._by_address[address] >= self.per_address:
            return False
        self.open += 1
        self._by_address[address] += 1
        return True

    def leave(self, address: str) -> None:
        self.open -= 1
        self._by_address[address] -= 1
        if self._by_address[address] <= 0:
            del self._by_address[address]

    def addresses(self) -> int:
        return len(self._by_address)


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class PhoneConnection(web.RequestHandler):
    """aiohttp's connection handler with a door, a deadline for request heads, and bare errors.

    Built for each accepted socket by `PhoneServer.start` (aiohttp's documented low-level
    `web.Server` is the manager). Idle connections are closed by aiohttp's own
    `keepalive_timeout`, bodies by the server's `body_timeout`; aiohttp has no limit on the
    time a head may take, so this counts it: from the first byte after a response (or after
    connecting) until `request_started`, which the server's middleware calls.
    """

    def __init__(
        self,
        manager: web.Server,
        *,
        doors: Doors,
        header_timeout: float,
        on_refused: Callable[[], None],
        error_body: Callable[[int], dict[str, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(manager, **kwargs)
        self.doors = doors
        self.header_timeout = header_timeout
        self.on_refused = on_refused
        self.error_body = error_body
        self.client_address: str | None = None
        self.head_deadline: asyncio.TimerHandle | None = None
        self.busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if peer else ""
        if not self.doors.enter(address):
            transport.abort()  # at once: this socket must not hold a file handle
            self.on_refused()
            return
        self.client_address = address
        super().connection_made(transport)

    def connection_lost(self, exc: BaseException | None) -> None:
        if self.client_address is None:
            return  # turned away in connection_made: aiohttp never saw it
        self.doors.leave(self.client_address)
        self.client_address = None
        self._cancel_deadline()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if data and not self.busy and self.head_deadline is None:
            loop = asyncio.get_running_loop()
            self.head_deadline = loop.call_later(self.header_timeout, self._too_slow)
        super().data_received(data)

    def request_started(self) -> None:
        """The head is in: from here the body has its own timeout."""
        self.busy = True
        self._cancel_deadline()

    def request_finished(self) -> None:
        self.busy = False

    def _too_slow(self) -> None:
        self.head_deadline = None
        if self.client_address is not None:
            self.on_refused()
            self.force_close()

    def _cancel_deadline(self) -> None:
        if self.head_deadline is not None:
            self.head_deadline.cancel()
            self.head_deadline = None

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        """aiohttp's answer to a request it could not parse, in our shape: short JSON with our
        headers, no echo of the request, no Server header, and nothing logged (it would hold
        the client's address)."""
        if request.writer.output_size > 0:  # a response already started: only closing is left
            raise ConnectionError("response already started")
        body = json.dumps(self.error_body(status)).encode("utf-8")
        return BareResponse(status, body)


class BareResponse(web.StreamResponse):
    """A complete JSON response written as is: aiohttp's error path runs no `on_response_prepare`
    signal and would otherwise add its Server header, so this writes its own head."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__(status=status)
        self.body_bytes = body
        self.force_close()

    async def prepare(self, request: web.BaseRequest) -> Any:
        headers = CIMultiDict(
            {
                **SECURITY_HEADERS,
                "Content-Security-Policy": JSON_CSP,
                "Content-Type": "application/json; charset=utf-8",
                "Content-Length": str(len(self.body_bytes)),
                "Connection": "close",
            }
        )
        writer = request.writer
        await writer.write_headers(
            f"HTTP/1.1 {self.status} {HTTPStatus(self.status).phrase}", headers
        )
        await writer.write_eof(self.body_bytes)
        return writer

    async def write_eof(self, data: bytes = b"") -> None:
        """Already written whole by `prepare`."""
