"""A room of phones against the real app: `workshop start --serve` on screen in tmux.

The bench starts the real command in a tmux window (160×45), with `--expect` set to the
number of phones as a trainer would for a room that size, reads the join code off the screen
as a participant would, and then:

1. joins every phone at once (each its own cookie jar, connection and loopback address, as
   phones in a room each have their own), and times how long until all have joined;
2. opens the first choice question with the trainer's keys (Enter, then →);
3. lets every phone read the question and answer, spread evenly over the burst window;
4. reads the answers back from the session file and the count off the projector.

Run: python bench/phones.py [--phones 1000] [--window 2.0]
Needs tmux, and a soft open-file limit above twice the number of phones (raised here within
the hard limit). The phones share this process and one core, so their own work is in the
latencies: the server alone is faster than the figures say.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from common import ROOT, machine, ms, percentile, print_table, verdict

from workshop.content import load_library
from workshop.content.model import QuizStep
from workshop.store.sessions import read_session, session_paths

WINDOW = "bench-phones"
SIZE = (160, 45)
ADDRESSES = 250
"""Loopback addresses 127.0.0.2 … the phones come from, a few phones each, like a real room."""
TARGETS = {1000: (1.5, 0.250), 200: (None, 0.050)}
"""Phones: (all joined within seconds, answer p99 in seconds), from issue 14."""


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", WINDOW)


def wait_for(pattern: str, seconds: float = 20.0) -> re.Match[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = re.search(pattern, screen())
        if found:
            return found
        time.sleep(0.05)
    raise SystemExit(f"the screen never showed {pattern!r}:\n{screen()}")


def first_choice_quiz() -> tuple[str, int]:
    """A built-in module with a choice question, and how many steps lead to it."""
    for module in load_library().modules.values():
        for index, step in enumerate(module.steps):
            if isinstance(step, QuizStep) and step.question.kind == "choice":
                return module.id, index
    raise SystemExit("no choice question in the built-in modules")


def raise_file_limit(needed: int) -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    if wanted < needed:
        raise SystemExit(f"the open-file limit {hard} is too low for this many phones")


class Phone:
    def __init__(self, number: int, url: str) -> None:
        address = f"127.0.0.{2 + number % ADDRESSES}"
        self.url = url
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),  # cookies from an IP address
            connector=aiohttp.TCPConnector(limit=1, local_addr=(address, 0)),
            timeout=aiohttp.ClientTimeout(total=30),
        )
        self.status: dict[str, int] = {}

    async def timed(self, kind: str, request, timings: dict[str, list[float]]) -> dict:
        started = time.perf_counter()
        try:
            async with request as response:
                body = await response.json()
                self.status[kind] = response.status
        except (TimeoutError, aiohttp.ClientError):
            self.status[kind] = 0
            return {}
        timings[kind].append(time.perf_counter() - started)
        return body

    async def join(self, code: str, timings: dict[str, list[float]]) -> None:
        await self.timed(
            "join", self.session.post(self.url + "api/join", json={"code": code}), timings
        )

    async def answer(
        self, delay: float, rng: random.Random, timings: dict[str, list[float]]
    ) -> None:
        await asyncio.sleep(delay)
        state = await self.timed("state", self.session.get(self.url + "api/state"), timings)
        if state.get("phase") != "open":
            return
        value = rng.choice([option["value"] for option in state["question"]["options"]])
        body = {"round": state["round"], "value": value}
        await self.timed("answer", self.session.post(self.url + "api/answer", json=body), timings)


async def crowd(url: str, code: str, phones: int, window: float, seed: int, open_round) -> dict:
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {"join": [], "state": [], "answer": []}
    room = [Phone(n, url) for n in range(phones)]
    try:
        started = time.perf_counter()
        await asyncio.gather(*(phone.join(code, timings) for phone in room))
        joined_in = time.perf_counter() - started
        await asyncio.to_thread(open_round)
        started = time.perf_counter()
        await asyncio.gather(
            *(
                phone.answer(window * n / phones, random.Random(rng.random()), timings)
                for n, phone in enumerate(room)
            )
        )
        burst = time.perf_counter() - started
    finally:
        await asyncio.gather(*(phone.session.close() for phone in room))
    refused = sum(1 for phone in room for status in phone.status.values() if status != 200)
    answered = sum(phone.status.get("answer") == 200 for phone in room)
    return {
        "timings": timings,
        "joined_in": joined_in,
        "burst": burst,
        "refused": refused,
        "answered": answered,
    }


def run(phones: int, window: float, seed: int, port: int) -> None:
    if shutil.which("tmux") is None:
        raise SystemExit("this bench needs tmux")
    raise_file_limit(2 * phones + 100)
    module, steps = first_choice_quiz()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        command = (
            f"ulimit -n {2 * phones + 100} 2>/dev/null; "
            f"WORKSHOP_DATA={data} {sys.executable} -m workshop start --lang en --group bench "
            f"--module {module} --serve --port {port} --expect {phones}"
        )
        tmux("new-session", "-d", "-s", WINDOW, "-x", str(SIZE[0]), "-y", str(SIZE[1]), command)
        try:
            code = wait_for(r"Join code: ((?:[A-Z0-9] ){5}[A-Z0-9])").group(1).replace(" ", "")

            def open_round() -> None:
                tmux("send-keys", "-t", WINDOW, "Enter")
                for step in range(1, steps + 1):
                    wait_for(rf"step {step} of")
                    tmux("send-keys", "-t", WINDOW, "Right")
                wait_for(r"Answers: 0")

            url = f"http://127.0.0.1:{port}/"
            result = asyncio.run(crowd(url, code, phones, window, seed, open_round))
            shown = wait_for(rf"Answers: {result['answered']}\b", 10.0).group(0)
            stored = len(read_session(session_paths(data)[0]).answers)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", WINDOW], check=False)
    report(phones, window, result, stored, shown)


def report(phones: int, window: float, result: dict, stored: int, shown: str) -> None:
    timings = result["timings"]
    print(f"{phones} phones against `workshop start --serve` on screen; {machine()}")
    print(
        f"all joined in {result['joined_in']:.2f} s; answers spread over {window:.1f} s, "
        f"burst done in {result['burst']:.2f} s"
    )
    print(
        f"answers acknowledged {result['answered']}, stored in the session file {stored}, "
        f"projector shows '{shown}', requests refused or failed {result['refused']}"
    )
    rows = [
        [
            kind,
            len(values),
            ms(percentile(values, 0.5)),
            ms(percentile(values, 0.99)),
            ms(max(values)),
        ]
        for kind, values in timings.items()
        if values
    ]
    print_table(["request", "n", "p50 ms", "p99 ms", "max ms"], rows)
    target = TARGETS.get(phones)
    if target is not None and timings["answer"]:
        join_goal, p99_goal = target
        p99 = percentile(timings["answer"], 0.99)
        met = p99 <= p99_goal and stored == phones == result["answered"]
        if join_goal is not None:
            met = met and result["joined_in"] <= join_goal
        print(
            f"goal ({phones} stored, p99 ≤ {p99_goal * 1000:.0f} ms"
            + (f", joined ≤ {join_goal} s" if join_goal else "")
            + f"): {verdict(met)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=1000)
    parser.add_argument("--window", type=float, default=2.0, help="seconds the answers spread over")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args()
    if not 1 <= args.phones <= 1000:
        parser.error("--phones must be 1–1000 (the most `--expect` takes)")
    os.chdir(ROOT)
    run(args.phones, args.window, args.seed, args.port)


if __name__ == "__main__":
    main()
