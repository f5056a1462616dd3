"""Training content: the model, the YAML loader that keeps line numbers, and validation.

Names are imported on first use (PEP 562), so that a module of this package that needs no
pydantic, such as the cache check, does not load it either.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.content.files import builtin_modules_dir
    from workshop.content.library import Library, load_library
    from workshop.content.problem import ContentError, Problem

_HOMES = {
    "ContentError": "workshop.content.problem",
    "Library": "workshop.content.library",
    "load_library": "workshop.content.library",
    "Problem": "workshop.content.problem",
    "builtin_modules_dir": "workshop.content.files",
}
__all__ = ["ContentError", "Library", "Problem", "builtin_modules_dir", "load_library"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
