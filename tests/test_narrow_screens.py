"""The agenda, the scores and the last screen at 80×24 (a large projector font) and 160×45.

What is checked is what Textual draws: the screen's lines as the terminal would show them.
Every figure and every reason must be there whole; a long text may wrap inside its column.
"""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from textual.app import App

from tests.test_survey_support import responses_scoring, store
from tests.test_tui_session import opened, prepared
from workshop.planner import plan_for_group
from workshop.scores import SessionScores, Share, TopicScore
from workshop.tui.screens.finished import FinishedScreen
from workshop.tui.screens.scores import ScoresScreen

SIZES = [(80, 24), (160, 45)]
CASES = [(size, language) for size in SIZES for language in ("en", "nl")]
IDS = [f"{w}x{h}-{language}" for (w, h), language in CASES]
BORDERS = re.compile(r"[█▀▄▌▐▎▍▏▕▇▁▂▃▅▆]")


def drawn_lines(app: App) -> list[str]:
    """The current screen as the terminal shows it, one string per row, borders blanked.

    The same render that `App.export_screenshot` turns into SVG, exported as plain text.
    """
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True)
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return [BORDERS.sub(" ", line) for line in console.export_text().splitlines()]


def words(text: str) -> str:
    return " ".join(text.split())


def column(lines: list[str], left: int, right: int | None) -> str:
    """The words drawn between two x positions, row after row: a wrapped cell reads whole."""
    return words(" ".join(line[left:right] for line in lines))


async def at_rest(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


# Agenda ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "language"), CASES, ids=IDS)
async def test_the_agenda_shows_every_title_and_reason_whole(library, isolated, size, language):
    weak = {"linkedin": 3 / 7, "x": 0.4, "ambassador": 0.5, "instagram": 4 / 7}
    store(isolated, "sales", responses_scoring(library.survey, weak, count=14, attitude=2))
    plan = plan_for_group(library, isolated, "sales", 90, language)
    assert any("%" in module.reason for module in plan.modules)
    app = opened(library, plan, isolated, language)
    async with app.run_test(size=size) as pilot:
        await prepared(pilot)
        await at_rest(pilot)
        screen = app.screen
        assert screen.query_one("#agenda").max_scroll_y == 0  # every row is on the screen
        lines = drawn_lines(app)
        module, minutes, why = (
            {"en": "Module", "nl": "Module"}[language],
            {"en": "Time", "nl": "Tijd"}[language],
            {"en": "Why", "nl": "Waarom"}[language],
        )
        header = next(n for n, line in enumerate(lines) if why in line and module in line)
        row = lines[header]
        body = lines[header + 1 :]
        titles = column(body, row.index(module), row.index(minutes))
        reasons = column(body, row.index(why), None)
        for planned in plan.modules + plan.left_out:
            assert words(library.modules[planned.id].title(language)) in titles
            assert words(planned.reason) in reasons, (planned.reason, reasons)
            assert f"{planned.minutes} min" in column(body, row.index(minutes), row.index(why))


# Scores ------------------------------------------------------------------------------------

# (topic, survey share, session correct of 20) → the survey figure the room must not see,
# the session score and the gain it does see: only a rise, never a fall or the baseline
TOPICS = [
    ("ambassador", 0.61, 18, "61%", "90%", "+29"),
    ("internal", 0.425, 17, "43%", "85%", "+42"),
    ("x", 0.8, 15, "80%", "75%", ""),
    ("communication", None, 19, None, "95%", ""),
    ("safety", 0.3, 20, "30%", "100%", "+70"),
]


def scores() -> SessionScores:
    topics = [
        TopicScore(topic, Share(correct, 20), baseline) for topic, baseline, correct, *_ in TOPICS
    ]
    others = {"it": Share(30, 40), "hr": Share(2, 3), "management": Share(9, 12)}
    return SessionScores(Share(89, 100), topics, others)


@pytest.mark.parametrize(("size", "language"), CASES, ids=IDS)
async def test_the_scores_show_every_score_and_gain_whole(library, isolated, size, language):
    plan = plan_for_group(library, isolated, "sales", 90, language)
    app = opened(library, plan, isolated, language)
    async with app.run_test(size=size) as pilot:
        await prepared(pilot)
        title = "Scores after “LinkedIn groups: answering questions”"
        app.push_screen(ScoresScreen(scores(), library, "sales", language, title))
        await at_rest(pilot)
        lines = drawn_lines(app)
        text = "\n".join(lines)
        assert ("89% correct" if language == "en" else "89% goed") in text
        rows = []
        for topic, _, _, baseline, session, gain in TOPICS:
            assert baseline is None or baseline not in text  # the room sees no survey figure
            rise = rf"\s+{re.escape(gain)}" if gain else ""
            figures = re.compile(rf"(?<!\S){session}{rise}\s*$")
            found = [n for n, line in enumerate(lines) if figures.search(line)]
            assert len(found) == 1, (topic, text)
            rows.append(found[0])
            # the topic's name reads whole, on its row and the lines beneath (it may wrap)
            line = lines[found[0]]
            left, right = 0, figures.search(line).start()
            name = library.topic_name(topic, language)
            assert words(name) in column(lines[found[0] : found[0] + 3], left, right), name
        assert rows == sorted(rows)
        assert "-5" not in text and "−5" not in text  # a fall is the trainer's, in the export
        too_few = {"en": "too few", "nl": "te weinig"}[language]
        for group, score, answers in (
            ("sales", "89%", "100"),
            ("hr", too_few, "3"),
            ("it", "75%", "40"),
            ("management", "75%", "12"),
        ):
            pattern = rf"(?<!\S){group}\s+{score}\s+{answers}(?!\S)"
            assert re.search(pattern, text), (group, text)


# The last screen ---------------------------------------------------------------------------


@pytest.mark.parametrize(("size", "language"), CASES, ids=IDS)
async def test_the_last_screen_names_every_file_whole(library, isolated, size, language):
    exports = isolated / "workshop-data" / "exports"
    kit = isolated / "workshop-data" / "followup" / "sales"
    written = [exports / "2026-11-27-sales-1.html", exports / "2026-11-27-sales-1.md"]
    written += [
        kit / name
        for name in (
            "weekly-moment.ics",
            "communication-checklist.md",
            "basic-rules.html",
            "basic-rules.md",
        )
    ]
    plan = plan_for_group(library, isolated, "sales", 90, language)
    app = opened(library, plan, isolated, language)
    async with app.run_test(size=size) as pilot:
        await prepared(pilot)
        app.push_screen(FinishedScreen(written, [], language))
        await at_rest(pilot)
        lines = drawn_lines(app)
        for path in written:  # whole on one line with its ✓ (and maybe its folder)
            assert any(path.name in line and "✓" in line for line in lines), path
        flowing = "".join(line.strip() for line in lines)  # a long folder may fold
        for folder in (exports, kit):
            assert str(folder) in flowing, folder
