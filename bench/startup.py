"""How long `workshop start` takes to show its first screen, beside a Textual hello-world.

Both run as real processes on a pseudo-terminal of 120×36, as on a trainer's laptop; the clock
runs from starting the process until a text has been written to the terminal, so interpreter
start, imports and painting all count. For the hello-world app that is "Hello, world". For
`workshop start` it is twice: the first frame (the agenda screen naming the group, "preparing
the agenda…"), then the agenda itself (its heading, "No survey for sales yet", drawn in the
same frame as its rows; the footer of keys follows a frame later). Each case runs once
unmeasured first, with compiled bytecode kept in a temporary folder, as an installed package
has it; so a start finds the agenda it showed last time in the plan cache, as every start
does whose content and survey are unchanged. "Plan not kept" deletes the plan cache before
each run, as the first start after a survey import does: the agenda waits for the content.
"Content changed" starts with empty caches, as the first start after editing the YAML does:
the content is validated before the screen opens. `workshop --help` is timed from start to
exit. "A table of 22 rows" is what Textual itself takes to show a heading and a DataTable of
as many rows as the agenda has, in one frame: the floor for an agenda drawn with that table.

Run: python bench/startup.py   (POSIX only: it needs a pseudo-terminal.)
Targets: first frame <= 1.1x the hello-world app, the agenda <= 1.3x (both with the plan
kept, no earlier sessions); `workshop --help` <= 0.3 s.
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
from collections.abc import Callable, Sequence
from pathlib import Path

from common import machine, print_table, ratio, verdict

RUNS = 9
HELLO_WORLD = "Textual hello-world"
HELLO = """
from textual.app import App
from textual.widgets import Static

class Hello(App):
    def compose(self):
        yield Static("Hello, world")

Hello().run()
"""
TABLE = """
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Static

ROWS = [
    ("✓", str(n), f"The title of module {n}", "15 min", "step 2 (training on what they lack)")
    for n in range(1, 23)
]

class Table(App):
    def compose(self):
        yield Static("A table of 22 rows")
        yield DataTable(cursor_type="row", zebra_stripes=True)

    def on_mount(self):
        table = self.query_one(DataTable)
        for name, width in (("", 2), ("#", 3), ("Module", 45), ("Time", 6), ("Why", 45)):
            table.add_column(name, width=width)
        for row in ROWS:
            table.add_row(*map(Text, row))

Table().run()
"""
TABLE_WORLD = "Textual, a table of 22 rows"
FIRST_FRAME = b"preparing the agenda"
AGENDA_READY = b"No survey for sales yet"


def child_environment(bytecode: Path) -> dict[str, str]:
    """The environment for every measured process: bytecode cached, not written into the tree."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(bytecode), "WORKSHOP_LANG": "en"}


ENV: dict[str, str] = dict(os.environ)


def first_frame(argv: list[str], markers: Sequence[bytes], cwd: Path, timeout: float = 60):
    """Seconds from starting `argv` on a pseudo-terminal until each of `markers` was written."""
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
    times: list[float] = []
    try:
        for marker in markers:
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
            times.append(time.perf_counter() - started)
        return times
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
        ENV["WORKSHOP_CACHE"] = str(folder / "cache")
        empty, full = folder / "empty", folder / "full"
        empty.mkdir()
        earlier_sessions(full, 1000)
        start = [python, "-m", "workshop", "start", "--group", "sales", "--lang", "en", "--data"]
        both = (FIRST_FRAME, AGENDA_READY)

        def plan_not_kept() -> list[float]:
            own = folder / "cache-without-plans"  # its own: the other cases keep theirs
            ENV["WORKSHOP_CACHE"] = str(own)
            try:
                for plan in own.glob("plan-*.json"):
                    plan.unlink()
                return first_frame([*start, str(empty)], both, folder)
            finally:
                ENV["WORKSHOP_CACHE"] = str(folder / "cache")

        def changed_content() -> list[float]:
            ENV["WORKSHOP_CACHE"] = tempfile.mkdtemp(dir=folder)  # nothing validated yet
            try:
                return first_frame([*start, str(empty)], both, folder)
            finally:
                ENV["WORKSHOP_CACHE"] = str(folder / "cache")

        cases: dict[str, Callable[[], list[float]]] = {
            "python -c pass (to exit)": lambda: [to_exit([python, "-c", "pass"])],
            HELLO_WORLD: lambda: first_frame([python, "-c", HELLO], [b"Hello, world"], folder),
            TABLE_WORLD: lambda: first_frame([python, "-c", TABLE], [b"22 rows"], folder),
            "workshop start": lambda: first_frame([*start, str(empty)], both, folder),
            "workshop start, 1,000 sessions": lambda: first_frame(
                [*start, str(full)], both, folder
            ),
            "workshop start, plan not kept": plan_not_kept,
            "workshop start, content changed": changed_content,
            "workshop --help (to exit)": lambda: [to_exit([python, "-m", "workshop", "--help"])],
        }
        times: dict[str, list[list[float]]] = {name: [] for name in cases}
        for measure in cases.values():  # compiles and caches the bytecode, fills the cache
            measure()
        for _ in range(RUNS):  # interleaved, so a busy moment hits every case alike
            for name, measure in cases.items():
                times[name].append(measure())
    rows = []
    for name, runs in times.items():
        if len(runs[0]) == 1:
            rows.append((name, [run[0] for run in runs]))
        else:
            rows.append((f"{name}: first frame", [run[0] for run in runs]))
            rows.append(("  … agenda shown", [run[1] for run in runs]))
    hello = statistics.median(run[0] for run in times[HELLO_WORLD])
    print(f"Start-up on a pseudo-terminal, {RUNS} runs each (s)")
    print(machine())
    print_table(
        ["case", "median", "best", "worst", "median / hello-world"],
        [
            [
                label,
                f"{statistics.median(values):.3f}",
                f"{min(values):.3f}",
                f"{max(values):.3f}",
                ratio(statistics.median(values), hello),
            ]
            for label, values in rows
        ],
    )
    first = statistics.median(run[0] for run in times["workshop start"]) / hello
    agenda = statistics.median(run[1] for run in times["workshop start"]) / hello
    help_time = statistics.median(run[0] for run in times["workshop --help (to exit)"])
    print(f"target first frame <= 1.1x hello-world: {first:.2f}x, {verdict(first <= 1.1)}")
    print(f"target agenda <= 1.3x hello-world: {agenda:.2f}x, {verdict(agenda <= 1.3)}")
    print(f"target --help <= 0.3 s: {help_time:.3f} s, {verdict(help_time <= 0.3)}")


if __name__ == "__main__":
    main()
