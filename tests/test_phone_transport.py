"""The phone server's sockets under hostile clients: trickled heads, slow bodies, idle and
surplus connections, requests aiohttp cannot parse, huge numbers and foreign Host headers.

Every test runs the real server (`PhoneServer.start`) on 127.0.0.1 and talks to it over raw
sockets; timeouts are made small through the constructor so each test takes about a second.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path

import aiohttp
import pytest

from tests.phone_support import CODE, LiveRig, stored_answers
from workshop.phone.server import PhoneServer, open_socket
from workshop.phone.transport import (
    RESERVED_FILES,
    WANTED_FILES,
    Doors,
    connection_cap,
    raise_file_limit,
)

WAIT = 5.0
"""Longest any socket waits for the server in these tests; none should come near it."""


@pytest.fixture
async def serve(library, isolated):
    """Start the real server with the given options; stopped and closed after the test."""
    rigs = []

    async def start(**options) -> LiveRig:
        rig = LiveRig(library, isolated, **options)
        rig.seen = []
        await rig.server.start(rig.desk, on_refused=lambda *seen: rig.seen.append(seen))
        rigs.append(rig)
        return rig

    yield start
    for rig in rigs:
        await rig.server.stop()
        rig.close()


async def connect(rig):
    return await asyncio.open_connection("127.0.0.1", rig.server.port)


async def closed(reader) -> bytes:
    """Everything the server sent until it closed the connection (b"" if nothing)."""
    try:
        return await asyncio.wait_for(reader.read(), WAIT)
    except ConnectionResetError:
        return b""


async def until(condition) -> None:
    """Wait (briefly, a few loop turns at a time) for the server to catch up with a socket."""
    for _ in range(int(WAIT / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the server did not get there")


def head(rig, path="/api/state", method="GET", extra="") -> bytes:
    host = f"127.0.0.1:{rig.server.port}"
    return f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n".encode()


async def exchange(rig, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send one raw request on a new connection and read the whole response."""
    reader, writer = await connect(rig)
    writer.write(request)
    try:
        return parse(await closed(reader))
    finally:
        writer.close()


def parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    top, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = top.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines)
    return int(status_line.split()[1]), headers, body


async def still_served(rig) -> None:
    """A new, honest request is answered."""
    status, _, _ = await exchange(rig, head(rig, extra="Connection: close\r\n"))
    assert status == 401  # not joined: the server answered


# Slow and idle connections ----------------------------------------------------------------


async def test_a_trickled_head_is_closed_and_reported(serve):
    rig = await serve(header_timeout=0.3, idle_timeout=30)
    reader, writer = await connect(rig)
    writer.write(b"GET /api/state HTTP/1.1\r\n")

    async def trickle():
        for _ in range(int(WAIT / 0.05)):
            writer.write(b"X")
            await asyncio.sleep(0.05)

    dripping = asyncio.create_task(trickle())
    try:
        assert await closed(reader) == b""  # closed without an answer
    finally:
        dripping.cancel()
        writer.close()
    assert rig.server.refused["connections"] == 1
    assert rig.seen == [("connections", 1)]
    await until(lambda: rig.server.doors.open == 0)
    await still_served(rig)


async def test_an_idle_connection_is_closed_quietly(serve):
    rig = await serve(header_timeout=30, idle_timeout=0.3)
    reader, writer = await connect(rig)  # sends nothing at all
    assert await closed(reader) == b""
    writer.close()
    reader, writer = await connect(rig)  # one request, then keep-alive without another
    writer.write(head(rig))
    answered = await closed(reader)
    writer.close()
    assert parse(answered)[0] == 401
    assert rig.server.refused["connections"] == 0  # idle is normal (browsers preconnect)
    await still_served(rig)


async def test_a_slow_body_gets_a_408_and_is_closed(serve):
    rig = await serve(body_timeout=0.3, idle_timeout=30)
    reader, writer = await connect(rig)
    writer.write(
        head(rig, "/api/join", "POST", "Content-Type: application/json\r\nContent-Length: 60\r\n")
    )
    writer.write(b'{"code": ')  # and the rest never comes
    status, headers, body = parse(await closed(reader))
    writer.close()
    assert status == 408
    assert json.loads(body)["error"] == "too_slow"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert rig.server.refused["connections"] == 1
    assert rig.server.joined == 0


# Too many connections ----------------------------------------------------------------------


async def test_connections_beyond_the_total_are_closed_at_once(serve):
    rig = await serve(max_connections=40, idle_timeout=1.0, header_timeout=30)
    held = [await connect(rig) for _ in range(50)]  # idle: no request at all
    await until(lambda: rig.server.refused["connections"] == 10)
    assert rig.server.doors.open == 40
    assert rig.seen[-1] == ("connections", 10)
    # The surplus was closed at once; the first 40 are still open until the idle timeout.
    for reader, _ in held[40:]:
        assert await closed(reader) == b""
    for reader, _ in held[:40]:
        assert await closed(reader) == b""  # closed by the idle timeout, not refused
    for _, writer in held:
        writer.close()
    assert rig.server.refused["connections"] == 10
    await until(lambda: rig.server.doors.open == 0)
    await still_served(rig)
    assert rig.server.doors.addresses() == 0  # no address kept once its sockets closed


async def test_one_address_beyond_its_share_is_closed_at_once(serve):
    rig = await serve(per_address=3, cap_loopback=True, header_timeout=30)
    held = [await connect(rig) for _ in range(3)]
    for reader, writer in held:  # answered and kept alive: all three are in
        writer.write(head(rig))
        assert await reader.readuntil(b"\r\n\r\n")
    reader, writer = await connect(rig)
    writer.write(head(rig))
    assert await closed(reader) == b""  # the fourth is closed without an answer
    writer.close()
    assert rig.server.refused["connections"] == 1
    _, first = held.pop()
    first.close()
    await until(lambda: rig.server.doors.open == 2)
    await still_served(rig)  # a freed place is free again
    for _, writer in held:
        writer.close()


def test_loopback_is_held_only_to_the_total():
    doors = Doors(total=5, per_address=2)
    assert all(doors.enter("127.0.0.1") for _ in range(5))  # this laptop: the bench's crowd
    assert not doors.enter("127.0.0.1") and not doors.enter("192.168.1.20")
    room = Doors(total=5, per_address=2)
    assert room.enter("192.168.1.20") and room.enter("192.168.1.20")
    assert not room.enter("192.168.1.20")
    assert room.enter("192.168.1.21")
    room.leave("192.168.1.20")
    room.leave("192.168.1.20")
    assert room.addresses() == 1


def test_the_total_leaves_file_handles_for_saving_answers():
    assert connection_cap(1024) == 1024 - RESERVED_FILES
    assert connection_cap(1_000_000) == WANTED_FILES - RESERVED_FILES
    assert connection_cap(200) == 100  # a tiny limit: half for connections, half kept
    assert connection_cap(None) == WANTED_FILES - RESERVED_FILES  # Windows


async def test_start_raises_the_open_file_limit_within_the_hard_limit(serve):
    resource = pytest.importorskip("resource")
    before = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(256, before[1]), before[1]))
        rig = await serve()
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        assert hard == before[1]
        assert soft == raise_file_limit() == min(WANTED_FILES, hard)
        assert rig.server.doors.total == connection_cap(soft)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, before)


# What aiohttp itself answers ---------------------------------------------------------------

MALFORMED = {
    "request line": b"GET /<script>alert(1)</script> HTTP/1.1 trailing\r\n\r\n",
    "bad header": b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n<script>alert(1)</script>\r\n\r\n",
    "header too long": b"GET / HTTP/1.1\r\nX-Long: <script>" + b"a" * 20000 + b"\r\n\r\n",
    "not HTTP": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03<script>\r\n\r\n",
}


@pytest.mark.parametrize("raw", MALFORMED.values(), ids=MALFORMED.keys())
async def test_what_aiohttp_cannot_parse_gets_a_short_bare_400(serve, raw, caplog):
    rig = await serve()
    caplog.set_level(logging.DEBUG)
    status, headers, body = await exchange(rig, raw)
    assert status == 400
    assert "Server" not in headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert headers["Content-Type"].startswith("application/json")
    answer = json.loads(body)
    assert answer["error"] == "bad_request" and answer["message"]
    assert b"script" not in body and len(body) < 200  # nothing of the request echoed
    assert "127.0.0.1" not in caplog.text  # no client address in any log
    await still_served(rig)


# Answers and Host headers -----------------------------------------------------------------


async def test_a_309_digit_number_is_not_an_answer(serve, isolated):
    rig = await serve()
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as session:
        joined = await session.post(rig.server.url + "api/join", json={"code": CODE})
        assert joined.status == 200
        await rig.go()
        body = b'{"round": 1, "value": ' + b"9" * 309 + b"}"
        response = await session.post(
            rig.server.url + "api/answer", data=body, headers={"Content-Type": "application/json"}
        )
        assert response.status == 422
        assert (await response.json())["error"] == "not_an_answer"
    assert stored_answers(isolated) == []


async def test_only_the_advertised_host_and_port_are_accepted(serve):
    rig = await serve()
    port = rig.server.port

    async def status_for(host: str) -> int:
        raw = f"GET /api/state HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        return (await exchange(rig, raw.encode()))[0]

    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        assert await status_for(host) == 401, host  # accepted (and not joined)
    for host in (
        f"10.9.8.7:{port}",
        f"192.168.1.20:{port}",
        f"[fe80::1]:{port}",
        f"127.0.0.1:{port + 1}",
        "127.0.0.1",
        f"evil.example:{port}",
        f"127.0.0.1:{port}:{port}",
        f"127.0.0.1:+{port}",
    ):
        assert await status_for(host) == 403, host


def test_a_server_on_every_address_accepts_the_address_it_shows():
    server = PhoneServer(open_socket("0.0.0.0", 0), "en")
    try:
        shown = server.url.split("//")[1].split(":")[0]
        assert server.host_names == {shown, "127.0.0.1", "::1", "localhost"}
        assert "0.0.0.0" not in server.host_names
    finally:
        server.sock.close()


# The whole point: a flood cannot take the file handles that saving an answer needs ---------

FLOODED_SERVER = """
import asyncio, resource, sys, tempfile
resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))  # as low as a laptop's default can be
from workshop.phone.server import PhoneServer, open_socket

async def main():
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", idle_timeout=30, header_timeout=30)
    await server.start(None)
    print(server.port, server.doors.total, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    files = [tempfile.TemporaryFile() for _ in range(64)]  # what saving answers needs, and more
    print(len(files), server.refused["connections"], flush=True)
    await server.stop()

asyncio.run(main())
"""


async def test_a_flood_of_connections_leaves_files_to_save_answers():
    pytest.importorskip("resource")
    root = str(Path(__file__).resolve().parent.parent)
    server = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        FLOODED_SERVER,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
    )
    try:
        port, total = map(int, (await asyncio.wait_for(server.stdout.readline(), WAIT)).split())
        assert total == 256 - RESERVED_FILES
        flood = [await asyncio.open_connection("127.0.0.1", port) for _ in range(300)]
        for reader, _ in flood[total:]:
            assert await closed(reader) == b""  # turned away at once
        server.stdin.write(b"go\n")
        opened, refused = map(int, (await asyncio.wait_for(server.stdout.readline(), WAIT)).split())
        assert (opened, refused) == (64, 300 - total)
        for _, writer in flood:
            writer.close()
        assert await asyncio.wait_for(server.wait(), WAIT) == 0
    finally:
        if server.returncode is None:
            server.kill()
            await server.wait()
