"""The command-line options that turn the phone server on: --serve, --host, --port, --expect."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from workshop.errors import UserError
from workshop.i18n import t

if TYPE_CHECKING:
    from workshop.phone.server import PhoneServer

DEFAULT_HOST = "127.0.0.1"
"""This laptop only; --host 0.0.0.0 opens the server to the local network."""
DEFAULT_PORT = 8765
MOST_EXPECTED = 1000
"""--expect beyond this is a typo: no training room holds more (the server's own cap is 2000)."""


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--serve", action="store_true", help=t("phone.opt_serve"))
    parser.add_argument("--host", metavar="ADDR", help=t("phone.opt_host"))
    parser.add_argument(
        "--port", type=int, metavar="N", help=t("phone.opt_port", port=DEFAULT_PORT)
    )
    parser.add_argument("--expect", type=int, metavar="N", help=t("phone.opt_expect"))


def server_from_args(args: argparse.Namespace, language: str) -> PhoneServer | None:
    """A server with its port already bound (so a port in use stops here), or None.

    Nothing listens without --serve; the default address is this laptop only.
    """
    expect = getattr(args, "expect", None)
    if not args.serve:
        if args.host is not None or args.port is not None or expect is not None:
            raise UserError(t("phone.serve_needed"), exit_code=2)
        return None
    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise UserError(
            t("phone.cannot_listen", host=args.host or DEFAULT_HOST, port=port, reason="1–65535"),
            exit_code=2,
        )
    if expect is not None and not 1 <= expect <= MOST_EXPECTED:
        raise UserError(t("phone.bad_expect", most=MOST_EXPECTED), exit_code=2)
    from workshop.phone.server import PhoneServer, open_socket

    sock = open_socket(args.host or DEFAULT_HOST, port)
    return PhoneServer(sock, language, expected=expect)
