"""Shared helpers for the export, sessions, scores and follow-up tests: real sessions on disk."""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from workshop.live import LiveSession
from workshop.store.sessions import SessionRecord, read_session
from workshop.survey.responses import save_responses

EXAMPLE_NOTE = re.compile(r"^(Note|Let op): organisation\.yaml .*\n", re.MULTILINE)


def without_example_note(err: str) -> str:
    """stderr without the one line that says the shipped example organisation is in use."""
    return EXAMPLE_NOTE.sub("", err, count=1)


def run_session(
    library,
    data: Path,
    group: str,
    answers: Mapping[str, Sequence[float | None]],
    language: str = "en",
    agenda: Sequence[str] = ("test-quiz",),
    finish: bool = True,
    sure: Mapping[str, Sequence[bool | None]] | None = None,
) -> SessionRecord:
    """Walk a real live session through `agenda`, answering each question id as given; with
    `sure`, the session asks for confidence and each answer carries the one given there."""
    data.mkdir(parents=True, exist_ok=True)
    live = LiveSession.start(library, data, group, language, list(agenda), sure is not None)
    while True:
        current = live.round
        if current is not None and current.question.id in answers:
            said = (sure or {}).get(current.question.id, [None] * len(answers[current.question.id]))
            for value, confident in zip(answers[current.question.id], said, strict=True):
                live.answer(value, sure=confident)
        if not live.go_next():
            break
    if finish:
        live.finish()
    live.close()
    record = read_session(live.session.path)
    assert record is not None
    return record


def survey(data: Path, group: str, rows: Sequence[Mapping[str, float | None]]) -> None:
    """Store one anonymous survey response per row (question id → answer)."""
    save_responses(data, {group: [{"level": None, "answers": dict(row)} for row in rows]})


def png_pixels(path: Path) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct pixel colours of an 8-bit RGB(A) PNG, in pure Python."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat = 8, b""
    width = height = channels = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours: set[bytes] = set()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + predictor) & 0xFF
        colours.update(bytes(line[i : i + channels]) for i in range(0, stride, channels))
        previous = line
    return width, height, colours
