"""Reading the common options once, the same way for every command."""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.content import Library, load_library
from workshop.store import data_dir


def library(args: argparse.Namespace) -> Library:
    return load_library([Path(p) for p in getattr(args, "modules", None) or []])


def data_folder(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data", None))
