"""`workshop report --org`: bundles and data folders merged, a session once, small groups hidden."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_export_support import run_session, survey
from workshop.cli import main
from workshop.org.bundle import checksum
from workshop.org.merge import hidden_groups
from workshop.recheck import learning_curve
from workshop.store.rechecks import save_recheck

CONTENT = str(Path(__file__).parent / "content")


def people(right: int, wrong: int) -> list[dict]:
    """Survey responses on x: two questions each; `right` people get both right."""
    return [{"survey-x-post-length": 2, "survey-x-mention": 1}] * right + [
        {"survey-x-post-length": 1, "survey-x-mention": 2}
    ] * wrong


def recheck(right: int, wrong: int) -> list[dict]:
    return [{"answers": {"x-basics/x-link-weight": 23}}] * right + [
        {"answers": {"x-basics/x-link-weight": 7}}
    ] * wrong


def cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([*args, "--modules", CONTENT])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def report_json(capsys, *paths: Path) -> dict:
    code, out, err = cli(capsys, "report", "--org", *map(str, paths), "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def laptops(library, tmp_path) -> dict[str, Path]:
    """Three trainers' data folders: sales and it; hr; management (handed over as a bundle)."""
    one, two, three = tmp_path / "laptop-1", tmp_path / "laptop-2", tmp_path / "laptop-3"
    survey(one, "sales", people(4, 2))
    run_session(library, one, "sales", {"test-length": [2, 2, 2, 1, 1, 1], "test-link": [23]})
    save_recheck(one, "sales", "2026-W50", recheck(5, 1))
    save_recheck(one, "sales", "2026-W53", recheck(3, 0))  # three people: too few
    survey(one, "it", people(5, 1))
    run_session(library, one, "it", {"test-length": [2] * 5})
    survey(two, "hr", people(2, 5))
    run_session(library, two, "hr", {"test-length": [1, 1, 2, 2, 2]})
    run_session(library, three, "management", {"test-length": [2, 2, 2, 2, 1, 1, 1]})
    return {"one": one, "two": two, "three": three}


def test_two_folders_and_a_bundle_give_the_figures_of_the_folders_side_by_side(
    library, laptops, capsys, tmp_path
):
    bundle = tmp_path / "management.json"
    code, _, err = cli(
        capsys, "bundle", "--all", "-o", str(bundle), "--data", str(laptops["three"])
    )
    assert code == 0, err
    merged = report_json(capsys, laptops["one"], laptops["two"], bundle)
    assert set(merged["groups"]) == {"sales", "it", "hr", "management"}
    side_by_side = {
        ("one", "sales"),
        ("one", "it"),
        ("two", "hr"),
        ("three", "management"),
    }
    for laptop, group in side_by_side:
        curve = learning_curve(library, laptops[laptop], group).to_json()["topics"]
        assert curve, group
        for topic, figures in curve.items():
            found = merged["groups"][group]["topics"][topic]
            assert found["baseline"] == figures["baseline"], (group, topic)
            assert found["session"] == figures["session"], (group, topic)
            assert found["rechecks"] == figures["rechecks"], (group, topic)
    sales = merged["groups"]["sales"]
    assert sales["topics"]["x"]["rechecks"] == [
        {"week": "2026-W50", "share": round(5 / 6, 4), "answers": 6},
        {"week": "2026-W53", "share": None, "answers": 3},
    ]
    assert sales["steps"] == [1, 2] and sales["steps_missing"] == [3, 4, 5]
    assert merged["groups"]["management"]["steps"] == [2]  # no survey: step 1 not had
    assert merged["groups"]["management"]["survey_respondents"] is None
    # The organisation: counts added up, never shares averaged.
    x = merged["organisation"]["topics"]["x"]
    assert x["session"] == round((3 + 5 + 3 + 4) / (6 + 5 + 5 + 7), 4)
    assert x["session_answers"] == 23
    assert x["baseline"] == round((8 + 10 + 4) / (12 + 12 + 14), 4)
    assert x["recheck"] == round(5 / 6, 4)
    assert merged["organisation"]["weakest"][0]["topic"] == "x"
    assert merged["counted_once"] == [] and merged["versions"] == []


def test_the_same_session_in_two_bundles_counts_once_and_the_report_says_so(
    library, isolated, capsys, tmp_path
):
    survey(isolated, "sales", people(4, 2))
    record = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, 1, 1]})
    first = tmp_path / "first.json"
    assert cli(capsys, "bundle", "--group", "sales", "-o", str(first))[0] == 0
    elsewhere = tmp_path / "other-laptop"
    elsewhere.mkdir()
    shutil.copy(record.path, elsewhere / record.path.name)  # the file copied to a colleague
    run_session(library, elsewhere, "sales", {"test-length": [2] * 5})
    second = tmp_path / "second.json"
    code, _, err = cli(capsys, "bundle", "--all", "-o", str(second), "--data", str(elsewhere))
    assert code == 0, err
    merged = report_json(capsys, first, second, isolated)
    sales = merged["groups"]["sales"]
    assert sales["sessions"] == 2  # three copies of one session, and one other
    assert sales["topics"]["x"]["session"] == round((3 + 5) / (6 + 5), 4)
    assert sales["topics"]["x"]["session_answers"] == 11
    sessions = [note for note in merged["counted_once"] if note["kind"] == "session"]
    assert len(sessions) == 1 and sessions[0]["arrived"] == 3
    assert sessions[0]["sources"] == [str(first), str(second), str(isolated)]
    surveys = [note for note in merged["counted_once"] if note["kind"] == "survey"]
    assert surveys[0]["arrived"] == 2 and sales["survey_respondents"] == 6


def test_a_hidden_group_cannot_be_worked_out_by_subtraction(library, isolated, capsys):
    survey(isolated, "a", people(3, 3))  # 6 people, 50%
    survey(isolated, "b", people(6, 1))  # 7 people, 86%
    survey(isolated, "h", people(0, 3))  # 3 people: too few
    merged = report_json(capsys, isolated)
    groups = {name: merged["groups"][name]["topics"]["x"] for name in ("a", "b", "h")}
    assert groups["h"]["baseline"] is None and groups["h"]["hidden"] == {"baseline": "too_few"}
    # Were a shown, the total of a and b (or of all three) less a would leave h, or b.
    assert groups["a"]["baseline"] is None and groups["a"]["hidden"] == {"baseline": "subtraction"}
    assert groups["b"]["baseline"] == round(12 / 14, 4) and groups["b"]["hidden"] == {}
    org = merged["organisation"]["topics"]["x"]
    # The organisation's figure is exactly the groups shown beside it: nothing to subtract.
    assert org["baseline"] == groups["b"]["baseline"] and org["baseline_answers"] == 7
    assert merged["groups"]["h"]["survey_respondents"] == 3  # a count of people, no figure


def test_the_rule_across_groups():
    assert hidden_groups({"a": 6, "b": 7, "h": 3}, {"a", "b"}) == {
        "h": "too_few",
        "a": "subtraction",
    }
    assert hidden_groups({"a": 6, "b": 7}, {"a", "b"}) == {}
    # Two hidden groups of 2 together stand on 4: one more goes, the smallest shown.
    assert hidden_groups({"a": 6, "b": 7, "h": 2, "i": 2}, {"a", "b"}) == {
        "h": "too_few",
        "i": "too_few",
        "a": "subtraction",
    }


def test_bad_input_is_refused_by_name_and_nothing_is_written(library, isolated, capsys, tmp_path):
    survey(isolated, "sales", people(4, 2))
    run_session(library, isolated, "sales", {"test-length": [2] * 5})
    good = tmp_path / "good.json"
    assert cli(capsys, "bundle", "--all", "-o", str(good))[0] == 0
    document = json.loads(good.read_text("utf-8"))
    damaged = tmp_path / "damaged.json"
    damaged.write_text(good.read_text("utf-8").replace('"respondents": 6', '"respondents": 9'))
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(dict(document, format_version=2)), "utf-8")
    newer_document = json.loads(newer.read_text("utf-8"))
    newer_document["checksum"] = checksum(newer_document)
    newer.write_text(json.dumps(newer_document), "utf-8")
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"format_version": 1, "kind": "session-summary"}', "utf-8")
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    cases = {
        damaged: "damaged",
        newer: "newer workshop",
        foreign: "not a workshop bundle",
        tmp_path / "missing.json": "not found",
        empty: "no workshop data",
    }
    for bad, said in cases.items():
        code, out, err = cli(capsys, "report", "--org", str(good), str(bad), "--json")
        assert code == 1 and out == "", bad
        (line,) = err.strip().splitlines()
        assert str(bad) in line and said in line and "nothing was merged" in line, line
        assert "Traceback" not in err


def test_two_versions_of_a_survey_are_not_added_up(library, isolated, capsys, tmp_path):
    survey(isolated, "sales", people(4, 2))
    save_recheck(isolated, "sales", "2026-W50", recheck(5, 1))
    older = tmp_path / "older.json"
    assert cli(capsys, "bundle", "--all", "-o", str(older))[0] == 0
    survey(isolated, "sales", people(2, 0))  # two more people answer after the bundle
    merged = report_json(capsys, older, isolated)
    sales = merged["groups"]["sales"]
    assert sales["survey_respondents"] == 8  # the newer version, not 6 + 8
    assert sales["topics"]["x"]["baseline"] == round(12 / 16, 4)
    (version,) = merged["versions"]
    assert version["kind"] == "survey" and version["versions"] == 2
    assert version["used_respondents"] == 8
    assert version["sources"] == [str(older), str(isolated)]
    (once,) = merged["counted_once"]  # the re-check file did not change: one copy counts
    assert once["kind"] == "recheck" and once["week"] == "2026-W50" and once["arrived"] == 2
    assert sales["topics"]["x"]["rechecks"] == [
        {"week": "2026-W50", "share": round(5 / 6, 4), "answers": 6}
    ]


def test_a_session_bundled_before_it_ended_counts_once_with_its_later_answers(
    library, isolated, capsys, tmp_path
):
    from workshop.store import Answer, SessionFile

    record = run_session(library, isolated, "sales", {"test-length": [2, 2, 2, 1, 1]})
    early = tmp_path / "early.json"
    assert cli(capsys, "bundle", "--all", "-o", str(early))[0] == 0
    with SessionFile.open(record.path) as session:  # the room goes on answering
        session.add_answers([Answer(1, "test-quiz", "test-length", 2)] * 3)
    merged = report_json(capsys, early, isolated)
    sales = merged["groups"]["sales"]
    assert sales["sessions"] == 1
    assert sales["topics"]["x"]["session"] == round(6 / 8, 4)
    assert sales["topics"]["x"]["session_answers"] == 8
    (once,) = merged["counted_once"]
    assert once["kind"] == "session" and once["arrived"] == 2


def test_a_data_folder_is_read_without_writing_to_it(library, laptops, capsys, tmp_path):
    folder = laptops["one"]

    def listing() -> dict[str, tuple[int, int]]:
        return {
            str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*")
        }

    before = listing()
    report_json(capsys, folder)
    assert listing() == before  # no lock file, nothing moved aside
    (folder / "surveys" / "it.json").write_text('{"_meta": {"1": {"kind": "survey"', "utf-8")
    page = tmp_path / "report.html"
    code, out, err = cli(capsys, "report", "--org", str(folder), "-o", str(page))
    assert code == 1 and out == "" and not page.exists()
    (line,) = err.strip().splitlines()
    assert str(folder / "surveys" / "it.json") in line and "cannot be read" in line


def test_a_recheck_in_two_versions_counts_its_people_not_its_topics(
    library, isolated, capsys, tmp_path
):
    """Seven people on three topics were once reported as "the one with 21 answers"."""
    survey(isolated, "sales", people(4, 2))
    two_topics = {"x-basics/x-link-weight": 23, "survey/survey-linkedin-headline-where": 1}
    save_recheck(isolated, "sales", "2026-W50", [{"answers": two_topics}] * 6)
    older = tmp_path / "older.json"
    assert cli(capsys, "bundle", "--all", "-o", str(older))[0] == 0
    save_recheck(isolated, "sales", "2026-W50", [{"answers": two_topics}])  # one more phone
    merged = report_json(capsys, older, isolated)
    (version,) = merged["versions"]
    assert version["kind"] == "recheck" and version["used_respondents"] == 7
