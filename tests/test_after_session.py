"""The end of a session and the README agree: the exports the app writes are no conflict.

The app writes the summary (html, md) and the follow-up kit when the trainer answers "yes";
the README then says `workshop export --last` and `workshop followup --group G`. Those find
the same content in place and say where it is; only other content asks for --force.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.test_export_support import run_session, without_example_note
from workshop.cli import main
from workshop.export import KIT_FILES
from workshop.export.moment import calendar, plan_weeks
from workshop.export.output import same_content
from workshop.export.session_end import write_session_end

CONTENT = str(Path(__file__).parent / "content")
ANSWERS = {"test-length": [2, 2, 1, 2, 3, 2], "test-comfort": [4, 5, 3, 4, 2]}


def end_of_session(library, data: Path, group: str = "sales", language: str = "en"):
    """A session run to its end, and the exports the app writes when the trainer says yes."""
    record = run_session(library, data, group, ANSWERS, language=language)
    written, problems = write_session_end(library, data, group, language, record.path)
    assert problems == []
    return record, written


def workshop(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--modules", CONTENT])
    captured = capsys.readouterr()
    return code, captured.out, without_example_note(captured.err)


def shown(path: Path) -> str:
    return str(path.relative_to(Path.cwd()))


def stamps(paths) -> dict[Path, int]:
    return {path: path.stat().st_mtime_ns for path in paths}


def test_the_readmes_commands_after_a_session_find_its_exports(library, isolated, capsys):
    record, written = end_of_session(library, isolated)
    summaries = [isolated / "exports" / f"{record.id}.{fmt}" for fmt in ("html", "md")]
    kit = [isolated / "followup" / "sales" / name for name in KIT_FILES]
    assert written == summaries + kit
    before = stamps(written)

    code, out, err = workshop(capsys, "export", "--last")
    assert (code, err) == (0, "")
    assert out == f"Already there, unchanged: {shown(summaries[0])}\n"
    code, out, err = workshop(capsys, "export", "--last", "--format", "md")
    assert (code, err) == (0, "")
    assert out == f"Already there, unchanged: {shown(summaries[1])}\n"

    code, out, err = workshop(capsys, "followup", "--group", "sales")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Follow-up kit for sales already in {shown(kit[0].parent)}, unchanged:"
    assert lines[1:] == [f"  {shown(path)}" for path in kit]
    assert stamps(written) == before  # nothing written again


def test_in_dutch_too(library, isolated, capsys):
    record, _ = end_of_session(library, isolated, language="nl")
    code, out, _ = workshop(capsys, "export", "--last", "--lang", "nl")
    assert code == 0
    assert out == f"Staat er al, ongewijzigd: {shown(isolated / 'exports' / record.id)}.html\n"
    code, out, _ = workshop(capsys, "followup", "--group", "sales", "--lang", "nl")
    assert code == 0 and out.startswith("Vervolgpakket voor sales staat al in ")


def test_a_summary_edited_by_hand_still_needs_force(library, isolated, capsys):
    record, _ = end_of_session(library, isolated)
    page = isolated / "exports" / f"{record.id}.md"
    page.write_text(page.read_text("utf-8") + "\nMy own notes.\n", "utf-8")
    code, out, err = workshop(capsys, "export", "--last", "--format", "md")
    assert code == 1 and out == ""
    assert err == (
        f"Error: {page} already exists with other content; add --force to replace it, or "
        "choose another path with -o\n"
    )
    assert page.read_text("utf-8").endswith("My own notes.\n")
    code, out, _ = workshop(capsys, "export", "--last", "--format", "md", "--force")
    assert code == 0 and out == f"Written: {shown(page)}\n"
    assert "My own notes." not in page.read_text("utf-8")


def test_another_sessions_summary_at_the_path_still_needs_force(library, isolated, capsys):
    first, _ = end_of_session(library, isolated)
    second = run_session(library, isolated, "sales", {"test-length": [1] * 5})
    target = isolated / "exports" / f"{first.id}.html"
    before = target.read_bytes()
    code, _, err = workshop(capsys, "export", second.id, "-o", str(target))
    assert code == 1 and "already exists with other content; add --force" in err
    assert target.read_bytes() == before
    assert workshop(capsys, "export", second.id, "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() != before


def test_a_kit_file_edited_by_hand_still_needs_force(library, isolated, capsys):
    end_of_session(library, isolated)
    folder = isolated / "followup" / "sales"
    checklist = folder / "communication-checklist.md"
    checklist.write_text("my checklist", "utf-8")
    calendar_before = (folder / "weekly-moment.ics").read_bytes()
    code, out, err = workshop(capsys, "followup", "--group", "sales")
    assert code == 1 and out == ""
    assert err.startswith(f"Error: {checklist} already exists with other content; add --force")
    assert checklist.read_text("utf-8") == "my checklist"
    assert (folder / "weekly-moment.ics").read_bytes() == calendar_before


def test_a_partly_missing_kit_is_completed_and_says_which_were_there(library, isolated, capsys):
    end_of_session(library, isolated)
    folder = isolated / "followup" / "sales"
    (folder / "basic-rules.md").unlink()
    code, out, _ = workshop(capsys, "followup", "--group", "sales")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Follow-up kit for sales written to ")
    assert f"  {shown(folder / 'basic-rules.md')}" in lines
    assert f"  {shown(folder / 'basic-rules.html')} (already there, unchanged)" in lines


@pytest.mark.parametrize("later", [datetime.timedelta(seconds=5), datetime.timedelta(hours=3)])
def test_a_calendar_made_again_later_is_the_same_calendar(library, isolated, tmp_path, later):
    """Its DTSTAMP is the moment it was made; nothing else differs, so it is no conflict."""
    friday = datetime.date(2026, 11, 27)
    plan = plan_weeks(library, isolated, "sales", "en", friday, 4)
    made = datetime.datetime(2026, 11, 27, 12, 0, tzinfo=datetime.UTC)
    path = tmp_path / "weekly-moment.ics"
    path.write_bytes(calendar(plan, "sales", "en", datetime.time(15, 0), made))
    again = calendar(plan, "sales", "en", datetime.time(15, 0), made + later)
    assert again != path.read_bytes()
    assert same_content(path, again)
    assert not same_content(path, calendar(plan, "sales", "en", datetime.time(16, 0), made))
    copy = tmp_path / "weekly-moment.txt"  # only a calendar has lines that may differ
    copy.write_bytes(path.read_bytes())
    assert not same_content(copy, again)
