"""The agenda screen as the trainer changes it: the minutes and the reasons keep up."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from tests.test_tui_session import opened, prepared
from workshop.planner import plan_for_group


def reasons(app) -> dict[str, str]:
    table = app.screen.query_one(DataTable)
    return {str(row.value): str(table.get_row(row)[4]) for row in table.rows}


async def toggle(pilot, row: int) -> None:
    pilot.app.screen.query_one(DataTable).move_cursor(row=row)
    await pilot.press("space")
    await pilot.pause()


@pytest.mark.parametrize(
    ("language", "added", "dropped"),
    [
        ("en", "added by you", "left out by you"),
        ("nl", "door jou toegevoegd", "door jou weggelaten"),
    ],
)
async def test_a_module_taken_in_or_out_says_who_did_it(
    library, isolated, language, added, dropped
):
    plan = plan_for_group(library, isolated, "sales", 90, language)
    first, left_out = plan.modules[0], plan.left_out[0]
    app = opened(library, plan, isolated, language)
    async with app.run_test(size=(120, 36)) as pilot:
        await prepared(pilot)
        assert reasons(app)[left_out.id] == plan.left_out[0].reason  # "no time"
        await toggle(pilot, len(plan.modules))
        assert reasons(app)[left_out.id] == added
        await toggle(pilot, 0)
        assert reasons(app)[first.id] == dropped
        await toggle(pilot, 0)  # back as planned: the plan's own reason again
        assert reasons(app)[first.id] == first.reason


@pytest.mark.parametrize(
    ("language", "warning"),
    [
        ("en", "⚠ {total} of 90 minutes planned: {over} minutes more than the time available"),
        ("nl", "⚠ {total} van 90 minuten gepland: {over} minuten meer dan de beschikbare tijd"),
    ],
)
async def test_more_minutes_than_available_is_said_in_words(library, isolated, language, warning):
    plan = plan_for_group(library, isolated, "sales", 90, language)
    total = plan.planned_minutes + plan.left_out[0].minutes  # the content's own figures
    assert total > 90
    warning = warning.format(total=total, over=total - 90)
    app = opened(library, plan, isolated, language)
    async with app.run_test(size=(80, 24)) as pilot:
        await prepared(pilot)
        total = app.screen.query_one("#agenda-total", Static)
        assert "⚠" not in str(total.render()) and not total.has_class("over")
        await toggle(pilot, len(plan.modules))
        assert str(total.render()) == warning
        assert total.has_class("over")  # the warning colour, as a second signal
        assert total.region.bottom <= 23 and total.region.height >= 1  # above the footer
        await toggle(pilot, len(plan.modules))
        assert "⚠" not in str(total.render())
