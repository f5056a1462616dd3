"""Helpers for the phone tests: a real live session, a real server, what the store holds."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from workshop.live import LiveSession
from workshop.phone.feed import LiveSessionFeed
from workshop.phone.quiz import QuizDesk
from workshop.phone.server import PhoneServer, open_socket
from workshop.runner import SerialRunner
from workshop.store.sessions import read_session

CODE = "ABC234"


def stored_answers(data: Path) -> list[dict]:
    """The answers in the one session file, read from disk as another process would."""
    files = sorted(data.glob("*.json"))
    assert len(files) == 1
    record = read_session(files[0])
    assert record is not None
    return [asdict(answer) for answer in record.answers]


class LiveRig:
    """A live session of the test module, its store thread, a feed and a phone server."""

    def __init__(self, library, data: Path, language: str = "en", **server_options) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.live = LiveSession.start(library, data, "sales", language, ["test-quiz"])
        self.runner = SerialRunner()
        self.recorded = []
        self.feed = LiveSessionFeed(self.runner, lambda: self.live, self.recorded.append)
        self.server = PhoneServer(
            open_socket("127.0.0.1", 0), language, code=CODE, wrong_code_delay=0, **server_options
        )
        self.desk = QuizDesk(self.feed)

    async def go(self, method: str = "go_next", times: int = 1) -> None:
        """The trainer's key: next step, or reveal, on the store thread."""
        for _ in range(times):
            await self.runner.call(getattr(self.live, method))
        self.feed.changed()

    def close(self) -> None:
        self.server.sock.close()
        self.runner.shutdown()
        self.live.close()
