"""The README's pictures are made by `docs/pictures.py` and still show what the README promises.

The screens are drawn afresh into tmp_path and read as text: ids and styles may change,
the words a trainer decides on may not.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.screen import svg_lines
from workshop.content import load_library
from workshop.content.answers import correct_options, option_labels
from workshop.planner import default_plan

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


@pytest.fixture(scope="module")
def pictures():
    spec = importlib.util.spec_from_file_location("pictures", ROOT / "docs" / "pictures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def flowing(svg: str, size: tuple[int, int]) -> str:
    """The words on the saved screen, every run of white space as one space."""
    return " ".join(" ".join(svg_lines(svg, *size)).split())


def test_the_readme_shows_every_picture_the_script_makes(pictures):
    linked = set(re.findall(r"\]\((docs/[\w.-]+)\)", README.read_text("utf-8")))
    made = {f"docs/{name}.svg" for name in pictures.SCREENS} | {f"docs/{pictures.SUMMARY_PNG}"}
    assert linked == made
    assert all((ROOT / path).is_file() for path in made)


async def test_the_screens_show_the_agenda_an_open_round_and_its_reveal(pictures, tmp_path):
    saved = await pictures.screens(tmp_path / "out", tmp_path / "data")
    assert sorted(saved) == sorted(pictures.SCREENS)
    text = {name: flowing(path.read_text("utf-8"), pictures.SIZE) for name, path in saved.items()}
    library = load_library()

    plan = default_plan(library, pictures.GROUP, 90, pictures.LANGUAGE)
    for planned in plan.modules:
        assert library.modules[planned.id].title(pictures.LANGUAGE) in text["agenda"]
    assert f"workshop · {pictures.GROUP} · 90 min" in text["agenda"]

    question = next(
        step.question
        for step in library.modules[plan.modules[0].id].steps
        if getattr(step, "question", None) is not None and step.question.id == pictures.ROUND
    )
    asked = question.text(pictures.LANGUAGE)
    assert asked in text["open-round"]
    assert f"Answers: {len(pictures.ROOM_KEYS)}" in text["open-round"]

    labels = option_labels(question, pictures.LANGUAGE)
    right = labels[correct_options(question)[0] - 1]
    assert asked in text["reveal"]
    assert f"Right answer: {right}" in text["reveal"]
    assert "Answers: " not in text["reveal"]


def test_the_summary_page_is_the_export_of_a_played_session(pictures, tmp_path):
    page = pictures.summary_html(tmp_path / "data", tmp_path)
    html = page.read_text("utf-8")
    assert f"Session summary · {pictures.GROUP}" in html
    assert "10 March 2026" in html  # the fixed day, not today
    assert "Learning gain" in html or "learning gain" in html
