"""Reading the common options once, the same way for every command.

Imports are inside the functions: every command module imports this one, and `workshop --help`
should not pay for loading pydantic, TinyDB and the content just to print the usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.content import Library


def library(args: argparse.Namespace) -> Library:
    from workshop.content import load_library

    return load_library(extra_modules(args))


def extra_modules(args: argparse.Namespace) -> list[Path]:
    """The trainer's own content folders (`--modules`), laid over the built-in ones."""
    return [Path(p) for p in getattr(args, "modules", None) or []]


def data_folder(args: argparse.Namespace) -> Path:
    from workshop.store import data_dir

    return data_dir(getattr(args, "data", None))
