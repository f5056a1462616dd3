"""The one page phones load (page.html): inline CSS and JS, no other file, no internet needed.

The server fills in only its own values (the language, a per-response nonce, the page's
translated words as JSON); every text that comes from content or a request is put on the page
by the script with `textContent`, never as HTML.
"""

from __future__ import annotations

import html
import json
import re
from importlib.resources import files

from workshop.i18n import t

WORDS = (
    "join_title",
    "code_label",
    "join_button",
    "anonymous",
    "waiting",
    "received",
    "received_note",
    "number_label",
    "send",
    "number_range",
    "right_answer",
    "no_right_answer",
    "your_answer",
    "explanation",
    "offline",
    "question_of",
    "warm_up",
    "back",
    "thanks",
    "sure_question",
    "sure",
    "unsure",
    "other_answer",
)


def page_words(language: str) -> dict[str, str]:
    return {word: t(f"phone.{word}", lang=language) for word in WORDS}


def _json_for_html(value: object) -> str:
    """JSON that cannot end its <script> element or start markup."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_page(language: str, nonce: str) -> str:
    replacements = {
        "__LANG__": "nl" if language == "nl" else "en",
        "__NONCE__": html.escape(nonce, quote=True),
        "__TITLE__": html.escape(t("phone.page_title", lang=language)),
        "__WORDS__": _json_for_html(page_words(language)),
    }
    return MARKER.sub(lambda match: replacements[match.group(0)], PAGE)


MARKER = re.compile(r"__(?:LANG|NONCE|TITLE|WORDS)__")
PAGE = (files("workshop.phone") / "page.html").read_text(encoding="utf-8")
