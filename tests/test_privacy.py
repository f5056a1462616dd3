"""Nothing personal survives: a whole day's work, then a search of everything it wrote.

A survey export holding names, e-mail addresses, respondent ids and times is imported (as
Microsoft Forms and as Google Forms write them); a session is run with answers from keys,
from a phone that joined the real phone server on 127.0.0.1, and from a show of hands; then
every export and the follow-up kit are written. Every file in the data folder and every
export, and what the commands printed, are searched for what the tool was given: the names,
the e-mail addresses, the phone's cookie token, any IP address, and any time finer than a
date (HH:MM:SS, an ISO date-time). The follow-up kit's calendar is the one file that holds
times by design (the weekly moment, and the stamp the calendar format requires), so only
the generic time patterns skip it.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.test_survey_support import bank, cell, right, wrong
from workshop.cli import main
from workshop.content.answers import option_labels
from workshop.store.sessions import read_session

pytest.importorskip("workshop.export")

NAMES = ["Pieter Jansen", "Fatima el Idrissi", "Jansen", "Idrissi"]
MAILS = ["pieter.jansen@example.com", "f.elidrissi@example.org"]
START = datetime.datetime(2026, 11, 20, 10, 15, 3)
GIVEN_TIMES = ["10:15:03", "10:17:03", "10:19:03", "2026/11/20 10:15:03", "T10:15"]
IP_ADDRESS = re.compile(rb"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
CLOCK_TIME = re.compile(rb"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)")
ISO_DATE_TIME = re.compile(rb"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def microsoft_forms(path: Path, survey) -> None:
    """As Microsoft Forms exports: id, times, e-mail and name before the questions."""
    questions = survey.knowledge()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        ["ID", "Start time", "Completion time", "Email", "Name"] + [q.text("en") for q in questions]
    )
    people = [(NAMES[0], MAILS[0]), (NAMES[1], MAILS[1])] * 3
    for number, (name, mail) in enumerate(people, start=4711):
        done = START + datetime.timedelta(minutes=2 * (number - 4711) + 2)
        answers = [cell(q, right(q) if number % 2 else wrong(q)) for q in questions]
        sheet.append([number, START, done, mail, name, *answers])
    workbook.save(path)


def google_forms(path: Path, survey) -> None:
    """As Google Forms exports: timestamp, e-mail, a name question, the questions."""
    import csv

    questions = survey.knowledge()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Timestamp", "Email Address", "Naam deelnemer"] + [q.text("en") for q in questions]
        )
        for number in range(6):
            name, mail = (NAMES[0], MAILS[0]) if number % 2 else (NAMES[1], MAILS[1])
            stamp = f"2026/11/20 10:{15 + 2 * number}:03 AM GMT+1"
            writer.writerow([stamp, mail, name, *(cell(q, right(q)) for q in questions)])


def run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0, capsys.readouterr().err
    captured = capsys.readouterr()
    return captured.out + captured.err


async def a_session_with_keys_phone_and_hands(library, data: Path, aiohttp_client) -> str:
    """Run the test module's rounds; returns the phone's cookie token."""
    from tests.phone_support import CODE, LiveRig

    rig = LiveRig(library, data)
    try:
        client = await aiohttp_client(rig.server.web_app(rig.desk))
        joined = await client.post("/api/join", json={"code": CODE})
        assert joined.status == 200
        (token,) = [morsel.value for morsel in client.session.cookie_jar]
        assert len(token) >= 16
        await rig.go()  # to the first quiz round
        while rig.state.round is not None or not rig.state.at_end:
            current = rig.state.round
            if current is not None and current.state.value == "open":
                question = current.question
                labels = option_labels(question, "en")
                values = [1, 2, 1, 3] if labels else [23, 24, 23, 100]
                for value in values:
                    if labels:
                        value = min(value, len(labels))
                    await rig.service.answer(value, "key", 0.0)
                state = await (await client.get("/api/state")).json()
                sent = await client.post(
                    "/api/answer", json={"round": state["round"], "value": values[0]}
                )
                assert sent.status == 200, await sent.text()
                await rig.service.set_hands({values[1]: 3})
                await rig.go("reveal")
            if rig.state.at_end:
                break
            await rig.go()
        await rig.service.finish()
        return token
    finally:
        rig.close()


async def test_nothing_personal_is_stored_or_exported(
    tmp_path, isolated, library, capsys, aiohttp_client
):
    survey = bank()
    data = isolated
    exports = tmp_path / "exports"
    exports.mkdir()
    printed = []

    xlsx, csv = tmp_path / "Ambassador survey(1-6).xlsx", tmp_path / "Survey responses.csv"
    microsoft_forms(xlsx, survey)
    google_forms(csv, survey)
    printed.append(run(capsys, "survey", "import", str(xlsx), "--group", "sales"))
    printed.append(run(capsys, "survey", "import", str(csv), "--group", "sales"))

    token = await a_session_with_keys_phone_and_hands(library, data, aiohttp_client)
    (session,) = data.glob("*.json")
    sources = {answer.source for answer in read_session(session).answers}
    assert sources == {"key", "phone", "hands"}

    modules = ["--modules", str(Path(__file__).parent / "content")]
    for fmt in ("md", "html", "json", "csv"):
        printed.append(
            run(capsys, "export", "--last", "--group", "sales", "--format", fmt, *modules)
        )
        printed.append(
            run(capsys, "export", "--last", "--format", fmt, "-o", str(exports), *modules)
        )
    printed.append(run(capsys, "followup", "--group", "sales", "-o", str(exports / "kit")))
    printed.append(run(capsys, "followup", "--group", "sales", *modules))
    printed.append(run(capsys, "scores", "--json", *modules))
    printed.append(run(capsys, "sessions", "list", "--json", *modules))
    printed.append(run(capsys, "survey", "report", "--group", "sales", "--json"))

    files = [p for p in [*data.rglob("*"), *exports.rglob("*")] if p.is_file()]
    written = {p.suffix for p in files}
    assert {".json", ".md", ".html", ".csv", ".ics"} <= written, written
    texts = {str(p): p.read_bytes() for p in files}
    texts["(printed by the commands)"] = "\n".join(printed).encode()

    given = [*NAMES, *MAILS, token, "127.0.0.1", *GIVEN_TIMES]
    headers = ["Email Address", "Start time", "Naam deelnemer"]  # named on screen, never stored
    for where, text in texts.items():
        lowered = text.lower()
        for value in given if where.startswith("(") else [*given, *headers]:
            assert value.lower().encode() not in lowered, f"{value!r} in {where}"
        assert not IP_ADDRESS.search(text), f"an IP address in {where}"
        if not where.endswith(".ics"):
            assert not CLOCK_TIME.search(text), f"{CLOCK_TIME.search(text)} in {where}"
            assert not ISO_DATE_TIME.search(text), f"{ISO_DATE_TIME.search(text)} in {where}"
