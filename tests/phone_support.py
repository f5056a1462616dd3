"""Helpers for the phone tests: a real live session, a real server, what the store holds."""

from __future__ import annotations

from pathlib import Path

from workshop.live import LiveSession
from workshop.phone.feed import LiveSessionFeed
from workshop.phone.quiz import QuizDesk
from workshop.phone.server import PhoneServer, open_socket
from workshop.runner import SerialRunner
from workshop.session_service import SessionService
from workshop.store.sessions import answer_document, read_session

CODE = "ABC234"


def stored_answers(data: Path) -> list[dict]:
    """The answers in the one session file, read from disk as another process would, each
    as it is stored (`sure` only when said)."""
    files = sorted(data.glob("*.json"))
    assert len(files) == 1
    record = read_session(files[0])
    assert record is not None
    return [answer_document(answer) for answer in record.answers]


class LiveRig:
    """A live session of the test module, its store thread, a feed and a phone server."""

    def __init__(
        self,
        library,
        data: Path,
        language: str = "en",
        modules: tuple[str, ...] = ("test-quiz",),
        confidence: bool = False,
        **server_options,
    ) -> None:
        data.mkdir(parents=True, exist_ok=True)
        self.runner = SerialRunner()
        self.live = LiveSession.start(library, data, "sales", language, list(modules), confidence)
        """Only to close it at the end: everything else goes through the service."""
        self.service = SessionService(self.live, self.runner)
        self.feed = LiveSessionFeed(lambda: self.service)
        self.server = PhoneServer(
            open_socket("127.0.0.1", 0), language, code=CODE, wrong_code_delay=0, **server_options
        )
        self.desk = QuizDesk(self.feed)

    @property
    def state(self):
        return self.service.state

    async def go(self, method: str = "go_next", times: int = 1) -> None:
        """The trainer's key: next step, or reveal, through the service."""
        for _ in range(times):
            await getattr(self.service, method)()

    def close(self) -> None:
        self.server.sock.close()
        self.runner.shutdown()  # the store thread is done: nothing else touches the session
        self.live.close()
