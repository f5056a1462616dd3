"""How long exports take: a 1,000-answer session in each format, and scores over 1,000 sessions.

The session is a real one: `LiveSession` steps through five built-in modules and each quiz or
poll round gets its share of 1,000 answers. "export" is `write_summary` in-process (read the
session, build the summary, render, write atomically), median of 10; "CLI" is `workshop export
--last --format F` as a subprocess, start to exit, which adds interpreter start and loading
the content. The 1,000 stored sessions (five groups with surveys) are copies of a 60-answer
session under other dates; `workshop scores` reads them all.

Run: python bench/exports.py
Target: an export <= 0.2 s.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, print_table, verdict

from tests.test_survey_support import bank, response
from workshop.content import Library, load_library
from workshop.content.answers import option_labels
from workshop.content.model import NumberQuestion
from workshop.export import write_summary
from workshop.live import LiveSession
from workshop.sessions_overview import group_overview, last_session
from workshop.store import SurveyFile
from workshop.store.sessions import ANSWERS

FORMATS = ("md", "html", "json", "csv")
RUNS = 10
GROUPS = ("sales", "it", "hr", "finance", "management")


def held_session(library: Library, data: Path, group: str, answers: int) -> Path:
    """A finished session of five modules whose rounds hold `answers` answers in all."""
    modules = [m.id for m in library.modules.values() if m.questions()][:5]
    live = LiveSession.start(library, data, group, "en", modules)
    rounds = []
    while True:
        if live.round is not None:
            rounds.append(live.round)
        if not live.go_next():
            break
    per_round, extra = divmod(answers, len(rounds))
    for index, current in enumerate(rounds):
        question = current.question
        count = per_round + (index < extra)
        if isinstance(question, NumberQuestion):
            values = [question.answer, question.minimum, question.answer + 1]
        else:
            values = list(range(1, len(option_labels(question, "en")) + 1))
        live.session.database.table(ANSWERS).insert_multiple(
            {
                "round": current.number,
                "module": current.module,
                "question": question.id,
                "value": values[n % len(values)],
                "source": "key",
                "count": 1,
            }
            for n in range(count)
        )
    live.finish()
    path = live.session.path
    live.close()
    return path


def time_exports(library: Library, data: Path, out: Path) -> dict[str, list[float]]:
    record = last_session(data, "sales")
    times: dict[str, list[float]] = {fmt: [] for fmt in FORMATS}
    for _ in range(RUNS):
        for fmt in FORMATS:
            started = time.perf_counter()
            write_summary(record, library, data, fmt, out, force=True)
            times[fmt].append(time.perf_counter() - started)
    return times


def cli(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "workshop", *args, "--lang", "en"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def many_sessions(library: Library, data: Path, count: int) -> None:
    """`count` finished sessions over five groups, each a copy of a 60-answer session."""
    template = json.loads(held_session(library, data, "template", 60).read_text("utf-8"))
    for path in data.glob("*-template-*"):
        path.unlink()
    survey = bank()
    for group in GROUPS:
        with SurveyFile(data, group) as stored:
            stored.add([response(survey) for _ in range(8)])
    for number in range(count):
        group = GROUPS[number % len(GROUPS)]
        day = f"{2020 + number // 336}-{number // 28 % 12 + 1:02d}-{number % 28 + 1:02d}"
        info = next(iter(template["session"].values()))
        info.update(group=group, date=day)
        (data / f"{day}-{group}-1.json").write_text(
            json.dumps(template, ensure_ascii=False), encoding="utf-8"
        )


def main() -> None:
    library = load_library()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        data, out = Path(scratch) / "one", Path(scratch) / "out"
        data.mkdir()
        out.mkdir()
        held_session(library, data, "sales", 1000)
        times = time_exports(library, data, out)
        for fmt in FORMATS:
            command = cli(
                *("export", "--last", "--format", fmt, "-o", str(out), "--force"),
                *("--data", str(data)),
            )
            median = statistics.median(times[fmt])
            rows.append(
                [
                    f"export .{fmt}, 1,000 answers",
                    f"{median:.3f}",
                    f"{min(times[fmt]):.3f}",
                    f"{command:.3f}",
                    verdict(median <= 0.2),
                ]
            )
        many = Path(scratch) / "many"
        many.mkdir()
        many_sessions(library, many, 1000)
        overview = []
        for _ in range(3):
            started = time.perf_counter()
            group_overview(library, many, None)
            overview.append(time.perf_counter() - started)
        rows.append(
            [
                "scores, 1,000 sessions",
                f"{statistics.median(overview):.3f}",
                f"{min(overview):.3f}",
                f"{cli('scores', '--data', str(many)):.3f}",
                "—",
            ]
        )
    print("Exports and scores (s): in-process median and best of the runs, and the CLI once")
    print(machine())
    print_table(["what", "median", "best", "CLI", "<= 0.2 s"], rows)


if __name__ == "__main__":
    main()
