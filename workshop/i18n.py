"""One small translation layer: every user-facing string is looked up here, in Dutch or English.

Messages live in `workshop/catalog/<area>.py` as `MESSAGES = {"key": {"en": ..., "nl": ...}}`,
so each part of the tool keeps its own words and both languages sit side by side.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"

_language = DEFAULT_LANGUAGE
_catalog: dict[str, dict[str, str]] | None = None


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The language from WORKSHOP_LANG or the locale variables; English when nothing says Dutch."""
    env = os.environ if environ is None else environ
    for name in ("WORKSHOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "").strip().lower()
        if value:
            return "nl" if value.startswith("nl") else "en"
    return DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def current_language() -> str:
    return _language


def catalog() -> dict[str, dict[str, str]]:
    """All messages of all areas, loaded once."""
    global _catalog
    if _catalog is None:
        from workshop import catalog as package

        merged: dict[str, dict[str, str]] = {}
        for area in package.AREAS:
            module = importlib.import_module(f"{package.__name__}.{area}")
            for key, texts in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"message {key!r} is defined twice")
                merged[key] = texts
        _catalog = merged
    return _catalog


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message `key` in `lang` (default: the current language), with `values` filled in."""
    texts = catalog()[key]
    text = texts[lang or _language]
    return text.format(**values) if values else text
