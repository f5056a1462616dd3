"""A stand-in for the TUI in the crash tests: drives `LiveSession` exactly as the screens do.

Every call goes through the app's `SerialRunner` from an asyncio loop, as a key press does,
and a line is printed (and flushed) only after the call has returned, which is when the TUI
would show "Answer received". The test kills this process at random moments and checks that
whatever was printed is on disk.

Run: python tests/answer_driver.py DATA start|resume SEED

Lines: `ready PATH ANSWERS MODULE:STEP`, then any of `ack ID ROUND VALUE`,
`undo ID` / `undone ID` (a withdrawal asked / done), `moving` / `moved MODULE:STEP`, `end`.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time
from pathlib import Path

from workshop.content import load_library
from workshop.content.answers import offers_dont_know, option_labels
from workshop.content.model import NumberQuestion
from workshop.live import LiveSession
from workshop.quiz import RoundState
from workshop.runner import SerialRunner
from workshop.store.sessions import unfinished_session

GROUP = "sales"


def say(*words: object) -> None:
    """One line in one write, so a kill never leaves half of it."""
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def position(live: LiveSession) -> str:
    return f"{live.module_index}:{live.step_index}"


def choose(question, chance: random.Random) -> float | None:
    """A valid answer, as a participant would give it."""
    if isinstance(question, NumberQuestion):
        return chance.choice([question.answer, question.minimum, question.maximum])
    if offers_dont_know(question) and chance.random() < 0.1:
        return None
    return chance.randint(1, len(option_labels(question, "en")))


async def drive(data: Path, mode: str, seed: int) -> None:
    library = load_library()
    runner = SerialRunner()
    if mode == "start":
        agenda = list(library.modules)
        live = await runner.call(LiveSession.start, library, data, GROUP, "en", agenda)
    else:
        path = unfinished_session(data, GROUP)
        assert path is not None, "nothing to resume"
        live = await runner.call(LiveSession.resume, library, path)
    stored = len(await runner.call(live.session.answers))
    say("ready", live.session.path, stored, position(live))
    chance = random.Random(seed)
    while True:
        current = live.round
        if current is None or current.state is not RoundState.OPEN or chance.random() < 0.05:
            say("moving")
            if not await runner.call(live.go_next):
                say("end")
                await asyncio.sleep(3600)
            say("moved", position(live))
            continue
        value = choose(current.question, chance)
        recorded = await runner.call(live.answer, value, "key", time.monotonic())
        say("ack", recorded.answer_id, recorded.round, json.dumps(value))
        if chance.random() < 0.05:
            say("undo", recorded.answer_id)
            if await runner.call(live.withdraw_last, time.monotonic()):
                say("undone", recorded.answer_id)


if __name__ == "__main__":
    asyncio.run(drive(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
