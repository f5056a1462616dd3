"""Exports: a session's summary (Markdown, printable HTML, JSON, CSV) and the follow-up kit.

Domain code: no Textual, no rich. The CLI and the TUI call these functions and show the paths.
"""

from workshop.export.formats import FORMATS
from workshop.export.kit import KIT_FILES, render_kit, write_followup_kit
from workshop.export.summary import SessionSummary, build_summary
from workshop.export.writing import default_summary_path, write_summary

__all__ = [
    "FORMATS",
    "KIT_FILES",
    "SessionSummary",
    "build_summary",
    "default_summary_path",
    "render_kit",
    "write_followup_kit",
    "write_summary",
]
