"""What the app writes when the trainer says "yes" at the end of a session: the summary (HTML
to print, Markdown to mail) and the group's follow-up kit, the same files the `export --last`
and `followup` commands write, so running those afterwards finds them unchanged."""

from __future__ import annotations

from pathlib import Path

from workshop.content import Library
from workshop.errors import UserError
from workshop.export.kit import write_followup_kit
from workshop.export.writing import write_summary
from workshop.store.sessions import read_session


def write_session_end(
    library: Library, data: Path, group: str, language: str, session_path: Path
) -> tuple[list[Path], list[str]]:
    """The files written, and one line per part that could not be (the other part still is)."""
    written: list[Path] = []
    problems: list[str] = []
    record = read_session(session_path)
    try:
        if record is not None:
            for fmt in ("html", "md"):
                written.append(write_summary(record, library, data, fmt, force=True))
    except UserError as error:
        problems.append(str(error))
    try:
        written += write_followup_kit(library, data, group, language, force=True)
    except UserError as error:
        problems.append(str(error))
    return written, problems
