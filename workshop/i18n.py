"""One small translation layer: every user-facing string is looked up here, in Dutch or English.

Messages live in `workshop/catalog/<area>.py` as `MESSAGES = {"key": {"en": ..., "nl": ...}}`,
so each part of the tool keeps its own words and both languages sit side by side. An area is
loaded when a key first needs it: the one its key starts with ("tui.…" → tui.py), else all
(a start needs three of the eleven before its first frame).
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from collections.abc import Mapping

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"

_language = DEFAULT_LANGUAGE
_messages: dict[str, dict[str, str]] = {}
"""The messages of the areas loaded so far."""
_loaded: set[str] = set()
_loading = threading.Lock()  # the screen and the store thread both look messages up


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
    """All messages of all areas."""
    from workshop.catalog import AREAS

    _load(*AREAS)
    return _messages


def has_message(key: str) -> bool:
    return _texts(key) is not None


def _texts(key: str) -> dict[str, str] | None:
    texts = _messages.get(key)
    if texts is None and "." in key:  # every key is "area.name"
        _load(key.partition(".")[0])
        texts = _messages.get(key)
    if texts is None:
        from workshop.catalog import AREAS

        _load(*AREAS)
        texts = _messages.get(key)
    return texts


def _load(*areas: str) -> None:
    """The messages of those of `areas` that are areas and not loaded yet."""
    from workshop.catalog import AREAS

    with _loading:
        for area in areas:
            if area not in AREAS or area in _loaded:
                continue
            module = importlib.import_module(f"workshop.catalog.{area}")
            for key, texts in module.MESSAGES.items():
                if key in _messages:
                    raise RuntimeError(f"message {key!r} is defined twice")
                _messages[key] = texts
            _loaded.add(area)


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message `key` in `lang` (default: the current language), with `values` filled in.

    A text may be a dict of plural forms, `{"one": …, "other": …}`, chosen by `count`; such a
    message without a `count` is a KeyError, so a caller that forgets it fails its tests.
    """
    texts = _texts(key)
    if texts is None:
        raise KeyError(key)
    text = texts[lang or _language]
    if isinstance(text, dict):
        text = text["one" if values["count"] == 1 else "other"]
    return text.format(**values) if values else text


def number(value: float, lang: str | None = None, decimals: int = 1) -> str:
    """A number as people write it: "2.8" in English, "2,8" in Dutch; whole numbers as "12"."""
    if float(value).is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = f"{value:.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if (lang or _language) == "nl" else text


def percent(share: float) -> str:
    """A share from 0 to 1 as a whole percentage, rounded half up the same way everywhere."""
    return f"{whole_percent(share)}%"


def whole_percent(share: float) -> int:
    """0.425 → 43: half up, with a little slack for binary fractions such as 0.285."""
    return int(share * 100 + 0.5 + 1e-9)


def points(result: float, baseline: float) -> str:
    """A learning gain in percentage points, as the two shown percentages differ: "+29"."""
    return f"{whole_percent(result) - whole_percent(baseline):+d}"


def parse_number(text: str, lang: str | None = None) -> float:
    """A number as typed by people of `lang`: "1.000" is a thousand in Dutch, "1,000" in
    English; "2,5" and "2.5" are two and a half in both. Raises ValueError if it is none."""
    group, decimal = (".", ",") if (lang or _language) == "nl" else (",", ".")
    typed = text.strip()
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(decimal)}\d+)?", typed):
        typed = typed.replace(group, "")
    return float(typed.replace(",", "."))
