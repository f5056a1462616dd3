"""Anonymous, durable storage: one TinyDB file per session, one per group's survey.

Names are imported on first use (PEP 562), so that the light parts (the data folder, group
names) do not load TinyDB: `workshop start` needs them before its first frame.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.store.database import Database, StoreBusy, StoreWriteError, UnreadableFile
    from workshop.store.folders import data_dir, group_name, survey_groups
    from workshop.store.sessions import Answer, SessionFile, read_sessions, session_paths
    from workshop.store.surveys import SurveyFile

_HOMES = {
    "Database": "workshop.store.database",
    "StoreBusy": "workshop.store.database",
    "StoreWriteError": "workshop.store.database",
    "UnreadableFile": "workshop.store.database",
    "data_dir": "workshop.store.folders",
    "group_name": "workshop.store.folders",
    "Answer": "workshop.store.sessions",
    "SessionFile": "workshop.store.sessions",
    "read_sessions": "workshop.store.sessions",
    "session_paths": "workshop.store.sessions",
    "SurveyFile": "workshop.store.surveys",
    "survey_groups": "workshop.store.folders",
}
__all__ = [
    "Answer",
    "Database",
    "SessionFile",
    "StoreBusy",
    "StoreWriteError",
    "SurveyFile",
    "UnreadableFile",
    "data_dir",
    "group_name",
    "read_sessions",
    "session_paths",
    "survey_groups",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
