"""`workshop bundle`: aggregates only, under the threshold rules, with a checksum."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from workshop.cli import main
from workshop.org.bundle import BundleRefused, checksum, read_bundle, session_key
from workshop.store.rechecks import save_recheck
from workshop.store.sessions import read_session

CONTENT = str(Path(__file__).parent / "content")
SURVEY_X = [  # 6 respondents, x: 6 of 12 right
    {"survey-x-post-length": 2, "survey-x-mention": 1},
    {"survey-x-post-length": 2, "survey-x-mention": 2},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 2},
    {"survey-x-post-length": None, "survey-x-mention": 1},
    {"survey-x-post-length": 1, "survey-x-mention": 1},
]
# test-length: 280 (option 2) is right; test-link: 23 is right.
SESSION = {"test-length": [2, 2, 2, 1, 1, 1], "test-link": [23, 23, 5]}  # test-link: 3, hidden


def recheck(right: int, wrong: int) -> list[dict]:
    """Re-check responses on x: one question each, `right` of them correct."""
    answers = [23] * right + [7] * wrong
    return [{"answers": {"x-basics/x-link-weight": value}} for value in answers]


def cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*args, "--modules", CONTENT])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_bundle_holds_counts_under_the_threshold_and_nothing_about_a_person(
    library, isolated, capsys, tmp_path
):
    survey(isolated, "sales", SURVEY_X)
    survey(isolated, "it", SURVEY_X[:3])  # 3 respondents: hidden
    record = run_session(library, isolated, "sales", SESSION)
    save_recheck(isolated, "sales", "2026-W50", recheck(5, 1))
    save_recheck(isolated, "sales", "2026-W53", recheck(4, 0))  # 4 people: hidden
    target = tmp_path / "sales.bundle.json"
    code, out, err = cli(capsys, "bundle", "--all", "-o", str(target))
    assert (code, err) == (0, "")
    assert "sales.bundle.json" in out and "groups: 2" in out
    document = read_bundle(target)
    assert document["format"] == "workshop-bundle" and document["format_version"] == 1
    assert document["checksum"] == checksum(document)
    sales = document["groups"]["sales"]
    assert sales["survey"]["respondents"] == 6
    assert sales["survey"]["topics"]["x"] == {"correct": 6, "answered": 12}
    assert document["groups"]["it"]["survey"]["topics"] is None  # 3 people: no figure
    (session,) = sales["sessions"]
    assert session["id"] == session_key(record) and session["finished"] is True
    assert session["topics"] == {"x": {"correct": 3, "answered": 6}}  # test-link left out
    assert session["answers"] == 6 and session["modules"] == ["test-quiz"]
    assert session["covered"] == ["x"] and session["steps"] == [2]
    assert session["week"].startswith(record.id[:4]) and "-W" in session["week"]
    w50, w53 = sales["rechecks"]
    assert w50["topics"]["x"] == {"respondents": 6, "correct": 5, "answered": 6}
    assert w53["topics"]["x"] == {"respondents": 4, "correct": None, "answered": None}
    text = target.read_text("utf-8")
    assert record.id not in text  # an opaque id, not the session's name or date
    assert record.info["uid"] not in text
    assert "value" not in text and "round" not in text  # no answer-level data
    body = text.replace(document["checksum"], "")
    assert not re.search(r"\d:\d\d|\d{4}-\d{2}-\d{2}", body)  # no time, not even a date


def test_one_group_and_refusals_of_the_command_line(library, isolated, capsys, tmp_path):
    survey(isolated, "sales", SURVEY_X)
    run_session(library, isolated, "it", {"test-length": [2] * 5})
    target = tmp_path / "it.json"
    code, _, err = cli(capsys, "bundle", "--group", "it", "-o", str(target))
    assert (code, err) == (0, "")
    assert list(read_bundle(target)["groups"]) == ["it"]
    code, _, err = cli(capsys, "bundle", "--group", "it", "-o", str(target))
    assert code == 0  # the same content again: left as it is
    target.write_text("mine", "utf-8")
    code, _, err = cli(capsys, "bundle", "--group", "it", "-o", str(target))
    assert code == 1 and "--force" in err and target.read_text("utf-8") == "mine"
    code, _, err = cli(capsys, "bundle", "--group", "salse", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "did you mean sales" in err and not (tmp_path / "x.json").exists()
    with pytest.raises(SystemExit) as usage:
        cli(capsys, "bundle", "-o", str(tmp_path / "x.json"))
    assert usage.value.code == 2 and not (tmp_path / "x.json").exists()


def test_the_same_session_has_the_same_id_wherever_it_is_bundled(library, isolated, tmp_path):
    record = run_session(library, isolated, "sales", SESSION)
    copy = tmp_path / "elsewhere" / record.path.name
    copy.parent.mkdir()
    copy.write_bytes(record.path.read_bytes())
    assert session_key(read_session(copy)) == session_key(record)
    other = run_session(library, isolated, "sales", SESSION)
    assert session_key(other) != session_key(record)


def write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), "utf-8")
    return path


@pytest.fixture
def good(library, isolated, tmp_path) -> dict:
    survey(isolated, "sales", SURVEY_X)
    run_session(library, isolated, "sales", SESSION)
    target = tmp_path / "good.json"
    assert main(["bundle", "--all", "-o", str(target), "--modules", CONTENT]) == 0
    return json.loads(target.read_text("utf-8"))


def test_damaged_foreign_and_newer_bundles_are_refused_by_name(good, tmp_path):
    changed = json.loads(json.dumps(good))
    changed["groups"]["sales"]["survey"]["respondents"] = 60
    newer = dict(good, format_version=2)
    newer["checksum"] = checksum(newer)
    wrong_type = json.loads(json.dumps(good))
    wrong_type["groups"]["sales"]["sessions"][0]["topics"]["x"]["correct"] = "3"
    wrong_type["checksum"] = checksum(wrong_type)
    cases = {
        write(tmp_path / "changed.json", changed): "checksum",
        write(tmp_path / "newer.json", newer): "newer",
        write(tmp_path / "foreign.json", {"kind": "session-summary"}): "not a workshop bundle",
        write(tmp_path / "wrong-type.json", wrong_type): "sessions.0.topics.x.correct",
    }
    cut = write(tmp_path / "cut.json", good)
    cut.write_bytes(cut.read_bytes()[:-40])
    cases[cut] = "not a workshop bundle"
    (tmp_path / "binary.json").write_bytes(b"\x89PNG\r\n\x00\xff")
    cases[tmp_path / "binary.json"] = "not a workshop bundle"
    for path, said in cases.items():
        with pytest.raises(BundleRefused) as refused:
            read_bundle(path)
        message = str(refused.value)
        assert str(path) in message and "nothing was merged" in message, message
        assert said in message, message
    with pytest.raises(BundleRefused, match="not found"):
        read_bundle(tmp_path / "nowhere.json")
