"""`write_summary`: a session's summary on disk, in one of the four formats."""

from __future__ import annotations

from pathlib import Path

from workshop.content import Library
from workshop.errors import UserError
from workshop.export.formats import FORMATS, render
from workshop.export.output import make_folder, write_files
from workshop.export.summary import build_summary
from workshop.i18n import t
from workshop.store.sessions import SessionRecord

EXPORTS_FOLDER = "exports"


def default_summary_path(data: Path, session_id: str, fmt: str) -> Path:
    return data / EXPORTS_FOLDER / f"{session_id}.{fmt}"


def write_summary(
    record: SessionRecord,
    library: Library,
    data: Path,
    fmt: str,
    output: Path | None = None,
    force: bool = False,
    unchanged: set[Path] | None = None,
) -> Path:
    """Write the summary of `record` as `fmt` (md, html, json or csv); returns the file written.

    `output` is a file, or an existing folder to write `<session-id>.<fmt>` into; by default
    `<data>/exports/<session-id>.<fmt>`. Raises UserError (nothing written) for a session
    without answers, an existing file with other content without `force`, or a path that
    cannot be written. A file that already holds this summary is left as it is (and added to
    `unchanged`, when given).
    """
    if fmt not in FORMATS:
        raise UserError(t("export.bad_format", format=fmt, formats=", ".join(FORMATS)), 2)
    content = render(build_summary(record, library, data), fmt)
    if output is None:
        path = make_folder(data / EXPORTS_FOLDER) / f"{record.id}.{fmt}"
    elif output.is_dir():
        path = output / f"{record.id}.{fmt}"
    else:
        path = output
    write_files({path: content}, force, unchanged)
    return path
