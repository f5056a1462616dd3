"""The phone server: aiohttp in the caller's own event loop, a handful of JSON endpoints, one page.

    GET  /            the page (inline CSS and JS, no other file, works without internet)
    POST /api/join    {"code"} → a token in an HttpOnly, SameSite=Strict cookie
    GET  /api/state   what this phone should show now
    POST /api/answer  quiz: {"round", "value"[, "sure"]}; survey: {"step", "value"}
    POST /api/back    survey: {"step"}, one question back

Everything else is a 4xx with a short JSON message. No file is ever served from disk, no
address is logged or kept, and no response holds anyone's answer.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import json
import logging
import os
import secrets
import socket
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiohttp import web

from workshop.errors import UserError
from workshop.i18n import t
from workshop.phone.access import (
    JOIN_BURST,
    JOIN_RATE,
    GuessBrake,
    JoinRefused,
    Phone,
    Phones,
    WrongCodeBrake,
    codes_match,
    new_join_code,
)
from workshop.phone.options import DEFAULT_HOST, DEFAULT_PORT
from workshop.phone.page import render_page
from workshop.phone.refused import Refused, fields
from workshop.phone.transport import (
    BODY_TIMEOUT,
    HEADER_TIMEOUT,
    IDLE_TIMEOUT,
    JSON_CSP,
    PER_ADDRESS,
    SECURITY_HEADERS,
    Doors,
    PhoneConnection,
    connection_cap,
    raise_file_limit,
)

MAX_BODY = 1024
COOKIE = "workshop_phone"
COOKIE_SECONDS = 12 * 3600
WRONG_CODE_DELAY = 1.0
"""Each wrong code waits this long before its 403: a typo costs a second, a guess much more."""
ANY_ADDRESS = ("0.0.0.0", "::", "")
BACKLOG = 1024
"""A whole room connecting at once must not overflow the queue (a refused SYN costs 1 s)."""

log = logging.getLogger(__name__)

TRAINER_SEES = frozenset({"full", "not_saved"})
"""Refusals that cost a real participant their say: each one reaches the trainer's screen."""


class Desk(Protocol):
    """What the phones are doing: the live quiz (`QuizDesk`) or the survey (`SurveyDesk`)."""

    mode: str

    async def state(self, phone: Phone) -> dict[str, Any]: ...
    async def answer(self, phone: Phone, body: Any) -> dict[str, Any]: ...
    async def back(self, phone: Phone, body: Any) -> dict[str, Any]: ...


def open_socket(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> socket.socket:
    """Bind the listening socket now, so a port in use is one clear message before the TUI."""
    try:
        infos = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except (socket.gaierror, UnicodeError) as error:
        raise UserError(
            t("phone.cannot_listen", host=host, port=port, reason=error), exit_code=2
        ) from error
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":  # on Windows this would let two servers share the port
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), 10048):
            raise UserError(
                t("phone.port_in_use", host=host, port=port, other=port + 1), exit_code=2
            ) from error
        reason = error.strerror or str(error)
        raise UserError(
            t("phone.cannot_listen", host=host, port=port, reason=reason), exit_code=2
        ) from error
    sock.setblocking(False)
    return sock


def lan_address() -> str:
    """This laptop's address on the local network (a UDP "connect" sends no packet)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


LOCAL_NAMES = ("127.0.0.1", "::1", "localhost")


def _host_name(address: str) -> str:
    """`address` as it is written in a Host header: IP addresses in their one canonical form."""
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return address.lower()


def _host_allowed(host: str, names: frozenset[str], port: int) -> bool:
    """Only a name this server shows (its address, or this laptop's) with the port the request
    came in on: a DNS name pointed at this laptop by someone else's page (DNS rebinding), or any
    other address, is refused."""
    port_text: str | None
    if host.startswith("["):
        name, bracket, rest = host[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return False
        port_text = rest[1:] if rest else None
    elif host.count(":") <= 1:
        name, colon, port_text = host.partition(":")
        port_text = port_text if colon else None
    else:
        return False
    if port_text is None:
        given_port = 80
    elif port_text.isascii() and port_text.isdigit():
        given_port = int(port_text)
    else:
        return False
    return given_port == port and _host_name(name) in names


class PhoneServer:
    """Serves one desk to phones on an already bound socket, inside the running event loop.

    `code` is the join code shown on the projector; phones that typed it are counted in
    `joined`, and `on_joined(count)` is called (on the loop) whenever that number changes
    through a join or a new code. `expected` is how many people are in the room (None: not
    said); the trainer may also lock joining and issue a new code (`set_expected`, `lock`,
    `new_code`).
    """

    def __init__(
        self,
        sock: socket.socket,
        language: str,
        code: str | None = None,
        *,
        wrong_code_delay: float = WRONG_CODE_DELAY,
        brake: WrongCodeBrake | None = None,
        header_timeout: float = HEADER_TIMEOUT,
        body_timeout: float = BODY_TIMEOUT,
        idle_timeout: float = IDLE_TIMEOUT,
        max_connections: int | None = None,
        per_address: int = PER_ADDRESS,
        cap_loopback: bool = False,
        guesses: GuessBrake | None = None,
        join_rate: WrongCodeBrake | None = None,
        expected: int | None = None,
    ) -> None:
        self.sock = sock
        self.language = language
        self.code = code or new_join_code()
        self.wrong_code_delay = wrong_code_delay
        self.brake = brake or WrongCodeBrake()
        """The global ceiling on wrong codes, behind the per-address `guesses`."""
        self.guesses = guesses or GuessBrake()
        self.join_rate = join_rate or WrongCodeBrake(burst=JOIN_BURST, rate=JOIN_RATE)
        """New phones a second, whoever they are."""
        self.phones = Phones()
        self.set_expected(expected)
        self.on_joined: Callable[[int], None] | None = None
        self.refused: Counter[str] = Counter()
        self.on_refused: Callable[[str, int], None] | None = None
        self.desk: Desk | None = None
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        """None: derived at start from the open-file limit (`connection_cap`)."""
        self.per_address = per_address
        self.cap_loopback = cap_loopback
        """Tests set this; loopback is otherwise held only to the total (see `Doors`)."""
        self.doors: Doors | None = None
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.Server | None = None
        bound, self.port = sock.getsockname()[:2]
        address = lan_address() if bound in ANY_ADDRESS else bound
        self.url = f"http://{_url_host(address)}:{self.port}/"
        self.host_names = frozenset(map(_host_name, (address, *LOCAL_NAMES)))
        """What a Host header may name: the address in `url` and this laptop's own names."""

    @property
    def join_link(self) -> str:
        """The address with the code after #: scanning the QR code joins at once; the part
        after # never leaves the phone, so it is not in any request line."""
        return f"{self.url}#{self.code}"

    @property
    def joined(self) -> int:
        return len(self.phones)

    @property
    def expected(self) -> int | None:
        return self.phones.expected

    @property
    def locked(self) -> bool:
        return self.phones.locked

    # The trainer's say over the room ---------------------------------------------------------

    def set_expected(self, expected: int | None) -> None:
        """How many people are present (None: not said); joins beyond it plus a margin are
        refused. A room larger than the join burst gets a burst its size."""
        if expected is not None and expected < 1:
            raise ValueError("expected must be at least 1")
        self.phones.expected = expected
        if expected is not None:
            self.join_rate.grow(self.phones.room_limit)

    def lock(self, locked: bool = True) -> None:
        """Refuse (or again accept) every new phone; joined phones go on as before."""
        self.phones.locked = locked

    def new_code(self) -> int:
        """Show a new join code and drop every phone that has not answered since the last one
        (a script's tokens, phones that left); how many were dropped."""
        self.code = new_join_code()
        dropped = self.phones.drop_silent()
        self._joined_changed()
        return dropped

    def _joined_changed(self) -> None:
        if self.on_joined is not None:
            self.on_joined(self.joined)

    # Life cycle ----------------------------------------------------------------------------

    def web_app(self, desk: Desk) -> web.Application:
        """The aiohttp application for `desk` (tests run it with their own test server)."""
        self.desk = desk
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/", self._page)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state, allow_head=False)
        app.router.add_post("/api/answer", self._answer)
        app.router.add_post("/api/back", self._back)
        app.on_response_prepare.append(_security_headers)
        return app

    async def start(
        self,
        desk: Desk,
        on_joined: Callable[[int], None] | None = None,
        on_refused: Callable[[str, int], None] | None = None,
    ) -> None:
        self.on_joined = on_joined
        self.on_refused = on_refused
        total = self.max_connections or connection_cap(raise_file_limit())
        doors = self.doors = Doors(total, self.per_address, cap_loopback=self.cap_loopback)
        runner = web.AppRunner(self.web_app(desk), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        manager = runner.server
        assert manager is not None
        loop = asyncio.get_running_loop()

        def connection() -> PhoneConnection:
            return PhoneConnection(
                manager,
                loop=loop,
                doors=doors,
                header_timeout=self.header_timeout,
                on_refused=lambda: self.note_refused("connections"),
                error_body=self._error_body,
                keepalive_timeout=self.idle_timeout,
                lingering_time=self.body_timeout,
                access_log=None,
            )

        self._listener = await loop.create_server(connection, sock=self.sock, backlog=BACKLOG)
        self._runner = runner

    async def stop(self) -> None:
        """Stop listening, close every connection and forget every token; safe to call twice."""
        listener, self._listener = self._listener, None
        runner, self._runner = self._runner, None
        if listener is not None:
            listener.close()
        if runner is not None:
            await runner.cleanup()
        if listener is not None:
            await listener.wait_closed()
        self.sock.close()
        expected, locked = self.phones.expected, self.phones.locked
        self.phones = Phones()
        self.phones.expected, self.phones.locked = expected, locked

    # Plumbing ------------------------------------------------------------------------------

    def note_refused(self, reason: str) -> None:
        """Count one refusal the trainer must know about (a phone turned away, an answer not
        saved) and tell the screen: `on_refused(reason, times so far)`, on the loop."""
        self.refused[reason] += 1
        if self.on_refused is not None:
            self.on_refused(reason, self.refused[reason])

    def _error_body(self, status: int) -> dict[str, str]:
        code = "bad_request" if 400 <= status < 500 else "server_error"
        return {"error": code, "message": t(f"phone.error_{code}", lang=self.language)}

    def _refusal(self, refused: Refused, headers: dict[str, str] | None = None) -> web.Response:
        message = t(f"phone.error_{refused.code}", lang=self.language)
        return web.json_response(
            {"error": refused.code, "message": message}, status=refused.status, headers=headers
        )

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Host and origin checks first; any refusal or error becomes a short JSON answer."""
        connection = request.protocol
        if isinstance(connection, PhoneConnection):
            connection.request_started()
        try:
            if not _host_allowed(request.host, self.host_names, _local_port(request)):
                raise Refused(403, "bad_host")
            origin = request.headers.get("Origin")
            if (
                request.method == "POST"
                and origin is not None
                and origin != f"http://{request.host}"
            ):
                raise Refused(403, "bad_origin")
            return await handler(request)
        except Refused as refused:
            if refused.code in TRAINER_SEES:
                self.note_refused(refused.code)
            headers = {"Retry-After": str(self.brake.wait_seconds())}
            return self._refusal(refused, headers if refused.code == "slow_down" else None)
        except web.HTTPException as error:
            codes = {404: "not_found", 405: "wrong_method", 413: "too_large"}
            status = error.status if error.status >= 400 else 400
            headers = {"Allow": error.headers["Allow"]} if "Allow" in error.headers else None
            return self._refusal(Refused(status, codes.get(status, "bad_request")), headers)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("phone request failed")
            return self._refusal(Refused(500, "server_error"))
        finally:
            if isinstance(connection, PhoneConnection):
                connection.request_finished()

    async def _read_json(self, request: web.Request) -> Any:
        if request.content_type != "application/json":
            raise Refused(415, "content_type")
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise Refused(413, "too_large")
        try:
            async with asyncio.timeout(self.body_timeout):
                raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            raise Refused(413, "too_large") from None
        except TimeoutError:
            self.note_refused("connections")
            raise Refused(408, "too_slow") from None
        try:
            return json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
        except (ValueError, UnicodeDecodeError):
            raise Refused(400, "bad_json") from None

    def _phone(self, request: web.Request) -> Phone:
        phone = self.phones.get(request.cookies.get(COOKIE))
        if phone is None:
            raise Refused(401, "join_first")
        return phone

    def _desk(self) -> Desk:
        assert self.desk is not None
        return self.desk

    # Endpoints -----------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        nonce = secrets.token_urlsafe(18)
        response = web.Response(
            text=render_page(self.language, nonce), content_type="text/html", charset="utf-8"
        )
        response.headers["Content-Security-Policy"] = (
            f"default-src 'self'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'"
        )
        return response

    async def _join(self, request: web.Request) -> web.Response:
        """The checks in this order: the lock; the brakes on guessing (this address's own,
        then the global ceiling), before the code is looked at; the code; the rate of new
        phones; the room's size. A wrong code never spends from the join rate, so a guesser
        cannot keep anyone else out."""
        body = fields(await self._read_json(request), {"code"})
        typed = body["code"]
        if not isinstance(typed, str) or len(typed) > 32:
            raise Refused(400, "bad_request")
        if self.phones.get(request.cookies.get(COOKIE)) is not None:
            return web.json_response({"status": "joined"})  # a refresh: same token, same phone
        if self.phones.locked:
            return self._turned_away("locked", Refused(403, "locked"))
        address = request.remote
        if not self.guesses.open(address):
            wait = self.guesses.wait_seconds(address)
            return self._turned_away("guess_brake", Refused(429, "slow_down"), wait)
        if not self.brake.open():
            wait = self.brake.wait_seconds()
            return self._turned_away("guess_brake", Refused(429, "slow_down"), wait)
        if not codes_match(typed, self.code):
            self.guesses.wrong(address)
            self.brake.wrong()
            self.note_refused("wrong_code")
            await asyncio.sleep(self.wrong_code_delay)
            raise Refused(403, "wrong_code")
        if not self.join_rate.open():
            wait = self.join_rate.wait_seconds()
            return self._turned_away("join_rate", Refused(429, "slow_down"), wait)
        try:
            token, _ = self.phones.join()
        except JoinRefused as refused:
            if refused.code == "full":
                raise Refused(503, "full") from None  # counted with the other refusals
            status = 403 if refused.code == "locked" else 503
            return self._turned_away(refused.code, Refused(status, refused.code))
        self.join_rate.spend()
        response = web.json_response({"status": "joined"})
        response.set_cookie(
            COOKIE, token, max_age=COOKIE_SECONDS, path="/", httponly=True, samesite="Strict"
        )
        self._joined_changed()
        return response

    def _turned_away(self, reason: str, refused: Refused, wait: int | None = None) -> web.Response:
        """A join refused for `reason`, which the trainer's screen counts; the phone learns only
        the refusal's code (and how long to wait), nothing about any other phone."""
        self.note_refused(reason)
        headers = {"Retry-After": str(wait)} if wait is not None else None
        return self._refusal(refused, headers)

    async def _state(self, request: web.Request) -> web.Response:
        return web.json_response(await self._desk().state(self._phone(request)))

    async def _answer(self, request: web.Request) -> web.Response:
        phone = self._phone(request)
        body = await self._read_json(request)
        answered = await self._desk().answer(phone, body)
        phone.answered_since_code = True  # a phone that answers stays through a new code
        return web.json_response(answered)

    async def _back(self, request: web.Request) -> web.Response:
        phone = self._phone(request)
        body = await self._read_json(request)
        return web.json_response(await self._desk().back(phone, body))


def _local_port(request: web.Request) -> int:
    """The port this request reached (the server's own; a test server's in tests)."""
    transport = request.transport
    sockname = transport.get_extra_info("sockname") if transport is not None else None
    return int(sockname[1]) if sockname else -1


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", JSON_CSP)
    headers.update(SECURITY_HEADERS)
    headers.pop("Server", None)
