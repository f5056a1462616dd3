"""--serve on the command line: nothing listens without it, and a port in use is one sentence."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.phone.server import open_socket


def test_host_and_port_need_serve(capsys):
    assert main(["start", "--group", "sales", "--port", "9000"]) == 2
    assert "--host, --port and --expect only work together with --serve" in capsys.readouterr().err
    assert main(["survey", "run", "--group", "sales", "--host", "0.0.0.0"]) == 2


@pytest.mark.parametrize("command", [["start"], ["survey", "run"]])
def test_a_port_in_use_stops_before_the_screen_opens(capsys, command):
    taken = open_socket("127.0.0.1", 0)
    taken.listen()
    port = taken.getsockname()[1]
    try:
        code = main([*command, "--group", "sales", "--serve", "--port", str(port)])
    finally:
        taken.close()
    assert code == 2
    err = capsys.readouterr().err
    assert f"port {port} on 127.0.0.1 is already in use" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_an_address_not_on_this_laptop_is_one_sentence(capsys):
    assert main(["start", "--group", "sales", "--serve", "--host", "192.0.2.1"]) == 2
    assert "cannot listen on 192.0.2.1 port 8765" in capsys.readouterr().err


def test_the_default_listens_on_this_laptop_only():
    from argparse import Namespace

    from workshop.phone.options import server_from_args

    assert server_from_args(Namespace(serve=False, host=None, port=None), "en") is None
    server = server_from_args(Namespace(serve=True, host=None, port=0), "en")
    try:
        assert server.sock.getsockname()[0] == "127.0.0.1"
        assert server.sock.family == socket.AF_INET
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", server.url)
    finally:
        server.sock.close()


def test_the_page_colours_are_the_projectors():
    """Option N has the same colour on the phone (.cN) as on the projector (.option-N)."""
    import workshop.phone as phone
    import workshop.tui as tui

    page = (Path(phone.__file__).parent / "page.html").read_text(encoding="utf-8")
    tcss = (Path(tui.__file__).parent / "workshop.tcss").read_text(encoding="utf-8")
    projector = dict(re.findall(r"\.option-(\d) \{ border: round (#[0-9A-F]{6})", tcss))
    phone_colours = dict(re.findall(r"\.c(\d)\{border-color:(#[0-9A-F]{6})", page))
    assert len(projector) == 7 and phone_colours == projector


def test_expect_sets_the_room_and_needs_serve(capsys):
    from argparse import Namespace

    from workshop.phone.options import server_from_args

    assert main(["start", "--group", "sales", "--expect", "20"]) == 2
    assert "--expect only work together with --serve" in capsys.readouterr().err
    assert main(["survey", "run", "--group", "sales", "--serve", "--expect", "0"]) == 2
    assert "--expect needs a whole number of people from 1 to 1000" in capsys.readouterr().err
    server = server_from_args(Namespace(serve=True, host=None, port=0, expect=20), "en")
    try:
        assert server.expected == 20 and server.phones.room_limit == 23  # 20 + at least 3
    finally:
        server.sock.close()
