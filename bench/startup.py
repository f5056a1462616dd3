"""How long `workshop start` takes to show its first screen, beside a Textual hello-world.

Both run as real processes on a pseudo-terminal of 120×36, as on a trainer's laptop; the clock
runs from starting the process until a text of the first frame has been written to the
terminal (the agenda's heading for `workshop start`, "Hello, world" for the hello-world app),
so interpreter start, imports, loading the content and the first paint all count.
`workshop --help` is timed from start to exit. Each case runs once unmeasured first, with
compiled bytecode kept in a temporary folder, as an installed package has it.

Run: python bench/startup.py   (POSIX only: it needs a pseudo-terminal.)
Targets: start-up <= 1.3x the hello-world app; `workshop --help` <= 0.3 s.
"""

from __future__ import annotations

import json
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, print_table, ratio, verdict

RUNS = 7
HELLO = """
from textual.app import App
from textual.widgets import Static

class Hello(App):
    def compose(self):
        yield Static("Hello, world")

Hello().run()
"""
AGENDA_HEADING = b"No survey for sales yet"


def child_environment(bytecode: Path) -> dict[str, str]:
    """The environment for every measured process: bytecode cached, not written into the tree."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(bytecode), "WORKSHOP_LANG": "en"}


ENV: dict[str, str] = dict(os.environ)


def first_frame(argv: list[str], marker: bytes, cwd: Path, timeout: float = 60) -> float:
    """Seconds from starting `argv` on a pseudo-terminal until `marker` has been written."""
    import fcntl
    import termios

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
    env = {**ENV, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36"}
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env, start_new_session=True
    )
    os.close(slave)
    screen = b""
    try:
        while marker not in screen:
            left = started + timeout - time.perf_counter()
            if left <= 0:
                raise SystemExit(f"{argv!r} never showed {marker!r}; screen: {screen[-500:]!r}")
            ready, _, _ = select.select([master], [], [], left)
            if ready:
                try:
                    screen += os.read(master, 65536)
                except OSError:  # the process ended
                    raise SystemExit(f"{argv!r} ended before showing {marker!r}") from None
        return time.perf_counter() - started
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        os.close(master)


def to_exit(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True, env=ENV)
    return time.perf_counter() - started


def earlier_sessions(data: Path, count: int) -> None:
    """`count` finished sessions of the group, 50 answers each, as the store writes them."""
    data.mkdir(parents=True, exist_ok=True)
    answers = {
        str(n): {
            "round": n % 5 + 1,
            "module": "x-basics",
            "question": "x-post-length",
            "value": n % 3 + 1,
            "source": "key",
            "count": 1,
        }
        for n in range(1, 51)
    }
    for number in range(count):
        day = f"{2020 + number // 336}-{number // 28 % 12 + 1:02d}-{number % 28 + 1:02d}"
        info = {
            "group": "sales",
            "date": day,
            "language": "en",
            "agenda": ["x-basics"],
            "position": {},
            "finished": True,
        }
        document = {
            "_meta": {"1": {"schema": 1, "kind": "session"}},
            "session": {"1": info},
            "answers": answers,
        }
        (data / f"{day}-sales-1.json").write_text(json.dumps(document), encoding="utf-8")


def main() -> None:
    if sys.platform == "win32":
        raise SystemExit("needs a POSIX pseudo-terminal")
    python = sys.executable
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ENV.clear()
        ENV.update(child_environment(folder / "bytecode"))
        empty, full = folder / "empty", folder / "full"
        empty.mkdir()
        earlier_sessions(full, 1000)
        start = [python, "-m", "workshop", "start", "--group", "sales", "--lang", "en", "--data"]
        cases = {
            "python -c pass (to exit)": lambda: to_exit([python, "-c", "pass"]),
            "Textual hello-world": lambda: first_frame(
                [python, "-c", HELLO], b"Hello, world", folder
            ),
            "workshop start": lambda: first_frame([*start, str(empty)], AGENDA_HEADING, folder),
            "workshop start, 1,000 sessions": lambda: first_frame(
                [*start, str(full)], AGENDA_HEADING, folder
            ),
            "workshop --help (to exit)": lambda: to_exit([python, "-m", "workshop", "--help"]),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for measure in cases.values():  # compiles and caches the bytecode
            measure()
        for _ in range(RUNS):  # interleaved, so a busy moment hits every case alike
            for name, measure in cases.items():
                times[name].append(measure())
    hello = statistics.median(times["Textual hello-world"])
    print(f"Start-up to first frame on a pseudo-terminal, {RUNS} runs each (s)")
    print(machine())
    print_table(
        ["case", "median", "best", "worst", "median / hello-world"],
        [
            [
                name,
                f"{statistics.median(values):.3f}",
                f"{min(values):.3f}",
                f"{max(values):.3f}",
                ratio(statistics.median(values), hello),
            ]
            for name, values in times.items()
        ],
    )
    start_ratio = statistics.median(times["workshop start"]) / hello
    help_time = statistics.median(times["workshop --help (to exit)"])
    print(f"target start-up <= 1.3x hello-world: {start_ratio:.2f}x, {verdict(start_ratio <= 1.3)}")
    print(f"target --help <= 0.3 s: {help_time:.3f} s, {verdict(help_time <= 0.3)}")


if __name__ == "__main__":
    main()
