"""`workshop sessions list`: every session at a glance; a damaged file never hides the others."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_export_support import run_session
from workshop.cli import main
from workshop.sessions_overview import list_sessions, modules_run

CONTENT = str(Path(__file__).parent / "content")


def sessions(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["sessions", "list", "--modules", CONTENT, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_rows_hold_the_stored_facts(library, isolated):
    big = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, None, 2]})
    small = run_session(library, isolated, "it", {"test-length": [2, 2, 1]}, finish=False)
    listing = list_sessions(library, isolated)
    rows = {row.id: row for row in listing.sessions}
    assert rows[big.id].answers == 6
    assert rows[big.id].score.value == 4 / 6
    assert rows[big.id].finished and rows[big.id].modules_run == ["test-quiz"]
    assert rows[big.id].planned_minutes == 10
    assert rows[small.id].answers is None  # 3 answers: too few to show, as in the export
    assert rows[small.id].score.value is None  # below 5 answers
    assert not rows[small.id].finished
    assert listing.unreadable == []


def test_modules_run_stop_where_an_unfinished_session_stood():
    info = {"agenda": ["a", "b", "c"], "position": {"module": 1, "step": 0}, "finished": False}
    assert modules_run(info) == ["a", "b"]
    assert modules_run({**info, "finished": True}) == ["a", "b", "c"]
    assert modules_run({"agenda": ["a"], "position": {}}) == ["a"]


def test_cli_table_and_an_unreadable_file(library, isolated, capsys):
    big = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, None, 2]})
    small = run_session(library, isolated, "it", {"test-length": [2, 2, 1]}, finish=False)
    broken = isolated / "2026-01-01-hr-1.json"
    broken.write_text('{"half a file', "utf-8")
    code, out, err = sessions(capsys)
    assert code == 0
    assert err.strip().splitlines() == [f"{broken} cannot be read as a session file; skipped"]
    for expected in (big.id, small.id, "67%", "too few", "✓ yes", "· no", "Test"):
        assert expected in out
    assert broken.read_text("utf-8") == '{"half a file'  # reported, never rewritten


def test_cli_json_and_group_filter(library, isolated, capsys):
    big = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, None, 2]})
    run_session(library, isolated, "it", {"test-length": [2, 2, 1]})
    code, out, err = sessions(capsys, "--json")
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["format_version"] == 1 and document["min_answers"] == 5
    by_group = {row["group"]: row for row in document["sessions"]}
    assert by_group["sales"]["score"] == round(4 / 6, 4)
    assert by_group["it"]["score"] is None
    assert by_group["it"]["answers"] is None
    code, out, _ = sessions(capsys, "--json", "--group", "sales")
    assert [row["id"] for row in json.loads(out)["sessions"]] == [big.id]


def test_cli_without_sessions_and_with_a_bad_group(isolated, capsys):
    code, out, _ = sessions(capsys)
    assert code == 0 and "No sessions" in out
    code, _, err = sessions(capsys, "--group", "no such group!")
    assert code == 2 and err.startswith("Error: group name")
