"""Every message exists in both languages, and every key the code asks for exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from workshop import i18n

SOURCE = Path(i18n.__file__).parent
KEY_USE = re.compile(r"""\bt\(\s*f?["']([a-z_]+\.[a-z0-9_.{}]+)["']""")


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, texts in i18n.catalog().items():
        assert set(texts) == {"en", "nl"}, key
        forms = [forms_of(texts[lang], key) for lang in ("en", "nl")]
        fields = [
            {name for form in forms_ for _, name, _, _ in string.Formatter().parse(form) if name}
            for forms_ in forms
        ]
        assert fields[0] == fields[1], key
        assert all(form.strip() for lang_forms in forms for form in lang_forms), key


def forms_of(text: str | dict[str, str], key: str) -> list[str]:
    """A message's texts: one, or the plural forms chosen by `count`."""
    if isinstance(text, str):
        return [text]
    assert set(text) == {"one", "other"}, key
    return list(text.values())


def test_plural_forms_follow_the_count():
    assert i18n.t("tui.too_few", lang="nl", count=1).startswith("1 antwoord:")
    assert i18n.t("tui.too_few", lang="nl", count=2).startswith("2 antwoorden:")


def test_numbers_and_percentages_as_each_language_writes_them():
    assert i18n.number(2.8, "en") == "2.8"
    assert i18n.number(2.8, "nl") == "2,8"
    assert i18n.number(280.0, "nl") == "280"
    assert i18n.number(2.25, "nl", decimals=2) == "2,25"
    assert i18n.percent(0.425) == "43%"
    assert i18n.percent(0.285) == "29%"
    assert i18n.percent(2 / 7) == "29%"
    assert i18n.percent(1.0) == "100%"


def test_every_catalogue_file_is_listed():
    from workshop import catalog

    files = {path.stem for path in (SOURCE / "catalog").glob("*.py")} - {"__init__"}
    assert set(catalog.AREAS) == files


def test_every_key_used_in_the_code_is_in_the_catalogue():
    known = i18n.catalog()
    missing = []
    for path in SOURCE.rglob("*.py"):
        for key in KEY_USE.findall(path.read_text(encoding="utf-8")):
            if "{" in key:  # f-string key: at least one message must start with its prefix
                prefix = key.split("{", 1)[0]
                if not any(k.startswith(prefix) for k in known):
                    missing.append(f"{path.name}: {key}")
            elif key not in known:
                missing.append(f"{path.name}: {key}")
    assert not missing


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "nl_BE.UTF-8", "LANG": "en_US"}, "nl"),
        ({"WORKSHOP_LANG": "en", "LANG": "nl_NL"}, "en"),
        ({}, "en"),
    ],
)
def test_language_comes_from_the_environment(environ, expected):
    assert i18n.detect_language(environ) == expected


def test_messages_follow_the_chosen_language():
    i18n.set_language("nl")
    assert i18n.t("quiz.dont_know") == "Weet ik niet"
    assert i18n.t("quiz.dont_know", lang="en") == "Don't know"


def test_numbers_are_read_as_each_language_types_them():
    assert i18n.parse_number("1.000", "nl") == 1000  # a Dutch thousand
    assert i18n.parse_number("1,000", "en") == 1000
    assert i18n.parse_number("2,5", "nl") == i18n.parse_number("2.5", "en") == 2.5
    assert i18n.parse_number("2.5", "nl") == 2.5  # not a group of three: a decimal point
    assert i18n.parse_number("1.000.000", "nl") == 1_000_000
    with pytest.raises(ValueError):
        i18n.parse_number("1.2.3", "nl")
