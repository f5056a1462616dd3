"""How long an answer takes from key press to "on disk, acknowledged", beside plain TinyDB.

The measured path is the one the TUI takes for a key press: `LiveSession.answer` run on the
store thread through `SerialRunner.call`, awaited from the event loop; it returns once the
session file has been replaced and fsynced. History is earlier sessions in the data folder
(one file per session, 200 answers each), plus one case of a long current session; the four
sessions take turns answering, so a busy moment of the machine falls on all of them alike.
The naive design is one TinyDB file with its default JSONStorage holding all of that history.

Run: python bench/answers.py [--dir FOLDER]   (FOLDER: where to build the data, default a
temporary folder; choose one on the disk the trainer uses.)
Targets: answer p99 <= 10 ms; p50 at 100,000 answers of history <= 1.5x p50 at none.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from common import machine, ms, percentile, print_table, ratio, verdict
from tinydb import TinyDB

from workshop.content import Library, load_library
from workshop.content.answers import option_labels
from workshop.content.model import QuizStep
from workshop.live import LiveSession
from workshop.runner import SerialRunner
from workshop.store import SessionFile
from workshop.store.sessions import ANSWERS

SESSION_ANSWERS = 200
SAMPLES = 400
WARM_UP = 5
NAIVE_SAMPLES = {0: 100, 2_000: 60, 10_000: 30, 100_000: 8}


def quiz_module(library: Library) -> tuple[str, int]:
    """A built-in module with a choice quiz, and its number of options."""
    for module in library.modules.values():
        for step in module.steps:
            if isinstance(step, QuizStep) and step.question.kind == "choice":
                return module.id, len(option_labels(step.question, "en"))
    raise SystemExit("no built-in module has a choice quiz")


def answer_document(number: int) -> dict:
    return {
        "round": number % 12 + 1,
        "module": "x-basics",
        "question": "x-post-length",
        "value": number % 4 + 1,
        "source": "key",
        "count": 1,
    }


def build_history(folder: Path, answers: int) -> None:
    """`answers` answers in earlier session files of SESSION_ANSWERS each, as the store writes."""
    folder.mkdir(parents=True, exist_ok=True)
    if answers == 0:
        return
    with SessionFile.create(folder, "template", "en", ["x-basics"]) as template:
        template.database.table(ANSWERS).insert_multiple(
            answer_document(n) for n in range(SESSION_ANSWERS)
        )
        path = template.path
    payload = json.loads(path.read_bytes())
    path.unlink()
    Path(str(path) + ".lock").unlink(missing_ok=True)
    for number in range(answers // SESSION_ANSWERS):
        day = f"2025-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
        payload["session"]["1"]["date"] = day
        payload["session"]["1"]["finished"] = True
        name = f"{day}-group{number}-1.json"
        (folder / name).write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")


async def time_answers(
    sessions: list[LiveSession], options: int, samples: int
) -> list[list[float]]:
    """Seconds per answer for each session, each awaited through the store thread as the TUI
    awaits it; the sessions take turns, so a busy moment of the machine hits them alike."""
    runner = SerialRunner()
    times: list[list[float]] = [[] for _ in sessions]
    try:
        for number in range(WARM_UP + samples):
            for live, measured in zip(sessions, times, strict=True):
                started = time.perf_counter()
                await runner.call(live.answer, number % options + 1, "key", time.monotonic())
                if number >= WARM_UP:
                    measured.append(time.perf_counter() - started)
    finally:
        runner.shutdown()
    return times


def open_round(library: Library, folder: Path, module: str, earlier: int) -> LiveSession:
    """A new session at its first quiz round, with `earlier` answers in it already."""
    live = LiveSession.start(library, folder, "sales", "en", [module])
    while live.round is None:
        live.go_next()
    if earlier:
        live.session.database.table(ANSWERS).insert_multiple(
            {**answer_document(n), "round": live.round.number} for n in range(earlier)
        )
        path = live.session.path
        live.close()
        live = LiveSession.resume(library, path)
    return live


def ours(library: Library, scratch: Path, cases: list[tuple[str, int, int]]) -> list[list[float]]:
    """Answer latencies for each (name, history, answers already in the session) case."""
    module, options = quiz_module(library)
    sessions = []
    for index, (_, history, current) in enumerate(cases):
        folder = scratch / f"ours-{index}"
        build_history(folder, history)
        sessions.append(open_round(library, folder, module, current))
    try:
        return asyncio.run(time_answers(sessions, options, SAMPLES))
    finally:
        for live in sessions:
            live.close()


def naive(folder: Path, history: int) -> list[float]:
    """One TinyDB file (JSONStorage: parse and rewrite in place, fsync) holding the history."""
    folder.mkdir(parents=True, exist_ok=True)
    database = TinyDB(folder / "all-answers.json")
    if history:
        database.insert_multiple(answer_document(n) for n in range(history))
    times = []
    for number in range(NAIVE_SAMPLES[history]):
        document = answer_document(number)
        started = time.perf_counter()
        database.insert(document)
        times.append(time.perf_counter() - started)
    database.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="where to build the data folders")
    args = parser.parse_args()
    library = load_library()
    cases = [
        ("no history", 0, 0),
        ("10,000 answers of history", 10_000, 0),
        ("100,000 answers of history", 100_000, 0),
        ("this session holds 2,000", 0, 2_000),
    ]
    rows = []
    results = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
        measured = ours(library, Path(scratch), cases)
        for index, ((name, history, current), ours_times) in enumerate(
            zip(cases, measured, strict=True)
        ):
            naive_times = naive(Path(scratch) / f"naive-{index}", history or current)
            results[name] = ours_times
            rows.append(
                [
                    name,
                    len(ours_times),
                    ms(percentile(ours_times, 0.5)),
                    ms(percentile(ours_times, 0.99)),
                    len(naive_times),
                    ms(percentile(naive_times, 0.5)),
                    ms(percentile(naive_times, 0.99)),
                    ratio(percentile(naive_times, 0.5), percentile(ours_times, 0.5)),
                ]
            )
    print("Answer latency: key press → answer fsynced and acknowledged (ms)")
    print(machine())
    print_table(
        ["case", "n", "p50", "p99", "naive n", "naive p50", "naive p99", "naive/ours p50"],
        rows,
    )
    worst_p99 = max(percentile(times, 0.99) for times in results.values())
    growth = percentile(results["100,000 answers of history"], 0.5) / percentile(
        results["no history"], 0.5
    )
    print(f"target p99 <= 10 ms: worst p99 {ms(worst_p99)} ms, {verdict(worst_p99 <= 0.010)}")
    print(f"target 100k history <= 1.5x none (p50): {growth:.2f}x, {verdict(growth <= 1.5)}")


if __name__ == "__main__":
    main()
