"""Exports: a session's summary (Markdown, printable HTML, JSON, CSV) and the follow-up kit.

Domain code: no Textual, no rich. The CLI and the TUI call these functions and show the paths.
Names are imported on first use (PEP 562): a summary need not load the kit's calendar library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.export.formats import FORMATS
    from workshop.export.kit import KIT_FILES, render_kit, write_followup_kit
    from workshop.export.summary import SessionSummary, build_summary
    from workshop.export.writing import default_summary_path, write_summary

_HOMES = {
    "FORMATS": "workshop.export.formats",
    "KIT_FILES": "workshop.export.kit",
    "render_kit": "workshop.export.kit",
    "write_followup_kit": "workshop.export.kit",
    "SessionSummary": "workshop.export.summary",
    "build_summary": "workshop.export.summary",
    "default_summary_path": "workshop.export.writing",
    "write_summary": "workshop.export.writing",
}
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


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
