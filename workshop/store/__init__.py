"""Anonymous, durable storage: one TinyDB file per session, one per group's survey."""

from workshop.store.database import Database, StoreBusy, StoreWriteError, UnreadableFile
from workshop.store.folders import data_dir, group_name
from workshop.store.sessions import Answer, SessionFile, read_sessions, session_paths
from workshop.store.surveys import SurveyFile, survey_groups

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
