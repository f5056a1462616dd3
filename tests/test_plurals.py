"""Counted words read right for one and for many: plural forms, never "deelnemer(s)"."""

from __future__ import annotations

import re

import pytest

from tests.test_survey_support import bank, cell, right, write_google_csv
from workshop import i18n
from workshop.cli import main

BRACKETED = re.compile(r"\w\((s|en|es|ren)\)")
SLASHED = re.compile(r"\b(\w{3,})\w*/\1\w*")  # probleem/problemen, vraag/vragen


def test_no_message_has_a_bracketed_or_slashed_plural():
    for key, texts in i18n.catalog().items():
        for language, text in texts.items():
            for form in text.values() if isinstance(text, dict) else [text]:
                assert not BRACKETED.search(form), (key, language, form)
                assert not SLASHED.search(form), (key, language, form)


def test_a_plural_message_without_its_count_is_an_error():
    with pytest.raises(KeyError):
        i18n.t("tui.too_few", lang="nl")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "Imported 1 response from", "sales: 1 response\n"),
        ("nl", "1 antwoord geïmporteerd uit", "sales: 1 antwoord\n"),
    ],
)
def test_one_imported_response_reads_singular(tmp_path, isolated, capsys, language, one, many):
    survey = bank()
    rows = [[cell(q, right(q)) for q in survey.knowledge()]]
    path = tmp_path / "one.csv"
    write_google_csv(path, list(survey.knowledge()), rows)
    assert main(["survey", "import", str(path), "--group", "sales", "--lang", language]) == 0
    out = capsys.readouterr().out
    assert one in out and many in out
    assert "(s)" not in out and "(en)" not in out


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Planned from the survey of sales: 6 respondents."),
        ("nl", "Gepland op basis van de enquête van sales: 6 deelnemers."),
    ],
)
def test_the_plan_note_counts_respondents(isolated, capsys, language, expected):
    from tests.test_survey_support import responses_scoring, store

    store(isolated, "sales", responses_scoring(bank(), {"linkedin": 0.5}, count=6))
    assert main(["plan", "--group", "sales", "--lang", language]) == 0
    assert expected in " ".join(capsys.readouterr().out.split())


def test_validate_counts_each_kind_in_its_own_words(tmp_path, capsys):
    from pathlib import Path

    content = Path(__file__).parent / "content"
    assert main(["modules", "validate", str(content), "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Alles in orde: 1 bestand, 1 module, \d+ vragen\.", out), out
