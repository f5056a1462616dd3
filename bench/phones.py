"""200 phones at once: join, poll and answer one live round within 2 seconds.

A real phone server on 127.0.0.1 (random free port) over a real live session in a temporary
data folder; every simulated phone has its own cookie jar and connection. The phones start
evenly spread over the window, join with the code, read the state, answer, and keep polling
every second as the page does. Answers go through the one store thread, as in the TUI.

Run: python bench/phones.py [--phones 200] [--window 2.0]

Latencies include the simulated phones' own work: they share this process (and its core)
with the server, so the server alone is faster than the figures say.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop.content import load_library  # noqa: E402
from workshop.content.model import QuizStep  # noqa: E402
from workshop.live import LiveSession  # noqa: E402
from workshop.phone.feed import LiveSessionFeed  # noqa: E402
from workshop.phone.quiz import QuizDesk  # noqa: E402
from workshop.phone.server import PhoneServer, open_socket  # noqa: E402
from workshop.runner import SerialRunner  # noqa: E402
from workshop.store.sessions import read_session  # noqa: E402

POLL_SECONDS = 1.0
POLLS_AFTER_ANSWER = 2
"""Each phone keeps polling this many times after answering: bounded, like a short round."""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1] if ordered else float("nan")


def first_quiz(library) -> tuple[str, int]:
    """A built-in module with a quiz step, and the index of that step."""
    for module in library.modules.values():
        for index, step in enumerate(module.steps):
            if isinstance(step, QuizStep) and step.question.kind == "choice":
                return module.id, index
    raise SystemExit("no choice question in the built-in modules")


class Phone:
    def __init__(self, number: int, url: str, code: str, timings: dict[str, list[float]]):
        self.number = number
        self.url = url
        self.code = code
        self.timings = timings
        self.answered = False

    async def timed(self, kind: str, request) -> tuple[int, dict]:
        started = time.perf_counter()
        async with request as response:
            body = await response.json()
            status = response.status
        self.timings[kind].append(time.perf_counter() - started)
        return status, body

    async def run(self, delay: float, rng: random.Random) -> None:
        await asyncio.sleep(delay)
        jar = aiohttp.CookieJar(unsafe=True)  # cookies from an IP address, as on a phone
        connector = aiohttp.TCPConnector(limit=1)
        async with aiohttp.ClientSession(cookie_jar=jar, connector=connector) as session:
            status, _ = await self.timed(
                "join", session.post(self.url + "api/join", json={"code": self.code})
            )
            if status != 200:
                return
            status, state = await self.timed("state", session.get(self.url + "api/state"))
            if status != 200 or state.get("phase") != "open":
                return
            count = len(state["question"]["options"])
            value = rng.choice([o["value"] for o in state["question"]["options"]][:count])
            status, _ = await self.timed(
                "answer",
                session.post(
                    self.url + "api/answer", json={"round": state["round"], "value": value}
                ),
            )
            self.answered = status == 200
            for _ in range(POLLS_AFTER_ANSWER):
                await asyncio.sleep(POLL_SECONDS)
                await self.timed("state", session.get(self.url + "api/state"))


async def bench(phones: int, window: float, seed: int) -> None:
    library = load_library()
    module, step = first_quiz(library)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        live = LiveSession.start(library, data, "bench", "en", [module])
        while live.step_index < step:
            live.go_next()
        assert live.round is not None
        runner = SerialRunner()
        server = PhoneServer(open_socket("127.0.0.1", 0), "en")
        await server.start(QuizDesk(LiveSessionFeed(runner, lambda: live)))
        timings: dict[str, list[float]] = {"join": [], "state": [], "answer": []}
        rng = random.Random(seed)
        crowd = [Phone(n, server.url, server.code, timings) for n in range(phones)]
        started = time.perf_counter()
        try:
            await asyncio.gather(
                *(
                    p.run(window * n / phones, random.Random(rng.random()))
                    for n, p in enumerate(crowd)
                )
            )
        finally:
            await server.stop()
            runner.shutdown()
        elapsed = time.perf_counter() - started
        total = live.round.total
        stored = read_session(live.session.path).answers  # from disk, as another process would
        live.close()

    sent = len(timings["answer"])
    accepted = sum(p.answered for p in crowd)
    print(f"phones: {phones}, spread over {window:.1f} s, each with its own cookie jar")
    print(
        f"answers sent {sent}, acknowledged {accepted}, recorded in the session file "
        f"{len(stored)} (round total {total})"
    )
    print(f"wall time incl. {POLLS_AFTER_ANSWER} polls after answering: {elapsed:.2f} s")
    print(f"{'request':<10}{'n':>6}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind, values in timings.items():
        print(
            f"{kind:<10}{len(values):>6}{percentile(values, 0.5) * 1000:>10.1f}"
            f"{percentile(values, 0.99) * 1000:>10.1f}{max(values) * 1000:>10.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--window", type=float, default=2.0, help="seconds to spread joins over")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 1 <= args.phones <= 1000:
        parser.error("--phones must be 1–1000")
    asyncio.run(bench(args.phones, args.window, args.seed))


if __name__ == "__main__":
    main()
