"""Regenerate the README's pictures: three screens as SVG and the session summary as PNG.

Run from a checkout: `python docs/pictures.py` (or `--out DIR`). The screens are the app at
120×36 in English with the built-in content, in a fresh data folder: the agenda for the sales
group, an open round with seven answers and its reveal. The countdown is stopped at its full
time and the session is dated on a fixed day, so the pictures change only when the screens do.
The summary is `workshop export` of a session played in-process, drawn by headless Chromium.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import io
import itertools
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

DOCS = Path(__file__).resolve().parent
if str(DOCS.parent) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(DOCS.parent))

from workshop import i18n  # noqa: E402
from workshop.store import sessions as session_store  # noqa: E402

SIZE = (120, 36)
LANGUAGE = "en"
GROUP = "sales"
DAY = datetime.date(2026, 3, 10)
ROUND = "why-own-network"
"""The round shown open and revealed: a choice whose right answer is option 3."""
ROOM_KEYS = ("3", "3", "1", "3", "2", "3", "4")  # 4 is "don't know"
SCREENS = ("agenda", "open-round", "reveal")
SUMMARY_PNG = "summary.png"
SUMMARY_WINDOW = (1000, 1500)

# The summary's session: the first two modules of the standard agenda, answered by a room of 8.
SUMMARY_AGENDA = ("why-ambassadors", "basic-rules")
SUMMARY_ANSWERS: dict[str, list[float | None]] = {
    "why-poll-platforms": [1, 1, 2, 4, 1, 5, 2, 1],
    "why-marketing-only": [2, 2, 1, 2, 2, 2, None, 2],
    "why-own-network": [3, 3, 1, 3, 2, 3, None, 3],
    "rules-share-blog": [3, 3, 3, 1, 3, 3, 2, 3],
    "rules-unannounced-contract": [2, 1, 2, 2, 3, 2, 1, 2],
    "rules-complaint": [2, 1, 3, 1, 2, 2, None, 1],
    "rules-colleague-photo": [1, 2, 1, 2, 2, 1, 2, 1],
}
SURVEY_ROWS = 8


class _FixedDay(datetime.date):
    @classmethod
    def today(cls) -> _FixedDay:
        return cls(DAY.year, DAY.month, DAY.day)


@contextlib.contextmanager
def fixed_day() -> Iterator[None]:
    """Sessions are dated (and named) on `DAY`, whatever today is."""
    with mock.patch.object(session_store, "datetime", SimpleNamespace(date=_FixedDay)):
        yield


# The screens ---------------------------------------------------------------------------------


async def _until(pilot, condition: Callable[[], bool], what: str) -> None:
    """Pause until `condition` holds and the store worker is done; at most 20 s."""
    for _ in range(1000):
        await pilot.pause(0.02)
        if condition():
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            return
    raise RuntimeError(f"never reached: {what}")


async def screens(out: Path, data: Path) -> dict[str, Path]:
    """Save the agenda, an open round and its reveal as `out/<name>.svg`; return the paths."""
    from workshop.content import load_library
    from workshop.planner import plan_for_group
    from workshop.tui.app import workshop_app
    from workshop.tui.screens.session import SessionScreen
    from workshop.tui.widgets.countdown import Countdown
    from workshop.tui.widgets.quiz_open import QuizOpenView
    from workshop.tui.widgets.quiz_reveal import RevealView

    i18n.set_language(LANGUAGE)
    data.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    library = load_library()
    plan = plan_for_group(library, data, GROUP, 90, LANGUAGE)  # no survey: the standard agenda
    app = workshop_app(lambda: (library, plan), GROUP, data, LANGUAGE)
    saved: dict[str, Path] = {}

    def save(name: str) -> None:
        path = out / f"{name}.svg"
        path.write_text(app.export_screenshot(title=f"workshop: {name}"), encoding="utf-8")
        saved[name] = path

    def state():
        return app.service.state

    with fixed_day():
        async with app.run_test(size=SIZE) as pilot:
            await _until(
                pilot,
                lambda: hasattr(app, "plan") and not any(w.name == "prepare" for w in app.workers),
                "the agenda",
            )
            save("agenda")

            await pilot.press("enter")
            await _until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
            screen = app.screen
            assert isinstance(screen, SessionScreen)
            screen.clock = itertools.count(1000.0, 1.0).__next__  # no key press is a repeat

            while state().round is None or state().round.question.id != ROUND:
                before = (state().module_index, state().step_index, state().round_open)
                await pilot.press("right")  # a round on the way is revealed, then left
                await _until(
                    pilot,
                    lambda before=before: (
                        (state().module_index, state().step_index, state().round_open) != before
                    ),
                    f"the round {ROUND}",
                )
            await _until(pilot, lambda: app.screen.query(QuizOpenView), "the open round")
            view = app.screen.query_one(QuizOpenView)
            view.stop_countdown()  # as in the round's first second
            view.query_one(Countdown).update(Countdown.format(view.seconds))
            await pilot.press(*ROOM_KEYS)
            await _until(pilot, lambda: state().round.total == len(ROOM_KEYS), "the answers stored")
            if view.fade is not None:  # "Answer received" stays, however slow the machine
                view.fade.stop()
            await pilot.pause()
            save("open-round")

            await pilot.press("r")
            await _until(pilot, lambda: app.screen.query(RevealView), "the reveal")
            save("reveal")
    return saved


# The summary ---------------------------------------------------------------------------------


def summary_html(data: Path, out: Path) -> Path:
    """Play a session in-process, then write its HTML summary with `workshop export`."""
    from workshop.cli import main
    from workshop.content import load_library
    from workshop.live import LiveSession
    from workshop.survey.responses import save_responses

    i18n.set_language(LANGUAGE)
    data.mkdir(parents=True, exist_ok=True)
    library = load_library()
    topics = {"ambassador", "rules"}  # what the session's two modules teach
    questions = [q for q in library.survey.knowledge() if q.topic in topics]
    rows = [  # the survey before the workshop: half the room right on those topics
        {"level": None, "answers": {q.id: answer(q, right=n % 2 == 0) for q in questions}}
        for n in range(SURVEY_ROWS)
    ]
    save_responses(data, {GROUP: rows})
    with fixed_day():
        live = LiveSession.start(library, data, GROUP, LANGUAGE, list(SUMMARY_AGENDA))
        while True:
            current = live.round
            if current is not None:
                for value in SUMMARY_ANSWERS.get(current.question.id, []):
                    live.answer(value)
            if not live.go_next():
                break
        live.finish()
        live.close()
    page = out / "summary.html"
    options = ["--data", str(data), "--lang", LANGUAGE, "--format", "html", "-o", str(page)]
    with contextlib.redirect_stdout(io.StringIO()):  # it prints the path of a temporary file
        code = main(["export", "--last", *options])
    if code != 0:
        raise RuntimeError(f"workshop export failed with {code}")
    return page


def answer(question, right: bool) -> float:
    """A right or a wrong answer to a choice or true/false survey question."""
    from workshop.content.answers import correct_options, option_labels

    correct = correct_options(question)
    if right:
        return correct[0]
    options = range(1, len(option_labels(question, LANGUAGE)) + 1)
    return next(n for n in options if n not in correct)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("chrome")


def screenshot(page: Path, png: Path, profile: Path) -> None:
    """Draw `page` in headless Chromium and save the window as `png`."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("needs Chromium (Debian: apt-get install chromium)")
    width, height = SUMMARY_WINDOW
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            page.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


# The script ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS, help="where to write (default: docs/)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="workshop-pictures-") as temporary:
        work = Path(temporary)
        for path in asyncio.run(screens(args.out, work / "screens")).values():
            print(f"Written: {path}")
        page = summary_html(work / "summary", work)
        png = args.out / SUMMARY_PNG
        screenshot(page, png, work / "profile")
        print(f"Written: {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
