"""Screen captures of the quiz and the reveal at the smallest and a large projector size.

The SVG that Textual exports is what the room would see; each capture must hold the question,
every option with its number and shape, and after the reveal the ✓ beside the right answer.
"""

from __future__ import annotations

import html

import pytest

from tests.test_tui_session import answer_in_turn, make_app, start_session

SIZES = [(80, 24), (160, 45)]


def visible_text(svg: str) -> str:
    return html.unescape(svg).replace("\xa0", " ")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_quiz_and_reveal_captures(library, isolated, size, tmp_path):
    app = make_app(library, isolated)
    async with app.run_test(size=size) as pilot:
        await start_session(pilot)
        await pilot.press("right")
        await pilot.pause()
        await answer_in_turn(pilot, "22213")
        await app.workers.wait_for_complete()
        await pilot.pause()
        open_round = visible_text(app.export_screenshot())
        (tmp_path / f"quiz-{size[0]}x{size[1]}.svg").write_text(open_round)
        for text in (
            "X have?",
            "1 ▲",
            "140",
            "2 ◆",
            "280",
            "3 ●",
            "500",
            "Don't know",
            "Answers: 5",
        ):
            assert text in open_round, text
        assert "%" not in open_round

        await pilot.press("r")
        await pilot.pause()
        revealed = visible_text(app.export_screenshot())
        (tmp_path / f"reveal-{size[0]}x{size[1]}.svg").write_text(revealed)
        for text in ("✓ correct", "60%", "Right answer: 280", "280 since November 2017"):
            assert text in revealed, text
